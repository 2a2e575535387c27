import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from b35_faxlib import *
from reportlab.lib.units import inch

OUT = "/tmp/blind4/b35_fax_metastasis_vs_abscess_ring_enhancing"
os.makedirs(OUT, exist_ok=True)
BAN = "FEB-18-2026 08:14  FROM: LAKESHORE NEUROSURG  (312)555-0148  TO: 18885550199  P.{p:03d}/{t:03d}"
FAXTOTAL = 7
NSHDR = "LAKESHORE NEUROSURGICAL ASSOCIATES  |  DELACRUZ, MANUEL A  |  DOB 02/19/1964  |  MRN LN-0048291"
fw = 7.1 * inch

# ---------------------------------------------------------------- 01 fax cover
p = Packet(f"{OUT}/01_fax_cover.pdf", BAN, offset=0, fax_total=FAXTOTAL)
fl = [P("LAKESHORE NEUROSURGICAL ASSOCIATES, S.C.", "h1"),
      P("2250 N. Lakeview Ave, Suite 400  ·  Chicago, IL 60614  ·  Tel (312) 555-0140  ·  Fax (312) 555-0148", "small"),
      Spacer(1, 14), P("F A X", "center"), Spacer(1, 10),
      form_table([
          [hdr("TRANSMITTAL"), "", "", ""],
          ["<b>To:</b>", "Cohere Health - Utilization Management / Imaging", "<b>Fax:</b>", "(888) 555-0199"],
          ["<b>From:</b>", "Dana Kessler, surgical scheduler for Dr. P. Raman", "<b>Phone:</b>", "(312) 555-0143"],
          ["<b>Date:</b>", "02/18/2026", "<b>Pages:</b>", "7 (incl. cover)"],
          ["<b>RE:</b>", "PRIOR AUTH - MR SPECTROSCOPY BRAIN (CPT 76390) - DELACRUZ, MANUEL A - DOB 02/19/1964", "", ""],
          ["<b>Priority:</b>", f"{X} Urgent / expedited    {O} For review    {O} Please comment    {O} Please reply", "", ""],
      ], [0.9 * inch, 3.6 * inch, 0.8 * inch, 1.8 * inch],
          spans=[((0, 0), (3, 0)), ((1, 4), (3, 4)), ((1, 5), (3, 5))],
          shade_cells=[((0, 1), (0, 5)), ((2, 1), (2, 3))], header_rows=[0]),
      Spacer(1, 12), P("<b>Comments:</b>", "body"),
      *paras("""Attached: PA request form, CT head 2/3, MRI brain 2/9, neurosurgery consult 2/12, letter of medical necessity.
Pt is scheduled at Northshore Imaging on 02/24/26 - surgical planning is on hold pending MRS, please expedite.
Call Dana at x143 w/ any questions. Thank you!"""),
      Spacer(1, 120),
      P("CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and confidential "
        "under HIPAA (45 CFR Parts 160 and 164). It is intended only for the use of the addressee. If you have received "
        "this fax in error, please notify the sender immediately at (312) 555-0140 and destroy all copies. Redisclosure "
        "is prohibited.", "small")]
p.add_doc(fl, "LAKESHORE NEUROSURGICAL ASSOCIATES  |  FAX COVER SHEET", "Fax cover")
p.build()

# ---------------------------------------------------------------- 02 PA request form
p = Packet(f"{OUT}/02_prior_auth_request.pdf", BAN, offset=1, fax_total=FAXTOTAL)
cw = [1.45 * inch, 2.2 * inch, 1.2 * inch, 2.25 * inch]
rows = [
    [hdr("SECTION 1 - MEMBER INFORMATION"), "", "", ""],
    ["Member name", "DELACRUZ, MANUEL A", "Date of birth", "02/19/1964"],
    ["Member ID", "CHX448120973", "Sex", f"{O} F   {X} M"],
    ["Health plan", "Cohere-managed commercial PPO", "Member phone", "(773) 555-0192"],
    [hdr("SECTION 2 - ORDERING PROVIDER"), "", "", ""],
    ["Ordering provider", "Priya Raman, MD - Neurosurgery", "NPI", "1548302967"],
    ["Practice / address", "Lakeshore Neurosurgical Associates, 2250 N. Lakeview Ave Ste 400, Chicago IL 60614", "Phone / Fax", "(312) 555-0140 / (312) 555-0148"],
    [hdr("SECTION 3 - RENDERING FACILITY"), "", "", ""],
    ["Facility", "Northshore Imaging Center (3T)", "NPI / TIN", "1902211846 / 36-4412098"],
    [hdr("SECTION 4 - SERVICE REQUESTED"), "", "", ""],
    ["<b>CPT / HCPCS</b>", "<b>Description</b>", "<b>Units</b>", "<b>Body region / laterality</b>"],
    ["76390", "Magnetic resonance spectroscopy", "1", "Brain - L posterior frontal lesion"],
    ["Request type", f"{X} Initial   {O} Repeat   {O} Extension", "Urgency", f"{O} Standard   {X} Expedited"],
    ["Requested DOS", "02/24/2026", "Setting", f"{X} Outpatient   {O} Inpatient"],
    ["ICD-10-CM", "R90.0  Intracranial space-occupying lesion found on diagnostic imaging of CNS<br/>"
                  "C34.12  Malignant neoplasm of upper lobe, left bronchus or lung<br/>R56.9  Unspecified convulsions", "", ""],
    [hdr("SECTION 5 - CLINICAL INFORMATION"), "", "", ""],
    ["Prior conventional imaging (type / date)", "MRI brain w/wo contrast 02/09/2026; CT head w/o 02/03/2026", "", ""],
    ["Conventional imaging inconclusive?", f"{X} Yes   {O} No", "", ""],
    ["Clinical indication (check all that apply)",
     f"{O} Glioma grading (high vs low grade)<br/>{O} Tumor recurrence vs radiation necrosis<br/>"
     f"{X} Intra-axial brain tumor / metastatic disease<br/>{O} Post-treatment surveillance, known brain tumor<br/>"
     f"{O} Neonatal hypoxic-ischemic encephalopathy<br/>{O} Metabolic / mitochondrial disorder<br/>"
     f"{O} Leukodystrophy / inherited metabolic disorder<br/>{X} Other: r/o brain abscess", "", ""],
    ["Prior MR spectroscopy of this region?", f"{O} Yes   {X} No      Date of prior MRS: ____________", "", ""],
    ["Claustrophobia requiring sedation", f"{O} Yes   {X} No", "Pregnant", f"{O} Yes   {O} No   {X} N/A"],
    ["Renal insufficiency / gadolinium contraindication", f"{O} Yes   {X} No     eGFR: 71 (02/10/26)", "Contrast allergy", f"{O} Yes   {X} No"],
    [hdr("SECTION 6 - ATTESTATION"), "", "", ""],
    ["Ordering provider signature", "/s/ Priya Raman, MD (electronically signed)", "Date of request", "02/17/2026"],
]
spans = [((0, r), (3, r)) for r in (0, 4, 7, 9, 15, 22)] + \
        [((1, r), (3, r)) for r in (14, 16, 17, 18, 19)]
shade = [((0, r), (0, r)) for r in (1, 2, 3, 5, 6, 8, 12, 13, 14, 16, 17, 18, 19, 20, 21, 23)] + \
        [((2, r), (2, r)) for r in (1, 2, 3, 5, 6, 8, 12, 13, 20, 21, 23)] + [((0, 10), (3, 10))]
fl = [P("OUTPATIENT ADVANCED IMAGING - PRIOR AUTHORIZATION REQUEST", "h1"),
      P("Submit to Cohere Health UM  ·  fax (888) 555-0199  ·  incomplete forms will be returned", "small"), Spacer(1, 6),
      form_table(rows, cw, spans=spans, shade_cells=shade, header_rows=[0, 4, 7, 9, 15, 22]),
      Spacer(1, 6),
      P("By signing I attest that the information above is accurate and supported by the attached clinical documentation.", "small")]
p.add_doc(fl, "COHERE HEALTH  |  IMAGING PRIOR AUTHORIZATION REQUEST  |  Form IMG-PA-04 (rev 07/2025)", "Form IMG-PA-04")
p.build()

# ---------------------------------------------------------------- 03 CT head (ED)
p = Packet(f"{OUT}/03_CT_head_2026-02-03.pdf", BAN, offset=2, fax_total=FAXTOTAL)
fl = [P("ST. ANSELM MEDICAL CENTER - DEPARTMENT OF RADIOLOGY", "h1"),
      form_table([["Patient", "DELACRUZ, MANUEL A", "MRN", "SA-3390187"],
                  ["DOB", "02/19/1964 (61 y)", "Acct", "E26-034415"],
                  ["Exam", "CT HEAD WITHOUT CONTRAST (CPT 70450)", "Date of service", "02/03/2026 21:47"],
                  ["Ordering", "Kevin O'Neill, MD - Emergency Dept", "Location", "ED Bay 14"]],
                 [0.9 * inch, 3.0 * inch, 1.1 * inch, 2.1 * inch],
                 shade_cells=[((0, 0), (0, 3)), ((2, 0), (2, 3))]),
      Spacer(1, 6),
      P("HISTORY:", "monoh"), P("61 y/o M w/ first-time witnessed generalized seizure at home, postictal on arrival. H/o lung ca.", "mono"),
      P("COMPARISON:", "monoh"), P("None available.", "mono"),
      P("TECHNIQUE:", "monoh"), P("Axial noncontrast CT of the head at 5 mm with coronal and sagittal reformats. Automated exposure control / dose reduction technique used.", "mono"),
      P("FINDINGS:", "monoh"),
      P("No acute intracranial hemmorhage. No extra-axial collection. Gray-white matter differentiation is preserved. "
        "Ventricles and sulci are appropriate for age. No midline shift or mass effect. Mild patchy periventricular white "
        "matter hypoattenuation, nonspecific, most likely chronic small vessel ischemic change. Basal cisterns patent. "
        "Visualized paranasal sinuses and mastoid air cells are clear. Calvarium intact.", "mono"),
      P("IMPRESSION:", "monoh"),
      P("1. No acute intracranial abnormality.<br/>2. No CT evidence of mass, hemorrhage or territorial infarct.<br/>"
        "3. Noncontrast CT is insensitive for small metastases; if clinical concern persists, MRI brain w/wo contrast is recommended.", "mono"),
      Spacer(1, 10),
      P("Electronically signed by: Laura Feinberg, MD on 02/03/2026 22:15", "mono"),
      P("Preliminary read communicated to Dr. O'Neill (ED) at 22:05.", "mono")]
p.add_doc(fl, "ST. ANSELM MEDICAL CENTER  |  RADIOLOGY REPORT  |  DELACRUZ, MANUEL A  |  MRN SA-3390187", "Printed 02/16/2026 10:02 by HIM-ROI")
p.build()

# ---------------------------------------------------------------- 04 MRI brain
p = Packet(f"{OUT}/04_MRI_brain_2026-02-09.pdf", BAN, offset=3, fax_total=FAXTOTAL)
fl = [P("NORTHSHORE IMAGING CENTER - NEURORADIOLOGY", "h1"),
      form_table([["Patient", "DELACRUZ, MANUEL", "MRN", "NIC-7720415"],
                  ["DOB", "2/19/1964", "Accession", "NIC26-0209-0388"],
                  ["Exam", "MRI BRAIN WITHOUT AND WITH CONTRAST  (CPT 70553)", "Exam date", "2/9/2026"],
                  ["Ordering", "Anita Kowalczyk, MD - Hematology/Oncology", "Reading", "Marcus Oyelaran, MD"]],
                 [0.9 * inch, 3.2 * inch, 0.9 * inch, 2.1 * inch],
                 shade_cells=[((0, 0), (0, 3)), ((2, 0), (2, 3))]),
      Spacer(1, 6),
      P("HISTORY:", "monoh"),
      P("61M, h/o LUL adenocarcinoma s/p chemoXRT and durvalumab. New-onset seizure 2/3/26, CT head neg. Eval for metastasis.", "mono"),
      P("COMPARISON:", "monoh"), P("CT head 02/03/2026. MRI brain w/wo 11/14/2025 (staging).", "mono"),
      P("TECHNIQUE:", "monoh"),
      P("Multiplanar multisequence MRI of the brain at 3T before and after IV administration of 7 mL gadobutrol: sagittal T1, "
        "axial T2, axial FLAIR, DWI/ADC, SWI, post-contrast 3D T1 MPRAGE with multiplanar reformats. No MR spectroscopy or "
        "perfusion imaging was performed on this exam.", "mono"),
      P("FINDINGS:", "monoh"),
      P("There is a 2.1 x 1.8 x 1.9 cm peripherally enhancing lesion centered at the gray-white junction of the left posterior "
        "frontal lobe (precentral gyrus) with a thin, smooth enhancing rim measuring up to 2 mm and a central nonenhancing "
        "component. Moderate surrounding vasogenic edema with mild local sulcal effacement; no midline shift.", "mono"),
      P("On DWI the central component shows heterogeneous, only partially restricted diffusion (ADC approx 0.8-1.1 x 10^-3 "
        "mm2/s) - less uniform than is typical of pyogenic abscess, but more restriction than expected for a necrotic "
        "metastasis. On SWI there is an incomplete hypointense rim; a definite dual rim sign is not identified. No "
        "intralesional hemorrhage.", "mono"),
      P("No additional enhancing lesions on thin-section post-contrast imaging. No leptomeningeal or dural enhancement. "
        "Ventricles normal in size; no hydrocephalus and no ependymal enhancement to suggest ventriculitis. Paranasal sinuses "
        "and mastoids clear; no contiguous source of infection identified. Normal major intracranial flow voids.", "mono"),
      P("Compared with 11/14/2025 the lesion is new; the prior study showed no enhancing lesion in this location.", "mono"),
      P("IMPRESSION:", "monoh"),
      P("1. New solitary 2.1 cm ring-enhancing lesion in the L posterior frontal lobe with moderate vasogenic edema. Imaging "
        "features are indeterminate: solitary metastasis (given h/o lung adenocarcinoma) versus pyogenic abscess. The "
        "partial central diffusion restriction is nondiagnostic.", "mono"),
      P("2. No evidence of leptomeningeal disease, hydrocephalus or additional lesions.", "mono"),
      P("3. Recommend MR spectroscopy (and/or perfusion) for further characterization, correlation with inflammatory "
        "markers, and neurosurgical consultation. Findings discussed by phone with Dr. Kowalczyk 2/9/26 16:30.", "mono"),
      Spacer(1, 10),
      P("Electronically signed: Marcus Oyelaran, MD, Neuroradiology - 02/09/2026 16:40", "mono")]
p.add_doc(fl, "NORTHSHORE IMAGING CENTER  |  FINAL REPORT  |  DELACRUZ, MANUEL  |  ACC NIC26-0209-0388", "Northshore Imaging Center · 1440 Green Bay Rd, Evanston IL")
p.build()

# ---------------------------------------------------------------- 05 neurosurgery consult (two columns)
p = Packet(f"{OUT}/05_neurosurgery_consult_2026-02-12.pdf", BAN, offset=4, fax_total=FAXTOTAL)
top = [P("NEUROSURGERY - NEW PATIENT CONSULTATION", "h1"),
       form_table([["Patient", "DELACRUZ, Manuel A.", "DOB / Age", "2/19/1964  ·  61 y"],
                   ["Date of service", "Feb 12, 2026", "Provider", "Priya Raman, MD"],
                   ["Referring", "Anita Kowalczyk, MD (Heme/Onc)", "Visit type", "New pt, in person"]],
                  [1.1 * inch, 2.4 * inch, 1.0 * inch, 2.6 * inch],
                  shade_cells=[((0, 0), (0, 2)), ((2, 0), (2, 2))])]
cols = []
def sec(t, body):
    cols.append(P(t, "h2"))
    cols.extend(paras(body))
sec("CHIEF COMPLAINT", "New L frontal ring-enhancing lesion; seizure.")
sec("HPI", """Mr. Delacruz is a 61 y/o RH man w/ h/o stage IIIA (cT2bN2M0) adenocarcinoma of the LUL, EGFR/ALK neg, PD-L1 40%, dx 03/2024, s/p concurrent chemoXRT (carboplatin/pemetrexed + 60 Gy to the chest) completed 07/2024, then durvalumab consolidation x 12 mo, completed 08/2025. Restaging PET-CT 11/2025 NED; staging MRI brain 11/14/25 was neg for intracranial mets.

On 2/3/26 he had a first-time witnessed GTC seizure at home (per wife) and was taken to St. Anselm ED. CT head was neg for an acute process. Loaded w/ levetiracetam, d/c'd on 500 mg BID. MRI 2/9 showed a new 2.1 cm ring-enhancing L posterior frontal lesion (report attached).

Since the ED visit he has had 2 brief episodes of R hand tingling and clumsiness (~2 min each, last one 2 days ago), and his wife notes mild word-finding difficulty over the past wk. Denies headache, N/V, vision change. Denies fevers, chills or night sweats. Of note he had a L lower molar extraction for a periapical abscess ~5 wks ago (early Jan), treated w/ amoxicillin x 7 d by his dentist.""")
sec("PMH", """- NSCLC as above
- T2DM, A1c 7.9% (1/2026), on metformin
- HTN; hyperlipidemia / metabolic syndrome
- Radiation pneumonitis 2024, resolved
- No prior h/o brain metastases; no prior cranial irradiation or SRS""")
sec("PSH", "EBUS 2024; port placement 2024 (removed 10/2025); dental extraction 01/2026.")
sec("MEDICATIONS", "levetiracetam 500 mg BID · metformin 1000 mg BID · lisinopril 20 mg daily · atorvastatin 40 mg daily")
sec("ALLERGIES", "NKDA. No h/o contrast reaction.")
sec("FAMILY HISTORY", """Mother - glioblastoma (GBM), dx age 66, deceased 2009.
Father - CAD, MI at 70.
Sister - breast ca, living.
No family h/o seizures.""")
sec("SOCIAL HISTORY", "Married, retired electrician. Former smoker, 40 pk-yr, quit 03/2024. Occasional EtOH. No IVDU.")
sec("ROS", """Constitutional: negative for fever, chills, weight loss.
HEENT: neg for sinus pain, otalgia, dental pain currently.
CV: neg for chest pain, palpitations.
Resp: chronic mild DOE, unchanged.
Neuro: + seizure, + R hand paresthesias, + word-finding difficulty; neg for headache, vision loss.
All other systems reviewed and negative.""")
sec("EXAM", """T 98.4 F, BP 138/82, HR 78, SpO2 97% RA.
Alert, oriented x3. Speech fluent w/ mild word-finding pauses, naming 9/10. CN II-XII intact. Subtle R pronator drift. Strength 5/5 except R grip and finger ext 4+/5. Sensation intact to LT/PP. DTR 2+ sym, toes downgoing. Gait nl, Romberg neg. Dentition: healing L lower extraction socket, no purulence or swelling.""")
sec("DATA", """Labs 02/10/2026: WBC 8.1, ANC 5.6, CRP 6 mg/L (ref <10), ESR 22, procalcitonin <0.05. Blood cx x2 (2/10): no growth at 48 h. Cr 1.05, eGFR 71.
TTE 2/11/26: EF 60%, negative for vegetations.
Imaging personally reviewed, as above.""")
sec("ASSESSMENT AND PLAN", """61M w/ h/o treated stage III NSCLC, now w/ a new solitary ring-enhancing L posterior frontal lesion abutting motor cortex, presenting w/ seizure and mild R hand weakness. Ddx: solitary brain metastasis vs pyogenic abscess (recent odontogenic infection, DM). Normal inflammatory markers and neg cultures do not exclude abscess. Conventional MRI is indeterminate and DWI only partially restricted.

1. MR spectroscopy (CPT 76390) of the lesion: abscess would be expected to show cytosolic amino acids (0.9 ppm), acetate and succinate; metastasis - elevated Cho w/ lipid-lactate and no amino acids. Result will direct management:
 - c/w abscess: stereotactic aspiration + culture, ID consult for IV abx (6-8 wk)
 - c/w metastasis: tumor board, SRS vs resection (eloquent location); restage body
2. If MRS is nondiagnostic, will proceed to stereotactic needle biopsy.
3. Holding dexamethasone for now (mild edema; avoid confounding tissue dx); start if sx progress.
4. Continue levetiracetam 500 mg BID. Seizure precautions; no driving (discussed).
5. Tolerated 2/9 MRI w/o sedation - no claustrophobia. MRS does not need gadolinium; no contraindication in any case (eGFR 71).

RTC after MRS, sooner if new sx. Pt and wife agree w/ plan.""")
cols.append(Spacer(1, 6))
cols.append(P("Priya Raman, MD - Neurosurgery<br/>e-signed 02/12/2026 17:52", "body"))
p.add_mixed(top, cols, None, NSHDR, "Lakeshore Neurosurgical Associates · Clinic note", top_h=1.3 * inch)
p.build()

# ---------------------------------------------------------------- 06 letter of medical necessity
p = Packet(f"{OUT}/06_letter_of_medical_necessity.pdf", BAN, offset=6, fax_total=FAXTOTAL)
fl = [P("LAKESHORE NEUROSURGICAL ASSOCIATES, S.C.", "h1"),
      P("2250 N. Lakeview Ave, Suite 400 · Chicago, IL 60614 · (312) 555-0140", "small"), Spacer(1, 14),
      P("17 February 2026", "serif"),
      P("Cohere Health - Utilization Management<br/>Attn: Imaging Review", "serif"),
      P("<b>RE:</b> Manuel A. Delacruz · DOB 02/19/1964 · Member ID CHX448120973<br/>"
        "<b>Request:</b> MR spectroscopy of the brain, CPT 76390", "serif"),
      P("Dear Reviewer,", "serif"),
      *paras("""I am writing to request authorization of MR spectroscopy of the brain for my patient Mr. Delacruz, a 61-year-old man with a history of stage IIIA lung adenocarcinoma treated with chemoradiation and durvalumab (completed 08/2025), who presented on 02/03/2026 with a first-time generalized seizure and now has mild right hand weakness and word-finding difficulty.

Contrast-enhanced MRI of the brain on 02/09/2026 demonstrates a new solitary 2.1 cm ring-enhancing lesion in the left posterior frontal lobe. The neuroradiologist reported the findings as indeterminate, solitary metastasis versus pyogenic abscess, with only partial diffusion restriction, and specifically recommended MR spectroscopy. He recently had an odontogenic infection, which keeps absess in the differential despite normal inflammatory markers.

The distinction changes management entirely: an abscess requires stereotactic aspiration and prolonged IV antibiotics, whereas a metastasis would be treated with radiosurgery or resection after tumor board review. Spectroscopy (amino acid, acetate and succinate peaks vs. elevated choline and lipid-lactate) can make this distinction noninvasively in an eloquent location and may avoid an unnecessary biopsy.

Mr. Delacruz has never had MR spectroscopy. His staging MRI in November 2025 showed no intracranial disease. He tolerates MRI without sedation and has normal renal function.

Thank you for your prompt review. Please contact my office with any questions.""", "serif"),
      Spacer(1, 8),
      P("Sincerely,<br/><br/>/s/ Priya Raman, MD<br/>Neurological Surgery · NPI 1548302967", "serif")]
p.add_doc(fl, "LAKESHORE NEUROSURGICAL ASSOCIATES  |  LETTER OF MEDICAL NECESSITY", "LNA-LMN rev 3")
p.build()
print("built b35")
