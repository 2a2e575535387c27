"""b119: 27-month-old boy, suspected Leigh syndrome; the neurology clinic note is a
scanned, image-only document; an older brother had SURF1 Leigh syndrome; PA form
is a ruled table with 'Population: [X] Pediatric'."""
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _faxlib9 import (Fax, FlowDoc, FrameBreak, P, PageBreak, S, ScanDoc, Spacer,
                      build_packet, check_packet, form_section, grid_table, inch)

CASE = "b119_pdf_peds_suspected_leigh_scanned_neuro_note_sibling_surf1"
OUT = os.path.join("/work/blind9", CASE)

fax = Fax("JAN-13-2026 14:06", "RIVERSIDE CHILDRENS NEURO 6155550162", "PRAIRIE KIDS UM 18665550137")

RCH_HEAD = [
    ("RIVERSIDE CHILDREN'S HOSPITAL", 12.5, True),
    ("Division of Pediatric Neurology  |  1400 Cumberland Ave, Nashville, TN 37203", 7.8, False),
    ("Phone (615) 555-0160   Fax (615) 555-0162", 7.8, False),
]
RAD_HEAD = [
    ("RIVERSIDE CHILDREN'S HOSPITAL - PEDIATRIC RADIOLOGY", 11.5, True),
    ("Neuroradiology  |  1400 Cumberland Ave, Nashville, TN 37203  |  (615) 555-0190", 7.6, False),
    ("RESULT REPORT", 7.6, True),
]
X, O = "[X]", "[ ]"
W4 = [1.35, 2.35, 1.15, 2.15]


# ---------------------------------------------------------------- doc 1 ---
def doc1_story():
    st = [P("FAX COVER SHEET", "h1")]
    st.append(form_section("TRANSMITTAL", [
        [("L", "To"), ("V", "Prairie Kids Health Plan (Medicaid) - Prior Authorization, Radiology"),
         ("L", "Fax"), ("V", "1-866-555-0137")],
        [("L", "From"), ("V", "Kelsey Amaro, CMA - Neurology Referrals, Riverside Children's"),
         ("L", "Phone"), ("V", "(615) 555-0165")],
        [("L", "Date"), ("V", "01/13/2026"), ("L", "Pages"), ("V", "6 incl. cover")],
        [("L", "Re"), ("V", "PA request - MR spectroscopy brain - HALVORSEN, ELIAS T. - DOB 09/14/2023 - "
                            "ID PKH20931577", 3)],
    ], [0.9, 4.5, 0.8, 1.8]))
    st.append(Spacer(1, 8))
    st.append(P("Attached: PA request form; pediatric neurology clinic note 01/08/2026 (scanned copy, 2 pages); "
                "MRI brain report 12/29/2025; metabolic laboratory summary. The sedated imaging slot is held for "
                "01/21/2026 - a determination before 01/19 would be appreciated."))
    st.append(Spacer(1, 300))
    st.append(P("CONFIDENTIAL: This transmission contains protected health information intended only for the "
                "addressee. If received in error, call (615) 555-0165 and destroy all copies.", "small"))
    st.append(PageBreak())

    st.append(P("PRAIRIE KIDS HEALTH PLAN - ADVANCED IMAGING PRIOR AUTHORIZATION REQUEST", "h2"))
    st.append(P("Medicaid managed care  |  Form PK-RAD-2 (07/2024)  |  All fields required unless marked optional", "small"))
    st.append(Spacer(1, 3))
    st.append(form_section("A. REQUEST", [
        [("L", "Date of request"), ("V", "01/12/2026"), ("L", "Priority"),
         ("V", "%s Routine &nbsp;&nbsp;%s Urgent" % (X, O))],
        [("L", "Population"), ("V", "%s Pediatric (0-17) &nbsp;&nbsp;%s Adult (18+)" % (X, O)),
         ("L", "Age at request"), ("V", "2 years 3 months")],
    ], W4))
    st.append(form_section("B. MEMBER", [
        [("L", "Member name"), ("V", "HALVORSEN, ELIAS T."), ("L", "DOB"), ("V", "09/14/2023")],
        [("L", "Medicaid / member ID"), ("V", "PKH20931577"), ("L", "Sex"), ("V", "%s M &nbsp;&nbsp;%s F" % (X, O))],
        [("L", "Parent / guardian"), ("V", "Anna Halvorsen (mother) (615) 555-7704"), ("L", "PCP"), ("V", "Hannah Lutz, MD")],
    ], W4))
    st.append(form_section("C. PROVIDERS", [
        [("L", "Ordering provider"), ("V", "Priya Venkataraman, MD - Pediatric Neurology"), ("L", "NPI"), ("V", "1730549816")],
        [("L", "Servicing facility"), ("V", "Riverside Children's Hospital - MRI / Sedation Unit"), ("L", "Facility NPI"), ("V", "1356480127")],
    ], W4))
    st.append(form_section("D. SERVICE", [
        [("L", "CPT code(s)"), ("V", "<b>76390</b>"), ("L", "Description"), ("V", "MR spectroscopy - brain")],
        [("L", "Region / voxels"), ("V", "Brain: bilateral basal ganglia, dorsal pons"), ("L", "Units"), ("V", "1")],
        [("L", "Requested date of service"), ("V", "01/21/2026"), ("L", "Place of service"),
         ("V", "%s Outpatient hospital &nbsp;%s Inpatient" % (X, O))],
        [("L", "Diagnosis (ICD-10-CM)"), ("V", "R62.50 Lack of expected normal physiological development; E87.29 Other "
                                               "acidosis (lactic); H55.00 Nystagmus, unspecified; Z83.49 Family history of "
                                               "other metabolic diseases", 3)],
    ], W4))
    st.append(form_section("E. CLINICAL INDICATION (tick all that apply)", [
        [("V", "%s Brain tumor / mass" % O, 2), ("V", "%s Post-treatment brain tumor follow-up" % O, 2)],
        [("V", "%s Neonatal hypoxic-ischemic encephalopathy" % O, 2),
         ("V", "%s Suspected metabolic / mitochondrial disorder or inborn error of metabolism" % X, 2)],
        [("V", "%s Leukodystrophy / inherited white matter disease" % O, 2), ("V", "%s Other: ____________" % O, 2)],
        [("L", "Prior conventional imaging"), ("V", "MRI brain w/wo contrast 12/29/2025 (RCH) - findings nonspecific; "
                                                   "radiologist recommends MR spectroscopy", 3)],
        [("L", "Prior MR spectroscopy"), ("V", "%s Yes &nbsp;&nbsp;%s No" % (O, X)), ("L", "If yes, date"), ("V", "--")],
        [("L", "Brief clinical summary"), ("V", "Subacute developmental regression after febrile illness (10/2025), "
                                               "nystagmus, dysphagia, elevated serum and CSF lactate, symmetric basal "
                                               "ganglia / brainstem T2 signal. See attached neurology note.", 3)],
    ], W4))
    st.append(form_section("F. SAFETY / SCHEDULING", [
        [("L", "Sedation / anesthesia"), ("V", "%s Yes &nbsp;%s No - general anesthesia (age; unable to hold still)" % (X, O)),
         ("L", "Claustrophobia"), ("V", "%s Yes &nbsp;&nbsp;%s No" % (O, X))],
        [("L", "Pregnancy"), ("V", "%s N/A (male, 2 y)" % X), ("L", "Renal impairment"),
         ("V", "%s Yes &nbsp;%s No (Cr 0.24)" % (O, X))],
    ], W4))
    st.append(form_section("G. PROVIDER ATTESTATION", [
        [("L", "Signature"), ("V", "<i>P. Venkataraman MD</i>"), ("L", "Date signed"), ("V", "01/12/2026")],
        [("L", "Office contact"), ("V", "Kelsey Amaro, CMA (615) 555-0165"), ("L", "Return fax"), ("V", "(615) 555-0162")],
    ], W4))
    return st


# ------------------------------------------------------ doc 2 (scanned) ---
def _letterhead(c):
    c.line("RIVERSIDE CHILDREN'S HOSPITAL", "sb", 15, gap=1.15)
    c.line("Division of Pediatric Neurology  -  Outpatient Clinic", "sr", 9.5, gap=1.2)
    c.line("1400 Cumberland Ave, Nashville, TN 37203   Ph (615) 555-0160   Fax (615) 555-0162", "sr", 8.5, gap=1.2)
    c.rule(3)


def _signature(c, x, y, seed=3):
    rnd = random.Random(seed)
    pts = []
    for i in range(70):
        t = i / 69.0
        pts.append((x + int(t * 260), y + int(18 * math.sin(t * 13 + rnd.random()) + rnd.randint(-4, 4))))
    c.d.line(pts, fill=30, width=3)


def _stamp(c, text1, text2, x, y):
    from PIL import Image, ImageDraw
    w, h = 330, 95
    st = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(st)
    d.rectangle([3, 3, w - 4, h - 4], outline=90, width=4)
    d.text((18, 12), text1, font=c.font("sb", 14), fill=90)
    d.text((18, 52), text2, font=c.font("sb", 12), fill=90)
    st = st.rotate(8, expand=True, fillcolor=255)
    c.img.paste(st, (x, y), mask=st.point(lambda v: 255 if v < 200 else 0))


def scan_p1(c):
    _letterhead(c)
    c.space(0.05)
    c.line("PEDIATRIC NEUROLOGY CLINIC NOTE", "sb", 12.5, gap=1.4)
    rows = [[("Patient:", "HALVORSEN, Elias T."), ("DOB:", "09/14/2023"), ("MRN:", "RCH-4471029")],
            [("Date of service:", "01/08/2026"), ("Age:", "2 y 3 m"), ("Provider:", "Priya Venkataraman, MD")],
            [("Referring:", "Hannah Lutz, MD (PCP)"), ("With:", "mother and father")]]
    xs = [c.x0, c.x0 + c.px(3.1), c.x0 + c.px(4.7)]
    fb, fr = c.font("b", 10.5), c.font("r", 10.5)
    for row in rows:
        for x, (lab, val) in zip(xs, row):
            c.d.text((x, c.y), lab, font=fb, fill=15)
            c.d.text((x + c.d.textlength(lab + " ", font=fb), c.y), val, font=fr, fill=15)
        c.line("", "r", 10.5, gap=1.3)
    c.rule(1)
    c.para("Developmental regression, unsteadiness and abnormal eye movements after a viral illness.",
           label="CHIEF COMPLAINT:", after=0.4)
    c.para("Elias is a 27-month-old boy seen in follow-up after his MRI of 12/29/2025. Development was on track "
           "until this fall: he walked independently at 12 months and had about 15 words by 20 months. In mid-October "
           "2025 he had a febrile respiratory illness (RSV positive, managed at home). Over the following three weeks "
           "he stopped walking, became wobbly when sitting, lost most of his words, and his parents noticed jerky "
           "side-to-side eye movements. He now sits only with support, says 2-3 words, drools more and has choked on "
           "thin liquids twice. Over the last two weeks there have been brief spells of rapid, deep breathing while "
           "awake. No clinical seizures. No vomiting and no lethargy between spells.",
           label="HPI:", after=0.4)
    c.para("Born at 39 weeks by spontaneous vaginal delivery after an uncomplicated pregnancy; Apgars 8 and 9. "
           "Two-day NICU stay for transient tachypnea of the newborn on low-flow oxygen. No perinatal asphyxia, no "
           "neonatal encephalopathy, no therapeutic hypothermia. Newborn screen normal.",
           label="BIRTH HISTORY:", after=0.4)
    c.para("Older brother, Jonas, developed regression and lactic acidosis at 14 months and was diagnosed at "
           "Cincinnati Children's with Leigh syndrome due to biallelic SURF1 variants; he died in 2021 at age "
           "2 y 4 m. Parents are non-consanguineous and healthy; parental carrier testing was not completed at the "
           "time. Mother is currently pregnant (21 weeks), followed by maternal-fetal medicine. A maternal cousin has "
           "autism.", label="FAMILY HISTORY:", after=0.4)
    c.para("None before this visit. No known drug allergies. Immunizations up to date.",
           label="MEDICATIONS:", after=0.4)
    c.para("Wt 11.8 kg (15th %ile), HC 48.5 cm (40th %ile), HR 118, RR 26. Alert, social smile, tracks faces. "
           "Horizontal gaze-evoked nystagmus; intermittent left esotropia. Mild bifacial weakness and drooling. "
           "Axial hypotonia with increased tone in the legs, brisk knee jerks, upgoing toes bilaterally. Truncal "
           "titubation when sitting; intention tremor on reaching. Cannot stand unsupported.",
           label="EXAM:", after=0.4)
    c.line("DATA:", "b", 10.5)
    for t in [
        "- Serum lactate 4.6 mmol/L (12/18/2025) and 3.9 mmol/L (01/05/2026) [ref 0.5-2.2]; pyruvate 0.19, L:P ratio 24.",
        "- Plasma amino acids: alanine 612 umol/L (high). Ammonia 32. CK normal. Acylcarnitine profile normal.",
        "- Urine organic acids: lactate and Krebs-cycle intermediates mildly increased, no diagnostic pattern.",
        "- CSF 12/30/2025 (under sedation): lactate 3.8 mmol/L (high), glucose and protein normal.",
        "- VLCFA normal. Creatinine 0.24.",
        "- MRI brain 12/29/2025: bilateral symmetric T2/FLAIR signal in the putamina, caudate heads, periaqueductal "
        "gray and dorsal pons, restricted diffusion in the putamina. Read as nonspecific on conventional imaging, "
        "differential includes a mitochondrial encephalopathy such as Leigh syndrome; spectroscopy recommended. "
        "No MR spectroscopy was done at that study.",
    ]:
        c.para(t, indent=0.15, after=0.1)
    c.space(0.1)
    c.line("(continued on page 2)", "i", 9.5, x=c.px(6.2))
    _stamp(c, "SCANNED TO CHART", "RCH HIM  01/09/2026", c.px(5.2), c.px(9.65))


def scan_p2(c):
    c.line("HALVORSEN, Elias T.   MRN RCH-4471029   DOS 01/08/2026   Page 2 of 2", "sr", 9, gap=1.4)
    c.rule(1)
    c.space(0.08)
    c.para("27-month-old boy with subacute developmental regression after an intercurrent febrile illness, brainstem "
           "signs (nystagmus, dysphagia, abnormal breathing pattern), lactic acidosis with elevated CSF lactate, and "
           "symmetric basal ganglia and brainstem lesions. Given his brother's SURF1-related Leigh syndrome, I "
           "strongly suspect Leigh syndrome (mitochondrial disease) in Elias as well; genetic confirmation is "
           "pending. Differential: other mitochondrial disease (e.g., PDH deficiency), biotin-thiamine-responsive "
           "basal ganglia disease; a post-infectious process (ADEM, acute necrotizing encephalopathy) is less likely "
           "given the lactate.", label="ASSESSMENT:", after=0.4)
    c.line("PLAN:", "b", 10.5)
    for t in [
        "1. MR spectroscopy of the brain (basal ganglia and brainstem voxels) to look for a lactate doublet and NAA "
        "loss. Will need general anesthesia because of his age; mitochondrial anesthesia precautions.",
        "2. Targeted SURF1 sequencing, mitochondrial nuclear gene panel and mtDNA sequencing sent today.",
        "3. Start biotin 10 mg/kg/day and thiamine 20 mg/kg/day pending SLC19A3 result (stop if negative); "
        "coenzyme Q10 10 mg/kg/day.",
        "4. Avoid valproate. Sick-day letter: dextrose-containing fluids, avoid prolonged fasting.",
        "5. PT / OT / feeding therapy; videofluoroscopic swallow study.",
        "6. Genetic counseling for the family, including the current pregnancy.",
        "7. Return in 4 weeks, sooner for lethargy, vomiting, apnea or seizures.",
    ]:
        c.para(t, indent=0.15, after=0.1)
    c.space(0.25)
    y = c.y
    _signature(c, c.x0, y + 8)
    c.y = y + 50
    c.line("Priya Venkataraman, MD  -  Pediatric Neurology", "r", 10.5)
    c.line("Signed 01/08/2026 16:52", "r", 9.5)
    c.space(0.2)
    c.line("cc: Hannah Lutz, MD (PCP); RCH Genetics; RCH Metabolism Clinic", "i", 9)


# ---------------------------------------------------------------- doc 3 ---
def doc3_story():
    st = []
    st.append(form_section("STUDY", [
        [("L", "Patient"), ("V", "HALVORSEN, ELIAS T"), ("L", "MRN"), ("V", "RCH-4471029"), ("L", "DOB"), ("V", "09/14/2023 (2Y M)")],
        [("L", "Procedure"), ("V", "MRI BRAIN WITHOUT AND WITH CONTRAST (70553) - UNDER GENERAL ANESTHESIA", 3),
         ("L", "Accession"), ("V", "RCH-MR-2512290114")],
        [("L", "Date/time"), ("V", "12/29/2025 10:14"), ("L", "Ordering"), ("V", "Venkataraman, Priya MD"), ("L", "Status"), ("V", "Final")],
    ], [0.9, 1.55, 0.75, 1.45, 0.8, 1.4]))
    st.append(Spacer(1, 6))
    for h, t in [
        ("CLINICAL INDICATION:", "2-year-old boy with developmental regression, nystagmus and elevated lactate. Evaluate for "
                                 "metabolic disorder."),
        ("TECHNIQUE:", "3T. Sagittal T1, axial and coronal T2, axial FLAIR, DWI with ADC, SWI, and post-contrast axial "
                       "and coronal T1 after gadoterate 2.4 mL. MR spectroscopy was not acquired (not part of the "
                       "requested protocol). General anesthesia provided by pediatric anesthesiology."),
        ("COMPARISON:", "None available."),
    ]:
        st.append(P(h, "h3"))
        st.append(P(t))
    st.append(P("FINDINGS:", "h3"))
    for t in [
        "Symmetric T2/FLAIR hyperintensity of the bilateral putamina, posterior-predominant, and of the caudate heads, "
        "with restricted diffusion in the putamina (ADC approximately 0.55 x 10^-3 mm2/s).",
        "Symmetric T2 hyperintensity of the periaqueductal gray matter, the dorsal pons and dorsal medulla, and the "
        "subthalamic nuclei. The thalami and perirolandic cortex are spared.",
        "No abnormal enhancement. No hemorrhage or mineralization on SWI.",
        "Myelination is appropriate for age. The supratentorial white matter is normal; no leukodystrophy pattern.",
        "No mass effect. Ventricles and extra-axial spaces are normal for age. The distribution of abnormality does "
        "not follow a pattern of hypoxic-ischemic injury, and there are no findings of remote perinatal injury.",
    ]:
        st.append(P(t))
    st.append(P("IMPRESSION:", "h3"))
    for t in [
        "1. Bilateral symmetric T2/FLAIR hyperintensity of the putamina, caudate heads, periaqueductal gray and dorsal "
        "brainstem, with restricted diffusion in the putamina.",
        "2. These findings are nonspecific on conventional imaging. Differential considerations include a mitochondrial "
        "encephalopathy (e.g., Leigh syndrome) versus other metabolic disease (biotin-thiamine-responsive basal ganglia "
        "disease, organic acidemia) or a post-infectious process (acute necrotizing encephalopathy).",
        "3. MR spectroscopy of the basal ganglia is recommended to evaluate for a lactate doublet and NAA reduction; "
        "it can be performed with the next sedated study.",
    ]:
        st.append(P(t))
    st.append(Spacer(1, 6))
    st.append(P("Electronically signed by Thomas Achterberg, MD, Pediatric Neuroradiology, 12/29/2025 15:40", "small"))
    st.append(PageBreak())

    # ---- labs, two-column page
    st.append(P("METABOLIC LABORATORY SUMMARY (cumulative)", "h2"))
    st.append(P("HALVORSEN, ELIAS T  |  MRN RCH-4471029  |  DOB 09/14/2023  |  Printed 01/12/2026 09:31 by KAMARO  |  "
                "Flags: H high, L low", "small"))
    st.append(FrameBreak())
    tw = 3.45 * inch
    st.append(P("Chemistry / blood gas", "h3"))
    st.append(grid_table([
        ["Test", "12/18/25", "01/05/26", "Ref"],
        ["Lactate, plasma (mmol/L)", "4.6 H", "3.9 H", "0.5-2.2"],
        ["Pyruvate (mmol/L)", "0.19 H", "--", "0.03-0.10"],
        ["Lactate:pyruvate ratio", "24 H", "--", "&lt;20"],
        ["Ammonia (umol/L)", "32", "--", "&lt;50"],
        ["Glucose (mg/dL)", "88", "91", "60-100"],
        ["Bicarbonate (mmol/L)", "18 L", "19 L", "20-28"],
        ["Anion gap", "16 H", "15", "7-15"],
        ["Creatinine (mg/dL)", "0.24", "0.25", "0.2-0.4"],
        ["CK (U/L)", "96", "--", "60-305"],
        ["ALT (U/L)", "22", "--", "5-30"],
    ], [1.6, 0.65, 0.65, 0.75], total_w=tw, font_size=7.8))
    st.append(Spacer(1, 6))
    st.append(P("Plasma amino acids (12/18/25)", "h3"))
    st.append(grid_table([
        ["Analyte", "Result", "Ref (umol/L)"],
        ["Alanine", "612 H", "143-439"],
        ["Glycine", "241", "111-426"],
        ["Proline", "262", "85-303"],
        ["Leucine / isoleucine / valine", "normal", "--"],
        ["Citrulline", "24", "10-45"],
    ], [1.9, 0.7, 0.95], total_w=tw, font_size=7.8))
    st.append(Spacer(1, 6))
    st.append(P("Acylcarnitine profile (12/18/25)", "h3"))
    st.append(P("No diagnostic abnormality. Free carnitine 38 umol/L (ref 22-66).", "small"))
    st.append(FrameBreak())
    st.append(P("Urine organic acids (12/18/25)", "h3"))
    st.append(P("Lactic acid mildly increased; mild increase in fumarate and 2-ketoglutarate. No "
                "methylmalonic, propionic or glutaric pattern. Interpretation: nonspecific; may be seen in "
                "primary mitochondrial disease or secondary lactic acidosis.", "small"))
    st.append(Spacer(1, 6))
    st.append(P("CSF (12/30/25, LP under sedation)", "h3"))
    st.append(grid_table([
        ["Test", "Result", "Ref"],
        ["Lactate (mmol/L)", "3.8 H", "1.1-2.4"],
        ["Glucose (mg/dL)", "58", "40-80"],
        ["Protein (mg/dL)", "22", "15-45"],
        ["WBC (/uL)", "1", "0-5"],
        ["Amino acids", "alanine mildly H", "--"],
    ], [1.5, 1.05, 0.9], total_w=tw, font_size=7.8))
    st.append(Spacer(1, 6))
    st.append(P("Other", "h3"))
    st.append(grid_table([
        ["Test", "Result"],
        ["Very long chain fatty acids (12/18/25)", "Normal (C26:0, C24/C22, C26/C22 ratios)"],
        ["Biotinidase (12/18/25)", "Normal activity"],
        ["Newborn screen (09/2023)", "Normal"],
    ], [1.8, 1.65], total_w=tw, font_size=7.8))
    st.append(Spacer(1, 6))
    st.append(P("Pending / send-out", "h3"))
    st.append(grid_table([
        ["Test", "Sent", "Status"],
        ["SURF1 targeted sequencing", "01/08/26", "In progress"],
        ["Mitochondrial nuclear gene panel", "01/08/26", "In progress"],
        ["mtDNA sequencing + deletion", "01/08/26", "In progress"],
        ["SLC19A3 (BTBGD)", "01/08/26", "In progress"],
    ], [1.6, 0.75, 1.1], total_w=tw, font_size=7.8))
    return st


docs = [
    FlowDoc("01_fax_cover_and_pa_request_form.pdf", doc1_story, letterhead=RCH_HEAD,
            footer="RCH Pediatric Neurology - Referrals  |  HALVORSEN, E.  DOB 09/14/2023"),
    ScanDoc("02_peds_neurology_clinic_note_01-08-2026_scanned.pdf", [scan_p1, scan_p2], dpi=150,
            quality=45, seed=119),
    FlowDoc("03_mri_brain_12-29-2025_and_metabolic_labs.pdf", doc3_story, letterhead=RAD_HEAD,
            footer="Riverside Children's Hospital  |  HALVORSEN, ELIAS T  MRN RCH-4471029  |  Printed 01/12/2026"),
]


def _fix_templates():
    # page 2 of doc 3 (labs) uses the head + two-column template
    from reportlab.platypus import NextPageTemplate
    orig = docs[2].story_fn

    def story():
        st = orig()
        i = [k for k, f in enumerate(st) if isinstance(f, PageBreak)][0]
        st.insert(i, NextPageTemplate("twohead"))
        return st
    docs[2].story_fn = story
    docs[2].head_block_h = 0.55 * inch


_fix_templates()

if __name__ == "__main__":
    build_packet(OUT, fax, docs)
    check_packet(OUT)
