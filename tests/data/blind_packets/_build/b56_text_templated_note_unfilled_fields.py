#!/usr/bin/env python3
"""Build packet b56_text_templated_note_unfilled_fields (plain-text documents)."""
import os

CASE = "b56_text_templated_note_unfilled_fields"
OUT = os.path.join("/tmp/blind5", CASE)
os.makedirs(OUT, exist_ok=True)

DOCS = {}

DOCS["00_fax_cover.txt"] = """\
MAY-12-2026 08:05  FROM: MTN VIEW CHILDRENS NEURO  5554019987  TO: 18005550199  P.1

                 MOUNTAIN VIEW CHILDREN'S NEUROLOGY & EPILEPSY
                 880 Aspen Ridge Blvd, Ste 14 - Cedar Falls, CO
                 Phone 555-401-9900        Fax 555-401-9987

                              FAX TRANSMISSION

Date:      5/12/2026
To:        Cohere Health - Imaging Prior Auth
Fax #:     1-800-555-0199
From:      Brianna (MA) for Dr. Castellanos
Pages:     5 including cover
Subject:   PA request MR spectroscopy - RIOS, KAYLA  DOB 5/12/2008

[ ] Urgent  [X] For review  [ ] Please comment  [ ] Please reply

Comments:
Pre-auth for MRS per clinic workflow. Neuro consult 5/8, ED records 4/19-4/20
and LMN enclosed. ** MRI brain report from Valley Imaging to follow under
separate cover once recieved - we do not have it yet. **

CONFIDENTIAL: This fax may contain PHI. If received in error, call the sender
and destroy all pages.
"""

DOCS["01_pa_request_form.txt"] = """\
MAY-12-2026 08:05  FROM: MTN VIEW CHILDRENS NEURO  5554019987  TO: 18005550199  P.2

PRIOR AUTHORIZATION REQUEST - ADVANCED IMAGING
(auto-populated from EHR order #88120431 - verify all fields before sending)

Date of request: 05/11/2026                Priority: [ ] Urgent  [X] Routine

MEMBER
  Name: RIOS, KAYLA M            DOB: 05/12/2008     Age: ____    Sex: F
  Member ID: SRH-00938127        Plan: Summit Ridge Health (Cohere Health UM)

ORDERING PROVIDER
  Rafael Castellanos, MD - Pediatric Neurology / Epilepsy
  NPI 1750913364     Ph 555-401-9900     Fax 555-401-9987

RENDERING FACILITY
  Valley Imaging Center (3T)     NPI: ***

SERVICE
  CPT: 76390  MR spectroscopy          Additional CPT: ***
  Body part: Brain
  ICD-10: R56.9  Unspecified convulsions
          ***
  Requested DOS: 05/14/2026

CLINICAL QUESTIONS
  Conventional MRI/CT inconclusive?          [ ] Yes   [ ] No
  Indication (check all that apply):
     [ ] Glioma grading (high vs low grade)
     [ ] Tumor recurrence vs radiation necrosis
     [ ] Intra-axial brain tumor / metastasis
     [ ] Post-treatment surveillance, known brain tumor
     [ ] Neonatal hypoxic-ischemic encephalopathy
     [ ] Metabolic / mitochondrial disorder
     [ ] Leukodystrophy / inherited metabolic disorder
     [ ] Other: _______________________
  Prior MRS of same region?                  [ ] Yes   [ ] No   Date: ______
  New / worsening symptoms since prior?      [ ] Yes   [ ] No
  Pertinent imaging results: ***

  Claustrophobia [ ]     Pregnant [ ]     Renal impairment / eGFR<30 [ ]

Electronically signed: Rafael Castellanos, MD   05/11/2026 07:58
"""

DOCS["02_neurology_consult_2026-05-08.txt"] = """\
MAY-12-2026 08:05  FROM: MTN VIEW CHILDRENS NEURO  5554019987  TO: 18005550199  P.3

MOUNTAIN VIEW CHILDREN'S NEUROLOGY & EPILEPSY
NEW PATIENT CONSULTATION

Patient: Rios, Kayla M          DOB: 5/12/2008        MRN: MV-448120
Date of service: May 8, 2026
Provider: Rafael Castellanos, MD
Referring: Rosewood Regional ED / PCP Amy Tran, MD
Historians: patient and mother (Diana Rios)

CHIEF COMPLAINT: first generalized seizure, ?prior focal seizures

HPI:
Kayla is a 17 y.o. R-handed female, HS junior, referred after a first
generalized tonic-clonic seizure on 4/19/26 at ~11 pm. On further history,
for the past ~6 months she has had brief (30-60 sec) episodes of deja vu and
a rising epigastric sensation followed by staring, lip smacking and
unresponsiveness, ~2x/month, with 5-10 min of fatigue afterward. On 4/19 one
of these evolved into a GTC lasting ~1-2 min (witnessed by mother). EMS to
Rosewood ED: CT head neg for acute process, labs unremarkable, urine hCG neg.
Started levetiracetam 500 mg BID. No further events since starting LEV.
MRI brain w/wo contrast done 05/02/2026 at Valley Imaging Center: ***
Per mother "they told us there was a small spot on the left side." Official
report not available at time of visit; images requested on disc.
Seizure frequency: {SEIZURE FREQ:28831}
Possible trigger: sleep deprivation (finals week).

PAST MEDICAL HISTORY: (copied from PCP record 09/2024)
  - Simple febrile seizure x1 at age 2, no recurrence
  - Mild intermittent asthma
  - ***

BIRTH HISTORY: (copied from PCP record 09/2024)
  Term NSVD, BW 3.4 kg. No NICU stay, no HIE, no neonatal seizures. Normal
  development, met milestones on time.

MEDICATIONS: levetiracetam 500 mg BID (since 4/20/26); albuterol HFA PRN
ALLERGIES: PCN (rash)

FAMILY HISTORY:
  Mother - multiple sclerosis
  Maternal uncle - "brain tumor" dx in his 40s, type unknown, s/p surgery
  No family hx of epilepsy. No known metabolic or mitochondrial disease.

SOCIAL HISTORY: Lives w/ mother and younger brother. HS junior, B student.
Denies EtOH, drugs, vaping. Has learner's permit, not driving independently.

REVIEW OF SYSTEMS:
Neuro: + episodes as in HPI. Negative for headache, vision change, weakness,
numbness, gait change. Psych: mild anxiety re school. GYN: LMP 04/28/2026,
regular cycles. All other systems reviewed and negative.

EXAM:
BP 112/70  HR 74  Wt 58 kg
Gen: well appearing, NAD.
Neuro: alert, fluent speech, naming and repetition intact, 3/3 recall at
5 min. CN II-XII intact, fundi sharp. Motor 5/5 throughout, nl tone/bulk.
DTRs 2+ symmetric, toes downgoing. Sensation intact. FTN nl. Gait and
tandem nl.

DATA:
  CT head w/o 4/20/26 (Rosewood): no acute intracranial abnormality.
  MRI brain w/wo 5/2/26 (Valley Imaging): *** (report pending)
  EEG: not yet done.
  Prior MRS: ***
  Labs 4/20/26: CMP nl (Cr 0.7), CBC nl, urine hCG neg, UDS neg.

ASSESSMENT / PLAN:
17 y.o. F with focal impaired awareness seizures with evolution to bilateral
tonic-clonic seizure; semiology suggests L mesial temporal onset. Nonfocal
exam.
DDx: focal cortical dysplasia vs low-grade epilepsy-associated tumor (DNET /
ganglioglioma) vs r/o low-grade glioma vs mesial temporal sclerosis.
 1. Obtain official MRI report + images from Valley Imaging; will review at
    neuroradiology conference.
 2. If MRI shows an indeterminate lesion, will proceed with MR spectroscopy
    +/- perfusion for further characterization. PA for MRS being submitted
    now per clinic workflow to avoid delay.
 3. Routine + sleep-deprived EEG.
 4. Continue LEV 500 mg BID. Seizure precautions reviewed; no driving per
    state law; sleep hygiene.
 5. MRI safety: reviewed risks incl. NSF with gadolinium in pts with renal
    failure, claustrophobia/anxiety, and pregnancy. Pt denies claustrophobia;
    recent hCG neg.
 6. RTC 4-6 wks, sooner prn.

Conventional imaging inconclusive: {YES/NO:20934}
Indication for MRS: {MRS INDICATION:40012}

Rafael Castellanos, MD        Electronically signed 05/08/2026 18:21
"""

DOCS["03_ed_record_4-19-26.txt"] = """\
MAY-12-2026 08:05  FROM: MTN VIEW CHILDRENS NEURO  5554019987  TO: 18005550199  P.4

ROSEWOOD REGIONAL MEDICAL CENTER - EMERGENCY DEPARTMENT PHYSICIAN RECORD

Pt: RIOS, KAYLA M     DOB 05/12/2008     17 y/o F     Acct# ER2604190871
Arrival: 04/19/2026 23:38     Mode: EMS     Triage: ESI 2
Attending: Leonard Fisk, DO

HPI: 17 yo F BIBA after witnessed generalized shaking episode at home ~2 min,
per mother preceded by staring and lip smacking. Tongue bite R lateral, +
urinary incontinence. Postictal on EMS arrival, now improving. No head
trauma, no fever, no recent illness. Denies drug/EtOH use. Remote h/o
febrile sz as toddler. No meds.

ROS: neg for HA, neck stiffness, fever, vomiting, focal weakness.

EXAM: T 98.9  HR 104 -> 82  BP 118/74  SpO2 99% RA. GCS 14 -> 15. Lateral
tongue lac. No meningismus. Neuro: moving all ext, no focal deficit, slightly
slow to answer, improving.

LABS: BMP nl (Na 139, glu 104, Cr 0.7). CBC nl. Mg nl. UDS neg. Urine hCG
NEGATIVE. EtOH neg.

IMAGING:
  CT HEAD WITHOUT CONTRAST - 04/20/2026 00:48 (CPT 70450)
  HISTORY: first-time seizure
  COMPARISON: none
  TECHNIQUE: axial noncontrast CT, bone and soft tissue algorithms.
  FINDINGS: No acute hemorrhage, infarct, mass effect or midline shift.
  Ventricles and sulci normal. No extra-axial collection. Calvarium intact.
  IMPRESSION: No acute intracranial abnormality.
  -- Read by: M. Goldberg, MD (teleradiology) 04/20/2026 01:06

ED COURSE / MDM: First unprovoked GTC w/ possible preceding focal features.
Returned to baseline. Levetiracetam 1000 mg IV given; start 500 mg PO BID.
Discussed w/ on-call peds neuro (Dr. Castellanos) - outpatient MRI brain
w/wo and clinic f/u.

DISPO: Discharged home w/ mother 04/20/2026 03:15. Seizure precautions,
no driving, no swimming alone. Return to ED if another seizure lasting
>5 min, repeated seizures, or fever/stiff neck.

Leonard Fisk, DO   04/20/2026 03:22
"""

DOCS["04_letter_of_medical_necessity.txt"] = """\
MAY-12-2026 08:05  FROM: MTN VIEW CHILDRENS NEURO  5554019987  TO: 18005550199  P.5

MOUNTAIN VIEW CHILDREN'S NEUROLOGY & EPILEPSY
880 Aspen Ridge Blvd, Ste 14, Cedar Falls, CO      555-401-9900

2026-05-11

RE: LETTER OF MEDICAL NECESSITY - MR SPECTROSCOPY (CPT 76390)
Patient: Kayla M. Rios       DOB: 05/12/2008       Member ID: ***

To Whom It May Concern:

I am writing to request prior authorization for MR spectroscopy (CPT 76390)
of the brain for my patient, Kayla Rios, a [AGE]-year-old [SEX] with
[DIAGNOSIS].

Conventional imaging (MRI/CT) {was/was not} inconclusive: ***

MRS is requested for:
   [ ] grading of a suspected glial neoplasm
   [ ] tumor recurrence vs radiation necrosis
   [ ] post-treatment surveillance of a known brain tumor
   [ ] neonatal hypoxic-ischemic encephalopathy
   [ ] suspected mitochondrial disease / inborn error of metabolism
   [ ] leukodystrophy / inherited metabolic disorder
   [ ] other: ***

The results of this study will directly impact management by ***.

Thank you for your consideration.

Sincerely,

Rafael Castellanos, MD
Pediatric Neurology / Epilepsy
(dictated, not yet reviewed)
"""

for name, text in DOCS.items():
    with open(os.path.join(OUT, name), "w") as f:
        f.write(text)
    print("wrote", os.path.join(OUT, name))
