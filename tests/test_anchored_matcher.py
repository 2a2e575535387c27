"""The anchored matcher (extractors/pipeline.py) is a speedup only: for each kind of token pattern
it finds exactly the matches spaCy's Matcher finds over the whole text."""
from __future__ import annotations

import pytest
import spacy
from spacy.matcher import Matcher

from extractors.pipeline import _AnchoredMatcher, _next_token_values, _op_bounds


class _Rule:
    def __init__(self, pattern):
        self.pattern = pattern
        self.on_match = None


TEXT = ("No new or worsening deficits 3 years ago. CT: normal. eGFR , , of 25 today; eGFR 40. "
        "Could not reliably distinguish recurrence from necrosis - normal. no no further change. "
        "MRI brain 10/03/2025 - unremarkable; CT head negative, ct of head.")

PATTERNS = {
    "plain": [{"LOWER": "no"}, {"LOWER": "new"}],
    "optional_first": [{"LOWER": "could", "OP": "?"}, {"LOWER": "not"}, {"LOWER": "reliably", "OP": "?"},
                       {"LOWER": "distinguish"}],
    "in_first": [{"LOWER": {"IN": ["ct", "mri"]}}, {"LOWER": {"IN": ["head", "brain", "of"]}, "OP": "{0,2}"}],
    "orth_first": [{"ORTH": "CT"}],
    "text_first": [{"TEXT": ":"}, {"LOWER": {"IN": ["normal", "negative"]}}],
    "unbounded": [{"LOWER": "egfr"}, {"IS_PUNCT": True, "OP": "*"}, {"LOWER": "of", "OP": "?"}, {"LIKE_NUM": True}],
    "repeat": [{"LOWER": "no", "OP": "+"}, {"LOWER": "further"}],  # unbounded first: not anchored
    "flag_first": [{"LIKE_NUM": True}, {"LOWER": {"IN": ["years", "months"]}}, {"LOWER": "ago"}],
    "tail_optional": [{"ORTH": "-"}, {"LOWER": {"IN": ["normal", "unremarkable"]}}, {"ORTH": ".", "OP": "?"}],
}


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_anchored_matches_equal_spacy_matcher(name):
    nlp = spacy.blank("en")
    doc = nlp(TEXT)
    reference = Matcher(nlp.vocab)
    reference.add(name, [PATTERNS[name]])
    expected = sorted(reference(doc))
    assert expected, "each pattern matches somewhere in TEXT"
    anchored = _AnchoredMatcher(nlp.vocab)
    if not anchored.add(name, _Rule(PATTERNS[name])):
        assert name == "repeat"  # left to spaCy's Matcher, as pipeline._PatternMatcher does
        return
    assert sorted(set(anchored(doc))) == expected
    assert sorted(set(anchored(doc, anchored.prepare(doc)))) == expected
    for sent_start in (0, 6):  # a span, as ConText matches one sentence at a time
        span = doc[sent_start:]
        for prepared in (None, anchored.prepare(doc)):
            assert sorted(set(anchored(span, prepared))) == sorted((m, s + sent_start, e + sent_start)
                                                                    for m, s, e in reference(span))


def test_operator_bounds():
    assert _op_bounds(None) == (1, 1)
    assert _op_bounds("?") == (0, 1)
    assert _op_bounds("{0,2}") == (0, 2)
    assert _op_bounds("{3}") == (3, 3)
    assert _op_bounds("{2,}") == (2, None)
    assert _op_bounds("*") == (0, None)
    assert _op_bounds("!") is None


def test_next_token_prefilter_names_only_what_can_follow():
    assert _next_token_values([{"LOWER": "new"}]) == {"LOWER": {"new"}, "ORTH": set()}
    # an optional step lets the one after it follow the first token directly
    assert _next_token_values([{"LOWER": "reliably", "OP": "?"}, {"ORTH": "X"}]) == \
        {"LOWER": {"reliably"}, "ORTH": {"X"}}
    assert _next_token_values([{"LOWER": "x", "OP": "?"}]) is None  # the first token alone may match
    assert _next_token_values([{"IS_PUNCT": True}]) is None


def test_regions_keep_exactly_the_matches_inside_them():
    """ConText matches a page once, keeping what lies in the sentences that hold a target."""
    nlp = spacy.blank("en")
    doc = nlp(TEXT)
    reference = Matcher(nlp.vocab)
    anchored = _AnchoredMatcher(nlp.vocab)
    for name, pattern in PATTERNS.items():
        if anchored.add(name, _Rule(pattern)):
            reference.add(name, [pattern])
    regions = [(0, 9), (5, 14), (30, 45)]  # overlapping, as sentences of targets crossing a boundary are
    expected = sorted({(m, s, e) for start, end in regions
                       for m, s, e in ((m, s + start, e + start) for m, s, e in reference(doc[start:end]))})
    assert expected
    starts = [start for start, _ in regions]
    reach = [max(end for start, end in regions[:index + 1]) for index in range(len(regions))]
    assert sorted(set(anchored(doc, regions=(starts, reach)))) == expected
