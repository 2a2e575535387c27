"""Gold-standard comparison: span-level precision/recall per concept and per
assertion attribute, and case-level agreement (outcome, request date, leaves).

Gold spans name a quote and its occurrence on a page; offsets are resolved
against the page text as ingested, with whitespace runs collapsed, so a quote
can cross a PDF line break.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from extractors.types import Finding, Packet

ATTRIBUTES = ("negated", "uncertain", "historical", "hypothetical", "family")


@dataclass(frozen=True)
class GoldSpan:
    document: str
    page: int
    text: str
    concept: str
    assertion: dict[str, bool]
    start: int | None = None
    end: int | None = None


@dataclass
class GoldCase:
    case: str
    path: Path
    data: dict
    spans: list[GoldSpan] = field(default_factory=list)


def load_gold(gold_file: str | Path, packet_root: str | Path | None = None) -> GoldCase:
    gold_file = Path(gold_file)
    data = json.loads(gold_file.read_text(encoding="utf-8"))
    root = Path(packet_root) if packet_root else gold_file.parent.parent
    spans = [GoldSpan(document=s["document"], page=int(s.get("page", 1)), text=s["text"], concept=s["concept"],
                      assertion={k: bool(s.get("assertion", {}).get(k, False)) for k in ATTRIBUTES},
                      start=s.get("occurrence", 0), end=None)
             for s in data.get("spans", [])]
    return GoldCase(case=data["case"], path=root / data["case"], data=data, spans=spans)


def _whitespace_pattern(quote: str) -> re.Pattern:
    parts = [re.escape(part) for part in quote.split()]
    return re.compile(r"\s+".join(parts))


def resolve_spans(gold: GoldCase, packet: Packet) -> tuple[list[GoldSpan], list[str]]:
    """Gold spans with character offsets into the ingested page text; problems listed, not raised."""
    pages = {(d.name, p.number): p.text for d in packet.documents for p in d.pages}
    resolved, problems = [], []
    for span in gold.spans:
        text = pages.get((span.document, span.page))
        if text is None:
            problems.append(f"{gold.case}: no page {span.document} p{span.page}")
            continue
        occurrence = span.start or 0
        matches = list(_whitespace_pattern(span.text).finditer(text))
        if len(matches) <= occurrence:
            problems.append(f"{gold.case}: quote not found: {span.document} p{span.page} {span.text!r}")
            continue
        m = matches[occurrence]
        resolved.append(GoldSpan(span.document, span.page, span.text, span.concept, span.assertion, m.start(), m.end()))
    return resolved, problems


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class SpanScores:
    by_concept: dict[str, Counts]
    attributes: dict[str, Counts]  # on matched spans: attribute true in gold vs. predicted
    errors: list[dict]

    def total(self) -> Counts:
        total = Counts()
        for counts in self.by_concept.values():
            total.tp += counts.tp
            total.fp += counts.fp
            total.fn += counts.fn
        return total


def match_spans(findings: list[Finding], gold: list[GoldSpan], *, strict: bool = False,
                concepts: set[str] | None = None, case: str = "") -> SpanScores:
    """Greedy one-to-one matching of findings to gold spans of the same concept on the same page."""
    concepts = concepts if concepts is not None else {g.concept for g in gold} | {f.concept for f in findings}
    by_concept: dict[str, Counts] = {}
    attributes = {name: Counts() for name in ATTRIBUTES}
    errors: list[dict] = []
    used: set[int] = set()
    candidates = [f for f in findings if f.concept in concepts]
    for span in gold:
        if span.concept not in concepts:
            continue
        counts = by_concept.setdefault(span.concept, Counts())
        best = None
        for index, finding in enumerate(candidates):
            if index in used or finding.concept != span.concept or finding.document != span.document \
                    or finding.page != span.page:
                continue
            if strict:
                hit = finding.start == span.start and finding.end == span.end
            else:
                hit = finding.start < span.end and span.start < finding.end
            if hit:
                best = index
                break
        if best is None:
            counts.fn += 1
            errors.append({"case": case, "kind": "missed", "concept": span.concept, "document": span.document,
                           "page": span.page, "text": span.text})
            continue
        used.add(best)
        counts.tp += 1
        finding = candidates[best]
        predicted = finding.assertion.as_dict()
        for name in ATTRIBUTES:
            gold_value, predicted_value = span.assertion[name], predicted[name]
            if gold_value and predicted_value:
                attributes[name].tp += 1
            elif predicted_value and not gold_value:
                attributes[name].fp += 1
            elif gold_value and not predicted_value:
                attributes[name].fn += 1
            if gold_value != predicted_value:
                errors.append({"case": case, "kind": f"assertion:{name}", "concept": span.concept,
                               "document": span.document, "page": span.page, "text": span.text,
                               "gold": gold_value, "predicted": predicted_value, "sentence": finding.sentence})
    for index, finding in enumerate(candidates):
        if index not in used:
            by_concept.setdefault(finding.concept, Counts()).fp += 1
            errors.append({"case": case, "kind": "spurious", "concept": finding.concept, "document": finding.document,
                           "page": finding.page, "text": finding.text, "sentence": finding.sentence})
    return SpanScores(by_concept=by_concept, attributes=attributes, errors=errors)


def merge_scores(scores: list[SpanScores]) -> SpanScores:
    merged = SpanScores(by_concept={}, attributes={name: Counts() for name in ATTRIBUTES}, errors=[])
    for score in scores:
        for concept, counts in score.by_concept.items():
            target = merged.by_concept.setdefault(concept, Counts())
            target.tp += counts.tp
            target.fp += counts.fp
            target.fn += counts.fn
        for name, counts in score.attributes.items():
            target = merged.attributes[name]
            target.tp += counts.tp
            target.fp += counts.fp
            target.fn += counts.fn
        merged.errors.extend(score.errors)
    return merged


def gold_concepts() -> set[str]:
    """The concepts the gold annotates (lexicons/concepts.json); internal helper concepts are not scored."""
    from extractors.lexicon import load_json

    return {entry["name"] for entry in load_json("concepts.json")["concepts"]}


def case_disagreements(gold: GoldCase, assessment) -> list[str]:
    """Where the assessment differs from the case-level gold: outcome, request date, leaves."""
    problems = []
    data = gold.data
    if data.get("outcome") and assessment.outcome != data["outcome"]:
        problems.append(f"outcome: gold {data['outcome']}, got {assessment.outcome}")
    if data.get("request_date") and assessment.request.request_date != data["request_date"]:
        problems.append(f"request_date: gold {data['request_date']}, got {assessment.request.request_date}")
    for leaf, status in (data.get("leaves") or {}).items():
        got = assessment.criteria.get(leaf)
        if got is None:
            problems.append(f"{leaf}: not a criterion of the policy")
        elif got.status != status:
            problems.append(f"{leaf}: gold {status}, got {got.status} ({got.rationale[:160]})")
    return problems
