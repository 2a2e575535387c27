import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h1_faxlib import (Doc, FrameBreak, P, SP, build_fax, form_table, grid_table,  # noqa: E402
                       inch)

CASE = "b22_fax_glioma_grading_two_column_outside_read"
OUT = "/tmp/blind2/%s" % CASE
os.makedirs(OUT, exist_ok=True)

PT_R = ["Pt: VENTURA-QUINN, MARISOL A", "DOB: 07/22/1994  MRN: LUH-3390127"]
NSGY = ["Lakeshore University Neurosurgery",
        "Lakeshore University Hospital, 2200 Lakeshore Dr, Tower C-5, Northport, WI 53218",
        "Ph (555) 636-7700   Fax (555) 636-7710"]
LUH_RAD = ["Lakeshore University Hospital - Radiology",
           "Neuroradiology Section, 2200 Lakeshore Dr, Northport, WI 53218",
           "Reading room (555) 636-4400"]
MERCY = ["MERCY LAKES COMMUNITY HOSPITAL - DIAGNOSTIC IMAGING",
         "41 W. Harbor St, Port Calloway, WI 53104   (555) 218-9000"]

# ====================================================================== fax 1: cover + form + LMN
cover = Doc("cover", NSGY, ["FAX"], "Confidential health information - if received in error call (555) 636-7700.", [
    P("FAX TRANSMISSION", "title"),
    form_table([
        ("TO", "Prior Authorization / Utilization Management"),
        ("FAX #", "(555) 880-4100"),
        ("FROM", "Lakeshore Univ. Neurosurgery - Dr. Hannah Szabo's office (Kim D., surgical scheduler)"),
        ("DATE", "3/11/26"),
        ("# PAGES", "3 incl. cover  (consult note + MRI reports follow in separate faxes)"),
        ("RE", "MR SPECTROSCOPY 76390 - VENTURA-QUINN, MARISOL  DOB 7/22/1994"),
    ], col_widths=(1.3 * inch, 5.7 * inch)),
    SP(10),
    P("Original PA request form was submitted 3/6; resending with the letter of medical necessity you "
      "asked for. Surgery tentatively late March, so MRS is needed before then (pref. 3/16). Consult note "
      "of 3/5, outside MRI (Mercy Lakes 2/18) and our MRI 3/4 are being faxed right after this. Thx!", "sans"),
    SP(200),
    P("This message is intended only for the use of the individual or entity to which it is addressed and "
      "may contain information that is privileged, confidential and exempt from disclosure under "
      "applicable law.", "small"),
])

form = Doc("form", ["Lakeshore University Health - Radiology Prior Authorization Request",
                    "Complete all fields. Attach clinical notes and prior imaging reports."],
           PT_R, "LUH-RAD-PA-3  (rev 06/2025)", [
    form_table([
        ("#section", "PATIENT"),
        ("Name (last, first)", "Ventura-Quinn, Marisol A"),
        ("DOB", "07/22/1994"),
        ("Sex", "F"),
        ("Health plan / member #", "Cohere-administered plan  /  WQX-4471-0098"),
        ("#section", "REQUEST"),
        ("Date of request", "03/06/2026"),
        ("Requested DOS", "03/16/2026"),
        ("Exam requested", "MR spectroscopy, brain (single-voxel + multivoxel, incl. 2HG if available)"),
        ("CPT code(s)", "76390"),
        ("ICD-10 code(s)", "D49.6 Neoplasm of unspecified behavior of brain;  R56.9 Unspecified convulsions"),
        ("Body part", "Brain - R frontal lobe"),
        ("Performing site", "Lakeshore University Hospital MRI (3T)"),
        ("#section", "CLINICAL (Y/N)"),
        ("Prior MRS for this condition (Y/N)", "N"),
        ("Date of prior MRS", "______________"),
        ("Conventional MRI/CT done (Y/N) / date", "Y - outside MRI 2/18/26; LUH MRI w/ perfusion 3/4/26"),
        ("Result", "R frontal infiltrative mass, grade indeterminate (LGG vs HGG)"),
        ("Current symptoms", "1st GTC seizure 2/13/26; brief L hand paresthesias"),
        ("Treatment to date", "levetiracetam 500 mg BID"),
        ("#section", "SAFETY (Y/N)"),
        ("Claustrophobic", "N"),
        ("Pregnant", "N   (urine hCG neg 3/4/26)"),
        ("Renal disease / eGFR &lt; 30", "N"),
        ("Contrast allergy", "N"),
        ("Pacemaker / implants", "N"),
        ("#section", "ORDERING PROVIDER"),
        ("Name", "Hannah Szabo, MD - Neurosurgery"),
        ("NPI", "1962044718"),
        ("Contact", "Kim Dombrowski, scheduler  (555) 636-7702"),
        ("Provider signature / date", "H. Szabo MD            3/6/26"),
    ], col_widths=(2.4 * inch, 4.6 * inch)),
])

lmn = Doc("lmn", NSGY, PT_R, "Lakeshore University Neurosurgery", [
    P("11 March 2026"),
    SP(4),
    P("Re: <b>Marisol A. Ventura-Quinn</b> &nbsp; DOB 07/22/1994 &nbsp; Member # WQX-4471-0098<br/>"
      "<b>Letter of medical necessity - MR spectroscopy of the brain (CPT 76390)</b>"),
    SP(4),
    P("Dear Medical Director,"),
    P("Ms. Ventura-Quinn is a 31-year-old right-handed woman who presented on 02/13/2026 with a first "
      "generalized tonic-clonic seizure. Work-up revealed an infiltrative, T2/FLAIR-hyperintense mass in the "
      "right frontal lobe measuring about 4 cm. This is a new, untreated lesion."),
    P("The initial outside MRI (Mercy Lakes Community Hospital, 02/18/2026) was interpreted as consistent "
      "with a low-grade glioma without high-grade features. Our repeat MRI with perfusion at Lakeshore "
      "University Hospital on 03/04/2026 shows a 7 mm focus of faint nodular enhancement (not clearly seen on the "
      "outside 1.5T study) with elevated rCBV in the posteromedial part of the tumor. Our neuroradiologists read this study as indeterminate "
      "for grade: a low-grade glioma versus a glioma with a high-grade component cannot be distinguished on "
      "conventional imaging, and they recommend MR spectroscopy."),
    P("MR spectroscopy (choline/NAA mapping and 2-hydroxyglutarate) is requested to grade this primary glial "
      "neoplasm and to identify the most metabolically active region. The result will directly change "
      "management: it determines the biopsy/resection target and whether we proceed with an awake "
      "craniotomy for maximal safe resection now. Her case was reviewed at our neuro-oncology tumor board "
      "on 03/05/2026 with consensus to obtain MRS before surgery."),
    P("She has not had MR spectroscopy before. If the MRS were nondiagnostic, we would proceed directly to "
      "stereotactic biopsy rather than repeat it."),
    P("Thank you for your timely review; surgery is tentatively planned for late March."),
    SP(8),
    P("Sincerely,"),
    SP(12),
    P("Hannah Szabo, MD<br/>Assistant Professor, Department of Neurosurgery<br/>"
      "Lakeshore University Hospital  |  NPI 1962044718"),
])

build_fax(os.path.join(OUT, "01_fax_PA_request_LMN_2026-03-11.pdf"),
          "MAR-11-2026 16:22  LAKESHORE NSGY (555)636-7710 -> UM DEPT (555)880-4100   P.{p:03d}/{n:03d}",
          [cover, form, lmn], seed=220)

# ====================================================================== fax 2: consult (two columns)
L, R = "col", "colh"
consult = Doc("consult", NSGY, PT_R + ["Visit: 03/05/2026"],
              "Neurosurgery New Patient Consultation - H. Szabo MD - signed 03/05/2026 18:40", columns=2, story=[
    P("NEUROSURGERY - NEW PATIENT CONSULT", R),
    P("<b>Date:</b> 3/5/2026 &nbsp; <b>Ref:</b> Mercy Lakes ED / PCP Dr. L. Amadi", L),
    P("HPI", R),
    P("31 yo RH F, elementary school teacher, referred after first-time GTC sz 2/13/26 at work (witnessed, "
      "~2 min, postictal confusion ~20 min). Taken to Mercy Lakes ED: CT head w/o showed ill-defined R frontal "
      "hypodensity, no hemorrhage. Outside MRI 2/18 read as c/w LGG. Started on LEV 500 BID in ED; no sz "
      "since. In retrospect ~3 mo of brief episodes of L hand tingling lasting secs (likely focal aware sz). "
      "Denies HA, N/V, vision change, weakness. Husband reports no personailty change.", L),
    P("PMH", R),
    P("Migraine w/o aura as a teen - resolved. H/o AKI 2023 (rhabdo after a half-marathon), resolved; "
      "Cr 0.7 on 3/4/26. Anxiety.", L),
    P("PSH", R),
    P("Appendectomy 2012. C-section 2023. No prior neurosurgery.", L),
    P("OB/GYN", R),
    P("G1P1. LMP 2/21/26. Urine hCG neg 3/4/26 (pre-MRI). Not breastfeeding.", L),
    P("MEDICATIONS", R),
    P("levetiracetam 500 mg PO BID (since 2/13/26); sertraline 50 mg daily; norethindrone 0.35 mg daily", L),
    P("ALLERGIES", R),
    P("PCN (rash)", L),
    P("FAMILY HISTORY", R),
    P("Brother (27): PKU, dx on newborn screen, on Phe-restricted diet. Father: HTN, T2DM. Mother: "
      "hypothyroid. Maternal GF: 'brain cancer', type unk, d. 1990s. No FH of epilepsy.", L),
    P("SOCIAL HISTORY", R),
    P("Married, one child (2 y/o). Never smoker. EtOH socially, none since sz. Not driving since sz - "
      "counseled per state law.", L),
    P("ROS", R),
    P("Neg for fever, wt loss, HA, vision change, diplopia, dysphagia, weakness, gait problem, bowel/bladder "
      "sx. Pos for sz x1 and brief L hand paresthesias. Psych: anxiety, no depression. Pt states she is not "
      "claustrophobic; tolerated both MRIs w/o sedation.", L),
    FrameBreak(),
    P("EXAM", R),
    P("BP 118/72, HR 76, afebrile. Alert, oriented x4. Speech fluent; naming/repetition intact. CN II-XII "
      "intact, VFF to confrontation. Motor 5/5 throughout, no drift. Sensation intact to LT/PP. DTRs 2+ "
      "symmetric, toes down. FTN/HKS nl. Gait nl, tandem ok.", L),
    P("IMAGING (personally reviewed)", R),
    P("Outside MRI 2/18/26 (Mercy Lakes): outside read 'c/w low-grade glioma, no high-grade features'.", L),
    P("LUH MRI brain w/wo + perfusion 3/4/26: reviewed at neuro-onc imaging conf 3/5 w/ Dr. Lindqvist "
      "(neurorad). Non-enhancing infiltrative R frontal mass ~4.2 cm, faint 7 mm nodular enhancement "
      "posteromedially (not clearly seen on outside 1.5T) w/ rCBV 2.1. Grade indeterminate - LGG vs HGG; not c/w the outside read of purely "
      "low-grade features.", L),
    P("ASSESSMENT", R),
    P("31F w/ R frontal infiltrative intra-axial mass, presumed diffuse glioma (IDH-mutant astrocytoma vs "
      "oligodendroglioma favored by location/age), grade indeterminate - LGG vs focal high-grade "
      "transformation. New-onset epilepsy, well controlled.", L),
    P("PLAN", R),
    P("1. Request MRS (CPT 76390), SV + MV incl. 2HG, to assess Cho/NAA and 2HG - (a) estimate grade, (b) "
      "target bx/resection to the most metabolically active area. Result will change surgical plan (awake "
      "craniotomy for maximal safe resection if HGG features vs staged approach).", L),
    P("2. If MRS nondiagnostic, will proceed w/ stereotactic needle bx of the enhancing focus; would not plan "
      "a repeat MRS unless the picture changes.", L),
    P("3. Sz: cont LEV 500 BID. If breakthrough sz, increase to 750 BID.", L),
    P("4. fMRI/DTI for language + motor mapping - ordered (separate auth).", L),
    P("5. Tumor board 3/5: consensus for MRS before surgery.", L),
    P("6. Driving restrictions reviewed. Pt and husband verbalized understanding.", L),
    P("Tentative surgery late March. RTC after MRS.", L),
    SP(6),
    P("<i>Hannah Szabo, MD - Neurosurgery - e-signed 03/05/2026 18:40</i>", L),
])
build_fax(os.path.join(OUT, "02_neurosurgery_consult_2026-03-05.pdf"),
          "MAR-11-2026 16:31  LAKESHORE NSGY (555)636-7710 -> UM DEPT (555)880-4100   P.{p:03d}/{n:03d}",
          [consult], seed=221)

# ====================================================================== fax 3: outside MRI (re-faxed)
outside = Doc("outside", MERCY, ["PATIENT: VENTURA-QUINN, MARISOL", "DOB: 07/22/1994  MR#: ML00582214",
                                 "ACCT: 7710032"],
              "MERCY LAKES DIAGNOSTIC IMAGING - FINAL - This report was faxed to: Lakeshore Neurosurgery", [
    P("MAGNETIC RESONANCE IMAGING REPORT", "title"),
    grid_table([
        ["EXAM", "DATE OF EXAM", "ORDERING", "CPT"],
        ["MRI BRAIN W/WO CONTRAST", "02/18/2026 07:52", "AMADI, LINDA MD", "70553"],
    ], [2.4 * inch, 1.5 * inch, 1.9 * inch, 1.2 * inch]),
    SP(6),
    P("CLINICAL HISTORY:", "h"),
    P("NEW ONSET SEIZURE 2/13/26. ABNORMAL CT HEAD."),
    P("COMPARISON:", "h"),
    P("CT HEAD WITHOUT CONTRAST 02/13/2026."),
    P("TECHNIQUE:", "h"),
    P("MULTIPLANAR MULTISEQUENCE MRI OF THE BRAIN ON 1.5T BEFORE AND AFTER 6 ML GADOTERATE IV. DWI. "
      "NO PERFUSION OR SPECTROSCOPY (NOT AVAILABLE AT THIS FACILITY)."),
    P("FINDINGS:", "h"),
    P("THERE IS A 4.1 X 3.0 X 3.4 CM INFILTRATIVE T2/FLAIR HYPERINTENSE MASS IN THE RIGHT SUPERIOR AND MIDDLE "
      "FRONTAL GYRI WITH CORTICAL EXPANSION AND MILD LOCAL MASS EFFECT. NO ENHANCEMENT. NO RESTRICTED "
      "DIFFUSION. NO HEMORRHAGE OR CALCIFICATION ON SWI. NO MIDLINE SHIFT. VENTRICLES NORMAL. NO EXTRA-AXIAL "
      "COLLECTION. NO OTHER LESIONS. NO EVIDENCE OF METASTATIC DISEASE."),
    P("IMPRESSION:", "h"),
    P("1. 4.1 CM NON-ENHANCING INFILTRATIVE RIGHT FRONTAL MASS, FINDINGS C/W LOW-GRADE GLIOMA (DIFFUSE "
      "ASTROCYTOMA FAVORED). NO EVIDENCE OF HIGH-GRADE FEATURES."),
    P("2. NEUROSURGICAL CONSULTATION RECOMMENDED."),
    SP(8),
    P("DICTATED BY: RAJIV PATEL, MD  02/18/2026 11:20   TRANSCRIBED: 02/18/2026 11:41 KLW   "
      "SIGNED: 02/18/2026 12:03", "small"),
], header_font="Arial")
build_fax(os.path.join(OUT, "03_outside_MRI_MercyLakes_2026-02-18.pdf"),
          "MAR-11-2026 16:34  LAKESHORE NSGY (555)636-7710 -> UM DEPT (555)880-4100   P.{p:03d}/{n:03d}\n"
          "02/27/2026 10:05   MERCY LAKES HIM  2189010   ->  LAKESHORE NSGY 6367710      PG 02 OF 03",
          [outside], seed=222)

# ====================================================================== fax 4: LUH MRI with perfusion
luh = Doc("luh", LUH_RAD, PT_R + ["Acc: LUH-MR-26-0031175"],
          "Final report - Lakeshore University Hospital Radiology - results routed to H. Szabo MD", [
    P("MRI BRAIN WITH AND WITHOUT CONTRAST, WITH DSC PERFUSION", "title"),
    P("<b>Exam date:</b> 2026-03-04 &nbsp;&nbsp; <b>CPT:</b> 70553 &nbsp;&nbsp; "
      "<b>Ordering:</b> Hannah Szabo, MD (Neurosurgery)", "sans"),
    P("HISTORY:", "h"),
    P("31F w/ new-onset seizure, R frontal mass on outside MRI read as LGG. Pre-surgical evaluation; please "
      "assess grade."),
    P("COMPARISON:", "h"),
    P("Outside MRI brain 02/18/2026 (Mercy Lakes Community Hospital), images uploaded to PACS and reviewed; "
      "outside report reviewed."),
    P("TECHNIQUE:", "h"),
    P("3T. Sagittal 3D T1, axial T2, 3D FLAIR, DWI/ADC, SWI, DSC perfusion with leakage correction, "
      "post-contrast 3D T1. 7 mL gadobutrol IV. Urine hCG negative 03/04/2026. No sedation."),
    P("FINDINGS:", "h"),
    P("Infiltrative T2/FLAIR hyperintense intra-axial mass centered in the right superior and middle frontal "
      "gyri, 4.2 x 3.1 x 3.5 cm (similar to 4.1 x 3.0 x 3.4 cm on 02/18/2026), with cortical expansion and mild "
      "effacement of the adjacent sulci. T2-FLAIR mismatch sign is partially present. In the posteromedial "
      "portion of the mass there is a 7 mm focus of faint nodular enhancement, not clearly seen on the outside "
      "1.5T study (possibly technique-related), with corresponding elevated relative CBV (max rCBV 2.1, versus 1.0-1.2 elsewhere in the lesion) "
      "and slightly lower ADC. No necrosis. No hemorrhage. No midline shift. No hydrocephalus. No additional "
      "lesion."),
    P("IMPRESSION:", "h"),
    P("1. Infiltrative right frontal intra-axial mass, most compatible with a diffuse glioma."),
    P("2. Grade is indeterminate. The faint nodular enhancing focus with elevated rCBV in the posteromedial "
      "component raises concern for a higher-grade component; low-grade glioma versus high-grade glioma cannot "
      "be distinguished on conventional imaging. We do not agree with the outside characterization of 'no "
      "high-grade features'."),
    P("3. Recommend MR spectroscopy (including 2-hydroxyglutarate if available) for grading and biopsy "
      "targeting. Discussed with Dr. Szabo 03/04/2026 16:10."),
    SP(8),
    P("<i>Electronically signed: Erik Lindqvist, MD, Neuroradiology  03/04/2026 16:22</i>"),
])
build_fax(os.path.join(OUT, "04_LUH_MRI_brain_perfusion_2026-03-04.pdf"),
          "MAR-11-2026 16:38  LAKESHORE NSGY (555)636-7710 -> UM DEPT (555)880-4100   P.{p:03d}/{n:03d}",
          [luh], seed=223)
print("built", CASE)
