"""The review store: cases, an append-only audit trail and decisions in one SQLite file.

Every reviewer action is one INSERT committed at once (WAL, ``synchronous=FULL``),
so a killed terminal loses nothing; ``ReviewState.resume`` replays the events.
The file and its folder are created readable by the user only. No Textual here.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

CASE_STATES = ("new", "in_progress", "decided")
PACKET_SUFFIXES = (".pdf", ".txt", ".md")

SCHEMA = """
CREATE TABLE IF NOT EXISTS cases (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    member TEXT,
    request_date TEXT,
    outcome TEXT,
    recommendation TEXT,
    state TEXT NOT NULL DEFAULT 'new',
    reviewer TEXT,
    lock_holder TEXT,
    lock_time TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    case_id TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT,
    before TEXT,
    after TEXT,
    reason TEXT
);
CREATE INDEX IF NOT EXISTS audit_events_case ON audit_events (case_id, id);
-- the trail is append-only: the database itself refuses edits and deletions
CREATE TRIGGER IF NOT EXISTS audit_events_no_update BEFORE UPDATE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_events_no_delete BEFORE DELETE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
CREATE TABLE IF NOT EXISTS decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id TEXT NOT NULL,
    event_id INTEGER NOT NULL,
    time TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    kind TEXT NOT NULL,
    reason TEXT,
    missing_criteria TEXT NOT NULL DEFAULT '[]',
    outcome TEXT NOT NULL,
    recommendation TEXT NOT NULL,
    summary_markdown TEXT,
    summary_json TEXT
);
"""


class StoreError(Exception):
    """The store cannot be opened or used. ``str(error)`` is one line for the user."""


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One reviewer action. ``before``/``after`` are JSON-ready values (str, dict, list or None)."""
    id: int | None
    time: str  # ISO 8601, UTC
    reviewer: str
    case_id: str
    action: str
    target: str | None = None
    before: Any = None
    after: Any = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class CaseRecord:
    id: str
    path: str
    member: str | None
    request_date: str | None
    outcome: str | None
    recommendation: str | None
    state: str  # new | in_progress | decided
    reviewer: str | None
    lock_holder: str | None
    lock_time: str | None
    created: str
    updated: str


@dataclass(frozen=True, slots=True)
class LockResult:
    """Whether this reviewer holds the case; if not, who does and since when."""
    acquired: bool
    holder: str | None
    since: str | None


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    id: int
    case_id: str
    event_id: int
    time: str
    reviewer: str
    kind: str
    reason: str | None
    missing_criteria: tuple[str, ...]
    outcome: str
    recommendation: str
    summary_markdown: str | None
    summary_json: str | None


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


def default_reviewer() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "reviewer"


def default_db_path() -> Path:
    """``$MRS_REVIEW_DB``, else the user's data folder (platformdirs, else XDG)."""
    if os.environ.get("MRS_REVIEW_DB"):
        return Path(os.environ["MRS_REVIEW_DB"])
    try:
        from platformdirs import user_data_dir

        folder = Path(user_data_dir("mrs-review", appauthor=False))
    except ImportError:
        base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
        folder = Path(base) / "mrs-review"
    return folder / "review.db"


def packet_files(path: str | Path) -> list[Path]:
    path = Path(path)
    if path.is_file():
        return [path]
    return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PACKET_SUFFIXES)


def case_id_for(path: str | Path) -> str:
    """A content hash of the packet's path and files: the same packet is the same case."""
    path = Path(path).resolve()
    digest = hashlib.sha256(str(path).encode())
    for file in packet_files(path):
        digest.update(b"\0" + str(file.relative_to(path) if path.is_dir() else file.name).encode() + b"\0")
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def _create_private(path: Path) -> None:
    """Make the folder (0700) and an empty file (0600) before SQLite touches them."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    os.chmod(path, 0o600)


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, sort_keys=True, ensure_ascii=False)


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


class AuditStore:
    """Cases, audit events and decisions. Safe to share across threads (one lock-free connection per call site
    is not needed: sqlite3 serialises on the connection, ``check_same_thread=False``)."""

    def __init__(self, path: str | Path | None = None, clock: Callable[[], str] = utc_now):
        self.path = Path(path) if path else default_db_path()
        self.clock = clock
        try:
            _create_private(self.path)
            self.connection = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=10)
            self.connection.execute("PRAGMA journal_mode=WAL")
            self.connection.execute("PRAGMA synchronous=FULL")
            self.connection.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as error:
            raise StoreError(f"cannot open the review store {self.path}: {error}") from None
        for suffix in ("-wal", "-shm"):  # SQLite makes these with the umask; keep them private too
            side = Path(str(self.path) + suffix)
            if side.exists():
                os.chmod(side, 0o600)

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> "AuditStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- cases ---------------------------------------------------------------

    def upsert_case(self, case_id: str, path: str, *, member: str | None = None, request_date: str | None = None,
                    outcome: str | None = None, recommendation: str | None = None) -> CaseRecord:
        """Add a case, or refresh what the latest assessment says about it (state and lock untouched)."""
        now = self.clock()
        self.connection.execute(
            "INSERT INTO cases (id, path, member, request_date, outcome, recommendation, state, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, 'new', ?, ?) ON CONFLICT(id) DO UPDATE SET path=excluded.path, "
            "member=COALESCE(excluded.member, member), request_date=COALESCE(excluded.request_date, request_date), "
            "outcome=COALESCE(excluded.outcome, outcome), "
            "recommendation=COALESCE(excluded.recommendation, recommendation), updated=excluded.updated",
            (case_id, str(path), member, request_date, outcome, recommendation, now, now))
        return self.case(case_id)

    def case(self, case_id: str) -> CaseRecord | None:
        row = self.connection.execute("SELECT * FROM cases WHERE id = ?", (case_id,)).fetchone()
        return self._case(row) if row else None

    def cases(self) -> list[CaseRecord]:
        rows = self.connection.execute("SELECT * FROM cases ORDER BY created, id").fetchall()
        return [self._case(row) for row in rows]

    def set_case_outcome(self, case_id: str, outcome: str, recommendation: str) -> None:
        self.connection.execute("UPDATE cases SET outcome = ?, recommendation = ?, updated = ? WHERE id = ?",
                                (outcome, recommendation, self.clock(), case_id))

    def set_case_state(self, case_id: str, state: str, reviewer: str | None = None) -> None:
        if state not in CASE_STATES:
            raise ValueError(f"case state must be one of {CASE_STATES}, got {state!r}")
        self.connection.execute("UPDATE cases SET state = ?, reviewer = COALESCE(?, reviewer), updated = ? "
                                "WHERE id = ?", (state, reviewer, self.clock(), case_id))

    @staticmethod
    def _case(row) -> CaseRecord:
        return CaseRecord(*row)

    # ---- locks ---------------------------------------------------------------

    def acquire_lock(self, case_id: str, reviewer: str) -> LockResult:
        """Take the case for ``reviewer`` unless another reviewer holds it (one atomic UPDATE).

        The same reviewer may take it again (a crashed session leaves its lock behind)."""
        now = self.clock()
        cursor = self.connection.execute(
            "UPDATE cases SET lock_holder = ?, lock_time = ? WHERE id = ? AND (lock_holder IS NULL OR lock_holder = ?)",
            (reviewer, now, case_id, reviewer))
        if cursor.rowcount:
            return LockResult(True, reviewer, now)
        record = self.case(case_id)
        if record is None:
            raise StoreError(f"no case {case_id} in the store")
        return LockResult(False, record.lock_holder, record.lock_time)

    def release_lock(self, case_id: str, reviewer: str) -> None:
        self.connection.execute("UPDATE cases SET lock_holder = NULL, lock_time = NULL "
                                "WHERE id = ? AND lock_holder = ?", (case_id, reviewer))

    # ---- audit events --------------------------------------------------------

    def append(self, case_id: str, reviewer: str, action: str, target: str | None = None, before: Any = None,
               after: Any = None, reason: str | None = None, *, case_state: str | None = None) -> AuditEvent:
        """Write one event (and the case's new state) in one transaction, committed before returning."""
        if case_state is not None and case_state not in CASE_STATES:
            raise ValueError(f"case state must be one of {CASE_STATES}, got {case_state!r}")
        with self._transaction():
            event = self._insert_event(case_id, reviewer, action, target, before, after, reason)
            if case_state is not None:
                self.connection.execute("UPDATE cases SET state = ?, reviewer = ?, updated = ? WHERE id = ?",
                                        (case_state, reviewer, event.time, case_id))
        return event

    def _insert_event(self, case_id, reviewer, action, target, before, after, reason) -> AuditEvent:
        time = self.clock()
        cursor = self.connection.execute(
            "INSERT INTO audit_events (time, reviewer, case_id, action, target, before, after, reason) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (time, reviewer, case_id, action, target, _dumps(before), _dumps(after), reason))
        return AuditEvent(cursor.lastrowid, time, reviewer, case_id, action, target, before, after, reason)

    @contextlib.contextmanager
    def _transaction(self):
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def events(self, case_id: str) -> list[AuditEvent]:
        rows = self.connection.execute(
            "SELECT id, time, reviewer, case_id, action, target, before, after, reason FROM audit_events "
            "WHERE case_id = ? ORDER BY id", (case_id,)).fetchall()
        return [AuditEvent(r[0], r[1], r[2], r[3], r[4], r[5], _loads(r[6]), _loads(r[7]), r[8]) for r in rows]

    def iter_all_events(self) -> Iterator[AuditEvent]:
        for r in self.connection.execute("SELECT id, time, reviewer, case_id, action, target, before, after, reason "
                                         "FROM audit_events ORDER BY id"):
            yield AuditEvent(r[0], r[1], r[2], r[3], r[4], r[5], _loads(r[6]), _loads(r[7]), r[8])

    # ---- decisions -------------------------------------------------------------

    def append_decision(self, case_id: str, reviewer: str, kind: str, reason: str | None,
                        missing_criteria: tuple[str, ...], outcome: str, recommendation: str) -> tuple[AuditEvent, int]:
        """The ``decide`` event, the decisions row and the case's ``decided`` state, all in one transaction."""
        after = {"kind": kind, "missing_criteria": list(missing_criteria), "outcome": outcome,
                 "recommendation": recommendation}
        with self._transaction():
            event = self._insert_event(case_id, reviewer, "decide", kind, recommendation, after, reason)
            cursor = self.connection.execute(
                "INSERT INTO decisions (case_id, event_id, time, reviewer, kind, reason, missing_criteria, outcome, "
                "recommendation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (case_id, event.id, event.time, reviewer, kind, reason, json.dumps(list(missing_criteria)), outcome,
                 recommendation))
            self.connection.execute("UPDATE cases SET state = 'decided', reviewer = ?, updated = ? WHERE id = ?",
                                    (reviewer, event.time, case_id))
        return event, cursor.lastrowid

    def set_decision_files(self, decision_id: int, markdown_path: str, json_path: str) -> None:
        self.connection.execute("UPDATE decisions SET summary_markdown = ?, summary_json = ? WHERE id = ?",
                                (markdown_path, json_path, decision_id))

    def decisions(self, case_id: str) -> list[DecisionRecord]:
        rows = self.connection.execute("SELECT * FROM decisions WHERE case_id = ? ORDER BY id", (case_id,)).fetchall()
        return [DecisionRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], tuple(json.loads(r[7])), r[8], r[9],
                               r[10], r[11]) for r in rows]
