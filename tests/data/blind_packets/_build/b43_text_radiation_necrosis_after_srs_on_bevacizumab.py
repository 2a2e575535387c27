"""Build packet b43_text_radiation_necrosis_after_srs_on_bevacizumab (plain text)."""
import os

CASE = "b43_text_radiation_necrosis_after_srs_on_bevacizumab"
OUT = os.path.join("/tmp/blind4", CASE)
FAXHDR = "03/25/2026 08:41  4145550178  LAKESHORE RAD ONC            PAGE {p:02d}/06"

DOCS = {}

DOCS["01_fax_cover.txt"] = FAXHDR.format(p=1) + """

                 LAKESHORE CANCER INSTITUTE
           Department of Radiation Oncology
     2900 W. Oklahoma Ave, Milwaukee, WI 53215
        Tel 414-555-0177    Fax 414-555-0178

                    F A X   C O V E R

DATE:     March 25, 2026
TO:       Cohere Health - Prior Authorization / UM
FAX:      1-877-555-0149
FROM:     Brianna Koenig, CMA (for Dr. R. Osei)
PHONE:    414-555-0177 x2
PAGES:    6 (including this cover)

RE:  NGATA, LORETTA A   DOB 09/30/1958   Member ID COH-31207766
     Prior auth request - MR SPECTROSCOPY BRAIN (76390)

Enclosed:  PA request form (3/24/26), Rad Onc f/u note (3/19/26),
           MRI brain 3/17/26, MRI/MRS 1/20/26, LMN (3/23/26)

Pls fax determination to 414-555-0178. Thank you.

*** CONFIDENTIAL: This transmission contains protected health information.
If received in error call 414-555-0177 and destroy all pages. ***
"""

DOCS["02_prior_auth_request_form.txt"] = FAXHDR.format(p=2) + """

COHERE HEALTH  -  OUTPATIENT IMAGING PRIOR AUTHORIZATION REQUEST
Health plan: Northwoods Health Partners (Medicare Advantage)
----------------------------------------------------------------------
Date of request: 03/24/2026           Review: [X] Standard  [ ] Expedited
----------------------------------------------------------------------
MEMBER
  Name: NGATA, LORETTA A               DOB: 09/30/1958      Sex: F
  Member ID: COH-31207766              Phone: 414-555-2719
----------------------------------------------------------------------
ORDERING PROVIDER
  Raymond Osei, MD - Radiation Oncology        NPI: 1730448196
  Lakeshore Cancer Institute   Ph 414-555-0177   Fax 414-555-0178
RENDERING FACILITY
  LCI Imaging (3T), 2900 W. Oklahoma Ave, Milwaukee WI   NPI 1184630095
----------------------------------------------------------------------
SERVICE
  CPT: 76390    Description: MR spectroscopy, brain (R parietal)
  Requested DOS: 04/07/2026     Setting: [X] Outpt  [ ] Inpt
DIAGNOSIS (ICD-10)
  C79.31  Secondary malignant neoplasm of brain
  C34.12  Malignant neoplasm of upper lobe, left bronchus or lung
  Z92.3   Personal history of irradiation
----------------------------------------------------------------------
CLINICAL QUESTION
  [X] Tumor recurrence vs radiation necrosis
  [ ] Glioma grading
  [ ] Metabolic / mitochondrial / leukodystrophy
  [ ] Other: _______________________
Most recent MRI/CT brain: MRI w/wo 03/17/2026
Prior MRS of same region in past 3 months?  [X] Yes  [ ] No   Date: 1/20/26
Treatment started/changed since prior MRS?   [ ] Yes  [ ] No
New or worsening symptoms since prior MRS?   [ ] Yes  [ ] No
  (see attached notes)
----------------------------------------------------------------------
SAFETY
  Claustrophobia requiring sedation/open MRI: [ ] Yes  [X] No
  Pregnancy:                                 [ ] Yes  [X] No
  Renal impairment:   [X] Yes  [ ] No   CKD 3a, eGFR 52 (03/10/2026)
  Contrast allergy:   [ ] Yes  [X] No
  Implants/pacer:     [ ] Yes  [X] No
----------------------------------------------------------------------
Ordering provider signature:  R. Osei MD        Date: 3/24/2026
"""

DOCS["03_rad_onc_followup_note_2026-03-19.txt"] = FAXHDR.format(p=3) + """

LAKESHORE CANCER INSTITUTE - RADIATION ONCOLOGY FOLLOW-UP
Patient: NGATA, LORETTA A     MRN: LCI-2290417     DOB: 09/30/1958
DOS: 3-19-26                  Provider: Raymond Osei, MD
Med onc: Helen Bjork, MD

DIAGNOSIS
Solitary R parietal brain metastasis from NSCLC (adenoca LUL, EGFR exon 19 del),
s/p SRS 24 Gy x 1 fx on 06/11/2025; c/b symptomatic radiation necrosis (dx 10/2025)
treated w/ bevacizumab x 4 doses.

HPI
67 y/o F. Dx 03/2025 w/ stage IVA LUL adenocarcinoma, EGFR ex19del, w/ a solitary
2.1 cm R parietal met. Osimertinib 80 mg daily since 04/02/2025 - systemic dz in
good PR per med onc. SRS to R parietal met 24 Gy/1 fx 06/11/2025.

10/2025: ~2 wks L hand clumsiness + HA. MRI 10/14/2025: enlarging enhancing lesion
(2.1 -> 2.9 cm) w/ marked vasogenic edema, indeterminate for recurrence vs radiation
necrosis; DSC perfusion w/ low rCBV favoring RN. Started dex 4 mg BID, then
bevacizumab 7.5 mg/kg IV q3wk x 4 doses (10/27, 11/17, 12/08 and 12/29/2025). Dex
tapered off by 12/22/2025. Sx resolved by mid-Dec.

Interval hx (copied from 12/08/2025 note - not updated): "Tolerating bevacizumab,
BP controlled on amlodipine, L hand clumsiness improving. Continue bev q3wk."

Since then: 4th and final dose of bev given 12/29/25 as planned; no further doses.
MRI + MRS 01/20/2026 (about two months ago): decreased enhancement/edema; MRS w/ no
choline elevation and large lipid-lactate peak - c/w radiation necrosis, no
spectroscopic evidence of recurrence. MRI 03/17/2026: further decrease, c/w evolving
treatment-related change, no new mets (report attached).

Today: feels well, back to gardening and water aerobics. L hand clumsiness fully
resolved since ~Dec. Denies HA, seizures, new weakness, numbness, visual or speech
change. No falls. Appetite good. Mild fatigue, stable, attributed to osimertinib.

PMH
- NSCLC stage IVA as above
- CKD stage 3a (baseline Cr 1.15, eGFR 52 on 03/10/2026) - nephrology (Dr. Amadi)
  aware; OK for group II GBCA at standard dose
- HTN
- OA bilat knees
- Remote h/o L breast DCIS 2004, s/p lumpectomy + whole-breast XRT

MEDICATIONS
- Osimertinib 80 mg PO daily (unchanged since 04/2025)
- Amlodipine 5 mg daily
- Atorvastatin 20 mg daily
- Acetaminophen 500 mg PRN
- Bevacizumab 7.5 mg/kg IV q3wk -- COMPLETED 12/29/2025 (4 doses), discontinued
- Dexamethasone -- tapered off 12/22/2025

ALLERGIES: sulfa (rash)

FAMILY HISTORY
Sister - glioblastoma, deceased 2019 (age 63). Mother - colon ca. Father - MI at 70.

SOCIAL: former smoker, 20 pk-yr, quit 2010. Widowed, lives w/ daughter.

ROS
Neg for HA, seizures, vision change, focal weakness, N/V. Mild claustrophobia in the
scanner - manages w/ eyes closed + music, has never needed sedation or an open MRI.
Postmenopausal. Otherwise negative.

EXAM
KPS 90. BP 132/80. Alert, oriented, fluent. CN II-XII intact. Strength 5/5 incl L
hand intrinsics, no pronator drift, FTN intact, RAM nl bilat. Gait steady.

ASSESSMENT / PLAN
67F w/ EGFR+ NSCLC, treated solitary R parietal met (SRS 6/2025), c/b radiation
necrosis that responded to bev (4 doses, completed 12/29/25). Clinically asx. MRI
3/17/26 continues to improve.
1. Dr. Bjork and I would like MR spectroscopy with her next surveilance imaging to
   confirm the lesion remains necrosis and not recurrent tumor before we formally
   close out bevacizumab. Will request auth.
2. If edema or sx recur -> consider bev re-challenge vs LITT.
3. Continue osimertinib per med onc.
4. Surveillance brain MRI q2-3 mo per NCCN CNS Cancers guidelines for treated brain
   mets.
RTC w/ MRI in 3 mo, sooner prn.

Raymond Osei, MD   (e-signed 03/19/2026 12:48)
"""

DOCS["04_mri_brain_2026-03-17.txt"] = FAXHDR.format(p=4) + """

LAKESHORE CANCER INSTITUTE - DIAGNOSTIC IMAGING
--------------------------------------------------------------------
PATIENT: NGATA, LORETTA A        MRN: LCI-2290417   DOB: 09/30/1958
EXAM:    MRI BRAIN WITH AND WITHOUT CONTRAST            CPT 70553
DATE OF EXAM: 2026-03-17          ACC: LCI-MR-26-031744
ORDERING: Raymond Osei, MD
--------------------------------------------------------------------

HISTORY: 67F w/ NSCLC, R parietal metastasis s/p SRS 06/2025, radiation
necrosis treated w/ bevacizumab. Surveillance.

COMPARISON: 01/20/2026 (w/ MRS), 10/14/2025, 06/02/2025 (pre-SRS).

TECHNIQUE: 3T. Sag 3D T1, ax T2, 3D FLAIR, DWI/ADC, SWI, DSC perfusion, post-
contrast 3D T1 following 0.1 mmol/kg gadoterate meglumine (eGFR 52).

FINDINGS:
Treated R parietal lesion: residual thin peripheral enhancement w/ central
necrosis measuring 1.4 x 1.1 cm, decreased from 1.9 x 1.6 cm on 01/20/2026 and
2.9 x 2.5 cm on 10/14/2025. No nodular enhancement. rCBV low (max 0.8).
Surrounding T2/FLAIR edema further decreased. Chronic blood products in the
treated bed on SWI.
No new enhancing lesions elsewhere in the brain. No restricted diffusion. No
hydrocephalus or midline shift. No leptomeningeal enhancement. Small vessel
ischemic change, mild, stable.

IMPRESSION:
1. Continued decrease in size of enhancement and edema at the treated right
   parietal site with low perfusion, consistent with evolving radiation
   necrosis / treatment-related change responding to therapy. No imaging
   evidence of recurrent tumor.
2. No new intracranial metastases.
3. Continue routine surveillance imaging.

Electronically signed: Kathryn Beaulieu-Amari, MD   03/17/2026 15:10
"""

DOCS["05_mri_mrs_brain_2026-01-20.txt"] = FAXHDR.format(p=5) + """

LAKESHORE CANCER INSTITUTE - DIAGNOSTIC IMAGING
--------------------------------------------------------------------
PATIENT: NGATA, LORETTA A        MRN: LCI-2290417   DOB: 09/30/1958
EXAM:    MRI BRAIN W/WO CONTRAST WITH MR SPECTROSCOPY    CPT 70553, 76390
DATE OF EXAM: 01/20/2026          ACC: LCI-MR-26-012009
ORDERING: Raymond Osei, MD
--------------------------------------------------------------------

HISTORY: R parietal NSCLC met s/p SRS 6/11/25, on bevacizumab for radiation
necrosis. Recurrence vs necrosis.

COMPARISON: 10/14/2025, 06/02/2025.

TECHNIQUE: Standard brain tumor protocol + DSC perfusion. Multivoxel 2D CSI
(PRESS TE 144) and single-voxel PRESS TE 30 over the treated R parietal lesion,
reference voxel contralateral parietal WM.

FINDINGS:
MRI: R parietal lesion enhancement now 1.9 x 1.6 cm (previously 2.9 x 2.5 cm),
markedly decreased vasogenic edema. rCBV low (max 0.9).
MRS: Cho/Cr 1.1 and Cho/NAA 1.2 within the enhancing rim, no choline elevation
in the surrounding FLAIR signal. Large lipid-lactate peak centrally. NAA
reduced.

IMPRESSION:
1. Decreased enhancement and edema at the treated R parietal site.
2. Spectroscopy: no choline elevation, dominant lipid-lactate - pattern
   consistent with radiation necrosis. No spectroscopic evidence of recurrent
   tumor.

Electronically signed: Kathryn Beaulieu-Amari, MD   01/20/2026 16:02
"""

DOCS["06_letter_of_medical_necessity_2026-03-23.txt"] = FAXHDR.format(p=6) + """

LAKESHORE CANCER INSTITUTE
Department of Radiation Oncology
2900 W. Oklahoma Ave, Milwaukee, WI 53215   |   414-555-0177

23 March 2026

Cohere Health, Utilization Management
RE:      Loretta A. Ngata     DOB 09/30/1958     ID COH-31207766
REQUEST: MR spectroscopy of the brain (CPT 76390)

LETTER OF MEDICAL NECESSITY

Dear Medical Director,

Ms. Ngata is a 67-year-old woman with EGFR-mutant metastatic non-small cell lung
cancer on osimertinib, who underwent stereotactic radiosurgery (24 Gy in a single
fraction) to a solitary 2.1 cm right parietal metastasis on 06/11/2025. In
October 2025 she developed left hand clumsiness and headache with an enlarging
enhancing lesion and extensive edema; perfusion favored radiation necrosis and
she received bevacizumab 7.5 mg/kg every 3 weeks (four doses, October through
December 2025) with resolution of her symptoms.

Spectroscopy on 01/20/2026 and her MRI of 03/17/2026 both favor radiation
necrosis. We are requesting MR spectroscopy to assess for recurrence versus
ongoing radiation necrosis at the treated site, because small foci of
recurrent metastasis within necrosis can be missed on conventional MRI, and
the result will determine whether we close out bevacizumab or consider
re-challenge or laser interstitial thermal therapy.

This surveillance is consistent with the NCCN Guidelines for Central Nervous
System Cancers, which call for brain MRI every 2-3 months for 1-2 years after
radiosurgery for brain metastases.

Thank you for your consideration. Please contact my office at 414-555-0177 for
a peer-to-peer conversation if needed.

Sincerely,

Raymond Osei, MD
Radiation Oncology, Lakeshore Cancer Institute
NPI 1730448196
"""

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name, text in DOCS.items():
        with open(os.path.join(OUT, name), "w") as f:
            f.write(text.lstrip("\n"))
    print(CASE, len(DOCS), "documents")
