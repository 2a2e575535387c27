"""Build the faxed PDF packet for blind case b131 (X-ALD, indeterminate splenial lesion).

Two-pass build: pass 1 records which document each page belongs to, pass 2 draws
per-document "Page k of n" footers and the fax banner "P.xxx/yyy" on every page.
"""
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle, KeepTogether)

OUT = Path(__file__).resolve().parent.parent / "b131_pdf_xald_splenial_lesion_spinal_mrs" / "fax_packet_mercer_mrs_request.pdf"

BANNER = "NOV-09-2026 14:22  FROM: LVUH NEUROGENETICS 414-555-0163  TO: COHERE HEALTH UM 18575550144"
PATIENT_LINE = "MERCER, TOBIAS L   DOB 03/15/1992   MRN 40718823"

DOC_FOOTERS = {
    "cover": "Lakeview University Health - Fax Cover",
    "form": "Cohere Health Advanced Imaging PA Form UM-IMG-07 (rev. 03/2026)",
    "lmn": "Lakeview University Health - Neurogenetics & Leukodystrophy Clinic",
    "dc": "Lakeview University Hospital - DISCHARGE SUMMARY - " + PATIENT_LINE,
}

styles = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=styles["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.2, spaceAfter=4)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=10.5)
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=13, leading=16, spaceAfter=6, alignment=TA_CENTER)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)
H3 = ParagraphStyle("h3", parent=BODY, fontName="Helvetica-Bold", fontSize=9.5, leading=12, spaceBefore=4, spaceAfter=2)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=8.5, leading=10.5, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")


class DocMarker(Flowable):
    """Zero-size flowable that records which packet document the current page belongs to."""

    def __init__(self, doc_id):
        super().__init__()
        self.doc_id = doc_id
        self.width = self.height = 0

    def draw(self):
        self.canv._packet_doc = self.doc_id


class PacketTemplate(BaseDocTemplate):
    def __init__(self, filename, page_docs=None, **kw):
        super().__init__(filename, pagesize=letter, leftMargin=0.8 * inch, rightMargin=0.8 * inch,
                         topMargin=0.85 * inch, bottomMargin=0.8 * inch, **kw)
        self.page_docs_seen = []
        self.page_docs = page_docs
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="main")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPageEnd=self._decorate)])

    def _decorate(self, canv, doc):
        doc_id = getattr(canv, "_packet_doc", "cover")
        page_no = canv.getPageNumber()
        self.page_docs_seen.append(doc_id)
        total = len(self.page_docs) if self.page_docs else 0
        w, h = letter
        canv.saveState()
        canv.setFont("Courier", 8)
        canv.drawString(0.45 * inch, h - 0.4 * inch, f"{BANNER}  P.{page_no:03d}/{total:03d}")
        canv.setLineWidth(0.4)
        canv.line(0.45 * inch, h - 0.45 * inch, w - 0.45 * inch, h - 0.45 * inch)
        canv.setFont("Helvetica", 7.5)
        if self.page_docs:
            doc_pages = [i for i, d in enumerate(self.page_docs, start=1) if d == doc_id]
            k = doc_pages.index(page_no) + 1
            n = len(doc_pages)
        else:
            k = n = 0
        canv.drawString(0.8 * inch, 0.5 * inch, DOC_FOOTERS[doc_id])
        canv.drawRightString(w - 0.8 * inch, 0.5 * inch, f"Page {k} of {n}")
        if doc_id == "dc":
            canv.drawString(0.8 * inch, 0.36 * inch, "Printed 11/06/2026 08:51 by HACHTERBERG - CONFIDENTIAL: contains PHI")
        canv.restoreState()


def P(text, style=BODY):
    return Paragraph(text, style)


def ruled_table(rows, col_widths, header=False, font_size=8.5):
    data = [[c if isinstance(c, Flowable) else Paragraph(str(c), CELL) for c in row] for row in rows]
    t = Table(data, colWidths=col_widths, repeatRows=1 if header else 0)
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")))
    t.setStyle(TableStyle(style))
    return t


def cover(total_pages):
    s = [DocMarker("cover"), Spacer(1, 12), P("LAKEVIEW UNIVERSITY HEALTH", H1),
         P("Neurogenetics &amp; Leukodystrophy Clinic - 9200 W. Wisconsin Ave, Milwaukee, WI 53226", ParagraphStyle("c", parent=BODY, alignment=TA_CENTER)),
         Spacer(1, 18), P("FACSIMILE TRANSMITTAL", H1), Spacer(1, 10)]
    rows = [
        ["To:", "Cohere Health - Utilization Management (Imaging)"],
        ["Fax:", "1-857-555-0144"],
        ["From:", "Helen Achterberg, MD / Marisol Dunn, Prior Auth Coordinator"],
        ["Phone:", "414-555-0160 (PA line)   Fax: 414-555-0163"],
        ["Date sent:", "11/09/2026"],
        ["Re:", "Prior authorization - MR spectroscopy, brain - MERCER, Tobias L (DOB 03/15/1992)"],
        ["Pages:", f"{total_pages} including cover"],
    ]
    s.append(ruled_table(rows, [1.3 * inch, 5.4 * inch]))
    s += [Spacer(1, 14),
          P("Enclosed: (1) PA request form, (2) letter of medical necessity, (3) discharge summary, "
            "Lakeview University Hospital admission 10/24/2026 - 11/02/2026. This is a re-send; the original "
            "submission of 11/06/2026 was returned as illegible on pages 4-5."),
          Spacer(1, 30),
          P("CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and "
            "confidential under federal and state law. If you are not the intended recipient, any review, "
            "disclosure, copying or distribution is prohibited. If you received this in error, please notify the "
            "sender by telephone and destroy all copies.", SMALL),
          PageBreak()]
    return s


def form():
    X, O = "[X]", "[ ]"
    s = [DocMarker("form"), P("COHERE HEALTH - ADVANCED IMAGING PRIOR AUTHORIZATION REQUEST", H1),
         P("Complete all sections. Attach clinical documentation. Incomplete requests will be pended.", ParagraphStyle("c", parent=SMALL, alignment=TA_CENTER))]
    w = [1.9 * inch, 4.8 * inch]
    s.append(P("SECTION A - REQUEST", H2))
    s.append(ruled_table([
        ["Date of request", "11/06/2026"],
        ["Request type", f"{X} Outpatient   {O} Inpatient   {O} Retro     Priority: {O} Urgent   {X} Standard"],
        ["Requested date of service", "11/20/2026 (or first available after approval)"],
    ], w))
    s.append(P("SECTION B - MEMBER", H2))
    s.append(ruled_table([
        ["Member name", "MERCER, Tobias L"],
        ["Date of birth / Sex", "03/15/1992  /  M"],
        ["Member ID / Plan", "BWI-661804433-01  /  Badger Wisconsin Employer Plan - Choice POS"],
    ], w))
    s.append(P("SECTION C - PROVIDERS", H2))
    s.append(ruled_table([
        ["Ordering provider / NPI", "Helen Achterberg, MD (Neurogenetics)  /  1588203746"],
        ["Rendering facility / NPI", "Lakeview University Hospital - 3T MRI (outpatient)  /  1194770325"],
        ["Contact", "Marisol Dunn, PA Coordinator - 414-555-0160 - fax 414-555-0163"],
    ], w))
    s.append(P("SECTION D - SERVICE", H2))
    s.append(ruled_table([
        ["CPT / HCPCS", "76390 - Magnetic resonance spectroscopy (brain; splenium / parieto-occipital white matter)"],
        ["Units", "1"],
        ["ICD-10-CM", "E71.520 Childhood cerebral X-linked adrenoleukodystrophy [see note]; E27.1 Primary adrenocortical insufficiency; R56.9 Unspecified convulsions; R90.82 White matter disease, unspecified"],
        ["Note", "E71.520 selected by coder pending confirmation; adult with adrenomyeloneuropathy phenotype (E71.522 Adrenomyeloneuropathy) - evaluating for cerebral conversion."],
    ], w))
    s.append(P("SECTION E - CLINICAL INDICATION (check all that apply)", H2))
    ind = [
        [f"{O} Grading of primary glial neoplasm", f"{O} Neonatal hypoxic-ischemic encephalopathy"],
        [f"{O} Tumor recurrence vs radiation necrosis", f"{O} Mitochondrial disease / inborn error of metabolism"],
        [f"{O} Intra-axial brain tumor / metastasis", f"{X} Inherited metabolic disorder / leukodystrophy"],
        [f"{O} Post-treatment surveillance, brain tumor", f"{O} Other (specify): ____________________"],
    ]
    s.append(ruled_table(ind, [3.35 * inch, 3.35 * inch]))
    s.append(P("SECTION F - PRIOR IMAGING AND HISTORY", H2))
    s.append(ruled_table([
        ["Conventional MRI/CT performed?", f"{X} Yes  {O} No    Date(s): CT head 10/24/2026; MRI brain w/wo 10/27/2026"],
        ["Conventional MRI/CT inconclusive?", f"{O} Yes  {O} No    (see attached discharge summary)"],
        ["Prior MR spectroscopy of the SAME body region within 3 months?", f"{O} Yes  {X} No"],
        ["Repeat study due to technical issue/ facility preference?", f"{O} Yes  {X} No"],
        ["Brief clinical summary", "34M, known X-ALD (ABCD1) with AMN, Addison's. Admitted 10/24-11/02/2026 adrenal crisis + first seizure. "
                                   "Inpatient MRI abnormal - splenium / parieto-occipital WM. Needs MRS. See DC summary and LMN."],
    ], [2.6 * inch, 4.1 * inch]))
    s.append(P("SECTION G - SAFETY SCREENING", H2))
    s.append(ruled_table([
        ["Claustrophobia requiring sedation or open MRI", f"{X} Yes  {O} No    Plan: moderate sedation (anesthesia consult)"],
        ["Currently pregnant", f"{O} Yes  {O} No  {X} N/A"],
        ["Renal insufficiency (eGFR &lt; 30) / dialysis", f"{O} Yes  {X} No    Last eGFR: &gt;90 (11/02/2026)"],
        ["Gadolinium allergy / contraindication", f"{O} Yes  {X} No"],
        ["Implanted devices", f"{O} Yes  {X} No"],
    ], [2.6 * inch, 4.1 * inch]))
    s += [Spacer(1, 8),
          P("I attest that the information provided is accurate and supported by the medical record."),
          ruled_table([["Signature", "Helen Achterberg, MD  (signed)", "Date", "11/06/2026"]],
                      [1.0 * inch, 3.3 * inch, 0.7 * inch, 1.7 * inch]),
          PageBreak()]
    return s


def lmn():
    s = [DocMarker("lmn"), P("LAKEVIEW UNIVERSITY HEALTH", H1),
         P("Neurogenetics &amp; Leukodystrophy Clinic | 9200 W. Wisconsin Ave, Milwaukee, WI 53226 | 414-555-0160",
           ParagraphStyle("c", parent=SMALL, alignment=TA_CENTER)),
         Spacer(1, 14), P("November 6, 2026"), Spacer(1, 6),
         P("Cohere Health<br/>Utilization Management - Advanced Imaging"), Spacer(1, 6),
         P("<b>RE: Letter of medical necessity - MR spectroscopy of the brain (CPT 76390)</b><br/>"
           "Patient: Tobias L. Mercer | DOB 03/15/1992 | Member ID BWI-661804433-01"), Spacer(1, 6),
         P("To whom it may concern:"),
         P("I am writing to request authorization for MR spectroscopy of the brain for Mr. Mercer, a 34-year-old man "
           "whom I have followed since 2021 for X-linked adrenoleukodystrophy (X-ALD), a peroxisomal inborn error of "
           "metabolism caused by a pathogenic ABCD1 variant. He has primary adrenal insufficiency and an "
           "adrenomyeloneuropathy (AMN) phenotype. Until this autumn there was no cerebral involvement on MRI (Loes 0 "
           "in May 2026)."),
         P("He was admitted to Lakeview University Hospital from 10/24/2026 to 11/02/2026 with an adrenal crisis and a "
           "first generalized seizure, and he had a brain MRI during that admission. The imaging findings, the "
           "neuroradiology recommendation and the inpatient neurology and leukodystrophy-team opinions are detailed "
           "in the enclosed discharge summary (hospital course, problem #4). His wife has also noticed several "
           "months of new word-finding and planning difficulties at work."),
         P("About one in three men with AMN develops cerebral disease. Once cerebral demyelination progresses, the "
           "window for allogeneic hematopoietic stem cell transplantation closes quickly, and the decision is very "
           "time-sensitive. MR spectroscopy will directly determine whether we refer him urgently for "
           "transplant evaluation or continue standard surveillance. Spectroscopy could not be acquired on the "
           "inpatient 1.5T scanner, so this is a new study, not a repeat. He has never had MR spectroscopy of the "
           "brain. His only prior spectroscopy was a research acquisition of the cervical spinal cord."),
         P("Because of severe claustrophobia he needs moderate sedation for MRI. We have arranged this with "
           "anesthesia for the outpatient 3T slot."),
         P("Thank you for your prompt review. Please contact my office at 414-555-0160 with any questions."),
         Spacer(1, 10),
         P("Sincerely,<br/><br/>Helen Achterberg, MD<br/>Associate Professor of Neurology, Neurogenetics &amp; "
           "Leukodystrophy Clinic<br/>Lakeview University Health"),
         PageBreak()]
    return s


def lab_table(header, rows, widths):
    return ruled_table([header] + rows, widths, header=True)


def dc_summary():
    s = [DocMarker("dc"), P("LAKEVIEW UNIVERSITY HOSPITAL - DISCHARGE SUMMARY", H1)]
    s.append(ruled_table([
        ["Patient", "MERCER, Tobias L", "MRN", "40718823"],
        ["DOB / Age / Sex", "03/15/1992 / 34 y / M", "Account", "HX2610240117"],
        ["Admission date", "10/24/2026 (via ED)", "Discharge date", "11/02/2026"],
        ["Service", "Hospital Medicine (Gold team)", "Attending", "Rafael Quintero, MD"],
        ["Author", "Nadia Hollister, MD (PGY-2)", "PCP", "Colin Baptiste, MD"],
        ["Consultants", "Endocrinology (Dr. Fenwick); Neurology (Dr. Oyelaran); Neurogenetics/Leukodystrophy (Dr. Achterberg); Anesthesia (sedation for MRI); PT/OT", "", ""],
    ], [1.3 * inch, 2.6 * inch, 1.0 * inch, 1.8 * inch]))
    s.append(P("DISCHARGE DIAGNOSES", H2))
    for d in [
        "1. Adrenal crisis, precipitated by acute viral gastroenteritis (norovirus PCR positive), in known primary adrenal insufficiency - resolved",
        "2. Hypovolemic / mineralocorticoid-deficient hyponatremia (nadir Na 121) - resolved",
        "3. First generalized tonic-clonic seizure (10/24/2026), provoked vs unprovoked - on levetiracetam",
        "4. New corpus callosum splenium / bilateral parieto-occipital white matter T2/FLAIR signal abnormality - see hospital course",
        "5. Acute kidney injury, prerenal (Cr peak 2.08) - resolved",
        "6. X-linked adrenoleukodystrophy (ABCD1 c.1415_1416delAG), adrenomyeloneuropathy phenotype - chronic",
        "7. Neurogenic bladder (urgency), spastic paraparesis, mild - chronic, stable",
        "8. Severe claustrophobia - required sedation for MRI",
        "9. Iodinated contrast allergy (urticaria, 2019)",
    ]:
        s.append(P(d))
    s.append(P("HISTORY OF PRESENT ILLNESS", H2))
    s.append(P("Mr. Mercer is a 34-year-old right-handed man with X-linked adrenoleukodystrophy (diagnosed at age 6 by "
               "plasma VLCFA after his older brother's diagnosis), primary adrenal insufficiency on hydrocortisone and "
               "fludrocortisone since age 8, and an AMN phenotype with mild spastic gait and bladder urgency since about "
               "2022. He presented to the ED on 10/24/2026 after 2 days of profuse vomiting and watery diarrhea. Several "
               "coworkers at his office had a similar illness. He could not keep down his oral hydrocortisone for about "
               "36 hours and did not use his emergency IM hydrocortisone kit because it had expired. On the morning of "
               "admission his wife found him confused and 'not making sense'. While EMS was evaluating him at home he had a "
               "generalized tonic-clonic seizure lasting about 2 minutes, which stopped spontaneously. He was post-ictal "
               "on arrival. There was no prior history of seizures."))
    s.append(P("In the ED: BP 78/44, HR 128, T 37.9 C. Na 121, K 5.9, glucose 61, Cr 2.08 (baseline 0.9), lactate 3.4. "
               "He received hydrocortisone 100 mg IV, 3 L NS, and D50, and was admitted to the step-down unit. CT head "
               "without contrast in the ED showed no acute intracranial abnormality."))
    s.append(P("On collateral history his wife reports that over the past 2-3 months he has had new trouble 'finding "
               "the right word', has been slower with multi-step tasks at work (he is a project estimator), and twice "
               "missed exits on a familiar commute. She attributed this to stress and poor sleep. He himself had not "
               "reported it."))
    s.append(P("PAST MEDICAL HISTORY", H2))
    for d in [
        "- X-ALD, ABCD1 hemizygous c.1415_1416delAG (p.Gln472Argfs*83). Followed by Dr. Achterberg (Neurogenetics) since 2021; previously at Children's Wisconsin.",
        "- Primary adrenal insufficiency since 2000 (age 8). Sick-day rules reviewed annually. No previous adrenal crisis since 2011.",
        "- AMN: spastic paraparesis (mild), neurogenic bladder (urgency). EDSS-like gait score stable over 3 years.",
        "- Enrolled in the Midwest Leukodystrophy Natural History Study (MLNHS): annual brain MRI (most recent 05/12/2026: no cerebral "
        "involvement, Loes score 0, no enhancement; brain protocol does not include spectroscopy), and cervical spinal cord MRI with "
        "single-voxel spinal cord MR spectroscopy at C2-C3. The most recent spinal cord study was about 6 weeks ago, at the MLNHS "
        "visit; results are sent to the study team, not the patient.",
        "- Iodinated contrast allergy: hives after contrast CT abdomen 2019. No reactions to gadolinium (multiple prior MRIs).",
        "- Claustrophobia, severe. All prior research MRIs were done with oral lorazepam 1-2 mg. He has aborted one scan in the past.",
        "- Mild intermittent asthma in childhood, none as an adult.",
    ]:
        s.append(P(d))
    s.append(P("PAST SURGICAL HISTORY: appendectomy (2006); left knee arthroscopy (2015)."))
    s.append(P("HOME MEDICATIONS (prior to admission)", H2))
    s.append(lab_table(["Medication", "Dose / route / frequency", "Indication"], [
        ["Hydrocortisone", "10 mg PO on waking, 5 mg at noon, 5 mg at 4 pm", "Adrenal insufficiency"],
        ["Fludrocortisone", "0.1 mg PO daily", "Adrenal insufficiency"],
        ["Baclofen", "10 mg PO TID", "Spasticity"],
        ["Mirabegron", "25 mg PO daily", "Bladder urgency"],
        ["Vitamin D3", "2000 IU PO daily", "Supplement"],
        ["Hydrocortisone sodium succinate", "100 mg IM PRN adrenal crisis (kit expired 08/2026)", "Emergency kit"],
    ], [1.8 * inch, 3.1 * inch, 1.8 * inch]))
    s.append(P("ALLERGIES: Iodinated contrast media - urticaria. No known drug allergies otherwise."))
    s.append(P("SOCIAL HISTORY", H2))
    s.append(P("Married (wife Lauren). Works full-time as a construction project estimator. Never smoker, about 2 drinks/week, "
               "no drugs. Drives. Lives in a two-story house in Wauwatosa. His wife is currently about 20 weeks pregnant "
               "with their first child (a girl on anatomy scan). Genetic counseling was provided this admission (see problem #6)."))
    s.append(P("FAMILY HISTORY", H2))
    s.append(P("- Brother (Nathaniel): childhood cerebral ALD, onset age 7 with school decline and visual problems, "
               "died 1998 aged 9.<br/>"
               "- Mother: heterozygous ABCD1 carrier with mild myelopathy symptoms in her 50s; no cerebral disease.<br/>"
               "- Maternal uncle: 'Addison's disease', died in his 40s (cause unknown, presumed ALD).<br/>"
               "- Father: hypertension. No other neurologic disease."))
    s.append(P("REVIEW OF SYSTEMS (admission)", H2))
    s.append(P("Positive for nausea, vomiting, diarrhea, lightheadedness, fatigue and confusion as above. He denies "
               "headache before the seizure, vision loss, hearing change, chest pain, dyspnea, dysuria or rash. "
               "Cognitive complaints per wife, as above. Chronic bladder urgency and leg stiffness, unchanged."))
    s.append(P("PHYSICAL EXAMINATION (admission, 10/24/2026)", H2))
    s.append(P("T 37.9 C, BP 84/50 after 1 L, HR 118, RR 20, SpO2 97% RA, Wt 79.2 kg. Ill-appearing, dry mucous membranes, "
               "hyperpigmentation of the palmar creases and gingiva. Post-ictal, drowsy, oriented to self only at 10:40, "
               "improving to oriented x3 by 16:00. No meningismus. Pupils equal and reactive; no papilledema on "
               "non-dilated exam. Face symmetric. Moves all extremities. Increased tone in both legs with brisk knee "
               "jerks, unsustained ankle clonus and bilateral extensor plantars (known, chronic). Cardiac: tachycardic, "
               "regular. Lungs clear. Abdomen soft, diffusely mildly tender, hyperactive bowel sounds."))
    s.append(P("ADMISSION LABORATORY DATA", H2))
    s.append(lab_table(["Test", "10/24 08:55", "Reference"], [
        ["Sodium", "121 (L)", "135-145 mmol/L"], ["Potassium", "5.9 (H)", "3.5-5.1 mmol/L"],
        ["Chloride", "90 (L)", "98-107 mmol/L"], ["Bicarbonate", "17 (L)", "22-29 mmol/L"],
        ["BUN", "41 (H)", "7-20 mg/dL"], ["Creatinine", "2.08 (H)", "0.70-1.30 mg/dL"],
        ["eGFR (CKD-EPI 2021)", "42 (L)", "&gt;60 mL/min/1.73m2"], ["Glucose", "61 (L)", "70-99 mg/dL"],
        ["Lactate", "3.4 (H)", "0.5-2.0 mmol/L"], ["Cortisol (random, pre-dose)", "1.9", "-"],
        ["ACTH", "1,240 (H)", "7-63 pg/mL"], ["Renin activity", "38.2 (H)", "0.2-3.3 ng/mL/h"],
        ["WBC", "13.8 (H)", "4.0-10.5 K/uL"], ["Hemoglobin", "16.1", "13.5-17.5 g/dL"],
        ["Platelets", "244", "150-400 K/uL"], ["CK", "410 (H)", "39-308 U/L"],
        ["Serum osmolality", "262 (L)", "275-295 mOsm/kg"], ["Urine sodium", "64", "mmol/L"],
        ["Stool norovirus GII PCR", "POSITIVE", "-"], ["Blood cultures x2", "No growth (final)", "-"],
        ["Urine drug screen", "Negative", "-"], ["Ethanol", "&lt;10", "mg/dL"],
    ], [2.6 * inch, 1.6 * inch, 2.5 * inch]))
    s.append(P("IMAGING ON ADMISSION", H2))
    s.append(P("CT head without contrast (10/24/2026, ED): No acute intracranial hemorrhage, mass effect or territorial "
               "infarct. Gray-white differentiation preserved. Ventricles and sulci normal for age. IMPRESSION: No acute "
               "intracranial abnormality. (CT is insensitive for white matter disease; consider MRI if clinically "
               "indicated.)"))
    s.append(P("CXR (10/24): no acute cardiopulmonary process. ECG: sinus tachycardia 122, peaked T waves, QTc 438."))

    s.append(P("ED COURSE (10/24/2026)", H2))
    s.append(lab_table(["Time", "Event"], [
        ["08:31", "Arrived by EMS, post-ictal, GCS 12 (E3 V4 M5). Fingerstick glucose 58."],
        ["08:36", "D50 25 g IV. 2 large-bore PIVs. NS 1 L bolus."],
        ["08:44", "Hydrocortisone sodium succinate 100 mg IV (ED pharmacist prompted by medical alert note in chart)."],
        ["08:55", "Labs drawn (see table). ECG: sinus tachycardia, peaked T waves."],
        ["09:20", "BP 84/50 after 1 L; second and third liters NS. Calcium gluconate 1 g IV for ECG changes."],
        ["09:48", "CT head without contrast: no acute abnormality."],
        ["10:40", "GCS 14, oriented to self. No further seizure activity. Lorazepam not required."],
        ["11:15", "Accepted to Hospital Medicine, step-down unit. Contact precautions (suspected norovirus)."],
    ], [0.8 * inch, 5.9 * inch]))
    s.append(P("ADMISSION ASSESSMENT AND PLAN (from H&amp;P, 10/24/2026)", H2))
    s.append(P("34M with X-ALD and primary adrenal insufficiency presenting in adrenal crisis precipitated by viral "
               "gastroenteritis, with hyponatremia, hyperkalemia, hypoglycemia, prerenal AKI and a first generalized "
               "seizure. Plan: stress-dose hydrocortisone; cautious sodium correction (goal no more than 8 mmol/L/24 h, "
               "q4h BMP for the first 24 h); telemetry; seizure precautions; neurology consult; endocrinology consult; "
               "contact precautions; hold baclofen and mirabegron while NPO; VTE prophylaxis once platelets and coags "
               "were confirmed; full code. Health care power of attorney: wife (Lauren Mercer)."))
    s.append(P("VITAL SIGNS TREND", H2))
    s.append(lab_table(["Hospital day / date", "Tmax (C)", "BP range", "HR range", "SpO2", "I/O (mL)", "Wt (kg)"], [
        ["HD1 10/24", "37.9", "78/44 - 112/70", "96-128", "96-99% RA", "+4,850", "79.2"],
        ["HD2 10/25", "37.6", "104/62 - 126/78", "84-104", "97-99% RA", "+1,420", "80.1"],
        ["HD3 10/26", "37.2", "110/68 - 128/80", "78-96", "98% RA", "+610", "79.6"],
        ["HD4 10/27", "36.9", "112/70 - 130/82", "70-92", "97-99% RA", "+150", "79.0"],
        ["HD5 10/28", "36.8", "116/72 - 128/78", "68-84", "98% RA", "-240", "78.6"],
        ["HD6 10/29", "36.7", "114/70 - 126/80", "70-82", "98% RA", "-120", "78.3"],
        ["HD7 10/30", "36.8", "118/74 - 130/84", "66-80", "99% RA", "+80", "78.1"],
        ["HD8 10/31", "36.6", "116/72 - 124/78", "68-78", "98% RA", "-60", "77.9"],
        ["HD9 11/01", "36.7", "118/74 - 126/80", "70-76", "98% RA", "+40", "77.8"],
        ["HD10 11/02", "36.6", "120/74 - 124/78", "72-76", "98% RA", "-", "77.8"],
    ], [1.25 * inch, 0.7 * inch, 1.2 * inch, 0.8 * inch, 0.95 * inch, 0.9 * inch, 0.7 * inch]))
    s.append(P("NURSING ADMISSION ASSESSMENT (summary)", H2))
    s.append(P("Fall risk: moderate (Morse 45: IV access, gait, post-ictal). Braden 19. Skin intact; hyperpigmented palmar "
               "creases and knuckles noted. Continent of stool between episodes; bladder urgency (chronic) - urinal at "
               "bedside. Patient wears glasses. Interpreter not required. Advance directive on file (HCPOA). Spiritual care "
               "declined. Patient's wife at bedside and updated."))
    s.append(P("HOSPITAL COURSE BY PROBLEM", H2))
    s.append(P("<b>#1 Adrenal crisis due to norovirus gastroenteritis.</b> He was treated with hydrocortisone 100 mg IV, "
               "then 50 mg IV q6h, and aggressive IV fluids (NS, then D5NS). Blood pressure normalized within 8 hours and "
               "glucose stabilized. Vomiting settled by hospital day (HD) 3 and diarrhea by HD 4. Norovirus GII PCR was "
               "positive; contact precautions were observed. Hydrocortisone was tapered to 25 mg IV q8h on HD 3, then to "
               "oral double-dose (20/10/10) on HD 5, and to his usual 10/5/5 on HD 8. Fludrocortisone 0.1 mg was resumed on "
               "HD 3 once he was tolerating PO. Endocrinology (Dr. Fenwick) reviewed sick-day rules with the patient and his "
               "wife, replaced the expired IM kit, and gave him a steroid emergency card and medical alert bracelet "
               "information. Endocrine follow-up in 4 weeks."))
    s.append(P("<b>#2 Hyponatremia.</b> Na 121 on arrival with hyperkalemia and elevated renin, consistent with "
               "glucocorticoid and mineralocorticoid deficiency plus GI losses. The correction target was no more than "
               "8 mmol/L per 24 h because of the seizure and the risk of osmotic demyelination. Na was 125 at 12 h, 128 at "
               "24 h, 131 on HD 3, 135 on HD 4 and 138 at discharge. Potassium normalized with steroids and fluids. No "
               "desmopressin clamp was needed. Neurology asked that the correction rate be documented in view of the later "
               "MRI findings (see #4): it never exceeded 7 mmol/L in any 24 h period."))
    s.append(lab_table(["Date", "Na", "K", "Cr", "Glucose", "WBC", "Notes"], [
        ["10/24 08:55", "121", "5.9", "2.08", "61", "13.8", "ED, pre-hydrocortisone"],
        ["10/24 21:00", "125", "5.2", "1.71", "142", "-", "on HC 50 q6h"],
        ["10/25 06:00", "128", "4.8", "1.40", "128", "11.2", ""],
        ["10/26 06:00", "131", "4.4", "1.12", "131", "9.0", "HC 25 q8h"],
        ["10/27 06:00", "135", "4.1", "0.98", "118", "8.1", "MRI today"],
        ["10/28 06:00", "136", "4.2", "0.96", "104", "7.4", "PO HC 20/10/10"],
        ["10/30 06:00", "137", "4.3", "0.93", "96", "6.9", ""],
        ["11/01 06:00", "138", "4.2", "0.95", "92", "6.6", "HC 10/5/5"],
        ["11/02 06:00", "138", "4.0", "0.94", "90", "6.5", "discharge; eGFR &gt;90"],
    ], [0.95 * inch, 0.5 * inch, 0.5 * inch, 0.55 * inch, 0.7 * inch, 0.55 * inch, 2.95 * inch]))
    s.append(P("<b>#3 First generalized seizure.</b> It occurred in the setting of hyponatremia (121), hypoglycemia (61) "
               "and fever, so it could be considered provoked. However, given his X-ALD and the MRI findings below, "
               "Neurology (Dr. Oyelaran) recommended starting levetiracetam 500 mg BID, which he tolerated without mood "
               "side effects. Routine EEG on 10/25 showed mild diffuse background slowing, more prominent posteriorly, with "
               "no epileptiform discharges. He had no further seizures during the admission. Wisconsin driving "
               "restrictions after a seizure were discussed (no driving for 3 months) and documented. Seizure "
               "precautions were reviewed with the patient and his wife."))
    s.append(P("<b>#4 New splenial / parieto-occipital white matter abnormality - MRI brain 10/27/2026.</b> Because of the "
               "seizure, the confusion out of proportion to his sodium, and the wife's report of cognitive change, MRI brain "
               "with and without contrast was obtained. An attempt on 10/26 without sedation was aborted after 3 minutes "
               "because of claustrophobia and panic. On 10/27 the study was completed on the inpatient 1.5T scanner under "
               "moderate sedation given by Anesthesia (midazolam 2 mg IV, fentanyl 50 mcg IV). Gadobutrol was given without "
               "reaction; eGFR that morning was &gt;60. Spectroscopy was requested by neuroradiology but could not be "
               "acquired: the inpatient 1.5T scanner has no validated MRS package, and the sedation window had ended."))
    s.append(P("<i>MRI brain with and without contrast, 10/27/2026 - report (Dr. Imogen Sato, Neuroradiology):</i> "
               "Comparison: MLNHS research MRI 05/12/2026 (images obtained from the study team). Findings: new ovoid T2/FLAIR "
               "hyperintensity in the splenium of the corpus callosum measuring 14 x 9 mm, with mildly reduced diffusion "
               "(ADC about 0.62 x 10^-3 mm2/s). It is contiguous with new, fairly symmetric, confluent T2/FLAIR hyperintensity in "
               "the bilateral peri-atrial parieto-occipital white matter, which shows mildly increased diffusivity "
               "centrally. The U-fibers are spared. No enhancement, including at the lesion margins. No mass effect. Internal "
               "capsules, brainstem corticospinal tracts and cerebellar white matter are unchanged from 05/12/2026. No "
               "hemorrhage. Ventricles normal. <b>IMPRESSION: New splenial and bilateral parieto-occipital white matter signal "
               "abnormality. In a man with X-ALD this raises concern for early cerebral ALD (cerebral conversion). The "
               "appearance is, however, INDETERMINATE: the splenial component with reduced diffusion, the absence of "
               "enhancement, and the clinical setting of seizure, hyponatremia and norovirus infection could equally "
               "represent a cytotoxic lesion of the corpus callosum / mild encephalopathy with reversible splenial lesion "
               "(MERS). Conventional imaging cannot reliably distinguish the two. Recommend MR spectroscopy (NAA, choline, "
               "myo-inositol) of the splenium and peri-atrial white matter, and follow-up MRI in 6-8 weeks. Provisional Loes "
               "score 3 if attributed to ALD.</b>"))
    s.append(P("The leukodystrophy team (Dr. Achterberg) saw him on 10/28 and discussed the case with neuroradiology. "
               "The distinction matters a great deal and is time-sensitive. Cerebral conversion in an adult with AMN "
               "would prompt urgent referral for allogeneic HSCT evaluation: outcomes are best with low Loes scores and "
               "minimal symptoms, and the cognitive change his wife describes is a warning sign. A reversible splenial "
               "lesion would need only repeat imaging. Waiting 6-8 weeks for a follow-up MRI alone risks losing the "
               "transplant window if this is cerebral ALD. Her recommendation is an outpatient MRS at 3T as soon as it "
               "can be arranged, as a one-time clarifying study, followed by the already planned follow-up MRI. "
               "Neuropsychological testing was ordered. His ALD clinic surveillance will move from annual to every-6-month "
               "brain MRI whatever the MRS shows, because early detection of conversion changes management (transplant "
               "eligibility)."))
    s.append(P("Bedside cognitive screen on 10/30 (after recovery from the acute illness): MoCA 24/30. He lost points on "
               "trails, cube copy, fluency (8 words/min) and delayed recall (3/5). Baseline not available. OT "
               "noted slowed processing on a multistep medication-sorting task."))
    s.append(P("<b>#5 AKI, prerenal.</b> Cr 2.08 on admission (baseline 0.9), from volume depletion and adrenal crisis. It "
               "resolved with fluids: Cr 0.98 by 10/27 and 0.94 at discharge (eGFR &gt;90). Renal ultrasound was not needed. "
               "Nephrotoxins were avoided. No ongoing renal impairment."))
    s.append(P("<b>#6 X-ALD / AMN, chronic.</b> Spasticity is at baseline; baclofen was continued. Mirabegron was held while "
               "NPO and resumed HD 4. PT cleared him for home with no equipment; he walks independently with a mildly "
               "spastic gait, unchanged from baseline per his wife. Genetic counseling (C. Reyes, MS, CGC) met the patient "
               "and his wife. Because the condition is X-linked, their expected daughter will be an obligate heterozygous "
               "carrier. Pediatric follow-up and newborn screening for X-ALD were discussed (their pediatrician will confirm "
               "the state panel). His wife's obstetric care continues with her own OB; no prenatal testing was requested."))
    s.append(P("<b>#7 Claustrophobia.</b> Documented, severe, and he needs procedural sedation for MRI (see #4). Anesthesia "
               "pre-assessment for outpatient sedated MRI/MRS was completed on 10/31: ASA II, no airway concerns."))
    s.append(P("<b>#8 Contrast allergy.</b> History of urticaria to iodinated contrast only. He received gadobutrol on 10/27 "
               "without premedication or reaction. No contraindication to gadolinium."))
    s.append(P("<b>#9 VTE prophylaxis / lines.</b> Enoxaparin 40 mg daily from HD 2 to discharge. PIV only. No CVC."))

    s.append(P("DAY-BY-DAY SYNOPSIS", H2))
    s.append(lab_table(["Date", "Summary"], [
        ["10/24 (HD1)", "ED: adrenal crisis, GTC seizure, Na 121. Stress-dose steroids, fluids. Step-down. CT head negative."],
        ["10/25 (HD2)", "Hemodynamically stable off fluids boluses. EEG: diffuse slowing, posterior predominance, no epileptiform discharges. Levetiracetam started. Still vomiting x2."],
        ["10/26 (HD3)", "Na 131. Tolerating sips. Fludrocortisone resumed. MRI attempt without sedation aborted (claustrophobia). Transferred to floor."],
        ["10/27 (HD4)", "MRI brain w/wo under moderate sedation - new splenial/parieto-occipital signal, indeterminate (see #4). Diarrhea resolved."],
        ["10/28 (HD5)", "Leukodystrophy team consult. PO hydrocortisone double dose. Diet advanced."],
        ["10/29 (HD6)", "PT/OT. Ambulating independently. Contact precautions discontinued 48 h after symptoms resolved."],
        ["10/30 (HD7)", "MoCA 24/30. OT cognitive screen. Wife reports word-finding pauses are 'like the last few months'."],
        ["10/31 (HD8)", "Home hydrocortisone dose. Genetic counseling. Anesthesia outpatient sedation pre-assessment."],
        ["11/01 (HD9)", "Observed on home regimen - stable BP, Na 138. Teaching completed."],
        ["11/02 (HD10)", "Discharged home."],
    ], [1.0 * inch, 5.7 * inch]))
    s.append(P("CONSULTANT RECOMMENDATIONS (summary)", H2))
    s.append(lab_table(["Service", "Date", "Key recommendations"], [
        ["Endocrinology - Dr. Fenwick", "10/24, 10/26, 10/31", "Stress-dose taper as above; fludrocortisone 0.1 mg; new IM kit; sick-day rules; endocrine clinic 4 wk"],
        ["Neurology - Dr. Oyelaran", "10/25, 10/28", "Levetiracetam 500 mg BID; EEG (done); MRI (done); driving restriction; neurology clinic 6-8 wk"],
        ["Neurogenetics - Dr. Achterberg", "10/28, 11/01", "Outpatient 3T MRS as one-time clarification of indeterminate MRI; follow-up MRI 6-8 wk; neuropsych testing; HSCT referral if conversion confirmed"],
        ["Anesthesia - Dr. Wu", "10/27, 10/31", "Moderate sedation for MRI; ASA II; outpatient sedation plan for MRS"],
        ["PT / OT", "10/29, 10/30", "Home with no needs; outpatient OT cognitive eval"],
        ["Genetic counseling - C. Reyes", "10/31", "X-linked inheritance; daughter obligate carrier; newborn screen; family cascade testing info"],
    ], [1.9 * inch, 1.1 * inch, 3.7 * inch]))

    s.append(P("ADDITIONAL LABORATORY DATA", H2))
    s.append(lab_table(["Test", "10/24", "10/27", "11/02", "Reference"], [
        ["AST", "48 (H)", "31", "24", "10-40 U/L"], ["ALT", "39", "30", "22", "7-56 U/L"],
        ["Alk phos", "81", "74", "70", "40-129 U/L"], ["Total bilirubin", "0.9", "0.6", "0.5", "0.2-1.2 mg/dL"],
        ["Albumin", "4.6", "3.7", "3.9", "3.5-5.2 g/dL"], ["Magnesium", "2.4", "2.0", "2.0", "1.6-2.6 mg/dL"],
        ["Phosphorus", "5.1 (H)", "3.2", "3.4", "2.5-4.5 mg/dL"], ["Calcium", "10.4 (H)", "9.1", "9.3", "8.6-10.3 mg/dL"],
        ["TSH", "2.84", "-", "-", "0.4-4.5 mIU/L"], ["HbA1c", "5.1", "-", "-", "&lt;5.7 %"],
        ["CRP", "18.4 (H)", "6.2", "1.1", "&lt;5 mg/L"], ["Procalcitonin", "0.21", "-", "-", "&lt;0.5 ng/mL"],
        ["Hemoglobin", "16.1", "13.2 (L)", "13.6", "13.5-17.5 g/dL"], ["Neutrophils", "81%", "58%", "55%", "40-70 %"],
        ["Eosinophils", "0.1%", "0.4%", "0.6%", "0-5 %"], ["Urinalysis", "SG 1.028, ketones 2+, no WBC", "-", "-", "-"],
        ["CSF", "Not obtained (no meningismus, afebrile after HD1, alternative explanation)", "", "", ""],
    ], [1.5 * inch, 1.7 * inch, 0.9 * inch, 0.9 * inch, 1.7 * inch]))
    s.append(P("INPATIENT MEDICATIONS ADMINISTERED (summary)", H2))
    s.append(lab_table(["Medication", "Dates", "Comment"], [
        ["Hydrocortisone IV 100 mg then 50 mg q6h", "10/24 - 10/26", "Stress dosing"],
        ["Hydrocortisone IV 25 mg q8h", "10/26 - 10/28", "Taper"],
        ["Hydrocortisone PO 20/10/10 mg", "10/28 - 10/31", "Double home dose"],
        ["Hydrocortisone PO 10/5/5 mg", "10/31 - discharge", "Home dose"],
        ["Fludrocortisone 0.1 mg PO daily", "10/26 - discharge", "Resumed once tolerating PO"],
        ["Normal saline / D5NS", "10/24 - 10/26", "Total 9.6 L"],
        ["Levetiracetam 500 mg PO/IV BID", "10/25 - discharge", "New"],
        ["Midazolam 2 mg IV + fentanyl 50 mcg IV", "10/27 (once)", "Procedural sedation for MRI, by anesthesia"],
        ["Gadobutrol 7.5 mL IV", "10/27 (once)", "MRI contrast - no reaction"],
        ["Enoxaparin 40 mg SC daily", "10/25 - 11/02", "VTE prophylaxis"],
        ["Ondansetron 4 mg IV q8h PRN", "10/24 - 10/27", "5 doses"],
        ["Baclofen 10 mg TID", "10/27 - discharge", "Held while NPO"],
        ["Mirabegron 25 mg daily", "10/27 - discharge", "Held while NPO"],
    ], [2.6 * inch, 1.5 * inch, 2.6 * inch]))
    s.append(P("PROCEDURES THIS ADMISSION", H2))
    s.append(P("- MRI brain with/without contrast under moderate sedation (10/27/2026)<br/>- Routine EEG (10/25/2026)<br/>"
               "- CT head without contrast (10/24/2026)<br/>- No invasive procedures."))
    s.append(P("OTHER DIAGNOSTIC REPORTS", H2))
    s.append(P("<i>Routine EEG, 10/25/2026 (preliminary, Dr. K. Lindahl, Clinical Neurophysiology fellow):</i> 21-channel "
               "recording, 32 minutes, awake and drowsy. The posterior dominant rhythm is 7-7.5 Hz, poorly reactive, with "
               "intermixed generalized theta and intermittent bilateral posterior quadrant delta, more on the right. No "
               "epileptiform discharges. No electrographic seizures. Photic stimulation produced no driving. IMPRESSION: "
               "Abnormal EEG due to mild diffuse background slowing with a posterior predominance, consistent with a "
               "non-specific encephalopathy (toxic-metabolic, post-ictal or structural). No epileptiform features."))
    s.append(P("<i>Chest radiograph, 10/24/2026:</i> Lungs clear. No effusion or pneumothorax. Heart size normal. "
               "IMPRESSION: No acute cardiopulmonary process."))
    s.append(P("<i>ECG, 10/24/2026 08:58:</i> Sinus tachycardia 122 bpm, PR 148 ms, QRS 88 ms, QTc 438 ms, peaked T waves "
               "in V2-V4. <i>Repeat 10/25:</i> sinus rhythm 84 bpm, T waves normalized."))
    s.append(P("SOCIAL WORK / CASE MANAGEMENT", H2))
    s.append(P("Case management (T. Greaves, RN CM) confirmed insurance coverage and the outpatient pharmacy benefit for the "
               "IM hydrocortisone kit. FMLA paperwork was provided for the wife to take time off for his follow-up "
               "appointments, since he cannot drive for 3 months. His employer was notified (with the patient's consent) "
               "about temporary restrictions on ladders and heights at job sites. Transportation: his wife and his brother-in-law "
               "will drive him; Medical Ride program information given as a backup. No barriers to discharge were "
               "identified. Social work (A. Linnell, LCSW) offered support around the family's anxiety about cerebral ALD "
               "and the memories of his brother's illness. The couple were given the contact details for the ALD Connect "
               "family support network. The patient declined a referral to psychology at present but agreed to reconsider "
               "at his neurogenetics visit."))
    s.append(P("PHYSICAL / OCCUPATIONAL THERAPY", H2))
    s.append(P("PT (10/29): independent transfers and ambulation more than 300 ft without an assistive device. Mild "
               "bilateral spastic gait with reduced toe clearance, at his baseline per the patient. Berg Balance 51/56. "
               "Stairs: 14 steps with one rail, supervised, safe. No PT needs at discharge; he will continue his home "
               "stretching program. OT (10/30): independent in ADLs. On the executive-function screen (Weekly Calendar "
               "Planning Activity) he was slow and made 3 errors, a finding that warrants outpatient cognitive OT and "
               "neuropsychology. Recommended that he not handle complex financial or work-estimating tasks until he has been evaluated."))
    s.append(P("CONDITION AT DISCHARGE", H2))
    s.append(P("Stable. Afebrile more than 96 h. Tolerating a regular diet. BP 122/76, HR 74, SpO2 98% RA, Wt 77.8 kg. Alert and "
               "oriented x3, fluent speech with occasional word-finding pauses (per wife similar to the past few months), "
               "follows complex commands. Neurologic exam otherwise at his chronic baseline (spastic paraparesis, extensor "
               "plantars). Ambulating independently."))
    s.append(P("DISCHARGE MEDICATIONS", H2))
    s.append(lab_table(["Medication", "Instructions", "Status"], [
        ["Hydrocortisone 5 mg tab", "10 mg on waking, 5 mg at noon, 5 mg at 4 pm. DOUBLE doses if febrile/ill; triple if vomiting and use IM injection", "CONTINUED"],
        ["Fludrocortisone 0.1 mg tab", "1 tab daily", "CONTINUED"],
        ["Hydrocortisone sodium succinate 100 mg/2 mL Act-O-Vial", "Inject 100 mg IM for vomiting/inability to take tabs, then call 911", "NEW (replaces expired kit)"],
        ["Levetiracetam 500 mg tab", "1 tab twice daily", "NEW"],
        ["Baclofen 10 mg tab", "1 tab three times daily", "CONTINUED"],
        ["Mirabegron ER 25 mg", "1 tab daily", "CONTINUED"],
        ["Vitamin D3 2000 IU", "daily", "CONTINUED"],
        ["Ondansetron 4 mg ODT", "q8h PRN nausea, #6", "NEW (short course)"],
    ], [2.1 * inch, 3.3 * inch, 1.3 * inch]))
    s.append(P("FOLLOW-UP APPOINTMENTS", H2))
    s.append(lab_table(["With", "When", "Purpose"], [
        ["Colin Baptiste, MD (PCP)", "11/09/2026", "Post-discharge visit, BMP"],
        ["Neurogenetics - Dr. Achterberg", "11/24/2026", "Review MRS (PA to be submitted by clinic); HSCT referral decision"],
        ["Endocrinology - Dr. Fenwick", "11/30/2026", "Adrenal replacement review"],
        ["Neurology - Dr. Oyelaran", "12/14/2026", "Seizure follow-up"],
        ["MRI brain w/wo (sedation)", "~12/15/2026", "6-8 week follow-up of splenial/parieto-occipital lesion"],
        ["Neuropsychology", "to be scheduled", "Baseline cognitive testing"],
    ], [2.2 * inch, 1.3 * inch, 3.2 * inch]))
    s.append(P("TRANSITIONS OF CARE CHECKLIST", H2))
    s.append(lab_table(["Item", "Status"], [
        ["Medication reconciliation completed with patient and wife", "Yes"],
        ["Steroid emergency card and new IM kit dispensed", "Yes - kit from outpatient pharmacy before discharge"],
        ["Discharge summary sent to PCP and specialists", "Yes - via EHR and fax"],
        ["Outpatient MRS prior authorization", "To be submitted by Neurogenetics clinic (M. Dunn)"],
        ["Anesthesia booking for sedated outpatient MRS/MRI", "Pre-assessment done 10/31; date pending authorization"],
        ["Work note", "Provided - off until 11/09/2026"],
        ["Driving restriction counseling", "Documented"],
        ["Follow-up call within 48 h", "Scheduled (Transitions RN)"],
    ], [3.6 * inch, 3.1 * inch]))
    s.append(P("PENDING AT DISCHARGE", H2))
    s.append(P("- Plasma VLCFA panel (C26:0, C26:0/C22:0) - sent 10/28 for the study team; not expected to change management.<br/>"
               "- Final read of EEG by epilepsy attending (preliminary result above)."))
    s.append(P("PATIENT INSTRUCTIONS (given in writing)", H2))
    s.append(P("Take your steroids every day; never stop them suddenly. If you have a fever, double your hydrocortisone. If you are "
               "vomiting or cannot keep your tablets down, inject the emergency hydrocortisone and call 911. Do not drive for 3 "
               "months after a seizure (Wisconsin DOT guidance discussed). Return to the ED for another seizure, confusion, new "
               "weakness, severe headache, or vomiting that stops you taking your tablets. Wash your hands carefully; norovirus "
               "spreads easily to household contacts. Your wife should tell her OB about the illness in the household."))
    s.append(P("NURSING DISCHARGE ASSESSMENT", H2))
    s.append(P("Vital signs stable. PIV removed, site clean. Ambulating in hallway independently x3 laps. Tolerating a "
               "regular diet; last loose stool 10/28. Teach-back completed for the IM hydrocortisone injection (wife "
               "demonstrated on a trainer), the sick-day steroid rules, levetiracetam dosing and seizure first aid. The "
               "patient verbalized understanding of the driving restriction. Discharged home with his wife by private car at "
               "16:05. Belongings returned. Prescriptions sent to Walgreens, Wauwatosa."))
    s.append(P("DIET: regular, encourage oral fluids and salt liberally while recovering. ACTIVITY: as tolerated; no driving "
               "for 3 months; no swimming or bathing alone, and no heights or ladders at work until cleared by neurology. "
               "WORK: off until 11/09/2026; a work note was provided."))
    s.append(P("CODE STATUS: Full code. HCPOA: Lauren Mercer (wife), 414-555-0189."))
    s.append(P("Time spent on discharge: more than 30 minutes."))
    s.append(Spacer(1, 8))
    s.append(P("Electronically signed: Nadia Hollister, MD (PGY-2), 11/02/2026 15:12<br/>"
               "Attending attestation: I saw and evaluated the patient on the day of discharge and agree with the above. "
               "Rafael Quintero, MD, 11/02/2026 17:40<br/>cc: Helen Achterberg, MD; Colin Baptiste, MD; Miriam Fenwick, MD"))
    return s


def story(total_pages=0):
    return cover(total_pages) + form() + lmn() + dc_summary()


def build():
    OUT.parent.mkdir(parents=True, exist_ok=True)
    first = PacketTemplate(str(OUT))
    first.build(story(0))
    page_docs = first.page_docs_seen
    second = PacketTemplate(str(OUT), page_docs=page_docs)
    second.build(story(len(page_docs)))
    assert second.page_docs_seen == page_docs, "pagination changed between passes"
    counts = {d: page_docs.count(d) for d in DOC_FOOTERS}
    print(OUT, "pages:", len(page_docs), counts)


if __name__ == "__main__":
    build()
