"""Builds the medspaCy pipeline on ``spacy.blank("en")`` from the rules in lexicons/.

Sentence splitting: spaCy's rule ``sentencizer`` plus our line-break component.
PyRuSH (medspaCy's default) is ~8x slower on a 14 KB note, logs through loguru,
and glues bullet lists into one sentence so a negation leaks across items.
"""
from __future__ import annotations

import bisect
import logging
import re
from functools import lru_cache
from typing import NamedTuple

import spacy
from spacy.language import Language
from spacy.tokens import Span

from extractors import components  # noqa: F401  (registers our factories)
from extractors.lexicon import LexiconError, check_keys, lexicon_path, load_object

log = logging.getLogger(__name__)


def silence_loguru() -> None:
    """medspaCy's dependencies log debug lines through loguru; patient text must not reach logs."""
    try:
        from loguru import logger
    except ImportError:  # pragma: no cover - loguru comes with medspaCy
        return
    logger.remove()
    for name in ("medspacy", "PyRuSH", "pyrush", "quickumls"):
        logger.disable(name)


def expand_first_token(pattern):
    """Rewrite a token pattern whose first token is an ``IN`` list into one pattern per value.

    spaCy's Matcher tests every pattern's first token against every token of the
    text; an ``IN`` predicate runs in Python there, a plain value in C. Measured on
    the neuro transcriptions this made ConText and the target matcher ~3x faster.
    Matches are the same: the alternatives are exactly the listed values."""
    if not isinstance(pattern, list) or not pattern or not isinstance(pattern[0], dict):
        return [pattern]
    first, rest = pattern[0], pattern[1:]
    op = first.get("OP")
    keys = [key for key in first if key != "OP"]
    if len(keys) != 1 or keys[0] not in ("LOWER", "ORTH", "TEXT") or not isinstance(first[keys[0]], dict) \
            or set(first[keys[0]]) != {"IN"} or op not in (None, "?"):
        return [pattern]
    key = keys[0]
    expanded = [[{key: value}] + rest for value in first[key]["IN"]]
    if op == "?":
        expanded += expand_first_token(rest) if rest else []
    return [p for p in expanded if p]


def _expanded(entry: dict) -> list[dict]:
    pattern = entry.get("pattern")
    if not isinstance(pattern, list):
        return [entry]
    return [dict(entry, pattern=variant) for variant in expand_first_token(pattern)]


def _target_rules():
    from medspacy.target_matcher import TargetRule

    data = load_object("target_rules.json", {"target_rules"}, required={"target_rules"})
    rules = []
    for index, entry in enumerate(data["target_rules"]):
        where = f"target_rules.json entry {index} ({entry.get('literal')!r})"
        check_keys(entry, TargetRule._ALLOWED_KEYS, where, required=("literal", "category"))
        rules.extend(TargetRule.from_dict(variant) for variant in _expanded(entry))
    return rules


def _context_rules():
    from medspacy.context import ConTextRule
    from importlib import resources
    import json
    from pathlib import Path

    overrides = load_object("context_overrides.json", {"_comment", "remove_default_rules", "forward_scopes_end_at",
                                                       "terminate_except"})
    removed = set(overrides.get("remove_default_rules", []))
    # {"CLAUSE_END": ["HISTORICAL", ...]}: the categories whose forward scopes a modifier category ends
    forward_ends: dict[str, set[str]] = {}
    for ender, categories in overrides.get("forward_scopes_end_at", {}).items():
        if not isinstance(categories, list):
            raise LexiconError(f"context_overrides.json: forward_scopes_end_at[{ender!r}] is not a list of categories")
        for category in categories:
            forward_ends.setdefault(category.upper(), set()).add(ender.upper())
    default_path = Path(str(resources.files("medspacy"))).parent / "resources" / "en" / "context_rules.json"
    defaults = json.loads(default_path.read_text(encoding="utf-8"))["context_rules"]
    unknown = removed - {entry["literal"] for entry in defaults}
    if unknown:
        raise LexiconError(f"context_overrides.json: not a default ConText rule: {', '.join(sorted(unknown))}")
    rules = [ConTextRule.from_dict(variant) for entry in defaults if entry["literal"] not in removed
             for variant in _expanded(entry)]
    # every lexicons/context_rules*.json adds rules (context_rules.json: MRS phrasing;
    # context_rules_general.json: general clinical phrasing measured on public annotated text)
    lexicon_dir = lexicon_path("context_rules.json").parent
    for path in sorted(lexicon_dir.glob("context_rules*.json")):
        ours = load_object(path.name, {"context_rules"}, required={"context_rules"})["context_rules"]
        for index, entry in enumerate(ours):
            check_keys(entry, ConTextRule._ALLOWED_KEYS, f"{path.name} entry {index} ({entry.get('literal')!r})",
                       required=("literal", "category"))
            rules.extend(ConTextRule.from_dict(variant) for variant in _expanded(entry))
    # {"NOW": ["FAMILY"]}: a category that ends every other scope, both ways, but those listed
    terminators = {ender.upper(): {c.upper() for c in kept} for ender, kept in overrides.get("terminate_except", {}).items()}
    for rule in rules:
        if rule.direction.upper() == "FORWARD" and rule.category.upper() in forward_ends:
            rule.terminated_by |= forward_ends[rule.category.upper()]
        rule.terminated_by |= {ender for ender, kept in terminators.items()
                               if rule.category.upper() not in kept and rule.category.upper() != ender}
    return rules


def _abbreviations(nlp) -> None:
    """lexicons/abbreviations.json: abbreviations ending in a period that must not end a sentence
    ("reviewed risks incl. NSF with gadolinium ..."), made single tokens of the tokenizer."""
    from spacy.attrs import ORTH

    data = load_object("abbreviations.json", {"_comment", "no_sentence_break"}, required={"no_sentence_break"})
    for word in data["no_sentence_break"]:
        if not isinstance(word, str) or not word.endswith(".") or " " in word:
            raise LexiconError(f"abbreviations.json: {word!r} is not one word ending in a period")
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])


def _section_rules(tokenizer=None):
    """The section title rules of section_patterns.json. With a tokenizer, a capitalised title
    written with its colon ("FAMILY HISTORY:") also counts as a heading alone on its line without
    one ("FAMILY HISTORY" then a line break), as many notes print their headings."""
    from medspacy.section_detection import SectionRule

    data = load_object("section_patterns.json", {"section_rules"}, required={"section_rules"})
    rules = []
    for index, entry in enumerate(data["section_rules"]):
        check_keys(entry, SectionRule._ALLOWED_KEYS, f"section_patterns.json entry {index} ({entry.get('literal')!r})",
                   required=("literal", "category"))
        rules.append(SectionRule.from_dict(entry))
        literal = entry["literal"]
        if tokenizer is not None and "pattern" not in entry and literal.endswith(":") and literal[:-1].isupper():
            words = [token.text for token in tokenizer(literal[:-1].strip())]
            heading = {**entry, "literal": literal[:-1].strip(),
                       "pattern": [{"ORTH": word} for word in words] + [{"TEXT": {"REGEX": r"^[ \t]*\n"}}]}
            rules.append(SectionRule.from_dict(heading))
            # a heading qualified in brackets ("REVIEW OF SYSTEMS (admission)", "PHYSICAL EXAMINATION
            # (admission, 10/24/2026)") is still the heading
            qualified = {**heading, "pattern": heading["pattern"][:-1] + [
                {"ORTH": "("}, {"TEXT": {"REGEX": r"^[^()\n]+$"}, "OP": "{1,8}"}, {"ORTH": ")"},
                {"TEXT": {"REGEX": r"^[ \t]*\n"}}]}
            rules.append(SectionRule.from_dict(qualified))
    return rules



def _skip_quickumls_import() -> None:
    """medspacy.util imports QuickUMLS at module level, which pulls in nltk and scipy:
    0.8 s of a 1.4 s pipeline load, measured. We never use QuickUMLS, so an empty
    module stands in for it unless the real one is already loaded."""
    import sys
    import types

    if "quickumls" in sys.modules:
        return
    package = types.ModuleType("quickumls")
    package.__path__ = []
    component = types.ModuleType("quickumls.spacy_component")
    package.spacy_component = component
    sys.modules["quickumls"] = package
    sys.modules["quickumls.spacy_component"] = component


_SINGLE_WORD_TRIGGERS: dict[str, frozenset[str]] = {}  # ConText category -> one-word triggers ("no", "denies")


def _note_single_word_triggers(rules) -> None:
    words: dict[str, set[str]] = {}
    for rule in rules:
        pattern = rule.pattern
        if pattern is None and " " not in rule.literal.strip():
            words.setdefault(rule.category, set()).add(rule.literal.strip().lower())
        elif isinstance(pattern, list) and pattern:
            # a pattern that can match one word: every other token optional ("no" + new/further*)
            required = [token for token in pattern if token.get("OP") not in ("?", "*")]
            if len(required) == 1 and isinstance(required[0].get("LOWER"), str):
                words.setdefault(rule.category, set()).add(required[0]["LOWER"])
    _SINGLE_WORD_TRIGGERS.update({category: frozenset(found) for category, found in words.items()})


def _modifier_never_modifies_its_own_target() -> None:
    """medspaCy's ConTextModifier.modifies checks overlap with a test that misses a modifier lying
    strictly inside its target, so "no stepoff or tenderness" negated itself. Measured on the NegEx
    test set: negation F1 0.937 -> 0.96 with a plain interval-overlap test."""
    from medspacy.context.context_modifier import ConTextModifier

    original = ConTextModifier.modifies
    if getattr(original, "_mrs_review_fixed", False):
        return

    def modifies(self, target):
        start, end = self.modifier_span
        if target.start <= start and end <= target.end:
            return False
        if start < target.end and target.start < end:
            # A modifier that runs into its target modifies it ("No new" + "new deficits"), unless
            # the shared words are themselves a trigger of its kind: the target owns that word
            # ("there are no" + "no established guidelines" is a statement, not its negation).
            if self.direction in ("TERMINATE", "PSEUDO") or not self.allows(target.label_.upper()):
                return False
            shared = target.doc[max(start, target.start):min(end, target.end)]
            owned = _SINGLE_WORD_TRIGGERS.get(self.category, frozenset())
            return not any(token.lower_ in owned for token in shared)
        return original(self, target)

    modifies._mrs_review_fixed = True
    modifies.__wrapped__ = original  # medspaCy's own method, for a baseline measured unpatched (assistant/qa.py)
    ConTextModifier.modifies = modifies


def _context_pairs_within_reach() -> None:
    """medspaCy's ConTextGraph tries every pair of modifiers of a page (update_scopes) and every
    modifier on every target (apply_modifiers), through Python method calls: on a packet page
    dense with findings that was ConText's largest cost. Pairs that cannot touch are skipped
    with integer comparisons first; every other pair is tried in medspaCy's order by
    medspaCy's own methods, so the result is the same (tests/test_pipeline.py compares).

    - Two modifiers whose scopes are apart never limit each other: ``limit_scope`` starts by
      testing that their scopes overlap, and scopes only shrink.
    - A modifier modifies a target only if the target overlaps the modifier or its scope."""
    from medspacy.context.context_graph import ConTextGraph
    from medspacy.util import tuple_overlaps

    if getattr(ConTextGraph.update_scopes, "_mrs_review_fast", False):
        return
    original_update, original_apply = ConTextGraph.update_scopes, ConTextGraph.apply_modifiers

    def update_scopes(self):
        modifiers = self.modifiers
        scopes = [modifier.scope_span for modifier in modifiers]  # as they start; they only shrink
        for i in range(len(modifiers) - 1):
            start, end = scopes[i]
            for j in range(i + 1, len(modifiers)):
                other_start, other_end = scopes[j]
                if other_end <= start or end <= other_start:
                    continue
                modifiers[i].limit_scope(modifiers[j])
                modifiers[j].limit_scope(modifiers[i])

    def apply_modifiers(self):
        if self.prune_on_modifier_overlap:
            for i in range(len(self.modifiers) - 1, -1, -1):
                modifier = self.modifiers[i]
                for target in self.targets:
                    if tuple_overlaps((target.start, target.end), modifier.modifier_span):
                        self.modifiers.pop(i)
                        break
        reach = [(modifier, modifier.modifier_span, modifier.scope_span) for modifier in self.modifiers]
        for target in self.targets:
            start, end = target.start, target.end
            for modifier, (own_start, own_end), (scope_start, scope_end) in reach:
                if (own_end <= start or end <= own_start) and (scope_end <= start or end <= scope_start):
                    continue
                if modifier.modifies(target):
                    modifier.modify(target)
        edges = []
        for modifier in self.modifiers:
            modifier.reduce_targets()
            for target in modifier._targets:
                edges.append((target, modifier))
        self.edges = edges

    update_scopes._mrs_review_fast = True
    update_scopes.__wrapped__, apply_modifiers.__wrapped__ = original_update, original_apply
    ConTextGraph.update_scopes, ConTextGraph.apply_modifiers = update_scopes, apply_modifiers


PHRASE_EXPANSION_CAP = 64


def _phrase_expansions(pattern: list) -> list[list[str]] | None:
    """The word sequences a finite lower-case token pattern matches, or None when it is not finite
    (regexes, ``*``/``+``/``{m,n}``, case-sensitive ORTH) or expands past PHRASE_EXPANSION_CAP."""
    choices, total = [], 1
    for token in pattern:
        keys = [key for key in token if key != "OP"]
        op = token.get("OP")
        if len(keys) != 1 or keys[0] != "LOWER" or op not in (None, "?"):
            return None
        value = token["LOWER"]
        if isinstance(value, str):
            values = [value]
        elif isinstance(value, dict) and set(value) == {"IN"}:
            values = list(value["IN"])
        else:
            return None
        if any(not isinstance(v, str) or v != v.lower() or not v or " " in v for v in values):
            return None
        if op == "?":
            values = values + [None]
        total *= len(values)
        if total > PHRASE_EXPANSION_CAP:
            return None
        choices.append(values)
    phrases = [[]]
    for values in choices:
        phrases = [words + ([value] if value else []) for words in phrases for value in values]
    return [words for words in phrases if words]


def _skip_pattern_validation(medspacy_matcher) -> None:
    """spaCy validates each token pattern with pydantic as it is added: 0.25 s of a 0.9 s load.
    tests/test_lexicons.py validates every pattern in lexicons/ instead, once, in CI."""
    medspacy_matcher._MedspacyMatcher__matcher.validate = False


_BOUNDED_OP = re.compile(r"^\{(\d*)(,?)(\d*)\}$")
_ANCHOR_ATTRS = {"LOWER": "LOWER", "ORTH": "ORTH", "TEXT": "ORTH"}


def _op_bounds(op) -> tuple[int, int | None] | None:
    """(fewest, most) tokens one pattern token matches; most is None when unbounded, and the
    whole is None for a negation ("!") or anything else not understood."""
    if op is None:
        return 1, 1
    fixed = {"?": (0, 1), "*": (0, None), "+": (1, None)}
    if op in fixed:
        return fixed[op]
    bounded = _BOUNDED_OP.match(op) if isinstance(op, str) else None
    if bounded is None:
        return None
    low, comma, high = bounded.groups()
    if not comma:
        return int(low), int(low)
    return int(low or 0), (int(high) if high else None)


def _token_values(token: dict) -> tuple[str, list[str]] | None:
    """("LOWER" or "ORTH", the plain values) a pattern token accepts; None for regexes, flags, wildcards.
    Other plain tests beside the word ("SPACY": true) narrow it further, and are left to the Matcher."""
    keys = [key for key in token if key != "OP"]
    words = [key for key in keys if key in _ANCHOR_ATTRS]
    if len(words) != 1 or any(not isinstance(token[key], bool) for key in keys if key not in _ANCHOR_ATTRS):
        return None
    value = token[words[0]]
    if isinstance(value, str):
        return _ANCHOR_ATTRS[words[0]], [value]
    if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
        return _ANCHOR_ATTRS[words[0]], list(value["IN"])
    return None


_FLAG_ATTRS = frozenset(name for name in ("IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_PUNCT", "IS_SPACE",
                                           "IS_TITLE", "IS_UPPER", "LIKE_NUM", "IS_BRACKET", "IS_QUOTE",
                                           "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY"))


def _token_flag(token: dict) -> tuple[str, list[bool]] | None:
    """(flag, [value]) for a pattern token that tests one lexical flag: ``{"LIKE_NUM": true}``."""
    keys = [key for key in token if key != "OP"]
    if len(keys) != 1 or keys[0] not in _FLAG_ATTRS or not isinstance(token[keys[0]], bool):
        return None
    return keys[0], [token[keys[0]]]


def _anchored_variants(pattern: list) -> list[tuple[str, str, list]] | None:
    """``(attribute, value, pattern)`` triples that together match what ``pattern`` matches, each
    pattern starting with one required token whose LOWER or ORTH is ``value`` (or whose lexical
    flag, ``LIKE_NUM``, has that value); None when a match could start at a token no plain value
    or flag names (a regex, a wildcard, an unbounded first step)."""
    if not pattern:
        return None
    first, rest = pattern[0], pattern[1:]
    plain = _token_values(first) or _token_flag(first)
    if plain is None or first.get("OP") not in (None, "?"):
        return None
    attr, values = plain
    key = next((key for key in first if key in _ANCHOR_ATTRS), None) or next(key for key in first if key != "OP")
    tests = {name: test for name, test in first.items() if name not in ("OP", key)}  # "SPACY": true stays
    variants = [(attr, value, [{**tests, key: value}] + rest) for value in values]
    if first.get("OP") == "?":
        tail = _anchored_variants(rest)
        if tail is None:
            return None
        variants += tail
    return variants


def _next_token_values(rest: list) -> dict[str, set[str]] | None:
    """The values the token after a pattern's first may have, ``{"LOWER": {...}, "ORTH": {...}}``;
    None when it may be anything: the first token alone can be the match, or a later step is a
    regex, a flag or unbounded."""
    values: dict[str, set[str]] = {"LOWER": set(), "ORTH": set()}
    for token in rest:
        bounds, plain = _op_bounds(token.get("OP")), _token_values(token)
        if bounds is None or plain is None:
            return None
        if bounds[1] == 0:
            continue
        values[plain[0]].update(plain[1])
        if bounds[0] >= 1:
            return values
    return None


class _AnchoredMatcher:
    """Token patterns grouped by the word they must start with: each group runs only where its
    word occurs, on a window as long as its longest pattern can match.

    spaCy's Matcher tries every pattern at every token; on the neuro transcriptions 270 target
    patterns took more time than tokenization. Here a token costs one array lookup unless it is
    a first word of some pattern. The matches are the same: a pattern starting with word ``w``
    can only match from a token ``w``, and no further than its longest length."""

    def __init__(self, vocab):
        from spacy.matcher import Matcher

        self.vocab = vocab
        self._matcher_class = Matcher
        # (attr, hash) -> (Matcher, longest match, what the next token may be or None for anything)
        self.groups: dict[tuple[str, int], tuple] = {}
        self.rules = 0
        self._wanted_cache: dict = {}  # first-word arrays and flag keys, rebuilt after an add

    def add(self, rule_id: str, rule) -> bool:
        variants = _anchored_variants(rule.pattern)
        if not variants:
            return False
        bounds = [[_op_bounds(token.get("OP")) for token in pattern] for _, _, pattern in variants]
        if any(None in steps for steps in bounds):
            return False  # a negation ("!") or an operator not understood: spaCy's Matcher keeps it
        # an unbounded step ("*") lets a match run to the end of the text: its window is all of it
        lengths = [None if any(most is None for _, most in steps) else sum(most for _, most in steps)
                   for steps in bounds]
        for (attr, value, pattern), length in zip(variants, lengths):
            key = (attr, int(value) if attr in _FLAG_ATTRS else self.vocab.strings.add(value))
            matcher, window, following = self.groups.get(key, (None, 0, {"LOWER": set(), "ORTH": set()}))
            if matcher is None:
                matcher = self._matcher_class(self.vocab, validate=False)
            matcher.add(rule_id, [pattern], on_match=rule.on_match)
            after = _next_token_values(pattern[1:])
            if after is None or following is None:
                following = None
            else:
                for kind in following:
                    following[kind] |= {self.vocab.strings.add(v) for v in after[kind]}
            self.groups[key] = (matcher, None if window is None or length is None else max(window, length),
                                following)
        self.rules += 1
        self._wanted_cache.clear()
        return True

    def __len__(self):
        return self.rules

    def prepare(self, doc) -> tuple:
        """Where in ``doc`` some group's first word stands: ``(columns, hits)``, the LOWER and ORTH
        of every token and a sorted list of ``(position, group key)``; a caller matching many spans
        of one Doc may compute it once and pass it to each call."""
        import numpy
        from spacy.attrs import LOWER, ORTH

        columns = doc.to_array([LOWER, ORTH])
        hits = []
        for attr_index, attr in ((0, "LOWER"), (1, "ORTH")):
            wanted = self._wanted(attr)  # sorted: a binary search per token, no sort per call (numpy.isin)
            if len(wanted):
                column = columns[:, attr_index]
                found = wanted[numpy.minimum(numpy.searchsorted(wanted, column), len(wanted) - 1)] == column
                hits += [(int(p), (attr, int(column[p]))) for p in numpy.flatnonzero(found)]
        for attr, value in self._flags():
            column = doc.to_array(attr)
            hits += [(int(p), (attr, value)) for p in numpy.flatnonzero(column == value)]
        hits.sort()
        return columns, hits

    def __call__(self, doclike, prepared=None, regions=None) -> list[tuple[int, int, int]]:
        """Matches as (match id, start, end) in the positions of the whole Doc, also on a Span;
        ``prepared`` is ``prepare(doc)`` when the caller matches many spans of one Doc.
        ``regions`` limits a Doc's matches to some of its parts: ``(starts, reach)``, sorted region
        starts and, for each, the furthest end of a region starting there or before."""
        if not self.groups:
            return []
        doc = doclike.doc if isinstance(doclike, Span) else doclike
        start, end = (doclike.start, doclike.end) if doclike is not doc else (0, len(doc))
        columns, hits = prepared if prepared is not None else self.prepare(doc)
        found = []
        for i, key in hits[bisect.bisect_left(hits, (start,)):]:
            if i >= end:
                break
            limit = end  # where a match from i must end by
            if regions is not None:
                index = bisect.bisect_right(regions[0], i) - 1
                if index < 0 or i >= regions[1][index]:
                    continue
                limit = regions[1][index]
            matcher, window, following = self.groups[key]
            if following is not None and (i + 1 >= limit or (
                    int(columns[i + 1, 0]) not in following["LOWER"]
                    and int(columns[i + 1, 1]) not in following["ORTH"])):
                continue  # the next word is none a pattern of this group can go on with
            span = doc[i:limit if window is None else min(limit, i + window)]
            found += [(match_id, i, i + match_end) for match_id, match_start, match_end in matcher(span)
                      if match_start == 0]
        return found

    def _flags(self) -> list[tuple[str, int]]:
        cache = self._wanted_cache
        if "flags" not in cache:
            cache["flags"] = sorted(key for key in self.groups if key[0] in _FLAG_ATTRS)
        return cache["flags"]

    def _wanted(self, attr: str):
        cache = self._wanted_cache
        if attr not in cache:
            import numpy

            cache[attr] = numpy.array(sorted(value for kind, value in self.groups if kind == attr), dtype=numpy.uint64)
        return cache[attr]


class _AddedRule(NamedTuple):
    pattern: list
    on_match: object


class _PatternMatcher:
    """Stands in for the spaCy Matcher inside a medspaCy matcher: the token patterns that match a
    small finite set of phrases run in a PhraseMatcher, the rest in the Matcher.

    spaCy's Matcher tries every pattern at every token (cost: patterns x tokens); the
    PhraseMatcher looks each token up in a trie. The matches are the same: each phrase is built
    token by token (``Doc(words=...)``), so it is exactly one way its pattern matches. Matches
    on one span are ordered by rule order, so medspaCy's overlap pruning (which keeps the first
    of equal spans) still prefers the rule loaded first.

    With ``target_sentences_only`` (ConText) it matches only sentences that hold a target: a
    modifier's scope ends at its sentence, so one matched elsewhere can modify nothing, and
    most sentences of a clinical packet hold no target."""

    def __init__(self, medspacy_matcher, vocab, target_sentences_only: bool = False):
        """Takes the place of ``medspacy_matcher``'s spaCy Matcher before its rules are added, so
        that each token pattern is compiled once, by the matcher that will run it (adding it to
        spaCy's Matcher and moving it out again was a fifth of the pipeline's load)."""
        from spacy.matcher import PhraseMatcher

        self.vocab = vocab
        self.matcher = medspacy_matcher._MedspacyMatcher__matcher
        self.phrases = PhraseMatcher(vocab, attr="LOWER")
        self.target_sentences_only = target_sentences_only
        self.order = {}
        self.moved = 0
        self.anchored = _AnchoredMatcher(vocab)
        medspacy_matcher._MedspacyMatcher__matcher = self

    def add(self, rule_id: str, patterns: list, on_match=None) -> None:
        """medspaCy adds each token-pattern rule here: a finite phrase set goes to the
        PhraseMatcher, a pattern with a plain first word to the anchored matcher, the rest to
        spaCy's Matcher."""
        from spacy.tokens import Doc

        self.order[self.vocab.strings.add(rule_id)] = len(self.order)
        rest = []
        for pattern in patterns:
            phrases = _phrase_expansions(pattern)
            if phrases:
                self.phrases.add(rule_id, [Doc(self.vocab, words=words) for words in phrases], on_match=on_match)
                self.moved += 1
            elif not self.anchored.add(rule_id, _AddedRule(pattern, on_match)):
                rest.append(pattern)
        if rest:
            self.matcher.add(rule_id, rest, on_match=on_match)

    def _match_target_sentences(self, doc, ranges: dict[int, int]) -> list[tuple[int, int, int]]:
        """The matches inside the sentences that hold a target, each sentence taken as
        ``Span.sent`` takes it (from the sentence of the target's first token to the end of the
        sentence of its last). The anchored and phrase matchers run once over the page and keep
        what lies in those sentences; spaCy's Matcher, for patterns neither covers, runs on the
        sentences alone. ``ranges`` is ``_target_sentence_ranges(doc)``."""
        if not ranges:
            return []
        found = []
        if len(self.matcher):
            for start, end in ranges.items():
                found += [(m, s + start, e + start) for m, s, e in self.matcher(doc[start:end])]
        range_starts = sorted(ranges)
        reach, furthest = [], 0  # the furthest end of a range starting at or before each range start
        for start in range_starts:
            furthest = max(furthest, ranges[start])
            reach.append(furthest)
        found += self.anchored(doc, regions=(range_starts, reach))
        for match in self.phrases(doc):
            index = bisect.bisect_right(range_starts, match[1]) - 1
            if index >= 0 and match[2] <= reach[index]:
                found.append(match)
        return found

    def _matches_across_gaps(self, doc, inline: list[int], ranges: dict[int, int]) -> list[tuple[int, int, int]]:
        """"is not\n    suspected" after a soft wrap is joined: "not", a token of the indentation's spaces,
        "suspected". The sentences that hold a target and such a token are matched again without it, and
        the matches that span it are added (mapped back). The page's such sentences are matched in one
        Doc, one after another, each its own sentence: a match stays inside its sentence, as ConText's
        regions keep it."""
        gapped = []
        for start, end in sorted(ranges.items()):
            dropped = inline[bisect.bisect_left(inline, start):bisect.bisect_left(inline, end)]
            if dropped:
                gapped.append((start, end, dropped))
        if not gapped:
            return []
        compact, kept = _without_tokens(doc, gapped)
        found = []
        for match_id, first, last in self._match_target_sentences(compact, _target_sentence_ranges(compact)):
            original = (match_id, kept[first], kept[last - 1] + 1)
            if original[2] - original[1] != last - first:  # it spans a dropped token
                found.append(original)
        return found

    def _match(self, doc):
        found = list(self.matcher(doc)) if len(self.matcher) else []
        return found + self.anchored(doc) + self.phrases(doc)

    def __call__(self, doc):
        if not self.target_sentences_only:
            found = self._match(doc)
        else:
            ranges = _target_sentence_ranges(doc)
            found = self._match_target_sentences(doc, ranges)
            inline = _inline_space_tokens(doc) if ranges else []
            if inline:
                found += self._matches_across_gaps(doc, inline, ranges)
        # one rule split over several matchers may find one span twice; spaCy's Matcher reports it once
        found = list(dict.fromkeys(found))
        found.sort(key=lambda match: (match[1], match[2], self.order.get(match[0], 0)))
        return found

    def __len__(self):
        return len(self.matcher) + len(self.phrases) + len(self.anchored)

    def __getattr__(self, name):
        return getattr(self.matcher, name)


def _target_sentence_ranges(doc) -> dict[int, int]:
    """Sentence start -> end for the sentences that hold a target, each as ``Span.sent`` takes it (from
    the sentence of the target's first token to the end of the sentence of its last). The targets are
    read from the ENT_IOB column: ``doc.ents`` builds a Span per entity on every read."""
    import numpy
    from spacy.attrs import ENT_IOB, SENT_START

    columns = doc.to_array([ENT_IOB, SENT_START])
    begins = numpy.flatnonzero(columns[:, 0] == 3)  # B: an entity starts
    if not len(begins):
        return {}
    # an entity ends before the first token after its start that is not inside it (I = 1)
    outside = numpy.append(numpy.flatnonzero(columns[:, 0] != 1), len(doc))
    ends = outside[numpy.searchsorted(outside, begins, side="right")]
    bounds = [0] + [int(i) for i in numpy.flatnonzero(columns[:, 1] == 1) if i] + [len(doc)]
    ranges: dict[int, int] = {}  # the first target's range wins, as Span.sent gives it
    for ent_start, ent_end in zip(begins.tolist(), ends.tolist()):
        start = bounds[bisect.bisect_right(bounds, ent_start) - 1]
        ranges.setdefault(start, bounds[bisect.bisect_left(bounds, ent_end)])
    return ranges


_SPACE_HAS_NEWLINE: dict[int, bool] = {}  # ORTH hash of a whitespace token -> does it hold a line break


def _inline_space_tokens(doc) -> list[int]:
    """Positions of whitespace tokens inside a line (runs of spaces, no line break) between two words:
    a wide gap after punctuation ("SOCIAL HISTORY:     Denies") separates a label from its field and
    stays, so no trigger starting with ":" reaches across it."""
    import numpy
    from spacy.attrs import IS_ALPHA, IS_PUNCT, IS_SPACE, ORTH

    if len(doc) < 3:
        return []
    columns = doc.to_array([IS_SPACE, ORTH, IS_ALPHA, IS_PUNCT])
    candidates = numpy.flatnonzero(columns[1:-1, 0]) + 1
    if not len(candidates):
        return []
    candidates = candidates[(columns[candidates - 1, 2] == 1) & (columns[candidates + 1, 3] == 0)]
    strings = doc.vocab.strings
    result = []
    for i in candidates.tolist():
        orth = int(columns[i, 1])
        newline = _SPACE_HAS_NEWLINE.get(orth)
        if newline is None:
            newline = _SPACE_HAS_NEWLINE[orth] = "\n" in strings[orth]
        if not newline:
            result.append(i)
    return result


def _without_tokens(doc, ranges: list[tuple[int, int, list[int]]]):
    """One Doc of the ``(start, end, dropped)`` ranges of ``doc``, one after another, each without its
    dropped tokens and starting a sentence, with the sentence starts and the entities inside each
    range, and the original position of each token kept."""
    from spacy.attrs import ORTH, SENT_START, SPACY
    from spacy.tokens import Doc, Span

    columns = doc.to_array([ORTH, SPACY, SENT_START])
    strings = doc.vocab.strings
    entities = [(ent.start, ent.end, ent.label) for ent in doc.ents]
    words, spaces, starts, kept, spans = [], [], [], [], []
    for start, end, dropped in ranges:
        gone = set(dropped)
        offset = len(kept)
        pending_start = True  # each range starts a sentence, as a Doc of its own would
        for position in range(start, end):
            if position in gone:
                pending_start = pending_start or columns[position, 2] == 1
                continue
            kept.append(position)
            words.append(strings[int(columns[position, 0])])
            spaces.append(bool(columns[position, 1]) or position + 1 in gone)
            starts.append(True if (int(columns[position, 2]) == 1 or pending_start) else None)
            pending_start = False
        mine = kept[offset:]
        spans += [(offset + bisect.bisect_left(mine, ent_start), offset + bisect.bisect_left(mine, ent_end), label)
                  for ent_start, ent_end, label in entities if start <= ent_start and ent_end <= end]
    compact = Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts)
    compact.ents = [Span(compact, first, last, label=label) for first, last, label in spans]
    return compact, kept


def _entity_sections(sectionizer) -> None:
    """Makes medspaCy's Sectionizer set each section on the first token of each entity, where
    ``Span._.section`` reads it, instead of on every token of the text (an extension write per
    token: 0.7x tokenization on the neuro transcriptions). The sections themselves, and
    ``doc._.sections``, are built as medspaCy builds them; configurations this does not cover
    (parent sections, end-of-line titles, sentence boundaries, assertion mappings) run medspaCy's
    own code."""
    from medspacy.section_detection import Sectionizer
    from medspacy.section_detection.section import Section

    class EntitySectionizer(Sectionizer):
        def __call__(self, doc):
            if self._parent_sections or self.require_end_line or self._apply_sentence_boundary \
                    or self.assertion_attributes_mapping:
                return super().__call__(doc)
            matcher = self._Sectionizer__matcher
            matches = matcher(doc)
            if self.require_start_line:
                matches = self.filter_start_lines(doc, matches)
            if not matches:  # one untitled section, set on no token (as medspaCy does)
                doc._.sections = [Section(None, 0, 0, 0, len(doc))]
                return doc
            sections = []
            if matches[0][1] != 0:
                sections.append(Section(None, 0, 0, 0, matches[0][1]))
            for index, (match_id, start, end) in enumerate(matches):
                rule = matcher.rule_map[self.nlp.vocab.strings[match_id]]
                body_end = matches[index + 1][1] if index + 1 < len(matches) else len(doc)
                scope = rule.max_scope if rule.max_scope is not None else self.max_section_length
                if scope is not None:
                    body_end = min(end + scope, body_end)
                sections.append(Section(rule.category, start, end, end, body_end, None, rule))
            doc._.sections = sections
            starts = [section.title_start for section in sections]
            for ent in doc.ents:
                section = sections[bisect.bisect_right(starts, ent.start) - 1]
                if section.title_start <= ent.start < section.body_end:
                    ent[0]._.section = section
            return doc

    sectionizer.__class__ = EntitySectionizer


def build_pipeline(fast_matching: bool = True) -> Language:
    """The pipeline; ``fast_matching=False`` leaves medspaCy's matchers as they come (for
    the test that the fast path finds exactly the same targets and modifiers)."""
    silence_loguru()
    _skip_quickumls_import()
    import medspacy  # noqa: F401  (registers medspaCy factories)
    _modifier_never_modifies_its_own_target()
    _context_pairs_within_reach()
    from medspacy.context import ConText  # noqa: F401

    nlp = spacy.blank("en")
    _abbreviations(nlp)
    nlp.tokenizer = components.TextKeepingTokenizer(nlp.tokenizer)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("mrs_line_sentences")
    target_rules = _target_rules()
    matcher = nlp.add_pipe("medspacy_target_matcher",
                           config={"result_type": "group", "span_group_name": components.TARGET_GROUP})
    _skip_pattern_validation(matcher._TargetMatcher__matcher)
    if fast_matching:
        _PatternMatcher(matcher._TargetMatcher__matcher, nlp.vocab)
    with nlp.select_pipes(disable=nlp.pipe_names):  # medspaCy runs nlp(phrase) per literal rule
        matcher.add(target_rules)
    nlp.add_pipe("mrs_targets_to_ents")
    nlp.add_pipe("mrs_wrapped_targets")
    concept_filter = nlp.add_pipe("mrs_concept_filter")
    concept_filter.register_rules(target_rules)
    fuzzy = nlp.add_pipe("mrs_fuzzy_matcher")
    fuzzy.register_rules(target_rules)
    sectionizer = nlp.add_pipe(
        "medspacy_sectionizer",
        # section-derived assertions (family history -> family) are set in findings.py, which
        # ends a section's reach at a blank line or a new "Label:" line; medspaCy would carry
        # "Maternal history:" over every later line up to the next known title
        config={"rules": None, "require_start_line": True, "apply_sentence_boundary": False,
                "span_attrs": None},
    )
    _skip_pattern_validation(sectionizer._Sectionizer__matcher)
    if fast_matching:  # the headings without a colon are token patterns, tried at every token by spaCy
        _entity_sections(sectionizer)
        _PatternMatcher(sectionizer._Sectionizer__matcher, nlp.vocab)
    with nlp.select_pipes(disable=nlp.pipe_names):
        sectionizer.add(_section_rules(nlp.tokenizer))
    context = nlp.add_pipe("medspacy_context", config={"rules": None})
    context_rules = _context_rules()
    _note_single_word_triggers(context_rules)
    _skip_pattern_validation(context._ConText__matcher)
    if fast_matching:
        _PatternMatcher(context._ConText__matcher, nlp.vocab, target_sentences_only=True)
    with nlp.select_pipes(disable=nlp.pipe_names):
        context.add(context_rules)
    return nlp


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The process-wide pipeline, built once."""
    return build_pipeline()
