"""spaCy components of our own, each a factory with plain-value config.

- ``mrs_line_sentences``: sentence breaks at structural line breaks (bullets,
  numbered items, "Label:" lines, blank lines, headings), so that a negation
  cannot leak from one list item into the next.
- ``mrs_wrapped_targets``: target phrases broken by a soft line wrap.
- ``mrs_concept_filter``: drops target matches whose lexicon metadata asks for a
  context the sentence does not have (a bare "metastasis" needs a brain word
  nearby, "MRI" must not be followed by "lumbar spine").
- ``mrs_fuzzy_matcher``: a second pass with rapidfuzz that adds an entity only
  where no exact rule matched, for misspellings and OCR noise.
"""


import bisect
import re
from collections import defaultdict
from typing import Iterable

from rapidfuzz import fuzz, process
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors.lexicon import LexiconError, load_object

if not Span.has_extension("fuzzy_score"):
    Span.set_extension("fuzzy_score", default=None)
if not Span.has_extension("rule_literal"):
    Span.set_extension("rule_literal", default="")

_BULLET = re.compile(r"^\s*(?:[-*|\u2022\u00b7\u25aa\u25cf>]|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]\s|\[[ xX\u2713]?\]|[\u2610\u2611\u2612])")
_LABEL = re.compile(r"^\s*[A-Z][A-Za-z0-9 /&()'-]{0,40}:")
_HEADING = re.compile(r"^\s*[A-Z0-9][A-Z0-9 /&()'.,-]{2,60}$")
_SENTENCE_END_CHARACTERS = frozenset(".:;!?")  # the last character of a line that ends a sentence


def _ends_in_letter(line: str) -> bool:
    """Does the line end in an ASCII letter (trailing whitespace aside)? A regex ending in "any
    whitespace, then the end" is tried from every position of the line."""
    last = line.rstrip()[-1:]
    return last.isascii() and last.isalpha()


def _line_starts_new_sentence(previous_line: str, line: str) -> bool:
    if not line.strip() or not previous_line.strip():
        return True
    bullet = _BULLET.match(line)
    if bullet and _ends_in_letter(previous_line) and len(previous_line.strip()) >= 45 \
            and line[bullet.end():].lstrip()[:1].islower():
        # "... denies drugs. Girlfriend" / "(19) is ~20 weeks pregnant": a wrapped sentence going on
        # after a number in brackets, not a list item
        return False
    if bullet or _LABEL.match(line) or _HEADING.match(line):
        return True
    if previous_line.rstrip().endswith(";") and line[:1].isspace() and line.lstrip()[:1].islower():
        # an indented line going on in lower case continues the item: "(anxiety/claustrophobia);" /
        # "  resolved - scanned awake since 2024"
        return len(previous_line.strip()) < 45
    if previous_line.rstrip()[-1:] in _SENTENCE_END_CHARACTERS or _HEADING.match(previous_line):
        return True
    if _ends_in_letter(previous_line) and len(previous_line.split()) >= 4 and line.lstrip()[:1].islower():
        # a narrow column wraps short lines: "5. Tolerated 2/9 MRI w/o sedation - no" / "claustrophobia."
        return False
    # a short line (form field, address, heading) is not wrapped prose
    return len(previous_line.strip()) < 45


def join_soft_wraps(text: str) -> str:
    """The text with each newline that only wraps a sentence ("... is not\\nsuspected") turned into a
    space, offset for offset. Rules and ConText phrases then match across the wrap as they do on
    one line; structural breaks (lists, labels, headings, blank lines, short lines) stay, and so
    does a newline after a hyphen ("hypoxic-\\nischemic"), which mrs_wrapped_targets joins."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    out = [lines[0]]
    previous = lines[0]
    for line in lines[1:]:
        soft = (previous.strip() and line.strip() and not previous.rstrip().endswith("-")
                and not _line_starts_new_sentence(previous, line))
        out.append((" " if soft else "\n") + line)
        previous = line if line.strip() else ""
    return "".join(out)


_TEXT_KEY = "mrs_text"


class TextKeepingTokenizer:
    """spaCy's tokenizer, keeping each Doc's text in ``doc.user_data`` for ``doc_text``: ``doc.text``
    joins the text back together through a Token object per token, a fifth of tokenization per read."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[_TEXT_KEY] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        return getattr(self.tokenizer, name)


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once at tokenization where TextKeepingTokenizer made the Doc."""
    text = doc.user_data.get(_TEXT_KEY)
    return doc.text if text is None else text


@Language.factory("mrs_line_sentences", default_config={})
def make_line_sentences(nlp: Language, name: str):
    return LineSentences()


class LineSentences:
    """Adds sentence starts at structural line breaks; runs after the rule sentencizer."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if "\n" not in text:
            return doc
        line_starts = []  # char offsets where a new sentence must begin
        position = 0
        lines = text.split("\n")
        previous = ""
        for index, line in enumerate(lines):
            if index > 0 and _line_starts_new_sentence(previous, line):
                stripped = len(line) - len(line.lstrip())
                line_starts.append(position + stripped)
            position += len(line) + 1
            if line.strip():
                previous = line
            else:
                previous = ""
        if not line_starts:
            return doc
        import numpy
        from spacy.attrs import IDX

        # the token that starts at each line start (one array search, no Token per token)
        offsets = doc.to_array(IDX)
        wanted = numpy.asarray(line_starts, dtype=offsets.dtype)
        positions = numpy.minimum(numpy.searchsorted(offsets, wanted), len(offsets) - 1)
        for i in positions[offsets[positions] == wanted]:
            if i > 0:
                doc[int(i)].is_sent_start = True
        return doc


TARGET_GROUP = "mrs_targets"


@Language.component("mrs_targets_to_ents")
def targets_to_ents(doc: Doc) -> Doc:
    """Move the target matcher's spans (span group TARGET_GROUP) into ``doc.ents`` in one step.

    medspaCy's TargetMatcher in "ents" mode adds its spans one at a time (``doc.ents +=``),
    which rebuilds the entity array per span: a third of the matcher's time on a packet page.
    Its matches are already pruned to non-overlapping; a span overlapping an existing entity
    is skipped, as medspaCy does."""
    spans = list(doc.spans.get(TARGET_GROUP, ()))
    if not spans:
        return doc
    taken = set()
    for ent in doc.ents:
        taken.update(range(ent.start, ent.end))
    kept = [span for span in spans if not taken.intersection(range(span.start, span.end))]
    doc.set_ents(list(doc.ents) + kept)
    del doc.spans[TARGET_GROUP]
    return doc


@Language.factory("mrs_wrapped_targets", default_config={"window_tokens": 8})
def make_wrapped_targets(nlp: Language, name: str, window_tokens: int):
    return WrappedTargets(nlp, window_tokens)


class WrappedTargets:
    """Finds target phrases broken by a soft line wrap ("no history of hypoxic-ischaemic\\n
    encephalopathy") or by a run of spaces (a wrapped line's indent, PDF column gaps): the
    whitespace is a token of its own, so no rule can match across it.

    Around each newline that continues a sentence (``mrs_line_sentences`` left no sentence start
    after it), the target matcher runs again on the words with the newline left out; a match
    that spans the wrap is mapped back to the page's tokens and replaces any shorter entity
    inside it, as the longer match wins on one line."""

    def __init__(self, nlp: Language, window_tokens: int):
        self.nlp = nlp
        self.window = window_tokens

    def _matcher(self):
        return self.nlp.get_pipe("medspacy_target_matcher")._TargetMatcher__matcher

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import IS_SPACE, ORTH, SENT_START, SPACY

        # one array read per attribute; no Token object per token
        columns = doc.to_array([IS_SPACE, ORTH, SPACY, SENT_START])
        space, orths, trailing, sent_start = (columns[:, k].tolist() for k in range(4))
        strings = doc.vocab.strings
        last = len(doc) - 1
        wraps = [i for i in (int(i) for i in columns[:, 0].nonzero()[0]) if 0 < i < last
                 and sent_start[i] != 1 and sent_start[i + 1] != 1 and not space[i - 1] and not space[i + 1]
                 and strings[orths[i]].count("\n") <= 1]
        if not wraps:
            return doc
        # every wrap's window, one after another in one Doc with a blank line between them, so the
        # matcher runs once per page rather than once per wrap; a match running out of its window
        # is dropped
        words, spaces, windows = [], [], []  # windows: (first word, end, page token of each word, wrap+1)
        for wrap in wraps:
            low, high = max(0, wrap - self.window), min(len(doc), wrap + self.window + 1)
            first, kept = len(words), []  # kept: the page token each window word comes from
            for i in range(low, high):
                if i == wrap:
                    continue
                text = strings[orths[i]]
                if i == wrap - 1 and len(text) > 1 and text.endswith("-"):
                    # "hypoxic-" + newline + "ischemic": the word hyphenated across the lines
                    words += [text[:-1], "-"]
                    spaces += [False, False]
                    kept += [i, i]
                    continue
                words.append(text)
                spaces.append(bool(trailing[i]) or i == wrap - 1)
                kept.append(i)
            windows.append((first, len(words), kept, first + kept.index(wrap + 1)))
            words.append("\n\n")
            spaces.append(False)
        matcher = self._matcher()
        starts = [window[0] for window in windows]
        ents = list(doc.ents)
        added = False
        for match_id, start, end in matcher(Doc(doc.vocab, words=words, spaces=spaces)):
            first, last, kept, after = windows[bisect.bisect_right(starts, start) - 1]
            if end > last or not start < after < end:
                continue
            rule = matcher.rule_map[self.nlp.vocab.strings[match_id]]
            span = Span(doc, kept[start - first], kept[end - 1 - first] + 1, label=rule.category)
            overlapping = [e for e in ents if e.start < span.end and span.start < e.end]
            # as on one line, the longer match wins: "radiation\nnecrosis" over "radiation"
            if any(e.start < span.start or e.end > span.end for e in overlapping):
                continue
            span._.target_rule = rule
            for attribute, value in (rule.attributes or {}).items():
                setattr(span._, attribute, value)
            ents = [e for e in ents if e not in overlapping] + [span]
            added = True
        if added:
            doc.ents = sorted(ents, key=lambda e: e.start)
        return doc


@Language.factory("mrs_concept_filter", default_config={"lexicon": "concept_context.json"})
def make_concept_filter(nlp: Language, name: str, lexicon: str):
    return ConceptFilter(lexicon, nlp.tokenizer)


# what a target rule's "metadata" may say; anything else is a typo that would silently do nothing
RULE_METADATA_KEYS = frozenset({
    "requires_context", "requires_context_before", "requires_not_following", "requires_not_preceding",
    "contains_concepts",  # findings.py: concepts named inside the match are findings of their own
    "drop_if_affirmed", "drop_if_sentence_has_concept",  # findings.py: when a match says nothing
    "past_after_days",  # findings.py: a mention dated this many days before its note is history
    "capitals_only_in_capitals",  # an all-capital match ("VS") counts only in a sentence written in capitals
    "not_before_number",  # a match right before a number is a count or a day ("HD 3": hospital day 3)
})


def _names(value) -> tuple[str, ...]:
    """A rule's word-set name, or its list of names ("requires_not_following": ["functional_score", "equipment"])."""
    return (value,) if isinstance(value, str) else tuple(value)


class WordSet:
    """A word set of concept_context.json, read as the tokenizer reads the text: an entry the
    tokenizer splits ("c/a/p", "pet-ct", "intra-axial") is a phrase of tokens, found where it starts."""

    def __init__(self, words: Iterable[str], tokenizer=None):
        self.single: set[str] = set()
        self.phrases: dict[str, list[tuple[str, ...]]] = {}
        for word in words:
            parts = tuple(t.lower_ for t in tokenizer(word) if not t.is_space) if tokenizer else (word.lower(),)
            if len(parts) == 1:
                self.single.add(parts[0])
            elif parts:
                self.phrases.setdefault(parts[0], []).append(parts)

    def found(self, doc: Doc, start: int, end: int, limit: int | None = None, skip: tuple[int, int] = (0, 0)) -> bool:
        """A word of the set in ``doc[start:end]``, or a phrase of it starting there and ending by
        ``limit`` (``end`` unless given); tokens in ``skip`` (start, end) are passed over."""
        limit = end if limit is None else limit
        for i in range(start, end):
            if skip[0] <= i < skip[1]:
                continue
            low = doc[i].lower_
            if low in self.single:
                return True
            for phrase in self.phrases.get(low, ()):
                if i + len(phrase) <= limit and all(doc[i + k].lower_ == phrase[k] for k in range(1, len(phrase))) \
                        and not (skip[0] < i + len(phrase) and i < skip[1]):
                    return True
        return False


class ConceptFilter:
    """Applies ``requires_context`` / ``requires_not_following`` / ``requires_not_preceding`` rule metadata."""

    def __init__(self, lexicon: str, tokenizer=None):
        data = load_object(lexicon, {"context_words", "not_following_words", "not_preceding_words", "window_tokens",
                                     "previous_sentence_contexts"},
                           required={"context_words", "not_following_words"})
        # contexts that the sentence before may give ("Stable low-grade glioma. No evidence of progression.")
        self.previous_sentence_contexts = frozenset(data.get("previous_sentence_contexts", ()))
        unknown = self.previous_sentence_contexts - set(data["context_words"])
        if unknown:
            raise LexiconError(f"{lexicon}: previous_sentence_contexts names no context_words set: {', '.join(sorted(unknown))}")
        self.context_words = {key: WordSet(words, tokenizer) for key, words in data["context_words"].items()}
        self.not_following = {key: WordSet(words, tokenizer) for key, words in data["not_following_words"].items()}
        self.not_preceding = {key: WordSet(words, tokenizer) for key, words in data.get("not_preceding_words", {}).items()}
        self.window = int(data.get("window_tokens", 3))

    def register_rules(self, rules) -> None:
        categories = {rule.category for rule in rules}
        for rule in rules:
            unknown = set((rule.metadata or {}).get("contains_concepts", ())) - categories
            if unknown:
                raise LexiconError(f"target rule {rule.literal!r}: contains_concepts names no target concept: "
                                 f"{', '.join(sorted(unknown))}")
            if rule.metadata:
                unknown_keys = set(rule.metadata) - RULE_METADATA_KEYS
                if unknown_keys:
                    raise LexiconError(f"target rule {rule.literal!r}: unknown metadata {', '.join(sorted(unknown_keys))} "
                                     f"(known: {', '.join(sorted(RULE_METADATA_KEYS))})")
                past_after = rule.metadata.get("past_after_days")
                if past_after is not None and (not isinstance(past_after, int) or past_after < 0):
                    raise LexiconError(f"target rule {rule.literal!r}: past_after_days must be a whole number of days")
                for key, value in rule.metadata.items():
                    if key in ("requires_context", "requires_context_before") and value not in self.context_words:
                        raise LexiconError(f"target rule {rule.literal!r}: unknown requires_context {value!r}")
                    if key == "requires_not_following" and not set(_names(value)) <= set(self.not_following):
                        raise LexiconError(f"target rule {rule.literal!r}: unknown requires_not_following {value!r}")
                    if key == "requires_not_preceding" and value not in self.not_preceding:
                        raise LexiconError(f"target rule {rule.literal!r}: unknown requires_not_preceding {value!r}")

    def __call__(self, doc: Doc) -> Doc:
        kept = []
        changed = False
        for ent in doc.ents:
            rule = ent._.target_rule if Span.has_extension("target_rule") else None
            metadata = rule.metadata if rule is not None else None
            if metadata and not self._passes(ent, metadata):
                changed = True
                continue
            kept.append(ent)
        if changed:
            doc.ents = kept
        return doc

    def _passes(self, ent: Span, metadata: dict) -> bool:
        needed = metadata.get("requires_context")
        if needed:
            # the mention's sentence, or the one before it that it goes on from ("Stable low-grade
            # glioma. No evidence of progression.")
            words = self.context_words[needed]
            sentence = ent.sent
            if not words.found(ent.doc, sentence.start, sentence.end, skip=(ent.start, ent.end)):
                if needed not in self.previous_sentence_contexts:
                    return False
                previous = ent.doc[sentence.start - 1].sent if sentence.start > 0 else None
                if previous is None or "\n\n" in doc_text(ent.doc)[previous.end_char:sentence.start_char] \
                        or not words.found(ent.doc, previous.start, previous.end):
                    return False
        needed = metadata.get("requires_context_before")
        if needed:  # the context word names what the mention is about: "MRI brain 10/03/2025 - normal"
            if not self.context_words[needed].found(ent.doc, ent.sent.start, ent.start):
                return False
        # the words just after or before the mention, in its own sentence ("adult X-ALD. See clinic
        # letter": the clinic is not the disease's)
        excluded = metadata.get("requires_not_following")
        if excluded:
            sentence_end = ent.sent.end
            for name in _names(excluded):
                if self.not_following[name].found(ent.doc, ent.end, min(sentence_end, ent.end + self.window),
                                                  limit=sentence_end):
                    return False
        excluded = metadata.get("requires_not_preceding")
        if excluded:
            if self.not_preceding[excluded].found(ent.doc, max(ent.sent.start, ent.start - self.window), ent.start):
                return False
        if metadata.get("not_before_number") and ent.end < ent.sent.end and ent.doc[ent.end].like_num:
            return False
        if metadata.get("capitals_only_in_capitals") and ent.text.isupper() and not _capitals_sentence(ent) \
                and not _between_findings(ent):
            return False  # "sporadic VS is exceedingly rare": VS in prose is a vestibular schwannoma, not versus
        return True


def _between_findings(ent: Span) -> bool:
    """Other findings stand on both sides of the mention ("glioma VS metastasis"): it joins them."""
    doc = ent.doc
    return 0 < ent.start and ent.end < len(doc) and bool(doc[ent.start - 1].ent_type) and bool(doc[ent.end].ent_type)


def _capitals_sentence(ent: Span) -> bool:
    """The mention's sentence is written in capitals, as a legacy report is: more capital words than not."""
    words = [t.text for t in ent.sent if t.is_alpha and len(t.text) > 1 and not (ent.start <= t.i < ent.end)]
    return bool(words) and sum(w.isupper() for w in words) * 2 > len(words)


@Language.factory("mrs_fuzzy_matcher", default_config={"score_cutoff": 90.0, "min_length": 8})
def make_fuzzy_matcher(nlp: Language, name: str, score_cutoff: float, min_length: int):
    return FuzzyMatcher(score_cutoff, min_length)


_WORD = re.compile(r"^[A-Za-z][A-Za-z-]*$")


# each changed word must be this close to the lexicon's word (rapidfuzz ratio): a typo ("radiaton",
# "necorsis", "tumr") stays above it, a different word does not ("motor" for "monitor" is 83)
WORD_RATIO_MIN = 85


def _words_misspelled_not_replaced(candidate: str, literal: str) -> bool:
    """Typos and OCR noise garble long words; a different short word is a different phrase
    ("as baseline" is not "at baseline"). Every word that differs must be a near miss of a word
    of at least five letters with the same first letter: a slip inside a word, not another word
    ("for reading" is not "for grading")."""
    for seen, wanted in zip(candidate.split(), literal.split()):
        if seen != wanted and (len(wanted) < 5 or seen[0] != wanted[0] or fuzz.ratio(seen, wanted) < WORD_RATIO_MIN):
            return False
    return True


class FuzzyMatcher:
    """Second pass: near-misses of lexicon literals, only where no exact rule matched."""

    CACHE_LIMIT = 200_000  # looked-up runs of words remembered across pages

    def __init__(self, score_cutoff: float, min_length: int):
        self.score_cutoff = score_cutoff
        self.min_length = min_length
        self.by_key: dict[tuple[str, int], list[str]] = defaultdict(list)
        self.category: dict[str, str] = {}
        self.known: set[str] = set()
        self.cache: dict[str, "tuple[str, float] | None"] = {}
        self.is_word: dict[str, bool] = {}  # token text -> may it be part of a candidate
        # (width, letters): only a word starting like some literal of that many words starts a candidate
        self.widths: list[tuple[int, frozenset[str]]] = []

    def register_rules(self, rules) -> None:
        for rule in rules:
            literal = rule.literal.lower()
            self.known.add(literal)
            if rule.pattern is not None or rule.metadata or len(literal) < self.min_length:
                continue
            if not all(_WORD.match(part) for part in literal.split()):
                continue
            self.category.setdefault(literal, rule.category)
            self.by_key[(literal[0], len(literal.split()))].append(literal)
        self.widths = [(width, frozenset(letter for letter, n in self.by_key if n == width)) for width in (3, 2, 1)]

    def _lookup(self, candidate: str, n_words: int) -> tuple[str, float] | None:
        if candidate in self.cache:
            return self.cache[candidate]
        choices = self.by_key.get((candidate[0], n_words))
        result = None
        if choices and candidate not in self.known:
            best = process.extractOne(candidate, choices, scorer=fuzz.ratio, score_cutoff=self.score_cutoff)
            if best is not None and _words_misspelled_not_replaced(candidate, best[0]):
                result = (best[0], float(best[1]))
        self.cache[candidate] = result
        return result

    def __call__(self, doc: Doc) -> Doc:
        if not self.by_key or not len(doc):
            return doc
        # a token may start or continue a candidate only if it is a word and no exact rule took it;
        # tokens are read as LOWER hashes (no Token objects), each distinct one judged once
        if max(len(self.cache), len(self.is_word)) > self.CACHE_LIMIT:  # a long triage run must not grow them
            self.cache.clear()
            self.is_word.clear()
        word_cache = self.is_word  # LOWER hash -> the word, or None when it cannot be part of a candidate
        strings = doc.vocab.strings
        words = []
        for key in doc.to_array(LOWER).tolist():
            word = word_cache.get(key, False)
            if word is False:
                text = strings[key]
                word = word_cache[key] = text if _WORD.match(text) else None
            words.append(word)
        for ent in doc.ents:
            words[ent.start:ent.end] = [None] * (ent.end - ent.start)
        # each distinct run of 1-3 usable words is looked up once per page; the page is then walked
        # left to right, taking at each token the longest run found there, as one token at a time would
        found_at: dict[int, tuple[int, tuple[str, float]]] = {}
        shortest = self.min_length
        for width, letters in self.widths:
            runs: dict[int, str] = {}  # start -> run of `width` usable words starting with a wanted letter
            for i in range(len(words) - width + 1):
                first = words[i]
                if first is None or first[0] not in letters:
                    continue
                if width == 1:
                    run = first
                else:
                    following = words[i + 1:i + width]
                    if None in following:
                        continue
                    run = first + " " + " ".join(following)
                if len(run) >= shortest:
                    runs[i] = run
            hits = {}
            for candidate in set(runs.values()):
                found = self._lookup(candidate, width)  # cached
                if found:
                    hits[candidate] = found
            if hits:
                for i, candidate in runs.items():
                    if candidate in hits and i not in found_at:
                        found_at[i] = (width, hits[candidate])
        added = []
        end = 0
        for i in sorted(found_at):
            if i < end:
                continue
            width, (literal, score) = found_at[i]
            end = i + width
            span = Span(doc, i, end, label=self.category[literal])
            span._.fuzzy_score = score
            span._.rule_literal = literal
            added.append(span)
        if added:
            doc.ents = list(doc.ents) + added
        return doc
