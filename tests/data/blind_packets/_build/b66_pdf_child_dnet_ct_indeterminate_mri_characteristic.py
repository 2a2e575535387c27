"""b66: 9-year-old, older CT indeterminate but most recent MRI 'characteristic of DNET';
MRS requested for parental reassurance. Builds /tmp/blind6/b66_pdf_child_dnet_ct_indeterminate_mri_characteristic/"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _faxkit_c import *

CASE = "b66_pdf_child_dnet_ct_indeterminate_mri_characteristic"
OUT = f"/tmp/blind6/{CASE}"
FW = W - 1.3 * inch
PT = "LINDQVIST, MATEO R"
DOB = "06/02/2017"


def banner(gp, tot, di):
    return f"10/07/2026 11:52AM  HARBORVIEW CHILDRENS NEURO  (206)555-0174  >>  UM FAX #4417        P.{gp:02d}/{tot:02d}"


def form():
    s = letterhead("HARBORVIEW CHILDREN'S HOSPITAL", ["Pediatric Neurology &amp; Epilepsy Center | 4800 Sand Point Way NE, Seattle WA 98105",
                                                      "PEDIATRIC ADVANCED IMAGING - PRE-CERTIFICATION REQUEST"])
    s.append(grid([["Date of request", "10/06/2026", "Requested DOS", "10/19/2026", "Auth type", box(False, "Urgent") + " " + box(True, "Standard")]],
                  [1.05 * inch, 0.9 * inch, 1.05 * inch, 0.9 * inch, 0.8 * inch, FW - 4.7 * inch], shade_cols=(0, 2, 4)))
    s.append(Spacer(1, 4))
    s.append(band("PATIENT"))
    s.append(grid([
        ["Name", PT, "DOB", DOB],
        ["Age", "9 y", "Sex", box(True, "Male") + " " + box(False, "Female")],
        ["Member ID", "PSB-88213047-01", "Plan", "Pacific Sound Blue - Kids Care"],
        ["Parent / guardian", "Ingrid Lindqvist (mother) (206) 555-0122", "Interpreter", box(False, "Yes") + " " + box(True, "No")],
    ], [1.2 * inch, 2.9 * inch, 0.9 * inch, FW - 5.0 * inch], shade_cols=(0, 2)))
    s.append(Spacer(1, 4))
    s.append(band("ORDERING / RENDERING"))
    s.append(grid([
        ["Ordering provider", "Kavya Ramanathan, MD - Pediatric Neurology / Epilepsy", "NPI", "1932047716"],
        ["Rendering facility", "Harborview Children's Imaging - 3T (MR2)", "NPI", "1508837120"],
    ], [1.2 * inch, 3.3 * inch, 0.6 * inch, FW - 5.1 * inch], shade_cols=(0, 2)))
    s.append(Spacer(1, 4))
    s.append(band("SERVICE REQUESTED"))
    s.append(grid([
        ["CPT", "76390 - MR spectroscopy", "Body part", box(True, "Brain") + " " + box(False, "Other")],
        ["Details", "Single-voxel PRESS (TE 35 / 144) R mesial temporal lesion + contralateral control voxel; add to non-contrast sequences", "", ""],
        ["ICD-10", "D33.0 Benign neoplasm of brain, supratentorial; G40.209 Localization-related symptomatic epilepsy w/ complex partial seizures, not intractable", "", ""],
        ["Sedation / anesthesia", box(False, "Yes") + " " + box(True, "No"), "Contrast", box(False, "Yes") + " " + box(True, "No")],
    ], [1.2 * inch, 3.3 * inch, 0.8 * inch, FW - 5.3 * inch], shade_cols=(0, 2), span=[((1, 1), (3, 1)), ((1, 2), (3, 2))]))
    s.append(Spacer(1, 4))
    s.append(band("INDICATION (check all that apply)"))
    half = FW / 2
    s.append(grid([
        [box(True, "Characterization of known brain lesion / mass"), box(False, "Neonatal HIE")],
        [box(False, "Glioma grading"), box(False, "Metabolic / mitochondrial disorder")],
        [box(False, "Recurrence vs radiation necrosis"), box(False, "Leukodystrophy")],
        [box(False, "Post-treatment tumor surveillance"), box(False, "Other: ____________________")],
    ], [half, half]))
    s.append(Spacer(1, 4))
    s.append(band("PRIOR IMAGING / SAFETY"))
    s.append(grid([
        ["Prior imaging (this region)", "CT head w/o 08/29/2026; MRI brain w/wo epilepsy protocol 09/15/2026 (reports attached)", "", ""],
        ["Prior MR spectroscopy", box(False, "Yes") + " " + box(True, "No"), "Date", "---"],
        ["Claustrophobia", box(False, "Yes") + " " + box(True, "No"), "Pregnancy", box(False, "Yes") + " " + box(False, "No") + " " + box(True, "N/A")],
        ["Renal impairment", box(False, "Yes") + " " + box(True, "No"), "Implants", box(False, "Yes") + " " + box(True, "No")],
    ], [1.7 * inch, 2.4 * inch, 0.9 * inch, FW - 5.0 * inch], shade_cols=(0, 2), span=[((1, 0), (3, 0))]))
    s.append(Spacer(1, 4))
    s.append(grid([
        ["Signature", "Kavya Ramanathan, MD  (e-signature on file)", "Date", "10/06/2026"],
        ["Contact", "Beth Alvarado, RN - Epilepsy nurse line (206) 555-0176", "Fax", "(206) 555-0174"],
    ], [1.2 * inch, 3.3 * inch, 0.6 * inch, FW - 5.1 * inch], shade_cols=(0, 2)))
    return s


def ct():
    s = letterhead("HARBORVIEW CHILDREN'S HOSPITAL", ["Department of Radiology - Emergency Imaging"])
    s.append(grid([
        ["Patient", PT, "MRN", "HC-3309417"],
        ["DOB", DOB, "Sex", "M"],
        ["Exam", "CT HEAD WITHOUT CONTRAST", "CPT", "70450"],
        ["Date / time", "08/29/2026 21:14", "Acc #", "CT-26-0829-3321"],
        ["Ordering", "ED - Jonah Friedl, MD", "Priority", "STAT"],
    ], [1.0 * inch, 3.3 * inch, 0.8 * inch, FW - 5.1 * inch], shade_cols=(0, 2)))
    s.append(sec("HISTORY:"))
    s += paras("9 yo M, first-time seizure: staring spell w/ lip smacking and L hand automatisms ~2 min, postictal. Afebrile.")
    s.append(sec("COMPARISON:"))
    s += paras("None.")
    s.append(sec("TECHNIQUE:"))
    s += paras("Axial non-contrast CT of the head with coronal and sagittal reformats. Pediatric low-dose protocol.")
    s.append(sec("FINDINGS:"))
    s += paras("""Ill-defined hypoattenuating area in the right mesial temporal lobe measuring approximately 1.8 cm, without hemorrhage or calcification. Possible subtle scalloping of the adjacent inner table of the middle cranial fossa. No mass effect or midline shift. Ventricles and basal cisterns are normal in size. No acute intracranial hemorrhage, extra-axial collection or territorial infarct. Gray-white differentiation otherwise preserved. Paranasal sinuses and mastoid air cells clear. No fracture.""")
    s.append(sec("IMPRESSION:"))
    s += paras("""1. Ill-defined 1.8 cm hypodensity in the right mesial temporal lobe, indeterminate on CT. A low-grade neoplasm cannot be excluded; differential also includes cortical malformation or sequela of prior insult.
2. No acute intracranial hemorrhage or mass effect.
Recommend MRI brain with and without contrast (epilepsy protocol) for further characterization.""")
    s.append(Spacer(1, 6))
    s += paras("Read by: Samuel Okafor, MD (Pediatric Radiology)  08/29/2026 21:40<br/>Preliminary read discussed w/ Dr. Friedl at 21:38.", SMALL)
    return s


def mri():
    s = letterhead("HARBORVIEW CHILDREN'S HOSPITAL", ["Department of Radiology - Pediatric Neuroradiology"])
    s.append(grid([
        ["Patient", PT, "MRN", "HC-3309417"],
        ["DOB", DOB, "Sex", "M"],
        ["Exam", "MRI BRAIN WITHOUT AND WITH CONTRAST - EPILEPSY PROTOCOL", "CPT", "70553"],
        ["Exam date", "Sept 15, 2026  13:05", "Acc #", "MR-26-0915-0871"],
        ["Ordering", "Kavya Ramanathan, MD", "Pt class", "Outpatient"],
    ], [1.0 * inch, 3.3 * inch, 0.8 * inch, FW - 5.1 * inch], shade_cols=(0, 2)))
    s.append(sec("CLINICAL HISTORY:"))
    s += paras("9-year-old boy with new-onset focal impaired awareness seizures. Right mesial temporal hypodensity on CT 8/29.")
    s.append(sec("TECHNIQUE:"))
    s += paras("3T. Sagittal 3D T1 MPRAGE, 3D FLAIR, coronal high-resolution T2 perpendicular to the hippocampi, axial T2, DWI/ADC, SWI, post-contrast 3D T1 (gadoterate 0.1 mmol/kg). Exam performed awake without sedation using MR-compatible video goggles; patient tolerated the examination well.")
    s.append(sec("COMPARISON:"))
    s += paras("CT head 08/29/2026.")
    s.append(sec("FINDINGS:"))
    s += paras("""There is a well-circumscribed, cortically based, multicystic ("bubbly") lesion in the right parahippocampal gyrus / anterior mesial temporal cortex measuring 1.9 x 1.4 x 1.2 cm. It is markedly T2 hyperintense and T1 hypointense, with a thin peripheral FLAIR-hyperintense rim (bright rim sign) and a triangular pseudocystic configuration with its apex directed toward the temporal horn. There is no enhancement. No restricted diffusion. No susceptibility artifact to indicate blood products or calcification. No perilesional edema or mass effect. Mild remodeling of the adjacent inner table of the middle cranial fossa indicates chronicity. The lesion corresponds to the hypodensity on the prior CT and is not appreciably changed in size.

The hippocampi are symmetric in volume and signal without features of mesial temporal sclerosis. Small developmental venous anomaly in the left frontal white matter, incidental. No other parenchymal signal abnormality. Ventricles and sulci are normal for age. Myelination is appropriate for age. Normal flow voids.""")
    s.append(sec("IMPRESSION:"))
    s += paras("""1. Cortically based, multicystic, non-enhancing right mesial temporal lesion with bright rim sign and inner table remodeling - findings are characteristic of dysembryoplastic neuroepithelial tumor (DNET).
2. No features of an aggressive lesion (no enhancement, no restricted diffusion, no edema, no mass effect).
3. Incidental left frontal developmental venous anomaly.
4. Referral to the comprehensive epilepsy surgery program is recommended.""")
    s.append(Spacer(1, 6))
    s += paras("Dictated by: Miriam Feld, MD - Pediatric Neuroradiology. Signed 09/15/2026 16:11.<br/>Findings discussed with Dr. Ramanathan by phone 09/15/2026 16:20.", SMALL)
    return s


def neuro_note():
    s = letterhead("HARBORVIEW CHILDREN'S HOSPITAL", ["PEDIATRIC NEUROLOGY - EPILEPSY CLINIC - FOLLOW-UP VISIT"])
    s.append(grid([
        ["Patient", PT, "MRN", "HC-3309417", "DOB", DOB],
        ["Visit date", "October 2, 2026", "Provider", "K. Ramanathan, MD", "Accomp.", "mother"],
    ], [0.8 * inch, 1.9 * inch, 0.7 * inch, 1.5 * inch, 0.7 * inch, FW - 5.6 * inch], shade_cols=(0, 2, 4)))
    s += header_done()
    s.append(sec("CHIEF COMPLAINT"))
    s += paras("f/u new-onset focal epilepsy, R temporal lesion")
    s.append(sec("HPI"))
    s += paras("""Mateo is a 9 yo RHD boy here w/ mom (Ingrid) for f/u of new-onset focal epilepsy. First event 8/29/26 (staring, lip-smacking, L hand automatisms ~2 min, postictal ~20 min) -> ED, CT w/ R mesial temporal hypodensity. Started LEV 250 mg BID 8/29. Breakthrough FIAS x2 on 9/18 and 9/20 -> LEV increased to 500 mg BID 9/20. None since (12 days sz-free). No GTC. Mild irritability on LEV, tolerable. School performance unchanged (now 4th grade).""")
    s.append(sec("BIRTH / DEVELOPMENTAL HX"))
    s += paras("""Born at 39+2 wks by SVD, BW 3.4 kg, Apgars 8/9. Routine newborn nursery, no NICU admission. No perinatal asphyxia; no neonatal encephalopathy or HIE. Milestones on time; no regression.""")
    s.append(sec("PMH"))
    s += paras("""1. Antenatal hydronephrosis (R UPJ obstruction) s/p R pyeloplasty at 14 mo (2018); renal US 2024 normal; renal function normal (Cr 0.38, 07/2026).
2. Mild intermittent asthma.
3. Focal epilepsy (new 08/2026).""")
    s.append(sec("MEDS"))
    s += paras("levetiracetam 500 mg PO BID; albuterol HFA 2 puffs q4h PRN; melatonin 3 mg qhs")
    s.append(sec("ALLERGIES"))
    s += paras("Amoxicillin (rash)")
    s.append(sec("FAMILY HISTORY"))
    s += paras("""Mother 36, healthy, currently ~30 wks pregnant (G2P1), due mid-Dec. Father 38, healthy.
Maternal first cousin - "brain tumor" at age 12, type unknown, treated at an outside center.
PGF - epilepsy after head injury.
No known metabolic or genetic disorders.""")
    s.append(sec("SOCIAL"))
    s += paras("Lives w/ parents. 4th grade, IEP not needed. Plays soccer - advised no heights/swimming alone.")
    s.append(sec("ROS"))
    s += paras("Neg for HA, vomiting, vision change, weakness, wt loss, fevers. + irritability (LEV). Sleep ok. All other systems reviewed and neg.")
    s.append(sec("EXAM"))
    s += paras("""Wt 29 kg (55th %ile). Alert, conversant, appropriate. CN II-XII intact, full VF to confrontation. Strength 5/5 x4. DTRs 2+ symmetric, toes down. Coordination and gait normal incl tandem. No neurocutaneous stigmata.""")
    s.append(sec("DATA"))
    s += paras("""rEEG 09/03/2026: R anterior temporal sharp waves; no electrographic sz.
CT head 08/29/26: R mesial temporal hypodensity, indeterminate, MRI rec.
MRI brain w/wo epilepsy protocol 09/15/26: findings characteristic of DNET R mesial temporal lobe, no aggressive features (images reviewed w/ Dr. Feld, neuroradiology).
Epilepsy surgery conference 09/30/26: consensus imaging dx DNET; recommend R anterior mesial temporal lesionectomy; "no additional preoperative imaging characterization required" per conference minutes.""")
    s.append(sec("ASSESSMENT AND PLAN"))
    s += paras("""9 yo boy w/ lesional focal epilepsy due to R mesial temporal DNET (imaging dx). Sz controlled since LEV increase 9/20.

1. Epilepsy: cont LEV 500 mg BID. Sz action plan reviewed; intranasal midazolam rescue Rx'd.
2. DNET: referred to Peds NSGY (Dr. Oyelaran) for lesionectomy, tentatively 11/2026. Mom very anxious ("I need to know 100% it's not cancer") - explained that imaging is classic and tissue dx at surgery will be definitive. Mom requests "one more scan"; after discussion will submit request for MR spectroscopy for family reassurance / pre-surgical counseling.
3. If final pathology is atypical (anything other than DNET), would obtain post-op MRI and refer to neuro-oncology.
4. Claustrophobia: none - did the entire 55-min MRI awake w/o sedation.
5. RTC 6 wks or after surgery.

Kavya Ramanathan, MD - Pediatric Neurology &amp; Epilepsy
e-signed 10/02/2026 17:31""")
    return s


def lmn():
    s = letterhead("HARBORVIEW CHILDREN'S HOSPITAL", ["Pediatric Neurology &amp; Epilepsy Center", "4800 Sand Point Way NE, Seattle WA 98105 | Tel (206) 555-0170 | Fax (206) 555-0174"])
    s += paras("""October 6, 2026

Medical Director, Utilization Management
Pacific Sound Blue - Kids Care

<b>RE: Letter of Medical Necessity - MR spectroscopy of the brain (CPT 76390)</b>
Patient: Mateo R. Lindqvist &nbsp;&nbsp; DOB: 06/02/2017 &nbsp;&nbsp; Member ID: PSB-88213047-01

Dear Medical Director,

I am writing to request authorization of MR spectroscopy of the brain for my patient, a 9-year-old boy with new-onset focal epilepsy (first seizure 08/29/2026). His initial head CT in the emergency department on 08/29/2026 was indeterminate and could not exclude a neoplasm. A follow-up MRI of the brain with and without contrast on 09/15/2026 demonstrated a right mesial temporal lesion whose imaging features were read by our pediatric neuroradiologist as characteristic of a dysembryoplastic neuroepithelial tumor (DNET), and our multidisciplinary epilepsy surgery conference on 09/30/2026 agreed with this diagnosis. He has been referred for lesionectomy.

His family remains extremely worried about the possibility of a malignancy. MR spectroscopy would provide metabolic information (NAA, choline, creatine, myo-inositol) that we hope will reassure the family before surgery and help us in pre-surgical counseling. No prior MR spectroscopy has been performed.

Mateo tolerates MRI well without sedation, and the study will be added to non-contrast sequences; there are no renal concerns.

Thank you for your consideration. Please contact our office with any questions.

Sincerely,

<i>Kavya Ramanathan</i>
Kavya Ramanathan, MD
Attending Physician, Pediatric Neurology &amp; Epilepsy
Harborview Children's Hospital""")
    return s


DOCS = [
    dict(file="01_precert_request_form.pdf", title="Pediatric advanced imaging pre-certification request", story=form),
    dict(file="02_ct_head_2026-08-29.pdf", title="Radiology - CT head w/o 08/29/2026", story=ct),
    dict(file="03_mri_brain_epilepsy_2026-09-15.pdf", title="Radiology - MRI brain w/wo epilepsy protocol 09/15/2026", story=mri),
    dict(file="04_epilepsy_clinic_note_2026-10-02.pdf", title="Pediatric Neurology clinic note 10/02/2026", story=neuro_note, first=HDR_TWO, top_h=1.25 * inch),
    dict(file="05_letter_of_medical_necessity.pdf", title="Letter of medical necessity 10/06/2026", story=lmn),
]

if __name__ == "__main__":
    print(build_packet(OUT, DOCS, banner))
