"""Every sample packet against its gold: case level (outcome, request date, every unambiguous leaf)
and span level (precision/recall per concept and per assertion attribute, with recorded floors)."""
from __future__ import annotations

from functools import lru_cache

import pytest

from assistant.evaluate import evaluate
from assistant.policy import load_policy
from assistant.qa import case_disagreements, gold_concepts, load_gold, match_spans, merge_scores, resolve_spans
from conftest import GOLD, SAMPLES, sample_cases  # noqa: E402

CASES = sample_cases()

# Floors recorded from the levels reached (lenient = overlapping span, same concept, document and page).
# Raise them as the extractor improves; never lower them.
# Reached on 2026-11-25 (15 packets): overall P 0.913, R 0.821; later the same day P 0.915, R 0.842
# (wrapped terms, contained MRS mentions, hedged inconclusive wording marked uncertain); then 19 packets
# (16-19 written blind to the rules): P 0.933, R 0.903. No floor was lowered.
MIN_OVERALL = {"precision": 0.93, "recall": 0.9}
MIN_PER_CONCEPT_F1: dict[str, float] = {
    "conventional_imaging": 0.95, "imaging_inconclusive": 0.82, "imaging_conclusive": 0.82, "glial_neoplasm": 0.96,
    "glioma_grade_question": 0.76, "tumor_grade": 0.96, "intraaxial_tumor": 1.0, "brain_metastasis": 0.9,
    "extraaxial_tumor": 0.96, "brain_tumor": 0.5, "tumor_recurrence": 0.86, "treatment_effect": 0.94,
    "resection": 1.0, "radiation_therapy": 0.97, "chemotherapy": 0.97, "neonatal_hie": 1.0,
    "metabolic_disorder": 1.0, "inherited_metabolic_disorder": 1.0, "mr_spectroscopy": 0.99,
    "symptoms_new_or_worse": 0.8, "symptoms_stable": 0.95, "surveillance_intent": 0.92,
    "renal_insufficiency": 0.86, "claustrophobia": 0.96, "pregnancy": 1.0,
}
MIN_ATTRIBUTE_F1: dict[str, float] = {"negated": 0.93, "uncertain": 0.82, "historical": 0.58, "hypothetical": 0.83,
                                      "family": 0.85}


# Every packet (01-25; 20-25 written blind to the rules after the floors above were set), levels reached
# on 2026-11-25: P 0.952, R 0.883; on 2026-12-03 (29 packets): P 0.960, R 0.902. Raise, never lower.
ALL_MIN_OVERALL = {"precision": 0.958, "recall": 0.9}
ALL_MIN_PER_CONCEPT_F1: dict[str, float] = {
    "conventional_imaging": 0.94, "imaging_inconclusive": 0.85, "imaging_conclusive": 0.89, "glial_neoplasm": 0.97,
    "glioma_grade_question": 0.76, "tumor_grade": 0.96, "intraaxial_tumor": 0.98, "brain_metastasis": 0.9,
    "extraaxial_tumor": 0.96, "brain_tumor": 0.53, "tumor_recurrence": 0.88, "treatment_effect": 0.94,
    "resection": 0.98, "radiation_therapy": 0.92, "chemotherapy": 0.97, "neonatal_hie": 1.0,
    "metabolic_disorder": 0.98, "inherited_metabolic_disorder": 1.0, "mr_spectroscopy": 0.99,
    "symptoms_new_or_worse": 0.82, "symptoms_stable": 0.93, "surveillance_intent": 0.92,
    "renal_insufficiency": 0.88, "claustrophobia": 0.97, "pregnancy": 1.0,
}
ALL_MIN_ATTRIBUTE_F1: dict[str, float] = {"negated": 0.92, "uncertain": 0.81, "historical": 0.55, "hypothetical": 0.81,
                                          "family": 0.85}


@lru_cache(maxsize=None)
def _extraction(case: str):
    from assistant.service import extract_packet

    return extract_packet(SAMPLES / case)


def test_there_are_at_least_twelve_gold_packets():
    assert len(CASES) >= 12
    for case in CASES:
        assert (SAMPLES / case).is_dir(), case


# Known extractor misses, each a real trap the packet sets; fix the extractor, then delete the entry.
KNOWN_MISSES = {
}


@pytest.mark.parametrize("case", [pytest.param(c, marks=pytest.mark.xfail(reason=KNOWN_MISSES[c], strict=True))
                                  if c in KNOWN_MISSES else c for c in CASES])
def test_case_matches_gold(case):
    gold = load_gold(GOLD / f"{case}.json")
    assessment = evaluate(load_policy(), _extraction(case))
    assert case_disagreements(gold, assessment) == []


def test_gold_covers_every_leaf_and_outcome():
    policy = load_policy()
    seen: dict[str, set[str]] = {leaf.id: set() for leaf in policy.leaves()}
    outcomes: dict[str, int] = {}
    for case in CASES:
        gold = load_gold(GOLD / f"{case}.json")
        for leaf, status in gold.data.get("leaves", {}).items():
            seen.setdefault(leaf, set()).add(status)
        outcomes[gold.data["outcome"]] = outcomes.get(gold.data["outcome"], 0) + 1
    never_met = [leaf for leaf, statuses in seen.items() if "met" not in statuses]
    never_other = [leaf for leaf, statuses in seen.items() if not statuses & {"not_met", "unknown"}]
    assert never_met == [] and never_other == []
    assert all(outcomes.get(o, 0) >= 3 for o in ("meets_criteria", "does_not_meet_criteria", "insufficient_information"))


def _span_scores(cases=None):
    concepts = gold_concepts()
    scores, problems = [], []
    for case in cases or CASES:
        gold = load_gold(GOLD / f"{case}.json")
        extraction = _extraction(case)
        spans, unresolved = resolve_spans(gold, extraction.packet)
        problems += unresolved
        scores.append(match_spans(list(extraction.findings), spans, concepts=concepts, case=case))
    return merge_scores(scores), problems


def test_gold_quotes_are_found_in_the_ingested_text():
    _, problems = _span_scores()
    # OCR may garble a quote on an image-only page; anything else is a gold or ingestion error
    assert len(problems) <= 3, problems


def _assert_floors(merged, overall, per_concept, per_attribute):
    total = merged.total()
    assert total.precision >= overall["precision"], total.as_dict()
    assert total.recall >= overall["recall"], total.as_dict()
    for concept, floor in per_concept.items():
        assert merged.by_concept[concept].f1 >= floor, (concept, merged.by_concept[concept].as_dict())
    for attribute, floor in per_attribute.items():
        assert merged.attributes[attribute].f1 >= floor, (attribute, merged.attributes[attribute].as_dict())


def test_span_precision_and_recall_meet_recorded_floors():
    """Packets 01-19, on which these floors were recorded; never lowered."""
    merged, _ = _span_scores(tuple(case for case in CASES if case < "20"))
    _assert_floors(merged, MIN_OVERALL, MIN_PER_CONCEPT_F1, MIN_ATTRIBUTE_F1)


def test_span_scores_on_every_packet_meet_their_floors():
    """Every packet, 20-25 included (written blind to the rules, harder): floors at the levels reached."""
    merged, _ = _span_scores()
    _assert_floors(merged, ALL_MIN_OVERALL, ALL_MIN_PER_CONCEPT_F1, ALL_MIN_ATTRIBUTE_F1)
