"""The evaluator alone: three-valued logic, outcome order, the 3-month window, overrides."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.evaluate import combine_all, combine_any, decide_outcome, evaluate
from assistant.policy import load_policy
from assistant.types import AddedEvidence, Extraction, LeafOverride, Overrides, RequestInfo
from extractors.dates import add_months
from extractors.types import Assertion, Document, Finding, Packet, Page

POLICY = load_policy()
DATA = Path(__file__).parent / "data"


def finding(concept, fid, *, date=None, document="note.txt", sentence=None, doc_date="2025-10-10", **flags):
    text = concept.replace("_", " ")
    return Finding(id=fid, concept=concept, text=text, document=document, page=1, start=0, end=len(text),
                   section=None, date=date, assertion=Assertion(**flags), sentence=sentence or f"{text}.",
                   document_date=doc_date)


def extraction(findings, *, request_date="2025-10-15", cpt=("76390",), age=54, age_days=None, body_part="Brain",
               kinds=(("form.txt", "request_form"), ("note.txt", "clinical"))):
    packet = Packet("memory", (Document("note.txt", "note.txt", (Page(1, "", "", "plain-text"),), "plain-text"),))
    request = RequestInfo(request_date=request_date, request_date_source="request form", cpt_codes=tuple(cpt),
                          patient_age_years=age, patient_age_days=age_days if age_days is not None else
                          (age * 365 if age is not None else None),
                          population=None if age is None else ("adult" if age >= 18 else "pediatric"),
                          body_part=body_part)
    return Extraction(packet=packet, findings=tuple(findings), request=request, document_kinds=tuple(kinds))


INCONCLUSIVE_GBM = [
    finding("conventional_imaging", "f1", date="2025-10-02", sentence="MRI brain 10/02/2025: recurrence versus radiation necrosis."),
    finding("imaging_inconclusive", "f2", sentence="MRI brain 10/02/2025: recurrence versus radiation necrosis."),
    finding("tumor_recurrence", "f3", uncertain=True, sentence="MRI brain 10/02/2025: recurrence versus radiation necrosis."),
    finding("treatment_effect", "f4", uncertain=True, sentence="MRI brain 10/02/2025: recurrence versus radiation necrosis."),
    finding("glial_neoplasm", "f5"),
]


@pytest.mark.parametrize("statuses, expected", [
    (["met", "met"], "met"), (["met", "unknown"], "unknown"), (["met", "not_met"], "not_met"),
    (["unknown", "unknown"], "unknown"), (["not_met", "unknown"], "not_met"),
])
def test_all_combination(statuses, expected):
    assert combine_all(statuses) == expected


@pytest.mark.parametrize("statuses, expected", [
    (["met", "not_met"], "met"), (["unknown", "not_met"], "unknown"), (["not_met", "not_met"], "not_met"),
    (["unknown", "met"], "met"),
])
def test_any_combination(statuses, expected):
    assert combine_any(statuses) == expected


def test_outcome_order_documentation_first():
    statuses = {"procedure_code_consistent": "not_met", "non_indications": "met", "indications": "met"}
    assert decide_outcome(POLICY, statuses) == "insufficient_information"


def test_outcome_non_indication_beats_indication():
    statuses = {"non_indications": "met", "indications": "met"}
    assert decide_outcome(POLICY, statuses) == "does_not_meet_criteria"


def test_outcome_meets_needs_non_indication_not_met():
    assert decide_outcome(POLICY, {"indications": "met", "non_indications": "not_met"}) == "meets_criteria"
    assert decide_outcome(POLICY, {"indications": "met", "non_indications": "unknown"}) == "insufficient_information"


def test_outcome_indications_not_met():
    assert decide_outcome(POLICY, {"indications": "not_met", "non_indications": "not_met"}) == "does_not_meet_criteria"


def test_inconclusive_gbm_meets_criteria():
    assessment = evaluate(POLICY, extraction(INCONCLUSIVE_GBM))
    assert assessment.criteria["conventional_imaging_inconclusive"].status == "met"
    assert assessment.criteria["recurrence_vs_radiation_necrosis"].status == "met"
    assert assessment.outcome == "meets_criteria"
    assert assessment.recommendation == "approve"
    assert set(assessment.criteria) == {c.id for c in POLICY.criteria()}


def test_newer_conclusive_mri_supersedes_older_inconclusive():
    findings = [
        finding("conventional_imaging", "f1", date="2025-06-01", sentence="MRI brain 06/01/2025 indeterminate."),
        finding("imaging_inconclusive", "f2", sentence="MRI brain 06/01/2025 indeterminate."),
        finding("conventional_imaging", "f3", date="2025-09-20", sentence="MRI brain 09/20/2025 characteristic of meningioma."),
        finding("imaging_conclusive", "f4", sentence="MRI brain 09/20/2025 characteristic of meningioma."),
    ]
    result = evaluate(POLICY, extraction(findings)).criteria["conventional_imaging_inconclusive"]
    assert result.status == "not_met"
    assert result.evidence == ("f4",)


def test_negated_glioma_leaves_glioma_grading_not_met():
    findings = [finding("glial_neoplasm", "f1", negated=True)]
    assert evaluate(POLICY, extraction(findings)).criteria["glioma_grading"].status == "not_met"


def test_family_history_does_not_support_a_leaf():
    findings = [finding("metabolic_disorder", "f1", family=True)]
    assert evaluate(POLICY, extraction(findings)).criteria["metabolic_disorder"].status == "unknown"


def test_hie_in_a_teenager_is_not_met():
    findings = [finding("neonatal_hie", "f1", historical=True)]
    assert evaluate(POLICY, extraction(findings, age=15)).criteria["neonatal_hie"].status == "not_met"


def test_hie_in_a_neonate_is_met():
    findings = [finding("neonatal_hie", "f1")]
    assert evaluate(POLICY, extraction(findings, age=0, age_days=6)).criteria["neonatal_hie"].status == "met"


def test_extra_axial_tumor_alone_is_not_intraaxial():
    findings = [finding("extraaxial_tumor", "f1")]
    assert evaluate(POLICY, extraction(findings)).criteria["intraaxial_brain_tumor"].status == "not_met"


def _prior_mrs(date):
    return [finding("mr_spectroscopy", "f1", date=date, sentence=f"Prior MRS on {date} showed elevated choline.")]


@pytest.mark.parametrize("request_date, prior, expected", [
    ("2025-10-15", "2025-07-15", "met"),       # on the window's first day: inside
    ("2025-10-15", "2025-07-16", "met"),       # one day inside
    ("2025-10-15", "2025-07-14", "not_met"),   # one day outside
    ("2026-05-31", "2026-02-28", "met"),       # month end clamps to Feb 28
    ("2026-05-31", "2026-02-27", "not_met"),
    ("2025-11-30", "2025-08-30", "met"),
    ("2025-11-30", "2025-08-29", "not_met"),
])
def test_three_month_window_edges(request_date, prior, expected):
    result = evaluate(POLICY, extraction(_prior_mrs(prior), request_date=request_date))
    assert result.criteria["recent_imaging_without_change"].status == expected
    assert result.criteria["is_repeat_request"].status == "met"


def test_add_months_clamps_to_month_end():
    assert add_months(dt.date(2026, 5, 31), -3) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2025, 11, 30), -3) == dt.date(2025, 8, 30)
    assert add_months(dt.date(2024, 5, 31), -3) == dt.date(2024, 2, 29)


def test_new_symptoms_after_prior_mrs_defeat_the_non_indication():
    findings = _prior_mrs("2025-09-01") + [finding("symptoms_new_or_worse", "f2", date="2025-09-20")]
    result = evaluate(POLICY, extraction(findings)).criteria["recent_imaging_without_change"]
    assert result.status == "not_met"


def test_continuing_treatment_is_not_a_change():
    findings = _prior_mrs("2025-09-01") + [
        finding("chemotherapy", "f2", date="2025-09-20", sentence="Continues temozolomide 09/20/2025 unchanged.")]
    assert evaluate(POLICY, extraction(findings)).criteria["recent_imaging_without_change"].status == "met"


def test_new_treatment_after_prior_mrs_is_a_change():
    findings = _prior_mrs("2025-09-01") + [
        finding("radiosurgery", "f2", date="2025-09-20", sentence="SRS given 09/20/2025.")]
    assert evaluate(POLICY, extraction(findings)).criteria["recent_imaging_without_change"].status == "not_met"


def test_undated_prior_mrs_leaves_window_unknown():
    findings = [finding("mr_spectroscopy", "f1", historical=True, doc_date=None, sentence="Previous MRS showed choline peak.")]
    assert evaluate(POLICY, extraction(findings)).criteria["recent_imaging_without_change"].status == "unknown"


def test_requested_mrs_is_not_a_prior_study():
    findings = [finding("mr_spectroscopy", "f1", sentence="We are requesting MR spectroscopy.", doc_date="2025-10-15")]
    assert evaluate(POLICY, extraction(findings)).criteria["is_repeat_request"].status == "not_met"


def test_other_cpt_code_is_insufficient():
    assessment = evaluate(POLICY, extraction(INCONCLUSIVE_GBM, cpt=("70553",)))
    assert assessment.criteria["procedure_code_consistent"].status == "not_met"
    assert assessment.outcome == "insufficient_information"


def test_no_cpt_code_is_unknown():
    assert evaluate(POLICY, extraction(INCONCLUSIVE_GBM, cpt=())).criteria["procedure_code_consistent"].status == "unknown"


def test_request_form_only_is_insufficient():
    assessment = evaluate(POLICY, extraction(INCONCLUSIVE_GBM, kinds=(("form.txt", "request_form"),)))
    assert assessment.criteria["clinical_documentation_present"].status == "not_met"
    assert assessment.outcome == "insufficient_information"


def test_command_line_request_date_wins():
    assessment = evaluate(POLICY, extraction(_prior_mrs("2025-07-15")), request_date="2025-12-01")
    assert assessment.request.request_date == "2025-12-01"
    assert assessment.criteria["recent_imaging_without_change"].status == "not_met"


# --- overrides --------------------------------------------------------------

def test_leaf_override_changes_outcome_and_keeps_reason():
    overrides = Overrides(leaf_status=(LeafOverride("conventional_imaging_inconclusive", "not_met", "report reread"),))
    assessment = evaluate(POLICY, extraction(INCONCLUSIVE_GBM), overrides)
    result = assessment.criteria["conventional_imaging_inconclusive"]
    assert result.status == "not_met" and result.overridden and "report reread" in result.rationale
    assert assessment.outcome == "does_not_meet_criteria"


def test_rejected_finding_is_ignored():
    overrides = Overrides(rejected_findings=(("f2", "wrong study"),))
    assessment = evaluate(POLICY, extraction(INCONCLUSIVE_GBM), overrides)
    assert assessment.criteria["conventional_imaging_inconclusive"].status == "unknown"
    assert assessment.outcome == "insufficient_information"


def test_added_evidence_meets_a_leaf():
    overrides = Overrides(added_evidence=(AddedEvidence("r1", "metabolic_disorder", "note.txt", 1, "MELAS confirmed"),))
    result = evaluate(POLICY, extraction([]), overrides).criteria["metabolic_disorder"]
    assert result.status == "met" and "r1" in result.evidence


def test_evaluation_does_not_mutate_its_inputs():
    source = extraction(INCONCLUSIVE_GBM)
    before = list(source.findings)
    evaluate(POLICY, source, Overrides(rejected_findings=(("f1", "x"),)))
    assert list(source.findings) == before


def test_a_second_policy_runs_without_code_changes():
    policy = load_policy(str(DATA / "second-policy.yaml"))
    findings = [finding("glial_neoplasm", "f1")]
    assessment = evaluate(policy, extraction(findings, cpt=("70553",)))
    assert assessment.criteria["tumor_present"].status == "met"
    assert assessment.criteria["recent_mri"].status == "not_met"
    assert assessment.outcome == "meets_criteria"
    assert set(assessment.criteria) == {"documentation", "code_ok", "indications", "tumor_present", "hie",
                                        "non_indications", "recent_mri"}


def test_policy_file_rejects_unknown_keys(tmp_path):
    from extractors.lexicon import LexiconError

    bad = (DATA / "second-policy.yaml").read_text().replace("rule: {kind: request_code, codes: [\"70553\"]}",
                                                             "rule: {kind: request_code, code: [\"70553\"]}")
    path = tmp_path / "bad.yaml"
    path.write_text(bad)
    with pytest.raises(LexiconError, match="code"):
        load_policy(str(path))


CT_REPORT = """CT HEAD WITHOUT CONTRAST
Date of exam: 11/02/2025
IMPRESSION: Indeterminate 2 cm hyperdense lesion, left frontal. MRI recommended.
"""
MRI_REPORT = """MRI BRAIN WITH AND WITHOUT CONTRAST
Date of exam: 11/12/2025
IMPRESSION: Dural-based mass with dural tail, characteristic of meningioma.
"""
RETELLING_NOTE = """Office visit
Date: 11/20/2025
Seen to review her scans. She had a CT head in the ED, which showed an indeterminate left frontal lesion.
The MRI brain with and without contrast was characteristic of a meningioma.
"""


def _inconclusive_leaf(extract_text, note):
    result = evaluate(load_policy(), extract_text(CT_REPORT, "ct_head.txt",
                                                  {"mri_brain.txt": MRI_REPORT, "visit_note.txt": note}))
    return result.criteria["conventional_imaging_inconclusive"]


def test_a_note_retelling_an_older_ct_does_not_make_it_the_latest_study(extract_text):
    # the visit note is dated after the MRI, but the CT it retells is the 11/02 one in the packet
    leaf = _inconclusive_leaf(extract_text, RETELLING_NOTE)
    assert leaf.status == "not_met", leaf.rationale
    assert "2025-11-12" in leaf.rationale


def test_a_note_retelling_a_ct_the_packet_lacks_keeps_the_note_date(extract_text):
    # no dated MRI in the packet after this note's CT: the retold inconclusive CT stays the latest
    note = RETELLING_NOTE.replace("Date: 11/20/2025", "Date: 11/10/2025").replace(
        "The MRI brain with and without contrast was characteristic of a meningioma.\n", "")
    result = evaluate(load_policy(), extract_text(note, "visit_note.txt"))
    leaf = result.criteria["conventional_imaging_inconclusive"]
    assert leaf.status == "met", leaf.rationale


def test_with_and_without_contrast_does_not_negate_the_result(extract_text):
    extraction = extract_text(MRI_REPORT.replace("IMPRESSION: ", "MRI brain w/wo contrast: "))
    conclusive = [f for f in extraction.findings if f.concept == "imaging_conclusive"]
    assert conclusive and not any(f.assertion.negated for f in conclusive)
    negated = extract_text("CT head without contrast shows no glioma.").findings
    assert [f.assertion.negated for f in negated if f.concept == "glial_neoplasm"] == [True]


def test_a_note_retelling_the_prior_mrs_is_dated_by_the_mrs_itself(extract_text):
    # the note (10/09) says "Prior MRS indeterminate" without a date; the MRS report is 08/26: the prior
    # study is 08/26, so the seizures of 09/21 came after it and the non-indication is not met
    form = "PRIOR AUTHORIZATION REQUEST\nDate of Request: 10/14/2025\nCPT Code(s): 76390\nBody Part: Brain\n"
    report = "MR SPECTROSCOPY, BRAIN\nDate: Aug 26, 2025\nIMPRESSION: Elevated choline/NAA, indeterminate.\n"
    note = ("NEURO-ONCOLOGY PROGRESS NOTE\nDate: 2025-10-09\n"
            "INTERVAL HISTORY: New focal seizures began on 09/21/2025.\n"
            "ASSESSMENT: Prior MRS indeterminate; new seizures after that study.\n")
    result = evaluate(load_policy(), extract_text(form, "form.txt", {"mrs_report.txt": report, "note.txt": note}))
    leaf = result.criteria["recent_imaging_without_change"]
    assert leaf.status == "not_met", leaf.rationale
    assert "2025-08-26" in leaf.rationale


@pytest.mark.parametrize("month, expected", [("November 2025", "unknown"), ("October 2025", "not_met"),
                                             ("December 2025", "met")])
def test_a_prior_mrs_dated_to_the_month_is_placed_only_when_the_whole_month_is(extract_text, month, expected):
    # request 2026-02-28: the window opens 2025-11-28, so November straddles it
    form = "PRIOR AUTHORIZATION REQUEST\nDate of request: 02/28/2026\nCPT: 76390\nBody part: Brain\n"
    note = f"Clinic note\nDate of service: 02/20/2026\nLow-grade glioma. MR spectroscopy in {month} was stable.\n"
    result = evaluate(load_policy(), extract_text(form, "form.txt", {"note.txt": note}))
    assert result.criteria["recent_imaging_without_change"].status == expected
    assert f" in 2025-{ {'November': '11', 'October': '10', 'December': '12'}[month.split()[0]] }" \
        in result.criteria["is_repeat_request"].rationale
