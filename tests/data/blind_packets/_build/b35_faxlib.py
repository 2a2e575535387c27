"""Shared helper for the b35/b36/b37 blind packets: faxed-looking PDFs with reportlab."""
import random
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, NextPageTemplate, PageBreak, FrameBreak)

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", FD + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVM", FD + "DejaVuSansMono.ttf"))
pdfmetrics.registerFont(TTFont("DVM-B", FD + "DejaVuSansMono-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVS-B", FD + "DejaVuSerif-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-B")
registerFontFamily("DVM", normal="DVM", bold="DVM-B", italic="DVM", boldItalic="DVM-B")
registerFontFamily("DVS", normal="DVS", bold="DVS-B", italic="DVS", boldItalic="DVS-B")

X = "\u2612"   # ballot box with X
O = "\u2610"   # empty ballot box

W, H = letter
ST = {
    "body": ParagraphStyle("body", fontName="DV", fontSize=9, leading=11.5, spaceAfter=3),
    "small": ParagraphStyle("small", fontName="DV", fontSize=7.5, leading=9),
    "h1": ParagraphStyle("h1", fontName="DV-B", fontSize=13, leading=16, spaceAfter=4),
    "h2": ParagraphStyle("h2", fontName="DV-B", fontSize=9.5, leading=12, spaceBefore=5, spaceAfter=2,
                         keepWithNext=1),
    "mono": ParagraphStyle("mono", fontName="DVM", fontSize=8.6, leading=11, spaceAfter=2),
    "monoh": ParagraphStyle("monoh", fontName="DVM-B", fontSize=8.8, leading=11.5, spaceBefore=5, spaceAfter=1,
                            keepWithNext=1),
    "serif": ParagraphStyle("serif", fontName="DVS", fontSize=9.6, leading=13, spaceAfter=6),
    "cell": ParagraphStyle("cell", fontName="DV", fontSize=8, leading=10),
    "cellb": ParagraphStyle("cellb", fontName="DV-B", fontSize=8, leading=10),
    "center": ParagraphStyle("center", fontName="DV-B", fontSize=11, leading=14, alignment=1),
}


def P(t, s="body"):
    return Paragraph(t, ST[s] if isinstance(s, str) else s)


def paras(text, s="body"):
    """Split blank-line separated text into paragraphs (single newlines -> <br/>)."""
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append(P(block.strip("\n").replace("\n", "<br/>"), s))
    return out


SHADE = colors.Color(0.86, 0.86, 0.86)
DARK = colors.Color(0.25, 0.25, 0.25)


def form_table(rows, col_widths, spans=(), shade_cells=(), header_rows=(), font_size=8):
    """rows: list of lists of str or flowables. strings become Paragraphs."""
    data = []
    for r in rows:
        data.append([P(c, "cell") if isinstance(c, str) else c for c in r])
    t = Table(data, colWidths=col_widths)
    cmds = [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    for sp in spans:
        cmds.append(("SPAN",) + tuple(sp))
    for c in shade_cells:
        cmds.append(("BACKGROUND", c[0], c[1], SHADE))
    for r in header_rows:
        cmds.append(("BACKGROUND", (0, r), (-1, r), DARK))
        cmds.append(("TEXTCOLOR", (0, r), (-1, r), colors.white))
    t.setStyle(TableStyle(cmds))
    return t


def hdr(text):
    """white-on-dark header cell text"""
    return Paragraph('<font color="white"><b>%s</b></font>' % text, ST["cell"])


class _NumberedCanvas(rl_canvas.Canvas):
    def __init__(self, *a, **k):
        rl_canvas.Canvas.__init__(self, *a, **k)
        self._saved = []
        self.run_header = ""
        self.run_footer = ""
        self.image_only = False

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for i, st in enumerate(self._saved):
            self.__dict__.update(st)
            if not self.image_only:
                self._decorate(i + 1, total)
            rl_canvas.Canvas.showPage(self)
        rl_canvas.Canvas.save(self)

    def _decorate(self, n, total):
        pk = self._packet
        banner = pk.banner.format(p=n + pk.offset, t=pk.fax_total or total)
        self.setFont("DVM", 7.6)
        self.setFillColor(colors.black)
        self.drawString(0.35 * inch, H - 0.3 * inch, banner)
        self.setLineWidth(0.4)
        self.line(0.35 * inch, H - 0.34 * inch, W - 0.35 * inch, H - 0.34 * inch)
        self.setFont("DV", 7.4)
        self.drawString(0.7 * inch, H - 0.55 * inch, self.run_header)
        self.line(0.7 * inch, H - 0.6 * inch, W - 0.7 * inch, H - 0.6 * inch)
        self.line(0.7 * inch, 0.62 * inch, W - 0.7 * inch, 0.62 * inch)
        self.drawString(0.7 * inch, 0.45 * inch, self.run_footer)
        self.drawRightString(W - 0.7 * inch, 0.45 * inch, "Page %d of %d" % (n, total))


class Packet:
    def __init__(self, path, banner, offset=0, fax_total=None):
        self.path = path
        self.offset = offset          # fax page offset when one fax is split into files
        self.fax_total = fax_total
        self.banner = banner          # format string with {p} and {t}
        self.templates = []
        self.story = []
        self.n = 0

    def _tmpl(self, header, footer, columns, image=None):
        tid = "t%d" % self.n
        self.n += 1
        lm, rm, tm, bm = 0.7 * inch, 0.7 * inch, 0.75 * inch, 0.8 * inch
        fw, fh = W - lm - rm, H - tm - bm
        if image is not None:
            frames = [Frame(0, 0, W, H, id=tid + "f", leftPadding=0, rightPadding=0,
                            topPadding=0, bottomPadding=0)]
        elif columns == 2:
            g = 0.25 * inch
            cw = (fw - g) / 2
            frames = [Frame(lm, bm, cw, fh, id=tid + "a"), Frame(lm + cw + g, bm, cw, fh, id=tid + "b")]
        else:
            frames = [Frame(lm, bm, fw, fh, id=tid + "f")]

        def onpage(c, d, header=header, footer=footer, image=image):
            c.run_header = header
            c.run_footer = footer
            c.image_only = image is not None
            if image is not None:
                c.drawImage(image, 0, 0, W, H)
        self.templates.append(PageTemplate(id=tid, frames=frames, onPage=onpage))
        return tid

    def add_doc(self, flowables, header, footer="CONFIDENTIAL - contains PHI", columns=1,
                top=None):
        """top: flowables placed full-width before a two-column body (own page template)."""
        if top is not None and columns == 2:
            tid = self._tmpl(header, footer, 1)
            self._start(tid)
            # top section occupies a single-column first page area; then switch to 2 col
            tid2 = self._tmpl(header, footer, 2)
            self.story += top + [NextPageTemplate(tid2)]
            self.story += flowables
            return
        tid = self._tmpl(header, footer, columns)
        self._start(tid)
        self.story += flowables

    def add_mixed(self, top, cols, bottom, header, footer="CONFIDENTIAL - contains PHI",
                  top_h=2.2 * inch):
        """one page: full-width top block, two-column middle, optional full-width bottom."""
        tid = "t%d" % self.n
        self.n += 1
        lm, rm, tm, bm = 0.7 * inch, 0.7 * inch, 0.75 * inch, 0.8 * inch
        fw = W - lm - rm
        g = 0.25 * inch
        cw = (fw - g) / 2
        top_y = H - tm - top_h
        frames = [Frame(lm, top_y, fw, top_h, id=tid + "top"),
                  Frame(lm, bm, cw, top_y - bm, id=tid + "a"),
                  Frame(lm + cw + g, bm, cw, top_y - bm, id=tid + "b")]

        def onpage(c, d, header=header, footer=footer):
            c.run_header = header
            c.run_footer = footer
            c.image_only = False
        self.templates.append(PageTemplate(id=tid, frames=frames, onPage=onpage))
        # continuation template: two columns full height
        tid2 = self._tmpl(header, footer, 2)
        self._start(tid)
        self.story += top + [FrameBreak()] + [NextPageTemplate(tid2)] + cols + (bottom or [])

    def add_scan(self, image_path):
        tid = self._tmpl("", "", 1, image=image_path)
        self._start(tid)
        self.story.append(Spacer(1, 1))

    def _start(self, tid):
        if self.story:
            self.story += [NextPageTemplate(tid), PageBreak()]
        else:
            # first template must be first in list
            t = [x for x in self.templates if x.id == tid][0]
            self.templates.remove(t)
            self.templates.insert(0, t)

    def build(self):
        doc = BaseDocTemplate(self.path, pagesize=letter, pageTemplates=self.templates,
                              title="", author="", creator="FaxServer", producer="FaxServer")
        pk = self

        class C(_NumberedCanvas):
            _packet = pk
        doc.build(self.story, canvasmaker=C)


def render_scan(lines, out_jpg, banner, seed=1, angle=0.6):
    """Render text lines to a 200 dpi letter-size grayscale 'scanned' JPEG.
    lines: list of (text, size, bold) tuples or plain strings; '---' draws a rule."""
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    rnd = random.Random(seed)
    dpi = 200
    img = Image.new("L", (int(8.5 * dpi), int(11 * dpi)), 250)
    d = ImageDraw.Draw(img)
    fm = ImageFont.truetype(FD + "DejaVuSansMono.ttf", 27)
    d.text((60, 45), banner, font=fm, fill=20)
    d.line((60, 85, img.width - 60, 85), fill=40, width=2)
    y = 150
    for ln in lines:
        if isinstance(ln, str):
            ln = (ln, 30, False)
        text, size, bold = ln[:3]
        mono = len(ln) > 3 and ln[3]
        if text == "---":
            d.line((140, y + 10, img.width - 140, y + 10), fill=30, width=3)
            y += 30
            continue
        if mono:
            fn = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
        else:
            fn = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
        f = ImageFont.truetype(FD + fn, size)
        d.text((140, y), text, font=f, fill=15)
        y += int(size * 1.45)
    # slight blur + noise + speckles
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    for _ in range(int(img.width * img.height * 0.0006)):
        x, yy = rnd.randrange(img.width), rnd.randrange(img.height)
        px[x, yy] = rnd.choice((0, 60, 120, 255))
    noise = Image.effect_noise(img.size, 10).filter(ImageFilter.GaussianBlur(0.8))
    img = Image.blend(img, noise, 0.03)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=245)
    img.save(out_jpg, "JPEG", quality=60, dpi=(dpi, dpi))
    return out_jpg
