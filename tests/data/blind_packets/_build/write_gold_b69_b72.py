import json, os
G = "/tmp/blind6/gold"
ALL = ["clinical_documentation_present", "procedure_code_consistent", "body_region_consistent",
       "conventional_imaging_inconclusive", "glioma_grading", "recurrence_vs_radiation_necrosis",
       "intraaxial_brain_tumor", "posttreatment_surveillance", "neonatal_hie", "metabolic_disorder",
       "inherited_metabolic_disorder", "is_repeat_request", "no_established_guidelines",
       "new_or_worsening_symptoms", "clarify_indeterminate_finding", "monitoring_need",
       "recent_imaging_without_change"]

cases = []

cases.append({
 "case": "b69_fax_pcnsl_vs_toxo_not_excluded_hiv",
 "description": "Faxed packet (8 pp) for a 46-year-old man with AIDS (CD4 62) and multifocal ring-enhancing brain lesions "
   "that have not responded to ~2 weeks of empiric anti-toxoplasma therapy. Request form (dated and signed 01/16/2026, "
   "faxed 01/19/2026, DOS 01/21/2026) asks for CPT 76390 to look for primary CNS lymphoma. The most recent conventional "
   "study, MRI 01/14/2026 (image-only scanned page), is called 'indeterminate', says 'primary CNS lymphoma is not excluded' "
   "and recommends MR spectroscopy/perfusion. So conventional_imaging_inconclusive is met, and suspected PCNSL (an "
   "intra-axial primary neoplasm) meets intraaxial_brain_tumor. No prior MRS, so neither the repeat path nor the 3-month "
   "non-indication applies -> meets_criteria.",
 "request_date": "2026-01-16",
 "population": "adult",
 "patient_age_years": 46,
 "cpt_codes": ["76390"],
 "outcome": "meets_criteria",
 "leaves": {
   "clinical_documentation_present": "met",
   "procedure_code_consistent": "met",
   "body_region_consistent": "met",
   "conventional_imaging_inconclusive": "met",
   "glioma_grading": "unknown",
   "recurrence_vs_radiation_necrosis": "unknown",
   "intraaxial_brain_tumor": "met",
   "neonatal_hie": "unknown",
   "metabolic_disorder": "unknown",
   "inherited_metabolic_disorder": "unknown",
   "is_repeat_request": "not_met",
   "no_established_guidelines": "unknown",
   "monitoring_need": "unknown",
   "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
 "ambiguous_leaves": {
   "posttreatment_surveillance": "No personal brain tumor history or tumor treatment; the neurosurgery consult says 'No hx of cancer' (a negated mention), so not_met and unknown can both be argued. Lean not_met/unknown. No effect on the outcome.",
   "new_or_worsening_symptoms": "R arm weakness is worse and a new focal seizure happened during admission, but there is no prior MR spectroscopy, so 'since the prior study' is undefined. Lean met if read against the prior MRI. Irrelevant because the repeat path fails on is_repeat_request.",
   "clarify_indeterminate_finding": "The MRS is requested to characterize the indeterminate 01/14 MRI finding, but this is a first MRS, not a repeat follow-up. Lean met on the literal wording. No effect on the outcome."
 },
 "traps": [
   "Request date: the fax cover and banner say 01/19/2026 (a resend) and the DOS is 01/21/2026, but the form's 'Date of request' and the signature date are 01/16/2026, so the request date is 2026-01-16.",
   "Older vs most recent study: the CT of 12/29/2025 says 'most consistent with ... toxoplasmosis' and the MRI of 12/30/2025 says toxoplasmosis is 'favored'. The MRI that counts is the most recent one, 01/14/2026 (scanned page), which is 'indeterminate'.",
   "Negation-shaped uncertainty: 'primary CNS lymphoma is not excluded' (scanned MRI) and 'PCNSL not excluded' (ID note) are uncertain mentions, like 'cannot exclude'. They support the leaves and do not negate lymphoma.",
   "CSF 'cytology: negative for malignant cells' and 'EBV PCR not detected' describe CSF tests. They do not negate the brain lesion, and the note itself says they 'do NOT exclude PCNSL'.",
   "Family history: the mother's non-Hodgkin lymphoma (ID note FH and neurosurgery note) is a relative's disease and does not count for the patient.",
   "Hypothetical plans ('If MRS/perfusion favors lymphoma, we would proceed w/ stereotactic bx'; 'if c/w toxo ... repeat MRI in 2 wks') do not support any leaf, e.g. not monitoring_need.",
   "Renal flag: AKI on admission (Cr 2.1 on 12/29) is documented as RESOLVED (Cr 0.92), so renal_insufficiency_contrast is not_met.",
   "Claustrophobia is denied on the form, in the ID ROS and in the neurosurgery note, so not_met. Pregnancy is N/A for a male patient.",
   "Infection is the leading alternative diagnosis (toxoplasmosis, not a covered condition), but the suspected PCNSL alone meets the neoplastic branch.",
   "Prior imaging is all conventional (CT/MRI). The form's 'Prior MR spectroscopy: [X] No' rules out the repeat path and the 3-month non-indication, even though MRIs were done within the past 3 weeks."
 ]
})

cases.append({
 "case": "b70_fax_characteristic_gbm_mrs_for_surgical_planning",
 "description": "Faxed pre-operative packet for a 67-year-old man with a 4.6 cm necrotic, rim-enhancing right frontal mass that "
   "crosses the corpus callosum. Form dated and signed 02/05/2026 requests CPT 76390 for surgical planning and 'glioma grading' "
   "before a craniotomy on 02/12. The only conventional study, MRI 01/30/2026 (image-only scanned outside report), says the "
   "features are 'characteristic of glioblastoma' with 'No imaging features to suggest an alternative diagnosis'. That is "
   "conclusive, so conventional_imaging_inconclusive is not_met and the conventional path fails even though a glial neoplasm "
   "is suspected. No prior MRS, so the repeat path is not_met. Indications not_met -> does_not_meet_criteria (refer to "
   "physician reviewer). Claustrophobia and CKD 4 flags are affirmed.",
 "request_date": "2026-02-05",
 "population": "adult",
 "patient_age_years": 67,
 "cpt_codes": ["76390"],
 "outcome": "does_not_meet_criteria",
 "leaves": {
   "clinical_documentation_present": "met",
   "procedure_code_consistent": "met",
   "body_region_consistent": "met",
   "conventional_imaging_inconclusive": "not_met",
   "glioma_grading": "met",
   "recurrence_vs_radiation_necrosis": "unknown",
   "intraaxial_brain_tumor": "met",
   "posttreatment_surveillance": "unknown",
   "neonatal_hie": "unknown",
   "metabolic_disorder": "unknown",
   "inherited_metabolic_disorder": "unknown",
   "is_repeat_request": "not_met",
   "no_established_guidelines": "unknown",
   "clarify_indeterminate_finding": "unknown",
   "monitoring_need": "unknown",
   "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "met", "pregnancy": "not_met", "renal_insufficiency_contrast": "met"},
 "ambiguous_leaves": {
   "new_or_worsening_symptoms": "Three weeks of progressive L hemiparesis and cognitive change, but there is no prior MR spectroscopy to measure 'since the prior study' against. Lean met. Irrelevant: is_repeat_request is not_met."
 },
 "traps": [
   "The main trap is a clearly present, suspected glioma with the 'Glioma grading' box ticked (glioma_grading and intraaxial_brain_tumor met), which tempts an approval. But the policy also requires inconclusive conventional imaging, and the MRI of 01/30/2026 (scanned page) is 'characteristic of glioblastoma' with no features suggesting an alternative diagnosis, so that leaf is not_met.",
   "Wording like 'help grade', 'map metabolically active tumor' and 'identify the most aggressive component' in the form, consult and LMN gives reasons for MRS. None of it describes the MRI as inconclusive. The LMN even calls the MRI 'typical of glioblastoma'.",
   "'metabolically active' / 'metabolic' wording and T2DM are not a metabolic disorder (inborn error or mitochondrial disease).",
   "Request date candidates: LMN 02/04/2026, consult 02/03, MRI 01/30, scanned stamp 02/03, fax banner 02/05 17:46, requested DOS 02/09, surgery 02/12. The form's 'Request date' and signature date are both 02/05/2026.",
   "The MRI report header lists CPT 70553, which is history, not the request. The requested code is 76390 on the form.",
   "Claustrophobia is affirmed as current and needing sedation (form [X] Yes; IV midazolam for the 1/30 MRI; anesthesia planned), so met.",
   "Renal flag: CKD stage 4, eGFR 27 (form [X] Yes; labs 02/02) is current CKD 3 or worse, so met, even though nephrology allowed half-dose gadobutrol and the MRS needs no contrast.",
   "Relative's pregnancy: the patient's daughter is ~30 weeks pregnant. That is not the patient (male, form N/A), so pregnancy is not_met.",
   "Relative's disease: the sister's resected meningioma ('benign brain tumor') is family history and does not count for posttreatment_surveillance.",
   "Dexamethasone and levetiracetam were started before the request and the resection is only planned. None of this is prior tumor treatment, so posttreatment_surveillance stays unknown. With no prior MRS, 'treatment after prior study' does not arise.",
   "Hypothetical plan: 'If MRS shows Cho elevation beyond the enhancing margin ... we would extend the resection' supports nothing."
 ]
})

cases.append({
 "case": "b71_fax_child_creatine_deficiency_mrs_ordered_not_done",
 "description": "Faxed pediatric packet (9 pp) for a 4-year-old boy with global developmental delay, new epilepsy, markedly raised "
   "guanidinoacetate and low plasma creatine, i.e. suspected GAMT deficiency (cerebral creatine deficiency, an inborn error "
   "of metabolism). Form dated and signed 02/10/2026 (fax 02/11, DOS 02/24) requests CPT 76390. The most recent conventional "
   "study, MRI 01/20/2026 (image-only scanned page), is 'nonspecific' ('a metabolic process, including a cerebral creatine "
   "deficiency syndrome ... cannot be excluded') and recommends MR spectroscopy. The 2023 MRI was normal but is older. The "
   "MRS ordered with the 01/20 MRI was NOT acquired, so there is no prior MRS. Conventional path met via metabolic_disorder "
   "-> meets_criteria.",
 "request_date": "2026-02-10",
 "population": "pediatric",
 "patient_age_years": 4,
 "cpt_codes": ["76390"],
 "outcome": "meets_criteria",
 "leaves": {
   "clinical_documentation_present": "met",
   "procedure_code_consistent": "met",
   "body_region_consistent": "met",
   "conventional_imaging_inconclusive": "met",
   "glioma_grading": "unknown",
   "recurrence_vs_radiation_necrosis": "unknown",
   "intraaxial_brain_tumor": "unknown",
   "posttreatment_surveillance": "unknown",
   "neonatal_hie": "not_met",
   "metabolic_disorder": "met",
   "is_repeat_request": "not_met",
   "no_established_guidelines": "unknown",
   "monitoring_need": "unknown",
   "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
 "ambiguous_leaves": {
   "inherited_metabolic_disorder": "Every mention of the spec's listed conditions is negated: 'mitochondrial disorder not suspected', 'Canavan excluded (urine NAA nl)', 'no white matter disease to suggest a leukodystrophy'. So under the spec's enumerated rule it is not_met. But GAMT deficiency is itself an autosomal-recessive inherited metabolic disorder, and the policy's list is only 'e.g.'. Lean not_met. No effect, since metabolic_disorder is met.",
   "new_or_worsening_symptoms": "New seizures since 11/2025, but there is no prior MRS to count 'since the prior study' from. Lean met. Irrelevant: is_repeat_request is not_met.",
   "clarify_indeterminate_finding": "The MRS would clarify the nonspecific 01/20 MRI finding, but it is a first MRS, not a repeat follow-up. Lean met on the literal wording. No effect."
 },
 "traps": [
   "'Only planned' prior MRS: the 12/29/2025 neurology plan ('repeat MRI ... with MRS') and the 01/20/2026 order both included MRS, and the MRI was within 3 months. But the scanned report says 'MR spectroscopy requested on the order was NOT performed' and the form says 'Prior MR spectroscopy: [X] No'. So is_repeat_request and recent_imaging_without_change are not_met. A careless reader might apply the 3-month non-indication.",
   "Older vs most recent MRI: the 05/09/2023 MRI (text page) and the copy-forwarded neurology line say 'Normal MRI'. The most recent, 01/20/2026 (scanned), is nonspecific / 'cannot be excluded' / recommends MRS, so the leaf is met.",
   "Sedation is not claustrophobia: 'Sedation / anesthesia required: [X] Yes - general anesthesia (age + developmental delay)'. But 'Claustrophobia: [X] No' and 'not claustrophobic; cannot hold still' mean the flag is not_met.",
   "Mother's pregnancy ('Mother currently ~22 wks pregnant', genetic counselling) is not the patient's. The form says N/A (male, 4 yo), so pregnancy is not_met.",
   "Neonatal HIE is explicitly denied ('No h/o HIE or neonatal seizures', Apgars 8/9, no NICU), and the child is 4 years old, so neonatal_hie is not_met. The unticked form box says nothing.",
   "Negations of other metabolic diagnoses (mitochondrial 'not suspected', Canavan 'excluded', leukodystrophy not suggested) do not negate the suspected GAMT deficiency, which supports metabolic_disorder.",
   "Hypothetical: 'if confirmed we would start creatine monohydrate ... + ornithine'. No treatment has been given yet.",
   "Request date: fax banner and cover are 02/11/2026 (a resend after a failed 2/10 fax), the LMN is 02/09, the genetics note 02/03 and the DOS 02/24. The form's date of request and signature are 02/10/2026.",
   "The 01/20 MRI header's CPT 70551 is history. The request is 76390 only.",
   "Age/population: DOB 09/14/2021, so 4 years on 2026-02-10 and pediatric. The 2023 report's 'AGE: 19 mo' is the age then."
 ]
})

cases.append({
 "case": "b72_fax_repeat_mrs_clarify_prior_indeterminate_guideline_silent",
 "description": "Faxed packet for a 29-year-old woman with a left temporal ganglioglioma (CNS WHO grade 1) resected in 2023. It asks "
   "for a one-time repeat MRS (form dated and signed 01/28/2026) to clarify an indeterminate MRS of 09/22/2025 (image-only "
   "scanned page). The most recent conventional MRI, 01/15/2026, is conclusive ('Stable examination ... consistent with "
   "postoperative gliosis', 'No evidence of recurrent tumor'), so the conventional path is not_met even though "
   "posttreatment_surveillance is met. The repeat path has is_repeat_request met (brain MRS 09/22/2025) and repeat_reason met "
   "(clarify_indeterminate_finding). But nothing in the packet says that no established guideline covers the situation: the "
   "form's 'Clinical guideline / criteria referenced' line is blank, and a tumor-board consensus is not a guideline. So "
   "no_established_guidelines is unknown and the repeat path is unknown. The prior MRS is more than 3 calendar months "
   "before the request (window starts 2025-10-28), so the non-indication is not_met. Indications unknown with "
   "non_indications not_met -> insufficient_information (request additional information).",
 "request_date": "2026-01-28",
 "population": "adult",
 "patient_age_years": 29,
 "cpt_codes": ["76390"],
 "outcome": "insufficient_information",
 "leaves": {
   "clinical_documentation_present": "met",
   "procedure_code_consistent": "met",
   "body_region_consistent": "met",
   "conventional_imaging_inconclusive": "not_met",
   "posttreatment_surveillance": "met",
   "neonatal_hie": "unknown",
   "metabolic_disorder": "unknown",
   "inherited_metabolic_disorder": "unknown",
   "is_repeat_request": "met",
   "no_established_guidelines": "unknown",
   "new_or_worsening_symptoms": "not_met",
   "clarify_indeterminate_finding": "met",
   "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
 "ambiguous_leaves": {
   "glioma_grading": "Ganglioglioma is a glioneuronal tumour, not one of the spec's listed glial neoplasms, and its grade (WHO 1) was established by pathology in 2023. So the grade is not an open question, but nothing negates it either. Lean unknown/not_met. No effect.",
   "recurrence_vs_radiation_necrosis": "No radiation was given. The open question is recurrence versus postoperative gliosis, which could loosely count as 'treatment effect'. Lean unknown. No effect, since the conventional path already fails on the conclusive MRI.",
   "intraaxial_brain_tumor": "History of a parenchymal primary tumour. The 09/2025 MRI/MRS say recurrence is 'not excluded' (uncertain), while the latest MRI says 'No evidence of recurrent tumor' (negated). Whether the older uncertain mentions still count is unclear. Lean met. No effect.",
   "monitoring_need": "The request is framed as a one-time clarification, with return to annual MRI surveillance if normal. This is not clearly an 'established need for monitoring that would change management'. Lean unknown. No effect, since repeat_reason is already met via clarify_indeterminate_finding."
 },
 "traps": [
   "Guideline silence: the repeat path needs 'no established guidelines' to be attested. The form's guideline line is blank and the notes cite only a neuroradiologist's recommendation and a tumor-board consensus, neither of which is a guideline. So the leaf is unknown, not met, and the outcome is insufficient_information, not meets_criteria.",
   "Most recent vs older MRI: the 09/08/2025 MRI is 'indeterminate ... recurrent or residual tumor versus postoperative gliosis' and the 09/22 MRS is 'indeterminate', but the most recent conventional MRI (01/15/2026) is conclusive and stable, so conventional_imaging_inconclusive is not_met.",
   "3-month rule uses prior MRS only: the MRI of 01/15/2026 is within 3 months and shows no change and no new symptoms, but the non-indication looks only at prior MR spectroscopy. The MRS of 09/22/2025 falls before the window start (request 2026-01-28 minus 3 months = 2025-10-28), so recent_imaging_without_change is not_met and the outcome is not does_not_meet_criteria.",
   "Stable symptoms ('No new sx', seizure-free, LMN 'no new neurological symptoms') make new_or_worsening_symptoms not_met. The repeat reason comes from clarify_indeterminate_finding (form box ticked; 'one-time follow-up MRS ... to clarify').",
   "Request date: fax banner and cover 01/30/2026 (a resend), LMN 01/27, note 01/21, MRS print date 01/29 on the scanned page, DOS 02/09. The form's date of request and signature are 01/28/2026. Any of these candidates still leaves the 09/22/2025 MRS outside the window.",
   "Pregnancy history vs current: 8 months postpartum and breastfeeding, urine hCG negative, so pregnancy is not_met.",
   "Historical claustrophobia: needed lorazepam for the 2023 MRI but is 'resolved' (later MRIs done without premedication), and the form says No, so not_met.",
   "Family history: the maternal grandfather's 'brain tumor' and the mother's MS are relatives' conditions.",
   "Hypothetical branches ('If rising, we would discuss re-resection') support nothing.",
   "CPT 76390 in the header of the 09/22/2025 MRS report and 70553 on the MRI reports are history. The requested 76390 comes from the form."
 ]
})

for c in cases:
    amb = c["ambiguous_leaves"]; lv = c["leaves"]
    assert set(lv) | set(amb) == set(ALL), (c["case"], set(ALL) - set(lv) - set(amb))
    assert not (set(lv) & set(amb)), c["case"]
    assert all(v in ("met", "not_met", "unknown") for v in lv.values())
    with open(os.path.join(G, c["case"] + ".json"), "w") as f:
        json.dump(c, f, indent=1)
    print("wrote", c["case"])
