import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from b35_faxlib import *
from reportlab.lib.units import inch

OUT = "/tmp/blind4/b37_fax_wrong_patient_page_in_packet"
BUILD = os.path.dirname(os.path.abspath(__file__))
os.makedirs(OUT, exist_ok=True)
BAN = "02/13/2026 11:27  CASCADE CHILDRENS NEURO  2065550133 -> COHERE UM 8885550199  P.{p:02d}/{t:02d}"
CC = "CASCADE CHILDREN'S HOSPITAL"
PT = "TRAN, MINH QUANG  |  DOB 02/10/2025  |  MRN CC-2290137"
p = Packet(f"{OUT}/tran_minh_PA_packet_fax_2026-02-13.pdf", BAN)

# ------------------------------------------------ 1 fax cover
fl = [P(CC + " - PEDIATRIC NEUROLOGY &amp; METABOLISM", "h1"),
      P("4800 Sand Point Way NE, Seattle WA 98105 · clinic 206-555-0130 · fax 206-555-0133", "small"),
      Spacer(1, 16), P("FAX COVER SHEET", "center"), Spacer(1, 8),
      form_table([["TO:", "Cohere Health - Prior Auth / Imaging", "FAX:", "1-888-555-0199"],
                  ["FROM:", "Lindsey Okamoto, RN - Dr. R. Lindholm's team", "PHONE:", "206-555-0136"],
                  ["DATE:", "Feb 13, 2026", "PAGES:", "6 (including cover)"],
                  ["PATIENT:", "Tran, Minh Q. - DOB 02/10/2025", "", ""]],
                 [0.9 * inch, 3.6 * inch, 0.8 * inch, 1.8 * inch], spans=[((1, 3), (3, 3))],
                 shade_cells=[((0, 0), (0, 3)), ((2, 0), (2, 2))]),
      Spacer(1, 10),
      *paras("""Re: MR spectroscopy brain, CPT 76390 - prior auth request

Enclosed:
 - PA request form (signed 2/12)
 - Neurology clinic note 2/5/26
 - Metabolic labs 1/28/26
 - Letter of medical necessity

OSH MRI (St. Brendan, 2/3/26) report still pending - will fax as soon as we receive it.
Anesthesia slot held for 2/20. Please call w/ questions."""),
      Spacer(1, 90),
      P("CONFIDENTIAL: The documents accompanying this facsimile contain confidential health information that is legally "
        "privileged. If you are not the intended recipient, you are hereby notified that any disclosure, copying, or "
        "distribution is strictly prohibited. Please notify us by telephone and destroy the documents.", "small")]
p.add_doc(fl, CC + "  |  FAX", "CCH-FAX-01")

# ------------------------------------------------ 2 PA form (bracket checkboxes)
cw = [1.55 * inch, 2.1 * inch, 1.3 * inch, 2.15 * inch]
rows = [
    [hdr("A. PATIENT"), "", "", ""],
    ["Patient name", "TRAN, MINH QUANG", "DOB", "02/10/2025"],
    ["Age", "12 mo", "Sex", "[ ] F  [X] M"],
    ["Member ID", "WAC-90311578-03", "Parent / guardian", "Lan Tran (mother) 206-555-0187"],
    [hdr("B. ORDERING PROVIDER"), "", "", ""],
    ["Name / specialty", "Rebecca Lindholm, MD - Child Neurology (Metabolism)", "NPI", "1265093381"],
    ["Address", "Cascade Children's Hospital, 4800 Sand Point Way NE, Seattle WA", "Phone / fax", "206-555-0130 / 206-555-0133"],
    [hdr("C. SERVICE REQUESTED"), "", "", ""],
    ["CPT", "76390 - MR spectroscopy", "Body region", "Brain"],
    ["Facility", "Cascade Children's Hospital MRI (3T)", "Requested DOS", "02/20/2026"],
    ["Anesthesia / sedation", "[X] Yes  [ ] No   (general anesthesia - age)", "Setting", "[X] OP  [ ] IP"],
    ["ICD-10", "E88.40  Mitochondrial metabolism disorder, unspecified<br/>"
               "R62.50  Unspecified lack of expected normal physiological development in childhood", "", ""],
    [hdr("D. CLINICAL QUESTIONS"), "", "", ""],
    ["Conventional imaging done?", "[X] Yes  [ ] No   Type/date: MRI brain w/o, 02/03/2026 (St. Brendan Regional - OSH)", "", ""],
    ["Conventional imaging inconclusive?", "[ ] Yes  [ ] No", "Report attached?", "[ ] Yes  [X] No - requested from OSH"],
    ["Indication", "[ ] Brain tumor (grading / recurrence vs necrosis / intra-axial / surveillance)<br/>"
                   "[ ] Neonatal hypoxic-ischemic encephalopathy<br/>"
                   "[X] Metabolic disorder - mitochondrial disease / inborn error (suspected)<br/>"
                   "[ ] Leukodystrophy / other inherited metabolic disorder", "", ""],
    ["Prior MRS of this region?", "[ ] Yes  [X] No", "Date", "n/a"],
    ["Claustrophobia?", "[ ] Yes  [X] No", "Pregnant?", "N/A"],
    ["Renal impairment?", "[ ] Yes  [X] No", "Contrast planned?", "[ ] Yes  [X] No"],
    [hdr("E. SIGNATURE"), "", "", ""],
    ["Ordering provider", "R. Lindholm MD", "Date of request", "02/12/2026"],
]
hrs = [0, 4, 7, 12, 19]
spans = [((0, r), (3, r)) for r in hrs] + [((1, r), (3, r)) for r in (11, 13, 15)]
shade = [((0, r), (0, r)) for r in range(len(rows)) if r not in hrs] + \
        [((2, r), (2, r)) for r in range(len(rows)) if r not in hrs + [11, 13, 15]]
fl = [P("ADVANCED IMAGING PRIOR AUTHORIZATION - PEDIATRIC", "h1"),
      P("Cohere Health · submit with clinical notes · fax 1-888-555-0199", "small"), Spacer(1, 6),
      form_table(rows, cw, spans=spans, shade_cells=shade, header_rows=hrs)]
p.add_doc(fl, "COHERE HEALTH  |  PEDIATRIC IMAGING PA REQUEST  |  " + PT, "Form PED-IMG-2")

# ------------------------------------------------ 3 clinic note (two columns)
top = [P("PEDIATRIC NEUROLOGY - METABOLIC CLINIC FOLLOW-UP", "h1"),
       form_table([["Patient", "Tran, Minh Quang", "DOB", "2/10/2025"],
                   ["Date of service", "5 Feb 2026", "Provider", "Rebecca Lindholm, MD"],
                   ["Accompanied by", "mother and father (interpreter declined)", "PCP", "Dr. Hoang, Rainier Peds"]],
                  [1.1 * inch, 2.6 * inch, 0.9 * inch, 2.5 * inch],
                  shade_cells=[((0, 0), (0, 2)), ((2, 0), (2, 2))])]
cols = []
def sec(t, body):
    cols.append(P(t, "h2"))
    cols.extend(paras(body))
sec("HPI", """Minh is an 11 mo old ex-38 wk boy w/ h/o moderate neonatal HIE s/p therapeutic hypothermia (TH) x 72 h, seen for developmental regression.

Birth: emergent C/S for placental abruption, Apgars 1/3/6, cord pH 6.92, BE -16; Sarnat stage II; cooled DOL 0-3 in NICU. NICU MRI DOL 5 (02/15/2025): mild parasagittal watershed injury, basal ganglia/thalami spared (per d/c summary). D/c'd DOL 14, feeding orally.

Development was on track at NICU f/u clinic: social smile 6 wk, rolled 4 mo, independent sitting ~7 mo, babbling. Around 9 mo (11/2025), after a 3-day admission for RSV bronchiolitis (no intubation), parents noted he stopped sitting on his own, babbles less, is "floppy", chokes w/ feeds, and has intermittent side-to-side eye movements. No new skills since; weight fell from 50th to 15th %ile.

No seizures; EEG 01/2026 normal for age, no epileptiform discharges.

Labs 1/28/26 (attached): plasma lactate 4.6 mmol/L (0.5-2.2), pyruvate 0.19 (0.03-0.10), L:P ~24, alanine 612 (143-439), NH3 38, CK 96, acylcarnitine profile nl, urine organic acids - mild lactic aciduria, o/w unremarkable. Newborn screen nl (neg for PKU, MSUD, galactosemia, CAH; Krabbe/GALC nl).

MRI brain w/o 02/03/2026 at St. Brendan Regional under sedation (ordered by PCP). Formal report not yet recieved; CD brought by parents did not load in our PACS. Lindsey RN requesting report + image push.""")
sec("PMH", "Neonatal HIE as above (remote). RSV bronchiolitis 11/2025. No surgeries.")
sec("MEDS", "Vitamin D 400 IU daily. NKDA.")
sec("FAMILY HISTORY", """Maternal uncle (34) - MELAS (m.3243A>G), strokes and hearing loss since his 20s.
Maternal grandmother - T2DM + hearing loss.
Mother (31) healthy, currently pregnant (G3P2, ~20 wk), not tested. Father healthy. Sister 4 y, typical development. No consanguinity.""")
sec("SOCIAL", "Lives w/ parents and sister; Vietnamese and English at home. Early Intervention PT weekly.")
sec("ROS", """Gen: poor wt gain. Neuro: + regression, + hypotonia, + nystagmus; negative for seizures or staring spells. Resp: no current cough. GI: + choking w/ thin liquids. Renal: nl UOP, no h/o kidney problems. Otherwise negative.""")
sec("EXAM", """Wt 7.9 kg (15th %ile), HC 45 cm (40th %ile). Alert, social smile, tracks inconsistently; intermittent horizontal nystagmus. Axial hypotonia w/ head lag; mildly incr LE tone, DTRs 3+ at knees, no clonus. Does not sit unsupported. No dysmorphic features. No hepatomegaly.""")
sec("ASSESSMENT AND PLAN", """11 mo M w/ remote neonatal HIE s/p TH, now w/ developmental regression after intercurrent illness, hypotonia, nystagmus, elevated lactate/pyruvate and alanine, and a maternal family h/o MELAS. A progressive course w/ regression and lactic acidemia is not c/w static HIE sequelae. Concern for mitochondrial disorder - Leigh syndrome spectrum vs maternally inherited mtDNA disease (m.3243A>G).

1. MR spectroscopy, brain (basal ganglia + parieto-occipital WM voxels, CSF): look for lactate doublet at 1.33 ppm; supports mito dx and directs genetic testing/management. Coordinate w/ anesthesia.
2. Obtain OSH MRI 2/3/26 report and images.
3. Genetics: rapid trio WES + mtDNA genome sequencing. If MRS and genetics are nondiagnostic, consider muscle biopsy w/ ETC studies.
4. Will start mito supplements (riboflavin, CoQ10) once genetic samples are sent.
5. Avoid valproate. Sick-day plan w/ dextrose-containing IVF.
6. SLP / VFSS. Continue EI PT.
7. Mother encouraged to discuss m.3243A>G testing w/ her OB.
F/u 4 wk.

R. Lindholm, MD - Child Neurology · signed 02/05/2026 16:48""")
p.add_mixed(top, cols, None, CC + "  |  NEUROLOGY  |  " + PT, "Cascade Children's · clinic note", top_h=1.3 * inch)

# ------------------------------------------------ 4 misfiled page: ANOTHER PATIENT's MRI/MRS report
fl = [P("CASCADE CHILDREN'S HOSPITAL - DEPARTMENT OF RADIOLOGY", "h1"),
      form_table([["Patient", "PATEL, AARAV S", "MRN", "CC-1184420"],
                  ["DOB", "06/03/2011 (14 y)", "Accession", "CCR-26-0129-071"],
                  ["Exam", "MRI BRAIN W/WO CONTRAST WITH MR SPECTROSCOPY (70553, 76390)", "Exam date", "01/29/2026"],
                  ["Ordering", "J. Abernathy, MD - Neuro-Oncology", "Reading", "S. Varga, MD"]],
                 [0.9 * inch, 3.4 * inch, 0.9 * inch, 1.9 * inch],
                 shade_cells=[((0, 0), (0, 3)), ((2, 0), (2, 3))]),
      Spacer(1, 6),
      P("HISTORY:", "monoh"),
      P("14 y/o M w/ posterior fossa medulloblastoma (SHH) s/p GTR 03/2023, craniospinal XRT w/ posterior fossa boost and "
        "maintenance chemo (completed 2024). New enhancing focus L cerebellum on 12/2025 surveillance MRI. Prior MRS 12/18/2025.", "mono"),
      P("COMPARISON:", "monoh"), P("MRI brain w/wo + MRS 12/18/2025; MRI 09/2025.", "mono"),
      P("TECHNIQUE:", "monoh"),
      P("Multiplanar MRI brain pre/post gadolinium; DSC perfusion; multivoxel MRS (TE 144) over the L cerebellar lesion.", "mono"),
      P("FINDINGS:", "monoh"),
      P("Postoperative changes of suboccipital craniectomy. A 9 mm nodular enhancing focus at the L superior margin of the "
        "resection bed is slightly larger than 12/18/2025 (previously 7 mm), with surrounding T2/FLAIR signal. rCBV is "
        "mildly elevated (1.6). MRS: Cho/NAA 1.9, prominent lipid-lactate peak. No leptomeningeal enhancement. No new "
        "supratentorial lesion. Ventricles stable.", "mono"),
      P("IMPRESSION:", "monoh"),
      P("1. Slowly enlarging enhancing focus at the resection bed - indeterminate, tumor recurrence versus radiation necrosis. "
        "Mixed perfusion and spectroscopic features; cannot exclude recurrence.<br/>"
        "2. Recommend short-interval repeat MRI with MR spectroscopy and perfusion in 6-8 weeks, or tissue sampling.", "mono"),
      Spacer(1, 8), P("Electronically signed: Sandor Varga, MD · 01/29/2026 15:55", "mono")]
p.add_doc(fl, CC + "  |  RADIOLOGY  |  PATEL, AARAV S  |  MRN CC-1184420", "Cascade Children's Radiology · final")

# ------------------------------------------------ 5 scanned labs (image only)
lines = [(CC + " - LABORATORY MEDICINE", 40, True),
         ("Cumulative results report                       printed 02/12/2026 14:03", 27, False),
         "---",
         ("Patient: TRAN, MINH QUANG       DOB: 02/10/2025      Sex: M", 30, True),
         ("MRN: CC-2290137       Ordering: LINDHOLM, REBECCA MD (Neurology)", 28, False),
         ("Collected: 01/28/2026 09:12     Received: 01/28/2026 09:40", 28, False),
         "---",
         ("TEST                         RESULT      FLAG   REF RANGE      UNITS", 25, True, True),
         ("Lactate, plasma (free flow)   4.6         H      0.5 - 2.2      mmol/L", 25, False, True),
         ("Pyruvate, blood               0.19        H      0.03 - 0.10    mmol/L", 25, False, True),
         ("Lactate:pyruvate ratio        24          H      10 - 20", 25, False, True),
         ("Ammonia                       38                 <50            umol/L", 25, False, True),
         ("Creatine kinase               96                 60 - 305       U/L", 25, False, True),
         ("Glucose                       84                 70 - 99        mg/dL", 25, False, True),
         ("Creatinine                    0.22               0.10 - 0.40    mg/dL", 25, False, True),
         "---",
         ("PLASMA AMINO ACIDS (quantitative)", 28, True),
         ("Alanine                       612         H      143 - 439      umol/L", 25, False, True),
         ("Glycine                       281                125 - 318      umol/L", 25, False, True),
         ("Proline                       248                104 - 348      umol/L", 25, False, True),
         ("Phenylalanine                 52                 26 - 91        umol/L", 25, False, True),
         ("Leucine / Isoleucine / Valine within reference limits", 27, False),
         ("Interpretation: elevated alanine, consistent with hyperlactatemia.", 27, False),
         "---",
         ("ACYLCARNITINE PROFILE, plasma:  no diagnostic abnormality.", 27, False),
         ("Free carnitine 38 umol/L (ref 21-56).", 27, False),
         ("URINE ORGANIC ACIDS:  mild lactic aciduria; no other", 27, False),
         ("  significant organic aciduria. No methylmalonic or propionic", 27, False),
         ("  acid metabolites detected.", 27, False),
         "---",
         ("Sample hemolysis: none.   Lactate drawn free-flowing, on ice.", 26, False),
         ("Verified by: M. Castellanos, MLS(ASCP)   01/29/2026 10:17", 26, False),
         ("", 20, False),
         ("Page 1 of 1                                   ** END OF REPORT **", 26, False)]
jpg = render_scan(lines, os.path.join(BUILD, "b37_scan_labs.jpg"),
                  "02/13/2026 11:27  CASCADE CHILDRENS NEURO  2065550133 -> COHERE UM 8885550199  P.05/06",
                  seed=37, angle=0.7)
p.add_scan(jpg)

# ------------------------------------------------ 6 LMN
fl = [P("Cascade Children's Hospital", "h1"),
      P("Division of Pediatric Neurology · Metabolism &amp; Genetics Program", "small"), Spacer(1, 14),
      P("02-12-2026", "serif"),
      P("To: Cohere Health, Utilization Management", "serif"),
      P("<b>RE:</b> Minh Quang Tran, DOB 02/10/2025<br/><b>Requested service:</b> MR spectroscopy of the brain (CPT 76390)", "serif"),
      *paras("""Dear Medical Director,

I am requesting authorization for MR spectroscopy of the brain for Minh, who is now 12 months old. Minh had moderate neonatal hypoxic-ischemic encephalopathy treated with therapeutic hypothermia and was developing normally until about 9 months of age, when, after an RSV illness, he began to lose skills: he no longer sits independently, babbles less, is hypotonic and has intermittent nystagmus and feeding difficulty.

His plasma lactate (4.6 mmol/L), pyruvate and alanine are elevated, and his maternal uncle has genetically confirmed MELAS. This regressive course is not explained by his neonatal injury, and I am concerned about an underlying mitochondrial disorder such as Leigh syndrome. MR spectroscopy can demonstrate a cerebral lactate peak and other metabolic changes that support this diagnosis, help prioritize genetic testing, and guide management (avoidance of mitochondrial toxins, sick-day protocols, supplementation).

An MRI of the brain was obtained at an outside hospital on February 3, 2026; we have requested the report and will forward it as soon as it is received. Minh has never had MR spectroscopy. He will need general anesthesia for the study because of his age, and no gadolinium is planned.

Thank you for your prompt attention.""", "serif"),
      P("Sincerely,<br/><br/>Rebecca Lindholm, MD<br/>Child Neurology · NPI 1265093381", "serif")]
p.add_doc(fl, CC + "  |  LETTER OF MEDICAL NECESSITY  |  " + PT, "CCH Neurology correspondence")
p.build()
print("built b37")
