"""Lexicons are data: loaders refuse typos loudly, and the pattern rewrite keeps matches the same."""
from __future__ import annotations

import json

import pytest
import spacy
from spacy.matcher import Matcher

from extractors.lexicon import LexiconError, check_keys, load_json
from extractors.pipeline import expand_first_token


def test_every_target_concept_is_declared_or_internal():
    declared = {c["name"] for c in load_json("concepts.json")["concepts"]}
    # helpers: "comparison" ("stable vs 12/9/25") only keeps "vs" from reading as a differential
    internal = {"treatment_change", "management_impact", "egfr_value", "comparison"}
    used = {rule["category"] for rule in load_json("target_rules.json")["target_rules"]}
    assert used - declared - internal == set()
    assert declared - used == set()


def test_check_keys_names_the_unknown_key():
    with pytest.raises(LexiconError, match="categroy"):
        check_keys({"literal": "x", "categroy": "y"}, {"literal", "category"}, "target_rules.json entry 3")


def test_policy_concepts_exist_in_the_lexicon():
    from assistant.policy import load_policy

    used = {rule["category"] for rule in load_json("target_rules.json")["target_rules"]}
    sections = {rule["category"] for rule in load_json("section_patterns.json")["section_rules"]}
    policy = load_policy()
    for leaf in policy.leaves():
        for key, value in leaf.rule.items():
            if key == "certain_groups":  # names groups of the rule, not concepts
                assert set(value) <= set(leaf.rule["groups"]), (leaf.id, key, value)
            elif key.endswith("_sections"):  # names section categories of the section lexicon
                assert set(value) <= sections, (leaf.id, key, value)
            elif isinstance(value, list) and key not in ("codes", "settled_values"):
                assert set(value) <= used, (leaf.id, key, value)


@pytest.mark.parametrize("text", ["new left-sided weakness", "worsening headaches", "increased seizure frequency",
                                  "New onset seizures", "progressive aphasia"])
def test_first_token_expansion_keeps_the_same_matches(text):
    nlp = spacy.blank("en")
    rules = [r for r in load_json("target_rules.json")["target_rules"]
             if r["category"] == "symptoms_new_or_worse" and isinstance(r.get("pattern"), list)]
    original, expanded = Matcher(nlp.vocab), Matcher(nlp.vocab)
    for index, rule in enumerate(rules):
        original.add(f"r{index}", [rule["pattern"]])
        expanded.add(f"r{index}", expand_first_token(rule["pattern"]))
    doc = nlp(text)
    assert {(s, e) for _, s, e in original(doc)} == {(s, e) for _, s, e in expanded(doc)}
    assert original(doc)


def test_a_lexicon_typo_fails_the_pipeline_build(tmp_path, monkeypatch):
    import extractors.lexicon as lexicon
    from extractors import pipeline

    bad = {"target_rules": [{"literal": "glioma", "categroy": "glial_neoplasm"}]}
    (tmp_path / "target_rules.json").write_text(json.dumps(bad))
    monkeypatch.setattr(lexicon, "lexicon_path", lambda name: tmp_path / name)
    lexicon.load_json.cache_clear()
    try:
        with pytest.raises(LexiconError, match="categroy"):
            pipeline._target_rules()
    finally:
        lexicon.load_json.cache_clear()


def test_every_token_pattern_in_the_lexicons_is_valid_spacy():
    """The pipeline skips spaCy's per-pattern validation at load (a quarter of the load time), so
    every token pattern of every rule file is validated here, with spaCy's own schema."""
    from pathlib import Path

    from spacy.schemas import validate_token_pattern

    from extractors.lexicon import lexicon_path

    files = sorted(Path(lexicon_path("target_rules.json")).parent.glob("*rules*.json"))
    assert len(files) >= 3
    checked = 0
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        for key, rules in data.items():
            for rule in rules if isinstance(rules, list) else ():
                pattern = rule.get("pattern") if isinstance(rule, dict) else None
                if isinstance(pattern, list):
                    assert validate_token_pattern(pattern) == [], (path.name, rule.get("literal"))
                    checked += 1
    assert checked > 100
    with pytest.raises(AssertionError):
        assert validate_token_pattern([{"LOWR": "glioma"}]) == []


def test_every_word_in_a_token_pattern_is_one_token(nlp):
    """A pattern token matches one token: "more frequent", "toe-walking" or "cannot" in an IN list
    could never match (the tokenizer splits them), so a clinician's synonym would silently do
    nothing. Each LOWER/ORTH/TEXT value of every rule file must tokenize to one token."""
    from pathlib import Path

    from extractors.lexicon import lexicon_path

    dead = []
    for path in sorted(Path(lexicon_path("target_rules.json")).parent.glob("*rules*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for rules in data.values():
            for rule in rules if isinstance(rules, list) else ():
                for token in (rule.get("pattern") or []) if isinstance(rule, dict) else ():
                    for key in ("LOWER", "ORTH", "TEXT"):
                        value = token.get(key)
                        words = [value] if isinstance(value, str) else \
                            (value.get("IN", []) if isinstance(value, dict) else [])
                        dead += [(path.name, rule["literal"], word) for word in words
                                 if len(nlp.tokenizer(word)) != 1]
    assert dead == []
