"""Gold-standard comparison: span-level precision/recall per concept and per
assertion attribute, and case-level agreement (outcome, request date, leaves).

Gold spans name a quote and its occurrence on a page; offsets are resolved
against the page text as ingested, with whitespace runs collapsed, so a quote
can cross a PDF line break.
"""
from __future__ import annotations

import json
import re
from contextlib import contextmanager
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
    return load_gold_data(data, root / data["case"])


def load_gold_data(data: dict, packet_path: str | Path) -> GoldCase:
    """A gold case object (sample_notes/README.md) whose packet is at ``packet_path``.
    Until resolved, a span's ``start`` holds its occurrence number."""
    spans = [GoldSpan(document=s["document"], page=int(s.get("page", 1)), text=s["text"], concept=s["concept"],
                      assertion={k: bool(s.get("assertion", {}).get(k, False)) for k in ATTRIBUTES},
                      start=s.get("occurrence", 0), end=None)
             for s in data.get("spans", [])]
    return GoldCase(case=data["case"], path=Path(packet_path), data=data, spans=spans)


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
                           "page": span.page, "text": span.text, "start": span.start, "end": span.end})
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
                               "gold": gold_value, "predicted": predicted_value, "sentence": finding.sentence,
                               "start": span.start, "end": span.end, "rule": finding.rule})
    for index, finding in enumerate(candidates):
        if index not in used:
            by_concept.setdefault(finding.concept, Counts()).fp += 1
            errors.append({"case": case, "kind": "spurious", "concept": finding.concept, "document": finding.document,
                           "page": finding.page, "text": finding.text, "sentence": finding.sentence,
                           "start": finding.start, "end": finding.end, "rule": finding.rule})
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
# A folder of packets with gold: span, assertion and case level scores in one JSON-ready dict.
# --------------------------------------------------------------------------------------------

OUTCOME_LABELS = ("meets_criteria", "does_not_meet_criteria", "insufficient_information")


def confusion_matrix(pairs: list[tuple[str, str]], labels: tuple[str, ...] | list[str]) -> dict[str, dict[str, int]]:
    """``matrix[gold][predicted]`` counts; a label outside ``labels`` gets its own row/column."""
    names = list(labels) + sorted({label for pair in pairs for label in pair} - set(labels))
    matrix = {gold: {predicted: 0 for predicted in names} for gold in names}
    for gold_label, predicted_label in pairs:
        matrix[gold_label][predicted_label] += 1
    return matrix


def attribute_accuracy(counts: Counts, matched: int) -> float:
    """Share of matched spans whose flag agrees with the gold (the disagreements are fp + fn)."""
    return round(1 - (counts.fp + counts.fn) / matched, 4) if matched else 1.0


def snippet(page_text: str, start: int | None, end: int | None, width: int = 70) -> str:
    """The mention in its surroundings, whitespace folded, the mention in [brackets]."""
    if start is None or end is None:
        return ""
    before = " ".join(page_text[max(0, start - width):start].split())
    mention = " ".join(page_text[start:end].split())
    after = " ".join(page_text[end:end + width].split())
    return f"{'…' if start > width else ''}{before} [{mention}] {after}{'…' if end + width < len(page_text) else ''}"


def gold_files(gold_dir: str | Path) -> list[Path]:
    """gold/<case>.json files of a folder laid out like sample_notes/ (or the folder itself if it is gold/)."""
    gold_dir = Path(gold_dir)
    folder = gold_dir / "gold" if (gold_dir / "gold").is_dir() else gold_dir
    return sorted(folder.glob("*.json"))


def score_cases(cases: list[dict], concepts: set[str] | None = None) -> dict:
    """Scores from per-case inputs; pure, so it can be tested on hand-made cases.

    Each case: ``{"gold": GoldCase, "spans": resolved gold spans, "findings": [...],
    "assessment": Assessment | None, "pages": {(document, page): text}, "problems": [...]}``."""
    strict_scores, lenient_scores = [], []
    leaf_counts: dict[str, list[int]] = {}
    outcome_pairs: list[tuple[str, str]] = []
    wrong_outcomes, case_rows, problems = [], [], []
    for item in cases:
        gold: GoldCase = item["gold"]
        problems += item.get("problems", [])
        strict_scores.append(match_spans(item["findings"], item["spans"], strict=True, concepts=concepts,
                                         case=gold.case))
        lenient = match_spans(item["findings"], item["spans"], strict=False, concepts=concepts, case=gold.case)
        pages = item.get("pages", {})
        for error in lenient.errors:
            error["snippet"] = snippet(pages.get((error["document"], error["page"]), ""), error.get("start"),
                                       error.get("end"))
        lenient_scores.append(lenient)
        assessment = item.get("assessment")
        row = {"case": gold.case, "gold_outcome": gold.data.get("outcome"), "outcome": None, "leaves_right": 0,
               "leaves_total": 0, "disagreements": []}
        if assessment is not None:
            row["outcome"] = assessment.outcome
            row["disagreements"] = case_disagreements(gold, assessment)
            if gold.data.get("outcome"):
                outcome_pairs.append((gold.data["outcome"], assessment.outcome))
                if assessment.outcome != gold.data["outcome"]:
                    wrong_outcomes.append({"case": gold.case, "gold": gold.data["outcome"],
                                           "predicted": assessment.outcome,
                                           "disagreements": row["disagreements"]})
            for leaf, status in (gold.data.get("leaves") or {}).items():
                got = assessment.criteria.get(leaf)
                right = got is not None and got.status == status
                counts = leaf_counts.setdefault(leaf, [0, 0])
                counts[0] += right
                counts[1] += 1
                row["leaves_right"] += right
                row["leaves_total"] += 1
        case_rows.append(row)
    strict, lenient = merge_scores(strict_scores), merge_scores(lenient_scores)
    matched = lenient.total().tp
    concepts_seen = sorted(set(strict.by_concept) | set(lenient.by_concept))
    outcome_right = sum(1 for gold_label, predicted in outcome_pairs if gold_label == predicted)
    leaves_right = sum(right for right, _ in leaf_counts.values())
    leaves_total = sum(total for _, total in leaf_counts.values())
    return {
        "cases": len(cases),
        "span": {
            "strict": {"total": strict.total().as_dict(),
                       "by_concept": {c: strict.by_concept.get(c, Counts()).as_dict() for c in concepts_seen}},
            "lenient": {"total": lenient.total().as_dict(),
                        "by_concept": {c: lenient.by_concept.get(c, Counts()).as_dict() for c in concepts_seen}},
        },
        "assertion": {"matched_spans": matched,
                      "by_attribute": {name: {**counts.as_dict(), "accuracy": attribute_accuracy(counts, matched)}
                                       for name, counts in lenient.attributes.items()}},
        "case": {
            "outcome_accuracy": round(outcome_right / len(outcome_pairs), 4) if outcome_pairs else None,
            "outcome_confusion": confusion_matrix(outcome_pairs, OUTCOME_LABELS),
            "leaf_accuracy": round(leaves_right / leaves_total, 4) if leaves_total else None,
            "by_leaf": {leaf: {"right": right, "total": total, "accuracy": round(right / total, 4)}
                        for leaf, (right, total) in sorted(leaf_counts.items())},
            "wrong_outcomes": wrong_outcomes,
            "cases": case_rows,
        },
        "errors": lenient.errors,
        "problems": problems,
    }


def evaluate_gold_dir(gold_dir: str | Path, *, policy=None, nlp=None, progress=None) -> dict:
    """Extract and assess every packet of ``gold_dir`` that has gold, then score it (see score_cases)."""
    from assistant.evaluate import evaluate
    from assistant.policy import load_policy
    from assistant.service import extract_packet

    gold_dir = Path(gold_dir)
    policy = policy or load_policy()
    packet_root = gold_dir if (gold_dir / "gold").is_dir() else gold_dir.parent
    cases = []
    files = gold_files(gold_dir)
    for index, gold_file in enumerate(files, start=1):
        gold = load_gold(gold_file, packet_root)
        if progress:
            progress(gold.case, index, len(files))
        if not gold.path.exists():
            cases.append({"gold": gold, "spans": [], "findings": [], "assessment": None,
                          "problems": [f"{gold.case}: no packet folder {gold.path}"]})
            continue
        extraction = extract_packet(gold.path, nlp=nlp)
        spans, problems = resolve_spans(gold, extraction.packet)
        # no request date passed in: reading it from the packet is part of what is measured
        assessment = evaluate(policy, extraction)
        pages = {(d.name, p.number): p.text for d in extraction.packet.documents for p in d.pages}
        cases.append({"gold": gold, "spans": spans, "findings": list(extraction.findings),
                      "assessment": assessment, "pages": pages, "problems": problems})
    return score_cases(cases, concepts=gold_concepts())



# --------------------------------------------------------------------------------------------
# Reviewer feedback: what the review store's audit events say about the extractor.
# --------------------------------------------------------------------------------------------

class FeedbackError(Exception):
    """The review store cannot be read; ``str(error)`` is one line for the user."""


@dataclass(frozen=True)
class FeedbackRecord:
    """One reviewer verdict on the extractor: a finding confirmed or rejected, or evidence added."""
    kind: str  # confirmed | rejected | added
    case_id: str
    time: str
    reviewer: str
    target: str | None  # finding id ("f3") or added-evidence id ("r1")
    concept: str  # the finding's concept; for added evidence "leaf:<criterion>"
    rule: str  # the lexicon literal that matched ("" when unknown or added)
    document: str | None = None
    page: int | None = None
    text: str = ""
    start: int | None = None
    end: int | None = None
    assertion: dict | None = None
    reason: str | None = None
    packet: str | None = None
    event_id: int | None = None


def feedback_kind(action: str) -> str | None:
    """Map an audit action name to a verdict: confirm* -> confirmed, reject* -> rejected, add* -> added;
    undo and leaf overrides are not verdicts on a finding."""
    action = action.lower()
    if "undo" in action:
        return None
    if "confirm" in action:
        return "confirmed"
    if "reject" in action:
        return "rejected"
    if action.startswith("add") or "evidence" in action:
        return "added"
    return None


def _finding_details(value) -> dict:
    """A finding's fields from an event's before/after value when the review workspace stored them there."""
    if isinstance(value, dict):
        nested = value.get("finding")
        return nested if isinstance(nested, dict) else value
    return {}


def read_feedback(db_path: str | Path, *, since: str | None = None, until: str | None = None,
                  finding_lookup=None) -> list[FeedbackRecord]:
    """Verdicts from the store's audit trail, oldest first, within [since, until] (days, inclusive).

    An undo cancels the latest verdict on the same target. Events that name a finding only by id
    are completed by ``finding_lookup(case_path, finding_id) -> Finding | None`` (default: extract
    the case's packet again; ids are stable for one extraction)."""
    import sqlite3

    try:
        connection = sqlite3.connect(f"file:{Path(db_path)}?mode=ro", uri=True)
        rows = connection.execute("SELECT e.id, e.time, e.reviewer, e.case_id, e.action, e.target, e.before, e.after, "
                                  "e.reason, c.path FROM audit_events e LEFT JOIN cases c ON c.id = e.case_id "
                                  "ORDER BY e.id").fetchall()
        connection.close()
    except sqlite3.Error as error:
        raise FeedbackError(f"{db_path}: not a review store ({error})") from None
    lookup = finding_lookup or _extracted_finding
    verdicts: list[FeedbackRecord] = []
    for event_id, time, reviewer, case_id, action, target, before, after, reason, packet in rows:
        day = (time or "")[:10]
        if (since and day < since) or (until and day > until):
            continue
        if "undo" in action.lower():
            # ReviewState names the undone event's id; an undo naming a finding cancels its latest verdict
            undone = [i for i, v in enumerate(verdicts) if v.case_id == case_id and target is not None
                      and str(v.event_id) == str(target)]
            undone = undone or [i for i, v in enumerate(verdicts) if v.case_id == case_id
                                and (target is None or v.target == target)]
            if undone:
                verdicts.pop(undone[-1])
            continue
        kind = feedback_kind(action)
        if kind is None:
            continue
        details = {}
        for raw in (after, before):
            try:
                details = details or _finding_details(json.loads(raw) if raw else None)
            except json.JSONDecodeError:
                continue
        if kind == "added":
            verdicts.append(FeedbackRecord(
                kind=kind, case_id=case_id, time=time, reviewer=reviewer, target=details.get("id") or target,
                concept=details.get("concept") or f"leaf:{details.get('criterion') or target or '?'}", rule="",
                document=details.get("document"), page=details.get("page"), text=details.get("text", ""),
                start=details.get("start"), end=details.get("end"), reason=reason or details.get("note"),
                packet=packet, event_id=event_id))
            continue
        finding = None
        if not details.get("concept") and packet and target:
            finding = lookup(packet, target)
        if finding is not None:
            details = {"concept": finding.concept, "rule": finding.rule, "document": finding.document,
                       "page": finding.page, "text": finding.text, "start": finding.start, "end": finding.end,
                       "assertion": finding.assertion.as_dict()}
        verdicts.append(FeedbackRecord(
            kind=kind, case_id=case_id, time=time, reviewer=reviewer, target=target,
            concept=details.get("concept") or "unknown", rule=details.get("rule") or "",
            document=details.get("document"), page=details.get("page"), text=details.get("text") or "",
            start=details.get("start"), end=details.get("end"), assertion=details.get("assertion"),
            reason=reason, packet=packet, event_id=event_id))
    return verdicts


_EXTRACTIONS: dict[str, dict] = {}


def _extracted_finding(packet: str, finding_id: str):
    if packet not in _EXTRACTIONS:
        try:
            from assistant.service import extract_packet

            _EXTRACTIONS[packet] = {f.id: f for f in extract_packet(packet).findings}
        except Exception:  # the packet moved or cannot be read: the verdict keeps its id only
            _EXTRACTIONS[packet] = {}
    return _EXTRACTIONS[packet].get(finding_id)


def feedback_summary(records: list[FeedbackRecord], top: int = 10) -> dict:
    """Counts per concept and per lexicon rule, and the most rejected snippets."""
    def table(key) -> dict:
        counts: dict[str, dict] = {}
        for record in records:
            name = key(record)
            if name is None:
                continue
            row = counts.setdefault(name, {"confirmed": 0, "rejected": 0, "added": 0})
            row[record.kind] += 1
        for row in counts.values():
            reviewed = row["confirmed"] + row["rejected"]
            row["rejection_rate"] = round(row["rejected"] / reviewed, 4) if reviewed else None
        return counts

    rejected: dict[tuple[str, str, str], dict] = {}
    for record in records:
        if record.kind != "rejected":
            continue
        key = (record.concept, record.rule, " ".join(record.text.split()).lower())
        item = rejected.setdefault(key, {"concept": record.concept, "rule": record.rule,
                                         "text": " ".join(record.text.split()), "count": 0, "reasons": [],
                                         "cases": []})
        item["count"] += 1
        if record.reason and record.reason not in item["reasons"]:
            item["reasons"].append(record.reason)
        if record.case_id not in item["cases"]:
            item["cases"].append(record.case_id)
    return {
        "events": len(records),
        "cases": len({record.case_id for record in records}),
        "by_concept": table(lambda r: r.concept),
        "by_rule": table(lambda r: (r.rule or "(no rule)") if r.kind != "added" else None),
        "top_rejected": sorted(rejected.values(), key=lambda item: (-item["count"], item["concept"]))[:top],
    }


def corrections(records: list[FeedbackRecord]) -> list[dict]:
    """Gold corrections, one per rejected finding or added evidence: the span in gold-JSON form
    (quote + occurrence when the page text is at hand) with what to do with it."""
    lines = []
    for record in records:
        if record.kind == "confirmed":
            continue
        span = {"document": record.document, "page": record.page or 1, "text": " ".join(record.text.split()),
                "concept": record.concept}
        if record.assertion:
            span["assertion"] = record.assertion
        lines.append({"case": record.case_id, "packet": record.packet,
                      "correction": "rejected_finding" if record.kind == "rejected" else "missed_mention",
                      "reviewer": record.reviewer, "time": record.time, "finding": record.target,
                      "rule": record.rule, "reason": record.reason, "span": span,
                      "offsets": [record.start, record.end] if record.start is not None else None})
    return lines


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


@contextmanager
def medspacy_as_shipped():
    """medspaCy's own ``ConTextModifier.modifies`` for the duration, then ours again.

    Building our pipeline replaces that method process-wide (extractors/pipeline.py: a modifier
    never modifies the target it lies inside); left in place, the "default" baseline would carry
    our fix (NegEx negation F1 0.956 instead of medspaCy's 0.929). Process-wide too: run
    nothing of ours in another thread meanwhile."""
    from medspacy.context.context_modifier import ConTextModifier

    current = ConTextModifier.modifies
    original = getattr(current, "__wrapped__", None) if getattr(current, "_mrs_review_fixed", False) else None
    if original is None:  # our pipeline not built in this process: nothing to undo
        yield
        return
    ConTextModifier.modifies = original
    try:
        yield
    finally:
        ConTextModifier.modifies = current


OUR_ASSERTION_COMPONENTS = ["sentencizer", "mrs_line_sentences", "medspacy_sectionizer", "medspacy_context"]


def run_negex(rows: list[NegexRow], nlp=None, baseline_nlp=None) -> dict:
    """Our assertion detection and medspaCy's defaults on the same rows, with predictions kept."""
    from extractors.pipeline import get_pipeline

    nlp = nlp or get_pipeline()
    baseline_nlp = baseline_nlp or baseline_context_pipeline()
    ours = _assert_rows(nlp, rows, OUR_ASSERTION_COMPONENTS, sections=True)
    with medspacy_as_shipped():
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
