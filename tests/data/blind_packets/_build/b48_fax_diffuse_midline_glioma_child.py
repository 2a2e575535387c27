import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from b46_helpers import BOX_O, BOX_X, Packet, inch  # noqa: E402

CASE = "b48_fax_diffuse_midline_glioma_child"
OUT = "/tmp/blind5/" + CASE

PT = "LINDQVIST-ODUYA, AMARA J"
DOB = "03/11/2008"
PTHDR = "%s  DOB %s  MRN SBC-0061274" % (PT, DOB)
TOTAL_PAGES = 6

pk = Packet(OUT, fax_dt="03/12/2026 08:03", fax_from_num="(216) 555-0144",
            fax_from_name="ST BRIGID CHILDRENS PEDS NEURO-ONC")
X, O = BOX_X, BOX_O

# ------------------------------------------------------------------ 1 fax cover
d = pk.doc("01_fax_cover.pdf", "ST. BRIGID CHILDREN'S HOSPITAL", "Pediatric Neuro-Oncology  |  Fax cover",
           footer_note="Confidential health information enclosed", base_font="DJ", size=9.5)
d.title("<b>FACSIMILE</b>")
d.form([
    ["Date:", "3/12/2026", "Total pages:", "%d" % TOTAL_PAGES],
    ["To:", "Cohere Health - Prior Auth (Imaging)", "From:", "Tess Abernathy, RN care coordinator"],
    ["Fax #:", "1-857-555-0142", "Callback:", "(216) 555-0140"],
    ["Subject:", "MRS brain request - Amara Lindqvist-Oduya (DOB 3/11/2008) - 2nd fax, adding LMN", "", ""],
], col_widths=[0.9 * inch, 2.6 * inch, 1.0 * inch, 2.5 * inch], spans=[((1, 3), (3, 3))])
d.sp(10)
d.p("""Hello - this is a re-send of the request we faxed on 03/09 with the LMN (dated 3/10) added. Pt's
MRI w/ spectroscopy is booked for 3/16/2026 at St. Brigid. Pt turns 18 this week, still followed in
peds neuro-onc. Please call with auth # or questions.""")
d.sp(10)
d.p("""IMPORTANT: This message is intended only for the addressee and may contain information that is
privileged, confidential and exempt from disclosure under applicable law. If you are not the intended
recipient please notify us by telephone and destroy this fax.""", "small")

# ------------------------------------------------------------------ 2 request form
d = pk.doc("02_imaging_prior_auth_request.pdf", "ADVANCED IMAGING - PRIOR AUTHORIZATION REQUEST",
           "St. Brigid Children's Hospital - Radiology Scheduling", footer_note="Fax completed form to payer. Keep copy in chart.",
           base_font="DJ", size=9)
d.form([
    ["MEMBER", "", "", ""],
    ["Patient name", "Lindqvist-Oduya, Amara J.", "DOB", "03/11/2008"],
    ["Sex", "F", "Member ID", "NEO-227190455-02 (subscriber: parent)"],
    ["Guardian", "Karin Lindqvist (mother) (216) 555-7710", "Plan", "Northcoast Family HMO"],
    ["ORDERING PROVIDER", "", "", ""],
    ["Provider", "Helena Marsh-Varga, MD", "Specialty", "Pediatric Hematology/Oncology - Neuro-Onc"],
    ["NPI", "1356790214", "Phone / Fax", "(216) 555-0140 / (216) 555-0144"],
    ["REQUESTED SERVICE", "", "", ""],
    ["CPT code(s)", "<b>76391</b>", "Description", "MR spectroscopy, brain (with MRI brain w/wo, separately ordered)"],
    ["ICD-10", "C71.0, Z92.3", "Dx", "Diffuse midline glioma, H3 K27-altered, L thalamus; hx of RT"],
    ["Place of service", "St. Brigid Children's - MRI 2 (3T)", "Requested DOS", "03/16/2026"],
    ["Priority", O + " Urgent (72h)   " + X + " Standard", "Anesthesia / sedation", "Y/N: N  (tolerates awake)"],
], col_widths=[1.3 * inch, 2.3 * inch, 1.2 * inch, 2.2 * inch],
   spans=[((0, 0), (3, 0)), ((0, 4), (3, 4)), ((0, 7), (3, 7))], header_rows=[0, 4, 7])
d.sp(8)
d.form([
    ["INDICATION (tick)", "", ""],
    [X + "  Known brain tumor, post-treatment: progression vs pseudoprogression / radiation effect", "", ""],
    [O + "  Glioma grading", "", ""],
    [O + "  Neonatal hypoxic-ischemic encephalopathy", "", ""],
    [O + "  Suspected metabolic / mitochondrial disorder, leukodystrophy", "", ""],
    ["PRIOR STUDIES", "", ""],
    ["MRI brain w/wo + perfusion", "03/02/2026", "Increased size + new enhancement L thalamus - indeterminate"],
    ["MRI brain w/ MRS", "12/09/2025", "Post-RT baseline"],
    ["Last treatment", "RT 54 Gy completed 11/14/25; ONC201 since 12/15/25", ""],
    ["SAFETY SCREEN", "", ""],
    ["Pregnant (if applicable)", "Y/N: N", "urine hCG neg 3/2/26"],
    ["Renal dz / eGFR &lt; 30", "Y/N: N", ""],
    ["Claustrophobia", "Y/N: N", ""],
    ["Implants", "Y/N: N", "s/p ETV - no shunt/valve"],
], col_widths=[1.9 * inch, 2.5 * inch, 2.6 * inch],
   spans=[((0, 0), (2, 0)), ((0, 1), (2, 1)), ((0, 2), (2, 2)), ((0, 3), (2, 3)), ((0, 4), (2, 4)),
          ((0, 5), (2, 5)), ((1, 8), (2, 8)), ((0, 9), (2, 9))],
   header_rows=[0, 5, 9])
d.sp(8)
d.form([
    ["Ordering provider signature", "<i>H. Marsh-Varga MD</i>", "Date of request:", "03/09/2026"],
    ["Completed by", "T. Abernathy RN", "Date faxed", "3/9/26; re-sent 3/12/26"],
], col_widths=[1.7 * inch, 1.9 * inch, 1.3 * inch, 2.1 * inch])

# ------------------------------------------------------------------ 3 current MRI
d = pk.doc("03_MRI_brain_2026-03-02.pdf", "ST. BRIGID CHILDREN'S - PEDIATRIC RADIOLOGY", PTHDR,
           footer_note="FINAL  |  Acc SB26-030201  |  Printed 3/9/2026")
d.kv([("Exam", "MRI BRAIN WITHOUT AND WITH CONTRAST, DSC PERFUSION (70553)"),
      ("Date", "2026-03-02 13:30"), ("Age/Sex", "17 Y / F"),
      ("Ordering", "Helena Marsh-Varga, MD"), ("Radiologist", "Owen Castellano-Reyes, MD (Pediatric Neuroradiology)")])
d.section("HISTORY", """17 y/o F with left thalamic diffuse midline glioma, H3 K27-altered (bx 08/28/2025), s/p ETV,
focal RT 54 Gy completed 11/14/2025, on ONC201. Two weeks of worsening right-sided weakness and
morning headaches.""")
d.section("COMPARISON", "12/09/2025 (MRI with MRS), 09/22/2025 (pre-RT planning), 08/26/2025 (diagnostic).")
d.section("TECHNIQUE", """3T. Sagittal 3D T1, axial T2, 3D FLAIR, DWI, SWI, DSC perfusion with gadobutrol, post-contrast 3D
T1. No spectroscopy performed today (not ordered).""")
d.section("FINDINGS", """Left thalamic expansile T2/FLAIR hyperintense mass now measures 3.9 x 3.3 x 3.5 cm (previously
2.8 x 2.5 x 2.7 cm on 12/09/2025 and 3.4 x 3.0 x 3.2 cm at diagnosis), extending into the left
cerebral peduncle and posterior limb of the internal capsule, with increased mass effect on the third
ventricle.

New patchy and partly ring-like enhancement centrally, 1.6 x 1.2 cm; previously there was no
enhancement. Small central area of T2 hyperintensity/necrosis. DWI: no significant restriction (ADC
similar to prior). SWI: a few punctate new foci of susceptibility, possibly microhemorrhage.

Perfusion: rCBV heterogeneous, predominantly low to intermediate (max ~1.5 vs contralateral thalamus).
The findings are within the radiation field.

Third ventriculostomy flow void present; ventricles stable in size, no hydrocephalus. No
leptomeningeal or spinal drop disease visualized on the included upper cervical cord. No new lesions.""")
d.section("IMPRESSION", """1. Interval enlargement of the left thalamic DMG with new central enhancement/necrosis 3.5 months
after completion of radiation. Differential: pseudoprogression (treatment-related change, described in
up to ~1/3 of DMG/DIPG within 6 months of RT) versus true tumor progression. Imaging is indeterminate;
perfusion is not elevated, which slightly favors treatment effect but is not definitive.
2. Comparison with the 12/09/2025 baseline MR spectroscopy is suggested for further characterization.
3. Patent ETV. No hydrocephalus.""")
d.signature(["Owen Castellano-Reyes, MD", "Signed 03/02/2026 17:21"])

# ------------------------------------------------------------------ 4 prior MRI + MRS (and diagnostic excerpt)
d = pk.doc("04_prior_MRI_MRS_2025-12-09_and_diagnostic.pdf", "ST. BRIGID CHILDREN'S - PEDIATRIC RADIOLOGY",
           PTHDR, footer_note="FINAL  |  Acc SB25-120914  |  Printed 3/9/2026")
d.kv([("Exam", "MRI BRAIN W/WO CONTRAST WITH MR SPECTROSCOPY (70553, 76390)"),
      ("Date", "9 Dec 2025 09:10"), ("Age/Sex", "17 Y / F"), ("Radiologist", "Priscilla Nwankwo-Hale, MD")])
d.section("HISTORY", "DMG L thalamus, first post-RT MRI (RT completed 11/14/25). Baseline spectroscopy prior to ONC201.")
d.section("COMPARISON", "09/22/2025, 08/26/2025.")
d.section("TECHNIQUE", "Standard tumor protocol at 3T with gadolinium. Multivoxel CSI (TE 144) and SV PRESS (TE 35) through the L thalamic lesion.")
d.section("FINDINGS", """L thalamic T2/FLAIR hyperintense mass decreased to 2.8 x 2.5 x 2.7 cm. No enhancement. No
hydrocephalus; ETV patent.

MRS: within the lesion Cho/NAA 2.4, Cho/Cr 1.9, NAA moderately reduced. Elevated myo-inositol at
short TE. Small lactate doublet at 1.33 ppm inverting at TE 144. No lipid peak. Contralateral thalamus
normal spectrum.""")
d.section("IMPRESSION", """1. Decreased size of L thalamic DMG after radiation - expected treatment response.
2. MRS: elevated Cho/NAA with mild lactate, c/w known glial neoplasm; serves as post-RT baseline for
future comparison.""")
d.signature(["Priscilla Nwankwo-Hale, MD", "Signed 12/09/2025 14:02"])
d.sp(6)
d.p("-" * 110, "small")
d.p("<b>EXCERPT - DIAGNOSTIC MRI 08/26/2025 (impression only)</b>")
d.p("""Expansile non-enhancing T2 hyperintense L thalamic mass 3.4 cm with obstructive hydrocephalus.
Appearance most c/w diffuse midline glioma. High-grade vs low-grade cannot be determined by imaging;
H3 K27M status requires tissue. Recommend neurosurgical consultation.""")
d.p("<b>PATHOLOGY 08/28/2025 (SBC-S25-4471), stereotactic bx L thalamus:</b> Diffuse midline glioma, "
    "H3 K27-altered (H3 K27M mutant by IHC, H3K27me3 loss), CNS WHO grade 4. TP53 mutated; ATRX retained.")

# ------------------------------------------------------------------ 5 clinic note (two columns)
d = pk.doc("05_peds_neuro_onc_note_2026-03-06.pdf", "ST. BRIGID - PEDIATRIC NEURO-ONCOLOGY", PTHDR,
           footer_note="Progress note | Marsh-Varga, Helena MD | 6-Mar-2026 | signed", size=9.3, first="two")
d.kv([("Visit date", "03/06/2026"), ("Visit", "Return, urgent add-on"), ("Age", "17 y 11 mo"),
      ("Accompanied by", "mother")], col_widths=(1.1 * inch, 2.2 * inch))
d.section("CC", "Worsening R-sided weakness, AM headaches x 2 wks.")
d.section("HPI", """Amara is a 17 y/o F with L thalamic diffuse midline glioma, H3 K27-altered (WHO gr 4), dx Aug 2025
after 3 wk of HA, vomiting and R hand clumsiness; obstructive hydrocephalus s/p ETV + stereotactic bx
8/28/25. Focal RT 54 Gy/30 fx 10/6/25 - 11/14/25. Post-RT MRI + MRS 12/9/25 w/ decreased size. Started
ONC201 (dordaviprone) 625 mg PO once weekly on 12/15/25, tolerating well (mild fatigue).

Over the past 2 wks: R leg "dragging" on stairs, R hand weaker (can't hold her phone steadily), new R
hand action tremor, and headaches on waking, 6/10, improving by noon. One episode of emesis last week.
No diplopia. No seizures. School performace declining - missing classes due to fatigue.

MRI 3/2/26 (reviewed): enlargement of thalamic mass w/ new central enhancement, rCBV not elevated -
pseudoprogression vs true progression, per radiology indeterminate.

<i>Interval hx (from 12/19/25 note): "Doing well after RT. No new sx. Neuro exam stable - mild R
pronator drift only. Start ONC201."</i>""")
d.section("PMH", """- DMG as above; obstructive hydrocephalus s/p ETV 8/28/25 (no shunt)
- Born at 37 wk by emergent C/S for placental abruption; neonatal HIE (moderate, Sarnat II), s/p
therapeutic hypothermia (TH) x72h in NICU. MRI at 10 days: mild watershed injury. Met all milestones,
no CP, no epilepsy. Honors student prior to dx.
- Steroid-induced hyperglycemia 9/2025 - resolved off dex
- Anxiety (mild), managed w/ counseling""")
d.section("MEDS", """ONC201 625 mg PO q week (Mondays), ondansetron PRN, melatonin 3 mg qHS. No dex since 10/2025.""")
d.section("ALLERGIES", "NKDA")
d.section("FAMILY HISTORY", """Maternal first cousin (age 24) w/ MELAS (m.3243A&gt;G) - strokelike episodes, hearing loss.
Maternal grandmother - breast ca at 62. Father - HTN. No FH of brain tumors, Li-Fraumeni eval neg
(germline TP53 neg 10/2025).""")
d.section("SOCIAL", "Lives w/ mother and younger brother. 12th grade, plans college in fall. Not sexually active per confidential hx. No vaping/EtOH.")
d.section("ROS", """+ HA, fatigue, R-sided weakness, tremor, 1x emesis. Neg for fever, vision loss, diplopia,
hearing loss, dysphagia, seizures, urinary sx. Mild scanner anxiety - uses music; has done all MRIs
awake since age 12, no sedation needed.""")
d.section("EXAM", """Wt 58.4 kg, BP 112/70, HR 84. Lansky/KPS 70 (was 90 in Dec).
Alert, appropriate, speech fluent. Fundi: no papilledema. CN: mild R lower facial weakness (new). EOM
full. Motor: R UE 4/5 (was 5-/5), R LE 4+/5, R pronator drift. Mild R action tremor and dysmetria. R
hyperreflexia 3+, R Babinski. Gait: circumducting R, needs hand-hold on stairs.""")
d.section("LABS", "3/2/26: CBC wnl. Cr 0.6. LFTs wnl. Urine hCG neg (MRI screening).")
d.section("ASSESSMENT / PLAN", """17 y/o F w/ L thalamic DMG H3 K27-altered, 3.5 mo post RT, on ONC201, now w/ clinical
worsening (R hemiparesis, tremor, AM HA) and radiographic enlargement w/ new enhancement. DDx
pseudoprogression vs true progression - important distinction, as true PD would mean stopping ONC201
and considering re-irradiation or a phase I trial, whereas pseudoprogression would mean continuing
ONC201 +/- steroids / bevacizumab for symptoms.

1. Repeat MR spectroscopy for direct comparison w/ 12/9/25 baseline (Cho/NAA trend, lipid/lactate) -
   request PA; will be done w/ repeat MRI on 3/16.
2. Dexamethasone 2 mg BID x 5 d then reassess (start today). GI ppx.
3. If MRS and course favor progression -> tumor board re: re-RT / trial; if pseudoprogression, continue
   ONC201 and repeat MRI in 4-6 wks.
4. PT/OT referral. School letter.
5. Transition planning - pt turns 18 on 3/11; will remian in peds neuro-onc per our AYA policy.

Discussed w/ pt and mother; both agree.""")
d.signature(["Helena Marsh-Varga, MD", "Pediatric Neuro-Oncology, St. Brigid Children's Hospital",
             "Signed 03/06/2026 18:10"])

# ------------------------------------------------------------------ 6 LMN
d = pk.doc("06_letter_of_medical_necessity_2026-03-10.pdf", "ST. BRIGID CHILDREN'S HOSPITAL",
           "Division of Pediatric Hematology/Oncology  |  Neuro-Oncology Program", footer_note="LMN | Lindqvist-Oduya, A.")
d.p("10 March 2026")
d.p("Cohere Health - Imaging Utilization Review")
d.p("<b>Re: Amara J. Lindqvist-Oduya, DOB 03/11/2008 - request for MR spectroscopy of the brain (CPT 76390)</b>")
d.p("""To the reviewing physician:

I am writing on behalf of my patient, a 17-year-old young woman with a left thalamic diffuse midline
glioma, H3 K27-altered (CNS WHO grade 4), diagnosed by stereotactic biopsy on 08/28/2025. She completed
focal radiation therapy (54 Gy) on 11/14/2025 and has received ONC201 (dordaviprone) weekly since
12/15/2025.

Her MRI of 03/02/2026 shows enlargement of the tumor with new central enhancement, which the
neuroradiologist considers indeterminate for pseudoprogression versus true progression. Over the past
two weeks she has developed worsening right hemiparesis, a new right-sided tremor, new right facial
weakness and morning headaches. Her baseline post-radiation MR spectroscopy was performed on
12/09/2025; since then she has started ONC201 and has clinically worsened.

To our knowledge there are no established guidelines (including NCCN or RAPNO) that specifically address
MR spectroscopy for distinguishing pseudoprogression from progression in H3 K27-altered diffuse midline
glioma on ONC201. A repeat MRS compared directly with her baseline will inform an immediate and
consequential decision: continuation of ONC201 versus discontinuation and referral for re-irradiation
or an early-phase trial.

She has normal renal function, is not pregnant, and tolerates MRI without sedation. Thank you for your
consideration.""")
d.signature(["Helena Marsh-Varga, MD", "Attending Physician, Pediatric Neuro-Oncology", "NPI 1356790214",
             "(216) 555-0140"])

n = pk.build()
assert n == TOTAL_PAGES, n
print(CASE, "pages:", n)
