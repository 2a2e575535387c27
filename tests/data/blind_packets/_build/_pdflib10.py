"""Small helpers for the blind10 PDF packets (b125, b126).

Pages are built with reportlab platypus.  Each page gets an optional fax
banner line at the top ("FEB-03-2026 10:14 FROM: ... P. 2/5") and a footer.
Image-only ("scanned") pages are rendered with Pillow and drawn onto the PDF
page as a single raster image, so that page has no text layer.
"""
import io
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, Flowable)

PAGE_W, PAGE_H = letter
MARGIN = 0.6 * inch
TOP = 0.85 * inch      # room for banner + letterhead gap
BOTTOM = 0.75 * inch   # room for footer

FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
FONT_B = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"
FONT_MONO = "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf"


def style(name, **kw):
    base = dict(fontName="Helvetica", fontSize=9.3, leading=11.8)
    base.update(kw)
    return ParagraphStyle(name, **base)


ST = {
    "body": style("body", spaceAfter=3),
    "small": style("small", fontSize=7.8, leading=9.6),
    "h1": style("h1", fontName="Helvetica-Bold", fontSize=13.5, leading=17, spaceAfter=4),
    "h2": style("h2", fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=5, spaceAfter=2),
    "h3": style("h3", fontName="Helvetica-Bold", fontSize=9.3, leading=11.6, spaceBefore=4, spaceAfter=1),
    "lbl": style("lbl", fontName="Helvetica-Bold", fontSize=8, leading=9.8),
    "val": style("val", fontSize=8.8, leading=10.8),
    "sect": style("sect", fontName="Helvetica-Bold", fontSize=9, leading=11, textColor=colors.white),
    "serif": style("serif", fontName="Times-Roman", fontSize=10.8, leading=13.6, spaceAfter=6),
    "mono": style("mono", fontName="Courier", fontSize=8.8, leading=10.8),
}


def P(text, st="body"):
    return Paragraph(text, ST[st])


def form_table(title, rows, widths, total_w=PAGE_W - 2 * MARGIN):
    """A ruled form section: dark title row, then rows of cells.
    A cell is ("L", text[, span]) for a shaded label or ("V", text[, span])."""
    ncol = len(widths)
    col_w = [total_w * w / sum(widths) for w in widths]
    data = [[Paragraph(title, ST["sect"])] + [""] * (ncol - 1)]
    cmds = [("SPAN", (0, 0), (-1, 0)),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#333333")),
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    for r, row in enumerate(rows, start=1):
        out, c = [], 0
        for cell in row:
            kind, text = cell[0], cell[1]
            span = cell[2] if len(cell) > 2 else 1
            out.append(Paragraph(text, ST["lbl"] if kind == "L" else ST["val"]))
            out.extend([""] * (span - 1))
            if kind == "L":
                cmds.append(("BACKGROUND", (c, r), (c + span - 1, r), colors.HexColor("#E2E2E2")))
            if span > 1:
                cmds.append(("SPAN", (c, r), (c + span - 1, r)))
            c += span
        out.extend([""] * (ncol - len(out)))
        data.append(out)
    t = Table(data, colWidths=col_w)
    t.setStyle(TableStyle(cmds))
    return t


def grid(data, widths, total_w=None, fs=8.4):
    st = style("g", fontSize=fs, leading=fs + 2.2)
    sth = style("gh", fontName="Helvetica-Bold", fontSize=fs, leading=fs + 2.2)
    if total_w:
        widths = [total_w * w / sum(widths) for w in widths]
    rows = [[Paragraph(str(x), sth if i == 0 else st) for x in row] for i, row in enumerate(data)]
    t = Table(rows, colWidths=widths)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E2E2E2")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return t


class ScanPage(Flowable):
    """Fills a frame with a raster image (an image-only 'scanned' page)."""

    def __init__(self, pil_image, w, h):
        super().__init__()
        self.img, self.w, self.h = pil_image, w, h

    def wrap(self, aw, ah):
        return self.w, self.h

    def draw(self):
        buf = io.BytesIO()
        self.img.save(buf, format="PNG")
        buf.seek(0)
        self.canv.drawImage(ImageReader(buf), 0, 0, width=self.w, height=self.h)


def render_scan(lines, seed=7, dpi=200, angle=0.6, noise=0.012, banner=None, font_size=30):
    """Render text lines to a letter-size grayscale image that looks scanned.
    lines: list of (text, kind) with kind in {"b" bold, "n" normal, "m" mono, "gap"}.
    banner: optional fax banner text burned into the top of the image."""
    rng = random.Random(seed)
    W, H = int(8.5 * dpi), int(11 * dpi)
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    fonts = {"n": ImageFont.truetype(FONT, font_size),
             "b": ImageFont.truetype(FONT_B, font_size + 2),
             "m": ImageFont.truetype(FONT_MONO, font_size - 2),
             "banner": ImageFont.truetype(FONT_MONO, 24)}
    y = int(0.35 * dpi)
    if banner:
        d.text((int(0.4 * dpi), y), banner, font=fonts["banner"], fill=30)
        y += int(0.45 * dpi)
    y += int(0.2 * dpi)
    x0 = int(0.8 * dpi)
    for text, kind in lines:
        if kind == "gap":
            y += int(font_size * 0.7)
            continue
        if kind == "rule":
            d.line((x0, y + 8, W - x0, y + 8), fill=40, width=3)
            y += 22
            continue
        d.text((x0, y), text, font=fonts[kind], fill=rng.randint(0, 35))
        y += int(font_size * 1.42)
    if y > H - int(0.5 * dpi):
        raise ValueError("scan page overflow: %d > %d" % (y, H))
    # scanner artefacts: slight rotation, blur, speckle noise
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    n = int(W * H * noise)
    for _ in range(n):
        xx, yy = rng.randrange(W), rng.randrange(H)
        px[xx, yy] = rng.choice((0, 60, 120, 200, 255))
    return img


def build(path, story, banner_fn=None, footer_fn=None, two_col_gap=0.3 * inch):
    """Build a PDF. Page templates: 'one' (single column), 'two' (two
    columns), 'scan' (full page, no margins, for ScanPage).
    banner_fn(page_no) / footer_fn(page_no) return strings or None."""

    def decorate(canv, doc):
        n = canv.getPageNumber()
        canv.saveState()
        if banner_fn:
            b = banner_fn(n)
            if b:
                canv.setFont("Courier", 8.4)
                canv.drawString(0.4 * inch, PAGE_H - 0.32 * inch, b)
        if footer_fn:
            f = footer_fn(n)
            if f:
                canv.setFont("Helvetica", 7.4)
                canv.setStrokeColor(colors.grey)
                canv.line(MARGIN, 0.6 * inch, PAGE_W - MARGIN, 0.6 * inch)
                canv.drawString(MARGIN, 0.45 * inch, f)
        canv.restoreState()

    fw = PAGE_W - 2 * MARGIN
    fh = PAGE_H - TOP - BOTTOM
    one = PageTemplate("one", [Frame(MARGIN, BOTTOM, fw, fh, id="f1")], onPage=decorate)
    cw = (fw - two_col_gap) / 2
    two = PageTemplate("two", [Frame(MARGIN, BOTTOM, cw, fh, id="c1"),
                               Frame(MARGIN + cw + two_col_gap, BOTTOM, cw, fh, id="c2")],
                       onPage=decorate)
    # a 'twohead' page: full-width heading block then two columns
    head_h = 1.55 * inch
    twohead = PageTemplate("twohead", [
        Frame(MARGIN, BOTTOM + fh - head_h, fw, head_h, id="h"),
        Frame(MARGIN, BOTTOM, cw, fh - head_h, id="c1"),
        Frame(MARGIN + cw + two_col_gap, BOTTOM, cw, fh - head_h, id="c2")], onPage=decorate)
    scan = PageTemplate("scan", [Frame(0, 0, PAGE_W, PAGE_H, id="s", leftPadding=0,
                                       rightPadding=0, topPadding=0, bottomPadding=0)])
    doc = BaseDocTemplate(path, pagesize=letter, pageTemplates=[one, two, twohead, scan],
                          title="", author="", creator="")
    doc.build(story)


__all__ = ["P", "ST", "style", "form_table", "grid", "ScanPage", "render_scan", "build",
           "PageBreak", "FrameBreak", "NextPageTemplate", "Spacer", "inch", "PAGE_W", "PAGE_H",
           "MARGIN", "colors"]
