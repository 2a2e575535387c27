#!/usr/bin/env python3
"""Build packet b32 (plain text): 34F, non-enhancing L frontal lesion, grade is the open
question; an MR spectroscopy was reportedly done at an outside hospital in Ohio but
its date (and report) are unknown."""
import os

OUT = '/tmp/blind2/b32_text_outside_mrs_mentioned_without_date'

DOCS = {}

DOCS['01_fax_cover_sheet.txt'] = '''\
==================================================================
            CASCADE NEUROSCIENCE CENTER - NEURO-ONCOLOGY
        1401 NW Lovejoy St, Portland, OR 97209  Ph 503-555-0460
==================================================================
                         FAX TRANSMITTAL

DATE:      02/18/2026   09:05
TO:        Cohere Health - Prior Authorization Dept
FAX #:     1-877-555-0142
FROM:      Brianna Coyle, Authorization Specialist
PHONE:     503-555-0461          FAX: 503-555-0469
PAGES:     6 (including this cover)

RE:  DUNLEAVY, RACHEL M   DOB 11/02/1991
     Prior auth - MR SPECTROSCOPY BRAIN (76390)

[ ] URGENT   [X] FOR REVIEW   [ ] PLEASE COMMENT   [ ] PLEASE REPLY

Comments: Request form + MD letter + consult + MRI report attached.
Pt is scheduled 02/24/2026, tumor board 2/26. Outside records from Ohio
were requested by our office but have NOT been received yet - will fwd
if/when they come in.

CONFIDENTIALITY: The documents accompanying this transmission contain
confidential health information that is legally privileged. If you are
not the intended recipient you are notified that any disclosure,
copying or distribution is strictly prohibited. Please notify sender
immediately at 503-555-0461.
'''

DOCS['02_prior_authorization_request.txt'] = '''\
------------------------------------------------------------------
 PRIOR AUTHORIZATION REQUEST - OUTPATIENT DIAGNOSTIC IMAGING
 Cascade Neuroscience Center                         Form CNC-17
------------------------------------------------------------------
Date of request: 02-17-26

MEMBER
  Name:            DUNLEAVY, RACHEL M
  DOB:             11/02/1991          Sex: F
  Plan / ID:       Evergreen Select HMO   EVS-88213470
  Phone:           (971) 555-3308

ORDERING PROVIDER
  Name:            Lena Sorvino, MD    Specialty: Neuro-Oncology
  NPI:             1629047713
  Phone / Fax:     503-555-0460 / 503-555-0469

SERVICING FACILITY
  Cascade Neuroscience Imaging (3T), 1401 NW Lovejoy St - in network

SERVICE REQUESTED
  CPT:             76390   MR spectroscopy, brain        Units: 1
  Requested DOS:   02/24/2026
  ICD-10:          D43.0  Neoplasm of uncertain behavior of brain, supratentorial
                   R56.9  Unspecified convulsions

CLINICAL
  Prior conventional imaging (MRI/CT)?   [X] Yes  [ ] No
       Type/date: MRI brain w/wo 02/03/2026
  Conventional imaging inconclusive?     [X] Yes  [ ] No
  Prior MR spectroscopy?                 [X] Yes  [ ] No
       Date: ____________  Facility: outside (Ohio) - date unk, report pending
  New/worsening symptoms since prior imaging?  [ ] Yes  [X] No
  Treatment since prior imaging?               [ ] Yes  [ ] No

  Indication:
    [X] Tumor characterization / grading
    [ ] Tumor recurrence vs radiation necrosis
    [ ] Post-treatment surveillance
    [ ] Metabolic / mitochondrial disorder
    [ ] Neonatal HIE

  Claustrophobia:          [X] Y  [ ] N     (will need oral anxiolytic premed)
  Pregnancy:               [ ] Y  [X] N
  Renal impairment:        [ ] Y  [X] N     Cr 0.68 (02/03/26)

Ordering provider signature: Lena Sorvino MD        Date: 2/17/2026
------------------------------------------------------------------
'''

DOCS['03_mri_brain_2026-02-03.txt'] = '''\
CASCADE NEUROSCIENCE IMAGING
Department of Radiology - Neuroradiology Section

PATIENT: DUNLEAVY, RACHEL M        MRN: CN-2270914
DOB: 11/02/1991   SEX: F           ACCESSION: CNI26-0203-0417
EXAM: MRI BRAIN WITHOUT AND WITH CONTRAST          CPT: 70553
DATE OF SERVICE: 02/03/2026 08:40
ORDERING: Lena Sorvino, MD

HISTORY: 34 yo F, first-time seizure 09/2025 (outside hospital, Ohio),
known L frontal lesion per outside report. Establishing care. Outside
images unavailable.

COMPARISON: None available. Outside MRI(s) from Ohio (2025) were not
available for comparison at the time of interpretation.

TECHNIQUE: Sagittal 3D T1, axial T2, axial and coronal FLAIR, DWI/ADC,
SWI, axial T1 pre-contrast, 3D T1 post-contrast following 6 mL
gadoterate IV. Performed on the 70 cm wide-bore scanner because of
patient claustrophobia; exam completed with several pauses, mild motion
on the sagittal T1. No complications.

FINDINGS:
There is an ill-defined, expansile T2/FLAIR hyperintense lesion centered
in the left superior and middle frontal gyri involving cortex and
subcortical white matter, measuring approx 3.4 x 2.9 x 2.6 cm. Mild local
mass effect with sulcal effacement; no midline shift. No enhancement
following contrast. No restricted diffusion. A few punctate foci of
susceptibility within the lesion on SWI, possibly calcification. The
T2-FLAIR mismatch sign is not present.
No other parenchymal lesion. The remaining white matter is normal for
age. No hydrocephalus. No extra-axial collection. Normal flow voids.
Orbits, sinuses and mastoids unremarkable.

IMPRESSION:
1. 3.4 cm non-enhancing infiltrative L frontal cortical/subcortical mass.
   Favor diffuse low-grade glioma (IDH-mutant astrocytoma vs
   oligodendroglioma - punctate susceptibility could reflect
   calcification). A higher-grade component cannot be excluded on
   conventional imaging; lack of enhancement does not exclude high grade.
2. No restricted diffusion, hemorrhage, or hydrocephalus.
3. Recommend MR spectroscopy +/- perfusion for further characterization
   prior to surgical planning, and comparison with outside studies when
   available.

Dictated by: Gregory Halvorsen, MD
Electronically signed 02/03/2026 11:17
'''

DOCS['04_neuro_oncology_consult_2026-02-10.txt'] = '''\
CASCADE NEUROSCIENCE CENTER - NEURO-ONCOLOGY
NEW PATIENT CONSULTATION

Patient: Rachel M. Dunleavy     DOB: 11/2/1991     MRN: CN-2270914
Date of visit: Feb 10, 2026
Attending: Lena Sorvino, MD
Referring: Dr. Amy Tran (PCP)

CC: L frontal brain lesion, seizure

HPI:
34 yo RH F, software engineer, who relocated from Columbus, OH to
Portland in 01/2026. In 09/2025 she had a first-time GTC seizure at
work (witnessed, ~2 min, postictal confusion). Taken to Scioto Valley
Medical Center ED - CT head reportedly showed a L frontal hypodensity;
MRI there showed a L frontal lesion that per pt was "probably a
low-grade tumor". Started on levetiracetam 500 mg BID and seen by
neurosurgery there, who recomended serial imaging rather than upfront
surgery. She believes she had 2 or 3 MRIs in Ohio and that one of them
"had a chemistry part / spectroscopy", which she thinks was "a few months
ago, maybe in the fall". She cannot recall which visit it was. No
reports or disc available. ROI signed and faxed to Scioto Valley HIM on
01/28/2026; re-sent today.
She has been seizure free since starting LEV. No new sx since the
workup in Ohio - denies HA, focal weakness, numbness, speech/word-finding
difficulty, personality change. Mild fatigue which she attributes to
LEV. MRI here 2/3/26 (ordered by PCP) reviewed - see below.

PMH:
- Seizure as above (09/2025)
- Migraine w/o aura as a teenager, remote, none in >10 yrs
- G2P2 (SVD x2, youngest 4 yo)
- s/p appendectomy 2009

MEDS: levetiracetam 500 mg BID (since 09/2025, no dose changes);
norethindrone-ethinyl estradiol daily; vit D
ALLERGIES: PCN (rash)

FAMILY HISTORY:
Mother - MELAS (dx at 40: hearing loss, DM, stroke-like episodes).
Maternal aunt - "strokes in her 30s", not worked up.
Father - HTN. Brother - healthy.
No family h/o brain tumors.

SOCIAL: married, 2 kids. Never smoker. Social EtOH. No drugs. Not
driving since the seizure (OR law reviewed).

ROS:
Neg for headache, visual changes, hearing loss, focal weakness,
numbness, speech change, gait problems. Neg for fever, wt loss.
Psych: mild anxiety about dx; claustrophobia in enclosed spaces (long-
standing). All other systems neg.

EXAM:
Vitals: BP 118/72, HR 70, BMI 24.
KPS 90. Awake, alert, fluent, naming/repetition intact. CN II-XII
intact. Strength 5/5 x4, no pronator drift. Reflexes 2+ symm, toes
down. Sensation intact. Coordination and gait nl, tandem ok.

DATA:
MRI brain w/wo 02/03/2026: 3.4 cm non-enhancing infiltrative L frontal
lesion, favor LGG; higher grade component cannot be excluded; radiology
recommends MRS.
Labs 02/03/26: CBC nl, CMP nl, Cr 0.68, serum lactate 1.0 (nl).
Urine hCG neg (02/03/26).
Urine mtDNA m.3243A>G (sent 2/3): NEGATIVE, resulted 02/09/2026.

ASSESSMENT:
34F with L frontal non-enhancing infiltrative lesion presenting w/ a
single seizure, now seizure free on LEV. Imaging most c/w diffuse
glioma; the grade is the key open question (LGG vs higher grade
IDH-mutant astrocytoma/oligodendroglioma) and will determine timing and
extent of surgery and need for adjuvant tx. Given her mother's MELAS, a
mitochondrial encephalopathy (stroke-like lesion) was considered but is
ruled out - lesion is not stroke-like/cortical-laminar, lactate nl and
m.3243A>G negative. Mitochondrial disease is not a concern at this point.

PLAN:
1. MR spectroscopy brain (Cho/NAA, 2HG if available) + perfusion - to
   help grade the lesion prior to surgical planning.
2. Outside records incl. the prior spectroscopy report and its date -
   requested, still pending. Pt will also call Scioto Valley herself.
3. If MRS suggests high-grade features -> expedite awake craniotomy for
   maximal safe resection. If MRS is nondiagnostic -> will proceed with
   stereotactic bx before definitive resection.
4. Continue LEV 500 mg BID. Seizure precautions.
5. Claustrophobic - barely completed the 2/3 MRI in the wide-bore
   scanner w/ multiple pauses; will need lorazepam 1 mg PO premed on
   the day of the MRS. Not pregnant (hCG neg), on OCP.
6. Present at neuro-onc tumor board 02/26/2026.

Lena Sorvino, MD
Neuro-Oncology
e-signed 02/10/2026 18:03
'''

DOCS['05_letter_of_medical_necessity_2026-02-16.txt'] = '''\
CASCADE NEUROSCIENCE CENTER
Neuro-Oncology  |  1401 NW Lovejoy St, Portland OR 97209  |  503-555-0460

February 16, 2026

To: Cohere Health, Utilization Management
Re: Rachel M. Dunleavy, DOB 11/02/1991, Member ID EVS-88213470
Service: MR spectroscopy of the brain (CPT 76390)

LETTER OF MEDICAL NECESSITY

Dear Reviewer,

I am writing on behalf of my patient, Ms. Rachel Dunleavy, a 34 year old
woman who presented with a first generalized seizure in September 2025
and was found to have a left frontal brain lesion. She has been seizure
free on levetiracetam and her neurologic exam is normal.

Her MRI earlier this month (2/3/26) showed a 3.4 cm non-enhancing
infiltrative left frontal mass. The radiologist favored a diffuse
low grade glioma but stated that a higher grade component cannot be
excluded on conventional imaging, and recommended MR spectroscopy for
further characterization. Whether this tumor is low grade or high grade
is the central question for her treatment: it determines whether she
goes to urgent maximal resection or to a biopsy-first approach, and
what adjuvant therapy she will need. Spectroscopy before our tumor
board on 02/26/2026 will directly affect her surgical plan.

For completeness: Ms. Dunleavy reports that an MR spectroscopy was
performed at an outside hospital in Ohio at some point while she was
being followed there after the seizure. We have requested those records
twice (01/28/2026 and 02/10/2026) and have not recieved the report, the
images or the date of that study, and the patient is not sure when it
was done. We are therefore unable to use it.
Her symptoms have been stable since then; she has had no further
seizures.

She is claustrophobic and will need oral anxiolytic premedication for
the study. She is not pregnant and her renal function is normal. Thank
you for your consideration.

Sincerely,

Lena Sorvino, MD
Neuro-Oncology, Cascade Neuroscience Center
NPI 1629047713
'''

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for name, text in DOCS.items():
        with open(os.path.join(OUT, name), 'w') as fh:
            fh.write(text)
    print(OUT, sorted(DOCS))
