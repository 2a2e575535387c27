import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h1_faxlib import Doc, P, SP, STY, build_fax, form_table, grid_table, inch  # noqa: E402

CASE = "b21_fax_gbm_prior_mrs_2_months_no_change"
OUT = "/tmp/blind2/%s" % CASE
os.makedirs(OUT, exist_ok=True)

PT_R = ["Patient: HASKINS, GERALD M", "DOB: 03/14/1968   MRN: RNO-0048817"]
CLINIC = ["Riverside Neuro-Oncology Center",
          "1180 Riverside Pkwy, Suite 400, Bellmont, OH 44120  Ph (555) 410-2200  Fax (555) 410-2290"]
IMAGING = ["Riverside Imaging - Neuroradiology",
           "1180 Riverside Pkwy, Bldg B, Bellmont, OH 44120   Ph (555) 410-3100"]

# ------------------------------------------------------------------ 1 fax cover
cover = Doc("cover", CLINIC, ["FAX COVER SHEET"],
            "CONFIDENTIAL: this facsimile contains protected health information.", [
    P("FACSIMILE TRANSMITTAL", "title"),
    form_table([
        ("To:", "Utilization Management / Prior Authorization Dept"),
        ("Fax:", "(555) 880-4100"),
        ("From:", "Tanya Ruiz, MA for Priya Raman, MD (Neuro-Oncology)"),
        ("Phone / Fax:", "(555) 410-2207 / (555) 410-2290"),
        ("Date:", "03/17/2026"),
        ("Pages (incl. cover):", "9"),
        ("Re:", "Prior auth request - MR spectroscopy (REPEAT) - HASKINS, GERALD  DOB 03/14/1968"),
    ]),
    SP(10),
    P("Comments:", "h"),
    P("Please review attached request for MRS to be done together with his next surveillance MRI "
      "(MRI already approved). Pt is scheduled at Riverside Imaging 3/30. Attached: PA request form, "
      "letter of med necessity, clinic note 3/10, MRS report 1/13, MRI reports 12/2 and 3/5. "
      "Call Tanya w/ questions. Thank you!", "sans"),
    SP(160),
    P("The documents accompanying this transmission contain confidential health information that is "
      "legally privileged. If you are not the intended recipient, you are hereby notified that any "
      "disclosure, copying, distribution or action taken in reliance on the contents of these documents "
      "is strictly prohibited. If you have received this fax in error, please notify the sender "
      "immediately and destroy the documents.", "small"),
])

# ------------------------------------------------------------------ 2 PA form (ruled table)
form = Doc("form", ["OUTPATIENT ADVANCED IMAGING - PRIOR AUTHORIZATION REQUEST",
                    "Submit to UM Dept fax (555) 880-4100. Incomplete forms may delay review."],
           PT_R, "Form UM-IMG-07 rev 2024-11     Printed 03/16/2026 13:58", [
    form_table([
        ("#section", "SECTION 1 - MEMBER"),
        ("Member name", "HASKINS, GERALD M"),
        ("Date of birth", "03/14/1968"),
        ("Sex", "[X] M  [ ] F"),
        ("Member ID", "CHX-88420193"),
        ("#section", "SECTION 2 - REQUEST"),
        ("Date of request", "03/16/2026"),
        ("Requested date of service", "03/30/2026"),
        ("Priority", "[ ] Urgent   [X] Standard"),
        ("Setting", "[X] Outpatient   [ ] Inpatient"),
        ("Rendering facility", "Riverside Imaging, 3T MRI (NPI 1730119984)"),
        ("CPT / HCPCS requested", "76390  Magnetic resonance spectroscopy   Units: 1"),
        ("Related services", "Companion MRI brain w/wo (70553) already approved, auth # A-2026-0211877 "
                             "- NOT part of this request"),
        ("ICD-10", "C71.2  Malignant neoplasm of temporal lobe;  Z92.3  Personal hx of irradiation"),
        ("Body part / laterality", "Brain / left temporal"),
        ("#section", "SECTION 3 - CLINICAL"),
        ("Working diagnosis", "GBM, IDH-wt, L temporal, s/p GTR 08/2024, chemoXRT + adjuvant TMZ "
                              "(completed 11/2025)"),
        ("Is this a repeat of a prior study?", "[X] Yes   [ ] No"),
        ("If yes: date / result of prior", "1/13/26 MRS - favored treatment effect / radiation necrosis"),
        ("New or worsening symptoms since prior study?", "[ ] Yes   [X] No"),
        ("Treatment change since prior study?", "[ ] Yes   [X] No"),
        ("Conventional MRI/CT inconclusive?", "[ ] Yes   [ ] No"),
        ("Indication (check all that apply)",
         "[ ] Grading of glial neoplasm<br/>[X] Recurrence vs radiation necrosis<br/>"
         "[ ] New intra-axial tumor / metastasis<br/>[X] Post-treatment surveillance<br/>"
         "[ ] Neonatal HIE<br/>[ ] Metabolic / mitochondrial disorder<br/>[ ] Leukodystrophy"),
        ("Is an established guideline applicable?", "[ ] Yes   [ ] No"),
        ("#section", "SECTION 4 - SAFETY SCREEN"),
        ("Claustrophobia / sedation", "[X] Yes   [ ] No   - lorazepam 1 mg PO premed"),
        ("Pregnant", "[ ] Yes   [ ] No   [X] N/A"),
        ("Renal insufficiency (eGFR &lt;30 / dialysis)", "[ ] Yes   [X] No    (eGFR &gt;90 on 03/05/26)"),
        ("Gadolinium allergy", "[ ] Yes   [X] No"),
        ("Implanted device", "[ ] Yes   [X] No"),
        ("#section", "SECTION 5 - ORDERING PROVIDER"),
        ("Name / specialty", "Priya Raman, MD - Neuro-Oncology"),
        ("NPI / TIN", "1487325590 / 34-1178820"),
        ("Phone / fax", "(555) 410-2200 / (555) 410-2290"),
        ("Signature / date", "/s/ P. Raman MD          Date: 3/16/26"),
    ], col_widths=(2.5 * inch, 4.5 * inch)),
])

# ------------------------------------------------------------------ 3 LMN
lmn = Doc("lmn", CLINIC, PT_R, "Riverside Neuro-Oncology Center - Letter of Medical Necessity", [
    P("March 16, 2026"),
    SP(4),
    P("Utilization Management Department<br/>Attn: Prior Authorization / Imaging"),
    SP(4),
    P("<b>RE: Gerald M. Haskins, DOB 03/14/1968, Member ID CHX-88420193<br/>"
      "Request: MR spectroscopy, brain (CPT 76390), with scheduled surveillance MRI 03/30/2026</b>"),
    SP(4),
    P("To Whom It May Concern:"),
    P("I am writing to request authorization of a repeat MR spectroscopy for my patient, Mr. Haskins, "
      "who is followed in our clinic for a left temporal glioblastoma (GBM, IDH-wildtype, WHO grade 4, "
      "MGMT promoter unmethylated). He underwent gross total resection on 08/22/2024, completed "
      "radiation (60 Gy in 30 fractions) with concurrent temozolomide in October 2024, and received "
      "12 cycles of adjuvant temozolomide, the last of which was completed in November 2025. He has "
      "been on surveillance off therapy since then."),
    P("His MRI of December 2, 2025 showed a new 8 mm nodular enhancing focus along the posterior margin "
      "of the resection cavity that was indeterminate for tumor progression versus radiation necrosis. "
      "MR spectroscopy on January 13, 2026 favored treatment-related change. His most recent surveillance "
      "MRI on March 5, 2026 showed slight interval decrease of that focus, read as evolving treatment "
      "effect, with no new lesions."),
    P("Clinically he remains stable. He has had no new or worsening neurological symptoms since the "
      "January study, his neurological examination is unchanged, and there has been no change in "
      "treatment; he continues levetiracetam at the same dose."),
    P("We are requesting this study to continue to monitor the treated area for early recurrence versus "
      "evolving radiation necrosis. Per our institutional neuro-oncology protocol, MR spectroscopy is "
      "paired with each surveillance MRI for the first six months after an indeterminate enhancing "
      "focus, because the spectroscopic trend determines whether we initiate second-line therapy. Should "
      "the choline signal rise, we would present him at our multidisciplinary tumor board to consider "
      "re-resection or lomustine. Our surveillance imaging interval follows the NCCN Guidelines for "
      "Central Nervous System Cancers (brain MRI every 2-3 months for 2-3 years after completion of "
      "chemoradiation)."),
    P("Please note he requires oral lorazepam premedication for MRI due to claustrophobia. Thank you for "
      "your prompt review. Please contact my office at (555) 410-2200 with any questions."),
    SP(6),
    P("Sincerely,"),
    SP(14),
    P("Priya Raman, MD<br/>Neuro-Oncology, Riverside Neuro-Oncology Center<br/>NPI 1487325590"),
])

# ------------------------------------------------------------------ 4 clinic note 03/10/2026
note = Doc("note", CLINIC, PT_R + ["DOS: Mar 10, 2026"],
           "Riverside Neuro-Oncology - Outpatient Progress Note   Printed 03/16/2026 14:01 by truiz", [
    P("NEURO-ONCOLOGY FOLLOW-UP VISIT", "title"),
    P("<b>Date of service:</b> Mar 10, 2026 &nbsp;&nbsp; <b>Provider:</b> Priya Raman, MD &nbsp;&nbsp; "
      "<b>Visit type:</b> Established pt, f/u after imaging", "sans"),
    P("CHIEF COMPLAINT", "h"),
    P("57 y.o. RH man w/ L temporal GBM here for f/u after surveillance MRI 3/5."),
    P("ONCOLOGIC HISTORY (copied forward from prior note, updated)", "h"),
    grid_table([
        ["Date", "Event"],
        ["08/2024", "Expressive aphasia + focal impaired-awareness sz. MRI: 4.2 cm ring-enhancing L temporal mass."],
        ["08/22/2024", "L temporal craniotomy, GTR. Path: glioblastoma, IDH-wildtype, WHO gr 4. MGMT unmethylated."],
        ["09-10/2024", "XRT 60 Gy/30 fx w/ concurrent TMZ (Stupp)."],
        ["11/2024 - 11/2025", "Adjuvant TMZ x 12 cycles (C12 completed 11/07/2025)."],
        ["12/02/2025", "MRI: new 8 mm nodular enhancement post. cavity margin, incr FLAIR. Progression vs "
                       "radiation necrosis, indeterminate. Concerning for early progression - plan MRS. "
                       "Dexamethasone 2 mg BID started 12/04/2025, tapered off by 01/02/2026."],
        ["01/13/2026", "MRS: Cho/NAA 1.1, Cho/Cr 1.3, prominent lipid-lactate - favors treatment effect / "
                       "radiation necrosis."],
        ["03/05/2026", "MRI: enhancing focus slightly smaller (6 mm), FLAIR decreased, no new lesions."],
    ], [1.15 * inch, 5.85 * inch]),
    P("INTERVAL HISTORY", "h"),
    P("Seen last in Jan after the MRS (about two months ago). Since then feels well, back to part-time work "
      "as an estimator. Word-finding at his baseline (mild anomia, unchanged since post-op). Denies HA. "
      "No seizures - last sz 08/2024. No new weakness, numbness, visual change or gait change. Fatigue "
      "improved. Wife present and agrees there is no change in memory or behavior. Off steroids since "
      "early Jan."),
    P("CURRENT MEDICATIONS", "h"),
    P("levetiracetam 500 mg PO BID (no change) &nbsp;|&nbsp; atorvastatin 20 mg daily &nbsp;|&nbsp; "
      "lorazepam 1 mg PO x1 prior to MRI PRN claustrophobia &nbsp;|&nbsp; no dexamethasone"),
    P("ALLERGIES: NKDA. No contrast reactions.", "body"),
    P("PAST MEDICAL HISTORY", "h"),
    P("GBM as above. Hyperlipidemia. Claustrophobia - requires lorazepam premed for all MRIs since 2024. "
      "Remote h/o L knee arthroscopy (2009)."),
    P("FAMILY HISTORY", "h"),
    P("Mother - breast ca, deceased age 72. Father - CAD/MI age 66. Brother - meningioma s/p resection 2019, "
      "doing well. No family hx of glioma."),
    P("SOCIAL HISTORY", "h"),
    P("Married, lives w/ wife. Former smoker, 20 pk-yr, quit 2010. Rare EtOH. Not driving per sz precautions "
      "until 2025; now cleared."),
    P("REVIEW OF SYSTEMS", "h"),
    P("Constitutional: negative for fever, wt loss. Neuro: negative for headache, seizure, new weakness, "
      "numbness, gait change, diplopia or vision loss. Psych: mild anxiety re: scans. All other systems "
      "reviewed and negative."),
    P("PHYSICAL EXAM", "h"),
    P("BP 128/78, HR 72, T 36.7. KPS 90. A&amp;O x3, fluent speech w/ occasional anomic pauses (baseline). "
      "CN II-XII intact. No pronator drift. Strength 5/5 x4. Sensation intact. FTN nl. Gait nl, tandem ok. "
      "Well-healed L temporal incision."),
    P("DATA", "h"),
    P("MRI brain w/wo 03/05/2026, images personally reviewed: stabel to slightly decreased enhancement at "
      "posterior cavity margin, no new lesions. Labs 03/05/26: CBC wnl, Cr 0.94, eGFR &gt;90."),
    P("ASSESSMENT AND PLAN", "h"),
    P("57M w/ L temporal GBM, IDH-wt, MGMT unmeth, s/p GTR 8/2024, Stupp + 12 cycles adj temozolamide "
      "(completed 11/2025), now ~4 months off therapy on surveillance. The 12/2025 enhancing focus favored "
      "treatment effect on MRS 1/13/26 and is stable-to-smaller on MRI 3/5/26. Clinically and "
      "radiographically stable."),
    P("1. GBM - continue surveillance off therapy, MRI brain w/wo q8 wks. Will request repeat MRS w/ next "
      "MRI (3/30) per our protocol to keep following the treated area. If spectroscopy shows rising choline, "
      "would present at tumor board and consider re-resection vs lomustine. TTFields re-discussed; he again "
      "declines."),
    P("2. Sz ppx - no sz since 2024; continue LEV 500 BID, unchanged."),
    P("3. Claustrophobia - lorazepam 1 mg premed for MRI; needs driver."),
    P("Return precautions reviewed: call for any new seizure, worsening HA or new weakness. RTC 8 wks, after "
      "imaging."),
    SP(6),
    P("<i>Electronically signed: Priya Raman, MD  03/10/2026 17:22</i>"),
])

# ------------------------------------------------------------------ 5 MRS 01/13/2026 (IMAGE ONLY)
mrs = Doc("mrs", IMAGING, PT_R + ["Acc# RI-26-004417"],
          "Riverside Imaging  |  Final report  |  Copy to: P. Raman MD", image_lines=[
    ("title", "MR SPECTROSCOPY REPORT"),
    ("b", "EXAM: MR SPECTROSCOPY, BRAIN (CPT 76390), performed with MRI BRAIN W/WO CONTRAST (CPT 70553)"),
    ("b", "DATE OF EXAM: 01/13/2026     ORDERING: Priya Raman, MD"),
    ("rule", ""),
    ("h", "HISTORY:"),
    ("p", "57 y/o M, GBM L temporal s/p GTR 08/2024, chemoradiation and adjuvant TMZ. MRI 12/02/2025 with "
          "new nodular enhancement at the posterior cavity margin. Evaluate recurrence vs radiation necrosis."),
    ("h", "COMPARISON:"),
    ("p", "MRI brain 12/02/2025 and 09/09/2025."),
    ("h", "TECHNIQUE:"),
    ("p", "3T. Single-voxel PRESS (TE 35 ms and TE 144 ms) placed over the enhancing focus at the posterior "
          "margin of the left temporal resection cavity, with a reference voxel in contralateral "
          "normal-appearing white matter. 2D multivoxel chemical shift imaging (TE 144 ms) through the "
          "cavity. Shimming adequate (water linewidth 7 Hz)."),
    ("h", "FINDINGS:"),
    ("p", "Enhancing focus, posterior cavity margin: Cho/Cr 1.3, Cho/NAA 1.1. NAA moderately reduced. "
          "Prominent lipid-lactate doublet at 1.3 ppm, inverting at TE 144. No region on the CSI grid with "
          "Cho/NAA greater than 2.0."),
    ("p", "Reference voxel (right centrum semiovale): normal metabolite ratios."),
    ("h", "IMPRESSION:"),
    ("p", "1. Spectroscopic pattern at the enhancing focus favors treatment-related change / radiation "
          "necrosis over recurrent high-grade tumor."),
    ("p", "2. Continued imaging follow-up is suggested."),
    ("sp", "10"),
    ("p", "Electronically signed: James Whitfield, MD, Neuroradiology   01/13/2026 16:05"),
])

# ------------------------------------------------------------------ 6 MRI 03/05/2026
mri_new = Doc("mri_new", IMAGING, PT_R + ["Acc# RI-26-011902"],
              "Riverside Imaging  |  Final report  |  Copy to: P. Raman MD", [
    P("MRI BRAIN WITH AND WITHOUT CONTRAST", "title"),
    P("<b>EXAM:</b> MRI BRAIN W/WO CONTRAST (CPT 70553) &nbsp;&nbsp; <b>DATE OF SERVICE:</b> 03/05/2026"
      " &nbsp;&nbsp; <b>ORDERING:</b> Priya Raman, MD", "sans"),
    P("HISTORY:", "h"),
    P("C71.2. GBM s/p GTR 8/2024, chemoXRT, adj TMZ. Eval for progression vs radiation necrosis. "
      "Prior MRS 1/13/26."),
    P("COMPARISON:", "h"),
    P("MRI brain 12/02/2025, MR spectroscopy 01/13/2026, MRI brain 09/09/2025."),
    P("TECHNIQUE:", "h"),
    P("3T. Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI, DSC perfusion, pre- and post-contrast 3D T1 MPRAGE. "
      "7 mL gadobutrol IV. eGFR &gt;90 (03/05/2026). Patient premedicated with oral lorazepam."),
    P("FINDINGS:", "h"),
    P("Postsurgical changes of left temporal craniotomy and resection cavity. The nodular enhancing focus "
      "along the posterior margin of the cavity measures 6 x 5 mm (previously 8 x 7 mm on 12/02/2025). "
      "Surrounding FLAIR hyperintensity has decreased. No elevated relative CBV at the focus (rCBV 0.9). "
      "No new enhancing lesion. No restricted diffusion. No acute hemorrhage; expected chronic blood "
      "products in the cavity. No mass effect or midline shift. Ventricles stable in size. No hydrocephalus. "
      "Remainder of the brain parenchyma unremarkable."),
    P("IMPRESSION:", "h"),
    P("1. Slight interval decrease in the small enhancing focus at the posterior margin of the left temporal "
      "resection cavity, with decreasing surrounding FLAIR signal and no elevated perfusion, consistent with "
      "evolving treatment-related change (radiation necrosis), concordant with MRS of 01/13/2026."),
    P("2. No evidence of tumor progression. No new lesions."),
    P("3. Recommend continued routine surveillance imaging."),
    SP(8),
    P("<i>Electronically signed: Anita Kourosh, MD, Neuroradiology   03/05/2026 15:47</i>"),
])

# ------------------------------------------------------------------ 7 MRI 12/02/2025 (older)
mri_old = Doc("mri_old", IMAGING, PT_R + ["Acc# RI-25-098311"],
              "Riverside Imaging  |  Final report  |  Copy to: P. Raman MD", [
    P("MRI BRAIN WITH AND WITHOUT CONTRAST", "title"),
    P("<b>EXAM:</b> MRI BRAIN W/WO CONTRAST (CPT 70553) &nbsp;&nbsp; <b>DATE OF SERVICE:</b> 2025-12-02"
      " &nbsp;&nbsp; <b>ORDERING:</b> Priya Raman, MD", "sans"),
    P("HISTORY:", "h"),
    P("GBM s/p GTR 08/2024, XRT/TMZ, on adjuvant TMZ (C12 completed 11/07/25). Surveillance."),
    P("COMPARISON:", "h"),
    P("MRI brain 09/09/2025."),
    P("TECHNIQUE:", "h"),
    P("3T. Standard brain tumor protocol with DWI, SWI and pre/post-contrast 3D T1. 7 mL gadobutrol IV."),
    P("FINDINGS:", "h"),
    P("Postsurgical changes of the left temporal lobe. New 8 x 7 mm nodular enhancing focus along the "
      "posterior margin of the resection cavity, not present on 09/09/2025. Increased surrounding FLAIR "
      "hyperintensity extending into the posterior temporal white matter. No restricted diffusion. Mild "
      "local mass effect. No midline shift. No other new lesions."),
    P("IMPRESSION:", "h"),
    P("1. New 8 mm nodular enhancing focus at the posterior margin of the left temporal resection cavity with "
      "increased FLAIR signal. Findings are indeterminate: tumor progression versus treatment-related change "
      "(radiation necrosis). Pseudoprogression is less likely given the interval from radiation."),
    P("2. Recommend MR spectroscopy and/or perfusion for further characterization, and short-interval "
      "follow-up MRI."),
    SP(8),
    P("<i>Electronically signed: James Whitfield, MD, Neuroradiology   12/02/2025 11:12</i>"),
])

banner = "03/17/2026 09:41  FROM: Riverside Neuro-Onc (555)410-2290  TO: UM Dept  P. {p}/{n}"
build_fax(os.path.join(OUT, "HASKINS_G_MRS_PA_fax_20260317.pdf"), banner,
          [cover, form, lmn, note, mrs, mri_new, mri_old], seed=21)
print("built", CASE)
