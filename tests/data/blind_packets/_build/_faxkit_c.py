"""Small helper shared by the b65-b68 packet builders (blind QA set C).

Builds faxed-looking PDFs with a real text layer using reportlab platypus:
  * a fax transmission banner at the top of every page (packet-wide page counter)
  * a footer on every page ("Page X of Y" for the document + a confidentiality line)
  * ruled-table request forms (label/value grids with checkboxes)
  * optional two-column pages (two frames)
Each document is built twice: pass 1 counts pages, pass 2 writes the final file.
"""
import os
import random

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, KeepTogether)

pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuMono", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"))

W, H = letter
SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["Normal"], fontName="Helvetica", fontSize=9.2, leading=11.6)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=9.8)
MONO = ParagraphStyle("mono", parent=BODY, fontName="Courier", fontSize=8.8, leading=10.8)
HEAD = ParagraphStyle("head", parent=BODY, fontName="Helvetica-Bold", fontSize=12.5, leading=15, alignment=TA_CENTER)
SUBHEAD = ParagraphStyle("subhead", parent=BODY, fontName="Helvetica", fontSize=8.6, leading=10.4, alignment=TA_CENTER)
SEC = ParagraphStyle("sec", parent=BODY, fontName="Helvetica-Bold", fontSize=9.4, leading=12, spaceBefore=5)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.6, leading=10.4)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")

BOX_ON = '<font name="DejaVu">\u2612</font>'   # ballot box with X
BOX_OFF = '<font name="DejaVu">\u2610</font>'  # empty ballot box


def box(on, label, glyph=True):
    if glyph:
        return f"{BOX_ON if on else BOX_OFF} {label}"
    return f"[{'X' if on else ' '}] {label}"


def P(text, style=BODY):
    return Paragraph(text, style)


def sec(title):
    return Paragraph(title, SEC)


def paras(block, style=BODY):
    """Blank-line separated paragraphs; single newlines become <br/>."""
    out = []
    for chunk in block.strip("\n").split("\n\n"):
        out.append(Paragraph(chunk.strip().replace("\n", "<br/>"), style))
        out.append(Spacer(1, 3))
    return out


def letterhead(name, lines):
    out = [Paragraph(name, HEAD)]
    for ln in lines:
        out.append(Paragraph(ln, SUBHEAD))
    out.append(Spacer(1, 4))
    t = Table([[""]], colWidths=[W - 1.3 * inch], rowHeights=[2])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black)]))
    out.append(t)
    out.append(Spacer(1, 6))
    return out


def grid(rows, col_widths, header_rows=0, shade_cols=(), span=None, font_size=None):
    """Ruled table. rows: list of lists of str/Flowable. Label columns in shade_cols are greyed + bold."""
    data = []
    for r in rows:
        row = []
        for ci, v in enumerate(r):
            if isinstance(v, str):
                st = CELLB if ci in shade_cols else CELL
                row.append(Paragraph(v, st))
            else:
                row.append(v)
        data.append(row)
    t = Table(data, colWidths=col_widths, repeatRows=header_rows)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.7, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.3, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for ci in shade_cols:
        style.append(("BACKGROUND", (ci, 0), (ci, -1), colors.Color(0.88, 0.88, 0.88)))
    if header_rows:
        style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.75, 0.75, 0.75)))
    for sp in (span or []):
        style.append(("SPAN",) + tuple(sp))
        (c0, r0), (c1, r1) = sp
        if c0 not in shade_cols:
            style.append(("BACKGROUND", (c0, r0), (c1, r1), colors.white))
    t.setStyle(TableStyle(style))
    return t


def band(title):
    """A dark section band used on forms."""
    t = Table([[Paragraph(f'<font color="white"><b>{title}</b></font>', CELL)]], colWidths=[W - 1.3 * inch])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.2, 0.2, 0.2)),
                           ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
                           ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    return t


TWO_COL = "TWO"
ONE_COL = "ONE"
HDR_TWO = "HDR2"   # full-width header frame on top, two columns below (first page of a two-column doc)


def to_two():
    return [NextPageTemplate(TWO_COL)]


def header_done():
    """End of the full-width header frame on an HDR2 page: continue in the left column;
    later pages use the plain two-column template."""
    return [NextPageTemplate(TWO_COL), FrameBreak()]


def to_one_newpage():
    return [NextPageTemplate(ONE_COL), PageBreak()]


class _Doc(BaseDocTemplate):
    pass


def _speckle(c, seed):
    """Light fax noise: a few specks and a faint scan streak (vector, tiny)."""
    rnd = random.Random(seed)
    c.saveState()
    c.setFillColor(colors.Color(0.35, 0.35, 0.35))
    for _ in range(rnd.randint(18, 40)):
        x, y = rnd.uniform(10, W - 10), rnd.uniform(10, H - 10)
        r = rnd.uniform(0.25, 0.8)
        c.circle(x, y, r, stroke=0, fill=1)
    c.setStrokeColor(colors.Color(0.8, 0.8, 0.8))
    c.setLineWidth(0.4)
    y = rnd.uniform(60, H - 60)
    c.line(0, y, W, y + rnd.uniform(-1, 1))
    c.restoreState()


def build_packet(out_dir, docs, banner, footer_note="CONFIDENTIAL: contains protected health information"):
    """docs: list of dicts {file, story: callable()->list, title}.
    banner: callable(global_page, global_total, doc_index) -> str (fax transmission line).
    """
    os.makedirs(out_dir, exist_ok=True)

    def make(path, story_fn, title, counts, start_page, total_pages, doc_index, first=ONE_COL, top_h=1.6 * inch):
        state = {"n": 0}

        def on_page(c, d):
            state["n"] += 1
            n = state["n"]
            gp = start_page + n
            c.saveState()
            c.setFont("Courier", 8.3)
            c.drawString(0.35 * inch, H - 0.3 * inch, banner(gp, total_pages, doc_index))
            c.setLineWidth(0.5)
            c.line(0.35 * inch, H - 0.35 * inch, W - 0.35 * inch, H - 0.35 * inch)
            c.setFont("Helvetica", 7.6)
            tot = counts.get(path, "?")
            c.drawString(0.65 * inch, 0.42 * inch, f"{title}")
            c.drawRightString(W - 0.65 * inch, 0.42 * inch, f"Page {n} of {tot}")
            c.setFont("Helvetica-Oblique", 6.8)
            c.drawCentredString(W / 2, 0.27 * inch, footer_note)
            c.restoreState()
            _speckle(c, hash((path, n)) & 0xFFFF)

        doc = _Doc(path, pagesize=letter, leftMargin=0.65 * inch, rightMargin=0.65 * inch,
                   topMargin=0.6 * inch, bottomMargin=0.7 * inch, title=title, author="", subject="")
        f1 = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f1")
        gap = 0.25 * inch
        cw = (doc.width - gap) / 2
        fl = Frame(doc.leftMargin, doc.bottomMargin, cw, doc.height, id="L")
        fr = Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, doc.height, id="R")
        ft = Frame(doc.leftMargin, doc.bottomMargin + doc.height - top_h, doc.width, top_h, id="T")
        hl = Frame(doc.leftMargin, doc.bottomMargin, cw, doc.height - top_h, id="HL")
        hr = Frame(doc.leftMargin + cw + gap, doc.bottomMargin, cw, doc.height - top_h, id="HR")
        tpls = {ONE_COL: PageTemplate(id=ONE_COL, frames=[f1], onPage=on_page),
                TWO_COL: PageTemplate(id=TWO_COL, frames=[fl, fr], onPage=on_page),
                HDR_TWO: PageTemplate(id=HDR_TWO, frames=[ft, hl, hr], onPage=on_page)}
        order = [first] + [k for k in tpls if k != first]
        doc.addPageTemplates([tpls[k] for k in order])
        doc.build(story_fn())
        return state["n"]

    # pass 1: count pages
    counts = {}
    tmp = os.path.join(out_dir, ".tmp_count.pdf")
    for i, d in enumerate(docs):
        counts[d["file"]] = make(tmp, d["story"], d["title"], {}, 0, 0, i, d.get("first", ONE_COL), d.get("top_h", 1.6 * inch))
    os.remove(tmp)
    total = sum(counts.values())
    # pass 2: final
    start = 0
    for i, d in enumerate(docs):
        path = os.path.join(out_dir, d["file"])
        n = make(path, d["story"], d["title"], {path: counts[d["file"]]}, start, total, i, d.get("first", ONE_COL), d.get("top_h", 1.6 * inch))
        assert n == counts[d["file"]], (d["file"], n, counts[d["file"]])
        start += n
    return counts, total
