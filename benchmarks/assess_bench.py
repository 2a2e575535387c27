"""What evaluation adds to extraction: for each sample packet, the time of `evaluate` (policy
tree, dates, overrides) against the extraction time of the same packet, measured in the same run.
Target: evaluation adds under 5%.

    python benchmarks/assess_bench.py
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.evaluate import evaluate  # noqa: E402
from assistant.policy import load_policy  # noqa: E402
from assistant.service import extract_packet  # noqa: E402


def main() -> None:
    from extractors.pipeline import get_pipeline

    nlp = get_pipeline()
    policy = load_policy()
    packets = sorted(p for p in (ROOT / "sample_notes").iterdir() if p.is_dir() and p.name != "gold")
    print(f"{'packet':<44} {'extract ms':>10} {'evaluate ms':>11} {'added':>7}")
    total_extract = total_evaluate = 0.0
    for packet in packets:
        extract_packet(packet, nlp=nlp)
        extract_times, evaluate_times = [], []
        for _ in range(3):
            started = time.perf_counter()
            extraction = extract_packet(packet, nlp=nlp)
            extract_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            for _ in range(20):
                evaluate(policy, extraction)
            evaluate_times.append((time.perf_counter() - started) / 20)
        extract_s, evaluate_s = statistics.median(extract_times), statistics.median(evaluate_times)
        total_extract += extract_s
        total_evaluate += evaluate_s
        print(f"{packet.name:<44} {extract_s * 1000:>10.1f} {evaluate_s * 1000:>11.2f} {evaluate_s / extract_s:>7.1%}")
    if total_extract:
        print(f"{'ALL':<44} {total_extract * 1000:>10.1f} {total_evaluate * 1000:>11.2f} "
              f"{total_evaluate / total_extract:>7.1%}   (target < 5%)")


if __name__ == "__main__":
    main()
