"""b24: term neonate, moderate HIE s/p therapeutic hypothermia; MRS requested after equivocal DOL5 MRI.
Separate PDFs (fax split into files), ruled-table request form."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h2_faxlib import *

OUT = '/tmp/blind2/b24_fax_neonate_hie_cooling_table_form'
os.makedirs(OUT, exist_ok=True)
for fn in os.listdir(OUT):
    os.remove(os.path.join(OUT, fn))

fax = Fax('03/04/2026', '08:17', 'LAKESHORE CHILDRENS NICU 414-555-0142', 'COHERE UM INTAKE 888-555-0199')
TOTAL = 6
ORG = "LAKESHORE CHILDREN'S HOSPITAL"
SUB = "Level IV NICU  |  2200 N. Harbor Dr, Millbrook, WI 53209  |  Ph 414-555-0100  Fax 414-555-0142"
FOOT = "Pt: OKAFOR, BOY (Adaeze)   MRN 00482213   DOB 02/20/2026"

# ---------------- 1. fax cover ----------------
def cover():
    return [
        P("FAX TRANSMITTAL", 'h1'),
        form_table([
            ('Date', '3/4/2026'),
            ('To', 'Utilization Management / Prior Authorization - Cohere Health (on behalf of BadgerCare Plus HMO)'),
            ('Fax #', '(888) 555-0199'),
            ('From', 'Kelly Brandt, RN BSN - NICU Care Coordination'),
            ('Phone / Fax', '414-555-0157 / 414-555-0142'),
            ('Pages (incl. cover)', '6'),
            ('RE', 'EXPEDITED prior auth - MR spectroscopy (CPT 76390) - OKAFOR, BOY, DOB 02/20/2026, Member ID BCP-77120954-01'),
        ], col=(120, None)),
        sp(10),
        P("<b>Comments:</b> Infant is currently INPATIENT in our NICU. MRS is to be done as an add-on to his "
          "follow-up brain MRI, which is on the 3T schedule for Thurs 03/05/2026 (DOS). Pls expedite - we need a "
          "determination before the scan slot. Attached: (1) prior auth request form, (2) MRI brain report 02/25/2026, "
          "(3) NICU attending progress note 03/02/2026, (4) letter of medical necessity from Child Neurology."),
        P("Please call me w/ any questions or if a peer-to-peer is needed. Thank you!"),
        sp(8),
        P("[X] Urgent   [ ] For review   [ ] Please reply   [ ] Please comment", 'mono'),
        sp(30),
        P("The documents accompanying this facsimile transmission contain confidential health information that is "
          "legally privileged. This information is intended only for the use of the individual or entity named above. "
          "If you are not the intended recipient, you are hereby notified that any disclosure, copying, distribution "
          "or action taken in reliance on the contents of these documents is strictly prohibited. If you have received "
          "this fax in error, please notify the sender immediately and destroy the documents.", 'small'),
    ]

# ---------------- 2. prior auth request form (ruled table) ----------------
def form():
    rows = [
        ('Date of request', '03/03/2026'),
        ('SECTION', 'A. MEMBER INFORMATION'),
        ('Member name', 'OKAFOR, BOY (mother: Adaeze Okafor)'),
        ('Date of birth', '02/20/2026'),
        ('Age', '11 days (GA at birth 38 3/7 wk)'),
        ('Sex', '[X] Male   [ ] Female'),
        ('Member ID / Plan', 'BCP-77120954-01  /  BadgerCare Plus HMO'),
        ('SECTION', 'B. PROVIDER INFORMATION'),
        ('Ordering provider', 'Priya Raman, MD - Neonatology (attending)'),
        ('NPI / Phone / Fax', '1639204475  /  414-555-0100  /  414-555-0142'),
        ('Consulting provider', 'Thomas Whitcomb, MD - Child Neurology'),
        ('Rendering facility', "Lakeshore Children's Hospital - MRI (3T), NPI 1801877465"),
        ('SECTION', 'C. SERVICE REQUESTED'),
        ('CPT / HCPCS', '<b>76390</b>   Units: 1'),
        ('Description', 'MR spectroscopy, brain - single-voxel 1H-MRS, basal ganglia/thalamus (Lac/NAA)'),
        ('ICD-10-CM', 'P91.62  Hypoxic ischemic encephalopathy [HIE], moderate<br/>P90  Convulsions of newborn'),
        ('Setting', '[X] Inpatient   [ ] Outpatient   [ ] Observation'),
        ('Requested date of service', '03/05/2026'),
        ('Review type', '[X] Expedited / urgent   [ ] Standard'),
        ('SECTION', 'D. CLINICAL INFORMATION'),
        ('Primary indication', '[ ] Brain tumor / mass   [X] Neonatal HIE   [ ] Metabolic / mitochondrial disorder<br/>'
                               '[ ] Leukodystrophy   [ ] Other: ______________'),
        ('Prior conventional imaging', '[X] MRI   [ ] CT    Date: 02/25/2026<br/>Result: [ ] Normal   [X] Indeterminate / equivocal   [ ] Diagnostic'),
        ('Prior MRS of same region (last 3 mo)', '[ ] Yes   [X] No     Date: ________'),
        ('IV contrast planned', '[ ] Yes   [X] No'),
        ('Renal insufficiency / gadolinium contraindication', '[ ] Yes   [X] No'),
        ('Claustrophobia / sedation required', '[ ] Yes   [X] No   (feed-and-wrap, no sedation)'),
        ('Currently pregnant', '[ ] Yes   [ ] No   [X] N/A'),
        ('Brief clinical summary', 'Term male, moderate HIE (Sarnat II) after placental abruption, s/p TH x72h. '
                                   'DOL5 MRI equivocal for BG/thalamic injury; neuroradiology recommends MRS for further '
                                   'characterization. See attached.'),
        ('SECTION', 'E. ATTESTATION'),
        ('Ordering provider signature', '<i>Priya Raman MD</i>  (electronically signed)      Date: 3/3/26'),
    ]
    return [P("ADVANCED IMAGING PRIOR AUTHORIZATION REQUEST", 'h1'),
            P("Complete all sections. Incomplete requests may be pended for additional information.", 'small'),
            sp(4), form_table(rows, col=(170, None))]

# ---------------- 3. MRI report ----------------
def mri():
    return [
        P("DEPARTMENT OF RADIOLOGY - DIAGNOSTIC IMAGING REPORT", 'h1'),
        P("<b>Patient:</b> OKAFOR, BOY &nbsp;&nbsp; <b>MRN:</b> 00482213 &nbsp;&nbsp; <b>DOB:</b> 02/20/2026 &nbsp;&nbsp; <b>Sex:</b> M"),
        P("<b>Exam:</b> MRI BRAIN WITHOUT CONTRAST (CPT 70551) &nbsp;&nbsp; <b>Accession:</b> MR26-0225-0093"),
        P("<b>Exam date/time:</b> 02/25/2026 10:42 &nbsp;&nbsp; <b>Location:</b> NICU Bed 14 &nbsp;&nbsp; <b>Ordering:</b> Raman, Priya MD"),
        sp(4),
        S("HISTORY:", "Term male, DOL 5. Moderate hypoxic-ischemic encephalopathy (Sarnat stage II) after emergent "
          "C-section for placental abruption; cord pH 6.84. S/p therapeutic hypothermia x 72 h, rewarmed 2/23-2/24. "
          "Clinical seizures DOL 1. Evaluate for hypoxic-ischemic injury pattern."),
        S("COMPARISON:", "Head ultrasound 02/20/2026 (outside, Mercy Regional) and 02/21/2026: no IVH, "
          "reported as unremarkable. No prior MRI."),
        S("TECHNIQUE:", "Multiplanar multisequence MRI of the brain without IV contrast at 3T, feed-and-wrap technique, "
          "no sedation. Sagittal T1, axial T1 and T2, coronal T2, axial DWI with ADC map, SWI. MR spectroscopy was not "
          "performed with this examination."),
        S("FINDINGS:", ""),
        P("<u>Deep gray matter:</u> There is subtle, questionable reduced diffusion in the bilateral ventrolateral "
          "thalami and posterior putamina, R slightly &gt; L; ADC values are borderline (approx. 0.95-1.05 x 10-3 mm2/s) "
          "and the finding is equivocal. Mild T1 hyperintensity of the lentiform nuclei bilaterally, also equivocal at "
          "this age. The normal T1 hyperintense signal of the posterior limb of the internal capsule (PLIC) is present "
          "on the left and is equivocally diminished on the right."),
        P("<u>Cortex / white matter:</u> No definite cortical or parasagittal watershed restricted diffusion. "
          "Myelination is appropriate for term. No periventricular white matter injury."),
        P("<u>Hemorrhage / extra-axial:</u> Small layering subdural blood along the tentorium and posterior falx, "
          "a common birth-related finding. No parenchymal or intraventricular hemorrhage on SWI."),
        P("<u>Other:</u> Ventricles and extra-axial CSF spaces are normal in size. No midline shift. Normal "
          "flow voids. Craniocervical junction unremarkable. Brainstem and cerebellum normal in signal."),
        sp(2),
        S("IMPRESSION:", ""),
        P("1. Equivocal / indeterminate signal abnormality in the bilateral ventrolateral thalami and posterior putamina "
          "on DWI and T1, with equivocally diminished right PLIC signal. Early evolving basal ganglia-thalamic pattern "
          "hypoxic-ischemic injury cannot be excluded; diffusion findings after rewarming may underestimate the extent of injury."),
        P("2. No watershed / cortical pattern injury. No parenchymal hemorrhage."),
        P("3. Small tentorial subdural hemorrhage, likely birth-related."),
        P("<b>RECOMMENDATION:</b> Follow-up MRI brain with single-voxel proton MR spectroscopy of the basal ganglia/"
          "thalami (Lac/NAA) at DOL 10-14 for further characterization. Discussed with Dr. Raman 2/25 at 14:55."),
        sp(6),
        P("Dictated by: Helen Sorensen, MD, Pediatric Neuroradiology<br/>Electronically signed: 02/25/2026 15:20", 'small'),
    ]

# ---------------- 4. NICU progress note ----------------
def note():
    return [
        P("NICU ATTENDING PROGRESS NOTE", 'h1'),
        P("<b>Patient:</b> OKAFOR, BOY &nbsp; <b>MRN:</b> 00482213 &nbsp; <b>DOB:</b> 2/20/26 04:51 &nbsp; <b>Bed:</b> 14"),
        P("<b>Date of service:</b> 03/02/2026 07:40 &nbsp;&nbsp; <b>DOL:</b> 10 &nbsp;&nbsp; <b>CGA:</b> 39 6/7 wk &nbsp;&nbsp; <b>Attending:</b> P. Raman, MD"),
        P("HPI / HOSPITAL COURSE (copied from H&amp;P 2/20/26, updated)", 'h2'),
        P("38 3/7 wk male born via emergent C/S for placental abruption to a 31 yo G2P1->2 mother. Apgars 1/3/5 at 1/5/10 min. "
          "Cord arterial gas pH 6.84, BE -19. Required PPV and intubation in the DR. Modified Sarnat exam at 3 HOL c/w "
          "<b>moderate encephalopathy</b> (lethargy, hypotonia, weak suck, incomplete Moro). Transferred from Mercy Regional; "
          "whole-body therapeutic hypothermia (TH) started at 4.5 HOL, completed 72 h, rewarmed 2/23-2/24 without "
          "complication. Clinical + electrographic seizures on DOL 1, loaded w/ phenobarbital, started levetiracetam. "
          "Extubated DOL 3."),
        P("<b>Interval (last 24h):</b> No clinical or electrographic seizures since DOL 2 (cEEG d/c'd 2/25). On RA, "
          "comfortable. PO/NG feeds, taking ~60% PO; suck still weak but improving. Persistent mild axial hypotonia. "
          "Parents at bedside, updated."),
        P("BIRTH / MATERNAL HISTORY", 'h2'),
        P("Mother 31 yo G2P2, blood type O+, GBS neg, serologies neg (HIV, HBsAg, RPR NR, rubella immune). Pregnancy c/b "
          "gestational HTN / preeclampsia w/o severe features dx at 36 wk, on labetalol. Mother's first pregnancy "
          "uncomplicated. Mother is now POD 10 s/p C-section, recovering well."),
        P("FAMILY HISTORY", 'h2'),
        P("Maternal aunt with MELAS (m.3243A&gt;G, dx age 24). Maternal grandmother w/ hearing loss and type 2 DM. Father "
          "healthy. Older sibling (3 yo) healthy, developmentaly normal. No consanguinity. Genetics aware of maternal "
          "FH; mtDNA testing offered to mother as an outpatient."),
        P("ROS", 'h2'),
        P("Neuro: no seizures since DOL 2; tone as below. Resp: RA, no apnea. CV: HD stable, off dopamine since DOL 3. "
          "GI: tolerating feeds. Renal: UOP 2.8 mL/kg/h. AKI (KDIGO stage 2) in setting of perinatal asphyxia, Cr peaked "
          "1.4 on DOL 2 - now resolved, Cr 0.4. Heme: plt 142 (nadir 78 on DOL 2). Skin: no fat necrosis."),
        P("EXAM", 'h2'),
        P("Wt 3.21 kg (BW 3.30 kg). T 36.8, HR 138, RR 44, BP 68/42, SpO2 99% RA. AFOF, sutures approximated. "
          "Awake w/ stimulation, cry somewhat weak. Mild axial hypotonia, appendicular tone nl, suck weak, gag present, "
          "Moro incomplete. Pupils equal/reactive. No clonus. Lungs clear. RRR, no murmur. Abd soft."),
        P("LABS", 'h2'),
        P("Cr: 1.4 (2/22) -&gt; 0.8 (2/24) -&gt; 0.4 (3/1). AST/ALT 412/188 (2/21) -&gt; 64/51 (3/1). Lactate 14.2 at birth "
          "-&gt; 1.6 (2/22), normalized. Ammonia 62 umol/L (nl). Plasma amino acids, urine organic acids and "
          "acylcarnitine profile: unremarkable. State newborn screen: normal."),
        P("IMAGING", 'h2'),
        P("HUS 2/20 and 2/21: no IVH, unremarkable. MRI brain 2/25 (DOL 5): equivocal/indeterminate BG-thalmic signal, "
          "equivocal R PLIC; no watershed injury; small tentorial SDH. MRS not done w/ that study. Neuroradiology recs "
          "f/u MRI w/ MRS at DOL 10-14."),
        P("ASSESSMENT AND PLAN", 'h2'),
        P("10 day old term male w/ moderate HIE s/p TH, now rewarmed, clinically improving, with an indeterminate DOL 5 MRI."),
        P("<b>1. HIE, moderate (Sarnat II), s/p TH.</b> MRI 2/25 equivocal for BG/thalamic injury. Plan f/u MRI brain + "
          "single-voxel MRS (thalamic Lac/NAA) on 3/5 (DOL 13), pending auth. Results will determine prognostic counseling, "
          "the intensity of high-risk neurodevelopmental f/u and early PT/OT + Birth-to-3 referral before discharge. "
          "Child Neurology (Dr. Whitcomb) following."),
        P("<b>2. Neonatal seizures</b> - resolved since DOL 2. Continue levetiracetam 20 mg/kg BID, plan wean before d/c. "
          "If seizures recur, resume cEEG."),
        P("<b>3. AKI</b> - resolved. No IV contrast planned for MRI/MRS."),
        P("<b>4. Metabolic:</b> Lactic acidosis at birth 2/2 asphyxia, resolved. Metabolic screen negative - no evidence "
          "of an inborn error of metabolism or mitochondrial disease; presentation fully explained by sentinel event "
          "(abruption). Maternal FH of MELAS noted; if development is atypical on f/u, would send infant mtDNA testing."),
        P("<b>5. FEN:</b> advance PO, d/c NG when &gt;80% PO. <b>6. Social:</b> parents engaged; SW following."),
        sp(6),
        P("Electronically signed by Priya Raman, MD (Neonatology) on 03/02/2026 at 12:10", 'small'),
    ]

# ---------------- 5. LMN ----------------
def lmn():
    return [
        P("DIVISION OF CHILD NEUROLOGY", 'h2'),
        P("March 3, 2026"),
        P("To: Medical Director, Utilization Management<br/>"
          "RE: OKAFOR, BOY &nbsp; DOB 02/20/2026 &nbsp; Member ID BCP-77120954-01<br/>"
          "Request: Proton MR spectroscopy of the brain (CPT 76390), DOS 03/05/2026"),
        sp(4),
        P("Dear Medical Director,"),
        P("I am writing to request authorization for proton MR spectroscopy (MRS) of the brain for my patient, an "
          "11-day-old term male (38 3/7 wk) with moderate hypoxic-ischemic encephalopathy (HIE) following placental "
          "abruption (cord pH 6.84, Apgars 1/3/5), who completed 72 hours of therapeutic hypothermia in our NICU and was "
          "rewarmed on 2/24/2026. He had neonatal seizures on DOL 1 that are now controlled."),
        P("His conventional MRI brain on 02/25/2026 (DOL 5) was <b>indeterminate</b>: there is equivocal diffusion and T1 "
          "signal abnormality in the bilateral thalami and posterior putamina with equivocal right PLIC signal, and the "
          "neuroradiologist could not exclude evolving basal ganglia-thalamic injury. Neuroradiology specifically "
          "recommended MRS for further characterization. In cooled infants, thalamic Lac/NAA measured by MRS in the first "
          "two weeks is the most accurate early biomarker of neurodevelopmental outcome (Lally et al., MARBLE, Lancet "
          "Neurol 2019; Azzopardi &amp; Edwards 2010), and it resolves exactly the uncertainty his MRI leaves open."),
        P("The result will change management before discharge: it determines whether he is enrolled in our high-risk "
          "neurodevelopmental clinic at the intensive schedule, whether PT/OT and Birth-to-3 early intervention start "
          "now, and how we counsel his family. The MRS will be acquired in the same session as his follow-up "
          "non-contrast MRI brain (CPT 70551, authorized separately, ref # LCH-26-118842). No contrast and no sedation "
          "are needed (feed-and-wrap). <b>No prior MRS has been performed.</b>"),
        P("Of note, there is a maternal family history of MELAS. His metabolic screen was negative and we do not suspect "
          "a primary mitochondrial disorder in this infant; this request is for evaluation of his HIE. His perinatal AKI "
          "has resolved."),
        P("If the MRS were nondiagnostic, we would rely on serial neurologic exams and the HINE at 3 months, but I "
          "expect it to give us a definitive answer. Thank you for your prompt reveiw of this expedited request."),
        sp(8),
        P("Sincerely,"),
        sp(14),
        P("<i>Thomas Whitcomb, MD</i><br/>Thomas Whitcomb, MD - Child Neurology, Lakeshore Children's Hospital<br/>"
          "NPI 1275539184 &nbsp; Ph 414-555-0163<br/>Signed 3/3/2026"),
    ]

docs_files = [
    ('01_fax_cover.pdf', [Doc('cover', ORG, SUB, 'FAX COVER SHEET', FOOT, cover)]),
    ('02_prior_auth_request_form.pdf', [Doc('form', 'COHERE HEALTH  -  PRIOR AUTHORIZATION', 'Fax completed form to (888) 555-0199  |  Provider portal: portal.coherehealth.example', 'IMAGING PA REQUEST', FOOT, form)]),
    ('03_MRI_brain_2026-02-25.pdf', [Doc('mri', ORG, 'Department of Radiology  |  Ph 414-555-0120', 'RADIOLOGY REPORT', FOOT, mri)]),
    ('04_NICU_progress_note_3-2-26.pdf', [Doc('note', ORG, SUB, 'PROGRESS NOTE', FOOT, note)]),
    ('05_letter_medical_necessity_neuro.pdf', [Doc('lmn', ORG, 'Child Neurology  |  2200 N. Harbor Dr, Millbrook, WI 53209  |  Ph 414-555-0163', 'LETTER OF MEDICAL NECESSITY', FOOT, lmn)]),
]
start = 1
for fn, docs in docs_files:
    n = build_pdf(os.path.join(OUT, fn), docs, fax, fax_start=start, fax_total=TOTAL)
    print(fn, n, 'pages, fax pages', start, '-', start + n - 1)
    start += n
assert start - 1 == TOTAL, start - 1
