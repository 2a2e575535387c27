"""The chat pane of the case screen driven with Pilot: a guided review of a sample packet to a decision, typed
key by key, with its effects read back from the real SQLite store."""
from __future__ import annotations

import asyncio
import datetime as dt
import functools
import json
from pathlib import Path

import pytest

pytest.importorskip("textual")

from assistant.audit import AuditStore  # noqa: E402
from assistant.policy import load_policy  # noqa: E402
from assistant.tui.app import ReviewApp, build_app  # noqa: E402
from assistant.tui.screens.case import CaseScreen  # noqa: E402
from assistant.tui.widgets.chat_pane import ChatPane  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_notes" / "01_gbm_recurrence_vs_necrosis"
PACKET = ROOT / "tests" / "data" / "review_packet"
TODAY = dt.date(2025, 11, 20)
REJECT_REASON = "the same sentence was read twice"
DECISION_WORDS = {  # what a reviewer types for each recommendation; "aprrove" is misspelt so the chat asks first
    "approve": "aprrove",
    "refer_to_physician_reviewer": "refer to physician",
    "request_additional_information": "request records",
}


def sync(test):
    """Run an async Pilot test without an async pytest plugin."""
    @functools.wraps(test)
    def run(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))
    return run


@pytest.fixture(scope="module")
def policy():
    return load_policy()


@pytest.fixture
def db(tmp_path):
    return tmp_path / "store" / "review.db"


def make_app(path, db, policy) -> ReviewApp:
    return build_app(path, reviewer="ana", db=db, policy=policy, out=Path(db).parent / "out", today=TODAY)


async def open_case(app, pilot) -> CaseScreen:
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()
    assert isinstance(app.screen, CaseScreen)
    return app.screen


async def say(pilot, chat: ChatPane, text: str):
    """Type ``text`` into the chat key by key, press enter, and return the assistant's reply."""
    before = len(chat.transcript)
    await pilot.press(*["space" if ch == " " else ch for ch in text])
    await pilot.press("enter")
    await pilot.pause()
    assert chat.transcript[before] == f"> {text}"
    assert chat.last_reply is not None
    return chat.last_reply


def store_events(db, case_id) -> list[tuple]:
    return [(e.action, e.target, e.reason) for e in AuditStore(db).events(case_id)]


@pytest.mark.skipif(not SAMPLE.exists(), reason="needs sample_notes/01_gbm_recurrence_vs_necrosis")
@sync
async def test_chat_guided_review_of_a_sample_packet_to_a_decision(db, policy):
    app = make_app(SAMPLE, db, policy)
    async with app.run_test(size=(100, 32)) as pilot:
        screen = await open_case(app, pilot)
        state = app.current
        chat = screen.query_one(ChatPane)
        assert not chat.is_open
        await pilot.press("t")
        await pilot.pause()
        assert chat.is_open and app.focused is chat.query_one("#chat-input")

        expected: list[tuple] = []  # what the store must hold, built from what the chat showed
        reply = await say(pilot, chat, "start")  # "s" and "a" are case-screen keys: typed, not fired
        assert isinstance(app.screen, CaseScreen)
        rejected = skipped = False
        for _ in range(80):
            if reply.finished:
                break
            criterion = reply.criterion
            assert criterion is not None
            # the panes follow the assistant: its criterion in the tree, its evidence in the list and the page
            assert screen.criterion_id == criterion
            assert screen.query_one("#criteria").cursor_node.data == criterion
            if reply.focus is not None:
                finding_id = reply.focus.finding_id
                finding = state.findings[finding_id]
                assert screen.query_one("#evidence").selected_evidence == finding_id
                pane = screen.query_one("#document")
                assert (pane.document_name, pane.page_number) == (finding.document, finding.page)
                assert pane.selected_text == finding.text
                assert chat.transcript[-1].startswith("Cited: ") and f"{finding.document} p{finding.page}" in \
                    chat.transcript[-1]
                if not rejected:
                    # "no" asks why; the reason does it; "undo" takes it back; the same evidence comes round again
                    reply = await say(pilot, chat, "no")
                    assert reply.pending is not None and reply.pending.needs_reason and not reply.changed_case
                    assert store_events(db, state.case_id) == expected
                    reply = await say(pilot, chat, REJECT_REASON)
                    assert reply.changed_case and state.finding_status(finding_id) == "rejected"
                    expected.append(("reject", finding_id, REJECT_REASON))
                    reject_event = AuditStore(db).events(state.case_id)[-1]
                    reply = await say(pilot, chat, "undo")
                    assert reply.changed_case and state.finding_status(finding_id) == "unreviewed"
                    expected.append(("undo", str(reject_event.id), None))
                    rejected = True
                    continue
                reply = await say(pilot, chat, "yes")
                assert reply.changed_case and state.finding_status(finding_id) == "confirmed"
                expected.append(("confirm", finding_id, None))
            else:  # no evidence in the packet: keep what it says, or skip it once
                reply = await say(pilot, chat, "yes" if skipped else "skip")
                assert not reply.changed_case
                skipped = True
            assert store_events(db, state.case_id) == expected
        assert reply.finished, "the guided review did not reach its end"
        assert rejected and skipped
        assert "Guided review done" in reply.text
        assert state.unreviewed_evidence() == ()
        assert "ready to decide" in str(screen.query_one("#outcome").render())  # redrawn through subscribe

        recommendation = state.assessment.recommendation
        reply = await say(pilot, chat, DECISION_WORDS[recommendation])
        if recommendation == "approve":  # a misspelt command is echoed and waits for a yes
            assert reply.pending is not None and "Do it? (yes/no)" in reply.text
            assert chat.query_one("#chat-input").placeholder == "yes or no"
        while reply.pending is not None:  # the chat asks; the reviewer answers in words
            assert state.decision is None and AuditStore(db).decisions(state.case_id) == []
            reply = await say(pilot, chat, "it meets the policy" if reply.pending.needs_reason else "yes")
        assert reply.changed_case and "Done: record the decision" in reply.text
        await pilot.pause()

        # the same effects as the keyboard's decide: the event, the decision row, the case state, the summary
        assert state.decision.kind == recommendation
        events = AuditStore(db).events(state.case_id)
        assert [e.action for e in events] == [action for action, _, _ in expected] + ["decide"]
        assert store_events(db, state.case_id)[:-1] == expected
        assert events[-1].target == recommendation
        (decision,) = AuditStore(db).decisions(state.case_id)
        assert decision.kind == recommendation
        summary = json.loads(Path(decision.summary_json).read_text())
        assert summary["decision"]["kind"] == recommendation
        assert AuditStore(db).case(state.case_id).state == "decided"
        assert "DECIDED" in str(screen.query_one("#outcome").render())
        assert any("Decision recorded" in n.message for n in app._notifications)

        # the log showed each reply with its citations: document and page
        cited = [line for line in chat.transcript if line.startswith("Cited: ")]
        documents = {d.name for d in state.extraction.packet.documents}
        assert cited and all(any(f"{name} p" in line for name in documents) for line in cited)

        # after the decision the chat refuses changes, and escape goes back to the tree, not the queue
        reply = await say(pilot, chat, "undo")
        assert not reply.changed_case and "decided" in reply.text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen) and app.focused is screen.query_one("#criteria")


@sync
async def test_chat_unknown_utterance_and_case_keys_leave_the_case_unchanged(db, policy):
    app = make_app(PACKET, db, policy)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_case(app, pilot)
        state = app.current
        state.set_leaf("glioma_grading", "unknown", "pathology pending")  # something ctrl+z could take back
        await pilot.pause()
        events_before = store_events(db, state.case_id)
        outcome_before = str(screen.query_one("#outcome").render())
        assessment_before = state.assessment
        await pilot.press("t")
        chat = screen.query_one(ChatPane)

        reply = await say(pilot, chat, "purple monkey dishwasher")
        assert "I did not understand that, and nothing was changed." in reply.text
        assert not reply.changes_case
        # every case-screen key, typed into the chat, is text (ctrl+z too: it would undo the case)
        await pilot.press("c", "x", "s", "a", "u", "n", "d", "y", "left_square_bracket", "ctrl+z")
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        assert chat.query_one("#chat-input").value == "cxsaundy["
        assert store_events(db, state.case_id) == events_before == [("set_leaf", "glioma_grading", "pathology pending")]
        assert state.assessment == assessment_before
        assert str(screen.query_one("#outcome").render()) == outcome_before

        await pilot.press("escape")  # back to the tree; the case stays open
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen) and app.focused is screen.query_one("#criteria")
        assert AuditStore(db).case(state.case_id).lock_holder == "ana"


@sync
async def test_chat_answer_opens_its_citation_in_the_document_pane(db, policy):
    app = make_app(PACKET, db, policy)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_case(app, pilot)
        await pilot.press("t")
        chat = screen.query_one(ChatPane)
        reply = await say(pilot, chat, "how old is the patient?")
        (citation,) = reply.citations
        pane = screen.query_one("#document")
        assert (pane.document_name, pane.page_number) == (citation.document, citation.page)
        assert pane.selected_text.lower() == "date of birth"
        assert chat.transcript[-1] == f"Cited: {citation.document} p{citation.page}"
        assert AuditStore(db).events(app.current.case_id) == []


@sync
async def test_guided_review_key_starts_it_in_the_chat(db, policy):
    app = make_app(PACKET, db, policy)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_case(app, pilot)
        await pilot.press("g")
        await pilot.pause()
        chat = screen.query_one(ChatPane)
        assert chat.is_open and "> start" in chat.transcript
        assert chat.last_reply.intent == "start" and screen.criterion_id == chat.last_reply.criterion
