#!/usr/bin/env python3
"""Build packet b33: 6-year-old with suspected leukodystrophy (MLD favored); clinically
a strong MRS request, but the request form carries CPT 76391 (MR elastography) with the
description 'MR spectroscopy'. Faxed PDFs."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from h4_faxpdf import block, form_table, build_packet, Spacer, inch

OUT = '/tmp/blind2/b33_pdf_wrong_cpt_code'
state = {'total': 0}

def banner(p, total):
    return ('03/13/2026 08:14   ST BRIGID CHILDRENS NEURO   FAX 6165550377   ->   COHERE UM 18775550142'
            '   PAGE %d OF %d' % (p, total))

def cover():
    f = block('''
# ST. BRIGID CHILDREN'S HOSPITAL
~ Division of Pediatric Neurology  *  100 Michigan St NE, Grand Rapids MI 49503
~ Phone 616-555-0370   Fax 616-555-0377

# FAX
''')
    f.append(form_table([
        ['TO:', 'Cohere Health Utilization Review', 'FAX:', '1-877-555-0142'],
        ['FROM:', 'Jess Alvarado, RN (neuro nurse navigator)', 'PHONE:', '616-555-0374'],
        ['DATE:', '03/13/2026', '# PAGES:', '%s (including cover)' % (state['total'] or '')],
        ['RE:', 'Marchetti, Elias T   DOB 09/14/2019   - auth request, MR spectroscopy brain under GA'],
    ], col_widths=[0.8 * inch, 2.9 * inch, 0.9 * inch, 2.4 * inch]))
    f += block('''

Hello - attached are the auth request, LMN, neuro clinic note, MRI and CT reports for Elias. He is scheduled for MR spectroscopy under general anesthesia on 3/20/26 (anesthesia slot is being held, pls call if anything else is needed so we don't lose it). Dr. Raman signed the form yesterday.

Thank you!
Jess

This message is intended only for the use of the individual or entity to which it is addressed and may contain information that is privileged, confidential and exempt from disclosure under applicable law (HIPAA). If the reader of this message is not the intended recipient, you are hereby notified that any dissemination, distribution or copying is strictly prohibited. If you have received this communication in error, please notify us immediately by telephone.
''')
    return f

def form():
    f = block('''
# OUTPATIENT IMAGING PRIOR AUTHORIZATION REQUEST
~ St. Brigid Children's Hospital - Centralized Authorization Office   |   Form SB-PA-04 (rev 01/2025)
''')
    f.append(Spacer(1, 6))
    W = [1.6 * inch, 1.9 * inch, 1.45 * inch, 2.05 * inch]
    f.append(form_table([
        ['Date of Request:', '12 Mar 2026', 'Priority:', '[ ] Urgent   [X] Standard'],
        ['> PATIENT INFORMATION'],
        ['Patient name:', 'MARCHETTI, ELIAS T', 'DOB:', '09/14/2019'],
        ['Age:', '6 y', 'Sex:', 'M'],
        ['Insurance / ID:', 'Great Lakes Family Health Plan  GLF-20977415-03', 'Parent/guardian:', 'Ana Marchetti (mother) 616-555-8812'],
        ['> ORDERING PROVIDER'],
        ['Provider:', 'Priya Raman, MD - Pediatric Neurology', 'NPI:', '1346290815'],
        ['Phone:', '616-555-0370', 'Fax:', '616-555-0377'],
        ['> SERVICE'],
        ['Procedure code(s):', '76391', 'Procedure description:', 'MR spectroscopy - brain'],
        ['Body part:', 'Brain', 'Contrast:', 'n/a (to be performed same session as sedated MRI sequences)'],
        ['Place of service:', 'St. Brigid Children\'s - Pediatric MRI (outpatient, GA)', 'Requested DOS:', '03/20/2026'],
        ['Diagnosis codes:', 'G93.49 Other encephalopathy; R62.50 Lack of expected normal physiological development, child; R26.89 Other abnormalities of gait', 'Sedation / anesthesia:', '[X] Yes - general anesthesia  [ ] No'],
        ['> CLINICAL QUESTIONS'],
        ['Prior MRI/CT of same area:', '[X] Yes  [ ] No  - MRI brain w/wo 02/24/2026; CT head 01/17/2026', 'Conventional imaging inconclusive:', '[X] Yes  [ ] No'],
        ['Prior MR spectroscopy:', '[ ] Yes  [X] No', 'Indication (check all that apply):', '[ ] Tumor grading\n[ ] Tumor recurrence vs radiation necrosis\n[ ] Neonatal HIE\n[ ] Metabolic disorder (mitochondrial / IEM)\n[X] Inherited metabolic disorder / leukodystrophy'],
        ['Claustrophobia:', '[ ] Yes  [X] No', 'Pregnant:', '[ ] Yes  [ ] No  [X] N/A'],
        ['Renal insufficiency:', '[ ] Yes  [X] No', 'Implants / devices:', 'none (PE tubes extruded)'],
        ['> SIGNATURE'],
        ['Ordering provider:', 'Priya Raman MD', 'Date signed:', '03/12/2026'],
    ], col_widths=W))
    return f

def ct():
    return block('''
# ST. BRIGID CHILDREN'S HOSPITAL - PEDIATRIC RADIOLOGY
~ MARCHETTI, ELIAS T    MRN 4409127    DOB 9/14/2019    M
~ EXAM: CT HEAD WITHOUT CONTRAST (CPT 70450)     DATE: 01/17/2026 16:48     LOCATION: Pediatric ED

## CLINICAL HISTORY:
6 yo M fell from scooter, hit forehead, no LOC. Mom reports frequent falls recently.

## COMPARISON:
None.

## TECHNIQUE:
Axial helical CT of the head without IV contrast, pediatric low-dose protocol. Sagittal and coronal reformats.

## FINDINGS:
No acute intracranial hemorrhage, mass effect or midline shift. Possible subtle symmetric periventricular hypoattenuation posteriorly, of uncertain significance / may be within normal limits for age. Ventricles and sulci normal for age. No extra-axial collection. Calvarium intact; no fracture. Small L frontal scalp hematoma. Paranasal sinuses and mastoids clear.

## IMPRESSION:
No acute intracranial abnormality. No fracture.

Dictated by: Kevin Pham, MD   Signed 01/17/2026 17:10
''')

def mri():
    return block('''
# ST. BRIGID CHILDREN'S HOSPITAL - PEDIATRIC RADIOLOGY
~ MARCHETTI, ELIAS T    MRN 4409127    DOB 9/14/2019    M
~ EXAM: MRI BRAIN WITHOUT AND WITH CONTRAST (CPT 70553)     DATE OF SERVICE: 2026-02-24
~ Ordering: Priya Raman MD     Anesthesia: general (Dr. Sato)     Acc# SBC26MR02241

## HISTORY:
6 y/o boy w/ ~10-12 mo of progressive gait decline, falls, dysarthria and school regression. Eval for leukodystrophy vs other.

## COMPARISON:
CT head 01/17/2026. No prior MRI.

## TECHNIQUE:
3T MRI of the brain under general anesthesia: sag 3D T1, ax T2, ax/cor FLAIR, DWI/ADC, SWI, post-contrast 3D T1 (gadobutrol 2.1 mL, 0.1 mmol/kg). MR spectroscopy was not performed (not included in the order).

## FINDINGS:
Symmetric, confluent T2/FLAIR hyperintensity of the periventricular and deep cerebral white matter, posterior (parieto-occipital) predominant, extending into the splenium and posterior body of the corpus callosum and the posterior limbs of the internal capsules. Within the abnormal white matter there are radiating linear T2-hypointense stripes ("tigroid" pattern). Subcortical U-fibers are spared. Mild symmetric T2 hyperintensity of the cerebellar white matter.
No abnormal enhancement, including no leading-edge enhancement. Mild peripheral diffusion restriction along the margins of the abnormal white matter. No mass lesion, no mass effect. Ventricles normal in size. No hemorrhage on SWI. Cortex and deep gray nuclei normal in signal. Normal flow voids. Mild bilateral mastoid fluid (anesthesia-related).

## IMPRESSION:
1. Symmetric confluent periventricular / deep white matter T2 hyperintensity with tigroid pattern and U-fiber sparing, posterior predominant, without enhancement. Appearance raises concern for a leukodystrophy: metachromatic leukodystrophy (MLD) is favored over X-linked adrenoleukodystrophy given the absence of enhancement, but other inherited or acquired demyelinating processes (including post-infectious demyelination / ADEM) cannot be excluded on conventional imaging alone.
2. Not c/w an infiltrative glial neoplasm (symmetric, no mass effect).
3. MR spectroscopy and correlation with biochemical testing (ARSA activity, urine sulfatides, VLCFA) recommended.

Electronically signed: Helen Abernathy, MD, Pediatric Neuroradiology   02/24/2026 15:31
''')

def clinic():
    return block('''
# PEDIATRIC NEUROLOGY - RETURN VISIT
~ St. Brigid Children's Hospital, Division of Pediatric Neurology
~ Patient: Elias T. Marchetti   DOB: 09/14/2019   Age: 6 y 5 mo   MRN 4409127
~ Visit date: 3/5/2026     Provider: Priya Raman, MD     Informants: mother, father

## HPI:
Elias is a 6 y/o R-handed boy referred by PCP (Dr. Lindqvist) for motor + cognitive regression, here to review MRI. Per mother development was normal until ~age 5 (walked 13 mo, 2-word phrases by 2 yr, toilet trained at 3). Since ~spring 2025: progressive clumsiness and frequent falls (fell off scooter 1/17/26 - ED, CT head neg), toe walking, now needs handrail on stairs and can no longer hop. Kindergarden teacher reports decline in attention, he has lost the ability to write his name, and speech has become slurred over the past 4-5 mo. No seizures. Parents have not noticed vision or hearing loss. No episodic vomiting/lethargy with illnesses. No skin darkening, salt craving or fatigue to suggest adrenal insufficiency.

## BIRTH HISTORY:
Born at 36 wk by C/S for breech, BW 2.6 kg, Apgars 8 and 9. NICU x3 days for hypoglycemia and TTN. No HIE, no seizures, no therapeutic hypothermia. Newborn screen normal.

## PMH:
Recurrent AOM s/p PE tubes 2021 (extruded). No other hospitalizations. Immunizations UTD.

## MEDICATIONS / ALLERGIES:
None / NKDA

## FAMILY HISTORY:
Parents non-consanguineous, both of Italian/Swedish ancestry. Mother 31 y, currently pregnant (~22 wk) - genetics referral placed. Maternal uncle "lost the ability to walk" in childhood and died at age 9, cause never established ("some kind of brain disease"). Sister 9 y healthy. No known family dx of leukodystrophy, metabolic disease or epilepsy.

## ROS:
Negative for fever, weight loss, vision loss, hearing loss, seizures, vomiting, rash. Positive for falls, school regression, dysarthria, occasional urinary accidents (new over last 2 mo). 10-point ROS otherwise negative.

## EXAM:
Wt 21.0 kg (28th %ile), HC 51.5 cm (50th). Alert, interactive, slowed responses, dysarthic. CN: pupils equal/reactive, fundi - discs sharp, no pallor; EOM full, no nystagmus. Motor: increased tone in both legs, mild distal weakness (4/5 ankle DF). Reflexes: 3+ at knees, ankle jerks absent bilat, bilateral extensor plantar responses. Sensation: withdraws to pin throughout (limited exam). Coord: mild intention tremor bilat. Gait: wide-based, ataxic, toe-walking, unable to tandem.

## STUDIES:
MRI brain w/wo 02/24/26 (reviewed with parents, report attached): symmetric posterior-predominant WM disease with tigroid pattern, no enhancement - leukodystrophy favored, MLD > X-ALD; MRS recommended by neuroradiology.
NCS/EMG 02/27/26: diffuse demyelinating sensorimotor polyneuropathy (uniform slowing of conduction velocities).
Labs 02/24/26: lactate 1.2, pyruvate nl, ammonia 28, plasma amino acids nl, urine organic acids nl, CK 88, AM cortisol 14.1, ACTH nl, CMP nl (Cr 0.32).
Pending: leukocyte ARSA activity, urine sulfatides, plasma VLCFA, leukodystrophy NGS panel.

## ASSESSMENT AND PLAN:
6 y/o M with ~1 yr progressive motor and cognitive regression, mixed UMN + LMN signs, demyelinating peripheral neuropathy and symmetric tigroid white matter disease on MRI -> strongly suspect a leukodystrophy; juvenile-onset MLD favored. X-ALD less likely (no enhancement, normal cortisol/ACTH) but VLCFA pending to r/o. Post-infectious demyelination unlikely given progressive course over a year. Screening metabolic labs (lactate, pyruvate, AA, UOA, ammonia) unremarkable - no evidence of a mitochondrial disorder or organic acidemia.
1. MR spectroscopy brain under GA - characterize white matter metabolite profile (NAA loss, mI/Cho elevation, lactate) to support the dx of a leukodystrophy vs acquired demyelination while enzymatic/genetic results pending; will also serve as baseline for treatment decisions.
2. Await ARSA/sulfatides/VLCFA/panel. If ARSA deficient w/ elevated sulfatides -> urgent referral to BMT / gene therapy center (HSCT vs atidarsagene autotemcel eval; time-sensitive).
3. Genetics + genetic counseling for family, esp. given mother's current pregnancy and maternal uncle hx.
4. PT/OT, school IEP letter given.
5. Will need general anesthesia for imaging given age and inability to hold still for long sequences.
RTC 3-4 wk or sooner when results back.

Priya Raman, MD - Pediatric Neurology   e-signed 03/05/2026 17:22
''')

def lmn():
    return block('''
# ST. BRIGID CHILDREN'S HOSPITAL
~ Division of Pediatric Neurology  *  100 Michigan St NE, Grand Rapids MI 49503

March 11, 2026

Great Lakes Family Health Plan / Cohere Health Utilization Review

RE: Elias T. Marchetti    DOB 9/14/2019    ID GLF-20977415-03

## LETTER OF MEDICAL NECESSITY - MR SPECTROSCOPY OF THE BRAIN

Dear Medical Director,

I am requesting authorization for magnetic resonance spectroscopy of the brain for my patient Elias, a 6 year-old boy with approximately one year of progressive motor and cognitive regression (gait ataxia with frequent falls, spasticity with absent ankle reflexes, dysarthria, loss of school skills) and a demyelinating peripheral neuropathy on nerve conduction studies.

His MRI of the brain with and without contrast on 02/24/2026 shows symmetric confluent posterior-predominant white matter disease with a tigroid pattern and sparing of the U-fibers. The neuroradiologist felt a leukodystrophy, most likely metachromatic leukodystrophy, is favored, but could not exclude other inherited or acquired demyelinating processes on conventional imaging and specifically recommended MR spectroscopy. Screening metabolic labs were unremarkable and enzyme and genetic testing are pending.

MR spectroscopy will help establish the diagnosis of a leukodystrophy and its severity, in particular the degree of NAA loss, while biochemical confirmation is pending. This is time sensitive: if MLD is confirmed, eligibility for hematopoietic stem cell transplant or gene therapy depends on how early in the disease course treatment is started. He has not had spectroscopy previously. Because of his age and developmental status the study must be done under general anesthesia, which is scheduled for 03/20/2026.

Please do not hesitate to contact me at 616-555-0370 with any questions.

Sincerely,

Priya Raman, MD
Pediatric Neurology, St. Brigid Children's Hospital
''')

DOCS = [
    ('01_fax_cover.pdf', 'Fax cover sheet', cover),
    ('02_imaging_prior_auth_request.pdf', 'Imaging prior authorization request', form),
    ('03_letter_of_medical_necessity.pdf', 'Letter of medical necessity', lmn),
    ('04_peds_neurology_note_2026-03-05.pdf', 'Pediatric neurology note', clinic),
    ('05_mri_brain_2026-02-24.pdf', 'MRI brain report', mri),
    ('06_ct_head_2026-01-17.pdf', 'CT head report', ct),
]

if __name__ == '__main__':
    counts, total = build_packet(OUT, DOCS, banner, state)
    print(OUT, counts, total)
