"""Build packet b44_pdf_request_for_repeat_with_new_treatment_started (faxed PDFs).
Uses the shared helper b42_faxlib.py (same author prefix set b42/b44)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from b42_faxlib import build_packet, text_flowables, form_table

CASE = "b44_pdf_request_for_repeat_with_new_treatment_started"
OUT = os.path.join("/tmp/blind4", CASE)
BANNER = "04/15/2026 09:03  FAX 7575550231  TIDEWATER CANCER CTR NEURO-ONC -> 1-888-555-0199"

FAX_COVER = """
# TIDEWATER CANCER CENTER
Neuro-Oncology Program  |  600 Gresham Dr, Norfolk, VA 23507
Phone 757-555-0230  |  Fax 757-555-0231

## FACSIMILE TRANSMITTAL
To: Cohere Health UM / Imaging Prior Auth          Fax: 1-888-555-0199
From: Denise Albright, RN, Neuro-Onc Nurse Navigator
Date: April 15, 2026
Pages incl. cover: {pages}
Re: VASQUEZ-BOYD, ELENA M  -  DOB 11/02/1981  -  PA request MR spectroscopy brain

Message:
PA request for MRS only (CPT 76390). Her MRI brain w/wo (70553) of 4/6/26 was already done under auth # CH-2603-77120 - please do not duplicate. Enclosed: PA form, neuro-onc note 4/9, MRI 4/6, prior MRI/MRS 1/28, tumor board summary 2/4. Pt needs results before her CCNU cycle 3 (due ~5/7). Call me with any q's at 757-555-0234.

The documents accompanying this transmission contain confidential health information. If you are not the intended recipient you are hereby notified that any disclosure, copying or distribution is prohibited. Please notify the sender and destroy the documents.
"""

FORM_ROWS = [
    ("#", "OUTPATIENT ADVANCED IMAGING - PRIOR AUTHORIZATION REQUEST"),
    ("Date of request", "04/14/2026"),
    ("Priority", "[X] Standard     [ ] Urgent (72 h)"),
    ("#", "PATIENT"),
    ("Name", "VASQUEZ-BOYD, ELENA M"),
    ("DOB / Sex", "11/02/1981   /   F"),
    ("Member ID / Group", "COH-55019274  /  Chesapeake Bay Health Plan HMO, grp 40772"),
    ("#", "ORDERING PROVIDER"),
    ("Name", "Jonah L. Whitcombe, MD - Neuro-Oncology"),
    ("NPI / Phone / Fax", "1609338275  /  757-555-0230  /  757-555-0231"),
    ("#", "IMAGING FACILITY"),
    ("Facility / NPI", "Tidewater Cancer Center Imaging, 3T Siemens Vida  /  NPI 1245087736"),
    ("#", "REQUESTED SERVICE"),
    ("CPT code(s)", "76390"),
    ("Description", "MR spectroscopy - brain (multivoxel CSI, short + intermediate TE), R temporal resection bed"),
    ("Body region / side", "Brain  /  Right"),
    ("Requested DOS", "04/22/2026"),
    ("#", "DIAGNOSIS CODES"),
    ("ICD-10", "C71.2  Malignant neoplasm of temporal lobe\nZ92.3  Personal history of irradiation\nZ92.21  Personal history of antineoplastic chemotherapy"),
    ("#", "CLINICAL INFORMATION"),
    ("Indication", "[ ] Glioma grading\n[X] Tumor progression / recurrence vs treatment effect (radiation necrosis, pseudoprogression)\n[X] Most recent MRI inconclusive - date 04/06/2026\n[ ] Metabolic / congenital disorder\n[ ] Other ______________"),
    ("Repeat study?", "[X] Yes     [ ] No        Prior MRS date: 01/28/2026"),
    ("Since prior MRS (check)", "[X] New treatment - specify: lomustine C1 2/12/26, C2 3/26/26; TTFields (Optune) started 2/20/26\n[ ] New or worsening symptoms\n[ ] Indeterminate finding needing one-time follow-up"),
    ("#", "SAFETY"),
    ("Claustrophobia", "[ ] Yes     [X] No"),
    ("Pregnant", "[ ] Yes     [X] No        (urine hCG neg 04/08/2026)"),
    ("Renal insufficiency", "[ ] Yes     [X] No        Cr 0.78 / eGFR 96 (04/08/2026)"),
    ("Contrast allergy", "[ ] Yes     [X] No"),
    ("#", "SIGNATURE"),
    ("Ordering provider", "J. L. Whitcombe MD  (e-signature)           Date: 04/14/2026"),
]

NOTE = """
# TIDEWATER CANCER CENTER - NEURO-ONCOLOGY PROGRESS NOTE
| Patient: VASQUEZ-BOYD, ELENA M      MRN: TCC-4471920      DOB: 11/02/1981 (44 y)
| DOS: April 9, 2026                  Attending: Jonah L. Whitcombe, MD
| Also present: husband (Mark)

## ONCOLOGIC HISTORY
- 05/2025: 3 wks HA, L visual field cut, one GTC seizure 05/06/2025. MRI: 4.8 cm rim-enhancing R temporal mass.
- 05/19/2025: R temporal craniotomy, GTR. Path: glioblastoma, IDH-wildtype, CNS WHO grade 4. MGMT promoter UNmethylated, EGFR amplified, TERT promoter mutated.
- 06/16/2025 - 07/25/2025: XRT 60 Gy / 30 fx w/ concurrent TMZ 75 mg/m2 (Stupp).
- 08/2025 - 01/2026: adjuvant TMZ 150-200 mg/m2 d1-5 q28d x 6 cycles (C6 = 01/05-01/09/2026). Completed.
- 01/22/2026 MRI: new 1.1 cm nodular enhancement at posterior resection margin.
- 01/28/2026 MRI w/ perfusion + MRS: equivocal, mixed tumor vs treatment effect.
- 02/04/2026 tumor board: favored true progression (>6 mo post-XRT, nodular, rCBV mildly elevated). Not a re-resection candidate (optic radiation / eloquent). Declined trial at that time.
- 02/12/2026: lomustine (CCNU) C1, 110 mg/m2 (dose-reduced for prior TMZ thrombocytopenia).
- 02/20/2026: TTFields (Optune) started.
- 03/26/2026: lomustine C2.
- 04/06/2026: MRI - see below.

## INTERVAL HISTORY
Seen for f/u after MRI 4/6. Tolerating CCNU C2, nadir labs pending (plt 142 on 4/8). Wearing Optune ~18-20 h/day, mild scalp dermatitis under arrays - topical steroid. Pt reports no new symptoms. Energy stable (fatigue 3/10, same as Feb). No HA. No seizures since 05/2025. Known L upper quadrantanopia (post-op), unchanged. No new weakness, no speech or memory change per pt and husband. Denies N/V.

## PAST MEDICAL HISTORY
- GBM as above
- h/o AKI 11/2025 (prerenal, dehydration from TMZ-related N/V) - resolved; Cr 0.78, eGFR 96 on 04/08/2026
- Hypothyroidism
- Remote h/o R ovarian cyst, laparoscopic cystectomy 2011

## MEDICATIONS
Lomustine 110 mg/m2 PO q6wk (C2 given 3/26/26)
Levetiracetam 750 mg PO BID
Ondansetron 8 mg PO q8h PRN
Levothyroxine 75 mcg daily
TTFields device (Optune)
Dexamethasone: none since 08/2025. Bevacizumab: never received.

## FAMILY HISTORY
Mother - breast ca at 61. Father - CAD, alive. No family h/o brain tumors.

## REVIEW OF SYSTEMS
Neg for headache, seizures, new visual change (baseline field cut only), weakness, falls, fever. LMP 03/30/2026; urine hCG negative 04/08/2026. Denies claustrophobia. Other systems negative.

## EXAM
KPS 90. Afebrile, BP 118/74. A&O x3, fluent, naming intact. L superior quadrantanopia, stable. CN otherwise intact. Strength 5/5 x4, no drift. Gait normal. Healed R temporal incision; mild erythema under transducer arrays, skin intact.

## IMAGING
MRI brain 04/06/2026 (images personally reviewed): posterior margin nodule slightly smaller (1.1 -> 0.9 cm) but new 8 mm enhancement along the medial margin near the temporal horn, within the high-dose field, w/ mild increase in surrounding FLAIR. Radiology: progression vs treatment-related change cannot be differentiated; MRS recommended.

## ASSESSMENT AND PLAN
44F w/ R temporal GBM, IDH-wt, MGMT unmethylated, s/p GTR + chemoXRT + 6c adj TMZ, on treatment for presumed 1st progression (01/2026) w/ lomustine (started 2/12/26) + TTFields (started 2/20/26). MRI 4/6/26 shows mixed findings - indeterminate. Clinically stable, no new sx.

1. Request MRS (multivoxel CSI, TE 144 + short TE) covering the R temporal resection bed incl. both enhancing foci - to distinguish progression from treatment effect / radiation necrosis. She had MRS 01/28/26, but that was BEFORE lomustine and TTFields were started and the medial focus is new. Result determines whether we continue lomustine + TTFields (if treatment effect) or change therapy (bevacizumab, or clinical trial) if progression.
2. If MRS again equivocal, would consider stereotactic bx - discussed w/ NSGY (Dr. Pham).
3. Continue LEV 750 BID.
4. CBC 4/16 for nadir; C3 CCNU tentatively ~5/7 pending counts + imaging.
5. RTC 2 wks. Return precautions - call for new HA, seizure, weakness or confusion.

Jonah L. Whitcombe, MD
e-signed 04/09/2026 16:31
"""

MRI_0406 = """
# TIDEWATER CANCER CENTER IMAGING - NEURORADIOLOGY REPORT
| Patient: VASQUEZ-BOYD, ELENA M     MRN: TCC-4471920     DOB: 11/02/1981
| Exam: MRI BRAIN WITH AND WITHOUT CONTRAST, WITH DSC PERFUSION     CPT 70553
| Date of exam: 04/06/2026           Accession: TCI26-040612
| Referring: Jonah L. Whitcombe, MD

## HISTORY
44 y/o F w/ R temporal GBM s/p GTR 5/2025, chemoradiation, adjuvant TMZ; presumed progression 1/2026, now on lomustine + TTFields. Response assessment.

## COMPARISON
01/28/2026 (MRI with perfusion and MRS), 01/22/2026, 10/20/2025, post-op 05/20/2025.

## TECHNIQUE
3T. Sagittal 3D T1, axial T2, 3D FLAIR, DWI, SWI; DSC perfusion; post-contrast 3D T1 after 0.1 mmol/kg gadoterate meglumine. TTFields arrays removed for the exam.

## FINDINGS
Postsurgical changes of right temporal craniotomy and resection.

Posterior resection margin: nodular enhancement measures 0.9 x 0.8 cm, previously 1.1 x 0.9 cm on 01/28/2026. rCBV in this region now near background (max 1.3, previously 1.9).

Medial resection margin, adjacent to the temporal horn: NEW 8 x 6 mm area of irregular enhancement, within the prior high-dose radiation field. Mildly elevated rCBV (max 1.7). Slight increase in surrounding T2/FLAIR hyperintensity extending toward the right optic radiation. No restricted diffusion in the enhancing tissue.

No new lesion remote from the resection cavity. No hydrocephalus, midline shift or hemorrhage. No leptomeningeal or subependymal enhancement.

## IMPRESSION
1. Mixed response. Slight decrease of the posterior-margin nodule.
2. New 8 mm enhancing focus along the medial resection margin within the radiation field with mildly elevated perfusion. Progression versus treatment-related change (radiation necrosis) cannot be differentiated on this study.
3. Recommend MR spectroscopy for further characterization, and close interval follow-up.

Read by: Samira Okonjo-Blake, MD (Neuroradiology)
Signed 04/06/2026 18:47
"""

MRS_0128 = """
# TIDEWATER CANCER CENTER IMAGING - NEURORADIOLOGY REPORT
| Patient: VASQUEZ-BOYD, ELENA M     MRN: TCC-4471920     DOB: 11/02/1981
| Exam: MRI BRAIN W/WO CONTRAST WITH PERFUSION AND MR SPECTROSCOPY     CPT 70553, 76390
| Date of exam: 01/28/2026           Accession: TCI26-012877
| Referring: Jonah L. Whitcombe, MD

## HISTORY
GBM R temporal lobe s/p GTR, chemoXRT (completed 7/25/25), adjuvant TMZ (C6 completed 1/9/26). New nodular enhancement on 1/22/26: progression vs pseudoprogression / treatment effect.

## COMPARISON
01/22/2026, 10/20/2025.

## TECHNIQUE
As per standard brain tumor protocol with DSC perfusion. Multivoxel 2D CSI (PRESS, TE 144 ms) and single-voxel PRESS TE 30 ms centered on the posterior margin nodule.

## FINDINGS
1.1 x 0.9 cm nodular enhancement along the posterior resection margin, unchanged from 01/22/2026. Mildly elevated rCBV (max 1.9).
MRS: Cho/NAA 2.1 and Cho/Cr 1.8 within the nodule, with a prominent lipid-lactate peak. Surrounding FLAIR: Cho/NAA 1.3.

## IMPRESSION
1. Unchanged 1.1 cm posterior resection margin nodule.
2. Perfusion and spectroscopy are EQUIVOCAL: moderately elevated choline ratios with prominent lipid-lactate may reflect mixed recurrent tumor and treatment-related change; neither can be excluded. Correlate with follow-up imaging or tissue sampling.

Read by: Samira Okonjo-Blake, MD (Neuroradiology)
Signed 01/28/2026 17:20
"""

TUMOR_BOARD = """
# TIDEWATER CANCER CENTER - CNS MULTIDISCIPLINARY TUMOR BOARD
| Date of conference: Wed 2/4/26
| Patient: Vasquez-Boyd, Elena M    MRN TCC-4471920    DOB 11/02/1981
| Presenting: J. Whitcombe MD (Neuro-Onc)

## ATTENDEES
Neuro-onc (Whitcombe), NSGY (Pham), Rad Onc (Ilori), Neurorad (Okonjo-Blake), Path (Desai), Nurse navigator (Albright)

## SUMMARY
44 y/o F, R temporal GBM IDH-wt MGMT unmethylated, s/p GTR 5/19/25, Stupp XRT/TMZ through 7/25/25, adj TMZ x6 (completed 1/9/26). MRI 1/22/26 new 1.1 cm posterior margin nodular enhancement; MRI/MRS 1/28/26 equivocal (Cho/Cr 1.8, lipid-lactate, rCBV 1.9).

## DISCUSSION
> 6 months from XRT, nodular morphology, rising choline - consensus favors early true progression over pseudoprogression, though treatment effect not excluded. Re-resection not favored (medial/posterior margin abutting optic radiation; small volume). Re-irradiation not favored this early. Trial options reviewed - pt declined enrollment at this time.

## RECOMMENDATIONS
1. Start lomustine 110 mg/m2 q6wk (dose-reduced) - target C1 week of 2/9.
2. Start TTFields (Optune) - prescription sent.
3. MRI brain w/ perfusion in ~8 wks (after C2) for response assessment.
4. Bevacizumab reserved for symptomatic edema; not indicated now.
"""


def docs(pages_total):
    return [
        ("01_fax_cover.pdf", "Tidewater Cancer Center - fax transmittal",
         lambda: text_flowables(FAX_COVER.format(pages=pages_total))),
        ("02_prior_auth_request_form.pdf", "Outpatient advanced imaging PA request - Cohere Health",
         lambda: text_flowables("# Cohere Health - Imaging Prior Authorization\nComplete all fields. Attach clinical notes and prior imaging reports.") + form_table(FORM_ROWS)),
        ("03_neuro_onc_progress_note_2026-04-09.pdf", "Neuro-Oncology progress note - VASQUEZ-BOYD, ELENA M",
         lambda: text_flowables(NOTE)),
        ("04_mri_brain_2026-04-06.pdf", "Neuroradiology report TCI26-040612",
         lambda: text_flowables(MRI_0406)),
        ("05_mri_perfusion_mrs_2026-01-28.pdf", "Neuroradiology report TCI26-012877",
         lambda: text_flowables(MRS_0128)),
        ("06_tumor_board_2026-02-04.pdf", "CNS tumor board summary - VASQUEZ-BOYD, ELENA M",
         lambda: text_flowables(TUMOR_BOARD)),
    ]


if __name__ == "__main__":
    counts = build_packet(OUT, BANNER, docs(0))
    counts = build_packet(OUT, BANNER, docs(sum(counts)))
    print(CASE, counts, "total", sum(counts))
