"""Snapshots of the queue, the case screen (with and without the chat pane) and the decision dialog
(pytest-textual-snapshot).

Update after an intended change: ``pytest tests/test_tui_snapshots.py --snapshot-update``."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

pytest.importorskip("pytest_textual_snapshot")

from assistant.policy import load_policy  # noqa: E402
from assistant.tui.app import build_app  # noqa: E402

PACKET = Path(__file__).resolve().parent / "data" / "review_packet"
TODAY = dt.date(2025, 11, 20)


@pytest.fixture(scope="module")
def policy():
    return load_policy()


def app_for(path, tmp_path, policy):
    return build_app(path, reviewer="ana", db=tmp_path / "review.db", policy=policy, out=tmp_path / "out", today=TODAY)


async def assessed(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def test_queue_snapshot(snap_compare, tmp_path, policy):
    queue = tmp_path / "queue"
    for name in ("01_glioblastoma_followup", "02_glioblastoma_copy"):
        shutil.copytree(PACKET, queue / name)
    (queue / "03_form_only").mkdir()
    (queue / "03_form_only" / "request.txt").write_text(
        "PRIOR AUTHORIZATION REQUEST\nDate of request: 09/01/2025\nMember name: Ruth Ames\nCPT code: 76390\n")
    assert snap_compare(app_for(queue, tmp_path, policy), terminal_size=(80, 24), run_before=assessed)


def test_case_screen_snapshot(snap_compare, tmp_path, policy):
    assert snap_compare(app_for(PACKET, tmp_path, policy), terminal_size=(80, 24), run_before=assessed)


def test_case_screen_large_snapshot(snap_compare, tmp_path, policy):
    async def override(pilot):
        await assessed(pilot)
        pilot.app.current.confirm(pilot.app.current.unreviewed_evidence()[0])
        pilot.app.current.set_leaf("glioma_grading", "unknown", "pathology pending")
        await pilot.pause()

    assert snap_compare(app_for(PACKET, tmp_path, policy), terminal_size=(160, 48), run_before=override)


def test_decision_dialog_snapshot(snap_compare, tmp_path, policy):
    async def review_then_decide(pilot):
        await assessed(pilot)
        state = pilot.app.current
        state.set_leaf("conventional_imaging_inconclusive", "unknown", "MRI impression missing")
        while state.unreviewed_evidence():
            state.confirm(state.unreviewed_evidence()[0])
        await pilot.press("d")
        await pilot.pause()

    assert snap_compare(app_for(PACKET, tmp_path, policy), terminal_size=(80, 24), run_before=review_then_decide)


def test_case_screen_chat_snapshot(snap_compare, tmp_path, policy):
    # "help", not "start": its answer is fixed text, so a change in what the extractors find does not move this
    # snapshot; the panes following a guided review are checked in tests/test_tui_chat.py
    async def ask_for_help(pilot):
        await assessed(pilot)
        pilot.app.screen.query_one("#chat-input").cursor_blink = False  # a blinking cursor is a coin toss
        await pilot.press("t", *"help", "enter")  # the chat opens under the panes, its input focused
        await pilot.pause()
        await pilot.pause()

    assert snap_compare(app_for(PACKET, tmp_path, policy), terminal_size=(80, 24), run_before=ask_for_help)
