"""Triage throughput: packets per second for --jobs 1 and --jobs 2 on an inbox of copied sample
packets, the scaling efficiency, peak memory per worker, and the time a day's inbox of
10,000 packets would take. Targets: efficiency >= 0.8 on 2 cores; 10,000 packets < 3 h.

Each run is the real command (``python -m assistant.cli triage INBOX --jobs N``) in a fresh
process on a fresh output file, so worker start-up and pipeline loading are counted.
Peak memory is each process's VmHWM from /proc, polled while it runs (Linux).
"others" is how many cores other processes kept busy during a run: on a shared
machine the wall-clock figures (and the scaling efficiency) are only meaningful
when it is near 0; CPU seconds per packet hold either way.

The inbox is copies of sample_notes/ packets; while fewer than --min-samples exist
there, real transcriptions from ../shared/extdata/mtsamples_neuro fill in, each with
a request form, so the text is text nobody on the team wrote. Half of those notes
are rendered as PDFs (reportlab, from the test extra) since inboxes are mostly faxes.

    python benchmarks/triage_bench.py [--packets 200] [--jobs 1,2]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_notes"
MTSAMPLES = ROOT.parent / "shared" / "extdata" / "mtsamples_neuro"
DAY_INBOX = 10_000
FORM = """PRIOR AUTHORIZATION REQUEST FORM
Date of Request: 10/{day:02d}/2025
Review type: {review}
CPT Code(s): 76390
Body Part: Brain
"""


def sources(min_samples: int) -> tuple[list[Path], str]:
    samples = sorted(p for p in SAMPLES.iterdir() if p.is_dir() and p.name != "gold") if SAMPLES.is_dir() else []
    if len(samples) >= min_samples or not MTSAMPLES.is_dir():
        return samples, f"{len(samples)} sample_notes packets"
    return samples + sorted(MTSAMPLES.glob("mts_*.txt")), \
        f"{len(samples)} sample_notes packets + mtsamples_neuro transcriptions with a request form"


def build_inbox(inbox: Path, count: int, min_samples: int, pdfs: bool = True) -> tuple[str, int]:
    """``count`` packets copied round-robin from the sources; returns a description and the bytes written."""
    originals, description = sources(min_samples)
    if not originals:
        sys.exit("triage_bench: no packets in sample_notes/ and no ../shared/extdata/mtsamples_neuro")
    inbox.mkdir(parents=True)
    write_pdf = pdf_writer() if pdfs else None
    for index in range(count):
        original = originals[index % len(originals)]
        target = inbox / f"{index:05d}_{original.stem}"
        if original.is_dir():
            shutil.copytree(original, target)
        else:
            target.mkdir()
            review = "[X] Expedited" if index % 4 == 0 else "[X] Standard"
            (target / "request_form.txt").write_text(FORM.format(day=1 + index % 28, review=review))
            if index % 2 and write_pdf:
                write_pdf(target / f"{original.stem}.pdf", original.read_text(encoding="utf-8", errors="replace"))
            else:
                shutil.copy(original, target / original.name)
    size = sum(f.stat().st_size for f in inbox.rglob("*") if f.is_file())
    return description, size


def pdf_writer():
    """A function writing text as a PDF with a text layer, or None without reportlab."""
    try:
        from reportlab.lib.pagesizes import letter
        from reportlab.pdfgen import canvas
    except ImportError:
        return None
    import textwrap

    def write(path: Path, text: str) -> None:
        pdf = canvas.Canvas(str(path), pagesize=letter)
        y = 750
        for paragraph in text.splitlines():
            for line in textwrap.wrap(paragraph, 95) or [""]:
                if y < 50:
                    pdf.showPage()
                    y = 750
                pdf.drawString(40, y, line)
                y -= 12
        pdf.save()

    return write


def descendants(pid: int) -> set[int]:
    children = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            continue
    for child in list(children):
        children |= descendants(child)
    return children


def peak_rss_kib(pid: int) -> int | None:
    try:
        for row in Path(f"/proc/{pid}/status").read_text().splitlines():
            if row.startswith("VmHWM:"):
                return int(row.split()[1])
    except OSError:
        return None
    return None


def cpu_busy_seconds() -> float:
    """CPU seconds all processes of the machine have used since boot (/proc/stat; 0 where it does not exist)."""
    try:
        fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except OSError:
        return 0.0
    return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def cores_busy(seconds: float = 1.0) -> float:
    """How many cores other processes keep busy right now (from /proc/stat; 0 where it does not exist)."""
    def sample() -> tuple[int, int]:
        fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        idle = fields[3] + fields[4]
        return sum(fields) - idle, sum(fields)

    try:
        busy_before, total_before = sample()
        time.sleep(seconds)
        busy_after, total_after = sample()
    except OSError:
        return 0.0
    share = (busy_after - busy_before) / max(total_after - total_before, 1)
    return share * (os.cpu_count() or 1)


def children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_triage(inbox: Path, jobs: int, out: Path) -> tuple[float, float, float, float, int, dict[int, int]]:
    """Wall seconds, seconds to the first line written, CPU seconds of triage and its workers, cores other
    processes kept busy meanwhile, parent peak RSS (KiB), each worker's peak RSS (KiB)."""
    cpu_before = children_cpu_seconds()
    machine_before = cpu_busy_seconds()
    command = [sys.executable, "-m", "assistant.cli", "triage", str(inbox), "--out", str(out), "--jobs", str(jobs),
               "-q"]
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    worker_peaks: dict[int, int] = {}
    parent_peak = 0
    first_line = None
    while process.poll() is None:
        if first_line is None and out.exists() and out.stat().st_size:
            first_line = time.perf_counter() - started
        parent_peak = max(parent_peak, peak_rss_kib(process.pid) or 0)
        for child in descendants(process.pid):
            peak = peak_rss_kib(child)
            if peak:
                worker_peaks[child] = max(worker_peaks.get(child, 0), peak)
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    stderr = process.stderr.read()
    if process.returncode != 0:
        sys.exit(f"triage_bench: triage --jobs {jobs} failed:\n{stderr}")
    # the spawn machinery's resource tracker is a child too; workers are the ones that loaded the pipeline
    workers = dict(sorted(worker_peaks.items(), key=lambda item: -item[1])[:jobs])
    ours = children_cpu_seconds() - cpu_before
    others = max(0.0, cpu_busy_seconds() - machine_before - ours) / seconds  # cores other processes used meanwhile
    return seconds, first_line or seconds, ours, others, parent_peak, workers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--packets", type=int, default=200, help="packets in the inbox (default: %(default)s)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values (default: %(default)s)")
    parser.add_argument("--min-samples", type=int, default=10,
                        help="below this many sample_notes packets, mtsamples transcriptions fill in")
    parser.add_argument("--text-only", action="store_true", help="no PDFs among the mtsamples fill-ins")
    args = parser.parse_args()
    jobs_values = [int(value) for value in args.jobs.split(",")]

    with tempfile.TemporaryDirectory(prefix="triage-bench-") as scratch:
        inbox = Path(scratch) / "inbox"
        description, size = build_inbox(inbox, args.packets, args.min_samples, pdfs=not args.text_only)
        print(f"inbox: {args.packets} packets ({size / 1e6:.1f} MB) from {description}")
        busy = cores_busy()
        if busy > 0.2:
            print(f"warning: other processes kept {busy:.1f} cores busy before the runs, so --jobs 2 is "
                  f"understated (CPU s/packet is not)")
        print(f"{'jobs':>4} {'seconds':>8} {'start s':>7} {'packets/s':>9} {'steady':>7} {'pages/s':>8} "
              f"{'CPU s/pkt':>9} {'others':>6} {'parent MiB':>10} {'worker peak MiB':>16}")
        rates: dict[int, float] = {}
        steady: dict[int, float] = {}
        startup: dict[int, float] = {}
        for jobs in jobs_values:
            out = Path(scratch) / f"triage-{jobs}.jsonl"
            seconds, startup[jobs], cpu_seconds, others, parent_kib, workers = run_triage(inbox, jobs, out)
            lines = out.read_text().splitlines()
            parsed = [json.loads(line) for line in lines]
            pages = sum(line["pages"] for line in parsed)
            failed = sum("error" in line for line in parsed)
            first_error = next((line["error"] for line in parsed if "error" in line), None)
            rates[jobs] = len(parsed) / seconds
            # after the first line: workers loaded, the pipeline warm; what a long inbox runs at
            steady[jobs] = (len(parsed) - 1) / max(seconds - startup[jobs], 1e-9)
            worker_mib = ", ".join(f"{kib / 1024:.0f}" for kib in workers.values()) or "-"
            print(f"{jobs:>4} {seconds:>8.1f} {startup[jobs]:>7.1f} {rates[jobs]:>9.2f} {steady[jobs]:>7.2f} "
                  f"{pages / seconds:>8.1f} {cpu_seconds / len(parsed):>9.3f} {others:>6.1f} {parent_kib / 1024:>10.0f} "
                  f"{worker_mib:>16}" + (f"   ({failed} failed, e.g. {first_error!r})" if failed else ""))
        if 1 in rates:
            for jobs, rate in rates.items():
                if jobs > 1:
                    efficiency = rate / (jobs * rates[1])
                    steady_efficiency = steady[jobs] / (jobs * steady[1])
                    print(f"scaling efficiency at --jobs {jobs}: {efficiency:.2f} whole run, "
                          f"{steady_efficiency:.2f} after start-up  (target >= 0.8)")
        cpu_per_packet = cpu_seconds / len(parsed)
        print(f"CPU-bound floor for {DAY_INBOX:,} packets on 2 dedicated cores: "
              f"{DAY_INBOX * cpu_per_packet / 2 / 3600:.2f} h (last run's CPU s/packet over 2 cores)")
        best_jobs = max(steady, key=steady.get)
        hours = (startup[best_jobs] + DAY_INBOX / steady[best_jobs]) / 3600
        print(f"projected {DAY_INBOX:,} packets at --jobs {best_jobs}: {hours:.2f} h "
              f"(start-up + {DAY_INBOX:,} / steady rate; target < 3 h)")


if __name__ == "__main__":
    main()
