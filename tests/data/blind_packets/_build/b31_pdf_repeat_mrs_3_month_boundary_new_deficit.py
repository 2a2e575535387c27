#!/usr/bin/env python3
"""Build packet b31: GBM, prior MRS on 02/28/2026 (edge of the 3-month window for a
05/29/2026 request), new left-hand deficit + dexamethasone since then, newest MRI
indeterminate. Faxed PDFs."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h4_faxpdf import block, form_table, build_packet, P, H1, BODY, Spacer, inch

OUT = '/tmp/blind2/b31_pdf_repeat_mrs_3_month_boundary_new_deficit'
state = {'total': 0}

def banner(p, total):
    return ('JUN-01-2026 MON 09:42 AM   FROM: LAKESHORE CANCER INST NEURO-ONC  3125550198'
            '   TO: 18775550142   P.%03d/%03d' % (p, total))

def cover():
    f = block('''
# FAX TRANSMITTAL
~ LAKESHORE CANCER INSTITUTE - NEURO-ONCOLOGY PROGRAM
~ 2240 N. Halsted St, Suite 500, Chicago IL 60614   Ph 312-555-0190  Fax 312-555-0198
''')
    f.append(Spacer(1, 8))
    f.append(form_table([
        ['Date:', '06/01/2026', 'Pages (incl. cover):', str(state['total'] or '')],
        ['To:', 'Cohere Health - Utilization Mgmt', 'Fax:', '(877) 555-0142'],
        ['From:', 'Tamika Reynolds, Prior Auth Coordinator', 'Phone:', '312-555-0190 x4471'],
        ['Re:', 'URGENT prior auth - MR spectroscopy brain - KOWALCZYK, DENISE R (DOB 08/19/1967)'],
        ['[X] Urgent   [ ] For review   [ ] Please reply   [ ] Please comment'],
    ], col_widths=[0.9 * inch, 2.6 * inch, 1.4 * inch, 2.1 * inch]))
    f += block('''

Comments:
Pls see attached auth request, LMN, clinic note and MRI reports. Pt has new L hand weakness and the MRI from 5/22 is equivocal. She is tentatively scheduled for the MRS at LCI Imaging on 06/03/2026 -- we need the determination before then. Form was signed Friday 5/29, sorry for the delay in sending.

Call me w/ any questions. Thx - Tamika



CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and confidential under HIPAA. If you are not the intended recipient, any review, dissemination or copying is strictly prohibited. If you received this in error please notify the sender at 312-555-0190 and destroy all copies.
''')
    return f

def form():
    f = block('''
# PRIOR AUTHORIZATION REQUEST - ADVANCED IMAGING
~ Submit to: Cohere Health UM   |   Fax (877) 555-0142   |   Incomplete forms may delay review
''')
    f.append(Spacer(1, 6))
    W = [1.55 * inch, 1.95 * inch, 1.45 * inch, 2.05 * inch]
    f.append(form_table([
        ['> SECTION 1 - REQUEST'],
        ['Date of request:', '05/29/2026', 'Review type:', '[X] Urgent   [ ] Standard   [ ] Retro'],
        ['> SECTION 2 - MEMBER'],
        ['Member name:', 'KOWALCZYK, DENISE R', 'Date of birth:', '08/19/1967'],
        ['Sex:', 'F', 'Member ID:', 'CHX448120937-01'],
        ['Health plan:', 'Prairie State Health Partners PPO', 'Member phone:', '(773) 555-2816'],
        ['> SECTION 3 - ORDERING PROVIDER'],
        ['Name / specialty:', 'Anil Varghese, MD - Neuro-Oncology', 'NPI:', '1093847562'],
        ['Practice:', 'Lakeshore Cancer Institute', 'Phone / Fax:', '312-555-0190 / 312-555-0198'],
        ['> SECTION 4 - SERVICE REQUESTED'],
        ['Rendering facility:', 'LCI Imaging Center (3T) - in network', 'Facility NPI:', '1710988245'],
        ['CPT / HCPCS:', '76390', 'Description:', 'MR spectroscopy (brain)'],
        ['Units:', '1', 'Requested DOS:', '06/03/2026'],
        ['ICD-10 (primary):', 'C71.1 Malignant neoplasm of frontal lobe', 'ICD-10 (other):', 'R29.818 Other sx involving nervous system; Z92.3 Personal hx of irradiation'],
        ['> SECTION 5 - CLINICAL INFORMATION'],
        ['Conventional MRI/CT done?', '[X] Yes  [ ] No   Date: 05/22/2026', 'Result:', 'equivocal - recurrence vs tx effect (perfusion nondiagnostic)'],
        ['Prior MR spectroscopy?', '[X] Yes  [ ] No   Date: 02/28/2026', 'Prior MRS result:', 'c/w treatment effect'],
        ['New / worsening sx since last study?', '[X] Yes  [ ] No', 'Describe:', 'new L hand weakness, L pronator drift (onset early May 2026)'],
        ['Treatment since last study?', '[X] Yes  [ ] No', 'Describe:', 'dexamethasone 2 mg BID started 05/22/2026'],
        ['Claustrophobia requiring sedation?', '[ ] Yes  [X] No', 'Pregnant?', '[ ] Yes  [X] No  [ ] N/A'],
        ['Renal insufficiency / gad contraindication?', '[ ] Yes  [X] No', 'Most recent eGFR:', '94 (05/22/26)'],
        ['> SECTION 6 - ATTESTATION'],
        ['I attest the information above is accurate and supported by the attached medical records.'],
        ['Ordering provider signature:', 'Anil Varghese MD (e-signed)', 'Date:', '5/29/26'],
    ], col_widths=W))
    return f

def mri_new():
    return block('''
# LAKESHORE CANCER INSTITUTE - DEPARTMENT OF RADIOLOGY
~ Patient: KOWALCZYK, DENISE R     MRN: 00731562     DOB: 08/19/1967     Sex: F
~ Exam: MRI BRAIN WITH AND WITHOUT CONTRAST, with DSC perfusion      CPT: 70553
~ Exam date: 05/22/2026 14:10     Acc#: LCI-MR-26-118403     Ordering: VARGHESE, ANIL MD
~ Report status: FINAL

## HISTORY:
58 y/o F with R frontal glioblastoma (IDH-wildtype, MGMT unmethylated) s/p GTR 06/2025, chemoradiation (60 Gy/30 fx with concurrent TMZ) completed 08/2025 and 6 cycles adjuvant TMZ completed 01/2026. New L hand weakness x ~2 wks. Eval for progression.

## COMPARISON:
MRI brain w/wo with MR spectroscopy 02/28/2026. MRI brain w/wo 12/10/2025.

## TECHNIQUE:
Multiplanar multisequence MR imaging of the brain at 3T before and after IV administration of 7 mL gadobutrol: sagittal 3D T1, axial T2, axial FLAIR, DWI/ADC, SWI, dynamic susceptibility contrast (DSC) perfusion, post-contrast 3D T1 MPRAGE with axial and coronal reformats.

## FINDINGS:
Postsurgical changes of R frontal craniotomy and resection cavity. Interval development of nodular, irregular enhancement along the posterosuperior margin of the resection cavity extending toward the R precentral gyrus, measuring 1.8 x 1.4 x 1.6 cm (AP x TR x CC); on 02/28/2026 there was only thin smooth linear enhancement measuring up to 2 mm. Increased surrounding T2/FLAIR hyperintensity extending into the R corona radiata with mild local mass effect. No midline shift.
No restricted diffusion within the enhancing component. SWI shows blood products lining the cavity.
DSC perfusion: the region of new enhancement is heavily degraded by susceptibility artifact from adjacent blood products; rCBV cannot be reliably measured. Perfusion is nondiagnostic.
No new enhancing lesion elsewhere. No leptomeningeal enhancement. Ventricles stable in size, no hydrocephalus. No acute infarct. Normal flow voids.

## IMPRESSION:
1. Interval new nodular enhancement (1.8 cm) along the posterosuperior margin of the R frontal resection cavity with increased FLAIR signal and mild mass effect. Appearance is indeterminate for tumor recurrence/progression versus treatment-related change (radiation necrosis).
2. DSC perfusion nondiagnostic due to susceptibility artifact.
3. Recommend MR spectroscopy for further characterization and/or short-interval follow-up. Findings d/w Dr. Varghese's coverring provider (Dr. Huang) by phone 05/22/2026 15:02.

Electronically signed by: Miriam Ostrowski, MD (Neuroradiology) 05/22/2026 14:58
''')

def mri_prior():
    return block('''
# LAKESHORE CANCER INSTITUTE - DEPARTMENT OF RADIOLOGY
~ Patient: KOWALCZYK, DENISE R     MRN: 00731562     DOB: 08/19/1967     Sex: F
~ Exam: MRI BRAIN W/WO CONTRAST WITH MR SPECTROSCOPY     CPT: 70553, 76390
~ Exam date: 02/28/2026 10:25     Acc#: LCI-MR-26-030977     Ordering: VARGHESE, ANIL MD
~ Report status: FINAL

## HISTORY:
GBM R frontal s/p GTR 6/2025, chemoRT, adjuvant TMZ x6 (C6 ended 1/19/26). Post-treatment evaluation; subtle enhancement at cavity margin on prior.

## COMPARISON:
12/10/2025.

## TECHNIQUE:
Standard pre- and post-contrast brain MRI protocol (gadobutrol 7 mL). Single-voxel PRESS MRS (TE 30 and 144 ms) with voxel at the posterior cavity margin, reference voxel in contralateral normal-appearing white matter; 2D multivoxel CSI through the cavity.

## FINDINGS:
Thin, smooth linear enhancement up to 2 mm along the margin of the R frontal resection cavity, unchanged. Stable surrounding FLAIR hyperintensity. No nodular enhancement. No new lesion.
MR SPECTROSCOPY: At the posterior cavity margin Cho/Cr 1.2 and Cho/NAA 1.1; no elevation of choline relative to the contralateral reference voxel. Prominent lipid-lactate doublet at 1.3 ppm. CSI shows no focal choline hot spot.

## IMPRESSION:
1. Stable postoperative and post-treatment changes. No evidence of tumor progression.
2. MR spectroscopy without elevated choline; prominent lipid/lactate, c/w treatment effect. No spectroscopic evidence of recurrent tumor.
3. Routine follow-up MRI recommended.

Electronically signed by: Raymond Cho, MD 02/28/2026 13:40
''')

def clinic():
    return block('''
# NEURO-ONCOLOGY FOLLOW-UP VISIT
~ Lakeshore Cancer Institute - Neuro-Oncology    Date of service: May 27, 2026
~ Patient: Denise R Kowalczyk   DOB 08/19/1967 (58 y.o. F)   MRN 00731562
~ Provider: Anil Varghese, MD     Accompanied by: husband (Mark)

## CHIEF COMPLAINT:
New L hand weakness

## INTERVAL HISTORY (carried forward from 02/28/2026 visit - reviewed):
Completed C6 adjuvant TMZ 1/19/26, tolerated w/ mild thrombocytopenia (nadir plt 98). MRI/MRS today stable, c/w treatment effect. Neuro exam nonfocal. No new sx. Plan surveillance MRI q2-3 mo.

## HPI:
Pt reports ~3 wks of progresive clumsiness of the L hand - dropping cups, trouble buttoning, frequent typing errors w/ L hand. Husband also noticed her L side of mouth "droops" when she smiles for ~1 wk. Mild morning headaches, worse than her baseline. She denies seizures, LOC, visual change, word-finding difficulty, N/V. MRI 5/22 (ordered by covering provider Dr Huang) showed new nodular enhancement at the cavity margin; pt was started on dexamethasone 2 mg BID on 5/22 and reports grip is "a little better". She has not received any anticancer therapy since C6 TMZ in January.

## ONCOLOGIC HISTORY:
- 05/2025: presented w/ headaches and personality change; MRI 4.2 cm enhancing R frontal mass
- 06/10/2025: R frontal craniotomy, GTR. Path: glioblastoma, IDH-wildtype, CNS WHO grade 4; MGMT promoter unmethylated
- 07/2025 - 08/2025: XRT 60 Gy/30 fx with concurrent TMZ 75 mg/m2
- 09/2025 - 01/2026: adjuvant TMZ 150-200 mg/m2 x 6 cycles (C6 completed 1/19/26)
- 12/10/2025 MRI: no evidence of progression
- 02/28/2026 MRI + MRS: stable; MRS c/w treatment effect
- 05/22/2026 MRI: new nodular enhancement posterosup. cavity margin, indeterminate; perfusion nondiagnostic

## PMH:
GBM as above. HTN. Hypothyroidism. Remote h/o L breast DCIS 2014 s/p lumpectomy + whole breast XRT, no recurrence, off tamoxifen since 2019. Postmenopausal.

## MEDICATIONS:
dexamethasone 2 mg PO BID (new 5/22/26); pantoprazole 40 mg daily (new 5/22/26); levetiracetam 500 mg BID (since 6/2025, unchanged); amlodipine 5 mg daily; levothyroxine 75 mcg daily

## ALLERGIES:
NKDA. No prior reaction to gadolinium.

## FAMILY HISTORY:
Father - meningioma resected at age 70, alive. Mother - breast ca age 66, deceased 2019. No family h/o glioma.

## SOCIAL HISTORY:
Retired HS chemistry teacher. Never smoker. Rare EtOH. Lives w/ husband.

## ROS:
Constitutional: negative for fever, wt loss. Neuro: + L hand weakness, + mild AM headache; negative for seizures, diplopia, speech difficulty, numbness. GI: negative for N/V. All other systems reviewed and negative.

## PHYSICAL EXAM:
BP 138/82  HR 76  T 36.7  Wt 71.4 kg. KPS 80.
Alert, oriented x3, speech fluent, follows complex commands. CN: mild L lower facial weakness (UMN pattern); otherwise intact. Motor: L grip 4/5, L finger extensors 4-/5, L wrist ext 4/5, L pronator drift present; LLE 5/5; R side 5/5. Reflexes 2+ R, 3+ L biceps/brachioradialis. Sensation intact to LT. Gait: normal base, slight L arm swing decrease.

## LABS (05/22/2026):
WBC 8.9, Hgb 12.6, Plt 188. Cr 0.71, eGFR 94. Glucose 141 (on dex).

## ASSESSMENT AND PLAN:
58F w/ R frontal GBM (IDH-wt, MGMT unmeth) s/p GTR, chemoRT, 6 cycles adj TMZ, now ~9-10 mo post XRT, w/ NEW L hand weakness / L pronator drift / L UMN facial and new nodular enhancement along the cavity margin on MRI 5/22. Ddx true progression vs radiation necrosis; perfusion was nondiagnostic d/t susceptibility from blood products.
1. Request MR spectroscopy brain (CPT 76390) - to help distinguish recurrent tumor from radiation necrosis. Result will directly change management.
2. If MRS favors recurrence -> present at tumor board re: re-resection vs lomustine +/- bevacizumab vs clinical trial. If MRS c/w radiation necrosis -> slow dex taper and consider bevacizumab for symptomatic RN.
3. Continue dex 2 mg BID + PPI; monitor glucose. LEV unchanged.
4. Not claustrophobic - has tolerated many MRIs w/o sedation.
5. RTC after MRS, sooner prn. Seizure precautions reviewed, no driving.

Electronically signed: Anil Varghese, MD   05/27/2026 16:52
''')

def lmn():
    return block('''
# LAKESHORE CANCER INSTITUTE
~ Neuro-Oncology Program  |  2240 N. Halsted St, Suite 500, Chicago IL 60614

May 29, 2026

Cohere Health - Utilization Management
RE: Denise R. Kowalczyk   DOB: 08/19/1967   Member ID: CHX448120937-01
Request: MR spectroscopy of the brain, CPT 76390

## LETTER OF MEDICAL NECESSITY

To Whom It May Concern:

I am writing to request urgent authorization of MR spectroscopy of the brain for my patient Ms. Kowalczyk, a 58 year-old woman with a right frontal glioblastoma (IDH-wildtype, MGMT unmethylated) treated with gross total resection in June 2025, standard chemoradiation (60 Gy with concurrent temozolomide, completed August 2025) and six cycles of adjuvant temozolamide completed in January 2026.

Her most recent MRI on 05/22/2026 shows a new 1.8 cm area of nodular enhancement along the posterior-superior margin of the resection cavity with increased FLAIR signal. The neuroradiologist described this as indeterminate for tumor recurrence versus radiation necrosis and the perfusion sequence was nondiagnostic because of susceptibility artifact. Conventional imaging has therefore not answered the clinical question.

She last had spectroscopy on 02/28/2026, when she was neurologically intact and the findings favored treatment effect. The clinical picture has changed since then: in early May she developed new left hand weakness with a left pronator drift and left facial weakness, and she was started on dexamethasone on 05/22/2026. This is not a repeat for technical reasons and not a change of facility; the prior study simply predates the new enhancement and the new deficit.

The result will directly determine her management: findings favoring recurrence would lead to tumor board review for re-resection or second-line systemic therapy, whereas findings favoring radiation necrosis would lead to a steroid taper and possibly bevacizumab. Her renal function is normal (eGFR 94), she is not claustrophobic, and she has tolerated gadolinium many times.

Thank you for your prompt review. Please contact my office at 312-555-0190 with any questions.

Sincerely,

Anil Varghese, MD
Neuro-Oncology, Lakeshore Cancer Institute   NPI 1093847562
(electronically signed 05/29/2026)
''')

DOCS = [
    ('01_fax_cover.pdf', 'Fax cover', cover),
    ('02_prior_auth_request_form.pdf', 'Prior authorization request', form),
    ('03_letter_of_medical_necessity.pdf', 'Letter of medical necessity', lmn),
    ('04_neuro_onc_note_2026-05-27.pdf', 'Neuro-oncology note 05/27/2026', clinic),
    ('05_mri_brain_2026-05-22.pdf', 'Radiology report 05/22/2026', mri_new),
    ('06_mri_mrs_brain_2026-02-28.pdf', 'Radiology report 02/28/2026', mri_prior),
]

if __name__ == '__main__':
    counts, total = build_packet(OUT, DOCS, banner, state)
    print(OUT, counts, total)
