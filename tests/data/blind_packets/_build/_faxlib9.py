"""Shared helpers for the blind9 faxed-PDF packets (b118-b120).

A packet is a list of documents (each one PDF file).  Every page of every
document carries a fax banner with a page counter that runs across the whole
transmission ("P.003/007"), so the packet is built twice: once to count pages,
once for real.

Document kinds:
  FlowDoc  - reportlab platypus story with letterhead/footer; templates
             'one' (single column), 'two' (two columns) and 'twohead'
             (full-width head block, then two columns).
  ScanDoc  - image-only pages rendered with Pillow (no text layer), banner
             burned into the image like a received fax.
"""
import io
import os
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

PAGE_W, PAGE_H = letter
FONT_DIR = "/usr/share/fonts/truetype"

# --------------------------------------------------------------------------
# styles
# --------------------------------------------------------------------------

def _ps(name, **kw):
    base = dict(fontName="Helvetica", fontSize=9.2, leading=11.6,
                spaceAfter=0, spaceBefore=0)
    base.update(kw)
    return ParagraphStyle(name, **base)


S = {
    "body": _ps("body", spaceAfter=4),
    "bodyj": _ps("bodyj", spaceAfter=4, alignment=4),
    "small": _ps("small", fontSize=7.6, leading=9.4),
    "tiny": _ps("tiny", fontSize=6.8, leading=8.2, textColor=colors.HexColor("#333333")),
    "h1": _ps("h1", fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=4),
    "h2": _ps("h2", fontName="Helvetica-Bold", fontSize=10.2, leading=12.6, spaceBefore=5, spaceAfter=2),
    "h3": _ps("h3", fontName="Helvetica-Bold", fontSize=9.2, leading=11.4, spaceBefore=3, spaceAfter=1),
    "center": _ps("center", alignment=TA_CENTER),
    "right": _ps("right", alignment=TA_RIGHT),
    "lbl": _ps("lbl", fontName="Helvetica-Bold", fontSize=7.8, leading=9.4),
    "val": _ps("val", fontSize=8.6, leading=10.4),
    "sect": _ps("sect", fontName="Helvetica-Bold", fontSize=8.8, leading=10.6, textColor=colors.white),
    "serif": _ps("serif", fontName="Times-Roman", fontSize=10.6, leading=13.4, spaceAfter=6),
    "serifj": _ps("serifj", fontName="Times-Roman", fontSize=10.4, leading=13.0, spaceAfter=6, alignment=4),
    "mono": _ps("mono", fontName="Courier", fontSize=8.6, leading=10.4),
}


def P(text, style="body"):
    return Paragraph(text, S[style] if isinstance(style, str) else style)


# --------------------------------------------------------------------------
# ruled form tables
# --------------------------------------------------------------------------
LABEL_BG = colors.HexColor("#E4E4E4")
SECT_BG = colors.HexColor("#3A3A3A")


def form_section(title, rows, widths, total_w=7.3 * inch):
    """rows: list of lists of cells; a cell is ("L", text) label, ("V", text)
    value, or (kind, text, span) spanning `span` columns.  widths: relative
    column widths.  Returns a Table with a dark section header row."""
    ncol = len(widths)
    tw = sum(widths)
    col_w = [total_w * w / tw for w in widths]
    data = [[Paragraph(title, S["sect"])] + [""] * (ncol - 1)]
    style = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), SECT_BG),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.1, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4),
    ]
    for r, row in enumerate(rows, start=1):
        out = []
        c = 0
        for cell in row:
            kind, text = cell[0], cell[1]
            span = cell[2] if len(cell) > 2 else 1
            out.append(Paragraph(text, S["lbl"] if kind == "L" else S["val"]))
            out.extend([""] * (span - 1))
            if kind == "L":
                style.append(("BACKGROUND", (c, r), (c + span - 1, r), LABEL_BG))
            if span > 1:
                style.append(("SPAN", (c, r), (c + span - 1, r)))
            c += span
        while len(out) < ncol:
            out.append("")
        data.append(out)
    t = Table(data, colWidths=col_w)
    t.setStyle(TableStyle(style))
    return t


def grid_table(data, widths, header=True, font_size=8.2, total_w=None, zebra=False):
    """Plain ruled data table (labs, medication lists)."""
    st = _ps("gt", fontSize=font_size, leading=font_size + 2)
    sth = _ps("gth", fontName="Helvetica-Bold", fontSize=font_size, leading=font_size + 2)
    rows = []
    for i, row in enumerate(data):
        rows.append([Paragraph(str(x), sth if (header and i == 0) else st) for x in row])
    if total_w:
        tw = sum(widths)
        widths = [total_w * w / tw for w in widths]
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), LABEL_BG))
    t.setStyle(TableStyle(style))
    return t


# --------------------------------------------------------------------------
# documents
# --------------------------------------------------------------------------

class Fax:
    """Transmission-level banner data."""

    def __init__(self, stamp, from_txt, to_txt):
        self.stamp = stamp          # "DEC-02-2025 09:42"
        self.from_txt = from_txt    # "LAKESHORE NEURO ONC 312 555 0148"
        self.to_txt = to_txt        # "18885550199"
        self.total = 1

    def banner(self, n):
        return "%s  FROM: %s  TO: %s  P.%03d/%03d" % (
            self.stamp, self.from_txt, self.to_txt, n, self.total)


class FlowDoc:
    """story_fn() -> list of flowables.  letterhead: list of (text, size, bold)
    lines drawn at the top of each page (below the banner); footer: left-hand
    footer text; 'Page x of y' is added at the right."""

    def __init__(self, filename, story_fn, letterhead=None, footer="",
                 head_h=0.95 * inch, first_page_only_letterhead=False,
                 running_head=None, first_template="one", head_block_h=1.55 * inch):
        self.head_block_h = head_block_h
        self.first_template = first_template
        self.filename = filename
        self.story_fn = story_fn
        self.letterhead = letterhead or []
        self.footer = footer
        self.head_h = head_h
        self.first_only = first_page_only_letterhead
        self.running_head = running_head
        self.npages = 1

    # -- decoration ------------------------------------------------------
    def _decorate(self, canv, doc, fax, start):
        pn = canv.getPageNumber()
        canv.saveState()
        # fax banner
        canv.setFont("Courier", 7.6)
        canv.drawString(0.32 * inch, PAGE_H - 0.26 * inch, fax.banner(start + pn - 1))
        canv.setLineWidth(0.4)
        canv.line(0.32 * inch, PAGE_H - 0.30 * inch, PAGE_W - 0.32 * inch, PAGE_H - 0.30 * inch)
        # letterhead
        y = PAGE_H - 0.56 * inch
        if self.letterhead and (pn == 1 or not self.first_only):
            for text, size, bold in self.letterhead:
                canv.setFont("Helvetica-Bold" if bold else "Helvetica", size)
                canv.drawString(0.6 * inch, y, text)
                y -= size + 2.2
            canv.setLineWidth(1.0)
            canv.line(0.6 * inch, y + 4, PAGE_W - 0.6 * inch, y + 4)
        elif self.running_head:
            canv.setFont("Helvetica", 7.8)
            canv.drawString(0.6 * inch, y, self.running_head)
            canv.setLineWidth(0.5)
            canv.line(0.6 * inch, y - 3, PAGE_W - 0.6 * inch, y - 3)
        # footer
        canv.setFont("Helvetica", 7.2)
        canv.setLineWidth(0.5)
        canv.line(0.6 * inch, 0.62 * inch, PAGE_W - 0.6 * inch, 0.62 * inch)
        canv.drawString(0.6 * inch, 0.48 * inch, self.footer)
        canv.drawRightString(PAGE_W - 0.6 * inch, 0.48 * inch,
                             "Page %d of %d" % (pn, self.npages))
        canv.restoreState()

    def build(self, out, fax, start):
        top = PAGE_H - 0.40 * inch - self.head_h
        bottom = 0.75 * inch
        left, right = 0.6 * inch, PAGE_W - 0.6 * inch
        width = right - left
        gap = 0.28 * inch
        colw = (width - gap) / 2
        h = top - bottom

        def onpage(canv, doc):
            self._decorate(canv, doc, fax, start)

        one = PageTemplate(id="one", frames=[Frame(left, bottom, width, h, id="f1",
                                                   leftPadding=0, rightPadding=0,
                                                   topPadding=0, bottomPadding=0)],
                           onPage=onpage)
        two = PageTemplate(id="two", frames=[
            Frame(left, bottom, colw, h, id="c1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
            Frame(left + colw + gap, bottom, colw, h, id="c2", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
        ], onPage=onpage)
        hh = self.head_block_h
        twohead = PageTemplate(id="twohead", frames=[
            Frame(left, top - hh, width, hh, id="hd", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
            Frame(left, bottom, colw, h - hh - 4, id="c1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
            Frame(left + colw + gap, bottom, colw, h - hh - 4, id="c2", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
        ], onPage=onpage)

        def colsep(canv, doc):
            onpage(canv, doc)
            canv.saveState()
            canv.setLineWidth(0.35)
            x = left + colw + gap / 2
            canv.line(x, bottom, x, top - 2)
            canv.restoreState()

        def colsep_head(canv, doc):
            onpage(canv, doc)
            canv.saveState()
            canv.setLineWidth(0.35)
            x = left + colw + gap / 2
            canv.line(x, bottom, x, top - hh - 6)
            canv.restoreState()
        two.onPage = colsep
        twohead.onPage = colsep_head

        tpls = [one, two, twohead]
        tpls.sort(key=lambda t: t.id != self.first_template)
        doc = BaseDocTemplate(out, pagesize=letter, pageTemplates=tpls,
                              title=os.path.basename(self.filename), author="",
                              leftMargin=left, rightMargin=PAGE_W - right,
                              topMargin=PAGE_H - top, bottomMargin=bottom)
        story = self.story_fn()
        doc.build(story)
        return doc.page


class ScanDoc:
    """Image-only pages.  pages: list of callables draw(img_draw, ctx) that
    write onto a white 'L' image; ctx is a ScanCtx with helpers."""

    def __init__(self, filename, pages, dpi=150, seed=7, quality=52, angles=None):
        self.filename = filename
        self.pages = pages
        self.dpi = dpi
        self.seed = seed
        self.quality = quality
        self.angles = angles or [0.55, -0.4, 0.35]
        self.npages = len(pages)

    def build(self, out, fax, start):
        W, H = int(8.5 * self.dpi), int(11 * self.dpi)
        c = rl_canvas.Canvas(out, pagesize=letter)
        c.setTitle(os.path.basename(self.filename))
        c.setAuthor("")
        rnd = random.Random(self.seed)
        for i, page_fn in enumerate(self.pages):
            img = Image.new("L", (W, H), 255)
            ctx = ScanCtx(img, self.dpi)
            page_fn(ctx)
            img = degrade(img, self.angles[i % len(self.angles)], rnd)
            # banner is applied by the receiving fax AFTER the scan: straight
            d = ImageDraw.Draw(img)
            bf = ImageFont.truetype(FONT_DIR + "/liberation/LiberationMono-Regular.ttf",
                                    int(self.dpi * 0.105))
            d.text((int(0.32 * self.dpi), int(0.15 * self.dpi)),
                   fax.banner(start + i), font=bf, fill=20)
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=self.quality, optimize=True)
            buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, PAGE_W, PAGE_H)
            c.showPage()
        c.save()
        return len(self.pages)


class ScanCtx:
    """Cursor-based text drawing on a Pillow page (units: inches for layout)."""

    def __init__(self, img, dpi):
        self.img = img
        self.d = ImageDraw.Draw(img)
        self.dpi = dpi
        self.x0 = int(0.75 * dpi)
        self.x1 = int(7.75 * dpi)
        self.y = int(0.55 * dpi)
        self.fonts = {}

    def font(self, kind="r", pt=10.5):
        key = (kind, pt)
        if key not in self.fonts:
            name = {"r": "LiberationSerif-Regular", "b": "LiberationSerif-Bold",
                    "i": "LiberationSerif-Italic", "sr": "LiberationSans-Regular",
                    "sb": "LiberationSans-Bold", "m": "LiberationMono-Regular"}[kind]
            self.fonts[key] = ImageFont.truetype(FONT_DIR + "/liberation/%s.ttf" % name,
                                                 int(round(pt * self.dpi / 72.0)))
        return self.fonts[key]

    def px(self, inches):
        return int(inches * self.dpi)

    def line(self, text, kind="r", pt=10.5, x=None, gap=1.22, fill=15):
        f = self.font(kind, pt)
        self.d.text((self.x0 if x is None else x, self.y), text, font=f, fill=fill)
        self.y += int(pt * self.dpi / 72.0 * gap)

    def para(self, text, kind="r", pt=10.5, indent=0.0, gap=1.22, after=0.35, label=None,
             label_kind="b"):
        f = self.font(kind, pt)
        x = self.x0 + self.px(indent)
        maxw = self.x1 - x
        words = text.split()
        lines, cur = [], ""
        first_prefix_w = 0
        if label:
            lf = self.font(label_kind, pt)
            first_prefix_w = self.d.textlength(label + " ", font=lf)
        for w in words:
            trial = (cur + " " + w).strip()
            avail = maxw - (first_prefix_w if not lines else 0)
            if self.d.textlength(trial, font=f) <= avail:
                cur = trial
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        lh = int(pt * self.dpi / 72.0 * gap)
        for i, ln in enumerate(lines):
            xx = x
            if i == 0 and label:
                self.d.text((x, self.y), label, font=self.font(label_kind, pt), fill=15)
                xx = x + first_prefix_w
            self.d.text((xx, self.y), ln, font=f, fill=15)
            self.y += lh
        self.y += int(lh * after)

    def rule(self, w=2, pad=0.06):
        self.y += self.px(pad)
        self.d.line([(self.x0, self.y), (self.x1, self.y)], fill=40, width=w)
        self.y += self.px(pad)

    def space(self, inches):
        self.y += self.px(inches)


def degrade(img, angle, rnd, noise=5.0):
    """Make a clean rendering look scanned/faxed: slight rotation, blur,
    threshold-ish contrast, speckle noise, a faint vertical streak."""
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    a = np.asarray(img).astype(np.float32)
    rs = np.random.RandomState(rnd.randint(0, 10 ** 6))
    a = a + rs.normal(0, noise, a.shape)
    # sparse speckles
    mask = rs.random_sample(a.shape) < 0.0009
    a[mask] = rs.randint(0, 120, mask.sum())
    # streak
    x = rs.randint(int(a.shape[1] * 0.2), int(a.shape[1] * 0.8))
    a[:, x:x + 2] -= 18
    # slightly grey paper, crush blacks
    a = 242 - (242 - a) * 1.08
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "L")


# --------------------------------------------------------------------------
# packet
# --------------------------------------------------------------------------

def build_packet(outdir, fax, docs):
    os.makedirs(outdir, exist_ok=True)
    # pass 1: count pages
    counts = []
    for d in docs:
        buf = io.BytesIO()
        counts.append(d.build(buf, fax, 1))
        d.npages = counts[-1]
    fax.total = sum(counts)
    # pass 2: final
    start = 1
    for d, n in zip(docs, counts):
        path = os.path.join(outdir, d.filename)
        n2 = d.build(path, fax, start)
        assert n2 == n, (d.filename, n, n2)
        start += n
    return counts


def check_packet(outdir):
    import pypdfium2 as pdfium
    for fn in sorted(os.listdir(outdir)):
        if not fn.endswith(".pdf"):
            continue
        path = os.path.join(outdir, fn)
        doc = pdfium.PdfDocument(path)
        print("== %s  pages=%d  size=%.0f KB" % (fn, len(doc), os.path.getsize(path) / 1024))
        for i in range(len(doc)):
            t = doc[i].get_textpage().get_text_range()
            print("   p%d chars=%d  %r" % (i + 1, len(t), t[:110].replace("\r\n", " | ")))
