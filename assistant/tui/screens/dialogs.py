"""Small modal dialogs, each returning a typed value (or None when cancelled)."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Input, Label, Markdown, RadioButton, RadioSet, Select, Static

from assistant.types import STATUSES, AddedEvidence, LeafOverride


class Dialog(ModalScreen):
    """Escape cancels (returns None); a Cancel button does the same."""

    BINDINGS = [Binding("escape", "cancel", "Cancel"), Binding("ctrl+s", "submit", "Save")]

    def action_submit(self) -> None:
        self.submit()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cancel":
            self.dismiss(None)
        elif event.button.id == "ok":
            self.submit()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.submit()

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def error(self, message: str) -> None:
        self.query_one("#dialog-error", Label).update(message)

    @staticmethod
    def buttons(ok: str = "OK") -> Horizontal:
        return Horizontal(Button(ok, id="ok", variant="primary"), Button("Cancel", id="cancel"),
                          classes="dialog-buttons")


class ReasonDialog(Dialog, ModalScreen[str | None]):
    """Asks for a required reason; returns it, or None."""

    def __init__(self, title: str, prompt: str) -> None:
        super().__init__()
        self.title_text, self.prompt = title, prompt

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield Static(self.prompt, classes="dialog-prompt")
            yield Input(placeholder="reason (required)", id="reason")
            yield Label("", id="dialog-error")
            yield self.buttons()

    def submit(self) -> None:
        reason = self.query_one("#reason", Input).value.strip()
        if not reason:
            self.error("A reason is required.")
            return
        self.dismiss(reason)


class LeafStatusDialog(Dialog, ModalScreen[LeafOverride | None]):
    """Set a leaf's status by hand with a required reason."""

    def __init__(self, criterion_id: str, label: str, current: str) -> None:
        super().__init__()
        self.criterion_id, self.label, self.current = criterion_id, label, current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"Set {self.criterion_id}", classes="dialog-title")
            yield Static(f"{self.label}\nnow: {self.current.replace('_', ' ')}", classes="dialog-prompt")
            proposed = next(status for status in STATUSES if status != self.current)
            with RadioSet(id="status"):
                for status in STATUSES:
                    yield RadioButton(status.replace("_", " "), value=status == proposed, name=status,
                                      id=f"status-{status}")
            yield Input(placeholder="reason (required)", id="reason")
            yield Label("", id="dialog-error")
            yield self.buttons("Set")

    def on_mount(self) -> None:
        self.query_one("#reason", Input).focus()

    def submit(self) -> None:
        pressed = self.query_one(RadioSet).pressed_button
        reason = self.query_one("#reason", Input).value.strip()
        if pressed is None:
            self.error("Choose a status.")
        elif not reason:
            self.error("A reason is required.")
        else:
            self.dismiss(LeafOverride(self.criterion_id, pressed.name, reason))


class AddEvidenceDialog(Dialog, ModalScreen[AddedEvidence | None]):
    """Attach evidence to a leaf: the document pane's selection, or a typed quote/note with a document and page.

    Returns an ``AddedEvidence`` whose id is blank (ReviewState numbers it)."""

    def __init__(self, leaves: list[tuple[str, str]], criterion_id: str, documents: list[tuple[str, int]],
                 document: str, page: int, quote: str = "", span: tuple[int, int] | None = None) -> None:
        super().__init__()
        self.leaves, self.criterion_id = leaves, criterion_id
        self.documents, self.document, self.page = documents, document, page
        self.quote, self.span = quote, span

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="dialog"):
            yield Label("Attach evidence", classes="dialog-title")
            yield Select([(leaf_id, leaf_id) for leaf_id, _ in self.leaves], value=self.criterion_id,
                         allow_blank=False, id="criterion")
            with Horizontal(classes="dialog-row"):
                yield Select([(f"{name} ({pages} p)", name) for name, pages in self.documents], value=self.document,
                             allow_blank=False, id="document")
                yield Input(str(self.page), id="page", type="integer", classes="page-input")
            if self.span:
                yield Static(f"Selected text: “{self.quote[:200]}”", classes="dialog-prompt")
            else:
                yield Input(self.quote, placeholder="quote from the page (optional)", id="quote")
            yield Input(placeholder="note (why this supports the criterion)", id="note")
            yield Label("", id="dialog-error")
            yield self.buttons("Attach")

    def submit(self) -> None:
        document = self.query_one("#document", Select).value
        page_text = self.query_one("#page", Input).value.strip()
        note = self.query_one("#note", Input).value.strip()
        quote = self.quote if self.span else self.query_one("#quote", Input).value.strip()
        pages = dict(self.documents).get(document, 0)
        if not page_text.isdigit() or not 1 <= int(page_text) <= pages:
            self.error(f"Page must be 1-{pages}.")
            return
        span = self.span if self.span and (document, int(page_text)) == (self.document, self.page) else None
        if not quote and not note:
            self.error("Give a quote or a note.")
            return
        self.dismiss(AddedEvidence(id="", criterion=str(self.query_one("#criterion", Select).value),
                                   document=str(document), page=int(page_text), text=quote,
                                   start=span[0] if span else None, end=span[1] if span else None, note=note))


class LockedDialog(ModalScreen[bool]):
    """Another reviewer holds the case: open it read-only?"""

    BINDINGS = [Binding("escape", "no", "Cancel"), Binding("y", "yes", "Read-only")]

    def __init__(self, holder: str, since: str) -> None:
        super().__init__()
        self.holder, self.since = holder, since

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Case in use", classes="dialog-title")
            yield Static(f"{self.holder} has held this case since {self.since[:16].replace('T', ' ')} UTC.\n"
                         "Open it read-only?", classes="dialog-prompt")
            yield Horizontal(Button("Open read-only", id="yes", variant="primary"), Button("Cancel", id="no"),
                             classes="dialog-buttons")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_yes(self) -> None:
        self.dismiss(True)

    def action_no(self) -> None:
        self.dismiss(False)


class ErrorDialog(ModalScreen[None]):
    BINDINGS = [Binding("escape,enter", "close", "Close")]

    def __init__(self, title: str, message: str) -> None:
        super().__init__()
        self.title_text, self.message = title, message

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog error-dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield Static(self.message, classes="dialog-prompt")
            yield Button("Close", id="close")

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)


HELP = """\
# Reviewing a case

The **criterion tree** (left) shows each criterion's status: ✔ met, ✘ not met, ? unknown.
✎ marks a status the reviewer set or changed; ✓ a leaf whose evidence is all reviewed;
•N a leaf with N pieces of evidence behind the recommendation still to review.

The **evidence list** shows what was read for the selected criterion: ✓ confirmed, ✗ rejected,
· unreviewed, + attached by the reviewer; [NEG] negated, [unc] uncertain, [hist] historical,
[hyp] hypothetical, [FAM] family. The **document pane** shows the page with the evidence selected;
scroll it to read around it, or select text (shift+arrows, mouse) and press **a** to attach it.

A decision is refused while evidence behind the recommendation is unreviewed (**n** jumps to the next),
and one that differs from the recommendation needs a reason. Every action is saved at once.

The **chat pane** (**t**) talks to the review assistant: type **start** for a guided review (or press **g**),
a question such as *why is this pending?*, or a command such as *reject f12: family history*; answer its
questions with yes / no / skip. The other panes follow it to the evidence it cites. While you type there
the keys above are text; **escape** goes back to the criterion tree.

"""


class HelpScreen(ModalScreen[None]):
    """The keys of the screen underneath, with their descriptions, and how to read the marks."""

    BINDINGS = [Binding("escape,f1,question_mark,q", "close", "Close")]

    def __init__(self, under: Screen) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        keys = []
        for bindings in (self.under._bindings, self.app._bindings):
            for key, listed in bindings.key_to_bindings.items():
                binding = listed[0]
                if binding.description:
                    keys.append(f"| `{binding.key_display or key}` | {binding.description} |")
        table = "| key | action |\n|---|---|\n" + "\n".join(dict.fromkeys(keys))
        with VerticalScroll(classes="dialog help-dialog"):
            yield Markdown(HELP + table + "\n\nCommand palette: **ctrl+p**. Close this help: **escape**.")

    def action_close(self) -> None:
        self.dismiss(None)
