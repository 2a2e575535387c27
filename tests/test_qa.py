"""QA metrics on hand-computed cases, the evaluate command on a tiny packet, qa-report on a review store."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.qa import (Counts, GoldCase, GoldSpan, attribute_accuracy, confusion_matrix, corrections,
                          feedback_summary, match_spans, read_feedback, score_cases)
from extractors.types import Assertion, Finding

FLAGS = ("negated", "uncertain", "historical", "hypothetical", "family")


def finding(concept, start, end, **flags):
    return Finding(id=f"f{start}", concept=concept, text="x" * (end - start), document="d.txt", page=1, start=start,
                   end=end, section=None, date=None, assertion=Assertion(**flags), rule=concept)


def gold_span(concept, start, end, **flags):
    return GoldSpan("d.txt", 1, "x" * (end - start), concept, {name: flags.get(name, False) for name in FLAGS},
                    start, end)


def test_counts_give_precision_recall_f1_of_a_known_table():
    counts = Counts(tp=6, fp=2, fn=4)
    assert counts.precision == pytest.approx(0.75)
    assert counts.recall == pytest.approx(0.6)
    assert counts.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


def test_confusion_matrix_counts_gold_rows_and_predicted_columns():
    pairs = [("a", "a"), ("a", "b"), ("b", "b"), ("b", "b"), ("c", "a")]
    matrix = confusion_matrix(pairs, ("a", "b", "c"))
    assert matrix == {"a": {"a": 1, "b": 1, "c": 0}, "b": {"a": 0, "b": 2, "c": 0}, "c": {"a": 1, "b": 0, "c": 0}}


def test_confusion_matrix_gives_an_unexpected_label_its_own_row():
    assert confusion_matrix([("a", "zz")], ("a",))["zz"] == {"a": 0, "zz": 0}


def test_strict_needs_same_offsets_lenient_an_overlap():
    findings = [finding("tumor", 0, 10), finding("tumor", 20, 25), finding("tumor", 40, 45)]
    gold = [gold_span("tumor", 0, 10), gold_span("tumor", 18, 26), gold_span("tumor", 60, 65)]
    strict = match_spans(findings, gold, strict=True).by_concept["tumor"]
    lenient = match_spans(findings, gold, strict=False).by_concept["tumor"]
    assert (strict.tp, strict.fp, strict.fn) == (1, 2, 2)
    assert (lenient.tp, lenient.fp, lenient.fn) == (2, 1, 1)


def test_a_finding_of_another_concept_is_spurious_and_the_gold_missed():
    scores = match_spans([finding("a", 0, 5)], [gold_span("b", 0, 5)])
    assert (scores.by_concept["a"].fp, scores.by_concept["b"].fn) == (1, 1)
    assert {error["kind"] for error in scores.errors} == {"spurious", "missed"}


def test_assertion_accuracy_and_f1_on_matched_spans():
    # 4 matched spans; negated: gold T,T,F,F  predicted T,F,T,F -> tp 1, fp 1, fn 1, accuracy 2/4
    findings = [finding("c", 0, 5, negated=True), finding("c", 10, 15), finding("c", 20, 25, negated=True),
                finding("c", 30, 35)]
    gold = [gold_span("c", 0, 5, negated=True), gold_span("c", 10, 15, negated=True), gold_span("c", 20, 25),
            gold_span("c", 30, 35)]
    scores = match_spans(findings, gold)
    negated = scores.attributes["negated"]
    assert (negated.tp, negated.fp, negated.fn) == (1, 1, 1)
    assert attribute_accuracy(negated, 4) == 0.5
    assert negated.f1 == pytest.approx(0.5)
    assert attribute_accuracy(scores.attributes["family"], 4) == 1.0


class _Result:
    def __init__(self, status):
        self.status = status
        self.rationale = ""


class _Assessment:
    def __init__(self, outcome, leaves):
        self.outcome = outcome
        self.criteria = {leaf: _Result(status) for leaf, status in leaves.items()}
        self.request = type("Request", (), {"request_date": None})()


def _case(name, gold_outcome, predicted_outcome, gold_leaves, predicted_leaves):
    gold = GoldCase(case=name, path=Path(name), data={"case": name, "outcome": gold_outcome, "leaves": gold_leaves})
    return {"gold": gold, "spans": [], "findings": [], "assessment": _Assessment(predicted_outcome, predicted_leaves)}


def test_case_level_scores_of_three_hand_made_cases():
    cases = [
        _case("c1", "meets_criteria", "meets_criteria", {"x": "met", "y": "unknown"}, {"x": "met", "y": "unknown"}),
        _case("c2", "meets_criteria", "insufficient_information", {"x": "met", "y": "met"},
              {"x": "unknown", "y": "met"}),
        _case("c3", "does_not_meet_criteria", "does_not_meet_criteria", {"x": "not_met"}, {"x": "not_met"}),
    ]
    result = score_cases(cases)["case"]
    assert result["outcome_accuracy"] == pytest.approx(2 / 3, abs=1e-4)
    assert result["outcome_confusion"]["meets_criteria"] == {"meets_criteria": 1, "does_not_meet_criteria": 0,
                                                             "insufficient_information": 1}
    assert result["by_leaf"]["x"] == {"right": 2, "total": 3, "accuracy": pytest.approx(0.6667, abs=1e-4)}
    assert result["leaf_accuracy"] == pytest.approx(4 / 5)
    assert [wrong["case"] for wrong in result["wrong_outcomes"]] == ["c2"]


# ---------------------------------------------------------------- the command on a tiny packet

PACKET_TEXT = """MRI BRAIN WITH AND WITHOUT CONTRAST  Date: 10/02/2025

History: Known glioblastoma, status post resection and radiation therapy.

Findings: Enhancing lesion in the right frontal lobe, indeterminate for recurrence versus radiation necrosis.
No evidence of new metastasis in the brain.
"""


@pytest.fixture()
def gold_dir(tmp_path):
    from assistant.cli import main

    (tmp_path / "01_tiny").mkdir()
    (tmp_path / "01_tiny" / "radiology.txt").write_text(PACKET_TEXT, encoding="utf-8")
    (tmp_path / "gold").mkdir()
    assert main(["evaluate", "--bootstrap", str(tmp_path / "01_tiny"), "--out",
                 str(tmp_path / "gold" / "01_tiny.json"), "-q"]) == 0
    return tmp_path


def test_a_bootstrapped_draft_scores_perfectly_against_its_own_extraction(gold_dir, capsys):
    from assistant.cli import main

    assert main(["evaluate", str(gold_dir), "--json", "-q", "--min-f1", "1.0", "--min-outcome-accuracy", "1.0"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["span"]["strict"]["total"]["f1"] == 1.0
    assert result["case"]["outcome_accuracy"] == 1.0
    assert result["errors"] == []


def test_evaluate_lists_errors_with_snippets_and_exits_1_below_the_bar(gold_dir, capsys):
    from assistant.cli import main

    gold_file = gold_dir / "gold" / "01_tiny.json"
    gold = json.loads(gold_file.read_text())
    gold["spans"] = [span for span in gold["spans"] if span["text"] != "glioblastoma"]
    gold["spans"].append({"document": "radiology.txt", "page": 1, "text": "Enhancing lesion", "occurrence": 0,
                          "concept": "imaging_inconclusive", "assertion": {}})
    gold["outcome"] = "insufficient_information" if gold["outcome"] != "insufficient_information" else "meets_criteria"
    gold_file.write_text(json.dumps(gold))
    report = gold_dir / "report.html"
    code = main(["evaluate", str(gold_dir), "--json", "-q", "--report", str(report), "--min-f1", "0.99"])
    assert code == 1
    result = json.loads(capsys.readouterr().out)
    kinds = {(error["kind"], error["concept"]) for error in result["errors"]}
    assert ("missed", "imaging_inconclusive") in kinds and ("spurious", "glial_neoplasm") in kinds
    missed = next(error for error in result["errors"] if error["kind"] == "missed")
    assert "[Enhancing lesion]" in missed["snippet"] and missed["document"] == "radiology.txt" and missed["page"] == 1
    assert [wrong["case"] for wrong in result["case"]["wrong_outcomes"]] == ["01_tiny"]
    page = report.read_text()
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "Enhancing lesion" in page
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "") and "<script" not in page


def test_markdown_report(gold_dir):
    from assistant.cli import main

    report = gold_dir / "report.md"
    assert main(["evaluate", str(gold_dir), "-q", "--report", str(report)]) == 0
    text = report.read_text()
    assert text.startswith("# ") and "| concept |" in text and "## Outcome confusion" in text


def test_evaluate_on_a_folder_without_gold_is_bad_input(tmp_path, capsys):
    from assistant.cli import main

    assert main(["evaluate", str(tmp_path)]) == 2
    assert "no gold" in capsys.readouterr().err


# ---------------------------------------------------------------- reviewer feedback

@pytest.fixture()
def review_store(tmp_path):
    from assistant.audit import AuditStore

    findings = {
        "f1": {"concept": "imaging_inconclusive", "rule": "versus", "document": "r.txt", "page": 1, "text": "versus"},
        "f2": {"concept": "glial_neoplasm", "rule": "glioblastoma", "document": "r.txt", "page": 1,
               "text": "glioblastoma"},
    }
    path = tmp_path / "review.db"
    times = iter(["2025-10-01T09:00:00", "2025-10-02T09:00:00", "2025-10-03T09:00:00", "2025-10-04T09:00:00",
                  "2025-10-05T09:00:00", "2025-10-06T09:00:00", "2025-10-07T09:00:00"])
    with AuditStore(path, clock=lambda: next(times)) as store:
        store.upsert_case("c1", str(tmp_path / "missing_packet"))
        store.append("c1", "ann", "reject", "f1", before=findings["f1"], reason="not a finding")
        store.append("c1", "ann", "confirm", "f2", before=findings["f2"])
        store.append("c1", "bob", "reject", "f2", before=findings["f2"], reason="mother's")
        store.append("c1", "bob", "undo", "f2")
        store.append("c1", "bob", "add_evidence", "r1",
                     after={"id": "r1", "criterion": "new_or_worsening_symptoms", "document": "r.txt", "page": 1,
                            "text": "new seizures"})
    return path


def test_feedback_counts_per_concept_and_rule_with_undo(review_store):
    records = read_feedback(review_store, finding_lookup=lambda packet, fid: None)
    summary = feedback_summary(records)
    assert summary["by_concept"]["imaging_inconclusive"] == {"confirmed": 0, "rejected": 1, "added": 0,
                                                             "rejection_rate": 1.0}
    assert summary["by_concept"]["glial_neoplasm"]["confirmed"] == 1
    assert summary["by_concept"]["glial_neoplasm"]["rejected"] == 0  # undone
    assert summary["by_concept"]["leaf:new_or_worsening_symptoms"]["added"] == 1
    assert summary["by_rule"]["versus"]["rejected"] == 1
    assert summary["top_rejected"][0]["text"] == "versus"


def test_feedback_date_range_is_inclusive(review_store):
    records = read_feedback(review_store, since="2025-10-03", until="2025-10-03",  # upsert 10-01, reject f1 10-02, confirm f2 10-03
                            finding_lookup=lambda packet, fid: None)
    assert [(r.kind, r.target) for r in records] == [("confirmed", "f2")]


def test_rejected_findings_export_as_gold_corrections(review_store, tmp_path, capsys):
    from assistant.cli import main

    out = tmp_path / "corrections.jsonl"
    assert main(["qa-report", "--db", str(review_store), "--json", "--export-corrections", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["correction"] for line in lines] == ["rejected_finding", "missed_mention"]
    assert lines[0]["span"] == {"document": "r.txt", "page": 1, "text": "versus", "concept": "imaging_inconclusive"}
    assert json.loads(capsys.readouterr().out)["events"] == 3
    assert corrections([]) == []


def test_qa_report_bad_date_is_bad_input(review_store, capsys):
    from assistant.cli import main

    assert main(["qa-report", "--db", str(review_store), "--since", "yesterday"]) == 2


def test_qa_report_on_a_store_written_by_the_review_workspace(tmp_path, capsys):
    """The review workspace's own ReviewState writes the events; qa-report re-extracts the packet
    to name each finding's concept and rule, and an undo cancels the verdict it undid."""
    from assistant.audit import AuditStore
    from assistant.cli import main
    from assistant.policy import load_policy
    from assistant.review_state import ReviewState
    from assistant.service import extract_packet

    packet = tmp_path / "01_tiny"
    packet.mkdir()
    (packet / "radiology.txt").write_text(PACKET_TEXT, encoding="utf-8")
    extraction = extract_packet(packet)
    by_text = {f.text: f for f in extraction.findings}
    db = tmp_path / "review.db"
    with AuditStore(db) as store:
        state = ReviewState.open(store, "c1", str(packet), extraction, load_policy(), reviewer="ann")
        state.reject(by_text["indeterminate"].id, "not about the imaging")
        state.confirm(by_text["glioblastoma"].id)
        state.reject(by_text["resection"].id, "oops")
        state.undo()
        state.add_evidence("new_or_worsening_symptoms", "radiology.txt", 1, "Enhancing lesion")
    assert main(["qa-report", "--db", str(db), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["by_concept"]["imaging_inconclusive"]["rejected"] == 1
    assert summary["by_concept"]["glial_neoplasm"]["confirmed"] == 1
    assert "resection" not in summary["by_concept"]
    assert summary["by_concept"]["leaf:new_or_worsening_symptoms"]["added"] == 1
    assert summary["top_rejected"][0]["text"] == "indeterminate" and summary["top_rejected"][0]["rule"]


# Bars reached on sample_notes/ (15 packets), a hair below the measured figure: lenient span
# F1 0.8647 (P 0.913, R 0.821) and outcome accuracy 0.8667 (13 of 15) on 2026-11-25.
# These bars are never lowered: raise them as the extractor improves; a change that falls
# below them is a regression to fix, not a bar to move.
# Raised the same day to F1 0.877 and outcome accuracy 1.0 (15 of 15); then 0.918 and 1.0 on 19 packets.
# 29 packets (26-29 blind) on 2026-12-02: F1 0.926 (P 0.958, R 0.897), outcome accuracy 1.0.
# 2026-12-03: F1 0.930 (P 0.960, R 0.902), outcome accuracy 1.0; blind packets b01-b10 in test_blind_packets.py.
SAMPLE_MIN_F1 = 0.93
SAMPLE_MIN_OUTCOME_ACCURACY = 0.99


def test_evaluate_on_sample_notes_reaches_the_recorded_bars(capsys):
    from assistant.cli import main
    from conftest import GOLD, SAMPLES

    if not any(GOLD.glob("*.json")):
        pytest.skip("no sample gold yet")
    code = main(["evaluate", str(SAMPLES), "--json", "-q", "--min-f1", str(SAMPLE_MIN_F1),
                 "--min-outcome-accuracy", str(SAMPLE_MIN_OUTCOME_ACCURACY)])
    assert code == 0, json.loads(capsys.readouterr().out)["bars"]
