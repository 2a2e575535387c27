"""b68: 6-year-old, suspected MELAS stroke-like episode; indeterminate brain MRI (older CT normal).
The packet includes the MOTHER's brain MR spectroscopy report (CPT 76390, 10/21/2026, 6 weeks before
the request) for pedigree context - a relative's study, not a prior MRS of this patient.
Builds /tmp/blind6/b68_pdf_child_melas_mothers_brain_mrs_in_packet/"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _faxkit_c import *

CASE = "b68_pdf_child_melas_mothers_brain_mrs_in_packet"
OUT = f"/tmp/blind6/{CASE}"
FW = W - 1.3 * inch
PT = "DELACROIX-WHITFIELD, AMARA N"
DOB = "02/11/2020"


def banner(gp, tot, di):
    return f"DEC-02-2026 WED 07:41 AM   CHILDRENS GEN/METAB   503 555 0199   ->  PA DEPT          pg {gp} of {tot}"


def cover():
    s = letterhead("COLUMBIA RIVER CHILDREN'S HOSPITAL", ["Division of Biochemical Genetics &amp; Metabolism",
                                                          "707 SW Gaines St, Portland OR 97239 | Ph 503-555-0190 | Fax 503-555-0199"])
    s.append(P("<b>FACSIMILE TRANSMITTAL</b>", HEAD))
    s.append(Spacer(1, 6))
    s.append(grid([
        ["Date:", "12/02/2026", "# pages (w/ cover):", "see banner"],
        ["To:", "Prior Authorization Dept - Cascadia Family Health Plan", "Fax:", "1-866-555-0142"],
        ["From:", "Jolene Mbeki, RN (Metabolism nurse coordinator)", "Phone:", "503-555-0193"],
        ["Re:", "PA - MR SPECTROSCOPY BRAIN - Delacroix-Whitfield, Amara - DOB 02/11/2020", "", ""],
    ], [0.8 * inch, 3.5 * inch, 1.3 * inch, FW - 5.6 * inch], shade_cols=(0, 2), span=[((1, 3), (3, 3))]))
    s.append(Spacer(1, 6))
    s.append(grid([[box(True, "Urgent") + "&nbsp;&nbsp; " + box(False, "Routine") + "&nbsp;&nbsp; " + box(True, "Reply requested")]], [FW]))
    s.append(Spacer(1, 8))
    s += paras("""Attached:
- PA request form (12/01/2026)
- Muscle biopsy pathology (10/20/2026)
- Radiology: CT head 11/23/2026, MRI/MRA brain 11/24/2026
- Discharge summary (admit 11/23 - d/c 11/28/2026)
- Biochemical Genetics clinic note 12/01/2026
- Family record (mother, Naomi Delacroix): brain MRS 10/21/2026 - included per Dr. Ibarra-Stone for pedigree / family hx (release on file)

Pt needs general anesthesia; tentatively booked 12/09/2026 (anesthesia slot). Please call with determination.""")
    s.append(Spacer(1, 24))
    s += paras("<i>CONFIDENTIAL - This transmission may contain protected health information. If you received it in error, notify the sender at 503-555-0190 and destroy it.</i>", SMALL)
    return s


def form():
    s = letterhead("COLUMBIA RIVER CHILDREN'S HOSPITAL", ["OUTPATIENT IMAGING - PRIOR AUTHORIZATION REQUEST (Pediatric)"])
    s.append(grid([["Date of request", "12/01/2026", "Requested DOS", "12/09/2026", "Urgency", box(True, "Expedited") + " " + box(False, "Standard")]],
                  [1.05 * inch, 0.9 * inch, 1.05 * inch, 0.9 * inch, 0.7 * inch, FW - 4.6 * inch], shade_cols=(0, 2, 4)))
    s.append(Spacer(1, 4))
    s.append(band("PATIENT"))
    s.append(grid([
        ["Name", PT, "DOB", DOB],
        ["Age", "6 y 9 m", "Sex", box(False, "M") + " " + box(True, "F")],
        ["Member ID", "CFH-60-2291875", "Parent", "Naomi Delacroix (mother)"],
    ], [1.1 * inch, 3.1 * inch, 0.8 * inch, FW - 5.0 * inch], shade_cols=(0, 2)))
    s.append(Spacer(1, 4))
    s.append(band("PROVIDERS"))
    s.append(grid([
        ["Ordering", "Rafael Ibarra-Stone, MD - Biochemical Genetics", "NPI", "1306759418"],
        ["Facility", "Columbia River Children's - MRI 3T (anesthesia suite)", "NPI", "1093882710"],
    ], [1.1 * inch, 3.4 * inch, 0.6 * inch, FW - 5.1 * inch], shade_cols=(0, 2)))
    s.append(Spacer(1, 4))
    s.append(band("SERVICE"))
    s.append(grid([
        ["CPT", "76390", "Body region", box(True, "Brain") + " " + box(False, "Muscle") + " " + box(False, "Other")],
        ["Exam", "MRS BRAIN: single-voxel L parieto-occipital lesion + normal-appearing frontal WM; TE 35 / 144 / 288 (lactate)", "", ""],
        ["ICD-10", "E88.49 Other mitochondrial metabolism disorders; G93.49 Other encephalopathy; H53.461 Homonymous bilateral field defects, R side", "", ""],
        ["Anesthesia", box(True, "General anesthesia") + " (age / unable to hold still)", "Contrast", box(False, "Yes") + " " + box(True, "No")],
    ], [1.1 * inch, 3.4 * inch, 0.8 * inch, FW - 5.3 * inch], shade_cols=(0, 2), span=[((1, 1), (3, 1)), ((1, 2), (3, 2))]))
    s.append(Spacer(1, 4))
    s.append(band("INDICATION"))
    half = FW / 2
    s.append(grid([
        [box(False, "Brain tumor (grading / recurrence / surveillance)"), box(False, "Neonatal HIE")],
        [box(True, "Metabolic / mitochondrial disorder"), box(False, "Leukodystrophy / Canavan")],
    ], [half, half]))
    s.append(Spacer(1, 4))
    s.append(band("PRIOR STUDIES"))
    s.append(grid([
        ["Study", "Date", "Result"],
        ["CT head w/o", "11/23/2026", "No acute intracranial abnormality"],
        ["MRI brain w/wo + MRA head", "11/24/2026", "L parieto-occipital cortical lesion, non-vascular distribution - indeterminate; MRS recommended"],
        ["Muscle bx, R vastus lateralis", "10/20/2026", "ragged-red fibers, COX-deficient fibers, SSVs - c/w mitochondrial myopathy"],
        ["Prior MR spectroscopy (this pt)", box(False, "Yes") + " " + box(True, "No"), ""],
    ], [2.1 * inch, 1.0 * inch, FW - 3.1 * inch], header_rows=1))
    s.append(Spacer(1, 4))
    s.append(band("SAFETY SCREEN"))
    s.append(grid([
        ["Claustrophobia", box(False, "Yes") + " " + box(True, "No"), "Pregnancy", box(False, "Yes") + " " + box(False, "No") + " " + box(True, "N/A")],
        ["Renal insufficiency", box(False, "Yes") + " " + box(True, "No") + " (mild proximal tubulopathy, GFR normal)", "Implants", box(False, "Yes") + " " + box(True, "No")],
    ], [1.3 * inch, 3.0 * inch, 0.9 * inch, FW - 5.2 * inch], shade_cols=(0, 2)))
    s.append(Spacer(1, 4))
    s.append(grid([["Signature", "R. Ibarra-Stone, MD  (electronically signed)", "Date", "12/01/2026"]],
                  [1.1 * inch, 3.4 * inch, 0.6 * inch, FW - 5.1 * inch], shade_cols=(0, 2)))
    return s


def muscle_path():
    s = letterhead("COLUMBIA RIVER CHILDREN'S HOSPITAL", ["Department of Pathology - Neuromuscular Pathology Laboratory", "SURGICAL PATHOLOGY REPORT"])
    s.append(grid([
        ["Patient", PT, "MRN", "CR-20071146"],
        ["DOB", DOB, "Sex", "F"],
        ["Accession", "NM26-0412", "Procedure date", "10/20/2026"],
        ["Specimen", "Skeletal muscle, R vastus lateralis, open biopsy (fresh frozen + glutaraldehyde)", "Received", "10/20/2026"],
        ["Submitting MD", "Rafael Ibarra-Stone, MD", "Signed out", "10/29/2026"],
    ], [1.0 * inch, 3.4 * inch, 1.0 * inch, FW - 5.4 * inch], shade_cols=(0, 2)))
    s.append(sec("CLINICAL HISTORY:"))
    s += paras("6 yo F w/ exercise intolerance, short stature, bilateral SNHL, elevated resting lactate (3.1). R/o mitochondrial myopathy.")
    s.append(sec("MICROSCOPIC DESCRIPTION:"))
    s += paras("""Frozen sections show mild variation in fiber size without necrosis, regeneration or inflammation. Modified Gomori trichrome shows scattered ragged-red fibers (approx 3% of fibers). SDH stain shows corresponding ragged-blue fibers and several strongly SDH-reactive blood vessels (SSVs). Sequential COX/SDH shows approx 4% COX-deficient (blue) fibers; notably, several SSVs retain COX activity. Oil red O: mild increase in lipid droplets in type 1 fibers. PAS unremarkable. ATPase: normal checkerboard distribution, no fiber-type grouping.

Electron microscopy: subsarcolemmal accumulation of enlarged mitochondria with abnormal cristae; occasional paracrystalline inclusions.""")
    s.append(sec("DIAGNOSIS:"))
    s += paras("""SKELETAL MUSCLE, RIGHT VASTUS LATERALIS, BIOPSY:
- MITOCHONDRIAL MYOPATHY with ragged-red fibers, COX-deficient fibers and strongly SDH-reactive (COX-positive) vessels.
- Comment: The combination of SSVs with retained COX activity is characteristic of the m.3243A&gt;G (MELAS) tRNA-Leu mutation, although other mtDNA defects cannot be excluded. Respiratory chain enzyme analysis and mtDNA studies on frozen muscle have been sent to the reference laboratory.""")
    s.append(Spacer(1, 6))
    s += paras("Electronically signed out by: Priscilla Onwudiwe, MD, Neuromuscular Pathology, 10/29/2026 15:04", SMALL)
    return s


def mother_record():
    s = letterhead("OREGON UNIVERSITY HOSPITAL", ["Department of Radiology - Neuroradiology | 3181 SW Sam Jackson Park Rd, Portland OR 97239"])
    s.append(grid([["FAMILY MEMBER RECORD - released with patient authorization to Columbia River Children's Biochemical Genetics (Dr. Ibarra-Stone) for pedigree / family history purposes. Proband: Delacroix-Whitfield, Amara N."]], [FW]))
    s.append(Spacer(1, 4))
    s.append(grid([
        ["Patient", "DELACROIX, NAOMI R", "MRN", "OU-1187302"],
        ["DOB", "04/30/1995", "Sex", "F"],
        ["Exam", "MRI BRAIN WITHOUT CONTRAST WITH MR SPECTROSCOPY", "CPT", "70551, 76390"],
        ["Exam date", "10/21/2026", "Acc", "OU-MR-26-88415"],
        ["Ordering", "Caleb Strom, MD (Adult Neurology)", "Setting", "Outpatient"],
    ], [1.0 * inch, 3.4 * inch, 0.7 * inch, FW - 5.1 * inch], shade_cols=(0, 2)))
    s.append(sec("HISTORY:"))
    s += paras("31 yo F w/ bilateral SNHL, diabetes dx age 29, migraines. Daughter under evaluation for mitochondrial disease. Eval for maternally inherited mitochondrial disorder.")
    s.append(sec("TECHNIQUE:"))
    s += paras("3T non-contrast MRI brain. Single-voxel PRESS MRS (TE 30 and 144 ms) of the lateral ventricle (CSF) and the L parieto-occipital white matter.")
    s.append(sec("FINDINGS:"))
    s += paras("""MRI: Mild cerebellar volume loss. Tiny symmetric pallidal mineralization. No cortical signal abnormality, no infarct, no white matter disease. No hemorrhage.

MRS: Inverted doublet at 1.33 ppm at TE 144 in the lateral ventricular CSF voxel, consistent with elevated ventricular lactate. Parieto-occipital WM voxel: NAA/Cr mildly reduced (1.42), Cho/Cr normal, small lactate doublet.""")
    s.append(sec("IMPRESSION:"))
    s += paras("""1. Elevated ventricular and parenchymal lactate with mildly reduced NAA - supports a mitochondrial disorder in the appropriate clinical context.
2. Mild cerebellar atrophy. No stroke-like lesion.""")
    s += paras("Signed: Harriet Lindgren-Oduya, MD 10/21/2026 16:30", SMALL)
    return s


def radiology():
    s = letterhead("COLUMBIA RIVER CHILDREN'S HOSPITAL", ["Department of Radiology - Results Report (2 exams)"])
    s.append(grid([
        ["Patient", PT, "MRN", "CR-20071146"],
        ["DOB", DOB, "Sex", "F"],
        ["Exam", "CT HEAD WITHOUT CONTRAST", "CPT", "70450"],
        ["Exam date", "11/23/2026 22:50", "Location", "ED"],
    ], [1.0 * inch, 3.5 * inch, 0.8 * inch, FW - 5.3 * inch], shade_cols=(0, 2)))
    s.append(sec("HISTORY:"))
    s += paras("6 yo F w/ new R-sided vision loss, HA, vomiting; focal seizure in ED.")
    s.append(sec("COMPARISON:"))
    s += paras("None.")
    s.append(sec("FINDINGS:"))
    s += paras("No acute intracranial hemorrhage, mass effect or hydrocephalus. Gray-white differentiation is preserved. Small symmetric punctate calcifications of the bilateral globi pallidi. No extra-axial collection. Calvarium intact.")
    s.append(sec("IMPRESSION:"))
    s += paras("""1. No acute intracranial abnormality.
2. Small symmetric pallidal calcifications, nonspecific.
MRI is more sensitive if clinical concern persists.""")
    s += paras("Read by: Desmond Ferreira, MD 11/23/2026 23:12", SMALL)
    s.append(Spacer(1, 4))
    t = Table([[""]], colWidths=[FW], rowHeights=[2])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black)]))
    s.append(t)
    s.append(PageBreak())
    s.append(grid([
        ["Patient", PT, "MRN", "CR-20071146"],
        ["DOB", DOB, "Sex", "F"],
        ["Exam", "MRI BRAIN WITHOUT AND WITH CONTRAST; MRA HEAD WITHOUT CONTRAST", "CPT", "70553, 70544"],
        ["Exam date", "11/24/2026 10:15", "Location", "Inpatient (4 North) - under GA"],
    ], [1.0 * inch, 3.5 * inch, 0.8 * inch, FW - 5.3 * inch], shade_cols=(0, 2)))
    s.append(sec("HISTORY:"))
    s += paras("6 yo F w/ acute R visual field loss, focal seizures, HA and vomiting; lactate 4.8. Hx short stature, SNHL, exercise intolerance. ?stroke vs metabolic.")
    s.append(sec("TECHNIQUE:"))
    s += paras("3T, under general anesthesia. Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI, 3D TOF MRA of the circle of Willis, post-gadobutrol 3D T1.")
    s.append(sec("COMPARISON:"))
    s += paras("CT head 11/23/2026.")
    s.append(sec("FINDINGS:"))
    s += paras("""There is cortical and subcortical T2/FLAIR hyperintensity with gyral swelling involving the left parietal and occipital lobes (angular gyrus, lateral occipital cortex and cuneus), extending across the expected MCA and PCA territories rather than conforming to a single arterial territory, with relative sparing of the deep white matter. Mild cortical diffusion restriction; ADC values are only mildly reduced and pseudonormalized in portions. No enhancement. No hemorrhage on SWI.

MRA: The intracranial ICAs, MCAs, ACAs, basilar and PCAs are normal in caliber without occlusion, stenosis or vasculopathy.

The pateint also has small symmetric susceptibility in the globi pallidi, corresponding to calcification on CT. Mild cerebellar volume loss for age. No hydrocephalus. No extra-axial collection.""")
    s.append(sec("IMPRESSION:"))
    s += paras("""1. Acute/subacute left parieto-occipital cortical-subcortical signal abnormality not confined to a vascular territory, with normal MRA. Findings are indeterminate; differential includes a metabolic stroke-like episode (e.g., MELAS) versus prolonged seizure-related (peri-ictal) cortical edema versus encephalitis. Arterial ischemic infarct is considered less likely.
2. Bilateral pallidal calcifications and mild cerebellar volume loss - nonspecific, can be seen in mitochondrial disease.
3. MR spectroscopy with lactate evaluation (intermediate/long TE) of the lesion and of normal-appearing brain is recommended for further characterization.""")
    s += paras("Dictated by: Thomas Achebe, MD - Pediatric Neuroradiology. Signed 11/24/2026 13:48. Discussed with Dr. Hsu-Moreno 11/24/2026 13:50.", SMALL)
    return s


def discharge():
    s = letterhead("COLUMBIA RIVER CHILDREN'S HOSPITAL", ["DISCHARGE SUMMARY - Pediatric Hospital Medicine"])
    s.append(grid([
        ["Patient", PT, "MRN", "CR-20071146", "DOB", DOB],
        ["Admitted", "11/23/2026", "Discharged", "11/28/2026", "Attending", "L. Hsu-Moreno, MD"],
    ], [0.8 * inch, 2.0 * inch, 0.8 * inch, 1.2 * inch, 0.75 * inch, FW - 5.55 * inch], shade_cols=(0, 2, 4)))
    s.append(P("<b>Consults:</b> Neurology, Biochemical Genetics, Nephrology, Ophthalmology"))
    s += header_done()
    s.append(sec("DISCHARGE DIAGNOSES"))
    s += paras("""1. Stroke-like episode, L parieto-occipital - suspected mitochondrial encephalopathy (MELAS), genetic confirmation pending
2. Focal seizures w/ impaired awareness - resolved on LEV
3. R homonymous hemianopia - improving
4. Lactic acidemia
5. Mild proximal renal tubulopathy (Fanconi-type), on supplements
6. Short stature; bilat SNHL (hx)""")
    s.append(sec("HPI"))
    s += paras("""6 yo F w/ hx short stature, SNHL (hearing aids since age 4) and exercise intolerance (muscle bx 10/20/26: mitochondrial myopathy w/ RRF, COX-deficient fibers and SSVs) presented 11/23 w/ 1 day of HA, vomiting and R-sided vision loss, followed by 2 focal sz in the ED (R gaze deviation, R arm clonic activity).""")
    s.append(sec("PMH"))
    s += paras("""SNHL. Short stature (&lt;3rd %ile). Mild proximal renal tubulopathy dx 2025 (hypophosphatemia, bicarbonate wasting, glucosuria) - followed by Nephrology; on K-Phos Neutral + Bicitra; GFR normal. Constipation.""")
    s.append(sec("BIRTH HX"))
    s += paras("Term (39 wk) SVD, BW 2.7 kg. Uneventful newborn course, home day 2. No NICU.")
    s.append(sec("FAMILY HX"))
    s += paras("""Mother (31): bilat SNHL since 20s, diabetes dx age 29 - maternally inherited diabetes &amp; deafness suspected. Mother had MRI/MRS brain 10/21/2026 (adult neuro, OHSU): elevated ventricular lactate, mild cerebellar atrophy; her m.3243A&gt;G testing pending.
Maternal aunt: migraines, "seizures", died age 34 (cause unclear).
Mother considering future pregnancy - counseled re mtDNA inheritance / prenatal options.""")
    s.append(sec("HOSPITAL COURSE"))
    s += paras("""<b>#Stroke-like episode / suspected MELAS:</b> CT 11/23 no acute abnl. MRI/MRA 11/24: L parieto-occipital cortical lesion not respecting a vascular territory, MRA nl - indeterminate; radiology recommends MRS. MRS could not be added inpatient (scanner/anesthesia availability) - to be done as outpt. Serum lactate 4.8 (11/23) -&gt; 2.6 (11/26). CSF lactate 3.9 mmol/L, CSF cells nl, HSV PCR neg, enterovirus PCR neg; autoimmune encephalitis panel pending. Started IV L-arginine (500 mg/kg load then 500 mg/kg/day) 11/24 per Genetics; transitioned to PO L-citrulline + arginine 11/27. Mito cocktail (CoQ10, riboflavin, L-carnitine) started 11/25. mtDNA m.3243A&gt;G (blood + urine sediment) and mtDNA genome sequencing sent 11/24 - pending (2-3 wks). Avoid valproate.

<b>#Seizures:</b> LEV load 40 mg/kg 11/23 -&gt; 20 mg/kg/d div BID. cEEG 11/23-11/25: L posterior slowing, no sz after 11/24 AM.

<b>#Vision:</b> R homonymous hemianopia on confrontation, improving by d/c. Ophtho: fundi nl, no pigmentary retinopathy.

<b>#Renal:</b> Nephrology consulted - mild proximal tubulopathy likely mito-related; Cr 0.31 (bedside Schwartz eGFR ~128). Not renal insufficiency; no contraindication to gadolinium - received gadobutrol 11/24 w/o issue.

<b>#Sedation:</b> MRI done under GA due to age / inability to hold still. No hx of claustrophobia. Tolerated GA well.""")
    s.append(sec("DISCHARGE MEDS"))
    s += paras("""levetiracetam 200 mg PO BID; L-citrulline 3 g PO TID; L-arginine 1 g PO TID; CoQ10 (ubiquinol) 100 mg BID; riboflavin 100 mg daily; levocarnitine 330 mg TID; K-Phos Neutral 1 tab BID; Bicitra 5 mL TID""")
    s.append(sec("FOLLOW-UP"))
    s += paras("""- Biochemical Genetics (Dr. Ibarra-Stone) 12/01/2026 - will place outpatient MRS brain order (under GA)
- Neurology 2 wks; Ophthalmology 4 wks; Nephrology 3 mo
- Return to ED if new seizures, HA w/ vomiting, new weakness or vision change.

Electronically signed: Lin Hsu-Moreno, MD 11/28/2026 15:30""")
    return s


def clinic():
    s = letterhead("COLUMBIA RIVER CHILDREN'S HOSPITAL", ["Biochemical Genetics &amp; Metabolism Clinic - Post-hospital follow-up"])
    s.append(grid([
        ["Patient", PT, "DOB", DOB],
        ["Date of service", "December 1, 2026", "Provider", "Rafael Ibarra-Stone, MD"],
        ["Accompanied by", "mother and father", "PCP", "Dr. G. Oyelowo"],
    ], [1.1 * inch, 2.9 * inch, 0.9 * inch, FW - 4.9 * inch], shade_cols=(0, 2)))
    s.append(sec("INTERVAL HISTORY"))
    s += paras("""Amara returns 3 days after d/c for stroke-like episode (11/23). Since d/c: no sz, HA resolved, vision improving but still bumps into objects on the R. Taking citrulline/arginine + cocktail; appetite fair, no vomiting. mtDNA testing pending; autoimmune encephalitis panel still pending.""")
    s.append(sec("MEDICATIONS"))
    s += paras("As per d/c summary 11/28 - reconciled, no changes today.")
    s.append(sec("EXAM"))
    s += paras("Wt 17.2 kg (&lt;3rd %ile), Ht 106 cm (&lt;3rd %ile). Alert, interactive. Hearing aids in place. Partial R homonymous field cut to confrontation. Strength 5-/5 proximally, Gowers neg. DTRs 1+ symmetric. Gait normal.")
    s.append(sec("ASSESSMENT"))
    s += paras("""6 yo F w/ suspected mitochondrial encephalopathy (MELAS phenotype: stroke-like episode, lactic acidosis, SNHL, short stature, exercise intolerance, muscle bx 10/20 w/ RRF + COX-deficient fibers + SSVs, suggestive maternal hx incl. mother's abnormal brain MRS 10/21). Genetic confirmation pending. Conventional MRI 11/24 indeterminate (stroke-like episode vs peri-ictal edema vs encephalitis).""")
    s.append(sec("PLAN"))
    s += paras("""1. Requesting MR spectroscopy of the BRAIN (CPT 76390) under GA: single-voxel L parieto-occipital lesion + normal-appearing frontal WM, TE 144/288 for lactate. A lactate doublet in lesion and normal-appearing brain would support a MELAS stroke-like episode and (a) commit us to long-term arginine/citrulline prophylaxis and (b) avoid an unnecessary stroke work-up (echo, hypercoag panel) and antithrombotic therapy. If there is no lactate and the autoimmune panel returns positive, would pivot to immunotherapy for encephalitis.
2. No MRS has been done on Amara to date. Mother's 10/21/26 brain MRS (enclosed, family record) showed lactate - pedigree context.
3. Cont L-citrulline / L-arginine, CoQ10, riboflavin, carnitine. Sick-day / emergency letter updated (IV dextrose-containing fluids, avoid valproate, avoid prolonged fasting).
4. Family: maternal urine mtDNA heteroplasmy testing; genetic counseling re future pregnancy.
5. Renal: cont K-Phos / Bicitra per Nephrology; GFR normal.
6. RTC 4 wks or when genetics results return.

Rafael Ibarra-Stone, MD - Biochemical Genetics  (dictated, not proofread)  12/01/2026""")
    return s


DOCS = [
    dict(file="01_fax_cover.pdf", title="Biochemical Genetics - fax transmittal", story=cover),
    dict(file="02_pa_request_form.pdf", title="Outpatient imaging PA request (pediatric)", story=form),
    dict(file="03_muscle_biopsy_pathology_2026-10-20.pdf", title="Surgical pathology - muscle biopsy NM26-0412", story=muscle_path),
    dict(file="04_radiology_ct_mri_2026-11.pdf", title="Radiology results - CT 11/23/2026, MRI/MRA 11/24/2026", story=radiology),
    dict(file="05_discharge_summary_2026-11-28.pdf", title="Discharge summary 11/28/2026", story=discharge, first=HDR_TWO, top_h=1.55 * inch),
    dict(file="06_genetics_clinic_note_2026-12-01.pdf", title="Biochemical Genetics clinic note 12/01/2026", story=clinic),
    dict(file="07_family_record_mother_mri_mrs_2026-10-21.pdf", title="Outside record (family member) - OU Radiology 10/21/2026", story=mother_record),
]

if __name__ == "__main__":
    print(build_packet(OUT, DOCS, banner))
