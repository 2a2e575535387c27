"""b87: adult with rapidly progressive dementia, MRI inconclusive (CJD vs autoimmune
encephalitis vs peri-ictal). No qualifying condition of the policy is supported:
tumor negated, adult post-arrest HIE (not neonatal), mitochondrial disorder only
hypothetical, brother's GBM is family history. qualifying_condition -> unknown,
indications -> unknown -> insufficient_information.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _faxlib_b85_b88 import ImgPage, build_pdf, out_dirs, field, section_bar  # noqa: E402

CASE = "b87_fax_rapidly_progressive_dementia_cjd_condition_not_covered"
OUT, TMP = out_dirs(CASE)
TOTAL = 7


def banner(n):
    return "JAN-13-2026 11:52A  FROM-MID VALLEY NEURO ASSOC   +7175550134        T-418  P.%03d/%03d  F-206" % (n, TOTAL)


cover = [
    "# MID-VALLEY NEUROLOGY ASSOCIATES",
    "Cognitive & Behavioral Neurology | Movement Disorders | EEG Lab",
    "4600 Derry Street, Suite 200, Harrisburg, PA 17111   Tel 717-555-0130   Fax 717-555-0134",
    "",
    "# FAX COVER SHEET",
    "",
    "~ DATE:        January 13, 2026",
    "~ TO:          Keystone Select Health - Precertification Dept.",
    "~ FAX:         1-866-555-0177",
    "~ FROM:        Dana Kowalczyk, prior-auth coordinator, for Anjali Raman, MD",
    "~ # OF PAGES:  7 (incl. this page)",
    "",
    "~ PATIENT:     WHITACRE, GERALD T.    DOB 11/23/1963    ID KSA773051826",
    "~ SERVICE:     MR SPECTROSCOPY BRAIN, CPT 76390",
    "",
    "! NOTES:",
    "Precert form (signed 1/12), LMN, MRI report 12/29/25, discharge summary St. Brendan's 12/28/25-1/6/26 "
    "and CSF/lab results attached. Patient declining quickly - family asks for the earliest slot; "
    "Capital Region Imaging is holding 01/20/2026 for him. Pls fax determination to 717-555-0134.",
    "",
    "",
    "! CONFIDENTIAL",
    "This message is intended only for the use of the individual or entity to which it is addressed and "
    "may contain information that is privileged, confidential and exempt from disclosure under applicable "
    "law (HIPAA). If the reader of this message is not the intended recipient, you are hereby notified that "
    "any dissemination, distribution or copying of this communication is strictly prohibited.",
]


def request_form():
    p = ImgPage(seed=871)
    p.fax_header(banner(2))
    p.rect(0.55, 0.38, 7.95, 1.0, w=3)
    p.text(0.7, 0.45, "KEYSTONE SELECT HEALTH", pt=15, f="serifb")
    p.text(0.7, 0.75, "Advanced Diagnostic Imaging - Precertification Request", pt=10, f="serif")
    p.text(7.8, 0.5, "Precert fax 1-866-555-0177", pt=8.5, f="sans", right=True)
    p.text(7.8, 0.7, "Phone 1-866-555-0176", pt=8.5, f="sans", right=True)
    R, G = 0.32, 0.36
    y = 1.2
    y = section_bar(p, y, "PATIENT")
    field(p, 0.6, y, "Name:", "Gerald T. Whitacre", 4.0)
    field(p, 4.75, y, "Date of birth:", "11/23/1963", 3.15)
    y += R
    field(p, 0.6, y, "Member ID:", "KSA773051826", 3.2)
    field(p, 4.0, y, "Group:", "0048812", 1.8)
    p.text(6.05, y, "Sex:", pt=9, f="sansb")
    p.box(6.45, y, "M", checked=True)
    p.box(6.95, y, "F")
    y += G
    y = section_bar(p, y, "ORDERING PHYSICIAN / IMAGING SITE")
    field(p, 0.6, y, "Physician:", "Anjali Raman, MD - Neurology", 4.3)
    field(p, 5.05, y, "NPI:", "1629381045", 2.85)
    y += R
    field(p, 0.6, y, "Imaging site:", "Capital Region Imaging (3T), Camp Hill PA", 4.9)
    field(p, 5.65, y, "Site NPI:", "1881726350", 2.25)
    y += G
    y = section_bar(p, y, "PROCEDURE")
    field(p, 0.6, y, "CPT:", "76390", 1.7)
    field(p, 2.45, y, "Procedure:", "MR spectroscopy, brain (single voxel)", 5.45)
    y += R
    field(p, 0.6, y, "Diagnosis / ICD-10:", "R41.82, G25.3, F03.90", 4.2)
    field(p, 4.95, y, "Date of service:", "01/20/2026", 2.95)
    y += G
    y = section_bar(p, y, "CLINICAL INDICATION  (check all that apply)")
    for lab, chk in [("Brain tumor - grading / characterization", False),
                     ("Brain tumor - recurrence vs radiation necrosis / post-treatment follow-up", False),
                     ("Neonatal hypoxic-ischemic encephalopathy", False),
                     ("Metabolic / mitochondrial disorder / inborn error / leukodystrophy", False),
                     ("Other (specify):", True)]:
        p.box(0.8, y, lab, checked=chk, pt=9, mark="check")
        y += 0.215
    p.hand(2.2, y - 0.26, "rapidly progressive dementia - CJD vs autoimmune enceph.", pt=11.5)
    p.hline(2.1, 7.8, y - 0.06, w=1)
    y += 0.12
    field(p, 0.6, y, "Prior imaging (type / date):", "MRI brain w/wo 12/29/25 (St. Brendan's)", 7.3)
    y += R
    p.text(0.6, y, "Findings of prior imaging:", pt=9, f="sansb")
    p.box(2.35, y, "Normal")
    p.box(3.2, y, "Abnormal - diagnostic")
    p.box(4.95, y, "Abnormal - inconclusive", checked=True)
    y += R
    p.text(0.6, y, "Previous MR spectroscopy?", pt=9, f="sansb")
    p.box(2.35, y, "Yes")
    p.box(2.9, y, "No", checked=True)
    field(p, 3.45, y, "Date / facility:", "", 4.45)
    y += G
    y = section_bar(p, y, "SAFETY")
    p.text(0.6, y, "Renal failure / eGFR < 30 / dialysis:", pt=9, f="sansb")
    p.box(3.05, y, "Yes")
    p.box(3.6, y, "No", checked=True)
    p.hand(4.15, y - 0.03, "AKI 12/28 resolved - Cr 0.9 (1/3)", pt=11)
    y += R
    p.text(0.6, y, "Claustrophobia:", pt=9, f="sansb")
    p.box(1.75, y, "Yes")
    p.box(2.3, y, "No", checked=True)
    p.text(2.95, y, "Sedation needed:", pt=9, f="sansb")
    p.box(4.15, y, "Yes", checked=True)
    p.box(4.7, y, "No")
    p.hand(5.25, y - 0.03, "for myoclonus", pt=11)
    y += R
    p.text(0.6, y, "Pregnancy possible:", pt=9, f="sansb")
    p.box(2.0, y, "Yes")
    p.box(2.55, y, "No")
    p.box(3.05, y, "N/A (male)", checked=True)
    p.text(4.4, y, "Implants / devices:", pt=9, f="sansb")
    p.hand(5.75, y - 0.03, "coronary stent only", pt=11)
    y += G
    y = section_bar(p, y, "CERTIFICATION")
    y += 0.05
    p.text(0.6, y + 0.12, "Physician signature:", pt=9, f="sansb")
    p.signature(2.05, y - 0.03, w=2.1, h=0.38)
    p.hline(2.0, 4.4, y + 0.36, w=1)
    field(p, 4.6, y + 0.12, "Date:", "1/12/26", 3.3)
    y += 0.55
    field(p, 0.6, y, "Date of request:", "1/12/2026", 3.2)
    field(p, 4.0, y, "Office contact:", "Dana K. 717-555-0131", 3.9)
    p.text(0.6, 10.62, "KSH-PC-ADI-22  rev 07/2025   |   Attach office notes and prior imaging reports.   |   Page 1 of 1",
           pt=7.5)
    return p.finish(os.path.join(TMP, "form.jpg"))


def mri():
    p = ImgPage(seed=872)
    p.fax_header(banner(3))
    p.text(4.25, 0.45, "ST. BRENDAN'S MEDICAL CENTER", pt=13.5, f="sansb", center=True)
    p.text(4.25, 0.72, "Department of Diagnostic Imaging  -  100 Brendan Way, Harrisburg, PA 17110", pt=9,
           center=True)
    p.hline(0.6, 7.9, 0.98, w=2)
    y = 1.08
    for ln in ["PATIENT: WHITACRE, GERALD T     MRN: SB-2291847    DOB: 11/23/1963   LOC: 4W-412 (INPT)",
               "PROCEDURE: MRI BRAIN WITHOUT AND WITH CONTRAST        CPT 70553",
               "EXAM DATE: 12/29/2025 10:14     ACCESSION: SBI-25-0928831",
               "ORDERED BY: FELD, MARCUS MD     CONSULTING: RAMAN, ANJALI MD"]:
        y = p.text(0.6, y, ln, pt=8.8, f="mono")
    y += 0.12
    for h, t in [
        ("HISTORY:", "62 yo M rapidly progressive cognitive decline x 8 weeks, myoclonus, ataxia. R/o CJD. "
                     "Hx cardiac arrest 2019."),
        ("COMPARISON:", "CT head without contrast 12/28/2025. No prior MRI available."),
        ("TECHNIQUE:", "Sagittal T1, axial T2, axial FLAIR, axial DWI (b1000) with ADC map, SWI, coronal "
                       "T2, and post-contrast axial and coronal T1 after 6 mL gadoterate IV. The study is "
                       "mildly degraded by motion despite 1 mg IV lorazepam given for myoclonic jerking."),
        ("FINDINGS:", "There is restricted diffusion with corresponding mild FLAIR hyperintensity in the "
                      "bilateral caudate heads (L>R) and anterior putamina, and gyriform cortical diffusion "
                      "restriction (\"cortical ribboning\") involving the left parietal and occipital cortex "
                      "and the left cingulate gyrus, with corresponding low ADC. The thalami are spared; no "
                      "pulvinar or hockey-stick sign. No abnormal parenchymal or leptomeningeal enhancement. No "
                      "mass lesion, mass effect or midline shift; no findings to suggest glioma, lymphoma or "
                      "metastatic disease. No hemorrhage or microhemorrhage on SWI. Mild scattered periventricular "
                      "T2/FLAIR hyperintensities, likely chronic small vessel ischemic change. No imaging evidence "
                      "of prior global hypoxic-ischemic injury. Ventricles and sulci are age-appropriate. No "
                      "hydrocephalus. Major intracranial flow voids are preserved."),
    ]:
        p.text(0.6, y, h, pt=10, f="sansb")
        y = p.wrap(0.6, y + 0.19, t, 7.3, pt=10)
        y += 0.13
    p.text(0.6, y, "IMPRESSION:", pt=10, f="sansb")
    y += 0.2
    for t in ["1. Restricted diffusion in the bilateral caudate heads/anterior putamina and left "
              "parieto-occipital and cingulate cortex. The pattern is suggestive of, but not diagnostic for, "
              "sporadic Creutzfeldt-Jakob disease; the differential includes autoimmune encephalitis and "
              "peri-ictal (seizure-related) change. CJD versus encephalitis cannot be distinguished on imaging "
              "alone. Recommend correlation with EEG and CSF RT-QuIC / 14-3-3.",
              "2. No intracranial mass and no abnormal enhancement."]:
        y = p.wrap(0.6, y, t, 7.3, pt=10, indent=0.22)
        y += 0.05
    y += 0.3
    p.text(0.6, y, "Interpreted by: Leonard Achterberg, MD - Neuroradiology", pt=9)
    p.text(0.6, y + 0.2, "Final report signed 12/29/2025 14:48.  Critical result? N   Communicated to Dr. Raman by phone 14:55.",
           pt=9)
    p.text(0.6, 10.55, "Report printed 01/13/2026 for outside release - ROI #26-00193", pt=7.5)
    return p.finish(os.path.join(TMP, "mri.jpg"))


dc = [
    "# ST. BRENDAN'S MEDICAL CENTER",
    "## DISCHARGE SUMMARY",
    "",
    "~ Patient: WHITACRE, GERALD T        MRN: SB-2291847     DOB: 11/23/1963 (62 y)   Sex: M",
    "~ Admit: 12/28/2025                  Discharge: 01/06/2026     LOS: 9 days",
    "~ Attending: Marcus Feld, MD (Hospital Medicine)   Consults: Neurology (A. Raman, MD), Psychiatry",
    "",
    "## ADMITTING DIAGNOSIS",
    "Subacute encephalopathy / rapidly progressive cognitive decline",
    "",
    "## DISCHARGE DIAGNOSES",
    "- Rapidly progressive dementia, etiology not yet determined - sporadic CJD vs autoimmune / paraneoplastic "
    "encephalitis (work-up pending)",
    "- Multifocal myoclonus",
    "- Acute kidney injury, prerenal, present on admission - RESOLVED",
    "- Hypertension",
    "- CAD s/p cardiac arrest 2019",
    "",
    "## HISTORY OF PRESENT ILLNESS",
    "62 y/o M, retired HVAC technician, brought in by wife for ~8 wks of progressive memory loss, word-finding "
    "difficulty and unsteady gait, and over the last 2 wks jerking movements of both arms. Fully independent "
    "until October 2025 (was managing finances, driving). Poor PO intake x 1 wk. MoCA 14/30 on admission.",
    "",
    "## HOSPITAL COURSE",
    "1. Rapidly progressive dementia / myoclonus: Neurology consulted. CT head 12/28: no acute findings. MRI "
    "brain w/wo 12/29: restricted diffusion bilateral caudate + L parieto-occipital cortical ribboning - "
    "suggestive but not diagnostic of CJD; DDx autoimmune encephalitis vs peri-ictal change; no mass, no "
    "enhancement. Pt required 1 mg IV lorazepam for the MRI because of myoclonic jerks/agitation (wife states "
    "he has never been claustrophobic). EEG 12/30: diffuse generalized slowing, no periodic sharp wave "
    "complexes, no electrographic seizures. LP 12/31 (see labs): RT-QuIC, 14-3-3 and total tau sent to "
    "NPDPSC - PENDING. CSF and serum autoimmune encephalitis panels (Mayo) - PENDING. PRNP gene sequencing "
    "sent 1/2 to evaluate for a genetic prion disease - PENDING. Paraneoplastic screen: CT chest/abdomen/"
    "pelvis 1/2/26 without evidence of occult malignancy; PSA 1.1. Reversible causes screened: TSH, B12, "
    "thiamine, ammonia, RPR, HIV, heavy metals - all unremarkable. Empiric IV methylprednisolone 1 g daily x "
    "5 days (1/1-1/5) for possible autoimmune encephalitis - no meaningful response. Myoclonus improved on "
    "clonazepam + levetiracetam.",
    "2. AKI: Cr 2.1 on admission (baseline 0.9), prerenal from poor intake. Improved with IVF; gadolinium "
    "given 12/29 once eGFR > 45. Cr 0.9 on 1/3/26 and stable thereafter. Resolved.",
    "3. HTN: amlodipine continued; lisinopril held for AKI and not resumed (BP controlled).",
    "",
    "## PAST MEDICAL HISTORY",
    "- HTN, HLD",
    "- CAD: out-of-hospital VF arrest 04/2019 (LAD occlusion, PCI/DES). ROSC ~6 min; brief post-arrest "
    "hypoxic-ischemic encephalopathy with full neurologic recovery - returned to work 07/2019.",
    "- Former smoker (20 pk-yr, quit 2019)",
    "",
    "## FAMILY HISTORY",
    "Brother - glioblastoma, dx 2021 at age 55, deceased 2022. Mother - Alzheimer dementia, onset ~82. Father "
    "- MI at 70. No known family history of prion disease or early-onset dementia.",
    "",
    "## SOCIAL HISTORY",
    "Married 38 yrs, lives with wife (primary caregiver). No alcohol. No illicit drugs.",
    "",
    "## DISCHARGE MEDICATIONS",
    "- clonazepam 0.5 mg PO BID (NEW)",
    "- levetiracetam 500 mg PO BID (NEW - myoclonus)",
    "- amlodipine 5 mg daily; atorvastatin 40 mg daily; aspirin 81 mg daily",
    "- STOP lisinopril",
    "",
    "## CONDITION AT DISCHARGE / DISPOSITION",
    "Stable. A&O x1-2. Ambulates with walker and 1 assist. Home with wife, home PT/OT/RN. Palliative care "
    "consulted - goals of care discussed; hospice information provided pending results.",
    "",
    "## FOLLOW-UP",
    "- Dr. Raman (Neurology) 1/12/26 - results of CSF studies; consider MR spectroscopy as outpatient.",
    "- PCP Dr. Hollis in 1-2 wks; BMP at that visit.",
    "",
    "Electronically signed: Marcus Feld, MD   01/06/2026 15:37",
]

labs = [
    "# ST. BRENDAN'S MEDICAL CENTER - LABORATORY CUMULATIVE REPORT",
    "~ WHITACRE, GERALD T   MRN SB-2291847   DOB 11/23/1963   Printed 01/13/2026 (ROI #26-00193)",
    "",
    "## CEREBROSPINAL FLUID  (collected 12/31/2025 09:40, LP L3-4)",
    "~ | Test                         | Result     | Ref range        | Flag |",
    "~ |------------------------------|------------|------------------|------|",
    "~ | Appearance                   | Clear      | Clear            |      |",
    "~ | WBC                          | 2 /uL      | 0-5              |      |",
    "~ | RBC                          | 0 /uL      | 0                |      |",
    "~ | Protein                      | 52 mg/dL   | 15-45            | H    |",
    "~ | Glucose                      | 64 mg/dL   | 40-70            |      |",
    "~ | Oligoclonal bands            | 0 bands    | <2               |      |",
    "~ | IgG index                    | 0.52       | 0.28-0.66        |      |",
    "~ | Cytology                     | No malignant cells           |      |",
    "~ | Gram stain / culture         | No organisms / no growth     |      |",
    "~ | HSV-1/2 PCR, VZV, enterovirus| Not detected                 |      |",
    "~ | RT-QuIC (NPDPSC)             | PENDING    |                  |      |",
    "~ | 14-3-3 / total tau (NPDPSC)  | PENDING    |                  |      |",
    "~ | Autoimmune enceph. panel     | PENDING    | (Mayo ENC2)      |      |",
    "~ | CSF lactate                  | not sent   |                  |      |",
    "",
    "## SERUM",
    "~ | Test               | 12/28/25 | 12/31/25 | 01/03/26 | 01/05/26 | Ref         |",
    "~ |--------------------|----------|----------|----------|----------|-------------|",
    "~ | Creatinine (mg/dL) | 2.1 H    | 1.3 H    | 0.9      | 0.9      | 0.7-1.3     |",
    "~ | eGFR (mL/min)      | 35 L     | 62       | >90      | >90      | >60         |",
    "~ | Sodium             | 146 H    | 141      | 139      | 140      | 135-145     |",
    "~ | Lactate (mmol/L)   | 1.4      |          |          |          | 0.5-2.2     |",
    "~ | Ammonia (umol/L)   | 28       |          |          |          | 11-51       |",
    "~ | TSH (mIU/L)        | 1.9      |          |          |          | 0.4-4.5     |",
    "~ | B12 (pg/mL)        | 612      |          |          |          | 200-900     |",
    "~ | RPR                | Nonreactive         |          |          |             |",
    "~ | HIV Ag/Ab          | Nonreactive         |          |          |             |",
    "~ | Serum paraneoplastic panel  | PENDING    |          |          |             |",
    "",
    "## GENETICS",
    "~ PRNP full gene sequencing (sent 01/02/2026, Athena) ............ PENDING",
]

lmn = [
    "# MID-VALLEY NEUROLOGY ASSOCIATES",
    "Anjali Raman, MD - Cognitive & Behavioral Neurology",
    "4600 Derry Street, Suite 200, Harrisburg, PA 17111  |  Tel 717-555-0130  |  Fax 717-555-0134",
    "",
    "January 12, 2026",
    "",
    "Keystone Select Health - Precertification / Medical Review",
    "RE: Gerald T. Whitacre    DOB 11/23/1963    Member ID KSA773051826",
    "Service requested: MR spectroscopy of the brain, CPT 76390",
    "",
    "! Letter of Medical Necessity",
    "",
    "Dear Medical Director,",
    "",
    "I saw Mr. Whitacre in the office today, six days after his discharge from St. Brendan's Medical Center "
    "(12/28/2025 - 01/06/2026), where I followed him as the consulting neurologist for a rapidly progressive "
    "dementia with multifocal myoclonus. Since discharge his wife reports further decline: he now needs help "
    "with dressing, the myoclonic jerks are more frequent, and he had one fall at home on 01/09.",
    "",
    "His MRI of 12/29/2025 shows diffusion restriction in the caudate heads and left parieto-occipital cortex. "
    "The neuroradiologist could not distinguish sporadic Creutzfeldt-Jakob disease from autoimmune encephalitis "
    "or peri-ictal change. EEG did not show periodic sharp wave complexes. CSF RT-QuIC and the autoimmune panels "
    "are still pending and are not expected for another 2-3 weeks. A 5-day course of IV methylprednisolone did "
    "not help.",
    "",
    "I am requesting single-voxel MR spectroscopy to look for the pattern of NAA reduction with myo-inositol "
    "elevation described in prion disease, as opposed to the pattern seen in inflammatory encephalitis. The "
    "result will guide whether we proceed with IVIG and a longer course of immunotherapy or transition to "
    "comfort-focused care.",
    "",
    "This is not a neoplastic process. His MRI showed no mass, and the CT chest/abdomen/pelvis screen for "
    "occult malignancy was negative. His brother's glioblastoma is noted, but it is not relevant to his "
    "presentation. His 2019 cardiac arrest with brief post-arrest anoxic encephalopathy was followed by a "
    "complete recovery, and it does not explain his current decline. If CSF lactate on the repeat LP comes "
    "back elevated, we would then consider a late-onset mitochondrial disorder and send mtDNA and "
    "nuclear-gene testing.",
    "",
    "Safety: he received gadolinium on 12/29 without any problem. His admission AKI has resolved (Cr 0.9 on "
    "1/3/26). He is not claustrophobic; he will need premedication with lorazepam only to control the myoclonus "
    "during the acquisition.",
    "",
    "I would be grateful for an expedited review. I am available for a peer-to-peer discussion at "
    "717-555-0130.",
    "",
    "Sincerely,",
    "",
    "Anjali Raman, MD",
    "Board certified, Neurology (ABPN); Behavioral Neurology & Neuropsychiatry (UCNS)",
]


def main():
    frm = request_form()
    im = mri()
    build_pdf(os.path.join(OUT, "01_fax_cover_2026-01-13.pdf"), [("text", cover, {"banner": banner(1)})])
    build_pdf(os.path.join(OUT, "02_precert_request_form_scanned.pdf"), [("img", frm)])
    build_pdf(os.path.join(OUT, "03_MRI_brain_2025-12-29_scanned.pdf"), [("img", im)])
    build_pdf(os.path.join(OUT, "04_discharge_summary_2026-01-06.pdf"),
              [("text", dc, {"banner": lambda i, n: banner(3 + i),
                             "footer": lambda i, n: "St. Brendan's Medical Center - WHITACRE, GERALD T - Discharge Summary - Page %d of %d" % (i, n)})])
    build_pdf(os.path.join(OUT, "05_CSF_and_lab_results.pdf"),
              [("text", labs, {"banner": banner(6), "footer": "St. Brendan's Laboratory Services - CLIA 39D0654321"})])
    build_pdf(os.path.join(OUT, "06_letter_of_medical_necessity_2026-01-12.pdf"),
              [("text", lmn, {"banner": lambda i, n: banner(6 + i), "font": "Times-Roman"})])
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))


if __name__ == "__main__":
    main()
