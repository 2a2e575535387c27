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


# --------------------------------------------------------------------------------------------
# The public yardstick: the NegEx/ConText test set (Chapman et al.), 2,376 physician-labelled
# sentences, one target condition each. Only assertion detection is measured: the condition's
# span is given, and our sentence splitting, sectionizer and ConText decide its flags.
# --------------------------------------------------------------------------------------------

NEGEX_ATTRIBUTES = ("negated", "historical", "hypothetical", "family")


@dataclass(frozen=True)
class NegexRow:
    line: int
    condition: str
    sentence: str
    negated: bool
    historical: bool
    hypothetical: bool
    family: bool
    report: int | None = None  # report number (1-120) when the report-ordered twin file names it


def _collapse(text: str) -> str:
    return " ".join(text.split()).lower()


def read_negex(path: str | Path, report_file: str | Path | None = None) -> list[NegexRow]:
    """Rows of rsAnnotations-1-120-random.txt (latin-1, tab-separated, one header line).

    The rows carry no report number; when ``report_file`` (Annotations-1-120.txt, the same
    instances in report order) is given, each row takes the report number of its twin there,
    matched on condition and sentence with whitespace and quotes normalised."""
    import csv

    path = Path(path)
    with path.open(encoding="latin-1", newline="") as handle:
        table = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not table or len(table[0]) < 6 or not table[0][0].lower().startswith("line"):
        raise ValueError(f"{path}: not a NegEx annotation file (expected the rsAnnotations header)")
    reports: dict[tuple[str, str], list[int]] = {}
    if report_file is not None and Path(report_file).exists():
        with Path(report_file).open(encoding="latin-1", newline="") as handle:
            for record in list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))[1:]:
                if len(record) >= 3 and record[0].strip().isdigit():
                    key = (_collapse(record[1].strip('"')), _collapse(record[2].strip('"')))
                    reports.setdefault(key, []).append(int(record[0]))
    rows = []
    for record in table[1:]:
        if len(record) < 6 or not record[0].strip():
            continue
        condition, sentence = record[1], record[2]
        candidates = reports.get((_collapse(condition.strip('"')), _collapse(sentence.strip('"'))))
        rows.append(NegexRow(
            line=int(record[0]), condition=condition, sentence=sentence,
            negated=record[3].strip().lower() == "negated",
            historical=record[4].strip().lower() == "historical",
            hypothetical=record[4].strip().lower() in ("not particular", "hypothetical"),
            family=record[5].strip().lower() != "patient",
            report=candidates.pop(0) if candidates else None,
        ))
    return rows


def condition_span(sentence: str, condition: str) -> tuple[int, int]:
    """Character span of the condition in the sentence: case-insensitive, whitespace runs
    collapsed. A few rows' conditions run past their sentence; then the longest run of the
    condition's words found in the sentence stands for it, else the whole sentence."""
    words = condition.split()
    for width in range(len(words), 0, -1):
        for first in range(0, len(words) - width + 1):
            pattern = r"\s+".join(re.escape(word) for word in words[first:first + width])
            found = re.search(pattern, sentence, re.I)
            if found:
                return found.start(), found.end()
    return 0, len(sentence)


def _assert_rows(nlp, rows: list[NegexRow], components: list[str], *, sections: bool) -> list[dict[str, bool]]:
    """Assertion flags for each row's condition with only ``components`` of ``nlp`` run
    (no target matching: the condition is the one entity)."""
    from spacy.tokens import Span

    from extractors.findings import SECTION_ASSERTIONS, section_reaches

    before = [nlp.get_pipe(name) for name in components if name in ("sentencizer", "mrs_line_sentences")]
    after = [nlp.get_pipe(name) for name in components if name not in ("sentencizer", "mrs_line_sentences")]
    predicted = []
    for row in rows:
        doc = nlp.make_doc(row.sentence)
        for component in before:
            doc = component(doc)
        start, end = condition_span(row.sentence, row.condition)
        span = doc.char_span(start, end, label="CONDITION", alignment_mode="expand")
        if span is None:  # pragma: no cover - expand always yields a span for a non-empty range
            span = doc[:]
        doc.ents = [Span(doc, span.start, span.end, label="CONDITION")]
        for component in after:
            doc = component(doc)
        ent = doc.ents[0]
        from_section = None
        if sections:
            # the same section-derived assertions extraction applies (extractors/findings.py)
            title = ent._.section_title
            category = ent._.section_category
            if category in SECTION_ASSERTIONS and title is not None \
                    and section_reaches(doc.text, title.end_char, ent.start_char):
                from_section = SECTION_ASSERTIONS[category]
        predicted.append({
            "negated": bool(ent._.is_negated),
            "historical": bool(ent._.is_historical) or from_section == "historical",
            "hypothetical": bool(ent._.is_hypothetical),
            "family": bool(ent._.is_family) or from_section == "family",
        })
    return predicted


def negex_scores(rows: list[NegexRow], predicted: list[dict[str, bool]]) -> dict:
    """``{"accuracy", "negation_accuracy", "<attribute>": {precision, recall, f1, support, tp, fp, fn}}``.

    accuracy: share of rows whose four flags all agree with the physician;
    negation_accuracy: NegEx's own figure (correct negated + correct affirmed) / total."""
    result: dict = {}
    all_right = sum(1 for row, flags in zip(rows, predicted)
                    if all(getattr(row, name) == flags[name] for name in NEGEX_ATTRIBUTES))
    result["accuracy"] = round(all_right / len(rows), 4) if rows else 0.0
    negation_right = sum(1 for row, flags in zip(rows, predicted) if row.negated == flags["negated"])
    result["negation_accuracy"] = round(negation_right / len(rows), 4) if rows else 0.0
    for name in NEGEX_ATTRIBUTES:
        counts = Counts()
        for row, flags in zip(rows, predicted):
            gold_value, predicted_value = getattr(row, name), flags[name]
            counts.tp += gold_value and predicted_value
            counts.fp += predicted_value and not gold_value
            counts.fn += gold_value and not predicted_value
        support = counts.tp + counts.fn
        # an attribute nobody asserted and nothing predicted: P = R = F1 = 1 by Counts' convention
        result[name] = {"precision": round(counts.precision, 4), "recall": round(counts.recall, 4),
                        "f1": round(counts.f1, 4), "support": support,
                        "tp": counts.tp, "fp": counts.fp, "fn": counts.fn}
    return result


def baseline_context_pipeline():
    """medspaCy's ConText as shipped: spacy.blank("en") + rule sentencizer + default rules."""
    import spacy

    from extractors.pipeline import _skip_quickumls_import, silence_loguru

    silence_loguru()
    _skip_quickumls_import()
    import medspacy  # noqa: F401  (registers medspaCy factories)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("medspacy_context")
    return nlp


OUR_ASSERTION_COMPONENTS = ["sentencizer", "mrs_line_sentences", "medspacy_sectionizer", "medspacy_context"]


def run_negex(rows: list[NegexRow], nlp=None, baseline_nlp=None) -> dict:
    """Our assertion detection and medspaCy's defaults on the same rows, with predictions kept."""
    from extractors.pipeline import get_pipeline

    nlp = nlp or get_pipeline()
    baseline_nlp = baseline_nlp or baseline_context_pipeline()
    ours = _assert_rows(nlp, rows, OUR_ASSERTION_COMPONENTS, sections=True)
    theirs = _assert_rows(baseline_nlp, rows, ["sentencizer", "medspacy_context"], sections=False)
    return {"ours": ours, "baseline": theirs}


def negex_summary(rows: list[NegexRow], predictions: dict) -> dict:
    """The JSON the CLI prints: our scores with the baseline's beside them."""
    ours = negex_scores(rows, predictions["ours"])
    baseline = negex_scores(rows, predictions["baseline"])

    def public(scores: dict) -> dict:
        return {"accuracy": scores["accuracy"],
                **{name: {key: scores[name][key] for key in ("precision", "recall", "f1", "support")}
                   for name in NEGEX_ATTRIBUTES}}

    return {**public(ours), "baseline": public(baseline)}


def negex_errors(rows: list[NegexRow], predicted: list[dict[str, bool]]) -> list[dict]:
    """Every row where a flag disagrees with the physician, for a lexicon author."""
    errors = []
    for row, flags in zip(rows, predicted):
        for name in NEGEX_ATTRIBUTES:
            if getattr(row, name) != flags[name]:
                errors.append({"line": row.line, "report": row.report, "attribute": name,
                               "gold": getattr(row, name), "predicted": flags[name],
                               "condition": row.condition, "sentence": " ".join(row.sentence.split())})
    return errors
