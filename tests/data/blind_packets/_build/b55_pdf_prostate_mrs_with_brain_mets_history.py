#!/usr/bin/env python3
"""Build packet b55_pdf_prostate_mrs_with_brain_mets_history (faxed PDFs)."""
import os
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle)

CASE = "b55_pdf_prostate_mrs_with_brain_mets_history"
OUT = os.path.join("/tmp/blind5", CASE)
os.makedirs(OUT, exist_ok=True)

BANNER = ("FEB-19-2026 09:47  LAKESHORE UROLOGY ASSOC  FAX 555 448 1302   "
          "-> COHERE HEALTH PA  18005550199   ID 7731")

ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=ss["Normal"], fontName="Courier",
                      fontSize=9.2, leading=11.4, spaceAfter=4)
HEAD = ParagraphStyle("head", parent=BODY, fontName="Courier-Bold",
                      spaceBefore=5, spaceAfter=2)
TITLE = ParagraphStyle("title", parent=BODY, fontName="Helvetica-Bold",
                       fontSize=12, leading=15, spaceAfter=6)
CELL = ParagraphStyle("cell", parent=BODY, fontName="Helvetica", fontSize=8.6,
                      leading=10.4, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")


def make_canvas(banner):
    class FaxCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._pages)
            for st in self._pages:
                self.__dict__.update(st)
                self.setFont("Courier", 7.5)
                self.drawString(0.45 * inch, 10.72 * inch, banner)
                self.setLineWidth(0.4)
                self.line(0.45 * inch, 10.66 * inch, 8.05 * inch, 10.66 * inch)
                self.setFont("Helvetica", 8)
                self.drawCentredString(4.25 * inch, 0.45 * inch,
                                       "Page %d of %d" % (self._pageNumber, n))
                super().showPage()
            super().save()
    return FaxCanvas


def text_flow(text):
    """'## X' lines are headings; blank lines split paragraphs."""
    flow = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if lines[0].startswith("# "):
            flow.append(Paragraph(escape(lines[0][2:]), TITLE))
            lines = lines[1:]
        if lines and lines[0].startswith("## "):
            flow.append(Paragraph(escape(lines[0][3:]), HEAD))
            lines = lines[1:]
        if lines:
            html = "<br/>".join(escape(l).replace("  ", "&nbsp;&nbsp;")
                                for l in lines)
            flow.append(Paragraph(html, BODY))
    return flow


def build(name, flow):
    path = os.path.join(OUT, name)
    doc = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.75 * inch,
                            rightMargin=0.75 * inch, topMargin=0.65 * inch,
                            bottomMargin=0.75 * inch)
    doc.build(flow, canvasmaker=make_canvas(BANNER))
    print("wrote", path)


def form_table(rows, widths=(2.3 * inch, 4.7 * inch)):
    data, style = [], [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i, r in enumerate(rows):
        if isinstance(r, str):
            data.append([Paragraph(escape(r), CELLB), ""])
            style += [("SPAN", (0, i), (1, i)),
                      ("BACKGROUND", (0, i), (1, i), colors.lightgrey)]
        else:
            data.append([Paragraph(escape(r[0]), CELLB),
                         Paragraph(escape(r[1]).replace("\n", "<br/>"), CELL)])
    t = Table(data, colWidths=widths)
    t.setStyle(TableStyle(style))
    return t


# ---------------------------------------------------------------- 00 cover
cover = """
# LAKESHORE UROLOGY ASSOCIATES, P.C.

4410 N. Shoreline Dr, Suite 210, Port Halden, MI 49301
Tel 555-448-1300   Fax 555-448-1302

## FACSIMILE

TO: Cohere Health Prior Authorization          FAX: 1-800-555-0199
FROM: Tanya Reyes, MA - PA coordinator         TEL: 555-448-1311
DATE: 02/19/2026                               # PAGES: 6 incl. cover
RE: Auth request - BRENNAN, HAROLD J  DOB 09/30/1958 - MR spectroscopy

Notes: Submitting PA for MR spectroscopy, CPT 76390, ordered by Dr. Feld.
Attached: request form, office note 2/12/26, MRI prostate report 1/28/26, and
most recent MRI brain report (pt has hx brain met - included per your checklist
for "prior imaging"). Anticipated DOS 03/02/2026 at Lakeshore Regional Imaging.

The documents accompanying this facsimile contain confidential information
that is legally privileged. If you have received this fax in error, please
notify us by telephone immediately.
"""
build("00_fax_cover.pdf", text_flow(cover))

# ---------------------------------------------------------------- 01 form
rows = [
    "A. REQUEST INFORMATION",
    ("Request Date", "02/18/2026"),
    ("Request type", "[X] Initial   [ ] Extension   [ ] Retro"),
    ("Place of service", "[X] Outpatient (22)   [ ] Inpatient"),
    "B. MEMBER",
    ("Name", "BRENNAN, HAROLD J"),
    ("Date of birth", "09/30/1958"),
    ("Gender", "[X] M   [ ] F"),
    ("Member ID / Group", "MHP-55720193 / GRP 4410"),
    "C. ORDERING / RENDERING",
    ("Ordering physician", "Marcus Feld, MD - Urology\nNPI 1306948821   Tel 555-448-1300   Fax 555-448-1302"),
    ("Rendering facility", "Lakeshore Regional Imaging (3T)   NPI 1588120094"),
    "D. PROCEDURE",
    ("CPT code(s)", "76390"),
    ("Procedure description", "MR spectroscopy"),
    ("Body region", "Pelvis - prostate"),
    ("Contrast", "[X] With   [ ] Without   [ ] W/WO"),
    ("Anticipated DOS", "03/02/2026"),
    "E. DIAGNOSIS (ICD-10)",
    ("Primary", "R97.20  Elevated prostate specific antigen [PSA]"),
    ("Secondary", "N40.1  BPH with LUTS\nC79.31  Secondary malignant neoplasm of brain\nZ85.118  Personal hx of malignant neoplasm of bronchus and lung\nN18.31  CKD stage 3a"),
    "F. CLINICAL SUMMARY",
    ("Clinical indication", "Rising PSA (5.6), PI-RADS 3 lesion L mid PZ on mpMRI 1/28/26. Pt wishes to avoid biopsy if possible (on apixaban). MRS to further characterize lesion."),
    ("Advanced imaging of this region in last 3 months?", "[X] Yes   [ ] No    mpMRI prostate 01/28/2026"),
    ("Claustrophobia", "[ ] Yes   [X] No"),
    ("Pregnancy", "[ ] Yes   [ ] No   [X] N/A"),
    ("Renal impairment", "[X] Yes   [ ] No    eGFR 52 (01/2026)"),
    "G. SIGNATURE",
    ("Ordering provider", "Marcus Feld MD          Date: 02/18/2026"),
]
form = [Paragraph("STANDARD PRIOR AUTHORIZATION REQUEST - DIAGNOSTIC IMAGING", TITLE),
        Paragraph("Michigan Health Partners / Cohere Health.  Incomplete forms "
                  "may delay review.", CELL),
        Spacer(1, 6), form_table(rows)]
build("01_pa_request_form.pdf", form)

# ---------------------------------------------------------------- 02 uro note
note = """
# LAKESHORE UROLOGY ASSOCIATES - OFFICE VISIT

Patient: BRENNAN, HAROLD J     DOB: 09/30/1958     Acct: 220871
Visit date: Feb 12, 2026       Provider: Marcus Feld, MD
Visit type: Follow-up, elevated PSA / MRI review

## CHIEF COMPLAINT:
Elevated PSA, here to discuss MRI results.

## HPI:
67 yo M referred by PCP for rising PSA: 3.1 (02/2024) -> 4.4 (08/2025) -> 5.6
(12/2025). Free PSA 14%. mpMRI prostate 1/28/26: 45 cc gland, PSAD 0.12, PI-RADS 3
lesion L mid peripheral zone, 9 mm; no EPE, no adenopathy. Reviewed images w/ pt
and wife today.
He is strongly reluctant to undergo biopsy - on apixaban for paroxysmal AF and
"doesn't want another procedure." Discussed MRI-fusion biopsy vs repeat PSA/4Kscore
vs MR spectroscopy of the prostate to further characterize the PI-RADS 3 lesion.
LUTS: nocturia worsening, now 3-4x/night (IPSS 14, up from 9 in 8/2025), weak
stream, on tamsulosin.

Oncologic hx: LUL adenocarcinoma of lung, stage IIIA, dx 2020, s/p concurrent
chemoradiation + durvalumab, NED. Solitary R frontal brain metastasis 2021 treated
w/ Gamma Knife SRS (24 Gy). In 2022 enlarging enhancement at the SRS site - MRS at
that time favored radiation necrosis; treated w/ bevacizumab x4 with resolution.
Followed by Dr. Lin (rad onc) with annual MRI brain, most recent 1/9/26 stable.
Neurologically at baseline: denies headache, focal weakness, seizures, speech or
vision change.

## PMH:
- Lung adenocarcinoma (2020), NED
- Brain met R frontal s/p SRS 2021; radiation necrosis 2022 s/p bev - resolved
- Paroxysmal AF on apixaban
- CKD stage 3a (baseline Cr 1.4, eGFR 52)
- HTN; BPH w/ LUTS

## MEDS:
apixaban 5 mg BID, tamsulosin 0.4 mg qhs, metoprolol succinate 50 mg, amlodipine
5 mg, atorvastatin 40 mg.
ALLERGIES: iodinated contrast (hives) - premedicate for CT.

## FAMILY HISTORY:
Father - prostate cancer dx age 72. Sister - glioblastoma, deceased 2019.
Mother - T2DM.

## SOCIAL HX:
Former smoker, 40 pk-yr, quit 2020. Retired teacher. 2 beers/wk.

## ROS:
GU: + nocturia, + weak stream, neg for hematuria, dysuria.
Neuro: negative. Constitutional: negative for wt loss, bone pain.
Denies claustrophobia - had many MRIs without issue.

## EXAM:
Vitals: BP 138/82, HR 68 reg, afebrile. Wt 88 kg.
Abd soft NT. GU: nl phallus, testes descended bilat, no masses.
DRE: ~45 g, smooth, symmetric, no discrete nodule, nontender.

## DATA:
PSA 12/2025 5.6 ng/mL; free PSA 14%.
BMP 01/2026: Cr 1.38, eGFR 52.
mpMRI prostate 1/28/26 - as above, PI-RADS 3.
MRI brain 1/9/26 (per Dr. Lin) - stable post-SRS change, no recurrence.

## ASSESSMENT AND PLAN:
1. Elevated PSA w/ PI-RADS 3 lesion L PZ - indeterminate. Will submit for MR
   spectroscopy of the prostate (CPT 76390) to further characterize before
   deciding on biopsy.
   - If MRS suspicious -> MRI/US fusion biopsy (hold apixaban per cardiology).
   - If MRS benign-appearing -> PSA q3-6 mo, repeat mpMRI in 12 mo.
2. BPH/LUTS - cont tamsulosin; discussed adding finasteride, will defer until
   PSA question settled (would lower PSA ~50%).
3. CKD 3a - radiology aware; group II gadolinium agent acceptable w/ eGFR >30.
4. Hx brain met - stable, continues surveillance w/ rad onc; no action from uro.
RTC after MRS.

Marcus Feld, MD  (e-signed 02/12/2026 17:40)
"""
build("02_urology_note_2026-02-12.pdf", text_flow(note))

# ---------------------------------------------------------------- 03 mpMRI
mp = """
# LAKESHORE REGIONAL IMAGING

PATIENT: BRENNAN, HAROLD J    DOB: 09/30/1958    MRN: LRI-7741920
EXAM DATE: 2026-01-28
EXAM: MRI PROSTATE WITH AND WITHOUT CONTRAST (MULTIPARAMETRIC)  CPT 72197
REFERRING: Marcus Feld, MD

## CLINICAL HISTORY:
67M, rising PSA 5.6 ng/mL. No prior biopsy. Hx lung ca.

## COMPARISON:
None.

## TECHNIQUE:
3T, pelvic phased-array coil, no endorectal coil. Multiplanar T2, DWI (b 50/800/
1400, ADC), DCE after 0.1 mmol/kg gadoterate. eGFR 52 on 01/16/2026.

## FINDINGS:
Prostate 4.6 x 4.1 x 4.5 cm, volume 45 cc. PSA density 0.12.
Peripheral zone: L mid gland posterolateral PZ (5 o'clock) 9 mm focus of mild
heterogeneous T2 hypointensity with mild ADC hypointensity and mildly hyperintense
high-b DWI (DWI score 3). DCE negative. PI-RADS 3.
Transition zone: BPH nodules, encapsulated, PI-RADS 2.
No extraprostatic extension. Seminal vesicles clear. Neurovascular bundles symm.
No pelvic or inguinal lymphadenopathy. No suspicious osseous lesion in the
visualized pelvis. Bladder unremarkable.

## IMPRESSION:
1. PI-RADS 3 (intermediate / equivocal) 9 mm lesion L mid PZ. Clinically
   significant cancer is equivocal; targeted biopsy vs close surveillance per
   clinical context.
2. BPH. No evidence of extraprostatic extension, nodal or osseous metastasis.

Signed: Anita Raghunathan, MD (Body Imaging)  01/28/2026 14:03
"""
build("03_mri_prostate_2026-01-28.pdf", text_flow(mp))

# ---------------------------------------------------------------- 04 MRI brain
brain = """
# LAKESHORE REGIONAL IMAGING - NEURORADIOLOGY

PATIENT: BRENNAN, HAROLD J    DOB: 09/30/1958    MRN: LRI-7741920
EXAM DATE: 9 Jan 2026
EXAM: MRI BRAIN WITH AND WITHOUT CONTRAST  CPT 70553
REFERRING: Jonathan Lin, MD (Radiation Oncology)

## HISTORY:
H/o NSCLC with solitary R frontal metastasis s/p SRS 2021; radiation necrosis 2022
s/p bevacizumab. Annual surveillance. Asymptomatic.

## COMPARISON:
MRI brain 01/07/2025; MRI brain with MR spectroscopy 06/14/2022.

## TECHNIQUE:
3T multiplanar multisequence imaging before and after 0.1 mmol/kg gadoterate.
eGFR 55 on file.

## FINDINGS:
R frontal SRS site: 4 mm focus of T2 hypointensity/gliosis with faint linear
enhancement, unchanged since 01/07/2025 and decreased markedly since 2022. No
nodular enhancement. No surrounding edema. No restricted diffusion.
No new enhancing lesion in the brain. No leptomeningeal enhancement.
Mild periventricular and subcortical T2/FLAIR hyperintensities, c/w chronic
microvascular ischemic change, unchanged. Ventricles normal. No hemorrhage.

## IMPRESSION:
1. Stable post-SRS changes in the R frontal lobe. No evidence of recurrent or new
   metastatic disease. No findings to suggest recurrent tumor or active radiation
   necrosis.
2. Mild chronic microvascular ischemic change, unchanged.
Continue annual surveillance.

Electronically signed: Paul Durand, MD  01/09/2026 12:26
"""
build("04_mri_brain_2026-01-09.pdf", text_flow(brain))
