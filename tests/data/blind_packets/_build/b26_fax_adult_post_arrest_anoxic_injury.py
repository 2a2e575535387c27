"""b26: 47F, VF out-of-hospital cardiac arrest, severe anoxic (post-arrest hypoxic-ischemic) brain injury.
MRS requested for prognostication after a conclusive MRI. Mixed files: cover+form combined, imaging combined,
two-column neuro-ICU note, separate LMN."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h2_faxlib import *

OUT = '/tmp/blind2/b26_fax_adult_post_arrest_anoxic_injury'
os.makedirs(OUT, exist_ok=True)
for fn in os.listdir(OUT):
    os.remove(os.path.join(OUT, fn))

fax = Fax('03/10/2026', '13:55', 'MSAH NEURO ICU 614-555-0133', '1-888-555-0199')
ORG = "MERCY SAINT ALBAN HOSPITAL"
SUB = "Neuroscience ICU  |  1900 Wexford Pike, Alban Heights, OH 43219  |  Ph 614-555-0130"
RSUB = "Department of Radiology  |  Ph 614-555-0170"
FOOT = "DELACROIX, RENEE M.   MRN 7740319   DOB 07/14/1978   Acct 26060118"

def cover():
    return [
        P("FAX COVER SHEET", 'h1'),
        form_table([
            ('Date', 'Tues 3/10/2026'),
            ('To', 'Cohere Health - Utilization Management (Buckeye Valley Health Plan)'),
            ('Fax', '1-888-555-0199'),
            ('From', 'Gloria Mensah, RN - Neuro ICU Case Management'),
            ('Phone', '614-555-0136'),
            ('Pages', '6 (including cover)'),
            ('Re', 'EXPEDITED inpatient PA - MR spectroscopy brain (CPT 76390) - DELACROIX, RENEE M., DOB 7/14/1978, ID BVH-40918377'),
        ], col=(70, None)),
        sp(10),
        P("Request form signed by Dr. Halvorsen 3/9; resending today with the imaging reports and progress note you asked for "
          "on the phone. Pt is inpatient (Neuro ICU, bed 9). Scan requested for 3/11. Family meeting is 3/12."),
        P("Note: Cardiology will submit a separate request for cardiac MRI (CPT 75561) - NOT part of this request."),
        sp(40),
        P("CONFIDENTIALITY: The information in this fax is confidential and intended only for the named recipient. If you are "
          "not the intended recipient, do not read, copy or distribute it; please call 614-555-0136 and destroy the pages.", 'small'),
    ]

def form():
    rows = [
        ('Date of request', '03/09/2026'),
        ('SECTION', '1. MEMBER'),
        ('Name', 'DELACROIX, RENEE M.'),
        ('DOB / Age / Sex', '07/14/1978  /  47  /  F'),
        ('Member ID / Plan', 'BVH-40918377  /  Buckeye Valley Health Plan'),
        ('SECTION', '2. PROVIDERS'),
        ('Ordering provider', 'Victor Halvorsen, MD - Neurocritical Care   NPI 1932057718'),
        ('Facility', 'Mercy Saint Alban Hospital - MRI (3T)   NPI 1376604491'),
        ('Contact', 'Gloria Mensah RN  614-555-0136   Fax 614-555-0133'),
        ('SECTION', '3. SERVICE'),
        ('CPT', '<b>76390</b>  MR spectroscopy      Units: 1'),
        ('Body region', 'Brain - multivoxel 1H-MRS, basal ganglia + parieto-occipital gray matter'),
        ('ICD-10-CM', 'G93.1 Anoxic brain damage, not elsewhere classified<br/>I46.9 Cardiac arrest, cause unspecified<br/>N17.9 Acute kidney failure, unspecified'),
        ('Setting / DOS', '[X] Inpatient   [ ] Outpatient      Requested DOS: 03/11/2026'),
        ('Priority', '[X] Expedited   [ ] Standard'),
        ('SECTION', '4. CLINICAL'),
        ('Indication', '[ ] Brain tumor / mass   [ ] Neonatal HIE (&lt;1 yr)   [ ] Metabolic / mitochondrial<br/>'
                       '[ ] Leukodystrophy   [X] Other: anoxic brain injury after cardiac arrest - prognostication'),
        ('Prior imaging', '[X] CT head 03/01/2026   [X] MRI brain 03/05/2026   (reports attached)'),
        ('Most recent imaging inconclusive?', '[ ] Yes   [X] No'),
        ('Prior MRS same region, last 3 mo', '[ ] Yes   [X] No'),
        ('IV contrast', '[ ] Yes   [X] No'),
        ('Renal insufficiency / gadolinium contraindicated', '[X] Yes - AKI on CRRT (no gadolinium)   [ ] No'),
        ('Claustrophobia / sedation for MRI', '[ ] Yes   [X] No   (comatose, intubated)'),
        ('Pregnant', '[ ] Yes   [X] No   (serum hCG neg 03/01/2026)'),
        ('Clinical summary', '47F s/p witnessed VF OHCA 3/1/26, ~31 min to ROSC, TTM 36C. Comatose off sedation. '
                             'MRI 3/5 diffuse cortical/deep gray restricted diffusion c/w severe HIE. MRS requested for '
                             'additional prognostic data before family meeting 3/12.'),
        ('SECTION', '5. SIGNATURE'),
        ('Ordering provider', '<i>V. Halvorsen MD</i>          Date: 3/9/2026'),
    ]
    return [P("PRIOR AUTHORIZATION REQUEST - ADVANCED IMAGING", 'h1'), form_table(rows, col=(165, None))]

def ct():
    return [
        P("CT HEAD WITHOUT CONTRAST", 'h1'),
        P("<b>Patient:</b> DELACROIX, RENEE M. &nbsp; <b>MRN:</b> 7740319 &nbsp; <b>DOB:</b> 07/14/1978 &nbsp; <b>Sex:</b> F"),
        P("<b>Exam:</b> CT HEAD WO CONTRAST (CPT 70450) &nbsp; <b>Acc:</b> CT-26-0301-0417 &nbsp; <b>Date:</b> 2026-03-01 08:15 &nbsp; <b>Loc:</b> ED Trauma 2"),
        S("HISTORY:", "47 yo F s/p out-of-hospital cardiac arrest, ROSC after approx 30 min. Unresponsive, intubated. Eval for "
          "hemorrhage / anoxic injury."),
        S("COMPARISON:", "None."),
        S("TECHNIQUE:", "Axial noncontrast CT of the head with coronal and sagittal reformats. Dose-reduction techniques used."),
        S("FINDINGS:", "No acute intracranial hemorrhage. Questionable subtle loss of gray-white matter differentiation in the "
          "bilateral lentiform nuclei and at the high convexities, possibly accentuated by beam hardening. Sulci and basal "
          "cisterns are preserved. No mass effect or midline shift. Ventricles normal in size. No extra-axial collection. "
          "Calvarium intact. Mild mucosal thickening of the L maxillary sinus; ETT and OG tube in place."),
        S("IMPRESSION:", ""),
        P("1. No acute intracranial hemorrhage."),
        P("2. Questionable subtle loss of gray-white differentiation; early diffuse hypoxic-ischemic injury cannot be excluded. "
          "Indeterminate at this early time point. Recommend MRI brain when clinically feasible (ideally 2-5 days after ROSC)."),
        sp(6),
        P("Read by: Arjun Mehta, MD &nbsp;&nbsp; Signed 03/01/2026 08:41", 'small'),
    ]

def mri():
    return [
        P("MRI BRAIN WITHOUT CONTRAST", 'h1'),
        P("<b>Patient:</b> DELACROIX, RENEE M. &nbsp; <b>MRN:</b> 7740319 &nbsp; <b>DOB:</b> 07/14/1978 &nbsp; <b>Sex:</b> F"),
        P("<b>Exam:</b> MRI BRAIN WO CONTRAST (CPT 70551) &nbsp; <b>Acc:</b> MR-26-0305-0122 &nbsp; <b>Date:</b> 03/05/2026 11:30 &nbsp; <b>Loc:</b> NSICU 9"),
        S("HISTORY:", "47F, VF OHCA 3/1/26, ~31 min to ROSC, s/p TTM. Comatose after rewarming. Neuroprognostication. Remote h/o melanoma."),
        S("COMPARISON:", "CT head 03/01/2026."),
        S("TECHNIQUE:", "Sagittal T1, axial T2, axial FLAIR, axial DWI/ADC, SWI, coronal T2 at 3T. Gadolinium withheld "
          "(AKI on CRRT). MR spectroscopy was not performed."),
        S("FINDINGS:", "Extensive, symmetric restricted diffusion with markedly low ADC involving the cerebral cortex diffusely "
          "(frontal, parietal, occipital, temporal and perirolandic), the bilateral caudate nuclei and putamina, thalami and "
          "hippocampi, with involvement of the cerebellar cortex. Corresponding FLAIR/T2 hyperintensity and cortical swelling "
          "with diffuse sulcal effacement; mild effacement of the basal cisterns without herniation. No intracranial hemorrhage "
          "on SWI. No mass lesion. No signal abnormality to suggest intracranial metastatic disease on these noncontrast "
          "sequences. Ventricles are small. Major flow voids are preserved."),
        S("IMPRESSION:", ""),
        P("1. Diffuse, symmetric cortical and deep gray matter restricted diffusion with diffuse cerebral edema. Findings are "
          "diagnostic of severe global hypoxic-ischemic brain injury; in comparison, the 3/1 CT findings now represent "
          "established injury."),
        P("2. No intracranial hemorrhage. No mass or evidence of intracranial metastatic disease (noncontrast exam)."),
        P("Critical result communicated to Dr. Halvorsen by phone 03/05/2026 13:02."),
        sp(6),
        P("Read by: Claire Dubois-Whitman, MD, Neuroradiology &nbsp;&nbsp; Signed 03/05/2026 13:10", 'small'),
    ]

def icu_note():
    C = lambda t: P(t, 'col')
    H = lambda t: P(t, 'colh')
    return [
        P("NEUROCRITICAL CARE - DAILY PROGRESS NOTE", 'h1'),
        P("<b>Pt:</b> DELACROIX, RENEE M. &nbsp; <b>MRN</b> 7740319 &nbsp; <b>Bed</b> NSICU 9 &nbsp; <b>Date:</b> Mar 7, 2026 &nbsp; "
          "<b>HD</b> 7 &nbsp; <b>Attending:</b> V. Halvorsen, MD", 'small'),
        FrameBreak(),
        H("EVENTS / SUBJECTIVE"),
        C("Off all sedation since 3/3 08:00 (&gt;96 h). Multifocal myclonus began 3/2 (status myoclonus 3/2-3/3), now "
          "intermittent on LEV + VPA. No purposeful response. Norepi weaning. CRRT running. Husband (Marc) and sister at "
          "bedside; family asking for \"every test that could help.\""),
        H("PMH"),
        C("HTN. Remote h/o melanoma L calf (stage IB, WLE + neg SLNB 2019), no recurrence, derm surveillance. Migraine. "
          "G3P3, s/p BTL 2014. No h/o seizures."),
        H("FAMILY HISTORY"),
        C("Brother - glioblastoma (GBM), deceased age 52. Mother - breast ca. Father - CAD, MI at 60."),
        H("EXAM (off sedation)"),
        C("T 37.1 (normothermia), HR 96, BP 118/70 on norepi 0.04, AC/VC 16/450/PEEP 8/FiO2 35%. GCS E1 VT M1. Pupils 3 mm, "
          "sluggish bilat. Corneals absent bilat. Cough weak, gag absent. No motor response to central or peripheral "
          "noxious stimuli apart from myoclonic jerks. Triggers vent above set rate."),
        H("DATA"),
        C("Na 141, K 4.2, Cr 3.6 (on CRRT), lactate 1.4 (11.2 on arrival 3/1). Serum hCG neg 3/1."),
        C("NSE 48 h (3/3): 96 ug/L. cEEG: suppressed background with burst-suppression, identical bursts; nonreactive. "
          "SSEP 3/6: bilaterally absent N20."),
        C("CT head 3/1: indeterminate, early HIE could not be excluded. MRI brain 3/5: diffuse cortical + deep gray restricted "
          "diffusion, diagnostic of severe hypoxic-ischmic injury; no mets."),
        C("TTE 3/2: EF 25-30%, global HK. LHC 3/1: no obstructive CAD."),
        FrameBreak(),
        H("ASSESSMENT &amp; PLAN"),
        C("47F HD 7 s/p witnessed VF OHCA 3/1/26, ~31 min to ROSC, TTM 36 C x 24 h (completed 3/2), with severe "
          "post-cardiac-arrest hypoxic-ischemic brain injury (HIE / anoxic brain injury)."),
        C("<b>1. Anoxic brain injury.</b> Multimodal prognostication &gt;72 h after ROSC, off sedation: absent corneals, early "
          "status myoclonus, highly malignant EEG, bilat absent N20, NSE 96, diffuse DWI restriction on MRI. Meets "
          "ERC-ESICM 2021 algorithm for poor outcome likely (&ge;2 predictors). Family meeting 3/12 w/ palliative care. Family "
          "asked whether any other test could help; discussed that MR spectroscopy (lactate/NAA) is unlikely to change the "
          "overall prognosis but would give additional quantitative data - family wishes to proceed. PA submitted for MRS. "
          "If MRS is nondiagnostic or not approved, repeat EEG 3/11 before the meeting."),
        C("<b>2. Myoclonus.</b> LEV 1500 mg BID, VPA 20 mg/kg/day. No electrographic seizures on cEEG."),
        C("<b>3. Cardiogenic shock / new NICM (EF 25-30%).</b> Norepi wean to MAP &gt;65. Cardiology following; cardiac MRI "
          "(CPT 75561) requested by cardiology for etiology - deferred until hemodynamically stable."),
        C("<b>4. AKI, KDIGO 3, on CRRT since 3/3.</b> No gadolinium. Nephrology following."),
        C("<b>5. Lactic acidosis on arrival</b> - resolved, 2/2 low-flow state. No clinical suspicion for an inborn error "
          "of metabolism."),
        C("<b>6. Acute hypoxemic resp failure.</b> Vent, VAP bundle, daily SAT not applicable (off sedation)."),
        C("<b>7. Remote melanoma</b> - no evidence of intracranial metastatic disease on MRI 3/5."),
        C("<b>8. PPx/Code:</b> SQH, PPI. Full code pending family meeting."),
        sp(4),
        P("Signed: Victor Halvorsen, MD - Neurocritical Care &nbsp; 03/07/2026 16:40", 'tiny'),
    ]

def lmn():
    return [
        P("9 March 2026"),
        P("Medical Director, Utilization Management<br/>Cohere Health / Buckeye Valley Health Plan"),
        P("<b>RE:</b> DELACROIX, RENEE M. &nbsp; DOB 07/14/1978 &nbsp; ID BVH-40918377<br/>"
          "<b>Request:</b> Proton MR spectroscopy of the brain, CPT 76390 - expedited, inpatient"),
        sp(4),
        P("Dear Medical Director,"),
        P("Ms. Delacroix is a 47-year-old woman admitted on 3/1/2026 after a witnessed out-of-hospital ventricular fibrillation "
          "cardiac arrest with approximately 31 minutes to return of spontaneous circulation. She completed targeted temperature "
          "management at 36 C and remains comatose off sedation. Her course is complicated by cardiogenic shock from a new "
          "non-ischemic cardiomyopathy and by acute kidney injury requiring CRRT."),
        P("Her initial head CT on 3/1 was indeterminate for early hypoxic-ischemic injury. Her MRI brain on 3/5 shows diffuse "
          "cortical and deep gray matter restricted diffusion that the neuroradiologist reports as diagnostic of severe global "
          "hypoxic-ischemic brain injury. Her EEG (burst-suppression with identical bursts), bilaterally absent N20 SSEPs and "
          "NSE of 96 ug/L are concordant."),
        P("Post-cardiac arrest neuroprognostication is addressed by the 2021 ERC-ESICM post-resuscitation care guidelines and "
          "by the AHA 2020 guidelines and 2023 focused update, which recommend a multimodal approach (clinical examination, EEG, "
          "SSEP, NSE and brain imaging with CT or diffusion-weighted MRI) no earlier than 72 hours after ROSC. MR spectroscopy is "
          "not part of these algorithms; however, reduced NAA and elevated lactate have been studied as quantitative adjuncts."),
        P("Her family has asked for every available objective measure before they make decisions about goals of care at a "
          "family meeting on 3/12/2026. We are therefore requesting proton MRS of the brain, acquired without contrast on our "
          "3T scanner on 03/11/2026. No MRS has previously been performed. She does not require additional sedation for the "
          "scan (comatose), is not pregnant (hCG negative on admission), and gadolinium is contraindicated because of her AKI, "
          "so no contrast will be given."),
        P("If the MRS is nondiagnostic, we will proceed with the family meeting on the basis of the existing multimodal data."),
        sp(8),
        P("Respectfully,"),
        sp(12),
        P("<i>Victor Halvorsen</i><br/>Victor Halvorsen, MD<br/>Neurocritical Care, Mercy Saint Alban Hospital<br/>"
          "NPI 1932057718 &nbsp; 614-555-0130"),
    ]

files = [
    ('01_fax_cover_and_PA_request_form.pdf', [Doc('cover', ORG, SUB, 'FAX', FOOT, cover),
                                               Doc('form', 'BUCKEYE VALLEY HEALTH PLAN / COHERE HEALTH', 'Advanced imaging prior authorization  |  Fax 1-888-555-0199', 'PA REQUEST FORM', FOOT, form)]),
    ('02_imaging_reports_CT_0301_MRI_0305.pdf', [Doc('ct', ORG, RSUB, 'RADIOLOGY REPORT', FOOT, ct),
                                                  Doc('mri', ORG, RSUB, 'RADIOLOGY REPORT', FOOT, mri)]),
    ('03_neuroICU_progress_note_2026-03-07.pdf', [Doc('note', ORG, SUB, 'PROGRESS NOTE', FOOT, icu_note, layout='twocol')]),
    ('04_letter_of_medical_necessity.pdf', [Doc('lmn', ORG, 'Neurocritical Care  |  1900 Wexford Pike, Alban Heights, OH 43219', 'LETTER OF MEDICAL NECESSITY', FOOT, lmn)]),
]
# pass A: page counts; pass B: real fax numbering
counts = [build_pdf(os.path.join(OUT, fn), docs, fax, 1, 99) for fn, docs in files]
TOTAL = sum(counts)
start = 1
for (fn, docs), n in zip(files, counts):
    build_pdf(os.path.join(OUT, fn), docs, fax, start, TOTAL)
    print(fn, n, 'pages; fax', start, '-', start + n - 1)
    start += n
assert TOTAL == 6, TOTAL
