"""Shared helpers for the blind packet build scripts (fax-look PDFs with reportlab + Pillow)."""
import random
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, NextPageTemplate, FrameBreak)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.utils import ImageReader

PW, PH = letter
ML, MR, MT, MB = 54, 54, 92, 66

STY = {
    'body': ParagraphStyle('body', fontName='Helvetica', fontSize=9.4, leading=12.0, spaceAfter=3.5),
    'small': ParagraphStyle('small', fontName='Helvetica', fontSize=8.2, leading=10.2, spaceAfter=2),
    'tiny': ParagraphStyle('tiny', fontName='Helvetica', fontSize=7.2, leading=8.8, spaceAfter=2),
    'cell': ParagraphStyle('cell', fontName='Helvetica', fontSize=8.8, leading=11.0),
    'cellb': ParagraphStyle('cellb', fontName='Helvetica-Bold', fontSize=8.8, leading=11.0),
    'h1': ParagraphStyle('h1', fontName='Helvetica-Bold', fontSize=12.5, leading=15.5, spaceAfter=6, spaceBefore=2),
    'h2': ParagraphStyle('h2', fontName='Helvetica-Bold', fontSize=9.8, leading=12.5, spaceBefore=5, spaceAfter=2, keepWithNext=1),
    'mono': ParagraphStyle('mono', fontName='Courier', fontSize=9, leading=11.2, spaceAfter=2),
    'col': ParagraphStyle('col', fontName='Helvetica', fontSize=8.4, leading=10.4, spaceAfter=2.5),
    'colh': ParagraphStyle('colh', fontName='Helvetica-Bold', fontSize=8.8, leading=11, spaceBefore=4, spaceAfter=1.5, keepWithNext=1),
}


def P(text, style='body'):
    return Paragraph(text, STY[style])


def S(label, text, style='body'):
    return Paragraph(f"<b>{label}</b> {text}", STY[style])


def sp(h=6):
    return Spacer(1, h)


class Fax:
    def __init__(self, date, time, sender, to, total=None):
        self.date, self.time, self.sender, self.to, self.total = date, time, sender, to, total

    def banner(self, n, total):
        return f"{self.date} {self.time}   FROM: {self.sender}   TO: {self.to}   P. {n}/{total}"


class Doc:
    """One logical document. layout: 'single' | 'twocol' | 'image'."""

    def __init__(self, key, org, org_sub, doc_title, footer_left, story_fn=None,
                 layout='single', image_fn=None, image_pages=1):
        self.key, self.org, self.org_sub, self.doc_title = key, org, org_sub, doc_title
        self.footer_left, self.story_fn, self.layout = footer_left, story_fn, layout
        self.image_fn, self.image_pages = image_fn, image_pages


def _draw_frame_chrome(c, fax, fax_n, fax_total, d, pno, ptot):
    c.saveState()
    c.setFont('Courier', 8.3)
    c.drawString(ML - 20, PH - 20, fax.banner(fax_n, fax_total))
    c.setLineWidth(0.4)
    c.line(ML - 20, PH - 24, PW - MR + 20, PH - 24)
    c.setFont('Helvetica-Bold', 11)
    c.drawString(ML, PH - 44, d.org)
    c.setFont('Helvetica', 7.8)
    c.drawString(ML, PH - 55, d.org_sub)
    c.setFont('Helvetica-Bold', 9)
    c.drawRightString(PW - MR, PH - 44, d.doc_title)
    c.setFont('Helvetica', 7.8)
    c.drawRightString(PW - MR, PH - 55, f"Page {pno} of {ptot}")
    c.setLineWidth(0.8)
    c.line(ML, PH - 62, PW - MR, PH - 62)
    # footer
    c.setLineWidth(0.5)
    c.line(ML, MB - 18, PW - MR, MB - 18)
    c.setFont('Helvetica', 7.2)
    c.drawString(ML, MB - 29, d.footer_left)
    c.drawRightString(PW - MR, MB - 29, f"Page {pno} of {ptot}")
    c.setFont('Helvetica-Oblique', 6.4)
    c.drawString(ML, MB - 39, "CONFIDENTIAL: contains protected health information. If received in error, notify sender and destroy.")
    c.restoreState()


def build_pdf(path, docs, fax, fax_start=1, fax_total=None, title='fax'):
    """Two-pass build so that 'Page x of y' and fax 'P. n/N' are right."""
    counts, starts, file_total = {}, {}, [0]
    for pas in (1, 2):
        starts.clear()

        def make_onpage(d):
            def onpage(c, doc):
                pg = c.getPageNumber()
                starts.setdefault(d.key, pg)
                pno = pg - starts[d.key] + 1
                if pas == 1:
                    counts[d.key] = max(counts.get(d.key, 0), pno)
                    file_total[0] = max(file_total[0], pg)
                    return
                ftot = fax_total or (fax_start - 1 + file_total[0])
                fax_n = fax_start + pg - 1
                if d.layout == 'image':
                    img = d.image_fn(fax.banner(fax_n, ftot), pno, counts[d.key])
                    c.drawImage(ImageReader(img), 0, 0, PW, PH)
                else:
                    _draw_frame_chrome(c, fax, fax_n, ftot, d, pno, counts[d.key])
            return onpage

        dt = BaseDocTemplate(path, pagesize=letter, leftMargin=ML, rightMargin=MR,
                             topMargin=MT, bottomMargin=MB, title=title, author='', subject='')
        templates, story = [], []
        for i, d in enumerate(docs):
            tid = f"t_{d.key}"
            fw = PW - ML - MR
            fh = PH - MT - MB
            if d.layout == 'image':
                frames = [Frame(0, 0, PW, PH, id=f"{tid}_f", leftPadding=0, rightPadding=0,
                                topPadding=0, bottomPadding=0)]
            elif d.layout == 'twocol':
                band = 74
                gap = 16
                cw = (fw - gap) / 2
                frames = [Frame(ML, PH - MT - band, fw, band, id=f"{tid}_top", showBoundary=0),
                          Frame(ML, MB, cw, fh - band, id=f"{tid}_l"),
                          Frame(ML + cw + gap, MB, cw, fh - band, id=f"{tid}_r")]
            else:
                frames = [Frame(ML, MB, fw, fh, id=f"{tid}_f")]
            templates.append(PageTemplate(id=tid, frames=frames, onPage=make_onpage(d)))
            if i > 0:
                story += [NextPageTemplate(tid), PageBreak()]
            if d.layout == 'image':
                for k in range(d.image_pages):
                    if k > 0:
                        story.append(PageBreak())
                    story.append(Spacer(1, 1))
            else:
                story += d.story_fn()
        dt.addPageTemplates(templates)
        dt.build(story)
    return file_total[0]


def form_table(rows, col=(150, None)):
    """rows: list of ('SECTION', title) or (label, value). Values may contain <b>, [X]."""
    fw = PW - ML - MR
    c0 = col[0]
    c1 = fw - c0
    data, style = [], [
        ('GRID', (0, 0), (-1, -1), 0.6, colors.black),
        ('VALIGN', (0, 0), (-1, -1), 'MIDDLE'),
        ('TOPPADDING', (0, 0), (-1, -1), 2.2), ('BOTTOMPADDING', (0, 0), (-1, -1), 2.2),
    ]
    for r, row in enumerate(rows):
        if row[0] == 'SECTION':
            data.append([Paragraph(f"<b>{row[1]}</b>", STY['cellb']), ''])
            style += [('SPAN', (0, r), (1, r)), ('BACKGROUND', (0, r), (1, r), colors.Color(0.78, 0.78, 0.78))]
        else:
            data.append([Paragraph(row[0], STY['cellb']), Paragraph(row[1].replace('   ', '&nbsp;&nbsp;&nbsp; '), STY['cell'])])
            style += [('BACKGROUND', (0, r), (0, r), colors.Color(0.93, 0.93, 0.93))]
    t = Table(data, colWidths=[c0, c1])
    t.setStyle(TableStyle(style))
    return t


# ---------------- image-only (scanned) page -----------------
FONT_DIR = '/usr/share/fonts/truetype/'
FONTS = {
    'reg': FONT_DIR + 'liberation/LiberationSerif-Regular.ttf',
    'bold': FONT_DIR + 'liberation/LiberationSerif-Bold.ttf',
    'sans': FONT_DIR + 'liberation/LiberationSans-Regular.ttf',
    'sansb': FONT_DIR + 'liberation/LiberationSans-Bold.ttf',
    'mono': FONT_DIR + 'dejavu/DejaVuSansMono.ttf',
}


def render_scan(items, banner, dpi=200, seed=7, rotate=0.35, noise=16):
    """items: list of (kind, text). kinds: title, sub, h, p, kv, rule, space, stamp, small.
    Returns a grayscale PIL image of a letter page, with noise, as a fax/scan would look."""
    rnd = random.Random(seed)
    W, H = int(8.5 * dpi), int(11 * dpi)
    img = Image.new('L', (W, H), 250)
    d = ImageDraw.Draw(img)
    px = lambda pt: int(round(pt / 72 * dpi))
    f = {
        'banner': ImageFont.truetype(FONTS['mono'], px(8.5)),
        'title': ImageFont.truetype(FONTS['sansb'], px(13)),
        'sub': ImageFont.truetype(FONTS['sans'], px(8.5)),
        'h': ImageFont.truetype(FONTS['bold'], px(10.5)),
        'p': ImageFont.truetype(FONTS['reg'], px(10.5)),
        'small': ImageFont.truetype(FONTS['reg'], px(8.5)),
        'stamp': ImageFont.truetype(FONTS['sansb'], px(11)),
    }
    left, right = px(54), W - px(54)
    y = px(14)
    d.text((px(34), y), banner, font=f['banner'], fill=20)
    y += px(13)
    d.line((px(34), y, W - px(34), y), fill=60, width=2)
    y += px(14)

    def wrap(text, font, width):
        words, lines, cur = text.replace('   ', '\u2002\u2002').split(' '), [], ''
        for w in words:
            t = (cur + ' ' + w).strip()
            if d.textlength(t, font=font) <= width:
                cur = t
            else:
                lines.append(cur)
                cur = w
        if cur:
            lines.append(cur)
        return lines

    for kind, text in items:
        if kind == 'space':
            y += px(float(text))
            continue
        if kind == 'rule':
            d.line((left, y + px(3), right, y + px(3)), fill=40, width=3)
            y += px(9)
            continue
        if kind == 'footer':
            fy = H - px(46)
            d.line((left, fy - px(6), right, fy - px(6)), fill=40, width=3)
            d.text((left, fy), text, font=f['small'], fill=15)
            continue
        if kind == 'stamp':
            y += px(5)
            tw = d.textlength(text, font=f['stamp'])
            x0 = right - tw - px(12)
            d.rectangle((x0 - px(6), y - px(3), right - px(6), y + px(15)), outline=70, width=3)
            d.text((x0, y), text, font=f['stamp'], fill=70)
            y += px(22)
            continue
        if kind == 'kv':
            k, v = text
            fk, fv = f['h'], f['p']
            d.text((left, y), k, font=fk, fill=15)
            x = left + d.textlength(k + ' ', font=fk)
            for i, line in enumerate(wrap(v, fv, right - x)):
                d.text((x, y), line, font=fv, fill=15)
                y += px(13.5)
            continue
        font = f.get(kind, f['p'])
        lead = {'title': 17, 'sub': 11, 'h': 14.5, 'p': 13.5, 'small': 11}.get(kind, 13.5)
        if kind == 'h':
            y += px(4)
        for line in wrap(text, font, right - left):
            d.text((left, y), line, font=font, fill=15)
            y += px(lead)
        if kind == 'p':
            y += px(3)
    # scanner/fax degradation
    img = img.rotate(rotate, resample=Image.BICUBIC, fillcolor=250, expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    arr = np.asarray(img).astype(np.float32)
    rs = np.random.RandomState(seed)
    arr += rs.normal(0, noise, arr.shape)
    specks = rs.random_sample(arr.shape) < 0.0009
    arr[specks] = rs.randint(0, 90, specks.sum())
    # faint vertical streak like a dirty scanner glass
    xs = rs.randint(int(W * 0.2), int(W * 0.8))
    arr[:, xs:xs + 2] -= 35
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    return Image.fromarray(arr, 'L')
