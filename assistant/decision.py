"""Texts and files of a decision: the request for information, the physician referral, the determination summary.

Pure functions of a ``ReviewState`` (no Textual); ``write_determination`` writes the
summary as Markdown and JSON, readable by the user only.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from assistant.review_state import ReviewState

SCHEMA = "mrs-review/determination/v1"
STATUS_WORDS = {"met": "met", "not_met": "not met", "unknown": "unknown"}
KIND_WORDS = {
    "approve": "Approve",
    "request_additional_information": "Request additional information",
    "refer_to_physician_reviewer": "Refer to a physician reviewer",
}


def _member(state: ReviewState) -> str:
    return state.extraction.request.member or "the member"


def _heading(state: ReviewState) -> str:
    request = state.assessment.request
    return (f"Prior authorization request for MR spectroscopy (CPT {', '.join(request.cpt_codes) or '76390'}) "
            f"for {_member(state)}, request date {request.request_date or 'unknown'}")


def evidence_line(state: ReviewState, evidence_id: str) -> str:
    """One evidence item as the reviewer reads it: quote, document and page, review mark."""
    finding = state.findings.get(evidence_id)
    if finding is not None:
        flags = [name for name, value in finding.assertion.as_dict().items() if value]
        flag_text = f" ({', '.join(flags)})" if flags else ""
        return (f"\u201c{finding.text}\u201d{flag_text}, {finding.document} p{finding.page} "
                f"[{state.finding_status(evidence_id)}]")
    added = state.added_evidence(evidence_id)
    if added is not None:
        note = f" ({added.note})" if added.note and added.note != added.text else ""
        return f"\u201c{added.text}\u201d{note}, {added.document} p{added.page} [added by reviewer]"
    return evidence_id


def draft_information_request(state: ReviewState, missing_criteria: tuple[str, ...] | list[str]) -> str:
    """The letter asking the provider for what is missing, naming each criterion by its policy text."""
    policy = state.policy
    lines = [f"Re: {_heading(state)}", "",
             "We cannot complete the review of this request with the documentation received. "
             f"Under {policy.title or policy.id} ({policy.id} v{policy.version}), please send clinical "
             "documentation that addresses the following:", ""]
    if not missing_criteria:
        lines.append("1. (choose the missing criteria)")
    for number, criterion_id in enumerate(missing_criteria, 1):
        criterion = policy.criterion(criterion_id)
        result = state.assessment.criteria.get(criterion_id)
        lines.append(f"{number}. {criterion.label}")
        if criterion.policy_text:
            lines.append(f"   Policy: {criterion.policy_text}")
        if result is not None:
            lines.append(f"   In the documents received this is {STATUS_WORDS[result.status]}.")
    lines += ["", "Relevant documentation includes recent office notes, the imaging reports referred to, and any "
              "treatment history. Please include the member's name and the request date with your reply."]
    return "\n".join(lines)


def draft_physician_referral(state: ReviewState, reason: str | None = None) -> str:
    """The summary a physician reviewer reads first: the question, what is met and not, and the key evidence."""
    assessment = state.assessment
    request = assessment.request
    age = f"{request.patient_age_years}-year-old" if request.patient_age_years is not None else "age unknown"
    lines = [f"Physician review requested: {_heading(state)}.",
             f"Member: {_member(state)}, {age} ({request.population or 'population unknown'}). "
             f"Ordering provider: {request.ordering_provider or 'unknown'}. "
             f"ICD-10: {', '.join(request.icd10_codes) or 'none given'}.",
             f"Tool outcome: {assessment.outcome} (recommendation {assessment.recommendation}).",
             f"Reason for referral: {reason or 'the criteria do not appear to be met; an adverse determination is a physician decision'}.",
             "", "Criteria:"]
    for criterion in state.policy.criteria():
        result = assessment.criteria[criterion.id]
        if not criterion.is_leaf or (result.status == "unknown" and not result.overridden):
            continue
        mark = " (set by reviewer)" if result.overridden else ""
        lines.append(f"- {criterion.label}: {STATUS_WORDS[result.status]}{mark}")
        for evidence_id in result.evidence[:2]:
            lines.append(f"    {evidence_line(state, evidence_id)}")
    overrides = _override_lines(state)
    if overrides:
        lines += ["", "Reviewer changes:"] + [f"- {line}" for line in overrides]
    if assessment.notes:
        lines += ["", "Flags: " + ", ".join(note_id for note_id, _ in assessment.notes)]
    return "\n".join(lines)


def _event_time(state: ReviewState, action: str, target: str) -> str | None:
    for event in reversed(state.history):
        if event.action == action and event.target == target:
            return event.time
    return None


def _override_lines(state: ReviewState) -> list[str]:
    lines = []
    for override in state.overrides.leaf_status:
        lines.append(f"{override.criterion} set to {override.status}: {override.reason}")
    for finding_id, reason in state.overrides.rejected_findings:
        lines.append(f"rejected {evidence_line(state, finding_id)}: {reason}")
    for added in state.overrides.added_evidence:
        lines.append(f"attached to {added.criterion}: {evidence_line(state, added.id)}")
    return lines


def determination_summary(state: ReviewState, packet_path: str = "") -> dict:
    """Everything the determination rests on, as JSON-ready data."""
    assessment, decision = state.assessment, state.decision
    criteria = []
    for criterion in state.policy.criteria():
        result = assessment.criteria[criterion.id]
        evidence = []
        for evidence_id in state.evidence_for(criterion.id):
            finding = state.findings.get(evidence_id)
            added = state.added_evidence(evidence_id)
            if finding is not None:
                evidence.append({"id": evidence_id, "source": "extractor", "text": finding.text,
                                 "document": finding.document, "page": finding.page,
                                 "assertion": finding.assertion.as_dict(),
                                 "review": state.finding_status(evidence_id),
                                 "rejection_reason": state.rejection_reason(evidence_id)})
            elif added is not None:
                evidence.append({"id": evidence_id, "source": "reviewer", "text": added.text, "note": added.note,
                                 "document": added.document, "page": added.page, "review": "confirmed"})
        criteria.append({"id": criterion.id, "label": criterion.label, "status": result.status,
                         "leaf": criterion.is_leaf, "overridden": result.overridden, "rationale": result.rationale,
                         "evidence": evidence})
    overrides = {
        "leaf_status": [{"criterion": o.criterion, "status": o.status, "reason": o.reason,
                         "time": _event_time(state, "set_leaf", o.criterion)} for o in state.overrides.leaf_status],
        "rejected_findings": [{"finding": fid, "reason": reason, "time": _event_time(state, "reject", fid)}
                              for fid, reason in state.overrides.rejected_findings],
        "added_evidence": [{"id": e.id, "criterion": e.criterion, "document": e.document, "page": e.page,
                            "text": e.text, "note": e.note, "start": e.start, "end": e.end,
                            "time": _event_time(state, "add_evidence", e.criterion)}
                           for e in state.overrides.added_evidence],
        "confirmed_findings": sorted(state.overrides.confirmed_findings, key=lambda f: (len(f), f)),
    }
    decision_data = None
    drafts = {}
    if decision is not None:
        decision_data = {"kind": decision.kind, "reason": decision.reason,
                         "missing_criteria": list(decision.missing_criteria), "reviewer": decision.reviewer,
                         "time": decision.time, "outcome_at_decision": decision.outcome,
                         "recommendation_at_decision": decision.recommendation,
                         "differs_from_recommendation": decision.kind != decision.recommendation}
        if decision.kind == "request_additional_information":
            drafts["information_request"] = draft_information_request(state, decision.missing_criteria)
        elif decision.kind == "refer_to_physician_reviewer":
            drafts["physician_referral"] = draft_physician_referral(state, decision.reason)
    request = assessment.request
    return {
        "schema": SCHEMA,
        "case_id": state.case_id,
        "packet": packet_path,
        "policy": {"id": assessment.policy_id, "version": assessment.policy_version},
        "member": request.member,
        "request_date": request.request_date,
        "reviewer": state.reviewer,
        "timestamps": {"review_started": state.history[0].time if state.history else None,
                       "decided": decision.time if decision else None},
        "outcome": assessment.outcome,
        "recommendation": assessment.recommendation,
        "decision": decision_data,
        "criteria": criteria,
        "overrides": overrides,
        "notes": [note_id for note_id, _ in assessment.notes],
        "audit_events": len(state.history),
        "drafts": drafts,
    }


def determination_markdown(summary: dict) -> str:
    decision = summary["decision"] or {}
    lines = [f"# Determination: {summary['member'] or 'member unknown'}, request {summary['request_date'] or 'undated'}",
             "",
             f"- Decision: **{KIND_WORDS.get(decision.get('kind'), 'not decided')}**"
             + (f" (reason: {decision['reason']})" if decision.get("reason") else ""),
             f"- Tool outcome: {summary['outcome']}; recommendation: {summary['recommendation']}",
             f"- Reviewer: {decision.get('reviewer') or summary['reviewer']}",
             f"- Review started: {summary['timestamps']['review_started'] or '-'}; "
             f"decided: {summary['timestamps']['decided'] or '-'}",
             f"- Policy: {summary['policy']['id']} v{summary['policy']['version']}",
             f"- Case: {summary['case_id']} ({summary['packet'] or 'packet path not recorded'})", ""]
    if decision.get("missing_criteria"):
        lines += ["Missing criteria: " + ", ".join(decision["missing_criteria"]), ""]
    lines += ["## Criteria", ""]
    for criterion in summary["criteria"]:
        mark = " (set by reviewer)" if criterion["overridden"] else ""
        lines.append(f"- **{criterion['id']}**: {STATUS_WORDS[criterion['status']]}{mark}. {criterion['rationale']}")
        for item in criterion["evidence"]:
            lines.append(f"  - \u201c{item['text']}\u201d, {item['document']} p{item['page']} [{item['review']}]"
                         + (f": {item['rejection_reason']}" if item.get("rejection_reason") else ""))
    overrides = summary["overrides"]
    if overrides["leaf_status"] or overrides["rejected_findings"] or overrides["added_evidence"]:
        lines += ["", "## Reviewer overrides", ""]
        for o in overrides["leaf_status"]:
            lines.append(f"- {o['criterion']} set to {o['status']} at {o['time']}: {o['reason']}")
        for o in overrides["rejected_findings"]:
            lines.append(f"- finding {o['finding']} rejected at {o['time']}: {o['reason']}")
        for o in overrides["added_evidence"]:
            lines.append(f"- evidence {o['id']} attached to {o['criterion']} at {o['time']}: "
                         f"\u201c{o['text']}\u201d, {o['document']} p{o['page']}")
    if summary["notes"]:
        lines += ["", "Flags: " + ", ".join(summary["notes"])]
    for title, key in (("Request for additional information", "information_request"),
                       ("Physician referral summary", "physician_referral")):
        if key in summary["drafts"]:
            lines += ["", f"## {title}", "", "```", summary["drafts"][key], "```"]
    return "\n".join(lines) + "\n"


def _write_private(path: Path, text: str) -> None:
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(path, 0o600)


def write_determination(state: ReviewState, folder: str | Path, packet_path: str = "") -> tuple[Path, Path]:
    """Write ``<case>-<time>.md`` and ``.json`` into ``folder`` (0700), each 0600. Returns both paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    summary = determination_summary(state, packet_path)
    stamp = (summary["timestamps"]["decided"] or "undecided").replace(":", "").replace("+0000", "Z")[:17]
    stem = f"{state.case_id or 'case'}-{stamp}"
    markdown_path, json_path = folder / f"{stem}.md", folder / f"{stem}.json"
    _write_private(markdown_path, determination_markdown(summary))
    _write_private(json_path, json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    if state.store is not None and state.decision is not None and state.decision.decision_id is not None:
        state.store.set_decision_files(state.decision.decision_id, str(markdown_path), str(json_path))
    return markdown_path, json_path

