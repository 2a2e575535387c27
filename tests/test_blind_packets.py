"""Packets written blind from ../shared/spec alone (by authors who never saw the code), each
with traps a reviewer meets: the request date among fax, service and signature dates, a relative's
illness, hypothetical plans, a prior MRS on the 3-month boundary, OCR noise, a wrong CPT code.
Case-level gold: outcome, request date, every unambiguous leaf and the note flags.

b21-b34 came in one batch (2026-12-03), half of them faxed PDFs made by the scripts in _build/
(ruled forms, two-column pages, image-only pages; the image pages were then recompressed to
grayscale JPEG to keep the repository small). Their first run matched 6 of 14 outcomes; the rules
they exposed were fixed in general form (tests/test_rules_generalised.py) before they joined.
b35-b45 came the same day (another patient's page in the fax, a corrected form, addenda, '|'
tables, an all-caps legacy report, an e-mail referral): 2 of 7 outcomes on the first run of the
first seven, 10 of 11 once their rules were fixed. b46-b56: 4 of 8 outcomes on the first run of
the first eight, 9 of 11 after. b57-b72 (16 packets, four authors: text, EHR dumps, ruled-form PDFs,
scanned faxes) matched 3 of their first 8 outcomes on the first run, 16 of 16 once their rules were
fixed. b73-b88 (16 more, same four formats, with EHR indentation, US/UK mixed packets, a second report in
one PDF, scanned checklists and 'MRS' as the Rankin score) matched 8 of 14 outcomes on their first run
(the last two came in later), all 16 now. b89-b97 (nine text packets written in the last half hour of
stop 13) matched 4 of 9 outcomes on their first run; two rules later (a CPT label ending in a bracket,
stacked reports dated by their own title line) 6 of 9, the rest recorded below. b98-b109 (twelve text
packets: UK day-first dates, a pregnancy that ends between notes, a patient who turns 18 between notes, a CPT
typo on an addendum form, a prior MRS exactly on the 3-month boundary) matched 12 of 12 outcomes once their
rules were fixed in general form (a bracketed CPT field outranks prose, dated negative pregnancy tests,
'; this was ruled out', childhood history, enumerated '(a) ... vs (b)' options). b110-b120 (2026-12-07: eight
text packets and three faxed PDFs, one with scanned pages; _build/ holds the PDF scripts and the two text
authors' gold writers) matched 4 of their first 8 outcomes; after their rules were fixed in general form (a
form table's YES / NO columns, a form's denial of a brain tumor, a liver MRS behind a form's bare 'Prior MRS?
Yes', a result in the clause of the study before it, 'VS' in prose), 10 of 11."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.evaluate import evaluate
from assistant.policy import load_policy
from extractors.findings import extract
from extractors.ingest import read_packet

ROOT = Path(__file__).resolve().parent / "data" / "blind_packets"
# Disagreements understood and not yet fixed, with the reason; a fixed one fails the test until removed.
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("b21_fax_gbm_prior_mrs_2_months_no_change", "conventional_imaging_inconclusive"):
        "the letter's 'MR spectroscopy is paired with each surveillance MRI for the first six months after an "
        "indeterminate enhancing focus' is a protocol, not a study's result, but is dated by the latest MRI and "
        "outweighs its 'read as evolving treatment effect' (not conclusive wording)",
    ("b32_text_outside_mrs_mentioned_without_date", "inherited_metabolic_disorder"):
        "'Mitochondrial disease is not a concern' denies the metabolic leaf's concept; the inherited leaf names "
        "mitochondrial encephalopathy, which no sentence denies",
    ("b27_text_infant_canavan_sibling", "inherited_metabolic_disorder"):
        "'an older sister (Talia, now 3 yr 10 mo) with genetically confirmed Canavan disease': the disease "
        "stands 14 words after 'sister', past a relative's 10-word reach (14 made the NegEx yardstick's family "
        "reading worse: 'family history of colon cancer (father ...) and a personal history of polyps')",
    ("b45_text_no_request_form_only_referral_email", "request_date"):
        "an e-mail thread with no form: the physician's request of 3/2 is not found as a document date, so the "
        "latest clinical note (2/24) gives the request date (the spec's 'latest clinical document' is itself "
        "unclear here: the forward of 3/3 is later still)",
    ("b73_text_cerebellar_met_vs_glioma_ckd3b_wife_pregnant", "monitoring_need"):
        "'Restaging CT C/A/P - hold for now ...; onc to consider PET/CT' is read as a monitoring need; it is "
        "body staging put off, not monitoring that MRS would serve (the gold calls the leaf unknown)",
    ("b79_text_uk_records_parietal_lesion_mri_final_read_pending_liver_mrs", "recurrence_vs_radiation_necrosis"):
        "'no symptoms to suggest recurrent disease' is about the breast cancer, read as denying recurrence",
    ("b79_text_uk_records_parietal_lesion_mri_final_read_pending_liver_mrs", "is_repeat_request"):
        "the form's 'Prior MR spectroscopy (any body part ...)? [X] Yes' names the liver only on the next "
        "line ('If yes - body part ...: LIVER ...'), outside the question's own clause",
    ("b79_text_uk_records_parietal_lesion_mri_final_read_pending_liver_mrs", "recent_imaging_without_change"):
        "the same form question",
    ("b89_text_srs_met_repeat_mrs_window_hinges_on_form_date_not_lmn_or_fax", "outcome"):
        "'On the intake questionnaire \"worsening headaches\" was circled; on clarification she says s[he circled "
        "her husband's]': the clarification that takes the symptom back is not read, so a new symptom follows the "
        "prior MRS",
    ("b89_text_srs_met_repeat_mrs_window_hinges_on_form_date_not_lmn_or_fax", "new_or_worsening_symptoms"): "the same line",
    ("b89_text_srs_met_repeat_mrs_window_hinges_on_form_date_not_lmn_or_fax", "recent_imaging_without_change"):
        "the same line",
    ("b91_text_sclc_paraneoplastic_limbic_encephalitis_pci_no_brain_mets", "note claustrophobia"):
        "a past, resolved claustrophobia worded in a way no resolution rule reaches",
    ("b92_text_nicu_twin_b_msud_suspected_hie_excluded_twin_a_cooled", "neonatal_hie"):
        "the ICD-10 'P91.819 Neonatal encephalopathy, unspecified' is read as HIE; the notes exclude HIE for this "
        "twin in wording the negation rules do not reach",
    ("b92_text_nicu_twin_b_msud_suspected_hie_excluded_twin_a_cooled", "note renal_insufficiency_contrast"):
        "an early neonatal kidney injury whose resolution is worded without a resolution word",
    ("b94_text_boy_suspected_xald_outside_mri_report_missing_conditional_plan", "outcome"):
        "the outside MRI of 01/22/2026 has no report and no line says so; only conditional sentences name it, so the "
        "2022 CT's 'no acute intracranial abnormality' stands as the latest reading",
    ("b94_text_boy_suspected_xald_outside_mri_report_missing_conditional_plan", "conventional_imaging_inconclusive"):
        "the same MRI",
    ("b95_text_adult_suspected_melas_indeterminate_mri_prior_muscle_mrs", "inherited_metabolic_disorder"):
        "'r/o mitochondrial encephalopathy' is read as a possibility the inherited leaf does not take (the gold "
        "counts the patient's suspected mitochondrial encephalopathy)",
    ("b97_text_adult_co_poisoning_dphl_characteristic_mri_prognosis_mrs", "note claustrophobia"):
        "the facility name 'GEAUGA OPEN MRI' is read as an open-MRI request, i.e. claustrophobia; the facility-name "
        "guard does not reach a name written in capitals or in brackets",
    ("b98_text_dural_mass_meningioma_vs_dural_met_form_cpt_typo_76930", "monitoring_need"):
        "'remains under oncologic surveillance' is about her breast cancer, not the brain lesion, and is read as a "
        "monitoring need (the gold calls the leaf unknown)",
    ("b106_text_uk_insular_lesion_addendum_grade_indeterminate_postpartum_not_pregnant", "metabolic_disorder"):
        "'A mitochondrial (MELAS-type) stroke-like lesion was also briefly considered ...; ... it has been excluded': "
        "the exclusion stands a clause and more than a rule's reach after the mention",
    ("b114_text_neonatal_hie_post_cooling_maternal_preeclampsia_mri_aki_resolved", "outcome"):
        "'6. Social / mother: Mom ... She asked whether her own MRI/spectroscopy from December (done during the "
        "pregnancy) ...': the mother's study, told in an item headed 'mother', reads as the infant's prior MRS",
    ("b114_text_neonatal_hie_post_cooling_maternal_preeclampsia_mri_aki_resolved", "is_repeat_request"): "the same line",
    ("b114_text_neonatal_hie_post_cooling_maternal_preeclampsia_mri_aki_resolved", "recent_imaging_without_change"):
        "the same line",
    ("b116_text_adult_post_arrest_anoxic_injury_mri_characteristic_mrs_for_prognosis", "intraaxial_brain_tumor"):
        "an incidental 'likely a small meningioma' contradicts the leaf (policy contradicted_by: extraaxial_tumor); "
        "the gold leaves it unknown, as nothing intra-axial is in question",
    ("b118_pdf_gbm_10wk_post_chemort_pseudoprogression_impression_col2_prior_mrs_5mo", "posttreatment_surveillance"):
        "a treated GBM at a 'FOLLOW-UP VISIT' with no surveillance wording: the purpose group finds nothing (the "
        "gold reads the follow-up as surveillance)",
    ("b118_pdf_gbm_10wk_post_chemort_pseudoprogression_impression_col2_prior_mrs_5mo", "clarify_indeterminate_finding"):
        "the repeat is asked to settle an indeterminate MRI ('Conventional MRI cannot separate the two'), worded "
        "without a clarification phrase the lexicon knows",
    ("b84_pdf_mrs_is_modified_rankin_not_spectroscopy_suspected_glioma_post_stroke", "posttreatment_surveillance"):
        "a planned 'maximal safe resection' reads as a treatment of the suspected glioma",
    ("b84_pdf_mrs_is_modified_rankin_not_spectroscopy_suspected_glioma_post_stroke", "is_repeat_request"):
        "'MRS at 6-mo visit (02/2025): 1': a Rankin score written with a colon after its date",
    ("b122_text_peds_17y_suspected_melas_age_boundary_mother_m3243", "intraaxial_brain_tumor"):
        "'No underlying mass or enhancing neoplasm' denies a neoplasm, which is no intra-axial tumor concept of ours; "
        "the gold leans not_met, unknown is what we say (outcome unaffected)",
    ("b122_text_peds_17y_suspected_melas_age_boundary_mother_m3243", "new_or_worsening_symptoms"):
        "the new focal seizure and field cut are told before 'No further seizures', the last word we read; the gold "
        "leans met as there is no prior MRS to be 'since' (repeat path only)",
    ("b122_text_peds_17y_suspected_melas_age_boundary_mother_m3243", "monitoring_need"):
        "the radiologist's 'Suggest follow-up MRI in 2-3 weeks' is read as a monitoring need (gold unknown)",
    ("b123_text_cavernous_malformation_characteristic_mri_sister_gbm_claustrophobic", "intraaxial_brain_tumor"):
        "'r/o underlying tumor' and a CT differential's 'calcified neoplasm' name no tumor concept of ours; the "
        "gold leans met by the spec's r/o rule and says a clinician would call it not_met (outcome unaffected)",
    ("b124_text_presumed_lgg_repeat_mrs_six_weeks_prior_stable_transfer_of_care", "posttreatment_surveillance"):
        "an untreated presumed glioma under MRI surveillance: a resection discussed as an option still reads as "
        "the treatment half of the leaf (gold unknown; outcome unaffected)",
    ("b125_pdf_fax_prostate_mrs_pirads3_body_region_mismatch_brother_gbm", "conventional_imaging_inconclusive"):
        "the only brain study is 'MRI brain 07/2023 for vertigo was unremarkable', which we do not take for the "
        "latest study's result (gold leans not_met, unknown defensible; outcome set by the body region)",
    ("b125_pdf_fax_prostate_mrs_pirads3_body_region_mismatch_brother_gbm", "monitoring_need"):
        "'close surveillance with PSA kinetics' is a prostate plan, read as a monitoring need (gold unknown)",
    ("b126_pdf_rcc_new_headache_mrs_ordered_before_first_mri_scanned_ct_ckd3b", "recurrence_vs_radiation_necrosis"):
        "'No evidence of local recurrence in the left nephrectomy bed': the site word stands four tokens on, past "
        "the three-token reach of extracranial_site, so the denial is read as the brain question's",
    ("b127_uk_melas_repeat_mrs_inside_window", "conventional_imaging_inconclusive"):
        "'expected evolution ... stable appearances' is neither a conclusive nor a normal wording we know (gold "
        "leans not_met, unknown defensible; outcome unaffected)",
    ("b129_neonatal_hie_cooled_mrs_before_first_mri", "new_or_worsening_symptoms"):
        "seizures from 14 h of life, 'seizure-free on cEEG since 23 h' is the last word; the gold leans met "
        "(repeat path only, not_met by is_repeat_request)",
    ("b132_oligo_surveillance_repeat_mrs_month_first_date", "glioma_grading"):
        "the grade is established ('CNS WHO grade 2'), which we read as not_met; the gold leans unknown because "
        "the spec's not_met rule is a negated glioma (a spec ambiguity; outcome unaffected)",
    ("b132_oligo_surveillance_repeat_mrs_month_first_date", "monitoring_need"):
        "'On surveillance.' in the form's summary reads as a state, not a need that MRS serves (gold leans met; "
        "outcome unaffected)",
    ("b133_adult_right_frontal_nonenhancing_lesion_grading_husband_informant", "clarify_indeterminate_finding"):
        "no sentence asks for a one-time clarification in words we know (gold met; repeat path only)",
    ("b134_breast_met_srs_repeat_mrs_inside_window_dos_outside_stable", "monitoring_need"):
        "the form's ticked '[X] Surveillance / monitoring of treated lesion' is read as a state, not a need "
        "(gold met; the non-indication decides the outcome)",
    ("b135_uk_teen_medulloblastoma_new_focus_prior_mrs_day_first_outside_window", "no_established_guidelines"):
        "the letter's attestation wording is not one we know (gold met; the conventional path meets)",
    ("b138_adult_avm_post_gamma_knife_radiation_necrosis_no_tumor_brother_gbm", "recurrence_vs_radiation_necrosis"):
        "radiation necrosis after radiosurgery of an AVM: with no tumor the question is not recurrence; we see "
        "one side only and say unknown (gold not_met)",
    ("b138_adult_avm_post_gamma_knife_radiation_necrosis_no_tumor_brother_gbm", "posttreatment_surveillance"):
        "the gold reads 'no tumor' as not_met; the spec gives this leaf no not_met rule, we say unknown",
    ("b138_adult_avm_post_gamma_knife_radiation_necrosis_no_tumor_brother_gbm", "clarify_indeterminate_finding"):
        "no one-time clarification wording we know (gold met; outcome unaffected)",
    ("b140_gbm_post_chemorad_pseudoprogression_guideline_cited_old_prior_mrs", "posttreatment_surveillance"):
        "the purpose (pseudoprogression after chemoradiation) is not stated as surveillance in words we know "
        "(gold met; the conventional path meets through recurrence vs necrosis)",
    ("b141_adult_post_arrest_anoxic_injury_characteristic_mri_neonatal_box_ticked", "no_established_guidelines"):
        "a cited protocol is read as no statement about MRS guidelines (gold not_met; outcome unaffected)",
    ("b141_adult_post_arrest_anoxic_injury_characteristic_mri_neonatal_box_ticked", "new_or_worsening_symptoms"):
        "'Exam unchanged over the last 72 hours' is the last word; the gold leans met (repeat path only)",
    ("b144_untreated_insular_glioma_repeat_mrs_inside_window_form_date_vs_letter_date", "posttreatment_surveillance"):
        "a resection planned ('language mapping for maximal safe resection') reads as the treatment half "
        "(gold unknown; the non-indication decides the outcome)",
}
CASES = sorted(path.stem for path in (ROOT / "gold").glob("*.json"))
POLICY = load_policy()


def test_the_blind_packets_are_there():
    assert len(CASES) >= 10
    assert all((ROOT / case).is_dir() for case in CASES)


@pytest.mark.parametrize("case", CASES)
def test_blind_packet_matches_its_gold(case, nlp):
    gold = json.loads((ROOT / "gold" / f"{case}.json").read_text(encoding="utf-8"))
    assessment = evaluate(POLICY, extract(read_packet(ROOT / case), nlp=nlp))
    problems = []
    if assessment.outcome != gold["outcome"]:
        problems.append(f"outcome: gold {gold['outcome']}, got {assessment.outcome}")
    if assessment.request.request_date != gold["request_date"]:
        problems.append(f"request_date: gold {gold['request_date']}, got {assessment.request.request_date}")
    if gold.get("population") and assessment.request.population != gold["population"]:
        problems.append(f"population: gold {gold['population']}, got {assessment.request.population}")
    for leaf, status in gold["leaves"].items():
        got = assessment.criteria[leaf].status
        if got != status:
            problems.append(f"{leaf}: gold {status}, got {got} ({assessment.criteria[leaf].rationale[:160]})")
    raised = {note_id for note_id, _ in assessment.notes}
    for flag, status in gold["note_flags"].items():
        if (flag in raised) != (status == "met"):
            problems.append(f"note {flag}: gold {status}, {'raised' if flag in raised else 'not raised'}")
    known = {what for (name, what) in KNOWN_MISSES if name == case}
    assert [p for p in problems if not any(p.startswith(what + ":") for what in known)] == []
    assert all(any(p.startswith(what + ":") for p in problems) for what in known), "a known miss is fixed: remove it"
