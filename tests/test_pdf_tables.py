"""The pypdfium2 table reader: the same text as pdfplumber on every ruled page we ship, and on
PDFs made here with the tricks real form producers use (one path for a whole grid, a grid in a
form XObject under a transform, a footer drawn before the body, rounded boxes)."""
from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from extractors import ingest, pdf_tables
from extractors.ingest import read_document

SAMPLES = Path(__file__).resolve().parent.parent / "sample_notes"
RULED_PAGES = [(path, index) for path in sorted(SAMPLES.rglob("*.pdf"))
               for index in range(len(pdfium.PdfDocument(str(path))))
               if ingest._page_signals(pdfium.PdfDocument(str(path))[index], pdfium_c)["segments"] >= ingest.TABLE_SEGMENT_MIN]


def _both(path: Path, index: int) -> tuple[str | None, str | None]:
    page = pdfium.PdfDocument(str(path))[index]
    ours = ingest._text_with_ruled_tables(page, page.get_textpage(), pdfium_c)
    with pdfplumber.open(str(path)) as plumber:
        theirs = ingest._text_with_tables(plumber.pages[index])
    return ours, theirs


def test_there_are_ruled_pages_to_compare():
    assert len(RULED_PAGES) >= 20


@pytest.mark.parametrize("path,index", RULED_PAGES, ids=[f"{p.parent.name[:2]}-{p.stem[:20]}-p{i + 1}" for p, i in RULED_PAGES])
def test_shipped_ruled_pages_read_as_pdfplumber_reads_them(path, index):
    ours, theirs = _both(path, index)
    assert ours == theirs


ROWS = [("Patient name", "Jane Q. Sample"), ("Date of birth", "04/09/1961"), ("CPT code", "76390"),
        ("Prior MR spectroscopy", "[ ] Yes [X] No")]


def _form_pdf(path: Path, draw_grid) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(280, 30, "Page 1 of 1")  # the footer is drawn first
    pdf.drawString(72, 740, "PRIOR AUTHORIZATION REQUEST")
    draw_grid(pdf)
    pdf.drawString(72, 500, "Signature on file.")
    pdf.save()
    return path


def _rows_text(pdf, left: float, top: float) -> None:
    for number, (label, value) in enumerate(ROWS):
        y = top - 16 * number - 11
        pdf.drawString(left + 4, y, label)
        pdf.drawString(left + 164, y, value)


EXPECTED = ["PRIOR AUTHORIZATION REQUEST", "Patient name: Jane Q. Sample", "Date of birth: 04/09/1961",
            "CPT code: 76390", "Prior MR spectroscopy: [ ] Yes [X] No", "Signature on file.", "Page 1 of 1"]


def test_a_grid_drawn_as_one_path_is_read_as_rows(tmp_path):
    def draw(pdf):
        pdf.grid([72, 232, 472], [700 - 16 * row for row in range(len(ROWS) + 1)])
        _rows_text(pdf, 72, 700)

    path = _form_pdf(tmp_path / "grid.pdf", draw)
    assert read_document(path).pages[0].text.splitlines() == EXPECTED
    ours, theirs = _both(path, 0)
    assert ours == theirs


def test_a_grid_inside_a_transformed_form_xobject_is_placed_on_the_page(tmp_path):
    def draw(pdf):
        pdf.beginForm("grid")
        for row in range(len(ROWS) + 1):  # drawn at the origin, at half size
            pdf.line(0, -8 * row, 200, -8 * row)
        for x in (0, 80, 200):
            pdf.line(x, 0, x, -8 * len(ROWS))
        pdf.endForm()
        pdf.saveState()
        pdf.translate(72, 700)
        pdf.scale(2, 2)
        pdf.doForm("grid")
        pdf.restoreState()
        _rows_text(pdf, 72, 700)

    path = _form_pdf(tmp_path / "xobject.pdf", draw)
    assert read_document(path).pages[0].text.splitlines() == EXPECTED


def test_rounded_boxes_go_to_pdfplumber(tmp_path):
    def draw(pdf):
        for row in range(len(ROWS)):
            for left, width in ((72, 160), (232, 240)):
                pdf.roundRect(left, 700 - 16 * (row + 1), width, 16, 3)
        _rows_text(pdf, 72, 700)

    path = _form_pdf(tmp_path / "rounded.pdf", draw)
    page = pdfium.PdfDocument(str(path))[0]
    with pytest.raises(pdf_tables.LeaveToPdfplumber):
        ingest._text_with_ruled_tables(page, page.get_textpage(), pdfium_c)
    assert read_document(path).pages[0].text.splitlines() == EXPECTED  # read by pdfplumber instead


def test_rules_snap_and_join_like_pdfplumber():
    # two strokes 2 pt apart are one rule; pieces with a 2 pt gap join; a 2 pt tick is dropped
    assert pdf_tables.merge_rules([(100.0, 0.0, 50.0), (102.0, 52.0, 90.0), (300.0, 0.0, 2.0)]) == [(101.0, 0.0, 90.0)]
    cells = pdf_tables.find_tables([(10.0, 0.0, 100.0), (0.0, 0.0, 100.0)], [(0.0, 0.0, 10.0), (100.0, 0.0, 10.0)])
    assert cells == [[(0.0, 0.0, 100.0, 10.0)]]


def test_a_font_change_inside_a_word_adds_no_space(tmp_path):
    def draw(pdf):
        pdf.grid([72, 232, 472], [700 - 16 * row for row in range(len(ROWS) + 1)])
        _rows_text(pdf, 72, 700)
        line = pdf.beginText(72, 520)
        for font, words in (("Helvetica", "Exam: A"), ("Times-Roman", "&"), ("Helvetica", "O x3, AC"),
                            ("Times-Roman", ">"), ("Helvetica", "BC bilat.")):
            line.setFont(font, 9)
            line.textOut(words)
        pdf.drawText(line)

    path = _form_pdf(tmp_path / "fonts.pdf", draw)
    lines = read_document(path).pages[0].text.splitlines()
    assert "Exam: A&O x3, AC>BC bilat." in lines
    ours, theirs = _both(path, 0)
    assert ours == theirs
