"""``mrs-review triage INBOX``: assess a whole inbox ahead of the reviewers.

Each sub-folder of INBOX is a packet, and so is each loose PDF / .txt / .md file.
Every packet is assessed exactly as ``assess --json`` would assess it (same
function, same JSON) and becomes one line of a JSON Lines file, plus
``packet_path``, ``content_hash``, ``pages``, ``seconds``, ``due_date`` and, when
it failed, ``error``.

Resumable by construction: a line is written whole with one ``os.write`` on an
``O_APPEND`` descriptor and fsynced before the next; a torn tail left by a killed
run is cut away on start; packets whose content hash already has a line (or is
in the review store) are skipped. A killed batch loses only the packets that
were in flight.

Work runs in worker processes (``--jobs``) that each load the pipeline once, or
on an existing Dask cluster (``--scheduler``); the parent alone writes. With
``--db`` each result also becomes a case of the review store, right after its
line is written; ``due_queue(store)`` orders the store's cases by due date.
"""
from __future__ import annotations

import argparse
import datetime as dt
import fcntl
import hashlib
import json
import logging
import os
import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, TextIO

from extractors.types import IngestError

log = logging.getLogger(__name__)

PACKET_SUFFIXES = (".pdf", ".txt", ".md")
DEFAULT_OUT_NAME = "triage.jsonl"
URGENT_DAYS = 3  # CMS-0057-F: 72 hours for an expedited request
STANDARD_DAYS = 7  # and 7 calendar days for a standard one
DASK_MISSING = "--scheduler needs Dask: pip install -e '.[dask]'"


# --------------------------------------------------------------------------- the inbox

@dataclass(frozen=True, slots=True)
class InboxPacket:
    """One packet of the inbox: a sub-folder or a loose document."""
    path: Path
    name: str  # relative to the inbox: the folder name or the file name
    files: tuple[tuple[str, Path], ...]  # (name relative to the inbox, path), sorted by name

    @property
    def shown_path(self) -> str:
        return str(self.path)


def discover_packets(inbox: Path) -> list[InboxPacket]:
    """Sub-folders and loose PDF/.txt/.md files of ``inbox``, hidden entries left out, sorted by name."""
    if not inbox.is_dir():
        raise IngestError(f"{inbox}: not a folder (triage takes an inbox folder of packets)")
    packets = []
    for entry in sorted(inbox.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            files = tuple(sorted((f.relative_to(inbox).as_posix(), f) for f in entry.rglob("*") if f.is_file()))
            packets.append(InboxPacket(entry, entry.name, files))
        elif entry.is_file() and entry.suffix.lower() in PACKET_SUFFIXES:
            packets.append(InboxPacket(entry, entry.name, ((entry.name, entry),)))
    return packets


def content_hash(packet: InboxPacket) -> str:
    """sha256 over the packet's files' names (relative to the inbox) and bytes, in name order.

    Names are length-prefixed so no two different packets can feed the same bytes.
    The packet's own name is part of it, so two identical copies in one inbox stay
    two packets; an edited or added file gives a new hash and a new assessment."""
    digest = hashlib.sha256()
    for relative_name, path in packet.files:
        encoded = relative_name.encode("utf-8")
        digest.update(len(encoded).to_bytes(8, "big") + encoded)
        try:
            content = path.read_bytes()
        except OSError:
            content = b""  # unreadable: the assessment will say why
        digest.update(len(content).to_bytes(8, "big") + content)
    return digest.hexdigest()


# --------------------------------------------------------------------------- the output file

@dataclass(slots=True)
class TriageRecord:
    """What the summary and the queue need from one line."""
    packet_path: str
    content_hash: str
    outcome: str | None
    urgent: bool
    request_date: str | None
    due_date: str | None
    error: str | None


def due_date(request: dict | None) -> str | None:
    """Request date + 72 hours when the form marks it urgent / expedited, + 7 calendar days otherwise."""
    request = request or {}
    if not request.get("request_date"):
        return None
    try:
        requested = dt.date.fromisoformat(request["request_date"])
    except ValueError:
        return None
    return (requested + dt.timedelta(days=URGENT_DAYS if request.get("urgent") else STANDARD_DAYS)).isoformat()


def record_of(line: dict) -> TriageRecord:
    request = line.get("request") or {}
    return TriageRecord(packet_path=line.get("packet_path", ""), content_hash=line.get("content_hash", ""),
                        outcome=line.get("outcome"), urgent=bool(request.get("urgent")),
                        request_date=request.get("request_date"), due_date=line.get("due_date") or due_date(request),
                        error=line.get("error"))


class TriageLog:
    """The JSON Lines output, opened for append and locked against a second triage on the same file."""

    def __init__(self, path: Path):
        self.path = path
        self.records: dict[str, TriageRecord] = {}  # content hash -> record; lines stay on disk
        self.repaired_bytes = 0
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
        except OSError as error:
            raise IngestError(f"{path}: cannot write the triage output ({error.strerror})") from None
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(self.fd)
            raise IngestError(f"{path}: another triage is writing this file") from None
        self._cut_torn_tail()
        for line in self.lines():
            self.records[line["content_hash"]] = record_of(line)

    def _cut_torn_tail(self) -> None:
        """A run killed mid-write can leave a last line without its newline: cut it, its packet is redone."""
        size = os.fstat(self.fd).st_size
        end = size
        chunk = 1 << 16
        while end > 0:
            start = max(0, end - chunk)
            block = os.pread(self.fd, end - start, start)
            newline = block.rfind(b"\n")
            if newline >= 0:
                end = start + newline + 1
                break
            end = start
        if end < size:
            self.repaired_bytes = size - end
            os.ftruncate(self.fd, end)
            os.fsync(self.fd)

    def lines(self) -> Iterable[dict]:
        """Every whole line of the file, parsed, read as a stream (a day's output can be hundreds of MB)."""
        with open(self.path, "rb") as existing:
            for number, raw in enumerate(existing, 1):
                if not raw.strip():
                    continue
                try:
                    line = json.loads(raw)
                except ValueError:
                    log.warning("%s line %d is not JSON; ignored", self.path.name, number)
                    continue
                if isinstance(line, dict) and line.get("content_hash"):
                    yield line

    def append(self, line: dict) -> None:
        """One whole line per ``os.write`` on an O_APPEND descriptor, on disk before we go on."""
        data = (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")
        written = os.write(self.fd, data)
        while written < len(data):  # only a full disk writes short; finish the line rather than tear it
            written += os.write(self.fd, data[written:])
        os.fsync(self.fd)
        self.records[line["content_hash"]] = record_of(line)

    def close(self) -> None:
        os.close(self.fd)


# --------------------------------------------------------------------------- the review store

TRIAGE_ACTION = "triage"
TRIAGE_REVIEWER = "mrs-review triage"


class ReviewStore:
    """Triage results in the review store (assistant/audit.py), so ``mrs-review review INBOX`` opens on them.

    Each triaged packet is its case (``case_id_for``, the id the review workspace uses)
    with the outcome and request date, plus one ``triage`` bookkeeping event whose
    ``after`` holds what the queue needs and the cases table lacks: due date, urgency,
    content hash, error. Replay treats unknown actions as bookkeeping, so reviewer
    state is untouched."""

    def __init__(self, path: Path):
        from assistant.audit import AuditStore, StoreError

        try:
            self.store = AuditStore(path)
        except StoreError as error:
            raise IngestError(str(error)) from None
        self.triaged: dict[str, dict] = {}  # case id -> the latest triage event's ``after``
        for event in self.store.iter_all_events():
            if event.action == TRIAGE_ACTION and isinstance(event.after, dict):
                self.triaged[event.case_id] = event.after

    @staticmethod
    def case_id(packet: InboxPacket) -> str:
        from assistant.audit import case_id_for

        return case_id_for(packet.path)

    def record(self, case_id: str) -> TriageRecord | None:
        after = self.triaged.get(case_id)
        if after is None:
            return None
        return TriageRecord(packet_path=after.get("packet_path", ""), content_hash=after.get("content_hash", ""),
                            outcome=after.get("outcome"), urgent=bool(after.get("urgent")),
                            request_date=after.get("request_date"), due_date=after.get("due_date"),
                            error=after.get("error"))

    def upsert(self, case_id: str, line: dict) -> None:
        """The case with the assessment's outcome, then the triage event; each committed when written."""
        request = line.get("request") or {}
        path = str(Path(line["packet_path"]).resolve())  # the workspace keys its queue rows by resolved path
        self.store.upsert_case(case_id, path, request_date=request.get("request_date"), outcome=line.get("outcome"),
                               recommendation=line.get("recommendation"))
        after = {"packet_path": path, "content_hash": line["content_hash"], "outcome": line.get("outcome"),
                 "recommendation": line.get("recommendation"), "request_date": request.get("request_date"),
                 "urgent": bool(request.get("urgent")), "due_date": line.get("due_date"), "error": line.get("error"),
                 "pages": line.get("pages"), "seconds": line.get("seconds")}
        self.store.append(case_id, TRIAGE_REVIEWER, TRIAGE_ACTION, target=line["content_hash"], after=after)
        self.triaged[case_id] = after

    def close(self) -> None:
        self.store.close()


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """One case of the review queue, with when its decision is due."""
    case: object  # assistant.audit.CaseRecord
    due_date: str | None
    urgent: bool
    overdue: bool
    due_today: bool
    error: str | None


def due_queue(store, today: dt.date | None = None) -> list[QueueEntry]:
    """The store's cases ordered by due date (overdue first, then due today, ...; no known date last).

    For the review workspace's queue: ``store`` is an ``assistant.audit.AuditStore``. A
    case triage never saw gets its due date from its request date as a standard request."""
    today_text = (today or dt.date.today()).isoformat()
    triaged: dict[str, dict] = {}
    for event in store.iter_all_events():
        if event.action == TRIAGE_ACTION and isinstance(event.after, dict):
            triaged[event.case_id] = event.after
    entries = []
    for case in store.cases():
        after = triaged.get(case.id, {})
        urgent = bool(after.get("urgent"))
        due = after.get("due_date") or due_date({"request_date": case.request_date, "urgent": urgent})
        entries.append(QueueEntry(case=case, due_date=due, urgent=urgent,
                                  overdue=bool(due) and due < today_text and case.state != "decided",
                                  due_today=due == today_text, error=after.get("error")))
    entries.sort(key=lambda entry: (entry.case.state == "decided", entry.due_date is None, entry.due_date or "",
                                    not entry.urgent, entry.case.path))
    return entries


# --------------------------------------------------------------------------- engines

@dataclass(slots=True)
class Work:
    packet: InboxPacket
    content_hash: str
    attempts: int = 0


def failed_line(work: Work, error: str) -> dict:
    return {"packet_path": work.packet.shown_path, "content_hash": work.content_hash, "pages": 0, "seconds": 0.0,
            "error": error}


class LocalEngine:
    """Worker processes on this machine, each loading the pipeline once (its initializer)."""

    def __init__(self, jobs: int, request_date: str | None, policy_ref: str):
        self.jobs = jobs
        self.request_date = request_date
        self.policy_ref = policy_ref
        self.capacity = 2 * jobs  # one running and one queued per worker: no worker waits on the parent
        self.futures: dict = {}  # future -> (work, generation of the pool it went to)
        self.done: list = []
        self.retry: list[Work] = []
        self.generation = 0
        self.executor = self._new_executor()

    def _new_executor(self):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from assistant.triage_worker import init_local_worker

        # spawn: a clean interpreter per worker, no inherited threads or locks from the parent
        return ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=init_local_worker, initargs=(self.policy_ref,))

    @property
    def in_flight(self) -> int:
        return len(self.futures) + len(self.retry)

    def submit(self, work: Work) -> None:
        from concurrent.futures.process import BrokenProcessPool

        from assistant.triage_worker import assess_one

        work.attempts += 1
        arguments = (str(work.packet.path), work.packet.shown_path, work.content_hash, self.request_date,
                     self.policy_ref)
        try:
            future = self.executor.submit(assess_one, *arguments)
        except BrokenProcessPool:
            # a worker died after the last result was read: a fresh pool takes this packet, and the
            # packets in flight in the old one fail there and are retried by next_done (same generation rule)
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.generation += 1
            self.executor = self._new_executor()
            future = self.executor.submit(assess_one, *arguments)
        self.futures[future] = (work, self.generation)

    def next_done(self) -> dict:
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        while not self.done:
            if self.retry and not self.futures:
                for work in self.retry:
                    self.submit(work)
                self.retry.clear()
            finished, _ = wait(list(self.futures), return_when=FIRST_COMPLETED)
            self.done.extend(finished)
        future = self.done.pop()
        work, generation = self.futures.pop(future)
        try:
            return future.result()
        except BrokenProcessPool:
            # A worker died (killed, out of memory, a crash in a PDF library). Every
            # packet in flight fails with it; each gets one more try in a fresh pool,
            # so only a packet that kills a worker twice is marked.
            if generation == self.generation:
                self.executor.shutdown(wait=False, cancel_futures=True)
                self.generation += 1
                self.executor = self._new_executor()
            if work.attempts < 2:
                self.retry.append(work)
                return self.next_done()
            return failed_line(work, "the worker process died while assessing this packet")
        except Exception as error:  # pickling trouble and the like: this packet only
            from assistant.triage_worker import one_sentence

            return failed_line(work, one_sentence(error))

    def abandon(self) -> None:
        """Second Ctrl-C: stop the workers now; their packets are simply not written."""
        # Python 3.14 has ProcessPoolExecutor.terminate_workers(); before it, the pool's own table
        for process in list((getattr(self.executor, "_processes", None) or {}).values()):
            process.terminate()
        self.futures.clear()
        self.retry.clear()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


class DaskEngine:
    """The same work on an existing Dask distributed cluster; the packets travel as bytes."""

    def __init__(self, address: str, request_date: str | None, policy_ref: str):
        try:
            from dask.distributed import Client, as_completed
        except ImportError:
            raise IngestError(DASK_MISSING) from None
        self.request_date = request_date
        self.policy_ref = policy_ref
        try:
            self.client = Client(address, timeout="20s")
        except (OSError, TimeoutError, ValueError) as error:  # refused, timed out, not an address
            raise IngestError(f"cannot reach the Dask scheduler at {address} ({' '.join(str(error).split())})") from None
        threads = sum(self.client.nthreads().values())
        self.capacity = max(2, 2 * threads)
        self.pending = as_completed(with_results=False)
        self.futures: dict[str, tuple[object, Work]] = {}  # key -> (future, work)

    @property
    def in_flight(self) -> int:
        return len(self.futures)

    def submit(self, work: Work) -> None:
        from assistant.triage_worker import assess_shipped

        files = []
        for relative_name, path in work.packet.files:
            try:
                files.append((relative_name, path.read_bytes()))
            except OSError:
                files.append((relative_name, b""))
        future = self.client.submit(assess_shipped, files, work.packet.name, work.packet.shown_path,
                                    work.content_hash, self.request_date, self.policy_ref,
                                    key=f"mrs-triage-{work.content_hash}-{time.monotonic_ns()}", retries=1)
        self.futures[future.key] = (future, work)
        self.pending.add(future)

    def next_done(self) -> dict:
        future = next(self.pending)
        _, work = self.futures.pop(future.key)
        try:
            return future.result()
        except Exception as error:  # the task died twice on its workers: this packet only
            from assistant.triage_worker import one_sentence

            return failed_line(work, one_sentence(error))
        finally:
            future.release()

    def abandon(self) -> None:
        self.client.cancel([future for future, _ in self.futures.values()])
        self.futures.clear()

    def close(self) -> None:
        self.client.close()


# --------------------------------------------------------------------------- progress and summary

class TriageProgress:
    """Packets done/total, failures and pages per second on stderr; redrawn on a terminal, a line a while otherwise."""

    def __init__(self, total: int, stream: TextIO, enabled: bool = True, every: float = 10.0):
        self.total = total
        self.stream = stream
        self.enabled = enabled and total > 0
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self.every = 0.2 if self.tty else every
        self.started = time.monotonic()
        self.last = 0.0
        self.shown = False

    def update(self, done: int, failed: int, pages: int, assessed: int | None = None, force: bool = False) -> None:
        now = time.monotonic()
        if not self.enabled or (not force and now - self.last < self.every):
            return
        self.last = now
        elapsed = max(now - self.started, 1e-9)
        width = 24
        filled = int(width * done / self.total)
        rate = pages / elapsed
        eta = ""
        assessed = done if assessed is None else assessed
        if assessed and done < self.total:
            eta = f"  ETA {_duration(elapsed / assessed * (self.total - done))}"
        text = (f"[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} packets  {failed} failed  "
                f"{rate:.1f} pages/s{eta}")
        if self.tty:
            self.stream.write("\r" + text.ljust(79))
            self.shown = True
        else:
            self.stream.write(text + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * 79 + "\r")
            self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


@dataclass(slots=True)
class TriageSummary:
    total: int = 0  # packets in the inbox
    assessed: int = 0  # lines written by this run
    skipped: int = 0  # already in the output or the store
    failed_now: int = 0
    pages: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    abandoned: int = 0  # in flight when a second Ctrl-C stopped the workers
    outcomes: Counter = field(default_factory=Counter)  # over the whole inbox, failures as "failed"
    overdue: int = 0
    due_today: int = 0
    no_due_date: int = 0
    today: str = ""

    def lines(self, out: Path) -> list[str]:
        rate = self.pages / self.seconds if self.seconds else 0.0
        done = self.assessed + self.skipped
        head = (f"triage: {done}/{self.total} packets done ({self.assessed} assessed now, {self.skipped} already "
                f"done); {self.failed_now} failed now; {self.pages} pages in {_duration(self.seconds)} "
                f"({rate:.1f} pages/s)")
        result = [head]
        if self.interrupted:
            left = self.total - done
            result.append(f"interrupted: {left} packets not checked or assessed"
                          + (f" ({self.abandoned} abandoned in flight)" if self.abandoned else "")
                          + "; run the same command again to continue")
        if self.outcomes:
            order = ["meets_criteria", "does_not_meet_criteria", "insufficient_information", "failed"]
            names = sorted(self.outcomes, key=lambda name: (order.index(name) if name in order else len(order), name))
            result.append("outcomes: " + ", ".join(f"{name} {self.outcomes[name]}" for name in names))
        result.append(f"queue as of {self.today}: {self.overdue} overdue, {self.due_today} due today"
                      + (f", {self.no_due_date} without a request date" if self.no_due_date else ""))
        return result


def tally(summary: TriageSummary, records: Iterable[TriageRecord], today: dt.date) -> None:
    summary.today = today.isoformat()
    for record in records:
        summary.outcomes["failed" if record.error else (record.outcome or "unknown")] += 1
        if record.error:
            continue
        if record.due_date is None:
            summary.no_due_date += 1
        elif record.due_date < summary.today:
            summary.overdue += 1
        elif record.due_date == summary.today:
            summary.due_today += 1


# --------------------------------------------------------------------------- the run

class _StopRequest:
    """First Ctrl-C: submit nothing more and write what is in flight. Second: abandon it."""

    def __init__(self, stream: TextIO):
        self.stream = stream
        self.requested = False
        self.previous = None

    def __enter__(self):
        try:
            self.previous = signal.signal(signal.SIGINT, self._handle)
        except ValueError:  # not the main thread (tests calling run_triage from a thread)
            self.previous = None
        return self

    def _handle(self, signum, frame) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True
        self.stream.write("\ntriage: stopping; writing the packets in flight (Ctrl-C again to abandon them)\n")
        self.stream.flush()

    def __exit__(self, *exc) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)


def run_triage(inbox: Path, out: Path | None = None, jobs: int | None = None, scheduler: str | None = None,
               db: Path | None = None, request_date: str | None = None, today: dt.date | None = None,
               policy_ref: str = "mrs-76390", stderr: TextIO | None = None, progress: bool = True,
               engine_factory: Callable | None = None) -> TriageSummary:
    """Triage every packet of ``inbox`` not yet in ``out`` (or the store); the summary of the whole inbox."""
    from assistant.service import check_request_date

    stderr = stderr or sys.stderr
    request_date = check_request_date(request_date)
    today = today or dt.date.today()
    inbox = Path(inbox)
    packets = discover_packets(inbox)
    out = Path(out) if out else inbox / DEFAULT_OUT_NAME
    triage_log = TriageLog(out)
    store = ReviewStore(Path(db)) if db else None
    summary = TriageSummary(total=len(packets))
    try:
        if triage_log.repaired_bytes:
            stderr.write(f"triage: cut a torn last line ({triage_log.repaired_bytes} bytes) from {out.name}\n")
        done_hashes = set(triage_log.records)
        case_ids: dict[str, str] = {}  # content hash -> store case id, for the packets of this run
        not_in_store: set[str] = set()  # lines on file whose case the store lacks (killed between the two)
        store_only: list[TriageRecord] = []
        inbox_hashes: set[str] = set()

        def pending_work() -> Iterable[Work]:
            # hashed as the batch goes, so the workers load their pipeline while the inbox is read
            for packet in packets:
                packet_hash = content_hash(packet)
                inbox_hashes.add(packet_hash)
                in_store = False
                if store:
                    case_ids[packet_hash] = case_id = store.case_id(packet)
                    in_store = case_id in store.triaged
                    if packet_hash in done_hashes and not in_store:
                        not_in_store.add(packet_hash)
                    elif in_store and packet_hash not in done_hashes:
                        store_only.append(store.record(case_id))
                if packet_hash in done_hashes or in_store:
                    summary.skipped += 1
                else:
                    yield Work(packet, packet_hash)

        _run_work(pending_work(), triage_log, store, case_ids, summary, stderr, progress, request_date, policy_ref,
                  jobs, scheduler, engine_factory)
        if not_in_store:
            for line in triage_log.lines():
                if line["content_hash"] in not_in_store:
                    store.upsert(case_ids[line["content_hash"]], line)
        records = [record for hash_, record in triage_log.records.items() if hash_ in inbox_hashes] + store_only
        tally(summary, records, today)
    finally:
        triage_log.close()
        if store:
            store.close()
    return summary


def _make_engine(request_date: str | None, policy_ref: str, jobs: int | None, scheduler: str | None,
                 engine_factory: Callable | None):
    if engine_factory:
        return engine_factory(request_date, policy_ref)
    if scheduler:
        return DaskEngine(scheduler, request_date, policy_ref)
    return LocalEngine(jobs or available_cores(), request_date, policy_ref)


def available_cores() -> int:
    """The cores this process may run on (a container or ``taskset`` can allow fewer than the machine has)."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter:
        return counter() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _run_work(queue: Iterable[Work], triage_log: TriageLog, store: ReviewStore | None, case_ids: dict[str, str],
              summary: TriageSummary,
              stderr: TextIO, show_progress: bool, request_date: str | None, policy_ref: str, jobs: int | None,
              scheduler: str | None, engine_factory: Callable | None) -> None:
    """Keep the engine fed from ``queue``; write each result whole as it arrives. The engine starts with the first
    packet that needs it, so a rerun with nothing left to do starts no worker and contacts no cluster."""
    bar = TriageProgress(summary.total, stderr, enabled=show_progress)
    started = time.monotonic()
    queue = iter(queue)
    engine = None
    try:
        with _StopRequest(stderr) as stop:
            def fill() -> None:
                nonlocal engine
                while not stop.requested and (engine is None or engine.in_flight < engine.capacity):
                    work = next(queue, None)
                    if work is None:
                        return
                    if engine is None:
                        engine = _make_engine(request_date, policy_ref, jobs, scheduler, engine_factory)
                    engine.submit(work)

            try:
                fill()
                while engine is not None and engine.in_flight:
                    line = engine.next_done()
                    line["due_date"] = None if line.get("error") else due_date(line.get("request"))
                    triage_log.append(line)
                    if store:
                        store.upsert(case_ids[line["content_hash"]], line)
                    summary.assessed += 1
                    summary.failed_now += bool(line.get("error"))
                    summary.pages += line.get("pages") or 0
                    bar.update(summary.assessed + summary.skipped, summary.failed_now, summary.pages,
                               assessed=summary.assessed)
                    fill()
            except KeyboardInterrupt:
                summary.abandoned = engine.in_flight if engine is not None else 0
                if engine is not None:
                    engine.abandon()
            summary.interrupted = stop.requested
    finally:
        bar.finish()
        summary.seconds = time.monotonic() - started
        if engine is not None:
            engine.close()


# --------------------------------------------------------------------------- command line

def add_triage_command(subparsers) -> None:
    triage = subparsers.add_parser(
        "triage", help="assess every packet of an inbox folder ahead of the reviewers (resumable)",
        description="Assess every packet of INBOX (each sub-folder, and each loose PDF/.txt/.md file) exactly as "
                    "'assess --json' would, one JSON line per packet. Packets already in the output (same content "
                    "hash) are skipped, so an interrupted run continues where it stopped. Progress and the summary "
                    "go to stderr.")
    triage.add_argument("inbox", metavar="INBOX", help="a folder of packets")
    triage.add_argument("--out", metavar="FILE.jsonl",
                        help=f"the JSON Lines output, appended to (default: INBOX/{DEFAULT_OUT_NAME})")
    triage.add_argument("--jobs", type=_positive_int, metavar="N",
                        help="worker processes, each loading the pipeline once (default: the number of cores)")
    triage.add_argument("--scheduler", metavar="ADDRESS",
                        help="send the work to this Dask distributed scheduler (tcp://HOST:PORT) instead of local "
                             "workers; needs pip install -e '.[dask]'")
    triage.add_argument("--db", metavar="FILE", help="also put the results in this review store (see 'review --db'), so the review "
                             "queue opens on them ordered by due date")
    triage.add_argument("--request-date", metavar="YYYY-MM-DD",
                        help="the request date for every packet (default: each packet's request form)")
    triage.add_argument("--today", metavar="YYYY-MM-DD", type=_iso_date,
                        help="count due and overdue cases as of this date (default: today)")
    triage.add_argument("--policy", default="mrs-76390",
                        help="policy id in lexicons/policies or a YAML path (default: %(default)s)")
    triage.add_argument("-q", "--quiet", action="store_true", help="no progress bar on stderr (the summary stays)")
    triage.set_defaults(handler=cmd_triage)


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, got {value!r}")
    return number


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be YYYY-MM-DD, got {value!r}") from None


def cmd_triage(args) -> int:
    from assistant.policy import load_policy
    from extractors.lexicon import LexiconError

    try:
        load_policy(args.policy)  # a bad policy is one line now, not one per packet
    except LexiconError as error:
        raise IngestError(str(error)) from None
    summary = run_triage(Path(args.inbox), out=Path(args.out) if args.out else None, jobs=args.jobs,
                         scheduler=args.scheduler, db=Path(args.db) if args.db else None,
                         request_date=args.request_date, today=args.today, policy_ref=args.policy,
                         progress=not args.quiet)
    out = Path(args.out) if args.out else Path(args.inbox) / DEFAULT_OUT_NAME
    for text in summary.lines(out):
        sys.stderr.write(text + "\n")
    return 130 if summary.interrupted else 0
