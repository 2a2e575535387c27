"""``mrs-review triage``: an inbox assessed as ``assess --json`` would, resumable, never stopped by one bad packet."""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant import triage
from assistant.report import assessment_json
from assistant.service import assess_packet

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_notes"
ADDED_KEYS = {"packet_path", "content_hash", "pages", "seconds", "error", "due_date"}

FORM = """PRIOR AUTHORIZATION REQUEST FORM
Date of Request: {date}
Review type: {review}
Member DOB: 03/14/1971
CPT Code(s): 76390
ICD-10: C71.1
Body Part: Brain
Ordering Provider: Dana Whitfield, MD
"""
RADIOLOGY = """EXAM: MRI BRAIN WITH AND WITHOUT CONTRAST (CPT 70553)
Date of exam: 10/02/2025
CLINICAL HISTORY: Glioblastoma s/p resection and chemoradiation.
FINDINGS: There is a new 1.4 cm enhancing focus along the resection cavity.
IMPRESSION: New enhancing focus, indeterminate for tumor recurrence versus radiation necrosis.
"""
CLINIC_NOTE = """NEURO-ONCOLOGY FOLLOW-UP
Date: 10/06/2025
54-year-old woman with glioblastoma, IDH-wildtype, s/p resection 2024 and chemoradiation.
She reports new word-finding difficulty over two weeks. No seizures.
Plan: MR spectroscopy to help distinguish recurrence from treatment effect.
"""
HEADACHE_NOTE = """PRIMARY CARE NOTE
Date: 09/30/2025
Headache for three days. No focal deficits. No prior imaging.
Plan: MR spectroscopy requested by family.
"""


def sample_packets() -> list[Path]:
    if not SAMPLES.is_dir():
        return []
    return sorted(p for p in SAMPLES.iterdir() if p.is_dir() and p.name != "gold")


def write_pdf(path: Path, text: str) -> None:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=letter)
    y = 740
    for line in text.splitlines():
        pdf.drawString(56, y, line)
        y -= 14
    pdf.save()


def build_good_packets(inbox: Path) -> None:
    """Packets from sample_notes/ when three are there, else realistic ones written here."""
    samples = sample_packets()
    if len(samples) >= 3:
        # the three smallest: the suite stays quick, and scanned pages (OCR) are the big ones
        samples.sort(key=lambda folder: (sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()), folder.name))
        for sample in samples[:3]:
            shutil.copytree(sample, inbox / sample.name)
    else:
        urgent = inbox / "01_gbm_urgent"
        urgent.mkdir()
        (urgent / "form.txt").write_text(FORM.format(date="10/15/2025", review="[X] Expedited  [ ] Standard"))
        (urgent / "radiology.txt").write_text(RADIOLOGY)
        (urgent / "clinic.md").write_text(CLINIC_NOTE)
        standard = inbox / "02_headache_standard"
        standard.mkdir()
        (standard / "form.txt").write_text(FORM.format(date="10/14/2025", review="[ ] Expedited  [X] Standard"))
        (standard / "note.txt").write_text(HEADACHE_NOTE)
        (inbox / "03_loose_radiology.txt").write_text(RADIOLOGY)
    pytest.importorskip("reportlab")
    write_pdf(inbox / "04_faxed_packet.pdf", FORM.format(date="10/16/2025", review="[ ] Expedited  [X] Standard")
              + "\n" + RADIOLOGY)


@pytest.fixture()
def inbox(tmp_path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    build_good_packets(folder)
    (folder / "05_empty.pdf").write_bytes(b"")
    (folder / "06_not_really.pdf").write_text("This is a Word document saved with the wrong name.\n")
    (folder / "README.docx").write_text("not a packet: loose files other than PDF/.txt/.md are ignored")
    (folder / ".hidden").mkdir()
    return folder


def run_cli(*args, timeout=300, **kwargs):
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout, **kwargs)


def read_lines(path: Path) -> list[dict]:
    return [json.loads(raw) for raw in path.read_text(encoding="utf-8").splitlines()]


def assessment_part(line: dict) -> dict:
    return {key: value for key, value in line.items() if key not in ADDED_KEYS}


def test_each_line_is_the_assess_json_of_its_packet_and_bad_packets_carry_an_error(inbox, tmp_path):
    out = tmp_path / "triage.jsonl"
    result = run_cli("triage", str(inbox), "--out", str(out), "--jobs", "2", "--today", "2025-10-20")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    lines = read_lines(out)
    packets = triage.discover_packets(inbox)
    assert sorted(line["packet_path"] for line in lines) == sorted(p.shown_path for p in packets)
    assert not any(line["packet_path"].endswith(("README.docx", ".hidden")) for line in lines)

    by_path = {line["packet_path"]: line for line in lines}
    for packet in packets:
        line = by_path[packet.shown_path]
        assert line["content_hash"] == triage.content_hash(packet)
        if packet.name in ("05_empty.pdf", "06_not_really.pdf"):
            assert line["error"] and "\n" not in line["error"]
            assert line["pages"] == 0 and "outcome" not in line
            continue
        assert "error" not in line, line.get("error")
        expected = assessment_json(assess_packet(packet.shown_path), packet.shown_path)
        assert assessment_part(line) == json.loads(json.dumps(expected))
        assert line["pages"] == sum(d["pages"] for d in expected["packet"]["documents"]) > 0
        assert line["seconds"] >= 0

    one = next(p for p in packets if p.path.is_dir())
    printed = json.loads(run_cli("assess", one.shown_path, "--json").stdout)
    assert assessment_part(by_path[one.shown_path]) == printed

    assert "2 failed now" in result.stderr
    assert "outcomes:" in result.stderr and "failed 2" in result.stderr
    assert "queue as of 2025-10-20:" in result.stderr

    before = out.read_bytes()
    again = run_cli("triage", str(inbox), "--out", str(out), "--jobs", "2", "--today", "2025-10-20")
    assert again.returncode == 0, again.stderr
    assert f"0 assessed now, {len(packets)} already done" in again.stderr
    assert out.read_bytes() == before


def test_output_is_readable_by_the_user_only(inbox, tmp_path):
    out = tmp_path / "only-me.jsonl"
    (inbox / "05_empty.pdf").unlink()
    summary = triage.run_triage(inbox, out=out, engine_factory=InProcessEngine, stderr=io.StringIO())
    assert summary.assessed == len(triage.discover_packets(inbox))
    assert out.stat().st_mode & 0o077 == 0


class InProcessEngine:
    """The engine interface without processes, for tests of the parent's bookkeeping."""
    capacity = 1

    def __init__(self, request_date, policy_ref):
        self.request_date, self.policy_ref = request_date, policy_ref
        self.queue = []

    @property
    def in_flight(self):
        return len(self.queue)

    def submit(self, work):
        self.queue.append(work)

    def next_done(self):
        from assistant.triage_worker import assess_one

        work = self.queue.pop(0)
        return assess_one(str(work.packet.path), work.packet.shown_path, work.content_hash, self.request_date,
                          self.policy_ref)

    def abandon(self):
        self.queue.clear()

    def close(self):
        pass


def slow_inbox(folder: Path, count: int) -> Path:
    """Many packets, each a long note, so a batch is still running when the test stops it."""
    folder.mkdir()
    long_note = (CLINIC_NOTE + "\n" + RADIOLOGY + "\n") * 6
    for index in range(count):
        packet = folder / f"case_{index:03d}"
        packet.mkdir()
        (packet / "form.txt").write_text(FORM.format(date="10/15/2025", review="[X] Standard"))
        (packet / "notes.txt").write_text(f"Case {index}\n" + long_note)
    return folder


def wait_for_lines(out: Path, count: int, process, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= count:
            return
        if process.poll() is not None:
            pytest.fail("triage finished before the test could stop it")
        time.sleep(0.01)
    pytest.fail("triage wrote nothing in time")


def workers_gone(group: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def test_a_killed_batch_resumes_and_every_packet_is_there_exactly_once(tmp_path):
    inbox = slow_inbox(tmp_path / "inbox", 16)
    out = tmp_path / "triage.jsonl"
    args = [sys.executable, "-m", "assistant.cli", "triage", str(inbox), "--out", str(out), "--jobs", "2", "-q"]
    process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        wait_for_lines(out, 3, process)
        os.kill(process.pid, signal.SIGKILL)  # the parent only, as `kill -9 PID` does
        process.wait(timeout=30)
        assert workers_gone(process.pid, timeout=10), "workers outlived their killed triage"
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    first = read_lines(out)
    assert 3 <= len(first) < 16

    rerun = run_cli("triage", str(inbox), "--out", str(out), "--jobs", "2", "-q")
    assert rerun.returncode == 0, rerun.stderr
    lines = read_lines(out)
    assert sorted(line["packet_path"] for line in lines) == sorted(str(p) for p in inbox.iterdir())
    assert len({line["content_hash"] for line in lines}) == 16
    assert lines[:len(first)] == first
    assert not any("error" in line for line in lines)


def test_a_worker_that_dies_mid_batch_costs_no_packet(tmp_path):
    inbox = slow_inbox(tmp_path / "inbox", 16)
    out = tmp_path / "triage.jsonl"
    args = [sys.executable, "-m", "assistant.cli", "triage", str(inbox), "--out", str(out), "--jobs", "2", "-q"]
    process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        wait_for_lines(out, 2, process)
        children = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
        workers = [pid for pid in children if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]
        os.kill(int(workers[0]), signal.SIGKILL)  # as the out-of-memory killer would
        _, stderr = process.communicate(timeout=120)
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert process.returncode == 0, stderr
    lines = read_lines(out)
    assert sorted(line["packet_path"] for line in lines) == sorted(str(p) for p in inbox.iterdir())
    assert not any("error" in line for line in lines)


def test_ctrl_c_writes_the_packets_in_flight_and_says_how_far_it_got(tmp_path):
    inbox = slow_inbox(tmp_path / "inbox", 16)
    out = tmp_path / "triage.jsonl"
    args = [sys.executable, "-m", "assistant.cli", "triage", str(inbox), "--out", str(out), "--jobs", "1", "-q"]
    process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    wait_for_lines(out, 2, process)
    os.killpg(process.pid, signal.SIGINT)  # as a terminal does: the whole process group
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130
    assert "interrupted:" in stderr and "run the same command again" in stderr
    assert "Traceback" not in stderr
    done = read_lines(out)
    assert 2 <= len(done) < 16
    assert f"{len(done)}/16 packets done" in stderr


def test_a_torn_last_line_is_cut_away_and_its_packet_assessed_again(inbox, tmp_path):
    out = tmp_path / "triage.jsonl"
    stderr = io.StringIO()
    triage.run_triage(inbox, out=out, engine_factory=InProcessEngine, stderr=stderr)
    whole = out.read_bytes()
    last_start = whole.rstrip(b"\n").rfind(b"\n") + 1
    out.write_bytes(whole[:last_start + 40])  # killed in the middle of writing the last line
    summary = triage.run_triage(inbox, out=out, engine_factory=InProcessEngine, stderr=stderr)
    assert "cut a torn last line" in stderr.getvalue()
    assert summary.assessed == 1
    lines = read_lines(out)
    assert len(lines) == len({line["content_hash"] for line in lines}) == len(triage.discover_packets(inbox))


def test_a_changed_packet_is_assessed_again(inbox, tmp_path):
    out = tmp_path / "triage.jsonl"
    triage.run_triage(inbox, out=out, engine_factory=InProcessEngine, stderr=io.StringIO())
    changed = next(p for p in triage.discover_packets(inbox) if p.path.is_dir())
    (changed.path / "late_fax.txt").write_text("Addendum: patient is claustrophobic.\n")
    summary = triage.run_triage(inbox, out=out, engine_factory=InProcessEngine, stderr=io.StringIO())
    assert summary.assessed == 1
    assert read_lines(out)[-1]["packet_path"] == changed.shown_path


def test_content_hash_covers_names_and_bytes_not_the_inbox_location(tmp_path):
    first, second = tmp_path / "one", tmp_path / "two"
    for inbox in (first, second):
        (inbox / "case").mkdir(parents=True)
        (inbox / "case" / "a.txt").write_text("same")
    [a], [b] = triage.discover_packets(first), triage.discover_packets(second)
    assert triage.content_hash(a) == triage.content_hash(b)
    (second / "case" / "a.txt").rename(second / "case" / "b.txt")
    [b] = triage.discover_packets(second)
    assert triage.content_hash(a) != triage.content_hash(b)


def test_due_date_is_72_hours_when_urgent_else_7_calendar_days():
    assert triage.due_date({"request_date": "2025-10-15", "urgent": True}) == "2025-10-18"
    assert triage.due_date({"request_date": "2025-10-15", "urgent": False}) == "2025-10-22"
    assert triage.due_date({"request_date": "2025-12-29", "urgent": False}) == "2026-01-05"
    assert triage.due_date({"request_date": None, "urgent": True}) is None


def test_summary_counts_overdue_and_due_today_as_of_the_given_day():
    def record(outcome, due, error=None):
        return triage.TriageRecord("p", "h", outcome, False, None, due, error)

    summary = triage.TriageSummary(total=5)
    triage.tally(summary, [record("meets_criteria", "2025-10-17"), record("meets_criteria", "2025-10-18"),
                           record("insufficient_information", "2025-10-25"), record(None, None, "bad PDF"),
                           record("does_not_meet_criteria", None)], dt.date(2025, 10, 18))
    assert (summary.overdue, summary.due_today, summary.no_due_date) == (1, 1, 1)
    assert summary.outcomes == {"meets_criteria": 2, "insufficient_information": 1, "failed": 1,
                                "does_not_meet_criteria": 1}
    text = "\n".join(summary.lines(Path("triage.jsonl")))
    assert "queue as of 2025-10-18: 1 overdue, 1 due today, 1 without a request date" in text


def test_inbox_that_is_not_a_folder_is_one_line_exit_2(tmp_path):
    result = run_cli("triage", str(tmp_path / "missing"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "not a folder" in result.stderr


def test_scheduler_without_dask_names_the_extra(inbox, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    with pytest.raises(triage.IngestError, match=r"pip install -e '\.\[dask\]'"):
        triage.run_triage(inbox, out=tmp_path / "o.jsonl", scheduler="tcp://127.0.0.1:1", stderr=io.StringIO())


def test_dask_cluster_gives_the_same_lines_as_local_workers(inbox, tmp_path):
    distributed = pytest.importorskip("distributed")
    local_out, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    local = run_cli("triage", str(inbox), "--out", str(local_out), "--jobs", "1", "-q")
    assert local.returncode == 0, local.stderr
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        result = run_cli("triage", str(inbox), "--out", str(dask_out), "--scheduler", cluster.scheduler_address,
                         "-q")
    assert result.returncode == 0, result.stderr

    def comparable(path):
        return sorted((dict(line, seconds=None) for line in read_lines(path)), key=lambda line: line["packet_path"])

    assert comparable(dask_out) == comparable(local_out)


def test_db_puts_every_packet_in_the_review_store_and_the_queue_is_ordered_by_due_date(inbox, tmp_path):
    audit = pytest.importorskip("assistant.audit")
    db, out = tmp_path / "review.db", tmp_path / "triage.jsonl"
    summary = triage.run_triage(inbox, out=out, db=db, engine_factory=InProcessEngine, stderr=io.StringIO(),
                                today=dt.date(2025, 10, 20))
    lines = {line["packet_path"]: line for line in read_lines(out)}
    with audit.AuditStore(db) as store:
        cases = {case.path: case for case in store.cases()}
        assert set(cases) == {str(Path(path).resolve()) for path in lines}
        for path, line in lines.items():
            case = cases[str(Path(path).resolve())]
            assert case.id == audit.case_id_for(path)
            assert case.outcome == line.get("outcome") and case.state == "new"
            [event] = [e for e in store.events(case.id) if e.action == triage.TRIAGE_ACTION]
            assert event.after["due_date"] == line["due_date"] and event.after["error"] == line.get("error")
        queue = triage.due_queue(store, today=dt.date(2025, 10, 20))
    dated = [entry.due_date for entry in queue if entry.due_date]
    assert dated == sorted(dated) and all(entry.due_date is None for entry in queue[len(dated):])
    assert sum(entry.overdue for entry in queue) == summary.overdue

    fresh_out = tmp_path / "second.jsonl"
    again = triage.run_triage(inbox, out=fresh_out, db=db, engine_factory=InProcessEngine, stderr=io.StringIO(),
                              today=dt.date(2025, 10, 20))
    assert again.assessed == 0 and again.skipped == len(lines)  # the store alone is enough to skip
    assert (again.overdue, again.due_today, again.outcomes) == (summary.overdue, summary.due_today,
                                                                summary.outcomes)


def test_lines_written_before_a_kill_reach_the_store_on_the_next_run(inbox, tmp_path):
    audit = pytest.importorskip("assistant.audit")
    db, out = tmp_path / "review.db", tmp_path / "triage.jsonl"
    triage.run_triage(inbox, out=out, engine_factory=InProcessEngine, stderr=io.StringIO())  # no store yet
    again = triage.run_triage(inbox, out=out, db=db, engine_factory=InProcessEngine, stderr=io.StringIO())
    assert again.assessed == 0
    with audit.AuditStore(db) as store:
        assert len(store.cases()) == len(read_lines(out))


def test_dask_is_imported_only_for_scheduler_runs():
    code = ("import sys, assistant.cli, assistant.triage, assistant.triage_worker; "
            "assistant.cli.build_parser(); print(any(m.split('.')[0] in ('dask', 'distributed') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.stdout.strip() == "False", result.stderr
