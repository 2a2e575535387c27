"""Writes gold JSON for cases b42-b45."""
import json, os
G = "/tmp/blind4/gold"
DOC = ["clinical_documentation_present", "procedure_code_consistent", "body_region_consistent"]
ALL_LEAVES = DOC + ["conventional_imaging_inconclusive", "glioma_grading", "recurrence_vs_radiation_necrosis",
    "intraaxial_brain_tumor", "posttreatment_surveillance", "neonatal_hie", "metabolic_disorder",
    "inherited_metabolic_disorder", "is_repeat_request", "no_established_guidelines", "new_or_worsening_symptoms",
    "clarify_indeterminate_finding", "monitoring_need", "recent_imaging_without_change"]

cases = []

cases.append({
 "case": "b42_pdf_prior_mrs_outside_window_by_one_day",
 "description": "38-year-old man with a radiographically presumed low-grade glioma of the left frontal operculum/anterior insula (found after a single focal aware seizure 8/2024, never biopsied, on active surveillance, seizure-free on unchanged levetiracetam). MRI + MR spectroscopy on 12/15/2025 was stable and favored LGG. MRI 03/09/2026 shows interval growth and a new 4 mm nodular enhancing focus, read as indeterminate (malignant transformation cannot be excluded) with MR spectroscopy recommended. Neuro-oncology requests MR spectroscopy (CPT 76390) on a form dated 03/16/2026 to decide on surgery timing. The most recent conventional MRI is inconclusive and the question is the grade of a suspected glial neoplasm, so the conventional-imaging indication is met. The prior MRS was performed 12/15/2025, one day before the 3-month window start (03/16/2026 minus 3 months = 12/16/2025), so the non-indication is not_met even though the form says no treatment and no new symptoms since then. Outcome meets_criteria.",
 "request_date": "2026-03-16",
 "population": "adult",
 "patient_age_years": 38,
 "cpt_codes": ["76390"],
 "outcome": "meets_criteria",
 "leaves": {
   "clinical_documentation_present": "met",
   "procedure_code_consistent": "met",
   "body_region_consistent": "met",
   "conventional_imaging_inconclusive": "met",
   "glioma_grading": "met",
   "recurrence_vs_radiation_necrosis": "unknown",
   "intraaxial_brain_tumor": "met",
   "neonatal_hie": "unknown",
   "metabolic_disorder": "unknown",
   "inherited_metabolic_disorder": "unknown",
   "is_repeat_request": "met",
   "no_established_guidelines": "unknown",
   "new_or_worsening_symptoms": "not_met",
   "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
 "ambiguous_leaves": {
   "posttreatment_surveillance": "Known personal brain tumor on surveillance, but it has never been treated (no biopsy/resection, XRT or chemo; levetiracetam is not tumor treatment), so the leaf's 'treated' condition fails. The spec gives no not_met rule for this leaf; lean unknown (some would say not_met).",
   "clarify_indeterminate_finding": "The request is to characterize a new indeterminate enhancing focus on the 03/09/2026 MRI, which reads like a one-time clarifying follow-up of an indeterminate finding; but the prior indeterminate finding is on MRI, not on the prior MRS, and the physician plans possible further follow-up. Lean met. Does not change the outcome (conventional-imaging path already met).",
   "monitoring_need": "Patient is on an active-surveillance program and the result changes management (surgery vs continued surveillance), but the MRS itself is requested for a new finding, not routine monitoring. Lean unknown/met; outcome unaffected."
 },
 "traps": [
   "Prior MRS window: 06_mri_mrs_brain_2025-12-15.pdf 'Exam date: 12/15/2025' and form 'MRI brain w/wo + MR spectroscopy - 12/15/2025'. Request date 03/16/2026 -> window starts 12/16/2025, so the prior MRS is one day OUTSIDE the 3-month window: recent_imaging_without_change = not_met.",
   "Same report is 'Electronically signed: 12/16/2025 07:42' - the signature date falls inside the window; the study date (exam date 12/15/2025) is what counts.",
   "Several candidate dates around the request date: fax banner/cover 'MAR-18-2026' / 'Date: 03/18/2026', LMN '13 March 2026', clinic note 'Mar 12, 2026', MRI '2026-03-09', requested DOS '03/23/2026'. Request date is the form's 'Date of request: 03/16/2026' (signature date identical). Using the note/LMN/MRI date (e.g. 03/12 -> window from 12/12/2025) would wrongly put the 12/15/2025 MRS inside the window and turn the case into does_not_meet_criteria.",
   "The form itself says 'Treatment since last imaging? [ ] Yes [X] No' and 'New / worsening symptoms? [ ] Yes [X] No', and the note says symptoms are stable: if the prior MRS were in the window the non-indication would be met. The case hinges only on the one-day date arithmetic.",
   "Older conclusive imaging vs newer inconclusive: the 12/15/2025 report says 'consistent with the known low-grade glioma' and the note copy-forwards the 12/11/2025 text 'MRI 9/10/25 stable, lesion c/w LGG, no enhancement'. The MOST RECENT conventional MRI (03/09/2026) is 'indeterminate ... cannot be excluded ... MR spectroscopy is recommended' -> conventional_imaging_inconclusive = met.",
   "Family history: 'Father - glioblastoma, dx age 58 ... deceased age 59' (note FAMILY HISTORY and LMN). Not the patient's disease; the patient's own suspected glioma supports the tumor leaves independently.",
   "Pregnancy belongs to the wife: 'wife is 30 wks pregnant' (note HPI, LMN 'his wife is expecting'); patient is male and form says 'Pregnant: [X] N/A' -> pregnancy flag not_met.",
   "Claustrophobia negated: 'Negative for claustrophobia - has completed 6 prior MRIs without sedation' and form '[ ] Yes [X] No' -> not_met. Renal: 'eGFR >90', form '[X] No' -> not_met.",
   "Unticked form box '[ ] Tumor recurrence vs radiation necrosis' states nothing; no XRT was ever given -> recurrence_vs_radiation_necrosis stays unknown, not met.",
   "Hypothetical treatment: 'If MRS suggests high-grade features -> awake craniotomy' is a conditional plan, not treatment; 'Levetiracetam 500 mg PO BID (dose unchanged since 08/2024)' is an unchanged regimen.",
   "CPT 70553 in the 03/09/2026 MRI header and '70553, 76390' in the 12/15/2025 report header are history, not the request; requested code is 76390 from the form.",
   "Grade never established: 'No bx', 'radiographic dx, no tissue' -> glioma_grading met (grade is the open question), despite the older reports calling it 'low-grade glioma'."
 ]
})

cases.append({
 "case": "b43_text_radiation_necrosis_after_srs_on_bevacizumab",
 "description": "67-year-old woman with EGFR-mutant NSCLC on unchanged osimertinib since 04/2025, solitary right parietal brain metastasis treated with SRS 24 Gy on 06/11/2025, complicated by symptomatic radiation necrosis (10/2025) treated with dexamethasone (off 12/22/2025) and four doses of bevacizumab (last 12/29/2025). MRI + MRS on 01/20/2026 was consistent with radiation necrosis; MRI 03/17/2026 shows further decrease, 'consistent with evolving radiation necrosis ... No imaging evidence of recurrent tumor'. Radiation oncology requests repeat MR spectroscopy (CPT 76390; form dated 03/24/2026) to confirm necrosis before closing out bevacizumab. She is asymptomatic. The prior MRS (01/20/2026) lies within the 3-month window (on or after 12/24/2025) and no treatment was started, changed or given after it and no new or worsening symptoms are documented, so the non-indication is met -> does_not_meet_criteria (refer to physician reviewer). Independently, the most recent MRI is conclusive (conventional path not_met) and the packet cites NCCN guidelines for this surveillance (repeat path not_met).",
 "request_date": "2026-03-24",
 "population": "adult",
 "patient_age_years": 67,
 "cpt_codes": ["76390"],
 "outcome": "does_not_meet_criteria",
 "leaves": {
   "clinical_documentation_present": "met",
   "procedure_code_consistent": "met",
   "body_region_consistent": "met",
   "conventional_imaging_inconclusive": "not_met",
   "glioma_grading": "unknown",
   "recurrence_vs_radiation_necrosis": "met",
   "posttreatment_surveillance": "met",
   "neonatal_hie": "unknown",
   "metabolic_disorder": "unknown",
   "inherited_metabolic_disorder": "unknown",
   "is_repeat_request": "met",
   "no_established_guidelines": "not_met",
   "new_or_worsening_symptoms": "not_met",
   "recent_imaging_without_change": "met"
 },
 "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "met"},
 "ambiguous_leaves": {
   "intraaxial_brain_tumor": "The brain metastasis is a known, treated lesion now read as radiation necrosis; present-tense support is only the request 'to assess for recurrence' / 'not recurrent tumor' (an r/o of recurrent metastasis), while the most recent MRI says 'No imaging evidence of recurrent tumor'. Lean met (suspected/known parenchymal metastasis); a strict reader could call the tumor mention historical -> unknown. Outcome unaffected.",
   "monitoring_need": "Physicians state the result 'will determine whether we close out bevacizumab or consider re-challenge or laser interstitial thermal therapy', which could be read as an established monitoring need that changes management; but the repeat path already fails on no_established_guidelines and the non-indication decides the case. Lean met.",
   "clarify_indeterminate_finding": "No indeterminate finding is open: the prior MRS and the latest MRI are both read as radiation necrosis. No not_met rule exists for this leaf; lean unknown."
 },
 "traps": [
   "'On bevacizumab' wording that is not treatment after the prior MRS: 05_mri_mrs report HISTORY 'on bevacizumab for radiation necrosis' and the note's copy-forwarded text '(copied from 12/08/2025 note - not updated): ... Continue bev q3wk'. Current facts: '4th and final dose of bev given 12/29/25 as planned; no further doses', med list 'COMPLETED 12/29/2025 (4 doses), discontinued'. The course ended before the 01/20/2026 MRS -> no treatment after it.",
   "Osimertinib is 'unchanged since 04/2025' (continuing unchanged regimen) and dexamethasone was 'tapered off 12/22/2025' (before the MRS): neither counts as treatment after the prior study.",
   "Hypothetical treatment: 'If edema or sx recur -> consider bev re-challenge vs LITT' (note A/P) and LMN 'consider re-challenge or laser interstitial thermal therapy' are conditional, not treatment given.",
   "Prior MRS inside the window: 01/20/2026 >= 12/24/2025 (03/24/2026 minus 3 months). Note's relative date 'about two months ago' (note dated 3-19-26) agrees. Fax date 03/25/2026, LMN 23 March 2026, note 3-19-26 and requested DOS 04/07/2026 do not change this.",
   "Form boxes 'Treatment started/changed since prior MRS? [ ] Yes [ ] No' and 'New or worsening symptoms since prior MRS? [ ] Yes [ ] No' are both blank - they state nothing; the notes decide (no treatment after, symptoms resolved/stable).",
   "Old symptoms vs new: 'L hand clumsiness + HA' were in 10/2025, before the prior MRS, and are 'fully resolved'; today 'Denies HA, seizures, new weakness...' -> new_or_worsening_symptoms not_met.",
   "Older inconclusive vs newer conclusive imaging: MRI 10/14/2025 was 'indeterminate for recurrence vs radiation necrosis', but the most recent MRI 03/17/2026 impression is 'consistent with evolving radiation necrosis / treatment-related change ... No imaging evidence of recurrent tumor' -> conventional_imaging_inconclusive not_met.",
   "Guideline cited: note '#4 Surveillance brain MRI q2-3 mo per NCCN CNS Cancers guidelines' and LMN 'consistent with the NCCN Guidelines for Central Nervous System Cancers' -> no_established_guidelines not_met (repeat path fails).",
   "Family history: 'Sister - glioblastoma, deceased 2019' - not the patient; glioma_grading stays unknown.",
   "Remote h/o 'L breast DCIS 2004, s/p lumpectomy + whole-breast XRT' is breast radiation, not brain, and is history.",
   "Claustrophobia mentioned but does not qualify: 'Mild claustrophobia ... has never needed sedation or an open MRI', form '[X] No' -> not_met. Renal flag IS met: 'CKD stage 3a ... eGFR 52' (CKD 3 or worse), form 'Renal impairment: [X] Yes' - a naive 'eGFR < 30' rule would miss it. Pregnancy: 'Postmenopausal', form '[X] No' -> not_met.",
   "CPT 70553 and '70553, 76390' in the radiology headers are the studies already done, not the request."
 ]
})

cases.append({
 "case": "b44_pdf_request_for_repeat_with_new_treatment_started",
 "description": "44-year-old woman with right temporal glioblastoma, IDH-wildtype, CNS WHO grade 4, MGMT unmethylated, s/p GTR 05/19/2025, Stupp chemoradiation (to 07/25/2025) and 6 cycles adjuvant TMZ (completed 01/09/2026). New posterior-margin enhancement in 01/2026; MRI with perfusion and MRS on 01/28/2026 was equivocal. Tumor board treated it as progression: lomustine C1 02/12/2026 (C2 03/26/2026) and TTFields from 02/20/2026. MRI 04/06/2026 shows a mixed response with a new 8 mm medial-margin enhancing focus - 'progression versus treatment-related change (radiation necrosis) cannot be differentiated' - and recommends MRS. Neuro-oncology requests repeat MR spectroscopy (CPT 76390; form dated 04/14/2026). The most recent conventional MRI is inconclusive and the question is progression vs treatment effect in a treated GBM, so the conventional-imaging indication is met. The prior MRS (01/28/2026) is inside the 3-month window (on or after 01/14/2026), but new treatment (lomustine, TTFields) was started after it, so the non-indication is not_met even though symptoms are stable. Outcome meets_criteria.",
 "request_date": "2026-04-14",
 "population": "adult",
 "patient_age_years": 44,
 "cpt_codes": ["76390"],
 "outcome": "meets_criteria",
 "leaves": {
   "clinical_documentation_present": "met",
   "procedure_code_consistent": "met",
   "body_region_consistent": "met",
   "conventional_imaging_inconclusive": "met",
   "recurrence_vs_radiation_necrosis": "met",
   "intraaxial_brain_tumor": "met",
   "posttreatment_surveillance": "met",
   "neonatal_hie": "unknown",
   "metabolic_disorder": "unknown",
   "inherited_metabolic_disorder": "unknown",
   "is_repeat_request": "met",
   "no_established_guidelines": "unknown",
   "new_or_worsening_symptoms": "not_met",
   "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
 "ambiguous_leaves": {
   "glioma_grading": "A glial neoplasm (glioblastoma) is present, but its grade is already established by pathology ('CNS WHO grade 4'), so grade is not the open question and the met rule fails; it is not negated, so the not_met rule does not apply either. Lean unknown (a keyword reading would say met; the form box '[ ] Glioma grading' is unticked). Outcome unaffected.",
   "clarify_indeterminate_finding": "The request targets a new indeterminate focus on MRI 04/06/2026 after an equivocal MRS 01/28/2026; reads as clarifying an indeterminate finding, but it is a second MRS of the same bed and the physician also plans possible biopsy. The form box '[ ] Indeterminate finding needing one-time follow-up' is unticked (states nothing). Lean met.",
   "monitoring_need": "Response assessment during lomustine/TTFields where the result decides continue vs change therapy could be an established monitoring need; lean met. Outcome unaffected."
 },
 "traps": [
   "Prior MRS within 3 months: 05_mri_perfusion_mrs_2026-01-28.pdf and form 'Prior MRS date: 01/28/2026' are inside the window (request 04/14/2026 -> from 01/14/2026), and the patient has NO new symptoms ('Pt reports no new symptoms', 'Clinically stable, no new sx'). A tool that sees 'repeat within 3 months + stable' would wrongly apply the non-indication; the new treatment after the prior MRS (lomustine C1 02/12/2026, C2 03/26/2026; TTFields started 02/20/2026) makes recent_imaging_without_change not_met.",
   "Treatment that does NOT count: adjuvant TMZ 'C6 = 01/05-01/09/2026. Completed' ended before the 01/28 MRS; 'Dexamethasone: none since 08/2025'; levetiracetam unchanged.",
   "Negated/hypothetical bevacizumab: 'Bevacizumab: never received', tumor board 'Bevacizumab reserved for symptomatic edema; not indicated now', plan 'change therapy (bevacizumab, or clinical trial) if progression' - no bevacizumab was given.",
   "Hypothetical plan: 'If MRS again equivocal, would consider stereotactic bx' and return precautions 'call for new HA, seizure, weakness or confusion' are not events.",
   "Wrong/extra CPT: fax cover 'MRI brain w/wo (70553) of 4/6/26 was already done under auth # CH-2603-77120' and report headers 'CPT 70553' / '70553, 76390' are prior studies; the form requests only 76390.",
   "Pathology-proven grade: 'glioblastoma, IDH-wildtype, CNS WHO grade 4' - the keyword 'glioblastoma' does not make glioma_grading met; grade is not the open question.",
   "Pregnancy screen negative: 'LMP 03/30/2026; urine hCG negative 04/08/2026', form 'Pregnant: [ ] Yes [X] No' -> not_met (44-year-old woman, a naive age/sex heuristic might flag).",
   "Resolved renal problem: 'h/o AKI 11/2025 ... resolved; Cr 0.78, eGFR 96 on 04/08/2026', form '[X] No' -> renal flag not_met. 'Remote h/o R ovarian cyst' is irrelevant history.",
   "Negated family history: 'No family h/o brain tumors'. Claustrophobia: 'Denies claustrophobia', form '[X] No'.",
   "Dates: fax banner/cover 04/15/2026, note 'April 9, 2026', MRI 04/06/2026, tumor board 'Wed 2/4/26', requested DOS 04/22/2026; request date is the form's 04/14/2026. Any of these dates still leaves 01/28/2026 inside the window, so the decision rests on the treatment, not the date.",
   "Unticked form boxes '[ ] New or worsening symptoms' and '[ ] Indeterminate finding needing one-time follow-up' state nothing; the ticked '[X] New treatment' is supported by the note and tumor board."
 ]
})

cases.append({
 "case": "b45_text_no_request_form_only_referral_email",
 "description": "17-year-old girl (DOB 03/03/2008) with ~18 months of progressive exercise intolerance, myalgia, mild proximal leg weakness, elevated lactate/alanine and CK, and a mother with genetically confirmed MELAS (m.3243A>G); suspected maternally inherited mitochondrial myopathy without CNS involvement (normal brain MRI 06/12/2025). There is no prior-auth form: the request is a referral email from the pediatric neuromuscular physician dated Monday 03/02/2026 (forwarded by the scheduler on 03/03/2026) asking for phosphorus-31 MR spectroscopy, CPT 76390, of the RIGHT CALF muscle with an exercise/recovery protocol, explicitly 'NOT a brain study'. The code is consistent and clinical notes are present, but the study is of a leg muscle, not the brain/head, so body_region_consistent is not_met and the outcome is insufficient_information (step 1), regardless of the suspected metabolic disorder. (Even without that, the only brain imaging is a normal MRI, so the conventional-imaging path would fail.)",
 "request_date": "2026-03-02",
 "population": "pediatric",
 "patient_age_years": 17,
 "cpt_codes": ["76390"],
 "outcome": "insufficient_information",
 "leaves": {
   "clinical_documentation_present": "met",
   "procedure_code_consistent": "met",
   "body_region_consistent": "not_met",
   "conventional_imaging_inconclusive": "not_met",
   "glioma_grading": "unknown",
   "recurrence_vs_radiation_necrosis": "unknown",
   "intraaxial_brain_tumor": "unknown",
   "posttreatment_surveillance": "unknown",
   "neonatal_hie": "not_met",
   "metabolic_disorder": "met",
   "is_repeat_request": "not_met",
   "no_established_guidelines": "unknown",
   "clarify_indeterminate_finding": "unknown",
   "monitoring_need": "unknown",
   "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
 "ambiguous_leaves": {
   "inherited_metabolic_disorder": "The leaf lists mitochondrial encephalopathies (e.g. MELAS); MELAS is the mother's diagnosis (family history), and for the patient encephalopathy is negated ('No CNS involvement: no encephalopathy ... does not have a MELAS phenotype', MRI 'No findings to suggest MELAS or other mitochondrial encephalopathy'). But her suspected condition is a maternally inherited mitochondrial disorder (m.3243A>G testing pending), which some would count. Lean not_met/unknown. Outcome unaffected.",
   "new_or_worsening_symptoms": "Symptoms are progressive ('progressive exercise intolerance'), but this leaf is about change since a prior MRS and there is none (not a repeat request); the symptoms are also muscular, not neurological. Lean unknown. Outcome unaffected."
 },
 "traps": [
   "No request form: request date must come from the latest clinical document, the physician's referral email 'Sent: Monday, March 2, 2026 4:52 PM' -> 2026-03-02. The scheduler's forward 'Sent: Tuesday, March 3, 2026 9:12 AM' is a transmission, not a clinical document; labs 'Reported: 02/26/2026', note '2/24/2026', requested 'wk of 3/9' are other candidate dates.",
   "Age on a boundary: DOB 03/03/2008 and the email says 'She turns 18 tomorrow (3/3)'. On the request date 2026-03-02 she is 17 -> pediatric; using the forward date (03/03) or the requested DOS would make her 18/adult.",
   "Wrong body region with the right code: 'phosphorus-31 MR spectroscopy (CPT 76390) of the RIGHT CALF (gastrocnemius/soleus)', 'NB this is NOT a brain study', note '31P MR spectroscopy of R calf muscle', '5. No brain imaging indicated at this time' -> body_region_consistent not_met -> insufficient_information, even though CPT 76390 and a suspected mitochondrial disorder are present.",
   "Family history vs patient: MELAS, 'stroke-like episode', 'Her brain MRS at dx showed a lactate doublet' all belong to the MOTHER (FAMILY HISTORY). The mother's MRS is not a prior MRS of this patient -> is_repeat_request not_met; the patient's own brain MRI says 'MR spectroscopy was not performed (not ordered)'.",
   "Negated mitochondrial encephalopathy in the patient: 'No CNS involvement: no encephalopathy, no stroke-like episodes, no seizures', MRI 'No findings to suggest MELAS or other mitochondrial encephalopathy'. The patient's own suspected condition (mitochondrial myopathy, uncertain) does support metabolic_disorder.",
   "Neonatal HIE negated: 'No HIE, no therapeutic hypothermia, no neonatal seizures' with a 'NICU stay for transient tachypnea' -> neonatal_hie not_met (also she is 17).",
   "Conventional imaging normal, not inconclusive: the only brain MRI (06/12/2025) 'Normal MRI of the brain' -> conventional_imaging_inconclusive not_met.",
   "Hypothetical plan: 'If MRS and genetics nondiagnostic -> consider muscle bx' is conditional; 'if neg -> whole mtDNA seq' likewise.",
   "Old CPT in report header: 'CPT: 70551' on the 2025 brain MRI is a prior study, not the request.",
   "Claustrophobia IS met: MRI TECHNIQUE 'anxious and claustrophobic; oral lorazepam 1 mg was given' and email 'very claustrophobic ... needed oral lorazepam 1 mg' (needed sedation/anxiolysis). Pregnancy: 'hCG, urine qualitative Negative' and on OCP -> not_met. Renal: 'Creatinine 0.68, eGFR >90' -> not_met.",
   "Resolved/remote history items: 'Mild tension-type HAs spring 2025, resolved', 'Remote h/o L distal radius fx 2019' - not current symptoms."
 ]
})

for c in cases:
    assert set(c["leaves"]) <= set(ALL_LEAVES), set(c["leaves"]) - set(ALL_LEAVES)
    assert set(c["ambiguous_leaves"]) <= set(ALL_LEAVES)
    assert not set(c["leaves"]) & set(c["ambiguous_leaves"])
    missing = set(ALL_LEAVES) - set(c["leaves"]) - set(c["ambiguous_leaves"])
    print(c["case"], "missing:", missing)
    with open(os.path.join(G, c["case"] + ".json"), "w") as f:
        json.dump(c, f, indent=1)
