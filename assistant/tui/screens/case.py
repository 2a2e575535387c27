"""The case screen: criterion tree, evidence for the selected criterion, the page it came from, the outcome,
and (on **t**) the chat pane, where the review assistant leads a guided review and the panes follow it."""
from __future__ import annotations

from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static, Tree

from assistant.dialogue import Citation
from assistant.review_state import DecisionRefused, ReviewError, ReviewState
from assistant.tui.widgets.chat_pane import ChatPane
from assistant.tui.widgets.criteria_tree import CriteriaTree
from assistant.tui.widgets.document_pane import DocumentPane
from assistant.tui.widgets.evidence_list import EvidenceList
from assistant.tui.widgets.outcome_bar import OutcomeBar


class CaseScreen(Screen):
    # below 100 columns the footer leaves out its ctrl+p hint so every key up to esc Queue shows
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS = [
        Binding("c", "confirm", "Confirm"),
        Binding("x", "reject", "Reject"),
        Binding("s", "set_status", "Status"),
        Binding("a", "attach", "Attach"),
        Binding("u,ctrl+z", "undo", "Undo"),
        Binding("n", "next_unreviewed", "Next"),
        Binding("d", "decide", "Decide"),
        Binding("t", "chat", "Chat"),
        Binding("g", "guide", "Guided review (in the chat)", show=False),
        Binding("left_square_bracket", "page(-1)", "Prev page", show=False),
        Binding("right_square_bracket", "page(1)", "Next page", show=False),
        Binding("escape", "back", "Queue"),
    ]

    def __init__(self, state: ReviewState, packet_path: str) -> None:
        super().__init__()
        self.state = state
        self.packet_path = packet_path
        self.criterion_id: str | None = None
        self.shown_span: tuple[int, int] | None = None

    def compose(self) -> ComposeResult:
        yield OutcomeBar(id="outcome")
        with Horizontal(id="case-body"):
            yield CriteriaTree("criteria", id="criteria")
            with Vertical(id="case-right"):
                yield Static("", id="rationale")
                yield EvidenceList(id="evidence")
                yield DocumentPane(self.state.extraction.packet, id="document")
        yield ChatPane(self.state, id="chat")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        tree = self.query_one(CriteriaTree)
        tree.border_title = "Criteria"
        self.query_one(EvidenceList).border_title = "Evidence"
        tree.build(self.state)
        self.state.subscribe(self.on_state_changed)
        self.query_one(OutcomeBar).show(self.state)
        pending = self.state.unreviewed_evidence()
        leaves = self.state.deciding_leaves()
        first = self._leaf_of(pending[0]) if pending else (leaves[0] if leaves else self.state.policy.leaves()[0].id)
        self.criterion_id = first
        self.show_criterion()
        tree.focus()
        # the tree knows its node lines only after its first layout
        self.call_after_refresh(self.query_one(CriteriaTree).select_criterion, first)

    # ---- showing ---------------------------------------------------------------

    def select_criterion(self, criterion_id: str) -> None:
        self.criterion_id = criterion_id
        self.query_one(CriteriaTree).select_criterion(criterion_id)
        self.show_criterion()

    def show_criterion(self) -> None:
        if self.criterion_id is None:
            return
        criterion = self.state.policy.criterion(self.criterion_id)
        result = self.state.assessment.criteria[self.criterion_id]
        self.query_one("#rationale", Static).update(f"[b]{criterion.label}[/b]\n{result.rationale}")
        evidence = self.query_one(EvidenceList)
        evidence.show(self.state, self.criterion_id)
        self.show_evidence(evidence.selected_evidence)

    def show_evidence(self, evidence_id: str | None) -> None:
        pane = self.query_one(DocumentPane)
        finding = self.state.findings.get(evidence_id) if evidence_id else None
        added = self.state.added_evidence(evidence_id) if evidence_id else None
        if finding is not None:
            self.shown_span = (finding.start, finding.end)
            pane.show_page(finding.document, finding.page, finding.start, finding.end)
        elif added is not None:
            self.shown_span = (added.start, added.end) if added.start is not None else None
            pane.show_page(added.document, added.page, added.start, added.end)
        elif pane.document_name is None and pane.pages:
            pane.show_page(*pane.pages[0])

    def show_citation(self, citation: Citation) -> None:
        """Highlight cited evidence in the evidence list if it is there, else open its page at the cited span."""
        evidence = self.query_one(EvidenceList)
        if citation.finding_id is not None and citation.finding_id in self.state.evidence_for(self.criterion_id or ""):
            evidence.highlighted = evidence.get_option_index(citation.finding_id)
            self.show_evidence(citation.finding_id)
            return
        self.shown_span = (citation.start, citation.end) if citation.start is not None else None
        self.query_one(DocumentPane).show_page(citation.document, citation.page, citation.start, citation.end)

    def on_state_changed(self, state: ReviewState) -> None:
        self.query_one(OutcomeBar).show(state)
        self.query_one(CriteriaTree).refresh_labels(state)
        self.show_criterion()

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted) -> None:
        if event.node.data and event.node.data != self.criterion_id:
            self.criterion_id = event.node.data
            self.show_criterion()

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id and event.option.id != "-":
            self.show_evidence(event.option.id)

    def _leaf_of(self, finding_id: str) -> str:
        for leaf in self.state.deciding_leaves() + [c.id for c in self.state.policy.leaves()]:
            if finding_id in self.state.assessment.criteria[leaf].evidence:
                return leaf
        return self.state.policy.leaves()[0].id

    def _selected_finding(self) -> str | None:
        evidence_id = self.query_one(EvidenceList).selected_evidence
        if evidence_id is None:
            self.notify("No evidence selected for this criterion.", severity="warning")
            return None
        if evidence_id not in self.state.findings:
            self.notify("That evidence was attached by a reviewer; undo removes it.", severity="warning")
            return None
        return evidence_id

    def _do(self, action, *args) -> bool:
        try:
            action(*args)
        except ReviewError as error:
            self.notify(str(error), severity="error", timeout=6)
            return False
        return True

    # ---- actions ---------------------------------------------------------------

    def action_confirm(self) -> None:
        finding_id = self._selected_finding()
        if finding_id and self._do(self.state.confirm, finding_id):
            self._advance_evidence()

    def _advance_evidence(self) -> None:
        evidence = self.query_one(EvidenceList)
        if evidence.highlighted is not None and evidence.highlighted + 1 < evidence.option_count:
            evidence.highlighted += 1

    def action_reject(self) -> None:
        from assistant.tui.screens.dialogs import ReasonDialog

        finding_id = self._selected_finding()
        if not finding_id:
            return
        finding = self.state.findings[finding_id]

        def done(reason: str | None) -> None:
            if reason:
                self._do(self.state.reject, finding_id, reason)

        self.app.push_screen(ReasonDialog(f"Reject {finding_id}", f"“{finding.text}” ({finding.concept}, "
                                          f"{finding.document} p{finding.page}) is wrong because…"), done)

    def action_set_status(self) -> None:
        from assistant.tui.screens.dialogs import LeafStatusDialog

        criterion = self.state.policy.criterion(self.criterion_id)
        if not criterion.is_leaf:
            self.notify("Choose a leaf criterion to set its status.", severity="warning")
            return
        current = self.state.assessment.criteria[criterion.id].status

        def done(override) -> None:
            if override is not None:
                self._do(self.state.set_leaf, override.criterion, override.status, override.reason)

        self.app.push_screen(LeafStatusDialog(criterion.id, criterion.label, current), done)

    def action_attach(self) -> None:
        from assistant.tui.screens.dialogs import AddEvidenceDialog

        pane = self.query_one(DocumentPane)
        span = pane.selected_span
        if span == self.shown_span:
            span = None  # the highlighted finding, not a new selection
        leaves = [(c.id, c.label) for c in self.state.policy.leaves()]
        criterion = self.criterion_id if self.criterion_id in dict(leaves) else leaves[0][0]
        documents = [(doc.name, len(doc.pages)) for doc in self.state.extraction.packet.documents]
        document, page = pane.document_name or documents[0][0], pane.page_number or 1
        quote = pane.page_text(document, page)[span[0]:span[1]] if span else ""

        def done(evidence) -> None:
            if evidence is not None:
                self._do(self.state.add_evidence, evidence.criterion, evidence.document, evidence.page, evidence.text,
                         evidence.start, evidence.end, evidence.note)

        self.app.push_screen(AddEvidenceDialog(leaves, criterion, documents, document, page, quote, span), done)

    def action_undo(self) -> None:
        self._do(self.state.undo)

    def action_next_unreviewed(self) -> None:
        pending = self.state.unreviewed_evidence()
        if not pending:
            self.notify("Everything behind the recommendation is reviewed.")
            return
        self.select_criterion(self._leaf_of(pending[0]))
        evidence = self.query_one(EvidenceList)
        index = evidence.get_option_index(pending[0])
        evidence.highlighted = index
        evidence.focus()

    def action_page(self, step: int) -> None:
        self.query_one(DocumentPane).step_page(step)
        self.shown_span = None

    def action_decide(self) -> None:
        from assistant.tui.screens.decision_dialog import DecisionDialog

        if self.state.decision is not None:
            self.notify(f"Already decided: {self.state.decision.kind}.", severity="warning")
            return
        if self.state.read_only:
            self._do(self.state.decide, "approve")  # states who holds the case
            return
        self.app.push_screen(DecisionDialog(self.state), self.record_decision)

    def record_decision(self, request) -> None:
        if request is None:
            return
        try:
            self.state.decide(request.kind, request.reason, request.missing_criteria)
        except DecisionRefused as refused:
            self.notify(f"Decision refused: {refused}. Press n to go to the next.", severity="error", timeout=8)
            return
        except ReviewError as error:
            self.notify(f"Decision refused: {error}", severity="error", timeout=8)
            return
        self.write_summary()

    def write_summary(self) -> None:
        """The determination summary of the decision just recorded (by the dialog or the chat)."""
        from assistant.decision import write_determination

        try:
            markdown_path, _ = write_determination(self.state, self.app.out_dir, self.packet_path)
        except OSError as error:  # the decision itself is already in the store
            self.notify(f"Decision recorded, but the summary could not be written: {error}", severity="error",
                        timeout=10)
            return
        self.notify(f"Decision recorded. Summary: {markdown_path}", title="Decided", timeout=10)

    # ---- the chat ------------------------------------------------------------

    def action_chat(self) -> None:
        self.query_one(ChatPane).open()

    def action_guide(self) -> None:
        chat = self.query_one(ChatPane)
        chat.open()
        chat.say("start")

    def on_chat_pane_replied(self, message: ChatPane.Replied) -> None:
        """Follow the assistant: its criterion in the tree, its focus (or first citation) in evidence and page."""
        reply = message.reply
        if reply.criterion in self.state.assessment.criteria:
            self.select_criterion(reply.criterion)
        citation = reply.focus or (reply.citations[0] if reply.citations and reply.criterion is None else None)
        if citation is not None:
            self.show_citation(citation)
        if message.decided:
            self.write_summary()

    def action_back(self) -> None:
        self.app.pop_screen()
        self.app.close_case()

    def palette_commands(self):
        for title, help_text, action in (
                ("Confirm evidence", "The selected evidence is right", self.action_confirm),
                ("Reject evidence", "The selected evidence is wrong (asks a reason)", self.action_reject),
                ("Set criterion status", "Set the selected leaf by hand (asks a reason)", self.action_set_status),
                ("Attach evidence", "From the page selection or a typed note", self.action_attach),
                ("Undo", "Take back the last change", self.action_undo),
                ("Next unreviewed evidence", "Jump to evidence still to review", self.action_next_unreviewed),
                ("Decide", "Approve, request information or refer", self.action_decide),
                ("Chat with the assistant", "Questions, commands in words, a guided review", self.action_chat),
                ("Guided review", "The assistant walks through what decides the outcome", self.action_guide),
                ("Back to the queue", "Close this case", self.action_back)):
            yield SystemCommand(title, help_text, action)
