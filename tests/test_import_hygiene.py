"""Only assistant/tui imports Textual: the core and the CLI load without it (Harlequin's subprocess check)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHECK = """
import sys
import assistant.evaluate, assistant.review_state, assistant.audit, assistant.decision, assistant.cli
assistant.cli.build_parser()  # registers `review` through assistant.tui.command
loaded = sorted(name for name in sys.modules if name == "textual" or name.startswith("textual."))
print(",".join(loaded))
"""


def test_core_and_cli_do_not_import_textual():
    result = subprocess.run([sys.executable, "-c", CHECK], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_review_command_is_registered_without_textual():
    result = subprocess.run([sys.executable, "-m", "assistant.cli", "review", "--help"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "--reviewer" in result.stdout and "--db" in result.stdout


def test_review_of_a_missing_path_is_one_line_and_exit_2(tmp_path):
    result = subprocess.run([sys.executable, "-m", "assistant.cli", "review", str(tmp_path / "nope"),
                             "--db", str(tmp_path / "r.db")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "no such packet" in result.stderr
