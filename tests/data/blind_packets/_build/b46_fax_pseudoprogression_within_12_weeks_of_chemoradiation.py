import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from b46_helpers import BOX_O, BOX_X, Packet, inch  # noqa: E402

CASE = "b46_fax_pseudoprogression_within_12_weeks_of_chemoradiation"
OUT = "/tmp/blind5/" + CASE

PT = "HALVERSEN, MARK D"
DOB = "07/14/1967"
PTHDR = "Pt: %s   DOB: %s   MRN: LCI-00482917" % (PT, DOB)

pk = Packet(OUT, fax_dt="03/09/2026 14:07", fax_from_num="(312) 555-0187",
            fax_from_name="LAKESHORE CANCER INST NEURO-ONC")

# ------------------------------------------------------------------ 1 fax cover
d = pk.doc("01_fax_cover.pdf", "LAKESHORE CANCER INSTITUTE", "Fax Transmittal",
           footer_note="CONFIDENTIAL - contains PHI")
d.title("<b>FAX COVER SHEET</b>")
d.form([
    ["<b>LAKESHORE CANCER INSTITUTE - Neuro-Oncology Program</b><br/>2250 N. Clark St, Suite 900, Chicago IL 60614", "", "", ""],
    ["<b>To:</b>", "Cohere Health - Utilization Mgmt / Imaging PA", "<b>From:</b>", "Janelle Ortiz, RN (PA coordinator)"],
    ["<b>Fax:</b>", "1-857-555-0142", "<b>Fax:</b>", "(312) 555-0187"],
    ["<b>Phone:</b>", "1-857-555-0100", "<b>Phone:</b>", "(312) 555-0180 x4412"],
    ["<b>Date:</b>", "03/09/2026", "<b>Pages:</b>", "8 (incl. cover)"],
    ["<b>Re:</b>", "PA request - MR spectroscopy, pt HALVERSEN, Mark  DOB 07/14/1967", "", ""],
    [BOX_O + " Urgent   " + BOX_X + " For review   " + BOX_O + " Please reply   " + BOX_O + " Please comment   " + BOX_X + " Original to follow: NO", "", "", ""],
], col_widths=[0.8 * inch, 2.7 * inch, 0.8 * inch, 2.7 * inch],
   spans=[((0, 0), (3, 0)), ((1, 5), (3, 5)), ((0, 6), (3, 6))], shade_rows=[0])
d.sp(14)
d.p("""Comments: Resending PA packet for MRS brain (CPT 76390) - original request faxed 3/5 but we
did not recieve a confirmation #. Enclosed: request form, MRI brain 3/3/26, prior imaging
(pre-op MRI/MRS 11/28/25 and post-op MRI 12/3/25), neuro-onc clinic note 3/4/26, and letter of
medical necessity. Pt is scheduled 03/12/2026 at Lakeshore Imaging - Lincoln Park pending auth.
Please call w/ questions.""")
d.sp(20)
d.p("""<b>CONFIDENTIALITY NOTICE:</b> The documents accompanying this facsimile transmission contain
confidential protected health information that is legally privileged. This information is intended
only for the use of the individual or entity named above. If you are not the intended recipient,
you are hereby notified that any disclosure, copying, distribution or action taken in reliance on
the contents of these documents is strictly prohibited. If you have received this fax in error,
please notify the sender immediately and destroy the documents.""", "small")

# ------------------------------------------------------------------ 2 request form
d = pk.doc("02_prior_auth_request_form.pdf", "COHERE HEALTH - OUTPATIENT ADVANCED IMAGING PRIOR AUTHORIZATION REQUEST",
           "Form CH-IMG-07 (rev 2024)", footer_note="Incomplete forms may delay review.")
X, O = BOX_X, BOX_O
d.form([
    ["SECTION 1 - MEMBER INFORMATION", "", "", ""],
    ["Member name", "HALVERSEN, Mark D.", "Date of birth", "07/14/1967"],
    ["Member ID", "COH-88213407-01", "Sex", X + " M   " + O + " F"],
    ["Health plan", "Great Lakes Choice PPO", "Member phone", "(773) 555-2291"],
    ["SECTION 2 - ORDERING PROVIDER", "", "", ""],
    ["Name / credentials", "Priya Ramanathan, MD - Neuro-Oncology", "NPI", "1487623095"],
    ["Practice", "Lakeshore Cancer Institute", "Phone / Fax", "(312) 555-0180 / (312) 555-0187"],
    ["Contact person", "Janelle Ortiz RN", "Tax ID", "36-4418207"],
    ["SECTION 3 - RENDERING FACILITY", "", "", ""],
    ["Facility", "Lakeshore Imaging - Lincoln Park (3T)", "NPI", "1295548310"],
    ["Requested date of service", "03/12/2026", "Setting", X + " Outpatient  " + O + " Inpatient"],
    ["SECTION 4 - SERVICE REQUESTED", "", "", ""],
    ["CPT / HCPCS", "<b>76390</b>", "Description", "MR spectroscopy (brain), multivoxel + SV"],
    ["Units", "1", "Contrast", O + " w/o  " + X + " with (performed w/ MRI)"],
    ["ICD-10 primary", "C71.1  Malignant neoplasm of frontal lobe", "ICD-10 secondary", "Z92.3  Personal hx of irradiation; R90.89"],
], col_widths=[1.45 * inch, 2.35 * inch, 1.25 * inch, 1.95 * inch],
   spans=[((0, 0), (3, 0)), ((0, 4), (3, 4)), ((0, 8), (3, 8)), ((0, 11), (3, 11))],
   header_rows=[0, 4, 8, 11])
d.sp(8)
d.form([
    ["SECTION 5 - CLINICAL INDICATION (check all that apply)", ""],
    [O + " Grading of primary glial neoplasm (high vs low grade)", O + " Neonatal hypoxic-ischemic encephalopathy"],
    [X + " Tumor recurrence / progression vs radiation necrosis / treatment effect", O + " Metabolic disorder (mitochondrial, inborn error)"],
    [O + " Intra-axial brain tumor characterization", O + " Inherited metabolic d/o / leukodystrophy"],
    [O + " Post-treatment surveillance, known brain tumor", O + " Other: ____________________"],
    ["SECTION 6 - PRIOR IMAGING / SAFETY", ""],
    ["Conventional imaging: MRI brain w/wo + perfusion 03/03/2026 - indeterminate (see report)", "Prior MRS of same region?  " + X + " Yes  " + O + " No    Date: 11/28/2025 (pre-op)"],
    ["Prior MRS within last 3 months?  " + O + " Yes  " + X + " No", "Treatment since prior study?  " + X + " Yes  " + O + " No  (GTR 12/2/25, chemoRT 12/22/25-2/3/26)"],
    ["Claustrophobia requiring sedation?  " + O + " Yes  " + X + " No", "Pregnant?  " + O + " Yes  " + O + " No  " + X + " N/A"],
    ["Renal impairment (eGFR &lt;30) / gadolinium contraindication?  " + O + " Yes  " + X + " No", "Implanted device / pacemaker?  " + O + " Yes  " + X + " No"],
    ["SECTION 7 - ATTESTATION", ""],
    ["Ordering provider signature: <i>P. Ramanathan MD</i> (e-signed)", "Date of request: <b>03/05/2026</b>"],
], col_widths=[3.5 * inch, 3.5 * inch],
   spans=[((0, 0), (1, 0)), ((0, 5), (1, 5)), ((0, 10), (1, 10))], header_rows=[0, 5, 10])
d.sp(6)
d.p("""Brief clinical summary (or attach notes): 58 y/o M w/ R frontal GBM, IDH-wt, s/p GTR 12/2/25,
completed XRT 60 Gy/30 fx + concurrent TMZ on 2/3/26. First post-chemoRT MRI 3/3/26 (~4 wks after
completion) w/ new nodular enhancement at the resection margin inside the high-dose field; c/f
pseudoprogression vs early progression. New L hand clumsiness + worsening HA. MRS requested to help
distinguish tumor from treatment effect. See attached.""", "small")

# ------------------------------------------------------------------ 3 current MRI
d = pk.doc("03_MRI_brain_2026-03-03.pdf", "LAKESHORE IMAGING - DEPARTMENT OF RADIOLOGY",
           PTHDR, footer_note="Final report. Printed 03/05/2026 08:12 by JORTIZ")
d.kv([("Patient", "HALVERSEN, MARK D      Sex: M      DOB: 07/14/1967"),
      ("Acc #", "LI-26-0303-1184      MRN: LCI-00482917"),
      ("Exam", "MRI BRAIN WITH AND WITHOUT CONTRAST, WITH DSC PERFUSION  (CPT 70553)"),
      ("Date of exam", "03/03/2026 07:40"),
      ("Ordering", "Priya Ramanathan, MD"),
      ("Reading", "Samuel K. Ibekwe, MD - Neuroradiology")])
d.section("HISTORY", """58-year-old man with right frontal glioblastoma, IDH-wildtype (CNS WHO grade 4, MGMT
unmethylated), s/p gross total resection 12/02/2025, completed radiation therapy 60 Gy in 30 fractions
with concurrent temozolomide on 02/03/2026. First post-chemoradiation baseline. New mild left hand
clumsiness per referring note.""")
d.section("COMPARISON", """MRI brain 12/03/2025 (immediate postoperative). MRI brain with MR spectroscopy
11/28/2025 (preoperative).""")
d.section("TECHNIQUE", """Multiplanar multisequence MRI of the brain at 3T before and after 0.1 mmol/kg
gadobutrol: sagittal 3D T1, axial T2, axial and 3D FLAIR, DWI/ADC, SWI, post-contrast 3D T1 MPRAGE.
Dynamic susceptibility contrast perfusion with preload; rCBV maps generated on the vendor workstation
and normalized to contralateral normal-appearing white matter. No MR spectroscopy was performed with
this exam. eGFR on file 94 mL/min/1.73m2 (03/02/2026). No immediate complications.""")
d.section("FINDINGS", """Postsurgical changes of right frontal craniotomy. The right frontal resection cavity measures
3.6 x 2.9 cm, slightly decreased from 12/03/2025, with expected evolution of blood products.

There is NEW nodular and thick curvilinear enhancement along the posterior and medial margins of the
resection cavity measuring approximately 1.9 x 1.4 x 1.6 cm (series 14, image 88), not present on the
12/03/2025 postoperative study. The enhancement is entirely within the region that received the
prescription dose per the radiation plan provided by radiation oncology (no enhancement beyond the
high-dose field). No new enhancing lesion elsewhere. No subependymal or leptomeningeal enhancement.

Surrounding T2/FLAIR hyperintensity has increased, extending into the right centrum semiovale and the
genu of the corpus callosum, with mild local mass effect on the right frontal horn. Midline shift 2 mm
(previously none).

DWI: no restricted diffusion within the enhancing tissue. SWI: postoperative hemosiderin along the
cavity; no new hemorrhage.

Perfusion: heterogeneous rCBV within the enhancing component, maximal normalized rCBV 1.7-2.1, which
falls in the overlap range between treatment-related change and tumor. Small focus of rCBV ~2.4
medially, limited by adjacent susceptibility.

Ventricles otherwise stable. No hydrocephalus. No acute infarct. Orbits and sinuses unremarkable.""")
d.section("IMPRESSION", """1. New nodular enhancement and increased FLAIR signal along the posterior/medial resection
margin, confined to the high-dose radiation field, on this first MRI obtained approximately 4 weeks after
completion of chemoradiation (within 12 weeks). Findings are INDETERMINATE: early tumor progression
versus pseudoprogression / treatment-related change. Perfusion is equivocal (rCBV in overlap range).
Not c/w a new distant lesion.
2. Per RANO, progression should not be declared on this study alone. MR spectroscopy of the enhancing
margin and/or short-interval follow-up MRI are recommended for further characterization.
3. No hemorrhage or hydrocephalus. 2 mm leftward midline shift.

Findings discussed with Dr. Ramanathan by telephone 03/03/2026 at 11:05.""")
d.signature(["Samuel K. Ibekwe, MD", "Neuroradiology, Lakeshore Imaging", "Signed 03/03/2026 10:58"])

# ------------------------------------------------------------------ 4 prior imaging
d = pk.doc("04_prior_imaging_reports.pdf", "LAKESHORE IMAGING - DEPARTMENT OF RADIOLOGY",
           PTHDR, footer_note="Outside copy - prior reports. Printed 03/05/2026 08:14")
d.kv([("Exam", "MRI BRAIN W/WO CONTRAST WITH MR SPECTROSCOPY (CPT 70553, 76390)"),
      ("Date of exam", "11/28/2025 16:20       Acc # LI-25-1128-0440"),
      ("Ordering", "Tomas Werner, MD - Neurosurgery"),
      ("Reading", "Lucia Brandt-Okafor, MD")])
d.section("HISTORY", """58 yo M, new focal seizure (L face and hand) 11/21/25 and 2 wks headache. CT head at
outside ED showed right frontal mass. Pre-operative planning. Grading requested.""")
d.section("COMPARISON", "CT head without contrast 11/21/2025 (outside, images reviewed).")
d.section("TECHNIQUE", """Standard brain tumor protocol at 3T with gadolinium. Single-voxel PRESS (TE 35 and
TE 144) over the enhancing rim and multivoxel CSI through the lesion.""")
d.section("FINDINGS", """4.1 x 3.6 x 3.8 cm heterogeneously enhancing right frontal mass with thick irregular rim and
central necrosis, surrounding vasogenic edema, 4 mm leftward midline shift. Extension across the genu is
not seen. DWI: restriction in the solid nodular portions.

MRS: markedly elevated choline with reduced NAA in the enhancing rim and in the adjacent
non-enhancing T2 signal (Cho/NAA up to 3.8; Cho/Cr 2.9). Prominent lipid-lactate peak in the necrotic
center. Elevated Cho extends ~1 cm beyond the enhancing margin, consistent with infiltrative tumor.""")
d.section("IMPRESSION", """Right frontal necrotic enhancing mass. Spectroscopic pattern favors a HIGH-GRADE glial
neoplasm over low-grade glioma; metastasis considered less likely given peritumoral choline elevation.
Tissue diagnosis recommended.""")
d.signature(["Lucia Brandt-Okafor, MD", "Signed 11/28/2025 18:41"])
d.sp(6)
d.p("-" * 120, "small")
d.kv([("Exam", "MRI BRAIN WITH AND WITHOUT CONTRAST (CPT 70553) - POSTOPERATIVE"),
      ("Date of exam", "12/03/2025 06:15       Acc # LI-25-1203-0092"),
      ("Ordering", "Tomas Werner, MD"),
      ("Reading", "Samuel K. Ibekwe, MD")])
d.section("HISTORY", "POD 1 s/p right frontal craniotomy for tumor resection 12/2/25. Assess extent of resection.")
d.section("COMPARISON", "11/28/2025.")
d.section("FINDINGS", """Expected postoperative changes of right frontal craniotomy with resection cavity containing
blood products and fluid. Thin linear enhancement along the cavity margin, corresponding to intrinsic T1
hyperintense blood products on precontrast images - no nodular enhancement. Small area of restricted
diffusion along the posterior margin c/w postoperative ischemia (expected to enhance on follow-up).
Pneumocephalus. Residual vasogenic edema.""")
d.section("IMPRESSION", """1. No residual enhancing tumor; findings c/w gross total resection.
2. Small periresectional area of restricted diffusion posteriorly, likely postsurgical infarct; may show
enhancement on subsequent studies - do not mistake for tumor.""")
d.signature(["Samuel K. Ibekwe, MD", "Signed 12/03/2025 08:02"])

# ------------------------------------------------------------------ 5 clinic note (two columns)
d = pk.doc("05_neuro_onc_clinic_note_2026-03-04.pdf", "LAKESHORE CANCER INSTITUTE - NEURO-ONCOLOGY",
           PTHDR, footer_note="Visit 03/04/2026  |  Author: Ramanathan, Priya MD  |  Status: Signed", size=9.5,
           first="two")
d.kv([("Date of service", "Mar 4, 2026"), ("Visit type", "Est. pt, f/u (post chemoRT)"),
      ("Provider", "Priya Ramanathan, MD"), ("Referring", "Tomas Werner, MD (NSGY)")],
     col_widths=(1.1 * inch, 2.2 * inch))
d.section("CHIEF COMPLAINT", "F/u GBM, review 1st post-chemoRT MRI.")
d.section("HPI", """Mr. Halversen is a 58 y/o RH man w/ R frontal GBM, IDH-wildtype, MGMT promoter unmethylated,
EGFR amplified, TERT promoter mutated, dx after new focal sz 11/21/25. Pre-op MRI w/ spectroscopy at
Lakeshore ~3 mo ago. s/p R frontal craniotomy + GTR 12/2/25 (Dr. Werner); post-op MRI c/w GTR. Completed
XRT 60 Gy/30 fx w/ concurrent TMZ 75 mg/m2 (12/22/25 - 2/3/26), tolerated well apart from fatigue and
grade 1 thrombocytopenia. Dexamethsone tapered off 1/15/26.

Today he reports HA increasing over the last ~10 days, now daily, bifrontal, worse in the AM, 4-5/10,
partially relieved w/ acetaminophen. Wife has noticed he "fumbles" with his L hand - dropping his fork,
trouble buttoning. This is new since his last visit. More fatigue. No new seizures since 12/2025 on
Keppra. No N/V, no vision change, no speech difficulty.

MRI brain 3/3/26 (reviewed w/ neuroradiology at tumor board this AM): new nodular enhancement along
post/medial cavity margin 1.9 cm, within the 60 Gy field, increased FLAIR, rCBV equivocal (1.7-2.1).
Read as indeterminate - progression vs psuedoprogression.

<i>Interval hx (copied from 02/03/2026 visit): Completed XRT today. Tolerated well. No new neuro sx.
Neuro exam stable. Plan adjuvant TMZ after 4 wk break, MRI at ~4 wks.</i>""")
d.section("PMH", """- GBM as above
- Focal epilepsy 2/2 tumor
- HTN, HLD
- OSA on CPAP
- h/o AKI 2019 (dehydration after half-marathon), resolved, Cr at baseline
- R knee arthroscopy 2012""")
d.section("MEDICATIONS", """levetiracetam 500 mg BID; amlodipine 5 mg daily; atorvastatin 20 mg; famotidine 20 mg BID;
ondansetron 8 mg PRN; acetaminophen PRN. Dexamethasone was tapered off 1/15/26 - RESTARTED today (see
plan). Adjuvant TMZ not yet started.""")
d.section("ALLERGIES", "Sulfa (rash).")
d.section("FAMILY HISTORY", """Sister - breast ca w/ brain mets, deceased 2021 (age 54). Father - CAD, CABG at 66. Mother -
T2DM, alive 84. No FH of glioma or other primary brain tumor.""")
d.section("SOCIAL HISTORY", """Married, 2 adult children. CPA (working reduced hours). Former smoker 10 pk-yr, quit 2005. Social
EtOH, none since dx. Not driving (sz precautions).""")
d.section("ROS", """+ HA, + fatigue, + L hand clumsiness. Negative for fever, chills, wt loss, visual changes, diplopia,
dysphagia, speech difficulty, bowel/bladder sx. Denies claustrophobia - has done 4 MRIs w/o sedation.
All other systems reviewed and negative.""")
d.section("EXAM", """BP 138/84  HR 76  T 36.7  Wt 91.2 kg  KPS 80
Well-healed R frontal incision, no erythema/drainage.
MS: A&Ox3, fluent, naming/repetition intact. Mild psychomotor slowing.
CN II-XII intact, no papilledema on fundoscopy.
Motor: subtle L pronator drift (new vs 2/3/26). L grip 4+/5, L finger taps slowed. Otherwise 5/5.
Sensory intact. Reflexes 2+ sym, L Hoffmann equivocal. Gait: narrow-based, normal tandem.""")
d.section("LABS", """03/02/2026: WBC 4.1, ANC 2.9, Hgb 13.2, plt 142 (was 118 on 1/27). BMP: Na 139, K 4.2, Cr 0.92,
eGFR 94. LFTs wnl.""")
d.section("ASSESSMENT AND PLAN", """58 y/o M w/ R frontal GBM IDH-wt, MGMT unmethylated, s/p GTR and standard chemoRT completed
2/3/26, now w/ new enhancement in the RT field on 1st post-chemoRT MRI (~4 wks post completion) plus new
mild L hand weakness and worsening HA.

1. GBM - new enhancement, within 12 wks of chemoRT. Per RANO, cannot call PD w/o enhancement outside the
80% isodose line or pathology. DDx pseudoprogression (more likely given timing; though MGMT unmethylated
lowers the probability) vs early true progression. Perfusion equivocal. Discussed at tumor board 3/4:
recommend MR spectroscopy (CPT 76390) of the enhancing margin to help differentiate.
  - Results will change mgmt: if MRS c/w tumor (Cho/NAA, Cho/Cr elevation) -> consider re-resection vs
    trial enrollment; if c/w treatment effect -> continue adjuvant TMZ, repeat MRI in 4-6 wks.
  - If MRS is nondiagnostic, would consider stereotactic biopsy.
  - Start adjuvant TMZ C1 (150 mg/m2 D1-5) 3/9/26 as planned - do not hold for MRS.
2. Vasogenic edema / HA - restart dexamethasone 2 mg BID w/ famotidine; lowest dose, re-taper when able.
3. Seizures - continue levetiracetam 500 BID, seizure-free since 12/25.
4. Thrombocytopenia - plt recovering, CBC weekly during TMZ.
5. No contraindication to gadolinium; renal fxn normal.

RTC 1 wk after MRS or sooner. Pt and wife agree with plan; all questions answered.""")
d.signature(["Priya Ramanathan, MD - Neuro-Oncology", "Lakeshore Cancer Institute", "e-signed 03/04/2026 17:32"])

# ------------------------------------------------------------------ 6 LMN
d = pk.doc("06_letter_of_medical_necessity.pdf", "LAKESHORE CANCER INSTITUTE - NEURO-ONCOLOGY",
           "2250 N. Clark St, Suite 900, Chicago IL 60614  |  (312) 555-0180")
d.p("March 5, 2026")
d.p("""Cohere Health - Utilization Management<br/>Attn: Imaging Prior Authorization / Medical Director""")
d.p("<b>RE: Letter of medical necessity - MR spectroscopy of the brain (CPT 76390)</b><br/>"
    "Patient: Mark D. Halversen   DOB: 07/14/1967   Member ID: COH-88213407-01<br/>"
    "Dx: C71.1 glioblastoma, right frontal lobe; Z92.3")
d.p("To whom it may concern,")
d.p("""I am writing to request authorization of MR spectroscopy (MRS) of the brain for my patient, Mr.
Halversen, a 58-year-old man with a right frontal glioblastoma, IDH-wildtype, CNS WHO grade 4, MGMT promoter
unmethylated. He underwent gross total resection on 12/02/2025 and completed standard radiation (60 Gy in
30 fractions) with concurrent temozolomide on 02/03/2026.

His first post-chemoradiation MRI on 03/03/2026, obtained about four weeks after completion of therapy,
shows new nodular enhancement and increased FLAIR signal at the resection margin, entirely within the
high-dose radiation field. The neuroradiologist read the study as indeterminate for early tumor
progression versus pseudoprogression/treatment effect, and DSC perfusion was equivocal. Clinically he has
new mild left hand weakness and worsening headaches, for which dexamethasone was restarted on 03/04/2026.

Within 12 weeks of chemoradiation, RANO criteria do not allow progression to be declared on conventional
MRI alone. The NCCN Guidelines for Central Nervous System Cancers list MR spectroscopy among the advanced
imaging techniques that may help distinguish treatment effect from tumor recurrence, and our
multidisciplinary tumor board recommended MRS on 03/04/2026. The result will directly affect management:
a tumor-predominant spectrum would prompt consideration of re-resection or clinical-trial enrollment,
whereas a treatment-effect pattern would support continuing adjuvant temozolomide with short-interval
imaging and would spare him an unnecessary operation.

His only prior MR spectroscopy was the pre-operative study of 11/28/2025, done for grading before surgery;
he has since had resection and a full course of chemoradiation, and no spectroscopy has been performed
since treatment. He has no contraindication to MRI or gadolinium (normal renal function, no implanted
devices, no claustrophobia).""")
d.p("Thank you for your prompt review. Please contact my office with any questions.")
d.signature(["Priya Ramanathan, MD", "Neuro-Oncology, Lakeshore Cancer Institute", "NPI 1487623095",
             "Signed 03/05/2026"])

n = pk.build()
assert n == 8, n
print(CASE, "pages:", n)
