"""Ingestion on small real files built in tmp_path: text encodings, the same-length NLP view,
banners and running lines, two columns, ruled tables, OCR, and every kind of bad input."""
from __future__ import annotations

import re
import shutil
import time
import zlib
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from extractors import ingest
from extractors.ingest import ReadLimits, layout_rules_from_dict, read_document, read_packet
from extractors.lexicon import LexiconError
from extractors.types import IngestError

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BANNER = "11/03/2025 14:22 FROM: Valley Neuro FAX 555-0100 TO: 555-0199 P. {page}/{pages}"


# --- builders ---------------------------------------------------------------


def write_pdf(path: Path, pages: list[list[tuple[float, float, str]]], font_size: int = 10) -> Path:
    """A PDF whose pages hold the given (x, y, text) strings."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    for strings in pages:
        pdf.setFont("Helvetica", font_size)
        for x, y, text in strings:
            pdf.drawString(x, y, text)
        pdf.showPage()
    pdf.save()
    return path


SENTENCES = ["enhancing lesion in the left frontal lobe", "no restricted diffusion", "stable since the prior study",
             "choline to creatine ratio elevated", "new seizures reported by the family", "MRS requested by oncology",
             "radiation therapy completed in March", "temozolomide cycle six given"]


PAGE_WORDS = ["zero", "one", "two", "three", "four", "five", "six"]


def body_line(page_number: int, index: int) -> str:
    """A line that differs from the same line of another page in words, not only in digits, as real text does."""
    return f"Note {PAGE_WORDS[page_number]} line {index}: {SENTENCES[(page_number + index) % len(SENTENCES)]}"


def body_lines(page_number: int, count: int = 20) -> list[tuple[float, float, str]]:
    return [(72, 700 - 14 * index, body_line(page_number, index)) for index in range(count)]


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF written by hand, object by object, with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def bomb_pdf(path: Path, inflated_mb: int = 200) -> Path:
    """~600 KB on disk; its one content stream inflates to ``inflated_mb`` MB of text operators."""
    operators = b"BT /F1 12 Tf 72 720 Td (x) Tj ET\n"
    block = operators * (1024 * 1024 // len(operators))
    compressor = zlib.compressobj(9)
    stream = bytearray()
    for _ in range(inflated_mb):
        stream += compressor.compress(block)
    stream += compressor.flush()
    path.write_bytes(raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + bytes(stream) + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]))
    return path


def image_only_pdf(path: Path, lines: list[str]) -> Path:
    """One page holding nothing but a picture of text, as a scanned fax is."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    if not Path(FONT).exists():
        pytest.skip(f"{FONT} not installed")
    image = Image.new("L", (1275, 1650), 255)  # letter size at 150 dpi
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 40)
    for index, line in enumerate(lines):
        draw.text((100, 120 + 70 * index), line, font=font, fill=0)
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.drawImage(ImageReader(image), 0, 0, width=letter[0], height=letter[1])
    pdf.showPage()
    pdf.save()
    return path


# --- text files -------------------------------------------------------------


def test_utf8_text_file_is_one_page_of_plain_text_without_its_bom(tmp_path):
    note = tmp_path / "note.txt"
    note.write_bytes("\ufeffGlioblastoma, IDH-wildtype \u2014 WHO grade 4.\n".encode("utf-8"))
    document = read_document(note)
    assert document.name == "note.txt"
    assert document.text_source == "plain-text"
    assert [page.number for page in document.pages] == [1]
    page = document.pages[0]
    assert page.text == "Glioblastoma, IDH-wildtype \u2014 WHO grade 4.\n"
    assert page.source == "plain-text"
    assert page.nlp_text == "Glioblastoma, IDH-wildtype - WHO grade 4.\n"


def test_cp1252_export_is_decoded_when_it_is_not_utf8(tmp_path):
    note = tmp_path / "old_export.txt"
    note.write_bytes("Patient\u2019s MRI: caf\u00e9-au-lait spots, no necrosis.".encode("cp1252"))
    page = read_document(note).pages[0]
    assert page.text == "Patient\u2019s MRI: caf\u00e9-au-lait spots, no necrosis."
    assert page.nlp_text == "Patient's MRI: caf\u00e9-au-lait spots, no necrosis."


def test_crlf_tabs_and_unicode_spaces_fold_to_spaces_without_moving_offsets(tmp_path):
    raw = "HISTORY:\r\n\tGlioma\u00a0grade\u20093,\u200bstatus post resection.\r\nPLAN:\tMRS\x0bnext\u2028week\r\n"
    note = tmp_path / "crlf.txt"
    note.write_bytes(raw.encode("utf-8"))
    page = read_document(note).pages[0]
    assert page.text == raw
    assert len(page.nlp_text) == len(page.text)
    assert page.nlp_text == "HISTORY: \n Glioma grade 3, status post resection. \nPLAN: MRS next\nweek \n"
    start = page.text.index("Glioma")
    assert page.nlp_text[start:start + len("Glioma grade 3")] == "Glioma grade 3"
    assert page.text[start:start + 6] == "Glioma"


def test_form_feeds_split_a_text_file_into_pages_with_their_own_offsets(tmp_path):
    note = tmp_path / "paged.txt"
    note.write_text("First page: MRI brain.\fSecond page: MR spectroscopy requested.\f", encoding="utf-8")
    document = read_document(note)
    assert [page.number for page in document.pages] == [1, 2]  # a trailing form feed starts no page
    assert document.pages[1].text == "Second page: MR spectroscopy requested."
    assert document.pages[1].text.index("MR spectroscopy") == 13


def test_cp1252_characters_mislabelled_as_latin1_read_as_what_they_were_for_the_nlp(tmp_path):
    note = tmp_path / "mojibake.txt"
    note.write_text("uncle with Addison\x92s disease\x85 a \x93mild\x94 smoker \x96 quit", encoding="utf-8")
    page = read_document(note).pages[0]
    assert page.nlp_text == "uncle with Addison's disease\u2026 a \"mild\" smoker - quit"
    assert len(page.nlp_text) == len(page.text)


def test_markdown_file_is_read_as_text(tmp_path):
    note = tmp_path / "summary.md"
    note.write_text("# Summary\n\nRecurrent glioma.\n", encoding="utf-8")
    assert read_document(note).pages[0].text.startswith("# Summary")


def test_fax_banner_in_a_text_file_is_blanked_for_the_nlp_only(tmp_path):
    banner = BANNER.format(page=1, pages=1)
    note = tmp_path / "faxed.txt"
    note.write_text(f"{banner}\nIMPRESSION: indeterminate enhancement.\n", encoding="utf-8")
    page = read_document(note).pages[0]
    assert page.text.startswith(banner)
    assert page.nlp_text.startswith(" " * len(banner) + "\nIMPRESSION: indeterminate enhancement.")


# --- PDFs: text, banners, running lines -------------------------------------


def test_text_pdf_pages_are_read_with_their_numbers(tmp_path):
    path = write_pdf(tmp_path / "radiology.pdf", [body_lines(1), body_lines(2)])
    document = read_document(path)
    assert document.text_source == "pdf-text"
    assert [page.number for page in document.pages] == [1, 2]
    assert all(page.source == "pdf-text" for page in document.pages)
    assert body_line(2, 0) in document.pages[1].text
    assert "\r" not in document.pages[0].text
    for page in document.pages:
        assert len(page.nlp_text) == len(page.text)


def test_progress_reports_pages_of_each_document(tmp_path):
    path = write_pdf(tmp_path / "radiology.pdf", [body_lines(1), body_lines(2), body_lines(3)])
    calls = []
    read_packet(path, progress=lambda name, done, total: calls.append((name, done, total)))
    assert calls[-1] == ("radiology.pdf", 3, 3)
    assert [done for _, done, _ in calls] == [1, 2, 3]


def test_fax_banner_repeated_on_three_pages_is_blanked_in_nlp_text_but_kept_in_text(tmp_path):
    # Not one of layout.json's patterns: only its repetition marks it as a banner.
    banner = "Valley Neuro Associates referral packet {page} sent via eFax gateway"
    pages = [[(40, 760, banner.format(page=page))] + body_lines(page) for page in (1, 2, 3)]
    document = read_document(write_pdf(tmp_path / "referral.pdf", pages))
    for number, page in enumerate(document.pages, start=1):
        line = banner.format(page=number)
        start = page.text.index(line)
        assert page.nlp_text[start:start + len(line)] == " " * len(line)
        for index in range(20):
            body = page.text.index(body_line(number, index))
            assert page.nlp_text[body:body + 20] == page.text[body:body + 20]
        assert len(page.nlp_text) == len(page.text)


def test_one_page_fax_banner_is_blanked_by_the_layout_patterns(tmp_path):
    banner = BANNER.format(page=2, pages=5)
    path = write_pdf(tmp_path / "consult.pdf", [[(40, 760, banner)] + body_lines(1)])
    page = read_document(path).pages[0]
    start = page.text.index(banner)
    assert page.nlp_text[start:start + len(banner)].strip() == ""
    assert body_line(1, 0) in page.nlp_text


def test_page_number_footers_are_blanked(tmp_path):
    pages = [body_lines(page, 10) + [(280, 40, f"Page {page} of 3"), (520, 40, str(page))] for page in (1, 2, 3)]
    document = read_document(write_pdf(tmp_path / "notes.pdf", pages))
    for number, page in enumerate(document.pages, start=1):
        assert f"Page {number} of 3" in page.text
        assert f"of 3" not in page.nlp_text
        assert not re.search(rf"(?m)^\s*{number}\s*$", page.nlp_text)
        assert body_line(number, 0) in page.nlp_text
        assert body_line(number, 9) in page.nlp_text


def test_a_single_page_keeps_a_line_that_only_repetition_would_blank(tmp_path):
    path = write_pdf(tmp_path / "letter.pdf", [[(40, 760, "Valley Neuro Associates")] + body_lines(1)])
    assert "Valley Neuro Associates" in read_document(path).pages[0].nlp_text


def test_two_column_page_is_read_left_column_then_right(tmp_path):
    header_row = [(72, 770, "Valley Neuro-Oncology"), (400, 770, "Patient: DOE, JANE")]
    title = header_row + [(72, 750, "MRI BRAIN WITH AND WITHOUT CONTRAST - REPORT OF FINDINGS AND IMPRESSION")]
    rows = []
    for row in range(30):  # drawn line by line across the page, so the raw text order interleaves the columns
        rows += [(72, 720 - 13 * row, f"Left {row:02d}: the enhancing rim measures 2 cm here"),
                 (320, 720 - 13 * row, f"Right {row:02d}: choline peak seen on spectroscopy")]
    path = write_pdf(tmp_path / "two_column.pdf", [title + rows])
    text = read_document(path).pages[0].text
    assert text.splitlines()[0] == "Valley Neuro-Oncology Patient: DOE, JANE"  # one row, not two columns
    assert text.index("MRI BRAIN WITH") < text.index("Left 00")
    assert text.index("Left 29") < text.index("Right 00")
    assert text.index("Left 00") < text.index("Left 01") < text.index("Left 29")
    assert text.index("Right 00") < text.index("Right 29")
    assert "Left 00: the enhancing rim measures 2 cm here\n" in text


def test_a_label_value_form_is_not_mistaken_for_two_columns(tmp_path):
    labels = ["Patient name:", "Date of birth:", "CPT code:", "Diagnosis:", "Ordering physician:", "Date of request:"]
    values = ["Jane Doe", "01/02/1970", "76390", "Recurrent glioblastoma", "Dr. A. Smith", "10/15/2025"]
    strings = []
    for row, (label, value) in enumerate(zip(labels, values)):  # drawn row by row, as forms are
        strings += [(72, 700 - 20 * row, label), (330, 700 - 20 * row, value)]
    text = read_document(write_pdf(tmp_path / "form.pdf", [strings])).pages[0].text
    assert text.splitlines()[2] == "CPT code: 76390"


def ruled_table_pdf(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 750, "Prior authorization request")
    rows = [("Patient name", "Jane Doe"), ("CPT code", "76390"), ("Diagnosis", "Recurrent glioblastoma"),
            ("Prior imaging", "MRI brain 10/02/2025")]
    columns = [72, 230, 500]
    top, height = 720, 22
    for row, cells in enumerate(rows):
        for column, cell in enumerate(cells):
            pdf.drawString(columns[column] + 4, top - (row + 1) * height + 7, cell)
    for row in range(len(rows) + 1):
        pdf.line(columns[0], top - row * height, columns[-1], top - row * height)
    for x in columns:
        pdf.line(x, top, x, top - len(rows) * height)
    pdf.drawString(72, 580, "Signed: Dr. A. Smith, neuro-oncology")
    pdf.showPage()
    pdf.save()
    return path


def test_ruled_table_rows_become_label_value_lines_in_reading_order(tmp_path):
    page = read_document(ruled_table_pdf(tmp_path / "request.pdf")).pages[0]
    lines = page.text.splitlines()
    assert lines == [
        "Prior authorization request",
        "Patient name: Jane Doe",
        "CPT code: 76390",
        "Diagnosis: Recurrent glioblastoma",
        "Prior imaging: MRI brain 10/02/2025",
        "Signed: Dr. A. Smith, neuro-oncology",
    ]


def test_table_with_a_header_row_labels_each_value_by_its_column():
    rows = [["Study", "Date", "Result"], ["MRI brain", "10/02/2025", "indeterminate"], ["CT head", None, "negative"]]
    assert ingest.table_lines(rows) == [
        "Study: Date; Result",
        "MRI brain: Date: 10/02/2025; Result: indeterminate",
        "CT head: Result: negative",
    ]


# --- OCR ---------------------------------------------------------------------


def test_image_only_page_is_read_by_ocr(tmp_path):
    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed")
    path = image_only_pdf(tmp_path / "scanned_fax.pdf", ["MRI BRAIN REPORT", "Recurrent glioblastoma",
                                                          "versus radiation necrosis"])
    document = read_document(path)
    assert document.text_source == "ocr"
    page = document.pages[0]
    assert page.source == "ocr"
    assert "glioblastoma" in page.text.lower()
    assert "necrosis" in page.text.lower()
    assert len(page.nlp_text) == len(page.text)
    assert document.warnings == ()


def test_loose_scanned_image_is_one_ocr_page(tmp_path):
    from PIL import Image, ImageDraw, ImageFont

    if shutil.which("tesseract") is None:
        pytest.skip("tesseract is not installed")
    image = Image.new("L", (1200, 300), 255)
    ImageDraw.Draw(image).text((40, 100), "Anaplastic astrocytoma", font=ImageFont.truetype(FONT, 60), fill=0)
    image.save(tmp_path / "scan.png")
    document = read_document(tmp_path / "scan.png")
    assert document.text_source == "ocr"
    assert [page.source for page in document.pages] == ["ocr"]
    assert "astrocytoma" in document.pages[0].text.lower()


def test_image_only_page_without_tesseract_is_kept_with_a_warning(tmp_path, monkeypatch):
    path = image_only_pdf(tmp_path / "scanned_fax.pdf", ["MRI BRAIN REPORT"])
    monkeypatch.setattr(ingest.shutil, "which", lambda name: None)
    calls = []
    document = read_document(path, progress=lambda name, done, total: calls.append((done, total)))
    assert calls == [(1, 1)]  # the page waiting for OCR is counted once it is settled, not before
    assert [page.number for page in document.pages] == [1]
    assert document.pages[0].text.strip() == ""
    assert document.warnings == ("page 1 has no text layer (OCR unavailable: install tesseract-ocr)",)


def test_loose_image_without_tesseract_is_a_warning_in_a_folder(tmp_path, monkeypatch):
    from PIL import Image

    (tmp_path / "note.txt").write_text("Clinic note: headaches.", encoding="utf-8")
    Image.new("L", (200, 100), 255).save(tmp_path / "scan.png")
    monkeypatch.setattr(ingest.shutil, "which", lambda name: None)
    packet = read_packet(tmp_path)
    assert [document.name for document in packet.documents] == ["note.txt"]
    assert packet.warnings == ("scan.png: image not read (OCR unavailable: install tesseract-ocr)",)


# --- folders -----------------------------------------------------------------


def test_folder_is_read_in_name_order_skipping_hidden_and_data_files(tmp_path):
    (tmp_path / "b_note.txt").write_text("Second note.", encoding="utf-8")
    (tmp_path / "a_note.md").write_text("First note.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Not part of the packet.", encoding="utf-8")
    (tmp_path / "gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "spans.ann").write_text("T1\tX 0 1\tY", encoding="utf-8")
    (tmp_path / "imaging").mkdir()
    write_pdf(tmp_path / "imaging" / "mri.pdf", [body_lines(1, 3)])
    packet = read_packet(tmp_path)
    assert packet.path == str(tmp_path)
    assert [document.name for document in packet.documents] == ["a_note.md", "b_note.txt", "imaging/mri.pdf"]
    assert packet.documents[2].path == str(tmp_path / "imaging" / "mri.pdf")
    assert packet.warnings == ()


def test_folder_with_one_bad_document_warns_and_reads_the_rest(tmp_path):
    (tmp_path / "consult.txt").write_text("Consult: new seizures.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_text("this is not a pdf", encoding="utf-8")
    packet = read_packet(tmp_path)
    assert [document.name for document in packet.documents] == ["consult.txt"]
    assert packet.warnings == ("notes.pdf: not a PDF (no %PDF header)",)


def test_folder_with_nothing_readable_is_an_ingest_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.pdf").write_bytes(b"GIF89a not a pdf")
    with pytest.raises(IngestError, match=r"^no readable document in .*empty\.txt: empty file.*notes\.pdf: not a PDF"):
        read_packet(tmp_path)


def test_single_file_packet_holds_one_document_named_by_its_file(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Note.", encoding="utf-8")
    packet = read_packet(path)
    assert [document.name for document in packet.documents] == ["note.txt"]


# --- bad input: one line each ------------------------------------------------


def one_line_error(call, *args, **kwargs) -> str:
    with pytest.raises(IngestError) as caught:
        call(*args, **kwargs)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_missing_path_is_one_line(tmp_path):
    missing = tmp_path / "nope"
    assert one_line_error(read_packet, missing) == f"no such file or folder: {missing}"
    assert one_line_error(read_document, missing) == f"no such file or folder: {missing}"


def test_empty_and_whitespace_only_files_are_refused(tmp_path):
    (tmp_path / "zero.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \r\n\t\n")
    (tmp_path / "zero.pdf").write_bytes(b"")
    assert one_line_error(read_document, tmp_path / "zero.txt") == "zero.txt: empty file"
    assert one_line_error(read_document, tmp_path / "blank.txt").startswith("blank.txt: empty file")
    assert one_line_error(read_document, tmp_path / "zero.pdf") == "zero.pdf: empty file"


def test_binary_file_named_txt_is_not_a_text_file(tmp_path):
    path = tmp_path / "scan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    assert one_line_error(read_document, path).startswith("scan.txt: not a text file")


def test_huge_text_file_fails_fast_without_being_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk and no time to make
    started = time.perf_counter()
    message = one_line_error(read_document, path)
    assert time.perf_counter() - started < 1.0
    assert message.startswith("huge.txt: too large (50.0 MB")


def test_non_pdf_named_pdf(tmp_path):
    path = tmp_path / "notes.pdf"
    path.write_text("Dear colleague, please find the MRI attached.", encoding="utf-8")
    assert one_line_error(read_document, path) == "notes.pdf: not a PDF (no %PDF header)"


def test_password_protected_pdf(tmp_path):
    path = tmp_path / "locked.pdf"
    pdf = canvas.Canvas(str(path), encrypt="secret")
    pdf.drawString(72, 700, "Hidden note")
    pdf.showPage()
    pdf.save()
    assert one_line_error(read_document, path) == "locked.pdf: encrypted PDF (password-protected), cannot read"


def test_corrupt_and_truncated_pdfs(tmp_path):
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.4\n" + bytes((index * 37) % 256 for index in range(4000)))
    assert one_line_error(read_document, garbage) == "garbage.pdf: corrupt or damaged PDF, cannot read"
    whole = write_pdf(tmp_path / "whole.pdf", [body_lines(page) for page in range(1, 6)]).read_bytes()
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(whole[: len(whole) // 2])
    assert one_line_error(read_document, truncated).startswith("truncated.pdf: ")


def test_pdf_without_pages(tmp_path):
    path = tmp_path / "empty_tree.pdf"
    path.write_bytes(raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]))
    assert one_line_error(read_document, path) == "empty_tree.pdf: PDF has no pages"


def test_page_and_size_limits_fail_one_document(tmp_path):
    path = write_pdf(tmp_path / "long.pdf", [body_lines(page, 2) for page in range(1, 5)])
    assert (one_line_error(read_document, path, limits=ReadLimits(pdf_pages=3))
            == "long.pdf: too many pages (4; the limit is 3)")
    assert one_line_error(read_document, path, limits=ReadLimits(pdf_bytes=100)).startswith("long.pdf: too large")


def test_decompression_bomb_fails_within_the_timeout(tmp_path, monkeypatch):
    path = bomb_pdf(tmp_path / "radiology.pdf")
    assert path.stat().st_size < 1024 * 1024
    monkeypatch.setenv("MRS_REVIEW_PDF_TIMEOUT", "3")
    started = time.perf_counter()
    message = one_line_error(read_document, path)
    elapsed = time.perf_counter() - started
    assert elapsed < 10, elapsed
    assert message.startswith("radiology.pdf: ")
    assert "may be malformed" in message


def test_a_child_over_its_memory_limit_fails_one_line():
    def allocate(report):
        return len(bytearray(512 * 1024 * 1024))

    message = one_line_error(ingest._run_in_child, allocate, seconds=20, memory_bytes=64 * 1024 * 1024,
                             name="scan.pdf")
    assert message == "scan.pdf: needs more than 64 MB of memory to read; file may be malformed"


def test_timeout_keyword_and_bad_environment_value(tmp_path, monkeypatch):
    path = bomb_pdf(tmp_path / "radiology.pdf", inflated_mb=100)
    assert (one_line_error(read_document, path, limits=ReadLimits(pdf_seconds=1))
            in ("radiology.pdf: took longer than 1 s to read; file may be malformed",
                "radiology.pdf: needs more than 2 GiB of memory to read; file may be malformed"))
    monkeypatch.setenv("MRS_REVIEW_PDF_TIMEOUT", "soon")
    assert one_line_error(read_document, path).startswith("MRS_REVIEW_PDF_TIMEOUT must be a number")


def test_a_bomb_in_a_folder_costs_one_warning(tmp_path):
    bomb_pdf(tmp_path / "radiology.pdf", inflated_mb=100)
    (tmp_path / "consult.txt").write_text("Consult: worsening headaches.", encoding="utf-8")
    packet = read_packet(tmp_path, limits=ReadLimits(pdf_seconds=1))
    assert [document.name for document in packet.documents] == ["consult.txt"]
    assert len(packet.warnings) == 1 and packet.warnings[0].startswith("radiology.pdf: ")


# --- layout.json ---------------------------------------------------------------


def test_layout_rules_refuse_an_unknown_key_naming_file_and_key():
    with pytest.raises(LexiconError, match=r"layout\.json line_patterns\[0\] \(page\).*patern"):
        layout_rules_from_dict({"margin_lines": {"lines_per_margin": 3, "min_pages": 2, "min_page_fraction": 0.5},
                                "line_patterns": [{"name": "page", "patern": "^page"}]}, "layout.json")
    with pytest.raises(LexiconError, match=r"layout\.json.*margin"):
        layout_rules_from_dict({"margins": {}, "line_patterns": []}, "layout.json")


def test_shipped_layout_rules_load_and_match_their_own_examples():
    rules = ingest.load_layout_rules()
    assert rules.line_patterns
    examples = ["11/03/2025 14:22 FROM: Valley Neuro FAX 555-0100 TO: 555-0199 P. 2/5", "Page 2 of 5",
                "CONFIDENTIAL: this fax is intended only for the addressee", "- 3 -"]
    for example in examples:
        assert any(rule.pattern.search(example) for rule in rules.line_patterns), example
    for clinical in ["Patient came from: home to: clinic with headache", "Follow-up MRI in 3 months",
                     "The patient was confidential about her history"]:
        assert not any(rule.pattern.search(clinical) for rule in rules.line_patterns), clinical


def test_nlp_text_has_the_length_of_text_for_every_odd_character():
    odd = "".join(chr(code) for code in range(0, 0x3100)) + "\ufeff\ufffe\uffff\U0001f600"
    pages = ingest.make_pages([odd], "plain-text")
    assert len(pages[0].nlp_text) == len(odd)


def test_a_scan_is_read_at_its_own_resolution_within_bounds():
    from extractors.ingest import OCR_DPI, ocr_resolution

    assert ocr_resolution(200.0) == 200  # a fine-mode fax: no upsampling
    assert ocr_resolution(98.0) == 200  # a standard-mode fax: up to what Tesseract reads well
    assert ocr_resolution(600.0) == OCR_DPI  # a 600-dpi scan: no more pixels than Tesseract needs
    assert ocr_resolution(0.0) == OCR_DPI  # a page drawn in vector paths


@pytest.mark.parametrize("rounded", [False, True])  # straight rules: our reader; a rounded box: pdfplumber's
def test_two_columns_under_a_ruled_header_box_are_read_column_by_column(tmp_path, rounded):
    path = tmp_path / "note.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 10)
    columns = [50, 240, 400, 560]
    for row, cells in enumerate([("Patient", "DOE, JANE", "DOB 01/02/1970"), ("Visit", "10/02/2026", "Dr. A. Smith")]):
        for column, cell in enumerate(cells):
            pdf.drawString(columns[column] + 4, 740 - (row + 1) * 18 + 5, cell)
    for row in range(3):
        pdf.line(columns[0], 740 - row * 18, columns[-1], 740 - row * 18)
    for x in columns:
        pdf.line(x, 740, x, 740 - 2 * 18)
    if rounded:
        pdf.roundRect(40, 30, 530, 40, 6)
        pdf.drawString(50, 50, "Signature box")
    for row in range(25):  # drawn line by line across the page: the raw text order interleaves the columns
        pdf.drawString(52, 680 - 13 * row, f"Left {row:02d}: seizures since the first visit here")
        pdf.drawString(320, 680 - 13 * row, f"Right {row:02d}: MRI 09/15 characteristic of DNET")
    pdf.showPage()
    pdf.save()
    text = read_document(path).pages[0].text
    assert "Patient: DOE, JANE" in text
    assert text.index("Left 00") < text.index("Left 24") < text.index("Right 00") < text.index("Right 24")
    assert "Left 03: seizures since the first visit here\nLeft 04" in text


def test_a_repeated_line_with_other_dates_is_each_pages_own_not_a_running_header():
    from extractors.ingest import layout_spans

    pages = [f"01/30/2026 11:02 KHMC FAX P.0{n}/03\nEXAM: MRI BRAIN W/WO (CPT 70553) DATE: {date}\nFINDINGS: x\n"
             for n, date in enumerate(["09/08/2025", "01/15/2026", "01/15/2026"], start=1)]
    blanked = [[page[start:end] for start, end in spans] for page, spans in zip(pages, layout_spans(pages))]
    assert all(any(line.startswith("01/30/2026 11:02 KHMC FAX") for line in lines) for lines in blanked)
    assert not any(line.startswith("EXAM:") for lines in blanked for line in lines)


def test_a_row_of_two_answered_fields_is_not_a_column_header():
    from extractors.ingest import table_lines

    rows = [["Claustrophobia", "[X] Yes [ ] No - needs premed", "Pregnant", "[ ] Yes [ ] No [X] N/A"],
            ["Renal insufficiency / eGFR < 30", "[ ] Yes [X] No", "Contrast allergy", "[ ] Yes [X] No"]]
    assert table_lines(rows)[1] == "Renal insufficiency / eGFR < 30: [ ] Yes [X] No; Contrast allergy; [ ] Yes [X] No"
    header = [["Study", "Date", "Result"], ["MRI brain", "09/18/2026", "indeterminate"]]
    assert table_lines(header)[1] == "MRI brain: Date: 09/18/2026; Result: indeterminate"
