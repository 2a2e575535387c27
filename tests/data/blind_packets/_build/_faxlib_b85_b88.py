"""Shared helpers for the b85-b88 blind fax packets (author D).

Text pages are drawn with reportlab (real text layer). Scanned/faxed pages are
rendered with Pillow onto a grayscale bitmap, degraded (skew, noise, blur),
saved as grayscale JPEG and placed full-page in the PDF with NO text layer.
"""
import os
import random
import math

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit

LIB = "/usr/share/fonts/truetype/liberation/"
DJV = "/usr/share/fonts/truetype/dejavu/"
FONTS = {
    "sans": LIB + "LiberationSans-Regular.ttf",
    "sansb": LIB + "LiberationSans-Bold.ttf",
    "sansi": LIB + "LiberationSans-Italic.ttf",
    "narrow": LIB + "LiberationSansNarrow-Regular.ttf",
    "narrowb": LIB + "LiberationSansNarrow-Bold.ttf",
    "mono": LIB + "LiberationMono-Regular.ttf",
    "monob": LIB + "LiberationMono-Bold.ttf",
    "serif": LIB + "LiberationSerif-Regular.ttf",
    "serifb": LIB + "LiberationSerif-Bold.ttf",
    # "handwriting": a condensed italic, drawn with jitter in dark-gray ink
    "hand": DJV + "DejaVuSerifCondensed-Italic.ttf",
    "handb": DJV + "DejaVuSerifCondensed-BoldItalic.ttf",
}


# --------------------------------------------------------------------------
# Image (scanned / faxed) pages
# --------------------------------------------------------------------------
class ImgPage:
    def __init__(self, dpi=200, seed=1):
        self.dpi = dpi
        self.W = int(8.5 * dpi)
        self.H = int(11 * dpi)
        self.im = Image.new("L", (self.W, self.H), 255)
        self.d = ImageDraw.Draw(self.im)
        self.rng = random.Random(seed)
        self._fonts = {}

    def px(self, inch):
        return int(round(inch * self.dpi))

    def font(self, name, pt):
        key = (name, pt)
        if key not in self._fonts:
            self._fonts[key] = ImageFont.truetype(FONTS[name], max(6, int(pt * self.dpi / 72.0)))
        return self._fonts[key]

    def text(self, x, y, s, pt=10, f="sans", fill=0, center=False, right=False):
        fnt = self.font(f, pt)
        X = self.px(x)
        if center or right:
            w = fnt.getlength(s)
            X = int(X - w / 2) if center else int(X - w)
        self.d.text((X, self.px(y)), s, font=fnt, fill=fill)
        return y + pt * 1.3 / 72.0

    def wrap(self, x, y, s, width, pt=10, f="sans", lead=1.28, fill=0, indent=0.0):
        """Word-wrap s into width inches; returns the y below the paragraph."""
        fnt = self.font(f, pt)
        maxw = self.px(width)
        words = s.split(" ")
        line = ""
        first = True
        lines = []
        for w in words:
            trial = (line + " " + w) if line else w
            ind = 0 if first else self.px(indent)
            if fnt.getlength(trial) + ind <= maxw:
                line = trial
            else:
                if line:
                    lines.append((line, ind))
                    first = False
                line = w
        if line:
            lines.append((line, 0 if first else self.px(indent)))
        step = pt * lead / 72.0
        for ln, ind in lines:
            self.d.text((self.px(x) + ind, self.px(y)), ln, font=fnt, fill=fill)
            y += step
        return y

    def hline(self, x1, x2, y, w=2, fill=0):
        self.d.line([(self.px(x1), self.px(y)), (self.px(x2), self.px(y))], fill=fill, width=w)

    def rect(self, x1, y1, x2, y2, w=2, fill=None, outline=0):
        self.d.rectangle([self.px(x1), self.px(y1), self.px(x2), self.px(y2)], outline=outline,
                         width=w, fill=fill)

    def box(self, x, y, label=None, checked=False, pt=10, f="sans", mark="x", size=0.12):
        """Checkbox whose top-left is at (x, y); label to the right. Hand mark if checked."""
        s = self.px(size)
        X, Y = self.px(x), self.px(y + 0.02)
        self.d.rectangle([X, Y, X + s, Y + s], outline=0, width=2)
        if checked:
            self.hand_mark(x, y + 0.02, size, mark)
        if label:
            self.text(x + size + 0.07, y - 0.005, label, pt=pt, f=f)
        lw = self.font(f, pt).getlength(label or "") / self.dpi
        return x + size + 0.07 + lw

    def hand_mark(self, x, y, size, mark="x"):
        r = self.rng
        X, Y, s = self.px(x), self.px(y), self.px(size)
        ink = r.randint(15, 45)
        wdt = r.randint(4, 6)
        if mark == "check":
            pts = [(X - s * 0.1 + r.randint(-3, 3), Y + s * 0.45 + r.randint(-3, 3)),
                   (X + s * 0.35 + r.randint(-3, 3), Y + s * 0.95 + r.randint(-2, 4)),
                   (X + s * 1.35 + r.randint(-4, 4), Y - s * 0.55 + r.randint(-4, 4))]
            self.d.line(pts, fill=ink, width=wdt, joint="curve")
        else:
            o = s * 0.25
            self.d.line([(X - o + r.randint(-3, 3), Y - o + r.randint(-3, 3)),
                         (X + s + o + r.randint(-3, 3), Y + s + o + r.randint(-3, 3))], fill=ink, width=wdt)
            self.d.line([(X + s + o + r.randint(-3, 3), Y - o + r.randint(-3, 3)),
                         (X - o + r.randint(-3, 3), Y + s + o + r.randint(-3, 3))], fill=ink, width=wdt)

    def circle(self, x, y, w, h):
        """Hand-drawn loop around something (e.g. a circled 'No')."""
        r = self.rng
        cx, cy = self.px(x + w / 2), self.px(y + h / 2)
        rx, ry = self.px(w / 2 + 0.05), self.px(h / 2 + 0.04)
        pts = []
        for i in range(0, 400, 8):
            a = math.radians(i)
            jitter = 1 + 0.04 * math.sin(i / 37.0)
            pts.append((cx + rx * jitter * math.cos(a) + r.randint(-1, 1), cy + ry * jitter * math.sin(a)))
        self.d.line(pts, fill=r.randint(20, 50), width=4)

    def hand(self, x, y, s, pt=12, f="hand"):
        """Handwritten-style entry: italic face, per-word jitter, dark-gray ink."""
        r = self.rng
        fnt = self.font(f, pt)
        X = self.px(x)
        for word in s.split(" "):
            dy = r.randint(-3, 3)
            ink = r.randint(10, 55)
            self.d.text((X, self.px(y) + dy), word, font=fnt, fill=ink)
            X += int(fnt.getlength(word + " ")) + r.randint(-2, 4)
        return X / self.dpi

    def signature(self, x, y, w=1.8, h=0.35):
        r = self.rng
        X0, Y0 = self.px(x), self.px(y + h / 2)
        pts = []
        n = 160
        for i in range(n):
            t = i / (n - 1)
            xx = X0 + t * self.px(w)
            yy = Y0 + math.sin(t * 19 + r.random() * 0.3) * self.px(h) * 0.35 * (1 - 0.5 * t) \
                + math.sin(t * 5.3) * self.px(h) * 0.2
            pts.append((xx, yy))
        self.d.line(pts, fill=25, width=4, joint="curve")
        self.d.line([(X0 + self.px(w * 0.1), Y0 + self.px(h * 0.45)),
                     (X0 + self.px(w * 0.95), Y0 + self.px(h * 0.3))], fill=40, width=3)

    def fax_header(self, s, y=0.12, pt=8):
        self.text(0.3, y, s, pt=pt, f="mono")

    def finish(self, out_jpg, angle=None, noise=3.0, quality=28, blur=0.85, speckle=0.0004):
        r = self.rng
        if angle is None:
            angle = r.uniform(-0.9, 0.9)
        im = self.im.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
        # slight shift as from a feeder
        dx, dy = r.randint(-12, 12), r.randint(-8, 16)
        im = im.transform(im.size, Image.AFFINE, (1, 0, -dx, 0, 1, -dy), fillcolor=255)
        if blur:
            im = im.filter(ImageFilter.GaussianBlur(blur))
        arr = np.asarray(im).astype(np.float32)
        nrng = np.random.default_rng(r.randint(0, 10 ** 6))
        arr = arr * 0.93 + 8  # grayish paper / toner
        arr += nrng.normal(0, noise, arr.shape)
        # salt-and-pepper speckle typical of fax
        m = nrng.random(arr.shape)
        arr[m < speckle] = 20
        arr[m > 1 - speckle * 0.5] = 255
        # occasional faint horizontal streak
        for _ in range(r.randint(0, 2)):
            yy = r.randint(0, arr.shape[0] - 3)
            arr[yy:yy + 2, :] -= 35
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        Image.fromarray(arr, "L").save(out_jpg, "JPEG", quality=quality, optimize=True, dpi=(self.dpi, self.dpi))
        return out_jpg


# --------------------------------------------------------------------------
# Text-layer pages
# --------------------------------------------------------------------------
STYLE = {
    # prefix: (font, size, leading, indent)
    "#": ("Helvetica-Bold", 12.5, 16, 0),
    "##": ("Helvetica-Bold", 10, 13, 0),
    "!": ("Helvetica-Bold", 9.5, 12.5, 0),
    "~": ("Courier", 8.6, 10.8, 0),
    "-": ("Helvetica", 9.5, 12.2, 14),
    "": ("Helvetica", 9.5, 12.2, 0),
}


def _parse(line):
    for p in ("##", "#", "!", "~", "-"):
        if line.startswith(p + " "):
            return p, line[len(p) + 1:]
        if line == p:
            return p, ""
    return "", line


def layout_text(lines, top=0.8 * 72, bottom=0.75 * 72, left=0.75 * 72, width=7.0 * 72, font=None):
    """Returns a list of pages, each a list of (fontname, size, x, y, text)."""
    W, H = letter
    pages = [[]]
    y = H - top
    for raw in lines:
        if raw == "<PAGEBREAK>":
            pages.append([])
            y = H - top
            continue
        p, txt = _parse(raw)
        fn, sz, lead, ind = STYLE[p]
        if font and p in ("", "-"):
            fn = font
        if txt == "":
            y -= lead * 0.6
            continue
        x = left + ind
        if p == "-":
            wrapped = simpleSplit(txt, fn, sz, width - ind - 8)
            first = True
            for wl in wrapped:
                if y < bottom:
                    pages.append([])
                    y = H - top
                if first:
                    pages[-1].append((fn, sz, left + 2, y, "-"))
                pages[-1].append((fn, sz, x, y, wl))
                y -= lead
                first = False
            continue
        wrapped = simpleSplit(txt, fn, sz, width - ind) if p != "~" else [txt]
        for wl in wrapped:
            if y < bottom:
                pages.append([])
                y = H - top
            pages[-1].append((fn, sz, x, y, wl))
            y -= lead
        if p in ("#",):
            y -= 3
    return pages


def build_pdf(path, items, title="", author=""):
    """items: ('img', jpg_path) or ('text', lines, dict(banner=..., footer=..., font=...))."""
    c = canvas.Canvas(path, pagesize=letter, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    W, H = letter
    for it in items:
        if it[0] == "img":
            c.drawImage(it[1], 0, 0, width=W, height=H)
            c.showPage()
            continue
        lines, opt = it[1], (it[2] if len(it) > 2 else {})
        pages = layout_text(lines, font=opt.get("font"))
        n = len(pages)
        for i, pg in enumerate(pages, 1):
            if opt.get("banner"):
                c.setFont("Courier", 7.5)
                b = opt["banner"]
                if callable(b):
                    b = b(i, n)
                c.drawString(0.35 * 72, H - 0.32 * 72, b)
            for fn, sz, x, y, t in pg:
                c.setFont(fn, sz)
                c.drawString(x, y, t)
            if opt.get("footer"):
                f = opt["footer"]
                f = f(i, n) if callable(f) else f
                c.setFont("Helvetica", 7.5)
                c.drawString(0.75 * 72, 0.45 * 72, f)
            c.showPage()
    c.save()
    return path


def out_dirs(case):
    base = "/tmp/blind7/" + case
    tmp = "/tmp/blind7/_build/_tmp_" + case
    os.makedirs(base, exist_ok=True)
    os.makedirs(tmp, exist_ok=True)
    return base, tmp


def field(p, x, y, label, value, width, pt=9, hpt=12, f="sansb", typed=False):
    """Label followed by an underlined blank holding a handwritten (or typed) value."""
    fnt = p.font(f, pt)
    lw = fnt.getlength(label) / p.dpi
    p.text(x, y, label, pt=pt, f=f)
    x0 = x + lw + 0.06
    p.hline(x0, x + width, y + pt * 1.15 / 72.0, w=1)
    if value:
        if typed:
            p.text(x0 + 0.05, y - 0.01, value, pt=pt + 0.5, f="mono")
        else:
            p.hand(x0 + 0.06, y - hpt / 72.0 * 0.35, value, pt=hpt)
    return x + width


def section_bar(p, y, title, x1=0.55, x2=7.95, pt=9.5):
    p.rect(x1, y, x2, y + 0.22, w=1, fill=200, outline=0)
    p.text(x1 + 0.08, y + 0.025, title, pt=pt, f="sansb")
    return y + 0.32
