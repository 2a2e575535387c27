import json, os
LEAVES = ["clinical_documentation_present","procedure_code_consistent","body_region_consistent",
 "conventional_imaging_inconclusive","glioma_grading","recurrence_vs_radiation_necrosis",
 "intraaxial_brain_tumor","posttreatment_surveillance","neonatal_hie","metabolic_disorder",
 "inherited_metabolic_disorder","is_repeat_request","no_established_guidelines",
 "new_or_worsening_symptoms","clarify_indeterminate_finding","monitoring_need",
 "recent_imaging_without_change"]
golds = []

golds.append({
 "case": "b57_text_oligo_upgrade_question_mrs_never_acquired_open_mri",
 "description": "Fax packet (cover + PA form, two open-MRI reports, neuro-onc note, LMN, EHR order history + 2019 path). 42F with IDH-mut 1p/19q-codel oligodendroglioma WHO gr 2 s/p STR 2019, XRT 2021, PCV to 03/2022; new focal seizures 10/2025 and a NEW nodular enhancing focus on the most recent MRI 11/10/2025, read as INDETERMINATE (progression with possible upgrade to grade 3 vs radiation necrosis) with MRS recommended. MRS was ordered with that MRI but never performed (open scanner cannot do it; order cancelled), so there is no prior MR spectroscopy: not a repeat request and the 3-month non-indication is not_met. Conventional path met (inconclusive + recurrence/necrosis, intra-axial glioma, post-treatment surveillance, grade question) -> meets_criteria. Severe claustrophobia needing sedation/open MRI is documented (flag met); pregnancy negated (hCG neg, IUD); AKI 2021 resolved, Cr 0.78 (renal flag not_met).",
 "request_date": "2025-11-17",
 "population": "adult",
 "patient_age_years": 42,
 "cpt_codes": ["76390"],
 "outcome": "meets_criteria",
 "leaves": {
  "clinical_documentation_present": "met",
  "procedure_code_consistent": "met",
  "body_region_consistent": "met",
  "conventional_imaging_inconclusive": "met",
  "glioma_grading": "met",
  "recurrence_vs_radiation_necrosis": "met",
  "intraaxial_brain_tumor": "met",
  "posttreatment_surveillance": "met",
  "neonatal_hie": "unknown",
  "metabolic_disorder": "unknown",
  "inherited_metabolic_disorder": "unknown",
  "is_repeat_request": "not_met",
  "no_established_guidelines": "unknown",
  "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
 "ambiguous_leaves": {
  "new_or_worsening_symptoms": "New focal motor seizures (10/19/25, 11/02/25) and a new subtle L pronator drift are clearly documented, but the leaf is defined 'since the prior study' and there is no prior MR spectroscopy (the seizures predate the 11/10 MRI but follow the 05/06 MRI). Lean met; irrelevant to the outcome because is_repeat_request is not_met.",
  "clarify_indeterminate_finding": "The MRS is requested to clarify the indeterminate 11/10/25 MRI finding, but this is a first MRS, not a repeat 'one-time clarifying follow-up'. Lean met if read literally; irrelevant to the outcome.",
  "monitoring_need": "Pt is on ongoing post-treatment surveillance and the LMN says the result changes management (re-resection vs observation); whether that is an 'established need for monitoring' in the repeat-imaging sense is unclear. Lean met; irrelevant to the outcome."
 },
 "traps": [
  "02_mri 11/10/2025 and 06_order_history: 'MR spectroscopy (76390) ... NOT PERFORMED' and order O-883102 'CANCELLED' -- an MRS that was ordered/planned but never acquired is not a prior MR spectroscopy. is_repeat_request not_met; recent_imaging_without_change not_met (a careless reader sees 'MR spectroscopy' on an 11/10 report, one week before the request, and fires the 3-month non-indication).",
  "03_mri 05/06/2025 says 'No evidence of new enhancing or progressive tumor' (conclusive) -- but the MOST RECENT conventional study is 11/10/2025, which is explicitly INDETERMINATE, so conventional_imaging_inconclusive is met. The ED CT head 10/20/25 ('no acute intracranial process', mentioned only in the clinic note) is also older than the 11/10 MRI.",
  "Request date: form 'Date of request: 11/17/2025' (and signature 11/17) -- not the fax banner/cover 11/18/2025, the LMN/clinic note 11/14/2025, the MRI 11/10/2025, the requested DOS 12/02/2025, or the DOB 04/09/1983.",
  "Extra-axial trap: stable 6 mm left parafalcine meningioma (incidental) does not count as intra-axial -- intraaxial_brain_tumor is met through the oligodendroglioma, not the meningioma. Family: maternal uncle's 'brain tumor' (meningioma) and mother's breast ca are family history.",
  "Grade question: pathology from 2019 says WHO grade 2, but the current question is transformation to grade 3 (form box '[X] Grading of primary glial neoplasm', LMN 'low-grade to high-grade (grade 3)'), so glioma_grading is met; the 2019 'No features of anaplasia' is historical pathology, not a negation of the current question.",
  "Treatment history vs current: XRT 2021 and PCV completed 03/2022 are historical treatments that make posttreatment_surveillance met; they are not 'treatment after a prior study' (there is no prior MRS).",
  "Conditional plans not evidence: 'If MRS is nondiagnostic, we would proceed to stereotactic bx'; 'bevacizumab only if symptomatic'.",
  "Renal flag: 'Hx AKI 2021 during PCV (Cr peak 1.6) -- RESOLVED', Cr 0.78/eGFR >90 now, form 'Renal insufficiency [X] No' -> not_met. Pregnancy: form '[X] No', urine hCG negative, Mirena IUD, C-sections 2012/2015 are history -> not_met. Claustrophobia: severe, needed IV sedation in 2019, open MRI since, MAC planned -> met (current, not resolved)."
 ]
})

golds.append({
 "case": "b58_text_newer_mri_diagnostic_cavernoma_supersedes_indeterminate",
 "description": "Fax packet from an outside neurologist (cover + PA form, ED CT 08/10 + MRI 08/12 reports, university 3T MRI 10/21, university neurosurgery consult 10/28, neurology note 11/05, LMN 11/06). 27F, 16 wk pregnant, new seizures with a right parahippocampal lesion. The 08/12/2025 MRI was indeterminate (low-grade glial neoplasm vs DNET, cavernoma not excluded; MRS recommended), and the PA form, clinic note and LMN all copy that older impression. But the MOST RECENT conventional study, the 3T epilepsy-protocol MRI of 10/21/2025, is diagnostic: 'CHARACTERISTIC OF A CAVERNOUS MALFORMATION', 'no imaging features of a glial or other neoplasm', 'no further imaging characterization (including MR spectroscopy) is needed'. Per the spec conventional_imaging_inconclusive is judged on the most recent study -> not_met, so the conventional path is not_met; no prior MRS -> repeat path not_met; indications not_met -> does_not_meet_criteria (refer to physician reviewer). Pregnancy flag met (current 2nd-trimester pregnancy).",
 "request_date": "2025-11-06",
 "population": "adult",
 "patient_age_years": 27,
 "cpt_codes": ["76390"],
 "outcome": "does_not_meet_criteria",
 "leaves": {
  "clinical_documentation_present": "met",
  "procedure_code_consistent": "met",
  "body_region_consistent": "met",
  "conventional_imaging_inconclusive": "not_met",
  "recurrence_vs_radiation_necrosis": "unknown",
  "posttreatment_surveillance": "unknown",
  "neonatal_hie": "unknown",
  "metabolic_disorder": "unknown",
  "inherited_metabolic_disorder": "unknown",
  "is_repeat_request": "not_met",
  "no_established_guidelines": "unknown",
  "monitoring_need": "unknown",
  "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "not_met", "pregnancy": "met", "renal_insufficiency_contrast": "not_met"},
 "ambiguous_leaves": {
  "glioma_grading": "The 08/12 MRI, the 11/05 neurology A&P ('ddx LGG vs DNET') and the LMN ('estimate its grade (low- versus high-grade glial neoplasm)') are current-author uncertain mentions about this patient, which literally support the leaf; the most recent MRI and the NSGY consult negate a glial neoplasm ('no longer a consideration', 'not a tumor'). Mentions are mixed rather than all negated. Lean met under the literal any-supporting-mention rule (clinically superseded). Irrelevant to the outcome: conventional_imaging_inconclusive is not_met, so the ALL fails either way.",
  "intraaxial_brain_tumor": "Same conflict as glioma_grading: suspected low-grade glioma/DNET in the older MRI, the neurology note and the LMN vs explicit negation in the 10/21 MRI and 10/28 NSGY consult. Not all mentions negated -> lean met literally. Outcome-irrelevant.",
  "new_or_worsening_symptoms": "11/05 note: 'No further seizures since 9/14', 'No new neuro sx' (stated stable -> not_met), but there is no prior MRS to measure 'since' against, and the Sept seizures came after the 08/12 MRI. Lean not_met; outcome-irrelevant (is_repeat_request not_met).",
  "clarify_indeterminate_finding": "The LMN asks for MRS to characterize the indeterminate 08/12 finding, but this is a first MRS, not a repeat, and that finding has already been clarified by the 10/21 MRI. Lean not_met/unknown; outcome-irrelevant."
 },
 "traps": [
  "Most recent vs older conventional study: 02 (MRI 08/12/2025) 'Indeterminate ... low-grade glial neoplasm versus DNET ... Consider MR spectroscopy' vs 03 (GSU 3T MRI 21-OCT-2025) 'CHARACTERISTIC OF A CAVERNOUS MALFORMATION ... no further imaging characterization (including MR spectroscopy) is needed'. The most recent study governs -> conventional_imaging_inconclusive not_met.",
  "Copy-forward: the PA form ('Pertinent prior imaging: MRI brain w/wo 08/12/2025 - indeterminate'), the 11/05 HPI ('copied forward from 09/15/2025') and the LMN ('Conventional imaging has therefore been inconclusive') all cite the superseded 08/12 read; the ordering neurologist had not seen the GSU records, which her office appended to the fax on 11/06.",
  "Family history: brother's childhood astrocytoma (s/p resection) is a relative's tumor -- it does not make posttreatment_surveillance or any neoplastic leaf about this patient; the LMN leans on it as a reason.",
  "Conditional: 'If MRS suggests high grade features we would expedite NSGY referral' / 'If the spectroscopy were to suggest a high-grade process...' are hypothetical, not evidence. 'Return to ED w/ sudden severe HA, new deficit' is a return precaution, not a new symptom.",
  "No prior MRS: MRS was only recommended on 08/12 and never done -> is_repeat_request not_met; recent_imaging_without_change not_met. The 08/12 and 10/21 MRIs are conventional MRI, not 'advanced imaging' under the spec's non-indication.",
  "Request date: PA form 'Request date: 11/06/2025' (signature 11/6/2025) -- not the fax banner 'Nov 07 2025', the cover date 11/7/25, the anticipated DOS 11/19/2025, or the 11/05 clinic note.",
  "Pregnancy: 08/12 MRI screening 'patient denies possibility of pregnancy' was true at the time (pregnancy confirmed 08/26); she is currently ~16 weeks pregnant (form '[X] Yes', EGA 16 wks) -> pregnancy flag met. Claustrophobia '[X] No' / 'Denies claustrophobia' -> not_met. Renal '[X] No', 'No renal dz' -> not_met."
 ]
})

golds.append({
 "case": "b59_text_mri_report_not_received_muscle_mrs_age_8_on_request",
 "description": "Fax packet (cover, PA form, peds neuro consult, cumulative labs, research 31P calf-muscle MRS report, LMN as .md). 8-year-old boy (DOB 11/13/2016; request 11/12/2025, he turns 9 the next day) with SNHL, short stature, lactic acidosis, a stroke-like episode 10/06/2025 and maternal MELAS history: suspected mitochondrial encephalopathy -> metabolic_disorder and inherited_metabolic_disorder met. The most recent conventional study, MRI brain 11/03/2025, was performed but its report has not been received and nothing describes its result; the form's 'Conventional MRI/CT inconclusive? [ ] Yes [ ] No' is blank, and the letter's 'Should the 11/03 MRI prove nondiagnostic' is hypothetical. conventional_imaging_inconclusive is therefore unknown -> conventional path unknown. The only prior spectroscopy is a 31P MRS of the CALF muscle on 09/18/2025 (different region) -> is_repeat_request not_met, recent_imaging_without_change not_met. indications unknown, non_indications not_met -> insufficient_information (request the 11/03 MRI report).",
 "request_date": "2025-11-12",
 "population": "pediatric",
 "patient_age_years": 8,
 "cpt_codes": ["76390"],
 "outcome": "insufficient_information",
 "leaves": {
  "clinical_documentation_present": "met",
  "procedure_code_consistent": "met",
  "body_region_consistent": "met",
  "conventional_imaging_inconclusive": "unknown",
  "glioma_grading": "unknown",
  "recurrence_vs_radiation_necrosis": "unknown",
  "intraaxial_brain_tumor": "unknown",
  "posttreatment_surveillance": "unknown",
  "neonatal_hie": "not_met",
  "metabolic_disorder": "met",
  "inherited_metabolic_disorder": "met",
  "is_repeat_request": "not_met",
  "no_established_guidelines": "unknown",
  "clarify_indeterminate_finding": "unknown",
  "monitoring_need": "unknown",
  "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
 "ambiguous_leaves": {
  "new_or_worsening_symptoms": "The 10/06/2025 stroke-like episode (HA, vomiting, confusion, transient R homonymous field defect) is a new neurological event, but there is no prior brain MRS to measure 'since the prior study' against, and it resolved by 10/09 (current ROS negative). Lean met if read against any prior imaging; irrelevant to the outcome because is_repeat_request is not_met."
 },
 "traps": [
  "Prior MRS of a different region: 05 is a research 31P MR spectroscopy of the RIGHT CALF on 09/18/2025 ('No brain imaging or brain spectroscopy performed'), within 3 months of the request. It is not a prior MRS of the same region -> is_repeat_request not_met and recent_imaging_without_change not_met (careless reading fires the 3-month non-indication).",
  "Most recent conventional study unreported: MRI brain 11/03/2025 'report to follow' / 'final report has NOT been received' / 'I have not seen the images'. The older MRI brain + IACs 03/2021 was normal, but it is not the most recent study, so it cannot make conventional_imaging_inconclusive not_met; nothing describes the 11/03 result -> unknown (not met, not not_met).",
  "Blank checkbox: PA form 'Conventional MRI/CT inconclusive?  [ ] Yes   [ ] No' -- neither ticked, states nothing.",
  "Hypothetical: consult 'If the MRI shows cortical/subcortical lesions ... or if it is nondiagnostic, brain MRS ... would help'; LMN 'Should the 11/03 MRI prove nondiagnostic, MRS would be the next step' -- conditional, does not support conventional_imaging_inconclusive or clarify_indeterminate_finding.",
  "Age near birthday / request-date candidates: DOB 11/13/2016; request date is the form's 'Date of request: 11/12/2025' (signed 11/12/25) -> age 8, pediatric. The fax banner/cover 11/14/2025 says '9 y/o'; the requested DOS is 11/20/2025; labs printed 11/12; consult 11/10.",
  "Relatives: maternal aunt's confirmed MELAS and grandmother's 'strokes' are family history; the patient's own suspected mitochondrial encephalopathy (elevated lactate/alanine, stroke-like episode, abnormal muscle 31P-MRS) is what makes metabolic_disorder and inherited_metabolic_disorder met. Mother's current ~22-week pregnancy is NOT a pregnancy flag for this boy (form 'Pregnancy: N/A').",
  "Neonatal HIE negated: 'No perinatal asphyxia, no encephalopathy, no hypothermia tx -- no hx of HIE', and he is 8 -> neonatal_hie not_met.",
  "Sedation is not claustrophobia: form '[X] Yes -- age/cannot hold still', 'Claustrophobia: [X] No', LMN 'He does not have claustrophobia' -> claustrophobia flag not_met. Renal '[X] No', Cr 0.39 -> not_met."
 ]
})

golds.append({
 "case": "b60_text_repeat_mrs_month_end_window_stable_post_srs",
 "description": "Fax packet (cover + PA form, MRI 09/24/25, MRS 09/30/25, MRI 12/19/25, onc note 12/22/25, LMN 12/30/25). 61M, EGFR+ NSCLC on osimertinib, L parietal brain met s/p SRS 03/18/2025. Prior MR spectroscopy of the brain on 09/30/2025 (mixed/indeterminate). Request date 12/31/2025 (form); 3 calendar months back with month-end clamping = 2025-09-30, so the prior MRS is ON the boundary day and inside the window. No treatment after 09/30 (osimertinib and levetiracetam unchanged; dexamethasone taper ended 09/12, before the study) and no new/worsening neurological symptoms (explicitly stable) -> recent_imaging_without_change met -> non_indications met -> does_not_meet_criteria, even though the indications are met (MRI 12/19 indeterminate recurrence vs necrosis; repeat path met via prior MRS + LMN attesting no established guidelines + one-time clarifying follow-up). Renal flag met (CKD 3a, eGFR 56).",
 "request_date": "2025-12-31",
 "population": "adult",
 "patient_age_years": 61,
 "cpt_codes": ["76390"],
 "outcome": "does_not_meet_criteria",
 "leaves": {
  "clinical_documentation_present": "met",
  "procedure_code_consistent": "met",
  "body_region_consistent": "met",
  "conventional_imaging_inconclusive": "met",
  "glioma_grading": "unknown",
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
  "recent_imaging_without_change": "met"
 },
 "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "met"},
 "ambiguous_leaves": {
  "monitoring_need": "Tumor board 10/08 set a plan to repeat MRS if MRI stayed indeterminate and the LMN says the result decides LITT vs continued surveillance -- arguably an established monitoring need that changes management, but the packet frames the request as a one-time clarification, with no explicit statement of a monitoring need. Lean met; outcome-irrelevant (repeat_reason is met via clarify_indeterminate_finding, and the non-indication decides the outcome)."
 },
 "traps": [
  "Month-end clamping: request 2025-12-31 minus 3 calendar months = 2025-09-31 -> clamped to 2025-09-30; the prior MRS (exam date 30-SEP-2025) falls on the boundary day and is INSIDE the window. Counting 90 days instead (-> 2025-10-02) wrongly puts it outside.",
  "Request date candidates: PA form 'Request Date: 12/31/2025' (signature 12/31/2025) is the request date -- not the fax banner/cover 'Jan 2, 2026' (which would move the window start to 2025-10-02 and drop the prior MRS outside it), the requested DOS 01/07/2026, or the LMN date 12/30/2025.",
  "Prior study date vs report date: MRS 'Exam date: 30-SEP-2025', 'Report finalized: 02-OCT-2025' -- the exam date is the study date (either is inside the window here).",
  "Treatment timing: dexamethasone 08/20 -> tapered OFF 09/12/2025 ended BEFORE the 09/30 study; SRS was 03/18/2025; osimertinib (since 06/2024) and levetiracetam (since 02/2025) are unchanged continuing regimens; med rec 'no changes since last visit'. None is 'treatment after the prior study'.",
  "Symptom timing: 'Worsening headaches since mid-August' (09/24 MRI history) predate the prior MRS; since then 'no new or worsening neuro sx since the September MRS', exam unchanged, chronic R finger numbness 'unchanged since 02/2025', form 'New/worsening symptoms since prior: [X] No' -> new_or_worsening_symptoms not_met.",
  "Hypothetical: 'If he develops new HA or focal sx before then, we would restart dexamethasone and move the study up' -- conditional, neither a symptom nor a treatment.",
  "Rule order: the repeat path is fully met (prior MRS same region, LMN 'no established guidelines', 'one-time clarifying follow-up ... to resolve the indeterminate finding') and the conventional path is met (MRI 12/19 'INDETERMINATE'), so indications = met -- but non_indications is checked first (outcome rule 2) -> does_not_meet_criteria, not meets_criteria.",
  "Renal flag: patient's own CKD 3a, eGFR 56 ('CKD 3 or worse') -> met, even though he tolerated macrocyclic gadolinium and MRS needs no contrast; the brother's dialysis is family history and not the reason. Claustrophobia '[X] No'; pregnancy N/A (male)."
 ]
})

os.makedirs("/tmp/blind6/gold", exist_ok=True)
for g in golds:
    allk = list(g["leaves"]) + list(g["ambiguous_leaves"])
    assert sorted(allk) == sorted(LEAVES), (g["case"], set(LEAVES)^set(allk))
    assert len(allk) == len(set(allk))
    assert os.path.isdir("/tmp/blind6/" + g["case"]), g["case"]
    with open(f"/tmp/blind6/gold/{g['case']}.json", "w") as f:
        json.dump(g, f, indent=1)
    print("wrote", g["case"], g["outcome"])
