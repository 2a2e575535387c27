#!/usr/bin/env python3
"""Build packet b53_pdf_repeat_mrs_two_months_new_seizure (faxed PDFs)."""
import os
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle)

CASE = "b53_pdf_repeat_mrs_two_months_new_seizure"
OUT = os.path.join("/tmp/blind5", CASE)
os.makedirs(OUT, exist_ok=True)

BANNER = ("03/11/2026 14:22  FROM: UMC NEURO-ONCOLOGY  (555) 201-4470   "
          "TO: COHERE HEALTH UM INTAKE  (800) 555-0199   JOB #48213")

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
# FAX TRANSMITTAL

UNIVERSITY MEDICAL CENTER - DIVISION OF NEURO-ONCOLOGY
1400 Lakeview Pkwy, Suite 300, Riverton, OH 44120
Ph (555) 201-4400   Fax (555) 201-4470

Date: 03/11/2026
To: Cohere Health - Utilization Management / Prior Auth Intake
Fax: (800) 555-0199
From: Dana Whitfield, RN (nurse navigator for Dr. P. Venkataraman)
Re: PRIOR AUTH - MR SPECTROSCOPY (CPT 76390) - OKAFOR, RAYMOND T
Pages (including cover): 7

[X] Urgent   [ ] For review   [ ] Please reply   [ ] Please recycle

Comments: Please find attached PA request form, MRI brain 3/3/26, prior MRI/MRS
1/14/26, neuro-onc clinic note 3/5/26 and letter of medical necessity. Pt is
scheduled for 03/17/2026 at UMC MRI 3T pending auth. Please call w/ questions.

CONFIDENTIALITY NOTICE: This facsimile contains protected health information
intended only for the named recipient. If you recieved this in error please
notify the sender immediately and destroy all copies.
"""
build("00_fax_cover.pdf", text_flow(cover))

# ---------------------------------------------------------------- 01 form
rows = [
    "SECTION 1 - REQUEST",
    ("Date of request", "03/10/2026"),
    ("Review type", "[ ] Standard   [X] Expedited / urgent"),
    ("Setting", "[X] Outpatient   [ ] Inpatient"),
    "SECTION 2 - MEMBER",
    ("Member name", "OKAFOR, RAYMOND T"),
    ("DOB / Sex", "07/22/1967   /   M"),
    ("Member ID", "CHX-884120577-01"),
    "SECTION 3 - PROVIDERS",
    ("Ordering provider", "Priya Venkataraman, MD - Neuro-Oncology\nNPI 1487652210  Ph (555) 201-4400  Fax (555) 201-4470"),
    ("Rendering facility", "University Medical Center - MRI (3T)\nNPI 1922004417"),
    "SECTION 4 - SERVICE REQUESTED",
    ("CPT / HCPCS", "76390  Magnetic resonance spectroscopy   Units: 1"),
    ("Body part / laterality", "Brain - L temporal"),
    ("ICD-10", "C71.2  Malignant neoplasm of temporal lobe\nR56.9  Unspecified convulsions\nZ92.3  Personal history of irradiation"),
    ("Requested date of service", "03/17/2026"),
    "SECTION 5 - CLINICAL",
    ("Conventional MRI/CT inconclusive?", "[X] Yes   [ ] No      MRI brain w/wo 03/03/2026"),
    ("Prior MRS of same region?", "[X] Yes   [ ] No      Date: 01/14/2026 (UMC)"),
    ("New / worsening symptoms since prior study?", "[X] Yes   [ ] No   new focal seizures 02/21/26, 02/28/26; incr. word-finding difficulty"),
    ("Treatment since prior study?", "[X] Yes   [ ] No   dexamethasone started 2/21/26; levetiracetam increased"),
    ("Claustrophobia / sedation needed?", "[ ] Yes   [X] No"),
    ("Pregnant?", "[ ] Yes   [ ] No   [X] N/A"),
    ("Renal insufficiency (eGFR<30) / contrast allergy?", "[ ] Yes   [X] No    Cr 0.84 (02/21/26)"),
    "SECTION 6 - ATTESTATION",
    ("Ordering provider signature", "Priya Venkataraman MD (e-signed)        Date: 03/10/2026"),
]
form = [Paragraph("PRIOR AUTHORIZATION REQUEST - ADVANCED IMAGING", TITLE),
        Paragraph("Cohere Health on behalf of Buckeye Community Health Plan. "
                  "Attach clinical notes and prior imaging reports.", CELL),
        Spacer(1, 6), form_table(rows)]
build("01_prior_auth_request.pdf", form)

# ---------------------------------------------------------------- 02 MRI 3/3
mri = """
# UNIVERSITY MEDICAL CENTER - DEPARTMENT OF RADIOLOGY

Patient: OKAFOR, RAYMOND T     MRN: 00711842     DOB: 07/22/1967
Exam date: 03/03/2026 07:52    Acc#: MR26-031187
Exam: MRI BRAIN WITH AND WITHOUT CONTRAST, WITH DSC PERFUSION  (CPT 70553)
Ordering: Venkataraman, Priya MD

## HISTORY:
58 y/o M with L temporal glioblastoma, IDH-wildtype, MGMT unmethylated, s/p GTR
03/2025, chemoradiation (60 Gy/30 fx with concurrent TMZ) completed 05/2025,
adjuvant TMZ x6 cycles completed 11/2025. New focal seizure 2/21/26. Eval for
progression.

## COMPARISON:
MRI brain w/wo with MRS 01/14/2026. MRI brain 11/18/2025. CT head 02/21/2026.

## TECHNIQUE:
Multiplanar multisequence MRI of the brain at 3T before and after IV
administration of 7.5 mL gadobutrol. DSC perfusion with leakage correction.

## FINDINGS:
Postsurgical changes of L pterional craniotomy and L anterior temporal resection.
Along the posterior/superior margin of the resection cavity there is nodular
enhancement measuring 1.4 x 1.1 cm (axial 14/88), previously 0.8 x 0.6 cm on
01/14/2026. Surrounding T2/FLAIR hyperintesity extending into the L temporal stem
and posterior insula has increased. DSC perfusion: rCBV within the enhancing
nodule is mildly elevated (max approx 2.0 relative to contralateral normal white
matter), equivocal. No restricted diffusion within the enhancing component.
No new remote enhancing lesion. No evidence of leptomeningeal or ependymal
enhancement. No hemorrhage. Ventricles stable, no hydrocephalus. 2 mm L-to-R
midline shift, previously 1 mm. Orbits and sinuses unremarkable.

## IMPRESSION:
1. Interval increase in nodular enhancement and surrounding FLAIR signal along the
posterior margin of the L temporal resection cavity. Findings are indeterminate;
differential includes tumor progression versus treatment-related change
(radiation necrosis). Perfusion is equivocal and does not resolve the question.
MR spectroscopy may be helpful for further characterization.
2. No new distant lesion. No leptomeningeal disease.

Electronically signed: Thomas Aldana, MD (Neuroradiology) 03/03/2026 11:14
"""
build("02_mri_brain_2026-03-03.pdf", text_flow(mri))

# ---------------------------------------------------------------- 03 MRI/MRS 1/14
mrs = """
# UNIVERSITY MEDICAL CENTER - DEPARTMENT OF RADIOLOGY

Patient: OKAFOR, RAYMOND T     MRN: 00711842     DOB: 07/22/1967
Exam date: 2026-01-14          Acc#: MR26-000452
Exam: MRI BRAIN W/WO CONTRAST WITH MULTIVOXEL MR SPECTROSCOPY (CPT 70553, 76390)

## HISTORY:
GBM L temporal s/p GTR, XRT/TMZ, adjuvant TMZ (completed 11/2025). Routine
post-treatment surveillance. Asymptomatic per requisition.

## COMPARISON:
MRI brain 11/18/2025; MRI/MRS 06/24/2025 (post-chemoRT baseline).

## TECHNIQUE:
3T pre/post gadolinium. 2D multivoxel PRESS CSI, TE 144 ms, slab through the
resection cavity.

## FINDINGS:
Expected postsurgical change L temporal lobe. New subtle nodular focus of
enhancement along the posterior margin of the cavity, 0.8 x 0.6 cm, not
present 11/18/2025. Mild surrounding FLAIR signal, similar to prior.
MRS: voxels over the enhancing focus show Cho/NAA 1.8 and Cho/Cr 1.6 with a small
lipid-lactate peak; contralateral voxels normal. These values fall in the range
of overlap between recurrent tumor and treatment effect.

## IMPRESSION:
1. Small new nodular enhancement at the posterior resection margin.
2. MRS equivocal; favor treatment-related change but recurrence cannot be
excluded. Recommend short-interval follow-up MRI in 6-8 weeks, or sooner if
clinical change.

Electronically signed: Thomas Aldana, MD 01/14/2026 16:40
"""
build("03_mri_mrs_2026-01-14.pdf", text_flow(mrs))

# ---------------------------------------------------------------- 04 clinic note
note = """
# UMC NEURO-ONCOLOGY CLINIC - PROGRESS NOTE

Patient: Okafor, Raymond T    DOB 07/22/1967    MRN 00711842
Date of service: Mar 5, 2026    Provider: Priya Venkataraman, MD

## CHIEF COMPLAINT:
F/u GBM; new seizures.

## HPI:
58 y/o RH man with L temporal GBM (IDH-wt, MGMT unmethylated) dx 03/2025 after
presenting with a seizure, s/p GTR 3/11/25, XRT 60 Gy/30 fx w/ concurrent TMZ
(completed 5/2025) and 6 cycles adjuvant TMZ (last cycle completed 11/2025), off
therapy since. MRI/MRS 1/14/26 showed a small new nodular enhancing focus at the
posterior cavity margin, MRS equivocal, plan was short interval MRI.

On 2/21/26 he had an episode of word-finding difficulty followed by R hand clonic
jerking ~2 min, witnessed by wife, then ~20 min postictal confusion. Seen in UMC ED:
CT head no hemorrhage. Keppra increased 500 -> 1000 mg BID and dexamethasone 4 mg
BID started, now tapered to 2 mg daily. Another brief episode of speech arrest
2/28/26 (~30 sec). Wife notes his word-finding has been worse over the last 2-3
weeks. MRI 3/3/26 with increased enhancement, see below. No headaches.

*** Interval history (copied from 01/20/2026 visit) ***
Doing well. No new neurologic sx. No seizures since 03/2025. Exam stable. Plan
continue surveillance, MRI in 6-8 wks.
*** end copied text ***

## PMH:
- GBM as above
- HTN, HLD
- s/p L knee arthroscopy (2014)

## MEDICATIONS:
levetiracetam 1000 mg BID; dexamethasone 2 mg daily (taper); famotidine 20 mg BID;
lisinopril 10 mg daily; atorvastatin 20 mg daily.
Allergies: NKDA

## FAMILY HISTORY:
Father - MI age 70. Mother - breast ca, no brain involvement. Brother - MELAS
(mitochondrial encephalopathy) dx age 31. No FH of brain tumors.

## SOCIAL:
Retired machinist. Married. Former smoker (quit 2009). No EtOH.

## ROS:
Neuro: + seizures as above, + word-finding difficulty. Negative for headache,
vision changes, weakness, N/V. Constitutional: negative for fever, wt loss.
Denies claustrophobia; has tolerated >8 MRIs without premedication.

## EXAM:
BP 132/78, HR 76. Alert, oriented x3. Mild anomia (names 4/6 objects), repetition
intact. CN II-XII intact, no field cut to confrontation. Strength 5/5 x4, no
pronator drift. Gait nl.

## DATA:
MRI brain 3/3/26: interval increase in nodular enhancement 1.4 x 1.1 cm (from 0.8 x
0.6) + increased FLAIR, indeterminate, progression vs radiation necrosis, rCBV
equivocal; radiology suggests MRS.
MRI 11/18/25: stable post-treatment change, no evidence of progression.
BMP 2/21/26: Cr 0.84, eGFR >90.

## ASSESSMENT AND PLAN:
1. L temporal GBM s/p GTR + chemoRT + adjuvant TMZ, now with new focal seizures and
worsening aphasia and enlarging nodular enhancement - tumor progression vs
radiation necrosis. Conventional MRI w/ perfusion is indeterminate. Prior MRS
1/14/26 was equivocal when the focus was half the size; the clinical picture has
changed since then. Will request repeat multivoxel MRS (CPT 76390).
 - If MRS favors progression: present at tumor board re: re-resection vs lomustine
   +/- bevacizumab vs trial.
 - If c/w treatment effect: continue dex taper, consider bevacizumab for
   symptomatic necrosis, MRI 6 wks.
2. Seizures - Keppra 1000 BID, seizure precautions, no driving x6 mo (OH law
   reviewed).
3. Steroids - taper dex by 1 mg q5d as tolerated, famotidine while on dex.
RTC after MRS.

Electronically signed: Priya Venkataraman, MD 03/05/2026 17:02
"""
build("04_neuro_onc_note_2026-03-05.pdf", text_flow(note))

# ---------------------------------------------------------------- 05 LMN
lmn = """
# UNIVERSITY MEDICAL CENTER - DIVISION OF NEURO-ONCOLOGY

10 March 2026

Cohere Health Utilization Management
RE: Raymond T. Okafor   DOB 07/22/1967   Member ID CHX-884120577-01
Request: MR spectroscopy, brain (CPT 76390)

To the reviewer:

I am requesting authorization for MR spectroscopy of the brain for Mr. Okafor, a
58 year old man with a left temporal glioblastoma treated with gross total
resection, chemoradiation and adjuvant temozolomide (completed 11/2025) who is on
post-treatment surveillance in our clinic.

I am aware that he had an MRS on 01/14/2026, less than three months ago. At that
time he was asymptomatic and the study was equivocal for a small 0.8 cm focus.
Since then he has developed new focal seizures (02/21/2026 and 02/28/2026) and
worsening expressive aphasia, requiring dexamethasone and an increase in his
antiseizure medication. His MRI of 03/03/2026 shows the enhancing focus has nearly
doubled, and the radiologist describes it as indeterminate for tumor progression
versus radiation necrosis; perfusion was equivocal.

The result will directly change management: findings favoring progression would
lead to tumor board review for re-resection or second-line systemic therapy,
while findings favoring treatment effect would lead us to avoid an unnecessary
craniotomy and manage with steroids/bevacizumab. This is not a repeat for
technical reasons; the 1/14 study was technically adequate.

Sincerely,

Priya Venkataraman, MD
Neuro-Oncology, University Medical Center
NPI 1487652210   Ph (555) 201-4400
"""
build("05_letter_of_medical_necessity.pdf", text_flow(lmn))
