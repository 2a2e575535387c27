"""The evaluation report opens in a real browser: headless Chromium (Debian package
``chromium``) parses it, draws it to a PNG, and its DOM holds the drawn charts. Skipped
when no Chromium is installed; .ci/run installs it."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from assistant.qa_report import evaluation_html

CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(name)), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no headless Chromium (apt-get install chromium)")

RESULT = {
    "cases": 2,
    "span": {"strict": {"total": {"tp": 3, "fp": 1, "fn": 1, "precision": 0.75, "recall": 0.75, "f1": 0.75},
                        "by_concept": {"glial_neoplasm": {"tp": 2, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0,
                                                          "f1": 1.0},
                                       "imaging_inconclusive": {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5,
                                                                "recall": 0.5, "f1": 0.5}}},
             "lenient": {"total": {"tp": 4, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0},
                         "by_concept": {"glial_neoplasm": {"tp": 2, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0,
                                                           "f1": 1.0},
                                        "imaging_inconclusive": {"tp": 2, "fp": 0, "fn": 0, "precision": 1.0,
                                                                 "recall": 1.0, "f1": 1.0}}}},
    "assertion": {"matched_spans": 4, "by_attribute": {
        name: {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0, "f1": 1.0, "accuracy": 1.0}
        for name in ("negated", "uncertain", "historical", "hypothetical", "family")}},
    "case": {"outcome_accuracy": 0.5, "leaf_accuracy": 0.9,
             "outcome_confusion": {"meets_criteria": {"meets_criteria": 1, "does_not_meet_criteria": 0,
                                                      "insufficient_information": 1},
                                   "does_not_meet_criteria": {"meets_criteria": 0, "does_not_meet_criteria": 0,
                                                              "insufficient_information": 0},
                                   "insufficient_information": {"meets_criteria": 0, "does_not_meet_criteria": 0,
                                                                "insufficient_information": 0}},
             "by_leaf": {"glioma_grading": {"right": 1, "total": 2, "accuracy": 0.5}},
             "wrong_outcomes": [{"case": "02_x", "gold": "meets_criteria", "predicted": "insufficient_information",
                                 "disagreements": ["glioma_grading: gold met, got unknown"]}],
             "cases": []},
    "errors": [{"case": "02_x", "kind": "missed", "concept": "imaging_inconclusive", "document": "r <1>.txt",
                "page": 1, "text": "equivocal", "snippet": "findings are [equivocal] & <b>odd</b>"}],
    "problems": [],
    "bars": [{"name": "span F1 (lenient)", "value": 1.0, "minimum": 0.8, "passed": True}],
}


def _chromium(*args: str, timeout: int = 60) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                           "--no-first-run", "--hide-scrollbars", *args],
                          capture_output=True, text=True, timeout=timeout)


def test_report_renders_in_headless_chromium_with_charts_and_escaped_text(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(evaluation_html(RESULT), encoding="utf-8")
    dom = _chromium("--dump-dom", page.as_uri()).stdout
    assert dom.count("<svg") >= 3  # per-concept bars, attribute bars, confusion matrix
    assert "&lt;b&gt;odd&lt;/b&gt;" in dom and "<b>odd</b>" not in dom  # note text never becomes markup
    assert "02_x" in dom and "imaging_inconclusive" in dom
    screenshot = tmp_path / "report.png"
    _chromium(f"--screenshot={screenshot}", "--window-size=1200,1600", page.as_uri())
    data = screenshot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 20_000  # a drawn page, not a blank one
