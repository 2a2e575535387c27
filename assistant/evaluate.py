"""Pure evaluation: ``evaluate(policy, extraction, overrides, request_date)``.

No I/O, no clock, no globals. Each leaf's rule kind (named in the policy file)
is one small function of the findings; inner nodes combine three-valued
statuses with ANY/ALL; the outcome is the first rule of the policy's ordered
list that applies. Reviewer overrides are inputs, never mutations.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Callable, Iterable

from assistant.policy import Criterion, Policy
from assistant.types import Assessment, CriterionResult, Extraction, Overrides, RequestInfo
from extractors.dates import add_months
from extractors.findings import fields_lexicon
from extractors.types import Finding

MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"


def combine_all(statuses: Iterable[str]) -> str:
    statuses = list(statuses)
    if NOT_MET in statuses:
        return NOT_MET
    if statuses and all(s == MET for s in statuses):
        return MET
    return UNKNOWN


def combine_any(statuses: Iterable[str]) -> str:
    statuses = list(statuses)
    if MET in statuses:
        return MET
    if statuses and all(s == NOT_MET for s in statuses):
        return NOT_MET
    return UNKNOWN


@dataclass(frozen=True)
class LeafResult:
    status: str
    evidence: tuple[str, ...]
    rationale: str


@dataclass
class Context:
    """What every leaf rule may read; built once per evaluation."""
    policy: Policy
    extraction: Extraction
    findings: list[Finding]
    request: RequestInfo
    request_date: dt.date | None
    by_concept: dict[str, list[Finding]]
    document_kinds: dict[str, str]

    def of(self, concepts: Iterable[str]) -> list[Finding]:
        result = []
        for concept in concepts:
            result.extend(self.by_concept.get(concept, ()))
        return sorted(result, key=lambda f: int(f.id[1:]) if f.id[1:].isdigit() else 0)

    def words(self, name: str) -> tuple[str, ...]:
        return self.policy.vocabularies.get(name, ())


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def finding_date(finding: Finding) -> dt.date | None:
    return _date(finding.date) or _date(finding.document_date)


def supports(finding: Finding, *, allow_historical: bool = False) -> bool:
    a = finding.assertion
    if a.negated or a.family or a.hypothetical:
        return False
    return allow_historical or not a.historical


def about_patient(finding: Finding) -> bool:
    return not (finding.assertion.family or finding.assertion.hypothetical)


def where(finding: Finding) -> str:
    return f"{finding.document} p{finding.page}"


def quote(finding: Finding, limit: int = 90) -> str:
    sentence = finding.sentence or finding.text
    if len(sentence) > limit:
        # centre the window on the mention
        index = max(sentence.find(finding.text), 0)
        start = max(0, min(index - limit // 3, len(sentence) - limit))
        sentence = ("…" if start else "") + sentence[start:start + limit].strip() + "…"
    return f"\u201c{sentence}\u201d ({where(finding)})"


def _has_word(sentence: str, words: Iterable[str]) -> bool:
    lower = sentence.lower()
    return any(re.search(r"(?<![a-z0-9])" + re.escape(w.lower()) + r"(?![a-z0-9])", lower) for w in words)


def _without(sentence: str, phrases: Iterable[str]) -> str:
    """The sentence with these phrases blanked out (case-folded, whole words)."""
    for phrase in phrases:
        sentence = re.sub(r"(?<![a-z0-9])" + re.escape(phrase.lower()) + r"(?![a-z0-9])", " ", sentence, flags=re.I)
    return sentence


def _worded_past(text: str, ctx: Context) -> bool:
    """Do the text's own words make a study past (policy vocabulary past_words, minus not_past_phrases:
    "prior auth" speaks of no study)?"""
    return _has_word(_without(text, ctx.words("not_past_phrases")), ctx.words("past_words"))


def _ids(findings: Iterable[Finding]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(f.id for f in findings))


# ---- leaf rule kinds -------------------------------------------------------

def rule_clinical_documentation(rule: dict, ctx: Context) -> LeafResult:
    clinical = [name for name, kind in ctx.document_kinds.items() if kind in ("clinical", "mixed")]
    if clinical:
        return LeafResult(MET, (), f"Met: the packet holds clinical documentation ({', '.join(clinical[:3])}).")
    if ctx.document_kinds:
        return LeafResult(NOT_MET, (), "Not met: the packet holds only a request form or cover pages, no clinical notes.")
    return LeafResult(UNKNOWN, (), "Unknown: no readable document.")


def rule_request_code(rule: dict, ctx: Context) -> LeafResult:
    wanted = set(rule["codes"])
    codes = ctx.request.cpt_codes
    if wanted & set(codes):
        return LeafResult(MET, (), f"Met: the request names CPT {', '.join(sorted(wanted & set(codes)))}.")
    if codes:
        return LeafResult(NOT_MET, (), f"Not met: the request names CPT {', '.join(codes)}, not {', '.join(sorted(wanted))}.")
    return LeafResult(UNKNOWN, (), "Unknown: no requested procedure code was found on a request form or request letter.")


def rule_body_region(rule: dict, ctx: Context) -> LeafResult:
    regions = fields_lexicon()[rule.get("regions_lexicon", "brain_regions")]
    brain_findings = [f for f in ctx.of(ctx.words(rule.get("supporting", "brain"))) if about_patient(f)]
    stated = ctx.request.body_part
    if stated:
        if _has_word(stated, regions):
            if brain_findings:
                return LeafResult(MET, _ids(brain_findings[:3]),
                                  f"Met: the request is for the {stated.lower()} and the notes are about the brain, "
                                  f"e.g. {quote(brain_findings[0])}.")
            return LeafResult(UNKNOWN, (), f"Unknown: the request is for the {stated.lower()} but no brain finding was read in the notes.")
        return LeafResult(NOT_MET, (), f"Not met: the request form names the body part \u201c{stated}\u201d, not the brain/head.")
    elsewhere = _requested_elsewhere(rule, ctx)
    if elsewhere:
        finding, region = elsewhere
        return LeafResult(NOT_MET, _ids([finding]), f"Not met: no body part on a form, and the request asks for "
                          f"the study of the {region}, not the brain/head: {quote(finding)}.")
    if brain_findings:
        return LeafResult(MET, _ids(brain_findings[:3]),
                          f"Met: no body part on a form; the notes are about the brain, e.g. {quote(brain_findings[0])}.")
    return LeafResult(UNKNOWN, (), "Unknown: neither a body part on the request nor brain findings in the notes.")


def _requested_elsewhere(rule: dict, ctx: Context) -> tuple[Finding, str] | None:
    """A request sentence that asks for the study of another region ("Please schedule ... MR
    spectroscopy (CPT 76390) of the RIGHT CALF"): the study's mention, then "of the <region>"
    within a few words (policy vocabulary other_regions)."""
    regions = ctx.words(rule.get("other_regions", "other_regions"))
    if not regions:
        return None
    pattern = re.compile(r"^[^.;]{0,40}?\b(?:of|in|for)\s+(?:the\s+)?(?:(?:left|right|bilateral|l|r)\s+)?("
                         + "|".join(re.escape(r) for r in regions) + r")\b", re.I)
    for finding in ctx.of(rule.get("study", ("mr_spectroscopy",))):
        if not about_patient(finding) or finding.assertion.negated or not _is_request_sentence(finding, ctx):
            continue
        if ctx.document_kinds.get(finding.document) != "request_form" and _heads_report(finding, ctx):
            continue  # "Exam: MRI ABDOMEN ... WITH MR SPECTROSCOPY OF THE LIVER (76390)": a study done, not asked for
        text = _page_text(ctx, finding.document, finding.page) or ""
        m = pattern.match(" ".join(text[finding.end:finding.end + 120].split()))
        if m:
            return finding, m.group(1).lower()
    return None


_RECOMMENDED_AFTER = re.compile(r"^\s*(?:(?:is|was|are|were)\s+)?(?:rec\b\.?|recommended|advised|suggested|"
                                r"to follow|to be (?:obtained|done|performed)|ordered)", re.I)


def _linked_study(result: Finding, studies: list[Finding], link_chars: int, ctx: Context) -> Finding | None:
    # a study named under COMPARISON or HISTORY is an earlier one, not the study the impression reads; a
    # study recommended next ("indeterminate, MRI rec.") is not the one read
    text = _page_text(ctx, result.document, result.page) or ""
    same_page = [s for s in studies if s.document == result.document and s.page == result.page
                 and (s.section not in _NOT_A_TITLE_SECTIONS or result.section == s.section)
                 and not _RECOMMENDED_AFTER.match(text[s.end:s.end + 40])]
    in_sentence = [s for s in same_page if s.sentence == result.sentence]
    chosen = None
    if in_sentence:
        chosen = min(in_sentence, key=lambda s: abs(s.start - result.start))
        # "CT 4/19 (early changes equivocal), MRI 4/23 - ...": a result inside the clause of the study
        # before it reads that study, however near the next one stands
        preceding = [s for s in in_sentence if s.end <= result.start]
        if preceding:
            last = max(preceding, key=lambda s: s.end)
            if last is not chosen and not _CLAUSE_BREAK.search(text[last.end:result.start]):
                chosen = last
    else:
        before = [s for s in same_page if 0 <= result.start - s.end <= link_chars]
        if before:
            chosen = max(before, key=lambda s: s.end)
    # "MRI brain 12/10/2025 - normal / FDG-PET brain 01/21/2026 - hypometabolism (equivocal)": another
    # kind of study named between the study and the result is the one the result reads
    if chosen is not None and chosen.end <= result.start and _has_word(text[chosen.end:result.start],
                                                                      ctx.words("other_study_words")):
        return None
    return chosen


_CLAUSE_BREAK = re.compile(r"[,;:)\]]|\s[-\u2013\u2014]+\s")
REPORT_HEADER_CHARS = 600  # a report names its study in its first lines
_NOT_A_TITLE_SECTIONS = frozenset({"comparison", "clinical_history", "history_of_present_illness", "reason_for_request"})
REPORT_LABEL_CHARS = 30  # "Exam:", "Study:", "Procedure performed:" before the study's name


def _heads_report(study: Finding, ctx: Context) -> bool:
    """True when the study mention titles its page: in the page's first lines, starting its line or
    following a short label ("EXAM: CT HEAD"). A note that names a scan in its opening
    narrative ("... she had a CT head in the ED ...") is not the scan's report."""
    if study.start >= REPORT_HEADER_CHARS or study.section in _NOT_A_TITLE_SECTIONS:
        return False  # "COMPARISON: MRI brain 12/2025" in a PET report names an earlier study, not this one
    text = _page_text(ctx, study.document, study.page)
    if text is None:
        return True
    line_start = text.rfind("\n", 0, study.start) + 1
    before = text[line_start:study.start].strip()
    if _has_word(before, ctx.words("letter_title_words")):
        return False  # "LETTER OF MEDICAL NECESSITY - MR SPECTROSCOPY": a letter asking for the study
    if not before or (len(before) <= REPORT_LABEL_CHARS and before.endswith(":")) or before.isupper():
        return True
    # "Exam: MRI BRAIN WITHOUT AND WITH CONTRAST; MR SPECTROSCOPY": the second study of a labelled title line
    label = _REPORT_LABEL.match(before)
    return bool(label) and before[label.end():].strip().isupper()


_REPORT_LABEL = re.compile(r"^[A-Za-z][A-Za-z /]{0,%d}:" % (REPORT_LABEL_CHARS - 2))


def _report_pages(studies: list[Finding], ctx: Context) -> set[tuple[str, int]]:
    """(document, page) of every page of a radiology report: a page a study heads, and the pages
    after it in the same document until a page starts another note (a dated note header)."""
    from extractors.dates import note_start_date

    heads = {(s.document, s.page) for s in studies if _heads_report(s, ctx)}
    pages = set(heads)
    for document in ctx.extraction.packet.documents:
        inside = False
        for page in document.pages:
            key = (document.name, page.number)
            if key in heads:
                inside = True
            elif inside and note_start_date(page.nlp_text, day_first=False) is not None:
                inside = False
            if inside:
                pages.add(key)
    return pages


_TITLE_LABEL = re.compile(r"^(?:exam(?:ination)?|study|procedure(?: performed)?|exam(?:ination)? performed|test)\s*:$", re.I)
_TITLE_LINE_MARK = re.compile(r"\b(?:CPT|DOS|exam date|date of (?:exam|service|study)|date)\s*[:#]?\s*\(?\d", re.I)


def _preceding_title_date(result: Finding, studies: list[Finding], ctx: Context) -> dt.date | None:
    """The date of the nearest study before ``result`` on its page that starts its line (after at most a
    short label: "Exam: MRI BRAIN ..."), from the mention or from its line and the next ("Exam date: ...")."""
    from extractors.dates import find_dates

    text = _page_text(ctx, result.document, result.page) or ""
    titles = []
    for study in studies:
        if study.document != result.document or study.page != result.page or study.start >= result.start:
            continue
        if study.section in _NOT_A_TITLE_SECTIONS:
            continue
        line_start = text.rfind("\n", 0, study.start) + 1
        line_end = text.find("\n", study.end)
        before = text[line_start:study.start].strip()
        line = text[line_start:(len(text) if line_end < 0 else line_end)]
        # a report's title line: "Exam: MRI BRAIN ...", or a study heading its line with the report's code or date
        if _TITLE_LABEL.match(before) or (not before and _TITLE_LINE_MARK.search(line)):
            titles.append(study)
    if not titles:
        return None
    title = max(titles, key=lambda s: s.start)
    if _date(title.date):
        return _date(title.date)
    line_end = text.find("\n", title.end)
    next_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
    window = text[title.start:(len(text) if next_end < 0 else next_end)]
    found = find_dates(window)
    return found[0].date if found else None


def _title_date(result: Finding, studies: list[Finding], ctx: Context) -> dt.date | None:
    """The date of the dated study that titles the report holding ``result``: on its page, or on the
    nearest earlier page of the same document that a study titles."""
    titles = [s for s in studies if s.document == result.document and s.page <= result.page and _date(s.date)
              and (s.page < result.page or s.start < result.start) and _heads_report(s, ctx)]
    if not titles:
        return None
    return _date(max(titles, key=lambda s: (s.page, s.start)).date)


_CLAUSE_END = re.compile(r"[.;,:!?]|\s[-\u2013\u2014]+\s|\n\s*(?=[A-Z])")  # a line that starts anew too
CLAUSE_REACH = 200  # characters either side of a mention that its clause is looked for in


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n\s*\n|\n\s*(?=[A-Z\-*\u2022])")  # or a line that starts anew


def _clause(ctx: Context, finding: Finding, onwards: bool = False) -> str:
    """The mention's clause: its page text between the nearest clause marks (. ; , : a spaced dash, or a
    line break before a capital: a form's next line is its next item). ``onwards``: from the clause's
    start to the end of the sentence ("MRS, performed 03/2025, showed ..." keeps its past words)."""
    text = _page_text(ctx, finding.document, finding.page)
    if not text:
        return finding.sentence
    before = text[max(0, finding.start - CLAUSE_REACH):finding.start]
    after = text[finding.end:finding.end + CLAUSE_REACH]
    marks = list(_CLAUSE_END.finditer(before))
    start = finding.start - len(before) + (marks[-1].end() if marks else 0)
    mark = (_SENTENCE_END if onwards else _CLAUSE_END).search(after)
    end = finding.end + (mark.start() if mark else len(after))
    return text[start:end]


def _page_text(ctx: Context, document: str, number: int) -> str | None:
    for candidate in ctx.extraction.packet.documents:
        if candidate.name == document:
            for page in candidate.pages:
                if page.number == number:
                    return page.nlp_text
    return None


def _modality(text: str, modalities: dict) -> str | None:
    words = re.findall(r"[a-z]+", text.lower())
    lower = " " + " ".join(words) + " "
    for name, phrases in modalities.items():
        if any(" " + phrase + " " in lower for phrase in phrases):
            return name
    return None


def _retold_study_date(study: Finding, result: Finding, studies: list[Finding], report_pages: set[tuple[str, int]],
                       modalities: dict) -> dt.date | None:
    """The date of the study a note retells without dating it ("She had a CT head in the ED, which
    showed ..."): the latest dated study of the same modality in the packet up to the note's own
    date, since a note's date is the visit's, not the scan's. None when the packet has no such study."""
    kind = _modality(study.text, modalities)
    if kind is None:
        return None
    until = _date(result.document_date)
    candidates = []
    for other in studies:
        if other is study or _modality(other.text, modalities) != kind:
            continue
        when = _date(other.date) or (_date(other.document_date) if (other.document, other.page) in report_pages
                                     and other.start < REPORT_HEADER_CHARS else None)
        if when and (until is None or when <= until):
            candidates.append(when)
    return max(candidates) if candidates else None


def rule_latest_study_result(rule: dict, ctx: Context) -> LeafResult:
    studies = [f for f in ctx.of(rule["study"]) if about_patient(f) and not f.assertion.negated]
    ignored_sections = set(rule.get("ignore_sections", ()))
    results = [f for f in ctx.of(list(rule["supports"]) + list(rule["contradicts"]))
               if about_patient(f) and not f.assertion.negated and f.section not in ignored_sections]
    report_pages = _report_pages(studies, ctx)
    # a report's impression that denies the disease ("No evidence of residual or recurrent tumor") is
    # a definitive read, as conclusive as "unremarkable"
    denial_sections = set(rule.get("denial_sections", ("impression",)))
    denials = [f for f in ctx.of(rule.get("denials_contradict", ())) if about_patient(f) and f.assertion.negated
               and f.section in denial_sections and (f.document, f.page) in report_pages]
    denial_ids = {id(f) for f in denials}
    results = results + denials
    asked = [f for f in ctx.of(rule.get("question_of", ())) if _is_request_sentence(f, ctx)]
    dated: list[tuple[dt.date | None, Finding]] = []
    for result in results:
        if (result.document, result.page) not in report_pages and any(
                f.document == result.document and f.page == result.page and f.sentence == result.sentence
                and f.end <= result.start for f in asked):
            # a letter's "We are requesting MR spectroscopy to assess for recurrence versus necrosis" is its
            # question; a report's "Recommend MR spectroscopy for further characterization" is its reading
            continue
        study = _linked_study(result, studies, int(rule.get("link_chars", 300)), ctx)
        if ((result.document, result.page) not in report_pages and (study is None or not study.date)
                and _has_word(result.sentence, ctx.words("generic_statement_words"))):
            # "Conventional MRI alone is frequently nondiagnostic early in mitochondrial disease": what the
            # modality tends to show, not what this patient's scan showed
            continue
        if study is None and not ((result.document, result.page) in report_pages and
                                  (result.section in (None, "impression", "findings", "observation_and_plan")
                                   or result.section == "imaging")):
            continue
        date = None
        if study is not None:
            date = _date(study.date) or _date(result.date)
            if date is None and ((result.document, result.page) not in report_pages
                                 or result.section in rule.get("retelling_sections", ())):
                # a note retelling a scan, or a report's HISTORY retelling an earlier one ("HISTORY: ... CT
                # with L frontal edema and indeterminate convexity abnormality" atop an MRI report)
                date = _retold_study_date(study, result, studies, report_pages, rule.get("modalities", {}))
        if date is None and study is None and (result.document, result.page) in report_pages:
            # a second report in one PDF ("EXAM: MRI BRAIN ... DATE: 01/15/2026" on page 2), or in one text
            # file ("=== REPORT 3 of 3 === ... Exam: MRI BRAIN ... Exam date: 01/14/2026"): the date of the
            # study that titles the report, not the document's first date
            date = _preceding_title_date(result, studies, ctx) or _title_date(result, studies, ctx)
        date = date or _date(result.date) or _date(result.document_date)
        dated.append((date, result))
    if not dated:
        if studies:
            return LeafResult(UNKNOWN, _ids(studies[:1]), f"Unknown: brain imaging is mentioned ({where(studies[0])}) "
                              "but no report wording says whether it was conclusive.")
        return LeafResult(UNKNOWN, (), "Unknown: no conventional MRI or CT result of the brain was found.")
    known = [d for d, _ in dated if d]
    latest = max(known) if known else None
    if latest:
        # a later study whose result the packet says it lacks ("MRI brain 5/2/26: *** (report pending)",
        # "report to follow") is the most recent one: an older reading does not stand in for it
        pending = [s for s in studies if _date(s.date) and _date(s.date) > latest
                   and (ctx.request_date is None or _date(s.date) <= ctx.request_date)
                   and _result_pending(s, studies, ctx)]
        if pending:
            newest = max(pending, key=lambda s: _date(s.date))
            return LeafResult(UNKNOWN, _ids([newest]), f"Unknown: the most recent study ({newest.date}) has no "
                              f"result in the packet: {quote(newest)}.")
    group = [f for d, f in dated if d == latest] if latest else [f for _, f in dated]
    # an addendum ("REVISED IMPRESSION (supersedes Impression #1 ...)") is the study's last word
    revised = [f for f in group if _after_addendum(f, ctx)]
    if revised:
        group = revised
    inconclusive = [f for f in group if f.concept in rule["supports"]]
    conclusive = [f for f in group if f.concept in rule["contradicts"] or id(f) in denial_ids]
    when = f"the most recent study ({latest.isoformat()})" if latest else "the brain imaging (undated)"
    older = [f for d, f in dated if latest and d and d < latest and f.concept in rule["supports"]]
    if inconclusive:
        return LeafResult(MET, _ids(inconclusive), f"Met: {when} is described as inconclusive: {quote(inconclusive[0])}.")
    if conclusive:
        extra = f" An older study was inconclusive ({where(older[0])}) but is superseded." if older else ""
        return LeafResult(NOT_MET, _ids(conclusive), f"Not met: {when} is described as conclusive or normal: "
                          f"{quote(conclusive[0])}.{extra}")
    return LeafResult(UNKNOWN, (), "Unknown: no result wording for the most recent study.")


_PENDING_RESULT = re.compile(
    r"\*{3,}|\{[^{}\n]{1,60}\}"
    r"|\b(?:report|results?|read|reading)\s+(?:is\s+|are\s+|has\s+|have\s+)?(?:still\s+)?"
    r"(?:pending|to follow|will follow|outstanding|not (?:yet )?(?:been )?(?:available|received|finalized|dictated))\b"
    r"|\b(?:awaiting|waiting (?:on|for)|pending)\s+(?:the\s+)?(?:final\s+|formal\s+|official\s+)?"
    r"(?:report|read|reading|results?)\b", re.I)
PENDING_REACH = 300  # characters after a study's mention in which its report may be said to be missing


def _result_pending(study: Finding, studies: list[Finding], ctx: Context) -> bool:
    """Does the text say the study's result is missing: on its own line ("*** (report pending)", "report
    to follow"), or in its sentence and the next, unless that one names another study ("MRI brain was
    done 11/03 ... -- we are STILL waiting on the final report")?"""
    text = _page_text(ctx, study.document, study.page)
    if not text:
        return False
    line_end = text.find("\n", study.end)
    if _PENDING_RESULT.search(text, study.end, len(text) if line_end < 0 else line_end):
        return True
    reach = text[study.end:study.end + PENDING_REACH]
    first = _SENTENCE_END.search(reach)
    end = len(reach)
    if first:
        second = _SENTENCE_END.search(reach, first.end())
        end = second.start() if second else len(reach)
        others = [f for f in studies if f.document == study.document
                  and f.page == study.page and study.end + first.end() <= f.start < study.end + end]
        if others:
            end = first.start()
    return bool(_PENDING_RESULT.search(reach, 0, end))


def _after_addendum(finding: Finding, ctx: Context) -> bool:
    """Does the finding stand after an addendum's heading on its page ("ADDENDUM #1", "REVISED
    IMPRESSION") of a radiology report? (policy vocabulary addendum_headings)."""
    text = _page_text(ctx, finding.document, finding.page)
    if not text:
        return False
    before = text[:finding.start]
    return any(re.search(r"(?m)^[ \t*#-]*" + re.escape(heading) + r"\b", before, re.I)
               for heading in ctx.words("addendum_headings"))


def rule_open_question(rule: dict, ctx: Context) -> LeafResult:
    subject = ctx.of(rule["subject"])
    question = ctx.of(rule["question"])
    supporting = [f for f in subject if supports(f)]
    asked = [f for f in question if supports(f)]
    values = set(rule.get("settled_values", ()))
    attribute = rule.get("settled_attribute")
    settled = [f for f in ctx.of(rule.get("settled_by", ())) if about_patient(f) and not f.assertion.negated
               and not f.assertion.uncertain]
    settled += [f for f in subject if about_patient(f) and not f.assertion.negated and not f.assertion.uncertain
                and attribute and f.attribute(attribute) in values]
    # a grade question counts beside any glial neoplasm of the patient's that is not negated (a
    # history of one too: "known LGG, ? transformation"); a question beside a glioma ruled out is
    # about some other tumor's grade (a meningioma's WHO grade)
    if asked and (supporting or any(about_patient(f) and not f.assertion.negated for f in subject)):
        evidence = asked + supporting[:2]
        return LeafResult(MET, _ids(evidence), f"Met: the grade is the open question: {quote(asked[0])}.")
    if supporting:
        if settled:
            return LeafResult(NOT_MET, _ids(settled[:2]), f"Not met: the grade is already established: {quote(settled[0])}.")
        return LeafResult(MET, _ids(supporting[:3]), f"Met: a glial neoplasm is present or suspected with no established grade: "
                          f"{quote(supporting[0])}.")
    relevant = [f for f in subject if about_patient(f)]
    if relevant and all(f.assertion.negated for f in relevant):
        return LeafResult(NOT_MET, _ids(relevant[:2]), f"Not met: the glial neoplasm is negated: {quote(relevant[0])}.")
    if settled and not _about_another_subject(settled[0], rule, ctx):
        return LeafResult(NOT_MET, _ids(settled[:2]), f"Not met: the grade is already established: {quote(settled[0])}.")
    denials = _denials(rule, ctx)
    if denials and not relevant:
        return LeafResult(NOT_MET, _ids(denials[:2]), f"Not met: {quote(denials[0])} is denied.")
    return LeafResult(UNKNOWN, (), "Unknown: no glial neoplasm is mentioned for this patient.")


def _about_another_subject(grade: Finding, rule: dict, ctx: Context) -> bool:
    """The settling mention's sentence names another subject (rule key other_subjects) and not the rule's own
    ("meningothelial meningioma, CNS WHO grade 1"): the grade is that tumor's and settles nothing about a glioma."""
    own, others = set(rule["subject"]), set(rule.get("other_subjects", ()))
    same = {f.concept for f in ctx.findings if f.document == grade.document and f.page == grade.page
            and f.sentence == grade.sentence}
    return bool(same & others) and not same & own


def _denials(rule: dict, ctx: Context) -> list[Finding]:
    """A request form's denial of a broader concept (rule key denied_by: "Brain tumor, known or suspected?
    [ ] [X]" denies a glioma), which settles a leaf that no mention of its own concepts speaks to. Only a
    form's: a note's "no intracranial mass" describes one scan, and prose negation of a broad term misfires."""
    return [f for f in ctx.of(rule.get("denied_by", ())) if about_patient(f) and f.assertion.negated
            and ctx.document_kinds.get(f.document) in ("request_form", "mixed")]


def rule_paired_question(rule: dict, ctx: Context) -> LeafResult:
    either = [f for f in ctx.of(rule["either"]) if supports(f)]
    other = [f for f in ctx.of(rule["other"]) if supports(f)]
    alone = [f for f in ctx.of(rule.get("alone", ())) if supports(f)]
    if alone:
        return LeafResult(MET, _ids(alone + either[:1] + other[:1]), f"Met: {quote(alone[0])}.")
    if either and other:
        # prefer a sentence that names both sides
        both = [f for f in either if any(o.sentence == f.sentence and o.document == f.document for o in other)]
        first = both[0] if both else either[0]
        partner = next((o for o in other if o.sentence == first.sentence), other[0])
        return LeafResult(MET, _ids([first, partner]), f"Met: the question is {first.text.lower()} versus "
                          f"{partner.text.lower()}: {quote(first)}.")
    relevant = [f for f in ctx.of(list(rule["either"]) + list(rule["other"]) + list(rule.get("alone", ())))
                if about_patient(f) and not f.assertion.historical]
    if relevant and all(f.assertion.negated for f in relevant):
        return LeafResult(NOT_MET, _ids(relevant[:2]), f"Not met: the question is negated: {quote(relevant[0])}.")
    if either or other:
        one = (either or other)[0]
        return LeafResult(UNKNOWN, _ids([one]), f"Unknown: only one side of the question is mentioned: {quote(one)}.")
    return LeafResult(UNKNOWN, (), "Unknown: nothing in the packet raises recurrence versus treatment effect.")


def _prior_study_date(ctx: Context, concepts) -> dt.date | None:
    priors = _prior_studies(ctx, concepts)
    dates = [d for d in (finding_date(f) for f in priors) if d]
    return max(dates) if dates else None


def rule_mentions(rule: dict, ctx: Context) -> LeafResult:
    concepts = rule["concepts"]
    mentions = ctx.of(concepts)
    allow_historical = bool(rule.get("allow_historical"))
    if rule.get("historical_allowed_with") and any(supports(f) for f in ctx.of(rule["historical_allowed_with"])):
        allow_historical = True
    # age limits (neonatal HIE): an older patient contradicts the leaf outright
    max_days = rule.get("max_age_days")
    if max_days is not None:
        age_days = ctx.request.patient_age_days
        if age_days is None and ctx.request.patient_age_years is not None:
            age_days = ctx.request.patient_age_years * 365
        if age_days is not None and age_days > max_days:
            about = [f for f in ctx.of(rule.get("age_contradicted_by", concepts))
                     if not f.assertion.family and not f.assertion.hypothetical]
            if about:
                age = ctx.request.patient_age_years
                return LeafResult(NOT_MET, _ids(about[:2]), f"Not met: {quote(about[0])} is mentioned, but the patient is "
                                  f"{age if age is not None else 'over 1'} year(s) old on the request date, not a neonate or infant.")
    # "Mitochondrial (MELAS) raised by inpatient team - ... lactate normal; MELAS excluded": the same
    # condition denied later in the sentence is the work-up's conclusion
    superseded = {id(f) for f in mentions if not f.assertion.negated and any(
        n.assertion.negated and not n.assertion.family and n.document == f.document and n.page == f.page
        and n.sentence == f.sentence and n.start > f.start and n.text.lower() == f.text.lower() for n in mentions)}
    mentions = [f for f in mentions if id(f) not in superseded]
    supporting = [f for f in mentions if supports(f, allow_historical=allow_historical)]
    after = rule.get("after_prior_study")
    only_before: tuple[list[Finding], dt.date] | None = None  # support that all predates the prior study
    if after and supporting:
        prior = _prior_study_date(ctx, after)
        if prior:
            later = [f for f in supporting if finding_date(f) is None or finding_date(f) > prior]
            if not later:
                # what came before the prior study is not "since" it; a statement of stability (or a
                # denial) still answers the leaf, and failing that it stays open
                only_before = (supporting, prior)
            supporting = later
    if rule.get("requires_any") and supporting:
        if not any(about_patient(f) for f in ctx.of(rule["requires_any"])):
            supporting = []
    if supporting:
        cited = supporting[:3] + [f for f in ctx.of(rule.get("also_cite", ())) if supports(f)][:2]
        return LeafResult(MET, _ids(cited), f"Met: {quote(supporting[0])}.")
    contradicting = [f for f in ctx.of(rule.get("contradicted_by", ())) if supports(f, allow_historical=allow_historical)]
    relevant = [f for f in mentions if about_patient(f)]
    negated = [f for f in relevant if f.assertion.negated]
    if contradicting:
        return LeafResult(NOT_MET, _ids(contradicting[:2]), f"Not met: {quote(contradicting[0])}.")
    # mentions that could have supported the leaf, had they not been negated
    considered = [f for f in relevant if f.assertion.negated or allow_historical or not f.assertion.historical]
    if considered and all(f.assertion.negated for f in considered):
        return LeafResult(NOT_MET, _ids(negated[:2]), f"Not met: every mention is negated, e.g. {quote(negated[0])}.")
    # "Brain tumor, known or suspected? [ ] Yes [X] No": denying the broader concept denies this one
    denials = _denials(rule, ctx)
    if denials and not considered:
        return LeafResult(NOT_MET, _ids(denials[:2]), f"Not met: {quote(denials[0])} is denied.")
    if only_before:
        earlier, prior = only_before
        return LeafResult(UNKNOWN, _ids(earlier[:2]), f"Unknown: symptoms are documented only before the prior "
                          f"study of {prior.isoformat()}: {quote(earlier[0])}.")
    if relevant:
        return LeafResult(UNKNOWN, _ids(relevant[:2]), f"Unknown: mentioned only as history or unconfirmed: {quote(relevant[0])}.")
    return LeafResult(UNKNOWN, (), "Unknown: nothing in the packet speaks to this criterion.")


def rule_all_groups(rule: dict, ctx: Context) -> LeafResult:
    allow_historical = bool(rule.get("allow_historical"))
    certain = set(rule.get("certain_groups", ()))  # groups a hedge cannot fill ("observation versus resection")
    found = {}
    for name, concepts in rule["groups"].items():
        found[name] = [f for f in ctx.of(concepts) if supports(f, allow_historical=allow_historical)
                       and not (name in certain and f.assertion.uncertain)]
    missing = [name for name, items in found.items() if not items]
    if not missing:
        evidence = [items[0] for items in found.values()]
        return LeafResult(MET, _ids(evidence), "Met: " + "; ".join(f"{name}: {quote(items[0], 60)}" for name, items in found.items()) + ".")
    present = [items[0] for items in found.values() if items]
    return LeafResult(UNKNOWN, _ids(present), f"Unknown: nothing documents the {' / '.join(missing)}.")


def _has_report_sections(ctx: Context, finding: Finding) -> bool:
    """The finding's page has a report's headings ("FINDINGS:", "IMPRESSION:"; policy vocabulary
    report_section_titles) at the start of a line."""
    text = _page_text(ctx, finding.document, finding.page) or ""
    titles = "|".join(re.escape(t) for t in ctx.words("report_section_titles"))
    return bool(titles) and re.search(r"(?im)^\W*(?:" + titles + r")\s*:", text) is not None


_ITEM_HEADING = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)]|[-*\u2022#])[ \t]+[^:\n]{0,60}:")
_ITEM_END = re.compile(r"\n[ \t]*(?:\d{1,2}[.)]|[-*\u2022#])[ \t]|\n[ \t]*\n")


def _heads_a_requesting_item(finding: Finding, ctx: Context) -> bool:
    """The mention is in the heading of a numbered plan item ("2. Remote HIE / MRS:") whose text asks for
    the study: the heading names the item's topic, not a study already done."""
    text = _page_text(ctx, finding.document, finding.page)
    if not text:
        return False
    line_start = text.rfind("\n", 0, finding.start) + 1
    heading = _ITEM_HEADING.match(text, line_start)
    if not heading or not (heading.start() <= finding.start and finding.end <= heading.end()):
        return False
    rest = text[heading.end():heading.end() + 1500]
    end = _ITEM_END.search(rest)
    item_end = heading.end() + (end.start() if end else len(rest))
    # the item asks for the same study in words ("I will request MR spectroscopy of the brain")
    return any(f.document == finding.document and f.page == finding.page and heading.end() <= f.start < item_end
               and _is_request_sentence(f, ctx) for f in ctx.of([finding.concept]))


def _is_request_sentence(finding: Finding, ctx: Context) -> bool:
    return _has_word(finding.sentence, ctx.words("request_words"))


def _of_another_region(finding: Finding, ctx: Context) -> bool:
    """The mention's clause names a body region other than the one requested: another region than the
    brain (policy vocabulary other_regions) and no brain region ("the research 31P study of the calf
    muscle on 09/18/2025; no brain MRS ..."), or the brain when the form asks for another region ("MRI
    brain with MR spectroscopy 06/14/2022" in a request for the prostate)."""
    clause = _clause(ctx, finding)
    brain = fields_lexicon()["brain_regions"]
    asked = ctx.request.body_part or ""
    if asked and not _has_word(asked, brain) and _has_word(asked, ctx.words("other_regions")):
        return _has_word(clause, brain) and not _has_word(clause, ctx.words("other_regions"))
    return _has_word(clause, ctx.words("other_regions")) and not _has_word(clause, brain)


def _prior_studies(ctx: Context, concepts) -> list[Finding]:
    """Prior studies of these concepts before the request. A note that retells a prior study
    without dating it ("Prior MRS indeterminate") is dated by the latest dated prior study in
    the packet up to the note's date, not by the visit."""
    priors, anchors, elsewhere = [], [], False
    for finding in ctx.of(concepts):
        if not supports(finding, allow_historical=True):
            continue
        explicit = _date(finding.date)
        if ctx.request_date and explicit and explicit >= ctx.request_date:
            continue
        if _of_another_region(finding, ctx):
            elsewhere = True
            continue  # "31P muscle spectroscopy study (calf, 09/18/2025)": a prior MRS, but not of the brain
        before_request = bool(ctx.request_date and explicit and explicit < ctx.request_date)
        # past by its own words: "last" in "last MRI (5/2023) normal ... -> repeat MRI, with MRS" is the MRI's
        past = finding.assertion.historical or _worded_past(_clause(ctx, finding, onwards=True), ctx)
        # a request sentence names the asked-for study unless the words of the mention's own clause make it
        # past: "MDT 28/04/2026 recommends MRS" is historical by its date alone, "MRI + MRS 12/15/25 showed
        # ..." by its words, and in "Prior imaging: MRI 08/12/2025 - indeterminate, radiology recommends MRS"
        # the "prior" is the imaging's
        by_date_only = dict(finding.attributes).get("historical_by") == "date" and not _worded_past(
            _clause(ctx, finding), ctx)
        header = bool(ctx.request_date and _date(finding.document_date)
                      and _date(finding.document_date) < ctx.request_date
                      and ctx.document_kinds.get(finding.document) != "request_form" and _heads_report(finding, ctx))
        # an earlier report's title line may carry the study's code: "MR SPECTROSCOPY (CPT 70553, 76390)" over
        # its FINDINGS and IMPRESSION (a letter's "Service: MR spectroscopy (CPT 76390)" is the request)
        titles_report = header and _has_report_sections(ctx, finding)
        asks = _has_word(finding.sentence, [w for w in ctx.words("request_words")
                                            if not (titles_report and w.isdigit())])
        if asks and not (before_request and past and not by_date_only):
            continue
        if not explicit and _heads_a_requesting_item(finding, ctx):
            continue  # "2. Remote HIE / MRS: Mom asks ... I will request MR spectroscopy": the item's topic
        if before_request or past or header:  # header: the title of an earlier MRS report
            priors.append(finding)
            if explicit or header:
                anchors.append(finding_date(finding))
    if elsewhere:
        # a form's bare "Prior MRS? [X] Yes" in a packet whose prior MRS is a liver study is that study
        brain = fields_lexicon()["brain_regions"]
        priors = [f for f in priors if ctx.document_kinds.get(f.document) != "request_form"
                  or _has_word(_clause(ctx, f), brain)]
    dated = []
    for finding in priors:
        if not _date(finding.date) and finding_date(finding) not in anchors:
            until = _date(finding.document_date)
            earlier = [d for d in anchors if d and (until is None or d <= until)]
            if earlier:
                finding = replace(finding, date=max(earlier).isoformat())
            else:
                # "an outside MRS nobody can date": the note's date bounds the study, it does not date it
                bound = (("date_upper_bound", until.isoformat()),) if until else ()
                finding = replace(finding, document_date=None, attributes=finding.attributes + bound)
        dated.append(finding)
    return dated


def rule_prior_study(rule: dict, ctx: Context) -> LeafResult:
    priors = _prior_studies(ctx, rule["study"])
    if priors:
        dated = [f for f in priors if finding_date(f)]
        first = max(dated, key=finding_date) if dated else priors[0]
        when = _when(first)
        return LeafResult(MET, _ids([first] + priors[:2]), f"Met: a prior MR spectroscopy is documented{when}: {quote(first)}.")
    negated = [f for f in ctx.of(rule["study"]) if about_patient(f) and f.assertion.negated]
    if negated:
        return LeafResult(NOT_MET, _ids(negated[:1]), f"Not met: the packet states no prior study: {quote(negated[0])}.")
    return LeafResult(NOT_MET, (), "Not met: no prior MR spectroscopy is documented.")


def _when(finding: Finding) -> str:
    """" on 2025-11-28", " in 2025-11" (a month-only date), " in 2025", or "" when undated."""
    day = finding_date(finding)
    if day is None:
        return ""
    precision = finding.attribute("date_precision")
    if precision == "month":
        return f" in {day.isoformat()[:7]}"
    if precision == "year":
        return f" in {day.year}"
    return f" on {day.isoformat()}"


def _period_end(start: dt.date, precision: str | None) -> dt.date:
    """The last day a date of this precision may mean: 2025-11-01 read from "November 2025" -> 11-30."""
    if precision == "month":
        return add_months(start.replace(day=1), 1) - dt.timedelta(days=1)
    if precision == "year":
        return dt.date(start.year, 12, 31)
    return start


def _changes_after(rule: dict, ctx: Context, since: dt.date) -> list[Finding]:
    """Treatments started and new or worse symptoms documented after ``since`` (not a continued regimen)."""
    continuation = ctx.words("continuation_words")
    starts = ctx.of(rule.get("treatment_start", ()))
    treatments = ctx.of(rule["treatment"])
    # "ADDENDUM ... CORRECTION: Lomustine was NOT dispensed or administered today"
    corrections = [n for n in treatments if n.assertion.negated and _after_addendum(n, ctx)]
    changes = []
    for finding in treatments:
        if finding.assertion.negated or finding.assertion.family or finding.assertion.hypothetical:
            continue
        if finding.assertion.historical and dict(finding.attributes).get("historical_by") != "date":
            continue  # "MRI 12/1/25 (q2-3 mo post-SRS surveillance)": the SRS is the past one, not of 12/1
        if any(n.document == finding.document and (n.page, n.start) > (finding.page, finding.start)
               and n.text.lower() == finding.text.lower() for n in corrections):
            continue  # corrected later in its note
        if _has_word(finding.sentence, continuation):
            continue
        when = _date(finding.date)
        if when is None and any(s.sentence == finding.sentence and s.document == finding.document for s in starts):
            when = _date(finding.document_date)
        if when and when > since:
            changes.append(finding)
    for finding in ctx.of(rule["symptoms"]):
        if supports(finding) and finding_date(finding) and finding_date(finding) > since:
            changes.append(finding)
    return changes


def rule_recent_prior_study(rule: dict, ctx: Context) -> LeafResult:
    priors = _prior_studies(ctx, rule["study"])
    if not priors:
        return LeafResult(NOT_MET, (), "Not met: no prior MR spectroscopy is documented.")
    if ctx.request_date is None:
        return LeafResult(UNKNOWN, _ids(priors[:2]), "Unknown: a prior MR spectroscopy is documented but the request date is unknown.")
    window_start = add_months(ctx.request_date, -int(rule["window_months"]))
    dated = [(finding_date(f), f) for f in priors]
    inside = [(d, f) for d, f in dated if d and window_start <= d <= ctx.request_date]
    undated = [f for d, f in dated if d is None]
    # "in November 2025" with the window opening on 2025-11-28: the month straddles the edge
    straddling = [f for d, f in dated if d and d < window_start <= _period_end(d, f.attribute("date_precision"))]
    # undated, but retold in a note written before the window opened: outside it all the same
    undated = [f for f in undated if not (f.attribute("date_upper_bound")
                                          and _date(f.attribute("date_upper_bound")) < window_start)]
    if not inside:
        if undated:
            return LeafResult(UNKNOWN, _ids(undated[:2]), f"Unknown: a prior MR spectroscopy cannot be dated: {quote(undated[0])}.")
        if straddling:
            # inside the window or not, a treatment or a new symptom after the month's last day settles it
            latest_end = max(_period_end(finding_date(f), f.attribute("date_precision")) for f in straddling)
            changes = _changes_after(rule, ctx, latest_end)
            if changes:
                return LeafResult(NOT_MET, _ids(straddling[:1] + changes[:2]), f"Not met: the prior MR spectroscopy is "
                                  f"dated only to the {straddling[0].attribute('date_precision')}, at the edge of the "
                                  f"{rule['window_months']}-month window, but {quote(changes[0])} comes after it.")
            return LeafResult(UNKNOWN, _ids(straddling[:2]), f"Unknown: the prior MR spectroscopy is dated only to the "
                              f"{straddling[0].attribute('date_precision')}, which straddles {window_start.isoformat()}, "
                              f"the start of the {rule['window_months']}-month window: {quote(straddling[0])}.")
        known = [d for d, _ in dated if d]
        if not known:
            bounded = [f for d, f in dated if d is None]
            return LeafResult(NOT_MET, _ids(bounded[:1]), f"Not met: the prior MR spectroscopy is undated but retold "
                              f"in a note written before {window_start.isoformat()}, outside {rule['window_months']} "
                              f"months of the request: {quote(bounded[0])}.")
        latest = max(known)
        return LeafResult(NOT_MET, _ids([f for d, f in dated if d == latest][:1]),
                          f"Not met: the latest prior MR spectroscopy ({latest.isoformat()}) is before {window_start.isoformat()}, "
                          f"outside {rule['window_months']} months of the request ({ctx.request_date.isoformat()}).")
    prior_date, prior = max(inside, key=lambda item: item[0])
    changes = _changes_after(rule, ctx, prior_date)
    if changes:
        return LeafResult(NOT_MET, _ids([prior] + changes[:2]), f"Not met: a prior MR spectroscopy on {prior_date.isoformat()} "
                          f"is within {rule['window_months']} months, but {quote(changes[0])} comes after it.")
    return LeafResult(MET, _ids([prior]), f"Met: a prior MR spectroscopy on {prior_date.isoformat()} is within "
                      f"{rule['window_months']} months of the request ({ctx.request_date.isoformat()}) with no treatment "
                      f"or new/worsening symptoms documented after it: {quote(prior)}.")


RULES: dict[str, Callable[[dict, Context], LeafResult]] = {
    "clinical_documentation": rule_clinical_documentation,
    "request_code": rule_request_code,
    "body_region": rule_body_region,
    "latest_study_result": rule_latest_study_result,
    "open_question": rule_open_question,
    "paired_question": rule_paired_question,
    "mentions": rule_mentions,
    "all_groups": rule_all_groups,
    "prior_study": rule_prior_study,
    "recent_prior_study": rule_recent_prior_study,
}


# ---- the tree -----------------------------------------------------------------

def _request_with_date(request: RequestInfo, request_date: str | None, findings) -> RequestInfo:
    if not request_date:
        return request
    chosen = dt.date.fromisoformat(request_date)
    age_years, age_days = request.patient_age_years, request.patient_age_days
    if request.date_of_birth:
        birth = dt.date.fromisoformat(request.date_of_birth)
        age_days = (chosen - birth).days
        age_years = chosen.year - birth.year - ((chosen.month, chosen.day) < (birth.month, birth.day))
    population = None if age_years is None else ("adult" if age_years >= 18 else "pediatric")
    return replace(request, request_date=chosen.isoformat(), request_date_source="command line",
                   patient_age_years=age_years, patient_age_days=age_days, population=population)


def evaluate(policy: Policy, extraction: Extraction, overrides: Overrides | None = None,
             request_date: str | None = None) -> Assessment:
    overrides = overrides or Overrides()
    rejected = overrides.rejected_ids
    findings = [f for f in extraction.findings if f.id not in rejected]
    request = _request_with_date(extraction.request, request_date, findings)
    by_concept: dict[str, list[Finding]] = {}
    for finding in findings:
        by_concept.setdefault(finding.concept, []).append(finding)
    ctx = Context(policy=policy, extraction=extraction, findings=findings, request=request,
                  request_date=_date(request.request_date), by_concept=by_concept,
                  document_kinds=dict(extraction.document_kinds))
    forced = {o.criterion: o for o in overrides.leaf_status}
    added: dict[str, list] = {}
    for evidence in overrides.added_evidence:
        added.setdefault(evidence.criterion, []).append(evidence)
    results: dict[str, CriterionResult] = {}

    def visit(node: Criterion) -> str:
        if node.is_leaf:
            result = RULES[node.rule["kind"]](node.rule, ctx)
            status, evidence, rationale, overridden = result.status, result.evidence, result.rationale, False
            if node.id in added:
                extra = added[node.id]
                evidence = tuple(evidence) + tuple(e.id for e in extra)
                if status != MET:
                    status = MET
                    rationale = (f"Met: reviewer attached evidence \u201c{extra[0].text[:80]}\u201d "
                                 f"({extra[0].document} p{extra[0].page}).")
                    overridden = True
            if node.id in forced:
                override = forced[node.id]
                rationale = f"{override.status.replace('_', ' ').capitalize()} (set by reviewer: {override.reason}). Extractor said: {rationale}"
                status, overridden = override.status, True
        else:
            statuses = [visit(child) for child in node.children]
            status = combine_any(statuses) if node.combine == "any" else combine_all(statuses)
            deciding = [c.label for c in node.children if results[c.id].status == status]
            word = {"met": "Met", "not_met": "Not met", "unknown": "Unknown"}[status]
            rationale = f"{word} ({node.combine.upper()}): " + (", ".join(deciding[:3]) if deciding else "no child decides")
            evidence, overridden = (), False
            if node.id in forced:
                override = forced[node.id]
                status, overridden = override.status, True
                rationale = f"Set by reviewer: {override.reason}"
        results[node.id] = CriterionResult(id=node.id, label=node.label, status=status, evidence=tuple(evidence),
                                           rationale=rationale, overridden=overridden)
        return status

    for root in policy.roots:
        visit(root)

    outcome = decide_outcome(policy, {key: value.status for key, value in results.items()})
    notes = tuple((note.id, flagged) for note in policy.notes if (flagged := _note_evidence(note, ctx)))
    return Assessment(policy_id=policy.id, policy_version=policy.version, extraction=extraction, request=request,
                      criteria=results, notes=notes, outcome=outcome,
                      recommendation=policy.recommendations[outcome], overrides=overrides)


def decide_outcome(policy: Policy, statuses: dict[str, str]) -> str:
    for entry in policy.outcomes:
        when = entry["when"]
        if "any_not_met" in when and not any(statuses.get(i) == NOT_MET for i in when["any_not_met"]):
            continue
        if "met" in when and statuses.get(when["met"]) != MET:
            continue
        if "not_met" in when and statuses.get(when["not_met"]) != NOT_MET:
            continue
        return entry["outcome"]
    raise ValueError("the policy's outcome list has no catch-all entry")


def _note_evidence(note, ctx: Context) -> tuple[str, ...]:
    if note.min_age_years is not None and ctx.request.patient_age_years is not None \
            and ctx.request.patient_age_years < note.min_age_years:
        return ()
    flagged = [f for f in ctx.of(note.concepts) if supports(f)]
    # a later word that the same condition has resolved ("AKI - RESOLVED (Cr 1.0 at d/c)", "Claustrophobia
    # no longer an issue") supersedes the episode's earlier mentions ("# AKI - likely contrast-associated")
    words = ctx.words("resolution_words")
    resolved = [f for f in ctx.of(note.concepts) if not f.assertion.family and _has_word(f.sentence, words)
                and (f.assertion.negated or dict(f.attributes).get("episode") == "acute")]
    flagged = [f for f in flagged if not _has_word(_clause(ctx, f, onwards=True), words) and not any(
        (r.text.lower() == f.text.lower() or (dict(r.attributes).get("episode") == "acute"
                                              and dict(f.attributes).get("episode") == "acute"))
        and not (finding_date(r) and finding_date(f) and finding_date(r) < finding_date(f))
        for r in resolved)]
    if note.later_denial_withdraws:
        denials = [f for f in ctx.of(note.concepts) if f.assertion.negated and not f.assertion.family]
        flagged = [f for f in flagged if not any(
            d.document == f.document and d.page == f.page and d.sentence == f.sentence and d.start > f.end
            for d in denials)]
    for concept, limits in note.value_concepts.items():
        for finding in ctx.of([concept]):
            value = finding.attribute("value")
            if value and supports(finding) and "below" in limits and float(value) < float(limits["below"]):
                flagged.append(finding)
    return _ids(flagged)
