"""b67: adult with suspected X-ALD/AMN; brain MRI done at outside facility but report not in packet;
only a SPINE MRI is 'indeterminate'. Builds /tmp/blind6/b67_pdf_adult_xald_outside_brain_mri_missing_spine_indeterminate/"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _faxkit_c import *

CASE = "b67_pdf_adult_xald_outside_brain_mri_missing_spine_indeterminate"
OUT = f"/tmp/blind6/{CASE}"
FW = W - 1.3 * inch
PT = "PRUITT-AMARAL, DANIEL J"
DOB = "07/22/1992"


def bx(on, label):
    return box(on, label, glyph=False)


def banner(gp, tot, di):
    return f"12-01-26 09:03  FROM-UNIV NEUROGENETICS  +1 617 555 0123     T-221  P.{gp:02d}/{tot:02d}  F-118"


def cover():
    s = letterhead("UNIVERSITY MEDICAL CENTER", ["Neurogenetics &amp; Adult Leukodystrophy Clinic | 1 Commonwealth Pl, Boston MA 02115",
                                               "Phone 617-555-0120 | Fax 617-555-0123"])
    s.append(P("<b>F A X</b>", HEAD))
    s.append(Spacer(1, 6))
    s.append(grid([
        ["To", "Prior Authorization / Utilization Mgmt", "Fax", "1-888-555-0161"],
        ["From", "Tamsin Ochoa, MA - clinic coordinator", "Phone", "617-555-0127"],
        ["Date", "12/01/2026", "Pages", "see header (incl. cover)"],
        ["Re", "PA request: MR spectroscopy BRAIN - Pruitt-Amaral, Daniel J (DOB 07/22/1992)", "", ""],
    ], [0.7 * inch, 3.7 * inch, 0.7 * inch, FW - 5.1 * inch], shade_cols=(0, 2), span=[((1, 3), (3, 3))]))
    s.append(Spacer(1, 6))
    s.append(grid([[bx(False, "Urgent") + "&nbsp;&nbsp;&nbsp;" + bx(True, "Routine") + "&nbsp;&nbsp;&nbsp;" + bx(False, "Please review &amp; call") +
                    "&nbsp;&nbsp;&nbsp;" + bx(True, "Additional records to follow")]], [FW]))
    s.append(Spacer(1, 8))
    s += paras("""Attached:
1) Advanced imaging PA request form (dated 11/30/2026)
2) Neurogenetics new-patient consult 11/30/2026 (Dr. Strand-Bello)
3) MRI cervical + thoracic spine report 10/14/2026
4) Lab results (VLCFA, endocrine, BMP)

Outside brain MRI (Lakeshore Open MRI, 09/2026): report and disc requested from Lakeshore on 10/20 and 11/24 and again 11/30 - NOT yet received. Will forward as soon as it arrives.

Thanks - Tamsin""")
    s.append(Spacer(1, 24))
    s += paras("""<i>This facsimile contains privileged and confidential information intended only for the use of the addressee. If you are not the intended recipient, any review, dissemination or copying is prohibited. If received in error, please call 617-555-0120 and destroy all copies.</i>""", SMALL)
    return s


def form():
    s = letterhead("UNIVERSITY MEDICAL CENTER", ["ADVANCED IMAGING PRIOR AUTHORIZATION REQUEST (MRI / CT / PET / MRS)"])
    s.append(grid([["Date of request:", "11/30/2026", "Requested date of service:", "12/10/2026"]],
                  [1.2 * inch, 1.6 * inch, 1.8 * inch, FW - 4.6 * inch], shade_cols=(0, 2)))
    s.append(Spacer(1, 4))
    s.append(band("A. PATIENT"))
    s.append(grid([
        ["Last, First MI", PT, "DOB", DOB],
        ["Sex", bx(True, "M") + "  " + bx(False, "F"), "Member #", "NEB-2209-771634"],
        ["Plan", "New England Benefit Alliance - HMO", "Phone", "617-555-0194"],
    ], [1.2 * inch, 3.0 * inch, 0.9 * inch, FW - 5.1 * inch], shade_cols=(0, 2)))
    s.append(Spacer(1, 4))
    s.append(band("B. PROVIDERS"))
    s.append(grid([
        ["Ordering MD", "Imogen Strand-Bello, MD (Neurogenetics)", "NPI", "1780564412"],
        ["Imaging site", "University Hospital MRI - 3T wide-bore (70 cm)", "NPI", "1467093388"],
    ], [1.2 * inch, 3.0 * inch, 0.9 * inch, FW - 5.1 * inch], shade_cols=(0, 2)))
    s.append(Spacer(1, 4))
    s.append(band("C. EXAM REQUESTED"))
    s.append(grid([
        ["CPT", "76390", "Body region", bx(True, "Head / brain") + " " + bx(False, "Spine") + " " + bx(False, "Other")],
        ["Exam", "MR spectroscopy - BRAIN: single-voxel parieto-occipital WM + frontal WM (NAA/Cho/Cr/mI)", "", ""],
        ["ICD-10 (1)", "E71.522 Adrenomyeloneuropathy", "ICD-10 (2)", "E27.1 Primary adrenocortical insufficiency"],
        ["ICD-10 (3)", "R26.89 Other abnormalities of gait and mobility", "ICD-10 (4)", ""],
    ], [1.2 * inch, 3.0 * inch, 0.9 * inch, FW - 5.1 * inch], shade_cols=(0, 2), span=[((1, 1), (3, 1))]))
    s.append(Spacer(1, 4))
    s.append(band("D. INDICATION (check all that apply)"))
    half = FW / 2
    s.append(grid([
        [bx(False, "Brain tumor: characterization / grading"), bx(False, "Neonatal HIE")],
        [bx(False, "Recurrence vs radiation necrosis"), bx(False, "Metabolic / mitochondrial disorder")],
        [bx(False, "Post-treatment surveillance"), bx(True, "Leukodystrophy / inherited metabolic disorder")],
        [bx(False, "Repeat MRS"), bx(False, "Other:")],
    ], [half, half]))
    s.append(Spacer(1, 4))
    s.append(band("E. PRIOR IMAGING"))
    s.append(grid([
        ["Study", "Date", "Where", "Result"],
        ["MRI brain w/wo", "09/18/2026", "Lakeshore Open MRI (outside)", "report requested - not yet received"],
        ["MRI C + T spine w/o", "10/14/2026", "University Hospital", "see attached report"],
        ["Prior MRS (any region)", bx(False, "Yes") + " " + bx(True, "No"), "", ""],
    ], [1.6 * inch, 1.0 * inch, 2.0 * inch, FW - 4.6 * inch], header_rows=1))
    s.append(Spacer(1, 4))
    s.append(band("F. SAFETY"))
    s.append(grid([
        ["Claustrophobia", bx(True, "Yes") + " " + bx(False, "No") + " - needs PO anxiolytic premed; wide-bore", "Pregnant", bx(False, "Yes") + " " + bx(False, "No") + " " + bx(True, "N/A")],
        ["Renal insufficiency / eGFR &lt; 30", bx(False, "Yes") + " " + bx(True, "No"), "Contrast allergy", bx(False, "Yes") + " " + bx(True, "No")],
        ["Implants / devices", bx(False, "Yes") + " " + bx(True, "No"), "Weight", "78 kg"],
    ], [1.6 * inch, 2.6 * inch, 1.1 * inch, FW - 5.3 * inch], shade_cols=(0, 2)))
    s.append(Spacer(1, 4))
    s.append(grid([
        ["Ordering provider signature", "Imogen Strand-Bello MD  (signed)", "Date", "11/30/26"],
    ], [1.9 * inch, 2.6 * inch, 0.6 * inch, FW - 5.1 * inch], shade_cols=(0, 2)))
    return s


def consult():
    s = letterhead("UNIVERSITY MEDICAL CENTER", ["NEUROGENETICS / ADULT LEUKODYSTROPHY CLINIC - NEW PATIENT CONSULTATION"])
    s.append(grid([
        ["Patient", PT, "MRN", "U-5531829", "DOB", DOB],
        ["Date of visit", "Nov 30, 2026", "Referring", "A. Wexler, MD (Endo)", "Attending", "I. Strand-Bello, MD"],
    ], [0.8 * inch, 1.8 * inch, 0.7 * inch, 1.55 * inch, 0.75 * inch, FW - 5.6 * inch], shade_cols=(0, 2, 4)))
    s.append(P("<b>Reason for referral:</b> elevated VLCFA in pt w/ Addison's dz and progressive gait disorder"))
    s += header_done()
    s.append(sec("HPI"))
    s += paras("""34 yo RHD M w/ primary adrenal insufficiency dx at 19 (2011, ACTH-stim confirmed; on hydrocortisone + fludrocortisone) referred for ~3 yrs of slowly progressive bilat leg stiffness, toe "dragging", urinary urgency and distal LE tingling. Now uses a cane for long distances (new since summer 2026).

Wife reports over the last ~4 mo he has been "more forgetful", missed bill payments, trouble multitasking at work (IT project manager) - new.

No sz, no vision or hearing change, no HA.

VLCFA drawn by endo 10/02/2026 markedly elevated (see labs). MRI C/T-spine 10/14/26 (here): diffuse thoracic cord thinning, nonspecific.

Brain MRI w/wo was done 09/18/2026 at Lakeshore Open MRI (ordered by PCP for the memory complaints). Pt does not know the result. Report / images requested x2, not received as of today.

No prior MR spectroscopy - MRS was mentioned by a previous neurologist in 2025 as an option but was never ordered or performed.""")
    s.append(sec("PMH"))
    s += paras("""1. Primary adrenal insufficiency (Addison's), dx 2011
2. Depression (2023) - on sertraline
3. Nephrolithiasis 2019, passed spontaneously - no CKD
4. Migraine w/o aura (remote)""")
    s.append(sec("MEDS"))
    s += paras("""hydrocortisone 15 mg qAM / 5 mg qPM
fludrocortisone 0.1 mg daily
sertraline 50 mg daily
oxybutynin 5 mg BID (started 10/2026 by PCP)""")
    s.append(sec("ALLERGIES"))
    s += paras("Sulfa (hives)")
    s.append(sec("FAMILY HISTORY"))
    s += paras("""Maternal uncle - died age 9 (1978) of "brain disease"; family later told it was cerebral ALD.
Mother (62) - mild leg stiffness, never tested (probable heterozygote).
2 sisters - untested. No consanguinity.""")
    s.append(sec("SOCIAL"))
    s += paras("Married. Wife 20 wks pregnant w/ first child (male fetus) - genetic counseling referral placed. Nonsmoker, rare EtOH.")
    s.append(sec("ROS"))
    s += paras("""+ leg stiffness, + urinary urgency, + forgetfulness (per wife), + fatigue. Neg for HA, sz, vision loss, hearing loss, dysphagia, wt change.
Claustrophobia: YES - had a panic attack in the 09/2026 scanner despite "open" MRI; completed only after lorazepam 1 mg PO. Will need premed / anxiolysis and wide-bore scanner.""")
    s.append(sec("EXAM"))
    s += paras("""BP 118/72. Skin: hyperpigmentation of palmar creases and gums.
MoCA 24/30 (-2 delayed recall, -2 executive/trails, -1 fluency, -1 serial 7s).
CN intact; VF full. Spastic paraparesis: LE tone increased, hip flexors 4/5 bilat, DF 4+/5. LE reflexes 3+, crossed adductors, bilat Babinski, unsustained ankle clonus. Vibration / proprioception decreased at toes. UE strength nl. Spastic gait; unable to tandem.""")
    s.append(sec("DATA"))
    s += paras("""VLCFA (10/02/26): C26:0 2.91 umol/L (ref &lt;=1.30); C24/C22 1.62 (ref &lt;=1.39); C26/C22 0.089 (ref &lt;=0.023) - biochemically c/w X-ALD.
ABCD1 sequencing sent 10/2026 - PENDING.
MRI C/T spine 10/14/26 - diffuse thoracic cord atrophy, no focal lesion, "nonspecific, indeterminate etiology".
Brain MRI 09/18/26 (outside) - NOT AVAILABLE.
BMP 11/02/26 - Cr 0.92, eGFR 104.""")
    s.append(sec("ASSESSMENT"))
    s += paras("""34 yo M w/ Addison's, spastic paraparesis, sensory ataxia and elevated VLCFA -> X-linked adrenoleukodystrophy, adrenomyeloneuropathy (AMN) phenotype, pending genetic confirmation. New cognitive complaints (MoCA 24) raise concern for early cerebral involvement (cerebral ALD conversion), which would change management - allo-HSCT is only effective early.""")
    s.append(sec("PLAN"))
    s += paras("""1. MR spectroscopy of the brain (CPT 76390) - PA request submitted today 11/30/26 - to assess NAA/Cho in parieto-occipital and frontal WM; metabolic changes may precede T2 lesions or gadolinium enhancement.
2. Obtain outside brain MRI 09/18/26 report + images (3rd request today). If the outside MRI is inconclusive or shows early WM signal change, MRS would help characterize it. If it shows an enhancing cerebral lesion (Loes &gt;= 1, Gd+), would refer urgently to the adult BMT / HSCT program.
3. Established need for surveillance: males w/ X-ALD require serial brain imaging to detect cerebral conversion; detection would change management (HSCT referral).
4. Adrenal: cont HC / fludro; stress-dose plan reviewed.
5. Genetic counseling for family incl. wife's pregnancy (male fetus) and mother / sisters' carrier testing.
6. PT for spasticity; consider baclofen.
7. Renal: no renal disease - Addison's is adrenal (not renal) insufficiency; no gadolinium contraindication.

RTC 6 wks.
Imogen Strand-Bello, MD - Neurogenetics - e-signed 11/30/2026 18:12""")
    return s


def spine():
    s = letterhead("UNIVERSITY HOSPITAL - DEPARTMENT OF RADIOLOGY", ["Neuroradiology | 1 Commonwealth Pl, Boston MA 02115"])
    s.append(grid([
        ["Patient", PT, "MRN", "U-5531829"],
        ["DOB", DOB, "Sex", "M"],
        ["Exam", "MRI CERVICAL SPINE WITHOUT CONTRAST; MRI THORACIC SPINE WITHOUT CONTRAST", "CPT", "72141, 72146"],
        ["Exam date", "10/14/2026 08:40", "Acc", "MR-2610-14-0092"],
        ["Ordering", "Arthur Wexler, MD (Endocrinology)", "Status", "FINAL"],
    ], [1.0 * inch, 3.6 * inch, 0.7 * inch, FW - 5.3 * inch], shade_cols=(0, 2)))
    s.append(sec("HISTORY:"))
    s += paras("34M, progressive spastic paraparesis, Addison's disease, elevated VLCFA (pending). Eval myelopathy.")
    s.append(sec("TECHNIQUE:"))
    s += paras("Sagittal T1, T2, STIR and axial T2 / GRE of the cervical and thoracic spine. No IV contrast. Wide-bore 1.5T; patient premedicated by PCP for claustrophobia.")
    s.append(sec("COMPARISON:"))
    s += paras("None available. (Outside MRI 09/2026 not available for review.)")
    s.append(sec("FINDINGS:"))
    s += paras("""Alignment: Normal cervical lordosis and thoracic kyphosis. No listhesis.
Vertebrae: Normal heights and marrow signal.
Cord: The cervical cord is normal in caliber and signal. There is diffuse thinning of the thoracic spinal cord (AP diameter approx 5 mm at T6) without focal T2 signal abnormality. No syrinx. Conus terminates at L1 and is normal.
Discs: Small C5-6 disc osteophyte complex without canal stenosis or cord contact. Thoracic discs unremarkable.
Paraspinal: Unremarkable.""")
    s.append(sec("IMPRESSION:"))
    s += paras("""1. Diffuse thoracic cord atrophy without focal signal abnormality or compressive lesion. Findings are nonspecific and the etiology is indeterminate. Differential includes a neurodegenerative/metabolic myelopathy such as adrenomyeloneuropathy (given history), hereditary spastic paraplegia, or sequela of prior myelitis; B12 / copper deficiency myelopathy cannot be excluded - correlate with labs.
2. No cord compression.
3. Correlation with dedicated brain MRI is recommended.""")
    s.append(Spacer(1, 6))
    s += paras("Interpreted by: Lucien Marchetti-Hale, MD. Finalized 10/14/2026 13:27.", SMALL)
    return s


def labs():
    s = letterhead("UNIVERSITY MEDICAL LABORATORIES", ["Cumulative Results Report - selected tests | CLIA 22D0987761"])
    s.append(grid([
        ["Patient", PT, "DOB", DOB, "MRN", "U-5531829"],
        ["Printed", "11/30/2026 17:55", "Requested by", "Strand-Bello", "Copy to", "Wexler"],
    ], [0.8 * inch, 1.9 * inch, 0.9 * inch, 1.3 * inch, 0.7 * inch, FW - 5.6 * inch], shade_cols=(0, 2, 4)))
    s.append(Spacer(1, 6))
    s.append(band("PEROXISOMAL - VERY LONG CHAIN FATTY ACIDS (plasma)   Collected 10/02/2026  Reported 10/16/2026"))
    s.append(grid([
        ["Test", "Result", "Flag", "Reference", "Units"],
        ["C22:0 (behenic)", "32.7", "", "&lt;= 96.3", "umol/L"],
        ["C24:0 (lignoceric)", "53.0", "", "&lt;= 91.4", "umol/L"],
        ["C26:0 (hexacosanoic)", "2.91", "H", "&lt;= 1.30", "umol/L"],
        ["C24:0 / C22:0 ratio", "1.62", "H", "&lt;= 1.39", "ratio"],
        ["C26:0 / C22:0 ratio", "0.089", "H", "&lt;= 0.023", "ratio"],
        ["Phytanic acid", "1.9", "", "&lt;= 9.88", "umol/L"],
        ["Pristanic acid", "0.21", "", "&lt;= 2.98", "umol/L"],
    ], [2.0 * inch, 1.0 * inch, 0.6 * inch, 1.4 * inch, FW - 5.0 * inch], header_rows=1))
    s += paras("<b>Interpretation:</b> Elevated C26:0 and C26/C22 ratio with normal phytanic/pristanic acids. Pattern consistent with X-linked adrenoleukodystrophy (hemizygous male) ; a peroxisome biogenesis disorder is unlikely given normal branched-chain FA. Recommend ABCD1 gene analysis and genetic counseling.", SMALL)
    s.append(Spacer(1, 6))
    s.append(band("ENDOCRINE / CHEMISTRY"))
    s.append(grid([
        ["Test", "Date", "Result", "Flag", "Reference"],
        ["ACTH", "10/02/2026", "412 pg/mL", "H", "7.2 - 63.3"],
        ["Cortisol, AM (on HC)", "10/02/2026", "9.1 ug/dL", "", "6.2 - 19.4"],
        ["Renin activity", "10/02/2026", "3.8 ng/mL/h", "", "0.2 - 4.6 (upright)"],
        ["Vitamin B12", "10/02/2026", "612 pg/mL", "", "232 - 1245"],
        ["Copper, serum", "10/02/2026", "98 ug/dL", "", "72 - 166"],
        ["Sodium", "11/02/2026", "138 mmol/L", "", "135 - 145"],
        ["Potassium", "11/02/2026", "4.4 mmol/L", "", "3.5 - 5.1"],
        ["Creatinine", "11/02/2026", "0.92 mg/dL", "", "0.74 - 1.35"],
        ["eGFR (CKD-EPI 2021)", "11/02/2026", "104 mL/min/1.73m2", "", "&gt;= 60"],
    ], [1.8 * inch, 1.0 * inch, 1.4 * inch, 0.5 * inch, FW - 4.7 * inch], header_rows=1))
    s.append(Spacer(1, 6))
    s.append(band("MOLECULAR"))
    s.append(grid([
        ["Test", "Collected", "Status"],
        ["ABCD1 full gene sequencing + del/dup", "10/02/2026", "IN PROGRESS - send-out; expected TAT 4-6 wks"],
    ], [2.6 * inch, 1.0 * inch, FW - 3.6 * inch], header_rows=1))
    return s


DOCS = [
    dict(file="01_fax_cover.pdf", title="Neurogenetics clinic - fax cover", story=cover),
    dict(file="02_pa_request_form.pdf", title="Advanced imaging PA request", story=form),
    dict(file="03_neurogenetics_consult_2026-11-30.pdf", title="Neurogenetics consult 11/30/2026", story=consult, first=HDR_TWO, top_h=1.45 * inch),
    dict(file="04_mri_c_t_spine_2026-10-14.pdf", title="Radiology - MRI C/T spine 10/14/2026", story=spine),
    dict(file="05_labs_cumulative.pdf", title="Laboratory cumulative report", story=labs),
]

if __name__ == "__main__":
    print(build_packet(OUT, DOCS, banner))
