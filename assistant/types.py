"""Frozen types of the assessment step: reviewer overrides in, an Assessment out.

``evaluate(policy, extraction, overrides, request_date)`` (assistant/evaluate.py) is
pure: the UI keeps the slow ``Extraction`` and re-evaluates after each reviewer
decision with a new ``Overrides`` value.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from extractors.types import Finding, Packet

STATUSES = ("met", "not_met", "unknown")
OUTCOMES = ("meets_criteria", "does_not_meet_criteria", "insufficient_information")
RECOMMENDATIONS = {
    "meets_criteria": "approve",
    "does_not_meet_criteria": "refer_to_physician_reviewer",
    "insufficient_information": "request_additional_information",
}


@dataclass(frozen=True, slots=True)
class LeafOverride:
    """A reviewer set a leaf's status by hand."""
    criterion: str
    status: str  # met | not_met | unknown
    reason: str


@dataclass(frozen=True, slots=True)
class AddedEvidence:
    """Evidence the extractor missed, attached by the reviewer to a leaf.

    start/end may be None when the reviewer typed a note with a document and page
    instead of selecting text."""
    id: str  # "r1", "r2", ...
    criterion: str
    document: str
    page: int
    text: str
    start: int | None = None
    end: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Overrides:
    leaf_status: tuple[LeafOverride, ...] = ()
    rejected_findings: tuple[tuple[str, str], ...] = ()  # (finding id, reason)
    confirmed_findings: frozenset[str] = frozenset()  # reviewed and right; status unchanged
    added_evidence: tuple[AddedEvidence, ...] = ()

    @property
    def rejected_ids(self) -> frozenset[str]:
        return frozenset(fid for fid, _ in self.rejected_findings)


@dataclass(frozen=True, slots=True)
class RequestInfo:
    request_date: str | None  # ISO date used for the assessment
    request_date_source: str  # "command line" | "request form" | "latest document date" | "none"
    cpt_codes: tuple[str, ...] = ()
    icd10_codes: tuple[str, ...] = ()
    date_of_birth: str | None = None
    patient_age_years: int | None = None
    patient_age_days: int | None = None  # for neonates and infants
    population: str | None = None  # "adult" | "pediatric"
    ordering_provider: str | None = None
    urgent: bool = False
    member: str | None = None
    body_part: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read from the packet; slow to make, reused across evaluations."""
    packet: Packet
    findings: tuple[Finding, ...]
    request: RequestInfo  # request date as read from the packet (no command line)
    document_dates: tuple[tuple[str, str | None], ...] = ()  # (document name, ISO date)
    document_kinds: tuple[tuple[str, str], ...] = ()  # (document name, "request_form"|"clinical")
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CriterionResult:
    id: str
    label: str
    status: str  # met | not_met | unknown
    evidence: tuple[str, ...]  # finding ids (and "r…" reviewer evidence ids)
    rationale: str
    overridden: bool = False


@dataclass(frozen=True, slots=True)
class Assessment:
    policy_id: str
    policy_version: str
    extraction: Extraction
    request: RequestInfo  # with the request date actually used
    criteria: dict[str, CriterionResult]
    notes: tuple[tuple[str, tuple[str, ...]], ...]  # (note id, finding ids)
    outcome: str
    recommendation: str
    overrides: Overrides = field(default_factory=Overrides)
