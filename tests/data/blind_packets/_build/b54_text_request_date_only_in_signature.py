#!/usr/bin/env python3
"""Build packet b54_text_request_date_only_in_signature (plain-text documents)."""
import os

CASE = "b54_text_request_date_only_in_signature"
OUT = os.path.join("/tmp/blind5", CASE)
os.makedirs(OUT, exist_ok=True)

DOCS = {}

DOCS["00_fax_cover.txt"] = """\
04/06/2026  10:42   ST BRIGID CHILDRENS GENETICS   FAX 555-730-2291        P.01/06

==========================================================================
                     ST. BRIGID CHILDREN'S HOSPITAL
              Division of Medical Genetics & Metabolism
        2200 Orchard Hill Rd, Bldg C, 4th Fl  |  Ph 555-730-2200
==========================================================================

                         *** FAX COVER SHEET ***

TO:      Cohere Health - Prior Authorization Dept
FAX:     1-800-555-0199
FROM:    Kim Jones, Referral Coordinator (for Dr. E. Park-Whitman)
DATE:    04/06/2026
PAGES:   6 (incl. cover)
RE:      MRS auth - HERNANDEZ-CRUZ, MATEO  DOB 08/14/2019

Message:
  Resending complete packet w/ clinicals. PA form, clinic note 3/30,
  outside MRI/MRS report (Riverside Community 1/3/26), labs, and LMN
  attached. Pateint scheduled 04/20/2026 under GA at St Brigid MRI.
  Thank you!

This message contains confidential health information. If you are not the
intended recipient, do not read, copy or distribute. Call 555-730-2200.
"""

DOCS["01_prior_auth_form.txt"] = """\
04/06/2026  10:42   ST BRIGID CHILDRENS GENETICS   FAX 555-730-2291        P.02/06

        OUTPATIENT ADVANCED IMAGING - PRIOR AUTHORIZATION REQUEST
        Health plan: Keystone Kids Medicaid (administered by Cohere Health)

Date of request: ____________          Urgency:  [X] Routine  [ ] Urgent

PATIENT
  Name: HERNANDEZ-CRUZ, MATEO A            Sex: M
  DOB: 08/14/2019                          Member #: KKM-20044917
  Parent/guardian: Lucia Cruz (mother)     Ph: 555-618-0043

ORDERING PROVIDER
  Elise Park-Whitman, MD  - Biochemical Genetics
  NPI: 1669483025    Ph 555-730-2200   Fax 555-730-2291

SERVICING FACILITY
  St. Brigid Children's Hospital - Pediatric MRI (3T)   NPI 1740338812

SERVICE
  CPT: 76390   Description: MR spectroscopy (multivoxel), brain
  Body part: Brain / basal ganglia
  ICD-10:  E88.40  Mitochondrial metabolism disorder, unspecified
           F88     Global developmental delay
           R62.50  Lack of expected normal physiological development
  Requested DOS: 04/20/2026
  Sedation / anesthesia:  [X] Yes - general anesthesia (age, developmental
                                 delay, unable to hold still)
                           [ ] No

CLINICAL
  Prior imaging of same region?   [X] Yes   [ ] No
     MRI brain + SV MRS 01/03/2026 @ Riverside Community Hospital
  New / worsening symptoms since prior imaging?   [ ] Yes   [ ] No
  Change in treatment since prior imaging?        [ ] Yes   [ ] No
  Reason for repeat: outside study technically limited; clarify equivocal
     lactate peak; family prefers imaging at St Brigid

  Claustrophobia:          [ ] Yes   [ ] No
  Pregnancy:               N/A
  Renal impairment:        [ ] Yes   [X] No

I attest the above is accurate and supported by the medical record.

Provider signature:  E. Park-Whitman MD             Date: 04/02/2026

--------------------------------------------------------------------------
Printed 04/06/2026 10:31 by KJONES    Form PA-IMG-07 rev 2024
"""

DOCS["02_genetics_clinic_note_3-30-26.txt"] = """\
04/06/2026  10:42   ST BRIGID CHILDRENS GENETICS   FAX 555-730-2291        P.03/06

ST. BRIGID CHILDREN'S HOSPITAL - BIOCHEMICAL GENETICS CLINIC
FOLLOW-UP VISIT

Patient: Hernandez-Cruz, Mateo A     DOB: 08/14/2019     MRN: 3381029
Date of service: 3-30-26            Provider: Elise Park-Whitman, MD
Accompanied by: mother and father

HPI:
Mateo is a 6 y/o boy with global developmental delay, hypotonia and two
episodes of developmental regression with febrile illnesses (age 3.5 and
age 5), referred 11/2025 for suspected mitochondrial disease. Initial labs
11/2025: plasma lactate 3.8 mmol/L (nl <2.2), pyruvate 0.14, L:P ratio 27,
plasma alanine 612 (elev). Urine organic acids w/ mild lactic aciduria and
increased Krebs cycle intermediates. VLCFA normal (checked given FH of
X-ALD). Started on mito cocktail 11/18/2025 (CoQ10, riboflavin,
levocarnitine).

MRI brain + single-voxel MRS at Riverside Community on 1/3/26 (under GA):
new bilat symmetric T2 hyperintensity in the putamina and periaqueductal
gray, ddx Leigh vs other metabolic/toxic process. MRS read as equivocal for
lactate - single voxel, TE 144 only, lipid contamination. Prior MRI at age 3
(06/2023) was normal. Trio WES sent 02/10/2026, still pending.

Interval hx: since the January visit parents report he has been at his
baseline. No new regression, no seizures, no new weakness, no episodes of
lethargy or vomiting. No hospitalizations or ED visits. Continues PT/OT/
speech through school, same frequency. Slowly gaining words (~30 words now).
No medication changes; tolerating the cocktail w/o GI upset.

PMH:
  - GDD, hypotonia
  - strabismus s/p repair 2022
  - recurrent AOM s/p PE tubes 2021

BIRTH HX: 39 wk, SVD, BW 3.1 kg, Apgars 8 and 9. No NICU stay. No perinatal
asphyxia, no HIE, no neonatal seizures.

MEDS (unchanged since 11/2025):
  coenzyme Q10 200 mg PO daily
  riboflavin 100 mg PO daily
  levocarnitine 1 g/10 mL - 9.5 mL PO BID (50 mg/kg/d)
ALLERGIES: NKDA

FAMILY HX:
  Maternal uncle - X-linked adrenoleukodystrophy, died age 9.
  Sister, 9 yo - healthy.
  Parents nonconsanguineous, both healthy. No miscarriages.

ROS: Neg for seizures, vomiting, lethargy, vision loss, feeding difficulty.
Chronic hypotonia and constipation (baseline). All other systems neg.

EXAM:
Wt 19.2 kg (25%ile), Ht 114 cm, HC 50.5 cm.
Alert, interactive, social smile. Mild bilat ptosis (longstanding). EOM full. Axial >
appendicular hypotonia, DTRs 1+ symmetric, no clonus. Mildly wide-based
gait - unchanged from 01/2026 exam. No nystagmus.

LABS today: lactate 3.5, CK 88, BMP nl (Cr 0.3).

ASSESSMENT / PLAN:
1. Suspected mitochondrial encephalopathy, Leigh syndrome spectrum -
   clinically stable, no interval change.
   The outside MRS (1/3/26) was suboptimal (single voxel, lipid
   contamination, no short-TE acquisition) and the lactate peak is
   equivocal. I would like a one-time repeat multivoxel MRS here using our
   neuroradiology protocol to clarify whether there is a true lactate peak.
   Parents also prefer to have all imaging done here for continuity. Will
   submit auth. If WES returns a pathogenic variant the MRS would be less
   critical - discussed w/ parents, they still wish to proceed.
2. Continue mito cocktail, no changes. Sick-day plan reviewed (avoid
   fasting, D10 w/ illness, avoid valproate).
3. RTC 3 months, sooner if any regression.

E-signed Elise Park-Whitman, MD  03/30/2026 16:55
"""

DOCS["03_outside_mri_mrs_riverside_2026-01-03.txt"] = """\
04/06/2026  10:42   ST BRIGID CHILDRENS GENETICS   FAX 555-730-2291        P.04/06

RIVERSIDE COMMUNITY HOSPITAL - DEPARTMENT OF RADIOLOGY
*** OUTSIDE REPORT - scanned into St Brigid chart 01/12/2026 ***

PATIENT: HERNANDEZ-CRUZ, MATEO     DOB: 08/14/2019    MRN: R-0092214
EXAM DATE: 01/03/2026
EXAM: MRI BRAIN WITHOUT CONTRAST WITH SINGLE-VOXEL MR SPECTROSCOPY
      (CPT 70551, 76390)
REFERRING: Park-Whitman, Elise MD

HISTORY: 6 yo M w/ developmental delay, hypotonia, elevated lactate. R/o
mitochondrial disorder.

COMPARISON: MRI brain 06/12/2023.

TECHNIQUE: 1.5T. General anesthesia per pediatric anesthesia. Sagittal T1,
axial T2, FLAIR, DWI/ADC, SWI, coronal T2. Single-voxel PRESS, TE 144 ms,
voxel 2 x 2 x 2 cm in the left lentiform nucleus.

FINDINGS:
Bilateral, symmetric T2/FLAIR hyperintensity in the putamina (L slightly
> R) and in the periaqueductal gray matter, new since 06/12/2023. No
restricted diffusion. No susceptibility. No mass lesion or mass effect.
Myelination is appropriate for age; no leukodystrophic pattern of white
matter signal. Ventricles and extra-axial spaces normal. Posterior fossa
structures normal. Corpus callosum normal.

MRS (SV, TE 144, left lentiform): mildly reduced NAA/Cr. Small inverted
doublet at 1.33 ppm that may represent lactate, partially obscured by lipid
contamination from voxel placement near the scalp/skull base; equivocal.
Study limited.

IMPRESSION:
1. New bilateral symmetric T2 hyperintensity of the putamina and
   periaqueductal gray. Differential includes Leigh syndrome /
   mitochondrial disorder versus other metabolic or toxic etiology.
   Correlation with metabolic workup recommended.
2. No evidence of neoplasm; bilateral symmetric pattern is not c/w glioma.
3. Single-voxel MRS equivocal for lactate, technically limited by lipid
   contamination.
4. Normal myelination; no leukodystrophy pattern.

Dictated: Gerald Osei, MD   01/03/2026 15:20
Signed:   Gerald Osei, MD   01/04/2026 08:02
"""

DOCS["04_labs_summary.txt"] = """\
04/06/2026  10:42   ST BRIGID CHILDRENS GENETICS   FAX 555-730-2291        P.05/06

ST BRIGID CHILDREN'S - LAB RESULTS (cumulative)
Pt: HERNANDEZ-CRUZ, MATEO A   DOB 08/14/2019   MRN 3381029

Test                      11/18/2025      03/30/2026      Ref
------------------------  --------------  --------------  -----------
Lactate, plasma           3.8 H           3.5 H           0.5-2.2 mmol/L
Pyruvate, plasma          0.14            --              0.03-0.10 mmol/L
Lactate:pyruvate ratio    27 H            --              <25
Alanine, plasma (PAA)     612 H           --              152-547 umol/L
CK                        102             88              <200 U/L
Creatinine                0.31            0.30            0.2-0.5 mg/dL
VLCFA (C26:0, C26/C22)    normal          --
Carnitine, free/total     normal          --
Urine organic acids       mild lactic aciduria, incr. fumarate/malate

Genetic: Trio exome sequencing sent 02/10/2026 - PENDING
"""

DOCS["05_letter_of_medical_necessity.txt"] = """\
04/06/2026  10:42   ST BRIGID CHILDRENS GENETICS   FAX 555-730-2291        P.06/06

ST. BRIGID CHILDREN'S HOSPITAL
Division of Medical Genetics & Metabolism

April 5, 2026

To: Cohere Health Utilization Review

RE: Mateo A. Hernandez-Cruz      DOB: 08/14/2019     Member #: KKM-20044917
    Service: MR spectroscopy, brain (CPT 76390)

Dear Reviewer,

I am writing in support of the prior authorization request for a multivoxel
MR spectroscopy study of the brain for my patient Mateo, a 6-year-old boy
with global developmental delay, hypotonia and elevated blood lactate who is
under evaluation for a suspected mitochondrial encephalopathy (Leigh syndrome
spectrum).

Mateo had an MRI brain with single-voxel MRS at Riverside Community Hospital
on January 3, 2026. The MRI showed bilateral symmetric basal ganglia and
periaqueductal signal abnormality, differential Leigh syndrome versus other
metabolic/toxic process. The MRS was technically limited (single voxel,
long TE only, lipid contamination) and the lactate finding was equivocal.

I am requesting a one-time repeat MRS at St. Brigid's, where our
neuroradiology team performs multivoxel short- and long-TE acquisitions, to
clarify the equivocal lactate finding. Demonstration of a lactate peak in the
basal ganglia would support a mitochondrial etiology while his exome
sequencing is pending. The family strongly prefers that his imaging be done
at our institution, where his anesthesia team knows him.

Clinically, Mateo has remained stable since the January study: no new
regression, seizures or new deficits, and his treatment (CoQ10, riboflavin,
levocarnitine, started 11/2025) has not changed.

Please contact me with any questions.

Sincerely,

Elise Park-Whitman, MD
Biochemical Genetics, St. Brigid Children's Hospital
NPI 1669483025   Ph 555-730-2200
"""

for name, text in DOCS.items():
    with open(os.path.join(OUT, name), "w") as f:
        f.write(text)
    print("wrote", os.path.join(OUT, name))
