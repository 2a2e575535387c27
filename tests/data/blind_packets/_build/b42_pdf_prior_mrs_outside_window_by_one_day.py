"""Build packet b42_pdf_prior_mrs_outside_window_by_one_day (faxed PDFs)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from b42_faxlib import build_packet, text_flowables, form_table

CASE = "b42_pdf_prior_mrs_outside_window_by_one_day"
OUT = os.path.join("/tmp/blind4", CASE)
BANNER = "MAR-18-2026 14:22  FROM:CHESAPEAKE NEURO-ONC 4105550142  TO:18885550199 COHERE UM"

FAX_COVER = """
# FAX COVER SHEET
Chesapeake Neuroscience Institute - Neuro-Oncology
1200 N. Calvert St, Suite 410, Baltimore, MD 21202

Date: 03/18/2026     Time: 2:20 PM
To: Cohere Health - Utilization Management     Fax: (888) 555-0199
From: Jenna Whitlock, Prior Auth Coordinator     Phone: (410) 555-0140     Fax: (410) 555-0142
Pages (including cover): {pages}

RE: Prior authorization - MR spectroscopy, brain
Patient: HEALEY, MARCUS T     DOB 07/22/1987     Member ID COH-88412093

[X] Urgent   [ ] For review   [ ] Please comment   [X] Please reply

Comments: Attached please find PA request form, letter of medical necessity, office visit note 3/12/26, MRI brain 3/9/26 and the prior MRI/MRS from 12/15/25 for comparison. Pt is tentatively scheduled 3/23/26 - please call (410) 555-0140 with any questions. Thank you!

CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and confidential under HIPAA. If you have received this fax in error, please notify the sender immediately and destroy all copies.
"""

FORM_ROWS = [
    ("#", "PRIOR AUTHORIZATION REQUEST - ADVANCED IMAGING (MRI / MRS / PET)"),
    ("Date of request", "03/16/2026"),
    ("Review type", "[ ] Urgent / expedited     [X] Standard"),
    ("#", "MEMBER INFORMATION"),
    ("Member name", "HEALEY, MARCUS T"),
    ("Date of birth / Sex", "07/22/1987     /     M"),
    ("Member ID / Plan", "COH-88412093  /  Evergreen Health Plan - Commercial PPO"),
    ("#", "ORDERING PROVIDER"),
    ("Name / specialty", "Priya Raman, MD  -  Neuro-Oncology"),
    ("NPI / TIN", "1487650932  /  52-1873340"),
    ("Phone / Fax", "(410) 555-0140  /  (410) 555-0142"),
    ("#", "RENDERING FACILITY"),
    ("Facility", "CNI Imaging Center (3T)\n1200 N. Calvert St, Baltimore, MD 21202   NPI 1992034471"),
    ("#", "SERVICE REQUESTED"),
    ("CPT / HCPCS", "76390"),
    ("Description", "MR spectroscopy, brain - single voxel + multivoxel (2D CSI) over L frontal/insular lesion"),
    ("Body part / laterality", "Brain  /  Left"),
    ("Setting", "[X] Outpatient     [ ] Inpatient"),
    ("Requested date of service", "03/23/2026"),
    ("#", "DIAGNOSIS"),
    ("ICD-10 codes", "D49.6  Neoplasm of unspecified behavior of brain\nG40.109  Localization-related symptomatic epilepsy w/ simple partial seizures, not intractable"),
    ("#", "CLINICAL INDICATION (check all that apply)"),
    ("Indication", "[X] Brain mass - glioma grading (low vs high grade)\n[ ] Tumor recurrence vs radiation necrosis\n[X] Conventional MRI/CT inconclusive   Date of study: 03/09/2026\n[ ] Metabolic / mitochondrial disorder\n[ ] Leukodystrophy / inherited metabolic disorder\n[ ] Neonatal HIE\n[ ] Other: ____________________"),
    ("#", "PRIOR IMAGING OF SAME BODY PART (last 6 months)"),
    ("Studies", "MRI brain w/wo - 03/09/2026 - CNI\nMRI brain w/wo + MR spectroscopy - 12/15/2025 - CNI\nMRI brain w/wo - 09/10/2025 - CNI"),
    ("Treatment since last imaging?", "[ ] Yes     [X] No"),
    ("New / worsening symptoms?", "[ ] Yes     [X] No"),
    ("#", "SAFETY SCREEN"),
    ("Claustrophobia req. sedation", "[ ] Yes     [X] No"),
    ("Pregnant", "[ ] Yes     [ ] No     [X] N/A"),
    ("Renal impairment / contrast contraindication", "[ ] Yes     [X] No        eGFR: >90  (02/27/2026)"),
    ("Pacemaker / implanted device", "[ ] Yes     [X] No"),
    ("#", "ATTESTATION"),
    ("Ordering provider signature", "/s/ Priya Raman, MD          Date: 03/16/2026"),
]

LMN = """
# Chesapeake Neuroscience Institute
Division of Neuro-Oncology  |  1200 N. Calvert St, Suite 410, Baltimore, MD 21202  |  (410) 555-0140

13 March 2026

Cohere Health - Medical Review
RE: Marcus T. Healey     DOB: 07/22/1987     Member ID: COH-88412093
Service requested: MR spectroscopy of the brain (CPT 76390)

## LETTER OF MEDICAL NECESSITY

To Whom It May Concern,

I am writing to request authorization of MR spectroscopy of the brain for my patient, Mr. Healey, a 38-year-old man with a left frontal opercular / anterior insular infiltrative lesion that has been followed since August 2024 as a presumed low-grade glioma. He presented with a single focal aware seizure and has been seizure-free on levetiracetam since. Because the lesion involves eloquent cortex, he elected active surveillance rather than biopsy after multidisciplinary review; the tumor grade has therefore never been established by pathology.

His most recent MRI on 03/09/2026 shows interval enlargement of the FLAIR abnormality and a new 4 mm nodular focus of enhancement that was not present in December. The neuroradiologist read this as indeterminate - early malignant transformation cannot be excluded - and specifically recommended MR spectroscopy for further characterization.

I acknowledge that he had spectroscopy on 12/15/2025. That study characterized the lesion before the present change (no enhancement at that time) and favored a low-grade tumor. The question now is different: whether the new enhancing component represents higher-grade transformation. The answer directly determines management - if spectroscopy shows high-grade features (marked choline elevation, lactate/lipid, elevated 2HG) we will proceed to awake craniotomy with maximal safe resection within the next several weeks; if not, we will continue surveilance with short-interval MRI. Clinically he remains neurologically intact and without new symptoms.

Of note, his father died of glioblastoma at 59, which understandably weighs heavily on the patient and his family; his wife is expecting their first child this spring and they are anxious to have a plan in place.

Please do not hesitate to contact me at (410) 555-0140 for a peer-to-peer discussion.

Sincerely,

Priya Raman, MD
Neuro-Oncology, Chesapeake Neuroscience Institute
NPI 1487650932
"""

NOTE = """
# NEURO-ONCOLOGY CLINIC - FOLLOW-UP VISIT
Chesapeake Neuroscience Institute, Suite 410
| Patient: HEALEY, MARCUS T        MRN: 00731188        DOB: 07/22/1987
| Date of service: Mar 12, 2026    Provider: Priya Raman, MD
| Visit type: Established pt, f/u imaging

## CHIEF COMPLAINT
F/u L frontal lesion - review MRI 3/9/26

## HPI
38 yo RH man (software engineer) w/ presumed LGG of the L frontal operculum / ant insula, found 8/2024 after a single focal aware seizure (R face tingling + speech arrest ~40 sec). No bx - lesion in eloquent cortex, pt elected active surveillance after tumor board discussion. Seizure-free on LEV since. Serial MRIs stable through 12/2025.

Interval history (copied from 12/11/2025 visit): "MRI 9/10/25 stable, lesion c/w LGG, no enhancement. MRS to be added w/ next scan. Continue surveillance q3mo."

Update 3/12/26: MRI + MRS 12/15/25 - lesion stable, spectroscopy favored LGG (Cho/NAA 1.6, no lactate). MRI 3/9/26 now shows interval growth of the FLAIR abnormality (~5 mm) and a NEW 4 mm nodular focus of enhancement at the posterior-superior margin. Neurorad read as indeterminate, malignant transformation not excluded, MRS recommended.

Today pt feels well. No seizures (last and only sz 8/2024). Denies HA, N/V, word-finding difficulty, weakness, numbness or vision change. Wife (present) reports no personality change. Working full time. Pt understandably anxious - wife is 30 wks pregnant w/ their first child and they would like clarity re: surgery timing before delivery.

## PMH
- L frontal opercular/insular nonenhancing lesion, presumed LGG (radiographic dx, no tissue)
- Focal epilepsy secondary to above, well controlled
- Remote h/o concussion (college rugby, 2008), no sequelae
- s/p lap appendectomy 2015

## MEDICATIONS
Levetiracetam 500 mg PO BID (dose unchanged since 08/2024)
Vitamin D3 2000 IU daily

## ALLERGIES
NKDA. No prior contrast rxn (multiple gadolinium exams).

## FAMILY HISTORY
Father - glioblastoma, dx age 58, s/p resection + XRT/TMZ, deceased age 59.
Mother - HTN, hypothyroidism.
No known family h/o NF1, Li-Fraumeni or other cancer syndromes.

## SOCIAL HISTORY
Married, never smoker, EtOH 2-3 drinks/wk, no drugs.

## ROS
Constitutional: negative for fever, chills, wt loss.
Neuro: no headaches, no new numbness/weakness, no seizures, no speech change.
Psych: anxious re: results, sleeping OK.
Negative for claustrophobia - has completed 6 prior MRIs without sedation.
All other systems reviewed and negative.

## PHYSICAL EXAM
BP 128/78  HR 72  T 36.8
A&O x3, fluent speech, naming and repetition intact. CN II-XII intact. Strength 5/5 throughout, no pronator drift. Sensation intact to LT. FTN intact. Gait normal, tandem OK.

## LABS
02/27/2026: BMP wnl, Cr 0.94, eGFR >90. CBC wnl.

## ASSESSMENT AND PLAN
38M w/ radiographically presumed LGG of the L frontal operculum/insula, clinically stable, now w/ interval growth and a new small focus of enhancment on MRI 03/09/2026 - indeterminate; ddx early malignant transformation (grade 3/4 component) vs nonspecific enhancement within a LGG. Grade never established by pathology.

1. Request MR spectroscopy (SVS + CSI over the enhancing focus and the nonenhancing tumor): Cho/NAA, Cho/Cr, lactate/lipid, 2HG if available - to estimate grade and target any future bx. Result will decide timing of surgery.
2. If MRS suggests high-grade features -> awake craniotomy w/ maximal safe resection (Dr. Feld, NSGY) in next 2-4 wks. If MRS c/w LGG -> continue surveillance, repeat MRI in 8 wks.
3. Continue LEV 500 mg BID. Seizure precautions / driving reviewed.
4. Return precautions: call for any seizure, new weakness or speech change.

Discussed at length w/ pt and wife; all questions answered.

Priya Raman, MD - Neuro-Oncology
Electronically signed 03/12/2026 17:04
"""

MRI_0309 = """
# CHESAPEAKE NEUROSCIENCE INSTITUTE - DEPARTMENT OF RADIOLOGY
| Patient: HEALEY, MARCUS T     MRN: 00731188     DOB: 07/22/1987     Sex: M
| Accession: CNI-MR-2603-0918   Ordering: Priya Raman, MD
| Exam: MRI BRAIN WITH AND WITHOUT CONTRAST          CPT: 70553
| Exam date: 2026-03-09 07:40

## HISTORY
38-year-old male with presumed low grade glioma of the left frontal operculum, on surveillance. Seizure-free. D49.6.

## COMPARISON
MRI brain with and without contrast with MR spectroscopy 12/15/2025; MRI brain 09/10/2025; baseline MRI 08/20/2024.

## TECHNIQUE
Multiplanar multisequence MRI of the brain at 3T: sagittal 3D T1, axial T2, axial and 3D FLAIR, DWI/ADC, SWI, and post-contrast 3D T1 MPRAGE and axial T1 following 7 mL gadobutrol IV. No immediate complications.

## FINDINGS
Nonenhancing infiltrative T2/FLAIR hyperintense lesion centered in the left frontal operculum and extending into the anterior insula, now measuring 4.6 x 3.2 x 3.5 cm (AP x TR x CC), previously 4.1 x 2.9 x 3.3 cm on 12/15/2025 and 4.0 x 2.9 x 3.2 cm on 09/10/2025.

New 4 mm nodular focus of enhancement along the posterior-superior margin of the lesion (series 14, image 88), not present on the prior examination. No restricted diffusion within the lesion. No susceptibility artifact to suggest hemorrhage or calcification.

Mild local mass effect on the left sylvian fissure, unchanged. No midline shift. Ventricles and sulci are normal in size for age. No additional parenchymal lesions. No abnormal leptomeningeal or dural enhancement. Major intracranial flow voids are preserved. Orbits and paranasal sinuses are unremarkable.

## IMPRESSION
1. Interval enlargement of the nonenhancing left frontal opercular/insular glioma (approximately 5 mm increase in AP dimension) with a NEW 4 mm focus of nodular enhancement. Findings are indeterminate: early malignant transformation cannot be excluded versus nonspecific enhancement within a low grade glioma.
2. MR spectroscopy is recommended for further characterization; short-interval follow-up or tissue sampling per neuro-oncology.
3. No hydrocephalus, hemorrhage or midline shift.

Dictated by: Tomas Ekwueme, MD, Neuroradiology
Electronically signed: 03/09/2026 13:12
"""

MRS_1215 = """
# CHESAPEAKE NEUROSCIENCE INSTITUTE - DEPARTMENT OF RADIOLOGY
| Patient: HEALEY, MARCUS T     MRN: 00731188     DOB: 07/22/1987     Sex: M
| Accession: CNI-MR-2512-4471   Ordering: Priya Raman, MD
| Exam: MRI BRAIN WITH AND WITHOUT CONTRAST WITH MR SPECTROSCOPY     CPT: 70553, 76390
| Exam date: 12/15/2025 16:55

## HISTORY
Presumed low-grade glioma, left frontal operculum, on surveillance. Spectroscopy requested for baseline metabolic characterization.

## COMPARISON
09/10/2025, 08/20/2024.

## TECHNIQUE
Standard 3T brain tumor protocol before and after 7 mL gadobutrol IV. Single-voxel PRESS spectroscopy (TE 35 ms and TE 144 ms) with voxel (15 x 15 x 15 mm) in the lesion and a reference voxel in the contralateral frontal white matter; 2D CSI slab through the lesion.

## FINDINGS
MRI: Nonenhancing T2/FLAIR hyperintense lesion of the left frontal operculum / anterior insula measures 4.1 x 2.9 x 3.3 cm, essentially stable compared with 4.0 x 2.9 x 3.2 cm on 09/10/2025. No enhancement. No restricted diffusion. No hemorrhage.

MRS: Within the lesion Cho/NAA 1.6 and Cho/Cr 1.4, with mildly reduced NAA and elevated mI/Cr (0.9). No lactate or lipid peak at short or intermediate TE. Contralateral reference spectrum normal.

## IMPRESSION
1. Stable nonenhancing left frontal opercular lesion, consistent with the known low-grade glioma.
2. Spectroscopic profile (mildly elevated choline, elevated myo-inositol, no lactate/lipid) favors low-grade glioma. No spectroscopic features of high-grade tumor.

Dictated by: Anand Shetty, MD, Neuroradiology
Electronically signed: 12/16/2025 07:42
"""


def docs(pages_total):
    return [
        ("01_fax_cover.pdf", "Fax cover - Chesapeake Neuroscience Institute",
         lambda: text_flowables(FAX_COVER.format(pages=pages_total))),
        ("02_prior_auth_request_form.pdf", "Cohere prior authorization request - advanced imaging",
         lambda: text_flowables("# Cohere Health | Prior Authorization Request\nFax completed form to (888) 555-0199. Incomplete forms may delay review.") + form_table(FORM_ROWS)),
        ("03_letter_of_medical_necessity.pdf", "Letter of medical necessity - P. Raman MD",
         lambda: text_flowables(LMN)),
        ("04_neuro_onc_clinic_note_2026-03-12.pdf", "Neuro-Oncology progress note - HEALEY, MARCUS T",
         lambda: text_flowables(NOTE)),
        ("05_mri_brain_2026-03-09.pdf", "Radiology report - HEALEY, MARCUS T - Acc CNI-MR-2603-0918",
         lambda: text_flowables(MRI_0309)),
        ("06_mri_mrs_brain_2025-12-15.pdf", "Radiology report - HEALEY, MARCUS T - Acc CNI-MR-2512-4471",
         lambda: text_flowables(MRS_1215)),
    ]


if __name__ == "__main__":
    counts = build_packet(OUT, BANNER, docs(0))
    total = sum(counts)
    counts = build_packet(OUT, BANNER, docs(total))
    print(CASE, counts, "total", sum(counts))
