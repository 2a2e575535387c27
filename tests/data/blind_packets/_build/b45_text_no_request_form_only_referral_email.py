"""Build packet b45_text_no_request_form_only_referral_email (plain text, no PA form)."""
import os

CASE = "b45_text_no_request_form_only_referral_email"
OUT = os.path.join("/tmp/blind4", CASE)
DOCS = {}

DOCS["01_referral_email_thread.txt"] = """From: Tanya Reyes-Kowalski <treyeskowalski@glch.example.org>
Sent: Tuesday, March 3, 2026 9:12 AM
To: UM Intake <umintake@cohere.example.com>
Subject: FW: MRS referral - LINDQVIST, Avery K (DOB 03/03/2008)
Attachments: Lindqvist_NM_clinic_2-24-26.txt; Lindqvist_labs_Feb2026.txt; Lindqvist_MRI_brain_6-12-25.txt

Hi,
Forwarding Dr. Okonkwo-Reyes's referral below for prior auth. We don't have a
separate PA form on this one (our clinic is mid-switch to the new portal) -
clinic note, labs and the prior brain MRI are attached. Member ID CH-7730481-02
(Lakeview Family Health Plan, subscriber = mother).

Thanks,
Tanya Reyes-Kowalski
Imaging Scheduling | Great Lakes Children's Hospital | 616-555-0123

-----Original Message-----
From: Samuel Okonkwo-Reyes, MD <sokonkworeyes@glch.example.org>
Sent: Monday, March 2, 2026 4:52 PM
To: GLCH Imaging Scheduling <imagingsched@glch.example.org>
Cc: Ellen Marsh, RN <emarsh@glch.example.org>
Subject: MRS referral - LINDQVIST, Avery K

Tanya -

Please schedule and get prior auth for phosphorus-31 MR spectroscopy
(CPT 76390) of the RIGHT CALF (gastrocnemius/soleus), rest - exercise -
recovery protocol on the plantar-flexion ergometer in the 3T bore, for

   Avery K. Lindqvist   MRN 6620418   DOB 3/3/2008

Dx: suspected mitochondrial myopathy (G71.3); exercise intolerance / myalgia
(M79.10); elevated lactate (R79.89).

17 yo F w/ ~18 mo of progressive exercise intolerance + myalgia, mildly
elevated CK, elevated resting lactate and alanine, and a mother with
genetically confirmed MELAS (m.3243A>G). mtDNA testing (blood + urine
heteroplasmy) sent 2/24, results in 4-6 wks. We want PCr recovery kinetics
(tau-PCr) as a noninvasive measure of muscle oxidative capacity - if clearly
abnormal and genetics confirms, she may be spared a muscle bx.

NB this is NOT a brain study. Brain MRI 06/2025 was normal and she has no CNS
sx, so no brain MRI/MRS is needed.

She turns 18 tomorrow (3/3) - pls make sure the consent/auth paperwork is in
her own name going forward; she transitions to adult neuromuscular in the fall.

She will need anxiolysis: very claustrophobic at her 2025 MRI and needed oral
lorazepam 1 mg to get through it. Mom will accompany.

Earliest available is fine, ideally wk of 3/9.

Thanks,
Sam

Samuel Okonkwo-Reyes, MD | Pediatric Neuromuscular Medicine
Great Lakes Children's Hospital, Grand Rapids MI | NPI 1356720984
Clinic 616-555-0190 | Fax 616-555-0191
"""

DOCS["02_neuromuscular_clinic_note_2026-02-24.txt"] = """GREAT LAKES CHILDREN'S HOSPITAL - PEDIATRIC NEUROMUSCULAR CLINIC
=====================================================================
Patient: Lindqvist, Avery K        MRN: 6620418
DOB: 03/03/2008   Age: 17 y 11 m   Sex: F
Date of visit: 2/24/2026           Provider: Samuel Okonkwo-Reyes, MD
Referring: Paula Nygaard, MD (PCP)
Accompanied by: mother
=====================================================================

CHIEF COMPLAINT
Exercise intolerance, leg muscle pain.

HPI
Avery is a 17 y.o. young woman referred for ~18 months of progressive exercise
intolerance. Previously played varsity soccer; now has to stop after 1-2 flights
of stairs d/t leg heaviness, burning calf pain and dyspnea out of proportion to
effort. Sx ease w/ rest over 20-30 min. No second-wind phenomenon. No dark urine /
myoglobinuria, no cramps at rest. Mild daytime fatigue. Denies diplopia,
dysphagia. Mom thought eyelids looked "droopy" in some photos last yr - not
appreciated today.
She denies headaches, seizures, stroke-like episodes, vision loss, hearing loss or
cognitive change; doing well academically (AP classes, senior yr).
W/u so far (PCP): CK 310 (12/2025), TSH nl, CBC nl, ferritin nl. Cardiology
01/2026: ECG and echo normal. PFTs 01/2026 normal.

BIRTH / DEVELOPMENTAL HX
Born 36+2 wks SVD, 2-day NICU stay for transient tachypnea of the newborn. No HIE,
no therapeutic hypothermia, no neonatal seizures. Milestones on time.

PMH
- Mild intermittent asthma (albuterol PRN) - exertional dyspnea not felt to be asthma
- Remote h/o L distal radius fx 2019
- Mild tension-type HAs spring 2025, resolved

MEDS
Albuterol HFA PRN. Norgestimate/ethinyl estradiol (dysmenorrhea).

ALLERGIES: NKDA

FAMILY HISTORY
Mother (44): MELAS, m.3243A>G confirmed 2017 (urine heteroplasmy 38%); stroke-like
episode age 34, SNHL, DM2. Her brain MRS at dx showed a lactate doublet.
Maternal uncle: DM + hearing loss. Maternal grandmother: "muscle weakness", never dx'd.
Father: healthy. Brother (12): asymptomatic, not yet tested.

SOCIAL
HS senior, lives w/ parents + brother. No tobacco / vaping / EtOH.

ROS
Const: neg for fever, wt loss. Neuro: negative for headache, seizures, episodic
weakness, confusion/encephalopathy. Audiology screen nl 01/2026. Endo: no
polyuria/polydipsia. GU: LMP 2/14/26. All other systems reviewed and neg.

EXAM
Ht 165 cm  Wt 54 kg  BMI 19.8  BP 108/66  HR 78
Alert, bright, fluent. CN: no ptosis, EOM full w/o ophthalmoparesis, face
symmetric, hearing grossly nl. Motor: bulk and tone nl; strength 5/5 UE, hip
flexors 4+/5 bilat, otherwise 5/5. DTR 2+ symmetric, toes down. Sensation intact.
Gait nl; stops after 15 squats d/t leg fatigue. Gowers neg.

ASSESSMENT
17 y.o. F w/ progressive exercise intolerance, mild proximal LE weakness, mildly
elevated CK and a strongly suggestive FHx (maternal MELAS, m.3243A>G).
Leading dx: mitochondrial myopathy, likely maternally inherited m.3243A>G with a
predominantly myopathic phenotype. Ddx: other metabolic myopathy (McArdle less
likely - no second wind; FAO defect - acylcarnitine pending); inflammatory
myopathy unlikely w/ CK only mildly up.
No CNS involvement: no encephalopathy, no stroke-like episodes, no seizures,
normal brain MRI 06/2025 - does not have a MELAS phenotype at present.

PLAN
1. Labs today: lactate/pyruvate (rest), plasma amino acids, acylcarnitine profile,
   CK, BMP, urine hCG (pre-imaging).
2. mtDNA: blood m.3243A>G quantitative + urine epithelial heteroplasmy; if neg ->
   whole mtDNA seq + nuclear mito panel.
3. 31P MR spectroscopy of R calf muscle w/ exercise/recovery (PCr recovery time
   constant) as a noninvasive measure of mitochondrial oxidative capacity. Will
   send referral to imaging/PA.
4. If MRS and genetics nondiagnostic -> consider muscle bx (vastus lateralis) w/
   respiratory chain enzyme analysis.
5. No brain imaging indicated at this time.
6. Graded aerobic training, avoid prolonged fasting. Genetic counseling referral.
RTC 6 wks (after genetics).

Samuel Okonkwo-Reyes, MD - electronically signed 02/24/2026 18:20
"""

DOCS["03_lab_results_2026-02.txt"] = """GREAT LAKES CHILDREN'S HOSPITAL LABORATORY - CUMULATIVE REPORT
Patient: LINDQVIST, AVERY K    MRN 6620418    DOB 03/03/2008    Sex F
Ordering: S. Okonkwo-Reyes MD
Collected: 02/24/2026 15:05      Reported: 02/26/2026 11:40 (final)

TEST                           RESULT     FLAG   REF RANGE         UNITS
-----------------------------------------------------------------------
Lactate, plasma (rest)         3.1        H      0.5 - 2.2         mmol/L
Pyruvate, blood                0.14       H      0.03 - 0.10       mmol/L
Lactate:pyruvate ratio         22         H      10 - 20
Creatine kinase                288        H      26 - 192          U/L
Sodium                         139               135 - 145         mmol/L
Potassium                      4.1               3.5 - 5.1         mmol/L
Bicarbonate                    22                20 - 28           mmol/L
BUN                            11                7 - 20            mg/dL
Creatinine                     0.68              0.50 - 1.00       mg/dL
eGFR (CKD-EPI 2021)            >90                                 mL/min/1.73m2
Glucose                        88                70 - 99           mg/dL
hCG, urine qualitative         Negative          Negative

PLASMA AMINO ACIDS (quantitative)
  Alanine                      612        H      152 - 547         umol/L
  Glycine                      268               120 - 554         umol/L
  Proline                      241               97 - 368          umol/L
  Interpretation: mild hyperalaninemia, may be seen with elevated lactate /
  mitochondrial dysfunction. Remainder unremarkable.

ACYLCARNITINE PROFILE, PLASMA
  Normal profile. No evidence of a fatty acid oxidation disorder or organic
  acidemia.

PENDING (send-out): mtDNA m.3243A>G quantitative (blood); mtDNA heteroplasmy (urine)
"""

DOCS["04_mri_brain_2025-06-12.txt"] = """GREAT LAKES CHILDREN'S HOSPITAL - DEPARTMENT OF RADIOLOGY

PATIENT: LINDQVIST, AVERY K     MRN: 6620418     DOB: 03/03/2008
EXAM: MRI BRAIN WITHOUT CONTRAST                  CPT: 70551
DATE OF SERVICE: June 12, 2025   ACCESSION: GR25-061288
ORDERING: Samuel Okonkwo-Reyes, MD

HISTORY: 17 year old female, mother with MELAS (m.3243A>G). Mild headaches this
spring. Evaluate for stroke-like lesions / mitochondrial disease.

COMPARISON: None.

TECHNIQUE: 3T. Sagittal T1, axial T2, axial and coronal FLAIR, DWI/ADC, SWI,
coronal T2. MR spectroscopy was not performed (not ordered). Patient was anxious
and claustrophobic; oral lorazepam 1 mg was given by the ordering team before
the scan and the study was completed without further sedation.

FINDINGS:
Brain parenchyma is normal in signal and morphology for age. No cortical or
subcortical stroke-like lesions. No restricted diffusion. Basal ganglia and
thalami are normal; no T1 shortening or susceptibility to suggest
calcification. No cerebellar or cerebral atrophy. Ventricles and extra-axial
spaces are normal. No mass, hemorrhage or hydrocephalus. Normal flow voids.
Visualized orbits, sinuses and mastoids unremarkable.

IMPRESSION:
Normal MRI of the brain. No findings to suggest MELAS or other mitochondrial
encephalopathy.

Electronically signed by: Marguerite Dufresne, MD (Pediatric Radiology)
06/12/2025 14:31
"""

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name, text in DOCS.items():
        with open(os.path.join(OUT, name), "w") as f:
            f.write(text)
    print(CASE, len(DOCS), "documents")
