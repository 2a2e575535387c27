"""Builds the medspaCy pipeline on ``spacy.blank("en")`` from the rules in lexicons/.

Sentence splitting: spaCy's rule ``sentencizer`` plus our line-break component.
PyRuSH (medspaCy's default) is ~8x slower on a 14 KB note, logs through loguru,
and glues bullet lists into one sentence so a negation leaks across items.
"""
from __future__ import annotations

import logging
from functools import lru_cache

import spacy
from spacy.language import Language

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

    overrides = load_object("context_overrides.json", {"remove_default_rules"})
    removed = set(overrides.get("remove_default_rules", []))
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
    return rules


def _section_rules():
    from medspacy.section_detection import SectionRule

    data = load_object("section_patterns.json", {"section_rules"}, required={"section_rules"})
    rules = []
    for index, entry in enumerate(data["section_rules"]):
        check_keys(entry, SectionRule._ALLOWED_KEYS, f"section_patterns.json entry {index} ({entry.get('literal')!r})",
                   required=("literal", "category"))
        rules.append(SectionRule.from_dict(entry))
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
        if start < target.end and target.start < end:
            return False
        return original(self, target)

    modifies._mrs_review_fixed = True
    modifies.__wrapped__ = original  # medspaCy's own method, for a baseline measured unpatched (assistant/qa.py)
    ConTextModifier.modifies = modifies


def build_pipeline() -> Language:
    silence_loguru()
    _skip_quickumls_import()
    import medspacy  # noqa: F401  (registers medspaCy factories)
    _modifier_never_modifies_its_own_target()
    from medspacy.context import ConText  # noqa: F401

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("mrs_line_sentences")
    target_rules = _target_rules()
    matcher = nlp.add_pipe("medspacy_target_matcher")
    matcher.add(target_rules)
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
    sectionizer.add(_section_rules())
    context = nlp.add_pipe("medspacy_context", config={"rules": None})
    context.add(_context_rules())
    return nlp


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The process-wide pipeline, built once."""
    return build_pipeline()
