"""The command line as a user runs it: exit codes, one-line errors, JSON that validates."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "assistant" / "assessment.schema.json").read_text())

FORM = """PRIOR AUTHORIZATION REQUEST FORM
Date of Request: 10/15/2025
Member DOB: 03/14/1971
CPT Code(s): 76390
ICD-10: C71.1
Body Part: Brain
Ordering Provider: Dana Whitfield, MD
"""
REPORT = """EXAM: MRI BRAIN WITH AND WITHOUT CONTRAST (CPT 70553)
Date of exam: 10/02/2025
CLINICAL HISTORY: Glioblastoma s/p resection and chemoradiation.
IMPRESSION: New enhancing focus, indeterminate for tumor recurrence versus radiation necrosis.
"""


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=300)


@pytest.fixture()
def packet(tmp_path):
    folder = tmp_path / "packet"
    folder.mkdir()
    (folder / "form.txt").write_text(FORM)
    (folder / "radiology.txt").write_text(REPORT)
    return folder


def test_assess_json_validates_against_schema(packet):
    result = run("assess", str(packet), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["outcome"] == "meets_criteria"
    assert data["request"]["request_date"] == "2025-10-15"
    for finding in data["findings"]:
        page_text = (packet / finding["document"]).read_text()
        assert page_text[finding["start"]:finding["end"]] == finding["text"]


def test_assess_request_date_option(packet):
    data = json.loads(run("assess", str(packet), "--json", "--request-date", "2025-12-01").stdout)
    assert data["request"]["request_date"] == "2025-12-01"


def test_assess_tree_output(packet):
    result = run("assess", str(packet))
    assert result.returncode == 0
    assert "conventional_imaging_inconclusive" in result.stdout
    assert "Recommendation: approve" in result.stdout


def test_extract_table_and_json(packet):
    table = run("extract", str(packet))
    assert table.returncode == 0 and "imaging_inconclusive" in table.stdout
    data = json.loads(run("extract", str(packet), "--json").stdout)
    assert {"packet", "request", "findings"} <= set(data)


def test_missing_path_is_one_line_exit_2(tmp_path):
    result = run("assess", str(tmp_path / "nope"), "--json")
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_bad_request_date_is_one_line_exit_2(packet):
    result = run("assess", str(packet), "--request-date", "15/10/2025")
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr and "Traceback" not in result.stderr


def test_help_explains_commands():
    result = run("--help")
    assert result.returncode == 0
    assert "assess" in result.stdout and "extract" in result.stdout
