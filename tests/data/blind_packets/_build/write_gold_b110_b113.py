import json, os
ALL = ["clinical_documentation_present","procedure_code_consistent","body_region_consistent",
"conventional_imaging_inconclusive","glioma_grading","recurrence_vs_radiation_necrosis",
"intraaxial_brain_tumor","posttreatment_surveillance","neonatal_hie","metabolic_disorder",
"inherited_metabolic_disorder","is_repeat_request","no_established_guidelines",
"new_or_worsening_symptoms","clarify_indeterminate_finding","monitoring_need",
"recent_imaging_without_change"]
golds = []

golds.append({
 "case": "b110_text_nsclc_brain_met_post_srs_favor_necrosis_recurrence_not_excluded_sibling_gbm",
 "description": "63F (DOB 09/14/1962) with EGFR ex19del NSCLC and two brain metastases treated with SRS 06/16/2025, on osimertinib. First post-SRS MRI 10/28/2025 was conclusive (expected treatment response), but the most recent MRI 02/03/2026 (with DSC perfusion, no MRS) shows an enlarging rim-enhancing R parietal lesion with a new 6 mm nodular enhancing component: 'FAVOR RADIATION NECROSIS; however ... RECURRENT METASTASIS IS NOT EXCLUDED. Overall indeterminate. MR spectroscopy is recommended'. MRS (76390) requested 02/10/2026. Conventional path met (inconclusive MRI + recurrence_vs_radiation_necrosis / intraaxial metastasis / post-treatment surveillance); no prior MRS, so the non-indication is not_met -> meets_criteria (approve). The brother's glioblastoma is family history only and a primary glial tumor is explicitly 'not suspected' for the patient.",
 "request_date": "2026-02-10",
 "population": "adult",
 "patient_age_years": 63,
 "cpt_codes": ["76390"],
 "outcome": "meets_criteria",
 "leaves": {
  "clinical_documentation_present": "met",
  "procedure_code_consistent": "met",
  "body_region_consistent": "met",
  "conventional_imaging_inconclusive": "met",
  "glioma_grading": "not_met",
  "recurrence_vs_radiation_necrosis": "met",
  "intraaxial_brain_tumor": "met",
  "posttreatment_surveillance": "met",
  "neonatal_hie": "unknown",
  "metabolic_disorder": "unknown",
  "inherited_metabolic_disorder": "unknown",
  "is_repeat_request": "not_met",
  "no_established_guidelines": "unknown",
  "new_or_worsening_symptoms": "not_met",
  "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
 "ambiguous_leaves": {
  "clarify_indeterminate_finding": "The request is to characterize an indeterminate finding on the 02/03/2026 MRI, which reads like 'clarifying follow-up of a prior indeterminate finding', but the leaf belongs to the repeat path and there is no prior MRS (first-time study). Could be read met or unknown. Outcome unaffected: is_repeat_request is not_met so the repeat path is not_met, and the conventional path is met.",
  "monitoring_need": "'continue surveillance MRI q2-3 mo' is an established monitoring need for MRI, not a stated need to monitor with MRS; lean unknown, a reader could say met. Outcome unaffected."
 },
 "traps": [
  "Family-history glioblastoma: 'her brother died of glioblastoma (dx age 56, d. 58)' and 'Brother - GBM' are not about the patient; the note explicitly says 'a new primary glial tumor is not suspected', so glioma_grading is not_met (the form's '[ ] Grading of primary glial neoplasm' is unticked and states nothing).",
  "'FAVOR RADIATION NECROSIS' sounds like a conclusive read, but the same impression says 'RECURRENT METASTASIS IS NOT EXCLUDED. Overall indeterminate. MR spectroscopy is recommended' -> conventional_imaging_inconclusive met. The older 10/28/2025 MRI ('consistent with treatment response', conclusive) is not the most recent study and must not decide the leaf.",
  "Advanced imaging within 3 months without MRS: the 02/03/2026 MRI with DSC perfusion is recent advanced imaging, but the report says 'MR spectroscopy was not performed' and the notes say 'No prior MRS has been done' -> is_repeat_request not_met and recent_imaging_without_change not_met (the non-indication looks only at prior MRS).",
  "Imaging 'enlarging'/'increased edema' is not a neurological symptom; the patient is 'asymptomatic', 'Neuro status unchanged' -> new_or_worsening_symptoms not_met. Hypotheticals ('if she develops new headache, seizure ... we would start dex at that point') add nothing.",
  "Renal flag: 'AKI 08/2024 ... resolved, Cr back to baseline' is a resolved problem; current Cr 0.78 / eGFR 84 and form 'Renal impairment: No' -> renal_insufficiency_contrast not_met. Pregnancy N/A (postmenopausal, s/p hysterectomy); claustrophobia 'No', 'tolerated all prior MRIs without sedation'.",
  "Candidate dates: fax banner 02/12/2026, LMN 02/09/2026, clinic note 02/06/2026, requested DOS 02/19/2026; 'Date of Request: 02/10/2026' (= signature date) is the request date. CPT 70553 in the MRI headers is history; the form requests 76390."
 ]
})

golds.append({
 "case": "b111_text_peds_suspected_gamt_creatine_deficiency_normal_mri_cousin_leigh",
 "description": "4-year-old boy (DOB 11/03/2021) with global developmental delay with speech regression, autistic features and worsening epilepsy; elevated urine and plasma guanidinoacetate with low creatine -> suspected GAMT deficiency (cerebral creatine deficiency syndrome). MRI brain 02/13/2026 under GA is 'structurally normal-appearing' but the impression states it is 'NONDIAGNOSTIC for the clinical question of a cerebral creatine deficiency syndrome' and recommends single-voxel 1H-MRS. MRS (76390) requested, form signed 03/04/2026. Conventional path met via metabolic_disorder; no prior MRS -> meets_criteria (approve). The cousin's Leigh syndrome is family history; mitochondrial disease, Canavan and leukodystrophy are explicitly negated for the patient.",
 "request_date": "2026-03-04",
 "population": "pediatric",
 "patient_age_years": 4,
 "cpt_codes": ["76390"],
 "outcome": "meets_criteria",
 "leaves": {
  "clinical_documentation_present": "met",
  "procedure_code_consistent": "met",
  "body_region_consistent": "met",
  "conventional_imaging_inconclusive": "met",
  "glioma_grading": "not_met",
  "intraaxial_brain_tumor": "not_met",
  "neonatal_hie": "not_met",
  "metabolic_disorder": "met",
  "inherited_metabolic_disorder": "not_met",
  "is_repeat_request": "not_met",
  "no_established_guidelines": "unknown",
  "monitoring_need": "unknown",
  "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
 "ambiguous_leaves": {
  "recurrence_vs_radiation_necrosis": "No treated tumor; the form answers 'Brain tumor, known or suspected? No'. That negates the premise, so not_met is arguable, but nothing frames a recurrence-vs-necrosis question at all, so unknown is arguable too. Outcome unaffected.",
  "posttreatment_surveillance": "The leaf has no not_met rule; 'Brain tumor ... No' contradicts a known tumor history (not_met) or the leaf is simply not addressed (unknown). Outcome unaffected.",
  "new_or_worsening_symptoms": "Seizures are clearly worsening ('atonic drops increased from ~1-2/month to 2-3 per week', speech regression), but the leaf is defined as 'since the prior study' and there is no prior MRS. met vs unknown depends on reading; outcome unaffected because is_repeat_request is not_met.",
  "clarify_indeterminate_finding": "This is a first-time MRS to answer a question the normal/nondiagnostic MRI could not; it is not a follow-up of a prior indeterminate finding in the repeat sense. Lean unknown; outcome unaffected."
 },
 "traps": [
  "Normal MRI that is still inconclusive: 'Structurally normal-appearing MRI of the brain for age' would read as 'normal' -> not_met to a keyword tool, but the same impression says 'NONDIAGNOSTIC for the clinical question' and 'Single-voxel proton MR spectroscopy ... is recommended' (form Q2: conclusive? [X] NO) -> conventional_imaging_inconclusive met. Getting this wrong flips the outcome to does_not_meet_criteria.",
  "Family history mitochondrial disease: the maternal cousin's Leigh syndrome (SURF1) is not about the patient; for the patient 'a mitochondrial disorder ... is not suspected', 'Canavan disease is excluded', 'No leukodystrophy', form Q4 [X] NO -> inherited_metabolic_disorder not_met, while metabolic_disorder is met through the suspected creatine deficiency (GAMT), not through the cousin.",
  "Conditional claustrophobia and sedation for another reason: 'if he gets frightened or claustrophobic in the scanner' is hypothetical; 'No known claustrophobia', LMN 'no history of claustrophobia'; GA is for developmental delay/inability to hold still -> claustrophobia flag not_met.",
  "NICU and 'creatinine' red herrings: 'Admitted to NICU ~36 h for transient tachypnea ... No perinatal asphyxia, no HIE' and form Q6 [X] NO -> neonatal_hie not_met (also the child is 4). 'urine creatine:creatinine ratio', 'reduced Cr peak' and 'Serum Cr 0.27' are not renal insufficiency -> renal flag not_met; 'Mother currently pregnant (~20 wks)' is the mother's pregnancy -> pregnancy flag not_met.",
  "Candidate dates: fax banner 03/05/2026, LMN 03/03/2026, requested DOS 03/18/2026; the form's signature date 'Date signed: 03/04/2026' is the request date. 70551 in the MRI header is history."
 ]
})

golds.append({
 "case": "b112_text_astrocytoma_g3_repeat_mrs_one_day_outside_3mo_clamped_window",
 "description": "38F (DOB 03/02/1988) with a L frontal IDH-mutant astrocytoma, CNS WHO grade 3, s/p STR 03/2024, RT completed 06/2024, adjuvant TMZ completed 07/2025. A new enhancing focus at the resection margin led to MRI + MRS on 04/29/2026 (report signed 04/30/2026), which was indeterminate. MRI 07/22/2026 (no MRS): slightly larger, 'Recurrent tumor versus radiation necrosis - INDETERMINATE', repeat MRS recommended. Repeat MRS requested 'Date of request: 07/31/2026' (signature same day; fax resent 08/03/2026; DOS 08/10/2026; LMN 07/28/2026). Window: 2026-07-31 minus 3 calendar months = April 31 -> clamped to 2026-04-30; the prior MRS exam date 2026-04-29 is one day before the window, so recent_imaging_without_change is not_met even though the packet documents no treatment and no new/worsening symptoms since the prior study. Indications met (conventional path and repeat path) -> meets_criteria (approve). Claustrophobia with lorazepam premedication raises the claustrophobia note flag.",
 "request_date": "2026-07-31",
 "population": "adult",
 "patient_age_years": 38,
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
  "no_established_guidelines": "met",
  "new_or_worsening_symptoms": "not_met",
  "clarify_indeterminate_finding": "met",
  "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
 "ambiguous_leaves": {
  "glioma_grading": "A primary glial neoplasm is present but its grade was established by pathology in 03/2024 (CNS WHO grade 3) and the open question is recurrence vs necrosis, not grade; no not_met rule applies (the glioma is not negated). Lean unknown. Outcome unaffected.",
  "monitoring_need": "'continue surveillance MRI q2-3 mo' (conditional on the MRS favoring necrosis) is MRI monitoring, and the request is framed as a one-time clarification. Lean unknown, could be read met. Outcome unaffected."
 },
 "traps": [
  "Calendar-month window with month-end clamp: 07/31/2026 minus 3 months -> April 31 does not exist -> 2026-04-30. Prior MRS exam 04/29/2026 is one day OUTSIDE -> recent_imaging_without_change not_met -> meets_criteria. A 90-day count (-> 05/02/2026) gives the same answer for the wrong reason; rolling April 31 over to May 1 also does.",
  "Wrong date choices flip the outcome to does_not_meet_criteria: using the LMN date 07/28/2026 (window 04/28) or the report SIGNATURE date 04/30/2026 as the prior study's date ('Signed: 04/30/2026 08:14', 'Last seen 04/30/2026') puts the prior MRS inside the window, and the packet documents no treatment and no new symptoms after it. The fax resend date 08/03/2026 and DOS 08/10/2026 are not the request date; 'approximately three months ago' in the LMN is vague and the explicit date governs.",
  "Symptoms that pre-date the prior study: 'New intermittent word-finding difficulty and mild headaches x ~3 wks' is in the 04/29 report's history, i.e. before the prior MRS; since then 'no new or worsening neurologic symptoms' and form 'New or worsening symptoms since prior study? [X] No' -> new_or_worsening_symptoms not_met. 'Imaging worsening (1.1 -> 1.4 cm, rCBV 1.5 -> 1.9)' is imaging, not symptoms. No treatment since TMZ ended 07/2025; 'If MRS favors recurrence -> re-resection vs lomustine / vorasidenib' is hypothetical.",
  "Note flags: claustrophobia is documented and needs premedication ('premedicates w/ lorazepam 1 mg PO before each MRI') -> met. Pregnancy not_met: urine hCG negative, future family planning ('hope to start a family') is not a current pregnancy. 'lipid-lactate' peak on MRS is a treatment-effect marker, not a mitochondrial disorder. The unticked '[ ] MRI brain w/o & w/ (70553)' and '[ ] New / worsening symptoms' boxes state nothing."
 ]
})

golds.append({
 "case": "b113_text_left_vestibular_schwannoma_conclusive_mri_anxiety_driven_mrs",
 "description": "52F (DOB 06/19/1973) with a 1.3 cm left vestibular schwannoma (Koos II). ED CT head 01/18/2026 had an indeterminate possible L CPA density; the most recent study, MRI brain w/wo with IAC protocol 04/21/2026, is conclusive: 'imaging features characteristic of a LEFT VESTIBULAR SCHWANNOMA ... No further characterization is needed', 'No intra-axial lesion'. Neurotology recommends observation and says MRS would not change management; the PCP requests MRS (76390) on 05/14/2026 for reassurance because of the patient's anxiety. Extra-axial tumor, conclusive conventional imaging, no prior MRS: both indication paths are not_met -> does_not_meet_criteria (refer to physician reviewer). CKD stage 2 does not raise the renal flag.",
 "request_date": "2026-05-14",
 "population": "adult",
 "patient_age_years": 52,
 "cpt_codes": ["76390"],
 "outcome": "does_not_meet_criteria",
 "leaves": {
  "clinical_documentation_present": "met",
  "procedure_code_consistent": "met",
  "body_region_consistent": "met",
  "conventional_imaging_inconclusive": "not_met",
  "recurrence_vs_radiation_necrosis": "unknown",
  "intraaxial_brain_tumor": "not_met",
  "neonatal_hie": "unknown",
  "metabolic_disorder": "unknown",
  "inherited_metabolic_disorder": "unknown",
  "is_repeat_request": "not_met",
  "new_or_worsening_symptoms": "not_met",
  "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
 "ambiguous_leaves": {
  "glioma_grading": "No glial neoplasm is mentioned for the patient; 'No intra-axial lesion' implicitly excludes a glioma (not_met) or the leaf is simply not addressed (unknown). Outcome unaffected (conventional path fails on imaging).",
  "posttreatment_surveillance": "The schwannoma is untreated (observation; SRS/microsurgery only 'if growth'), and a 6-month follow-up MRI is planned. The leaf requires a treated tumor and has no not_met rule, so unknown vs not_met is a reading choice. Outcome unaffected.",
  "no_established_guidelines": "The neurotology note cites 'the Congress of Neurological Surgeons VS guidelines for small tumors' for observation, which argues the situation is covered by a guideline (not_met); but that guideline addresses surveillance MRI, not MRS, and the request is not a repeat. Lean not_met. Outcome unaffected (is_repeat_request not_met).",
  "clarify_indeterminate_finding": "The only indeterminate finding (ED CT 01/18/2026) was already clarified by the MRI; the MRS is for reassurance, not clarification. Lean unknown/not_met; the leaf has no not_met rule. Outcome unaffected.",
  "monitoring_need": "Monitoring by MRI IAC in 6 months is established and would change management (growth -> SRS/surgery), but it is MRI monitoring, not a need for MRS. Lean unknown. Outcome unaffected."
 },
 "traps": [
  "Extra-axial tumor: 'mass', 'tumor', 'enhancing extra-axial mass', D33.3 look neoplastic, but a vestibular schwannoma is extra-axial and does not count; 'No intra-axial lesion' / 'brain parenchyma is normal' -> intraaxial_brain_tumor not_met. Father's 'brain tumor' is family history.",
  "Most recent study decides: the older ED CT 01/18/2026 is 'Indeterminate ... Recommend ... MRI ... for further characterization', but the most recent MRI 04/21/2026 is 'characteristic of a LEFT VESTIBULAR SCHWANNOMA ... No further characterization is needed' -> conventional_imaging_inconclusive not_met. A keyword tool matching 'indeterminate' / 'further characterization' gets this wrong and would approve.",
  "Worsening that isn't a neurological symptom: the PCP letter says 'her anxiety has worsened considerably'; the hearing loss and tinnitus are 'unchanged since onset', 'stable' (audiogram essentially unchanged) -> new_or_worsening_symptoms not_met. 'Malignant transformation ... exceedingly rare ... no features of concern' is negated, not a suspected malignancy.",
  "Flags/keywords: CKD stage 2 (eGFR 68) is not CKD 3 or worse and the form says 'Renal insufficiency [X] No' -> renal flag not_met; 'metabolic syndrome' (T2DM/HTN/obesity) is not an inborn error of metabolism -> metabolic_disorder unknown; GAD/panic attacks is not claustrophobia ('no claustrophobia', MRI 'without sedation') -> claustrophobia not_met. Request date 05/14/2026 (form), not fax 05/15/2026 or DOS 05/28/2026; CPT 70450/70553 in report headers are history."
 ]
})

for g in golds:
    keys = set(g["leaves"]) | set(g["ambiguous_leaves"])
    assert not (set(g["leaves"]) & set(g["ambiguous_leaves"])), g["case"]
    assert keys == set(ALL), (g["case"], set(ALL)-keys, keys-set(ALL))
    for v in g["leaves"].values(): assert v in ("met","not_met","unknown")
    assert os.path.isdir("/work/blind9/"+g["case"]), g["case"]
    order = {k:i for i,k in enumerate(ALL)}
    g["leaves"] = dict(sorted(g["leaves"].items(), key=lambda kv: order[kv[0]]))
    with open(f"/work/blind9/gold/{g['case']}.json","w") as f:
        json.dump(g, f, indent=1, ensure_ascii=False); f.write("\n")
print("ok")
