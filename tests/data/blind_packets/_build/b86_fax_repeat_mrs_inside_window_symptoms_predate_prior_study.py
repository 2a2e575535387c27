"""b86: adult NSCLC brain metastasis s/p SRS (06/2025). Prior MR spectroscopy of the
brain on 09/18/2025, request 12/04/2025 (window starts 09/04/2025), no treatment and
no new/worsening symptoms after the prior MRS -> non-indication met.
Traps: the word-finding difficulty and the dexamethasone/levetiracetam starts all
PRE-date the prior MRS; osimertinib is an unchanged regimen; bevacizumab / LITT
only discussed or conditional; the 09/04 MRI sits exactly on the window start but
is not MRS; CKD stage 2 is not renal insufficiency; daughter's pregnancy;
claustrophobia needing premedication is affirmed; NCCN guideline cited.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _faxlib_b85_b88 import ImgPage, build_pdf, out_dirs, field, section_bar  # noqa: E402

CASE = "b86_fax_repeat_mrs_inside_window_symptoms_predate_prior_study"
OUT, TMP = out_dirs(CASE)
TOTAL = 7


def banner(n):
    return "12/05/2025 08:17  CASCADE CANCER INST NEURO-ONC   503-555-0166   >>  PSH UM 1-877-555-0123   PG %02d OF %02d" % (n, TOTAL)


def fax_cover():
    p = ImgPage(seed=861)
    p.fax_header(banner(1))
    p.text(0.8, 0.7, "CASCADE CANCER INSTITUTE", pt=18, f="serifb")
    p.text(0.8, 1.05, "Neuro-Oncology & Thoracic Oncology  |  3181 SW Sam Jackson Park Rd, Portland, OR 97239",
           pt=9, f="serif")
    p.hline(0.8, 7.7, 1.3, w=4)
    p.text(4.25, 1.55, "F A X", pt=30, f="sansb", center=True)
    y = 2.35
    for lab, val in [("To:", "Pacific Summit Health - Prior Authorization (Imaging)"),
                     ("Fax #:", "1-877-555-0123"),
                     ("From:", "Tomas Ibarra, RN, neuro-onc nurse navigator for Dr. R. Tallis"),
                     ("Phone:", "503-555-0160"),
                     ("Date:", "12/5/25"),
                     ("# pages:", "7 incl. cover"),
                     ("Re:", "Linda Haverford  DOB 7/2/67 - repeat MRS brain")]:
        p.text(0.9, y, lab, pt=12, f="sansb")
        p.hand(2.1, y - 0.04, val, pt=14)
        p.hline(2.0, 7.6, y + 0.24, w=1)
        y += 0.5
    y += 0.2
    p.text(0.9, y, "[ ] Urgent    [ ] For review    [ ] Please reply", pt=11, f="sans")
    p.hand_mark(1.02, y + 0.05, 0.11, "x")
    y += 0.55
    p.text(0.9, y, "Comments:", pt=12, f="sansb")
    y += 0.35
    for t in ["PA request for repeat MR spectroscopy (76390). Form signed by Dr Tallis",
              "yesterday 12/4. Attached: MRI 12/1, prior MRS 9/18, SRS summary, clinic",
              "note 11/20, LMN. Pt premedicates w/ lorazepam - pls schedule 12/11 AM",
              "if approved. Thank you! - Tomas"]:
        p.hand(1.0, y, t, pt=13)
        y += 0.36
    p.wrap(0.9, 9.6, "CONFIDENTIAL: This facsimile contains protected health information. If you received it in "
           "error, notify the sender at 503-555-0160 and destroy all copies. Re-disclosure is prohibited by "
           "federal law (45 CFR 164).", 6.8, pt=8, f="sansi")
    return p.finish(os.path.join(TMP, "cover.jpg"))


def request_form():
    p = ImgPage(seed=862)
    p.fax_header(banner(2))
    p.text(0.6, 0.45, "PACIFIC SUMMIT HEALTH", pt=14, f="sansb")
    p.text(0.6, 0.72, "Radiology Benefit Management - Prior Authorization Request: MRI / MRA / MRS / PET", pt=9.5, f="sans")
    p.text(7.9, 0.45, "Form RBM-4 (2025)", pt=8, f="sans", right=True)
    R, G = 0.32, 0.36
    y = 1.05
    y = section_bar(p, y, "A. MEMBER")
    field(p, 0.6, y, "Name (last, first):", "Haverford, Linda M", 4.4)
    field(p, 5.15, y, "DOB:", "07/02/1967", 2.75)
    y += R
    field(p, 0.6, y, "Member #:", "PSH 50931-7720-01", 3.6)
    p.text(4.4, y, "Sex:", pt=9, f="sansb")
    p.box(4.8, y, "M")
    p.box(5.3, y, "F", checked=True)
    y += G
    y = section_bar(p, y, "B. REQUESTING PROVIDER")
    field(p, 0.6, y, "Provider:", "Rebecca Tallis, MD  (Neuro-Oncology)", 4.6)
    field(p, 5.35, y, "NPI:", "1295836047", 2.55)
    y += R
    field(p, 0.6, y, "Practice / facility:", "Cascade Cancer Institute - Imaging (3T)", 4.6)
    field(p, 5.35, y, "Ph:", "503-555-0166", 2.55)
    y += G
    y = section_bar(p, y, "C. REQUEST")
    field(p, 0.6, y, "CPT:", "76390", 1.9)
    field(p, 2.65, y, "Exam:", "MR spectroscopy brain (L parietal lesion)", 5.25)
    y += R
    field(p, 0.6, y, "ICD-10:", "C79.31, C34.12, Z92.3", 3.5)
    field(p, 4.3, y, "Requested DOS:", "12/11/2025", 3.6)
    y += G
    y = section_bar(p, y, "D. CLINICAL  (mark all that apply; attach notes)")
    rows = [
        ("Grading of suspected primary glial neoplasm", False),
        ("Treated brain tumor: recurrence / progression vs radiation necrosis", True),
        ("Intra-axial brain tumor (primary or metastatic) - characterization", False),
        ("Post-treatment surveillance, known brain tumor", True),
        ("Neonatal HIE", False),
        ("Congenital / metabolic / mitochondrial / leukodystrophy", False),
    ]
    for lab, chk in rows:
        p.box(0.8, y, lab, checked=chk, pt=9, mark="check")
        y += 0.215
    y += 0.12
    field(p, 0.6, y, "Most recent MRI/CT (date, result):", "MRI 12/1/25 - indeterminate RN vs progression", 7.3)
    y += R
    p.text(0.6, y, "Prior MR spectroscopy of same area?", pt=9, f="sansb")
    p.box(3.2, y, "No")
    p.box(3.7, y, "Yes", checked=True)
    field(p, 4.35, y, "Date(s):", "9/18/2025", 3.55)
    y += R
    p.text(0.6, y, "Treatment since prior MRS (surgery, XRT/SRS, new chemo)?", pt=9, f="sansb")
    p.box(4.55, y, "Yes")
    p.box(5.1, y, "No", checked=True)
    p.hand(5.65, y - 0.03, "osimertinib unchanged", pt=11)
    y += R
    p.text(0.6, y, "New or worsening symptoms since prior MRS?", pt=9, f="sansb")
    p.box(3.6, y, "Yes")
    p.box(4.15, y, "No", checked=True)
    p.hand(4.7, y - 0.03, "neuro stable", pt=11)
    y += G
    y = section_bar(p, y, "E. SAFETY")
    p.text(0.6, y, "eGFR < 30 / dialysis:", pt=9, f="sansb")
    p.box(2.15, y, "Yes")
    p.box(2.7, y, "No", checked=True)
    field(p, 3.3, y, "Last eGFR/date:", "68  (11/20/25)", 2.4)
    p.text(5.85, y, "Pregnant:", pt=9, f="sansb")
    p.box(6.55, y, "Yes")
    p.box(7.1, y, "No", checked=True)
    y += R
    p.text(0.6, y, "Claustrophobia / anxiolysis needed:", pt=9, f="sansb")
    p.box(3.0, y, "No")
    p.box(3.5, y, "Yes", checked=True)
    p.hand(4.1, y - 0.03, "lorazepam 1 mg PO pre-scan", pt=11)
    y += G
    y = section_bar(p, y, "F. ATTESTATION")
    y += 0.05
    p.text(0.6, y + 0.12, "Ordering provider signature:", pt=9, f="sansb")
    p.signature(2.55, y - 0.02, w=2.0, h=0.38)
    p.hline(2.5, 4.7, y + 0.36, w=1)
    field(p, 4.9, y + 0.12, "Date:", "12/4/25", 3.0)
    y += 0.55
    field(p, 0.6, y, "Date of request:", "12/04/2025", 3.4)
    field(p, 4.2, y, "Contact:", "T. Ibarra RN 503-555-0160", 3.7)
    p.text(0.6, 10.65, "Submit with clinical notes. Requests without documentation will be pended.   PSH-RBM-4 10/2025",
           pt=7.5, f="sans")
    return p.finish(os.path.join(TMP, "form.jpg"))


def mri_recent():
    p = ImgPage(seed=863)
    p.fax_header(banner(3))
    p.text(0.6, 0.45, "CASCADE CANCER INSTITUTE - DEPARTMENT OF DIAGNOSTIC RADIOLOGY", pt=11.5, f="sansb")
    p.hline(0.6, 7.9, 0.72, w=2)
    y = 0.82
    for ln in ["NAME: HAVERFORD, LINDA M      MRN: 3310478      DOB: 07/02/1967     AGE: 58Y  F",
               "EXAM: MR BRAIN W/O & W/ CONTRAST (70553)            DATE: 12/01/2025  15:30",
               "ACC: CCI2512010447      ORDERING: TALLIS, REBECCA     READ: P. DANG, MD"]:
        y = p.text(0.6, y, ln, pt=9, f="mono")
    y += 0.15
    secs = [
        ("CLINICAL HISTORY:", "58F NSCLC (EGFR exon 19 del) with brain metastases. L parietal metastasis s/p SRS "
         "06/11/2025. Word-finding difficulty (onset 09/02/2025, since resolved). Follow-up. MRS 09/18/2025 favored "
         "treatment effect."),
        ("COMPARISON:", "MRI brain 09/04/2025, 05/22/2025, 03/11/2024. MR spectroscopy 09/18/2025."),
        ("TECHNIQUE:", "Multiplanar multisequence MRI of the brain before and after 7.5 mL gadoterate meglumine. "
         "Patient premedicated by referring service (lorazepam). No complications."),
        ("FINDINGS:", "Left parietal treated lesion: peripherally enhancing lesion measures 2.0 x 1.8 cm "
         "(previously 1.9 x 1.7 cm on 09/04/2025), with a slightly more irregular, 'soap-bubble' enhancement "
         "pattern. Surrounding T2/FLAIR signal abnormality is mildly decreased compared with 09/04/2025. No new "
         "enhancing lesions. Previously treated right frontal metastasis remains resolved (no enhancement). No "
         "hemorrhage. No hydrocephalus. No midline shift. Remainder of brain parenchyma within normal limits for "
         "age."),
    ]
    for h, t in secs:
        p.text(0.6, y, h, pt=10, f="sansb")
        y = p.wrap(0.6, y + 0.19, t, 7.3, pt=10)
        y += 0.14
    p.text(0.6, y, "IMPRESSION:", pt=10, f="sansb")
    y += 0.2
    for t in ["1. Treated left parietal metastasis, essentially stable in size (2.0 cm, previously 1.9 cm), with "
              "slightly decreased surrounding edema.",
              "2. Findings remain indeterminate between radiation necrosis / treatment effect (favored) and "
              "tumor progression, which cannot be excluded. Repeat MR spectroscopy or perfusion could be "
              "considered if clinically indicated; otherwise continued short-interval follow-up.",
              "3. No new metastases."]:
        y = p.wrap(0.6, y, t, 7.3, pt=10, indent=0.22)
        y += 0.05
    y += 0.3
    p.text(0.6, y, "Electronically signed by Phuong Dang, MD on 12/01/2025 at 17:12", pt=9)
    p.text(0.6, 10.55, "HAVERFORD, LINDA M  3310478   -  page 1 of 1  -  copy for: TALLIS R", pt=7.5)
    return p.finish(os.path.join(TMP, "mri.jpg"))


mrs_prior = [
    "# CASCADE CANCER INSTITUTE - DIAGNOSTIC RADIOLOGY",
    "",
    "~ NAME: HAVERFORD, LINDA M     MRN: 3310478     DOB: 07/02/1967",
    "~ EXAM: MR SPECTROSCOPY, BRAIN (76390)  - single voxel + 2D CSI, L parietal",
    "~ EXAM DATE: 09/18/2025 10:05      REPORT DATE: 09/19/2025 08:40",
    "~ ORDERING: TALLIS, REBECCA MD",
    "",
    "## CLINICAL HISTORY",
    "58 y/o F w/ EGFR+ NSCLC, L parietal met s/p SRS 21 Gy x1 on 6/11/25; new expressive word-finding "
    "difficulty since 9/2/25; MRI 9/4/25 showed enlargement of the treated lesion (1.4 -> 1.9 cm) with increased "
    "FLAIR. Radiation necrosis vs progression.",
    "",
    "## COMPARISON",
    "MRI brain 09/04/2025.",
    "",
    "## TECHNIQUE",
    "PRESS single voxel (TE 35 and 144 ms) placed over the enhancing L parietal lesion; 2D chemical shift "
    "imaging (TE 144) through the lesion and contralateral normal-appearing white matter.",
    "",
    "## FINDINGS",
    "Enhancing lesion: prominent lipid-lactate peak at 1.3 ppm. Choline mildly elevated, Cho/Cr 1.6 "
    "(contralateral 1.0), Cho/NAA 1.7. NAA markedly reduced. CSI: the highest Cho/Cr voxels (up to 1.9) lie "
    "along the posterior-medial margin of the lesion.",
    "",
    "## IMPRESSION",
    "Metabolite profile dominated by lipid-lactate with only modest choline elevation, favoring treatment-"
    "related change / radiation necrosis. A small component of residual or recurrent tumor along the "
    "posterior-medial margin cannot be entirely excluded. Correlate with follow-up MRI.",
    "",
    "Electronically signed: Phuong Dang, MD   09/19/2025",
]

srs_summary = [
    "# CASCADE CANCER INSTITUTE - RADIATION ONCOLOGY",
    "## STEREOTACTIC RADIOSURGERY - TREATMENT SUMMARY",
    "",
    "~ Patient: Haverford, Linda M      DOB 07/02/1967      MRN 3310478",
    "~ Radiation oncologist: Malcolm Oduya, MD",
    "~ Date of summary: 06/18/2025",
    "",
    "## DIAGNOSIS",
    "Metastatic adenocarcinoma of the LUL (EGFR exon 19 deletion), dx 03/2024, brain metastases at "
    "diagnosis (R frontal 0.6 cm, L parietal 0.9 cm). Both responded to osimertinib (started 04/02/2024); R "
    "frontal lesion resolved. L parietal lesion enlarged 0.9 -> 1.4 cm on MRI 05/22/2025 despite systemic "
    "control (oligoprogression).",
    "",
    "## TREATMENT DELIVERED",
    "~ Site: L parietal metastasis     Technique: frameless linac SRS, VMAT",
    "~ Dose: 21 Gy in 1 fraction to 100% isodose (GTV->PTV 1 mm)",
    "~ Date(s): 06/11/2025 (single fraction)     Completed as planned: YES",
    "",
    "## TOLERANCE",
    "Tolerated well. Mild HA x2 days, resolved. No steroids required at the time.",
    "",
    "## PLAN",
    "MRI brain q2-3 months x 2 years. Continue osimertinib per Dr. Tallis. Counselled re: risk of "
    "radiation necrosis (~10% at this size/dose), typically 6-18 months post SRS.",
    "",
    "Electronically signed: Malcolm Oduya, MD  06/18/2025",
]

clinic = [
    "# CASCADE CANCER INSTITUTE - NEURO-ONCOLOGY CLINIC NOTE",
    "",
    "~ Patient: Haverford, Linda M     DOB: 07/02/1967     MRN: 3310478",
    "~ Date of visit: 11/20/2025       Provider: Rebecca Tallis, MD",
    "",
    "## INTERVAL HISTORY",
    "58 y/o F with EGFR-mutant NSCLC and brain mets, seen for routine f/u. Recap: L parietal met s/p SRS "
    "6/11/25. On 9/2/25 she developed new word-finding difficulty -> MRI 9/4/25 showed enlargement of the "
    "treated lesion; started dexamethasone 4 mg BID on 9/3 (tapered off by 9/15/25) and levetiracetam 500 "
    "mg BID on 9/3. MRS 9/18/25 favored radiation necrosis w/ a possible small tumor component. We "
    "discussed bevacizumab for symptomatic necrosis in Oct but, as her symptoms had resolved, she elected "
    "NOT to start it - it has not been given.",
    "Today: word-finding difficulty fully resolved since late Sept. No headaches, no seizures, no new "
    "weakness, numbness, visual or balance problems. Energy good, walking 3 mi/day. Remains neurologically "
    "stable since the MRS.",
    "",
    "## ONCOLOGIC HISTORY",
    "- 03/2024 LUL adenocarcinoma, EGFR ex19del, stage IVB (brain x2, bone).",
    "- 04/02/2024 osimertinib 80 mg daily - ongoing, no dose changes. Systemic disease controlled (CT "
    "CAP 10/28/25 stable).",
    "- 06/11/2025 SRS 21 Gy x1 L parietal met.",
    "",
    "## PAST MEDICAL HISTORY",
    "HTN. Hypothyroidism. CKD stage 2 (eGFR 68, baseline 65-72). Osteopenia. Postmenopausal (LMP ~2016).",
    "",
    "## MEDICATIONS",
    "- osimertinib 80 mg PO daily (since 4/2024; refilled 10/14/25)",
    "- levetiracetam 500 mg PO BID (since 9/3/25)",
    "- levothyroxine 75 mcg daily",
    "- lisinopril 10 mg daily",
    "- lorazepam 1 mg PO x1 30 min before MRI (claustrophobia)",
    "- calcium/vit D",
    "",
    "## ALLERGIES",
    "Sulfa (rash).",
    "",
    "## SOCIAL / FAMILY",
    "Lives with husband. Former smoker (10 pk-yr, quit 1998). Daughter is pregnant, due 01/2026 - pt hoping "
    "to travel to Denver for the birth. Mother - breast ca. No family hx of brain tumors.",
    "",
    "## ROS",
    "Significant claustrophobia - cannot complete MRI without lorazepam (aborted scan 03/2024 without it). "
    "Otherwise negative x 12 systems except as in HPI.",
    "",
    "## EXAM",
    "KPS 90. A&O x3. Fluent speech, naming 15/15, repetition intact. CN intact. Strength 5/5. Sensation "
    "intact. Gait normal. No papilledema.",
    "",
    "## LABS",
    "11/20/25: Cr 0.98, eGFR 68. CBC wnl. TSH 2.1.",
    "",
    "## ASSESSMENT / PLAN",
    "58F EGFR+ NSCLC w/ treated L parietal met, probable radiation necrosis (MRS 9/18), clinically stable "
    "off steroids.",
    "- Continue osimertinib 80 mg daily, no change.",
    "- Continue levetiracetam 500 BID for now.",
    "- MRI brain w/wo 12/1/25 as scheduled (q2-3 mo post-SRS surveillance).",
    "- If MRI shows further growth, will discuss repeat MRS vs perfusion and, if progression is suspected, "
    "LITT or resection with neurosurgery.",
    "- RTC after MRI.",
    "",
    "Electronically signed: Rebecca Tallis, MD  11/20/2025 16:02",
]

lmn = [
    "# CASCADE CANCER INSTITUTE",
    "Neuro-Oncology Program  |  3181 SW Sam Jackson Park Rd, Portland, OR 97239  |  503-555-0166",
    "",
    "December 4, 2025",
    "",
    "Pacific Summit Health - Utilization Management",
    "RE: Linda M. Haverford   DOB 07/02/1967   Member # PSH 50931-7720-01",
    "Request: MR spectroscopy of the brain (CPT 76390), requested date of service 12/11/2025",
    "",
    "! LETTER OF MEDICAL NECESSITY",
    "",
    "To whom it may concern:",
    "",
    "I am writing on behalf of my patient, Ms. Haverford, a 58-year-old woman with EGFR-mutant metastatic "
    "non-small cell lung cancer on osimertinib since April 2024 (no change in systemic therapy), who "
    "underwent stereotactic radiosurgery (21 Gy x 1) to a left parietal metastasis on 06/11/2025.",
    "",
    "In early September she developed word-finding difficulty; MRI on 09/04/2025 showed enlargement of the "
    "treated lesion, and MR spectroscopy on 09/18/2025 favored radiation necrosis but could not exclude a "
    "small component of recurrent tumor along the posterior-medial margin. Her symptoms resolved after a "
    "short course of dexamethasone that was completed on 09/15/2025, and she has remained neurologically "
    "stable since her last MRS. Her follow-up MRI on 12/01/2025 shows the lesion essentially stable in size "
    "(2.0 cm vs 1.9 cm) with slightly less edema, and neuroradiology again reads it as indeterminate between "
    "radiation necrosis and progression.",
    "",
    "I am requesting a repeat MR spectroscopy to clarify this persistent indeterminate finding and as part of "
    "her post-SRS surveillance. NCCN Guidelines for Central Nervous System Cancers (Brain Metastases, v2.2025), "
    "which address this situation, recommend brain MRI every 2-3 months for 1-2 years after radiosurgery and "
    "list MR spectroscopy, MR perfusion or amino-acid PET as options when radiation necrosis and recurrence "
    "cannot be distinguished. If the repeat MRS shows a rising choline fraction, we would proceed to laser "
    "interstitial thermal therapy or resection; if it continues to favor necrosis, we would consider "
    "bevacizumab only if she becomes symptomatic.",
    "",
    "Please note Ms. Haverford requires oral lorazepam before MRI because of claustrophobia. Her renal "
    "function is adequate for gadolinium (eGFR 68, CKD stage 2).",
    "",
    "Thank you for your prompt review. Please contact my office at 503-555-0166 for a peer-to-peer if needed.",
    "",
    "Sincerely,",
    "",
    "Rebecca Tallis, MD",
    "Neuro-Oncology, Cascade Cancer Institute   NPI 1295836047",
    "(electronically signed 12/04/2025)",
]


def main():
    cov = fax_cover()
    frm = request_form()
    mri = mri_recent()
    build_pdf(os.path.join(OUT, "01_fax_cover_scanned.pdf"), [("img", cov)])
    build_pdf(os.path.join(OUT, "02_PA_request_form_scanned.pdf"), [("img", frm)])
    build_pdf(os.path.join(OUT, "03_MRI_brain_2025-12-01_scanned.pdf"), [("img", mri)])
    ft = lambda label: (lambda i, n: "%s   Page %d of %d" % (label, i, n))  # noqa: E731
    build_pdf(os.path.join(OUT, "04_MR_spectroscopy_2025-09-18.pdf"),
              [("text", mrs_prior, {"banner": banner(4), "footer": ft("HAVERFORD, LINDA M  MRN 3310478")})])
    build_pdf(os.path.join(OUT, "05_SRS_treatment_summary_2025-06-18.pdf"),
              [("text", srs_summary, {"banner": banner(5), "footer": ft("Radiation Oncology - Haverford, L")})])
    build_pdf(os.path.join(OUT, "06_neuro_onc_clinic_note_2025-11-20.pdf"),
              [("text", clinic, {"banner": lambda i, n: banner(5 + i),
                                 "footer": ft("Haverford, Linda M - 11/20/2025 - Tallis")})])
    build_pdf(os.path.join(OUT, "07_letter_of_medical_necessity_2025-12-04.pdf"),
              [("text", lmn, {"banner": lambda i, n: banner(6 + i), "font": "Times-Roman"})])
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))


if __name__ == "__main__":
    main()
