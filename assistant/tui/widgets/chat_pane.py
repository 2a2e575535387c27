"""The chat pane: the review assistant (assistant/dialogue.py) in the case screen.

A scrolling log of the conversation and one line to type in. What the reviewer
types goes to ``Dialogue.reply``; the reply is shown with its citations
(document and page), and a ``ChatPane.Replied`` message tells the case screen
where to move the criteria tree, evidence list and document pane. Case changes
go through the same ``ReviewState`` as the keyboard actions, so the other panes
redraw through ``ReviewState.subscribe``. A confirmation the assistant asks for
is answered here by yes / no (or a reason).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import Input, Static

from assistant.dialogue import Citation, Dialogue, Reply
from assistant.review_state import ReviewState

log = logging.getLogger(__name__)

PROMPT = "> "
MAX_LINES = 400  # the log keeps the newest; the whole conversation stays in ``transcript``
INTRO = ("Type \u201cstart\u201d for a guided review, a question (\u201cwhy is this pending?\u201d) or a command "
         "(\u201creject f12: family history\u201d); \u201chelp\u201d for more. Esc: back to the tree.")
PLACEHOLDERS = {
    "idle": "start / a question / a command (Esc: back to the tree)",
    "yes_no": "yes or no",
    "reason": "a reason (one line), or no to cancel",
}


def citation_line(citations: tuple[Citation, ...]) -> str:
    """``Cited: note.txt p1 [f3, f7]; form.txt p2``: each document and page once, in the reply's order."""
    places: dict[tuple[str, int], list[str]] = {}
    for citation in citations:
        ids = places.setdefault((citation.document, citation.page), [])
        if citation.finding_id and citation.finding_id not in ids:
            ids.append(citation.finding_id)
    return "Cited: " + "; ".join(f"{document} p{page}" + (f" [{', '.join(ids)}]" if ids else "")
                                 for (document, page), ids in places.items())


class ChatPane(Vertical):
    """Hidden until opened (``open``); the dialogue is made on first use."""

    BINDINGS = [
        Binding("escape", "leave", "Back to tree"),
        # the case screen binds ctrl+z to undo; in a text field it must not change the case
        Binding("ctrl+z", "no_undo", "Undo", show=False),
        Binding("pageup", "scroll_log(-1)", "Scroll chat up", show=False),
        Binding("pagedown", "scroll_log(1)", "Scroll chat down", show=False),
    ]

    @dataclass
    class Replied(Message):
        """The assistant answered; the case screen follows ``reply.criterion`` / ``reply.focus``."""
        reply: Reply
        decided: bool  # this reply recorded the decision

    def __init__(self, state: ReviewState, **kwargs) -> None:
        super().__init__(**kwargs)
        self.state = state
        self.dialogue: Dialogue | None = None
        self.transcript: list[str] = []  # what the log shows, as plain text
        self.last_reply: Reply | None = None

    def compose(self) -> ComposeResult:
        # one Static a line of the conversation: it wraps to the pane's width, also after a resize
        yield VerticalScroll(id="chat-log")
        yield Input(placeholder=PLACEHOLDERS["idle"], id="chat-input")

    def on_mount(self) -> None:
        self.border_title = "Chat"
        self.query_one("#chat-log", VerticalScroll).anchor()  # follows the newest line until scrolled up

    # ---- opening -----------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def open(self) -> None:
        """Show the pane and put the cursor in its input."""
        if not self.is_open:
            self.add_class("-open")
            if not self.transcript:
                self._write(INTRO, "dim")
        self.query_one("#chat-input", Input).focus()

    def action_leave(self) -> None:
        self.screen.query_one("#criteria").focus()

    def action_scroll_log(self, direction: int) -> None:
        chat_log = self.query_one("#chat-log", VerticalScroll)
        chat_log.scroll_page_down() if direction > 0 else chat_log.scroll_page_up()

    def action_no_undo(self) -> None:
        self.notify("Type \u201cundo\u201d to take back the last change.", timeout=4)

    # ---- talking -----------------------------------------------------------------

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        event.input.value = ""
        if text:
            self.say(text)

    def say(self, text: str) -> Reply | None:
        """One utterance: shown, answered, the answer shown with its citations; the screen is told."""
        self._write(PROMPT + text, "bold")
        dialogue = self._dialogue()
        if dialogue is None:
            return None
        decided_before = self.state.decision is not None
        try:
            reply = dialogue.reply(text)
        except Exception as error:  # the front end stays up; the case is as the store says
            log.error("chat reply failed: %s", type(error).__name__)  # no utterance or patient data in logs
            self._write(f"Something went wrong ({type(error).__name__}); nothing more was done.", "red")
            return None
        self.show_reply(reply)
        self.post_message(self.Replied(reply, decided=not decided_before and self.state.decision is not None))
        return reply

    def show_reply(self, reply: Reply) -> None:
        self.last_reply = reply
        text = Text(reply.text)
        if reply.changed_case:  # "Done: ..." in green; what follows (the next step) plain
            text.stylize("green", 0, len(reply.text.split("\n\n", 1)[0]))
        self._write(text)
        if reply.citations:
            self._write(citation_line(reply.citations), "cyan")
        pending = self.dialogue.pending if self.dialogue is not None else None
        mode = "idle" if pending is None else "reason" if pending.needs_reason else "yes_no"
        self.query_one("#chat-input", Input).placeholder = PLACEHOLDERS[mode]

    def _dialogue(self) -> Dialogue | None:
        if self.dialogue is None:
            try:
                self.dialogue = Dialogue(self.state, self.state.policy)
            except Exception as error:  # e.g. a policy the assistant's vocabulary does not cover
                log.error("chat unavailable: %s", type(error).__name__)
                self._write(f"The assistant cannot review this case: {error}", "red")
                return None
        return self.dialogue

    def _write(self, text: str | Text, style: str = "") -> None:
        line = text if isinstance(text, Text) else Text(text, style=style)
        self.transcript.append(line.plain)
        chat_log = self.query_one("#chat-log", VerticalScroll)
        chat_log.mount(Static(line, classes="chat-line"))
        if len(chat_log.children) > MAX_LINES:
            chat_log.children[0].remove()
