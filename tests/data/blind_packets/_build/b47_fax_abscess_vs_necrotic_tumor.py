import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from b46_helpers import BOX_O, BOX_X, Packet, inch, render_scan  # noqa: E402

CASE = "b47_fax_abscess_vs_necrotic_tumor"
OUT = "/tmp/blind5/" + CASE
BUILD = os.path.dirname(os.path.abspath(__file__))

PT = "QUINTERO-BAIRD, RENATA L"
DOB = "09/02/1981"
PTHDR = "%s | DOB %s | MRN HUH-7730951" % (PT, DOB)
FAX_DT = "02/26/2026 09:41"
FAX_FROM = "(614) 555-0199"
FAX_NAME = "HILLCREST UNIV NEUROSURGERY"
TOTAL_PAGES = 7

pk = Packet(OUT, fax_dt=FAX_DT, fax_from_num=FAX_FROM, fax_from_name=FAX_NAME)
X, O = BOX_X, BOX_O

# ------------------------------------------------------------------ 1 fax cover
d = pk.doc("01_fax_cover_sheet.pdf", "HILLCREST UNIVERSITY HOSPITAL - DEPT OF NEUROLOGICAL SURGERY",
           "FAX", footer_note="This fax may contain PHI. If received in error call (614) 555-0190.",
           base_font="DJ", size=9.5)
d.title("<b>F A X</b>")
d.form([
    ["TRANSMITTAL", "", "", ""],
    ["DATE", "Feb 26, 2026", "# PAGES", "%d incl. cover" % TOTAL_PAGES],
    ["TO", "Cohere Health UM - imaging", "FROM", "M. Castellanos, surgical scheduler / PA desk"],
    ["FAX", "1-857-555-0142", "FAX", FAX_FROM],
    ["RE", "Prior auth - MRS brain, CPT 76390 - Renata Quintero-Baird, DOB 9/2/81", "", ""],
], col_widths=[0.8 * inch, 2.7 * inch, 0.9 * inch, 2.6 * inch],
   spans=[((0, 0), (3, 0)), ((1, 4), (3, 4))], header_rows=[0])
d.sp(12)
d.p("""Attached: PA request form, outside MRI/MRS report (Mercy Valley, 2 pp - 2nd page is a scan, sorry
for quality), Mercy discharge summary, our NSGY clinic note 2/20 and LMN. Scheduling requests DOS
03/02/2026 at Hillcrest MRI (3T wide-bore). Pt needs premed - see note.""")
d.sp(8)
d.p("""Thank you,<br/>Marisol Castellanos<br/>Neurosurgery PA desk  (614) 555-0190 x2""")

# ------------------------------------------------------------------ 2 request form
d = pk.doc("02_PA_request_form.pdf", "PRIOR AUTHORIZATION REQUEST - DIAGNOSTIC IMAGING",
           "Submitted via fax", footer_note="Form PA-DI-3  |  Provider copy", base_font="DJ", size=9)
d.form([
    ["PATIENT", "", "", "", "", ""],
    ["Last name", "QUINTERO-BAIRD", "First", "RENATA", "MI", "L"],
    ["DOB", "09/02/1981", "Sex", "F", "Member #", "OHM 5502178834"],
    ["Plan", "Buckeye Select HMO", "", "", "Group", "40771"],
    ["REQUESTING / ORDERING PHYSICIAN", "", "", "", "", ""],
    ["Name", "Daniel Oyelaran-Fitch, MD", "", "", "Specialty", "Neurosurgery"],
    ["NPI", "1730418862", "Phone", "(614) 555-0190", "Fax", "(614) 555-0199"],
    ["SERVICE", "", "", "", "", ""],
    ["CPT", "76390", "Descr.", "MR spectroscopy - brain (multivoxel CSI), Hillcrest protocol", "", ""],
    ["ICD-10", "R90.0, G93.6", "Descr.", "Intracranial space-occupying lesion on imaging; cerebral edema", "", ""],
    ["Site", "Hillcrest University Hospital MRI - 3T wide bore", "", "", "Req. DOS", "03/02/2026"],
], col_widths=[0.95 * inch, 1.75 * inch, 0.6 * inch, 1.9 * inch, 0.8 * inch, 1.0 * inch],
   spans=[((0, 0), (5, 0)), ((0, 4), (5, 4)), ((0, 7), (5, 7)), ((1, 3), (3, 3)), ((1, 5), (3, 5)),
          ((3, 8), (5, 8)), ((3, 9), (5, 9)), ((1, 10), (3, 10))],
   header_rows=[0, 4, 7])
d.sp(8)
d.form([
    ["CLINICAL QUESTIONS", "", ""],
    ["Is this a repeat of a study already performed?", X + " Yes   " + O + " No", "If yes, date/site: 2/3/26, Mercy Valley Med Ctr (outside)"],
    ["Reason for repeat", "", "Outside MRS nondiagnostic - motion / lipid contamination. Want study w/ our CSI protocol before OR."],
    ["Prior MRS within last 3 months?", O + " Yes   " + O + " No", ""],
    ["New or worsening symptoms since last study?", O + " Yes   " + X + " No", "HA improved on dex, exam stable"],
    ["Treatment since last study?", O + " Yes   " + X + " No", "Dex unchanged since 2/2. No abx (held per ID). No surgery yet."],
    ["Conventional MRI/CT result", "", "MRI 2/3/26: ring-enhancing R parietal lesion, abscess vs necrotic tumor, DWI indeterminate"],
    ["Claustrophobia / needs sedation?", X + " Yes   " + O + " No", "Lorazepam 1 mg PO premed; wide-bore"],
    ["Pregnancy?", O + " Yes   " + X + " No", "serum hCG neg 2/2/26"],
    ["Renal insufficiency / contrast allergy?", O + " Yes   " + X + " No", "Cr 0.74"],
    ["ATTESTATION", "", ""],
    ["Signature: <i>D. Oyelaran-Fitch, MD</i>", "", "Date: 2-24-26"],
], col_widths=[2.3 * inch, 1.25 * inch, 3.45 * inch],
   spans=[((0, 0), (2, 0)), ((0, 10), (2, 10)), ((0, 11), (1, 11))], header_rows=[0, 10],
   shade_rows=[])
d.sp(6)
d.p("Date of request: 02/24/2026", "small")

# ------------------------------------------------------------------ 3 outside MRI/MRS (p2 = scan)
d = pk.doc("03_outside_MRI_MRS_report_Mercy_2026-02-03.pdf", "MERCY VALLEY MEDICAL CENTER - IMAGING SERVICES",
           "OUTSIDE RECORD - received 02/19/2026", footer_note="Mercy Valley Medical Center, 1400 Valley Pkwy, Zanesville OH",
           size=9.5)
d.kv([("Patient", "QUINTERO-BAIRD, RENATA       DOB 09/02/1981       F"),
      ("MRN / Acc", "MV-2290134 / MR26-02-03-0177"),
      ("Exam", "MRI BRAIN W/ AND W/O CONTRAST WITH SINGLE VOXEL MR SPECTROSCOPY  (70553, 76390)"),
      ("Exam date", "02/03/2026 10:15   (inpatient)"),
      ("Ordering", "Kavita Deshmukh, MD (hospitalist)"),
      ("Radiologist", "Brian T. Aldana, MD")])
d.section("CLINICAL HISTORY", """44 y/o F w/ 2 wks progressively worsening HA and intermittent L hand numbness. CT head
2/2/26 w/ R parietal hypodense lesion and edema. Dental extraction 12/2025. Eval for abscess vs mass.""")
d.section("COMPARISON", "CT head w/o contrast 02/02/2026.")
d.section("TECHNIQUE", """1.5T. Sagittal T1, axial T2, FLAIR, DWI/ADC, GRE, axial and coronal T1 pre and post 7 mL
gadoterate. Single-voxel PRESS spectroscopy (TE 35 and TE 144) attempted, voxel 2.0 x 2.0 x 2.0 cm
centered on the lesion.""")
d.section("FINDINGS", """Solitary ring-enhancing lesion in the right parietal subcortical white matter measuring 2.6 x 2.3 x
2.4 cm. The enhancing wall is predominantly smooth and thin laterally but is mildly thickened and
nodular along the medial aspect (up to 5 mm). A T2-hypointense rim is present only along the lateral
wall (partial). Central T2 hyperintensity.

DWI: the central cavity shows heterogeneous DWI hyperintensity with ADC values approximately
0.9-1.2 x 10^-3 mm2/s - intermediate; not the uniform marked restriction typical of pyogenic abscess, but
not excluding it (partially treated or early capsule stage). No daughter/satellite lesions. No
ventricular debris or ependymal enhancement to suggest ventriculitis. No leptomeningeal enhancement.

Moderate surrounding vasogenic edema with effacement of adjacent sulci; no midline shift. No
hydrocephalus. GRE: no hemorrhage. No additional lesions. Dural venous sinuses patent on
post-contrast images. Paranasal sinuses and mastoids clear.""")
d.p("<i>(continued on next page)</i>", "small")


def scan_maker(g, total):
    path = os.path.join(BUILD, "b47_scan_page.jpg")
    banner = "%s  FROM: %s %s  TO: COHERE HEALTH UM INTAKE 1-857-555-0142  P.%03d/%03d" % (
        FAX_DT, FAX_FROM, FAX_NAME, g, total)
    lines = [
        "##MERCY VALLEY MEDICAL CENTER - IMAGING SERVICES",
        "QUINTERO-BAIRD, RENATA   DOB 09/02/1981   MRN MV-2290134   Acc MR26-02-03-0177",
        "--",
        "MR SPECTROSCOPY (continued)",
        "Single voxel PRESS, TE 35 and TE 144. Acquisition was severely degraded by patient motion "
        "(patient became anxious/claustrophobic in the bore and the exam was shortened) and by lipid "
        "contamination from the adjacent calvarium and scalp owing to the peripheral location. "
        "Linewidth was broad (poor shim). No reliable choline, creatine, NAA, lactate, amino acid "
        "(0.9 ppm), acetate or succinate peaks can be identified.",
        "The spectroscopy is NONDIAGNOSTIC and does not help discriminate abscess from neoplasm.",
        "",
        "##IMPRESSION:",
        "1. Solitary 2.6 cm ring-enhancing right parietal lesion with vasogenic edema. Differential "
        "includes pyogenic abscess versus necrotic neoplasm (high-grade glioma or solitary metastasis). "
        "Diffusion characteristics are indeterminate; the mildly nodular medial wall raises concern "
        "for neoplasm, while the partial T2-hypointense rim and recent dental procedure favor abscess.",
        "2. MR spectroscopy nondiagnostic due to motion and lipid contamination. Repeat spectroscopy "
        "may be considered if clinically indicated; tissue sampling likely necessary.",
        "3. No hydrocephalus, herniation or hemorrhage.",
        "",
        "Critical result communicated to Dr. Deshmukh 02/03/2026 11:40.",
        "",
        "Dictated by: Brian T. Aldana, MD",
        "Electronically signed 02/03/2026 11:52",
        "",
        "--",
        "Page 2 of 2                                      OUTSIDE RECORD - received 02/19/2026",
    ]
    render_scan(lines, path, banner, seed=47 + g)
    return path


d.image_page(scan_maker)

# ------------------------------------------------------------------ 4 discharge summary
d = pk.doc("04_Mercy_discharge_summary_2026-02-05.pdf", "MERCY VALLEY MEDICAL CENTER - HOSPITAL MEDICINE",
           "OUTSIDE RECORD - received 02/19/2026", footer_note="Discharge Summary | MV-2290134", size=9.5)
d.kv([("Patient", "Quintero-Baird, Renata L.  44 y/o F"),
      ("Admit / Discharge", "2/2/2026  -  2/5/2026"),
      ("Attending", "Kavita Deshmukh, MD"),
      ("Consults", "Neurosurgery (Dr. R. Pham), Infectious Diseases (Dr. A. Lindgren)"),
      ("Discharge dx", "R parietal ring-enhancing lesion - abscess vs neoplasm, undetermined; vasogenic edema")])
d.section("HISTORY OF PRESENT ILLNESS", """44 y/o F w/ metabolic syndrome (T2DM, HTN, obesity) presented to ED 2/2/26 w/ ~2 weeks of
progressively worsening headaches, worse in AM, and intermittent numbness/tingling of the L hand.
No fever. Underwent extraction of an abscessed lower molar (#30) on 12/18/2025 and completed a 7-day
course of amoxicillin in Dec 2025. CT head in ED showed a R parietal hypodense lesion w/ edema.""")
d.section("HOSPITAL COURSE", """Neuro: Dexamethasone 10 mg IV x1 in ED then 4 mg PO BID with rapid improvement of HA. No
seizures; no AED started (no seizure hx apart from a febrile seizure as a toddler). MRI 2/3 w/ 2.6 cm
ring-enhancing R parietal lesion, DDx abscess vs necrotic tumor; SV-MRS attempted but nondiagnostic
(motion - pt claustrophobic, exam cut short).

ID: Afebrile throughout (Tmax 37.3). WBC 10.8 on arrival (pre-steroid), CRP 1.9 mg/dL, ESR 28. Blood
cx x2 no growth (final). HIV neg. Toxoplasma IgG neg. TTE: no vegetations, no PFO on bubble study. ID
recommended HOLDING empiric antibiotics until aspirate/tissue obtained, as pt stable and nonfocal
except mild sensory sx, to maximize culture yield. If aspirate purulent: vanc + ceftriaxone +
metronidazole, 6-8 wks.

Onc w/u: CT chest/abd/pelvis w/ contrast 2/4 - no evidence of primary malignancy, no adenopathy.
Mammogram 11/2025 BI-RADS 1.

Neurosurgery recommended stereotactic biopsy/aspiration during admission. After discussion pt declined
inpatient procedure and requested a second opinion at Hillcrest University; she understands the risk of
delay, incl. abscess rupture/ventriculitis, and was given strict return precautions.""")
d.section("PERTINENT RESULTS", """Serum hCG negative (2/2). BMP: Cr 0.74, eGFR &gt;90. A1c 7.4%. Glucose up to 260 on dex - home
metformin continued, diet counseling, PCP to follow.""")
d.section("DISCHARGE MEDICATIONS", """Dexamethasone 4 mg PO BID (started 2/2 - continue until NSGY f/u, do not taper w/o NSGY input);
famotidine 20 mg BID (started w/ dex 2/2); metformin 1000 mg BID; lisinopril 10 mg daily;
acetaminophen PRN.""")
d.section("FOLLOW-UP", """Hillcrest University Neurosurgery - 2nd opinion, appt 2/20/26. PCP 1 wk. Return to ED for fever,
worsening HA, vomiting, confusion, new weakness or seizure.""")
d.signature(["Kavita Deshmukh, MD - Hospital Medicine", "Dictated 02/05/2026 15:10, signed 02/05/2026 18:44"])

# ------------------------------------------------------------------ 5 NSGY clinic note (two columns)
d = pk.doc("05_Hillcrest_NSGY_clinic_note_2026-02-20.pdf", "HILLCREST UNIV HOSP - NEUROSURGERY",
           PTHDR, footer_note="Outpatient note | D. Oyelaran-Fitch MD | Encounter 20-Feb-2026",
           size=9.3, first="two")
d.kv([("DOS", "20 February 2026"), ("Type", "New pt - 2nd opinion"), ("Attending", "D. Oyelaran-Fitch, MD"),
      ("PCP", "Leah Sorensen, DO")], col_widths=(0.9 * inch, 2.4 * inch))
d.section("CC", "R parietal ring-enhancing lesion, second opinion re: bx vs aspiration.")
d.section("HPI", """Ms. Quintero-Baird is a 44 y/o RH woman referred from Mercy Valley for a 2.6 cm R parietal
ring-enhancing lesion found 2/2/26 after ~2 wks of worsening HA and intermittent L hand paresthesias.
Outside MRI (2/3/26) read as abscess vs necrotic neoplasm; DWI indeterminate; outside SV-MRS ~2.5 wks ago
nondiagnostic - pt panicked in the scanner and the study was cut short. Declined bx at Mercy, here for
2nd opinion.

Since discharge she reports hedaches are much improved on dex 4 mg BID (1/10, occasional), L hand tingling
essentially resolved. No fevers, chills or night sweats. No N/V. No seizures. No new weakness, speech or
vision change. Dex dose unchanged since 2/2. No antibiotics have been started (per ID, held pending
aspirate). Glucose running 180s-220s on dex.""")
d.section("PMH", """Metabolic syndrome: T2DM (A1c 7.4), HTN, obesity (BMI 34). GERD.
Remote h/o simple febrile seizure age 2 - none since.
Dental extraction #30 12/18/25 (abscessed molar), amoxicillin x7d.
G2P2, IUD (Mirena) in place, LMP 2/12/26.""")
d.section("PSH", "C-section x2, lap chole 2016, dental extraction 12/2025.")
d.section("MEDS", """dexamethasone 4 mg BID, famotidine 20 mg BID, metformin 1000 mg BID, lisinopril 10 mg daily,
APAP PRN.""")
d.section("ALLERGIES", "PCN - childhood rash? (tolerated amoxicillin 12/2025). Iodinated contrast - none.")
d.section("FAMILY HX", """Mother - glioblastoma dx age 59, s/p resection + XRT/TMZ, d. age 61. Father - T2DM, MI at 70.
Sister - healthy. No FH of bleeding d/o.""")
d.section("SOCIAL", "School administrator. Never smoker. 1-2 glasses wine/wk. No IVDU. Married, 2 kids.")
d.section("ROS", """Neg for fever, chills, wt loss, neck stiffness, seizures, visual change, new weakness, gait
change. + claustrophobia (lifelong; had to stop the Mercy MRI). Otherwise negative x10 systems.""")
d.section("EXAM", """T 36.8, BP 132/86, HR 88, BMI 34.1. Cushingoid facies mild.
A&Ox4, language intact, no neglect. CN II-XII intact, no papilledema. Strength 5/5 x4, subtle L
pronator drift - unchanged from Mercy documentation 2/2. Sensation: mild graphesthesia deficit L hand,
stable per pt. Coordination intact. Gait normal.""")
d.section("IMAGING", """Personally reviewed Mercy MRI 2/3/26: agree w/ read. Lesion medial wall nodular; lateral wall thin
w/ partial T2-dark rim. Central ADC intermediate. Spectra from Mercy uninterpretable (motion, lipid).""")
d.section("A/P", """44 y/o F w/ solitary R parietal ring-enhancing lesion - pyogenic abscess (recent dental source) vs
necrotic HGG vs solitary met (CT C/A/P negative for primary). Clinicaly stable to improved on dex;
neuro exam unchanged; afebrile.

- Request repeat MRS at Hillcrest w/ our multivoxel CSI protocol at 3T (outside 1.5T SV study
  nondiagnostic d/t motion) to help plan: if spectra show amino acids/acetate/succinate -> c/w abscess ->
  stereotactic aspiration + start IV abx per ID. If Cho elevated / NAA depleted -> c/w neoplasm ->
  stereotactic bx targeting medial nodular wall +/- resection.
- Claustrophobia: lorazepam 1 mg PO 30 min pre-scan; wide-bore magnet; needs driver.
- Continue dex 4 mg BID, no change for now. PCP re: glucose.
- Will NOT start empiric abx (ID recs). Strict return precautions reviewed.
- Tentative OR date 3/5/26 pending MRS.

Discussed at length w/ pt and husband, who agree.""")
d.signature(["Daniel Oyelaran-Fitch, MD", "Neurological Surgery, Hillcrest University Hospital",
             "Signed 2/20/2026 16:05"])

# ------------------------------------------------------------------ 6 LMN
d = pk.doc("06_LMN_MR_spectroscopy.pdf", "HILLCREST UNIVERSITY HOSPITAL - DEPARTMENT OF NEUROLOGICAL SURGERY",
           "410 W. 10th Ave, Columbus OH 43210", footer_note="LMN - Quintero-Baird")
d.p("February 23, 2026")
d.p("To: Cohere Health Utilization Review<br/>Re: Renata L. Quintero-Baird (DOB 09/02/1981), Member # OHM 5502178834")
d.p("<b>Request: MR spectroscopy, brain - CPT 76390</b>")
d.p("""Dear Medical Director,

Ms. Quintero-Baird is a 44-year-old woman who presented to Mercy Valley Medical Center on 02/02/2026
with 2 weeks of progressively worsening headaches and intermittent left hand numbness. MRI of the brain
on 02/03/2026 demonstrated a solitary 2.6 cm ring-enhancing lesion of the right parietal lobe. The
differential diagnosis is pyogenic brain abscess versus a necrotic neoplasm (high-grade glioma or
solitary metastasis), and diffusion imaging was indeterminate. Staging CT of the chest, abdomen and
pelvis was negative for a primary malignancy.

Single-voxel MR spectroscopy was attempted at Mercy Valley on the same day (02/03/2026) but was
nondiagnostic because of patient motion and lipid contamination. I am requesting a repeat MR
spectroscopy at our institution using our 3T multivoxel protocol with anxiolytic premedication. The
spectral pattern (amino acids, acetate and succinate in abscess versus elevated choline in tumor) will
determine whether we proceed with stereotactic aspiration and intravenous antibiotics or with
stereotactic biopsy of the nodular medial wall.

Since her discharge on 02/05/2026 her headaches have improved on dexamethasone (unchanged dose) and her
neurological examination is unchanged. No antibiotic therapy or surgical intervention has been
undertaken since the outside study.

Thank you for your consideration.""")
d.signature(["Daniel Oyelaran-Fitch, MD, FAANS", "Associate Professor, Neurological Surgery",
             "NPI 1730418862", "02/23/2026"])

n = pk.build()
assert n == TOTAL_PAGES, n
print(CASE, "pages:", n)
