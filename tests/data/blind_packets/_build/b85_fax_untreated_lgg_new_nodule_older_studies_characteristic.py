"""b85: adult, presumed (never-biopsied, never-treated) low-grade insular glioma.
Older MRI (05/2025) and older ED CT read as characteristic / no acute finding;
the MOST RECENT MRI (11/24/2025) is indeterminate (new enhancing nodule).
Traps: request date vs fax banner / signature / DOS; MRS recommended in 2022 but
never done; DSC perfusion within 3 months is not MRS; cousin's MELAS; wife's
pregnancy; teenage claustrophobia resolved; iodinated (not gadolinium) allergy.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _faxlib_b85_b88 import ImgPage, build_pdf, out_dirs, field, section_bar  # noqa: E402

CASE = "b85_fax_untreated_lgg_new_nodule_older_studies_characteristic"
OUT, TMP = out_dirs(CASE)


def banner(page_no, total=7):
    return ("DEC 09 2025 14:22   FROM: LAKESHORE NEURO INST  3125550142      "
            "TO: 18885550199        P. %03d/%03d" % (page_no, total))


# ---------------------------------------------------------------- 01 fax cover (text) + request form (image)
cover = [
    "# LAKESHORE NEUROSCIENCE INSTITUTE",
    "Department of Neurological Surgery - Neuro-Oncology Program",
    "2200 N. Halsted St, Suite 410, Chicago, IL 60614   Ph (312) 555-0140   Fax (312) 555-0142",
    "",
    "# FACSIMILE TRANSMITTAL",
    "",
    "~ TO:      Horizon Health Plan - Utilization Mgmt / Radiology Prior Auth",
    "~ FAX:     (888) 555-0199",
    "~ FROM:    Keisha Drummond, MA  (for Priya Natarajan, MD)",
    "~ DATE:    12/09/2025",
    "~ PAGES:   7 (including cover)",
    "~ RE:      PRIOR AUTH - MR SPECTROSCOPY, BRAIN - EXPEDITED",
    "",
    "~ PATIENT: OKAFOR, DANIEL R      DOB: 03/14/1991      MEMBER ID: HZN-448120937",
    "",
    "! Message:",
    "Attached please find: (1) PA request form signed by Dr. Natarajan 12/8, (2) MRI brain report "
    "11/24/25, (3) prior outside MRI 05/19/25 for comparison, (4) ED visit 10/18/25, (5) neurosurgery clinic "
    "note 12/03/25. Sorry for the delay - form was signed Monday but our fax line was down. Pt would like "
    "to be scheduled 12/15/25 if at all possible (wife due in Feb). Please call 312-555-0140 x2 with any "
    "questions or for a peer-to-peer.",
    "",
    "",
    "! CONFIDENTIALITY NOTICE:",
    "The documents accompanying this facsimile contain protected health information that is legally "
    "privileged. This information is intended only for the use of the individual or entity named above. If "
    "you are not the intended recipient, you are hereby notified that any disclosure, copying, distribution "
    "or action taken in reliance on the contents of these documents is strictly prohibited. If you have "
    "received this fax in error, please notify the sender immediately and destroy the documents.",
]


def request_form():
    p = ImgPage(seed=851)
    p.fax_header(banner(2))
    p.text(4.25, 0.45, "HORIZON HEALTH PLAN", pt=15, f="sansb", center=True)
    p.text(4.25, 0.75, "OUTPATIENT ADVANCED IMAGING - PRIOR AUTHORIZATION REQUEST", pt=11, f="sansb", center=True)
    p.text(4.25, 0.98, "Fax completed form with clinical notes to 1-888-555-0199.  Incomplete forms will be returned.",
           pt=8, f="sansi", center=True)
    R, G = 0.315, 0.36
    y = 1.18
    y = section_bar(p, y, "1. MEMBER INFORMATION")
    field(p, 0.6, y, "Member name:", "Daniel R. Okafor", 4.2)
    field(p, 4.95, y, "DOB:", "03/14/1991", 2.9)
    y += R
    field(p, 0.6, y, "Member ID:", "HZN-448120937", 3.3)
    p.text(4.2, y, "Sex:", pt=9, f="sansb")
    p.box(4.6, y, "M", checked=True)
    p.box(5.1, y, "F")
    field(p, 5.7, y, "Phone:", "773-555-0187", 2.2)
    y += G
    y = section_bar(p, y, "2. ORDERING PROVIDER")
    field(p, 0.6, y, "Name:", "Priya Natarajan, MD", 4.0)
    field(p, 4.75, y, "NPI:", "1457392018", 3.1)
    y += R
    field(p, 0.6, y, "Specialty:", "Neurosurgery", 3.0)
    field(p, 3.75, y, "Phone:", "312-555-0140", 2.0)
    field(p, 5.9, y, "Fax:", "312-555-0142", 1.95)
    y += R
    field(p, 0.6, y, "Rendering facility:", "Lakeshore Neuroscience Inst. MRI Ctr (3T)", 7.25)
    y += G
    y = section_bar(p, y, "3. SERVICE REQUESTED")
    field(p, 0.6, y, "CPT code(s):", "76390", 2.4)
    field(p, 3.1, y, "Description:", "MR spectroscopy - brain (SVS + multivoxel CSI)", 4.75)
    y += R
    field(p, 0.6, y, "ICD-10 code(s):", "D43.0, G40.109, R90.89", 3.9)
    p.text(4.7, y, "Setting:", pt=9, f="sansb")
    p.box(5.3, y, "Outpatient", checked=True, mark="check")
    p.box(6.45, y, "Inpatient")
    y += R
    field(p, 0.6, y, "Requested date of service:", "12/15/2025", 3.9)
    p.text(4.7, y, "Priority:", pt=9, f="sansb")
    p.box(5.3, y, "Routine")
    p.box(6.2, y, "Expedited / urgent", checked=True, mark="check")
    y += G
    y = section_bar(p, y, "4. CLINICAL INFORMATION   (check all that apply)")
    p.text(0.6, y, "Indication for MR spectroscopy:", pt=9, f="sansb")
    y += 0.26
    opts = [
        ("Brain tumor / mass - grading (e.g. high- vs low-grade glioma)", True),
        ("Treated brain tumor - recurrence vs radiation necrosis", False),
        ("Post-treatment surveillance of known brain tumor", False),
        ("Neonatal hypoxic-ischemic encephalopathy", False),
        ("Metabolic / mitochondrial disorder, inborn error, leukodystrophy", False),
        ("Other:", False),
    ]
    for lab, chk in opts:
        p.box(0.8, y, lab, checked=chk, mark="check", pt=9)
        y += 0.215
    p.hline(1.55, 7.8, y - 0.07, w=1)
    y += 0.12
    field(p, 0.6, y, "Most recent conventional imaging (type/date):", "MRI brain w/wo + perfusion 11/24/25", 7.25)
    y += R
    p.text(0.6, y, "Result of that study:", pt=9, f="sansb")
    p.box(2.05, y, "Inconclusive / indeterminate", checked=True)
    p.box(4.25, y, "Conclusive")
    p.box(5.3, y, "Normal")
    y += R
    p.text(0.6, y, "Has MR spectroscopy of this body part been performed before?", pt=9, f="sansb")
    p.box(4.7, y, "Yes")
    p.box(5.25, y, "No", checked=True)
    field(p, 5.8, y, "If yes, date:", "", 2.05)
    y += R
    p.text(0.6, y, "New / worsening symptoms since last imaging?", pt=9, f="sansb")
    p.box(3.6, y, "Yes", checked=True)
    p.box(4.15, y, "No")
    field(p, 4.7, y, "Describe:", "new focal seizures 10/2025", 3.15)
    y += G
    y = section_bar(p, y, "5. SAFETY SCREENING")
    p.text(0.6, y, "Renal impairment (eGFR < 30) / dialysis:", pt=9, f="sansb")
    p.box(3.35, y, "Yes")
    p.box(3.9, y, "No", checked=True)
    field(p, 4.5, y, "Contrast allergy:", "iodinated (hives) - gad OK", 3.35)
    y += R
    p.text(0.6, y, "Claustrophobia / sedation required:", pt=9, f="sansb")
    p.box(3.35, y, "Yes")
    p.box(3.9, y, "No", checked=True)
    p.text(4.5, y, "Pregnant:", pt=9, f="sansb")
    p.box(5.2, y, "Yes")
    p.box(5.75, y, "No")
    p.box(6.25, y, "N/A", checked=True)
    y += G
    y = section_bar(p, y, "6. PROVIDER ATTESTATION")
    p.wrap(0.6, y, "I attest that the information provided is true and accurate and is supported by the "
           "medical record. Clinical documentation is attached.", 7.2, pt=8.5, f="sansi")
    y += 0.25
    p.text(0.6, y + 0.12, "Signature:", pt=9, f="sansb")
    p.signature(1.4, y - 0.05, w=2.3, h=0.4)
    p.hline(1.35, 4.1, y + 0.35, w=1)
    field(p, 4.35, y + 0.12, "Date signed:", "12/8/25", 3.5)
    y += 0.5
    field(p, 0.6, y, "DATE OF REQUEST:", "12/08/2025", 3.6)
    field(p, 4.35, y, "Contact:", "Keisha x2", 3.5)
    p.text(0.6, 10.72, "HHP-UM-IMG-07 (rev. 03/2024)            FOR PLAN USE ONLY:  Auth # ______________   Reviewer ______",
           pt=7.5, f="sans")
    return p.finish(os.path.join(TMP, "form.jpg"))


# ---------------------------------------------------------------- 02 MRI 11/24/2025 (scanned image)
def mri_recent():
    p = ImgPage(seed=852)
    p.fax_header(banner(3))
    p.text(4.25, 0.45, "LAKESHORE NEUROSCIENCE INSTITUTE", pt=13, f="serifb", center=True)
    p.text(4.25, 0.7, "Department of Radiology - Neuroradiology Section", pt=10, f="serif", center=True)
    p.hline(0.6, 7.9, 0.95, w=3)
    y = 1.05
    for ln in ["Patient: OKAFOR, DANIEL R          MRN: 00783312          DOB: 03/14/1991 (34Y)   Sex: M",
               "Exam: MRI BRAIN WITHOUT AND WITH CONTRAST, WITH DSC PERFUSION     CPT: 70553",
               "Exam date: 11/24/2025 07:52      Accession: MR25-118734      Ordering: NATARAJAN, PRIYA MD",
               "Report status: FINAL"]:
        y = p.text(0.6, y, ln, pt=9, f="mono")
    y += 0.12
    body = [
        ("HISTORY:", "34 year old male with presumed low-grade glioma of the right insula (non-biopsied, "
                     "under imaging surveillance since 2022), new focal seizures with left face/hand twitching "
                     "since 10/2025. Evaluate for progression."),
        ("COMPARISON:", "MRI brain 05/19/2025 (Northshore Imaging, outside study, images imported), "
                        "11/12/2024, 03/08/2022."),
        ("TECHNIQUE:", "Sagittal T1, axial T2, axial and coronal FLAIR, DWI/ADC, SWI, pre- and post-contrast "
                       "3D T1 MPRAGE, and dynamic susceptibility contrast (DSC) perfusion. 7 mL gadobutrol IV. "
                       "No immediate complication. MR spectroscopy was not performed."),
        ("FINDINGS:", "There is a nonenhancing T2/FLAIR hyperintense infiltrative lesion centered in the right "
                      "insula extending into the frontal operculum, measuring 3.4 x 2.6 cm (previously 3.1 x 2.4 "
                      "cm on 05/19/2025). There is a NEW 7 mm nodular focus of enhancement along the posterior "
                      "superior margin of the lesion (series 14, image 88), not present on any prior exam. "
                      "Perfusion: mildly elevated rCBV within the enhancing nodule (approximately 2.1 relative to "
                      "contralateral normal-appearing white matter); rCBV of the remainder of the lesion is not "
                      "elevated. No restricted diffusion. No susceptibility to suggest hemorrhage or "
                      "calcification. Mild local mass effect on the right sylvian fissure. No midline shift. "
                      "Ventricles and extra-axial spaces are normal. No additional parenchymal lesions. "
                      "Orbits, paranasal sinuses and mastoids are unremarkable."),
    ]
    for head, txt in body:
        p.text(0.6, y, head, pt=10, f="sansb")
        y = p.wrap(0.6, y + 0.19, txt, 7.25, pt=10, f="sans")
        y += 0.14
    p.text(0.6, y, "IMPRESSION:", pt=10, f="sansb")
    y += 0.2
    imp = [
        "1. Slowly enlarging nonenhancing right insular infiltrative lesion, presumed low-grade glioma, now "
        "with a NEW 7 mm enhancing nodule with mildly elevated perfusion.",
        "2. Findings are indeterminate. Malignant transformation / a focal higher-grade component cannot be "
        "excluded; a peri-ictal or vascular phenomenon is considered less likely. Recommend MR spectroscopy "
        "for further characterization and neurosurgical correlation.",
    ]
    for t in imp:
        y = p.wrap(0.6, y, t, 7.25, pt=10, f="sans", indent=0.22)
        y += 0.06
    y += 0.25
    p.text(0.6, y, "Dictated by: Howard Liang, MD (Neuroradiology)", pt=9, f="sans")
    p.text(0.6, y + 0.2, "Electronically signed: 11/24/2025 13:05   Transcribed: ml/11-24-2025", pt=9, f="sans")
    p.text(0.6, 10.55, "Printed 12/09/2025 09:41 by KDRUMMOND      Page 1 of 1      CONFIDENTIAL PATIENT INFORMATION",
           pt=7.5, f="sans")
    return p.finish(os.path.join(TMP, "mri_1124.jpg"))


# ---------------------------------------------------------------- 03 outside MRI 05/19/2025 (text)
mri_old = [
    "# NORTHSHORE IMAGING ASSOCIATES",
    "1500 Skokie Blvd, Northbrook, IL 60062   (847) 555-0190",
    "",
    "~ PATIENT: Okafor, Daniel          DOB: 3/14/1991     MRN: NSI-2204417",
    "~ EXAM: MRI BRAIN W/WO CONTRAST     DATE OF EXAM: May 19, 2025",
    "~ REFERRING: Priya Natarajan MD",
    "",
    "## CLINICAL HISTORY",
    "F/u R insular lesion. Asymptomatic. No seizures.",
    "",
    "## COMPARISON",
    "11/12/2024, 03/08/2022.",
    "",
    "## FINDINGS",
    "Again seen is a T2/FLAIR hyperintense, T1 hypointense infiltrative lesion of the right insular cortex "
    "and subinsular white matter measuring 3.1 x 2.4 cm, previously 3.0 x 2.4 cm. No enhancement following "
    "gadolinium. No restricted diffusion. No blooming on SWI. No new lesions. No hydrocephalus. Midline "
    "structures are intact.",
    "",
    "## IMPRESSION",
    "Stable nonenhancing right insular lesion. Imaging characteristics are consistent with a low-grade "
    "(WHO grade 2) diffuse glioma. No enhancement or restricted diffusion. No evidence of progression.",
    "Recommend continued surveillance MRI in 6 months.",
    "",
    "Electronically signed by: Renata Bisset, MD   05/19/2025 16:22",
]

# ---------------------------------------------------------------- 04 ED visit 10/18/2025 (text)
ed_note = [
    "# NORTHWESTERN LAKEVIEW HOSPITAL - EMERGENCY DEPARTMENT",
    "ED Provider Note / Discharge Summary",
    "",
    "~ Pt: OKAFOR, DANIEL R    DOB 03/14/1991   Arrival: 10/18/2025 19:06   Disp: 10/18/2025 23:40",
    "",
    "## CHIEF COMPLAINT",
    "\"my face and hand were twitching\"",
    "",
    "## HPI",
    "34 yo M w/ hx of R insular brain lesion (followed by neurosurgery, presumed low grade tumor, never "
    "treated) p/w ~90 sec episode of L facial & L hand twitching while at dinner, no LOC, no tongue bite, no "
    "incontinence. Wife at bedside, witnessed. Back to baseline within 10 min. First such episode. Denies "
    "HA, vision change, fever.",
    "",
    "## EXAM",
    "VS: T 98.4  HR 88  BP 134/82  RR 16  SpO2 99% RA. GCS 15. A&Ox3. CN intact. Strength 5/5 x4. No drift. "
    "Sensation intact. FTN intact.",
    "",
    "## DATA",
    "CBC, BMP wnl (Cr 0.88). Glucose 104. EtOH neg. UDS neg.",
    "CT head w/o contrast (10/18/2025): Ill-defined hypoattenuation in the right insula corresponding to the "
    "patient's known lesion. No acute intracranial hemorrhage, no acute territorial infarct, no midline "
    "shift. Impression: No acute intracranial abnormality. Known right insular lesion, better evaluated on "
    "prior MRI.",
    "",
    "## ED COURSE / MDM",
    "Likely focal aware seizure 2/2 known lesion. d/w on-call neurosurgery (Dr. Albright): load LEV, start "
    "500 mg BID, outpt MRI and f/u w/ Dr. Natarajan. Seizure precautions and IL driving restriction "
    "discussed.",
    "",
    "## DIAGNOSES",
    "- Focal seizure (G40.109)",
    "- Known R insular brain lesion",
    "",
    "## DISCHARGE MEDS",
    "- levetiracetam 500 mg PO BID (NEW)",
    "",
    "Electronically signed: Jason Whitfield, MD  10/18/2025 23:52",
]

# ---------------------------------------------------------------- 05 neurosurgery clinic note 12/03/2025 (text)
clinic = [
    "# LAKESHORE NEUROSCIENCE INSTITUTE - NEUROSURGERY / NEURO-ONCOLOGY CLINIC",
    "",
    "~ Patient: Okafor, Daniel R      DOB: 3/14/1991      MRN: 00783312",
    "~ Date of service: 12/03/2025    Provider: Priya Natarajan, MD    Visit: established, f/u",
    "",
    "## CHIEF COMPLAINT",
    "F/u R insular lesion; new seizures; review MRI 11/24.",
    "",
    "## HPI",
    "Daniel is a 34 y.o. RH M w/ a presumed low grade glioma of the R insula found incidentally on MRI "
    "03/2022 (imaged after an MVA - CT head that day was neg for acute findings, lesion seen on f/u MRI). He "
    "declined biopsy/resection in 2022 and has been followed w/ serial MRI q6mo, stable through 05/2025. "
    "MRS was recommended by the outside radiologist back in 2022 but was never obtained (pt changed "
    "insurance, then moved). He has never had surgery, XRT or chemo for this lesion.",
    "On 10/18/25 he had his first-ever seizure - L face and hand twitching ~90 sec, no LOC - seen in the ED "
    "and started on levetiracetam 500 mg BID, increased to 750 mg BID on 10/28 after 2 more brief focal "
    "sz. No sz since 11/2. Denies HA, weakness, numbness, vision change or speech difficulty.",
    "MRI 11/24/25 personally reviewed with pt and his wife: new 7 mm enhancing nodule at the posterior "
    "margin with mildly increased rCBV; read by neuroradiology as indeterminate, can't exclude "
    "transformation.",
    "",
    "## PAST MEDICAL HISTORY",
    "- Presumed LGG R insula (2022, non-biopsied, observation)",
    "- Focal epilepsy, onset 10/2025",
    "- Asthma, mild intermittent",
    "- GERD",
    "",
    "## PAST SURGICAL HISTORY",
    "Appendectomy 2009. ORIF L distal radius 2022 (MVA).",
    "",
    "## MEDICATIONS",
    "- levetiracetam 750 mg PO BID",
    "- albuterol HFA 2 puffs q4-6h PRN",
    "- omeprazole 20 mg PO daily",
    "",
    "## ALLERGIES",
    "Iodinated contrast (hives w/ CT contrast 2022). NKDA.",
    "",
    "## FAMILY HISTORY",
    "Father - HTN, T2DM. Mother - hypothyroidism. Maternal first cousin - MELAS (dx age 12). No family "
    "history of brain tumors.",
    "",
    "## SOCIAL HISTORY",
    "Software engineer, working from home. Married; wife is 30 wks pregnant with their first child (due "
    "02/2026) - pt would like a decision about surgery before the baby arrives. Never smoker. EtOH "
    "socially, none since sz. No drugs. Not driving since 10/18.",
    "",
    "## REVIEW OF SYSTEMS",
    "Constitutional: no fever, wt loss. Neuro: per HPI. Psych: mild anxiety re: diagnosis. Had "
    "claustrophobia as a teenager - no longer an issue, has done his last 4 MRIs w/o any premedication. "
    "All other systems reviewed and negative.",
    "",
    "## EXAM",
    "BP 128/78, HR 72, BMI 26.1. Alert, oriented x3, speech fluent, naming/repetition intact. CN II-XII "
    "intact; ?subtle L nasolabial flattening, unchanged from prior (likely baseline). Strength 5/5 "
    "throughout. No pronator drift. Sensation intact to LT. Reflexes 2+ symmetric. Gait normal, tandem ok.",
    "",
    "## DATA",
    "Labs 11/24/25: Cr 0.92, eGFR >90. CBC wnl. LEV level 18 mcg/mL.",
    "Imaging: as above. MRI 05/19/25 (outside): stable, c/w LGG, no enhancement.",
    "",
    "## ASSESSMENT AND PLAN",
    "34M w/ presumed WHO grade 2 diffuse glioma of the R insula (never biopsied; IDH status unknown), now "
    "with new-onset focal seizures and a new enhancing nodule w/ increased perfusion on MRI 11/24/25. The "
    "key question is whether this has transformed to a higher grade (grade 3/4) glioma - i.e. low-grade "
    "vs high-grade - which determines the timing and extent of surgery in a high-risk (insular) location. "
    "Neuroradiology reads the MRI as indeterminate.",
    "- Requesting MR spectroscopy (CPT 76390): multivoxel CSI covering the lesion incl. the enhancing "
    "nodule - Cho/NAA, Cho/Cr, lipid/lactate; 2-HG if sequence available.",
    "- If MRS shows Cho/NAA > 2 or lipid-lactate within the nodule, we would proceed w/ awake craniotomy "
    "for maximal safe resection with targeted sampling of the nodule. If reassuring, short-interval MRI "
    "in 8 wks would be reasonable.",
    "- Cont LEV 750 mg BID. Sz precautions, no driving.",
    "- Contrast: allergy is to iodinated contrast only; tolerated gadobutrol 11/24 w/o reaction. Renal "
    "fxn normal.",
    "- RTC after MRS to finalize surgical plan.",
    "",
    "Total time 45 min, >50% counseling.",
    "Electronically signed: Priya Natarajan, MD  12/03/2025 17:41",
]


def main():
    form_jpg = request_form()
    mri_jpg = mri_recent()
    build_pdf(os.path.join(OUT, "01_fax_cover_and_PA_request_form.pdf"),
              [("text", cover, {"banner": banner(1)}), ("img", form_jpg)], title="Fax 12/09/2025")
    build_pdf(os.path.join(OUT, "02_MRI_brain_2025-11-24_scanned.pdf"), [("img", mri_jpg)], title="scan")
    build_pdf(os.path.join(OUT, "03_outside_MRI_brain_2025-05-19.pdf"),
              [("text", mri_old, {"banner": banner(4), "footer": "Northshore Imaging Associates - page 1 of 1"})])
    build_pdf(os.path.join(OUT, "04_ED_visit_2025-10-18.pdf"),
              [("text", ed_note, {"banner": banner(5),
                                  "footer": lambda i, n: "OKAFOR, DANIEL R  MRN 00783312   Page %d of %d" % (i, n)})])
    build_pdf(os.path.join(OUT, "05_neurosurgery_clinic_note_2025-12-03.pdf"),
              [("text", clinic, {"banner": lambda i, n: banner(5 + i),
                                 "footer": lambda i, n: "Okafor, Daniel R - DOS 12/03/2025 - Page %d of %d" % (i, n)})])
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))


if __name__ == "__main__":
    main()
