"""`mrs-review chat` fed a script on standard input, in a real subprocess, on a real store."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKET = ROOT / "tests" / "data" / "chat_packet"

SCRIPT = """\
# a reviewer's script: questions, a command in words, then a guided review to the end
how old is the patient?
when was the last MRI?
which findings were negated?
purple monkey dishwasher
reject f13: the grading sentence was pasted from another chart
undo
start
""" + "yes\n" * 40 + "approve\nquit\n"


def run_chat(tmp_path, script: str, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant.cli", "chat", str(PACKET), "--db", str(tmp_path / "r.db"),
                           "--reviewer", "ana", "-q", *extra], input=script, capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def test_chat_reads_a_script_from_stdin_and_records_the_review(tmp_path):
    result = run_chat(tmp_path, SCRIPT)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "> how old is the patient?" in out and "54 years" in out and "request_form.txt p1" in out
    assert "I did not understand that, and nothing was changed." in out
    assert "Guided review done. Outcome: meets criteria" in out
    assert "Done: record the decision: approve" in out
    with sqlite3.connect(tmp_path / "r.db") as db:
        actions = [row[0] for row in db.execute("SELECT action FROM audit_events WHERE reviewer = 'ana' ORDER BY id")]
        state = db.execute("SELECT state FROM cases").fetchone()[0]
    assert actions[:2] == ["reject", "undo"] and actions[-1] == "decide" and "confirm" in actions
    assert state == "decided"


def test_chat_reopened_case_resumes_and_refuses_changes_after_the_decision(tmp_path):
    run_chat(tmp_path, SCRIPT)
    again = run_chat(tmp_path, "undo\nquit\n")
    assert again.returncode == 0
    assert "Not done: this case is decided (approve)" in again.stdout


def test_chat_bad_packet_is_one_line_and_exit_2(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "assistant.cli", "chat", str(tmp_path / "missing"), "--db", str(tmp_path / "r.db")],
        capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 2
    assert result.stderr.startswith("mrs-review:") and "Traceback" not in result.stderr


def test_request_records_asks_for_not_met_paperwork_when_nothing_is_unknown(tmp_path):
    """Packet 07 holds only a request form: 'request records' asks for the clinical notes (a not-met
    criterion) instead of answering that nothing is missing."""
    result = subprocess.run([sys.executable, "-m", "assistant.cli", "chat",
                             str(ROOT / "sample_notes" / "07_request_form_only"), "--db", str(tmp_path / "r.db"),
                             "--reviewer", "ana", "-q"], input="start\n" + "yes\n" * 20 + "request records\nyes\nquit\n",
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "No criterion is missing" not in result.stdout
    assert "clinical_documentation_present" in result.stdout or "Clinical notes" in result.stdout
    with sqlite3.connect(tmp_path / "r.db") as db:
        decisions = [row[0] for row in db.execute("SELECT recommendation FROM decisions")]
    assert decisions == ["request_additional_information"]
