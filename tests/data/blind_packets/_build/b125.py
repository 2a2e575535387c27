"""b125: faxed urology packet requesting MR spectroscopy (76390) of the PROSTATE.
Fax banner on every page, ruled PA form with checkboxes, a two-column clinic note,
an MRI prostate report (PI-RADS 3, equivocal), labs + phone note."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _pdflib10 import (P, PageBreak, FrameBreak, NextPageTemplate, Spacer, build, form_table,
                       grid, inch, PAGE_W, MARGIN)

CASE = "b125_pdf_fax_prostate_mrs_pirads3_body_region_mismatch_brother_gbm"
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), CASE)
os.makedirs(OUT, exist_ok=True)
TOTAL = 5
X, O = "[X]", "[ ]"


def banner(n):
    return ("FEB-03-2026 10:14  FROM: LAKESIDE UROLOGY ASSOC 2165550142   "
            "TO: 18005550199   P. %d/%d" % (n, TOTAL))


def footer(n):
    if n == 1:
        return "Lakeside Urology Associates  |  3 Commerce Park Sq, Beachwood OH 44122  |  CONFIDENTIAL"
    return ("ODUYA, RAYMOND J   DOB 05/09/1959   MRN LU-220941   Printed 02/02/2026 16:40 by GFARROW"
            "      Page %d of %d" % (n, TOTAL))


def letterhead(title):
    return [P("<b>LAKESIDE UROLOGY ASSOCIATES, INC.</b>", "h2"),
            P("3 Commerce Park Square, Suite 210, Beachwood, OH 44122 &nbsp;|&nbsp; "
              "Tel (216) 555-0140 &nbsp;|&nbsp; Fax (216) 555-0142", "small"),
            Spacer(1, 4), P(title, "h1")]


story = []
# ------------------------------------------------------------------ page 1: cover
story += letterhead("FAX COVER SHEET")
story.append(form_table("TRANSMITTAL", [
    [("L", "To"), ("V", "Lakeshore Medicare Advantage (HMO) - Utilization Management / Radiology PA"),
     ("L", "Fax"), ("V", "1-800-555-0199")],
    [("L", "From"), ("V", "Tonya Reyes, MA - prior authorizations, for Gwendolyn Farrow, MD"),
     ("L", "Phone"), ("V", "(216) 555-0140 x23")],
    [("L", "Date"), ("V", "02/03/2026"), ("L", "Pages"), ("V", "5 (including cover)")],
    [("L", "Re"), ("V", "Prior authorization - MR SPECTROSCOPY (CPT 76390) - ODUYA, RAYMOND J - "
                        "DOB 05/09/1959 - Member ID LMA-7781-30455", 3)],
], [0.8, 4.4, 0.7, 1.6]))
story.append(Spacer(1, 10))
story.append(P("Enclosed: prior authorization request form (signed 02/02/2026); urology office note "
               "01/28/2026; MRI prostate report 01/12/2026; PSA history and telephone encounter "
               "02/02/2026. Please call with any questions or if a peer-to-peer is needed."))
story.append(Spacer(1, 330))
story.append(P("CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you "
               "have received it in error, notify the sender at (216) 555-0140 and destroy all copies.",
               "small"))
story.append(PageBreak())

# ------------------------------------------------------------------ page 2: PA form
story.append(P("LAKESHORE MEDICARE ADVANTAGE - ADVANCED IMAGING PRIOR AUTHORIZATION REQUEST", "h2"))
story.append(P("Form UM-AI-3 (rev. 09/2025). Incomplete forms will be returned. Attach clinical notes "
               "and prior imaging reports.", "small"))
story.append(Spacer(1, 4))
W4 = [1.3, 2.4, 1.2, 2.4]
story.append(form_table("1. REQUEST", [
    [("L", "Date of request"), ("V", "02/02/2026"), ("L", "Review type"),
     ("V", "%s Standard &nbsp; %s Expedited" % (X, O))],
    [("L", "Requested date of service"), ("V", "02/16/2026"), ("L", "Setting"),
     ("V", "%s Outpatient &nbsp; %s Inpatient" % (X, O))],
], W4))
story.append(form_table("2. MEMBER", [
    [("L", "Name"), ("V", "ODUYA, RAYMOND J."), ("L", "Member ID"), ("V", "LMA-7781-30455")],
    [("L", "Date of birth"), ("V", "05/09/1959"), ("L", "Sex"), ("V", "%s M &nbsp; %s F" % (X, O))],
], W4))
story.append(form_table("3. ORDERING PROVIDER / RENDERING FACILITY", [
    [("L", "Ordering"), ("V", "Gwendolyn Farrow, MD - Urology"), ("L", "NPI"), ("V", "1083756214")],
    [("L", "Phone / Fax"), ("V", "(216) 555-0140 / (216) 555-0142"), ("L", "Contact"), ("V", "Tonya Reyes, MA")],
    [("L", "Rendering facility"), ("V", "University Circle Imaging - 3T MRI (NPI 1548820613)", 3)],
], W4))
story.append(form_table("4. SERVICE REQUESTED", [
    [("L", "CPT / HCPCS"), ("V", "76390"), ("L", "Description"), ("V", "MR spectroscopy")],
    [("L", "Units"), ("V", "1"), ("L", "Contrast"), ("V", "%s With &nbsp; %s Without" % (X, O))],
    [("L", "Body region"), ("V", "%s Brain/head &nbsp;&nbsp; %s Spine &nbsp;&nbsp; %s Chest/breast &nbsp;&nbsp; "
                                 "%s Abdomen/liver &nbsp;&nbsp; %s Pelvis/prostate &nbsp;&nbsp; %s Extremity"
                                 % (O, O, O, O, X, O), 3)],
    [("L", "ICD-10-CM"), ("V", "R97.20 Elevated prostate specific antigen [PSA]; "
                               "R93.89 Abnormal findings on diagnostic imaging of other specified body "
                               "structures (prostate)", 3)],
], W4))
story.append(form_table("5. CLINICAL INDICATION (check all that apply)", [
    [("V", "%s Brain tumor - grading (high- vs low-grade glioma)" % O, 2),
     ("V", "%s Brain tumor - recurrence vs radiation necrosis" % O, 2)],
    [("V", "%s Intra-axial brain tumor / brain metastasis" % O, 2),
     ("V", "%s Post-treatment brain tumor surveillance" % O, 2)],
    [("V", "%s Neonatal hypoxic-ischemic encephalopathy" % O, 2),
     ("V", "%s Metabolic / mitochondrial / inherited metabolic disorder" % O, 2)],
    [("V", "%s Other (describe): PI-RADS 3 lesion, L mid peripheral zone, MRI prostate 01/12/2026 - "
           "equivocal. PSA rising 4.9 -> 7.2. Patient declines repeat biopsy (urosepsis after TRUS "
           "biopsy 2019). MRS to further characterize lesion." % X, 4)],
    [("L", "Prior conventional imaging inconclusive?"), ("V", "%s Yes &nbsp; %s No" % (X, O)),
     ("L", "Study / date"), ("V", "MRI prostate w/wo (72197), 01/12/2026")],
    [("L", "Prior MR spectroscopy of this region?"), ("V", "%s Yes &nbsp; %s No" % (O, X)),
     ("L", "Date"), ("V", "--")],
], W4))
story.append(form_table("6. SAFETY SCREENING", [
    [("L", "Claustrophobia"), ("V", "%s Yes &nbsp; %s No" % (O, X)),
     ("L", "Sedation needed"), ("V", "%s Yes &nbsp; %s No" % (O, X))],
    [("L", "Pregnant"), ("V", "%s Yes &nbsp; %s No &nbsp; %s N/A" % (O, O, X)),
     ("L", "Renal impairment (eGFR &lt;30 / dialysis)"), ("V", "%s Yes &nbsp; %s No &nbsp; eGFR 74 (01/05/26)" % (O, X))],
    [("L", "Implants"), ("V", "%s Yes: L total hip arthroplasty 2017 (MR conditional) &nbsp; %s No" % (X, O), 3)],
], W4))
story.append(form_table("7. ATTESTATION", [
    [("L", "Ordering provider signature"), ("V", "<i>Gwendolyn Farrow MD</i> (signed)"),
     ("L", "Date"), ("V", "02/02/2026")],
], W4))
story.append(NextPageTemplate("twohead"))
story.append(PageBreak())

# ------------------------------------------------------------------ page 3: two-column note
story += letterhead("UROLOGY OFFICE NOTE - ESTABLISHED PATIENT")
story.append(P("<b>Patient:</b> Raymond J. Oduya &nbsp;&nbsp; <b>DOB:</b> 05/09/1959 (66 y) &nbsp;&nbsp; "
               "<b>MRN:</b> LU-220941 &nbsp;&nbsp; <b>Date of service:</b> 01/28/2026 &nbsp;&nbsp; "
               "<b>Provider:</b> Gwendolyn Farrow, MD"))
story.append(FrameBreak())
col = []
col.append(P("CHIEF COMPLAINT", "h3"))
col.append(P("Rising PSA; review MRI prostate."))
col.append(P("HPI", "h3"))
col.append(P("66 y/o M followed for elevated PSA and BPH. PSA 4.9 (01/2024), 5.6 (01/2025), 7.2 "
             "(01/05/2026); free PSA 14%. Prior 12-core TRUS biopsy 03/2019 benign, complicated by "
             "E. coli urosepsis with a 3-day ICU stay; he has said since then that he will not have "
             "another biopsy of any kind, including transperineal. mpMRI prostate 01/12/2026: 9 mm "
             "PI-RADS 3 lesion, left mid-gland peripheral zone; gland 48 cc; PSA density 0.15. "
             "Mild LUTS on tamsulosin, IPSS 9, nocturia x1. No hematuria, bone pain or weight loss."))
col.append(P("REVIEW OF SYSTEMS", "h3"))
col.append(P("Neuro: denies headache, weakness, numbness, vision or speech change, seizures. "
             "GU as per HPI. All other systems reviewed and negative."))
col.append(P("PAST MEDICAL / SURGICAL HISTORY", "h3"))
col.append(P("HTN; hyperlipidemia; BPH; L total hip arthroplasty 2017; BPPV 2023 - MRI brain "
             "07/2023 for vertigo was unremarkable, resolved with Epley maneuvers; urosepsis 2019."))
col.append(P("MEDICATIONS", "h3"))
col.append(P("Tamsulosin 0.4 mg qhs; amlodipine 10 mg daily; atorvastatin 40 mg daily."))
col.append(P("ALLERGIES", "h3"))
col.append(P("Ciprofloxacin (Achilles tendinopathy)."))
col.append(P("FAMILY HISTORY", "h3"))
col.append(P("Father - prostate cancer dx at 72, treated with XRT, died age 85 of other causes. "
             "Brother - glioblastoma (GBM) dx 2024 at age 61, s/p resection and chemoradiation, "
             "died 08/2025; his oncologists used MR spectroscopy to follow the brain tumor. "
             "Mother - breast cancer at 70. Germline panel (11/2025): no pathogenic variant "
             "(BRCA1/2, ATM, CHEK2, HOXB13 negative)."))
col.append(P("SOCIAL HISTORY", "h3"))
col.append(P("Retired electrician. Married. Ex-smoker (20 pk-yr, quit 2004). 2-3 beers/week."))
story += col
story.append(FrameBreak())
col = []
col.append(P("EXAM", "h3"))
col.append(P("BP 136/80, HR 72, BMI 27.8. Well appearing. Abdomen soft, NT. GU: normal phallus, "
             "testes descended bilaterally. DRE: ~45 g, smooth, symmetric, no nodule or induration. "
             "Neuro: alert, oriented, gait normal."))
col.append(P("DATA", "h3"))
col.append(P("PSA 7.2 ng/mL (01/05/2026). Cr 1.04, eGFR 74 mL/min/1.73m2. UA negative."))
col.append(P("MRI prostate 01/12/2026 (University Circle Imaging): PI-RADS 3 left mid PZ lesion; "
             "no extraprostatic extension; seminal vesicles and nodes normal. Report attached."))
col.append(P("ASSESSMENT/PLAN", "h3"))
col.append(P("<b>1. Elevated PSA with PI-RADS 3 lesion, L mid PZ</b> - equivocal for clinically "
             "significant prostate cancer. Discussed options at length: MRI-targeted transperineal "
             "biopsy (my recommendation), PSMA PET (not indicated without a cancer diagnosis), "
             "biomarkers (4Kscore), or repeat mpMRI in 6-12 months. He again declines biopsy. He "
             "asked about the 'chemical MRI' his brother had; we discussed proton MR spectroscopy of "
             "the prostate ((choline + creatine)/citrate ratio in the lesion) as an adjunct at "
             "University Circle's 3T. Will request prostate MR spectroscopy, CPT 76390. If MRS is "
             "suspicious he is willing to reconsider a targeted transperineal biopsy under "
             "anesthesia; if it is benign-appearing we will follow PSA q6 mo and repeat mpMRI in "
             "12 mo. 4Kscore drawn today."))
col.append(P("<b>2. BPH/LUTS</b> - stable on tamsulosin, continue."))
col.append(P("<b>3. Family history</b> - brother's GBM is unrelated to his urologic issue; he has no "
             "neurologic symptoms. Father's prostate cancer noted (risk factor)."))
col.append(P("RTC after MRS / 4Kscore results, ~4 weeks."))
col.append(Spacer(1, 6))
col.append(P("Electronically signed: Gwendolyn Farrow, MD &nbsp; 01/28/2026 17:12"))
story += col
story.append(NextPageTemplate("one"))
story.append(PageBreak())

# ------------------------------------------------------------------ page 4: MRI prostate
story.append(P("<b>UNIVERSITY CIRCLE IMAGING</b> &nbsp; 11100 Euclid Ave, Cleveland OH 44106 &nbsp; (216) 555-0177", "h2"))
story.append(P("RADIOLOGY REPORT", "h1"))
story.append(form_table("EXAM", [
    [("L", "Patient"), ("V", "ODUYA, RAYMOND J"), ("L", "DOB"), ("V", "05/09/1959")],
    [("L", "Exam"), ("V", "MRI PELVIS (PROSTATE) WITHOUT AND WITH CONTRAST"), ("L", "CPT"), ("V", "72197")],
    [("L", "Date of exam"), ("V", "01/12/2026"), ("L", "Accession"), ("V", "UCI-MR-260112-0457")],
    [("L", "Referring"), ("V", "Gwendolyn Farrow, MD"), ("L", "Radiologist"), ("V", "Marcus Lindell, MD")],
], [1.0, 3.2, 0.9, 2.2]))
story.append(Spacer(1, 6))
for head, text in [
    ("CLINICAL HISTORY", "66M, PSA 7.2, prior negative biopsy 2019. Evaluate for clinically significant cancer."),
    ("TECHNIQUE", "3T multiparametric MRI of the prostate with pelvic phased-array coil: multiplanar "
                  "T2-weighted imaging, DWI (b 50/800/1400 and calculated b 1500) with ADC map, and "
                  "dynamic contrast-enhanced imaging after 8 mL gadoterate meglumine. PI-RADS v2.1. "
                  "MR spectroscopy was not performed."),
    ("COMPARISON", "None."),
    ("FINDINGS", "Prostate volume 48 cc (4.9 x 4.1 x 4.6 cm). PSA density 0.15 ng/mL/cc.<br/>"
                 "Peripheral zone: 9 mm lesion in the left mid-gland posterolateral PZ (sector 4p) with "
                 "mild, indistinct T2 hypointensity and mildly hypointense ADC (approx. 980) with "
                 "mild hyperintensity on high b-value DWI. DWI score 3. DCE: no early focal "
                 "enhancement (negative). Remainder of the PZ with diffuse mild striated T2 signal, "
                 "likely post-inflammatory.<br/>"
                 "Transition zone: BPH nodules, encapsulated, PI-RADS 2.<br/>"
                 "Extraprostatic extension: none. Neurovascular bundles symmetric. Seminal vesicles "
                 "normal. No pelvic or inguinal lymphadenopathy. No suspicious osseous lesion. Left "
                 "hip arthroplasty with local artifact."),
    ("IMPRESSION", "1. PI-RADS 3: 9 mm left mid peripheral zone lesion (4p). The presence of "
                   "clinically significant cancer is equivocal; findings are indeterminate. Consider "
                   "MRI-targeted biopsy or close surveillance with PSA kinetics.<br/>"
                   "2. No extraprostatic extension, adenopathy or osseous metastatic disease.<br/>"
                   "3. BPH."),
]:
    story.append(P(head, "h3"))
    story.append(P(text))
story.append(Spacer(1, 8))
story.append(P("Electronically signed by Marcus Lindell, MD on 01/12/2026 at 15:26."))
story.append(PageBreak())

# ------------------------------------------------------------------ page 5: labs + phone note
story += letterhead("RESULTS SUMMARY AND TELEPHONE ENCOUNTER")
story.append(P("PSA HISTORY", "h3"))
story.append(grid([
    ["Date", "Total PSA (ng/mL)", "Free PSA %", "Comment"],
    ["01/11/2022", "3.8", "--", "PCP screening"],
    ["01/09/2024", "4.9", "18%", "referred to urology"],
    ["01/14/2025", "5.6", "16%", "on tamsulosin"],
    ["01/05/2026", "7.2", "14%", "mpMRI ordered"],
], [1.2, 1.5, 1.1, 3.4], total_w=PAGE_W - 2 * MARGIN))
story.append(Spacer(1, 6))
story.append(P("BASIC METABOLIC PANEL 01/05/2026", "h3"))
story.append(grid([
    ["Na", "K", "Cl", "CO2", "BUN", "Creatinine", "eGFR (CKD-EPI 2021)", "Glucose"],
    ["139", "4.3", "103", "26", "17", "1.04 mg/dL", "74 mL/min/1.73m2", "98"],
], [0.7, 0.7, 0.7, 0.7, 0.7, 1.1, 1.6, 0.9], total_w=PAGE_W - 2 * MARGIN))
story.append(Spacer(1, 10))
story.append(P("TELEPHONE ENCOUNTER - 02/02/2026 11:05 - Tonya Reyes, MA / G. Farrow, MD", "h3"))
story.append(P("Pt called back after thinking it over with his wife. Confirms he does NOT want a "
               "biopsy. Would like to go ahead with the spectroscopy of the prostate that Dr. Farrow "
               "discussed. Reviewed: no claustrophobia (did the 01/12 MRI without issue), no new "
               "symptoms. 4Kscore result pending. Per Dr. Farrow, complete PA for prostate MRS and fax "
               "with 01/28 note and MRI report. PA form completed and signed by Dr. Farrow 02/02/2026; "
               "to be faxed in the morning."))
story.append(P("Addendum 02/02/2026 15:50 (GF): agree with above. 4Kscore 11% risk of high-grade "
               "cancer - intermediate; does not change plan."))

build(os.path.join(OUT, "oduya_pa_packet_fax_2026-02-03.pdf"), story, banner_fn=banner, footer_fn=footer)
print("built", OUT)
