"""Assessment to the JSON of assessment-json.md, and to a tree drawn for the terminal."""
from __future__ import annotations

from assistant.policy import Criterion, Policy
from assistant.types import Assessment
from extractors.types import Finding, Packet

SCHEMA = "mrs-review/assessment/v1"
MARKS = {"met": "\u2714", "not_met": "\u2718", "unknown": "?"}


def finding_json(finding: Finding) -> dict:
    data = {
        "id": finding.id,
        "concept": finding.concept,
        "text": finding.text,
        "document": finding.document,
        "page": finding.page,
        "start": finding.start,
        "end": finding.end,
        "section": finding.section,
        "date": finding.date,
        "assertion": finding.assertion.as_dict(),
    }
    if finding.attributes:
        data["attributes"] = dict(finding.attributes)
    if finding.fuzzy_score is not None:
        data["fuzzy"] = True
        data["fuzzy_score"] = round(finding.fuzzy_score, 1)
    if finding.rule:
        data["rule"] = finding.rule
    return data


def documents_json(packet: Packet) -> list[dict]:
    return [{"name": d.name, "pages": len(d.pages), "text_source": d.text_source, "warnings": list(d.warnings)}
            for d in packet.documents]


def request_json(request) -> dict:
    return {
        "request_date": request.request_date,
        "request_date_source": request.request_date_source,
        "cpt_codes": list(request.cpt_codes),
        "icd10_codes": list(request.icd10_codes),
        "patient_age_years": request.patient_age_years,
        "population": request.population,
        "date_of_birth": request.date_of_birth,
        "ordering_provider": request.ordering_provider,
        "urgent": request.urgent,
        "body_part": request.body_part,
    }


def extraction_json(extraction, path: str) -> dict:
    return {
        "schema": "mrs-review/extraction/v1",
        "packet": {"path": path, "documents": documents_json(extraction.packet),
                   "warnings": list(extraction.packet.warnings) + list(extraction.warnings)},
        "request": request_json(extraction.request),
        "findings": [finding_json(f) for f in extraction.findings],
    }


def assessment_json(assessment: Assessment, path: str) -> dict:
    extraction = assessment.extraction
    data = {
        "schema": SCHEMA,
        "policy": {"id": assessment.policy_id, "version": assessment.policy_version},
        "packet": {"path": path, "documents": documents_json(extraction.packet),
                   "warnings": list(extraction.packet.warnings) + list(extraction.warnings)},
        "request": request_json(assessment.request),
        "findings": [finding_json(f) for f in extraction.findings],
        "criteria": {cid: {"status": r.status, "evidence": list(r.evidence), "rationale": r.rationale,
                           "label": r.label, "overridden": r.overridden}
                     for cid, r in assessment.criteria.items()},
        "notes": [{"id": note_id, "evidence": list(evidence)} for note_id, evidence in assessment.notes],
        "outcome": assessment.outcome,
        "recommendation": assessment.recommendation,
    }
    return data


def render_tree(policy: Policy, assessment: Assessment, *, color: bool = False) -> str:
    findings = {f.id: f for f in assessment.extraction.findings}
    lines: list[str] = []
    request = assessment.request
    lines.append(f"Policy {policy.id} v{policy.version}: {policy.title}")
    age = f"{request.patient_age_years} y" if request.patient_age_years is not None else "age unknown"
    lines.append(f"Request date {request.request_date or 'unknown'} ({request.request_date_source}); "
                 f"CPT {', '.join(request.cpt_codes) or 'none'}; ICD-10 {', '.join(request.icd10_codes) or 'none'}; "
                 f"{age}, {request.population or 'population unknown'}")
    lines.append("")

    def draw(node: Criterion, depth: int) -> None:
        result = assessment.criteria[node.id]
        mark = MARKS[result.status]
        combine = f" [{node.combine.upper()}]" if node.combine else ""
        flag = " (reviewer)" if result.overridden else ""
        lines.append(f"{'  ' * depth}{mark} {node.id}{combine}: {result.status}{flag}")
        if node.is_leaf:
            lines.append(f"{'  ' * depth}    {result.rationale}")
            for evidence_id in result.evidence[:2]:
                finding = findings.get(evidence_id)
                if finding:
                    flags = [name for name, value in finding.assertion.as_dict().items() if value]
                    lines.append(f"{'  ' * depth}    - [{evidence_id}] {finding.concept}: \"{finding.text}\""
                                 f"{' (' + ', '.join(flags) + ')' if flags else ''} {finding.document} p{finding.page}")
        for child in node.children:
            draw(child, depth + 1)

    for root in policy.roots:
        draw(root, 0)
    if assessment.notes:
        lines.append("")
        lines.append("Notes for the reviewer:")
        for note_id, evidence in assessment.notes:
            finding = findings.get(evidence[0])
            where = f" {finding.document} p{finding.page}" if finding else ""
            lines.append(f"  ! {note_id}:{where}")
    lines.append("")
    lines.append(f"Outcome: {assessment.outcome}")
    lines.append(f"Recommendation: {assessment.recommendation}")
    return "\n".join(lines)
