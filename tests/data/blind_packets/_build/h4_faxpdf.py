# Shared helper for the faxed-PDF packets (h4 helper; imported by b31/b33 build scripts).
import os, io
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, KeepTogether)

_ss = getSampleStyleSheet()
BODY = ParagraphStyle('body', parent=_ss['Normal'], fontName='Helvetica',
                      fontSize=9.5, leading=12.2)
MONO = ParagraphStyle('mono', parent=BODY, fontName='Courier', fontSize=9,
                      leading=11)
H1 = ParagraphStyle('h1', parent=BODY, fontName='Helvetica-Bold', fontSize=12.5,
                    leading=15, spaceAfter=4)
H2 = ParagraphStyle('h2', parent=BODY, fontName='Helvetica-Bold', fontSize=9.5,
                    leading=12.5, spaceBefore=5)
CELL = ParagraphStyle('cell', parent=BODY, fontSize=8.8, leading=10.8)
CELLB = ParagraphStyle('cellb', parent=CELL, fontName='Helvetica-Bold')


def P(text, style=BODY):
    return Paragraph(escape(text).replace('\n', '<br/>'), style)


def block(text):
    """Turn a text block into flowables.
    '# x'  -> title, '## x' -> section heading, '' -> small gap,
    '| a | b' -> two-column key/value row in a thin table; other -> paragraph."""
    out = []
    for raw in text.strip('\n').split('\n'):
        line = raw.rstrip()
        if not line.strip():
            out.append(Spacer(1, 4))
        elif line.startswith('# '):
            out.append(P(line[2:], H1))
        elif line.startswith('## '):
            out.append(P(line[3:], H2))
        elif line.startswith('~ '):
            out.append(P(line[2:], MONO))
        else:
            ind = len(line) - len(line.lstrip(' '))
            st = BODY if ind == 0 else ParagraphStyle('ind%d' % ind, parent=BODY,
                                                      leftIndent=ind * 4)
            out.append(P(line.strip(), st))
    return out


def form_table(rows, col_widths=None):
    """rows: list of lists of strings; a row with one string spans all columns
    (used as a shaded section header when it starts with '>')."""
    ncol = max(len(r) for r in rows)
    data, style = [], [
        ('GRID', (0, 0), (-1, -1), 0.7, colors.black),
        ('VALIGN', (0, 0), (-1, -1), 'TOP'),
        ('LEFTPADDING', (0, 0), (-1, -1), 3),
        ('RIGHTPADDING', (0, 0), (-1, -1), 3),
        ('TOPPADDING', (0, 0), (-1, -1), 2),
        ('BOTTOMPADDING', (0, 0), (-1, -1), 3),
    ]
    for i, r in enumerate(rows):
        if len(r) == 1:
            txt = r[0]
            if txt.startswith('>'):
                data.append([P(txt[1:].strip(), CELLB)] + [''] * (ncol - 1))
                style.append(('BACKGROUND', (0, i), (-1, i), colors.HexColor('#d9d9d9')))
            else:
                data.append([P(txt, CELL)] + [''] * (ncol - 1))
            style.append(('SPAN', (0, i), (-1, i)))
        else:
            cells = []
            for j, c in enumerate(r):
                cells.append(P(c, CELLB if (j % 2 == 0 and ncol >= 2) else CELL))
            cells += [''] * (ncol - len(r))
            data.append(cells)
            if len(r) < ncol:
                style.append(('SPAN', (len(r) - 1, i), (-1, i)))
    t = Table(data, colWidths=col_widths, repeatRows=0)
    t.setStyle(TableStyle(style))
    return t


class _Deco:
    def __init__(self, banner_fn, doc_label, start_page, total_pages, doc_pages):
        self.banner_fn, self.label = banner_fn, doc_label
        self.start, self.total, self.doc_pages = start_page, total_pages, doc_pages

    def __call__(self, canv, doc):
        n = canv.getPageNumber()
        w, h = letter
        canv.saveState()
        canv.setFont('Courier', 8)
        canv.setFillColor(colors.HexColor('#222222'))
        fax_p = self.start + n - 1
        canv.drawString(0.45 * inch, h - 0.35 * inch,
                        self.banner_fn(fax_p, self.total))
        canv.setLineWidth(0.4)
        canv.line(0.45 * inch, h - 0.41 * inch, w - 0.45 * inch, h - 0.41 * inch)
        canv.setFont('Helvetica', 7.5)
        canv.drawCentredString(w / 2, 0.42 * inch,
                               '%s  -  Page %d of %d' % (self.label, n, self.doc_pages or n))
        canv.restoreState()


def _build(path, flow_fn, deco):
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.75 * inch,
                            rightMargin=0.75 * inch, topMargin=0.7 * inch,
                            bottomMargin=0.7 * inch)
    doc.build(flow_fn(), onFirstPage=deco, onLaterPages=deco)
    return doc.page if hasattr(doc, 'page') else None


def build_packet(outdir, docs, banner_fn, state=None):
    """docs: list of (filename, label, flow_fn). Two passes so that the fax
    banner carries the page number across the whole transmission."""
    os.makedirs(outdir, exist_ok=True)
    counts = []
    for fn, label, flow in docs:
        buf = io.BytesIO()
        d = SimpleDocTemplate(buf, pagesize=letter, leftMargin=0.75 * inch,
                              rightMargin=0.75 * inch, topMargin=0.7 * inch,
                              bottomMargin=0.7 * inch)
        pages = []
        d.build(flow(), onFirstPage=lambda c, dd: pages.append(1),
                onLaterPages=lambda c, dd: pages.append(1))
        counts.append(len(pages))
    total = sum(counts)
    if state is not None:
        state['total'] = total
    start = 1
    for (fn, label, flow), cnt in zip(docs, counts):
        deco = _Deco(banner_fn, label, start, total, cnt)
        _build(os.path.join(outdir, fn), flow, deco)
        start += cnt
    return counts, total
