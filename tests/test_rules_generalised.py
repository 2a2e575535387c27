"""Rules added when blind packets 26-29 exposed misses: each on a sentence a clinician would write."""
from __future__ import annotations

import pytest


def of(extraction, concept):
    return [f for f in extraction.findings if f.concept == concept]


@pytest.mark.parametrize("text, concept, surface", [
    ("Radiology recommends MR spectroscopy.", "imaging_inconclusive", "recommends MR spectroscopy"),
    ("3. Recommend proton MR spectroscopy of the basal ganglia.", "imaging_inconclusive", "Recommend proton MR spectroscopy"),
    ("The grade therefore remains undetermined.", "glioma_grade_question", "grade therefore remains undetermined"),
    ("PRELIMINARY DIAGNOSIS: Diffuse glioma. Tumor grade: pending.", "glioma_grade_question", "grade: pending"),
    ("CNS WHO grade cannot be assigned until molecular studies return.", "glioma_grade_question", "grade cannot be assigned"),
    ("CKD stage 4 (eGFR 25 mL/min/1.73 m2).", "renal_insufficiency", "eGFR 25"),
    ("TECHNIQUE: DWI, SWI. Gadolinium withheld (ESRD on hemodialysis).", "renal_insufficiency", "Gadolinium withheld"),
    ("Renal disease: [X] Yes [ ] No", "renal_insufficiency", "Renal disease"),
    ("Treated with cisplatin-based chemotherapy in 2001.", "chemotherapy", "cisplatin-based chemotherapy"),
])
def test_new_wording_is_recognised(extract_text, text, concept, surface):
    found = [f.text for f in of(extract_text(text), concept)]
    assert surface in found, found


def test_egfr_over_thirty_alone_is_not_a_contrast_flag(extract_text):
    # policy-semantics: renal insufficiency is CKD 3 or worse by its label, AKI, eGFR under 30, dialysis
    assert not of(extract_text("Creatinine 1.1, eGFR 72."), "renal_insufficiency")
    assert not of(extract_text("eGFR 45 on 01/2026."), "renal_insufficiency")


@pytest.mark.parametrize("text, concept", [
    ("Spine MRI is clear.", "conventional_imaging"),
    ("Multiparametric prostate MRI 09/18/2025: PI-RADS 3 lesion.", "conventional_imaging"),
    ("Follow-up chest CT in 6-12 months.", "conventional_imaging"),
    ("G40.409 Other generalized epilepsy, not intractable, without status epilepticus", "symptoms_new_or_worse"),
    ("FRONT RANGE IMAGING - WIDE-BORE MRI CENTER", "claustrophobia"),
    ("He has an IEP for reading.", "glioma_grade_question"),
])
def test_look_alikes_are_not_findings(extract_text, text, concept):
    assert not of(extract_text(text), concept), [(f.concept, f.text) for f in extract_text(text).findings]


def test_brain_mri_and_a_wide_bore_scanner_still_count(extract_text):
    assert of(extract_text("MRI brain 02/09/2026: new cerebellar lesion."), "conventional_imaging")
    assert of(extract_text("She needs a wide-bore MRI and oral lorazepam."), "claustrophobia")


def test_a_hedge_inside_a_denial_is_a_denial(extract_text):
    finding = of(extract_text("2. No features to suggest a leukodystrophy."), "inherited_metabolic_disorder")[0]
    assert finding.assertion.negated and not finding.assertion.uncertain


@pytest.mark.parametrize("text, concept", [
    ("Right temporal intra-axial mass, most consistent with a diffuse glioma.", "glial_neoplasm"),
    ("The enhancement pattern is also compatible with a metastasis in the cerebellum.", "brain_metastasis"),
    ("A lactate doublet would strongly support Leigh syndrome.", "metabolic_disorder"),
])
def test_hedged_diagnoses_are_uncertain(extract_text, text, concept):
    assert of(extract_text(text), concept)[0].assertion.uncertain


def test_alternative_plan_is_hypothetical(extract_text):
    finding = of(extract_text("Alternatively, short-interval follow-up MRI brain in 6 weeks."), "conventional_imaging")[0]
    assert finding.assertion.hypothetical


def test_an_evolving_cerebral_palsy_pattern_is_not_a_worsening(extract_text):
    text = "Lower-extremity spasticity, consistent with evolving spastic diplegia. Neurologic exam stable."
    assert not of(extract_text(text), "symptoms_new_or_worse")
    assert of(extract_text("Evolving right hemiparesis since yesterday."), "symptoms_new_or_worse")


@pytest.mark.parametrize("text, surface", [
    ("CHIEF COMPLAINT: Follow-up of epilepsy; seizures are becoming more frequent.", "seizures are becoming more frequent"),
    ("His daughter says his confusion is a little worse since the steroids were stopped.", "confusion is a little worse"),
    ("She had become increasingly unsteady since the summer.", "increasingly unsteady"),
    ("On 09/20 he noticed new left hand clumsiness.", "new left hand clumsiness"),
    ("Her parents noticed she had stopped using several words.", "stopped using several words"),
    ("Since the spasms began she has stopped social smiling.", "stopped social smiling"),
    ("Since November she has new toe-walking.", "new toe-walking"),
])
def test_new_or_worse_symptoms_as_clinicians_write_them(extract_text, text, surface):
    found = [f.text for f in of(extract_text(text), "symptoms_new_or_worse")]
    assert surface in found, found


def test_a_relative_who_reports_a_symptom_is_not_its_experiencer(extract_text):
    """"her parents have noticed new toe-walking" is the patient's symptom, told by the parents;
    "mother had seizures" is the mother's."""
    reported = of(extract_text("Since about November her parents have noticed new toe-walking."), "symptoms_new_or_worse")
    assert reported and not reported[0].assertion.family
    relative = of(extract_text("FHx: mother had new seizures in her 30s."), "symptoms_new_or_worse")
    assert relative and relative[0].assertion.family


def test_hedges_split_by_the_tokenizer_still_hedge(extract_text):
    """"can't", "h/o", "ruled-out" are several tokens; the rules spell them so."""
    assert of(extract_text("H/o glioblastoma, resected 2023."), "glial_neoplasm")[0].assertion.historical
    assert of(extract_text("No h/o seizures."), "symptoms_new_or_worse")[0].assertion.negated


@pytest.mark.parametrize("text, concept, surface", [
    ("IMPRESSION: Unremarkable MRI of the brain.", "imaging_conclusive", "Unremarkable"),
    ("Radiation necrosis is favored, although residual tumor cannot be entirely excluded.", "imaging_inconclusive",
     "cannot be entirely excluded"),
    ("Distinction between tumor progression and treatment effect is not possible.", "imaging_inconclusive",
     "Distinction between tumor progression and treatment effect is not possible"),
    ("Distinction between tumor progression and treatment effect is not possible.", "treatment_effect",
     "treatment effect"),
])
def test_radiology_conclusions_as_radiologists_word_them(extract_text, text, concept, surface):
    found = [f.text for f in of(extract_text(text), concept)]
    assert surface in found, found


def test_a_possible_distinction_is_not_an_inconclusive_study(extract_text):
    assert not of(extract_text("Distinction is possible with perfusion imaging."), "imaging_inconclusive")


def test_unremarkable_labs_are_no_imaging_result(extract_text):
    text = "Urine organic acids on DOL 2 were unremarkable; an inborn error was considered unlikely."
    assert not of(extract_text(text), "imaging_conclusive")


@pytest.mark.parametrize("text", [
    "Note: MRS was to be acquired with the 02/24/2026 surveillance MRI but was not performed.",
    "MR spectroscopy was supposed to be done in February but insurance denied it.",
])
def test_a_study_that_was_to_be_done_is_a_plan_not_an_event(extract_text, text):
    assert [f.assertion.hypothetical for f in of(extract_text(text), "mr_spectroscopy")] == [True]


def test_a_study_that_was_done_is_an_event(extract_text):
    assert [f.assertion.hypothetical for f in of(extract_text("MR spectroscopy was performed on 02/24/2026."),
                                                 "mr_spectroscopy")] == [False]


@pytest.mark.parametrize("line, concept, negated", [
    ("Claustrophobia:            Y / N  ->  N", "claustrophobia", True),
    ("Renal impairment (eGFR<30/dialysis):  Y / N  ->  N", "renal_insufficiency", True),
    ("Claustrophobia (yes/no): yes", "claustrophobia", False),
    ("   Claustrophobia:                       Yes [ ]   No [X]", "claustrophobia", True),
    ("   Renal impairment:                     Yes [X]   No [ ]", "renal_insufficiency", False),
])
def test_form_answers_in_the_shapes_forms_print_them(extract_text, line, concept, negated):
    found = of(extract_text("PRIOR AUTHORIZATION REQUEST\nCPT: 76390\n" + line + "\n"), concept)
    assert found and all(f.assertion.negated == negated for f in found), found


def test_a_question_left_unanswered_states_nothing(extract_text):
    found = of(extract_text("PRIOR AUTHORIZATION REQUEST\nCPT: 76390\n"
                            "   New or worsening symptoms since?      Yes [ ]   No [ ]\n"), "symptoms_new_or_worse")
    assert found == []


@pytest.mark.parametrize("text, concept", [
    ("I asked specifically about any new or worsening symptoms since the December scan and the answer was no.",
     "symptoms_new_or_worse"),
    ("We asked about new seizures, which the parents denied.", "symptoms_new_or_worse"),
])
def test_a_denied_question_is_a_denial(extract_text, text, concept):
    assert [f.assertion.negated for f in of(extract_text(text), concept)] == [True]


def test_a_decision_still_to_make_is_not_an_event(extract_text):
    found = of(extract_text("The key decision is whether to proceed to open biopsy/resection versus waiting."),
               "resection")
    assert [f.assertion.hypothetical for f in found] == [True]


def test_a_wrapped_sentence_going_on_after_a_bracketed_number_is_one_sentence(extract_text):
    text = ("Social: lives with mother and stepdad. No tobacco; denies drugs. Girlfriend\n"
            "(19) is ~20 weeks pregnant; plans to stay local.\n")
    assert [f.assertion.family for f in of(extract_text(text), "pregnancy")] == [True]


def test_a_body_part_row_of_boxes_gives_the_ticked_one(tmp_path):
    from extractors.findings import extract
    from extractors.ingest import read_packet

    form = tmp_path / "form.txt"
    form.write_text("PRIOR AUTHORIZATION REQUEST\nDate of request: 03/18/2026\nCPT: 76390 (MR spectroscopy)\n"
                    "Anatomic region:    [ ] Brain   [X] Spine   [ ] Other: ________\n", encoding="utf-8")
    assert extract(read_packet(form)).request.body_part == "Spine"
    form.write_text("PRIOR AUTHORIZATION REQUEST\nDate of request: 03/18/2026\nCPT: 76390\n"
                    "Body part/region: Brain (left temporal)        Laterality: [X] Left [ ] Right\n", encoding="utf-8")
    assert extract(read_packet(form)).request.body_part == "Brain (left temporal)"


@pytest.mark.parametrize("text, concept, negated", [
    ("Not c/w an infiltrative glial neoplasm (symmetric, no mass effect).", "glial_neoplasm", True),
    ("Findings c/w glioma.", "glial_neoplasm", False),
    ("Mitochondrial disease is not a concern at this point.", "metabolic_disorder", True),
    ("No new sx since the workup in Ohio - denies HA, focal weakness, numbness.", "symptoms_new_or_worse", True),
    ("There is no question of recurrence versus radiation necrosis.", "tumor_recurrence", True),
])
def test_clinical_denials(extract_text, text, concept, negated):
    found = of(extract_text(text), concept)
    assert found and all(f.assertion.negated == negated for f in found), found


@pytest.mark.parametrize("text, concept", [
    ("The tumor board reviewed her case on 03/05/2026 with consensus to obtain MRS before surgery.", "mr_spectroscopy"),
    ("If it is a meningioma, that would lead us to recommend retrosigmoid resection.", "resection"),
])
def test_plans_are_not_events(extract_text, text, concept):
    assert [f.assertion.hypothetical for f in of(extract_text(text), concept)] == [True]


def test_a_date_right_after_another_study_is_that_studys(extract_text):
    found = of(extract_text("The MRI 1/29 and CT 11/20/25 are attached for the MR spectroscopy request."),
               "mr_spectroscopy")
    assert [f.date for f in found] == [None]


def test_skin_cancer_surveillance_is_not_brain_surveillance(extract_text):
    assert not of(extract_text("Basal cell carcinoma s/p Mohs 2011 - annual derm skin-cancer surveillance."),
                  "surveillance_intent")
    assert of(extract_text("Post-resection surveillance MRI every 3 months."), "surveillance_intent")


@pytest.mark.parametrize("text, concept, negated", [
    ("4. Not claustrophobic - has tolerated many MRIs w/o sedation.", "claustrophobia", True),
    ("She is not currently pregnant.", "pregnancy", True),
    ("Non-pregnant.", "pregnancy", True),
    ("He is not currently receiving chemotherapy.", "chemotherapy", True),
])
def test_not_negates_every_kind_of_finding(extract_text, text, concept, negated):
    found = of(extract_text(text), concept)
    assert found and all(f.assertion.negated == negated for f in found), found


def test_hd_is_haemodialysis_only_beside_renal_words(extract_text):
    assert not of(extract_text("CV: HD stable, off dopamine since DOL 3."), "renal_insufficiency")
    assert [f.text for f in of(extract_text("ESRD on HD MWF."), "renal_insufficiency")] == ["ESRD", "HD"]


def test_an_acute_kidney_injury_long_before_the_note_is_history(extract_text):
    old = of(extract_text("03/10/2026 Clinic note\nCourse complicated by grade 2 AKI (04/2024, peak Cr 2.1)."),
             "renal_insufficiency")
    recent = of(extract_text("03/10/2026 Clinic note\nAKI on 03/01/2026, Cr 2.4."), "renal_insufficiency")
    assert [f.assertion.historical for f in old] == [True]
    assert [f.assertion.historical for f in recent] == [False]


def test_an_unknown_rule_metadata_key_is_refused():
    from extractors.components import ConceptFilter
    from extractors.lexicon import LexiconError

    class Rule:
        literal, category, metadata = "glioma", "glial_neoplasm", {"requires_contxt": "brain"}

    with pytest.raises(LexiconError, match="unknown metadata requires_contxt"):
        ConceptFilter("concept_context.json").register_rules([Rule()])


def test_if_not_is_a_condition_not_a_denial(extract_text):
    found = of(extract_text("If the spectrum favors a neoplasm, refer to surgery; if not, follow-up MRI in 6 months."),
               "conventional_imaging")
    assert [(f.assertion.negated, f.assertion.hypothetical) for f in found] == [(False, True)]


def test_end_stage_renal_disease_since_years_is_still_current(extract_text):
    found = of(extract_text("03/10/2026 Note\nESRD from diabetic nephropathy, on hemodialysis since 2021."),
               "renal_insufficiency")
    assert found and not any(f.assertion.historical for f in found)


def test_a_heading_without_its_colon_opens_its_section(extract_text):
    text = ("FAMILY HISTORY\n- Sister (Talia, 3y10m): Canavan disease, dx at 7 months. MRI at 7 mo showed\n"
            "  diffuse white matter change; MR spectroscopy (06/2022) showed a high NAA peak.\n\n"
            "ASSESSMENT\nWell infant.\n")
    found = of(extract_text(text), "mr_spectroscopy")
    assert found and all(f.assertion.family and f.section == "family_history" for f in found)


def test_a_chronic_condition_in_the_past_medical_history_is_current(extract_text):
    found = of(extract_text("PAST MEDICAL HISTORY\nHypertension; type 2 diabetes; CKD stage 3a; BPH.\n"),
               "renal_insufficiency")
    assert found and not any(f.assertion.historical for f in found)
    glioma = of(extract_text("PAST MEDICAL HISTORY\nLow-grade glioma, resected 2015.\n"), "glial_neoplasm")
    assert glioma and all(f.assertion.historical for f in glioma)


def test_a_clinic_named_for_a_disease_is_not_the_disease(extract_text):
    assert not of(extract_text("She is followed in our leukodystrophy clinic."), "inherited_metabolic_disorder")
    found = of(extract_text("MRS surveillance for early cerebral involvement in adult X-ALD. See clinic letter."),
               "inherited_metabolic_disorder")
    assert [f.text for f in found] == ["X-ALD"]


@pytest.mark.parametrize("text", [
    "The spectroscopic trend determines whether we initiate second-line therapy.",
    "The conventional MRI cannot distinguish high- from low-grade glioma, and this changes the operative plan.",
])
def test_a_management_consequence_in_the_present_tense(extract_text, text):
    assert of(extract_text(text), "management_impact")


def test_postsurgical_changes_are_not_a_change_of_plan(extract_text):
    found = extract_text("Postsurgical changes of right frontal craniotomy and resection.")
    assert not of(found, "management_impact") and of(found, "resection")


def test_a_review_of_systems_label_then_negative_for_negates_the_list(extract_text):
    found = of(extract_text("Neuro: negative for headache, seizure, new weakness, numbness, gait change,\n"
                            "diplopia or vision loss.\n"), "symptoms_new_or_worse")
    assert len(found) >= 5 and all(f.assertion.negated for f in found), found


def _packet(tmp_path, files):
    from extractors.findings import extract
    from extractors.ingest import read_packet

    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return extract(read_packet(tmp_path))


def test_a_page_about_another_patient_is_left_out_with_a_warning(tmp_path):
    extraction = _packet(tmp_path, {
        "01_form.txt": "PRIOR AUTHORIZATION REQUEST\nPatient: TRAN, MINH  DOB: 02/10/2025\nDate of request: 02/12/2026\n"
                       "CPT: 76390\nDiagnosis: suspected mitochondrial disease\n",
        "02_other.txt": "RADIOLOGY REPORT\nPatient: PATEL, AARAV  DOB: 06/03/2011\nIMPRESSION: recurrent medulloblastoma "
                        "versus radiation necrosis.\n",
    })
    assert not [f for f in extraction.findings if f.document == "02_other.txt"]
    assert any("02_other.txt p1: about another patient" in w for w in extraction.warnings)
    assert [f for f in extraction.findings if f.concept == "metabolic_disorder"]


def test_pipe_tables_give_the_form_their_values(tmp_path):
    extraction = _packet(tmp_path, {"form.txt": (
        "PRIOR AUTHORIZATION REQUEST\n|Date of request|03/09/2026|\n|Date of birth|03/09/2008|\n"
        "|CPT/HCPCS|Description|Qty|Laterality / region|\n|76390|Magnetic resonance spectroscopy|1|Brain - R frontal|\n"
        "|Prior MR spectroscopy|[ ] Yes  [X] No|\n|Claustrophobia|[ ] Yes  [X] No|\n")})
    assert extraction.request.cpt_codes == ("76390",)
    assert extraction.request.date_of_birth == "2008-03-09"
    assert all(f.assertion.negated for f in extraction.findings if f.concept in ("claustrophobia", "mr_spectroscopy")
               and "Prior" in f.sentence)


def test_a_column_header_row_is_not_a_value(tmp_path):
    extraction = _packet(tmp_path, {"form.txt": (
        "PRIOR AUTHORIZATION REQUEST\nDate of request: 02/27/2026\n| CPT   | DESCRIPTION     | BODY PART | QTY |\n"
        "| 76390 | MR SPECTROSCOPY | BRAIN     | 1   |\n")})
    assert extraction.request.body_part == "BRAIN"
    extraction = _packet(tmp_path, {"form.txt": (
        "PRIOR AUTHORIZATION REQUEST\nDate of request: 02/17/2026\nCPT / HCPCS: Description; Units; Body region / laterality\n"
        "76390: Description: Magnetic resonance spectroscopy; Units: 1; Body region / laterality: Brain - L frontal\n")})
    assert extraction.request.body_part == "Brain - L frontal"


@pytest.mark.parametrize("text, concept, expected", [
    ("Claustrophobia: pt denies; completed 65-min 3T exam on 3/2 w/o sedation.", "claustrophobia", "negated"),
    ("MR spectroscopy has not previously been performed.", "mr_spectroscopy", "negated"),
    ("Pt understandably anxious - wife is 30 wks pregnant w/ their first child.", "pregnancy", "family"),
    ("Mother is worried about new seizures.", "symptoms_new_or_worse", "patient"),
    ("- If any new headache, vomiting or seizure -> ED immediately.", "symptoms_new_or_worse", "hypothetical"),
    ("5. Tolerated 2/9 MRI w/o sedation - no\nclaustrophobia. MRS needs no gadolinium.\n", "claustrophobia", "negated"),
])
def test_more_clinical_phrasings(extract_text, text, concept, expected):
    found = of(extract_text(text), concept)
    assert found, text
    for f in found:
        if expected == "negated":
            assert f.assertion.negated
        elif expected == "family":
            assert f.assertion.family
        elif expected == "hypothetical":
            assert f.assertion.hypothetical
        else:
            assert not (f.assertion.family or f.assertion.negated or f.assertion.hypothetical)


def test_a_question_without_an_answer_states_nothing(extract_text):
    found = of(extract_text("PRIOR AUTHORIZATION REQUEST\nCPT: 76390\nPregnant? (Y/N): Implants / pacemaker? (Y/N); N\n"),
               "pregnancy")
    assert found == []


def test_versus_a_date_is_a_comparison_not_a_differential(extract_text):
    found = extract_text("MRI 02/20/2026: FLAIR stable vs 12/9/25 and vs 6/11/25.")
    assert not of(found, "imaging_inconclusive")
    assert of(extract_text("Recurrence vs radiation necrosis."), "imaging_inconclusive")


def test_an_impression_that_denies_the_tumour_reads_the_study_as_conclusive(tmp_path):
    from assistant.evaluate import evaluate
    from assistant.policy import load_policy

    extraction = _packet(tmp_path, {
        "01_form.txt": "PRIOR AUTHORIZATION REQUEST\nDate of request: 03/02/2026\nCPT: 76390\nBody part: Brain\n",
        "02_mri.txt": "01/20/2026\nEXAM: MRI BRAIN W/WO CONTRAST\nFINDINGS:\nStable postoperative changes.\n\n"
                      "IMPRESSION:\n1. Stable postoperative changes R cerebellum. No evidence of residual or\n"
                      "   recurrent tumor.\n",
        "03_note.txt": "02/26/2026 Clinic note\nPilocytic astrocytoma s/p GTR 2019, NED. Clinically stable.\n",
    })
    assert evaluate(load_policy(), extraction).criteria["conventional_imaging_inconclusive"].status == "not_met"


def test_progression_may_take_its_tumour_from_the_sentence_before(extract_text):
    found = of(extract_text("IMPRESSION:\n1. Stable postoperative appearance of the R frontal low-grade glioma. "
                            "No evidence of progression.\n"), "tumor_recurrence")
    assert [f.assertion.negated for f in found] == [True]
    assert not of(extract_text("MRI brain reviewed. Ventricles and extra-axial spaces are normal for age."),
                  "imaging_conclusive")


def test_a_corrected_form_gives_the_request_date(tmp_path):
    extraction = _packet(tmp_path, {
        "01_first.txt": "PRIOR AUTHORIZATION REQUEST\nDate of request: 02/27/2026\nCPT: 70553\n",
        "02_corrected.txt": "PRIOR AUTHORIZATION REQUEST\n*** CORRECTED REQUEST - SUPERSEDES FORM DATED 02/27/2026 ***\n"
                            "Date of request: 03/09/2026\nCPT: 76390\n",
    })
    assert extraction.request.request_date == "2026-03-09"


def _assess(tmp_path, files):
    from assistant.evaluate import evaluate
    from assistant.policy import load_policy

    return evaluate(load_policy(), _packet(tmp_path, files))


FORM = "PRIOR AUTHORIZATION REQUEST\nDate of request: 03/02/2026\nCPT: 76390\nBody part: Brain\n"


def test_an_addendum_is_the_reports_last_word(tmp_path):
    assessment = _assess(tmp_path, {"01_form.txt": FORM, "02_mri.txt": (
        "01/12/2026\nEXAM: MRI BRAIN W/WO CONTRAST\nIMPRESSION:\n1. Right frontal FLAIR lesion, indeterminate.\n"
        "   Differential includes low-grade glioma versus focal cortical dysplasia.\n\n"
        "ADDENDUM #1 - 01/16/2026\nOutside studies reviewed: unchanged since 2019.\n"
        "REVISED IMPRESSION:\n1. Findings are characteristic of focal cortical dysplasia.\n"
        "2. Further characterization with MR spectroscopy is not felt to be necessary.\n")})
    assert assessment.criteria["conventional_imaging_inconclusive"].status == "not_met"


def test_the_question_a_request_asks_is_not_a_scans_reading(tmp_path):
    assessment = _assess(tmp_path, {"01_form.txt": FORM,
        "02_mri.txt": "03/01/2026\nEXAM: MRI BRAIN W/WO CONTRAST\nIMPRESSION:\nFindings are consistent with radiation "
                      "necrosis. Diagnostic of treatment effect.\n",
        "03_letter.txt": "03/02/2026\nDear reviewer,\nWe are requesting MR spectroscopy to assess for recurrence versus "
                         "ongoing radiation necrosis at the treated site.\n"})
    assert assessment.criteria["conventional_imaging_inconclusive"].status == "not_met"


def test_a_ticked_no_with_a_note_does_not_affirm_the_note(extract_text):
    found = of(extract_text("PRIOR AUTHORIZATION REQUEST\nCPT: 76390\n"
                            "Renal insufficiency / contrast contraindication: [ ] Yes [X] No (neonatal AKI resolved)\n"),
               "renal_insufficiency")
    assert found and all(f.assertion.negated for f in found), found


def test_resolved_after_a_parenthesis_reaches_back_over_it(extract_text):
    found = of(extract_text("Neonatal AKI (Cr peak 1.5 mg/dL DOL 3, oliguria DOL 1-2), resolved - Cr 0.4 by DOL 9."),
               "renal_insufficiency")
    assert [f.assertion.negated for f in found] == [True]


def test_a_reports_recommendation_of_mrs_is_still_its_reading(tmp_path):
    assessment = _assess(tmp_path, {"01_form.txt": FORM,
        "02_mri.txt": "03/01/2026\nEXAM: MRI BRAIN W/WO CONTRAST\nIMPRESSION:\nNew enhancement at the cavity.\n"
                      "Recommend MR spectroscopy for further characterization.\n"})
    assert assessment.criteria["conventional_imaging_inconclusive"].status == "met"


def test_a_blank_request_date_falls_back_to_the_signature_line(tmp_path):
    extraction = _packet(tmp_path, {"form.txt": (
        "PRIOR AUTHORIZATION REQUEST\nDate of request: ____________\nCPT: 76390\nRequested DOS: 04/20/2026\n"
        "Provider signature:  E. Park-Whitman MD             Date: 04/02/2026\n")})
    assert extraction.request.request_date == "2026-04-02"


@pytest.mark.parametrize("text, concept, expected", [
    ("  Claustrophobia [ ]     Pregnant [ ]     Renal impairment / eGFR<30 [ ]\n", "claustrophobia", None),
    ("  Claustrophobia [X]     Pregnant [ ]\n", "claustrophobia", "affirmed"),
    ("5. MRI safety: reviewed risks incl. NSF with gadolinium in pts with renal failure, claustrophobia/anxiety, "
     "and pregnancy.\n", "pregnancy", "hypothetical"),
    ("Mum is 26 weeks pregnant and may not be able to attend.", "pregnancy", "family"),
    ("  Prior MRS: ***\n", "mr_spectroscopy", None),
    ("Conventional imaging inconclusive: {YES/NO:20934}\n", "imaging_inconclusive", None),
])
def test_template_and_form_shapes(extract_text, text, concept, expected):
    found = of(extract_text("PRIOR AUTHORIZATION REQUEST\nCPT: 76390\n" + text), concept)
    if expected is None:
        assert found == [], found
    elif expected == "affirmed":
        assert found and not any(f.assertion.negated or f.assertion.hypothetical for f in found)
    else:
        assert found and all(getattr(f.assertion, expected) for f in found), found


def test_x_ruled_out_negates_backwards(extract_text):
    found = of(extract_text("Normal ASA activity - MLD / ASA deficiency ruled out (checked given risk of "
                            "delayed post-hypoxic leukoencephalopathy)."), "inherited_metabolic_disorder")
    assert [f.assertion.negated for f in found] == [True]


def test_a_date_before_a_dash_is_the_clause_befores(extract_text):
    found = of(extract_text("Indication: opioid OD w/ cardiac arrest 2/14/26 - MRS for prognostication."),
               "mr_spectroscopy")
    assert [f.date for f in found] == [None]
    dated = of(extract_text("MRI + MRS 12/15/25 - lesion stable."), "mr_spectroscopy")
    assert [f.date for f in dated] == ["2025-12-15"]


def test_return_to_the_ed_for_symptoms_is_a_precaution(extract_text):
    found = of(extract_text("Return to ED for fever, worsening HA, vomiting, confusion, new weakness or seizure."),
               "symptoms_new_or_worse")
    assert found and all(f.assertion.hypothetical for f in found)
    assert not any(f.assertion.hypothetical for f in of(extract_text("She had a return of seizures."),
                                                        "symptoms_new_or_worse"))


def test_a_misread_date_of_birth_is_still_the_patients(tmp_path):
    extraction = _packet(tmp_path, {
        "01_form.txt": "PRIOR AUTHORIZATION REQUEST\nPatient: HASKINS, GERALD  DOB: 03/14/1968\nDate of request: 03/16/2026\n"
                       "CPT: 76390\n",
        "02_scan.txt": "MR SPECTROSCOPY REPORT\nPatient: HASKINS, GERALD  DOB: 03/14/1966\nIMPRESSION: favors radiation "
                       "necrosis over recurrent tumor.\n",
    })
    assert [f for f in extraction.findings if f.document == "02_scan.txt"]
    assert not any("another patient" in w for w in extraction.warnings)


def test_nuclear_medicine_is_not_conventional_imaging(extract_text):
    found = extract_text("MARQUETTE NEUROIMAGING - NUCLEAR MEDICINE\nPET/CT BRAIN (FDG) - METABOLIC EVALUATION\n")
    assert not of(found, "conventional_imaging")
    assert of(extract_text("CT brain 12/29/2025: no acute intracranial abnormality."), "conventional_imaging")


def test_a_comparison_line_does_not_title_a_report(tmp_path):
    assessment = _assess(tmp_path, {"01_form.txt": FORM,
        "02_pet.txt": "01/21/2026\nFDG PET BRAIN\nCOMPARISON: MRI brain 12/10/2025.\nIMPRESSION:\nMild left temporal "
                      "hypometabolism, equivocal.\n",
        "03_mri.txt": "12/10/2025\nEXAM: MRI BRAIN EPILEPSY PROTOCOL\nIMPRESSION:\nNormal MRI of the brain.\n"})
    assert assessment.criteria["conventional_imaging_inconclusive"].status == "not_met"


def test_a_newer_study_whose_report_is_pending_leaves_the_reading_unknown(tmp_path):
    assessment = _assess(tmp_path, {"01_form.txt": FORM.replace("03/02/2026", "05/11/2026"),
        "02_note.txt": "05/08/2026 Neurology consult\nCT head w/o 4/20/26: no acute intracranial abnormality.\n"
                       "MRI brain w/wo 5/2/26 (Valley Imaging): *** (report pending)\n"})
    assert assessment.criteria["conventional_imaging_inconclusive"].status == "unknown"


def test_a_request_for_another_regions_mrs_with_no_form_is_not_the_brain(tmp_path):
    assessment = _assess(tmp_path, {"01_email.txt": (
        "03/02/2026\nTanya - Please schedule and get prior auth for phosphorus-31 MR spectroscopy\n"
        "(CPT 76390) of the RIGHT CALF (gastrocnemius/soleus). Brain MRI 06/2025 was normal.\n")})
    assert assessment.criteria["body_region_consistent"].status == "not_met"
    (tmp_path / "brain").mkdir()
    brain = _assess(tmp_path / "brain", {"01_letter.txt": (
        "03/02/2026\nI am requesting MR spectroscopy of the brain (CPT 76390) for a new left frontal glioma.\n")})
    assert brain.criteria["body_region_consistent"].status == "met"


@pytest.mark.parametrize("text", ["FINDINGS ARE C/W THE KNOWN DIAGNOSIS OF MELAS.",
                                  "Findings are consistent with the known diagnosis of MELAS."])
def test_consistent_with_the_known_diagnosis_is_a_definitive_read(extract_text, text):
    assert of(extract_text(text), "imaging_conclusive")


def test_a_spaced_dash_ends_a_history_or_a_negation_but_not_what_reaches_back_across_it(extract_text):
    """A spaced dash ends a clause for forward history and negation (lexicons/context_overrides.json
    forward_scopes_end_at); backward triggers, relatives and plans still reach across it."""
    request = of(extract_text("[X] Other: anoxic brain injury s/p opioid OD w/ cardiac arrest 2/14/26 - MRS for "
                              "prognostication."), "mr_spectroscopy")
    assert request and not any(f.assertion.historical for f in request)
    assert all(f.assertion.historical for f in of(extract_text("s/p MRS 12/2025, read as stable."), "mr_spectroscopy"))
    found = of(extract_text("No fever or headache - new focal seizures since Tuesday."), "symptoms_new_or_worse")
    assert [(f.text, f.assertion.negated) for f in found if "headache" in f.text] == [("headache", True)]
    assert [f.assertion.negated for f in found if "seizure" in f.text] == [False]
    assert all(f.assertion.negated for f in of(extract_text("Neonatal AKI - resolved."), "renal_insufficiency"))
    assert all(f.assertion.family for f in of(extract_text("Mother - glioblastoma, dx age 66."), "glial_neoplasm"))
    assert all(f.assertion.hypothetical for f in of(extract_text("If seizures recur - repeat MRI brain."),
                                                    "conventional_imaging"))


NOTE = "11/05/2025 Neurology office note\n"


@pytest.mark.parametrize("line", [
    "RE: PRIOR AUTH - MR SPECTROSCOPY, BRAIN - VOSS, DANIELLE",  # the fax's subject is the request
    "RE: Prior authorization MR spectroscopy brain",
    "MDT 28/10/2025 recommends MRS.",  # past by its date alone: a recommendation, not a study
    "Pertinent prior imaging: MRI brain 08/12/2025 - indeterminate, radiology recommends MRS\nCT head 08/10/2025",
    "Outside MRI brain with MRS was scheduled 10/18/2025 under GA but was CANCELLED day-of (RSV).",
    # the past word is the MRI's: the MRS is the plan
    "GDD + epilepsy - last MRI (5/2023) normal but >2 yrs ago and new sz -> repeat MRI brain w/o under GA, with MRS.",
])
def test_what_names_the_asked_for_or_an_undone_mrs_is_no_prior_mrs(tmp_path, line):
    assessment = _assess(tmp_path, {"01_form.txt": FORM.replace("03/02/2026", "11/06/2025"),
                                    "02_note.txt": NOTE + line + "\n"})
    assert assessment.criteria["is_repeat_request"].status == "not_met", assessment.criteria["is_repeat_request"]


def test_a_past_mrs_is_still_a_prior_mrs(tmp_path):
    assessment = _assess(tmp_path, {"01_form.txt": FORM.replace("03/02/2026", "11/06/2025"),
                                    "02_note.txt": NOTE + "MRI + MRS 10/15/25 showed a stable lesion.\n"})
    assert assessment.criteria["is_repeat_request"].status == "met"


def test_a_month_and_day_after_a_study_name_is_dated_by_the_note(extract_text):
    from extractors.dates import find_dates
    import datetime as dt

    note = dt.date(2025, 11, 5)
    assert [d.date for d in find_dates("lesion - indeterminate per MRI 8/12, ddx LGG", reference=note)] == [dt.date(2025, 8, 12)]
    assert [d.date for d in find_dates("CT head 12/20 showed", reference=note)] == [dt.date(2024, 12, 20)]
    assert find_dates("Strength 5/5 throughout, pain 3/10, BP 120/80.", reference=note) == []
    assert [d.date for d in find_dates("MRI 21/04 reviewed.", day_first=True, reference=dt.date(2026, 5, 1))] == \
        [dt.date(2026, 4, 21)]


def test_the_second_study_of_a_reports_title_line_is_a_prior_study(tmp_path):
    assessment = _assess(tmp_path, {"01_form.txt": FORM.replace("03/02/2026", "12/31/2025"), "02_report.txt": (
        "OUTSIDE RECORD\nExam: MRI BRAIN WITHOUT AND WITH CONTRAST; MR SPECTROSCOPY (CPT 70553, 76390)\n"
        "Date of exam: 10/30/2025\nFINDINGS: Cortical T2 hyperintensity.\nIMPRESSION: Lactate peak in the lesion.\n")})
    assert assessment.criteria["is_repeat_request"].status == "met"
    assert assessment.criteria["recent_imaging_without_change"].status == "met"


def test_a_change_after_a_month_that_straddles_the_window_settles_it(tmp_path):
    assessment = _assess(tmp_path, {"01_form.txt": FORM.replace("03/02/2026", "03/05/2026"), "02_note.txt": (
        "03/04/2026 Neuro-oncology clinic\nPre-op MRI w/ spectroscopy at Lakeshore ~3 mo ago.\n"
        "New focal seizures on 02/20/2026.\n")})
    assert assessment.criteria["recent_imaging_without_change"].status == "not_met"


def test_a_study_recommended_next_is_not_the_study_a_result_reads(tmp_path):
    assessment = _assess(tmp_path, {"01_form.txt": FORM.replace("03/02/2026", "10/06/2026"), "02_note.txt": (
        "10/02/2026 Epilepsy clinic\nDATA\nCT head 08/29/26: R mesial temporal hypodensity, indeterminate, MRI rec.\n"
        "MRI brain w/wo epilepsy protocol 09/15/26: findings characteristic of DNET, no aggressive features.\n")})
    assert assessment.criteria["conventional_imaging_inconclusive"].status == "not_met"


def test_a_second_report_in_one_file_is_dated_by_its_own_title(tmp_path):
    """Two faxed reports in one PDF: page 2's impression is dated by its own title line, not by the
    document's first date."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    pages = [["EXAM: MRI BRAIN W/WO CONTRAST (CPT 70553) DATE: 09/08/2025 ACC: KH25-77120",
              "FINDINGS: New 6 mm FLAIR focus at the posterior resection margin.",
              "IMPRESSION: New FLAIR focus - indeterminate; residual tumor versus postoperative change."],
             ["EXAM: MRI BRAIN W/WO CONTRAST (CPT 70553) DATE: 01/15/2026 ACC: KH26-03318",
              "HISTORY: Ganglioglioma s/p resection 2023. Follow-up of FLAIR focus (MRI 9/8/25).",
              "COMPARISON: MRI brain 09/08/2025.", "FINDINGS: The FLAIR focus is unchanged over 4 months.",
              "IMPRESSION:", "1. Stable examination, consistent with postoperative gliosis.",
              "2. No evidence of recurrent tumor."]]
    (tmp_path / "01_form.txt").write_text(FORM.replace("03/02/2026", "01/28/2026"), encoding="utf-8")
    pdf = canvas.Canvas(str(tmp_path / "02_mri_reports.pdf"), pagesize=letter)
    for number, lines in enumerate(pages, start=1):
        pdf.setFont("Helvetica", 10)
        pdf.drawString(40, 760, f"01/30/2026 11:02 KHMC NEUROSURGERY 414-555-0119 P.0{number}/02")
        pdf.drawString(40, 740, "KESSLER-HARBOR MEDICAL CENTER - NEURORADIOLOGY")
        for row, line in enumerate(lines):
            pdf.drawString(40, 710 - 16 * row, line)
        pdf.showPage()
    pdf.save()
    from assistant.evaluate import evaluate
    from assistant.policy import load_policy
    from extractors.findings import extract
    from extractors.ingest import read_packet

    leaf = evaluate(load_policy(), extract(read_packet(tmp_path))).criteria["conventional_imaging_inconclusive"]
    assert leaf.status == "not_met", leaf.rationale


def test_a_letters_general_claim_about_a_modality_is_no_reading(tmp_path):
    assessment = _assess(tmp_path, {"01_form.txt": FORM.replace("03/02/2026", "02/24/2026"), "02_letter.txt": (
        "02/23/2026\nLetter of medical necessity\nHarper has suspected mitochondrial disease; her brain MRI is "
        "scheduled for 02/25/2026.\nConventional MRI alone is frequently nondiagnostic early in mitochondrial "
        "disease. The Mitochondrial Medicine Society consensus statement recommends MRI with MR spectroscopy.\n")})
    assert assessment.criteria["conventional_imaging_inconclusive"].status == "unknown"
    assert assessment.criteria["no_established_guidelines"].status == "not_met"


@pytest.mark.parametrize("text, concept, expected", [
    ("Claustrophobia no longer an issue - no sedation needed.", "claustrophobia", "negated"),
    ("A mitochondrial encephalopathy was considered but is ruled out.", "inherited_metabolic_disorder", "negated"),
    ("IMPRESSION: No evidence of low-grade glial or glioneuronal neoplasm.", "glial_neoplasm", "negated"),
    ("RTC 3 months; call sooner w/ any new sx.", "symptoms_new_or_worse", "hypothetical"),
    ("Differential: atypical meningioma versus peripherally located high-grade glioma (glioblastoma).",
     "glial_neoplasm", "uncertain"),  # the bracketed restatement shares the doubt
])
def test_clinicians_wording_of_resolved_conditional_and_restated(extract_text, text, concept, expected):
    found = of(extract_text(text), concept)
    assert found and all(getattr(f.assertion, expected) for f in found), found


def test_another_grading_scale_is_no_tumor_grade(extract_text):
    assert not of(extract_text("Meningioma: en bloc resection with dural margin, Simpson grade 1 goal."), "tumor_grade")
    assert of(extract_text("Oligodendroglioma, grade 2."), "tumor_grade")


def test_a_prior_mrs_of_another_region_is_no_prior_brain_mrs(tmp_path):
    assessment = _assess(tmp_path, {"01_form.txt": FORM.replace("03/02/2026", "11/12/2025"), "02_letter.txt": (
        "11/12/2025\nHe has had no brain MR spectroscopy. (His only prior spectroscopy was the research 31P "
        "study of the calf muscle on 09/18/2025; no brain was imaged.)\n")})
    assert assessment.criteria["is_repeat_request"].status == "not_met"


def test_a_study_whose_report_the_next_sentence_says_is_missing_leaves_the_reading_unknown(tmp_path):
    assessment = _assess(tmp_path, {"01_form.txt": FORM.replace("03/02/2026", "11/12/2025"), "02_note.txt": (
        "11/10/2025 Pediatric neurology consult\nA 2021 MRI for his hearing loss was normal.\n"
        "An MRI brain was done 11/03/2025 under sedation at Lakeside (outside). The final report has NOT been "
        "received.\n")})
    assert assessment.criteria["conventional_imaging_inconclusive"].status == "unknown"


@pytest.mark.parametrize("text", ["We are requesting a one-time, clarifying, targeted MR spectroscopy.",
                                  "[X] Follow-up of indeterminate finding on prior imaging"])
def test_a_clarifying_purpose_in_other_words(extract_text, text):
    assert of(extract_text(text), "clarification_intent")


def test_a_context_phrase_wrapped_onto_an_indented_line_still_matches(extract_text):
    """EHR print-outs indent their wrapped lines: after the soft wrap is joined, the indentation is a
    whitespace token inside "is not ... suspected", which ConText matching now looks through."""
    text = ("  Stroke-like episode of mitochondrial disease was considered and is not\n"
            "  suspected: age, normal lactate, no hearing loss.\n")
    assert [f.assertion.negated for f in of(extract_text(text), "metabolic_disorder")] == [True]
    assert [f.assertion.negated for f in of(extract_text("Glioma    present on the MRI."), "glial_neoplasm")] == [False]


def test_a_later_word_that_the_condition_resolved_clears_its_note_flag(tmp_path):
    notes = lambda assessment: {note for note, _ in assessment.notes}  # noqa: E731
    episode = ("01/20/2026 Discharge summary\nHospital course:\n# AKI - likely contrast-associated (CTA 1/7).\n"
               "Discharge diagnoses: AKI, contrast-associated - RESOLVED (Cr 1.0 at d/c).\n")
    assert "renal_insufficiency_contrast" not in notes(_assess(tmp_path, {
        "01_form.txt": FORM.replace("03/02/2026", "02/12/2026"), "02_dc.txt": episode}))
    (tmp_path / "chronic").mkdir()
    assert "renal_insufficiency_contrast" in notes(_assess(tmp_path / "chronic", {
        "01_form.txt": FORM.replace("03/02/2026", "02/12/2026"),
        "02_note.txt": "02/10/2026 Nephrology\nCKD stage 4, eGFR 22. Prior AKI in 2024 resolved.\n"}))



def test_a_prior_brain_mrs_is_no_prior_when_the_form_asks_for_another_region(tmp_path):
    form = FORM.replace("03/02/2026", "02/18/2026").replace("Body part: Brain", "Body part: Pelvis - prostate")
    note = "02/10/2026 Urology\nHistory: MRI brain with MR spectroscopy 06/14/2022 after a solitary metastasis.\n"
    assert _assess(tmp_path, {"01_form.txt": form, "02_note.txt": note}).criteria["is_repeat_request"].status == "not_met"
    (tmp_path / "brain").mkdir()
    assert _assess(tmp_path / "brain", {"01_form.txt": FORM.replace("03/02/2026", "02/18/2026"), "02_note.txt": note}
                   ).criteria["is_repeat_request"].status == "met"


def test_a_two_digit_birth_year_is_never_in_the_future(tmp_path):
    extraction = _packet(tmp_path, {"01_form.txt": FORM.replace("03/02/2026", "02/12/2026") + "DOB: 09/14/64\n",
                                    "02_note.txt": "02/09/2026 Neuro-oncology\nDOB: 09/14/1964\nStable. No new symptoms.\n"})
    assert extraction.request.date_of_birth == "1964-09-14" and extraction.request.population == "adult"
    assert not any("another patient" in warning for warning in extraction.warnings)


def test_an_undated_symptom_beside_a_dated_one_shares_its_date(extract_text):
    found = of(extract_text("61M s/p GK SRS on 07/22/2025, presents with NEW L hand clumsiness x ~1 wk and "
                            "worsening headaches."), "symptoms_new_or_worse")
    assert len(found) == 2 and {f.date for f in found} == {"2025-07-22"}


@pytest.mark.parametrize("text", ["MRS score 1 today, unchanged.", "Item: MRS (modified Rankin); Value: 2",
                                  "Item: MRS; Value: 1", "modified Rankin Scale (MRS) 2 at discharge."])
def test_the_modified_rankin_scale_is_no_mr_spectroscopy(extract_text, text):
    assert not of(extract_text(text), "mr_spectroscopy")


def test_mr_spectroscopy_abbreviated_still_reads(extract_text):
    for text in ("Prior MRS 12/10/2025 showed lactate.", "Repeat brain MRS (3-month interval after the 11/28/25 study).",
                 "MRS was recommended back in 2022 but was never obtained."):
        assert of(extract_text(text), "mr_spectroscopy"), text
    found = of(extract_text("MRS was recommended back in 2022 but was never obtained."), "mr_spectroscopy")
    assert all(f.assertion.negated for f in found)


@pytest.mark.parametrize("line, expected", [("Prior MRS: Yes: __ No: X", "negated"), ("Prior MRS: Yes: X No: __", "affirmed"),
                                            ("Prior MRS: Yes: __ No: __", "unticked")])
def test_a_mark_after_each_answers_colon(line, expected):
    from extractors.findings import form_answer

    start = line.index("MRS")
    assert form_answer(line + "\nClaustrophobia: Yes: __ No: X\n", start, start + 3) == expected


def test_a_condition_denied_later_in_its_sentence_is_the_work_ups_conclusion(tmp_path):
    assessment = _assess(tmp_path, {"01_form.txt": FORM.replace("03/02/2026", "02/05/2026"), "02_note.txt": (
        "02/02/2026 Cognitive neurology consult\nASSESSMENT\n5) Mitochondrial (MELAS) raised by inpatient team - "
        "lesions do not follow a stroke-like pattern and serum/CSF lactate normal; MELAS excluded.\n")})
    assert assessment.criteria["metabolic_disorder"].status == "not_met"


def test_a_scanned_checklists_unreadable_boxes_state_nothing():
    from extractors.findings import _on_scanned_checkbox_line

    page = ("D. CLINICAL (mark all that apply; attach notes)\n(2 Grading of suspected primary glial neoplasm\n"
            "Pil Treated brain tumor: recurrence vs radiation necrosis\naf Post-treatment surveillance\n"
            "CJ Neonatal HIE\n(J Congenital / metabolic / mitochondrial / leukodystrophy\n"
            "Most recent MRI/CT (date, result): MRI 12/1/25 - indeterminate\n")
    assert _on_scanned_checkbox_line(page, page.index("Neonatal HIE"))
    assert not _on_scanned_checkbox_line(page, page.index("indeterminate"))
    assert not _on_scanned_checkbox_line("CJ Neonatal HIE\nMRI brain normal.\n", 3)  # one line is no checklist


def test_a_treatment_named_as_post_x_is_the_past_one(extract_text):
    found = of(extract_text("- MRI brain w/wo 12/1/25 as scheduled (q2-3 mo post-SRS surveillance)."), "radiosurgery")
    assert found and all(f.assertion.historical for f in found)


def test_a_us_form_in_a_packet_of_uk_records_keeps_its_month_first_dates(tmp_path):
    extraction = _packet(tmp_path, {
        "01_form.txt": "PRECERTIFICATION REQUEST\nDate of request: 02/09/2026\nCPT: 76390\nBody part: Brain\n"
                       "Requested date of service: 02/16/2026\n",
        "02_letter.txt": "NHS Leeds Teaching Hospitals\n30/01/2026\nSeen in clinic 28/01/2026. Liver MRS 18/11/2025.\n"
                         "MRI head 21/01/2026, report awaited.\n"})
    assert extraction.request.request_date == "2026-02-09"
    assert dict(extraction.document_dates)["02_letter.txt"] == "2026-01-30"


@pytest.mark.parametrize("text, concept, expected", [
    ("Metabolic causes were excluded, including a late-onset urea cycle disorder and Wilson disease.",
     "metabolic_disorder", "negated"),
    ("Adult-onset leukodystrophy - screen normal (VLCFA, ARSA); excluded.", "inherited_metabolic_disorder", "negated"),
    ("Visit: C1D1 lomustine (planned)", "chemotherapy", "hypothetical"),
    ("Lomustine was NOT dispensed or administered today.", "chemotherapy", "negated"),
    ("With Plt 61K, lomustine C1 is HELD.", "chemotherapy", "negated"),
    ("Bevacizumab offered, patient declined.", "chemotherapy", "negated"),
    ("Optune (TTFields) re-offered today; pt declines.", "chemotherapy", "negated"),
])
def test_work_up_and_treatment_wording(extract_text, text, concept, expected):
    found = of(extract_text(text), concept)
    assert found and all(getattr(f.assertion, expected) for f in found), found


def test_a_cpt_label_with_spaces_round_its_slash(tmp_path):
    extraction = _packet(tmp_path, {"01_form.txt": "PRIOR AUTHORIZATION REQUEST\nDate of request: 03/02/2026\n"
                                                   "SERVICE REQUESTED\n    CPT / HCPCS:   76390   Magnetic resonance spectroscopy\n",
                                    "02_mri.txt": "02/25/2026\nExam: MRI BRAIN WITHOUT CONTRAST   CPT 70551\nIMPRESSION: equivocal.\n"})
    assert extraction.request.cpt_codes == ("76390",)


def test_an_acute_episode_said_resolved_raises_no_renal_note(tmp_path):
    notes = lambda assessment: {note for note, _ in assessment.notes}  # noqa: E731
    summary = ("02/20/2026 NICU discharge summary\nDiagnoses:\n- Acute kidney injury (oliguric), DOL 1-3, peak Cr 1.3 - "
               "RESOLVED (Cr 0.4 DOL 8)\nHospital course:\nRenal: Oliguric AKI DOL 1-3 in setting of asphyxia.\n")
    assert "renal_insufficiency_contrast" not in notes(_assess(tmp_path, {
        "01_form.txt": FORM.replace("03/02/2026", "03/02/2026"), "02_dc.txt": summary}))
    (tmp_path / "current").mkdir()
    current = "02/26/2026 NICU progress note\nRenal - AKI (KDIGO stage 2 neonatal)\n   - Cr 1.4 (peak 1.6), oliguria resolving.\n"
    assert "renal_insufficiency_contrast" in notes(_assess(tmp_path / "current", {"01_form.txt": FORM, "02_note.txt": current}))


def test_a_scanned_yes_no_field_states_nothing():
    from extractors.findings import _scanned_yes_no

    assert _scanned_yes_no("Renal impairment (eGFR < 30) / dialysis: (1 Yes JX{No Contrast allergy", 16)
    assert not _scanned_yes_no("Renal impairment: none known", 16)


def test_an_organisations_guideline_is_a_cited_guideline(extract_text):
    assert of(extract_text("I recognize that the 2018 CDC Guideline on the Diagnosis and Management of Mild TBI "
                           "applies."), "guideline_cited")


@pytest.mark.parametrize("text", ["Any evidence of progression would prompt initiation of vorasidenib.",
                                  "The result will directly determine whether we start salvage chemotherapy."])
def test_a_result_that_decides_treatment_is_a_management_impact(extract_text, text):
    assert of(extract_text(text), "management_impact")


def test_a_plan_items_heading_that_names_the_requested_study_is_no_prior_mrs(tmp_path):
    note = ("03/09/2026 Peds neurology\nASSESSMENT AND PLAN\n1. Migraine w/o aura: continue riboflavin.\n"
            "2. Remote HIE / MRS: Mom asks whether the old injury is active. I will request MR spectroscopy of "
            "the brain (CPT 76390).\n")
    assert _assess(tmp_path, {"01_form.txt": FORM.replace("03/02/2026", "03/10/2026"), "02_note.txt": note}
                   ).criteria["is_repeat_request"].status == "not_met"
    (tmp_path / "outside").mkdir()
    outside = ("02/06/2026 Neuro-oncology\n- Outside MRS: per pt and wife, he had an MRI with spectroscopy at an "
               "outside center; date unknown.\n  Report/images requested 02/06/2026.\n")
    assert _assess(tmp_path / "outside", {"01_form.txt": FORM.replace("03/02/2026", "02/10/2026"), "02_note.txt": outside}
                   ).criteria["is_repeat_request"].status == "met"


def test_a_label_ending_in_a_bracket_and_an_mrs_not_offered(tmp_path, extract_text):
    extraction = _packet(tmp_path, {"01_form.txt": "PRIOR AUTHORIZATION REQUEST\nDate of Request: 01/16/2026\n\n"
                                                   "   CPT code(s):   76390  MR spectroscopy (brain)\n",
                                    "02_mri.txt": "01/15/2026\nExam: MRI BRAIN W/O (CPT 70551)\nIMPRESSION: indeterminate.\n"})
    assert extraction.request.cpt_codes == ("76390",)
    found = of(extract_text("MR spectroscopy is not offered on this scanner (not performed)."), "mr_spectroscopy")
    assert found and all(f.assertion.negated for f in found)



@pytest.mark.parametrize("text, concept, expected", [
    # b98-b109: sentences from the packets that exposed these rules
    ("Our first thought was an intrinsic L frontal glioma; this was ruled out on the 01/06 MRI, which showed a "
     "dural tail.", "glial_neoplasm", "negated"),
    ("Leigh syndrome was considered as the clinical course was atypical: this was ruled out.", "metabolic_disorder",
     "negated"),
    ("2. Mitochondrial disease - organic and amino acids, acylcarnitines and mito panel all normal; excluded.",
     "metabolic_disorder", "negated"),
    ("She asked whether this could be pregnancy-related eclampsia - it is not; she is three weeks postpartum.",
     "pregnancy", "negated"),
    ("Gadolinium given; breastfeeding need not be interrupted. Pregnancy test negative on 01/06/2026.", "pregnancy",
     "negated"),
    ("We discussed breastfeeding and future pregnancy at length.", "pregnancy", "hypothetical"),
    ("He was treated with chemotherapy as a young child for a left optic pathway glioma.", "chemotherapy", "historical"),
    ("As a young child Mateo needed sedation for MRIs because of claustrophobia.", "claustrophobia", "historical"),
])
def test_exclusions_childhood_and_future_wording(extract_text, text, concept, expected):
    found = of(extract_text(text), concept)
    assert found and all(getattr(f.assertion, expected) for f in found), found


@pytest.mark.parametrize("text, concept", [
    ("A glioma was suspected; the biopsy is pending.", "glial_neoplasm"),
    ("She is 14 weeks pregnant; the pregnancy is going well.", "pregnancy"),
    ("Known claustrophobia; needs a wide-bore MRI today.", "claustrophobia"),
])
def test_the_new_rules_leave_plain_statements_alone(extract_text, text, concept):
    found = of(extract_text(text), concept)
    assert found and not any(f.assertion.negated or f.assertion.historical or f.assertion.hypothetical
                             for f in found), found


def test_a_lactate_question_and_a_missing_guideline_are_read(extract_text):
    extraction = extract_text("MR spectroscopy, with presence or absence of lactate, would help narrow the "
                              "differential. We are not aware of any established guideline on the timing of repeat "
                              "spectroscopy.")
    assert of(extraction, "clarification_intent") and of(extraction, "no_guideline_attestation")
    assert not any(f.assertion.negated for f in of(extraction, "mr_spectroscopy"))


def test_a_grade_question_beside_a_glioma_ruled_out_is_no_open_glioma_grade(tmp_path):
    mri = ("01/06/2026\nMRI BRAIN W/WO\nIMPRESSION: Extra-axial dural-based mass with a dural tail, most in keeping "
           "with meningioma. An intrinsic glioma is ruled out. WHO grade cannot be determined on imaging.\n")
    assert _assess(tmp_path, {"01_form.txt": FORM, "02_mri.txt": mri}).criteria["glioma_grading"].status != "met"
    (tmp_path / "glioma").mkdir()
    glioma = mri.replace("An intrinsic glioma is ruled out.", "Differential includes a diffuse glioma.")
    assert _assess(tmp_path / "glioma", {"01_form.txt": FORM, "02_mri.txt": glioma}
                   ).criteria["glioma_grading"].status == "met"


COVER = ("JAN-13-2026 16:42  FROM: LAKESIDE HEM-ONC  2165550931   TO: 8885550147   P.001/007\n"
         "                 *** FACSIMILE ***\n  DATE: January 13, 2026\n  TO: UM / Radiology Benefit\n"
         "  # PAGES: 7 (including this cover)\n  RE: PA REQUEST - MR SPECTROSCOPY BRAIN (76390)\n  ENCLOSED:\n"
         "     p.5     MRI brain w/wo report 12/30/2025\n     p.6-7   Neuro-oncology consult 01/05/2026\n"
         "  NOTES: Pt scheduled 01/20/26. Please call w/ auth # or if anything further needed. Thank you!\n"
         "  The documents accompanying this transmission contain confidential health information. If you are "
         "not the intended recipient, notify us. If received in error please call.\n")


def test_a_fax_cover_listing_its_enclosures_is_no_clinical_note(tmp_path):
    from extractors.findings import page_kind

    assert page_kind(COVER) == "other"
    # a note that a fax banner heads is still a note
    assert page_kind(COVER.split("\n")[0] + "\nPROGRESS NOTE 01/05/2026\nASSESSMENT: Glioblastoma, s/p resection. "
                     "Headaches worse this week.\n") == "clinical"
    form = FORM.replace("03/02/2026", "01/13/2026") + "  [X] Intra-axial brain tumor, primary or metastatic\n"
    assert _assess(tmp_path, {"01_cover.txt": COVER, "02_form.txt": form}
                   ).criteria["clinical_documentation_present"].status == "not_met"


@pytest.mark.parametrize("text", ["[X] Intra-axial brain tumor, primary or metastatic (known or suspected)",
                                  "Suspected intraaxial brain lesion in the left parietal lobe."])
def test_an_intra_axial_brain_tumor_is_an_intra_axial_tumor(extract_text, text):
    assert of(extract_text(text), "intraaxial_tumor")
    assert not of(extract_text(text), "brain_tumor")


@pytest.mark.parametrize("text", ["Brain metastasis screening -- MRI negative post-PCI.", "Brain mets work-up: negative.",
                                  "Brain metastases screening was negative."])
def test_a_screening_said_negative_denies_what_it_screened_for(extract_text, text):
    extraction = extract_text(text)
    assert all(f.assertion.negated for f in of(extraction, "brain_metastasis")) and of(extraction, "brain_metastasis")
    assert not any(f.assertion.negated for f in of(extraction, "conventional_imaging"))  # the MRI was done


def test_a_screening_that_found_something_is_no_denial(extract_text):
    found = of(extract_text("Brain metastasis screening MRI shows a new 6 mm lesion; PET negative."), "brain_metastasis")
    assert found and not any(f.assertion.negated for f in found)


QUESTION_TABLE = ("PRECERTIFICATION REQUEST\nDate of request: 03/04/2026\nCPT: 76390\nBody part: Brain\n"
                  "-----------------------------------------------------------------------\n"
                  "CLINICAL QUESTIONS                                   YES    NO    COMMENT\n"
                  "-----------------------------------------------------------------------\n"
                  "1. Suspected metabolic disorder / inborn error?      [X]    [ ]   creatine deficiency\n"
                  "2. Suspected Canavan / leukodystrophy / mitochondrial\n"
                  "   encephalopathy in this patient?                   [ ]    [X]   cousin w/ Leigh\n"
                  "3. Brain tumor, known or suspected?                  [ ]    [X]\n"
                  "4. Claustrophobia?                                   [ ]    [ ]\n")


@pytest.mark.parametrize("label, expected", [("metabolic disorder", "affirmed"), ("Canavan", "negated"),
                                             ("mitochondrial\n   encephalopathy", "negated"),
                                             ("Brain tumor", "negated"), ("Claustrophobia", "unticked")])
def test_a_rows_boxes_answer_under_the_tables_yes_no_columns(label, expected):
    from extractors.findings import form_answer

    start = QUESTION_TABLE.index(label)
    assert form_answer(QUESTION_TABLE, start, start + len(label)) == expected
    flipped = QUESTION_TABLE.replace("YES    NO ", "NO     YES")  # the column order is read, not assumed
    assert form_answer(flipped, start, start + len(label)) == {"affirmed": "negated", "negated": "affirmed"}.get(
        expected, expected)


def test_a_form_that_denies_a_brain_tumor_settles_the_tumor_leaves(tmp_path):
    note = ("03/01/2026 Peds neurology\nASSESSMENT: Suspected GAMT deficiency (creatine deficiency syndrome); "
            "MRI brain 02/13/2026 structurally normal but nondiagnostic for the question; MRS recommended.\n")
    criteria = _assess(tmp_path, {"01_form.txt": QUESTION_TABLE, "02_note.txt": note}).criteria
    assert criteria["intraaxial_brain_tumor"].status == "not_met"
    assert criteria["glioma_grading"].status == "not_met"
    assert criteria["inherited_metabolic_disorder"].status == "not_met"
    assert criteria["metabolic_disorder"].status == "met"
    # a note's "no intracranial mass" describes one scan: it leaves the tumor leaves open
    (tmp_path / "note_only").mkdir()
    criteria = _assess(tmp_path / "note_only", {"01_form.txt": FORM, "02_note.txt": note.replace(
        "structurally normal", "No intracranial mass")}).criteria
    assert criteria["intraaxial_brain_tumor"].status == "unknown"
    assert criteria["glioma_grading"].status == "unknown"


def test_an_mrs_package_not_licensed_is_no_study(extract_text):
    found = of(extract_text("MR spectroscopy NOT performed (spectroscopy package not licensed on the 1.5T unit)."),
               "mr_spectroscopy")
    assert found and all(f.assertion.negated for f in found), found
    assert of(extract_text("Spectroscopy 01/02/2026 showed elevated choline."), "mr_spectroscopy")


def test_a_form_yes_to_prior_mrs_in_a_packet_whose_prior_mrs_is_of_the_liver(tmp_path):
    form = ("PRIOR AUTHORIZATION FORM\nDate of Request: 03/20/2026\nCPT: 76390   Description: MR spectroscopy, brain\n"
            " CLINICAL QUESTIONS                                        Yes   No\n"
            "   Prior MRS?                                              [X]   [ ]   01/14/2026 - outside\n")
    liver = ("LAKEVIEW IMAGING - OUTPATIENT MRI\nExam date: 01/14/2026\nExam: MRI ABDOMEN WITHOUT CONTRAST (74181) WITH "
             "PROTON MR SPECTROSCOPY OF THE LIVER (76390)\nIMPRESSION: Mild hepatic steatosis.\n")
    note = ("03/18/2026 Neurology\nASSESSMENT: Suspected X-linked adrenoleukodystrophy. MRI brain 03/05/2026: "
            "indeterminate white matter change. MR spectroscopy requested.\n")
    criteria = _assess(tmp_path, {"01_form.txt": form, "02_liver.txt": liver, "03_note.txt": note}).criteria
    assert criteria["is_repeat_request"].status == "not_met"
    assert criteria["body_region_consistent"].status == "met"  # the liver report's exam line is a study done
    (tmp_path / "brain").mkdir()
    brain = liver.replace("ABDOMEN", "BRAIN").replace("OF THE LIVER", "").replace("hepatic steatosis", "choline rise")
    assert _assess(tmp_path / "brain", {"01_form.txt": form, "02_mrs.txt": brain, "03_note.txt": note}
                   ).criteria["is_repeat_request"].status == "met"


def test_a_result_in_the_clause_of_the_study_before_it(tmp_path):
    note = ("04/24/2026 Neuro ICU progress note\nImaging: CT 4/19 (early changes equivocal), MRI 4/23 - diffuse "
            "restricted diffusion, characteristic of severe hypoxic-ischemic brain injury.\n")
    assert _assess(tmp_path, {"01_form.txt": FORM.replace("03/02/2026", "04/27/2026"), "02_note.txt": note}
                   ).criteria["conventional_imaging_inconclusive"].status == "not_met"


def test_her_first_child_is_a_relative_and_vs_in_prose_is_no_versus(extract_text):
    found = of(extract_text("Her first child was treated with cooling for neonatal HIE in 2023 and had an MRI with "
                            "spectroscopy at that time."), "mr_spectroscopy")
    assert found and all(f.assertion.family for f in found)
    assert not any(f.assertion.family for f in of(extract_text("This is her first child; born at 38 weeks with HIE."),
                                                  "neonatal_hie"))
    assert not of(extract_text("Malignant transformation of sporadic VS is exceedingly rare."), "imaging_inconclusive")
    assert of(extract_text("IMPRESSION: ENHANCING MASS, GLIOMA VS METASTASIS."), "imaging_inconclusive")
    assert of(extract_text("Enhancing mass, glioma vs. metastasis."), "imaging_inconclusive")
    assert of(extract_text("Enhancing mass, glioma VS metastasis, favor the latter."), "imaging_inconclusive")


def test_a_ticked_choices_code_after_a_dash_and_a_table_rows_own_cell(tmp_path):
    form = ("ADVANCED IMAGING PRIOR AUTH REQUEST\nDate of request: 07/31/2026\nSTUDY REQUESTED\n"
            "   [X] MR spectroscopy  - CPT 76390\n   [ ] MRI brain w/o & w/ - CPT 70553\n"
            "Body part: Brain; Laterality; [ ] L [ ] R [ ] Bilateral [X] N/A\n")
    request = _packet(tmp_path, {"01_form.txt": form, "02_mri.txt": "07/22/2026\nMRI BRAIN\nIMPRESSION: indeterminate.\n"}
                      ).request
    assert request.cpt_codes == ("76390",)
    assert request.body_part == "Brain"


def test_a_no_before_the_next_field_and_a_deferred_pregnancy(extract_text):
    from extractors.findings import form_answer

    line = "Claustrophobia: No         Sedation needed: No\n"
    assert form_answer(line, 0, len("Claustrophobia")) == "negated"
    found = of(extract_text("We discussed deferring pregnancy during active surveillance."), "pregnancy")
    assert found and all(f.assertion.hypothetical for f in found)


def test_a_meningiomas_who_grade_settles_no_glioma_grading(tmp_path):
    note = ("02/24/2026 Neurosurgery\nPathology: meningothelial meningioma, CNS WHO grade 1, Ki-67 2-3%.\n"
            "MRI brain 02/20/2026: stable postoperative change, no recurrence.\n")
    assert _assess(tmp_path, {"01_form.txt": FORM, "02_note.txt": note}).criteria["glioma_grading"].status == "unknown"
    (tmp_path / "glioma").mkdir()
    glioma = note.replace("meningothelial meningioma", "oligodendroglioma, IDH-mutant")
    assert _assess(tmp_path / "glioma", {"01_form.txt": FORM, "02_note.txt": glioma}
                   ).criteria["glioma_grading"].status == "not_met"


def test_a_named_relatives_own_sentence_is_about_the_relative(extract_text):
    letter = ("Amelia is an 11-year-old girl with MELAS. The main event this summer was her older sister's. "
              "Isla (15) was admitted on 27/07/2026 with new right homonymous hemianopia and a focal seizure. "
              "I reassured Dad that Isla's episode does not change Amelia's risk. "
              "Amelia has new word-finding difficulty since July.")
    found = of(extract_text(letter), "symptoms_new_or_worse")
    assert {f.text: f.assertion.family for f in found} == {
        "new right homonymous hemianopia": True, "seizure": True, "new word-finding difficulty": False}
    # a capitalised word after a relative word that the note also writes in lower case names no one
    control = ("Her sister. Genetic testing showed new seizures in the patient. The genetic result is back.")
    assert [f.assertion.family for f in of(extract_text(control), "symptoms_new_or_worse")] == [False]
    # nor is the patient's own name a relative's, though it follows one ('Dad, Amelia and ...')
    patient = ("Patient: Amelia Jones\nDad, Amelia and her brother came in today. "
               "Amelia has had new headaches since July.")
    assert [f.assertion.family for f in of(extract_text(patient), "symptoms_new_or_worse")] == [False]


def test_a_planned_or_cancelled_study_is_no_prior_study(extract_text):
    for text in ("ADDENDUM 10/27/2026: 2 VM left re: rescheduling MRS and missed 10/26 visit.",
                 "MRS was rescheduled to 12/01/2026.",
                 "Anesthesia pre-assessment for outpatient sedated MRI/MRS was completed on 10/31: ASA II.",
                 "Consent for MRS obtained."):
        found = of(extract_text(text), "mr_spectroscopy")
        assert found and all(f.assertion.hypothetical for f in found), text
    assert not any(f.assertion.hypothetical for f in of(extract_text("MRS 10/20/2026: lactate peak."),
                                                        "mr_spectroscopy"))


def test_a_support_group_and_a_relatives_report_of_the_patients_symptom(extract_text):
    group = of(extract_text("Parents read about it in a Krabbe family support group."), "inherited_metabolic_disorder")
    assert group and all(f.assertion.family for f in group)
    own = of(extract_text("Krabbe disease confirmed on GALC assay."), "inherited_metabolic_disorder")
    assert own and not any(f.assertion.family for f in own)
    # the wife tells of the patient's symptom; she is the witness, not the one who has it
    told = of(extract_text("His wife has also noticed several months of new word-finding\nand planning difficulties "
                           "at work."), "symptoms_new_or_worse")
    assert told and not any(f.assertion.family for f in told)
    assert not of(extract_text("No new enhancement or mass effect changes."), "symptoms_new_or_worse")
    found = of(extract_text("MRI was done for the seizure and the wife's report of new confusion."),
               "conventional_imaging")
    assert found and not any(f.assertion.family for f in found)


def test_a_bracketed_heading_ends_the_family_history(extract_text):
    note = ("FAMILY HISTORY\n- Father: hypertension.\nREVIEW OF SYSTEMS (admission)\nHe denies headache.\n"
            "PHYSICAL EXAMINATION (admission, 10/24/2026)\nNew ankle clonus on the left.\n")
    found = of(extract_text(note), "symptoms_new_or_worse")
    assert found and not any(f.assertion.family for f in found)


def test_hospital_day_is_no_dialysis_and_a_split_word_set_entry_counts(extract_text):
    assert not of(extract_text("Fludrocortisone was resumed on HD 3 once tolerating PO."), "renal_insufficiency")
    assert of(extract_text("ESRD on HD MWF since 2019."), "renal_insufficiency")
    # 'C/A/P' is five tokens; the word set's 'c/a/p' entry is matched as those tokens
    assert not of(extract_text("Surveillance CT C/A/P 7/30/26: new indeterminate 5 mm RUL nodule."),
                  "conventional_imaging")
    assert of(extract_text("Surveillance CT head 7/30/26: new indeterminate 5 mm lesion."), "conventional_imaging")
    # (this was read as a past restaging while 'c/a/p' matched nothing; it is a body restaging)
    assert not of(extract_text("Breast cancer, NED on last restaging (CT C/A/P 09/2025)."), "surveillance_intent")
    assert not of(extract_text("CT 7/30/26 without recurrence in the renal fossa."), "tumor_recurrence")
    assert of(extract_text("No evidence of recurrence in the resection cavity."), "tumor_recurrence")


def test_claustrophobia_that_never_needed_sedation_is_no_flag(tmp_path):
    mild = ("06/09/2026 Neuro-oncology\nMRI brain 05/28/2026: stable.\nMild claustrophobia in the scanner - manages "
            "with eye mask and music, has never needed sedation or an open MRI.\n")
    assert "claustrophobia" not in dict(_assess(tmp_path, {"01_form.txt": FORM, "02_note.txt": mild}).notes)
    (tmp_path / "severe").mkdir()
    severe = mild.replace("Mild claustrophobia in the scanner - manages with eye mask and music, has never needed "
                          "sedation or an open MRI.", "Severe claustrophobia; needs sedation for MRI.")
    assert "claustrophobia" in dict(_assess(tmp_path / "severe", {"01_form.txt": FORM, "02_note.txt": severe}).notes)


def test_a_relatives_clause_goes_on_past_now_and_who(extract_text):
    for text in ("His wife is currently 20 weeks pregnant.",
                 "Lives with partner Danielle, who is currently ~22 weeks pregnant; she tested HIV-negative."):
        found = of(extract_text(text), "pregnancy")
        assert found and all(f.assertion.family for f in found), text
    assert not any(f.assertion.family for f in of(extract_text("She is currently 20 weeks pregnant."), "pregnancy"))
    # 'now' still ends a denial, and a relative who reports is a witness
    assert [f.assertion.negated for f in of(extract_text("No seizures, now has new headaches."),
                                            "symptoms_new_or_worse")] == [True, False]
    told = of(extract_text("Seen with mother, who reports new seizures since Monday."), "symptoms_new_or_worse")
    assert told and not any(f.assertion.family for f in told)


def test_spectroscopys_csi_and_a_choice_between_plans(extract_text):
    # CSI is craniospinal irradiation, except in a spectroscopy protocol (chemical shift imaging)
    assert not of(extract_text("Single-voxel PRESS plus 2D multivoxel CSI at TE 144 through the lesion."),
                  "radiation_therapy")
    assert of(extract_text("Completed CSI 36 Gy in 2019 for medulloblastoma."), "radiation_therapy")
    # 'vs' between two plans is no differential diagnosis
    assert not of(extract_text("We discussed resection vs continued surveillance with MRI q3-6 months."),
                  "imaging_inconclusive")
    assert of(extract_text("Findings favor radiation necrosis vs recurrent tumor."), "imaging_inconclusive")


def test_a_recommended_treatment_is_not_yet_given(extract_text):
    found = of(extract_text("Per NCCN CNS Cancers guideline, maximal safe resection is recommended for presumed LGG."),
               "resection")
    assert found and all(f.assertion.hypothetical for f in found)
    assert not any(f.assertion.hypothetical for f in of(extract_text("Gross total resection was performed 03/2025."),
                                                        "resection"))
    # a radiologist's recommendation of MRS, active or passive, says the study did not settle it
    assert of(extract_text("IMPRESSION: 2 cm enhancing lesion. MR spectroscopy is recommended to distinguish tumor from necrosis."),
              "imaging_inconclusive")
    assert not of(extract_text("Per NCCN, MR spectroscopy may be considered in this setting."), "imaging_inconclusive")


def test_the_other_sexs_possessive_is_someone_elses(extract_text):
    note = ("43F with a left parietal AVM treated with Gamma Knife in 2023. She has been driving her younger brother "
            "to his radiation and Temodar appointments since his glioblastoma was resected in March.")
    found = {f.concept: f.assertion.family for f in extract_text(note).findings}
    assert found["glial_neoplasm"] and found["chemotherapy"]
    # the patient's own possessive, a clinician's view, and a packet that states no sex change nothing
    own = extract_text("Patient (43F) has glioblastoma; her GBM was resected in March.")
    assert not any(f.assertion.family for f in of(own, "glial_neoplasm"))
    view = extract_text("43F. Dr. Lee reviewed the MRI; in his impression glioma is likely.")
    assert not any(f.assertion.family for f in of(view, "glial_neoplasm"))
    unstated = extract_text("The patient has glioblastoma; his GBM was resected in March.")
    assert not any(f.assertion.family for f in of(unstated, "glial_neoplasm"))
    assert of(extract_text("41M with HIV. Partner - her pregnancy discussed with the patient."), "pregnancy")[0].assertion.family


def test_forms_spaced_code_column_health_plan_and_a_no_before_a_bar(tmp_path, extract_text):
    form = ("PRIOR AUTHORIZATION REQUEST\nPlan:               Volunteer State Health Alliance - Medicare Advantage HMO\n"
            "Member:             HASKINS, LORRAINE T     DOB: 07/19/1964\nRequesting provider:  P. Natarajan, MD\n"
            "Date of request: 02/20/2026\n  CPT/HCPCS     Description                                 Units\n"
            "  76390         MR spectroscopy (brain, single/multivoxel)     1\n"
            "Prior imaging: MRI brain (CPT 70553) 01/22/2026\n")
    note = "02/18/2026 Neurology\nASSESSMENT: right frontal lesion, indeterminate on MRI 01/22/2026.\n"
    extraction = _packet(tmp_path, {"01_form.txt": form, "02_note.txt": note})
    assert extraction.request.cpt_codes == ("76390",)
    assert dict(extraction.document_kinds)["01_form.txt"] == "request_form"  # its 'Plan:' is the health plan
    found = of(extract_text("SAFETY: Claustrophobia No | Pregnancy N/A | eGFR 78"), "claustrophobia")
    assert found and found[0].assertion.negated


def test_an_ordered_spectroscopy_and_early_ckd_are_no_evidence(extract_text):
    found = of(extract_text("Note: spectroscopy was ORDERED with the 01/22/2026 MRI at Lakeshore but was cancelled "
                            "by the imaging center."), "mr_spectroscopy")
    assert found and all(f.assertion.hypothetical for f in found)
    assert not of(extract_text("- Chronic kidney disease stage 2 (N18.2), mild albuminuria, eGFR 75-80."),
                  "renal_insufficiency")
    assert of(extract_text("Chronic kidney disease stage 3b, eGFR 38."), "renal_insufficiency")


def test_an_aborted_scan_cancels_the_scan_not_the_claustrophobia(extract_text):
    found = of(extract_text("Sedation: [X] Yes reason: anxiety / claustrophobia - prior awake scan aborted."),
               "claustrophobia")
    assert found and not found[0].assertion.negated
    assert of(extract_text("MRI was aborted due to motion."), "conventional_imaging")[0].assertion.negated
    assert of(extract_text("Renal impairment: Yes: _ No: X (eGFR 104)"), "renal_insufficiency")[0].assertion.negated
    assert of(extract_text("Renal impairment:                  Yes: _   No: X   (eGFR 104, 28/05/2026)"),
              "renal_insufficiency")[0].assertion.negated
