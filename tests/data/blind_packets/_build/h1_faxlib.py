"""Helper for the b21-b23 build scripts: fax-looking clinical PDFs (reportlab + Pillow).

(Named h1_faxlib.py so it does not collide with other authors' helpers in _build/.)

Each output PDF is one fax transmission: a fax banner on every page
("date time FROM ... TO ... P. n/N"), and each document inside has its own
header (facility / patient) and footer ("Page x of y").  Documents may be
one-column, two-column, or image-only (rendered with Pillow at 200 dpi with
noise, placed as a bare image: no text layer on that page).
"""
import io
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib import colors
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, NextPageTemplate,
                                FrameBreak, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

W, H = letter
DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation/"

_FONTS = {
    "Sans": DJ + "DejaVuSans.ttf",
    "Sans-Bold": DJ + "DejaVuSans-Bold.ttf",
    "Sans-Oblique": DJ + "DejaVuSans-Oblique.ttf",
    "Sans-BoldOblique": DJ + "DejaVuSans-BoldOblique.ttf",
    "Serif": LB + "LiberationSerif-Regular.ttf",
    "Serif-Bold": LB + "LiberationSerif-Bold.ttf",
    "Serif-Italic": LB + "LiberationSerif-Italic.ttf",
    "Serif-BoldItalic": LB + "LiberationSerif-BoldItalic.ttf",
    "Arial": LB + "LiberationSans-Regular.ttf",
    "Arial-Bold": LB + "LiberationSans-Bold.ttf",
    "Arial-Italic": LB + "LiberationSans-Italic.ttf",
    "Arial-BoldItalic": LB + "LiberationSans-BoldItalic.ttf",
    "Mono": DJ + "DejaVuSansMono.ttf",
    "Mono-Bold": DJ + "DejaVuSansMono-Bold.ttf",
}
for _n, _p in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_n, _p))
for _fam in ("Sans", "Serif", "Arial"):
    _it = "Oblique" if _fam == "Sans" else "Italic"
    addMapping(_fam, 0, 0, _fam)
    addMapping(_fam, 1, 0, _fam + "-Bold")
    addMapping(_fam, 0, 1, _fam + "-" + _it)
    addMapping(_fam, 1, 1, _fam + "-Bold" + _it)

STY = {
    "body": ParagraphStyle("body", fontName="Serif", fontSize=10, leading=12.6, spaceAfter=3),
    "sans": ParagraphStyle("sans", fontName="Arial", fontSize=9.5, leading=12, spaceAfter=3),
    "small": ParagraphStyle("small", fontName="Arial", fontSize=8, leading=10, spaceAfter=2),
    "h": ParagraphStyle("h", fontName="Arial-Bold", fontSize=10, leading=13, spaceBefore=5, spaceAfter=2),
    "title": ParagraphStyle("title", fontName="Arial-Bold", fontSize=13, leading=16, spaceAfter=6,
                            alignment=1),
    "cell": ParagraphStyle("cell", fontName="Sans", fontSize=8.6, leading=10.6),
    "cellb": ParagraphStyle("cellb", fontName="Sans-Bold", fontSize=8.6, leading=10.6),
    "mono": ParagraphStyle("mono", fontName="Mono", fontSize=8.5, leading=10.5),
    "col": ParagraphStyle("col", fontName="Arial", fontSize=8.8, leading=11, spaceAfter=3),
    "colh": ParagraphStyle("colh", fontName="Arial-Bold", fontSize=9, leading=11.5, spaceBefore=4,
                           spaceAfter=1),
}


def P(text, style="body"):
    return Paragraph(text, STY[style])


def SP(h=6):
    return Spacer(1, h)


def form_table(rows, col_widths=(2.3 * inch, 4.7 * inch)):
    """rows: (label, value) pairs, or ("#section", title) for a shaded spanning row."""
    data, style = [], [
        ("GRID", (0, 0), (-1, -1), 0.7, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for i, (a, b) in enumerate(rows):
        if a == "#section":
            data.append([Paragraph(b, STY["cellb"]), ""])
            style += [("SPAN", (0, i), (1, i)),
                      ("BACKGROUND", (0, i), (1, i), colors.Color(.85, .85, .85))]
        else:
            data.append([Paragraph(a, STY["cellb"]), Paragraph(b, STY["cell"])])
    t = Table(data, colWidths=list(col_widths))
    t.setStyle(TableStyle(style))
    return t


def grid_table(data, col_widths, header=True, font="cell"):
    rows = [[Paragraph(str(c), STY["cellb" if (header and r == 0) else font]) for c in row]
            for r, row in enumerate(data)]
    t = Table(rows, colWidths=col_widths)
    st = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        st.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(.88, .88, .88)))
    t.setStyle(TableStyle(st))
    return t


class Doc:
    def __init__(self, did, header_left, header_right, footer, story=None, columns=1,
                 image_lines=None, header_font="Arial"):
        self.did = did
        self.header_left = header_left      # list of str; first is bold
        self.header_right = header_right    # list of str
        self.footer = footer                # str
        self.story = story or []
        self.columns = columns
        self.image_lines = image_lines      # list of (style, text) -> image-only page
        self.header_font = header_font


class _ImageMarker(Flowable):
    """Occupies a whole page; the actual image is painted at save time."""

    def __init__(self, did):
        super().__init__()
        self.did = did

    def wrap(self, aw, ah):
        return (aw, ah - 2)

    def draw(self):
        self.canv._imgdoc = self.did


# ---------------------------------------------------------------- image pages
_PIL_FONTS = {}


def _pf(name, px):
    key = (name, px)
    if key not in _PIL_FONTS:
        _PIL_FONTS[key] = ImageFont.truetype(_FONTS[name], px)
    return _PIL_FONTS[key]


def render_image_page(banner, doc, page_label, seed=7, dpi=200):
    """Render a whole page (banner, header, body, footer) to a noisy grayscale image."""
    rnd = random.Random(seed)
    pw, ph = int(8.5 * dpi), int(11 * dpi)
    img = Image.new("L", (pw, ph), 255)
    d = ImageDraw.Draw(img)
    s = dpi / 72.0
    ml = mr = int(0.75 * dpi)
    bl = banner.split("\n")
    for j, t in enumerate(bl):
        d.text((int(0.4 * dpi), int(0.2 * dpi) + int(10 * s) * j), t, font=_pf("Mono", int(8 * s)), fill=0)
    off = int(10 * s) * (len(bl) - 1)
    d.line((int(0.4 * dpi), int(0.36 * dpi) + off, pw - int(0.4 * dpi), int(0.36 * dpi) + off), fill=0, width=2)
    y = int(0.5 * dpi) + off
    for i, t in enumerate(doc.header_left):
        f = _pf("Arial-Bold" if i == 0 else "Arial", int((10 if i == 0 else 8) * s))
        d.text((ml, y), t, font=f, fill=0)
        y += int((13 if i == 0 else 10.5) * s)
    y2 = int(0.5 * dpi) + off
    for t in doc.header_right:
        f = _pf("Arial", int(8 * s))
        tw = d.textlength(t, font=f)
        d.text((pw - mr - tw, y2), t, font=f, fill=0)
        y2 += int(10.5 * s)
    y = max(y, y2) + int(4 * s)
    d.line((ml, y, pw - mr, y), fill=0, width=3)
    y += int(10 * s)
    maxw = pw - ml - mr
    specs = {"title": ("Arial-Bold", 12.5, 16), "h": ("Arial-Bold", 10, 13.5),
             "p": ("Serif", 10, 12.8), "b": ("Serif-Bold", 10, 12.8),
             "small": ("Arial", 8, 10), "mono": ("Mono", 8.5, 10.8)}
    for style, text in doc.image_lines:
        if style == "sp":
            y += int(float(text) * s)
            continue
        if style == "rule":
            d.line((ml, y + int(3 * s), pw - mr, y + int(3 * s)), fill=0, width=2)
            y += int(8 * s)
            continue
        fname, size, lead = specs[style]
        f = _pf(fname, int(size * s))
        if style == "h":
            y += int(3 * s)
        indent = 0
        if text.startswith("  "):
            indent = int(14 * s)
            text = text.strip()
        words, line, lines = text.split(" "), "", []
        for w_ in words:
            cand = (line + " " + w_).strip()
            if d.textlength(cand, font=f) <= maxw - indent:
                line = cand
            else:
                lines.append(line)
                line = w_
        lines.append(line)
        for ln in lines:
            if style == "title":
                tw = d.textlength(ln, font=f)
                d.text(((pw - tw) / 2, y), ln, font=f, fill=0)
            else:
                d.text((ml + indent, y), ln, font=f, fill=0)
            y += int(lead * s)
        y += int(2 * s)
    if y > ph - int(0.9 * dpi):
        raise ValueError("image page overflow for %s" % doc.did)
    fy = ph - int(0.62 * dpi)
    d.line((ml, fy - int(4 * s), pw - mr, fy - int(4 * s)), fill=0, width=2)
    d.text((ml, fy), doc.footer, font=_pf("Arial", int(7.5 * s)), fill=0)
    f = _pf("Arial", int(8 * s))
    tw = d.textlength(page_label, font=f)
    d.text((pw - mr - tw, fy), page_label, font=f, fill=0)
    # fax degradation: slight skew, blur, noise, specks, a streak
    img = img.rotate(rnd.uniform(-0.45, 0.45), resample=Image.BICUBIC, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    a = np.asarray(img).astype(np.float32)
    nrng = np.random.default_rng(seed)
    a += nrng.normal(0, 14, a.shape)
    specks = nrng.random(a.shape) < 0.0009
    a[specks] = nrng.integers(0, 90, specks.sum())
    yy = int(nrng.integers(int(ph * .3), int(ph * .8)))
    a[yy:yy + 2, :] -= 35
    a = np.clip(a, 0, 255).astype(np.uint8)
    return Image.fromarray(a, "L")


# ---------------------------------------------------------------- building
def build_fax(path, banner_fmt, docs, seed=7):
    """banner_fmt: str with {p} and {n} placeholders (fax page / total pages)."""
    by_id = {d.did: d for d in docs}

    class FaxCanvas(rlcanvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._states = []
            self._docid = None
            self._imgdoc = None

        def showPage(self):
            self._states.append(dict(self.__dict__))
            self._imgdoc = None
            self._startPage()

        def save(self):
            total = len(self._states)
            counts, seen = {}, {}
            for st in self._states:
                counts[st["_docid"]] = counts.get(st["_docid"], 0) + 1
            for i, st in enumerate(self._states, 1):
                self.__dict__.update(st)
                did = st["_docid"]
                seen[did] = seen.get(did, 0) + 1
                doc = by_id[did]
                banner = banner_fmt.format(p=i, n=total)
                label = "Page %d of %d" % (seen[did], counts[did])
                if st.get("_imgdoc"):
                    im = render_image_page(banner, doc, label, seed=seed + i)
                    buf = io.BytesIO()
                    im.save(buf, "PNG")
                    buf.seek(0)
                    self.drawImage(ImageReader(buf), 0, 0, W, H)
                else:
                    self._overlay(banner, doc, label)
                rlcanvas.Canvas.showPage(self)
            rlcanvas.Canvas.save(self)

        def _overlay(self, banner, doc, label):
            c = self
            c.saveState()
            c.setFont("Mono", 8)
            bl = banner.split("\n")
            for j, t in enumerate(bl):
                c.drawString(0.4 * inch, H - 0.3 * inch - 10 * j, t)
            off = 10 * (len(bl) - 1)
            c.setLineWidth(0.8)
            c.line(0.4 * inch, H - 0.36 * inch - off, W - 0.4 * inch, H - 0.36 * inch - off)
            y = H - 0.6 * inch - off
            for i, t in enumerate(doc.header_left):
                c.setFont(doc.header_font + ("-Bold" if i == 0 else ""), 10 if i == 0 else 8)
                c.drawString(0.75 * inch, y, t)
                y -= 12 if i == 0 else 10
            y2 = H - 0.6 * inch - off
            c.setFont(doc.header_font, 8)
            for t in doc.header_right:
                c.drawRightString(W - 0.75 * inch, y2, t)
                y2 -= 10
            yl = min(y, y2) + 4
            c.setLineWidth(1.2)
            c.line(0.75 * inch, yl, W - 0.75 * inch, yl)
            c.setLineWidth(0.6)
            c.line(0.75 * inch, 0.62 * inch, W - 0.75 * inch, 0.62 * inch)
            c.setFont("Arial", 7.5)
            c.drawString(0.75 * inch, 0.47 * inch, doc.footer)
            c.setFont("Arial", 8)
            c.drawRightString(W - 0.75 * inch, 0.47 * inch, label)
            c.restoreState()

    top, bot = 1.12 * inch, 0.8 * inch
    fw = W - 1.5 * inch
    fh = H - top - bot
    templates, story = [], []

    def mk_onpage(did):
        def _f(canv, _doc):
            canv._docid = did
        return _f

    for k, d in enumerate(docs):
        name = "t_%s" % d.did
        if d.image_lines is not None:
            frames = [Frame(0, 0, W, H, 0, 0, 0, 0, id=name + "_f")]
        elif d.columns == 2:
            cw = (fw - 0.3 * inch) / 2
            frames = [Frame(0.75 * inch, bot, cw, fh, id=name + "_a"),
                      Frame(0.75 * inch + cw + 0.3 * inch, bot, cw, fh, id=name + "_b")]
        else:
            frames = [Frame(0.75 * inch, bot, fw, fh, id=name + "_f")]
        templates.append(PageTemplate(id=name, frames=frames, onPage=mk_onpage(d.did)))
        if k > 0:
            story.append(NextPageTemplate(name))
            story.append(PageBreak())
        if d.image_lines is not None:
            story.append(_ImageMarker(d.did))
        else:
            story.extend(d.story)
    bd = BaseDocTemplate(path, pagesize=letter, pageTemplates=templates,
                         leftMargin=0.75 * inch, rightMargin=0.75 * inch,
                         topMargin=top, bottomMargin=bot)
    bd.build(story, canvasmaker=FaxCanvas)
    return path
