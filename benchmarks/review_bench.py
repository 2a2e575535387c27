"""Review workspace timings on the longest sample packet.

1. Launch to an interactive case screen (``mrs-review review PACKET``), as a ratio to
   ``mrs-review assess PACKET`` on the same packet, both cold processes (target < 1.5x).
2. A reviewer override to an updated outcome: ReviewState.set_leaf (audit INSERT with fsync,
   evaluate, widgets refreshed) inside the running app (target < 50 ms).

Run: python benchmarks/review_bench.py [PACKET] [--runs N]. Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LAUNCH = """
import sys
from assistant.audit import AuditStore
from assistant.policy import load_policy
from assistant.tui.app import ReviewApp
from assistant.tui.screens.case import CaseScreen

class TimedApp(ReviewApp):
    def on_mount(self):  # Textual also runs ReviewApp.on_mount
        self.set_interval(0.005, self.check_ready)

    def check_ready(self):
        if isinstance(self.screen, CaseScreen) and self.screen.is_mounted:
            self.call_after_refresh(self.ready)

    def ready(self):
        print("READY", flush=True)
        self.exit()

store = AuditStore(sys.argv[2])
TimedApp(sys.argv[1], store, load_policy(), "bench", sys.argv[3]).run(headless=True)
"""


def page_count(file: Path) -> int:
    if file.suffix.lower() == ".pdf":
        import pypdfium2

        document = pypdfium2.PdfDocument(str(file))
        try:
            return len(document)
        finally:
            document.close()
    return 1 + file.read_text(errors="replace").count("\f")


def longest_packet() -> Path:
    """The sample packet with the most pages (then the most bytes)."""
    packets = [p for p in (ROOT / "sample_notes").iterdir() if p.is_dir() and p.name[:2].isdigit()]
    if not packets:
        return ROOT / "tests" / "data" / "review_packet"

    def size(packet: Path) -> tuple[int, int]:
        files = [f for f in packet.rglob("*") if f.is_file() and f.suffix.lower() in (".pdf", ".txt", ".md")]
        return sum(page_count(f) for f in files), sum(f.stat().st_size for f in files)

    return max(packets, key=size)


def time_assess(packet: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "assistant.cli", "assess", str(packet), "--json", "-q"], cwd=ROOT,
                   check=True, capture_output=True)
    return time.perf_counter() - started


def time_review_launch(packet: Path) -> float:
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-c", LAUNCH, str(packet), f"{folder}/review.db", folder],
                                   cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for line in process.stdout:
            if "READY" in line:
                elapsed = time.perf_counter() - started
                break
        else:
            raise SystemExit(f"review never reached the case screen: {process.stderr.read()[-1000:]}")
        process.wait(timeout=60)
        return elapsed


async def time_override(packet: Path, repeats: int) -> tuple[float, float]:
    from assistant.tui.app import build_app

    with tempfile.TemporaryDirectory() as folder:
        app = build_app(packet, reviewer="bench", db=f"{folder}/review.db", out=folder)
        async with app.run_test(size=(120, 40)) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            state = app.current
            leaf = "recent_imaging_without_change"
            durations = []
            for index in range(repeats):
                status = ("met", "not_met")[index % 2]
                started = time.perf_counter()
                state.set_leaf(leaf, status, "benchmark override")
                durations.append(time.perf_counter() - started)
                assert state.assessment.criteria[leaf].status == status
                await pilot.pause()
            core = []
            for index in range(repeats):  # evaluate alone, for scale
                from assistant.evaluate import evaluate

                started = time.perf_counter()
                evaluate(state.policy, state.extraction, state.overrides)
                core.append(time.perf_counter() - started)
    return statistics.median(durations), statistics.median(core)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("packet", nargs="?", help="default: the largest packet in sample_notes/")
    parser.add_argument("--runs", type=int, default=3, help="cold launches of each command (median reported)")
    args = parser.parse_args()
    packet = Path(args.packet) if args.packet else longest_packet()
    files = [f for f in packet.rglob("*") if f.is_file()] if packet.is_dir() else [packet]
    pages = sum(page_count(f) for f in files if f.suffix.lower() in (".pdf", ".txt", ".md"))
    print(f"packet: {packet.name} ({len(files)} files, {pages} pages, "
          f"{sum(f.stat().st_size for f in files) // 1024} KiB)")
    time_assess(packet)  # warm the OS file cache for both
    assess = statistics.median(time_assess(packet) for _ in range(args.runs))
    review = statistics.median(time_review_launch(packet) for _ in range(args.runs))
    print(f"assess (cold process, median of {args.runs}):          {assess:6.2f} s")
    print(f"review launch to case screen (median of {args.runs}):  {review:6.2f} s")
    print(f"ratio review/assess: {review / assess:.2f}x (target < 1.5x)")
    override, evaluate_only = asyncio.run(time_override(packet, 20))
    print(f"override to updated outcome (store + evaluate + widgets, median of 20): {override * 1000:.1f} ms "
          f"(target < 50 ms); evaluate alone {evaluate_only * 1000:.1f} ms")


if __name__ == "__main__":
    main()
