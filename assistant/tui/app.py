"""The review workspace app: owns the store, the queue model and the assessing worker; screens do the rest."""
from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Iterable

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.worker import Worker, WorkerState, get_current_worker

from assistant.audit import AuditStore, case_id_for, default_reviewer
from assistant.evaluate import evaluate
from assistant.policy import Policy, load_policy
from assistant.review_state import ReviewState
from assistant.tui.messages import ExtractionFailed, ExtractionFinished, ExtractionProgress, ExtractionStarted
from assistant.tui.queue_model import AssessQueue, QueueRow, find_packets, merge_case, row_from_case
from assistant.types import Extraction

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The app is closing; the worker stops between pages."""


class ReviewApp(App[int]):
    """``mrs-review review``: a queue of packets, a case screen per packet, dialogs for every reviewer action."""

    CSS_PATH = Path(__file__).with_name("review.tcss")  # absolute, so subclasses elsewhere find it
    TITLE = "mrs-review"
    BINDINGS = [
        Binding("f1", "help", "Help"),
        Binding("question_mark", "help", "Help", show=False),
        Binding("ctrl+q", "quit", "Quit"),
    ]

    def __init__(self, path: str | Path, store: AuditStore, policy: Policy, reviewer: str,
                 out_dir: str | Path, today: dt.date | None = None):
        super().__init__()
        self.packet_path = Path(path).resolve()
        self.store = store
        self.policy = policy
        self.reviewer = reviewer
        self.out_dir = Path(out_dir)
        self.today = today or dt.date.today()
        self.rows: dict[str, QueueRow] = {}
        self.extractions: dict[str, tuple[str, Extraction]] = {}  # path -> (case id, extraction)
        self.jobs = AssessQueue()
        self.cancel = threading.Event()  # the worker checks it between pages
        self.wanted: str | None = None  # a packet the reviewer asked to open before it was assessed
        self.current: ReviewState | None = None
        self.progress: tuple[str, int, int] | None = None
        self.single = False
        self.assess_worker: Worker | None = None
        self.sub_title = f"reviewer {reviewer}"

    # ---- start-up ------------------------------------------------------------

    def on_mount(self) -> None:
        from assistant.tui.screens.queue import QueueScreen

        packets, self.single = find_packets(self.packet_path)
        cases_by_path = {case.path: case for case in self.store.cases()}
        for packet in packets:
            self.rows[str(packet)] = merge_case(QueueRow(path=str(packet), name=packet.name),
                                                cases_by_path.pop(str(packet), None))
            self.jobs.add(str(packet))
        if not self.single:  # the store's other cases join a folder queue
            for case in cases_by_path.values():
                self.rows[case.path] = row_from_case(case)
        self.push_screen(QueueScreen())
        if self.single and packets:
            self.wanted = str(packets[0])
        self.assess_worker = self.assess_packets()

    # ---- the worker ------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="assess")
    def assess_packets(self) -> None:
        """Read and extract queued packets one at a time (spaCy is not shared across threads)."""
        from assistant.service import extract_packet
        from extractors.types import IngestError

        worker = get_current_worker()
        while not worker.is_cancelled and not self.cancel.is_set():
            path = self.jobs.next()
            if path is None:
                return
            self.post_message(ExtractionStarted(path))

            def progress(document: str, done: int, total: int, path=path) -> None:
                if self.cancel.is_set() or worker.is_cancelled:
                    raise Cancelled()
                self.post_message(ExtractionProgress(path, document, done, total))

            started = time.perf_counter()
            try:
                case_id = case_id_for(path)
                extraction = extract_packet(path, progress=progress)
            except Cancelled:
                return
            except IngestError as error:
                self.post_message(ExtractionFailed(path, str(error)))
                continue
            except Exception as error:  # one broken packet must not stop the queue
                log.exception("assessing %s failed", Path(path).name)
                self.post_message(ExtractionFailed(path, f"{type(error).__name__}: {error}"))
                continue
            self.post_message(ExtractionFinished(path, case_id, extraction, time.perf_counter() - started))

    def on_extraction_started(self, message: ExtractionStarted) -> None:
        self._update_row(message.path, assessing="running")

    def on_extraction_progress(self, message: ExtractionProgress) -> None:
        self.progress = (message.path, message.done, message.total)
        self._refresh_queue(progress_only=True)

    def on_extraction_finished(self, message: ExtractionFinished) -> None:
        extraction = message.extraction
        self.extractions[message.path] = (message.case_id, extraction)
        assessment = evaluate(self.policy, extraction)
        case = self.store.upsert_case(message.case_id, message.path, member=extraction.request.member,
                                      request_date=assessment.request.request_date)
        if case.state == "new":  # a case under review shows its reviewed outcome, kept by ReviewState
            self.store.set_case_outcome(message.case_id, assessment.outcome, assessment.recommendation)
            case = self.store.case(message.case_id)
        self.progress = None
        row = self.rows.get(message.path, QueueRow(path=message.path, name=Path(message.path).name))
        self.rows[message.path] = replace(merge_case(row, case), assessing="ready", error=None)
        self._refresh_queue()
        if self.wanted == message.path:
            self.wanted = None
            self.open_case(message.path)

    def on_extraction_failed(self, message: ExtractionFailed) -> None:
        self._update_row(message.path, assessing="failed", error=message.error)
        self.progress = None
        if self.wanted == message.path:
            self.wanted = None
            self.notify(f"{Path(message.path).name}: {message.error}", title="Cannot read packet",
                        severity="error", timeout=10)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            from assistant.tui.screens.dialogs import ErrorDialog

            self.push_screen(ErrorDialog("Assessment stopped", str(event.worker.error)))

    # ---- opening a case --------------------------------------------------------

    def open_case(self, path: str) -> None:
        """Open a case now if it is assessed, else assess it next and open it when ready."""
        row = self.rows.get(path)
        if row is not None and row.assessing == "missing":
            self.notify(f"{row.name}: the packet is no longer at {path}", severity="error")
            return
        if path not in self.extractions:
            self.wanted = path
            if row is not None and row.assessing in ("failed",):
                self.notify(row.error or "cannot read this packet", severity="error")
                self.wanted = None
                return
            self.jobs.prioritize(path)
            if self.assess_worker is None or self.assess_worker.is_finished:
                self.assess_worker = self.assess_packets()
            self.notify(f"Assessing {Path(path).name}; it opens when ready.", timeout=3)
            return
        case_id, extraction = self.extractions[path]
        state = ReviewState.open(self.store, case_id, path, extraction, self.policy, reviewer=self.reviewer)
        if state.read_only:
            from assistant.tui.screens.dialogs import LockedDialog

            def answer(read_only: bool | None) -> None:
                if read_only:
                    self._show_case(state, path)

            self.push_screen(LockedDialog(state.lock.holder or "another reviewer", state.lock.since or ""), answer)
            return
        self._show_case(state, path)

    def _show_case(self, state: ReviewState, path: str) -> None:
        from assistant.tui.screens.case import CaseScreen

        self.current = state
        self.push_screen(CaseScreen(state, path))

    def close_case(self) -> None:
        """Back to the queue: give the lock back and refresh the row from the store."""
        state, self.current = self.current, None
        if state is not None:
            state.close()
            for path, (case_id, _) in self.extractions.items():
                if case_id == state.case_id:
                    self.rows[path] = merge_case(self.rows[path], self.store.case(case_id))
        self._refresh_queue()

    # ---- helpers ---------------------------------------------------------------

    def _update_row(self, path: str, **changes) -> None:
        row = self.rows.get(path, QueueRow(path=path, name=Path(path).name))
        self.rows[path] = replace(row, **changes)
        self._refresh_queue()

    def _refresh_queue(self, progress_only: bool = False) -> None:
        from assistant.tui.screens.queue import QueueScreen

        for screen in self.screen_stack:
            if isinstance(screen, QueueScreen):
                screen.refresh_progress() if progress_only else screen.refresh_rows()

    def action_help(self) -> None:
        from assistant.tui.screens.dialogs import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        commands = getattr(screen, "palette_commands", None)
        if commands:
            yield from commands()

    def on_unmount(self) -> None:
        self.cancel.set()
        if self.current is not None:
            self.current.close()
        self.store.close()


def build_app(path: str | Path, reviewer: str | None = None, db: str | Path | None = None,
              policy: str | Policy = "mrs-76390", out: str | Path | None = None,
              today: dt.date | None = None) -> ReviewApp:
    """One factory for the CLI, the tests and the benchmark."""
    store = AuditStore(db)
    loaded = policy if isinstance(policy, Policy) else load_policy(policy)
    return ReviewApp(path, store, loaded, reviewer or default_reviewer(),
                     out or store.path.parent / "determinations", today=today)
