"""Evidence for the selected criterion: snippet, assertion marks, date, document and page, review mark."""
from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from assistant.review_state import CONFIRMED, REJECTED, ReviewState

REVIEW_MARKS = {CONFIRMED: ("✓", "bold green"), REJECTED: ("✗", "bold red"), "unreviewed": ("·", "yellow")}
ASSERTION_MARKS = {"negated": "NEG", "uncertain": "unc", "historical": "hist", "hypothetical": "hyp",
                   "family": "FAM"}


def evidence_prompt(state: ReviewState, evidence_id: str) -> Text:
    text = Text()
    finding = state.findings.get(evidence_id)
    if finding is not None:
        mark, style = REVIEW_MARKS[state.finding_status(evidence_id)]
        text.append(f"{mark} ", style)
        text.append(f"{evidence_id} ", "dim")
        text.append(f"“{finding.text}”", "bold" if state.finding_status(evidence_id) != REJECTED else "strike")
        for name, value in finding.assertion.as_dict().items():
            if value:
                text.append(f" [{ASSERTION_MARKS[name]}]", "magenta")
        text.append(f"  {finding.date or finding.document_date or 'undated'}", "cyan")
        text.append(f"  {finding.document} p{finding.page}", "dim")
        reason = state.rejection_reason(evidence_id)
        if reason:
            text.append(f"  rejected: {reason}", "red")
        return text
    added = state.added_evidence(evidence_id)
    if added is not None:
        text.append("+ ", "bold blue")
        text.append(f"{evidence_id} ", "dim")
        text.append(f"“{added.text}”", "bold")
        if added.note and added.note != added.text:
            text.append(f"  ({added.note})")
        text.append(f"  {added.document} p{added.page}", "dim")
    return text


class EvidenceList(OptionList):
    """Option ids are evidence ids."""

    def show(self, state: ReviewState, criterion_id: str) -> None:
        keep = self.highlighted_option.id if self.highlighted_option is not None else None
        self.clear_options()
        ids = state.evidence_for(criterion_id)
        self.add_options([Option(evidence_prompt(state, evidence_id), id=evidence_id) for evidence_id in ids])
        if not ids:
            self.add_option(Option(Text("no evidence: nothing in the packet was read for this criterion", "dim"),
                                   id="-", disabled=True))
            return
        index = ids.index(keep) if keep in ids else 0
        self.highlighted = index

    @property
    def selected_evidence(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None and option.id != "-" else None
