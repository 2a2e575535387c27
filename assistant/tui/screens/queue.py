"""The queue: one row per packet; sort, filter, Enter opens. Assessment runs in the app's worker meanwhile."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Label, ProgressBar

from assistant.tui.queue_model import COLUMNS, matches, sort_key

HEADINGS = {"member": "Member", "request_date": "Request date", "days": "Days", "outcome": "Recommended",
            "state": "State", "reviewer": "Reviewer"}
MEMBER_WIDTH = 22  # keeps the row inside 80 columns; the filter still searches the whole name
OUTCOME_WORDS = {"meets_criteria": "approve", "does_not_meet_criteria": "refer to physician",
                 "insufficient_information": "request info"}


class QueueScreen(Screen):
    """Packets and cases; the table is rebuilt from ``app.rows`` (plain data) on every change."""

    BINDINGS = [
        Binding("enter", "open", "Open"),
        Binding("slash", "filter", "Filter"),
        Binding("s", "sort", "Sort"),
        Binding("r", "reverse", "Reverse"),
        Binding("escape", "clear_filter", "Clear filter", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.sort_column = "days"
        self.reverse = True  # oldest requests first
        self.filter_text = ""

    def compose(self) -> ComposeResult:
        with Horizontal(id="queue-top"):
            yield Label("Queue", id="queue-title")
            yield Input(placeholder="filter: member, state, outcome, reviewer…", id="queue-filter")
        table = DataTable(id="queue-table", cursor_type="row", zebra_stripes=True)
        yield table
        with Horizontal(id="queue-status"):
            yield Label("", id="queue-progress-label")
            yield ProgressBar(id="queue-progress", show_eta=False)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for column in COLUMNS:
            table.add_column(HEADINGS[column], key=column)
        table.add_column("Packet", key="packet")
        self.refresh_rows()
        table.focus()

    def visible_rows(self):
        rows = [row for row in self.app.rows.values() if matches(row, self.filter_text)]
        return sorted(rows, key=sort_key(self.sort_column, self.app.today), reverse=self.reverse)

    def refresh_rows(self) -> None:
        table = self.query_one(DataTable)
        selected = None
        if table.row_count:
            selected = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        table.clear()
        for row in self.visible_rows():
            days = row.days_since_request(self.app.today)
            if row.assessing in ("waiting", "running") and not row.outcome:
                outcome = "assessing…" if row.assessing == "running" else "queued"
            elif row.assessing == "failed":
                outcome = "unreadable"
            else:
                outcome = OUTCOME_WORDS.get(row.outcome or "", row.outcome or "-")
            state = row.state.replace("_", " ")
            if row.lock_holder and row.lock_holder != self.app.reviewer:
                state += " (locked)"
            member = row.member or "-"
            member = member if len(member) <= MEMBER_WIDTH else member[:MEMBER_WIDTH - 1] + "…"
            table.add_row(member, row.request_date or "-", "-" if days is None else str(days), outcome,
                          state, row.reviewer or "-", row.name, key=row.path)
        if selected is not None and selected in {row.path for row in self.visible_rows()}:
            table.move_cursor(row=table.get_row_index(selected))
        self.refresh_progress()

    def refresh_progress(self) -> None:
        rows = list(self.app.rows.values())
        total = len(rows)
        done = sum(1 for row in rows if row.assessing in ("ready", "failed", "missing"))
        fraction = 0.0
        current = ""
        if self.app.progress:
            path, pages_done, pages_total = self.app.progress
            fraction = pages_done / max(pages_total, 1)
            current = self.app.rows[path].name if path in self.app.rows else ""
        bar = self.query_one(ProgressBar)
        bar.update(total=max(total, 1), progress=min(done + fraction, total))
        label = f"assessed {done}/{total}" + (f"  reading {current}" if current and done < total else "")
        self.query_one("#queue-progress-label", Label).update(label)
        self.query_one("#queue-status").display = done < total

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.app.open_case(event.row_key.value)

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            self.app.open_case(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    def action_filter(self) -> None:
        self.query_one("#queue-filter", Input).focus()

    def action_clear_filter(self) -> None:
        filter_input = self.query_one("#queue-filter", Input)
        filter_input.value = ""
        self.query_one(DataTable).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value
        self.refresh_rows()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one(DataTable).focus()

    def action_sort(self) -> None:
        """Sort by the next column (the cursor's column when the table has one)."""
        order = list(COLUMNS)
        self.sort_column = order[(order.index(self.sort_column) + 1) % len(order)]
        self.notify(f"sorted by {HEADINGS[self.sort_column].lower()}", timeout=2)
        self.refresh_rows()

    def action_reverse(self) -> None:
        self.reverse = not self.reverse
        self.refresh_rows()

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        column = event.column_key.value
        if column in COLUMNS:
            self.reverse = not self.reverse if column == self.sort_column else False
            self.sort_column = column
            self.refresh_rows()

    def on_screen_resume(self) -> None:
        self.refresh_rows()
