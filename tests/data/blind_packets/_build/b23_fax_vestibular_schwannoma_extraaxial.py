import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h1_faxlib import Doc, P, SP, build_fax, form_table, grid_table, inch  # noqa: E402

CASE = "b23_fax_vestibular_schwannoma_extraaxial"
OUT = "/tmp/blind2/%s" % CASE
os.makedirs(OUT, exist_ok=True)

PT_R = ["Patient: WHITCOMB, DENISE A", "DOB: 02/28/1982   Acct: GLE-771042"]
GLE = ["Great Lakes Ear & Skull Base Institute",
       "Otology / Neurotology - 500 Erie Commons Blvd, Ste 210, Dunmore, MI 48170",
       "Tel (555) 734-1900   Fax (555) 734-1911"]
GLI = ["Great Lakes Imaging Center",
       "510 Erie Commons Blvd, Dunmore, MI 48170   (555) 734-2600"]
SBM = ["St. Brendan Medical Center - Department of Radiology",
       "3100 Cass Ave, Dunmore, MI 48170"]
Y, N = "\u2612", "\u2610"   # ballot box with X / empty ballot box

# ====================================================================== fax 1 (02/27): cover + form
cover1 = Doc("cover1", GLE, ["FAX COVER"], "CONFIDENTIALITY NOTICE: protected health information enclosed.", [
    P("FAX", "title"),
    form_table([
        ("To", "Health plan UM / Prior Authorization"),
        ("Fax", "(555) 880-4100"),
        ("From", "Renee Kowalczyk, prior auth coordinator, for Alan R. Feldt, MD"),
        ("Date", "02/27/2026"),
        ("Pages", "2 (including cover)"),
        ("Re", "NEW request - MR spectroscopy - Whitcomb, Denise  DOB 02/28/1982"),
    ], col_widths=(1.2 * inch, 5.8 * inch)),
    SP(10),
    P("Request form attached. Clinicals (office note, MRI, letter) to follow. Pt scheduled 3/9 at Great Lakes "
      "Imaging. Please call Renee at x1927 with the reference #.", "sans"),
    SP(220),
    P("If you have received this transmission in error please notify us immediately by telephone and destroy "
      "all copies. Re-disclosure of this information is prohibited.", "small"),
])

form = Doc("form", ["PRIOR AUTHORIZATION REQUEST - ADVANCED IMAGING",
                    "Great Lakes Ear & Skull Base Institute  |  Fax to health plan UM (555) 880-4100"],
           PT_R, "GLE form PA-02 (2025)", [
    form_table([
        ("#section", "PATIENT INFORMATION"),
        ("Patient name", "WHITCOMB, DENISE A"),
        ("Date of birth", "02/28/1982"),
        ("Sex", "%s Male   %s Female" % (N, Y)),
        ("Member ID", "GLX 5520 7781 03"),
        ("#section", "REQUEST"),
        ("Date of request", "Feb 27, 2026"),
        ("Requested date of service", "03/09/2026"),
        ("Setting", "%s Outpatient   %s Inpatient" % (Y, N)),
        ("Priority", "%s Expedited   %s Standard" % (N, Y)),
        ("CPT code", "76390 - MR spectroscopy"),
        ("Region", "Brain - left cerebellopontine angle / IAC"),
        ("Performing facility", "Great Lakes Imaging Center, 3T"),
        ("ICD-10", "D33.3 Benign neoplasm of cranial nerves;  H90.42 SNHL, unilateral, left ear;  "
                   "H93.12 Tinnitus, left ear"),
        ("#section", "CLINICAL INDICATION (check all that apply)"),
        ("Indication",
         "%s Glioma grading (high vs low grade)<br/>%s Tumor recurrence vs radiation necrosis<br/>"
         "%s Intra-axial tumor / metastasis<br/>%s Post-treatment surveillance, known brain tumor<br/>"
         "%s Neonatal HIE<br/>%s Metabolic / mitochondrial disorder / leukodystrophy<br/>"
         "%s Other: characterize extra-axial L CPA mass (schwannoma vs meningioma)" % (N, N, N, N, N, N, Y)),
        ("Conventional imaging inconclusive?", "%s Yes   %s No    MRI brain/IAC 01/29/2026: VS vs meningioma" % (Y, N)),
        ("Prior MR spectroscopy?", "%s Yes   %s No" % (N, Y)),
        ("#section", "SAFETY SCREENING"),
        ("Claustrophobia", "%s Yes   %s No" % (N, N)),
        ("Pregnant", "%s Yes   %s No" % (N, Y)),
        ("Renal impairment", "%s Yes   %s No    CKD 3a, eGFR 52 (1/2026) - GBCA cleared by nephrology" % (Y, N)),
        ("Contrast allergy", "%s Yes   %s No" % (N, Y)),
        ("#section", "ORDERING PROVIDER"),
        ("Name / specialty", "Alan R. Feldt, MD - Otology/Neurotology"),
        ("NPI", "1205938846"),
        ("Phone / fax", "(555) 734-1900 / (555) 734-1911"),
        ("Signature", "A. Feldt MD                    Date signed: 2/27/26"),
    ], col_widths=(2.3 * inch, 4.7 * inch)),
])
build_fax(os.path.join(OUT, "01_PA_request_form_fax_2026-02-27.pdf"),
          "02/27/2026 15:12  FROM: GREAT LAKES EAR SKULL BASE 5557341911  TO: 5558804100  P. {p}/{n}",
          [cover1, form], seed=230)

# ====================================================================== fax 2 (03/03): clinicals
cover2 = Doc("cover2", GLE, ["FAX COVER"], "CONFIDENTIALITY NOTICE: protected health information enclosed.", [
    P("FAX", "title"),
    form_table([
        ("To", "Health plan UM - nurse reviewer (clinical review)"),
        ("Fax", "(555) 880-4100"),
        ("From", "Renee Kowalczyk for Alan R. Feldt, MD"),
        ("Date", "Mar 3, 2026"),
        ("Pages", "6 (including cover)"),
        ("Re", "ADDITIONAL CLINICALS - ref # CH-26-0227-4419 - Whitcomb, Denise  DOB 02/28/1982"),
    ], col_widths=(1.2 * inch, 5.8 * inch)),
    SP(10),
    P("Per your request of 3/2: letter of medical necessity, office note 2/24, MRI 1/29 and CT 11/20/25 are "
      "attached for the MR spectroscopy request submitted 2/27.", "sans"),
    SP(220),
    P("If you have received this transmission in error please notify us immediately by telephone and destroy "
      "all copies. Re-disclosure of this information is prohibited.", "small"),
])

lmn = Doc("lmn", GLE, PT_R, "Great Lakes Ear & Skull Base Institute - correspondence", [
    P("March 2, 2026"),
    SP(4),
    P("To: Medical Director, Utilization Management"),
    P("<b>RE: Denise A. Whitcomb, DOB 02/28/1982 - MR spectroscopy, brain (CPT 76390) - ref # CH-26-0227-4419</b>"),
    SP(4),
    P("Dear Doctor,"),
    P("I am writing in support of MR spectroscopy for Ms. Whitcomb, a 44-year-old woman with progressive left "
      "asymmetric sensorineural hearing loss and tinnitus. MRI of the brain and internal auditory canals on "
      "January 29, 2026 showed a 1.7 cm enhancing extra-axial mass in the left cerebellopontine angle with a "
      "short intracanalicular component. The radiologist could not distinguish a vestibular schwannoma from a "
      "meningioma."),
    P("The lesion is untreated. There has been no prior surgery or radiation, so there is no question of "
      "recurrence versus radiation necrosis. It is an extra-axial tumor and is not a glial neoplasm; the brain "
      "parenchyma itself is normal."),
    P("Your MR spectroscopy policy considers MRS appropriate for \"neoplastic conditions (including masses or "
      "mass-like conditions)\" when conventional imaging is inconclusive. Her MRI is inconclusive as to "
      "histology. Meningiomas characteristically show an alanine peak near 1.47 ppm and elevated "
      "glutamate/glutamine, whereas schwannomas show elevated myo-inositol without alanine. The distinction "
      "matters: a meningioma would lead us to recommend retrosigmoid resection including the dural attachment, "
      "while a small vestibular schwannoma would more likely be managed with radiosurgery or observation with "
      "serial MRI."),
    P("She has never had MR spectroscopy; this is not a repeat study. She has CKD stage 3a (eGFR 52); her "
      "nephrologist has cleared a group II gadolinium agent at standard dose. She is not pregnant."),
    P("Thank you for your consideration."),
    SP(8),
    P("Sincerely,"),
    SP(12),
    P("Alan R. Feldt, MD<br/>Otology / Neurotology and Lateral Skull Base Surgery<br/>NPI 1205938846"),
])

note = Doc("note", GLE, PT_R + ["Visit date: 02/24/2026"],
           "Office visit - A. Feldt MD - electronically signed 02/24/2026 17:05", [
    P("NEUROTOLOGY NEW PATIENT VISIT", "title"),
    P("<b>Date of visit:</b> 02/24/2026 &nbsp; <b>Provider:</b> Alan R. Feldt, MD &nbsp; <b>Referred by:</b> "
      "Grace Nkemelu, MD (PCP)", "sans"),
    P("CHIEF COMPLAINT", "h"),
    P("L hearing loss, L tinnitus."),
    P("HISTORY OF PRESENT ILLNESS", "h"),
    P("43 y/o F referred for asymmetric L SNHL. ~18 mo progressive L hearing loss w/ constant high-pitched L "
      "tinnitis. One episode of spinning vertigo in Nov lasting several hours - went to St. Brendan ED "
      "11/20/25, CT head 'negative' per ED (radiology read: post fossa limited). Since then mild unsteadiness "
      "in the dark, no further vertigo spells. Denies otalgia, otorrhea, fluctuating fullness. No facial "
      "numbness or weakness, no HA, no diplopia, no dysphagia/hoarseness. PCP ordered MRI brain/IAC 1/29/26 - "
      "L CPA mass, see below."),
    P("PAST MEDICAL HISTORY", "h"),
    P("CKD stage 3a (IgA nephropathy, renal bx 2019), followed by nephrology (Dr. Chao); eGFR 52 (01/2026). "
      "HTN. Remote h/o basal cell carcinoma L nasal ala s/p Mohs 2011 - annual derm skin-cancer surveillance, "
      "no recurrence. Migraine - none in years."),
    P("PAST SURGICAL HISTORY", "h"),
    P("Mohs surgery 2011. Bilateral tubal ligation 2016. T&amp;A as a child."),
    P("MEDICATIONS / ALLERGIES", "h"),
    P("lisinopril 20 mg daily, amlodipine 5 mg daily, fish oil. Allergies: sulfa (hives). No contrast "
      "allergy - had gadobutrol 1/29/26 w/o reaction."),
    P("FAMILY HISTORY", "h"),
    P("Father - glioblastoma, d. 2009 age 66. Sister - meningioma (convexity), resected 2020. Mother - HTN. "
      "No FH of NF2, no FH of early hearing loss."),
    P("SOCIAL HISTORY", "h"),
    P("Accountant. Married, 2 children. Never smoker. Occasional wine."),
    P("REVIEW OF SYSTEMS", "h"),
    P("Constitutional: neg. HEENT: + L hearing loss, + L tinnitus. Neuro: + mild imbalance; neg for facial "
      "weakness/numbness, headache, vision change. Psych: denies claustrophobia (completed closed-bore MRI "
      "w/o issue). All other systems reviewed and negative."),
    P("EXAM", "h"),
    P("BP 138/84. Otoscopy nl bilat. Weber lateralizes R; Rinne AC&gt;BC bilat. Facial nerve HB I/VI bilat. "
      "Facial sensation V1-V3 intact, corneal reflexes intact. No spontaneous nystagmus; head impulse test w/ "
      "catch-up saccade to the L. Romberg neg, tandem mildly unsteady. Lower CNs intact."),
    P("AUDIOGRAM 02/24/2026", "h"),
    grid_table([
        ["Ear", "PTA (dB HL)", "WRS", "Tymp", "Comment"],
        ["Right", "10", "100%", "A", "normal"],
        ["Left", "43", "68%", "A", "mild-moderate downsloping SNHL; AAO-HNS class B"],
    ], [0.8 * inch, 1.0 * inch, 0.8 * inch, 0.7 * inch, 3.7 * inch]),
    P("IMAGING", "h"),
    P("MRI brain/IAC w/wo 1/29/26 reviewed: 1.7 cm enhancing extra-axial L CPA lesion, 5 mm intracanalicular "
      "extension, broad petrous dural base, ? dural tail. Radiology: VS vs meningioma. Koos II-III."),
    P("ASSESSMENT AND PLAN", "h"),
    P("43F w/ L asymmetric SNHL + tinnitus and 1.7 cm L CPA extra-axial mass, vestibular schwannoma vs CPA "
      "meningioma. Serviceable hearing L."),
    P("1. L CPA mass - discussed wait-and-scan w/ serial MRI, SRS (Gamma Knife), and microsurgery "
      "(retrosigmoid for hearing preservation). Management differs by histology. Pt wants the best "
      "pre-treatment characterization before deciding. Will request MR spectroscopy (76390): meningiomas "
      "typically show alanine (~1.47 ppm) and high Glx; schwannomas high myo-inositol w/o alanine. If MRS favors "
      "meningioma, would recommend retrosigmoid resection w/ attempt at hearing preservation; if it favors VS, "
      "likely SRS vs wait-and-scan w/ MRI in 6 mo."),
    P("2. CKD 3a - d/w nephrology (Dr. Chao): OK for group II GBCA (gadobutrol) standard dose."),
    P("3. Not pregnant - s/p BTL 2016."),
    P("4. Hearing aid eval L; vestibular PT referral."),
    P("5. Present at skull base tumor board 3/12 after MRS. RTC after imaging."),
    SP(6),
    P("<i>Alan R. Feldt, MD - e-signed 02/24/2026 17:05</i>"),
])

mri = Doc("mri", GLI, PT_R + ["Acc: GLI-2601-88213"],
          "Great Lakes Imaging Center - FINAL REPORT - cc: G. Nkemelu MD; A. Feldt MD", image_lines=[
    ("title", "MRI BRAIN AND INTERNAL AUDITORY CANALS WITH AND WITHOUT CONTRAST"),
    ("b", "DATE OF EXAM: 01/29/2026     CPT: 70553 (brain/IAC protocol)     ORDERING: Grace Nkemelu, MD"),
    ("rule", ""),
    ("h", "HISTORY:"),
    ("p", "43 y/o F, left asymmetric sensorineural hearing loss and tinnitus. Evaluate for retrocochlear lesion. "
          "CT head 11/20/2025 limited in the posterior fossa."),
    ("h", "COMPARISON:"),
    ("p", "CT head without contrast 11/20/2025 (St. Brendan Medical Center)."),
    ("h", "TECHNIQUE:"),
    ("p", "3T. Whole-brain sagittal T1, axial T2, FLAIR, DWI, SWI; high-resolution 3D CISS through the IACs; "
          "pre- and post-contrast thin-section T1 with fat saturation and post-contrast 3D T1. 7 mL gadobutrol "
          "IV. eGFR 52 on 01/22/2026."),
    ("h", "FINDINGS:"),
    ("p", "CPA / IAC: 1.7 x 1.4 x 1.5 cm avidly enhancing extra-axial mass in the left cerebellopontine angle, "
          "extending about 5 mm into the porus acusticus; CSF is preserved at the fundus of the IAC. The mass has "
          "a broad base along the posterior petrous surface with an obtuse angle to the dura and a possible short "
          "dural tail. Heterogeneous T2 signal with small cystic foci. It contacts the left middle cerebellar "
          "peduncle without brainstem compression or edema. Right CPA and IAC normal. Normal labyrinthine signal "
          "bilaterally."),
    ("p", "Brain: No intra-axial mass. No parenchymal signal abnormality or abnormal parenchymal enhancement; no "
          "findings to suggest glioma or metastatic disease. No acute infarct. Ventricles normal in size, no "
          "hydrocephalus."),
    ("h", "IMPRESSION:"),
    ("p", "1. 1.7 cm enhancing extra-axial mass of the left CPA with short intracanalicular extension. Vestibular "
          "schwannoma versus meningioma: the intracanalicular extension and cystic change favor schwannoma, "
          "while the broad petrous dural base, obtuse dural angle and possible dural tail raise the possibility "
          "of meningioma."),
    ("p", "2. No intra-axial lesion. Brain parenchyma unremarkable."),
    ("p", "3. MR spectroscopy or perfusion could be considered for further characterization if it would alter "
          "management."),
    ("sp", "8"),
    ("p", "Electronically signed: Mei-Ling Ostrowski, MD, Neuroradiology   01/29/2026 14:38"),
])

ct = Doc("ct", SBM, ["PT: WHITCOMB, DENISE", "DOB: 02/28/1982  MRN: SB-2290174", "ED ENC: 25-1120-0316"],
         "St. Brendan Medical Center Radiology - Final", [
    P("CT HEAD WITHOUT CONTRAST", "title"),
    P("<b>Exam date/time:</b> Nov 20, 2025 03:14 &nbsp;&nbsp; <b>CPT:</b> 70450 &nbsp;&nbsp; "
      "<b>Ordering:</b> ED physician, T. Brandvold DO", "sans"),
    P("HISTORY:", "h"),
    P("43F acute vertigo and vomiting x 4 hrs. R/o posterior circulation stroke."),
    P("COMPARISON:", "h"),
    P("None."),
    P("TECHNIQUE:", "h"),
    P("Axial helical CT of the head without IV contrast, with coronal and sagittal reformats."),
    P("FINDINGS:", "h"),
    P("No intracranial hemorrhage. No mass effect or midline shift. Gray-white differentiation preserved in the "
      "supratentorial brain. Ventricles and sulci normal for age. The posterior fossa is degraded by "
      "beam-hardening streak artifact; the cerebellopontine angles and internal auditory canals are not well "
      "evaluated. Visualized paranasal sinuses and mastoid air cells clear. Calvarium intact."),
    P("IMPRESSION:", "h"),
    P("1. No acute intracranial abnormality."),
    P("2. Posterior fossa and internal auditory canals suboptimally evaluated due to streak artifact; a small "
      "cerebellopontine angle lesion or an early posterior circulation infarct cannot be excluded. Recommend MRI "
      "brain with IAC protocol if symptoms persist."),
    SP(8),
    P("<i>Signed: Paul Okereke, MD  11/20/2025 03:41</i>"),
])

build_fax(os.path.join(OUT, "02_additional_clinicals_fax_2026-03-03.pdf"),
          "03/03/2026 08:17  FROM: GREAT LAKES EAR SKULL BASE 5557341911  TO: 5558804100  P. {p}/{n}",
          [cover2, lmn, note, mri, ct], seed=231)
print("built", CASE)
