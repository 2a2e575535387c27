"""The review workspace driven with Pilot: queue, case, confirm/reject/override/attach/undo, decide, reopen."""
from __future__ import annotations

import asyncio
import datetime as dt
import functools
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("textual")

from textual.widgets import DataTable  # noqa: E402
from textual.widgets.text_area import Selection  # noqa: E402

from assistant.audit import AuditStore  # noqa: E402
from assistant.policy import load_policy  # noqa: E402
from assistant.tui.app import ReviewApp, build_app  # noqa: E402
from assistant.tui.messages import ExtractionFinished  # noqa: E402
from assistant.tui.screens.case import CaseScreen  # noqa: E402
from assistant.tui.screens.decision_dialog import DecisionDialog  # noqa: E402
from assistant.tui.screens.dialogs import HelpScreen, LeafStatusDialog, LockedDialog, ReasonDialog  # noqa: E402
from assistant.tui.screens.queue import QueueScreen  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PACKET = ROOT / "tests" / "data" / "review_packet"
SAMPLES = ROOT / "sample_notes"
TODAY = dt.date(2025, 11, 20)


def sync(test):
    """Run an async Pilot test without an async pytest plugin."""
    @functools.wraps(test)
    def run(*args, **kwargs):
        return asyncio.run(test(*args, **kwargs))
    return run


def sample_packets() -> list[Path]:
    from assistant.audit import packet_files

    if not SAMPLES.exists():
        return []
    return sorted(p for p in SAMPLES.iterdir() if p.is_dir() and p.name[:2].isdigit() and packet_files(p))


@pytest.fixture(scope="module")
def policy():
    return load_policy()


@pytest.fixture
def db(tmp_path):
    return tmp_path / "store" / "review.db"


def make_app(path, db, policy, reviewer="ana", tmp_out=None) -> ReviewApp:
    return build_app(path, reviewer=reviewer, db=db, policy=policy, out=tmp_out or Path(db).parent / "out",
                     today=TODAY)


async def settle(app, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def type_text(pilot, text: str) -> None:
    await pilot.press(*["space" if ch == " " else ch for ch in text])


async def open_single(app, pilot) -> CaseScreen:
    await settle(app, pilot)
    assert isinstance(app.screen, CaseScreen)
    return app.screen


# ---- queue -----------------------------------------------------------------------


@pytest.mark.skipif(len(sample_packets()) < 2, reason="needs sample packets in sample_notes/")
@sync
async def test_queue_assesses_sample_packets_in_background_and_opens_one(db, policy):
    finished = []
    app = make_app(SAMPLES, db, policy)

    def hook(message):
        if isinstance(message, ExtractionFinished):
            finished.append(Path(message.path).name)

    async with app.run_test(size=(100, 30), message_hook=hook) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)
        table = app.screen.query_one(DataTable)
        listed = sorted(Path(path).name for path in app.rows)
        assert table.row_count == len(listed) >= 2  # listed before any is assessed
        assert finished == [] or len(finished) < len(listed)
        await settle(app, pilot)
        assert sorted(set(finished)) == listed
        assert all(row.outcome for row in app.rows.values() if row.assessing == "ready")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        case = AuditStore(db).case(app.current.case_id)
        assert case.lock_holder == "ana"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)
        assert AuditStore(db).case(case.id).lock_holder is None


@sync
async def test_queue_filters_and_sorts(tmp_path, db, policy):
    queue = tmp_path / "queue"
    for name in ("a_followup", "b_followup"):
        shutil.copytree(PACKET, queue / name)
    (queue / "c_form_only").mkdir()
    (queue / "c_form_only" / "request.txt").write_text(
        "PRIOR AUTHORIZATION REQUEST\nDate of request: 09/01/2025\nMember name: Ruth Ames\nCPT code: 76390\n")
    app = make_app(queue, db, policy)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        screen = app.screen
        table = screen.query_one(DataTable)
        assert table.row_count == 3
        assert [row.member for row in screen.visible_rows()][0] == "Ruth Ames"  # oldest request first
        await pilot.press("slash")
        await type_text(pilot, "brennan")
        await pilot.pause()
        assert table.row_count == 2
        await pilot.press("escape")
        await pilot.pause()
        assert table.row_count == 3
        screen.sort_column = "member"
        await pilot.press("r")
        assert screen.sort_column == "member"


# ---- the case screen ---------------------------------------------------------------


@sync
async def test_single_packet_opens_its_case_with_outcome_and_highlighted_evidence(db, policy):
    app = make_app(PACKET, db, policy)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_single(app, pilot)
        assert "meets criteria" in str(screen.query_one("#outcome").render())
        pane = screen.query_one("#document")
        finding = app.current.findings[screen.query_one("#evidence").selected_evidence]
        assert pane.selected_text == finding.text  # the evidence is shown selected in its page


@sync
async def test_confirm_marks_the_evidence_and_counts_down(db, policy):
    app = make_app(PACKET, db, policy)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_single(app, pilot)
        state = app.current
        before = len(state.unreviewed_evidence())
        selected = screen.query_one("#evidence").selected_evidence
        await pilot.press("c")
        await pilot.pause()
        assert state.finding_status(selected) == "confirmed"
        assert len(state.unreviewed_evidence()) == before - 1
        assert f"{before - 1} to review" in str(screen.query_one("#outcome").render())
        assert [e.action for e in AuditStore(db).events(state.case_id)] == ["confirm"]


@sync
async def test_reject_asks_a_reason_and_drops_the_finding(db, policy):
    app = make_app(PACKET, db, policy)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_single(app, pilot)
        selected = screen.query_one("#evidence").selected_evidence
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ReasonDialog)
        await pilot.press("enter")  # empty reason: refused, the dialog stays
        await pilot.pause()
        assert isinstance(app.screen, ReasonDialog)
        await type_text(pilot, "family history not the patient")
        await pilot.press("enter")
        await pilot.pause()
        assert app.current.finding_status(selected) == "rejected"
        event = AuditStore(db).events(app.current.case_id)[-1]
        assert (event.action, event.target, event.reason) == ("reject", selected, "family history not the patient")


@sync
async def test_override_with_reason_updates_the_outcome_at_once(db, policy):
    app = make_app(PACKET, db, policy)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_single(app, pilot)
        screen.select_criterion("recent_imaging_without_change")
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, LeafStatusDialog)
        await pilot.click("#status-met")
        await pilot.press("enter")  # no reason yet
        await pilot.pause()
        assert isinstance(app.screen, LeafStatusDialog)
        app.screen.query_one("#reason").focus()
        await type_text(pilot, "prior MRS in September")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        assert app.current.assessment.outcome == "does_not_meet_criteria"
        assert "does not meet criteria" in str(screen.query_one("#outcome").render())
        assert "✎" in str(screen.query_one("#criteria")._criterion_nodes["recent_imaging_without_change"].label)


@sync
async def test_attach_evidence_from_a_selection_in_the_page(db, policy):
    app = make_app(PACKET, db, policy)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_single(app, pilot)
        screen.select_criterion("clarify_indeterminate_finding")
        await pilot.pause()
        pane = screen.query_one("#document")
        pane.show_page("request_form.txt", 1)
        text = pane.page_text("request_form.txt", 1)
        start = text.index("Enhancing lesion")
        locate = pane.document.get_location_from_index
        pane.selection = Selection(locate(start), locate(start + len("Enhancing lesion at the resection cavity")))
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one("#note").focus()
        await type_text(pilot, "asks to clarify")
        await pilot.press("enter")
        await pilot.pause()
        added = app.current.added_evidence("r1")
        assert added.criterion == "clarify_indeterminate_finding"
        assert (added.document, added.page, added.start) == ("request_form.txt", 1, start)
        assert added.text == "Enhancing lesion at the resection cavity"
        assert app.current.assessment.criteria["clarify_indeterminate_finding"].status == "met"


@sync
async def test_attach_a_typed_note_with_document_and_page(db, policy):
    app = make_app(PACKET, db, policy)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_single(app, pilot)
        screen.select_criterion("no_established_guidelines")
        await pilot.press("right_square_bracket")  # a page with no selection
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one("#note").focus()
        await type_text(pilot, "no guideline covers this")
        await pilot.press("enter")
        await pilot.pause()
        added = app.current.added_evidence("r1")
        assert added.start is None and added.note == "no guideline covers this"


@sync
async def test_undo_takes_back_the_override(db, policy):
    app = make_app(PACKET, db, policy)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_single(app, pilot)
        app.current.set_leaf("recent_imaging_without_change", "met", "prior MRS")
        await pilot.pause()
        await pilot.press("u")
        await pilot.pause()
        assert app.current.assessment.outcome == "meets_criteria"
        assert [e.action for e in AuditStore(db).events(app.current.case_id)] == ["set_leaf", "undo"]


@sync
async def test_decision_refused_while_evidence_is_unreviewed(db, policy):
    app = make_app(PACKET, db, policy)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_single(app, pilot)
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DecisionDialog)
        await pilot.click("#ok")
        await pilot.pause()
        assert isinstance(app.screen, CaseScreen)
        assert app.current.decision is None
        assert AuditStore(db).decisions(app.current.case_id) == []
        assert any("refused" in n.message for n in app._notifications)


@sync
async def test_review_everything_then_decide_writes_the_summary(db, policy):
    app = make_app(PACKET, db, policy)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_single(app, pilot)
        state = app.current
        while state.unreviewed_evidence():
            await pilot.press("n", "c")
        await pilot.press("d")
        await pilot.pause()
        await pilot.click("#kind-refer_to_physician_reviewer")
        await pilot.click("#ok")  # differs from the recommendation: a reason is needed
        await pilot.pause()
        assert isinstance(app.screen, DecisionDialog)
        app.screen.query_one("#reason").value = "treatment history needs a physician"
        await pilot.pause(0.2)  # the button's press animation ends before the next press counts
        await pilot.click("#ok")
        await pilot.pause()
        assert state.decision.kind == "refer_to_physician_reviewer"
        (decision,) = AuditStore(db).decisions(state.case_id)
        summary = json.loads(Path(decision.summary_json).read_text())
        assert summary["decision"]["reason"] == "treatment history needs a physician"
        assert "physician_referral" in summary["drafts"]
        assert "DECIDED" in str(app.screen.query_one("#outcome").render())


@sync
async def test_reopening_shows_the_same_state(db, policy):
    app = make_app(PACKET, db, policy)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_single(app, pilot)
        await pilot.press("c")
        app.current.set_leaf("glioma_grading", "unknown", "pathology pending")
        app.current.add_evidence("monitoring_need", "request_form.txt", 1, "", note="plan depends on result")
        await pilot.pause()
        overrides, criteria = app.current.overrides, app.current.assessment.criteria
        labels = {cid: str(node.label) for cid, node in screen.query_one("#criteria")._criterion_nodes.items()}
    again = make_app(PACKET, db, policy)
    async with again.run_test(size=(80, 24)) as pilot:
        screen = await open_single(again, pilot)
        assert again.current.overrides == overrides
        assert again.current.assessment.criteria == criteria
        assert {cid: str(node.label) for cid, node in screen.query_one("#criteria")._criterion_nodes.items()} == labels


@sync
async def test_second_reviewer_is_told_and_opens_read_only(db, policy):
    first = make_app(PACKET, db, policy, reviewer="ana")
    async with first.run_test(size=(80, 24)) as pilot:
        await open_single(first, pilot)
        case_id = first.current.case_id
        first.current.close = lambda: None  # ana's session "crashes" holding the lock
    second = make_app(PACKET, db, policy, reviewer="ben")
    async with second.run_test(size=(80, 24)) as pilot:
        await settle(second, pilot)
        assert isinstance(second.screen, LockedDialog)
        assert "ana" in str(second.screen.query_one(".dialog-prompt").render())
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(second.screen, CaseScreen) and second.current.read_only
        await pilot.press("c")
        await pilot.pause()
        assert AuditStore(db).events(case_id) == []
        assert "READ-ONLY" in str(second.screen.query_one("#outcome").render())


@sync
async def test_help_screen_and_palette_commands(db, policy):
    app = make_app(PACKET, db, policy)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_single(app, pilot)
        titles = [command.title for command in app.get_system_commands(screen)]
        assert {"Confirm evidence", "Reject evidence", "Set criterion status", "Attach evidence", "Undo",
                "Decide"} <= set(titles)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, CaseScreen)


@sync
async def test_usable_at_a_large_size(db, policy):
    app = make_app(PACKET, db, policy)
    async with app.run_test(size=(200, 60)) as pilot:
        screen = await open_single(app, pilot)
        assert screen.query_one("#criteria").size.width >= 40
        assert screen.query_one("#document").size.height >= 20


# ---- a killed process loses nothing -------------------------------------------------

DRIVER = """
import asyncio, sys
from assistant.tui.app import build_app

async def main():
    app = build_app(sys.argv[1], reviewer="ana", db=sys.argv[2])
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause(); await pilot.pause()
        await pilot.press("c")
        await pilot.press("x", *"misread", "enter")
        app.current.set_leaf("glioma_grading", "unknown", "pathology pending")
        await pilot.pause()
        print("ACTIONS DONE", len(app.current.history), flush=True)
        await asyncio.sleep(600)

asyncio.run(main())
"""


def test_a_killed_review_session_loses_nothing(db, policy):
    from assistant.review_state import ReviewState
    from assistant.service import extract_packet

    process = subprocess.Popen([sys.executable, "-c", DRIVER, str(PACKET), str(db)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + 120
        line = ""
        while time.monotonic() < deadline and "ACTIONS DONE" not in line:
            line = process.stdout.readline()
            if not line and process.poll() is not None:
                pytest.fail(f"driver exited: {process.stderr.read()[-2000:]}")
        assert "ACTIONS DONE 3" in line
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    store = AuditStore(db)
    (case,) = store.cases()
    assert [e.action for e in store.events(case.id)] == ["confirm", "reject", "set_leaf"]
    assert case.state == "in_progress" and case.lock_holder == "ana"
    state = ReviewState.open(store, case.id, case.path, extract_packet(PACKET), policy, reviewer="ana")
    assert not state.read_only  # the same reviewer takes the stale lock back
    assert len(state.overrides.confirmed_findings) == 1 and len(state.overrides.rejected_findings) == 1
    assert state.leaf_override("glioma_grading").reason == "pathology pending"
