"""Build the faxed PDF sample packets 09-15 (content and layout live here).

    python sample_notes/build_pdfs.py              # write the PDFs into sample_notes/<case>/
    python sample_notes/build_pdfs.py --gold       # also (re)write sample_notes/gold/<case>.json
    python sample_notes/build_pdfs.py --check      # check every gold quote against pypdfium2 page text

The documents are written for this project (fictional patients, providers and numbers).
Every concept mention is marked inline as [[quote|concept|flags]] (flags: n negated, u uncertain,
h historical, y hypothetical, f family), with nested mentions as [[quote|concept|flags|sub:concept:flags]]; the markup is stripped before drawing and becomes the
span gold. Unticked checkbox labels ("[ ] Brain tumor") state nothing and are not marked.
Output is deterministic (reportlab invariant mode, fixed noise seed for the scanned page).
"""
from __future__ import annotations

import io
import json
import random
import re
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
W, H = letter
MARGIN = 54
BODY_FONT, BODY_SIZE, LEADING = "Helvetica", 9.5, 12.5
MARK = re.compile(r"\[\[([^|\]]+)\|([a-z_]+)(?:\|([nuhyf]*))?((?:\|[^:|\]]+:[a-z_]+:[nuhyf]*)*)\]\]")
FLAG_NAMES = {"n": "negated", "u": "uncertain", "h": "historical", "y": "hypothetical", "f": "family"}
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def strip(text: str, base: int, spans: list) -> str:
    """Remove the markup from text; record spans (logical offset, quote, concept, flags)."""
    out, pos = [], 0
    length = 0
    for m in MARK.finditer(text):
        chunk = text[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        spans.append((base + length, m.group(1), m.group(2), m.group(3) or ""))
        for sub in filter(None, (m.group(4) or "").split("|")):  # a nested mention inside the quote
            quote, concept, flags = sub.split(":")
            spans.append((base + length + m.group(1).index(quote), quote, concept, flags))
        out.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


class PageWriter:
    """Draws one page's body blocks and keeps the page's logical text (drawing order) and spans."""

    def __init__(self, c: canvas.Canvas):
        self.c = c
        self.logical = ""
        self.spans: list = []
        self.y = H - 72

    def _plain(self, text: str) -> str:
        plain = strip(text, len(self.logical), self.spans)
        self.logical += plain + "\n"
        return plain

    def _lines(self, plain, font, size, width):
        lines = []
        for para_line in plain.split("\n"):
            lines += simpleSplit(para_line, font, size, width) or [""]
        return lines

    def text(self, text, x=MARGIN, width=W - 2 * MARGIN, font=BODY_FONT, size=BODY_SIZE, leading=LEADING, after=4):
        plain = self._plain(text)
        for line in self._lines(plain, font, size, width):
            self.c.setFont(font, size)
            self.c.drawString(x, self.y, line)
            self.y -= leading
        self.y -= after

    def block(self, b, x=MARGIN, width=W - 2 * MARGIN):
        kind = b[0]
        if kind == "h":
            size = b[2] if len(b) > 2 else 11
            self.text(b[1], x, width, "Helvetica-Bold", size, size + 3, 3)
        elif kind == "p":
            self.text(b[1], x, width)
        elif kind == "l":
            self.text(b[1], x, width, after=0)
        elif kind == "mono":
            self.text(b[1], x, width, "Courier", 8.5, 11, 0)
        elif kind == "gap":
            self.y -= b[1]
        elif kind == "rule":
            self.c.setLineWidth(0.6)
            self.c.line(x, self.y + 6, x + width, self.y + 6)
            self.y -= 6
        elif kind == "table":
            self.table(b[1], b[2] if len(b) > 2 else 150, x, width)
        elif kind == "twocol":
            self.twocol(b[1], b[2])
        else:
            raise ValueError(kind)

    def table(self, rows, label_width, x, width):
        """A ruled two-column form: label cell | value cell, grid lines drawn."""
        pad, size, leading = 4, 9, 11.5
        self.c.setLineWidth(0.8)
        top = self.y + 9
        self.c.line(x, top, x + width, top)
        for label, value in rows:
            lab = self._plain(label)
            val = self._plain(value)
            lab_lines = self._lines(lab, "Helvetica-Bold", size, label_width - 2 * pad)
            val_lines = self._lines(val, BODY_FONT, size, width - label_width - 2 * pad)
            n = max(len(lab_lines), len(val_lines))
            row_h = n * leading + 2 * pad
            yy = top - pad - size
            for line in lab_lines:
                self.c.setFont("Helvetica-Bold", size)
                self.c.drawString(x + pad, yy, line)
                yy -= leading
            yy = top - pad - size
            for line in val_lines:
                self.c.setFont(BODY_FONT, size)
                self.c.drawString(x + label_width + pad, yy, line)
                yy -= leading
            bottom = top - row_h
            self.c.line(x, bottom, x + width, bottom)
            self.c.line(x, top, x, bottom)
            self.c.line(x + label_width, top, x + label_width, bottom)
            self.c.line(x + width, top, x + width, bottom)
            top = bottom
        self.y = top - 16

    def twocol(self, left, right):
        gutter = 18
        colw = (W - 2 * MARGIN - gutter) / 2
        start = self.y
        for b in left:
            self.block(b, MARGIN, colw)
        low = self.y
        self.y = start
        for b in right:
            self.block(b, MARGIN + colw + gutter, colw)
        self.c.setLineWidth(0.4)
        self.c.line(MARGIN + colw + gutter / 2, start + 10, MARGIN + colw + gutter / 2, min(low, self.y) + 10)
        self.y = min(low, self.y)


def banner_text(meta, i, n):
    return (f"{meta['fax_sent']}  FROM: {meta['sender']}  FAX {meta['sender_fax']}   TO: Cohere UM"
            f"   P. {i}/{n}")


def header_right(meta):
    return f"Patient: {meta['patient']}   MRN: {meta['mrn']}   DOB: {meta['dob']}"


def draw_frame(c, meta, i, n):
    c.setFont("Courier", 7.5)
    c.drawString(30, H - 18, banner_text(meta, i, n))
    c.setFont("Helvetica-Bold", 9)
    c.drawString(MARGIN, H - 40, meta["clinic"])
    c.setFont("Helvetica", 8)
    c.drawRightString(W - MARGIN, H - 40, header_right(meta))
    c.setLineWidth(0.6)
    c.line(MARGIN, H - 45, W - MARGIN, H - 45)
    c.line(MARGIN, 40, W - MARGIN, 40)
    c.setFont("Helvetica", 8)
    c.drawCentredString(W / 2, 28, f"Page {i} of {n}")


def scanned_page(meta, i, n, lines, seed):
    """An image-only page: a faxed letter rendered at 200 dpi with a TrueType font and light noise."""
    dpi = 200
    px = lambda pt: int(round(pt * dpi / 72))  # noqa: E731
    img = Image.new("L", (px(W), px(H)), 255)
    d = ImageDraw.Draw(img)
    mono = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", px(7.5))
    body = ImageFont.truetype(DEJAVU, px(10.5))
    bold = ImageFont.truetype(DEJAVU_BOLD, px(12))
    small = ImageFont.truetype(DEJAVU, px(8))
    d.text((px(30), px(10)), banner_text(meta, i, n), font=mono, fill=0)
    d.text((px(MARGIN), px(31)), meta["clinic"], font=ImageFont.truetype(DEJAVU_BOLD, px(9)), fill=0)
    right = header_right(meta)
    d.text((px(W - MARGIN) - d.textlength(right, font=small), px(32)), right, font=small, fill=0)
    d.line((px(MARGIN), px(47), px(W - MARGIN), px(47)), fill=0, width=2)
    spans: list = []
    logical = ""
    y = px(70)
    width = px(W - 2 * MARGIN - 10)
    for raw in lines:
        is_bold = raw.startswith("**")
        raw = raw[2:] if is_bold else raw
        plain = strip(raw, len(logical), spans)
        logical += plain + "\n"
        font = bold if is_bold else body
        if not plain:
            y += px(8)
            continue
        words, line = plain.split(" "), ""
        for word in words:
            trial = (line + " " + word).strip()
            if d.textlength(trial, font=font) > width and line:
                d.text((px(MARGIN + 6), y), line, font=font, fill=0)
                y += px(14.5)
                line = word
            else:
                line = trial
        d.text((px(MARGIN + 6), y), line, font=font, fill=0)
        y += px(14.5) + px(3)
    foot = f"Page {i} of {n}"
    d.line((px(MARGIN), px(H - 40), px(W - MARGIN), px(H - 40)), fill=0, width=2)
    d.text((px(W / 2) - d.textlength(foot, font=small) / 2, px(H - 34)), foot, font=small, fill=0)
    rng = random.Random(seed)
    pix = img.load()
    for _ in range(2500):  # light fax speckle, kept sparse so OCR stays clean
        x, yy = rng.randrange(img.width), rng.randrange(img.height)
        pix[x, yy] = 90 if rng.random() < 0.3 else 190
    img = img.rotate(0.25, resample=Image.BICUBIC, fillcolor=255)
    return img, logical, spans


def build_case(case):
    meta, pages = case["meta"], case["pages"]
    folder = HERE / case["case"]
    folder.mkdir(exist_ok=True)
    path = folder / case["pdf"]
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setTitle(case["pdf"])
    c.setAuthor(meta["sender"])
    n = len(pages)
    page_texts, page_spans = [], []
    for i, page in enumerate(pages, start=1):
        if page and page[0][0] == "scan":
            img, logical, spans = scanned_page(meta, i, n, page[0][1], seed=i + 1000 * len(case["case"]))
            buf = io.BytesIO()
            img.save(buf, format="PNG", optimize=False)
            buf.seek(0)
            c.drawImage(ImageReader(buf), 0, 0, width=W, height=H)
        else:
            draw_frame(c, meta, i, n)
            pw = PageWriter(c)
            for b in page:
                pw.block(b)
            if pw.y < 48:
                raise SystemExit(f"{case['case']} page {i} overflows (y={pw.y:.0f})")
            logical, spans = pw.logical, pw.spans
        page_texts.append(logical)
        page_spans.append(spans)
        c.showPage()
    c.save()
    return path, page_texts, page_spans


def pattern(quote):
    return re.compile(r"\s+".join(re.escape(p) for p in quote.split()))


def gold_spans(case, page_texts, page_spans):
    out = []
    for number, (logical, spans) in enumerate(zip(page_texts, page_spans), start=1):
        for start, quote, concept, flags in spans:
            occurrence = sum(1 for m in pattern(quote).finditer(logical) if m.start() < start)
            assert any(m.start() == start for m in pattern(quote).finditer(logical)), (case["case"], number, quote)
            out.append({"document": case["pdf"], "page": number, "text": quote, "occurrence": occurrence,
                        "concept": concept,
                        "assertion": {name: letter_ in flags for letter_, name in FLAG_NAMES.items()}})
    return out


def write_gold(case, spans):
    gold = {k: case[k] for k in ("case", "description", "request_date", "population", "patient_age_years",
                                 "cpt_codes", "outcome", "leaves", "ambiguous_leaves", "notes")}
    gold["spans"] = spans
    (HERE / "gold").mkdir(exist_ok=True)
    (HERE / "gold" / f"{case['case']}.json").write_text(json.dumps(gold, indent=1) + "\n", encoding="utf-8")


def check(case, page_texts):
    """Every gold quote occurs on its page of the PDF (pypdfium2 text, or the rendered text of a scanned
    page), and each quote occurs as often in the PDF text as in the drawn text (so occurrence holds)."""
    import pypdfium2 as pdfium

    gold = json.loads((HERE / "gold" / f"{case['case']}.json").read_text(encoding="utf-8"))
    doc = pdfium.PdfDocument(str(HERE / case["case"] / case["pdf"]))
    problems = []
    for span in gold["spans"]:
        number = span["page"]
        text = doc[number - 1].get_textpage().get_text_range()
        scanned = not text.strip()
        source = page_texts[number - 1] if scanned else text
        found = len(pattern(span["text"]).findall(source))
        drawn = len(pattern(span["text"]).findall(page_texts[number - 1]))
        if found <= span["occurrence"] or found != drawn:
            problems.append(f"p{number} {span['text']!r}: pdf {found}, drawn {drawn}, occurrence {span['occurrence']}")
    return problems, len(doc)


def main(argv):
    for case in CASES:
        path, page_texts, page_spans = build_case(case)
        spans = gold_spans(case, page_texts, page_spans)
        if "--gold" in argv:
            write_gold(case, spans)
        line = f"{case['case']}: {path.name}, {len(page_texts)} pages, {len(spans)} spans"
        if "--check" in argv:
            problems, pages = check(case, page_texts)
            line += f", check: {'ok' if not problems else problems}"
        print(line)


# ---------------------------------------------------------------------------------------------
# The packets
# ---------------------------------------------------------------------------------------------
CASES: list[dict] = []

CONFIDENTIAL = ("CONFIDENTIALITY NOTICE: This facsimile contains protected health information intended only for "
                "the recipient named above. If you received it in error, notify the sender by telephone and "
                "destroy all copies. Re-disclosure is prohibited by federal and state law.")


def cover(to_line, from_line, date, re_line, pages, contents):
    return [("h", "FACSIMILE TRANSMITTAL", 16), ("gap", 6),
            ("table", [("Date", date), ("To", to_line), ("Fax", "(555) 010-7700"), ("From", from_line),
                       ("Re", re_line), ("Pages (incl. cover)", str(pages)), ("Contents", contents)], 130),
            ("p", CONFIDENTIAL)]


# 09 -- faxed packet, toddler with suspected metachromatic leukodystrophy ----------------------
CASES.append({
    "case": "09_fax_mld_toddler",
    "pdf": "lakeside_childrens_neurology_fax.pdf",
    "description": (
        "Faxed 6-page packet (fax banner, running header and footer on every page; the banner's 10/21/2025 "
        "transmission date is not the request date, and the form's 'Requested Date of Service' 11/03/2025 is "
        "not either: Date of Request is 10/20/2025). A 2-year-old girl with motor regression, leukocyte "
        "arylsulfatase A activity markedly low and an MRI brain (10/02/2025) read as indeterminate, "
        "leukodystrophy versus hypomyelination, with MR spectroscopy recommended: suspected metachromatic "
        "leukodystrophy, so inherited_metabolic_disorder is met and the conventional-imaging path is met. "
        "Traps: the cousin's X-linked adrenoleukodystrophy is family history; 'no history of HIE' is negated "
        "(and she is 2, so neonatal_hie is not_met either way); mitochondrial disease is called unlikely "
        "(negated); 'No seizures' negated and 'return if seizures' hypothetical; unticked boxes '[ ] Brain "
        "tumor' / '[ ] Neonatal HIE' state nothing (not annotated); the MRI report header carries CPT 70551 "
        "(history); sedation is for age, not claustrophobia."),
    "request_date": "2025-10-20",
    "population": "pediatric",
    "patient_age_years": 2,
    "cpt_codes": ["76390"],
    "outcome": "meets_criteria",
    "leaves": {
        "clinical_documentation_present": "met", "procedure_code_consistent": "met",
        "body_region_consistent": "met", "conventional_imaging_inconclusive": "met",
        "glioma_grading": "unknown", "recurrence_vs_radiation_necrosis": "unknown",
        "intraaxial_brain_tumor": "unknown", "posttreatment_surveillance": "unknown",
        "neonatal_hie": "not_met", "inherited_metabolic_disorder": "met",
        "is_repeat_request": "not_met", "no_established_guidelines": "unknown",
        "clarify_indeterminate_finding": "unknown", "monitoring_need": "unknown",
        "recent_imaging_without_change": "not_met"},
    "ambiguous_leaves": {
        "metabolic_disorder": ("MLD is a lysosomal inborn error of metabolism, which would make it met; but the "
                               "spec lists leukodystrophies under inherited_metabolic_disorder and the only "
                               "explicit metabolic_disorder mention (mitochondrial disease) is negated."),
        "new_or_worsening_symptoms": ("progressive gait decline and increasing falls are documented, but there is "
                                      "no prior MR spectroscopy for them to be 'since'."),
    },
    "notes": [],
    "meta": {"fax_sent": "10/21/2025 16:02", "sender": "Lakeside Children's Neurology",
             "sender_fax": "(555) 010-4410", "clinic": "Lakeside Children's Neurology - Pediatric Neurology Clinic",
             "patient": "OKAFOR, AMARA", "mrn": "LCN-448210", "dob": "06/11/2023"},
    "pages": [
        cover("Cohere Health - Utilization Management", "Renee Whitfield, MD / Lakeside Children's Neurology",
              "10/21/2025", "Prior authorization request - [[MR spectroscopy|mr_spectroscopy]], brain", 6,
              "Request form; clinic note 14-Oct-2025; [[MRI|conventional_imaging]] report; biochemical genetics result; genetic "
              "counseling note"),
        [("h", "OUTPATIENT IMAGING PRIOR AUTHORIZATION REQUEST", 13), ("gap", 4),
         ("table", [
             ("Date of Request", "10/20/2025"),
             ("Member Name", "Amara Okafor"),
             ("Member DOB", "06/11/2023"),
             ("Member ID", "CHP-20931847"),
             ("Ordering Provider", "Renee Whitfield, MD - Pediatric Neurology"),
             ("Provider NPI", "1730582291"),
             ("Rendering Facility", "Lakeside Children's Hospital Imaging, 400 Harbor Rd"),
             ("CPT Code(s)", "76390"),
             ("Procedure", "[[MR spectroscopy|mr_spectroscopy]], brain - single voxel, parietal white matter"),
             ("ICD-10", "E75.25, R62.50"),
             ("Diagnosis", "[[Metachromatic leukodystrophy|inherited_metabolic_disorder|u]], suspected"),
             ("Body Part", "Brain"),
             ("Requested Date of Service", "11/03/2025"),
             ("Priority", "[ ] Urgent    [X] Standard"),
             ("Clinical indication (check all that apply)",
              "[ ] Brain tumor    [ ] Neonatal HIE    [X] [[Leukodystrophy|inherited_metabolic_disorder]]    "
              "[ ] Repeat study"),
             ("Sedation / anesthesia", "[X] Yes    [ ] No    (general anesthesia for age)"),
             ("Contact", "Nadia Brooks, RN  (555) 010-4417"),
             ("Ordering provider signature / date", "R. Whitfield, MD    10/20/2025"),
         ], 165)],
        [("h", "PEDIATRIC NEUROLOGY - CLINIC NOTE", 12),
         ("l", "Date of service: Oct 14, 2025        Provider: Renee Whitfield, MD        Visit: follow-up"),
         ("gap", 6),
         ("p", "CHIEF CONCERN: Walking worse, fewer words."),
         ("p", "HPI: Amara is a 2-year-old girl (28 months) seen with her mother for [[progressive gait decline|"
               "symptoms_new_or_worse]]. She walked independently at 13 months and ran by 20 months. Over the "
               "past 4 months she has had [[increasing falls|symptoms_new_or_worse]], now walks only with one "
               "hand held, and has lost about ten words. Mother reports more irritability and poorer sleep. "
               "No [[seizures|symptoms_new_or_worse|n]]. Feeding is adequate; no choking."),
         ("p", "BIRTH HISTORY: Term, spontaneous vaginal delivery, birth weight 3.3 kg, Apgars 8/9, no NICU "
               "stay, no history of [[HIE|neonatal_hie|n]]."),
         ("p", "FAMILY HISTORY: Parents healthy and non-consanguineous. Maternal first cousin (male) diagnosed "
               "with [[X-linked adrenoleukodystrophy|inherited_metabolic_disorder|f]] "
               "([[X-ALD|inherited_metabolic_disorder|f]]) at age 7, s/p stem cell transplant. No other "
               "neurologic disease known."),
         ("p", "EXAM: Alert, irritable, consolable. Head circumference 48 cm (60th centile). Axial hypotonia "
               "with brisk reflexes in the legs and bilateral extensor plantar responses. Wide-based ataxic "
               "gait with hand held. No dysmorphism. Fundi not well seen."),
         ("p", "DATA: [[MRI brain|conventional_imaging]] 10/02/2025 (report attached): symmetric periventricular "
               "white matter T2/FLAIR hyperintensity with a tigroid pattern, U-fibers spared, read as "
               "[[indeterminate|imaging_inconclusive|u]]. Leukocyte arylsulfatase A (ARSA) 3.1 nmol/h/mg "
               "protein (reference 28-110), collected 9/26/25. Lactate, pyruvate and plasma amino acids "
               "normal; [[mitochondrial disease|metabolic_disorder|n]] felt unlikely."),
         ("p", "ASSESSMENT: Subacute motor regression with pyramidal signs, low ARSA activity and symmetric "
               "white matter disease: suspected late-infantile [[metachromatic leukodystrophy|"
               "inherited_metabolic_disorder|u]] ([[MLD|inherited_metabolic_disorder|u]]). ARSA pseudodeficiency "
               "must be excluded; urine sulfatides and ARSA sequencing sent."),
         ("p", "PLAN: 1) Requesting [[MR spectroscopy|mr_spectroscopy]] of the brain (parietal white matter "
               "voxel). The metabolite profile (NAA, myo-inositol, lactate) separates demyelination from "
               "hypomyelination and gives a baseline before transplant candidacy is discussed. 2) PT/OT "
               "referral. 3) Genetic counseling today. 4) Return if [[seizures|symptoms_new_or_worse|y]] or "
               "swallowing difficulty."),
         ("l", "Electronically signed: Renee Whitfield, MD  10/14/2025 17:26")],
        [("h", "LAKESIDE CHILDREN'S HOSPITAL - DEPARTMENT OF RADIOLOGY", 12),
         ("l", "Exam: [[MRI BRAIN WITHOUT CONTRAST|conventional_imaging]]          CPT: 70551"),
         ("l", "Date of exam: 2025-10-02        Accession: LCH-RAD-5581203        Ordering: R. Whitfield, MD"),
         ("gap", 6),
         ("p", "INDICATION: 2-year-old with motor regression and spasticity. Evaluate white matter."),
         ("p", "TECHNIQUE: Sagittal T1, axial T2, FLAIR, DWI/ADC and SWI; coronal T2. Performed under general "
               "anesthesia. No contrast given."),
         ("p", "COMPARISON: None."),
         ("p", "FINDINGS: Symmetric, confluent T2/FLAIR hyperintensity of the periventricular and deep white "
               "matter of both cerebral hemispheres with radiating linear sparing (tigroid pattern). The "
               "subcortical U-fibers are spared. The splenium and genu of the corpus callosum are involved. No "
               "restricted diffusion. Myelination of the internal capsules is age-appropriate on T1. Ventricles "
               "and extra-axial spaces are normal for age. No mass effect. Cerebellum and brainstem are normal."),
         ("p", "IMPRESSION:"),
         ("p", "1. Symmetric periventricular and deep white matter signal abnormality, "
               "[[indeterminate|imaging_inconclusive|u]]: [[leukodystrophy|inherited_metabolic_disorder|u]] versus "
               "hypomyelination. The tigroid pattern with U-fiber sparing raises the possibility of "
               "[[metachromatic leukodystrophy|inherited_metabolic_disorder|u]]."),
         ("p", "2. [[Recommend MR spectroscopy|imaging_inconclusive|u|MR spectroscopy:mr_spectroscopy:]] and correlation with enzyme testing."),
         ("gap", 6),
         ("l", "Electronically signed by: Tomas Lindqvist, MD, Pediatric Neuroradiology  10/02/2025 15:48")],
        [("h", "BIOCHEMICAL GENETICS LABORATORY", 12),
         ("l", "Collected: 09/26/2025 08:40     Received: 09/26/2025 13:05     Reported: 10/06/2025"),
         ("l", "Ordering: R. Whitfield, MD     Specimen: whole blood (leukocytes), random urine"),
         ("gap", 6),
         ("table", [
             ("Test", "Result / Reference"),
             ("Arylsulfatase A, leukocytes", "3.1 nmol/h/mg protein   LOW   (28-110)"),
             ("Beta-galactosidase, leukocytes (control)", "142 nmol/h/mg protein   (75-300)"),
             ("Very-long-chain fatty acids, plasma", "C26:0 and C26/C22 ratio within reference range"),
             ("Urine sulfatides", "Sent out - pending"),
             ("Lactate, plasma", "1.3 mmol/L   (0.5-2.2)"),
             ("CBC", "WBC 8.2, Hgb 11.9, Plt 301"),
         ], 200),
         ("p", "INTERPRETATION: Markedly reduced arylsulfatase A activity with a normal control enzyme. The "
               "result is consistent with [[MLD|inherited_metabolic_disorder|u]] or ARSA pseudodeficiency; "
               "urine sulfatide quantification and ARSA gene sequencing are recommended to distinguish them."),
         ("l", "Laboratory director: S. Iyer, PhD, FACMG")],
        [("h", "GENETIC COUNSELING NOTE", 12),
         ("l", "14 October 2025        Counselor: Julia Mertens, MS, CGC"),
         ("gap", 6),
         ("p", "Met with Amara's mother after the neurology visit. Pedigree: three generations, non-consanguineous. "
               "A maternal first cousin has an X-linked condition; his diagnosis does not explain Amara's enzyme "
               "result, and her very-long-chain fatty acids were normal on 09/26/2025."),
         ("p", "Discussed autosomal recessive inheritance, the pseudodeficiency allele and what sequencing can and "
               "cannot tell the family. Consent obtained for ARSA sequencing with deletion/duplication analysis "
               "(turnaround 3-4 weeks). Parental carrier testing to follow. Family given written material and "
               "the clinic number."),
         ("p", "Time spent: 50 minutes, more than half in counseling.")],
    ],
})

# 10 -- two-column radiology report; the request form names CPT 70553 -------------------------
CASES.append({
    "case": "10_two_column_metastasis_wrong_cpt",
    "pdf": "summit_thoracic_oncology_auth_request.pdf",
    "description": (
        "63-year-old man with stage IIIA lung adenocarcinoma (chest chemoradiation completed 06/2025) and new "
        "left hand clumsiness; MRI brain 09/22/2025 (a two-column radiology report) shows a solitary "
        "ring-enhancing right parietal lesion, 'metastasis versus abscess', indeterminate, MR spectroscopy "
        "recommended. Clinically the indication is there (brain metastasis suspected: intraaxial_brain_tumor "
        "met, conventional imaging inconclusive), but the ruled request form lists CPT 70553 (the MRI code) "
        "for a procedure described as MR spectroscopy, so procedure_code_consistent is not_met and the outcome "
        "is insufficient_information. Traps: 70553 also appears in the radiology report header (history); "
        "banner date 09/30/2025 and requested date of service 10/06/2025 are not the request date "
        "(09/29/2025); SRS only 'if metastatic' and 'return if seizures / worsening weakness' are "
        "hypothetical; the chest chemoradiation is historical and not brain treatment; CT chest is not brain "
        "imaging; unticked '[ ] Standard'."),
    "request_date": "2025-09-29",
    "population": "adult",
    "patient_age_years": 63,
    "cpt_codes": ["70553"],
    "outcome": "insufficient_information",
    "leaves": {
        "clinical_documentation_present": "met", "procedure_code_consistent": "not_met",
        "body_region_consistent": "met", "conventional_imaging_inconclusive": "met",
        "glioma_grading": "unknown", "recurrence_vs_radiation_necrosis": "unknown",
        "intraaxial_brain_tumor": "met", "posttreatment_surveillance": "unknown",
        "neonatal_hie": "unknown", "metabolic_disorder": "unknown", "inherited_metabolic_disorder": "unknown",
        "is_repeat_request": "not_met", "no_established_guidelines": "unknown",
        "clarify_indeterminate_finding": "unknown", "monitoring_need": "unknown",
        "recent_imaging_without_change": "not_met"},
    "ambiguous_leaves": {
        "new_or_worsening_symptoms": ("new left hand clumsiness is documented, but there is no prior MR "
                                      "spectroscopy for it to be 'since'."),
    },
    "notes": [],
    "meta": {"fax_sent": "09/30/2025 11:47", "sender": "Summit Thoracic Oncology",
             "sender_fax": "(555) 010-3300", "clinic": "Summit Thoracic Oncology",
             "patient": "PRZYBYLSKI, GERALD", "mrn": "STO-660193", "dob": "02/17/1962"},
    "pages": [
        [("h", "ADVANCED IMAGING PRIOR AUTHORIZATION - REQUEST FORM", 13),
         ("l", "Submit with clinical notes and prior imaging reports."), ("gap", 8),
         ("table", [
             ("Date of Request", "09/29/2025"),
             ("Member Name", "Gerald Przybylski"),
             ("Member DOB", "02/17/1962"),
             ("Member ID", "SHP-4410982203"),
             ("Ordering Provider", "Alan Chu, MD - Medical Oncology"),
             ("Provider NPI / Phone", "1467752210  /  (555) 010-3310"),
             ("Rendering Facility", "Summit Regional Imaging - 3T MR suite"),
             ("CPT Code(s)", "70553"),
             ("Procedure Description", "[[MR spectroscopy|mr_spectroscopy]] of right parietal brain lesion"),
             ("ICD-10", "C34.11, G93.89"),
             ("Body Part", "Brain"),
             ("Requested Date of Service", "10/06/2025"),
             ("Priority", "[X] Urgent    [ ] Standard"),
             ("Prior imaging report attached", "[X] Yes    [ ] No"),
             ("Ordering provider signature / date", "Alan Chu, MD   09/29/2025"),
         ], 170),
         ("p", "Office use: received by front desk 09/29 - faxed 09/30 with notes (4 pages total).")],
        [("h", "SUMMIT REGIONAL IMAGING - NEURORADIOLOGY REPORT", 12),
         ("l", "Exam: [[MRI BRAIN WITH AND WITHOUT CONTRAST|conventional_imaging]]      CPT: 70553      "
               "Accession: SRI-88120457"),
         ("l", "Exam date: 22 September 2025   Ordering: Alan Chu, MD   Read: Priya Raman, MD"),
         ("rule",), ("gap", 4),
         ("twocol",
          [("h", "CLINICAL HISTORY", 10),
           ("p", "63-year-old man with stage IIIA lung adenocarcinoma, s/p [[chemoradiation|radiation_therapy|h]] "
                 "to the chest completed 06/2025. Ten days of left hand clumsiness; low-grade fevers after a "
                 "dental extraction on 09/05. Evaluate for [[metastasis|brain_metastasis|u]]."),
           ("h", "COMPARISON", 10),
           ("p", "None available."),
           ("h", "TECHNIQUE", 10),
           ("p", "Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI, perfusion not performed. Pre- and post-contrast "
                 "3D T1 after 7 mL gadobutrol."),
           ("h", "FINDINGS", 10),
           ("p", "Right parietal lobe: 2.1 x 1.8 cm ring-enhancing lesion at the gray-white junction with a thin, "
                 "smooth enhancing wall and moderate surrounding vasogenic edema. The central cavity shows "
                 "partial, heterogeneous restricted diffusion, not the uniform central restriction typical of a "
                 "pyogenic collection. No dual-rim sign on SWI. No hemorrhage."),
           ("p", "No additional enhancing lesions. Mild local sulcal effacement without midline shift. "
                 "Ventricles and basal cisterns are normal. Dural venous sinuses are patent. Orbits and "
                 "paranasal sinuses are clear; no dental-source sinus disease.")],
          [("h", "IMPRESSION", 10),
           ("p", "1. Solitary 2.1 cm ring-enhancing right parietal lesion with vasogenic edema."),
           ("p", "2. Differential: [[metastasis versus abscess|imaging_inconclusive|u|metastasis:brain_metastasis:u]]. "
                 "Imaging features are [[indeterminate|imaging_inconclusive|u]] and do not reliably separate "
                 "these entities; the partial central diffusion restriction is atypical for either."),
           ("p", "3. [[Recommend MR spectroscopy|imaging_inconclusive|u|MR spectroscopy:mr_spectroscopy:]] "
                 "(lipid-lactate, amino acid resonances, choline) for "
                 "[[further characterization|imaging_inconclusive|u]], with clinical correlation for an "
                 "infectious source."),
           ("gap", 6),
           ("p", "Critical result discussed with Dr. Chu by telephone on 09/22/2025 at 14:10."),
           ("gap", 6),
           ("l", "Electronically signed:"),
           ("l", "Priya Raman, MD, Neuroradiology"),
           ("l", "09/22/2025 14:32")]),
         ],
        [("h", "MEDICAL ONCOLOGY - PROGRESS NOTE", 12),
         ("l", "Date: 9/26/25      Provider: Alan Chu, MD      Location: Summit Thoracic Oncology, Suite 210"),
         ("gap", 6),
         ("p", "INTERVAL HISTORY: Mr. Przybylski is a 63-year-old man with stage IIIA (T2bN2M0) adenocarcinoma of "
               "the right upper lobe, EGFR/ALK negative, PD-L1 40%, s/p concurrent "
               "[[chemoradiation|radiation_therapy|h]] (60 Gy to the chest, completed 06/2025), on durvalumab consolidation since 07/2025. On 09/20 he noticed "
               "[[new left hand clumsiness|symptoms_new_or_worse]] (dropping his keys, trouble buttoning). "
               "Low-grade fevers to 100.2 F for a week after a molar extraction on 09/05, now resolved."),
         ("p", "DATA: [[MRI brain|conventional_imaging]] 09/22/2025: solitary ring-enhancing right parietal "
               "lesion, read as [[indeterminate|imaging_inconclusive|u]] - [[brain metastasis|brain_metastasis|u]] "
               "vs abscess. CT chest 09/10/2025: treated RUL mass smaller, no new nodules. WBC 8.9, CRP 14 mg/L, "
               "blood cultures x2 no growth at 5 days."),
         ("p", "EXAM: Afebrile. Mild left pronator drift, slowed finger taps on the left; otherwise nonfocal. "
               "Oral cavity healing well."),
         ("p", "ASSESSMENT AND PLAN:"),
         ("p", "1. Right parietal ring-enhancing lesion - concern for [[brain metastasis|brain_metastasis|u]]; "
               "abscess less likely (afebrile, normal WBC) but not excluded per ID. The two lead to entirely "
               "different treatment: [[SRS|radiosurgery|y]] if metastatic, aspiration and IV antibiotics if "
               "abscess. Requesting [[MR spectroscopy|mr_spectroscopy]] before committing to either. "
               "Dexamethasone 4 mg twice daily started 09/22."),
         ("p", "2. NSCLC: durvalumab held pending the workup."),
         ("p", "3. Driving: advised not to drive. Return if [[seizures|symptoms_new_or_worse|y]] or "
               "[[worsening weakness|symptoms_new_or_worse|y]]."),
         ("l", "Alan Chu, MD    signed 09/26/2025 18:02")],
        [("h", "INFECTIOUS DISEASES - TELEPHONE CONSULT NOTE", 12),
         ("l", "Sept 24, 2025      Consultant: Hannah Osei-Bonsu, MD"),
         ("gap", 6),
         ("p", "Asked by Dr. Chu whether the right parietal lesion could be a pyogenic abscess after the 09/05 "
               "extraction. Fevers were low grade and resolved without antibiotics; WBC and blood cultures are "
               "unrevealing; no endocarditis risk factors. Pretest probability is low but not negligible. "
               "Would not start empiric antibiotics now; if the lesion is thought infectious, stereotactic "
               "aspiration for culture is preferred before antibiotics. Happy to see him in clinic."),
         ("gap", 10),
         ("h", "CURRENT MEDICATIONS (reconciled 09/26/2025)", 12),
         ("table", [
             ("Dexamethasone 4 mg PO", "twice daily with food (started 09/22/2025)"),
             ("Famotidine 20 mg PO", "twice daily while on dexamethasone"),
             ("Durvalumab 10 mg/kg IV", "every 2 weeks - ON HOLD"),
             ("Atorvastatin 40 mg PO", "nightly"),
             ("Lisinopril 10 mg PO", "daily"),
             ("Albuterol HFA", "2 puffs every 6 hours as needed"),
         ], 200),
         ("p", "ALLERGIES: Penicillin (hives, 1990s). No contrast allergy.")],
    ],
})

# 11 -- repeat MR spectroscopy after new seizures; the letter is an image-only scanned page -------
CASES.append({
    "case": "11_repeat_mrs_new_seizures_scanned_letter",
    "pdf": "valley_neuro_oncology_repeat_mrs.pdf",
    "description": (
        "47-year-old woman with a left temporal astrocytoma, IDH-mutant, CNS WHO grade 3, s/p subtotal "
        "resection and chemoradiation in 2023 and adjuvant temozolomide (completed 07/2024). A prior MR "
        "spectroscopy on 08/26/2025 (7 weeks before the 10/14/2025 request) was indeterminate; new focal "
        "seizures began 09/21/2025, after that study (levetiracetam started 09/22), and the MRI of 10/06/2025 "
        "is indeterminate for progression versus treatment-related change. The letter of medical necessity "
        "(page 4) is an image-only scanned page with no text layer (its text comes from OCR): it attests that "
        "no established guidelines address the situation and requests a one-time clarifying follow-up of the "
        "prior indeterminate finding. Repeat path met (is_repeat_request, no_established_guidelines, "
        "new_or_worsening_symptoms, clarify_indeterminate_finding); the prior MRS is inside 3 months but new "
        "symptoms and a new drug followed it, so recent_imaging_without_change is not_met -> meets_criteria. "
        "Traps: the fax banner (10/16/2025) and the letter date (10/13/2025) are not the request date; the "
        "prior MRS report header carries CPT 76390 (history); 'Claustrophobia [ ] Yes [X] No' is negated; "
        "the grade is established by pathology."),
    "request_date": "2025-10-14",
    "population": "adult",
    "patient_age_years": 47,
    "cpt_codes": ["76390"],
    "outcome": "meets_criteria",
    "leaves": {
        "clinical_documentation_present": "met", "procedure_code_consistent": "met",
        "body_region_consistent": "met", "conventional_imaging_inconclusive": "met",
        "recurrence_vs_radiation_necrosis": "met", "intraaxial_brain_tumor": "met",
        "neonatal_hie": "unknown", "metabolic_disorder": "unknown",
        "inherited_metabolic_disorder": "unknown", "is_repeat_request": "met",
        "no_established_guidelines": "met", "new_or_worsening_symptoms": "met",
        "clarify_indeterminate_finding": "met", "monitoring_need": "unknown",
        "recent_imaging_without_change": "not_met"},
    "ambiguous_leaves": {
        "posttreatment_surveillance": ("a treated brain tumor is known and a 'one-time clarifying follow-up' is "
                                       "requested, but the request is driven by new seizures and an "
                                       "indeterminate finding rather than by routine surveillance."),
        "glioma_grading": ("a glial neoplasm is present but its grade (CNS WHO grade 3) is established by "
                           "pathology, so the grade is not the open question; the table's not_met covers only "
                           "a negated glial neoplasm, so not_met and unknown are both arguable."),
    },
    "notes": [],
    "meta": {"fax_sent": "10/16/2025 09:14", "sender": "Valley Neuro-Oncology",
             "sender_fax": "(555) 010-2000", "clinic": "Valley Neuro-Oncology",
             "patient": "FERREIRA-LYNCH, DANIELA", "mrn": "VNO-302118", "dob": "04/09/1978"},
    "pages": [
        [("h", "PRIOR AUTHORIZATION REQUEST - DIAGNOSTIC IMAGING", 13), ("gap", 6),
         ("table", [
             ("Date of Request", "10/14/2025"),
             ("Member Name / DOB", "Daniela Ferreira-Lynch  /  04/09/1978"),
             ("Member ID", "VHP-771208845"),
             ("Ordering Provider", "Miriam Osei, MD - Neuro-Oncology, NPI 1285519043"),
             ("CPT Code(s)", "76390"),
             ("Procedure", "Repeat [[MR spectroscopy|mr_spectroscopy]], brain - multivoxel, left temporal"),
             ("ICD-10", "C71.2, G40.109"),
             ("Body Part", "Brain"),
             ("Requested Date of Service", "10/24/2025"),
             ("Priority", "[ ] Urgent    [X] Standard"),
             ("[[Prior MRS|mr_spectroscopy|h]] of same region in last 12 months",
              "[X] Yes    [ ] No      Date: 08/26/2025"),
             ("[[Claustrophobia|claustrophobia|n]]", "[ ] Yes    [X] No"),
             ("Attachments", "Progress note 10/09/2025; [[MRS report|mr_spectroscopy|h]] 08/26/2025; letter of medical necessity"),
             ("Signature / Date", "M. Osei, MD    10/14/2025"),
         ], 170)],
        [("h", "NEURO-ONCOLOGY PROGRESS NOTE", 12),
         ("l", "Date: 2025-10-09      Provider: Miriam Osei, MD      Visit type: established, urgent add-on"),
         ("gap", 6),
         ("p", "DIAGNOSIS: Left temporal [[astrocytoma|glial_neoplasm]], IDH-mutant, "
               "[[CNS WHO grade 3|tumor_grade]] (1p/19q intact, MGMT methylated)."),
         ("p", "ONCOLOGIC HISTORY: 03/2023 [[subtotal resection|resection|h]] (residual along the posterior "
               "cavity margin); 04-06/2023 [[XRT|radiation_therapy|h]] 59.4 Gy with concurrent "
               "[[temozolomide|chemotherapy|h]]; adjuvant [[TMZ|chemotherapy|h]] x 12 cycles, completed "
               "07/2024. No therapy since."),
         ("p", "INTERVAL HISTORY: [[MR spectroscopy|mr_spectroscopy|h]] on 08/26/2025 showed a mildly elevated "
               "choline/NAA ratio at the posterior cavity margin, read as "
               "[[indeterminate|imaging_inconclusive|uh]]. Three weeks later she developed "
               "[[new focal seizures|symptoms_new_or_worse]]: the first on 09/21/2025 (rising epigastric "
               "sensation, lip smacking, about 60 seconds, aware at the end), with further events on 09/30 and "
               "10/05. Levetiracetam 500 mg twice daily was started 09/22/2025 and increased to 750 mg twice "
               "daily on 10/06."),
         ("p", "IMAGING: [[MRI brain|conventional_imaging]] 10/06/2025: subtle increased FLAIR signal along the "
               "posterior margin of the surgical cavity, no new enhancement, no restricted diffusion; "
               "[[indeterminate|imaging_inconclusive|u]] for [[tumor progression|tumor_recurrence|u]] versus "
               "[[treatment-related change|treatment_effect|u]]."),
         ("p", "EXAM: Alert, fluent with mild anomia (present since surgery). Visual fields full. Strength "
               "5/5 throughout; gait normal. KPS 80."),
         ("p", "ASSESSMENT: [[Prior MRS|mr_spectroscopy|h]] [[indeterminate|imaging_inconclusive|uh]]; "
               "[[new seizures|symptoms_new_or_worse]] after that study; [[MRI|conventional_imaging]] again "
               "[[indeterminate|imaging_inconclusive|u]]. Whether this is [[early progression|tumor_recurrence|u]] decides between "
               "re-operation and continued observation."),
         ("p", "PLAN: Request a one-time repeat [[MRS|mr_spectroscopy]] of the posterior cavity margin (letter "
               "attached). Continue levetiracetam 750 mg twice daily. No driving for 6 months per state law; "
               "seizure first aid reviewed with her husband."),
         ("l", "Miriam Osei, MD   2025-10-09 16:40")],
        [("h", "VALLEY MEDICAL CENTER - MAGNETIC RESONANCE", 12),
         ("l", "Exam: [[MR SPECTROSCOPY|mr_spectroscopy]], BRAIN (multivoxel PRESS, TE 144 ms)      CPT: 76390"),
         ("l", "Date: Aug 26, 2025      Accession: VMC-MR-2290417      Ordering: M. Osei, MD"),
         ("gap", 6),
         ("p", "HISTORY: Left temporal [[astrocytoma|glial_neoplasm]], [[WHO grade 3|tumor_grade]], s/p "
               "[[resection|resection|h]] and [[chemoradiation|radiation_therapy|h]]."),
         ("p", "TECHNIQUE: 2D chemical shift imaging grid over the left temporal lobe including the surgical "
               "cavity margin and contralateral normal-appearing white matter; water suppression adequate; "
               "linewidth 7 Hz."),
         ("p", "FINDINGS: Posterior cavity margin voxels: choline/NAA 1.6 (contralateral 0.9), choline/creatine "
               "1.5, small lactate doublet at 1.33 ppm, no lipid peak. Anterior margin voxels: choline/NAA 1.0. "
               "Spectral quality good."),
         ("p", "IMPRESSION: Mildly elevated choline/NAA ratio at the posterior cavity margin, "
               "[[indeterminate|imaging_inconclusive|u]]: low-level [[residual tumor|tumor_recurrence|u]] versus "
               "[[treatment-related change|treatment_effect|u]]. Clinical and short-interval imaging correlation "
               "is suggested."),
         ("l", "Electronically signed: Oren Falk, MD   08/27/2025 09:02")],
        [("scan", [
            "**VALLEY NEURO-ONCOLOGY",
            "1200 Orchard Avenue, Suite 400  -  Tel (555) 010-2001",
            "",
            "October 13, 2025",
            "To: Cohere Health Utilization Management",
            "**Re: [[MR spectroscopy|mr_spectroscopy]] (CPT 76390), one-time repeat study",
            "Patient: Daniela Ferreira-Lynch, DOB 04/09/1978",
            "",
            "Dear Medical Director,",
            "Ms. Ferreira-Lynch is a 47-year-old woman with a left temporal [[astrocytoma|glial_neoplasm]], "
            "IDH-mutant, [[CNS WHO grade 3|tumor_grade]], s/p [[subtotal resection|resection|h]] and "
            "[[chemoradiation|radiation_therapy|h]] in 2023 followed by adjuvant "
            "[[temozolomide|chemotherapy|h]].",
            "Her [[MR spectroscopy|mr_spectroscopy|h]] on 08/26/2025 showed a mildly elevated choline/NAA ratio "
            "at the posterior cavity margin that was [[indeterminate|imaging_inconclusive|uh]]. Since that study "
            "she has developed [[new focal seizures|symptoms_new_or_worse]], the first on 09/21/2025, and her "
            "[[MRI|conventional_imaging]] of 10/06/2025 remains [[indeterminate|imaging_inconclusive|u]].",
            "There are [[no established guidelines|no_guideline_attestation]] that address a repeat study in "
            "this situation. I am requesting a [[one-time clarifying follow-up|clarification_intent]] of the "
            "prior [[indeterminate|imaging_inconclusive|uh]] finding. The result decides the next step: "
            "re-operation or continued observation.",
            "Thank you for your review.",
            "",
            "Sincerely,",
            "Miriam Osei, MD",
            "Neuro-Oncology, Valley Neuro-Oncology",
        ])],
        [("h", "MEDICATION LIST AND ALLERGIES", 12),
         ("l", "Reconciled 10/09/2025 by L. Tran, RN"), ("gap", 6),
         ("table", [
             ("Levetiracetam 750 mg PO", "twice daily (started 09/22/2025 at 500 mg; increased 10/06/2025)"),
             ("Sertraline 50 mg PO", "daily"),
             ("Vitamin D3 2000 IU PO", "daily"),
             ("Ondansetron 4 mg PO", "every 8 hours as needed for nausea"),
         ], 200),
         ("p", "ALLERGIES: Sulfa (rash)."),
         ("p", "PHARMACY: Orchard Pharmacy, (555) 010-2290."),
         ("gap", 8),
         ("h", "PATIENT CONTACT", 11),
         ("p", "Preferred phone (555) 010-7731. Husband (Marco) may receive results. Prefers morning "
               "appointments; interpreter not needed.")],
    ],
})

# 12 -- 22-page packet; the older MRI was indeterminate, the newest (page 17) is conclusive ---------
def pcp_note(date, reason, hpi, exam, plan):
    return [("h", "RIVERBEND FAMILY MEDICINE - OFFICE VISIT", 12),
            ("l", f"Date: {date}      Provider: Kevin Albright, DO      Reason: {reason}"), ("gap", 6),
            ("p", "HPI: " + hpi), ("p", "EXAM: " + exam), ("p", "ASSESSMENT/PLAN: " + plan),
            ("l", "Kevin Albright, DO  (electronically signed)")]


CASES.append({
    "case": "12_long_packet_superseded_mri",
    "pdf": "northgate_neurology_records_packet.pdf",
    "description": (
        "22-page records packet for a 41-year-old man with a left frontal lesion found after a first "
        "generalized seizure (03/14/2025). The MRI brain of 03/18/2025 (page 6; its header carries CPT 70553, "
        "history) was indeterminate: cavernous malformation versus hemorrhagic neoplasm. The letter of "
        "medical necessity (page 3, 10/08/2025) still quotes that March study. But the most recent MRI, "
        "09/30/2025 with SWI, is buried on page 17 among PCP notes, labs, medication lists and unrelated "
        "orthopedic, sleep and dermatology consults: 'findings characteristic of a cavernous malformation', "
        "'diagnostic of', no underlying neoplasm; neurosurgery (page 18) agrees. No prior MR spectroscopy. "
        "conventional_imaging_inconclusive is not_met (the most recent study is conclusive); the repeat path "
        "fails on is_repeat_request (not_met) -> indications not_met -> does_not_meet_criteria. Traps: the "
        "older indeterminate MRI and CT, the letter that cites them, an MRI of the right knee (not brain), "
        "'MRI brain arranged' / 'due for repeat MRI brain' (planned), 'return sooner if new headaches or "
        "seizures' (hypothetical), 'No indication for resection' (negated), seizure-free / no new symptoms "
        "(stable)."),
    "request_date": "2025-10-08",
    "population": "adult",
    "patient_age_years": 41,
    "cpt_codes": ["76390"],
    "outcome": "does_not_meet_criteria",
    "leaves": {
        "clinical_documentation_present": "met", "procedure_code_consistent": "met",
        "body_region_consistent": "met", "conventional_imaging_inconclusive": "not_met",
        "glioma_grading": "unknown", "recurrence_vs_radiation_necrosis": "unknown",
        "posttreatment_surveillance": "unknown", "neonatal_hie": "unknown", "metabolic_disorder": "unknown",
        "inherited_metabolic_disorder": "unknown", "is_repeat_request": "not_met",
        "no_established_guidelines": "unknown", "new_or_worsening_symptoms": "not_met",
        "clarify_indeterminate_finding": "unknown", "monitoring_need": "unknown",
        "recent_imaging_without_change": "not_met"},
    "ambiguous_leaves": {
        "intraaxial_brain_tumor": ("a 'hemorrhagic neoplasm' in the frontal lobe was suspected on the March "
                                   "MRI and the letter asks to exclude one, but the latest MRI states no "
                                   "underlying neoplasm; unspecified 'neoplasm' is not named intra-axial."),
    },
    "notes": [],
    "meta": {"fax_sent": "10/09/2025 13:31", "sender": "Northgate Neurology Assoc",
             "sender_fax": "(555) 010-5120", "clinic": "Northgate Neurology Associates",
             "patient": "ABERNATHY, THOMAS J", "mrn": "NNA-119054", "dob": "01/23/1984"},
    "pages": [
        cover("Cohere Health - Utilization Management", "Lauren Pike, APRN / Northgate Neurology Associates",
              "10/09/2025", "Prior authorization - [[MR spectroscopy|mr_spectroscopy]] (brain) with supporting "
              "records", 22,
              "Request form, letter, ED and imaging records, PCP and specialty notes, labs, medications "
              "(03/2025 - 10/2025) as released by the patient"),
        [("h", "PRIOR AUTHORIZATION REQUEST - OUTPATIENT ADVANCED IMAGING", 13), ("gap", 6),
         ("table", [
             ("Date of Request", "10/08/2025"),
             ("Member", "Thomas J. Abernathy     DOB 01/23/1984     ID NHP-30918827"),
             ("Ordering Provider", "Lauren Pike, APRN (supervising: D. Hartmann, MD) - Neurology"),
             ("CPT Code(s)", "76390"),
             ("Procedure", "[[MR spectroscopy|mr_spectroscopy]], brain - single voxel, left frontal lesion"),
             ("ICD-10", "G93.89, R56.9"),
             ("Body Part", "Brain"),
             ("Requested Date of Service", "10/20/2025"),
             ("Priority", "[ ] Urgent    [X] Standard"),
             ("Place of Service", "Northgate Imaging Center (outpatient)"),
             ("Signature / Date", "L. Pike, APRN   10/08/2025"),
         ], 160)],
        [("h", "LETTER OF MEDICAL NECESSITY", 13),
         ("l", "October 8, 2025"), ("l", "To: Cohere Health Utilization Management"), ("gap", 6),
         ("p", "Re: Thomas J. Abernathy, DOB 01/23/1984 - request for [[MR spectroscopy|mr_spectroscopy]] of the "
               "brain (CPT 76390)"),
         ("p", "Mr. Abernathy is a 41-year-old man who presented on 03/14/2025 with a first "
               "[[generalized seizure|symptoms_new_or_worse|h]]. [[MRI brain|conventional_imaging|h]] in March "
               "2025 showed a 9 mm left frontal lesion containing blood products, described as "
               "[[indeterminate|imaging_inconclusive|uh]], with a differential of cavernous malformation versus "
               "[[hemorrhagic neoplasm|brain_tumor|uh]]. He has been [[seizure-free|symptoms_stable]] since "
               "April on levetiracetam."),
         ("p", "[[MR spectroscopy|mr_spectroscopy]] is requested to exclude an underlying "
               "[[neoplasm|brain_tumor|u]] before we counsel him on driving and long-term antiseizure therapy. "
               "Please contact our office with any questions."),
         ("gap", 8), ("l", "Sincerely,"), ("l", "Lauren Pike, APRN, Northgate Neurology Associates"),
         ("l", "Phone (555) 010-5121")],
        [("h", "MERCY VALLEY HOSPITAL - EMERGENCY DEPARTMENT NOTE", 12),
         ("l", "Arrival: 03/14/2025 21:12      Attending: Carla Nguyen, MD"), ("gap", 6),
         ("p", "HPI: 41-year-old man brought by his wife after a witnessed first-time "
               "[[generalized seizure|symptoms_new_or_worse]] at home lasting about 90 seconds, followed by 20 "
               "minutes of confusion. Tongue bitten. No prior events, no alcohol or drug use, slept poorly "
               "this week."),
         ("p", "EXAM: BP 148/92, HR 96, afebrile. Postictal on arrival, oriented within 30 minutes. Lateral "
               "tongue laceration. No focal deficit."),
         ("p", "ED COURSE: Glucose 112, sodium 138, CK 420, ethanol negative. [[CT head|conventional_imaging]] "
               "without contrast: 9 mm hyperdense focus in the left frontal lobe, "
               "[[indeterminate|imaging_inconclusive|u]] (hemorrhage versus calcification); no mass effect."),
         ("p", "DISPOSITION: Levetiracetam 1000 mg IV load, then 500 mg twice daily. Discharged with safety "
               "precautions; no driving. Outpatient [[MRI brain|conventional_imaging|y]] arranged; neurology "
               "referral placed."),
         ("l", "Carla Nguyen, MD  03/15/2025 00:41")],
        pcp_note("04/02/2025", "ED follow-up",
                 "Seen after the 03/14 ED visit. No further events. Taking levetiracetam 500 mg twice daily; "
                 "mild irritability. [[MRI brain|conventional_imaging]] 03/18/2025 showed a small left frontal "
                 "lesion, read as [[indeterminate|imaging_inconclusive|u]]; the radiologist suggested SWI. Wife "
                 "asks about driving.",
                 "BP 136/88. Alert, fluent, no focal findings. Tongue healed.",
                 "1) Post-event - continue levetiracetam; neurology appointment 04/22. State driving rules "
                 "reviewed. 2) Elevated BP - recheck in 6 weeks; home readings. 3) Sleep - snores, wife reports "
                 "pauses; sleep referral."),
        [("h", "NORTHGATE IMAGING CENTER - MRI REPORT", 12),
         ("l", "Exam: [[MRI BRAIN WITH AND WITHOUT CONTRAST|conventional_imaging]]      CPT: 70553"),
         ("l", "Date: 03/18/2025      Accession: NIC-25-031877      Referring: ED follow-up / K. Albright, DO"),
         ("gap", 6),
         ("p", "INDICATION: [[First seizure|symptoms_new_or_worse]]; hyperdense left frontal focus on [[CT|conventional_imaging]]."),
         ("p", "TECHNIQUE: Sagittal T1, axial T2, FLAIR, DWI, gradient echo, post-contrast axial and coronal T1. "
               "SWI not acquired."),
         ("p", "FINDINGS: 9 mm lesion in the left superior frontal gyrus subcortical white matter with "
               "heterogeneous T1 and T2 signal and an incomplete peripheral rim of low signal on gradient echo. "
               "Faint internal enhancement. Mild surrounding edema. No other lesions. Ventricles normal. No "
               "restricted diffusion."),
         ("p", "IMPRESSION: 1. [[Indeterminate|imaging_inconclusive|u]] 9 mm left frontal lesion with blood "
               "products. [[Differential includes|imaging_inconclusive|u]] cavernous malformation versus "
               "[[hemorrhagic neoplasm|brain_tumor|u]]. 2. [[Further characterization|imaging_inconclusive|u]] "
               "with susceptibility-weighted imaging is recommended."),
         ("l", "Electronically signed: Victor Amadi, MD  03/18/2025 17:20")],
        [("h", "NORTHGATE NEUROLOGY ASSOCIATES - NEW PATIENT CONSULTATION", 12),
         ("l", "April 22, 2025      Neurologist: Dana Hartmann, MD      Referred by: K. Albright, DO"),
         ("gap", 6),
         ("p", "HPI: Single [[generalized seizure|symptoms_new_or_worse|h]] 03/14/2025, no events since. No "
               "prior events, head injury or CNS infection. Works as an electrician."),
         ("p", "FHx: Father with hypertension; no epilepsy or neurologic disease in the family."),
         ("p", "EXAM: Normal mental status, cranial nerves, motor, sensory, coordination and gait."),
         ("p", "DATA: [[MRI|conventional_imaging]] 03/18/2025 reviewed - left frontal lesion with blood products, "
               "[[indeterminate|imaging_inconclusive|u]]. Most likely a cavernous malformation; a "
               "[[hemorrhagic neoplasm|brain_tumor|u]] [[cannot be excluded|imaging_inconclusive|u]] on this study."),
         ("p", "PLAN: Continue levetiracetam 500 mg twice daily. Routine EEG. Repeat "
               "[[MRI brain|conventional_imaging|y]] with SWI in about 6 months. No driving for 6 months "
               "from the event per state rules."),
         ("l", "Dana Hartmann, MD")],
        [("h", "ELECTROENCEPHALOGRAM REPORT", 12),
         ("l", "Date: 04/30/2025      Study: routine awake and drowsy EEG, 32 minutes      Read: D. Hartmann, MD"),
         ("gap", 6),
         ("p", "BACKGROUND: Posterior dominant rhythm 10 Hz, reactive. Normal drowsy architecture. Photic "
               "stimulation and hyperventilation performed."),
         ("p", "FINDINGS: No epileptiform discharges. No focal slowing."),
         ("p", "IMPRESSION: Normal awake and drowsy EEG. A normal routine EEG does not exclude epilepsy.")],
        [("h", "LABORATORY RESULTS", 12),
         ("l", "Collected 04/22/2025 09:15      Ordering: D. Hartmann, MD"), ("gap", 6),
         ("table", [("Sodium", "139 mmol/L (135-145)"), ("Potassium", "4.2 mmol/L (3.5-5.1)"),
                    ("Creatinine", "0.91 mg/dL (0.70-1.30)"), ("Glucose, fasting", "104 mg/dL (70-99) H"),
                    ("ALT / AST", "28 / 24 U/L"), ("WBC / Hgb / Plt", "6.8 / 15.1 / 242"),
                    ("Hemoglobin A1c", "6.0 % (< 5.7) H"), ("Levetiracetam level", "14 mcg/mL (12-46)")], 200)],
        [("h", "MEDICATION LIST", 12), ("l", "Printed 06/10/2025 - Riverbend Family Medicine"), ("gap", 6),
         ("table", [("Levetiracetam 500 mg tablet", "1 tab by mouth twice daily"),
                    ("Amlodipine 5 mg tablet", "1 tab by mouth daily (started 05/2025)"),
                    ("Ibuprofen 400 mg", "as needed for knee pain, with food"),
                    ("Fluticasone nasal spray", "1 spray each nostril daily, seasonal")], 200),
         ("p", "ALLERGIES: No known drug allergies."),
         ("p", "IMMUNIZATIONS: Influenza 10/2024; Tdap 2019; COVID-19 booster 11/2024.")],
        pcp_note("06/10/2025", "hypertension, knee pain",
                 "BP log averages 142/90. Right knee pain for 3 weeks after kneeling on a job site; catching "
                 "sensation. No [[seizure activity|symptoms_new_or_worse|n]] since March.",
                 "BP 144/90. Right knee small effusion, medial joint line tenderness, positive McMurray.",
                 "1) Hypertension - start amlodipine 5 mg. 2) Right knee - suspected medial meniscus tear; "
                 "orthopedics referral, MRI right knee ordered. 3) Prediabetes - diet counseling."),
        [("h", "ORTHOPAEDIC SURGERY CONSULTATION", 12),
         ("l", "June 24, 2025      Surgeon: Priscilla Grant, MD      Referring: K. Albright, DO"), ("gap", 6),
         ("p", "HPI: Right knee pain with catching since late May. MRI right knee 06/17/2025: horizontal "
               "tear of the posterior horn of the medial meniscus, grade 2 chondromalacia of the medial "
               "femoral condyle."),
         ("p", "EXAM: Small effusion, medial joint line tenderness, full extension, flexion to 125 degrees."),
         ("p", "PLAN: Physical therapy 6 weeks, activity modification, topical diclofenac. Arthroscopy to be "
               "discussed only if mechanical symptoms persist.")],
        [("h", "SLEEP MEDICINE CONSULTATION", 12),
         ("l", "07/15/2025      Provider: Omar Siddiqui, MD"), ("gap", 6),
         ("p", "Loud snoring, witnessed apneas, Epworth 13. BMI 31. Home sleep apnea test 07/02/2025: AHI 24, "
               "nadir SpO2 82%. Moderate obstructive sleep apnea. Treating it should help his blood pressure "
               "and daytime function."),
         ("p", "PLAN: Auto-CPAP 5-15 cm H2O, mask fitting, adherence download in 6 weeks. Weight management.")],
        [("h", "DERMATOLOGY CLINIC NOTE", 12),
         ("l", "07-29-2025      Provider: Grace Yoon, PA-C"), ("gap", 6),
         ("p", "Two-month history of an itchy scaly patch on the left forearm. Exam: 2 cm annular plaque with "
               "central clearing. KOH positive for hyphae. Tinea corporis. Plan: topical terbinafine twice "
               "daily for 2 weeks. Also 4 mm regular brown nevus on the back, benign features, photographed.")],
        [("h", "LABORATORY RESULTS", 12),
         ("l", "Collected 08/19/2025 08:05      Ordering: K. Albright, DO"), ("gap", 6),
         ("table", [("Sodium", "140 mmol/L"), ("Potassium", "4.0 mmol/L"), ("Creatinine", "0.88 mg/dL"),
                    ("Glucose, fasting", "101 mg/dL H"), ("Total cholesterol / LDL", "214 / 138 mg/dL"),
                    ("HDL / Triglycerides", "41 / 176 mg/dL"), ("TSH", "1.9 mIU/L"),
                    ("Urinalysis", "no protein, no blood")], 200)],
        pcp_note("09/16/2025", "blood pressure, annual physical",
                 "Feels well. Using CPAP most nights; more rested. Knee better with therapy. No [[seizures|symptoms_new_or_worse|n]] since "
                 "March. He is due for the repeat [[MRI brain|conventional_imaging|y]] that neurology "
                 "recommended.",
                 "BP 128/82. BMI 30.4. Normal cardiopulmonary exam. Neurologically nonfocal.",
                 "1) Hypertension - at goal on amlodipine. 2) Hyperlipidemia - start atorvastatin 20 mg. 3) "
                 "Screening - colon cancer screening discussed at 45. Imaging order sent to Northgate Imaging."),
        [("h", "NORTHGATE IMAGING CENTER - MRI REPORT", 12),
         ("l", "Exam: [[MRI BRAIN WITHOUT AND WITH CONTRAST, INCLUDING SWI|conventional_imaging]]      CPT: 70553"),
         ("l", "Date: 2025-09-30      Accession: NIC-25-093044      Referring: D. Hartmann, MD"), ("gap", 6),
         ("p", "INDICATION: Left frontal lesion; SWI requested by neurology."),
         ("p", "COMPARISON: [[MRI brain|conventional_imaging|h]] 03/18/2025."),
         ("p", "TECHNIQUE: Sagittal T1, axial T2, FLAIR, DWI, susceptibility-weighted imaging, post-contrast 3D "
               "T1."),
         ("p", "FINDINGS: The 9 mm left superior frontal lesion has a reticulated core of mixed T1 and T2 "
               "signal with a complete hemosiderin rim and marked blooming on SWI. A small developmental venous "
               "anomaly drains adjacent to it and accounts for the linear enhancement previously described as "
               "internal. The surrounding edema has resolved. No other lesions; no additional microhemorrhages."),
         ("p", "IMPRESSION: Findings [[characteristic of|imaging_conclusive]] a cavernous malformation "
               "(cavernoma), Zabramski type II, with an adjacent developmental venous anomaly. The appearance "
               "is [[diagnostic of|imaging_conclusive]] a cavernous malformation; no features of an underlying "
               "[[neoplasm|brain_tumor|n]]. Resolution of the edema seen in March."),
         ("l", "Electronically signed: Victor Amadi, MD  09/30/2025 16:05")],
        [("h", "NEUROSURGERY CONSULTATION", 12),
         ("l", "Oct 3, 2025      Neurosurgeon: Elena Marsh, MD      Referred by: D. Hartmann, MD"), ("gap", 6),
         ("p", "Asked to see Mr. Abernathy about a left frontal cavernous malformation found after the "
               "03/14/2025 event (see ED note). He reports [[no new symptoms|symptoms_stable]]."),
         ("p", "IMAGING: [[MRI|conventional_imaging]] of 09/30/2025 reviewed with him: "
               "[[characteristic of|imaging_conclusive]] a cavernous malformation with an associated DVA; the "
               "March edema has resolved."),
         ("p", "ASSESSMENT: Solitary supratentorial cavernous malformation; antiseizure "
               "therapy per neurology. No indication for [[resection|resection|n]] at present; "
               "the DVA must be preserved if surgery is ever considered."),
         ("p", "PLAN: Continue levetiracetam per neurology. Routine neurosurgery clinic visit in 12 months; "
               "return sooner if [[new headaches|symptoms_new_or_worse|y]] or "
               "[[seizures|symptoms_new_or_worse|y]]. Avoid anticoagulants unless clearly needed."),
         ("l", "Elena Marsh, MD")],
        [("h", "PHYSICAL THERAPY - DISCHARGE SUMMARY", 12),
         ("l", "10/01/2025      Therapist: Ben Olatunji, DPT"), ("gap", 6),
         ("p", "Diagnosis: right medial meniscus tear, conservative care. 11 visits. Knee flexion 135 degrees, "
               "quadriceps strength 5/5, single-leg squat without pain. Goals met. Discharged to home "
               "exercise program.")],
        [("h", "MEDICATION RECONCILIATION", 12), ("l", "10/06/2025 - Northgate Neurology Associates"),
         ("gap", 6),
         ("table", [("Levetiracetam 500 mg", "twice daily"), ("Amlodipine 5 mg", "daily"),
                    ("Atorvastatin 20 mg", "nightly (started 09/16/2025)"), ("CPAP", "nightly")], 200),
         ("p", "Reviewed with the patient by phone. No changes.")],
        [("h", "PATIENT DEMOGRAPHICS AND COVERAGE", 12), ("gap", 4),
         ("table", [("Name", "Thomas J. Abernathy"), ("Address", "88 Quarry Lane, Northgate"),
                    ("Phone", "(555) 010-6604"), ("Primary insurance", "Northgate Health Plan, ID NHP-30918827"),
                    ("Employer", "Brightline Electric"), ("Emergency contact", "Sara Abernathy (wife)")], 160)],
        [("h", "AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION", 12), ("gap", 4),
         ("p", "I authorize Northgate Neurology Associates to release records dated 03/2025 to 10/2025 to my "
               "health plan for the purpose of prior authorization. This authorization expires one year from "
               "signature."),
         ("l", "Signed: Thomas J. Abernathy      Date: 10/06/2025"),
         ("l", "Records compiled by: M. Ortiz, medical records, 10/08/2025")],
    ],
})

# 13 -- adult anoxic brain injury on hemodialysis ---------------------------------------------
CASES.append({
    "case": "13_adult_anoxic_injury_dialysis",
    "pdf": "st_brendan_neurocritical_care_request.pdf",
    "description": (
        "58-year-old man, inpatient, four weeks after an out-of-hospital VF cardiac arrest (09/12/2025) treated "
        "with therapeutic hypothermia; anoxic brain injury with an equivocal non-contrast MRI brain "
        "(10/01/2025, pseudonormalization); MR spectroscopy requested for prognostication. ESRD on "
        "hemodialysis, gadolinium contraindicated (note renal_insufficiency_contrast). Conventional imaging "
        "is inconclusive, but no qualifying condition is met: neonatal_hie is not_met (adult anoxic injury), "
        "and nothing speaks to tumor or metabolic disorders (unknown). The qualifying_condition ANY is "
        "therefore unknown, the conventional path unknown, the repeat path not_met (no prior MRS), so "
        "indications is unknown and the outcome is insufficient_information. Traps: 'Request date' is in ISO "
        "form (2025-10-09) on the form; fax banner 10/10/2025 and date of service 10/13/2025 differ; the MRI "
        "report header carries CPT 70551; 'no electrographic seizures' is negated; exam unchanged (stable); "
        "the dialysis checkbox is ticked Yes."),
    "request_date": "2025-10-09",
    "population": "adult",
    "patient_age_years": 58,
    "cpt_codes": ["76390"],
    "outcome": "insufficient_information",
    "leaves": {
        "clinical_documentation_present": "met", "procedure_code_consistent": "met",
        "body_region_consistent": "met", "conventional_imaging_inconclusive": "met",
        "glioma_grading": "unknown", "recurrence_vs_radiation_necrosis": "unknown",
        "intraaxial_brain_tumor": "unknown", "posttreatment_surveillance": "unknown",
        "neonatal_hie": "not_met", "metabolic_disorder": "unknown", "inherited_metabolic_disorder": "unknown",
        "is_repeat_request": "not_met", "no_established_guidelines": "unknown",
        "new_or_worsening_symptoms": "not_met", "clarify_indeterminate_finding": "unknown",
        "monitoring_need": "unknown", "recent_imaging_without_change": "not_met"},
    "ambiguous_leaves": {},
    "notes": ["renal_insufficiency_contrast"],
    "meta": {"fax_sent": "10/10/2025 07:55", "sender": "St. Brendan Medical Center",
             "sender_fax": "(555) 010-6650", "clinic": "St. Brendan Medical Center - Neurocritical Care",
             "patient": "KOWALCZYK, RAYMOND", "mrn": "SBM-774602", "dob": "03/30/1967"},
    "pages": [
        [("h", "INPATIENT IMAGING AUTHORIZATION REQUEST", 13), ("gap", 6),
         ("table", [
             ("Request date", "2025-10-09"),
             ("Member / DOB", "Raymond Kowalczyk  /  03/30/1967"),
             ("Member ID", "KMA-5520917743"),
             ("Ordering Provider", "Farah Haddad, MD - Neurocritical Care, NPI 1598843320"),
             ("Setting", "[X] Inpatient    [ ] Outpatient      Admitted 09/12/2025"),
             ("CPT Code(s)", "76390"),
             ("Procedure", "[[MR spectroscopy|mr_spectroscopy]], brain - single voxel, basal ganglia and "
                           "parieto-occipital cortex"),
             ("Contrast", "[ ] With    [X] Without"),
             ("ICD-10", "G93.1, I46.9, N18.6"),
             ("Body Part", "Head / Brain"),
             ("Requested Date of Service", "10/13/2025"),
             ("Priority", "[X] Urgent    [ ] Standard"),
             ("[[Dialysis|renal_insufficiency]]", "[X] Yes    [ ] No"),
             ("Signature / Date", "F. Haddad, MD   10/09/2025"),
         ], 160)],
        [("h", "NEUROCRITICAL CARE PROGRESS NOTE", 12),
         ("l", "Oct 8, 2025   Hospital day 27   Attending: Farah Haddad, MD"), ("gap", 6),
         ("p", "SUMMARY: 58-year-old man with out-of-hospital ventricular fibrillation arrest on 09/12/2025, "
               "bystander CPR, ROSC after about 25 minutes, treated with "
               "[[therapeutic hypothermia|therapeutic_hypothermia|h]] (33 C for 24 hours). PMH "
               "[[ESRD|renal_insufficiency]] on [[hemodialysis|renal_insufficiency]] (MWF, left AV fistula) "
               "from diabetic nephropathy, CAD, type 2 diabetes."),
         ("p", "NEURO EXAM: Off sedation more than 2 weeks. Eyes open to voice, intermittent visual tracking, "
               "does not follow commands consistently, withdraws all four limbs. Early myoclonus has resolved. "
               "Exam [[unchanged|symptoms_stable]] over the past week."),
         ("p", "DATA: Continuous EEG 09/13-09/16: diffuse slowing, reactive, no electrographic "
               "[[seizures|symptoms_new_or_worse|n]]. SSEPs 09/16: N20 responses present bilaterally. NSE 48 "
               "ng/mL at 72 h. [[CT head|conventional_imaging]] 09/12/2025 on arrival: no hemorrhage. "
               "[[MRI brain|conventional_imaging]] 10/01/2025 (non-contrast): [[equivocal|imaging_inconclusive|u]] "
               "diffusion signal in the putamina and perirolandic cortex, see report."),
         ("p", "ASSESSMENT: [[Anoxic brain injury|anoxic_brain_injury]] after cardiac arrest; neurologic "
               "prognosis remains uncertain at four weeks, with mixed predictors. The family is asking for the "
               "best estimate before a goals-of-care decision about tracheostomy and long-term care."),
         ("p", "PLAN: Requesting [[MR spectroscopy|mr_spectroscopy]] (NAA/creatine, lactate) to add to "
               "multimodal prognostication. [[Gadolinium is contraindicated|renal_insufficiency]] given his "
               "[[ESRD|renal_insufficiency]]; the study is done without contrast. Family meeting scheduled "
               "10/14 after the result. Continue [[HD|renal_insufficiency]] per nephrology."),
         ("l", "Farah Haddad, MD  10/08/2025 19:10")],
        [("h", "ST. BRENDAN MEDICAL CENTER - RADIOLOGY", 12),
         ("l", "Exam: [[MRI BRAIN WITHOUT CONTRAST|conventional_imaging]]      CPT: 70551"),
         ("l", "Date: 1 October 2025      Accession: SBM-MR-4471920      Ordering: F. Haddad, MD"), ("gap", 6),
         ("p", "CLINICAL: 58-year-old man after cardiac arrest on 09/12/2025; evaluate for "
               "[[anoxic brain injury|anoxic_brain_injury|u]]."),
         ("p", "TECHNIQUE: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI. [[Gadolinium withheld|renal_insufficiency]] "
               "([[ESRD|renal_insufficiency]] on [[hemodialysis|renal_insufficiency]])."),
         ("p", "FINDINGS: Subtle, equivocal restricted diffusion in both putamina and along the perirolandic "
               "cortex with faint corresponding FLAIR hyperintensity. At this subacute time point (day 19) "
               "diffusion pseudonormalization limits sensitivity. No hemorrhage, no territorial infarct, no "
               "hydrocephalus. Mild chronic small-vessel change."),
         ("p", "IMPRESSION: 1. [[Equivocal|imaging_inconclusive|u]] diffusion signal in the bilateral putamina "
               "and perirolandic cortex; findings may represent [[hypoxic brain injury|anoxic_brain_injury|u]], "
               "and more extensive injury masked by pseudonormalization "
               "[[cannot be excluded|imaging_inconclusive|u]]. 2. "
               "[[Recommend MR spectroscopy|imaging_inconclusive|u|MR spectroscopy:mr_spectroscopy:]] for "
               "prognostic assessment."),
         ("l", "Electronically signed: Hiroshi Tanaka, MD  10/01/2025 18:44")],
        [("h", "NEPHROLOGY CONSULT FOLLOW-UP", 12),
         ("l", "10-7-25      Nephrologist: Adaeze Nwosu, MD"), ("gap", 6),
         ("p", "[[ESRD|renal_insufficiency]] from diabetic nephropathy, on [[hemodialysis|renal_insufficiency]] "
               "since 2021 via left AV fistula. Inpatient [[HD|renal_insufficiency]] MWF; last session 10/06 with 2.5 L ultrafiltration, "
               "K 4.6, bicarbonate 23. Fistula with good thrill."),
         ("p", "Recommendations: continue MWF [[dialysis|renal_insufficiency]]; renal diet via tube feeds; avoid "
               "[[gadolinium|renal_insufficiency]]-based contrast; dose medications for [[ESRD|renal_insufficiency]].")],
        [("h", "ACTIVE MEDICATIONS", 12), ("l", "As of 10/08/2025 - inpatient MAR"), ("gap", 6),
         ("table", [("Levetiracetam 500 mg per tube", "twice daily (renal dosing; extra dose after each session)"),
                    ("Heparin 5000 units SC", "every 8 hours"),
                    ("Insulin glargine 14 units SC", "nightly, with sliding scale"),
                    ("Sevelamer 800 mg per tube", "three times daily with feeds"),
                    ("Aspirin 81 mg per tube", "daily"), ("Atorvastatin 40 mg per tube", "nightly")], 200),
         ("p", "ALLERGIES: Iodinated contrast - hives (2018). NKDA otherwise.")],
    ],
})

# 14 -- request form CPT 76390 but the body part is the prostate ------------------------------
CASES.append({
    "case": "14_body_region_mismatch",
    "pdf": "harborview_urology_auth_request.pdf",
    "description": (
        "66-year-old man with a rising PSA and an 11 mm PI-RADS 3 lesion on multiparametric prostate MRI; the "
        "urologist requests MR spectroscopy (CPT 76390) of the prostate. The code matches the policy but the "
        "body part is 'Prostate' and every note is about the prostate, so body_region_consistent is not_met "
        "-> insufficient_information. Traps: the prostate MRI is not brain imaging (no conventional_imaging "
        "mention anywhere), the father's prostate cancer is family history and no concept, banner date "
        "10/03/2025 and date of service 10/15/2025 are not the request date (10/02/2025)."),
    "request_date": "2025-10-02",
    "population": "adult",
    "patient_age_years": 66,
    "cpt_codes": ["76390"],
    "outcome": "insufficient_information",
    "leaves": {
        "clinical_documentation_present": "met", "procedure_code_consistent": "met",
        "body_region_consistent": "not_met", "conventional_imaging_inconclusive": "unknown",
        "glioma_grading": "unknown", "recurrence_vs_radiation_necrosis": "unknown",
        "intraaxial_brain_tumor": "unknown", "posttreatment_surveillance": "unknown",
        "neonatal_hie": "unknown", "metabolic_disorder": "unknown", "inherited_metabolic_disorder": "unknown",
        "is_repeat_request": "not_met", "no_established_guidelines": "unknown",
        "new_or_worsening_symptoms": "unknown", "clarify_indeterminate_finding": "unknown",
        "monitoring_need": "unknown", "recent_imaging_without_change": "not_met"},
    "ambiguous_leaves": {},
    "notes": [],
    "meta": {"fax_sent": "10/03/2025 15:20", "sender": "Harborview Urology Group",
             "sender_fax": "(555) 010-8120", "clinic": "Harborview Urology Group",
             "patient": "MATSUDA, LEONARD", "mrn": "HUG-550871", "dob": "05/12/1959"},
    "pages": [
        [("h", "PRIOR AUTHORIZATION REQUEST - IMAGING", 13), ("gap", 6),
         ("table", [
             ("Date of Request", "10/02/2025"),
             ("Member Name", "Leonard Matsuda"), ("Member DOB", "05/12/1959"), ("Member ID", "HHP-66120389"),
             ("Ordering Provider", "Samuel Ortega, MD - Urology, NPI 1376650198"),
             ("CPT Code(s)", "76390"),
             ("Procedure", "[[MR spectroscopy|mr_spectroscopy]] of the prostate (3T, endorectal coil not used)"),
             ("ICD-10", "R97.20, N42.9"),
             ("Body Part", "Prostate"),
             ("Requested Date of Service", "10/15/2025"),
             ("Priority", "[ ] Urgent    [X] Standard"),
             ("Signature / Date", "S. Ortega, MD   10/02/2025"),
         ], 160)],
        [("h", "UROLOGY CLINIC NOTE", 12),
         ("l", "2 October 2025      Provider: Samuel Ortega, MD"), ("gap", 6),
         ("p", "HPI: 66-year-old man referred for a rising PSA: 4.1 ng/mL (08/2023), 6.8 (09/2024), 8.2 "
               "(08/2025); free PSA 11%. A 12-core TRUS biopsy in 2023 was benign. Mild nocturia x2, no "
               "hematuria or bone pain."),
         ("p", "PMH: BPH on tamsulosin, hypertension, hyperlipidemia. FHx: father had prostate cancer at 72."),
         ("p", "EXAM: Prostate about 45 g, smooth, no discrete nodule. No CVA tenderness."),
         ("p", "IMAGING: Multiparametric prostate MRI 09/18/2025: 11 mm PI-RADS 3 lesion in the left peripheral "
               "zone, mid-gland; no extraprostatic extension; no pelvic adenopathy. PSA density 0.18."),
         ("p", "PLAN: Requesting [[MR spectroscopy|mr_spectroscopy]] of the prostate (citrate, choline, "
               "creatine) before deciding between MRI-ultrasound fusion biopsy and repeat PSA with 4Kscore in "
               "3 months. Discussed options at length; patient prefers to avoid a second biopsy if possible."),
         ("l", "Samuel Ortega, MD")],
        [("h", "HARBORVIEW IMAGING - MRI REPORT", 12),
         ("l", "Exam: MRI PELVIS (PROSTATE) WITHOUT AND WITH CONTRAST, multiparametric      CPT: 72197"),
         ("l", "Date: 09/18/2025      Ordering: S. Ortega, MD"), ("gap", 6),
         ("p", "INDICATION: Elevated PSA, prior benign biopsy."),
         ("p", "FINDINGS: Gland volume 44 mL. Left peripheral zone mid-gland 11 mm lesion with moderate T2 "
               "hypointensity, mild focal diffusion restriction (ADC 1050), and no early focal enhancement. "
               "Transition zone with BPH nodules. Seminal vesicles and neurovascular bundles intact. No "
               "enlarged pelvic nodes. No suspicious bone lesions."),
         ("p", "IMPRESSION: PI-RADS v2.1 category 3 lesion, left peripheral zone mid-gland (11 mm). BPH."),
         ("l", "Electronically signed: Natalie Brandt, MD  09/18/2025 12:30")],
        [("h", "PSA TREND AND MEDICATIONS", 12), ("gap", 4),
         ("table", [("08/14/2023", "PSA 4.1 ng/mL"), ("09/10/2024", "PSA 6.8 ng/mL"),
                    ("08/21/2025", "PSA 8.2 ng/mL; free PSA 11%"), ("08/21/2025", "Creatinine 0.96 mg/dL")], 160),
         ("table", [("Tamsulosin 0.4 mg", "nightly"), ("Lisinopril 20 mg", "daily"),
                    ("Rosuvastatin 10 mg", "daily")], 160),
         ("p", "ALLERGIES: None known.")],
    ],
})

# 15 -- child after medulloblastoma treatment; the mother is pregnant, not the patient -------------
CASES.append({
    "case": "15_pediatric_medulloblastoma_pregnancy_trap",
    "pdf": "mercy_childrens_heme_onc_request.pdf",
    "description": (
        "9-year-old boy with a history of medulloblastoma, s/p gross total resection (04/2023), craniospinal "
        "irradiation and maintenance chemotherapy (completed 02/2024). Surveillance MRI brain 10/03/2025 shows "
        "new 6 mm nodular enhancement at the surgical cavity margin, equivocal: recurrent medulloblastoma versus "
        "treatment-related change; MR spectroscopy recommended and requested (10/10/2025). Conventional path "
        "met (recurrence_vs_radiation_necrosis, intraaxial_brain_tumor, posttreatment_surveillance) -> "
        "meets_criteria. Traps: the mother is pregnant (family, no pregnancy note; the form's 'Patient "
        "pregnant [X] No' is negated); 'denies headaches' negated and 'return if headaches' hypothetical; "
        "asymptomatic and stable exam (new_or_worsening_symptoms not_met); 'Dialysis [X] No' negated; the "
        "spine MRI is not brain imaging; banner date 10/13/2025 and date of service 10/17/2025 are not the "
        "request date; the MRI report header carries CPT 70553."),
    "request_date": "2025-10-10",
    "population": "pediatric",
    "patient_age_years": 9,
    "cpt_codes": ["76390"],
    "outcome": "meets_criteria",
    "leaves": {
        "clinical_documentation_present": "met", "procedure_code_consistent": "met",
        "body_region_consistent": "met", "conventional_imaging_inconclusive": "met",
        "glioma_grading": "unknown", "recurrence_vs_radiation_necrosis": "met",
        "intraaxial_brain_tumor": "met", "posttreatment_surveillance": "met",
        "neonatal_hie": "unknown", "metabolic_disorder": "unknown", "inherited_metabolic_disorder": "unknown",
        "is_repeat_request": "not_met", "no_established_guidelines": "unknown",
        "new_or_worsening_symptoms": "not_met", "clarify_indeterminate_finding": "unknown",
        "monitoring_need": "met", "recent_imaging_without_change": "not_met"},
    "ambiguous_leaves": {},
    "notes": [],
    "meta": {"fax_sent": "10/13/2025 10:02", "sender": "Mercy Children's Heme-Onc",
             "sender_fax": "(555) 010-9030", "clinic": "Mercy Children's Hematology-Oncology",
             "patient": "BRANDT, ELIJAH", "mrn": "MCH-208817", "dob": "03/04/2016"},
    "pages": [
        cover("Cohere Health - Utilization Management", "Rachel Kim, MD / Mercy Children's Hematology-Oncology",
              "10/13/2025", "[[MR spectroscopy|mr_spectroscopy]] request - Elijah Brandt", 6,
              "Request form; oncology note 10/08/2025; [[MRI brain|conventional_imaging]] and spine reports "
              "10/03/2025; "
              "endocrinology note"),
        [("h", "PEDIATRIC IMAGING PRIOR AUTHORIZATION FORM", 13), ("gap", 6),
         ("table", [
             ("Date of Request", "10/10/2025"),
             ("Patient / DOB", "Elijah Brandt  /  03/04/2016"), ("Member ID", "MCP-81002264"),
             ("Ordering Provider", "Rachel Kim, MD - Pediatric Neuro-Oncology, NPI 1902264718"),
             ("CPT Code(s)", "76390"),
             ("Procedure", "[[MR spectroscopy|mr_spectroscopy]], brain - posterior fossa, left cerebellar "
                           "surgical cavity"),
             ("ICD-10", "C71.6, Z92.3, Z85.841"),
             ("Body Part", "Brain"),
             ("Requested Date of Service", "10/17/2025"),
             ("Priority", "[ ] Urgent    [X] Standard"),
             ("Sedation", "[ ] Yes    [X] No   (child-life support only)"),
             ("Patient [[pregnant|pregnancy|n]]", "[ ] Yes    [X] No"),
             ("[[Dialysis|renal_insufficiency|n]]", "[ ] Yes    [X] No"),
             ("Signature / Date", "R. Kim, MD   10/10/2025"),
         ], 160)],
        [("h", "PEDIATRIC NEURO-ONCOLOGY CLINIC NOTE", 12),
         ("l", "10/08/2025      Provider: Rachel Kim, MD      Accompanied by: father"), ("gap", 6),
         ("p", "HISTORY: Elijah is a 9-year-old boy with a history of "
               "[[medulloblastoma|intraaxial_tumor|h]] (classic histology, SHH-activated, TP53 wild-type), "
               "diagnosed 04/2023 with a 4 cm [[posterior fossa tumor|brain_tumor|h]]. Treatment: "
               "[[gross total resection|resection|h]] 04/2023; [[craniospinal irradiation|radiation_therapy|h]] "
               "23.4 Gy with posterior fossa boost to 54 Gy, 05-07/2023; maintenance "
               "[[chemotherapy|chemotherapy|h]] completed 02/2024. In remission since."),
         ("p", "INTERVAL: [[Surveillance|surveillance_intent]] [[MRI brain|conventional_imaging]] on 10/03/2025 "
               "shows a new 6 mm nodular focus of enhancement at the left cerebellar surgical cavity margin, read as "
               "[[equivocal|imaging_inconclusive|u]]: [[recurrence|tumor_recurrence|u]] versus "
               "[[treatment effect|treatment_effect|u]]. Spine MRI is clear. Elijah "
               "[[denies headaches|symptoms_new_or_worse|n]], vomiting, double vision or balance change and is "
               "[[asymptomatic|symptoms_stable]]; he is in 4th grade with an IEP."),
         ("p", "EXAM: Growth along the 10th centile. [[Stable neurologic exam|symptoms_stable]] (mild left "
               "dysmetria since surgery). No papilledema."),
         ("p", "SOCIAL: Lives with parents and a 6-year-old sister. Mother is [[pregnant|pregnancy|f]] (28 weeks) "
               "and asked whether she may stay with him during the scan; the MR technologist will screen her."),
         ("p", "ASSESSMENT/PLAN: 1. [[Equivocal|imaging_inconclusive|u]] new enhancement in a child treated "
               "for [[medulloblastoma|intraaxial_tumor|h]]. "
               "Requesting [[MR spectroscopy|mr_spectroscopy]] of the lesion. The result "
               "[[would change management|surveillance_intent]]: a second [[resection|resection|y]] if this is "
               "[[recurrence|tumor_recurrence|uy]], or continued [[surveillance|surveillance_intent|y]] if it is "
               "[[treatment-related|treatment_effect|uy]]. 2. Return if "
               "[[headaches|symptoms_new_or_worse|y]] or vomiting develop. 3. Endocrine follow-up as scheduled."),
         ("l", "Rachel Kim, MD   10/08/2025")],
        [("h", "MERCY CHILDREN'S HOSPITAL - PEDIATRIC RADIOLOGY", 12),
         ("l", "Exam: [[MRI BRAIN WITH AND WITHOUT CONTRAST|conventional_imaging]]      CPT: 70553"),
         ("l", "Date: Oct 3, 2025      Accession: MCH-MR-7730215      Ordering: R. Kim, MD"), ("gap", 6),
         ("p", "INDICATION: [[Medulloblastoma|intraaxial_tumor|h]] s/p [[resection|resection|h]], "
               "[[craniospinal irradiation|radiation_therapy|h]] and [[chemotherapy|chemotherapy|h]]; routine "
               "[[surveillance|surveillance_intent]]."),
         ("p", "COMPARISON: 04/02/2025."),
         ("p", "FINDINGS: Postoperative changes in the suboccipital region with a left cerebellar "
               "surgical cavity. New 6 x 5 mm nodular focus of enhancement along the superior "
               "left margin of the cavity (series 12, image 44) with mild surrounding FLAIR signal; no "
               "restricted diffusion. No leptomeningeal enhancement. No hydrocephalus. Scattered chronic "
               "microhemorrhages in the cerebellum on SWI."),
         ("p", "IMPRESSION: 1. New 6 mm nodular enhancement at the left cerebellar surgical cavity margin, "
               "[[equivocal|imaging_inconclusive|u]]: [[recurrent medulloblastoma|tumor_recurrence|u|"
               "medulloblastoma:intraaxial_tumor:u]] versus [[treatment-related change|treatment_effect|u]]. "
               "2. [[Recommend MR spectroscopy|imaging_inconclusive|u|MR spectroscopy:mr_spectroscopy:]] and "
               "perfusion."),
         ("l", "Electronically signed: Lucia Ferraro, MD  10/03/2025 16:12")],
        [("h", "MERCY CHILDREN'S HOSPITAL - PEDIATRIC RADIOLOGY", 12),
         ("l", "Exam: MRI TOTAL SPINE WITH AND WITHOUT CONTRAST      CPT: 72156, 72157, 72158"),
         ("l", "Date: Oct 3, 2025      Ordering: R. Kim, MD"), ("gap", 6),
         ("p", "FINDINGS: No leptomeningeal enhancement along the cord or cauda equina. No intradural nodules. "
               "Fatty marrow signal in the vertebral bodies, as expected after treatment. Normal cord signal."),
         ("p", "IMPRESSION: No evidence of leptomeningeal disease in the spine."),
         ("l", "Electronically signed: Lucia Ferraro, MD  10/03/2025 16:20")],
        [("h", "PEDIATRIC ENDOCRINOLOGY NOTE", 12),
         ("l", "Sept 12, 2025      Provider: Devon Akers, MD"), ("gap", 6),
         ("p", "Growth hormone deficiency and primary hypothyroidism after "
               "[[craniospinal irradiation|radiation_therapy|h]]. Height velocity 6.1 cm/yr on somatropin 0.3 "
               "mg/kg/week. Free T4 1.2 on levothyroxine 50 mcg. Puberty Tanner 1. IGF-1 in target range."),
         ("p", "Plan: continue current doses; labs and bone age in 6 months.")],
    ],
})

#@CASES@

if __name__ == "__main__":
    main(sys.argv[1:])
