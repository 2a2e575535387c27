"""Per-page cost of reading PDFs: pypdfium2 alone, pdfplumber, our full read, and the child process.

    python benchmarks/ingest_bench.py                 # PDFs built with reportlab in a temporary folder
    python benchmarks/ingest_bench.py --with-pipeline # the same after loading the NLP pipeline (a big parent to fork)

Numbers are medians of --repeat runs, in milliseconds per page.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build_pdfs(folder: Path) -> dict[str, Path]:
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    words = ("patient glioblastoma enhancement recurrence necrosis spectroscopy choline creatine lesion frontal "
             "MRI brain follow-up radiation therapy temozolomide").split()
    paths = {"text, 20 pages": folder / "text20.pdf", "two columns": folder / "two_column.pdf",
             "ruled table": folder / "table.pdf"}
    pdf = canvas.Canvas(str(paths["text, 20 pages"]), pagesize=letter)
    for page in range(20):
        pdf.setFont("Helvetica", 10)
        pdf.drawString(40, 760, f"11/03/2025 14:22 FROM: Valley Neuro FAX 555-0100 TO: 555-0199 P. {page + 1}/20")
        for line in range(52):
            pdf.drawString(50, 730 - 13 * line, " ".join(words[(line * 7 + page + i) % len(words)] for i in range(14)))
        pdf.drawString(280, 40, f"Page {page + 1} of 20")
        pdf.showPage()
    pdf.save()

    pdf = canvas.Canvas(str(paths["two columns"]), pagesize=letter)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, 750, "MRI BRAIN WITH AND WITHOUT CONTRAST - REPORT OF FINDINGS AND IMPRESSION")
    for line in range(45):
        pdf.drawString(50, 720 - 13 * line, f"L{line:02d} left column words go here brain lesion")
        pdf.drawString(320, 720 - 13 * line, f"R{line:02d} right column words here choline peak")
    pdf.showPage()
    pdf.save()

    pdf = canvas.Canvas(str(paths["ruled table"]), pagesize=letter)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, 750, "Prior authorization request")
    rows = 20
    for row in range(rows):
        pdf.drawString(54, 720 - 20 * (row + 1) + 6, f"Field {row}")
        pdf.drawString(204, 720 - 20 * (row + 1) + 6, f"value {row} of the request")
    for row in range(rows + 1):
        pdf.line(50, 720 - 20 * row, 500, 720 - 20 * row)
    for x in (50, 200, 500):
        pdf.line(x, 720, x, 720 - 20 * rows)
    pdf.showPage()
    pdf.save()
    return paths


def median_ms(action, repeat: int) -> float:
    action()  # warm
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return 1000 * statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (median reported)")
    parser.add_argument("--with-pipeline", action="store_true", help="load the NLP pipeline first, as the app does")
    args = parser.parse_args()

    import pdfplumber
    import pypdfium2 as pdfium

    from extractors.ingest import ReadLimits, _run_in_child, read_document

    if args.with_pipeline:
        from extractors.pipeline import get_pipeline

        get_pipeline()

    def pdfium_text(path: Path) -> None:
        document = pdfium.PdfDocument(str(path))
        for index in range(len(document)):
            document[index].get_textpage().get_text_range()
        document.close()

    def plumber_text(path: Path) -> None:
        with pdfplumber.open(path) as document:
            for page in document.pages:
                page.extract_text()

    def plumber_tables(path: Path) -> None:
        with pdfplumber.open(path) as document:
            for page in document.pages:
                page.find_tables()

    limits = ReadLimits()
    fork_ms = median_ms(lambda: _run_in_child(lambda report: None, seconds=10, memory_bytes=limits.pdf_memory_bytes,
                                              name="bench"), args.repeat * 4)
    print(f"child process round trip (fork, limit, answer, reap): {fork_ms:.2f} ms")
    print(f"{'file':<16} {'pages':>5} {'pypdfium2':>10} {'plumber text':>13} {'find_tables':>12} {'read_document':>14}"
          "   (ms/page)")
    with tempfile.TemporaryDirectory() as scratch:
        for label, path in build_pdfs(Path(scratch)).items():
            pages = len(pdfium.PdfDocument(str(path)))
            per_page = [median_ms(lambda: action(path), args.repeat) / pages
                        for action in (pdfium_text, plumber_text, plumber_tables, read_document)]
            print(f"{label:<16} {pages:>5} {per_page[0]:>10.2f} {per_page[1]:>13.1f} {per_page[2]:>12.1f} "
                  f"{per_page[3]:>14.2f}")


if __name__ == "__main__":
    main()
