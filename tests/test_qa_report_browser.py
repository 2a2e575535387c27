"""The evaluation report opens in a real browser: headless Chromium (Debian package
``chromium``) parses it and draws it. Its DOM holds the per-concept bars and the outcome
confusion matrix with the right figures, note text stays text, and its screenshot is a
drawn page in the report's own bar and matrix colours, not a blank one.

Chromium runs with a throwaway profile and home, no network (every host resolves nowhere,
every request goes to a dead proxy), and a hard timeout that kills its whole process group.
Skipped when no Chromium is installed, except under .ci/run, which installs it and sets
MRS_REVIEW_REQUIRE_BROWSER=1 so a missing browser fails instead of skipping."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from assistant.qa_report import LENIENT_COLOUR, STRICT_COLOUR, evaluation_html

CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome")
                 if shutil.which(name)), None)
TIMEOUT = 90  # seconds for one Chromium run; it takes about 1 s here


@pytest.fixture
def chromium(tmp_path):
    """Run headless Chromium on a page; returns (stdout, returncode)."""
    if CHROMIUM is None:
        if os.environ.get("MRS_REVIEW_REQUIRE_BROWSER") == "1":
            pytest.fail("no Chromium although MRS_REVIEW_REQUIRE_BROWSER=1 (apt-get install chromium)")
        pytest.skip("no headless Chromium (apt-get install chromium; .ci/run installs it)")
    home = tmp_path / "chromium-home"
    home.mkdir()

    def run(*args: str) -> subprocess.CompletedProcess:
        command = [CHROMIUM, "--headless", f"--user-data-dir={home / 'profile'}",
                   # the page is our own script-free file and the network is off; Chromium refuses to
                   # start as root with its sandbox, and containers often lack the namespaces it needs
                   "--no-sandbox",
                   "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check",
                   "--hide-scrollbars", "--force-device-scale-factor=1", "--force-color-profile=srgb",
                   # no network at all
                   "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=http://127.0.0.1:9",
                   "--proxy-bypass-list=<-loopback>", "--disable-background-networking",
                   "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-breakpad",
                   *args]
        env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
               "XDG_CACHE_HOME": str(home / ".cache")}
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                                   start_new_session=True)
        try:
            stdout, stderr = process.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # the launcher and every renderer it started
            process.communicate()
            pytest.fail(f"Chromium took over {TIMEOUT} s: {' '.join(args)}")
        return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)

    return run


class _Svgs(HTMLParser):
    """Each <svg> of the page: its aria-label, its <rect>s (attributes plus <title> text) and texts."""

    def __init__(self):
        super().__init__()
        self.svgs: list[dict] = []
        self.tables = 0
        self._in_svg = False
        self._title: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self.tables += 1
        elif tag == "svg":
            self._in_svg = True
            self.svgs.append({"label": attrs.get("aria-label"), "rects": [], "texts": []})
        elif self._in_svg and tag == "rect":
            self.svgs[-1]["rects"].append(dict(attrs, title=""))
        elif self._in_svg and tag == "title":
            self._title = []
        elif self._in_svg and tag == "text":
            self.svgs[-1]["texts"].append("")

    def handle_endtag(self, tag):
        if tag == "svg":
            self._in_svg = False
        elif tag == "title" and self._title is not None:
            self.svgs[-1]["rects"][-1]["title"] = "".join(self._title)
            self._title = None

    def handle_data(self, data):
        if self._title is not None:
            self._title.append(data)
        elif self._in_svg and self.svgs[-1]["texts"]:
            self.svgs[-1]["texts"][-1] += data


def _svgs(dom: str) -> _Svgs:
    parser = _Svgs()
    parser.feed(dom)
    return parser


def _confusion_cells(svg: dict) -> dict[tuple[str, str], int]:
    cells = {}
    for rect in svg["rects"]:
        found = re.fullmatch(r"gold (\w+), predicted (\w+): (\d+)", rect["title"])
        if found:
            cells[found[1], found[2]] = int(found[3])
    return cells


def _bar_widths(svg: dict) -> dict[str, list[float]]:
    widths: dict[str, list[float]] = {}
    for rect in svg["rects"]:
        label = rect["title"].rsplit(":", 1)[0]
        widths.setdefault(label, []).append(float(rect["width"]))
    return widths


def _colour_share(png: Path, colour: str, tolerance: int = 8) -> float:
    """Share of the screenshot's pixels within ``tolerance`` of ``colour`` (#rrggbb)."""
    from PIL import Image  # Pillow comes with pdfplumber, a dependency

    target = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
    image = Image.open(png).convert("RGB")
    pixels = list(image.getdata())
    near = sum(1 for pixel in pixels if all(abs(a - b) <= tolerance for a, b in zip(pixel, target)))
    return near / len(pixels)


def _non_white_share(png: Path) -> float:
    from PIL import Image

    image = Image.open(png).convert("L")
    pixels = list(image.getdata())
    return sum(1 for value in pixels if value < 240) / len(pixels)


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


def test_report_renders_in_headless_chromium_with_charts_and_escaped_text(chromium, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(evaluation_html(RESULT), encoding="utf-8")
    run = chromium("--dump-dom", page.as_uri())
    assert run.returncode == 0, run.stderr[-2000:]
    dom = run.stdout
    assert "<title>Extraction QA</title>" in dom and "</html>" in dom
    assert "&lt;b&gt;odd&lt;/b&gt;" in dom and "<b>odd</b>" not in dom  # note text never becomes markup
    assert "02_x" in dom and "r &lt;1&gt;.txt" in dom
    parsed = _svgs(dom)
    assert [svg["label"] for svg in parsed.svgs] == ["bar chart", "bar chart", "outcome confusion matrix"]
    assert parsed.tables == 4  # concepts, attributes, leaves, errors

    concept_bars = _bar_widths(parsed.svgs[0])
    assert set(concept_bars) == {"glial_neoplasm", "imaging_inconclusive"}
    full = concept_bars["glial_neoplasm"][0]  # strict F1 1.0 is a full-length bar
    assert full > 100 and concept_bars["glial_neoplasm"] == [full, full]
    assert concept_bars["imaging_inconclusive"] == [pytest.approx(full / 2, abs=0.1), full]  # strict 0.5, lenient 1.0

    cells = _confusion_cells(parsed.svgs[2])
    assert len(cells) == 9
    assert cells == {(gold, predicted): count for gold, row in RESULT["case"]["outcome_confusion"].items()
                     for predicted, count in row.items()}
    assert parsed.svgs[2]["texts"].count("1") == 2 and parsed.svgs[2]["texts"].count("0") == 7

    screenshot = tmp_path / "report.png"
    run = chromium(f"--screenshot={screenshot}", "--window-size=1200,1600", page.as_uri())
    assert run.returncode == 0 and screenshot.exists(), run.stderr[-2000:]
    assert screenshot.read_bytes().startswith(b"\x89PNG")
    from PIL import Image

    assert Image.open(screenshot).size == (1200, 1600)
    assert _non_white_share(screenshot) > 0.02  # a drawn page, not a blank one
    assert _colour_share(screenshot, LENIENT_COLOUR) > 0.002  # the lenient F1 bars were painted
    assert _colour_share(screenshot, STRICT_COLOUR) > 0.0005  # and the strict ones


def test_the_report_of_the_sample_notes_opens_with_every_case_in_its_matrix(chromium, tmp_path):
    """The real report, as `mrs-review evaluate sample_notes --report` writes it."""
    from assistant.cli import main
    from conftest import GOLD, SAMPLES

    cases = len(list(GOLD.glob("*.json")))
    if not cases:
        pytest.skip("no sample gold yet")
    page = tmp_path / "qa.html"
    assert main(["evaluate", str(SAMPLES), "-q", "--report", str(page)]) in (0, 1)
    source = page.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", source)  # self-contained: nothing to fetch
    run = chromium("--dump-dom", page.as_uri())
    assert run.returncode == 0, run.stderr[-2000:]
    parsed = _svgs(run.stdout)
    labels = [svg["label"] for svg in parsed.svgs]
    assert labels == ["bar chart", "bar chart", "outcome confusion matrix"]
    assert sum(_confusion_cells(parsed.svgs[2]).values()) == cases
    concept_bars = _bar_widths(parsed.svgs[0])
    assert len(concept_bars) >= 5 and all(len(widths) == 2 for widths in concept_bars.values())
    assert any(width > 0 for widths in concept_bars.values() for width in widths)
