"""The queue as plain data (no Textual): which packets there are, what is known of each, what to assess next."""
from __future__ import annotations

import datetime as dt
import threading
from collections import deque
from dataclasses import dataclass, replace
from pathlib import Path

from assistant.audit import CaseRecord, packet_files

COLUMNS = ("member", "request_date", "days", "outcome", "state", "reviewer")


@dataclass(frozen=True, slots=True)
class QueueRow:
    path: str  # the packet, resolved; the row's key
    name: str  # the packet folder or file name
    case_id: str | None = None
    member: str | None = None
    request_date: str | None = None
    outcome: str | None = None
    recommendation: str | None = None
    state: str = "new"  # new | in_progress | decided
    reviewer: str | None = None
    lock_holder: str | None = None
    assessing: str = "waiting"  # waiting | running | ready | failed | missing
    error: str | None = None

    def days_since_request(self, today: dt.date) -> int | None:
        if not self.request_date:
            return None
        return (today - dt.date.fromisoformat(self.request_date)).days


def find_packets(path: str | Path) -> tuple[list[Path], bool]:
    """(packets, is_single): a folder of packet folders is a queue; a file or a folder of files is one packet."""
    path = Path(path).resolve()
    if path.is_file():
        return [path], True
    folders = sorted(p for p in path.iterdir() if p.is_dir() and packet_files(p))
    if folders:
        return folders, False
    return ([path] if packet_files(path) else []), True


def row_from_case(case: CaseRecord) -> QueueRow:
    exists = Path(case.path).exists()
    return QueueRow(path=case.path, name=Path(case.path).name, case_id=case.id, member=case.member,
                    request_date=case.request_date, outcome=case.outcome, recommendation=case.recommendation,
                    state=case.state, reviewer=case.reviewer, lock_holder=case.lock_holder,
                    assessing="waiting" if exists else "missing")


def merge_case(row: QueueRow, case: CaseRecord | None) -> QueueRow:
    if case is None:
        return row
    return replace(row, case_id=case.id, member=case.member or row.member,
                   request_date=case.request_date or row.request_date, outcome=case.outcome or row.outcome,
                   recommendation=case.recommendation or row.recommendation, state=case.state,
                   reviewer=case.reviewer, lock_holder=case.lock_holder)


def sort_key(column: str, today: dt.date):
    def key(row: QueueRow):
        if column == "days":
            days = row.days_since_request(today)
            return (days is None, days or 0)
        value = getattr(row, column if column != "request_date" else "request_date") or ""
        return (value == "", str(value).lower())
    return key


def matches(row: QueueRow, text: str) -> bool:
    """A filter word matches the member, packet name, outcome, state or reviewer."""
    text = text.strip().lower()
    if not text:
        return True
    fields = (row.member, row.name, row.outcome, row.recommendation, row.state, row.reviewer, row.assessing)
    return all(any(word in (value or "").lower() for value in fields) for word in text.split())


class AssessQueue:
    """Packets waiting to be assessed; shared by the UI thread and the assessing worker."""

    def __init__(self, paths=()):
        self._lock = threading.Lock()
        self._paths: deque[str] = deque(str(p) for p in paths)

    def add(self, path: str) -> None:
        with self._lock:
            if path not in self._paths:
                self._paths.append(path)

    def prioritize(self, path: str) -> None:
        """The reviewer asked for this one: assess it next."""
        with self._lock:
            if path in self._paths:
                self._paths.remove(path)
            self._paths.appendleft(path)

    def next(self) -> str | None:
        with self._lock:
            return self._paths.popleft() if self._paths else None

    def __len__(self) -> int:
        with self._lock:
            return len(self._paths)
