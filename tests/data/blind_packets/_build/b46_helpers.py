"""Shared helpers for the b46/b47/b48 blind packets (faxed-looking PDFs).

Packet(...) collects documents; each document is a list of "blocks" built by
small helpers (heading, para, kv, form tables, two-column switch, image page).
build() renders every document twice: once to count pages, once for real, so
that the fax banner can carry packet-wide page numbers (P.003/012) and each
document's footer carries "Page x of y".
"""
import io
import os
import random
import textwrap

import numpy as np
from PIL import Image as PILImage, ImageDraw, ImageFont, ImageFilter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
LIB_DIR = "/usr/share/fonts/truetype/liberation/"
pdfmetrics.registerFont(TTFont("DJ", FONT_DIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DJB", FONT_DIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DJM", FONT_DIR + "DejaVuSansMono.ttf"))
pdfmetrics.registerFont(TTFont("LS", LIB_DIR + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", LIB_DIR + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LSI", LIB_DIR + "LiberationSerif-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("LS", 0, 0, "LS")
addMapping("LS", 1, 0, "LSB")
addMapping("LS", 0, 1, "LSI")
addMapping("LS", 1, 1, "LSB")
addMapping("DJ", 0, 0, "DJ")
addMapping("DJ", 1, 0, "DJB")
addMapping("DJ", 0, 1, "DJ")
addMapping("DJ", 1, 1, "DJB")

PAGE_W, PAGE_H = letter

BOX_X = '<font name="DJ">\u2612</font>'   # ticked box
BOX_O = '<font name="DJ">\u2610</font>'   # empty box


def styles(base="LS", size=10):
    s = {}
    s["body"] = ParagraphStyle("body", fontName=base, fontSize=size, leading=size * 1.25,
                               spaceAfter=3)
    s["small"] = ParagraphStyle("small", parent=s["body"], fontSize=size - 1.5,
                                leading=(size - 1.5) * 1.2)
    s["h1"] = ParagraphStyle("h1", parent=s["body"], fontName=base, fontSize=size + 4,
                             leading=(size + 4) * 1.2, alignment=TA_CENTER, spaceAfter=6)
    s["h2"] = ParagraphStyle("h2", parent=s["body"], fontSize=size + 1,
                             leading=(size + 1) * 1.25, spaceBefore=5, spaceAfter=2)
    s["cell"] = ParagraphStyle("cell", parent=s["body"], fontName="DJ", fontSize=8.2,
                               leading=10, spaceAfter=0)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName="DJB")
    s["cellh"] = ParagraphStyle("cellh", parent=s["cell"], fontName="DJB", fontSize=9,
                                textColor=colors.white, alignment=TA_CENTER)
    s["mono"] = ParagraphStyle("mono", parent=s["body"], fontName="DJM", fontSize=8.5,
                               leading=10.5)
    return s


# --------------------------------------------------------------------- blocks
import re as _re


def join_lines(chunk):
    """Source text is hard-wrapped at ~100 chars: join wrapped lines with a
    space, keep a line break before list items and after short lines."""
    chunk = _re.sub(r"&(?!amp;|lt;|gt;|#)", "&amp;", chunk)
    lines = chunk.split("\n")
    out = lines[0]
    for prev, ln in zip(lines, lines[1:]):
        brk = (len(_re.sub(r"<[^>]+>", "", prev)) < 62 or _re.match(r"\s*(-|\+|\d+\.|\*|[A-Z][A-Za-z /]{1,18}:)", ln))
        out += ("<br/>" if brk else " ") + ln
    return out

class Doc:
    """One document (one PDF file) of the packet."""

    def __init__(self, filename, header_left, header_right, footer_note="",
                 base_font="LS", size=10, first="one"):
        self.first = first
        self.filename = filename
        self.header_left = header_left
        self.header_right = header_right
        self.footer_note = footer_note
        self.st = styles(base_font, size)
        self.story = []

    # text helpers -----------------------------------------------------
    def title(self, text):
        self.story.append(Paragraph(text, self.st["h1"]))

    def h(self, text):
        self.story.append(Paragraph("<b>%s</b>" % text, self.st["h2"]))

    def p(self, text, style="body"):
        for chunk in text.strip("\n").split("\n\n"):
            self.story.append(Paragraph(join_lines(chunk), self.st[style]))

    def mono(self, text):
        for chunk in text.strip("\n").split("\n\n"):
            esc = chunk.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            esc = esc.replace(" ", "&nbsp;").replace("\n", "<br/>")
            self.story.append(Paragraph(esc, self.st["mono"]))

    def sp(self, h=6):
        self.story.append(Spacer(1, h))

    def section(self, name, text):
        self.h(name)
        self.p(text)

    def kv(self, rows, col_widths=(1.6 * inch, 5.4 * inch)):
        data = [[Paragraph("<b>%s</b>" % k, self.st["cell"]), Paragraph(v, self.st["cell"])]
                for k, v in rows]
        t = Table(data, colWidths=col_widths)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        self.story.append(t)

    def form(self, rows, col_widths, spans=(), header_rows=(), shade_rows=()):
        """rows: list of lists of str (cell markup) ; spans: ((c0,r0),(c1,r1)) ;
        header_rows: row idx drawn dark with white text; shade_rows: light grey."""
        data = []
        for r, row in enumerate(rows):
            st = self.st["cellh"] if r in header_rows else self.st["cell"]
            data.append([Paragraph(c, st) if isinstance(c, str) else c for c in row])
        t = Table(data, colWidths=col_widths, repeatRows=0)
        cmds = [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                ("BOX", (0, 0), (-1, -1), 1.4, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
        for a, b in spans:
            cmds.append(("SPAN", a, b))
        for r in header_rows:
            cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#333333")))
        for r in shade_rows:
            cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#dddddd")))
        t.setStyle(TableStyle(cmds))
        self.story.append(t)

    def two_columns(self):
        """Following content flows in two columns starting on a new page."""
        self.story.append(NextPageTemplate("two"))
        self.story.append(PageBreak())

    def one_column(self, new_page=True):
        self.story.append(NextPageTemplate("one"))
        if new_page:
            self.story.append(PageBreak())

    def image_page(self, maker):
        """A page holding only a scanned image (no text layer).
        maker(global_page_no, total_pages) -> path of a JPEG; it is called at
        draw time so the fax banner burnt into the scan carries the right P.x/y."""
        self.story.append(NextPageTemplate("img"))
        self.story.append(PageBreak())
        self.story.append(FullPageImage(maker))

    def signature(self, lines):
        self.sp(8)
        self.p("<i>Electronically signed</i>")
        self.p("<br/>".join(lines))


_STATE = {"offset": 0, "total": 0}


class FullPageImage(Flowable):
    def __init__(self, maker):
        super().__init__()
        self.maker = maker

    def wrap(self, aW, aH):
        self.w, self.h = aW, aH - 0.5
        return self.w, self.h

    def draw(self):
        g = _STATE["offset"] + self.canv.getPageNumber()
        path = self.maker(g, _STATE["total"])
        self.canv.drawImage(path, 0, 0, width=self.w, height=self.h)


# --------------------------------------------------------------------- packet
class Packet:
    def __init__(self, outdir, fax_dt, fax_from_num, fax_from_name,
                 fax_to="COHERE HEALTH UM INTAKE 1-857-555-0142"):
        self.outdir = outdir
        self.fax_dt = fax_dt
        self.fax_from_num = fax_from_num
        self.fax_from_name = fax_from_name
        self.fax_to = fax_to
        self.docs = []
        os.makedirs(outdir, exist_ok=True)

    def doc(self, *a, **kw):
        d = Doc(*a, **kw)
        self.docs.append(d)
        return d

    def _render(self, d, offset, total, out):
        state = {"offset": offset, "total": total}
        _STATE["offset"], _STATE["total"] = offset, total
        doc_pages = [0]

        def deco(canv, docobj):
            n = docobj.page
            g = state["offset"] + n
            canv.saveState()
            # fax banner
            canv.setFont("DJM", 7.3)
            banner = "%s  FROM: %s %s  TO: %s  P.%03d/%03d" % (
                self.fax_dt, self.fax_from_num, self.fax_from_name, self.fax_to,
                g, state["total"] or 0)
            canv.drawString(0.35 * inch, PAGE_H - 0.28 * inch, banner)
            canv.setLineWidth(0.4)
            canv.line(0.35 * inch, PAGE_H - 0.32 * inch, PAGE_W - 0.35 * inch,
                      PAGE_H - 0.32 * inch)
            # running header
            fs = 8.5
            avail = PAGE_W - 1.5 * inch - 12
            while fs > 5.5 and (pdfmetrics.stringWidth(d.header_left, "LSB", fs)
                                + pdfmetrics.stringWidth(d.header_right, "LS", fs)) > avail:
                fs -= 0.25
            canv.setFont("LSB", fs)
            canv.drawString(0.75 * inch, PAGE_H - 0.58 * inch, d.header_left)
            canv.setFont("LS", fs)
            canv.drawRightString(PAGE_W - 0.75 * inch, PAGE_H - 0.58 * inch, d.header_right)
            canv.line(0.75 * inch, PAGE_H - 0.64 * inch, PAGE_W - 0.75 * inch,
                      PAGE_H - 0.64 * inch)
            # footer
            canv.line(0.75 * inch, 0.62 * inch, PAGE_W - 0.75 * inch, 0.62 * inch)
            canv.setFont("LS", 7.8)
            if d.footer_note:
                canv.drawString(0.75 * inch, 0.45 * inch, d.footer_note)
            canv.drawRightString(PAGE_W - 0.75 * inch, 0.45 * inch,
                                 "Page %d of %s" % (n, state.get("doc_total") or "?"))
            canv.restoreState()
            doc_pages[0] = n

        def noop(canv, docobj):
            doc_pages[0] = docobj.page

        m = 0.75 * inch
        top = 0.8 * inch
        bot = 0.8 * inch
        fw = PAGE_W - 2 * m
        fh = PAGE_H - top - bot
        one = Frame(m, bot, fw, fh, id="one")
        gap = 0.25 * inch
        cw = (fw - gap) / 2
        c1 = Frame(m, bot, cw, fh, id="c1")
        c2 = Frame(m + cw + gap, bot, cw, fh, id="c2")
        img = Frame(0, 0, PAGE_W, PAGE_H, leftPadding=0, rightPadding=0, topPadding=0,
                    bottomPadding=0, id="img")
        bd = BaseDocTemplate(out, pagesize=letter, title=d.filename, author="",
                             pageTemplates=sorted(
                                 [PageTemplate("one", [one], onPage=deco),
                                  PageTemplate("two", [c1, c2], onPage=deco),
                                  PageTemplate("img", [img], onPage=noop)],
                                 key=lambda t: t.id != d.first))
        state["doc_total"] = getattr(d, "_pages", None)
        import copy
        bd.build(copy.deepcopy(d.story))
        return doc_pages[0]

    def build(self):
        # pass 1: count pages
        for d in self.docs:
            d._pages = self._render(d, 0, 0, io.BytesIO())
        total = sum(d._pages for d in self.docs)
        off = 0
        for d in self.docs:
            n = self._render(d, off, total, os.path.join(self.outdir, d.filename))
            assert n == d._pages, (d.filename, n, d._pages)
            off += n
        return total


# --------------------------------------------------------------------- scans
def render_scan(lines, out_path, banner, seed=7, dpi=200, font_px=27, rotate=0.45):
    """Render text lines to a noisy grayscale 'scanned fax' JPEG (letter size).
    lines: list of str; a line starting with '##' is bold/large, '--' a rule."""
    rnd = random.Random(seed)
    W, H = int(8.5 * dpi), int(11 * dpi)
    im = PILImage.new("L", (W, H), 255)
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype(LIB_DIR + "LiberationSerif-Regular.ttf", font_px)
    fb = ImageFont.truetype(LIB_DIR + "LiberationSerif-Bold.ttf", int(font_px * 1.15))
    fm = ImageFont.truetype(FONT_DIR + "DejaVuSansMono.ttf", int(font_px * 0.7))
    dr.text((60, 40), banner, font=fm, fill=30)
    dr.line((60, 78, W - 60, 78), fill=40, width=2)
    y = 130
    x0 = 150
    maxchars = 88
    for ln in lines:
        if ln.startswith("--"):
            dr.line((x0, y + 10, W - x0, y + 10), fill=40, width=2)
            y += 28
            continue
        bold = ln.startswith("##")
        txt = ln[2:].strip() if bold else ln
        wrapped = textwrap.wrap(txt, maxchars) or [""]
        for w in wrapped:
            dr.text((x0, y), w, font=fb if bold else f, fill=rnd.randint(0, 45))
            y += int(font_px * 1.38)
        if bold:
            y += 4
    im = im.rotate(rotate, resample=PILImage.BICUBIC, fillcolor=255)
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    a = np.asarray(im).astype(np.float32)
    rs = np.random.RandomState(seed)
    a += rs.normal(0, 11, a.shape)
    speck = rs.random_sample(a.shape)
    a[speck < 0.0009] = 20
    a[speck > 0.9996] = 255
    # faint horizontal fax streaks
    for _ in range(4):
        r = rs.randint(0, H)
        a[r:r + 2, :] *= 0.93
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = PILImage.fromarray(a, "L")
    out.save(out_path, "JPEG", quality=60, dpi=(dpi, dpi))
    return out_path
