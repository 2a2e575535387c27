"""b25: 18-year-old (on the request date) with suspected MELAS; repeat MRS requested at a new center
~3 calendar months after an outside MRI/MRS, clinically stable, no treatment change.
One combined multi-page fax PDF; the outside MRI/MRS report is an image-only (scanned) page."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h2_faxlib import *

OUT = '/tmp/blind2/b25_fax_adult_suspected_mitochondrial_ocr_page'
os.makedirs(OUT, exist_ok=True)
for fn in os.listdir(OUT):
    os.remove(os.path.join(OUT, fn))

fax = Fax('01/02/2026', '09:41', 'HARTWELL NEUROGENETICS 617-555-0187', 'COHERE UM 888-555-0199')
ORG = "HARTWELL UNIVERSITY MEDICAL CENTER"
SUB = "Neurogenetics & Mitochondrial Medicine Clinic  |  400 Fenwick Ave, Boston, MA 02115  |  Fax 617-555-0187"
FOOT = "QUINTERO, MARISOL A.   MRN H3349021   DOB 12/31/2007"

def cover():
    return [
        P("FACSIMILE", 'h1'),
        P("<b>Date:</b> 01/02/2026<br/><b>To:</b> Cohere Health - Prior Authorization / UM<br/><b>Fax:</b> 888-555-0199<br/>"
          "<b>From:</b> Dana Whitlock, Clinical Access Coordinator, Hartwell Neurogenetics<br/><b>Phone:</b> 617-555-0181 &nbsp; "
          "<b>Fax:</b> 617-555-0187<br/><b>No. of pages incl. cover:</b> 7"),
        sp(6),
        P("<b>RE:</b> Prior auth request - MR spectroscopy brain (76390) - pt QUINTERO, Marisol, DOB 12/31/2007, ID HPX-88213047-01"),
        P("Resending - original fax 12/31 did not go thru (busy signal, office closed for holiday). Request form signed 12/31/25. "
          "Enclosed: PA request form, Neurogenetics consult 12/22/25, outside MRI/MRS report (St. Brendan's, scanned), letter of "
          "medical necessity, outside mtDNA lab result. Pt scheduled 01/08/2026 at Hartwell Imaging, pending auth."),
        sp(40),
        P("CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and confidential "
          "under federal and state law. It is intended only for the addressee. If you received this in error, call 617-555-0181 "
          "and destroy all copies.", 'small'),
    ]

def form():
    L = lambda a, b: S(a, b, 'body')
    return [
        P("OUTPATIENT IMAGING - PRIOR AUTHORIZATION REQUEST", 'h1'),
        L("Date of request:", "12/31/2025"),
        L("Patient name:", "Quintero, Marisol A. &nbsp;&nbsp;&nbsp; <b>DOB:</b> 12/31/2007 &nbsp;&nbsp;&nbsp; <b>Sex:</b> F"),
        L("Member ID:", "HPX-88213047-01 &nbsp;&nbsp;&nbsp; <b>Plan:</b> Harbor Point Health (commercial PPO)"),
        L("Ordering provider:", "Anjali Deshpande, MD, PhD - Neurology (Neurogenetics) &nbsp;&nbsp; <b>NPI:</b> 1487736290"),
        L("Phone / Fax:", "617-555-0180 / 617-555-0187"),
        L("Servicing facility:", "Hartwell UMC Imaging - 3T MRI, 400 Fenwick Ave, Boston MA &nbsp;&nbsp; <b>NPI:</b> 1093817744"),
        sp(4),
        P("SERVICE", 'h2'),
        L("Procedure:", "MR spectroscopy, brain (single voxel + multivoxel, TE 35/144) &nbsp;&nbsp;&nbsp; <b>CPT:</b> 76390 &nbsp;&nbsp; <b>Units:</b> 1"),
        L("Diagnosis (ICD-10):", "E88.40 Mitochondrial metabolism disorder, unspecified (suspected MELAS); "
          "H90.3 Sensorineural hearing loss, bilateral; G43.109 Migraine with aura"),
        L("Requested date of service:", "01/08/2026 &nbsp;&nbsp;&nbsp; <b>Setting:</b> [X] Outpatient &nbsp; [ ] Inpatient"),
        L("Contrast:", "[ ] With &nbsp; [X] Without"),
        sp(4),
        P("CLINICAL QUESTIONS", 'h2'),
        L("Is this a repeat of a study performed in the last 3 months?", "[ ] Yes &nbsp;&nbsp; [ ] No"),
        L("If yes, date and facility of prior study:", "______________________________"),
        L("Sedation / anxiolysis required?", "[X] Yes &nbsp; [ ] No &nbsp;&nbsp; If yes: oral lorazepam 1 mg (claustrophobia)"),
        L("Pregnant?", "[ ] Yes &nbsp; [X] No &nbsp;&nbsp; (urine hCG neg 12/22/25)"),
        L("Renal impairment (eGFR &lt; 30) / dialysis?", "[ ] Yes &nbsp; [X] No"),
        L("Implanted devices / metal?", "[ ] Yes &nbsp; [X] No"),
        sp(4),
        P("CLINICAL SUMMARY", 'h2'),
        P("18 yo F w/ suspected mitochondrial encephalopathy (MELAS spectrum): stroke-like episode 9/2025 w/ non-vascular "
          "L parieto-occipital lesion, bilat SNHL, migraine w/ aura, short stature, exercise intolerance. Pls see attached "
          "consult note + LMN."),
        sp(18),
        P("Ordering provider signature: <i>A. Deshpande MD PhD</i> &nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Date: 12/31/25"),
        P("Office contact: Dana Whitlock 617-555-0181", 'small'),
    ]

def consult():
    return [
        P("NEUROGENETICS / MITOCHONDRIAL MEDICINE - NEW PATIENT CONSULTATION", 'h1'),
        P("<b>Date of service:</b> Dec 22, 2025 &nbsp;&nbsp; <b>Provider:</b> Anjali Deshpande, MD, PhD &nbsp;&nbsp; "
          "<b>Referring:</b> Louis Baptiste, MD (St. Brendan's Neurology)"),
        P("<b>Patient:</b> Quintero, Marisol A. &nbsp; <b>DOB:</b> 12/31/2007 &nbsp; <b>Age:</b> 17 y &nbsp; <b>MRN:</b> H3349021 &nbsp; "
          "Accompanied by mother."),
        P("<b>CC:</b> New patient visit - establishing care for ?mitochondrial disease."),
        P("HPI", 'h2'),
        P("Marisol is a 17 yo R-handed F, HS senior, referred for evaluation of a suspected mitochondrial disorder. "
          "[Copied from referral letter, Dr. Baptiste, 10/20/2025:] <i>\"17 y/o F w/ h/o migraine with visual aura since age 12, "
          "mild-moderate bilateral SNHL dx age 14, and short stature who presented to St. Brendan's ED 9/27/2025 with 3 days of "
          "headache, confusion and R homonymous hemianopia. CT head neg for hemorrhage. She was admitted 9/27-10/1; MRI brain with "
          "MR spectroscopy during the admission showed a L parieto-occipital cortical/subcortical lesion not respecting a vascular "
          "territory with a lactate peak. Serum lactate 3.4. EEG: L posterior slowing, no seizures. Concern for MELAS.\"</i>"),
        P("Since discharge on 10/1 her visual field deficit resolved over ~2-3 wks; by late Oct she was back at school full time. "
          "No further stroke-like episodes. Headaches at baseline (~2/month, aura in ~half), responsive to ibuprofen, no change "
          "in pattern. Exercise intolerance (fatigue after 2 flights of stairs, cannot keep up in gym) is long-standing and "
          "unchanged. Denies new weakness, numbness, speech difficulty, seizures, vision loss, diplopia, ptosis, or change in "
          "hearing. No GI dysmotility. Mother feels she is \"back to her usual self.\""),
        P("MEDICATIONS", 'h2'),
        P("CoQ10 (OTC) 100 mg daily - started by PCP in 2024, dose unchanged. Ibuprofen 400 mg prn HA. No new medications since "
          "the September admission. St. Brendan's recommended daily L-arginine prophylaxis at discharge; it was never started "
          "(not covered by plan, family wanted specialist opinion first). NKDA."),
        P("PAST MEDICAL HISTORY", 'h2'),
        P("Migraine with aura. Bilateral SNHL (audiology 2022: mild-moderate, high freq), no aids yet. Short stature (Ht &lt;3rd "
          "%ile; GH stim testing 2019 normal). Anxiety with marked claustrophobia - required lorazepam premed to complete MRI at OSH. "
          "<b>Birth hx:</b> term SVD, uncomplicated, no NICU stay, no perinatal asphyxia. Development: walked 13 mo, mild "
          "learning difficulty in math (IEP). No surgeries."),
        P("FAMILY HISTORY", 'h2'),
        P("Mother (44): bilateral hearing loss since her 30s, type 2 DM dx age 35, \"always tired.\" Maternal uncle: died age 38 "
          "of a \"stroke.\" Maternal grandmother: hearing aids. Father (46): healthy. One younger brother (14): healthy. No "
          "relative has been genetically tested; no known dx of mitochondrial disease in family. No consanguinity."),
        P("SOCIAL", 'h2'),
        P("Lives w/ mother and brother. Senior in high school, plans community college. No tobacco, vaping, EtOH or drugs. "
          "LMP 12/10/2025. Urine hCG negative in clinic today."),
        P("REVIEW OF SYSTEMS", 'h2'),
        P("Constitutional: chronic fatigue, unchanged; no weight loss, no fever. Eyes: no current visual sx. ENT: hearing loss, "
          "stable. CV: no palpitations, syncope. Resp: neg. GI: occasional constipation. GU: neg. MSK: exercise intolerance as "
          "above, no cramps/myoglobinuria. Neuro: see HPI; negative for seizures, focal weakness. Psych: anxiety, claustrophobia. "
          "Endo: no polyuria/polydipsia. All other systems reviewed and negative."),
        P("EXAMINATION", 'h2'),
        P("BP 108/64, HR 78, Ht 149 cm (&lt;3rd %ile), Wt 41 kg, BMI 18.5. Slender, pleasant, NAD. MS: alert, oriented, fluent, "
          "naming/repetition intact. CN: VF full to confrontation; fundi nl, no pigmentary retinopathy; EOM full, no ptosis; "
          "face symmetric; hearing reduced to finger rub bilaterally. Motor: nl bulk/tone, 5/5 throughout, no fatigability on "
          "repetitive testing. DTRs 2+ symmetric, toes down. Sensory intact. Coord: FTN/HKS nl. Gait nl incl tandem."),
        P("DATA", 'h2'),
        P("OSH labs 9/28/25: serum lactate 3.4 mmol/L (H), pyruvate 0.14, CK 88, A1c 5.4. Clinic today 12/22/25: Cr 0.62 mg/dL, "
          "eGFR &gt;90, CK 74, lactate 2.1 (tourniquet-free). <b>Blood mtDNA</b> (sent by OSH 10/2025): m.3243A&gt;G NOT detected "
          "in blood (see report) - blood heteroplasmy declines with age and a negative blood result does not exclude MELAS. "
          "<b>Imaging:</b> MRI brain w/ and w/o contrast + MRS at St. Brendan's during the Sept admission (report reviewed, "
          "scanned to chart). DICOM images and raw spectra requested x2, not yet recieved on our PACS."),
        P("ASSESSMENT", 'h2'),
        P("17 yo F with maternal FH of hearing loss, DM and early stroke, and personal h/o SNHL, migraine w/ aura, short stature, "
          "exercise intolerance and a stroke-like episode 9/2025 with a non-vascular cortical lesion and lactate on MRS. "
          "I strongly suspect a mitochondrial encephalopathy (MELAS spectrum) despite the negative blood m.3243A&gt;G; "
          "urine/buccal testing is more sensitive. Clinically stable since Sept, exam today non-focal."),
        P("PLAN", 'h2'),
        P("1. Urine sediment + buccal mtDNA m.3243A&gt;G quantitative testing; if negative, whole mtDNA genome sequencing "
          "(urine) and consider muscle biopsy.<br/>"
          "2. MR spectroscopy brain at Hartwell to establish a baseline on our own scanner/protocol, since outside spectra are "
          "unavailable for review. Will submit PA. Lorazepam 1 mg PO pre-scan.<br/>"
          "3. Continue CoQ10 OTC, no change. Daily L-arginine prophylaxis discussed at length; family prefers to wait for "
          "genetic confirmation - deferred, will revisit at f/u.<br/>"
          "4. Emergency letter given: if stroke-like symptoms recur -&gt; ED, IV L-arginine bolus per MELAS protocol.<br/>"
          "5. Referrals: audiology (hearing aid eval), endocrine (DM screening, A1c q6-12 mo), cardiology (ECG/echo screening).<br/>"
          "6. RTC 3 months, sooner prn. Will turn 18 next week - transition to adult Neurogenetics clinic discussed."),
        sp(6),
        P("Electronically signed: Anjali Deshpande, MD, PhD &nbsp; 12/22/2025 17:03", 'small'),
    ]

def scan_page(banner, pno, ptot):
    items = [
        ('title', "ST. BRENDAN'S REGIONAL MEDICAL CENTER"),
        ('sub', "Department of Diagnostic Imaging  |  1150 Ridge Rd, Lowell, MA 01852  |  Tel 978-555-0140"),
        ('stamp', 'OUTSIDE RECORD - SCANNED 12/19/2025'),
        ('rule', ''),
        ('kv', ("Patient:", "QUINTERO, MARISOL   DOB: 12/31/2007   Sex: F   MRN: SB-0771542")),
        ('kv', ("Exam:", "MRI BRAIN WITHOUT AND WITH CONTRAST; MR SPECTROSCOPY   (CPT 70553, 76390)")),
        ('kv', ("Date of exam:", "09/30/2025 14:10   Accession: SB25-MR-44817   Ordering: Baptiste, Louis MD")),
        ('rule', ''),
        ('h', "HISTORY:"),
        ('p', "17 yo F, inpatient. 3 days of headache, confusion and R visual field loss. R/o stroke. H/o migraine, "
              "bilateral hearing loss."),
        ('h', "COMPARISON:"),
        ('p', "CT head 09/27/2025. No prior MRI."),
        ('h', "TECHNIQUE:"),
        ('p', "Multiplanar multisequence MRI of the brain before and after 4 mL gadobutrol IV. Single-voxel PRESS "
              "MR spectroscopy at TE 35 and TE 144 ms, voxels in the L parieto-occipital lesion and in contralateral "
              "normal-appearing parieto-occipital cortex. Patient premedicated w/ lorazepam 1 mg PO for claustrophobia."),
        ('h', "FINDINGS:"),
        ('p', "Cortical and subcortical T2/FLAIR hyperintensity with gyral swelling in the L parietal and occipital lobes, "
              "extending across the MCA/PCA boundary and not conforming to a single arterial territory. Cortical reduced "
              "diffusion is present but ADC is heterogeneous. Faint patchy gyriform enhancement. No hemorrhage on SWI. "
              "Mild, diffuse cerebellar volume loss for age. Ventricles normal. No midline shift. Major flow voids present."),
        ('p', "MRS: Within the lesion NAA is reduced and there is a prominent doublet at 1.33 ppm that inverts at TE 144, "
              "c/w lactate. A smaller lactate peak is also seen in the contralateral normal-appearing cortex. Cho/Cr not elevated."),
        ('h', "IMPRESSION:"),
        ('p', "1. Acute/subacute cortical-subcortical lesion of the L parieto-occipital lobes not conforming to a vascular "
              "territory. Differential: stroke-like episode of mitochondrial encephalopathy (MELAS) versus atypical subacute "
              "infarct versus postictal/encephalitic change. The conventional MRI appearance is nonspecific."),
        ('p', "2. MRS: lactate in the lesion and in normal-appearing cortex, supportive of a mitochondrial etiology in the "
              "appropriate clinical context."),
        ('p', "3. No evidence of infiltrative glial neoplasm or other intracranial mass."),
        ('p', "Recommend correlation w/ genetic testing and neurology consultation."),
        ('space', '8'),
        ('small', "Electronically signed: Rosalind Okonkwo-Hale, MD, Neuroradiology   09/30/2025 17:48"),
        ('footer', f"St. Brendan's Regional Medical Center - Diagnostic Imaging     QUINTERO, MARISOL  SB-0771542     Page {pno} of {ptot}"),
    ]
    return render_scan(items, banner, seed=2511)

def lmn():
    return [
        P("December 31, 2025"),
        P("Medical Director, Utilization Management<br/>Cohere Health, on behalf of Harbor Point Health"),
        P("<b>RE:</b> Marisol A. Quintero &nbsp; DOB 12/31/2007 &nbsp; Member ID HPX-88213047-01<br/>"
          "<b>Request:</b> Proton MR spectroscopy of the brain, CPT 76390 - Letter of Medical Necessity"),
        sp(4),
        P("Dear Medical Director,"),
        P("I am writing on behalf of my patient, Ms. Quintero, an 18-year-old woman whom I saw in consultation on 12/22/2025 "
          "for a suspected mitochondrial encephalopathy (MELAS spectrum). She has bilateral sensorineural hearing loss, migraine "
          "with aura, short stature and exercise intolerance, a maternal family history of hearing loss, diabetes and early "
          "stroke, and in late September 2025 she had a stroke-like episode (R homonymous hemianopia, confusion) with a L "
          "parieto-occipital cortical lesion that crosses vascular territories. The outside MRI was read as nonspecific, "
          "with MELAS versus atypical infarct in the differential. Blood m.3243A&gt;G testing was negative, which does not "
          "exclude the diagnosis; urine and buccal testing are pending."),
        P("She had MR spectroscopy at St. Brendan's during that admission. The outside report describes a lactate peak, but the "
          "spectra and images have not been transferred to us despite two requests, so we have not been able to review them. "
          "I am therefore requesting a repeat MRS at our center so that our neuroradiology team can review the spectra directly "
          "and so that she has a baseline obtained on our own scanner and protocol for future comparison."),
        P("Since the September event she has been clinically stable, without new or worsening neurological symptoms, and her "
          "treatment has not changed (OTC CoQ10 only; L-arginine was discussed and deferred). If the MRS again demonstrates "
          "lactate, this would strengthen the case for proceeding to muscle biopsy should urine testing be negative."),
        P("She is claustrophobic and will receive lorazepam 1 mg PO before the scan; no contrast is needed. She has no renal "
          "disease and is not pregnant."),
        P("Thank you for your consideration. Please contact my office at 617-555-0180 with any questions or to arrange a "
          "peer-to-peer discusion."),
        sp(8),
        P("Sincerely,"),
        sp(12),
        P("<i>Anjali Deshpande</i><br/>Anjali Deshpande, MD, PhD<br/>Director, Mitochondrial Medicine Program<br/>"
          "Hartwell University Medical Center &nbsp; NPI 1487736290"),
    ]

def lab():
    rows = [
        ('SECTION', 'MITOCHONDRIAL DNA - TARGETED VARIANT ANALYSIS'),
        ('Patient', 'QUINTERO, MARISOL   DOB 12/31/2007   F'),
        ('Specimen', 'Whole blood (EDTA)   Collected: 10/14/2025   Received: 10/15/2025   Reported: 11/14/2025'),
        ('Ordering', 'Louis Baptiste, MD - St. Brendan\'s Neurology'),
        ('Test', 'MT-TL1 m.3243A>G, m.3271T>C, m.8344A>G, m.8993T>G/C - quantitative (ddPCR; LOD 1% heteroplasmy)'),
        ('Result', '<b>NEGATIVE</b> - m.3243A>G NOT DETECTED in blood (&lt;1%). Other targeted variants not detected.'),
        ('Interpretation', 'Negative result in blood does not exclude a mitochondrial disorder. Heteroplasmy for m.3243A>G '
                           'declines in blood with age; testing of urine epithelial cells, buccal swab or skeletal muscle is '
                           'recommended when clinical suspicion persists. Whole mtDNA genome sequencing available on request.'),
        ('Signed', 'M. Farouk, PhD, FACMG - Laboratory Director   11/14/2025'),
    ]
    return [P("MOLECULAR GENETICS LABORATORY REPORT", 'h1'),
            P("Northeast Molecular Diagnostics (CLIA 22D2098811) - reference lab for St. Brendan's Regional Medical Center", 'small'),
            sp(4), form_table(rows, col=(95, None)),
            sp(10), P("Copy to: outside records - scanned 12/19/2025, Hartwell Neurogenetics.", 'small')]

docs = [
    Doc('cover', ORG, SUB, 'FAX COVER', FOOT, cover),
    Doc('form', ORG, 'Patient Access - Prior Authorization Office  |  Ph 617-555-0181  Fax 617-555-0187', 'PRIOR AUTH REQUEST', FOOT, form),
    Doc('consult', ORG, SUB, 'CONSULT NOTE', FOOT, consult),
    Doc('scan', '', '', '', '', layout='image', image_fn=scan_page, image_pages=1),
    Doc('lmn', ORG, SUB, 'LETTER OF MEDICAL NECESSITY', FOOT, lmn),
    Doc('lab', ORG, SUB, 'OUTSIDE RECORDS', FOOT, lab),
]
n = build_pdf(os.path.join(OUT, 'UM_fax_QUINTERO_M_20260102.pdf'), docs, fax, title='fax')
print('pages', n)
assert n == 7, n
