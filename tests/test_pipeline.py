"""Concept families, assertion types and the two medspaCy defects, on the real pipeline."""
from __future__ import annotations

import pytest


def concepts(extraction, concept):
    return [f for f in extraction.findings if f.concept == concept]


def one(extraction, concept, text=None):
    found = [f for f in concepts(extraction, concept) if text is None or f.text.lower() == text.lower()]
    assert found, f"no {concept} {text or ''} in {[(f.concept, f.text) for f in extraction.findings]}"
    return found[0]


@pytest.mark.parametrize("text, concept, surface", [
    ("MRI brain with and without contrast was performed.", "conventional_imaging", "MRI brain"),
    ("Non-contrast CT head on arrival.", "conventional_imaging", "CT head"),
    ("Lesion is indeterminate.", "imaging_inconclusive", "indeterminate"),
    ("Findings are equivocal.", "imaging_inconclusive", "equivocal"),
    ("Recurrence cannot be excluded.", "imaging_inconclusive", "cannot be excluded"),
    ("Findings are characteristic of a meningioma.", "imaging_conclusive", "characteristic of"),
    ("Normal MRI of the brain.", "imaging_conclusive", "Normal MRI of the brain"),
    ("Known GBM.", "glial_neoplasm", "GBM"),
    ("Biopsy showed oligodendrogliomas.", "glial_neoplasm", "oligodendrogliomas"),
    ("Imaging favours a low-grade glioma versus high-grade glioma.", "glioma_grade_question", None),
    ("Pathology: CNS WHO grade 3.", "tumor_grade", "CNS WHO grade 3"),
    ("History of medulloblastoma.", "intraaxial_tumor", "medulloblastoma"),
    ("Multiple brain mets.", "brain_metastasis", "brain mets"),
    ("Dural-based mass consistent with meningioma.", "extraaxial_tumor", "meningioma"),
    ("Vestibular schwannoma on the left.", "extraaxial_tumor", "Vestibular schwannoma"),
    ("Concern for pseudoprogression.", "pseudoprogression", "pseudoprogression"),
    ("Differential includes radiation necrosis.", "treatment_effect", "radiation necrosis"),
    ("s/p XRT in 2024.", "radiation_therapy", "XRT"),
    ("Status post SRS to the lesion.", "radiosurgery", "SRS"),
    ("GTR performed 01/2025.", "resection", "GTR"),
    ("On TMZ cycle 4.", "chemotherapy", "TMZ"),
    ("Term newborn with HIE.", "neonatal_hie", "HIE"),
    ("Hypoxic-ischaemic encephalopathy grade 2.", "neonatal_hie", None),
    ("Completed therapeutic hypothermia for 72 hours.", "therapeutic_hypothermia", "therapeutic hypothermia"),
    ("Anoxic brain injury after cardiac arrest.", "anoxic_brain_injury", "anoxic brain injury"),
    ("Suspected MELAS.", "metabolic_disorder", "MELAS"),
    ("Evaluation for Leigh syndrome.", "metabolic_disorder", "Leigh syndrome"),
    ("Concern for metachromatic leukodystrophy.", "inherited_metabolic_disorder", "metachromatic leukodystrophy"),
    ("Brother with X-ALD.", "inherited_metabolic_disorder", "X-ALD"),
    ("Canavan disease is suspected.", "inherited_metabolic_disorder", "Canavan disease"),
    ("Prior MRS 08/01/2025 showed elevated choline.", "mr_spectroscopy", "MRS"),
    ("New focal seizures this month.", "symptoms_new_or_worse", None),
    ("Headaches have been worsening.", "symptoms_new_or_worse", None),
    ("He is clinically stable.", "symptoms_stable", "clinically stable"),
    ("Severe claustrophobia requiring sedation.", "claustrophobia", None),
    ("She is on hemodialysis three times weekly.", "renal_insufficiency", "hemodialysis"),
    ("CKD stage 4.", "renal_insufficiency", None),
])
def test_concept_family_is_recognised(extract_text, text, concept, surface):
    one(extract_text(text), concept, surface)


def test_plural_and_british_spellings(extract_text):
    extraction = extract_text("Two gliomas. Tumour recurrence versus radiation necrosis. Leukodystrophies in the family.")
    one(extraction, "glial_neoplasm", "gliomas")
    one(extraction, "tumor_recurrence", "Tumour recurrence")


def test_mrs_is_not_the_title_mrs(extract_text):
    extraction = extract_text("Mrs. Jones attended. MRS was performed last year.")
    found = concepts(extraction, "mr_spectroscopy")
    assert [f.text for f in found] == ["MRS"]


def test_metastasis_needs_a_brain_context(extract_text):
    assert not concepts(extract_text("Lung cancer with bone metastases to the spine."), "brain_metastasis")
    one(extract_text("Ring-enhancing lesion in the right frontal lobe: metastasis versus abscess."), "brain_metastasis")


def test_mri_of_the_spine_is_not_brain_imaging(extract_text):
    assert not concepts(extract_text("MRI lumbar spine showed a disc bulge."), "conventional_imaging")


# --- assertions -----------------------------------------------------------

def test_negation_no_evidence_of(extract_text):
    assert one(extract_text("No evidence of tumor recurrence."), "tumor_recurrence").assertion.negated


def test_negation_negative_for(extract_text):
    assert one(extract_text("Genetic testing negative for MELAS."), "metabolic_disorder").assertion.negated


def test_negation_not_consistent_with(extract_text):
    assert one(extract_text("Findings are not consistent with radiation necrosis."), "treatment_effect").assertion.negated


def test_impression_no_is_negated_despite_colon(extract_text):
    # medspaCy's default ": no" rule is BACKWARD and swallowed the forward "no"
    extraction = extract_text("IMPRESSION: No acute intracranial hemorrhage. No meningioma.")
    assert one(extraction, "extraaxial_tumor").assertion.negated


def test_negation_does_not_leak_across_bullets(extract_text):
    extraction = extract_text("Plan:\n- No seizures reported\n- Glioblastoma under surveillance\n")
    assert not one(extraction, "glial_neoplasm").assertion.negated


def test_negation_does_not_leak_across_numbered_items(extract_text):
    extraction = extract_text("IMPRESSION:\n1. No hydrocephalus\n2. Enhancing mass suspicious for glioblastoma\n")
    finding = one(extraction, "glial_neoplasm")
    assert not finding.assertion.negated
    assert finding.assertion.uncertain


def test_uncertain_versus_cannot_exclude(extract_text):
    extraction = extract_text("Findings favor radiation necrosis; recurrent tumor cannot be excluded.")
    assert one(extraction, "treatment_effect").assertion.uncertain


def test_uncertain_suspected(extract_text):
    assert one(extract_text("Suspected low-grade glioma."), "glial_neoplasm").assertion.uncertain


def test_hypothetical_if_then(extract_text):
    extraction = extract_text("If the MRS suggests tumor recurrence, then we will proceed to surgery.")
    assert one(extraction, "tumor_recurrence").assertion.hypothetical


def test_hypothetical_return_if(extract_text):
    assert one(extract_text("Return if new seizures develop."), "symptoms_new_or_worse").assertion.hypothetical


def test_historical_history_of(extract_text):
    assert one(extract_text("History of astrocytoma treated in 2015."), "glial_neoplasm").assertion.historical


def test_family_history_section(extract_text):
    extraction = extract_text("HPI: Headache.\nFAMILY HISTORY:\nGlioblastoma in a maternal uncle.\n")
    assert one(extraction, "glial_neoplasm").assertion.family


def test_family_fhx_abbreviation(extract_text):
    assert one(extract_text("FHx: mother with MELAS."), "metabolic_disorder").assertion.family


def test_mother_reporting_symptoms_is_not_family(extract_text):
    extraction = extract_text("Mother reports new seizures since Tuesday.")
    finding = one(extraction, "symptoms_new_or_worse")
    assert not finding.assertion.family


def test_form_checkbox_no_is_negation(extract_text):
    extraction = extract_text("Renal disease: [ ] Yes [X] No\nClaustrophobia: [X] Yes [ ] No\n")
    assert one(extraction, "claustrophobia").assertion.negated is False


def test_unticked_checkbox_states_nothing(extract_text):
    extraction = extract_text("Indication:\n[ ] Metabolic disorder\n[X] Glioma grading\n")
    assert not concepts(extraction, "metabolic_disorder")


def test_fuzzy_pass_catches_misspellings(extract_text):
    extraction = extract_text("Pathology showed glioblastma. Concern for radiaton necrosis.")
    glioma = one(extraction, "glial_neoplasm")
    necrosis = one(extraction, "treatment_effect")
    assert glioma.fuzzy_score and glioma.fuzzy_score >= 90
    assert necrosis.fuzzy_score and necrosis.fuzzy_score >= 90


def test_fuzzy_pass_does_not_fire_where_an_exact_rule_did(extract_text):
    assert one(extract_text("Glioblastoma, recurrent."), "glial_neoplasm").fuzzy_score is None


# --- dates ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("MRI brain 10/02/2025 showed an indeterminate lesion.", "2025-10-02"),
    ("MRI brain 10-2-25 showed an indeterminate lesion.", "2025-10-02"),
    ("MRI brain 2025-10-02 showed an indeterminate lesion.", "2025-10-02"),
    ("MRI brain Oct 2, 2025 showed an indeterminate lesion.", "2025-10-02"),
    ("MRI brain on 2 October 2025 showed an indeterminate lesion.", "2025-10-02"),
])
def test_study_date_formats(extract_text, text, expected):
    assert one(extract_text(text), "conventional_imaging").date == expected


def test_month_year_treatment_date(extract_text):
    assert one(extract_text("s/p XRT completed March 2025."), "radiation_therapy").date == "2025-03-01"


def test_relative_date_resolves_against_document_date(extract_text):
    extraction = extract_text("Date of service: 10/15/2025\nMRI brain three weeks ago was equivocal.\n")
    assert one(extraction, "conventional_imaging").date == "2025-09-24"


def test_day_first_packet(extract_text):
    text = ("NHS Foundation Trust, Department of Paediatric Neurology\nClinic date: 11/03/26 (Wed)\n"
            "MRI brain on 03/02/2026 was equivocal. Suspected mitochondrial disease; the tumour board met.\n")
    extraction = extract_text(text)
    assert one(extraction, "conventional_imaging").date == "2026-02-03"


def test_request_form_fields(extract_text):
    form = ("PRIOR AUTHORIZATION REQUEST\nDate of Request: 10/15/2025\nRequested Date of Service: 10/30/2025\n"
            "Member DOB: 03/14/1971\nCPT Code(s): 76390\nICD-10: C71.1\nOrdering Provider: A. Smith, MD\n")
    note = "EXAM: MRI BRAIN (CPT 70553)\nDate of exam: 10/02/2025\nIMPRESSION: Indeterminate enhancing focus.\n"
    extraction = extract_text(form, name="form.txt", extra={"radiology.txt": note})
    request = extraction.request
    assert request.request_date == "2025-10-15"
    assert request.cpt_codes == ("76390",)
    assert request.icd10_codes == ("C71.1",)
    assert request.patient_age_years == 54
    assert request.population == "adult"


def test_family_section_ends_at_a_new_label_line(extract_text):
    text = ("Maternal history: mother is a 29-year-old G2P2 with hypothyroidism.\n"
            "MRI brain 03/10/2026: equivocal restricted diffusion.\n")
    extraction = extract_text(text)
    assert not one(extraction, "conventional_imaging").assertion.family


def test_family_section_keeps_relatives_label_lines(extract_text):
    text = "FAMILY HISTORY:\nFather: hypertension.\nMother: glioblastoma at 60.\n"
    assert one(extract_text(text), "glial_neoplasm").assertion.family


def test_mothers_age_is_not_the_patients(extract_text):
    text = ("Date of service: 03/11/2026\nTerm male infant, DOL 5. Mother is a 29-year-old G2P2.\n"
            "Moderate HIE, completed therapeutic hypothermia.\n")
    extraction = extract_text(text)
    assert extraction.request.patient_age_years == 0


def test_fast_matching_finds_exactly_what_medspacy_finds():
    """The phrase-compiled and anchored patterns, the one-step entity setting, ConText limited to
    target sentences and sections set on entities only are speedups only: on real transcriptions
    and every sample packet they give the same targets, labels, ConText modifiers and sections as
    medspaCy's matchers and Sectionizer left as they come."""
    from pathlib import Path

    from extractors.ingest import read_packet
    from extractors.pipeline import build_pipeline, get_pipeline

    root = Path(__file__).resolve().parent.parent
    texts = [path.read_text(encoding="utf-8", errors="replace")
             for path in sorted((root.parent / "shared" / "extdata" / "mtsamples_neuro").glob("*.txt"))[:60]]
    for packet_dir in sorted((root / "sample_notes").iterdir()):
        if packet_dir.is_dir() and packet_dir.name != "gold" and not packet_dir.name.startswith("11"):
            texts += [page.nlp_text for document in read_packet(packet_dir).documents for page in document.pages]
    assert len(texts) > 100

    def described(nlp):
        def title(ent):
            span = ent._.section_title
            return None if span is None else (span.start, span.end)

        return [[(ent.start, ent.end, ent.label_,
                  sorted((m.category, m.modifier_span, m.direction) for m in ent._.modifiers),
                  ent._.section_category, title(ent))
                 for ent in doc.ents] for doc in nlp.pipe(texts)]

    fast, plain = described(get_pipeline()), described(build_pipeline(fast_matching=False))
    assert sum(len(ents) for ents in fast) > 500
    assert sum(1 for ents in fast for ent in ents if ent[3]) > 100  # modifiers really compared
    assert sum(1 for ents in fast for ent in ents if ent[4]) > 100  # sections really compared
    assert fast == plain


def test_each_note_in_a_multi_note_pdf_dates_its_own_findings(nlp):
    """A packet PDF holding several notes: a finding is dated by the note it is in (a dated header
    at the top of its page, carried to the pages after it), not by the packet's first page."""
    from extractors.findings import extract
    from extractors.types import Document, Packet, Page

    texts = ["Clinic note\nDate of service: 10/09/2025\nHeadaches are stable.\n",
             "EMERGENCY DEPARTMENT NOTE\nArrival: 03/14/2025 21:12\nCT head: indeterminate hyperdense focus.\n",
             "ED course continued. Outpatient MRI brain arranged.\n",
             "Patient: J. Doe  DOB: 01/02/1984\nPlan: MRI brain as an outpatient.\n"]
    pages = tuple(Page(number, text, text, "pdf-text") for number, text in enumerate(texts, start=1))
    extraction = extract(Packet("memory", (Document("packet.pdf", "packet.pdf", pages, "pdf-text"),)), nlp=nlp)
    by_page = {}
    for finding in extraction.findings:
        by_page.setdefault(finding.page, set()).add(finding.document_date)
    assert by_page[2] == {"2025-03-14"}
    assert by_page[3] == {"2025-03-14"}  # carries on the ED note
    assert by_page[4] == {"2025-03-14"}  # a DOB is not a note's date
    assert dict(extraction.document_dates)["packet.pdf"] == "2025-10-09"


def test_a_negation_running_into_its_target_still_negates(extract_text):
    # the "no" rule's match "No new" overlaps the target "new deficits": it still negates it,
    # while a modifier lying inside its own target ("no stepoff or tenderness") does not
    findings = extract_text("No new deficits.").findings
    assert [(f.concept, f.assertion.negated) for f in findings] == [("symptoms_new_or_worse", True)]


@pytest.mark.parametrize("text", ["Exam unchanged over the past week.", "Neurologic exam remains stable.",
                                  "No change in her neurological examination."])
def test_unchanged_exam_is_stable_symptoms(extract_text, text):
    assert [f.concept for f in extract_text(text).findings] == ["symptoms_stable"]


@pytest.mark.parametrize("text, concept, negated", [
    ("She did not need resuscitation and there is no history of hypoxic-ischaemic\nencephalopathy or admission.",
     "neonatal_hie", True),
    ("The overall pattern of restricted diffusion could represent hypoxic-\nischemic encephalopathy in this neonate.",
     "neonatal_hie", False),
    ("Follow-up imaging was reviewed at the tumour board; findings favour radiation\nnecrosis over progression.",
     "treatment_effect", False),
])
def test_a_term_broken_by_a_line_wrap_is_found(extract_text, text, concept, negated):
    found = [f for f in extract_text(text).findings if f.concept == concept]
    assert len(found) == 1 and "\n" in found[0].text and found[0].assertion.negated is negated


def test_a_line_break_between_list_items_joins_nothing(extract_text):
    # a new line that starts a sentence (a list item) is not a wrap: "radiation" / "necrosis" stay apart
    findings = extract_text("Treatment history:\n- radiation\n- necrosis of the wound edge treated").findings
    assert "treatment_effect" not in [f.concept for f in findings]


def test_a_recommended_mrs_is_inconclusive_imaging_and_names_the_study(extract_text):
    findings = extract_text("IMPRESSION: 2. Recommend MR spectroscopy for further characterization.").findings
    by_text = {f.text: f for f in findings}
    assert by_text["Recommend MR spectroscopy"].concept == "imaging_inconclusive"
    assert by_text["MR spectroscopy"].concept == "mr_spectroscopy"
    assert not by_text["Recommend MR spectroscopy"].assertion.uncertain  # a recommendation, not a hedge


def test_hedged_inconclusive_wording_is_uncertain(extract_text):
    findings = extract_text("IMPRESSION: Indeterminate lesion; recurrence cannot be excluded.").findings
    hedges = [f for f in findings if f.concept == "imaging_inconclusive"]
    assert len(hedges) == 2 and all(f.assertion.uncertain for f in hedges)


def test_no_established_guidelines_is_a_statement_not_its_negation(extract_text):
    findings = extract_text("There are no established guidelines that address a repeat study.").findings
    assert [(f.concept, f.assertion.negated) for f in findings] == [("no_guideline_attestation", False)]


def test_short_interval_follow_up_is_not_surveillance(extract_text):
    assert "surveillance_intent" not in [f.concept for f in extract_text(
        "Clinical and short-interval imaging correlation is suggested.").findings]
    assert "surveillance_intent" in [f.concept for f in extract_text("Plan: interval imaging every 3 months.").findings]


def test_a_study_dated_before_its_note_is_historical_and_a_dob_dates_nothing(extract_text):
    note = ("Clinic note\nDate of service: 10/09/2025\n"
            "Patient DOB 01/23/1984 - request for MR spectroscopy of the brain.\n"
            "Interval history: MR spectroscopy on 08/26/2025 showed an indeterminate pattern.\n")
    spectroscopy = [f for f in extract_text(note).findings if f.concept == "mr_spectroscopy"]
    assert [(f.date, f.assertion.historical) for f in spectroscopy] == [(None, False), ("2025-08-26", True)]


def test_interval_history_heading_is_not_past_history(extract_text):
    findings = extract_text("INTERVAL HISTORY: New focal seizures began last week.").findings
    assert [(f.concept, f.assertion.historical) for f in findings if f.concept == "symptoms_new_or_worse"] == \
        [("symptoms_new_or_worse", False)]


def test_form_values_after_dot_leaders(extract_text):
    form = ("PRIOR AUTHORIZATION REQUEST\nDate of request ........ 01/06/2026\nCPT code ............ 76390\n"
            "Body part .................. Brain\nDate of birth ______ 08/30/1961\n")
    request = extract_text(form, "precert.txt").request
    assert (request.request_date, request.cpt_codes, request.body_part, request.patient_age_years) == \
        ("2026-01-06", ("76390",), "Brain", 64)


def test_a_met_named_with_its_brain_region_is_a_brain_metastasis(extract_text):
    found = [(f.concept, f.text) for f in extract_text("s/p SRS to right parietal met 05/2025. All criteria met.").findings]
    assert ("brain_metastasis", "parietal met") in found
    assert not any(text == "met" for _, text in found)


def test_a_bracketed_code_and_a_brief_letter(tmp_path):
    """'(CPT 76390)' after the service on a form line, '(76390)' on a letter's Re: line, and a
    letter of under 40 words that is still clinical documentation."""
    from assistant.service import assess_packet

    (tmp_path / "letter.txt").write_text(
        "Letter of medical necessity\nMarch 3, 2026\nRe: MR spectroscopy (76390)\n"
        "Jane is a 7-month-old infant with suspected mitochondrial disease. "
        "MRI brain 02/20/2026 showed equivocal T2 signal in the basal ganglia.\nSincerely, Dr. A\n")
    assessment = assess_packet(tmp_path)
    assert assessment.request.cpt_codes == ("76390",)
    assert assessment.criteria["clinical_documentation_present"].status == "met"
    (tmp_path / "form.txt").write_text("PRIOR AUTH REQUEST\nPatient: John Roe   DOB: 04/05/1960\n"
                                       "Requested service: MR spectroscopy, brain (CPT 76390)\n"
                                       "Physician signature: Dr. Q    Date: 03/02/2026\n")
    (tmp_path / "letter.txt").unlink()
    assert assess_packet(tmp_path).request.cpt_codes == ("76390",)


@pytest.mark.parametrize("text, conclusive", [
    ("MRI brain 02/25/2026 is normal.", "is normal"),
    ("Most recent brain imaging: MRI brain 10/03/2025 - normal", "normal"),
    ("- CT head (A&E, 21/12/2025, after a minor fall): normal.", "normal"),
    ("Comparison: CT head 21/12/2025 (reported normal).", "reported normal"),
    ("Repeat MRI brain demonstrates a typical meningioma.", "typical"),
])
def test_conclusive_imaging_wording(extract_text, text, conclusive):
    assert [f.text for f in extract_text(text).findings if f.concept == "imaging_conclusive"] == [conclusive]


@pytest.mark.parametrize("text", ["Gait: normal.", "Labs: normal; MRI pending.",
                                  "Neurologic examination on 01/08/2026 was normal."])
def test_normal_outside_imaging_is_not_a_conclusive_study(extract_text, text):
    assert "imaging_conclusive" not in [f.concept for f in extract_text(text).findings]


def test_low_versus_high_grade_is_also_inconclusive_imaging(extract_text):
    findings = extract_text("MRI brain 02/25/2026: infiltrative mass, low-grade versus high-grade glioma.").findings
    assert {"glioma_grade_question", "imaging_inconclusive"} <= {f.concept for f in findings}


def test_denied_bare_symptoms_are_negated_new_symptoms_and_affirmed_ones_say_nothing(extract_text):
    findings = extract_text("Denies HA, vision change; no seizures. She has headaches most days.").findings
    symptoms = [(f.text, f.assertion.negated) for f in findings if f.concept == "symptoms_new_or_worse"]
    assert symptoms == [("HA", True), ("vision change", True), ("seizures", True)]


@pytest.mark.parametrize("text, expected", [
    ("Rad IMP: RN vs PD after SRS.", [("treatment_effect", "RN"), ("tumor_recurrence", "PD"), ("radiosurgery", "SRS")]),
    ("cc: J. Ortiz, RN", []),
    ("Prairie Children's Hospital, Omaha NE", []),
    ("Term neonate with NE after cord prolapse, cooled for 72 h.", [("neonatal_hie", "NE"),
                                                                   ("therapeutic_hypothermia", "cooled")]),
    ("Brain MRI under sedation (age).", [("conventional_imaging", "Brain MRI")]),
])
def test_abbreviations_need_their_clinical_context(extract_text, text, expected):
    found = [(f.concept, f.text) for f in extract_text(text).findings]
    for item in expected:
        assert item in found
    assert not [f for f in found if f[1] in ("RN", "PD", "NE") and f not in expected]
    assert "claustrophobia" not in [concept for concept, _ in found]


def test_codes_listed_under_prior_imaging_are_not_the_request(extract_text):
    form = ("PRIOR AUTHORIZATION REQUEST\nDate of request: 03/30/2026\nCPT/HCPCS code(s): ____________\n"
            "Prior imaging of this region (attach reports):\n"
            "  MRI brain w/wo contrast (CPT 70553)  03/18/2026\n  CT head without contrast (CPT 70450)  06/10/2025\n")
    assert extract_text(form, "form.txt").request.cpt_codes == ()


def test_context_pairs_within_reach_change_nothing(monkeypatch):
    """ConText's pair skipping (pipeline._context_pairs_within_reach) against medspaCy's own
    update_scopes and apply_modifiers, on real transcriptions and the sample packets."""
    from pathlib import Path

    from medspacy.context.context_graph import ConTextGraph

    from extractors.ingest import read_packet
    from extractors.pipeline import get_pipeline

    root = Path(__file__).resolve().parent.parent
    texts = [path.read_text(encoding="utf-8", errors="replace")
             for path in sorted((root.parent / "shared" / "extdata" / "mtsamples_neuro").glob("*.txt"))[:40]]
    for packet_dir in sorted((root / "sample_notes").iterdir())[:12]:
        if packet_dir.is_dir() and packet_dir.name != "gold" and not packet_dir.name.startswith("11"):
            texts += [page.nlp_text for document in read_packet(packet_dir).documents for page in document.pages]
    nlp = get_pipeline()

    def described():
        return [[(ent.start, ent.end, sorted((m.category, m.modifier_span, m.scope_span) for m in ent._.modifiers))
                 for ent in doc.ents] for doc in nlp.pipe(texts)]

    fast = described()
    assert getattr(ConTextGraph.update_scopes, "_mrs_review_fast", False)
    monkeypatch.setattr(ConTextGraph, "update_scopes", ConTextGraph.update_scopes.__wrapped__)
    monkeypatch.setattr(ConTextGraph, "apply_modifiers", ConTextGraph.apply_modifiers.__wrapped__)
    assert sum(1 for page in fast for ent in page if ent[2]) > 50
    assert described() == fast


def test_spacy_command_line_loads_on_first_use():
    """extractors/__init__ defers spaCy's command line (typer, requests, the download command):
    a fresh process builds the pipeline without it, and spaCy's own uses of it still work."""
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import sys\n"
        "from extractors.pipeline import get_pipeline\n"
        "nlp = get_pipeline()\n"
        "assert nlp('no mass').ents is not None\n"
        "print(sorted(name for name in ('spacy.cli.download', 'requests', 'typer') if name in sys.modules))\n"
        "import spacy\n"
        "print(spacy.info()['spacy_version'] == spacy.__version__)\n"
        "from spacy.cli import download, app\n"
        "import spacy.cli.train\n"
        "print(callable(download), hasattr(spacy.cli, 'init_config'), sys.modules['spacy.cli.info'].info.__qualname__)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parent.parent, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.splitlines() == ["[]", "True", "True True info"]
