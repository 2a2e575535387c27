"""The request form: request date, CPT and ICD-10 codes, date of birth or age,
ordering provider, urgency, body part.

Settled rules (policy-semantics.md): the request date is the form's "Date of
request" or signature date, never a fax banner's transmission date or the
requested date of service; with no form it is the latest clinical document's
date. The requested code comes from the form, else from a sentence that asks
for the study; a CPT code in an old imaging report header is history.
"""
from __future__ import annotations

import datetime as dt
import re

from extractors.dates import FoldedPattern, as_birth_date, document_date, find_dates, labelled_date_spans
from extractors.findings import _NEXT_FIELD, _field_regexes, _line_bounds, fields_lexicon, last_boxes
from extractors.types import Finding, Packet

_CPT = re.compile(r"(?<![\d.])(\d{5}|[A-Z]\d{4})(?![\d.])")
_ICD10 = re.compile(r"\b([A-TV-Z]\d[0-9AB](?:\.[0-9A-Z]{1,4})?)\b")
_AGE_PHRASE = re.compile(
    r"\b(\d{1,3})[- ]?(?:(year|yr|y)s?[- ]?(?:old|o\b|/o\b)|(month|mo|week|wk|day)s?[- ]old)", re.I)
_AGE_SHORT = re.compile(r"\b(\d{1,3})\s*(?:yo|y/o|y\.o\.|yrs? old)\b", re.I)
_DAY_OF_LIFE = re.compile(r"\b(?:DOL|day of life)\s*#?\s*(\d{1,3})\b", re.I)
_FAMILY_BEFORE = re.compile(r"\b(mother|father|mom|dad|maternal|paternal|sister|brother|sibling|parent|parents|"
                            r"grandmother|grandfather|aunt|uncle|cousin|wife|husband|spouse|son|daughter)\b", re.I)
_NEONATE = re.compile(r"\b(newborn|neonate|neonatal intensive care|NICU)\b", re.I)


_RE_LINE = re.compile(r"^\s*(?:re|regarding|subject)\s*:", re.I)
_BRACKETED_RADIOLOGY_CODE = re.compile(r"[A-Za-z][\w ,/-]*\(\s*(7\d{4})\s*\)")
_LEADER = re.compile(r"\s*(?:[.\u2026_]{2,}\s*[:#-]?\s*)+")


def _line_and_block_heading(text: str, offset: int) -> str:
    """The line up to ``offset``, with the heading of the indented block it sits in, if any
    ("Prior imaging of this region:" over "  MRI brain w/wo contrast (CPT 70553) 03/18/2026")."""
    line_start = text.rfind("\n", 0, offset) + 1
    own = text[line_start:offset]
    if not own[:1].isspace():
        return own
    cursor = line_start - 1
    while cursor > 0:
        start = text.rfind("\n", 0, cursor) + 1
        line = text[start:cursor]
        if not line.strip():
            break
        if not line[:1].isspace():
            return line + "\n" + own
        cursor = start - 1
    return own


def _label_values(text: str, regex: "re.Pattern | FoldedPattern") -> list[tuple[int, str]]:
    """(offset, rest-of-line) after every occurrence of a label, cut at a wide gap or a bar."""
    values = []
    for m in regex.finditer(text):
        if "\n" in m.group(0):
            continue  # a heading ("PATIENT") whose trailing whitespace ran onto the next line's own label
        line_start, line_end = _line_bounds(text, m.start(), m.end())
        # the label must open the line or follow a gap / separator, so "Date:" inside prose is not a field
        prefix = text[line_start:m.start()]
        # ("[X] MR spectroscopy  - CPT 76390": a box's choice, then its code after a dash; "If yes - body part:"
        # is a question's follow-up, not the form's field)
        if prefix.strip() and not re.search(r"(\s{2,}|[|:;,(\[]\s*|\t)$", prefix) and not (
                re.search(r"\s[-\u2013]\s*$", prefix) and _BOX_MARK.search(prefix)):
            continue
        offset = m.end()
        longer = _LABEL_GOES_ON.match(text, offset, line_end)  # "Body region / laterality: Brain - L frontal"
        qualified = None if longer else _LABEL_QUALIFIER.match(text, offset, line_end)
        if qualified:  # "Procedure code (CPT):    76390", "Date of birth (dd/mm/yyyy): ..."
            offset = qualified.end()
        elif longer:
            if not longer.group(1):
                continue  # "...; Units; Body region / laterality" heads a column: no value beside it
            offset = longer.end()
        # dot leaders or underscores between a form's label and its value ("Body part ...... Brain")
        leader = _LEADER.match(text, offset, line_end)
        offset = leader.end() if leader else offset
        rest = text[offset:line_end]
        cell = _NEXT_CELL.match(rest)  # "|Date of birth|03/09/2008|": the value is the next cell
        if cell:
            line = text[line_start:line_end]
            if _PIPE_ROW.match(line) and sum(1 for part in line.split("|") if part.strip()) > 2:
                continue  # a header row ("| CPT | DESCRIPTION | BODY PART |"): the values are below it
            offset, rest = offset + cell.end(), rest[cell.end():]
        rest = re.split(r"\s{3,}|\|", rest, maxsplit=1)[0]
        if not re.search(r"[A-Za-z0-9]", rest):
            rest = ""  # a blank field ("____________") states nothing
        values.append((offset, rest.strip()))
    return values


_BOX_MARK = re.compile(r"\[[ xX\u2713\u2714]?\]|[\u2610\u2611\u2612]")


def _unticked_choice(text: str, offset: int) -> bool:
    """The field at ``offset`` belongs to a box left empty: its line's last box before it is unticked."""
    ticked, unticked = last_boxes(text[text.rfind("\n", 0, offset) + 1:offset])
    return unticked > ticked


def _label_in_brackets(text: str, offset: int, regex: "re.Pattern | FoldedPattern") -> bool:
    """Is the label of the field value at ``offset`` opened by a bracket ("(CPT 76390)")?"""
    line_start = text.rfind("\n", 0, offset) + 1
    before = text[line_start:offset]
    labels = list(regex.finditer(before))
    return bool(labels) and before[:labels[-1].start()].rstrip().endswith("(")


def _ticked_choices(text: str, offset: int, value: str, regexes: dict) -> str:
    """A field's value, or where the field is a row of boxes ("[ ] Brain   [X] Spine   [ ] Other")
    the labels of the ticked ones; "" when no box is ticked (the field states nothing)."""
    if not (regexes["ticked"].search(value) or regexes["unticked"].search(value)):
        return value
    # "Body part: Brain; Laterality; [ ] L [X] N/A" (a form table's row as cells): the field's own cell
    # holds its value; the boxes are the next cell's
    first_box = min(m.start() for name in ("ticked", "unticked") for m in [regexes[name].search(value)] if m)
    own_cell = re.split(r"[;|]", value[:first_box], maxsplit=1)
    if len(own_cell) > 1 and re.search(r"[A-Za-z0-9]", own_cell[0]):
        return own_cell[0].strip()
    line_end = text.find("\n", offset)
    line = text[offset:len(text) if line_end < 0 else line_end]
    following = _NEXT_FIELD.search(line)  # "   Laterality: [X] Left" is the next field's
    line = line[:following.start()] if following else line
    boxes = sorted([(m.start(), m.end(), True) for m in regexes["ticked"].finditer(line)]
                   + [(m.start(), m.end(), False) for m in regexes["unticked"].finditer(line)])
    if not boxes:
        return value
    choices = []
    for index, (_, end, ticked) in enumerate(boxes):
        if ticked:
            upto = boxes[index + 1][0] if index + 1 < len(boxes) else len(line)
            label = re.split(r"\s{2,}|[:|]", line[end:upto].strip(), maxsplit=1)[0].strip()
            if label:
                choices.append(label)
    return ", ".join(choices)


# a label going on past the words the lexicon knows: "/ laterality", "or site" (then its colon, if any)
_LABEL_GOES_ON = re.compile(r"\s*(?:/|or\b|and\b|&)\s*[A-Za-z][A-Za-z /&-]{0,30}?(?:(\s*:)|\s*$|(?=;))")
# a bracketed qualifier between a label and its colon: "(CPT)", "(dd/mm/yyyy)", "(if applicable)"
_LABEL_QUALIFIER = re.compile(r"[ \t]*\([^()\n]{1,40}\)[ \t]*:[ \t]*")
_NEXT_CELL = re.compile(r"[ \t]*[:]?[ \t]*\|[ \t]*")
_SIGNATURE_LINE = re.compile(r"(?im)^.*\b(?:signature|signed|e-signed|electronically signed)\b.*$")
_RULE_CELL = re.compile(r"^[\s:=+-]*$")
_PIPE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")


def _field_values(text: str, regex: "re.Pattern | FoldedPattern") -> list[tuple[int, str]]:
    """(offset, value) of a field: beside its label, then under it where the label heads a '|' column
    or a column laid out with spaces."""
    return _label_values(text, regex) + _column_values(text, regex) + _spaced_column_values(text, regex)


def _spaced_column_values(text: str, regex: "re.Pattern | FoldedPattern") -> list[tuple[int, str]]:
    """(offset, cell) under a label that heads a column laid out with spaces ("  CPT/HCPCS     Description
    Units" over "  76390         MR spectroscopy ...     1"): the label opens its line, has no colon, and
    a wide gap parts it from the next heading; each row below, up to a blank line, gives the text at
    the label's column up to its next wide gap."""
    values = []
    for m in regex.finditer(text):
        label = m.group(0)
        line_start, line_end = _line_bounds(text, m.start(), m.end())
        if "\n" in label or ":" in label or not re.search(r"[ \t]{2,}$", label) or text[line_start:m.start()].strip():
            continue
        if not re.match(r"[A-Za-z]", text[m.end():line_end]):
            continue  # no other column heading after the gap
        column = m.start() - line_start
        for count, (cursor, row) in enumerate(_rows_below(text, line_end)):
            if count == 8 or not row.strip():
                break
            if len(row) > column and row[:column].strip() == "" and not row[column].isspace():
                cell = re.split(r"[ \t]{2,}", row[column:], maxsplit=1)[0]
                values.append((cursor + column, cell.strip()))
    return values


def _rows_below(text: str, line_end: int):
    """(offset, text) of each line after the line ending at ``line_end``, in order."""
    cursor = line_end + 1
    while cursor < len(text):
        row_end = text.find("\n", cursor)
        row_end = len(text) if row_end < 0 else row_end
        yield cursor, text[cursor:row_end]
        cursor = row_end + 1


def _column_values(text: str, regex: "re.Pattern | FoldedPattern") -> list[tuple[int, str]]:
    """(offset, cell) under a label that heads a column of a '|' table ("|CPT/HCPCS|Description|"
    then "|76390|Magnetic resonance spectroscopy|"): the cells of that column in the rows below."""
    values = []
    for m in regex.finditer(text):
        line_start, line_end = _line_bounds(text, m.start(), m.end())
        line = text[line_start:line_end]
        if not _PIPE_ROW.match(line):
            continue
        cells = line.split("|")
        position = m.start() - line_start
        column = line[:position].count("|")
        if column >= len(cells) or cells[column].strip().lower() != m.group(0).strip(" :|").lower():
            continue  # the label is not a whole cell
        for cursor, row in _rows_below(text, line_end):
            if not _PIPE_ROW.match(row):
                break
            row_cells = row.split("|")
            if column < len(row_cells) and not _RULE_CELL.match(row_cells[column]):  # not a "|-----|" rule
                cell_start = cursor + sum(len(c) + 1 for c in row_cells[:column])
                values.append((cell_start, row_cells[column].strip()))
    return values


def _age_at(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def read_request(packet: Packet, findings: list[Finding], kinds: dict[str, str],
                 document_dates: dict[str, dt.date | None], *, day_first: dict[str, bool]):
    from assistant.types import RequestInfo

    lexicon = fields_lexicon()
    regexes = _field_regexes()
    form_pages = []
    other_pages = []
    for document in packet.documents:
        for page in document.pages:
            target = form_pages if kinds.get(document.name) in ("request_form", "mixed") else other_pages
            target.append((document, page))

    # request date: labelled on a form first, then labelled anywhere
    request_date = None
    source = "none"
    # a corrected form ("CORRECTED REQUEST - SUPERSEDES FORM DATED 02/27/2026") is the request
    superseding = [(document, page) for document, page in form_pages
                   if any(marker in page.nlp_text.lower() for marker in lexicon["superseding_form_markers"])]
    if superseding:
        form_pages = superseding + [entry for entry in form_pages if entry not in superseding]
    for pages in (form_pages, other_pages):
        for document, page in pages:
            dates = find_dates(page.nlp_text, day_first=day_first[document.name])
            labelled = labelled_date_spans(page.nlp_text, regexes["request_date_labels"], dates)
            if labelled:
                request_date = labelled[0].date
                source = "request form"
                break
        if request_date:
            break
    if request_date is None:
        # a form with no "Date of request" still carries its signature date: on the signature line
        # ("Provider signature: E. Park MD     Date: 04/02/2026"), else the form's own date
        for document, page in form_pages:
            text = page.nlp_text
            for line in _SIGNATURE_LINE.finditer(text):
                dates = [d for d in find_dates(text, day_first=day_first[document.name])
                         if line.start() <= d.start < line.end()]
                if dates:
                    request_date, source = dates[-1].date, "request form"
                    break
            if request_date:
                break
    if request_date is None:
        for document, page in form_pages:
            signed = document_date(page.nlp_text, day_first=day_first[document.name])
            if signed:
                request_date, source = signed, "request form"
                break
    if request_date is None:
        clinical_dates = [date for name, date in document_dates.items() if date and kinds.get(name) != "other"]
        clinical_dates = clinical_dates or [date for date in document_dates.values() if date]
        if clinical_dates:
            request_date = max(clinical_dates)
            source = "latest document date"

    # codes: labelled fields on forms; else sentences that ask for the study
    cpt_codes: list[str] = []
    bracketed_cpt_codes: list[str] = []
    icd_codes: list[str] = []
    prior_words = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lexicon["prior_study_code_words"]) + r")\b", re.I)
    for document, page in form_pages + other_pages:
        for offset, value in _field_values(page.nlp_text, regexes["cpt_labels"]):
            # "Prior imaging: MRI brain (CPT 70553) 03/18/2026" names a past study's code, not the request's
            if prior_words.search(_line_and_block_heading(page.nlp_text, offset)):
                continue
            if (document, page) not in form_pages:
                continue
            if _unticked_choice(page.nlp_text, offset):
                continue  # "[ ] MRI brain w/o & w/ - CPT 70553": a choice not taken
            # "CPT/HCPCS:  76930" is the form's field; "... MR spectroscopy of the brain (CPT 76390) for my
            # patient" is a code in brackets in running text (a letter's header reads as a form): the
            # field's code is the request's, as the form outranks a letter
            into = bracketed_cpt_codes if _label_in_brackets(page.nlp_text, offset, regexes["cpt_labels"]) \
                else cpt_codes
            for code in _CPT.findall(value):
                if code not in into:
                    into.append(code)
        for _, value in _field_values(page.nlp_text, regexes["icd_labels"]):
            for code in _ICD10.findall(value):
                if code not in icd_codes:
                    icd_codes.append(code)
    cpt_codes = cpt_codes or bracketed_cpt_codes
    if not cpt_codes:
        words = lexicon["request_sentence_words"]
        word_regex = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
        for document, page in other_pages:
            if not word_regex.search(page.nlp_text):
                continue  # no sentence of the page asks for a study
            for sentence in re.split(r"(?<=[.!?])\s+|\n\s*\n", page.nlp_text):
                if not word_regex.search(sentence):
                    continue
                for m in re.finditer(r"\b(?:CPT|HCPCS)(?:\s+codes?)?\s*[:#(]?\s*((?:\d{5}[,/ and]*)+)", sentence, re.I):
                    for code in re.findall(r"\d{5}", m.group(1)):
                        if code not in cpt_codes:
                            cpt_codes.append(code)
        if not cpt_codes:
            # "Re: MR spectroscopy (76390)": a bare radiology code in brackets after the procedure's name
            for document, page in other_pages:
                for line in page.nlp_text.split("\n"):
                    if _RE_LINE.match(line) or word_regex.search(line):
                        for code in _BRACKETED_RADIOLOGY_CODE.findall(line):
                            if code not in cpt_codes:
                                cpt_codes.append(code)

    # date of birth and age
    birth = None
    for document, page in form_pages + other_pages:
        dates = find_dates(page.nlp_text, day_first=day_first[document.name])
        labelled = labelled_date_spans(page.nlp_text, regexes["dob_labels"], dates)
        if labelled:
            birth = as_birth_date(labelled[0].date, request_date)
            break
    age_years = age_days = None
    if birth and request_date and birth <= request_date:
        age_years = _age_at(birth, request_date)
        age_days = (request_date - birth).days
    else:
        age_years, age_days = _stated_age(packet, document_dates, request_date)

    provider = member = body_part = None
    for document, page in form_pages + other_pages:
        if provider is None:
            values = [v for _, v in _label_values(page.nlp_text, regexes["provider_labels"]) if v]
            provider = values[0][:80] if values else None
        if member is None and (document, page) in form_pages:
            values = [v for _, v in _label_values(page.nlp_text, regexes["member_labels"]) if v]
            member = values[0][:80] if values else None
        if body_part is None and (document, page) in form_pages:
            values = [_ticked_choices(page.nlp_text, offset, value, regexes)
                      for offset, value in _field_values(page.nlp_text, regexes["body_part_labels"]) if value]
            values = [value for value in values if value]
            body_part = values[0][:80] if values else None
    urgent = any(marker.lower() in page.nlp_text.lower() for _, page in form_pages + other_pages
                 for marker in lexicon["urgent_markers"])
    population = None
    if age_years is not None:
        population = "adult" if age_years >= 18 else "pediatric"
    return RequestInfo(
        request_date=request_date.isoformat() if request_date else None,
        request_date_source=source,
        cpt_codes=tuple(cpt_codes),
        icd10_codes=tuple(icd_codes),
        date_of_birth=birth.isoformat() if birth else None,
        patient_age_years=age_years,
        patient_age_days=age_days,
        population=population,
        ordering_provider=provider,
        urgent=urgent,
        member=member,
        body_part=body_part,
    )


def _stated_age(packet: Packet, document_dates, request_date) -> tuple[int | None, int | None]:
    """Age from "54-year-old", "54 yo", "6-day-old", "DOL 6" in the most recent document that states one."""
    stated = []
    for document in packet.documents:
        doc_date = document_dates.get(document.name)
        for page in document.pages:
            text = page.nlp_text
            for m in _AGE_PHRASE.finditer(text):
                if _FAMILY_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
                    continue  # "mother is a 29-year-old G2P2" is not the patient's age
                number = int(m.group(1))
                if m.group(2):
                    days = number * 365
                else:
                    unit = m.group(3).lower()
                    days = number * {"m": 30, "w": 7, "d": 1}[unit[0]]
                stated.append((doc_date, m.start(), days))
            for m in _AGE_SHORT.finditer(text):
                if _FAMILY_BEFORE.search(text[max(0, m.start() - 40):m.start()]):
                    continue
                stated.append((doc_date, m.start(), int(m.group(1)) * 365))
            for m in _DAY_OF_LIFE.finditer(text):
                stated.append((doc_date, m.start(), int(m.group(1))))
            if not stated and _NEONATE.search(text):
                stated.append((doc_date, 10**9, 0))
    if not stated:
        return None, None
    latest = max((item[0] or dt.date.min) for item in stated)
    doc_date, _, days = min((item for item in stated if (item[0] or dt.date.min) == latest), key=lambda item: item[1])
    if doc_date and request_date and request_date > doc_date:
        days += (request_date - doc_date).days
    return days // 365 if days >= 365 else 0, days
