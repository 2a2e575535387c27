"""b120: resected WHO grade 1 meningioma, stable; conclusive MRI + normal MRS at an
outside facility exactly 3 months before the request; new practice wants its own
baseline 'MRI with MR spectroscopy' but the PA form's CPT box says 70553 only."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _faxlib9 import (Fax, FlowDoc, FrameBreak, P, PageBreak, S, Spacer,
                      build_packet, check_packet, form_section, grid_table, inch)

CASE = "b120_pdf_meningioma_resected_stable_prior_mrs_on_3mo_boundary_form_cpt_70553_only"
OUT = os.path.join("/work/blind9", CASE)

fax = Fax("MAR-12-2026 08:17", "NORTHGATE NEUROSURG 4805550121", "SUMMIT RIDGE HP UM 18005550166")

NG_HEAD = [
    ("NORTHGATE NEUROSURGICAL ASSOCIATES, PLLC", 12.5, True),
    ("7400 E. Osborn Rd, Suite 300, Scottsdale, AZ 85251  |  Tel (480) 555-0120  |  Fax (480) 555-0121", 7.8, False),
    ("Marcus Oyelaran, MD  -  Priya Castellanos, MD  -  Dean Whitfield, PA-C", 7.8, False),
]
VRI_HEAD = [
    ("VALLEY REGIONAL IMAGING", 12, True),
    ("1850 S. Dobson Rd, Mesa, AZ 85202  |  ACR-accredited MRI  |  Tel (480) 555-0300  Fax (480) 555-0301", 7.6, False),
    ("DIAGNOSTIC REPORT", 7.6, True),
]
X, O = "[X]", "[ ]"
W4 = [1.35, 2.35, 1.15, 2.15]


# ---------------------------------------------------------------- doc 1 ---
def doc1_story():
    st = [P("FAX", "h1")]
    st.append(form_section("COVER", [
        [("L", "To"), ("V", "Summit Ridge Health - Prior Authorization Dept."), ("L", "Fax"), ("V", "(800) 555-0166")],
        [("L", "From"), ("V", "Lorena Batiste, Surgical Scheduler / Auth"), ("L", "Direct"), ("V", "(480) 555-0127")],
        [("L", "Date"), ("V", "03/12/2026"), ("L", "# pages"), ("V", "6 with cover")],
        [("L", "Regarding"), ("V", "Imaging authorization - BRENNAN-WU, CAROLYN A. - DOB 05/02/1973 - "
                                   "ID SRH77310452", 3)],
    ], [0.95, 4.35, 0.8, 1.9]))
    st.append(Spacer(1, 8))
    st.append(P("Please find attached the authorization request, Dr. Oyelaran's consultation note of 02/24/2026, "
                "his letter of 03/09/2026, and the outside MRI report from Valley Regional Imaging (12/10/2025). "
                "Imaging is scheduled at Northgate Imaging Center on 03/23/2026."))
    st.append(Spacer(1, 320))
    st.append(P("The documents accompanying this facsimile contain confidential health information that is legally "
                "privileged. If you are not the intended recipient, you are hereby notified that any disclosure, "
                "copying or distribution is strictly prohibited. Please notify us by telephone.", "small"))
    st.append(PageBreak())

    st.append(P("SUMMIT RIDGE HEALTH - PRIOR AUTHORIZATION REQUEST: OUTPATIENT IMAGING", "h2"))
    st.append(P("Commercial / Exchange products  |  SRH-PA-IMG (01/2026)  |  Fax 1-800-555-0166", "small"))
    st.append(Spacer(1, 3))
    st.append(form_section("1. REQUEST INFORMATION", [
        [("L", "Date of request"), ("V", "03/10/2026"), ("L", "Request type"),
         ("V", "%s Standard &nbsp;&nbsp;%s Urgent" % (X, O))],
        [("L", "Population"), ("V", "%s Adult &nbsp;&nbsp;%s Pediatric" % (X, O)), ("L", "Line of business"),
         ("V", "Commercial PPO")],
    ], W4))
    st.append(form_section("2. MEMBER INFORMATION", [
        [("L", "Name"), ("V", "BRENNAN-WU, CAROLYN A."), ("L", "Date of birth"), ("V", "05/02/1973")],
        [("L", "Member ID"), ("V", "SRH77310452"), ("L", "Sex"), ("V", "%s F &nbsp;&nbsp;%s M" % (X, O))],
        [("L", "Address"), ("V", "4127 N. 68th Pl, Scottsdale, AZ 85251"), ("L", "Phone"), ("V", "(480) 555-6619")],
    ], W4))
    st.append(form_section("3. PROVIDER INFORMATION", [
        [("L", "Ordering physician"), ("V", "Marcus Oyelaran, MD - Neurological Surgery"), ("L", "NPI"), ("V", "1609335872")],
        [("L", "Imaging facility"), ("V", "Northgate Imaging Center (3T), 7400 E. Osborn Rd, Scottsdale"),
         ("L", "Facility NPI / TIN"), ("V", "1447210395 / 86-2210458")],
    ], W4))
    st.append(form_section("4. SERVICE REQUESTED", [
        [("L", "CPT code(s)"), ("V", "<b>70553</b>"), ("L", "Units"), ("V", "1")],
        [("L", "Description"), ("V", "MRI brain w/ and w/o contrast with MR spectroscopy", 3)],
        [("L", "Body part"), ("V", "Brain"), ("L", "Laterality"), ("V", "%s L &nbsp;%s R &nbsp;%s Bilateral &nbsp;%s N/A" % (O, O, O, X))],
        [("L", "Scheduled date of service"), ("V", "03/23/2026"), ("L", "Setting"),
         ("V", "%s Freestanding outpatient &nbsp;%s Hospital OP" % (X, O))],
        [("L", "ICD-10-CM"), ("V", "Z86.011 Personal history of benign neoplasm of the brain; Z09 Follow-up exam after "
                                   "completed treatment; G44.229 Chronic tension-type headache, not intractable", 3)],
    ], W4))
    st.append(form_section("5. CLINICAL INFORMATION", [
        [("V", "%s Suspected tumor / mass" % O, 2), ("V", "%s Post-treatment surveillance, known brain tumor" % X, 2)],
        [("V", "%s Recurrence vs. treatment effect" % O, 2), ("V", "%s New or worsening neurological symptoms" % O, 2)],
        [("L", "Most recent imaging of this body part"), ("V", "MRI brain w/wo + MR spectroscopy 12/10/2025, Valley "
                                                               "Regional Imaging: stable, no recurrence (report attached)", 3)],
        [("L", "Prior MR spectroscopy"), ("V", "%s Yes &nbsp;&nbsp;%s No" % (X, O)), ("L", "Date"), ("V", "12/10/2025")],
        [("L", "Treatment since last imaging"), ("V", "%s Yes &nbsp;&nbsp;%s No" % (O, X)),
         ("L", "New / worse symptoms"), ("V", "%s Yes &nbsp;&nbsp;%s No" % (O, X))],
        [("L", "Reason for request"), ("V", "Patient transferred care to our practice; establish baseline imaging at "
                                          "treating institution; patient concern about recurrence.", 3)],
    ], W4))
    st.append(form_section("6. SAFETY", [
        [("L", "Claustrophobia"), ("V", "%s Yes &nbsp;%s No" % (O, X)), ("L", "Pregnant"),
         ("V", "%s Yes &nbsp;%s No (s/p hysterectomy)" % (O, X))],
        [("L", "Renal insufficiency"), ("V", "%s Yes &nbsp;%s No - eGFR 64 (01/2026), solitary kidney" % (O, X)),
         ("L", "Contrast reaction"), ("V", "%s Yes &nbsp;%s No" % (O, X))],
    ], W4))
    st.append(form_section("7. SIGNATURE", [
        [("L", "Ordering physician signature"), ("V", "<i>M. Oyelaran</i>"), ("L", "Date"), ("V", "03/10/2026")],
        [("L", "Submitted by"), ("V", "Lorena Batiste (480) 555-0127"), ("L", "Plan auth #"), ("V", "")],
    ], W4))
    return st


# ---------------------------------------------------------------- doc 2 ---
def doc2_story():
    st = [P("NEUROSURGERY NEW PATIENT CONSULTATION", "h1")]
    st.append(form_section("VISIT", [
        [("L", "Patient"), ("V", "Brennan-Wu, Carolyn A."), ("L", "DOB / age"), ("V", "05/02/1973 / 52 y")],
        [("L", "Date of visit"), ("V", "02/24/2026"), ("L", "Account #"), ("V", "NNA-118204")],
        [("L", "Physician"), ("V", "Marcus Oyelaran, MD"), ("L", "Referred by"), ("V", "Self / PCP Dr. Joel Marquez")],
    ], [1.2, 2.6, 1.0, 2.5]))
    sections = [
        ("Reason for visit", "Establish care. History of resected left parasagittal meningioma."),
        ("History of present illness",
         "Mrs. Brennan-Wu is a 52-year-old accountant who presented in April 2022 with a focal motor seizure of the "
         "right hand and several months of headache. MRI showed a 3.4 cm dural-based left frontal parasagittal mass. "
         "On 06/14/2022 Dr. Ellen Park (Desert Sky Neurosurgery) performed a left frontal craniotomy with Simpson "
         "grade II resection. Pathology: meningothelial meningioma, CNS WHO grade 1, Ki-67 2-3%. No radiation was "
         "given. Levetiracetam was tapered off in January 2023 and she has been seizure-free since surgery.<br/><br/>"
         "Surveillance: post-operative baseline MRI 09/2022. MRI 06/12/2023 described an equivocal 3 mm nodular focus "
         "of dural enhancement at the anterior craniotomy margin; follow-up 12/2023 showed it less conspicuous and on "
         "06/18/2024 it was no longer seen. Her most recent study, MRI brain with and without contrast with MR "
         "spectroscopy at Valley Regional Imaging on 12/10/2025, showed stable postoperative change with no evidence "
         "of recurrent or residual meningioma and a normal spectrum.<br/><br/>"
         "She changed insurance through her employer in January and Dr. Park is now out of network. She has "
         "intermittent bifrontal pressure headaches two to three times a month, relieved by acetaminophen; they are "
         "unchanged in character and frequency for many years and predate the meningioma. She denies new weakness, "
         "numbness, speech or vision change, or seizures. She describes significant worry about recurrence since a "
         "coworker was diagnosed with a brain tumor last year; she sees a counselor and takes no medication for this."),
        ("Past medical / surgical history",
         "Meningioma as above. Hypertension. Living kidney donor (left nephrectomy 2011, donated to her sister); "
         "eGFR 64 mL/min/1.73m2 on 01/15/2026, stable for years. Hysterectomy 2016 for fibroids."),
        ("Medications", "Amlodipine 5 mg daily (unchanged for several years); acetaminophen 500-1000 mg as needed. "
                        "No changes today."),
        ("Allergies", "No known drug allergies. Has received gadolinium contrast multiple times without reaction."),
        ("Family / social history",
         "Sister: kidney transplant recipient (IgA nephropathy). Father: prostate cancer. Married, two adult children, "
         "never smoker, occasional wine."),
        ("Review of systems", "Negative except as above. Not claustrophobic; all prior MRIs done without sedation."),
        ("Examination",
         "BP 134/82, HR 70. Alert, fluent, oriented. Cranial nerves II-XII intact. Strength 5/5 in all extremities, "
         "no drift, reflexes symmetric, no Hoffmann sign. Sensation intact. Gait and tandem normal. Well-healed left "
         "frontal incision, no bone flap irregularity."),
        ("Imaging", "Outside MRI of 12/10/2025 reviewed personally from disc: I agree with the report. Smooth, thin "
                    "dural thickening along the craniotomy without nodularity; no recurrence."),
        ("Assessment",
         "52-year-old woman 3 years 8 months after Simpson grade II resection of a CNS WHO grade 1 left parasagittal "
         "meningioma, with no evidence of recurrence on MRI and MR spectroscopy of 12/10/2025 and a normal "
         "neurological examination. Chronic tension-type headaches, unchanged."),
        ("Plan",
         "1. Continue annual MRI surveillance in line with NCCN guidance for resected WHO grade 1 meningioma; next "
         "routine study due 12/2026.<br/>"
         "2. Mrs. Brennan-Wu asked to repeat the MRI with spectroscopy at our center now so that we have our own "
         "baseline on our scanner, as she is anxious about waiting until December. I explained that the December "
         "study was conclusive and that spectroscopy is unlikely to change her management. Given her level of "
         "concern, we will submit the request.<br/>"
         "3. No driving restrictions. Return after imaging, sooner for any seizure or new neurological symptom."),
    ]
    for h, t in sections:
        st.append(P(h, "h2"))
        st.append(P(t))
    st.append(Spacer(1, 4))
    st.append(P("Electronically signed by Marcus Oyelaran, MD on 02/24/2026 at 18:05", "small"))
    st.append(PageBreak())

    st.append(Spacer(1, 6))
    st.append(P("March 9, 2026", "serif"))
    st.append(P("Summit Ridge Health<br/>Attn: Utilization Management / Medical Director<br/>"
                "2300 W. Camelback Rd, Phoenix, AZ 85015", "serif"))
    st.append(P("<b>Re: Carolyn A. Brennan-Wu, DOB 05/02/1973, Member ID SRH77310452<br/>"
                "Request: MRI of the brain with and without contrast (CPT 70553) with MR spectroscopy</b>", "serif"))
    st.append(P("Dear Medical Director,", "serif"))
    for t in [
        "I am writing to request authorization for the above study for Mrs. Brennan-Wu, who recently transferred "
        "her neurosurgical care to our practice. She underwent resection of a left parasagittal meningioma, CNS WHO "
        "grade 1, on 06/14/2022 and has been followed with serial MRI since.",
        "Her most recent MRI with spectroscopy, performed three months ago at Valley Regional Imaging "
        "(12/10/2025), showed no evidence of recurrence and a normal spectrum. Because she is now under our care, we "
        "would like to obtain imaging on our own 3T scanner to establish an institutional baseline, so that future "
        "surveillance studies are performed with consistent technique and can be compared directly.",
        "She has no new neurological symptoms and has received no treatment since her 2022 surgery. She is, "
        "understandably, anxious about the possibility of recurrence, and a study performed and reviewed at our "
        "institution would be reassuring to her.",
        "Thank you for your consideration. Please contact my office at (480) 555-0120 if additional information "
        "is needed.",
    ]:
        st.append(P(t, "serifj"))
    st.append(Spacer(1, 6))
    st.append(P("Sincerely,<br/><br/><i>Marcus Oyelaran</i><br/>Marcus Oyelaran, MD, FAANS<br/>"
                "Northgate Neurosurgical Associates", "serif"))
    return st


# ---------------------------------------------------------------- doc 3 ---
def doc3_story():
    st = []
    st.append(form_section("PATIENT / EXAM", [
        [("L", "Patient"), ("V", "BRENNAN-WU, CAROLYN"), ("L", "MRN"), ("V", "VRI-2209317"), ("L", "DOB"), ("V", "05/02/1973")],
        [("L", "Exam"), ("V", "MRI BRAIN WITHOUT AND WITH CONTRAST (70553) WITH SINGLE-VOXEL MR SPECTROSCOPY (76390)", 5)],
        [("L", "Date of exam"), ("V", "12/10/2025"), ("L", "Referring"), ("V", "Ellen Park, MD"), ("L", "Acc #"), ("V", "VRI25121044")],
        [("L", "History"), ("V", "Resected WHO grade 1 left parasagittal meningioma (06/2022). Annual surveillance.", 5)],
    ], [0.9, 1.55, 0.75, 1.45, 0.75, 1.35]))
    st.append(FrameBreak())
    H, B = S["h3"], S["bodyj"]
    st.append(P("TECHNIQUE:", H))
    st.append(P("1.5T. Sagittal T1, axial T2, axial FLAIR, axial DWI/ADC, axial GRE, post-gadolinium axial and coronal "
                "T1 and 3D T1 with reformats (gadobutrol 7 mL IV). Single-voxel proton MR spectroscopy (PRESS, TE 30 "
                "and TE 135) with an 8 cc voxel in the left frontal parasagittal region adjacent to the resection bed.", B))
    st.append(P("COMPARISON:", H))
    st.append(P("MRI brain 06/18/2024, 12/14/2023, 06/12/2023 and post-operative baseline 09/20/2022.", B))
    st.append(P("FINDINGS:", H))
    st.append(P("Postsurgical changes of left frontal craniotomy and resection of the left parasagittal meningioma. "
                "Smooth dural thickening along the craniotomy measures up to 2 mm, unchanged since 06/18/2024. There "
                "is no nodular extra-axial enhancement along the craniotomy, the falx or the superior sagittal sinus; "
                "the sinus is patent. The 3 mm nodular dural focus questioned on 06/12/2023 has not been seen since "
                "06/18/2024 and is not seen today.", B))
    st.append(P("Mild encephalomalacia and gliosis in the left superior frontal gyrus at the resection bed, unchanged. "
                "No intra-axial tumor. No evidence of metastatic disease. No restricted diffusion. No hemorrhage. "
                "Ventricles and sulci are normal for age; no hydrocephalus. Orbits, paranasal sinuses and mastoids are "
                "clear.", B))
    st.append(P("MR SPECTROSCOPY:", H))
    st.append(P("Voxel adjacent to the resection bed: NAA, choline and creatine peaks within normal ratios (Cho/Cr 1.1, "
                "Cho/NAA 0.8). No alanine doublet. No lipid or lactate peak. Normal spectrum.", B))
    st.append(P("IMPRESSION:", H))
    st.append(P("1. Stable postoperative changes after resection of a left parasagittal meningioma. No evidence of "
                "recurrent or residual meningioma.", B))
    st.append(P("2. Normal MR spectroscopy of the peri-resection region.", B))
    st.append(P("3. Continued routine annual surveillance MRI is recommended.", B))
    st.append(Spacer(1, 8))
    st.append(P("Interpreted by: Rafael Quintero, MD, Diplomate ABR (Neuroradiology CAQ)<br/>"
                "Signed: 12/10/2025 17:26 MST", S["small"]))
    st.append(Spacer(1, 8))
    st.append(P("Valley Regional Imaging is an independent diagnostic testing facility. Copies of images are "
                "available on CD upon request with signed patient authorization.", S["tiny"]))
    return st


docs = [
    FlowDoc("01_fax_cover_and_prior_auth_form.pdf", doc1_story, letterhead=NG_HEAD,
            footer="Northgate Neurosurgical Associates  |  BRENNAN-WU, C.  DOB 05/02/1973"),
    FlowDoc("02_neurosurgery_consult_02-24-2026_and_letter_03-09-2026.pdf", doc2_story, letterhead=NG_HEAD,
            footer="CONFIDENTIAL - Northgate Neurosurgical Associates  |  Brennan-Wu, Carolyn A.  Acct NNA-118204"),
    FlowDoc("03_outside_mri_with_mrs_valley_regional_12-10-2025.pdf", doc3_story, letterhead=VRI_HEAD,
            footer="Valley Regional Imaging  |  VRI25121044  |  BRENNAN-WU, CAROLYN  |  Report reprinted 02/20/2026",
            first_template="twohead", head_block_h=1.35 * inch),
]

if __name__ == "__main__":
    build_packet(OUT, fax, docs)
    check_packet(OUT)
