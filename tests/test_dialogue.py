"""The dialogue engine alone: understanding utterances, answers with citations, commands through the review state."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.dialogue import Dialogue, check_lexicon_covers, default_lexicon, load_intents, understand
from assistant.policy import load_policy
from assistant.review_state import ReviewState
from assistant.types import Overrides
from extractors.lexicon import LexiconError, load_json

DATA = Path(__file__).parent / "data"
UTTERANCES = json.loads((DATA / "utterances.json").read_text(encoding="utf-8"))["utterances"]
POLICY = load_policy()


def events(review) -> list[tuple]:
    """The audit trail as (action, target, reason) tuples."""
    return [(e.action, e.target, e.reason) for e in review.history]


@pytest.fixture(scope="module")
def packet_extraction(nlp):
    from assistant.service import extract_packet

    return extract_packet(DATA / "chat_packet", nlp=nlp)


@pytest.fixture
def review(packet_extraction):
    return ReviewState(POLICY, packet_extraction)


@pytest.fixture
def dialogue(review):
    return Dialogue(review, POLICY)


# ---- understanding --------------------------------------------------------------------

@pytest.mark.parametrize("case", UTTERANCES, ids=[u["text"] for u in UTTERANCES])
def test_utterance_maps_to_intent_and_criterion(case):
    meaning = understand(default_lexicon(), case["text"])
    assert (meaning.intent, meaning.criterion) == (case["intent"], case["criterion"])
    if "topic" in case:
        assert meaning.topic == case["topic"]


def test_utterance_file_has_at_least_60_reviewer_utterances():
    assert len(UTTERANCES) >= 60


def test_every_leaf_has_criterion_phrases():
    check_lexicon_covers(default_lexicon(), POLICY)


def test_lexicon_unknown_key_is_refused_naming_the_entry():
    data = json.loads(json.dumps(load_json("intents.json")))
    data["intents"][0]["phrase"] = ["oops"]
    with pytest.raises(LexiconError, match=r"intents\.json: intents\[0\] \(help\): unknown key\(s\) phrase"):
        load_intents(data=data)


def test_lexicon_unknown_top_level_key_is_refused():
    data = dict(load_json("intents.json"), synonym={})
    with pytest.raises(LexiconError, match="unknown key"):
        load_intents(data=data)


def test_lexicon_phrase_shared_by_two_intents_is_refused():
    data = json.loads(json.dumps(load_json("intents.json")))
    data["intents"][1]["phrases"].append("why pending")
    with pytest.raises(LexiconError, match="reads the same"):
        load_intents(data=data)


def test_lexicon_topic_with_unknown_concept_is_refused():
    data = json.loads(json.dumps(load_json("intents.json")))
    data["topics"][0]["concepts"].append("radiaton_therapy")
    with pytest.raises(LexiconError, match="unknown concept"):
        load_intents(data=data)


def test_unlisted_typo_in_a_command_is_not_exact():
    meaning = understand(default_lexicon(), "rejetc f12: family history")
    assert meaning.intent == "reject" and not meaning.exact


def test_question_led_utterance_never_reads_as_a_command():
    assert understand(default_lexicon(), "why did you mark glioma grading met").intent == "why"


# ---- answers cite document and page -------------------------------------------------------

def _cited(reply, document, page):
    return any(c.document == document and c.page == page for c in reply.citations) and \
        f"{document} p{page}" in reply.text


def test_last_mri_answer_cites_the_radiology_date(dialogue):
    reply = dialogue.reply("when was the last MRI?")
    assert "2025-10-02" in reply.text
    assert reply.citations and all(c.page >= 1 for c in reply.citations)


def test_radiation_answer_quotes_the_negation_with_page(dialogue):
    reply = dialogue.reply("has she had radiation?")
    assert reply.text.startswith("No")
    assert _cited(reply, "neuro_oncology_consult_2025-10-08.txt", 1)


def test_evidence_for_glioma_grading_cites_radiology_page_2(dialogue):
    reply = dialogue.reply("show the evidnce for glioma grading")
    assert _cited(reply, "radiology_mri_2025-10-02.txt", 2)


def test_age_cites_the_request_form(dialogue):
    reply = dialogue.reply("how old is the patient?")
    assert "54 years" in reply.text
    assert _cited(reply, "request_form.txt", 1)


def test_repeat_request_answers_no_citing_the_note(dialogue):
    reply = dialogue.reply("is this a repeat request?")
    assert reply.text.startswith("No")
    assert _cited(reply, "neuro_oncology_consult_2025-10-08.txt", 1)


def test_negated_findings_are_listed_with_pages(dialogue):
    reply = dialogue.reply("which findings were negated?")
    assert "radiation therapy" in reply.text and len(reply.citations) >= 3


def test_policy_question_quotes_policy_text(dialogue):
    reply = dialogue.reply("what does the policy say about repeat imaging?")
    assert POLICY.criterion("repeat_imaging_path").policy_text in reply.text


def test_no_answer_in_the_packet_is_said_plainly(dialogue):
    assert "no mention of pregnan" in dialogue.reply("is she pregnant?").text
    reply = dialogue.reply("show the evidence for radiation necrosis")
    assert "holds no finding" in reply.text and not reply.citations


def test_why_pending_on_insufficient_information_names_the_unknown_criterion(review, dialogue):
    review.set_leaf("conventional_imaging_inconclusive", "unknown", "report not legible")
    reply = dialogue.reply("why is this pending?")
    assert "insufficient information" in reply.text
    missing = dialogue.reply("what's missing?")
    assert "conventional_imaging_inconclusive" in missing.text and "most recent brain MRI" in missing.text


# ---- commands -------------------------------------------------------------------------

def test_unknown_input_leaves_the_case_unchanged(review, dialogue):
    before = review.assessment
    for text in ("purple monkey dishwasher", "asdf", "approve???? maybe not sure lol" * 0 + "zzz", "f12"):
        reply = dialogue.reply(text)
        assert not reply.changed_case and reply.pending is None
    assert events(review) == [] and review.assessment is before


def test_set_leaf_with_reason_is_one_event_and_undo_reverts(review, dialogue):
    reply = dialogue.reply("mark glioma grading as not met: grade 4 on outside pathology")
    assert reply.changed_case
    assert events(review) == [("set_leaf", "glioma_grading", "grade 4 on outside pathology")]
    assert dialogue.reply("undo").changed_case
    assert review.overrides == Overrides()


def test_inexact_command_waits_for_yes(review, dialogue):
    reply = dialogue.reply("rejetc f13: wrong patient")
    assert reply.pending is not None and not reply.changed_case and events(review) == []
    assert "f13" in reply.text
    done = dialogue.reply("yes")
    assert done.changed_case and events(review) == [("reject", "f13", "wrong patient")]


def test_no_cancels_a_pending_command(review, dialogue):
    dialogue.reply("rejetc f13: wrong patient")
    assert not dialogue.reply("no").changed_case
    assert events(review) == []


def test_reject_without_reason_asks_for_one(review, dialogue):
    reply = dialogue.reply("reject f13")
    assert reply.pending is not None and "Why?" in reply.text
    done = dialogue.reply("the grading sentence is about another patient")
    assert done.changed_case and events(review)[-1] == ("reject", "f13", "the grading sentence is about another patient")


def confirm_all(review) -> None:
    for finding_id in review.unreviewed_evidence():
        review.confirm(finding_id)


def test_decision_is_refused_in_words_while_evidence_is_unreviewed(review, dialogue):
    reply = dialogue.reply("approve")
    assert reply.text.startswith("Not done:") and "start" in reply.text
    assert review.decision is None


def test_decision_differing_from_recommendation_needs_a_reason(review, dialogue):
    confirm_all(review)
    reply = dialogue.reply("refer to physician")
    assert reply.pending is not None and review.decision is None
    dialogue.reply("conflicting neuro-oncology notes")
    decision = review.decision
    assert (decision.kind, decision.reason) == ("refer_to_physician_reviewer", "conflicting neuro-oncology notes")


def test_request_records_drafts_the_letter_for_that_criterion(review, dialogue):
    confirm_all(review)
    reply = dialogue.reply("request records for the prior MRS: confirm no prior study")
    assert "report of the prior MR spectroscopy" in reply.text
    decision = review.decision
    assert (decision.kind, decision.reason, decision.missing_criteria) == \
        ("request_additional_information", "confirm no prior study", ("is_repeat_request",))


def test_add_evidence_in_words_attaches_a_note_after_yes(review, dialogue):
    dialogue.reply("mark glioma grading as unknown: checking")
    reply = dialogue.reply("add evidence for glioma grading: consult p1 grade is the open question")
    assert reply.pending is not None
    dialogue.reply("yes")
    added = review.overrides.added_evidence
    assert [(e.criterion, e.document, e.page) for e in added] == \
        [("glioma_grading", "neuro_oncology_consult_2025-10-08.txt", 1)]


def test_actions_are_written_to_the_audit_store(tmp_path, packet_extraction):
    from assistant.audit import AuditStore

    store = AuditStore(tmp_path / "review.db")
    state = ReviewState.open(store, "case1", "chat_packet", packet_extraction, POLICY, reviewer="ana")
    Dialogue(state, POLICY).reply("reject f13: about another patient")
    assert [(e.reviewer, e.action, e.target, e.reason) for e in store.events("case1")] == \
        [("ana", "reject", "f13", "about another patient")]


# ---- guided review --------------------------------------------------------------------

def test_guided_review_walks_most_decisive_first_and_confirms(review, dialogue):
    first = dialogue.reply("start")
    assert first.criterion == "conventional_imaging_inconclusive"
    assert "Confirm this?" in first.text and first.focus is not None
    answered = dialogue.reply("yes")
    assert events(review) == [("confirm", first.focus.finding_id, None)]
    assert answered.changed_case
    for _ in range(60):
        if answered.finished:
            break
        answered = dialogue.reply("yes")
    assert answered.finished and "Outcome: meets criteria" in answered.text
    assert dialogue.reply("approve").changed_case
    assert review.decision.kind == "approve"


def test_guided_no_with_reason_rejects_the_quoted_evidence(review, dialogue):
    first = dialogue.reply("start")
    dialogue.reply("no, that sentence is from the request form, not a report")
    assert events(review) == [("reject", first.focus.finding_id, "that sentence is from the request form, not a report")]


def test_guided_skip_moves_on_without_an_event(review, dialogue):
    first = dialogue.reply("start")
    second = dialogue.reply("skip")
    assert events(review) == [] and (second.criterion, second.focus) != (first.criterion, first.focus)


def test_drafts_change_nothing(review, dialogue):
    assert "Physician review requested" in dialogue.reply("draft referral summary").text
    review.set_leaf("conventional_imaging_inconclusive", "unknown", "report not legible")
    letter = dialogue.reply("draft the rfi letter").text
    assert "Conventional MRI/CT is inconclusive" in letter and "most recent brain MRI or CT" in letter
    assert [e.action for e in review.history] == ["set_leaf"]  # only the test's own change


# ---- a real sample packet (a faxed PDF) -------------------------------------------------------

SAMPLE = Path(__file__).resolve().parent.parent / "sample_notes" / "09_fax_mld_toddler"


@pytest.fixture(scope="module")
def sample_review(nlp):
    if not SAMPLE.is_dir():
        pytest.skip("sample packet 09_fax_mld_toddler is not present")
    from assistant.service import extract_packet

    return ReviewState(POLICY, extract_packet(SAMPLE, nlp=nlp))


def test_sample_evidence_for_leukodystrophy_cites_the_fax_pages(sample_review):
    reply = Dialogue(sample_review, POLICY).reply("show the evidence for leukodystrophy")
    assert _cited(reply, "lakeside_childrens_neurology_fax.pdf", 2)


def test_sample_hie_question_quotes_the_negation(sample_review):
    reply = Dialogue(sample_review, POLICY).reply("has she had HIE?")
    assert reply.text.startswith("No") and _cited(reply, "lakeside_childrens_neurology_fax.pdf", 3)


def test_sample_age_is_a_toddler_citing_the_form(sample_review):
    reply = Dialogue(sample_review, POLICY).reply("how old is the pt")
    assert "2 years" in reply.text and "pediatric" in reply.text and reply.citations


def test_sample_last_mri_is_dated_and_cited(sample_review):
    reply = Dialogue(sample_review, POLICY).reply("when was the last MRI?")
    assert "2025-10-02" in reply.text and reply.citations
