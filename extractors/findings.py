"""Spans to findings: the medspaCy pipeline's entities become ``Finding`` records
with assertion flags, section, date and attributes, plus the request-form fields.
"""
from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Iterable

from spacy.tokens import Doc

from extractors.components import join_soft_wraps
from extractors.dates import (FoldedPattern, FoundDate, _label_regex, as_birth_date, continuation_opener,
                              detect_day_first_by_document,
                              document_date, find_dates, is_citation_year, labelled_date_spans, note_start_date)
from extractors.lexicon import load_object
from extractors.types import Assertion, Document, Finding, Packet, Page

log = logging.getLogger(__name__)

ProgressCallback = Callable[[str, int, int], None]

_FIELD_KEYS = {
    "request_date_labels", "dob_labels", "age_labels", "cpt_labels", "icd_labels", "provider_labels", "member_labels",
    "body_part_labels", "request_form_markers", "clinical_document_markers", "request_sentence_words",
    "urgent_markers", "brain_regions", "brain_icd10_prefixes", "ticked_markers", "unticked_markers",
    "negative_answers", "positive_answers", "prior_study_code_words", "superseding_form_markers",
    "cover_sheet_markers", "health_plan_words",
}


@lru_cache(maxsize=1)
def fields_lexicon() -> dict:
    return load_object("request_fields.json", _FIELD_KEYS, required=_FIELD_KEYS)


@lru_cache(maxsize=1)
def _field_regexes() -> dict[str, "re.Pattern | FoldedPattern"]:
    lexicon = fields_lexicon()
    names = ["request_date_labels", "dob_labels", "age_labels", "cpt_labels", "icd_labels", "provider_labels",
             "member_labels", "body_part_labels"]
    result = {name: _label_regex(lexicon[name]) for name in names}
    ticked = "|".join(re.escape(m) for m in lexicon["ticked_markers"])
    unticked = "|".join(re.escape(m) for m in lexicon["unticked_markers"])
    negative = "|".join(re.escape(m) for m in sorted(lexicon["negative_answers"], key=len, reverse=True))
    positive = "|".join(re.escape(m) for m in sorted(lexicon["positive_answers"], key=len, reverse=True))
    result["ticked"] = re.compile(ticked)
    result["unticked"] = re.compile(unticked)
    result["ticked_negative"] = re.compile(r"(?:" + ticked + r")\s*(?:" + negative + r")\b", re.I)
    result["ticked_unknown"] = re.compile(r"(?:" + ticked + r")\s*(?:unknown|unsure|not known|uncertain|n/k)\b", re.I)
    result["ticked_positive"] = re.compile(r"(?:" + ticked + r")\s*(?:" + positive + r")\b", re.I)
    result["negative_ticked"] = re.compile(r"\b(?:" + negative + r")\s*(?:" + ticked + r")", re.I)
    result["positive_ticked"] = re.compile(r"\b(?:" + positive + r")\s*(?:" + ticked + r")", re.I)
    result["answer_word"] = re.compile(r"\b(?:" + negative + "|" + positive + r")\b", re.I)
    # "Claustrophobia: No", "Prior MRS: No (never performed)", "Pregnancy: not pregnant"
    # ... "Claustrophobia: pt denies; completed a 65-min exam awake"
    result["answer_negative"] = re.compile(r"^\s*[:?=-]?\s*(?:(?:pt|patient|he|she|they|parents?|mom|mother|father)\s+)?"
                                           r"(?:" + negative + r"|not\s+[a-z-]+)\b(?:\s*(?:[.;,(|]|-\s|$)|[ \t]{2,})", re.I)
    result["answer_positive"] = re.compile(r"^\s*[:?=-]?\s*(?:" + positive + r")\b", re.I)
    return result


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, (len(text) if line_end < 0 else line_end)


def form_answer(text: str, start: int, end: int) -> str | None:
    """What a form line says of the mention: "negated", "affirmed", "unticked" or None (not a form line)."""
    regexes = _field_regexes()
    line_start, line_end = _line_bounds(text, start, end)
    before = text[line_start:start]
    after = text[end:line_end]
    if not _FORM_SIGN.search(text, line_start, line_end) and not _WRAPPED_LABEL_END.match(text, line_end):
        # a line of prose, with no colon, box, bar or blank (most mentions): only a denial right after
        # the mention can answer it ("MRS not performed.")
        return "negated" if regexes["answer_negative"].match(after) else None
    reach = _ANSWER_REACH
    if not _FIELD_END.search(after) and not any(regexes[name].search(before + after) for name in ("ticked", "unticked")):
        # "4. Suspected Canavan / leukodystrophy\n   encephalopathy in this patient?   [ ]   [X]": a label
        # wrapped onto an indented line that ends it and holds its boxes
        wrapped = _WRAPPED_LABEL_END.match(text, line_end)
        if wrapped:
            reach += len(after) + 1
            after += " " + wrapped.group(1).lstrip()
    # "Renal disease: [ ] Yes [X] No" / "Claustrophobia: No" / "Renal insufficiency / contrast
    # contraindication: [ ] Yes  [X] No": the boxes of this field, up to where the line's next field starts
    window = after[:reach]
    own_colon = _FIELD_END.search(window)
    own_colon = own_colon.start() if own_colon else -1  # "Claustrophobia:", "New symptoms since?"
    following = _NEXT_FIELD.search(window, own_colon + 1) if own_colon >= 0 else None
    window = window[:following.start()] if following else window
    # the mention is the field's label: its colon follows, with no sentence break or wide gap before it
    labelled = own_colon >= 0 and bool(_LABEL_TAIL.match(window[:own_colon]))
    if labelled and _BLANK_ANSWER.match(window[own_colon + 1:]) and not _DATED_LABEL.search(window[:own_colon]):
        # "Pregnancy (if applicable): ______" is a field left blank: it states nothing ("MRI brain
        # 5/2/26: *** (report pending)" names a study that was done, with its result missing)
        return "unticked"
    if regexes["ticked_unknown"].search(window):
        return "unticked"  # "[X] Unknown" states nothing, for or against
    # "Prior MRS: Yes: __ No: X": a mark written after each answer's colon, a blank for the others
    marks = _COLON_MARKS.findall(window)
    if marks:
        chosen = [word for word, mark in marks if not mark.startswith("_")]
        if not chosen:
            return "unticked"
        return "negated" if chosen[0].lower().startswith("n") else "affirmed"
    box_after = _BOX_AFTER.match(after)
    if box_after:  # "Claustrophobia [ ]     Pregnant [ ]": the label's own box follows it
        if regexes["ticked"].match(box_after.group(1)):
            return "affirmed"
        if regexes["unticked"].match(box_after.group(1)):
            return "unticked"
    first_box = min((m.start() for name in ("ticked", "unticked") for m in [regexes[name].search(window)] if m),
                    default=-1)
    first_word = regexes["answer_word"].search(window)
    # "Yes [ ]   No [X]": each box after its word, so a word and the box after it go together
    boxes_follow = first_box >= 0 and first_word is not None and first_word.start() < first_box
    if regexes["negative_ticked" if boxes_follow else "ticked_negative"].search(window):
        return "negated"
    if regexes["positive_ticked" if boxes_follow else "ticked_positive"].search(window):
        return "affirmed"
    if own_colon >= 0:
        column = _column_answer(text, line_start, after[own_colon + 1:])
        if column:
            return column
    field_answer = after[own_colon + 1:] if labelled else after
    options = _ANSWER_OPTIONS.match(field_answer)
    if options and (labelled or field_answer.lstrip()[:1] in ":?("):
        # "Claustrophobia: Y / N  ->  N", "Renal impairment (eGFR<30/dialysis):  Y / N  ->  N"
        answer = field_answer[options.end():]
        if regexes["answer_negative"].match(answer):
            return "negated"
        if regexes["answer_positive"].match(answer):
            return "affirmed"
        if not answer.strip() or _BLANK_ANSWER.match(answer):
            return "unticked"
    if regexes["answer_negative"].match(after) or (labelled and regexes["answer_negative"].match(field_answer)):
        return "negated"  # "Claustrophobia: No", "Prior MRS for this condition (Y/N): N"
    if labelled and regexes["unticked"].search(window[own_colon:]) and not regexes["ticked"].search(window[own_colon:]):
        return "unticked"  # "Claustrophobia: [ ] Yes [ ] No (unable to assess)": no box ticked, nothing stated
    if labelled and (window[own_colon] == "?" or options) and not regexes["answer_positive"].match(
            field_answer[options.end():] if options else field_answer):
        return "unticked"  # "Pregnant? (Y/N): Implants / pacemaker?": a question is not an answer
    # "[ ] Metabolic disorder" states nothing; "[X] Metabolic disorder" states its label
    last_ticked, last_unticked = last_boxes(before)
    if last_unticked > last_ticked and not _ITEM_BREAK.search(_ABBREVIATION.sub(" ", before[last_unticked:])):
        return "unticked"
    if last_ticked > last_unticked and not _ITEM_BREAK.search(_ABBREVIATION.sub(" ", before[last_ticked:])):
        if regexes["answer_word"].match(before[last_ticked:].lstrip()):
            return None  # "[X] No (neonatal AKI resolved)": the box ticked an answer, the mention is its note
        return "affirmed"
    return None


# A scanned checklist: OCR reads its boxes as short garbage ("CJ Neonatal HIE", "(2 Grading of ...",
# "af Post-treatment surveillance", "C0 Brain tumor"), ticked or not. A box no one can read states nothing.
_SCANNED_BOX_LINE = re.compile(r"(?m)^[ \t]*(?:[\[(\{|}][^\s\w]?[\w&%$@]{0,2}[\])}]?|[A-Z]{1,2}[0-9J]?|[a-z]{1,2}"
                               r"|[0-9OQ]{1,2}|[\w]?[&%$@][\w]?|[A-Z][a-z][a-z]?)[ \t]+(?=[A-Z][a-z])")
SCANNED_CHECKLIST_LINES = 3  # box-led lines on a scanned page before it is read as a checklist


@lru_cache(maxsize=256)
def _scanned_box_lines(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each box-led line of a scanned checklist page, or () when the page has too few."""
    lines = []
    for match in _SCANNED_BOX_LINE.finditer(text):
        end = text.find("\n", match.start())
        lines.append((match.start(), len(text) if end < 0 else end))
    return tuple(lines) if len(lines) >= SCANNED_CHECKLIST_LINES else ()


_YES_NO = re.compile(r"\byes\b.{0,12}\bno\b|\bno\b.{0,12}\byes\b", re.I)


def _scanned_yes_no(text: str, end: int) -> bool:
    """A scanned field whose Yes/No boxes follow it on its line ("Renal impairment (eGFR < 30): (1 Yes JX{No"):
    OCR cannot say which box is ticked."""
    line_end = text.find("\n", end)
    return bool(_YES_NO.search(text[end:(len(text) if line_end < 0 else line_end)][:_ANSWER_REACH]))


def _on_scanned_checkbox_line(text: str, position: int) -> bool:
    return any(start <= position < end for start, end in _scanned_box_lines(text))


def last_boxes(text: str) -> tuple[int, int]:
    """Where the last ticked and the last unticked box of ``text`` end (-1 for none)."""
    regexes = _field_regexes()
    return (max((m.end() for m in regexes["ticked"].finditer(text)), default=-1),
            max((m.end() for m in regexes["unticked"].finditer(text)), default=-1))


_ANSWER_REACH = 70  # characters after a form label where its answer boxes sit
_BOX = r"(?:\[[ xX\u2713\u2714]?\]|\([ xX]\)|[\u2610\u2611\u2612])"
_WRAPPED_LABEL_END = re.compile(r"\n([ \t]{2,}[^\n\[\]?:]{1,60}[?:][ \t]*" + _BOX + r"[^\n]*)")
_TWO_BOXES = re.compile(r"[ \t]*(" + _BOX + r")[ \t]+(" + _BOX + r")(?:[ \t]|$)")
# a table's header row that names its answer columns: "CLINICAL QUESTIONS       YES    NO    COMMENT"
_ANSWER_COLUMNS = re.compile(r"(?im)^.*?(?<![\w/])(yes|y|no|n)[ \t]{2,}(yes|y|no|n)(?![\w/]).*$")
_COLUMN_HEADER_REACH = 2500  # characters above a row where its table's header row may sit


def _column_answer(text: str, line_start: int, answer: str) -> str | None:
    """A row's two boxes under a header row's answer columns ("YES  NO"): the ticked column's answer,
    "unticked" when none or both are ticked, None when the row has no such boxes or no header names them."""
    boxes = _TWO_BOXES.match(answer)
    if not boxes:
        return None
    header = None
    for header in _ANSWER_COLUMNS.finditer(text, max(0, line_start - _COLUMN_HEADER_REACH), line_start):
        pass
    if header is None or header.group(1)[0].lower() == header.group(2)[0].lower():
        return None
    ticked = _field_regexes()["ticked"]
    marks = [bool(ticked.fullmatch(boxes.group(i))) for i in (1, 2)]
    if marks[0] == marks[1]:
        return "unticked"
    word = header.group(1 if marks[0] else 2)
    return "negated" if word[0].lower() == "n" else "affirmed"
_COLON_MARKS = re.compile(r"\b(yes|no|y|n)\s*:\s*([xX\u2713\u2714](?![\w-])|_+)", re.I)
_NEXT_FIELD = re.compile(r"\s{2,}(?!(?i:yes|no|y|n)[ \t]*:)[A-Z][A-Za-z /()&-]{1,40}:")  # "   Pregnant:" starts the line's next field
_BOX_AFTER = re.compile(r"[ \t]*(" + _BOX + r")(?:[ \t]{2,}|[ \t]*$)")
_DATED_LABEL = re.compile(r"\d{1,4}[/.-]\d{1,2}")
# what any form answer needs on its line: a colon or question mark, a bar, a box, a blank, "(Y/N)"
_FORM_SIGN = re.compile(r"[:?|=\[\]_\u2610\u2611\u2612\u2713\u2714]|\(\s*[xXyY ]")
_FIELD_END = re.compile(r"[:?|]")  # "Claustrophobia:", "New symptoms since?", "|Claustrophobia|[ ] Yes [X] No|"
# a field left blank: "______", a template's "***" or its unresolved "{YES/NO:20934}"
_BLANK_ANSWER = re.compile(r"\s*(?:_{2,}|\*{3,}|\{[^{}\n]{1,60}\})[\s_*]*(?:\([^)\n]{0,40}\))?\s*$")
# the choices a form prints before its answer: "Y / N  ->  N", "(yes/no): no", "Y/N: Y"
_ANSWER_OPTIONS = re.compile(r"^\s*[:?]?\s*\(?\s*(?:yes|y)\s*/\s*(?:no|n)\s*\)?\s*(?:->|=>|\u2192|:|;|=|-)?\s*", re.I)
# from the mention to its field's colon, still the label: no sentence break and no wide gap (a gap of
# spaces starts the line's next field: "E88.40 Mitochondrial disorder   Indication: [ ] Tumor")
_LABEL_TAIL = re.compile(r"(?:(?!\s\s)[^.;:]){0,40}$")
_ITEM_BREAK = re.compile(r"[.;]")
_ABBREVIATION = re.compile(r"\b(?:vs|e\.g|i\.e|etc|incl|approx|hx|h/o|s/p|r/o)\.", re.I)


_GRADE = re.compile(r"\b(?:CNS\s+)?(?:WHO\s+)?grade\s+(1|2|3|4|I{1,3}|IV)\b", re.I)
_HIGH_LOW = re.compile(r"\b(high|low)[- ]grade\b", re.I)
_IDH = re.compile(r"\bIDH[12]?[- ]?(?:1|2)?\s*[- ]?(mutant|mutated|mutation|wild[- ]?type|wt|negative|positive)\b", re.I)
_GRADE_FOUR_BY_NAME = re.compile(r"glioblastoma|\bGBM|gliosarcoma", re.I)
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
_EGFR_VALUE = re.compile(r"(\d+(?:\.\d+)?)")


def _attributes(concept: str, sentence: str, span_text: str) -> tuple[tuple[str, str], ...]:
    attributes: list[tuple[str, str]] = []
    if concept in ("glial_neoplasm", "tumor_grade"):
        grade = _GRADE.search(span_text if concept == "tumor_grade" else sentence)
        if grade:
            value = grade.group(1).lower()
            attributes.append(("grade", _ROMAN.get(value, value)))
        elif concept == "glial_neoplasm":
            high_low = _HIGH_LOW.search(sentence)
            if _GRADE_FOUR_BY_NAME.search(span_text):
                attributes.append(("grade", "4"))  # glioblastoma is CNS WHO grade 4 by definition
            elif high_low:
                attributes.append(("grade", high_low.group(1).lower()))
        idh = _IDH.search(sentence)
        if idh:
            status = idh.group(1).lower()
            attributes.append(("idh", "wildtype" if status.startswith(("wild", "wt", "neg")) else "mutant"))
    if concept == "egfr_value":
        numbers = _EGFR_VALUE.findall(span_text)
        if numbers:
            attributes.append(("value", numbers[-1]))
    return tuple(attributes)


# how far (characters) a date may stand from a mention and still be its date: "MRI brain 10/02/2025",
# "on 10/02/2025 an MRI"; farther dates in a long sentence belong to other clauses
DATE_AFTER_CHARS = 60
DATE_BEFORE_CHARS = 45


SECTION_ASSERTIONS = {"family_history": "family", "past_medical_history": "historical"}
_LABEL_LINE = re.compile(r"\n[ \t]*[-*\u2022]?[ \t]*([A-Z][A-Za-z0-9 /&()'.-]{0,40}):")
_FAMILY_LABEL = re.compile(r"^(mother|father|mom|dad|sister|brother|siblings?|maternal|paternal|grandmother|"
                           r"grandfather|grandparents?|aunt|uncle|cousin|son|daughter|children|parents?)\b", re.I)


def section_reaches(text: str, title_end: int, position: int) -> bool:
    """Does a section title still govern ``position``? Not past a blank line, nor past a new "Label:"
    line (except a relative's label inside a family history: "Mother: ...")."""
    line_end = text.find("\n", position)
    between = text[title_end:len(text) if line_end < 0 else line_end]
    if re.search(r"\n[ \t]*\n", between):
        return False
    for m in _LABEL_LINE.finditer(between):
        if not _FAMILY_LABEL.match(m.group(1)):
            return False
    return True


def _nearest_date(dates: list[FoundDate], start: int, end: int, sentence: str = "",
                  others: Iterable[tuple[int, int]] = ()) -> FoundDate | None:
    """The date of the mention at ``start:end`` of ``sentence``; ``others`` are the sentence's other
    mentions: a date right after one of them before this mention is that one's ("CT 11/20/25 are
    attached for the MR spectroscopy request")."""
    claimed = {item.start for item in dates for other_start, other_end in others
               if other_end <= item.start < start and _ATTACHED.match(sentence, other_end, item.start)}
    # (a mention of the same concept shares its date: "MRI + MRS 12/15/25 - lesion stable, spectroscopy ...")
    best, best_distance = None, None
    for item in dates:
        if item.start in claimed:
            continue
        if item.end <= start and _CLAUSE_DASH.search(sentence, item.end, start):
            continue  # "opioid OD w/ cardiac arrest 2/14/26 - MRS for prognostication": the date is the arrest's
        distance = item.start - end if item.start >= end else start - item.end
        if distance < 0:
            distance = 0
        if (item.start >= end and distance > DATE_AFTER_CHARS) or (item.start < start and distance > DATE_BEFORE_CHARS):
            continue
        between = sentence[min(end, item.end):max(start, item.start)] if sentence else ""
        if ";" in between or "\n\n" in between:
            continue
        # a date after the mention on the same line binds more tightly than one before it
        if item.start < start:
            distance += 5
        if best_distance is None or distance < best_distance:
            best, best_distance = item, distance
    if best is None and sentence:
        # "In May 2025, during an influenza illness, she ... lost motor skills": a date that opens the
        # sentence dates what the sentence tells, however far into it a mention sits
        for item in dates:
            if item.start < start and _OPENING_DATE.match(sentence[:item.start]) and \
                    _OPENING_DATE_END.match(sentence[item.end:]) and ";" not in sentence[item.end:start]:
                return item
    return best


_ATTACHED = re.compile(r"[ \t,:]{0,3}$")
_CLAUSE_DASH = re.compile(r"\s[-\u2013\u2014]+\s")

CONTINUATION_REACH_CHARS = 400


def _date_told_before(page_dates: list[FoundDate], sentence_start: int, text: str) -> FoundDate | None:
    """The last date before a sentence that carries its story on ("After discharge she had lost
    skills"), in the same paragraph and a few lines back; offsets made relative to the sentence
    (negative: it stands before it), as the sentence's own dates are."""
    before = [d for d in page_dates if d.end <= sentence_start and sentence_start - d.end <= CONTINUATION_REACH_CHARS
              and "\n\n" not in text[d.end:sentence_start]]
    if not before:
        return None
    last = before[-1]
    return replace(last, start=last.start - sentence_start, end=last.end - sentence_start)


# what may stand before and after a date that opens its sentence ("In May 2025,", "On 03/14/2025 he")
_OPENING_DATE = re.compile(r"^\W*(?:(?:in|on|during|around|about|by|from|at|of)\s+)?(?:(?:early|late|mid)[- ]?)?$", re.I)
_OPENING_DATE_END = re.compile(r"^\s*(?:,|\s(?:at|when|while|during|after|he|she|they|the|his|her|patient|pt)\b)", re.I)


_PROSE_SENTENCE = re.compile(r"\b[a-z]{3,}\b[^.!?\n]{0,200}?\b[a-z]{3,}[.!?](?:\s|$)")


@lru_cache(maxsize=1)
def _health_plan_line() -> re.Pattern:
    """A form's health-plan field (request_fields.json ``health_plan_words``), which is no note's PLAN."""
    words = "|".join(re.escape(w) for w in sorted(fields_lexicon()["health_plan_words"], key=len, reverse=True))
    return re.compile(r"(?m)^\W*(?:health[ \t]+)?plan(?:[ \t]+name)?[ \t]*[:#][^\n]*\b(?:" + words + r")\b[^\n]*$")


def page_kind(text: str) -> str:
    """"request_form", "clinical" or "other" for one page of text."""
    lexicon = fields_lexicon()
    lower = text.lower()
    if "plan" in lower:  # "Plan:   Volunteer State Health Alliance - Medicare Advantage HMO" is the member's plan
        lower = _health_plan_line().sub("", lower)
    form_hits = sum(1 for marker in lexicon["request_form_markers"] if marker in lower)
    regexes = _field_regexes()
    field_hits = sum(1 for name in ("cpt_labels", "icd_labels", "dob_labels", "provider_labels", "request_date_labels")
                     if regexes[name].search(text))
    clinical_hits = sum(1 for marker in lexicon["clinical_document_markers"]  # substring test first: cheap
                        if marker in lower and re.search(r"(?m)^\W*" + re.escape(marker) + r"\b", lower))
    words = len(lower.split())
    if (form_hits >= 1 and field_hits >= 2) or field_hits >= 3:
        if clinical_hits < 2:
            return "request_form"
    # a fax cover sheet lists what it sends ("ENCLOSED: p.6-7 Neuro-oncology consult") but is no note
    if clinical_hits == 0 and sum(1 for marker in lexicon["cover_sheet_markers"] if marker in lower) >= 2:
        return "other"
    if words >= 40 or clinical_hits >= 1:
        return "clinical"
    # a brief note is still a note: two sentences of prose, not a cover sheet's fragments
    if words >= 15 and len(_PROSE_SENTENCE.findall(text)) >= 2:
        return "clinical"
    return "other"


@lru_cache(maxsize=1)
def _lasting_conditions() -> frozenset[str]:
    """Concepts that a past-medical-history list names as they are now ("PMH: CKD stage 3a"): the
    section does not make them history (lexicons/concepts.json ``history_section_is_current``)."""
    data = load_object("concepts.json", {"concepts"}, required={"concepts"})
    return frozenset(entry["name"] for entry in data["concepts"] if entry.get("history_section_is_current"))


@lru_cache(maxsize=1)
def _coordinated_share_date() -> frozenset[str]:
    """Concepts whose undated mention takes the date of a dated mention of the same concept in its
    sentence ("presents with NEW L hand clumsiness x ~1 wk and worsening headaches" retold from
    07/2025): lexicons/concepts.json ``coordinated_mentions_share_date``."""
    data = load_object("concepts.json", {"concepts"}, required={"concepts"})
    return frozenset(entry["name"] for entry in data["concepts"] if entry.get("coordinated_mentions_share_date"))


def _coordinated_dates(findings: list[Finding]) -> list[Finding]:
    sharing = _coordinated_share_date()
    dated: dict[tuple[str, int, str, str], str] = {}
    for finding in findings:
        if finding.concept in sharing and finding.date:
            dated.setdefault((finding.document, finding.page, finding.sentence, finding.concept), finding.date)
    return [replace(f, date=dated[key]) if f.concept in sharing and not f.date
            and (key := (f.document, f.page, f.sentence, f.concept)) in dated else f for f in findings]


@lru_cache(maxsize=1)
def _relative_name_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, frozenset[str]]:
    """The places a note names a relative (lexicons/relatives.json): 'her older sister's. Isla (15)',
    'brother, Tom,', 'Isla, her older sister'. The relative words are found in the lower-cased text
    (one plain alternation, much faster than a case-blind one); the name is looked for around each."""
    data = load_object("relatives.json", _RELATIVES_KEYS, required={"relative_words"})
    words = "|".join(re.escape(word.lower()).replace(r"\-", "[-\\s]?")
                     for word in sorted(data["relative_words"], key=len, reverse=True))
    relative = re.compile(rf"\b(?:{words})(?:['\u2019]s)?\b")
    name_after = re.compile(r"[ \t\n,.:(\u2013\u2014-]{1,4}([A-Z][a-z]{2,})(?![\w'\u2019-]*[A-Z0-9])")
    name_before = re.compile(r"\b([A-Z][a-z]{2,}),?[ \t]+\(?(?:[Hh]er|[Hh]is|[Tt]heir|the patient['\u2019]s)"
                             r"[ \t]+(?:[a-z]+[ \t]+)?$")
    return relative, name_after, name_before, frozenset(word.lower() for word in data.get("not_names", ()))


def relative_names(text: str) -> frozenset[str]:
    """The names a document gives the patient's relatives: a capitalised word that follows (or is
    followed by) a relative word and is never written in lower case in the document, so that
    'sister. She' or 'mother. Patient reports' name no one."""
    relative, name_after, name_before, not_names = _relative_name_patterns()
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer would move the offsets
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    candidates = set()
    for match in relative.finditer(lowered):
        after = name_after.match(text, match.end())
        if after:
            candidates.add(after.group(1))
        before = name_before.search(text, max(0, match.start() - 60), match.start())
        if before:
            candidates.add(before.group(1))
    found = set()
    for name in candidates:
        # a proper name is never written in lower case, and is capitalised in mid-sentence somewhere
        # ("that Isla's episode", "sister Ellie"), which a sentence's first word ("sister. Genetic
        # testing ...") need not be
        if name.lower() in not_names or re.search(rf"\b{name.lower()}\b", text) \
                or not re.search(rf"[a-z,][ \t]+{name}\b", text):
            continue
        found.add(name)
    return frozenset(found)


_RELATIVES_KEYS = {"_comment", "relative_words", "not_names", "sex_words", "possessives", "not_after_possessive"}


@lru_cache(maxsize=1)
def _sex_patterns() -> tuple[dict[str, re.Pattern], dict[str, re.Pattern], frozenset[str]]:
    """How a packet states the patient's sex (relatives.json ``sex_words``): '41M', 'Sex: F',
    'a 43-year-old woman'; for each sex, the other sexes' possessive at the end of a text, one word
    allowed after it ('his recurrent'); and the words that make it a view ('his impression')."""
    data = load_object("relatives.json", _RELATIVES_KEYS, required={"relative_words"})
    stated = {}
    for sex, words in data.get("sex_words", {}).items():
        letters = [w for w in words if len(w) == 1]
        names = "|".join(re.escape(w) for w in words if len(w) > 1)
        parts = [rf"(?i:\b(?:sex|gender)[ \t]*[:=]?[ \t]*(?:{names}|{'|'.join(letters)})\b)",
                 rf"(?i:\b\d{{1,3}}[- ]?(?:(?:year|yr|month|week|day)s?[- ]old|y/o|yo|y\.o\.)"
                 rf"(?:[ \t]+[a-z-]+){{0,3}}?[ \t]+(?:{names})\b)"]
        if letters:  # '41M', '11 yo F': a capital letter right after an age
            parts.append(rf"\b\d{{1,3}}[ \t]?(?:yo|y/o|y\.o\.)?[ \t]?(?:{'|'.join(l.upper() for l in letters)})\b")
        stated[sex] = re.compile("|".join(parts))
    possessives = dict(data.get("possessives", {}))
    others = {sex: re.compile(r"(?<![/\w])(" + "|".join(re.escape(word) for other, word in possessives.items()
                                                         if other != sex) + r")[ \t]+(?:([\w-]+)[ \t]+)?$", re.I)
              for sex in possessives if len(possessives) > 1}
    return stated, others, frozenset(data.get("not_after_possessive", ()))


def patient_sex(packet: Packet) -> str | None:
    """The sex the packet states for the patient, when every statement of it agrees."""
    stated, _, _ = _sex_patterns()
    votes = {sex: sum(len(pattern.findall(page.nlp_text)) for document in packet.documents for page in document.pages)
             for sex, pattern in stated.items()}
    said = [sex for sex, count in votes.items() if count]
    return said[0] if len(said) == 1 else None


def _other_sex_possessive(text: str, start: int, sex: str | None) -> bool:
    """Is the mention at ``start`` someone else's by its possessive ('his glioblastoma' in a woman's
    packet)? One word may stand between ('his recurrent GBM'), unless it makes a view of it ('his
    impression')."""
    if sex is None:
        return False
    _, others, views = _sex_patterns()
    if sex not in others:
        return False
    before = others[sex].search(text[max(0, start - 40):start])
    return bool(before and not (before.group(2) and before.group(2).lower() in views))


_AGE_OPENER = re.compile(r"\b([A-Z][a-z]{2,})(?: [A-Z][a-z]+)? is an? \d+[- ]?(?:year|yr|y/o|yo|month|week|day)")


def _patient_names(packet: Packet) -> frozenset[str]:
    """The patient's own names, which are never a relative's ('Dad, Amelia and Isla came'): the words
    of a member/patient field, and the subject of an age opener ('Amelia is an 11-year-old')."""
    from extractors.request import _label_values

    label = _field_regexes()["member_labels"]
    names: set[str] = set()
    for document in packet.documents:
        for page in document.pages:
            values = [value for _, value in _label_values(page.nlp_text, label)]
            values += [m.group(0) for m in _AGE_OPENER.finditer(page.nlp_text)]
            for value in values:
                names.update(re.findall(r"[A-Z][a-z]{2,}", value or ""))
    return frozenset(names)


def _told_of_relative(sentence: str, names: frozenset[str]) -> bool:
    """A sentence that begins with a relative's name ("Isla (15) ... was admitted with ...")."""
    if not names:
        return False
    opener = _SENTENCE_OPENER.match(sentence)
    return bool(opener and opener.group(1) in names)


_SENTENCE_OPENER = re.compile(r"[\W\d_]*([A-Z][a-z]+)")


@lru_cache(maxsize=1)
def _dated_past_is_historical() -> frozenset[str]:
    """Concepts whose mention with a date before its note's date is a past event ("MR spectroscopy
    on 08/26/2025 showed ..." in an October note): lexicons/concepts.json ``dated_past_is_historical``."""
    data = load_object("concepts.json", {"concepts"}, required={"concepts"})
    return frozenset(entry["name"] for entry in data["concepts"] if entry.get("dated_past_is_historical"))


_EDGE_PUNCTUATION = " \t\n:;,.-\u2013\u2014"


def _trim_punctuation(text: str, start: int, end: int) -> tuple[int, int]:
    """A rule may match the punctuation around a word ("): normal."); the finding quotes the words."""
    while start < end and (text[start] in _EDGE_PUNCTUATION or (text[start] == ")" and "(" not in text[start:end])):
        start += 1
    while end > start and (text[end - 1] in _EDGE_PUNCTUATION or (text[end - 1] == ")" and "(" not in text[start:end])):
        end -= 1
    return start, end


def _contained_findings(nlp, ent, concepts: set[str], parent: Finding, page_text: str) -> list[Finding]:
    """Mentions of ``concepts`` inside a longer target ("Recommend [MR spectroscopy]" is inconclusive
    imaging and names the study), as findings of their own with the longer one's assertion.
    Target rules ask for this with ``"metadata": {"contains_concepts": [...]}``."""
    matcher = nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher
    found = []
    skip_to = ent.start + 1  # the longer target itself would win over any match at its own start
    for token in ent[1:]:
        if token.i < skip_to:
            continue
        tail = ent.doc[token.i:ent.end]
        # a bare Doc of the same words: Span.as_doc would copy every extension value of the page
        words = Doc(nlp.vocab, words=[t.text for t in tail], spaces=[bool(t.whitespace_) for t in tail])
        for match_id, start, end in matcher(words):
            rule = matcher.rule_map[nlp.vocab.strings[match_id]]
            if start != 0 or rule.category not in concepts:
                continue
            first, last = tail[0].idx, tail[end - 1].idx + len(tail[end - 1].text)
            found.append(replace(parent, concept=rule.category, text=page_text[first:last], start=first, end=last,
                                 attributes=tuple(pair for pair in parent.attributes if pair[0] == "historical_by"),
                                 fuzzy_score=None, rule=rule.literal))
            skip_to = token.i + end
            break
    return found


_APPOSITIVE_GAP = re.compile(r"^\s*\(\s*$")


def _appositives_share_assertion(findings: list[Finding], texts: dict[tuple[str, int], str]) -> list[Finding]:
    """A mention in brackets right after a mention of the same concept restates it and shares its
    assertion: in "... versus peripherally located high-grade glioma (glioblastoma)" the glioblastoma is
    as uncertain as the glioma it names."""
    result = list(findings)
    last: dict[tuple[str, int, str], int] = {}  # (document, page, concept) -> index of its latest mention
    for index, finding in enumerate(result):
        key = (finding.document, finding.page, finding.concept)
        before = last.get(key)
        if before is not None:
            previous = result[before]
            gap = texts.get((finding.document, finding.page), "")[previous.end:finding.start]
            if previous.end <= finding.start and _APPOSITIVE_GAP.match(gap) and previous.assertion != finding.assertion:
                result[index] = replace(finding, assertion=previous.assertion)
        last[key] = index
    return result


def _other_patients_pages(pages: list[tuple[Document, Page]], birth: str | None,
                          day_first: dict[str, bool]) -> dict[tuple[str, int], str]:
    """Pages of a packet that belong to someone else: a page whose labelled dates of birth
    ("DOB: 06/03/2011") are all other than the request's patient's (a fax that carries another
    child's MRI report). {(document, page): the page's date of birth}."""
    if not birth:
        return {}
    patient = dt.date.fromisoformat(birth)
    labels = _field_regexes()["dob_labels"]
    foreign = {}
    for document, page in pages:
        text = page.nlp_text
        if not labels.search(text):
            continue
        births = {as_birth_date(d.date) for d in labelled_date_spans(
            text, labels, find_dates(text, day_first=day_first[document.name]))}
        if births and all(_other_person(seen, patient) for seen in births):
            foreign[(document.name, page.number)] = min(births).isoformat()
    return foreign


def _other_person(seen: dt.date, patient: dt.date) -> bool:
    """A date of birth that is someone else's, not the patient's misread: a scan's OCR or a typo
    changes one digit ("1966" for "1968"), another person's date differs in more."""
    return sum(a != b for a, b in zip(seen.strftime("%Y%m%d"), patient.strftime("%Y%m%d"))) >= 2


def extract(packet: Packet, nlp=None, progress: ProgressCallback | None = None):
    """Run the NLP over every page of the packet; returns an ``assistant.types.Extraction``."""
    from assistant.types import Extraction
    from extractors.pipeline import get_pipeline
    from extractors.request import read_request

    nlp = nlp or get_pipeline()
    pages: list[tuple[Document, Page]] = [(document, page) for document in packet.documents for page in document.pages]
    day_first = detect_day_first_by_document({document.name: [page.nlp_text for page in document.pages]
                                              for document in packet.documents})
    document_dates: dict[str, dt.date | None] = {}
    for document in packet.documents:
        found = None
        for page in document.pages[:2]:
            found = document_date(page.nlp_text, day_first=day_first[document.name])
            if found:
                break
        document_dates[document.name] = found
    patient = _patient_names(packet)
    sex = patient_sex(packet)
    relatives = {document.name: relative_names("\n".join(page.nlp_text for page in document.pages)) - patient
                 for document in packet.documents}
    kinds: dict[str, str] = {}
    page_kinds: dict[tuple[str, int], str] = {}
    for document, page in pages:
        page_kinds[(document.name, page.number)] = page_kind(page.nlp_text)
    for document in packet.documents:
        own = [page_kinds[(document.name, page.number)] for page in document.pages]
        if "clinical" in own:
            kinds[document.name] = "clinical" if own.count("request_form") == 0 else "mixed"
        elif "request_form" in own:
            kinds[document.name] = "request_form"
        else:
            kinds[document.name] = "other"

    findings: list[Finding] = []
    warnings: list[str] = []
    total = len(pages)
    texts = (join_soft_wraps(page.nlp_text) for _, page in pages)
    for index, ((document, page), doc) in enumerate(zip(pages, nlp.pipe(texts, batch_size=16))):
        if progress:
            progress(document.name, index + 1, total)
        if page.number == 1:
            reference = document_dates.get(document.name)
        else:
            reference = note_start_date(page.nlp_text, day_first=day_first[document.name]) or reference
        sentence_dates: dict[int, list[FoundDate]] = {}
        page_dates: list[FoundDate] | None = None  # found once per page, on the first sentence that needs them
        # Span.sent and doc.sents build a Token per token; the SENT_START column is one array read
        sentence_starts = [0] + [int(i) for i in (doc.to_array("SENT_START") == 1).nonzero()[0] if i] + [len(doc)] \
            if doc.ents else []
        entity_bounds = [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
        for ent in doc.ents:
            concept = ent.label_
            where = bisect.bisect_right(sentence_starts, ent.start) - 1
            sentence = doc[sentence_starts[where]:sentence_starts[where + 1]]
            key = sentence.start_char
            # Span.text walks every token; the page text sliced at the sentence's ends is the same string
            sentence_text = page.nlp_text[key:sentence.end_char]
            if key not in sentence_dates:
                if page_dates is None:
                    found_dates = find_dates(page.nlp_text, day_first=day_first[document.name], reference=reference)
                    # a date of birth dates no event ("DOB 01/23/1984 - request for MR spectroscopy")
                    births = {(d.start, d.end) for d in labelled_date_spans(page.nlp_text,
                                                                             _field_regexes()["dob_labels"], found_dates)}
                    page_dates = [d for d in found_dates if (d.start, d.end) not in births
                                  and not is_citation_year(page.nlp_text, d)]
                # the sentence's own dates, at offsets in the sentence
                sentence_end = key + len(sentence_text)
                sentence_dates[key] = [replace(d, start=d.start - key, end=d.end - key) for d in page_dates
                                       if key <= d.start and d.end <= sentence_end]
            answer = form_answer(page.nlp_text, ent.start_char, ent.end_char)
            if answer is None and page.source == "ocr" and (_on_scanned_checkbox_line(page.nlp_text, ent.start_char)
                                                           or _scanned_yes_no(page.nlp_text, ent.end_char)):
                answer = "unticked"
            if answer == "unticked":
                continue
            extension = ent._  # each ``ent._`` builds an accessor: one per entity
            negated = bool(extension.is_negated)
            if answer == "negated":
                negated = True
            elif answer == "affirmed":
                negated = False
            # Span._.section_category and ._.section_title each read the first token's section
            section_found = doc[ent.start]._.section
            section = section_found.category if section_found is not None else None
            from_section = None
            title = doc[section_found.title_start:section_found.title_end] if section_found is not None else None
            if section in SECTION_ASSERTIONS and title is not None and \
                    section_reaches(page.nlp_text, title.end_char, ent.start_char):
                from_section = SECTION_ASSERTIONS[section]
                if from_section == "historical" and concept in _lasting_conditions():
                    from_section = None
            dates = sentence_dates[key]
            others = [(other_start - key, other_end - key) for other_start, other_end, other_label in entity_bounds
                      if key <= other_start and other_end <= ent.start_char and other_label != concept] if dates else ()
            nearest = _nearest_date(dates, ent.start_char - key, ent.end_char - key, sentence_text, others)
            if nearest is None and continuation_opener().match(sentence_text):
                nearest = _date_told_before(page_dates, key, page.nlp_text)
            target_rule = getattr(extension, "target_rule", None)
            metadata = (target_rule.metadata or {}) if target_rule is not None else {}
            # an episode dated well before its note is over ("grade 2 AKI (04/2024)" in a 2026 note)
            past_after = metadata.get("past_after_days")
            past_event = bool(nearest and reference and (
                (nearest.date < reference and concept in _dated_past_is_historical())
                or (past_after is not None and (reference - nearest.date).days > past_after)))
            assertion = Assertion(
                negated=negated,
                # a hedge inside a denial ("no features to suggest X") is still a denial
                uncertain=bool(extension.is_uncertain) and not negated,
                historical=bool(extension.is_historical) or from_section == "historical" or past_event,
                hypothetical=bool(extension.is_hypothetical) and answer != "affirmed",
                family=bool(extension.is_family) or from_section == "family"
                or _told_of_relative(sentence_text, relatives[document.name])
                or _other_sex_possessive(page.nlp_text, ent.start_char, sex),
            )
            date = nearest.date.isoformat() if nearest else None
            if nearest and nearest.ambiguous:
                warnings.append(f"{document.name} p{page.number}: date {page.nlp_text[key + nearest.start:key + nearest.end]} "
                                f"could be read day-first or month-first; read as {date}")
            if metadata.get("drop_if_affirmed") and not (
                    assertion.negated or assertion.hypothetical or assertion.historical or assertion.family):
                # a bare symptom ("headaches") says nothing about new or worse unless the text denies it
                # ("denies headaches"), makes it conditional, past or a relative's
                continue
            if metadata.get("drop_if_sentence_has_concept") and any(
                    f.concept == concept and f.document == document.name and f.page == page.number
                    and key <= f.start < ent.start_char for f in findings):
                # "indeterminate for recurrence versus necrosis": the "versus" restates the hedge before it
                continue
            rule = target_rule.literal if target_rule is not None else (extension.rule_literal or "")
            start, end = _trim_punctuation(page.text, ent.start_char, ent.end_char)
            findings.append(Finding(
                id="",
                concept=concept,
                text=page.text[start:end],
                document=document.name,
                page=page.number,
                start=start,
                end=end,
                section=section,
                date=date,
                assertion=assertion,
                sentence=" ".join(sentence_text.split())[:400],
                attributes=_attributes(concept, sentence_text, page.nlp_text[ent.start_char:ent.end_char])
                + ((("date_precision", nearest.precision),) if nearest and nearest.precision != "day" else ())
                # an episode that ends ("AKI"), as its rule's past_after_days says
                + ((("episode", "acute"),) if past_after is not None else ())
                # past only by its date, not by its words: "MDT 28/04/2026 recommends MRS" is a recommendation
                + ((("historical_by", "date"),) if past_event and not (
                    extension.is_historical or from_section == "historical") else ()),
                fuzzy_score=extension.fuzzy_score,
                rule=rule,
                document_date=reference.isoformat() if reference else None,
            ))
            contained = metadata.get("contains_concepts")
            if contained:
                findings.extend(_contained_findings(nlp, ent, set(contained), findings[-1], page.text))
    findings = _appositives_share_assertion(findings, {(d.name, pg.number): pg.nlp_text for d, pg in pages})
    findings = _coordinated_dates(findings)
    request = read_request(packet, findings, kinds, document_dates, day_first=day_first)
    foreign = _other_patients_pages(pages, request.date_of_birth, day_first)
    if foreign:
        findings = [f for f in findings if (f.document, f.page) not in foreign]
        for (name, number), birth in foreign.items():
            warnings.append(f"{name} p{number}: about another patient (date of birth {birth}, not the request's "
                            f"{request.date_of_birth}); its findings are left out")
    if len({id(finding) for finding in findings}) < len(findings):
        findings = [replace(finding) for finding in findings]  # one object listed twice gets two numbers
    for number, finding in enumerate(findings, start=1):
        # each Finding was made here and is held nowhere else yet: numbering it in place saves a
        # dataclasses.replace (a full copy) per finding
        object.__setattr__(finding, "id", f"f{number}")
    return Extraction(
        packet=packet,
        findings=tuple(findings),
        request=request,
        document_dates=tuple((name, date.isoformat() if date else None) for name, date in document_dates.items()),
        document_kinds=tuple(kinds.items()),
        warnings=tuple(dict.fromkeys(warnings)),
    )
