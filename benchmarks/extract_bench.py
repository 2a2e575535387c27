"""Extraction speed: pages per second on the sample packets, and the ratio of our full
extraction to a floor measured in the same run (pypdfium2 text extraction, or a plain
file read, plus spaCy tokenization of the same pages). Target: <= 3x on a warm
pipeline; pipeline load < 1 s. Also documents per second on the 147 real
transcriptions in ../shared/extdata/mtsamples_neuro.

    python benchmarks/extract_bench.py [--repeat N]
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.findings import extract  # noqa: E402
from extractors.ingest import read_packet  # noqa: E402
from extractors.types import Packet  # noqa: E402


def floor_seconds(packet_path: Path, tokenizer) -> tuple[float, int]:
    """pypdfium2 text of every PDF page (or the file's text) plus tokenization: the least any extractor must do."""
    import pypdfium2 as pdfium

    files = [packet_path] if packet_path.is_file() else sorted(p for p in packet_path.rglob("*") if p.is_file())
    started = time.perf_counter()
    pages = 0
    for path in files:
        if path.suffix.lower() == ".pdf":
            document = pdfium.PdfDocument(str(path))
            for index in range(len(document)):
                text = document[index].get_textpage().get_text_range()
                tokenizer(text)
                pages += 1
            document.close()
        elif path.suffix.lower() in (".txt", ".md"):
            tokenizer(path.read_text(encoding="utf-8", errors="replace"))
            pages += 1
    return time.perf_counter() - started, pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="runs per packet; the median is reported")
    args = parser.parse_args()

    load = subprocess.run([sys.executable, "-c", "import time; t=time.perf_counter(); "
                           "from extractors.pipeline import get_pipeline; get_pipeline(); "
                           "print(time.perf_counter()-t)"], capture_output=True, text=True, cwd=ROOT)
    load_seconds = float(load.stdout.strip() or "nan")

    from extractors.pipeline import get_pipeline

    nlp = get_pipeline()
    tokenizer = getattr(nlp.tokenizer, "tokenizer", nlp.tokenizer)  # spaCy's own, not our text-keeping wrapper
    packets = sorted(p for p in (ROOT / "sample_notes").iterdir() if p.is_dir() and p.name != "gold")
    print(f"pipeline load (fresh process, imports included): {load_seconds:.2f} s  (target < 1 s)")
    print(f"{'packet':<44} {'pages':>5} {'ours ms':>8} {'floor ms':>8} {'ratio':>6} {'pages/s':>8}")
    total_ours = total_floor = total_pages = 0.0
    by_kind: dict[str, list[float]] = {}  # kind -> [ours, floor, pages]
    for packet_path in packets:
        read_packet(packet_path)  # warm caches
        ours, floors = [], []
        pages = 0
        for _ in range(args.repeat):
            started = time.perf_counter()
            packet = read_packet(packet_path)
            extract(packet, nlp=nlp)
            ours.append(time.perf_counter() - started)
            floor, pages = floor_seconds(packet_path, tokenizer)
            floors.append(floor)
        ours_s, floor_s = statistics.median(ours), statistics.median(floors)
        total_ours += ours_s
        total_floor += floor_s
        total_pages += pages
        # the floor reads no image, so OCR packets are apart; PDF packets pay for layout (tables)
        kind = ("OCR" if any(d.text_source == "ocr" for d in packet.documents) else
                "PDF" if any(d.path.lower().endswith(".pdf") for d in packet.documents) else "text")
        totals = by_kind.setdefault(kind, [0.0, 0.0, 0.0])
        totals[0] += ours_s
        totals[1] += floor_s
        totals[2] += pages
        print(f"{packet_path.name:<44} {pages:>5} {ours_s * 1000:>8.1f} {floor_s * 1000:>8.1f} "
              f"{ours_s / floor_s:>6.2f} {pages / ours_s:>8.1f}")
    if total_floor:
        print(f"{'ALL':<44} {int(total_pages):>5} {total_ours * 1000:>8.1f} {total_floor * 1000:>8.1f} "
              f"{total_ours / total_floor:>6.2f} {total_pages / total_ours:>8.1f}   (target ratio <= 3)")
        for kind, (ours_s, floor_s, pages) in sorted(by_kind.items()):
            print(f"{'  ' + kind + ' packets':<44} {int(pages):>5} {ours_s * 1000:>8.1f} {floor_s * 1000:>8.1f} "
                  f"{ours_s / floor_s:>6.2f} {pages / ours_s:>8.1f}")

    mtsamples = ROOT.parent / "shared" / "extdata" / "mtsamples_neuro"
    if mtsamples.is_dir():
        from extractors.ingest import read_document

        files = sorted(mtsamples.glob("*.txt"))
        started = time.perf_counter()
        for path in files:
            document = read_document(path)
            extract(Packet(str(path), (document,)), nlp=nlp)
        ours = time.perf_counter() - started
        started = time.perf_counter()
        for path in files:
            tokenizer(path.read_text(encoding="utf-8", errors="replace"))
        floor = time.perf_counter() - started
        print(f"mtsamples_neuro: {len(files)} documents in {ours:.2f} s = {len(files) / ours:.1f} documents/s; "
              f"floor (read + tokenize) {floor:.2f} s; ratio {ours / floor:.2f}")


if __name__ == "__main__":
    main()
