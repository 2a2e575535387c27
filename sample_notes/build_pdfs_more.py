"""Build the faxed PDF sample packets 24-25 with the machinery of build_pdfs.py (imported, not edited).

    python sample_notes/build_pdfs_more.py              # write the PDFs into sample_notes/<case>/
    python sample_notes/build_pdfs_more.py --gold       # also (re)write sample_notes/gold/<case>.json
    python sample_notes/build_pdfs_more.py --check      # check every gold quote against pypdfium2 page text

Same conventions as build_pdfs.py: every concept mention is marked inline as [[quote|concept|flags]] (flags: n
negated, u uncertain, h historical, y hypothetical, f family; nested mentions as |sub:concept:flags), the markup
is stripped before drawing and becomes the span gold; unticked checkbox labels state nothing and are not marked.
The documents are written for this project (fictional patients, providers and numbers). Output is deterministic.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_pdfs import build_case, check, cover, gold_spans, write_gold  # noqa: E402

CASES: list[dict] = []


# 24 -- 12-page packet: primary CNS lymphoma versus glioblastoma; the only report calling the MRI
#       indeterminate is an image-only scanned page buried mid-packet ----------------------------------
CASES.append({
    "case": "24_pcnsl_vs_gbm_scanned_outside_mri",
    "pdf": "cedar_crest_neurosurgery_pa_packet.pdf",
    "description": (
        "12-page faxed packet (fax banner dated 01/16/2026 on every page, running header, 'Page i of 12' footer) "
        "for a 67-year-old man with three weeks of progressive confusion and word-finding difficulty. An ED CT "
        "head on 12/29/2025 was read as 'no acute intracranial abnormality' and the confusion was put down to a "
        "urinary tract infection; an outpatient MRI brain on 01/06/2026 found a 3.2 cm homogeneously enhancing "
        "splenial mass, 'indeterminate: primary CNS lymphoma versus glioblastoma', MR spectroscopy recommended. "
        "Dexamethasone was given in the ED and stopped after three doses to protect biopsy yield; neurosurgery "
        "requests MR spectroscopy (Date of Request 01/14/2026) before a stereotactic biopsy. Conventional path "
        "met (most recent study, the MRI, indeterminate + intraaxial_brain_tumor via suspected PCNSL / "
        "glioblastoma); no prior MRS -> meets_criteria. Note flag renal_insufficiency_contrast (CKD stage 3a, "
        "ticked on the form). Layout traps: the outside MRI report is an image-only scanned page (page 6, no "
        "text layer) and is the ONLY document that calls the MRI inconclusive - the two-column neurosurgery "
        "consult (page 7) and the clinic note describe the mass and a clinical differential without "
        "imaging-inconclusive wording - so an extractor that cannot OCR it sees only the older CT 'no acute "
        "intracranial abnormality' (conclusive); the decisive page sits among labs, a medication list, a "
        "billing statement with CPT 70450 (history), a staging CT of chest/abdomen/pelvis and an ophthalmology "
        "note; the MRI report header also carries CPT 70553 (history). Date traps: fax banner 01/16/2026, "
        "requested date of service 01/21/2026, consult/clinic note dates and the release signed 01/15/2026 are "
        "not the request date. Clinical traps: 'acute metabolic encephalopathy' from a UTI is not an inborn "
        "error of metabolism; 'no evidence of systemic lymphoma' on the body CT is not a CNS tumor mention; "
        "'no central necrosis' is not radiation necrosis; a biopsy that steroids can render 'nondiagnostic' is "
        "not imaging; dexamethasone is not chemotherapy; methotrexate, whole-brain radiation and the "
        "pre-biopsy MRI are planned or conditional (hypothetical); the brother's meningioma is family; "
        "'Not amenable to meaningful resection' is negated; 'Prior MR spectroscopy [X] No', 'Claustrophobia "
        "[X] No' and 'MR spectroscopy was not performed' are negated; unticked indication boxes state nothing; "
        "'unremarkable' adrenal glands and 'follow-up chest CT' on the body CT, the cover's 'staging CT' and the "
        "facility name 'Cedar Crest Hospital MRI (3T)' are not brain imaging."),
    "request_date": "2026-01-14",
    "population": "adult",
    "patient_age_years": 67,
    "cpt_codes": ["76390"],
    "outcome": "meets_criteria",
    "leaves": {
        "clinical_documentation_present": "met", "procedure_code_consistent": "met",
        "body_region_consistent": "met", "conventional_imaging_inconclusive": "met",
        "recurrence_vs_radiation_necrosis": "unknown", "intraaxial_brain_tumor": "met",
        "posttreatment_surveillance": "unknown", "neonatal_hie": "unknown", "metabolic_disorder": "unknown",
        "inherited_metabolic_disorder": "unknown", "is_repeat_request": "not_met",
        "no_established_guidelines": "unknown", "clarify_indeterminate_finding": "unknown",
        "monitoring_need": "unknown", "recent_imaging_without_change": "not_met"},
    "ambiguous_leaves": {
        "glioma_grading": ("a glial neoplasm (glioblastoma / high-grade glioma) is suspected and no grade is "
                           "established by pathology, which literally fits 'grade not yet established'; but the "
                           "open question is tumor type (lymphoma versus glioblastoma), not high- versus "
                           "low-grade, so unknown is also arguable."),
        "new_or_worsening_symptoms": ("progressive confusion and word-finding difficulty, worse again after the "
                                      "steroids were stopped, are documented, but there is no prior MR "
                                      "spectroscopy for them to be 'since'."),
    },
    "notes": ["renal_insufficiency_contrast"],
    "meta": {"fax_sent": "01/16/2026 08:47", "sender": "Cedar Crest Neurosurgery",
             "sender_fax": "(555) 010-4620", "clinic": "Cedar Crest Medical Group - Neurosurgery",
             "patient": "MORETTI, GIANNI R", "mrn": "CCM-503377", "dob": "05/19/1958"},
    "pages": [
        # 1 -- cover
        cover("Cohere Health - Utilization Management", "Marcus Feld, MD / Cedar Crest Neurosurgery",
              "01/16/2026", "Prior authorization - [[MR spectroscopy|mr_spectroscopy]], brain (Gianni R. Moretti)",
              12,
              "Request form; ED note; labs; medication list; outside [[MRI brain|conventional_imaging]] report; "
              "neurosurgery consultation; billing summary; staging CT; ophthalmology; clinic note; release"),
        # 2 -- ruled request form
        [("h", "PRIOR AUTHORIZATION REQUEST - ADVANCED IMAGING", 13), ("gap", 6),
         ("table", [
             ("Date of Request", "01/14/2026"),
             ("Member Name / DOB", "Gianni R. Moretti  /  05/19/1958"),
             ("Member ID", "CCH-77410259"),
             ("Ordering Provider", "Marcus Feld, MD - Neurosurgery, NPI 1649920375"),
             ("Rendering Facility", "Cedar Crest Hospital MRI (3T)"),
             ("CPT Code(s)", "76390"),
             ("Procedure", "[[MR spectroscopy|mr_spectroscopy]], brain - single voxel and multivoxel, splenium / "
                           "left periventricular [[mass|brain_tumor]]"),
             ("ICD-10", "G93.89, R41.0, R47.01"),
             ("Diagnosis", "Splenial [[brain mass|brain_tumor]]; [[primary CNS lymphoma|intraaxial_tumor|u]] "
                           "suspected"),
             ("Body Part", "Brain"),
             ("Requested Date of Service", "01/21/2026"),
             ("Priority", "[X] Urgent    [ ] Standard"),
             ("Clinical indication (check all that apply)",
              "[X] [[Intracranial mass / tumor|brain_tumor]]    [ ] Recurrence vs radiation necrosis    "
              "[ ] Post-treatment surveillance    [ ] Neonatal HIE    [ ] Metabolic / leukodystrophy    "
              "[ ] Repeat study"),
             ("[[Prior MR spectroscopy|mr_spectroscopy|nh]]", "[ ] Yes    [X] No"),
             ("[[Claustrophobia|claustrophobia|n]]", "[ ] Yes    [X] No"),
             ("[[Renal impairment|renal_insufficiency]] (eGFR < 60)",
              "[X] Yes    [ ] No      eGFR 52 mL/min/1.73m2 ([[CKD stage 3a|renal_insufficiency]])"),
             ("Prior imaging attached",
              "[X] Yes    [ ] No      [[CT head|conventional_imaging|h]] 12/29/2025; "
              "[[MRI brain|conventional_imaging]] 01/06/2026"),
             ("Signature / Date", "M. Feld, MD    01/14/2026"),
         ], 165)],
        # 3 -- ED note with the older CT
        [("h", "CEDAR CREST HOSPITAL - EMERGENCY DEPARTMENT NOTE", 12),
         ("l", "Arrival: 12/29/2025 10:41      Attending: Olivia Brandt, MD      Mode: private vehicle"),
         ("gap", 6),
         ("p", "HPI: 67-year-old man brought by his daughter for two weeks of "
               "[[intermittent confusion|symptoms_new_or_worse]] and [[forgetfulness|symptoms_new_or_worse]]: he "
               "left the stove on twice and got lost driving to a familiar store. Three days of dysuria and "
               "urinary frequency. No fever, [[headache|symptoms_new_or_worse|n]] or "
               "[[seizure activity|symptoms_new_or_worse|n]]."),
         ("p", "PMH: Hypertension, type 2 diabetes, [[CKD stage 3a|renal_insufficiency]] (baseline creatinine "
               "1.4), BPH. Former smoker."),
         ("p", "EXAM: T 37.4 C, BP 152/84, HR 88. Oriented to person and place, not to date; MoCA 21/30. Mild "
               "[[word-finding pauses|symptoms_new_or_worse]]. Strength full, no drift, reflexes symmetric. "
               "Suprapubic tenderness."),
         ("p", "ED COURSE: UA: leukocyte esterase positive, 20-50 WBC/hpf, nitrite positive. Creatinine 1.41. "
               "Glucose 168. [[CT head|conventional_imaging|h]] without contrast: "
               "[[no acute intracranial abnormality|imaging_conclusive|h]]; mild chronic small-vessel change."),
         ("p", "ASSESSMENT: Acute metabolic encephalopathy (delirium), most likely from a urinary tract "
               "infection in an older man."),
         ("p", "DISPOSITION: Cephalexin 500 mg four times daily for 7 days; urine culture sent. Home with "
               "daughter. PCP follow-up in one week. Return if [[worsening confusion|symptoms_new_or_worse|y]], "
               "[[weakness|symptoms_new_or_worse|y]] or fever."),
         ("l", "Olivia Brandt, MD  12/29/2025 14:02")],
        # 4 -- labs (irrelevant)
        [("h", "LABORATORY RESULTS", 12),
         ("l", "Collected 01/06/2026 21:30 and 01/07/2026 05:10 (inpatient)      Ordering: R. Iyer, MD"), ("gap", 6),
         ("table", [
             ("Test", "Result / Reference"),
             ("Sodium / Potassium", "136 / 4.4 mmol/L"),
             ("Creatinine / eGFR", "1.38 mg/dL H  /  52 mL/min/1.73m2 L"),
             ("Glucose", "214 mg/dL H (after dexamethasone)"),
             ("WBC / Hgb / Plt", "11.8 H / 13.2 / 231"),
             ("Lactate dehydrogenase (LDH)", "248 U/L (125-220) H"),
             ("HIV-1/2 antigen/antibody", "Nonreactive"),
             ("Toxoplasma IgG", "Negative"),
             ("Hepatitis B surface antigen / HCV antibody", "Nonreactive / Nonreactive"),
             ("Hemoglobin A1c", "7.4 %"),
             ("Urine culture (12/29/2025)", "E. coli > 100,000 CFU/mL, pan-sensitive"),
             ("Urinalysis (01/06/2026)", "No leukocyte esterase, no nitrite"),
         ], 220),
         ("p", "Lumbar puncture deferred by the admitting team because of mass effect."),
         ("l", "Verified: Cedar Crest Hospital Laboratory, CLIA 05D0000000")],
        # 5 -- medication list (irrelevant)
        [("h", "MEDICATION RECONCILIATION", 12),
         ("l", "01/13/2026 - Cedar Crest Neurosurgery Clinic      Reviewed with daughter (health care proxy)"),
         ("gap", 6),
         ("table", [
             ("Dexamethasone 4 mg IV", "every 6 hours - started 01/06/2026 (10 mg IV load in the ED); "
                                       "DISCONTINUED 01/08/2026 after 3 doses, held before biopsy"),
             ("Pantoprazole 40 mg PO", "daily - stopped 01/09/2026 with dexamethasone"),
             ("Cephalexin 500 mg PO", "four times daily 12/29/2025 - 01/04/2026, completed"),
             ("Lisinopril 20 mg PO", "daily"),
             ("Amlodipine 5 mg PO", "daily"),
             ("Metformin 500 mg PO", "twice daily (renal dose)"),
             ("Tamsulosin 0.4 mg PO", "nightly"),
             ("Atorvastatin 40 mg PO", "nightly"),
         ], 190),
         ("p", "ALLERGIES: Sulfa (rash). No contrast reactions; received gadolinium 01/06/2026 without incident."),
         ("p", "PHARMACY: Lakeview Drug, (555) 010-4733.")],
        # 6 -- SCANNED outside MRI report (image-only page; the decisive evidence)
        [("scan", [
            "**BELLWETHER IMAGING CENTER",
            "2250 Lakeview Parkway  -  Tel (555) 010-3390  -  Fax (555) 010-3391",
            "",
            "**[[MRI BRAIN WITH AND WITHOUT CONTRAST|conventional_imaging]]",
            "Exam date: 01/06/2026     Accession: BIC-26-000418     CPT: 70553",
            "Patient: Gianni Moretti     DOB: 05/19/1958     Referring: Anita Shah, MD",
            "",
            "INDICATION: [[Progressive confusion|symptoms_new_or_worse]] and "
            "[[word-finding difficulty|symptoms_new_or_worse]] for three weeks.",
            "COMPARISON: [[CT head|conventional_imaging|h]] 12/29/2025, reported as "
            "[[no acute abnormality|imaging_conclusive|h]].",
            "TECHNIQUE: Sagittal T1, axial T2, FLAIR, DWI/ADC, SWI, DSC perfusion, post-contrast 3D T1. "
            "[[MR spectroscopy|mr_spectroscopy|n]] was not performed.",
            "FINDINGS: 3.2 x 2.8 cm homogeneously [[enhancing mass|brain_tumor]] centered in the splenium of the corpus "
            "callosum, extending into the left periventricular white matter, with marked restricted diffusion "
            "(ADC 0.62) and moderate vasogenic edema. No central necrosis. No hemorrhage on SWI. Relative CBV "
            "only mildly elevated (1.6). No other lesions. No hydrocephalus. Mild chronic small-vessel change.",
            "**IMPRESSION:",
            "1. Solitary enhancing [[splenial mass|brain_tumor]], [[indeterminate|imaging_inconclusive|u]]: "
            "[[primary CNS lymphoma versus glioblastoma|imaging_inconclusive|u|primary CNS lymphoma:"
            "intraaxial_tumor:u|glioblastoma:glial_neoplasm:u]]. Homogeneous enhancement, marked diffusion "
            "restriction and low rCBV favor [[lymphoma|intraaxial_tumor|u]]; the butterfly pattern across the corpus callosum is also "
            "seen with [[high-grade glioma|glial_neoplasm|u]].",
            "2. [[Recommend MR spectroscopy|imaging_inconclusive|u|MR spectroscopy:mr_spectroscopy:]] for "
            "[[further characterization|imaging_inconclusive|u]] before tissue sampling.",
            "3. If clinically feasible, corticosteroids should be withheld until tissue diagnosis.",
            "",
            "Discussed with Dr. Shah by telephone 01/06/2026 at 15:20.",
            "Electronically signed: Rupert Okonjo, MD, Neuroradiology   01/06/2026 15:34",
        ])],
        # 7 -- two-column neurosurgery consult
        [("h", "NEUROSURGERY CONSULTATION - INPATIENT", 12),
         ("l", "Date: 01/07/2026     Consultant: Marcus Feld, MD     Requested by: Hospital Medicine (R. Iyer, MD)"),
         ("rule",), ("gap", 4),
         ("twocol",
          [("h", "REASON FOR CONSULT", 10),
           ("p", "Splenial [[brain mass|brain_tumor]] on outpatient [[MRI|conventional_imaging]] 01/06/2026."),
           ("h", "HISTORY", 10),
           ("p", "67-year-old right-handed retired machinist with three weeks of "
                 "[[progressive confusion|symptoms_new_or_worse]], "
                 "[[short-term memory loss|symptoms_new_or_worse]] and "
                 "[[word-finding difficulty|symptoms_new_or_worse]]. In our ED on 12/29/2025 a "
                 "[[CT head|conventional_imaging|h]] was read as "
                 "[[no acute intracranial abnormality|imaging_conclusive|h]] and a urinary tract infection was "
                 "treated, without improvement. His PCP obtained the [[MRI|conventional_imaging]]; he was sent to "
                 "the ED, given dexamethasone 10 mg IV and admitted."),
           ("h", "PAST HISTORY", 10),
           ("p", "Hypertension; type 2 diabetes; [[CKD stage 3a|renal_insufficiency]]; BPH. No prior cancer and no "
                 "immunosuppression. Former smoker, 20 pack-years, quit 2004."),
           ("h", "FAMILY HISTORY", 10),
           ("p", "Brother had a [[meningioma|extraaxial_tumor|hf]] removed at age 60. Mother had dementia in her "
                 "80s."),
           ("h", "EXAM", 10),
           ("p", "Alert, oriented to person and place. MoCA 19/30 (21/30 on 12/29). Mild anomia. Strength "
                 "full, no drift. Gait slightly wide-based. No papilledema.")],
          [("h", "IMAGING", 10),
           ("p", "Outside [[MRI brain|conventional_imaging]] 01/06/2026 (report attached) reviewed: 3.2 cm "
                 "homogeneously [[enhancing mass|brain_tumor]] of the splenium extending into the left periventricular white "
                 "matter, marked restricted diffusion, moderate edema, no central necrosis."),
           ("h", "ASSESSMENT", 10),
           ("p", "Solitary [[splenial mass|brain_tumor]] in an immunocompetent 67-year-old. Suspected "
                 "[[primary CNS lymphoma|intraaxial_tumor|u]] ([[PCNSL|intraaxial_tumor|u]]); "
                 "[[glioblastoma|glial_neoplasm|u]] remains possible. Not amenable to meaningful "
                 "[[resection|resection|n]] in this location."),
           ("h", "RECOMMENDATIONS", 10),
           ("p", "1. Dexamethasone stopped after three doses: steroids can render a biopsy nondiagnostic."),
           ("p", "2. [[MR spectroscopy|mr_spectroscopy]] of [[the mass|brain_tumor]]. A dominant lipid-lactate peak with high "
                 "choline would support [[PCNSL|intraaxial_tumor|uy]] and a needle biopsy alone, then "
                 "[[high-dose methotrexate|chemotherapy|y]]-based therapy; a spectrum favoring "
                 "[[glioblastoma|glial_neoplasm|uy]] would direct the biopsy to the highest-choline region."),
           ("p", "3. Stereotactic biopsy about 10 days off steroids, with a pre-biopsy "
                 "[[MRI|conventional_imaging|y]]."),
           ("p", "4. HIV, LDH, slit-lamp eye examination and CT chest, abdomen and pelvis for staging."),
           ("gap", 4),
           ("l", "Marcus Feld, MD"),
           ("l", "01/07/2026 18:25")]),
         ],
        # 8 -- billing statement (irrelevant; CPT codes are history)
        [("h", "CEDAR CREST HOSPITAL - PATIENT ACCOUNT SUMMARY", 12),
         ("l", "Statement date 01/12/2026      Account 60-2291874      Guarantor: Gianni R. Moretti"), ("gap", 6),
         ("table", [
             ("Date  /  Code", "Description  /  Charge"),
             ("12/29/2025  99284", "Emergency department visit, moderate  /  $1,140.00"),
             ("12/29/2025  70450", "[[CT HEAD/BRAIN W/O CONTRAST|conventional_imaging|h]]  /  $1,612.00"),
             ("12/29/2025  81001", "Urinalysis, automated, with microscopy  /  $48.00"),
             ("01/06/2026  99285", "Emergency department visit, high  /  $1,890.00"),
             ("01/06/2026  96374", "IV push, single drug  /  $212.00"),
             ("01/07/2026  99223", "Initial hospital care, high  /  $610.00"),
             ("01/07/2026  99254", "Inpatient consultation  /  $455.00"),
             ("01/08/2026  71260", "CT chest with contrast  /  $1,320.00"),
             ("01/08/2026  74177", "CT abdomen and pelvis with contrast  /  $2,480.00"),
             ("01/08/2026  87389", "HIV-1/2 antigen/antibody screen  /  $96.00"),
         ], 150),
         ("p", "Primary insurance: Cedar Crest Health Plan (CCH-77410259) - claims submitted 01/10/2026. "
               "Patient responsibility pending adjudication. Questions: Patient Financial Services (555) 010-4690.")],
        # 9 -- staging CT chest/abdomen/pelvis (not brain imaging)
        [("h", "CEDAR CREST HOSPITAL - RADIOLOGY", 12),
         ("l", "Exam: CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST      CPT: 71260, 74177"),
         ("l", "Date: 01/08/2026      Accession: CCH-CT-5520981      Ordering: R. Iyer, MD"), ("gap", 6),
         ("p", "INDICATION: [[Brain mass|brain_tumor]]; staging."),
         ("p", "FINDINGS: No thoracic, abdominal or pelvic lymphadenopathy. 6 mm solid nodule in the right lower "
               "lobe. No pleural effusion. Liver, spleen, pancreas and adrenal glands unremarkable; spleen 10 cm. "
               "3.1 cm simple cyst of the left kidney. Prostate enlarged. No destructive osseous lesion."),
         ("p", "IMPRESSION: 1. No evidence of systemic lymphoma or of a primary malignancy in the chest, abdomen "
               "or pelvis. 2. 6 mm right lower lobe nodule; follow-up chest CT in 6-12 months per Fleischner "
               "criteria. 3. Simple left renal cyst."),
         ("l", "Electronically signed: Carmen Delgado, MD  01/08/2026 13:12")],
        # 10 -- ophthalmology
        [("h", "OPHTHALMOLOGY INPATIENT CONSULTATION", 12),
         ("l", "01/08/2026      Consultant: Tobias Lindgren, MD"), ("gap", 6),
         ("p", "Asked to look for ocular involvement given suspected "
               "[[primary CNS lymphoma|intraaxial_tumor|u]]. No visual complaints."),
         ("p", "EXAM: Visual acuity 20/30 OD, 20/30 OS. Pupils equal, no afferent defect. Confrontation fields "
               "full. Slit lamp: quiet anterior chambers; 1+ nuclear sclerosis both eyes. Dilated fundus "
               "examination: no vitreous cells or haze, no subretinal infiltrates; a few dot-blot hemorrhages "
               "in both eyes."),
         ("p", "IMPRESSION: No ocular involvement. Mild nonproliferative diabetic retinopathy. Cataracts."),
         ("p", "PLAN: Repeat examination if [[visual symptoms|symptoms_new_or_worse|y]] develop; routine diabetic "
               "eye care in 12 months.")],
        # 11 -- neurosurgery clinic note
        [("h", "NEUROSURGERY CLINIC - POST-DISCHARGE VISIT", 12),
         ("l", "01/13/2026      Provider: Marcus Feld, MD      Accompanied by: daughter (health care proxy)"),
         ("gap", 6),
         ("p", "INTERVAL: Discharged 01/09/2026. Off dexamethasone since 01/08. His daughter says his "
               "[[confusion is a little worse|symptoms_new_or_worse]] since the steroids were stopped. No "
               "[[headache|symptoms_new_or_worse|n]] or vomiting; no [[falls|symptoms_new_or_worse|n]]."),
         ("p", "DATA: HIV nonreactive, LDH 248. CT chest, abdomen and pelvis 01/08: no systemic disease. "
               "Ophthalmology 01/08: no ocular involvement."),
         ("p", "EXAM: MoCA 18/30. Mild anomia. Otherwise nonfocal; no papilledema."),
         ("p", "PLAN: 1. Prior authorization for [[MR spectroscopy|mr_spectroscopy]] (CPT 76390) to be submitted; "
               "target date 01/21/2026. 2. Stereotactic needle biopsy booked for 01/22/2026. 3. Resume "
               "dexamethasone only for [[headache|symptoms_new_or_worse|y]] or "
               "[[rapid decline|symptoms_new_or_worse|y]]. 4. Hematology-oncology (Dr. Lucero) aware: if "
               "[[PCNSL|intraaxial_tumor|uy]] is confirmed, induction with "
               "[[high-dose methotrexate|chemotherapy|y]] and rituximab, with "
               "[[whole-brain radiation|radiation_therapy|y]] held in reserve."),
         ("l", "Marcus Feld, MD   01/13/2026 16:10")],
        # 12 -- demographics and release (irrelevant; signed after the request date)
        [("h", "PATIENT DEMOGRAPHICS AND COVERAGE", 12), ("gap", 4),
         ("table", [("Name", "Gianni R. Moretti"), ("Address", "41 Millrace Court, Cedar Crest"),
                    ("Phone", "(555) 010-4417"), ("Primary insurance", "Cedar Crest Health Plan, ID CCH-77410259"),
                    ("Health care proxy", "Lucia Moretti (daughter), (555) 010-4418"),
                    ("Preferred language", "English; Italian")], 160),
         ("h", "AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION", 12), ("gap", 4),
         ("p", "I authorize Cedar Crest Medical Group to release records dated 12/2025 to 01/2026 to my health "
               "plan for the purpose of prior authorization. This authorization expires one year from signature."),
         ("l", "Signed: Lucia Moretti, health care proxy for Gianni R. Moretti      Date: 01/15/2026"),
         ("l", "Records compiled by: J. Whitaker, medical records, 01/15/2026")],
    ],
})


# 25 -- child at risk for later-onset Krabbe disease (brother died of it); prior MR spectroscopy 5 months ago;
#       new spastic gait since; the newest MRI is normal; nothing about guidelines ---------------------------
CASES.append({
    "case": "25_krabbe_sibling_repeat_mrs_normal_mri",
    "pdf": "brightwater_childrens_neurology_fax.pdf",
    "description": (
        "Faxed 7-page packet (banner 02/12/2026 on every page, running header and footer) for a girl of 2 "
        "years 10 months whose brother died of infantile Krabbe disease in 2021; her newborn GALC testing was "
        "intermediate (one familial pathogenic variant plus a VUS, psychosine 2.4 nmol/L), so she is on an "
        "established surveillance protocol for later-onset Krabbe disease. Her last MRI brain and MR "
        "spectroscopy were at an outside hospital on 09/09/2025 (the MRI equivocal, the spectrum within the "
        "reference range). Since about November she has new toe-walking, falls and new ankle clonus, and "
        "psychosine is rising; the MRI brain of 01/20/2026 is a normal study. Child neurology requests a repeat "
        "MR spectroscopy (Date of Request 02/10/2026). Conventional path not_met (the most recent MRI is "
        "normal, although Krabbe disease is suspected); repeat path: prior MRS documented, new signs after it, "
        "an established monitoring need that would change management (HSCT referral), but nothing attests "
        "that no established guideline covers the situation, so no_established_guidelines is unknown and the "
        "repeat path is unknown; the prior MRS (09/09/2025) is before 2025-11-10, outside the 3-month window "
        "-> indications unknown, non_indications not_met -> insufficient_information. Traps: the older "
        "outside MRI/MRS report is an image-only scanned page (OCR) whose 'equivocal' / 'cannot be excluded' "
        "is superseded by the newer normal MRI; the brother's Krabbe disease, seizures and MRI are family "
        "history; 'five months ago' is a relative date resolved against the note's date; the local MRI says "
        "'Spectroscopy not acquired' (negated) and 'No findings of leukodystrophy' (negated) while the "
        "clinicians still suspect Krabbe disease; 'Metachromatic leukodystrophy was excluded' and "
        "'mitochondrial disease is not suspected' are negated; the general anesthetic is for age "
        "('Claustrophobia [X] No'); 'Renal disease [X] No' is negated; HSCT referral, continued surveillance "
        "and 'return sooner if seizures / regression' are conditional; 'Disease-directed treatment since prior "
        "study [X] No'; the fax banner 02/12/2026, the letter date 02/09/2026 and the requested date of service "
        "02/24/2026 are not the request date; CPT 70551 and '70551, 76390' in report headers are history; the "
        "ruled form's indication row wraps so that '[ ] Mitochondrial / inborn error [X]' ends one line and "
        "'Leukodystrophy' starts the next (the tick belongs to Leukodystrophy; inborn error is unticked); the "
        "normal report's 'typical appearance of terminal zones of myelination' is conclusive wording; a GALC "
        "'variant of uncertain significance' is genetics, not imaging; 'optic radiations' is not radiation "
        "therapy and 'recurrence risk' (genetic counseling) is not tumor recurrence."),
    "request_date": "2026-02-10",
    "population": "pediatric",
    "patient_age_years": 2,
    "cpt_codes": ["76390"],
    "outcome": "insufficient_information",
    "leaves": {
        "clinical_documentation_present": "met", "procedure_code_consistent": "met",
        "body_region_consistent": "met", "conventional_imaging_inconclusive": "not_met",
        "glioma_grading": "unknown", "recurrence_vs_radiation_necrosis": "unknown",
        "intraaxial_brain_tumor": "unknown", "posttreatment_surveillance": "unknown",
        "neonatal_hie": "unknown", "metabolic_disorder": "met", "inherited_metabolic_disorder": "met",
        "is_repeat_request": "met", "no_established_guidelines": "unknown",
        "new_or_worsening_symptoms": "met", "clarify_indeterminate_finding": "unknown",
        "monitoring_need": "met", "recent_imaging_without_change": "not_met"},
    "ambiguous_leaves": {},
    "notes": [],
    "meta": {"fax_sent": "02/12/2026 14:05", "sender": "Brightwater Children's Neurology",
             "sender_fax": "(555) 010-5840", "clinic": "Brightwater Children's Neurology",
             "patient": "CASTELLANOS, NORA", "mrn": "BCH-612094", "dob": "03/22/2023"},
    "pages": [
        # 1 -- ruled request form
        [("h", "PEDIATRIC ADVANCED IMAGING - PRIOR AUTHORIZATION REQUEST", 13), ("gap", 6),
         ("table", [
             ("Date of Request", "02/10/2026"),
             ("Member Name / DOB", "Nora Castellanos  /  03/22/2023"),
             ("Member ID", "BWP-30417762"),
             ("Ordering Provider", "Helena Marsh-Obi, MD - Child Neurology, NPI 1558203917"),
             ("Rendering Facility", "Brightwater Children's Hospital MRI (3T), sedation suite"),
             ("CPT Code(s)", "76390"),
             ("Procedure", "[[MR spectroscopy|mr_spectroscopy]], brain - single voxel, parieto-occipital white "
                           "matter and posterior limb of the internal capsule"),
             ("ICD-10", "R26.89, R29.2, Z84.81"),
             ("Diagnosis", "Suspected later-onset [[Krabbe disease|inherited_metabolic_disorder|u]] (newborn "
                           "GALC result intermediate); [[new gait change|symptoms_new_or_worse]]"),
             ("Body Part", "Brain"),
             ("Requested Date of Service", "02/24/2026"),
             ("Priority", "[ ] Urgent    [X] Standard"),
             ("Clinical indication (check all that apply)",
              "[ ] Brain tumor    [ ] Neonatal HIE    [ ] Mitochondrial / inborn error    "
              "[X] [[Leukodystrophy|inherited_metabolic_disorder]]    [X] Repeat study"),
             ("[[Prior MR spectroscopy|mr_spectroscopy|h]] of the same region",
              "[X] Yes    [ ] No      Date: 09/09/2025      Facility: Bayview University Children's Hospital"),
             ("[[New or worsening symptoms|symptoms_new_or_worse]] since prior study", "[X] Yes    [ ] No"),
             ("Disease-directed treatment since prior study (e.g. HSCT)", "[ ] Yes    [X] No"),
             ("Sedation / anesthesia", "[X] Yes    [ ] No      (general anesthesia for age)"),
             ("[[Claustrophobia|claustrophobia|n]]", "[ ] Yes    [X] No"),
             ("[[Renal disease|renal_insufficiency|n]] / contrast allergy", "[ ] Yes    [X] No"),
             ("Contrast", "[ ] With    [X] Without"),
             ("Signature / Date", "H. Marsh-Obi, MD    02/10/2026"),
         ], 175)],
        # 2 -- child neurology clinic note
        [("h", "CHILD NEUROLOGY - CLINIC NOTE", 12),
         ("l", "Date of service: 02/03/2026      Provider: Helena Marsh-Obi, MD      Visit: transfer of care"),
         ("gap", 6),
         ("p", "CHIEF CONCERN: [[Toe-walking|symptoms_new_or_worse]] and [[falls|symptoms_new_or_worse]]."),
         ("p", "HPI: Nora is a 2-year-10-month-old girl followed since birth because her older brother died of "
               "infantile [[Krabbe disease|inherited_metabolic_disorder|hf]] in 2021. Her newborn testing showed low "
               "galactocerebrosidase (GALC) activity, the familial pathogenic GALC variant with a second variant "
               "of uncertain significance in trans, and a psychosine of 2.4 nmol/L, so she has been followed for "
               "possible later-onset [[Krabbe disease|inherited_metabolic_disorder|u]]. Her last "
               "[[MRI brain|conventional_imaging|h]] and [[MR spectroscopy|mr_spectroscopy|h]] were at Bayview "
               "University Children's Hospital five months ago, before the family moved here."),
         ("p", "Since about November her parents have noticed [[new toe-walking|symptoms_new_or_worse]], "
               "[[frequent falls|symptoms_new_or_worse]] (two or three a week) and "
               "[[stiffness of both legs|symptoms_new_or_worse]] in the mornings; she now needs a hand on the "
               "stairs, which she climbed alone last summer. Speech is developing well (three- to four-word "
               "sentences). No [[seizures|symptoms_new_or_worse|n]], no [[loss of words|symptoms_new_or_worse|n]]; "
               "eating well."),
         ("p", "BIRTH HISTORY: Term, uncomplicated vaginal delivery, no NICU stay."),
         ("p", "FAMILY HISTORY: Brother Mateo was well until 4 months of age, then developed "
               "[[seizures|symptoms_new_or_worse|hf]]; his [[MRI brain|conventional_imaging|hf]] at 7 months "
               "showed extensive white matter disease and he was diagnosed with infantile "
               "[[Krabbe disease|inherited_metabolic_disorder|hf]]; he died in 2021 at 19 months. Parents are "
               "carriers and are not related."),
         ("p", "EXAM: Weight 13.1 kg (40th centile), head circumference 48.5 cm (50th). Alert, playful, follows "
               "two-step commands. Cranial nerves intact; optic discs sharp. Increased tone in both legs, brisk "
               "knee and ankle reflexes, [[new sustained ankle clonus|symptoms_new_or_worse]] on both sides (not "
               "present at the Bayview examination in 09/2025) and upgoing toes. Toe-walks; can stand flat on "
               "request. Arms normal."),
         ("p", "DATA: [[MRI brain|conventional_imaging]] here on 01/20/2026 (3T, under anesthesia) was "
               "[[read as normal|imaging_conclusive]], with myelination appropriate for age (report attached). "
               "Plasma psychosine 12/15/2025: 4.1 nmol/L (2.4 at birth, 3.0 in 06/2025). Bayview "
               "[[MRS|mr_spectroscopy|h]] 09/09/2025: NAA, choline and myo-inositol within the reference range "
               "for age; no lactate."),
         ("p", "ASSESSMENT: Suspected later-onset [[Krabbe disease|inherited_metabolic_disorder|u]], with "
               "[[new spastic diplegia|symptoms_new_or_worse]] over three months and a slowly rising psychosine, "
               "despite a [[normal MRI|imaging_conclusive||MRI:conventional_imaging:]]. "
               "[[Metachromatic leukodystrophy|inherited_metabolic_disorder|n]] was excluded at Bayview (normal "
               "arylsulfatase A); [[mitochondrial disease|metabolic_disorder|n]] is not suspected."),
         ("p", "PLAN: 1. Repeat [[MR spectroscopy|mr_spectroscopy]] of the brain (letter to follow). 2. Psychosine "
               "and GALC in 4 weeks. 3. Transplant team contacted about HSCT evaluation. 4. Physical therapy and "
               "night ankle-foot orthoses. 5. Return sooner for [[seizures|symptoms_new_or_worse|y]], "
               "[[swallowing difficulty|symptoms_new_or_worse|y]] or [[regression|symptoms_new_or_worse|y]]."),
         ("l", "Electronically signed: Helena Marsh-Obi, MD  02/03/2026 17:40")],
        # 3 -- letter of medical necessity
        [("h", "LETTER OF MEDICAL NECESSITY", 13),
         ("l", "February 9, 2026"), ("l", "To: Cohere Health Utilization Management"), ("gap", 6),
         ("p", "Re: Nora Castellanos, DOB 03/22/2023 - repeat [[MR spectroscopy|mr_spectroscopy]] of the brain "
               "(CPT 76390)"),
         ("p", "Nora is a 2-year-old girl with suspected later-onset [[Krabbe disease|inherited_metabolic_disorder|u]] "
               "([[globoid cell leukodystrophy|inherited_metabolic_disorder|u]]), a lysosomal "
               "[[inborn error of metabolism|metabolic_disorder|u]]; her brother died of the infantile form in "
               "2021. She is followed on an established [[surveillance|surveillance_intent]] protocol, with a "
               "neurological examination every 3 months and imaging every 6 months. Her last "
               "[[MR spectroscopy|mr_spectroscopy|h]] was on 09/09/2025 at Bayview University Children's "
               "Hospital."),
         ("p", "Since that study she has developed [[new toe-walking|symptoms_new_or_worse]], "
               "[[frequent falls|symptoms_new_or_worse]] and [[new ankle clonus|symptoms_new_or_worse]], and her "
               "plasma psychosine has risen from 3.0 to 4.1 nmol/L. Her [[MRI brain|conventional_imaging]] of "
               "01/20/2026 was [[read as normal|imaging_conclusive]]."),
         ("p", "The repeat study [[would change management|surveillance_intent]]: evidence of active demyelination "
               "would lead to referral for hematopoietic stem cell transplantation now, while it can still alter "
               "her course; stable metabolite ratios would support continued "
               "[[surveillance|surveillance_intent|y]]. The study is done without contrast under the general "
               "anesthetic she needs for any scan at her age."),
         ("gap", 6), ("l", "Sincerely,"), ("l", "Helena Marsh-Obi, MD, Child Neurology"),
         ("l", "Brightwater Children's Hospital - (555) 010-5841")],
        # 4 -- the newest MRI: normal
        [("h", "BRIGHTWATER CHILDREN'S HOSPITAL - PEDIATRIC RADIOLOGY", 12),
         ("l", "Exam: [[MRI BRAIN WITHOUT CONTRAST|conventional_imaging]]      CPT: 70551"),
         ("l", "Date: 01/20/2026      Accession: BCH-MR-2611087      Ordering: H. Marsh-Obi, MD"), ("gap", 6),
         ("p", "INDICATION: 2-year-old with suspected later-onset "
               "[[Krabbe disease|inherited_metabolic_disorder|u]]; [[new toe-walking|symptoms_new_or_worse]] and "
               "[[hyperreflexia|symptoms_new_or_worse]]."),
         ("p", "TECHNIQUE: Sagittal 3D T1, axial and coronal T2, FLAIR, DWI/ADC, SWI. General anesthesia. No "
               "contrast. [[Spectroscopy|mr_spectroscopy|n]] not acquired."),
         ("p", "COMPARISON: Outside [[MRI brain|conventional_imaging|h]] 09/09/2025 (Bayview), images reviewed."),
         ("p", "FINDINGS: Myelination is appropriate for age, including the posterior limbs of the internal "
               "capsules, the corticospinal tracts, the optic radiations and the subcortical U-fibers. The faint "
               "symmetric T2 signal in the posterior limbs of the internal capsules questioned on the outside "
               "study is no longer seen; the faint peritrigonal T2 signal is unchanged and has the [[typical "
               "appearance of|imaging_conclusive]] terminal zones of myelination. Optic nerves and chiasm normal in caliber. Dentate "
               "nuclei, cerebellum and brainstem normal. No restricted diffusion. No hydrocephalus."),
         ("p", "IMPRESSION: [[Normal MRI of the brain|imaging_conclusive||MRI:conventional_imaging:]] for age. No "
               "findings of [[leukodystrophy|inherited_metabolic_disorder|n]]."),
         ("l", "Electronically signed: Ines Vukovic, MD, Pediatric Neuroradiology  01/20/2026 16:02")],
        # 5 -- SCANNED outside MRI + MRS report, 09/09/2025
        [("scan", [
            "**BAYVIEW UNIVERSITY CHILDREN'S HOSPITAL - RADIOLOGY",
            "Outside record - faxed copy",
            "",
            "**[[MRI BRAIN WITHOUT CONTRAST|conventional_imaging|h]] AND "
            "[[PROTON MR SPECTROSCOPY|mr_spectroscopy|h]]",
            "Exam date: 09/09/2025     CPT: 70551, 76390     Accession: BUCH-25-117734",
            "Patient: Nora Castellanos     DOB: 03/22/2023     Ordering: Samuel Adeyemi, MD (Genetics)",
            "",
            "INDICATION: 2-year-old, possible later-onset [[Krabbe disease|inherited_metabolic_disorder|u]] "
            "(affected sibling, intermediate newborn GALC result); routine [[surveillance|surveillance_intent|h]]. [[Asymptomatic|symptoms_stable|h]].",
            "FINDINGS: Myelination appropriate for age. Faint symmetric T2 hyperintensity in the posterior limbs "
            "of the internal capsules and in the peritrigonal white matter. Optic nerves normal in caliber. No "
            "restricted diffusion.",
            "[[MRS|mr_spectroscopy|h]] (single voxel, left parieto-occipital white matter, TE 35 and 144 ms): "
            "NAA/Cr 1.6, Cho/Cr 0.9, mI/Cr 0.6, within the reference range for age. No lactate.",
            "**IMPRESSION:",
            "1. Faint symmetric internal capsule signal, [[equivocal|imaging_inconclusive|uh]]; early "
            "[[Krabbe disease|inherited_metabolic_disorder|u]] [[cannot be excluded|imaging_inconclusive|uh]].",
            "2. [[Spectroscopy|mr_spectroscopy|h]] metabolite ratios within the reference range for age.",
            "3. [[Follow-up|surveillance_intent|y]] [[MRI|conventional_imaging|y]] with "
            "[[spectroscopy|mr_spectroscopy|y]] in 6 months is suggested.",
            "",
            "Electronically signed: Priya Venkataraman, MD   09/09/2025 14:51",
        ])],
        # 6 -- biochemical genetics
        [("h", "BIOCHEMICAL GENETICS - RESULTS SUMMARY", 12),
         ("l", "Compiled 02/03/2026 for transfer of care      Reviewed: Samuel Adeyemi, MD / H. Marsh-Obi, MD"),
         ("gap", 6),
         ("table", [
             ("Test (date)", "Result / Reference"),
             ("GALC activity, leukocytes (04/2023)", "0.21 nmol/h/mg protein   LOW   (1.0-6.0)"),
             ("GALC sequencing (04/2023)", "Familial pathogenic variant (paternal); second variant of uncertain "
                                          "significance (maternal), in trans"),
             ("Psychosine, dried blood spot (04/2023)", "2.4 nmol/L"),
             ("Psychosine, dried blood spot (06/2025)", "3.0 nmol/L"),
             ("Psychosine, dried blood spot (12/15/2025)", "4.1 nmol/L   (infantile onset typically > 10)"),
             ("Arylsulfatase A, leukocytes (09/2025)", "Normal"),
             ("Very-long-chain fatty acids (09/2025)", "Normal"),
             ("CBC, CMP (01/20/2026)", "Normal; creatinine 0.3 mg/dL"),
         ], 210),
         ("p", "INTERPRETATION: Slowly rising psychosine, still well below the range of the infantile form. "
               "Combined with [[new corticospinal signs|symptoms_new_or_worse]], this is concerning for emerging later-onset disease. "
               "Repeat psychosine in 4 weeks."),
         ("p", "GENETIC COUNSELING (02/03/2026): Parents are carriers; recurrence risk and reproductive options "
               "reviewed; written material given.")],
        # 7 -- PT evaluation and medications
        [("h", "PHYSICAL THERAPY - INITIAL EVALUATION", 12),
         ("l", "12/04/2025 (Bayview outpatient rehabilitation)      Therapist: Coral Mendes, DPT"), ("gap", 6),
         ("p", "Referred for [[toe-walking|symptoms_new_or_worse]] noticed by the parents since the fall. Passive "
               "ankle dorsiflexion to neutral on the right and 5 degrees on the left; mild spastic catch at the "
               "gastrocnemius bilaterally. Gross motor: walks on toes, runs stiffly, needs a rail on stairs."),
         ("p", "PLAN: Stretching program, weekly therapy, night ankle-foot orthoses to be fitted."),
         ("gap", 8),
         ("h", "CURRENT MEDICATIONS (02/03/2026)", 12),
         ("table", [("Polyethylene glycol 3350", "8.5 g by mouth daily as needed"),
                    ("Cholecalciferol 400 IU", "daily"),
                    ("Melatonin 1 mg", "at bedtime as needed")], 190),
         ("p", "ALLERGIES: No known drug allergies. IMMUNIZATIONS: up to date.")],
    ],
})


def main(argv):
    for case in CASES:
        path, page_texts, page_spans = build_case(case)
        spans = gold_spans(case, page_texts, page_spans)
        if "--gold" in argv:
            write_gold(case, spans)
        line = f"{case['case']}: {path.name}, {len(page_texts)} pages, {len(spans)} spans"
        if "--check" in argv:
            problems, pages = check(case, page_texts)
            line += f", check: {'ok' if not problems else problems}"
        print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
