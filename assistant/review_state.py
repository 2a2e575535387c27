"""One case under review: the reviewer's overrides, the live assessment, undo and the decision.

A plain object (no Textual) shared by the review TUI and the conversational
assistant. Every method validates, writes one audit event through the injected
``AuditStore`` (committed before the method returns), applies the event and
re-evaluates with the pure ``evaluate``. ``ReviewState.resume`` replays a
case's events through the same ``_apply``, so a reopened case is exactly the
state that was left, whether it was closed or killed.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Callable, Iterable

from assistant.audit import AuditEvent, AuditStore, LockResult, default_reviewer, utc_now
from assistant.evaluate import evaluate
from assistant.policy import Criterion, Policy
from assistant.types import STATUSES, AddedEvidence, Assessment, Extraction, LeafOverride, Overrides
from extractors.types import Finding

DECISION_KINDS = ("approve", "request_additional_information", "refer_to_physician_reviewer")
# actions that change the review and can be undone; "undo" and "decide" are replayed too
UNDOABLE = ("confirm", "reject", "set_leaf", "add_evidence")
CONFIRMED, REJECTED, UNREVIEWED = "confirmed", "rejected", "unreviewed"


class ReviewError(Exception):
    """A refused reviewer action. ``str(error)`` is one line to show the reviewer."""


class DecisionRefused(ReviewError):
    """A decision cannot be recorded yet; ``unreviewed`` names the evidence still to confirm or reject."""

    def __init__(self, message: str, unreviewed: tuple[str, ...] = ()):
        super().__init__(message)
        self.unreviewed = unreviewed


@dataclass(frozen=True, slots=True)
class Decision:
    kind: str  # approve | request_additional_information | refer_to_physician_reviewer
    reason: str | None
    missing_criteria: tuple[str, ...]
    outcome: str  # the outcome when it was decided
    recommendation: str  # the tool's recommendation when it was decided
    reviewer: str
    time: str
    event_id: int | None
    decision_id: int | None = None


class ReviewState:
    """The state of one case for one reviewer. Read ``assessment`` after any call; it is always current."""

    def __init__(self, policy: Policy, extraction: Extraction, store: AuditStore | None = None, case_id: str = "",
                 reviewer: str | None = None, request_date: str | None = None, read_only: bool = False):
        self.policy = policy
        self.extraction = extraction
        self.store = store
        self.case_id = case_id
        self.reviewer = reviewer or default_reviewer()
        self.request_date = request_date
        self.read_only = read_only
        self.lock: LockResult | None = None  # set by ``open``
        self.overrides = Overrides()
        self.decision: Decision | None = None
        self.history: list[AuditEvent] = []  # every event applied, in order
        self._undo: list[tuple[AuditEvent, Overrides]] = []
        self._added_count = 0
        self._listeners: list[Callable[["ReviewState"], None]] = []
        self.findings: dict[str, Finding] = {f.id: f for f in extraction.findings}
        self._criteria: dict[str, Criterion] = {c.id: c for c in policy.criteria()}
        self.assessment: Assessment = evaluate(policy, extraction, self.overrides, request_date)

    # ---- opening ---------------------------------------------------------------

    @classmethod
    def resume(cls, store: AuditStore, case_id: str, extraction: Extraction, policy: Policy,
               reviewer: str | None = None, request_date: str | None = None, read_only: bool = False) -> "ReviewState":
        """Rebuild a case from its audit events (no events: a fresh review)."""
        state = cls(policy, extraction, store, case_id, reviewer, request_date, read_only)
        for event in store.events(case_id):
            state._apply(event, evaluate_after=False)
        state._evaluate()
        return state

    @classmethod
    def open(cls, store: AuditStore, case_id: str, path: str, extraction: Extraction, policy: Policy,
             reviewer: str | None = None, request_date: str | None = None) -> "ReviewState":
        """Register the case, take its lock and resume it; read-only when another reviewer holds it.

        ``state.lock`` says who holds it when ``state.read_only`` is True."""
        reviewer = reviewer or default_reviewer()
        assessment = evaluate(policy, extraction, None, request_date)
        store.upsert_case(case_id, path, member=extraction.request.member,
                          request_date=assessment.request.request_date)
        lock = store.acquire_lock(case_id, reviewer)
        state = cls.resume(store, case_id, extraction, policy, reviewer, request_date, read_only=not lock.acquired)
        state.lock = lock
        state._publish_outcome()
        return state

    def close(self) -> None:
        """Give the lock back (the events are already committed)."""
        if self.store is not None and not self.read_only:
            self.store.release_lock(self.case_id, self.reviewer)

    def subscribe(self, callback: Callable[["ReviewState"], None]) -> None:
        """Call ``callback(state)`` after every change (the TUI and the assistant redraw from it)."""
        self._listeners.append(callback)

    # ---- reading ---------------------------------------------------------------

    def finding_status(self, finding_id: str) -> str:
        if finding_id in self.overrides.confirmed_findings:
            return CONFIRMED
        if finding_id in self.overrides.rejected_ids:
            return REJECTED
        return UNREVIEWED

    def rejection_reason(self, finding_id: str) -> str | None:
        return dict(self.overrides.rejected_findings).get(finding_id)

    def leaf_override(self, criterion_id: str) -> LeafOverride | None:
        return next((o for o in self.overrides.leaf_status if o.criterion == criterion_id), None)

    def added_evidence(self, evidence_id: str) -> AddedEvidence | None:
        return next((e for e in self.overrides.added_evidence if e.id == evidence_id), None)

    def evidence_for(self, criterion_id: str) -> list[str]:
        """Evidence ids shown for a criterion: the assessment's, plus rejected findings it used before."""
        ids = list(self.assessment.criteria[criterion_id].evidence)
        for event, _ in self._undo:
            if event.action == "reject" and (event.after or {}).get("criterion") == criterion_id \
                    and event.target not in ids and self.finding_status(event.target) == REJECTED:
                ids.append(event.target)
        return ids

    def deciding_leaves(self) -> list[str]:
        """Leaves behind the current outcome: follow, from each criterion the outcome rules checked up to the
        one that applied, the children whose status equals their parent's. Reviewer-set nodes stop the walk."""
        statuses = {cid: result.status for cid, result in self.assessment.criteria.items()}
        roots: list[str] = []
        for entry in self.policy.outcomes:
            when = entry["when"]
            for key in ("any_not_met", "met", "not_met"):
                value = when.get(key)
                for criterion_id in ([value] if isinstance(value, str) else value or []):
                    if criterion_id not in roots:
                        roots.append(criterion_id)
            if entry["outcome"] == self.assessment.outcome and self._applies(when, statuses):
                break
        leaves: list[str] = []

        def walk(node: Criterion) -> None:
            result = self.assessment.criteria[node.id]
            if self.leaf_override(node.id) is not None:
                return
            if node.is_leaf:
                if node.id not in leaves:
                    leaves.append(node.id)
                return
            for child in node.children:
                if statuses[child.id] == result.status:
                    walk(child)

        for criterion_id in roots:
            walk(self._criteria[criterion_id])
        return leaves

    @staticmethod
    def _applies(when: dict, statuses: dict[str, str]) -> bool:
        if "any_not_met" in when and not any(statuses.get(i) == "not_met" for i in when["any_not_met"]):
            return False
        if "met" in when and statuses.get(when["met"]) != "met":
            return False
        if "not_met" in when and statuses.get(when["not_met"]) != "not_met":
            return False
        return True

    def unreviewed_evidence(self) -> tuple[str, ...]:
        """Finding ids behind the current recommendation that the reviewer neither confirmed nor rejected."""
        pending: list[str] = []
        for leaf_id in self.deciding_leaves():
            for evidence_id in self.assessment.criteria[leaf_id].evidence:
                if evidence_id in self.findings and self.finding_status(evidence_id) == UNREVIEWED \
                        and evidence_id not in pending:
                    pending.append(evidence_id)
        return tuple(pending)

    def can_decide(self) -> bool:
        return not self.read_only and self.decision is None and not self.unreviewed_evidence()

    def suggested_missing_criteria(self) -> tuple[str, ...]:
        """Deciding leaves that are not met or unknown: what a request for information would ask about."""
        return tuple(leaf for leaf in self.deciding_leaves()
                     if self.assessment.criteria[leaf].status != "met")

    def can_undo(self) -> bool:
        return bool(self._undo) and not self.read_only and self.decision is None

    # ---- actions ---------------------------------------------------------------

    def confirm(self, finding_id: str) -> AuditEvent:
        """The finding is right as read."""
        self._check_writable()
        self._check_finding(finding_id)
        before = self.finding_status(finding_id)
        if before == CONFIRMED:
            raise ReviewError(f"{finding_id} is already confirmed")
        return self._record("confirm", finding_id, before, CONFIRMED, None)

    def reject(self, finding_id: str, reason: str) -> AuditEvent:
        """The finding is wrong (misread, wrong patient, negated...); evaluation drops it."""
        self._check_writable()
        self._check_finding(finding_id)
        reason = self._require_reason(reason, "rejecting a finding")
        before = self.finding_status(finding_id)
        if before == REJECTED:
            raise ReviewError(f"{finding_id} is already rejected")
        using = [cid for cid, result in self.assessment.criteria.items()
                 if finding_id in result.evidence and self._criteria[cid].is_leaf]
        return self._record("reject", finding_id, before, {"status": REJECTED, "criterion": using[0] if using else None},
                            reason)

    def set_leaf(self, criterion_id: str, status: str, reason: str) -> AuditEvent:
        """Set a leaf's status by hand; a reason is required."""
        self._check_writable()
        node = self._criteria.get(criterion_id)
        if node is None or not node.is_leaf:
            raise ReviewError(f"{criterion_id!r} is not a leaf criterion of {self.policy.id}")
        if status not in STATUSES:
            raise ReviewError(f"status must be one of {', '.join(STATUSES)}, got {status!r}")
        reason = self._require_reason(reason, "setting a criterion by hand")
        before = self.assessment.criteria[criterion_id].status
        return self._record("set_leaf", criterion_id, before, status, reason)

    def add_evidence(self, criterion_id: str, document: str, page: int, text: str, start: int | None = None,
                     end: int | None = None, note: str = "") -> AuditEvent:
        """Attach evidence the extractor missed: a selection (start/end into the page text) or a typed note."""
        self._check_writable()
        node = self._criteria.get(criterion_id)
        if node is None or not node.is_leaf:
            raise ReviewError(f"{criterion_id!r} is not a leaf criterion of {self.policy.id}")
        page_text = self._page_text(document, page)
        if (start is None) != (end is None):
            raise ReviewError("give both start and end of the selection, or neither")
        if start is not None:
            if not 0 <= start < end <= len(page_text):
                raise ReviewError(f"selection {start}-{end} is outside {document} p{page}")
            text = text or page_text[start:end]
        if not (text or "").strip() and not note.strip():
            raise ReviewError("evidence needs a selection, a quote or a note")
        evidence = AddedEvidence(id=f"r{self._added_count + 1}", criterion=criterion_id, document=document,
                                 page=int(page), text=(text or note).strip(), start=start, end=end, note=note.strip())
        before = self.assessment.criteria[criterion_id].status
        return self._record("add_evidence", criterion_id, before, dataclasses.asdict(evidence), note.strip() or None)

    def undo(self) -> AuditEvent:
        """Take back the last confirm / reject / set_leaf / add_evidence (itself an audit event)."""
        self._check_writable()
        if not self._undo:
            raise ReviewError("nothing to undo")
        undone, _ = self._undo[-1]
        return self._record("undo", str(undone.id), undone.action, None, None)

    def decide(self, kind: str, reason: str | None = None, missing_criteria: Iterable[str] = ()) -> Decision:
        """Record the decision. Refused while evidence behind the recommendation is unreviewed; a decision that
        differs from the recommendation needs a reason."""
        self._check_writable()
        if kind not in DECISION_KINDS:
            raise ReviewError(f"decision must be one of {', '.join(DECISION_KINDS)}, got {kind!r}")
        pending = self.unreviewed_evidence()
        if pending:
            raise DecisionRefused(f"{len(pending)} piece(s) of evidence behind the recommendation are unreviewed: "
                                  f"{', '.join(pending)}", pending)
        reason = (reason or "").strip() or None
        if kind != self.assessment.recommendation and not reason:
            raise ReviewError(f"the recommendation is {self.assessment.recommendation}; "
                              f"a different decision needs a reason")
        missing = tuple(dict.fromkeys(missing_criteria))
        unknown = [m for m in missing if m not in self._criteria]
        if unknown:
            raise ReviewError(f"unknown criteria: {', '.join(unknown)}")
        outcome, recommendation = self.assessment.outcome, self.assessment.recommendation
        if self.store is not None:
            event, decision_id = self.store.append_decision(self.case_id, self.reviewer, kind, reason, missing,
                                                            outcome, recommendation)
        else:
            event, decision_id = self._memory_event("decide", kind, recommendation,
                                                    {"kind": kind, "missing_criteria": list(missing),
                                                     "outcome": outcome, "recommendation": recommendation},
                                                    reason), None
        self._apply(event)
        self.decision = dataclasses.replace(self.decision, decision_id=decision_id)
        return self.decision

    # ---- internals -------------------------------------------------------------

    def _record(self, action: str, target: str, before, after, reason: str | None) -> AuditEvent:
        if self.store is not None:
            event = self.store.append(self.case_id, self.reviewer, action, target, before, after, reason,
                                      case_state="in_progress")
        else:
            event = self._memory_event(action, target, before, after, reason)
        self._apply(event)
        self._publish_outcome()
        return event

    def _memory_event(self, action, target, before, after, reason) -> AuditEvent:
        return AuditEvent(len(self.history) + 1, utc_now(), self.reviewer, self.case_id, action, target, before,
                          after, reason)

    def _apply(self, event: AuditEvent, evaluate_after: bool = True) -> None:
        """The one place an event changes the state: live actions and replay both come here."""
        overrides = self.overrides
        target = event.target
        if event.action == "confirm":
            new = dataclasses.replace(
                overrides, confirmed_findings=overrides.confirmed_findings | {target},
                rejected_findings=tuple(r for r in overrides.rejected_findings if r[0] != target))
        elif event.action == "reject":
            new = dataclasses.replace(
                overrides, confirmed_findings=overrides.confirmed_findings - {target},
                rejected_findings=tuple(r for r in overrides.rejected_findings if r[0] != target)
                + ((target, event.reason or ""),))
        elif event.action == "set_leaf":
            new = dataclasses.replace(
                overrides, leaf_status=tuple(o for o in overrides.leaf_status if o.criterion != target)
                + (LeafOverride(target, event.after, event.reason or ""),))
        elif event.action == "add_evidence":
            self._added_count += 1
            new = dataclasses.replace(overrides, added_evidence=overrides.added_evidence
                                      + (AddedEvidence(**event.after),))
        elif event.action == "undo":
            undone, previous = self._undo.pop()
            if str(undone.id) != target:
                raise ReviewError(f"audit trail of case {self.case_id} is inconsistent at event {event.id}")
            self.overrides = previous
            self.history.append(event)
            if evaluate_after:
                self._evaluate()
            return
        elif event.action == "decide":
            after = event.after or {}
            self.decision = Decision(kind=target, reason=event.reason,
                                     missing_criteria=tuple(after.get("missing_criteria", ())),
                                     outcome=after.get("outcome", ""), recommendation=after.get("recommendation", ""),
                                     reviewer=event.reviewer, time=event.time, event_id=event.id)
            self.history.append(event)
            self._notify()
            return
        else:  # bookkeeping events (opened, read-only views) change nothing
            self.history.append(event)
            return
        self._undo.append((event, overrides))
        self.overrides = new
        self.history.append(event)
        if evaluate_after:
            self._evaluate()

    def _evaluate(self) -> None:
        self.assessment = evaluate(self.policy, self.extraction, self.overrides, self.request_date)
        self._notify()

    def _notify(self) -> None:
        for callback in self._listeners:
            callback(self)

    def _publish_outcome(self) -> None:
        if self.store is not None and not self.read_only:
            self.store.set_case_outcome(self.case_id, self.assessment.outcome, self.assessment.recommendation)

    def _check_writable(self) -> None:
        if self.read_only:
            holder = f" ({self.lock.holder} holds it)" if self.lock and self.lock.holder else ""
            raise ReviewError(f"this case is open read-only{holder}")
        if self.decision is not None:
            raise ReviewError(f"this case is decided ({self.decision.kind}); no further changes")

    def _check_finding(self, finding_id: str) -> None:
        if finding_id not in self.findings:
            raise ReviewError(f"no finding {finding_id!r} in this packet")

    @staticmethod
    def _require_reason(reason: str | None, doing: str) -> str:
        reason = (reason or "").strip()
        if not reason:
            raise ReviewError(f"a reason is required for {doing}")
        return reason

    def _page_text(self, document: str, page: int) -> str:
        for doc in self.extraction.packet.documents:
            if doc.name == document:
                if not 1 <= int(page) <= len(doc.pages):
                    raise ReviewError(f"{document} has {len(doc.pages)} page(s), not page {page}")
                return doc.pages[int(page) - 1].text
        raise ReviewError(f"no document {document!r} in this packet")
