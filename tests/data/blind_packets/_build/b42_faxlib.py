"""Shared fax-PDF helper for cases b42 / b44 (reportlab).

Each document of a packet is written as its own PDF.  Every page carries a
fax banner at the top (transmission time, sender/receiver numbers, global fax
page counter) and a footer with "Page X of Y" for that document.
"""
import os
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, Preformatted)
from reportlab.pdfgen import canvas as rl_canvas

_ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=_ss["Normal"], fontName="Helvetica",
                      fontSize=9.5, leading=12.5)
HEAD = ParagraphStyle("head", parent=BODY, fontName="Helvetica-Bold",
                      fontSize=10, leading=13, spaceBefore=5)
TITLE = ParagraphStyle("title", parent=BODY, fontName="Helvetica-Bold",
                       fontSize=13, leading=16, spaceAfter=4)
MONO = ParagraphStyle("mono", parent=BODY, fontName="Courier", fontSize=8.8,
                      leading=11)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.8, leading=11)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_flowables(text):
    """Very small markup: '# ' title, '## ' bold heading, '| ' monospace line,
    blank line = paragraph break, other lines joined into paragraphs unless
    they start with '- ' or a digit + '.' (kept as their own line)."""
    out = []
    para = []

    def flush():
        if para:
            out.append(Paragraph("<br/>".join(esc(p) for p in para), BODY))
            out.append(Spacer(1, 3))
            para.clear()

    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        if line.startswith("# "):
            flush()
            out.append(Paragraph(esc(line[2:]), TITLE))
        elif line.startswith("## "):
            flush()
            out.append(Paragraph(esc(line[3:]), HEAD))
        elif line.startswith("| "):
            flush()
            out.append(Preformatted(line[2:], MONO))
        else:
            para.append(line)
    flush()
    return out


def form_table(rows, col_widths=(2.1 * inch, 5.0 * inch)):
    """rows: list of (label, value) or ('#', section title)."""
    data = []
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    for i, (a, b) in enumerate(rows):
        if a == "#":
            data.append([Paragraph(esc(b), CELLB), ""])
            style.append(("SPAN", (0, i), (1, i)))
            style.append(("BACKGROUND", (0, i), (1, i), colors.HexColor("#d9d9d9")))
        else:
            data.append([Paragraph(esc(a), CELLB),
                         Paragraph("<br/>".join(esc(x) for x in b.split("\n")), CELL)])
    t = Table(data, colWidths=col_widths, repeatRows=0)
    t.setStyle(TableStyle(style))
    return [t, Spacer(1, 6)]


class _CountingCanvas(rl_canvas.Canvas):
    def __init__(self, *a, banner=None, footer=None, offset=0, total=0, **k):
        super().__init__(*a, **k)
        self._saved = []
        self._banner = banner
        self._footer = footer
        self._offset = offset
        self._total = total

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for i, st in enumerate(self._saved):
            self.__dict__.update(st)
            self._decorate(i + 1, n)
            super().showPage()
        super().save()
        self.npages = n

    def _decorate(self, page, n):
        w, h = letter
        self.saveState()
        self.setFont("Courier", 8)
        gp = self._offset + page
        self.drawString(0.45 * inch, h - 0.35 * inch,
                        "%s   P.%03d/%03d" % (self._banner, gp, self._total or 0))
        self.setLineWidth(0.4)
        self.line(0.45 * inch, h - 0.40 * inch, w - 0.45 * inch, h - 0.40 * inch)
        self.setFont("Helvetica", 7.5)
        self.drawString(0.6 * inch, 0.45 * inch, self._footer)
        self.drawRightString(w - 0.6 * inch, 0.45 * inch, "Page %d of %d" % (page, n))
        self.restoreState()


def _build_one(path, flow, banner, footer, offset, total):
    doc = SimpleDocTemplate(path, pagesize=letter, topMargin=0.7 * inch,
                            bottomMargin=0.75 * inch, leftMargin=0.7 * inch,
                            rightMargin=0.7 * inch, title=footer)
    holder = {}

    def maker(*a, **k):
        c = _CountingCanvas(*a, banner=banner, footer=footer, offset=offset,
                            total=total, **k)
        holder["c"] = c
        return c

    doc.build(list(flow), canvasmaker=maker)
    return holder["c"].npages


def build_packet(outdir, banner, docs):
    """docs: list of (filename, footer_label, flowables_fn).  flowables_fn is
    called with no args and returns a fresh list of flowables (they cannot be
    reused between builds)."""
    os.makedirs(outdir, exist_ok=True)
    counts = []
    for fn, label, ff in docs:
        counts.append(_build_one(os.path.join(outdir, fn), ff(), banner, label, 0, 0))
    total = sum(counts)
    off = 0
    for (fn, label, ff), n in zip(docs, counts):
        _build_one(os.path.join(outdir, fn), ff(), banner, label, off, total)
        off += n
    return counts
