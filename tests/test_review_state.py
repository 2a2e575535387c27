"""ReviewState: confirm / reject / override / attach / undo / decide, each audited and replayable."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.audit import AuditStore, case_id_for
from assistant.policy import load_policy
from assistant.review_state import DecisionRefused, ReviewError, ReviewState

PACKET = Path(__file__).parent / "data" / "review_packet"


@pytest.fixture(scope="module")
def policy():
    return load_policy()


@pytest.fixture(scope="module")
def extraction():
    from assistant.service import extract_packet

    return extract_packet(PACKET)


@pytest.fixture
def store(tmp_path):
    with AuditStore(tmp_path / "review.db") as opened:
        yield opened


@pytest.fixture
def state(store, extraction, policy):
    return ReviewState.open(store, case_id_for(PACKET), str(PACKET), extraction, policy, reviewer="ana")


def finding_of(state, leaf):
    return next(e for e in state.assessment.criteria[leaf].evidence if not e.startswith("r"))


def review_everything(state):
    while state.unreviewed_evidence():
        state.confirm(state.unreviewed_evidence()[0])


def test_fresh_case_recommends_approval_with_evidence_to_review(state):
    assert state.assessment.outcome == "meets_criteria"
    assert state.unreviewed_evidence()
    assert not state.can_decide()


def test_confirm_marks_the_finding_and_keeps_the_status(state):
    finding = finding_of(state, "recurrence_vs_radiation_necrosis")
    state.confirm(finding)
    assert state.finding_status(finding) == "confirmed"
    assert finding not in state.unreviewed_evidence()
    assert state.assessment.criteria["recurrence_vs_radiation_necrosis"].status == "met"


def test_rejecting_every_inconclusive_finding_changes_the_outcome(state):
    for finding in list(state.assessment.criteria["conventional_imaging_inconclusive"].evidence):
        state.reject(finding, "the radiologist's impression is conclusive")
    assert state.assessment.criteria["conventional_imaging_inconclusive"].status != "met"
    assert state.assessment.outcome != "meets_criteria"


def test_reject_and_override_need_a_reason(state):
    with pytest.raises(ReviewError, match="reason"):
        state.reject(finding_of(state, "intraaxial_brain_tumor"), "  ")
    with pytest.raises(ReviewError, match="reason"):
        state.set_leaf("recurrence_vs_radiation_necrosis", "not_met", "")
    assert state.history == []


def test_leaf_override_drives_the_outcome(state):
    state.set_leaf("recent_imaging_without_change", "met", "prior MRS on 2025-09-01 found in the fax cover")
    assert state.assessment.criteria["recent_imaging_without_change"].overridden
    assert state.assessment.outcome == "does_not_meet_criteria"
    assert state.assessment.recommendation == "refer_to_physician_reviewer"


def test_set_leaf_refuses_inner_nodes_and_bad_statuses(state):
    with pytest.raises(ReviewError, match="not a leaf"):
        state.set_leaf("indications", "met", "x")
    with pytest.raises(ReviewError, match="status"):
        state.set_leaf("neonatal_hie", "maybe", "x")


def test_added_evidence_meets_an_unknown_leaf(state):
    document = state.extraction.packet.documents[0]
    page_text = document.pages[0].text
    start = page_text.index("Over the past")
    state.add_evidence("clarify_indeterminate_finding", document.name, 1, "", start, start + 30)
    result = state.assessment.criteria["clarify_indeterminate_finding"]
    assert result.status == "met" and "r1" in result.evidence
    assert state.added_evidence("r1").text == page_text[start:start + 30]


def test_added_evidence_as_a_typed_note(state):
    state.add_evidence("no_established_guidelines", "request_form.txt", 1, "", note="phone call: no guideline applies")
    assert state.added_evidence("r1").start is None
    with pytest.raises(ReviewError, match="page"):
        state.add_evidence("no_established_guidelines", "request_form.txt", 9, "text")
    with pytest.raises(ReviewError, match="no document"):
        state.add_evidence("no_established_guidelines", "missing.txt", 1, "text")


def test_undo_takes_back_the_last_action(state):
    before = state.assessment
    state.set_leaf("recent_imaging_without_change", "met", "prior MRS found")
    state.undo()
    assert state.assessment.outcome == before.outcome
    assert state.overrides == before.overrides
    assert [e.action for e in state.history] == ["set_leaf", "undo"]
    with pytest.raises(ReviewError, match="nothing to undo"):
        state.undo()


def test_decision_refused_while_evidence_is_unreviewed(state, store):
    with pytest.raises(DecisionRefused) as refused:
        state.decide("approve")
    assert refused.value.unreviewed == state.unreviewed_evidence()
    assert store.decisions(state.case_id) == []


def test_decision_that_differs_from_the_recommendation_needs_a_reason(state, store):
    review_everything(state)
    assert state.can_decide()
    with pytest.raises(ReviewError, match="reason"):
        state.decide("refer_to_physician_reviewer")
    decision = state.decide("refer_to_physician_reviewer", reason="prior treatment history unclear")
    assert decision.recommendation == "approve"
    assert store.case(state.case_id).state == "decided"
    assert store.decisions(state.case_id)[0].reason == "prior treatment history unclear"
    with pytest.raises(ReviewError, match="decided"):
        state.confirm(finding_of(state, "intraaxial_brain_tumor"))


def test_request_for_information_names_known_criteria(state):
    state.set_leaf("conventional_imaging_inconclusive", "unknown", "the MRI report is missing its impression")
    review_everything(state)
    assert state.assessment.recommendation == "request_additional_information"
    with pytest.raises(ReviewError, match="unknown criteria"):
        state.decide("request_additional_information", missing_criteria=["no_such_leaf"])
    decision = state.decide("request_additional_information", missing_criteria=["conventional_imaging_inconclusive"])
    assert decision.missing_criteria == ("conventional_imaging_inconclusive",)


def test_resume_rebuilds_exactly_the_same_state(state, store, extraction, policy):
    leaf_finding = finding_of(state, "intraaxial_brain_tumor")
    state.confirm(leaf_finding)
    state.reject(finding_of(state, "monitoring_need"), "surveillance here is not a monitoring need")
    state.set_leaf("glioma_grading", "not_met", "grade 4 established at resection")
    state.add_evidence("clarify_indeterminate_finding", "request_form.txt", 1, "Enhancing lesion")
    state.set_leaf("neonatal_hie", "not_met", "adult")
    state.undo()
    reopened = ReviewState.resume(store, state.case_id, extraction, policy, reviewer="ana")
    assert reopened.overrides == state.overrides
    assert reopened.assessment.criteria == state.assessment.criteria
    assert reopened.assessment.outcome == state.assessment.outcome
    assert [e.id for e in reopened.history] == [e.id for e in state.history]
    reopened.undo()  # the undo stack came back too
    assert reopened.added_evidence("r1") is None


def test_resume_after_decision_keeps_the_decision(state, store, extraction, policy):
    review_everything(state)
    state.decide("approve")
    reopened = ReviewState.resume(store, state.case_id, extraction, policy, reviewer="ana")
    assert reopened.decision.kind == "approve" and not reopened.can_decide()


def test_second_reviewer_opens_read_only_and_is_told_who_holds_it(state, store, extraction, policy):
    state.confirm(finding_of(state, "intraaxial_brain_tumor"))
    other = ReviewState.open(store, state.case_id, str(PACKET), extraction, policy, reviewer="ben")
    assert other.read_only and other.lock.holder == "ana"
    assert other.overrides == state.overrides
    with pytest.raises(ReviewError, match="read-only.*ana"):
        other.confirm(finding_of(other, "recurrence_vs_radiation_necrosis"))
    state.close()
    assert not ReviewState.open(store, state.case_id, str(PACKET), extraction, policy, reviewer="ben").read_only


def test_every_action_is_one_audit_event_with_before_and_after(state, store):
    finding = finding_of(state, "intraaxial_brain_tumor")
    state.confirm(finding)
    state.set_leaf("glioma_grading", "unknown", "pathology pending")
    events = store.events(state.case_id)
    assert [(e.action, e.target, e.before, e.after, e.reviewer) for e in events] == [
        ("confirm", finding, "unreviewed", "confirmed", "ana"),
        ("set_leaf", "glioma_grading", "not_met", "unknown", "ana"),
    ]
    assert events[1].reason == "pathology pending"
    assert store.case(state.case_id).outcome == state.assessment.outcome


def test_listeners_hear_every_change(state):
    heard = []
    state.subscribe(lambda s: heard.append(s.assessment.outcome))
    state.set_leaf("recent_imaging_without_change", "met", "prior MRS found")
    state.undo()
    assert heard == ["does_not_meet_criteria", "meets_criteria"]


# ---- decision.py: drafts and the determination summary ------------------------

def test_information_request_names_missing_criteria_by_policy_text(state, policy):
    from assistant.decision import draft_information_request

    text = draft_information_request(state, ["conventional_imaging_inconclusive"])
    criterion = policy.criterion("conventional_imaging_inconclusive")
    assert criterion.label in text and criterion.policy_text in text
    assert "Harold Brennan" in text and "2025-11-04" in text


def test_physician_referral_cites_evidence_and_reason(state):
    from assistant.decision import draft_physician_referral

    state.set_leaf("recent_imaging_without_change", "met", "prior MRS in September")
    text = draft_physician_referral(state, "prior MRS within 3 months")
    assert "prior MRS within 3 months" in text
    assert "recent_imaging_without_change set to met: prior MRS in September" in text
    assert "radiology_mri_2025-10-28.txt p1" in text


def test_determination_files_are_private_and_complete(state, store, tmp_path):
    import json
    import stat

    from assistant.decision import write_determination

    rejected = finding_of(state, "monitoring_need")
    state.reject(rejected, "surveillance is not a monitoring need here")
    state.set_leaf("monitoring_need", "not_met", "no monitoring plan documented")
    review_everything(state)
    state.decide("approve")
    markdown_path, json_path = write_determination(state, tmp_path / "out", str(PACKET))
    for path in (markdown_path, json_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    summary = json.loads(json_path.read_text())
    assert summary["policy"] == {"id": "mrs-76390", "version": state.policy.version}
    assert summary["decision"]["kind"] == "approve" and summary["decision"]["reviewer"] == "ana"
    assert summary["overrides"]["leaf_status"][0]["reason"] == "no monitoring plan documented"
    assert summary["overrides"]["rejected_findings"][0]["finding"] == rejected
    leaf = next(c for c in summary["criteria"] if c["id"] == "intraaxial_brain_tumor")
    assert leaf["evidence"][0]["document"] and leaf["evidence"][0]["page"] >= 1
    markdown = markdown_path.read_text()
    assert "Approve" in markdown and "no monitoring plan documented" in markdown and "mrs-76390 v" in markdown
    assert store.decisions(state.case_id)[0].summary_json == str(json_path)
