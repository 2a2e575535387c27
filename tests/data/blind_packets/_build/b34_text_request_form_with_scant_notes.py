#!/usr/bin/env python3
"""Build packet b34 (plain text): request form + very thin notes. 17-year-old (turns 18
three days after the request) with remote cerebellar pilocytic astrocytoma s/p GTR,
MRI+MRS 6 weeks earlier negative, asymptomatic, no treatment; repeat requested to
'establish baseline' at the adult facility."""
import os

OUT = '/tmp/blind2/b34_text_request_form_with_scant_notes'
DOCS = {}

DOCS['01_fax_cover.txt'] = '''\
FAX    FAX    FAX    FAX    FAX    FAX    FAX    FAX    FAX    FAX

NORTHFIELD CANCER CENTER - AYA (Adolescent & Young Adult) Neuro-Onc
880 Riverside Dr, Minneapolis MN 55454   tel 612-555-0281 fax 612-555-0289

Date: 3/6/26
To:   Cohere Health UM          Fax: 877-555-0142
From: D. Pruitt, scheduling     Ph:  612-555-0283
Re:   BRANDVOLD, TYLER J  - 18 y/o M -  MRS brain
# pages incl cover: 4

Msg: auth request attached. pt sched Mon 3/9. pls expedite, thx

Confidential health information. If received in error call 612-555-0283
and destroy.
'''

DOCS['02_request_form.txt'] = '''\
=====================================================================
  IMAGING PRIOR AUTHORIZATION REQUEST            Northfield Cancer Ctr
=====================================================================
Date of request: 03/02/2026

Patient: BRANDVOLD, TYLER J          DOB: 03/05/2008     Age: ____
Sex: M        Plan: North Star Health Plan     ID: NSH-55120984-02

Ordering provider: Samuel Okafor, MD   (Neuro-Oncology, AYA clinic)
NPI: 1558304219     Ph 612-555-0281   Fax 612-555-0289
Rendering: Northfield Imaging - MRI 2 (3T)

CPT: 76390   MR spectroscopy      Units: 1      Body part: brain
ICD-10: Z86.011  Personal history of benign neoplasm of the brain
        Z09      Encntr for f/u exam after completed treatment
Requested date of service: 03/09/2026

Prior advanced imaging of this body part w/in last 3 months?
        [X] Yes  [ ] No     If yes: MRI brain w/wo + MRS 01/20/2026
                                    (Lakeview Children's)
New or worsening symptoms?          [ ] Yes  [X] No
Treatment since last imaging?       [ ] Yes  [X] No
Conventional imaging inconclusive?  [ ] Yes  [ ] No

Reason for request / clinical summary:
  17yo h/o JPA R cerebellum s/p GTR 2019. Surveillence. Establishing
  baseline at our facility prior to transition from pediatric to adult
  neuro-onc care.

Claustrophobia:       [ ] Yes  [X] No
Pregnant:             [ ] Yes  [ ] No  [X] N/A
Renal insufficiency:  [ ] Yes  [X] No

Signature: S. Okafor MD                     Date: 3/2/26
=====================================================================
'''

DOCS['03_progress_note_2026-02-26.txt'] = '''\
Northfield Cancer Center - AYA Neuro-Oncology
TELEHEALTH TRANSITION VISIT                     DOS: 2026-02-26
Pt: Tyler J Brandvold   DOB 3/5/2008   Provider: S. Okafor MD

17 yo M, h/o R cerebellar JPA (pilocytic astrocytoma, WHO gr 1) dx age
11, s/p GTR 06/2019 @ Lakeview Children's; no XRT/chemo. Remote h/o
obstructive hydrocephalus at dx s/p temporary EVD, no shunt. Annual
surveillance imaging w/ peds neuro-onc (Dr. Haugen); last MRI/MRS
1/20/26 = NED. Referred to us for transition to adult care.

S: Doing well, senior in HS, plays trumpet. No HA, N/V, diplopia,
balance problems. No new sx. No meds. Was very anxious in the scanner
as a young child and needed sedation; has done MRIs awake w/o problem
since age 13 incl 1/20.

O: (video) alert, speech nl, EOMI, no nystagmus, FTN intact bilat,
gait nl, tandem ok.

A/P: JPA s/p GTR, NED x ~6.5 yr. Clinically stable.
 - repeat MRI brain w/wo + MRS here at Northfield to establish a
   baseline in our system before he transitions (turns 18 next wk)
 - if new HA or ataxia would image sooner
 - RTC 6 mo, then yearly

S. Okafor MD  e-signed 02/26/26
'''

DOCS['04_mri_mrs_report_2026-01-20.txt'] = '''\
LAKEVIEW CHILDREN'S HOSPITAL - DEPARTMENT OF RADIOLOGY
---------------------------------------------------------------
PATIENT: BRANDVOLD, TYLER J        MRN: LV0839221
DOB: 03/05/2008                    SEX: M
EXAM: MRI BRAIN W/WO CONTRAST WITH SINGLE VOXEL MR SPECTROSCOPY
CPT: 70553, 76390
EXAM DATE: 01/20/2026 07:55
ORDERING: Kristin Haugen, MD (Pediatric Neuro-Oncology)
---------------------------------------------------------------
HISTORY: 17 yo M, h/o R cerebellar pilocytic astrocytoma s/p GTR
6/2019. Annual surveillance. Asymptomatic.

COMPARISON: 01/15/2025, 01/09/2024.

TECHNIQUE: Routine brain tumor protocol at 3T, no sedation. Sag T1,
ax T2, ax FLAIR, DWI, SWI, pre and post contrast 3D T1 (gadobutrol
7.5 mL). Single voxel PRESS MRS (TE 144) at the R cerebellar resection
margin with contralateral reference.

FINDINGS:
Stable postoperative changes of suboccipital craniectomy with a small
area of encephalomalacia and gliosis in the R cerebellar hemisphere.
No nodular or masslike enhancement. No new T2/FLAIR signal abnormality.
Fourth ventricle normal in size and configuration; no hydrocephalus.
Supratentorial brain unremarkable. No restricted diffusion.
MRS: Cho, Cr and NAA peaks within normal limits at the resection margin
compared with the contralateral cerebellum. No lactate. No elevated
choline.

IMPRESSION:
1. Stable postoperative changes R cerebellum. No evidence of residual or
   recurrent tumor.
2. MR spectroscopy: no spectroscopic evidence of neoplasm.

Electronically signed by Thomas Reinholt, MD  01/20/2026 10:12
'''

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for name, text in DOCS.items():
        with open(os.path.join(OUT, name), 'w') as fh:
            fh.write(text)
    print(OUT, sorted(DOCS))
