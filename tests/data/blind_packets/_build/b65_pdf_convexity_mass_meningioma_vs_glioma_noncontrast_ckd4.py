"""b65: 71M, R frontal convexity mass. Older CT 'most consistent with meningioma'; most recent
non-contrast MRI (gadolinium withheld, CKD 4) indeterminate: atypical meningioma versus peripheral
high-grade glioma. Re-faxed request (fax date != request date).
Builds /tmp/blind6/b65_pdf_convexity_mass_meningioma_vs_glioma_noncontrast_ckd4/"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _faxkit_c import *

CASE = "b65_pdf_convexity_mass_meningioma_vs_glioma_noncontrast_ckd4"
OUT = f"/tmp/blind6/{CASE}"
FW = W - 1.3 * inch
PT = "HOLLOWAY-ESPINOZA, RAYMOND P"
DOB = "09/05/1955"


def banner(gp, tot, di):
    return f"NOV-20-2026 08:14  FROM: ST BRENDAN NEUROSURG 312-555-0188   TO: UM INTAKE 1-800-555-0100   P.{gp:03d}/{tot:03d}"


def cover():
    s = letterhead("ST. BRENDAN MEDICAL GROUP", ["Neurosurgery &amp; Neuro-Oncology | 2200 W. Harrison St, Ste 410, Chicago IL 60612",
                                                 "Tel 312-555-0180 | Fax 312-555-0188"])
    s.append(P("<b>FAX COVER SHEET</b>", HEAD))
    s.append(Spacer(1, 6))
    s.append(grid([
        ["TO:", "Utilization Management / Prior Authorization Dept.", "FAX:", "1-800-555-0100"],
        ["FROM:", "Renata Kowalczyk, RN - clinical coordinator for Anders Halvorsen, MD", "PHONE:", "312-555-0186"],
        ["DATE:", "11/20/2026", "PAGES:", "incl. cover (see banner)"],
        ["RE:", "PRIOR AUTH - MR SPECTROSCOPY BRAIN (CPT 76390) - pt HOLLOWAY-ESPINOZA, R. DOB 09/05/1955", "", ""],
    ], [0.8 * inch, 3.6 * inch, 0.8 * inch, FW - 5.2 * inch], shade_cols=(0, 2), span=[((1, 3), (3, 3))]))
    s.append(Spacer(1, 6))
    s.append(grid([[box(True, "URGENT") + "&nbsp;&nbsp;&nbsp;" + box(False, "For review") + "&nbsp;&nbsp;&nbsp;" +
                    box(False, "Please comment") + "&nbsp;&nbsp;&nbsp;" + box(True, "Please reply / call with auth #")]], [FW]))
    s.append(Spacer(1, 8))
    s += paras("""<b>Comments:</b>
RE-SENDING. Original request was faxed 11/17 but per your rep (call ref #55812 on 11/19) it was never received / not in system. Please treat as a resubmission of the 11/17 request - the PA form is unchanged (reprinted).

Pt is scheduled for MRS 11/24/2026 at St. Brendan Imaging Center (3T) - non-contrast, pt has CKD 4. Enclosed: PA request form, CT head 10/29/26, MRI brain 11/12/26, Neurosurgery consult 11/17/26, Nephrology note 11/05/26.

Call me directly with questions. Thank you!""")
    s.append(Spacer(1, 20))
    s += paras("""<i>CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential health information that is legally privileged. This information is intended only for the use of the individual or entity named above. If you are not the intended recipient, you are hereby notified that any disclosure, copying, distribution or action taken in reliance on the contents of these documents is strictly prohibited. If you have received this fax in error, please notify the sender immediately and destroy the documents.</i>""", SMALL)
    return s


def pa_form():
    s = letterhead("ST. BRENDAN MEDICAL GROUP", ["OUTPATIENT ADVANCED IMAGING - PRIOR AUTHORIZATION REQUEST", "Form IMG-PA-07 (rev 03/2025)"])
    s.append(band("SECTION 1 - MEMBER"))
    s.append(grid([
        ["Member name", PT, "DOB", DOB],
        ["Member ID", "MCA-5520-8841-7", "Sex", box(True, "M") + " " + box(False, "F")],
        ["Health plan", "Cardinal Medicare Advantage (HMO)", "Phone", "(708) 555-0163"],
    ], [1.2 * inch, 3.1 * inch, 0.8 * inch, FW - 5.1 * inch], shade_cols=(0, 2)))
    s.append(Spacer(1, 4))
    s.append(band("SECTION 2 - ORDERING / SERVICING PROVIDER"))
    s.append(grid([
        ["Ordering provider", "Anders Halvorsen, MD - Neurosurgery", "NPI", "1649302875"],
        ["Practice", "St. Brendan Medical Group Neurosurgery", "Fax", "312-555-0188"],
        ["Servicing facility", "St. Brendan Imaging Center (3T MRI)", "NPI", "1285610937"],
    ], [1.2 * inch, 3.1 * inch, 0.8 * inch, FW - 5.1 * inch], shade_cols=(0, 2)))
    s.append(Spacer(1, 4))
    s.append(band("SECTION 3 - REQUESTED SERVICE"))
    s.append(grid([
        ["CPT / HCPCS", "<b>76390</b>", "Units", "1"],
        ["Description", "MR spectroscopy, brain - single-voxel (TE 35 and 144) + 2D CSI of R frontal convexity mass and perilesional tissue", "", ""],
        ["ICD-10", "D49.6 Neoplasm of unspecified behavior of brain; R90.0 Intracranial space-occupying lesion found on dx imaging; N18.4 CKD stage 4", "", ""],
        ["Requested DOS", "11/24/2026", "Setting", box(True, "Outpt") + " " + box(False, "Inpt")],
        ["Priority", box(True, "Urgent (72 h)") + "&nbsp;&nbsp;" + box(False, "Standard"), "Contrast", box(False, "Yes") + " " + box(True, "No")],
    ], [1.2 * inch, 3.1 * inch, 0.8 * inch, FW - 5.1 * inch], shade_cols=(0, 2),
        span=[((1, 1), (3, 1)), ((1, 2), (3, 2))]))
    s.append(Spacer(1, 4))
    s.append(band("SECTION 4 - CLINICAL INDICATION (check all that apply)"))
    half = FW / 2
    s.append(grid([
        [box(True, "Brain mass / suspected neoplasm - characterization"), box(False, "Neonatal hypoxic-ischemic encephalopathy")],
        [box(True, "Glioma grading (high vs low grade)"), box(False, "Metabolic / mitochondrial disorder")],
        [box(False, "Tumor recurrence vs radiation necrosis"), box(False, "Leukodystrophy / inherited metabolic d/o")],
        [box(False, "Post-treatment surveillance, known brain tumor"), box(False, "Other: ______________________")],
    ], [half, half]))
    s.append(Spacer(1, 4))
    s.append(band("SECTION 5 - PRIOR IMAGING OF THIS BODY REGION"))
    s.append(grid([
        ["Modality / CPT", "Date", "Facility", "Result (summary)"],
        ["MRI brain w/o (70551)", "11/12/2026", "St. Brendan MC", "indeterminate - atypical meningioma vs HGG; MRS rec'd"],
        ["CT head w/o (70450)", "10/29/2026", "St. Brendan ED", "R frontal convexity mass, c/w meningioma"],
        ["Prior MR spectroscopy?", box(False, "Yes") + " " + box(True, "No"), "", "Date: n/a"],
    ], [1.7 * inch, 1.0 * inch, 1.3 * inch, FW - 4.0 * inch], header_rows=1))
    s.append(Spacer(1, 4))
    s.append(band("SECTION 6 - MRI SAFETY SCREEN"))
    s.append(grid([
        ["Claustrophobia requiring sedation", box(False, "Yes") + " " + box(True, "No"), "Pregnant", box(False, "Yes") + " " + box(False, "No") + " " + box(True, "N/A")],
        ["Renal insufficiency / eGFR &lt; 30", box(True, "Yes") + " " + box(False, "No") + " eGFR 22", "Implant / pacer", box(True, "Yes") + " " + box(False, "No") + " coronary stents (MR safe)"],
    ], [2.0 * inch, 1.3 * inch, 1.1 * inch, FW - 4.4 * inch], shade_cols=(0, 2)))
    s.append(Spacer(1, 4))
    s.append(band("SECTION 7 - ATTESTATION"))
    s.append(grid([
        ["I attest the information above is accurate and supported by the enclosed clinical documentation.", "", "", ""],
        ["Provider signature", "/s/ Anders Halvorsen, MD (electronically signed)", "Date of request", "11/17/2026"],
    ], [1.3 * inch, 2.9 * inch, 1.1 * inch, FW - 5.3 * inch], shade_cols=(0, 2), span=[((0, 0), (3, 0))]))
    s.append(Spacer(1, 6))
    s.append(P("Printed 11/19/2026 16:02 by RKOWALCZYK - reprint for resubmission", SMALL))
    return s


def ct():
    s = letterhead("ST. BRENDAN MEDICAL CENTER", ["Department of Radiology - Emergency Imaging"])
    s.append(grid([
        ["Patient", PT, "MRN", "00-617-2284"],
        ["DOB", DOB + " (71 y)", "Sex", "M"],
        ["Exam", "CT HEAD WITHOUT CONTRAST", "CPT", "70450"],
        ["Exam date", "10/29/2026 19:22", "Accession", "CT26-1029-1187"],
        ["Ordering", "Emergency Dept - T. Baptiste, MD", "Priority", "STAT"],
    ], [1.0 * inch, 3.3 * inch, 0.9 * inch, FW - 5.2 * inch], shade_cols=(0, 2)))
    s.append(sec("HISTORY:"))
    s += paras("71M, mechanical fall at home, 3 wk of L leg weakness, wife notes apathy / personality change. On apixaban.")
    s.append(sec("COMPARISON:"))
    s += paras("None.")
    s.append(sec("FINDINGS:"))
    s += paras("""There is a 3.0 x 2.6 cm hyperdense mass along the right frontal convexity, broad-based against the inner table, with punctate calcification and possible mild hyperostosis of the overlying calvarium. Moderate surrounding low density in the right frontal white matter compatible with vasogenic edema. Mild effacement of the adjacent sulci; 2 mm leftward midline shift. No acute intracranial hemorrhage. No hydrocephalus. No calvarial fracture. Scalp hematoma over the L parietal region.""")
    s.append(sec("IMPRESSION:"))
    s += paras("""1. 3.0 cm extra-axial right frontal convexity mass, most consistent with meningioma, with moderate vasogenic edema and 2 mm leftward shift.
2. No acute hemorrhage or fracture. Left parietal scalp hematoma.
MRI brain (with contrast if renal function permits) recommended for surgical planning.""")
    s.append(Spacer(1, 6))
    s += paras("Read by: Owen Szczepanski, MD 10/29/2026 19:51", SMALL)
    return s


def mri():
    s = letterhead("ST. BRENDAN MEDICAL CENTER", ["Department of Radiology - Neuroradiology Section", "2233 W. Harrison St, Chicago IL 60612 | Reading room 312-555-0139"])
    s.append(grid([
        ["Patient", PT, "MRN", "00-617-2284"],
        ["DOB", DOB + " (71 y)", "Sex", "M"],
        ["Exam", "MRI BRAIN WITHOUT CONTRAST", "CPT", "70551"],
        ["Exam date", "11/12/2026 09:05", "Accession", "MR26-1112-0112"],
        ["Ordering", "Margaret Lund, MD (Internal Medicine / PCP)", "Pt class", "Outpatient"],
    ], [1.0 * inch, 3.3 * inch, 0.9 * inch, FW - 5.2 * inch], shade_cols=(0, 2)))
    s.append(sec("HISTORY:"))
    s += paras("71 y/o male with R frontal convexity mass on CT 10/29, L leg weakness, personality change. CKD stage 4 (eGFR 22) - gadolinium withheld per nephrology. Surgical planning.")
    s.append(sec("TECHNIQUE:"))
    s += paras("Non-contrast multiplanar MRI of the brain at 3T: sagittal 3D T1, axial T2, axial and coronal FLAIR, DWI/ADC, SWI, arterial spin labeling (ASL) perfusion. No IV contrast (CKD 4).")
    s.append(sec("COMPARISON:"))
    s += paras("CT head 10/29/2026.")
    s.append(sec("FINDINGS:"))
    s += paras("""There is a 3.1 x 2.8 x 2.6 cm heterogeneous mass at the right frontal convexity. Although it is broad-based along the dura, a CSF cleft is not clearly identified along its deep margin, and there is T2/FLAIR hyperintense signal extending into the adjacent cortex and subcortical white matter, raising concern for a parenchymal (intra-axial) component or cortical invasion. Central T2 heterogeneity suggests necrosis. The nodular peripheral component restricts diffusion (ADC ~0.7). ASL shows markedly elevated perfusion in the nodular component. SWI: punctate foci of susceptibility, calcification vs microhemorrhage. Vasogenic edema is extensive and disproportionate to lesion size, with 3 mm leftward midline shift (previously 2 mm). The hyperostosis suggested on CT is not confirmed; the overlying calvarial marrow signal is normal.

No additional lesions. Ventricles normal in size. Chronic microvascular white matter changes, moderate. Old lacunar infarct in the left thalamus. Orbits and sinuses unremarkable.""")
    s.append(sec("IMPRESSION:"))
    s += paras("""1. Indeterminate 3.1 cm right frontal convexity mass. Extra-axial versus intra-axial origin cannot be established without contrast. Differential: atypical/anaplastic meningioma versus peripherally located high-grade glioma (glioblastoma); dural-based metastasis is considered less likely (no known primary). Not typical of a benign meningioma given the absent CSF cleft, cortical signal, necrosis and disproportionate edema.
2. Increased midline shift, now 3 mm (2 mm on CT 10/29).
3. Evaluation limited by absence of gadolinium. Recommend MR spectroscopy for further characterization (alanine peak favoring meningioma vs. absent/low NAA with lipid-lactate and high Cho in glioma).""")
    s.append(Spacer(1, 6))
    s += paras("Dictated by: Helena Sato-Brandt, MD - Neuroradiology<br/>Electronically signed 11/12/2026 11:40", SMALL)
    return s


def nsgy():
    s = letterhead("ST. BRENDAN MEDICAL GROUP", ["NEUROSURGERY - NEW PATIENT CONSULTATION"])
    s.append(grid([
        ["Patient", PT, "MRN", "00-617-2284", "DOB", DOB],
        ["DOS", "11/17/2026", "Provider", "Anders Halvorsen, MD", "Referred by", "ED / PCP Dr. Lund"],
    ], [0.7 * inch, 2.1 * inch, 0.7 * inch, 1.5 * inch, 0.8 * inch, FW - 5.8 * inch], shade_cols=(0, 2, 4)))
    s.append(P("<b>CC:</b> R frontal mass found after fall"))
    s += header_done()
    s.append(sec("HPI"))
    s += paras("""71 yo RHD M w/ T2DM, CKD 4, CAD s/p PCI, AF on apixaban, who fell at home 10/29; ED CT showed a R frontal convexity mass. ~3-4 wks of L leg "heaviness" and wife reports apathy, less talkative, "not himself". No sz. Mild frontal HA in AM x 2 wks, worse this week. Non-contrast MRI 11/12 (no gad d/t CKD 4): mass not typical for meningioma - rad ddx atypical/anaplastic meningioma vs peripheral high-grade glioma; MRS recommended.""")
    s.append(sec("PMH"))
    s += paras("""- T2DM x 20 yr (A1c 7.9)
- CKD stage 4 (diabetic nephropathy), eGFR 22 - followed by Dr. Mensah, not on dialysis
- CAD s/p PCI w/ DES x2 (2019)
- Paroxysmal AF - apixaban (held since 11/15 for possible surgery)
- HTN, HLD
- Claustrophobia - hx, needed open MRI for L-spine in 2016; has since done fine in closed-bore MRI (11/12) w/o any sedation, states it is "not a problem anymore"
- BPH""")
    s.append(sec("PSH"))
    s += paras("PCI 2019. TURP 2021. R knee arthroscopy 2008.")
    s.append(sec("MEDS"))
    s += paras("""insulin glargine 18 u qHS; linagliptin 5 mg; carvedilol 12.5 mg BID; atorvastatin 40 mg; furosemide 40 mg daily; apixaban 2.5 mg BID (HELD); tamsulosin 0.4 mg; dexamethasone 4 mg BID (started 11/12 for edema); pantoprazole 40 mg""")
    s.append(sec("ALLERGIES"))
    s += paras("Iodinated contrast - hives (2012)")
    s.append(sec("FAMILY HISTORY"))
    s += paras("""Daughter - meningioma resected age 45, benign (WHO gr 1).
Brother - prostate ca. Father - MI at 60.
No family hx of glioma.""")
    s.append(sec("SOCIAL"))
    s += paras("Retired CTA bus mechanic. Former smoker 30 pk-yr, quit 2005. No EtOH. Lives w/ wife.")
    s.append(sec("ROS"))
    s += paras("+ HA, + L leg weakness, + apathy. Neg for vision change, sz, speech difficulty, fever, wt loss. No bowel/bladder change. No hx of cancer.")
    s.append(sec("EXAM"))
    s += paras("""BP 148/86 HR 72 irreg. A&amp;Ox3, flat affect, slowed responses, perseverates on trails. Speech fluent. PERRL, EOMI, no papilledema. Face symmetric. L LE 4/5 (HF, DF), L pronator drift subtle. R side 5/5. L leg hyperreflexia, L Babinski. Sensation intact. Gait wide-based, mildly L circumducting.""")
    s.append(sec("ASSESSMENT AND PLAN"))
    s += paras("""71M w/ 3.1 cm R frontal convexity mass w/ extensive edema and worsening shift. Conventional imaging is indeterminate: atypical/anaplastic meningioma vs peripheral high-grade glioma; gadolinium contraindicated (CKD 4, eGFR 22 - nephrology advises against GBCA).

1. MR spectroscopy of the brain (CPT 76390) requested - alanine would favor meningioma (-&gt; en bloc resection w/ dural margin, Simpson grade 1 goal). High Cho / absent NAA / lipid-lactate would favor glial neoplasm (-&gt; maximal safe resection + intra-op pathology, neuro-onc referral). If glial, MRS Cho/NAA ratio would also help estimate grade (high vs low grade) - no tissue dx yet.
2. If MRS remains equivocal, would proceed to resection w/ frozen section anyway; timing may change.
3. Cont dexamethasone 4 mg BID; monitor glucose (insulin sliding scale given).
4. Apixaban held - cardiology aware.
5. No contrast CT/MRI (CKD 4 + iodinated contrast allergy).
6. Claustrophobia no longer an issue - no sedation needed.

PA for MRS submitted today. Tentative OR date after MRS.

Anders Halvorsen, MD - Neurosurgery - e-signed 11/17/2026 16:48""")
    return s


def nephro():
    s = letterhead("LAKESIDE NEPHROLOGY ASSOCIATES", ["1550 N. Damen Ave, Chicago IL 60622 | Tel 773-555-0115 | Fax 773-555-0116"])
    s.append(grid([
        ["Patient", PT, "DOB", DOB],
        ["Date", "Nov 5, 2026", "Provider", "Kwabena Mensah, MD"],
        ["Visit", "Established - CKD f/u + pre-imaging contrast question", "", ""],
    ], [0.9 * inch, 3.2 * inch, 0.8 * inch, FW - 4.9 * inch], shade_cols=(0, 2), span=[((1, 2), (3, 2))]))
    s.append(sec("SUBJECTIVE:"))
    s += paras("Seen for CKD f/u. PCP (Dr. Lund) asking re: gadolinium for MRI brain (new frontal mass found in ED 10/29). Pt feels at baseline renally - no edema, good UOP. Mild orthostasis.")
    s.append(sec("LABS:"))
    s.append(grid([
        ["", "05/14/2026", "08/20/2026", "11/03/2026"],
        ["Creatinine (mg/dL)", "2.7", "2.8", "2.9"],
        ["eGFR (CKD-EPI 2021)", "24", "23", "22"],
        ["K (mmol/L)", "4.9", "5.1", "5.0"],
        ["HCO3 (mmol/L)", "21", "20", "20"],
        ["UACR (mg/g)", "1180", "--", "1340"],
        ["Hgb (g/dL)", "10.6", "10.2", "10.1"],
    ], [1.8 * inch, 1.2 * inch, 1.2 * inch, FW - 4.2 * inch], header_rows=1))
    s.append(sec("ASSESSMENT / PLAN:"))
    s += paras("""1. CKD G4 A3 (diabetic nephropathy), stable slow decline. Not yet near dialysis; RRT education started, vascular mapping deferred.
2. Gadolinium: with eGFR 22, recommend AVOIDING GBCA. If contrast felt essential, a group II agent at lowest dose could be considered after discussion, but pt and I prefer a non-contrast strategy. Iodinated contrast also to be avoided (CKD + allergy).
3. Anemia of CKD - monitor; ESA if Hgb &lt; 10.
4. Hyperkalemia, mild - low K diet reinforced.
RTC 3 mo.

K. Mensah, MD""")
    return s


DOCS = [
    dict(file="01_fax_cover.pdf", title="St. Brendan Neurosurgery - fax cover", story=cover),
    dict(file="02_prior_auth_request_form.pdf", title="Prior authorization request - MR spectroscopy", story=pa_form),
    dict(file="03_ct_head_2026-10-29.pdf", title="Radiology report - CT head w/o 10/29/2026", story=ct),
    dict(file="04_mri_brain_noncontrast_2026-11-12.pdf", title="Radiology report - MRI brain w/o 11/12/2026", story=mri),
    dict(file="05_neurosurgery_consult_2026-11-17.pdf", title="Neurosurgery consult 11/17/2026", story=nsgy, first=HDR_TWO, top_h=1.55 * inch),
    dict(file="06_nephrology_note_2026-11-05.pdf", title="Nephrology progress note 11/05/2026", story=nephro),
]

if __name__ == "__main__":
    print(build_packet(OUT, DOCS, banner))
