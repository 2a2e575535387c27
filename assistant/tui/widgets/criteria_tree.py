"""The criterion tree with status marks (met / not met / unknown), reviewer marks and review progress."""
from __future__ import annotations

from rich.text import Text
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from assistant.policy import Criterion
from assistant.review_state import CONFIRMED, ReviewState, UNREVIEWED

STATUS_MARKS = {"met": ("✔", "green"), "not_met": ("✘", "red"), "unknown": ("?", "yellow")}


def criterion_label(state: ReviewState, criterion: Criterion) -> Text:
    result = state.assessment.criteria[criterion.id]
    mark, style = STATUS_MARKS[result.status]
    label = Text()
    label.append(f"{mark} ", style)
    label.append(criterion.id)
    if criterion.combine:
        label.append(f" {criterion.combine.upper()}", "dim")
    if result.overridden:
        label.append(" ✎", "bold magenta")  # set or changed by the reviewer
    if criterion.is_leaf:
        findings = [e for e in result.evidence if e in state.findings]
        unreviewed = [e for e in findings if state.finding_status(e) == UNREVIEWED]
        if findings and not unreviewed:
            label.append(" ✓", "bold green")  # every piece of evidence reviewed
        elif unreviewed and set(unreviewed) & set(state.unreviewed_evidence()):
            label.append(f" •{len(unreviewed)}", "bold yellow")  # behind the recommendation, to review
    return label


class CriteriaTree(Tree[str]):
    """Node data is the criterion id."""

    def build(self, state: ReviewState) -> None:
        self.show_root = False
        self.guide_depth = 2
        self.clear()
        self._criterion_nodes: dict[str, TreeNode[str]] = {}

        def add(parent: TreeNode[str], criterion: Criterion) -> None:
            label = criterion_label(state, criterion)
            if criterion.is_leaf:
                node = parent.add_leaf(label, data=criterion.id)
            else:
                node = parent.add(label, data=criterion.id, expand=True)
                for child in criterion.children:
                    add(node, child)
            self._criterion_nodes[criterion.id] = node

        for root in state.policy.roots:
            add(self.root, root)
        self.root.expand()

    def refresh_labels(self, state: ReviewState) -> None:
        for criterion in state.policy.criteria():
            node = self._criterion_nodes.get(criterion.id)
            if node is not None:
                node.set_label(criterion_label(state, criterion))

    def select_criterion(self, criterion_id: str) -> None:
        node = self._criterion_nodes.get(criterion_id)
        if node is not None:
            self.move_cursor(node)
            self.scroll_to_node(node)
