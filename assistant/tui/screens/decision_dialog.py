"""The decision dialog: approve, request information (choose missing criteria) or refer; the drafts update live."""
from __future__ import annotations

from dataclasses import dataclass

from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Label, RadioButton, RadioSet, SelectionList, Static, TextArea

from assistant.decision import KIND_WORDS, draft_information_request, draft_physician_referral
from assistant.review_state import DECISION_KINDS, ReviewState
from assistant.tui.screens.dialogs import Dialog


@dataclass(frozen=True, slots=True)
class DecisionRequest:
    """What the reviewer chose; ``ReviewState.decide`` still checks it."""
    kind: str
    reason: str | None
    missing_criteria: tuple[str, ...]


class DecisionDialog(Dialog, ModalScreen[DecisionRequest | None]):
    def __init__(self, state: ReviewState) -> None:
        super().__init__()
        self.state = state

    def compose(self) -> ComposeResult:
        state = self.state
        recommendation = state.assessment.recommendation
        pending = state.unreviewed_evidence()
        with Vertical(classes="dialog decision-dialog"):
            yield Label("Record the decision", classes="dialog-title")
            with VerticalScroll(id="decision-body"):
                yield Static(f"Outcome {state.assessment.outcome.replace('_', ' ')}; recommendation: "
                             f"{KIND_WORDS[recommendation].lower()}.", classes="dialog-prompt")
                if pending:
                    yield Static(f"{len(pending)} piece(s) of evidence behind the recommendation are unreviewed "
                                 f"({', '.join(pending[:6])}); the decision will be refused.",
                                 classes="dialog-warning")
                with RadioSet(id="kind"):
                    for kind in DECISION_KINDS:
                        yield RadioButton(KIND_WORDS[kind], value=kind == recommendation, name=kind,
                                          id=f"kind-{kind}")
                yield Input(placeholder="reason (required when it differs from the recommendation)", id="reason")
                yield Label("Missing criteria (space toggles):", id="missing-label")
                suggested = set(state.suggested_missing_criteria())
                yield SelectionList[str](*[(leaf.id, leaf.id, leaf.id in suggested)
                                           for leaf in state.policy.leaves()], id="missing")
                yield Label("Draft", classes="dialog-subtitle")
                yield TextArea("", read_only=True, soft_wrap=True, id="draft")
            yield Label("", id="dialog-error")
            yield self.buttons("Record decision")

    def on_mount(self) -> None:
        self.query_one(RadioSet).focus()
        self.update_draft()

    @property
    def kind(self) -> str:
        pressed = self.query_one(RadioSet).pressed_button
        return pressed.name if pressed is not None else self.state.assessment.recommendation

    def update_draft(self) -> None:
        kind = self.kind
        for widget_id in ("#missing", "#missing-label"):
            self.query_one(widget_id).display = kind == "request_additional_information"
        if kind == "request_additional_information":
            text = draft_information_request(self.state, tuple(self.query_one(SelectionList).selected))
        elif kind == "refer_to_physician_reviewer":
            text = draft_physician_referral(self.state, self.query_one("#reason", Input).value.strip() or None)
        else:
            text = "Approve: the determination summary (criteria, evidence, overrides) is saved with the decision."
        self.query_one("#draft", TextArea).load_text(text)

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        self.update_draft()

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged) -> None:
        self.update_draft()

    def on_input_changed(self, event: Input.Changed) -> None:
        if self.kind == "refer_to_physician_reviewer":
            self.update_draft()

    def submit(self) -> None:
        kind = self.kind
        reason = self.query_one("#reason", Input).value.strip() or None
        if kind != self.state.assessment.recommendation and not reason:
            self.error("This differs from the recommendation: give a reason.")
            return
        missing = tuple(self.query_one(SelectionList).selected) if kind == "request_additional_information" else ()
        if kind == "request_additional_information" and not missing:
            self.error("Choose at least one missing criterion.")
            return
        self.dismiss(DecisionRequest(kind, reason, missing))
