"""Gold in three shapes, converted without loss of span content:

- **gold JSON**: one case per file, ``gold/<case>.json`` as in sample_notes/README.md
  (spans named by quote + occurrence on a page).
- **gold JSONL**: the same case objects, one per line (many cases in one file).
- **BRAT standoff**: per case a folder with, for every document, its text (``<stem>.txt``,
  pages joined by form feeds) and ``<stem>.ann`` beside it; concepts are entity types,
  the assertion flags are BRAT binary attributes (Negated, Uncertain, Historical,
  Hypothetical, Family); the case-level fields (outcome, leaves, ...) travel in
  ``case.json`` in the same folder. ``annotation.conf`` at the top lists the types.

Offsets in BRAT are character offsets into the document text with pages joined by
"\\f", so a multi-page PDF's page 2 starts after page 1's text and one form feed.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.qa import ATTRIBUTES, _whitespace_pattern
from extractors.types import Packet

PAGE_BREAK = "\f"
BRAT_ATTRIBUTES = {name: name.capitalize() for name in ATTRIBUTES}  # negated -> Negated
CASE_FILE = "case.json"
TEXT_SUFFIXES = (".txt", ".md", ".text", ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff")


class GoldFormatError(ValueError):
    """A gold file that cannot be read; ``str(error)`` names the file and line."""


# ---------------------------------------------------------------- names and offsets

def brat_stem(document: str) -> str:
    """File stem of a document's BRAT pair: "radiology.txt" -> "radiology", "scan.pdf" -> "scan.pdf"."""
    return document[:-4] if document.lower().endswith(".txt") else document


def document_name(stem: str) -> str:
    """Inverse of brat_stem."""
    return stem if stem.lower().endswith(TEXT_SUFFIXES) else stem + ".txt"


def occurrence_of(page_text: str, quote: str, start: int) -> int:
    """Which occurrence (0-based) of ``quote`` (whitespace-collapsed, case-sensitive) starts at ``start``."""
    for index, match in enumerate(_whitespace_pattern(quote).finditer(page_text)):
        if match.start() >= start:
            return index
    return 0


def _page_offsets(pages: list[str]) -> list[int]:
    offsets, position = [], 0
    for text in pages:
        offsets.append(position)
        position += len(text) + len(PAGE_BREAK)
    return offsets


# ---------------------------------------------------------------- JSON / JSONL

def read_cases(path: str | Path) -> list[dict]:
    """Gold case objects from a .json file, a .jsonl file, or a folder of .json files (or its gold/)."""
    path = Path(path)
    if path.is_dir():
        folder = path / "gold" if (path / "gold").is_dir() else path
        return [read_cases(file)[0] for file in sorted(folder.glob("*.json"))]
    try:
        if path.suffix.lower() == ".jsonl":
            cases = []
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if line.strip():
                    try:
                        cases.append(json.loads(line))
                    except json.JSONDecodeError as error:
                        raise GoldFormatError(f"{path}:{number}: not JSON ({error.msg})") from None
            return [_checked(case, f"{path}") for case in cases]
        return [_checked(json.loads(path.read_text(encoding="utf-8")), str(path))]
    except json.JSONDecodeError as error:
        raise GoldFormatError(f"{path}:{error.lineno}: not JSON ({error.msg})") from None
    except OSError as error:
        raise GoldFormatError(f"{path}: {error.strerror}") from None


_SPAN_KEYS = {"document", "page", "text", "occurrence", "concept", "assertion"}


def _checked(case: dict, where: str) -> dict:
    if not isinstance(case, dict) or "case" not in case:
        raise GoldFormatError(f"{where}: a gold case needs a \"case\" id")
    for index, span in enumerate(case.get("spans", [])):
        unknown = set(span) - _SPAN_KEYS
        missing = {"document", "text", "concept"} - set(span)
        if unknown or missing:
            raise GoldFormatError(f"{where}: case {case['case']} span {index}: "
                                  + (f"unknown keys {sorted(unknown)}" if unknown else f"missing {sorted(missing)}"))
        unknown_flags = set(span.get("assertion", {})) - set(ATTRIBUTES)
        if unknown_flags:
            raise GoldFormatError(f"{where}: case {case['case']} span {index}: unknown assertion {sorted(unknown_flags)}")
    return case


def write_json(cases: list[dict], destination: str | Path) -> list[Path]:
    """One case: ``destination`` may be a .json file; several: a folder gets <case>.json each."""
    destination = Path(destination)
    if destination.suffix.lower() == ".json":
        if len(cases) != 1:
            raise GoldFormatError(f"{destination}: {len(cases)} cases do not fit one .json file; give a folder")
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_text(json.dumps(cases[0], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return [destination]
    destination.mkdir(parents=True, exist_ok=True)
    written = []
    for case in cases:
        target = destination / f"{case['case']}.json"
        target.write_text(json.dumps(case, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(target)
    return written


def write_jsonl(cases: list[dict], destination: str | Path) -> list[Path]:
    destination = Path(destination)
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text("".join(json.dumps(case, ensure_ascii=False) + "\n" for case in cases), encoding="utf-8")
    return [destination]


# ---------------------------------------------------------------- BRAT

@dataclass(frozen=True)
class BratEntity:
    id: str
    concept: str
    start: int
    end: int
    text: str
    flags: frozenset[str]


def parse_ann(text: str, where: str = "") -> list[BratEntity]:
    """Text-bound annotations (T) and their binary attributes (A); notes and relations are ignored.
    A discontinuous span ("0 5;9 14") is read from its first start to its last end."""
    entities: dict[str, dict] = {}
    flags: dict[str, set[str]] = {}
    by_brat = {value: key for key, value in BRAT_ATTRIBUTES.items()}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if line.startswith("T"):
            if len(parts) < 3:
                raise GoldFormatError(f"{where}:{number}: a T line needs id, type and offsets, and text")
            type_and_offsets = parts[1].split(" ", 1)
            try:
                numbers = [int(n) for n in re.split(r"[ ;]", type_and_offsets[1])]
            except (IndexError, ValueError):
                raise GoldFormatError(f"{where}:{number}: bad offsets {parts[1]!r}") from None
            entities[parts[0]] = {"concept": type_and_offsets[0], "start": numbers[0], "end": numbers[-1],
                                  "text": parts[2]}
        elif line.startswith(("A", "M")):
            fields = parts[1].split() if len(parts) > 1 else []
            if len(fields) < 2:
                raise GoldFormatError(f"{where}:{number}: an attribute line needs a name and an entity id")
            name, target = fields[0], fields[1]
            value = fields[2] if len(fields) > 2 else "true"
            if name not in by_brat:
                raise GoldFormatError(f"{where}:{number}: unknown attribute {name!r} "
                                      f"(known: {', '.join(BRAT_ATTRIBUTES.values())})")
            if value.lower() not in ("false", "no", "0"):
                flags.setdefault(target, set()).add(by_brat[name])
    missing = set(flags) - set(entities)
    if missing:
        raise GoldFormatError(f"{where}: attributes on unknown entities {sorted(missing)}")
    return [BratEntity(id=key, concept=value["concept"], start=value["start"], end=value["end"], text=value["text"],
                       flags=frozenset(flags.get(key, ()))) for key, value in entities.items()]


def format_ann(entities: list[BratEntity]) -> str:
    lines, attribute_number = [], 0
    for entity in entities:
        lines.append(f"{entity.id}\t{entity.concept} {entity.start} {entity.end}\t{entity.text}")
        for name in ATTRIBUTES:
            if name in entity.flags:
                attribute_number += 1
                lines.append(f"A{attribute_number}\t{BRAT_ATTRIBUTES[name]} {entity.id}")
    return "\n".join(lines) + ("\n" if lines else "")


def annotation_conf(concepts: list[str]) -> str:
    """BRAT's annotation.conf: every concept an entity type, the five flags as attributes on all."""
    attributes = "\n".join(f"{BRAT_ATTRIBUTES[name]}\tArg:<ENTITY>" for name in ATTRIBUTES)
    return f"[entities]\n" + "\n".join(concepts) + "\n\n[relations]\n\n[events]\n\n[attributes]\n" + attributes + "\n"


def case_to_brat(case: dict, packet: Packet, destination: str | Path) -> tuple[list[Path], list[str]]:
    """Write one gold case as BRAT files under ``destination/<case>/``; quotes not found are listed."""
    from assistant.qa import load_gold_data, resolve_spans

    folder = Path(destination) / case["case"]
    folder.mkdir(parents=True, exist_ok=True)
    gold = load_gold_data(case, folder)
    resolved, problems = resolve_spans(gold, packet)
    by_document: dict[str, list] = {}
    for span in resolved:
        by_document.setdefault(span.document, []).append(span)
    written = []
    for document in packet.documents:
        pages = [page.text for page in document.pages]
        offsets = _page_offsets(pages)
        stem = brat_stem(document.name)
        text_path, ann_path = folder / f"{stem}.txt", folder / f"{stem}.ann"
        text_path.parent.mkdir(parents=True, exist_ok=True)
        text_path.write_text(PAGE_BREAK.join(pages), encoding="utf-8", newline="")
        entities = []
        for number, span in enumerate(sorted(by_document.get(document.name, []),
                                             key=lambda s: (s.page, s.start, s.concept)), start=1):
            base = offsets[span.page - 1]
            entities.append(BratEntity(id=f"T{number}", concept=span.concept, start=base + span.start,
                                       end=base + span.end, text=" ".join(pages[span.page - 1][span.start:span.end].split()),
                                       flags=frozenset(name for name, value in span.assertion.items() if value)))
        ann_path.write_text(format_ann(entities), encoding="utf-8")
        written += [text_path, ann_path]
    header = {key: value for key, value in case.items() if key != "spans"}
    (folder / CASE_FILE).write_text(json.dumps(header, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    written.append(folder / CASE_FILE)
    return written, problems


def brat_to_case(folder: str | Path) -> dict:
    """Read one case folder of BRAT files back into a gold case object (spans by quote + occurrence)."""
    folder = Path(folder)
    header_path = folder / CASE_FILE
    case = json.loads(header_path.read_text(encoding="utf-8")) if header_path.exists() else {"case": folder.name}
    case.setdefault("case", folder.name)
    spans = []
    for ann_path in sorted(folder.rglob("*.ann")):
        relative = ann_path.relative_to(folder).with_suffix("")
        stem = relative.as_posix()
        document = document_name(stem)
        text_path = ann_path.with_suffix(".txt")
        if not text_path.exists():  # a .ann beside the original text file in the packet folder itself
            text_path = folder / document
        if not text_path.exists():
            raise GoldFormatError(f"{ann_path}: no text file beside it ({text_path.name})")
        full_text = text_path.read_text(encoding="utf-8")
        pages = full_text.split(PAGE_BREAK)
        offsets = _page_offsets(pages)
        for entity in parse_ann(ann_path.read_text(encoding="utf-8"), str(ann_path)):
            page_index = max(index for index, base in enumerate(offsets) if base <= entity.start)
            base = offsets[page_index]
            page_text = pages[page_index]
            start, end = entity.start - base, entity.end - base
            if end > len(page_text):
                raise GoldFormatError(f"{ann_path}: {entity.id} crosses a page break or runs past the text")
            quote = " ".join(page_text[start:end].split())
            if quote != " ".join(entity.text.split()):
                raise GoldFormatError(f"{ann_path}: {entity.id} text {entity.text!r} is not what its offsets "
                                      f"cover ({quote!r})")
            spans.append({"document": document, "page": page_index + 1, "text": quote,
                          "occurrence": occurrence_of(page_text, quote, start), "concept": entity.concept,
                          "assertion": {name: name in entity.flags for name in ATTRIBUTES}})
    case["spans"] = spans
    return case


def is_brat_folder(path: Path) -> bool:
    return path.is_dir() and (any(path.glob("*.ann")) or any(path.glob("*/*.ann")) or (path / "annotation.conf").exists())


def read_brat(path: str | Path) -> list[dict]:
    """A BRAT export: one case folder, or a folder of case folders (annotation.conf at the top)."""
    path = Path(path)
    if any(path.glob("*.ann")) or (path / CASE_FILE).exists():
        return [brat_to_case(path)]
    return [brat_to_case(child) for child in sorted(path.iterdir())
            if child.is_dir() and (any(child.rglob("*.ann")) or (child / CASE_FILE).exists())]


# ---------------------------------------------------------------- drafts from the extractor

def bootstrap_case(assessment, case_id: str, policy) -> dict:
    """The extractor's own reading of a packet as a gold draft for an annotator to correct:
    every finding of a gold concept as a span, and the assessment's case-level answers."""
    from assistant.qa import gold_concepts

    extraction = assessment.extraction
    pages = {(d.name, p.number): p.text for d in extraction.packet.documents for p in d.pages}
    concepts = gold_concepts()
    spans = []
    for finding in extraction.findings:
        if finding.concept not in concepts:
            continue
        page_text = pages[(finding.document, finding.page)]
        quote = " ".join(page_text[finding.start:finding.end].split())
        spans.append({"document": finding.document, "page": finding.page, "text": quote,
                      "occurrence": occurrence_of(page_text, quote, finding.start), "concept": finding.concept,
                      "assertion": finding.assertion.as_dict()})
    request = assessment.request
    return {
        "case": case_id,
        "description": "DRAFT written by `mrs-review evaluate --bootstrap` from the extractor's own findings: "
                       "correct every span, add the missed ones, check every leaf.",
        "request_date": request.request_date,
        "population": request.population,
        "patient_age_years": request.patient_age_years,
        "cpt_codes": list(request.cpt_codes),
        "outcome": assessment.outcome,
        "leaves": {leaf.id: assessment.criteria[leaf.id].status for leaf in policy.leaves()
                   if leaf.id in assessment.criteria},
        "ambiguous_leaves": {},
        "notes": [note_id for note_id, evidence in assessment.notes if evidence],
        "spans": spans,
    }
