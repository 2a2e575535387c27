"""The NegEx/ConText yardstick (../shared/extdata/negex): the harness, and our assertion
detection at least as good as medspaCy's default ConText on negation over the full file."""
from __future__ import annotations

import json

import pytest

from assistant.qa import NegexRow, condition_span, negex_scores, negex_summary, read_negex, run_negex
from conftest import SHARED

NEGEX = SHARED / "extdata" / "negex" / "rsAnnotations-1-120-random.txt"
needs_data = pytest.mark.skipif(not NEGEX.exists(), reason="../shared/extdata/negex not present")


def row(sentence, condition, negated=False, historical=False, hypothetical=False, family=False):
    return NegexRow(1, condition, sentence, negated, historical, hypothetical, family)


def test_condition_is_found_case_insensitively_across_whitespace_runs():
    sentence = "Extremities reveal no peripheral cyanosis or EDEMA."
    assert sentence[slice(*condition_span(sentence, "edema"))] == "EDEMA"
    sentence = "There are no ACUTE   FRACTURES here."
    assert sentence[slice(*condition_span(sentence, "acute fractures"))] == "ACUTE   FRACTURES"


def test_a_condition_running_past_its_sentence_falls_back_to_its_longest_part():
    sentence = "Neck:  Supple."
    assert sentence[slice(*condition_span(sentence, "Neck:  Supple.  No lymphadenopathy"))] == "Neck:  Supple."


def test_scores_of_a_known_table():
    rows = [row("a", "a", negated=True), row("b", "b", negated=True), row("c", "c"), row("d", "d", family=True)]
    predicted = [{"negated": True, "historical": False, "hypothetical": False, "family": False},
                 {"negated": False, "historical": False, "hypothetical": False, "family": False},
                 {"negated": True, "historical": False, "hypothetical": False, "family": False},
                 {"negated": False, "historical": False, "hypothetical": False, "family": True}]
    scores = negex_scores(rows, predicted)
    assert scores["negated"]["precision"] == 0.5 and scores["negated"]["recall"] == 0.5
    assert scores["negated"]["support"] == 2
    assert scores["family"]["f1"] == 1.0
    assert scores["accuracy"] == 0.5  # rows 1 and 4 have every flag right
    assert scores["negation_accuracy"] == 0.5


def test_our_pipeline_on_a_few_sentences(nlp):
    rows = [row("She was not LIGHTHEADED at all.", "lightheaded", negated=True),
            row("GENERAL: She is not in any ACUTE DISTRESS.", "acute distress", negated=True),
            row("She will alert the physician if any of the following are noted: NOSEBLEEDS.", "nosebleeds",
                hypothetical=True),
            row("MRI showed no biliary dilatation and positive for CHOLECYSTOLITHIASIS.", "cholecystolithiasis"),
            row("History of HYPERTENSION.", "hypertension", historical=True)]
    predictions = run_negex(rows, nlp=nlp)
    assert [flags["negated"] for flags in predictions["ours"]] == [True, True, False, False, False]
    assert predictions["ours"][2]["hypothetical"]
    assert predictions["ours"][4]["historical"]


@needs_data
def test_the_file_reads_as_2376_rows_with_report_numbers():
    rows = read_negex(NEGEX, NEGEX.with_name("Annotations-1-120.txt"))
    assert len(rows) == 2376
    assert sum(r.negated for r in rows) == 491 and sum(r.historical for r in rows) == 257
    assert sum(r.hypothetical for r in rows) == 56 and sum(r.family for r in rows) == 6
    assert sum(r.report is not None for r in rows) >= 2360


@needs_data
def test_negation_f1_at_least_medspacys_default_on_the_full_file(nlp):
    rows = read_negex(NEGEX)
    summary = negex_summary(rows, run_negex(rows, nlp=nlp))
    assert set(summary) == {"accuracy", "negated", "historical", "hypothetical", "family", "baseline"}
    assert set(summary["negated"]) == {"precision", "recall", "f1", "support"}
    assert summary["negated"]["f1"] >= summary["baseline"]["negated"]["f1"]
    assert summary["historical"]["f1"] >= summary["baseline"]["historical"]["f1"]
    assert summary["negated"]["support"] == 491


@needs_data
def test_evaluate_negex_json_prints_exactly_the_documented_keys(capsys):
    from assistant.cli import main

    assert main(["evaluate", "--negex", str(NEGEX), "--json", "--reports", "61-70"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert list(summary) == ["accuracy", "negated", "historical", "hypothetical", "family", "baseline"]
    assert list(summary["baseline"]) == ["accuracy", "negated", "historical", "hypothetical", "family"]
