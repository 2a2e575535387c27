"""Loads a policy file (criterion tree, leaf rules, notes, outcome order) from lexicons/policies/."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from extractors.lexicon import LexiconError, check_keys, lexicon_path

RULE_KINDS = {
    "clinical_documentation": set(),
    "request_code": {"codes"},
    "body_region": {"regions_lexicon", "supporting"},
    "latest_study_result": {"study", "supports", "contradicts", "link_chars", "ignore_sections", "modalities",
                            "denials_contradict", "denial_sections", "question_of", "retelling_sections"},
    "open_question": {"subject", "question", "settled_by", "settled_attribute", "settled_values", "denied_by",
                      "other_subjects"},
    "paired_question": {"either", "other", "alone"},
    "mentions": {"concepts", "contradicted_by", "historical_allowed_with", "max_age_days", "age_contradicted_by",
                 "after_prior_study", "requires_any", "also_cite", "allow_historical", "denied_by"},
    "all_groups": {"groups", "allow_historical", "certain_groups"},
    "prior_study": {"study"},
    "recent_prior_study": {"study", "window_months", "treatment", "treatment_start", "symptoms"},
}


@dataclass(frozen=True)
class Criterion:
    id: str
    label: str
    policy_text: str
    combine: str | None  # "any" | "all" for inner nodes, None for leaves
    rule: dict[str, Any] | None
    children: tuple["Criterion", ...] = ()

    @property
    def is_leaf(self) -> bool:
        return not self.children

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class Note:
    id: str
    label: str
    policy_text: str
    concepts: tuple[str, ...]
    min_age_years: int | None = None
    value_concepts: dict[str, dict[str, float]] = field(default_factory=dict)
    # a mention followed in its sentence by a denied mention of the same note ("Mild claustrophobia -
    # manages with music, has never needed sedation or an open MRI") is taken back by it
    later_denial_withdraws: bool = False


@dataclass(frozen=True)
class Policy:
    id: str
    version: str
    title: str
    roots: tuple[Criterion, ...]
    notes: tuple[Note, ...]
    outcomes: tuple[dict, ...]
    recommendations: dict[str, str]
    vocabularies: dict[str, tuple[str, ...]]
    settings: dict[str, Any]
    path: str = ""

    def criteria(self) -> list[Criterion]:
        return [node for root in self.roots for node in root.walk()]

    def criterion(self, criterion_id: str) -> Criterion:
        for node in self.criteria():
            if node.id == criterion_id:
                return node
        raise KeyError(criterion_id)

    def leaves(self) -> list[Criterion]:
        return [node for node in self.criteria() if node.is_leaf]


def _criterion(entry: dict, where: str) -> Criterion:
    check_keys(entry, {"id", "label", "policy_text", "combine", "rule", "children"}, where, required=("id", "label"))
    children = tuple(_criterion(child, f"{where} > {child.get('id')}") for child in entry.get("children", []) or [])
    rule = entry.get("rule")
    if children:
        if entry.get("combine") not in ("any", "all"):
            raise LexiconError(f"{where}: an inner node needs combine: any|all")
        if rule:
            raise LexiconError(f"{where}: an inner node has no rule")
    else:
        if not isinstance(rule, dict) or rule.get("kind") not in RULE_KINDS:
            raise LexiconError(f"{where}: a leaf needs rule.kind, one of {', '.join(sorted(RULE_KINDS))}")
        check_keys(rule, RULE_KINDS[rule["kind"]] | {"kind"}, f"{where} rule")
        unknown_groups = set(rule.get("certain_groups", ())) - set(rule.get("groups", {}))
        if unknown_groups:
            raise LexiconError(f"{where} rule: certain_groups names no group of the rule: {', '.join(sorted(unknown_groups))}")
    return Criterion(id=entry["id"], label=entry["label"], policy_text=entry.get("policy_text", ""),
                     combine=entry.get("combine"), rule=rule, children=children)


def load_policy(name_or_path: str = "mrs-76390") -> Policy:
    path = Path(name_or_path)
    if not path.suffix:
        path = lexicon_path(f"policies/{name_or_path}.yaml")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise LexiconError(f"{path.name}: cannot read policy ({error})") from None
    where = path.name
    check_keys(data, {"id", "version", "title", "source", "settings", "vocabularies", "tree", "notes", "outcomes",
                      "recommendations"}, where, required=("id", "version", "tree", "outcomes", "recommendations"))
    roots = tuple(_criterion(entry, f"{where}: {entry.get('id')}") for entry in data["tree"])
    ids = [node.id for root in roots for node in root.walk()]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise LexiconError(f"{where}: duplicate criterion id(s) {', '.join(duplicates)}")
    notes = []
    for entry in data.get("notes", []) or []:
        check_keys(entry, {"id", "label", "policy_text", "concepts", "min_age_years", "value_concepts",
                          "later_denial_withdraws"},
                   f"{where}: note {entry.get('id')}", required=("id", "concepts"))
        notes.append(Note(id=entry["id"], label=entry.get("label", entry["id"]), policy_text=entry.get("policy_text", ""),
                          concepts=tuple(entry["concepts"]), min_age_years=entry.get("min_age_years"),
                          value_concepts=entry.get("value_concepts", {}) or {},
                          later_denial_withdraws=bool(entry.get("later_denial_withdraws", False))))
    for index, entry in enumerate(data["outcomes"]):
        check_keys(entry, {"when", "outcome"}, f"{where}: outcomes[{index}]", required=("when", "outcome"))
        check_keys(entry["when"], {"any_not_met", "met", "not_met"}, f"{where}: outcomes[{index}].when")
    return Policy(
        id=str(data["id"]), version=str(data["version"]), title=data.get("title", ""), roots=roots,
        notes=tuple(notes), outcomes=tuple(data["outcomes"]), recommendations=dict(data["recommendations"]),
        vocabularies={key: tuple(value) for key, value in (data.get("vocabularies") or {}).items()},
        settings=data.get("settings") or {}, path=str(path),
    )
