"""Reply time of the dialogue engine, per utterance, on the longest sample packet (most pages, then findings).

Every utterance of tests/data/utterances.json is replied to on a fresh in-memory ReviewState (so commands
run too, without touching a store), plus a guided review answered "yes" to the end. Target: under 20 ms
for any reply. Prints, never asserts.

    python benchmarks/dialogue_bench.py [PACKET]
"""
from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.dialogue import Dialogue  # noqa: E402
from assistant.policy import load_policy  # noqa: E402
from assistant.review_state import ReviewState  # noqa: E402
from assistant.service import extract_packet  # noqa: E402

TARGET_MS = 20.0


def longest_packet(nlp):
    candidates = [p for p in (ROOT / "sample_notes").iterdir() if p.is_dir() and p.name != "gold"]
    candidates.append(ROOT / "tests" / "data" / "chat_packet")
    best = None
    for packet in candidates:
        extraction = extract_packet(packet, nlp=nlp)
        size = (sum(len(d.pages) for d in extraction.packet.documents), len(extraction.findings))
        if best is None or size > best[0]:
            best = (size, packet, extraction)
    return best


def main() -> None:
    from extractors.pipeline import get_pipeline

    nlp = get_pipeline()
    policy = load_policy()
    if len(sys.argv) > 1:
        packet = Path(sys.argv[1])
        extraction = extract_packet(packet, nlp=nlp)
        size = (sum(len(d.pages) for d in extraction.packet.documents), len(extraction.findings))
    else:
        size, packet, extraction = longest_packet(nlp)
    print(f"packet: {packet.name} ({size[0]} pages, {size[1]} findings)")
    utterances = json.loads((ROOT / "tests" / "data" / "utterances.json").read_text(encoding="utf-8"))["utterances"]
    timings: list[tuple[float, str]] = []
    for case in utterances:
        runs = []
        for _ in range(5):
            dialogue = Dialogue(ReviewState(policy, extraction), policy)
            started = time.perf_counter()
            dialogue.reply(case["text"])
            runs.append(time.perf_counter() - started)
        timings.append((statistics.median(runs) * 1000, case["text"]))
    # a guided review to the end: every answer is a confirm and a re-evaluation
    dialogue = Dialogue(ReviewState(policy, extraction), policy)
    reply, text = None, "start"
    for _ in range(200):
        started = time.perf_counter()
        reply = dialogue.reply(text)
        timings.append(((time.perf_counter() - started) * 1000, f"guided: {text}"))
        if reply.finished:
            break
        text = "yes"
    print(f"{'ms':>7}  utterance")
    for ms, text in timings:
        flag = "  <-- over target" if ms > TARGET_MS else ""
        print(f"{ms:>7.2f}  {text}{flag}")
    values = [ms for ms, _ in timings]
    print(f"\n{len(values)} replies: median {statistics.median(values):.2f} ms, "
          f"p95 {sorted(values)[int(len(values) * 0.95) - 1]:.2f} ms, max {max(values):.2f} ms "
          f"(target < {TARGET_MS:.0f} ms for any reply)")


if __name__ == "__main__":
    main()
