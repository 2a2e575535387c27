"""The always-visible line: outcome, recommendation, evidence still to review, decision or read-only mark."""
from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from assistant.review_state import ReviewState

OUTCOME_STYLE = {"meets_criteria": "bold green", "does_not_meet_criteria": "bold red",
                 "insufficient_information": "bold yellow"}


class OutcomeBar(Static):
    def show(self, state: ReviewState) -> None:
        assessment = state.assessment
        member = state.extraction.request.member or "member unknown"
        text = Text()
        text.append(f"{member} ", "bold")
        text.append(f"req {assessment.request.request_date or '?'}  ")
        text.append(assessment.outcome.replace("_", " "), OUTCOME_STYLE.get(assessment.outcome, "bold"))
        text.append(f" → {assessment.recommendation.replace('_', ' ')}")
        if state.decision is not None:
            text.append(f"  DECIDED: {state.decision.kind.replace('_', ' ')}", "bold reverse")
        else:
            pending = len(state.unreviewed_evidence())
            text.append(f"  {pending} to review" if pending else "  ready to decide",
                        "yellow" if pending else "green")
        if state.read_only:
            holder = state.lock.holder if state.lock else "another reviewer"
            text.append(f"  READ-ONLY ({holder} holds it)", "bold red")
        self.update(text)
