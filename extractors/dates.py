"""Dates in clinical text: absolute formats, relative phrases, day-first packets.

Formats: 10/02/2025, 10-2-25, 2025-10-02, Oct 2, 2025, 2 October 2025,
October 2025, 03/2025, and "three weeks ago" resolved against the date of the
document that says it. Month-first unless the packet is UK-style.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.lexicon import load_object


@dataclass(frozen=True, slots=True)
class FoundDate:
    start: int
    end: int
    date: dt.date
    precision: str  # "day" | "month" | "year"
    ambiguous: bool = False  # day/month order could be read both ways with different results
    relative: bool = False


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return load_object("dates.json", {"months", "number_words", "day_first_markers", "document_date_labels",
                                      "non_document_date_labels", "draft_date_labels",
                                      "narrative_continuation_openers", "citation_words", "yearless_date_after"})


@lru_cache(maxsize=1)
def _patterns() -> dict[str, "FoldedPattern"]:
    """The date patterns, matched case-folded (``FoldedPattern``): Python's case-insensitive matching of
    the month and number-word alternations is ~3x slower (measured on the neuro transcriptions)."""
    months = sorted({name.lower() for name in _lexicon()["months"]}, key=len, reverse=True)  # matched on lower-cased text
    month = "(?P<mon>" + "|".join(months) + r")\.?"
    numbers = sorted({word.lower() for word in _lexicon()["number_words"]}, key=len, reverse=True)
    count = r"(?P<count>\d{1,3}|" + "|".join(re.escape(n) for n in numbers) + ")"
    return {
        "iso": FoldedPattern(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
        # a date range "05/14/2025-05/19/2025" is two dates: a hyphen may join a year to the next date
        "numeric": FoldedPattern(r"(?<![\d/.])(?<!(?<!\d{4})-)(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4}|\d{2})"
                              r"(?![\d/]|-(?!\d{1,2}[/.]\d{1,2}[/.]\d{2,4}))"
                              r"(?:\s*\((?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\))?"),
        "month_day_year": FoldedPattern(r"\b" + month + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})\b"),
        "day_month_year": FoldedPattern(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + month + r",?\s+(?P<y>(?:19|20)\d{2})\b"),
        # "16-Mar-2026", "16-MAR-26", "16/Mar/2026": the EHR print form
        "day_mon_year": FoldedPattern(r"\b(?P<d>\d{1,2})(?P<sep>[-/])" + month + r"(?P=sep)(?P<y>(?:19|20)\d{2}|\d{2})\b"),
        "month_year": FoldedPattern(r"\b" + month + r",?\s+(?P<y>(?:19|20)\d{2})\b"),
        "numeric_month_year": FoldedPattern(r"(?<![\d/.-])(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])"),
        "year": FoldedPattern(r"(?<![\d/.:-])(?P<y>(?:19[5-9]|20[0-4])\d)(?![\d/.:%-]|\s*(?:mg|ml|mcg|units?|cc|g)\b)"),
        "relative": FoldedPattern(r"\b" + count + r"\s+(?P<unit>day|days|week|weeks|wk|wks|month|months|mo|mos|year|years|yr|yrs)"
                               r"\s+(?:ago|prior|earlier|previously|before)\b"),
        # "indeterminate per MRI 8/12": a month and day with no year, right after a study's name, resolved
        # against the note's date (dates.json yearless_date_after; "strength 5/5" and "BP 120/80" stay numbers)
        "yearless": FoldedPattern(r"\b(?:" + ("|".join(re.escape(w) for w in sorted(
            {w.lower() for w in _lexicon().get("yearless_date_after", [])}, key=len, reverse=True)) or "(?!)")
            + r")\s+(?:(?:on|of|from|dated)\s+)?(?P<date>(?P<a>\d{1,2})/(?P<b>\d{1,2}))(?![\d/-]|\.\d)"),
        "relative_word": FoldedPattern(r"\b(?P<word>yesterday|today|last week|last month|last year|earlier this week|"
                                    r"earlier this month|this morning)\b"),
    }


_DIGIT = re.compile(r"\d")
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _year(text: str) -> int:
    year = int(text)
    if year < 100:
        year += 2000 if year <= 69 else 1900
    return year


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def add_months(day: dt.date, months: int) -> dt.date:
    """Calendar-month arithmetic, clamping the day to the month's end (05-31 - 3 -> 02-28)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def find_dates(text: str, *, day_first: bool = False, reference: dt.date | None = None) -> list[FoundDate]:
    """All dates in ``text``, left to right, without overlaps."""
    found = list(_absolute_dates(text, day_first))
    if reference is not None:
        found = _add_relative_dates(text, reference, found, day_first)
    found.sort(key=lambda item: item.start)
    return found


def _free(taken: list[FoundDate], item: FoundDate) -> bool:
    return all(item.end <= other.start or item.start >= other.end for other in taken)


@lru_cache(maxsize=256)
def _absolute_dates(text: str, day_first: bool) -> tuple[FoundDate, ...]:
    """The dates in ``text`` that need no reference date, in the order they were taken. Cached: a
    page's text is read for its document date, its note's date and its findings' dates."""
    patterns = _patterns()
    months = {name.lower(): number for name, number in _lexicon()["months"].items()}
    found: list[FoundDate] = []

    def add(item: FoundDate | None) -> None:
        if item is not None and _free(found, item):
            found.append(item)

    # every pattern here needs a digit; most sentences have none
    if _DIGIT.search(text) is None:
        return ()
    for m in patterns["iso"].finditer(text):
        date = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        add(date and FoundDate(m.start(), m.end(), date, "day"))
    for m in patterns["month_day_year"].finditer(text):
        date = _safe_date(int(m["y"]), months[m["mon"].lower()], int(m["d"]))
        add(date and FoundDate(m.start(), m.end(), date, "day"))
    for m in patterns["day_month_year"].finditer(text):
        date = _safe_date(int(m["y"]), months[m["mon"].lower()], int(m["d"]))
        add(date and FoundDate(m.start(), m.end(), date, "day"))
    for m in patterns["day_mon_year"].finditer(text):
        date = _safe_date(_year(m["y"]), months[m["mon"].lower()], int(m["d"]))
        add(date and FoundDate(m.start(), m.end(), date, "day"))
    for m in patterns["numeric"].finditer(text):
        a, b, year = int(m["a"]), int(m["b"]), _year(m["y"])
        month_first = _safe_date(year, a, b)
        day_first_date = _safe_date(year, b, a)
        weekday = m["wd"]
        if weekday:
            wanted = _WEEKDAYS[weekday[:3].lower()]
            if month_first and month_first.weekday() == wanted and not (day_first_date and day_first_date.weekday() == wanted):
                day_first_date = None
            elif day_first_date and day_first_date.weekday() == wanted and not (month_first and month_first.weekday() == wanted):
                month_first = None
        preferred, other = (day_first_date, month_first) if day_first else (month_first, day_first_date)
        date = preferred or other
        if date is None:
            continue
        ambiguous = bool(preferred and other and preferred != other)
        add(FoundDate(m.start(), m.end(), date, "day", ambiguous=ambiguous))
    for m in patterns["month_year"].finditer(text):
        date = _safe_date(int(m["y"]), months[m["mon"].lower()], 1)
        add(date and FoundDate(m.start(), m.end(), date, "month"))
    for m in patterns["numeric_month_year"].finditer(text):
        month = int(m["m"])
        date = _safe_date(int(m["y"]), month, 1) if 1 <= month <= 12 else None
        add(date and FoundDate(m.start(), m.end(), date, "month"))
    for m in patterns["year"].finditer(text):
        add(FoundDate(m.start(), m.end(), dt.date(int(m["y"]), 1, 1), "year"))
    return tuple(found)


def _add_relative_dates(text: str, reference: dt.date, found: list[FoundDate],
                        day_first: bool = False) -> list[FoundDate]:
    """``found`` and, where they overlap none of it, "three weeks ago", "yesterday" and "MRI 8/12"
    resolved against ``reference``."""
    patterns = _patterns()

    def add(item: FoundDate) -> None:
        if _free(found, item):
            found.append(item)

    numbers = {word.lower(): number for word, number in _lexicon()["number_words"].items()}
    for m in patterns["yearless"].finditer(text):
        a, b = int(m["a"]), int(m["b"])
        month, day = (b, a) if day_first else (a, b)
        date = _safe_date(reference.year, month, day)
        if date and date > reference:
            date = _safe_date(reference.year - 1, month, day)
        if date:
            add(FoundDate(m.start("date"), m.end("date"), date, "day", relative=True))
    for m in patterns["relative"].finditer(text):
        raw = m["count"].lower()
        count = int(raw) if raw.isdigit() else numbers.get(raw, 1)
        unit = m["unit"].lower()
        if unit.startswith("d"):
            date = reference - dt.timedelta(days=count)
        elif unit.startswith("w"):
            date = reference - dt.timedelta(weeks=count)
        elif unit.startswith("mo"):
            date = add_months(reference, -count)
        else:
            date = add_months(reference, -12 * count)
        add(FoundDate(m.start(), m.end(), date, "day" if unit[0] in "dw" else "month", relative=True))
    for m in patterns["relative_word"].finditer(text):
        word = m["word"].lower()
        offsets = {"yesterday": dt.timedelta(days=1), "today": dt.timedelta(0), "this morning": dt.timedelta(0),
                   "last week": dt.timedelta(weeks=1), "earlier this week": dt.timedelta(days=2),
                   "earlier this month": dt.timedelta(days=10)}
        if word in offsets:
            date = reference - offsets[word]
        elif word == "last month":
            date = add_months(reference, -1)
        else:
            date = add_months(reference, -12)
        add(FoundDate(m.start(), m.end(), date, "day", relative=True))
    return found


_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/])")


def detect_day_first_by_document(documents: dict[str, list[str]]) -> dict[str, bool]:
    """Per document, is it UK-style? A packet may join a US request form ("02/16/2026") to UK records
    ("18/11/2025"): a document's own unambiguous dates decide for it, the packet's vote for the rest."""
    votes = {name: _numeric_votes(texts) for name, texts in documents.items()}  # each text read once
    packet = detect_day_first([text for texts in documents.values() for text in texts],
                              votes=(sum(day for day, _ in votes.values()), sum(month for _, month in votes.values())))
    result = {}
    for name, (day_first_votes, month_first_votes) in votes.items():
        result[name] = day_first_votes > month_first_votes if day_first_votes != month_first_votes else packet
    return result


def _numeric_votes(texts: list[str]) -> tuple[int, int]:
    day_first_votes = month_first_votes = 0
    for text in texts:
        for m in _NUMERIC.finditer(text):
            a, b = int(m.group(1)), int(m.group(2))
            if a > 12 and b <= 12:
                day_first_votes += 1
            elif b > 12 and a <= 12:
                month_first_votes += 1
        for m in _patterns()["numeric"].finditer(text):
            if m["wd"]:
                a, b, year = int(m["a"]), int(m["b"]), _year(m["y"])
                wanted = _WEEKDAYS[m["wd"][:3].lower()]
                mf, df = _safe_date(year, a, b), _safe_date(year, b, a)
                if df and df.weekday() == wanted and not (mf and mf.weekday() == wanted):
                    day_first_votes += 3
                elif mf and mf.weekday() == wanted and not (df and df.weekday() == wanted):
                    month_first_votes += 3
    return day_first_votes, month_first_votes


def detect_day_first(texts: list[str], votes: tuple[int, int] | None = None) -> bool:
    """Is this packet UK-style? Unambiguous numeric dates vote first; spelling and NHS context break ties.
    ``votes`` is ``_numeric_votes(texts)`` when the caller has counted them."""
    day_first_votes, month_first_votes = votes if votes is not None else _numeric_votes(texts)
    if day_first_votes != month_first_votes:
        return day_first_votes > month_first_votes
    markers = _lexicon()["day_first_markers"]
    joined = "\n".join(texts)
    hits = sum(1 for marker in markers if marker in joined and re.search(r"\b" + re.escape(marker) + r"\b", joined))
    return hits >= 2


class FoldedPattern:
    """A case-insensitive regex of lower-case literals, run on lower-cased text when lower-casing
    moves no offset (IGNORECASE alternations of many labels are several times slower in Python's
    ``re``). Matches give offsets into the text; their groups are lower-cased."""

    def __init__(self, source: str):
        self.folded = re.compile(source)
        self.insensitive = re.compile(source, re.I)

    _last: tuple[str, str] = ("", "")  # (text, its lower case): a page's text is searched for many labels

    def _on(self, text: str) -> tuple[re.Pattern, str]:
        last_text, lower = FoldedPattern._last
        if text is not last_text:
            lower = text.lower()
            FoldedPattern._last = (text, lower)
        return (self.folded, lower) if len(lower) == len(text) else (self.insensitive, text)

    def finditer(self, text: str, pos: int = 0):
        regex, subject = self._on(text)
        return regex.finditer(subject, pos)

    def search(self, text: str, pos: int = 0):
        regex, subject = self._on(text)
        return regex.search(subject, pos)


def _label_regex(labels: list[str]) -> FoldedPattern:
    # a label's words stand on one line: "EXAM REQUESTED" over "CPT code(s):" is not "requested CPT"
    # "CPT/HCPCS" is also written "CPT / HCPCS"
    alternatives = "|".join(re.escape(label.lower()).replace(r"\ ", r"[ \t]+").replace("/", r"[ \t]*/[ \t]*")
                            for label in sorted(labels, key=len, reverse=True))
    # a label may end in a bracket ("CPT code(s):"), after which \b would need a letter; any label may
    # take a plural in brackets ("CPT/HCPCS code(s):", "Diagnosis(es):")
    return FoldedPattern(r"(?<![A-Za-z])(?:" + alternatives + r")(?:\(e?s\))?(?![a-z0-9])\.?\s*[:#-]?\s*")


@lru_cache(maxsize=1)
def _document_label_regexes() -> tuple[FoldedPattern, FoldedPattern]:
    lexicon = _lexicon()
    return _label_regex(lexicon["document_date_labels"]), _label_regex(lexicon["non_document_date_labels"])


@lru_cache(maxsize=1)
def _draft_label_regex() -> FoldedPattern:
    return _label_regex(_lexicon()["draft_date_labels"])


def labelled_date_spans(text: str, labels_regex: "FoldedPattern | re.Pattern", dates: list[FoundDate]) -> list[FoundDate]:
    """Dates that directly follow one of the labels (within the same line)."""
    result = []
    for m in labels_regex.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        for item in dates:
            if m.end() <= item.start <= min(line_end, m.end() + 25):
                result.append(item)
                break
    return result


def document_date(text: str, *, day_first: bool) -> dt.date | None:
    """The date a document was written: a labelled date if there is one, else its first date that is not a DOB."""
    dates = [d for d in find_dates(text, day_first=day_first) if d.precision == "day"]
    if not dates:
        return None
    wanted, unwanted = _document_label_regexes()
    excluded = {(d.start, d.end) for d in labelled_date_spans(text, unwanted, dates)}
    labelled = [d for d in labelled_date_spans(text, wanted, dates) if (d.start, d.end) not in excluded]
    # "Dictated: 02/10 ... Transcribed: 02/12 ... Electronically signed 02/13": the draft dates are not the
    # document's date when a date of service, letter date or signature is there
    drafts = {(d.start, d.end) for d in labelled_date_spans(text, _draft_label_regex(), dates)}
    final = [d for d in labelled if (d.start, d.end) not in drafts]
    if final or labelled:
        return (final or labelled)[0].date
    for item in dates:
        if (item.start, item.end) not in excluded:
            return item.date
    return None


@lru_cache(maxsize=1)
def continuation_opener() -> re.Pattern:
    """A sentence that goes on telling the event dated in the sentence before it ("After discharge
    she had lost skills"): lexicons/dates.json ``narrative_continuation_openers``."""
    openers = sorted(_lexicon().get("narrative_continuation_openers", []), key=len, reverse=True)
    if not openers:
        return re.compile(r"(?!)")
    return re.compile(r"^\W*(?:" + "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in openers) + r")\b", re.I)


CITATION_REACH_CHARS = 45


@lru_cache(maxsize=1)
def _citation_words() -> re.Pattern:
    words = sorted(_lexicon().get("citation_words", []), key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?![a-z])", re.I)


def is_citation_year(text: str, item: FoundDate) -> bool:
    """A bare year that dates a publication, not an event: "(Mitochondrial Medicine Society consensus,
    Genet Med 2015)", "WHO 2021 classification". lexicons/dates.json ``citation_words`` just before
    or after it, in the same paragraph."""
    if item.precision != "year":
        return False
    before = text[max(0, item.start - CITATION_REACH_CHARS):item.start].rsplit("\n\n", 1)[-1]
    after = text[item.end:item.end + 25].split("\n\n", 1)[0]
    return bool(_citation_words().search(before + " " + after))


NOTE_HEAD_CHARS = 600  # a note's dated header sits in the first lines of its page


def note_start_date(text: str, *, day_first: bool) -> dt.date | None:
    """The date of a note that starts on this page: a date after a document-date label ("Date of
    service:", "Arrival:") that begins a line in the page's first lines. None when the page
    carries on an earlier note. Multi-note packets (one PDF of ED note, clinic notes, reports)
    date each finding by the note it is in, not by the packet's first page."""
    head = text[:NOTE_HEAD_CHARS]
    dates = [d for d in find_dates(head, day_first=day_first) if d.precision == "day"]
    if not dates:
        return None
    wanted, unwanted = _document_label_regexes()
    excluded = {(d.start, d.end) for d in labelled_date_spans(head, unwanted, dates)}
    for item in labelled_date_spans(head, wanted, dates):
        if (item.start, item.end) in excluded:
            continue
        line_start = head.rfind("\n", 0, item.start) + 1
        label = wanted.search(head, line_start)
        if label and not head[line_start:label.start()].strip():
            return item.date
    return None


def as_birth_date(date: dt.date, reference: dt.date | None = None) -> dt.date:
    """A date of birth is never in the future: "DOB 09/14/64" read as 2064 is 1964."""
    if date > (reference or dt.date.today()) and date.year >= 2000:
        try:
            return date.replace(year=date.year - 100)
        except ValueError:  # 29 February
            return date.replace(year=date.year - 100, day=28)
    return date
