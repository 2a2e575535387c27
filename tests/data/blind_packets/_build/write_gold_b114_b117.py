import json, os
G = "/work/blind9/gold"
REPEAT_AMBIG_NONREPEAT = {
 "new_or_worsening_symptoms": None,
 "clarify_indeterminate_finding": None,
 "monitoring_need": None,
}
cases = []

cases.append({
 "case": "b114_text_neonatal_hie_post_cooling_maternal_preeclampsia_mri_aki_resolved",
 "description": "Term male neonate (DOB 03/02/2026, 39w2d) born by emergency C/S for placental abruption in the setting of maternal severe pre-eclampsia/partial HELLP; Apgars 1/2/4, cord pH 6.89, moderate (Sarnat II) HIE with neonatal seizures, whole-body cooling 72 h completed 03/05/2026. DOL 5 MRI 03/07/2026 (1.5T, no MRS) is 'EQUIVOCAL' for basal ganglia/thalamic HIE and recommends MR spectroscopy. A later cranial ultrasound 03/09/2026 is normal, but it is not MRI/CT. MRS (76390) requested 03/12/2026 at DOL 10 for prognosis. The conventional path is met (inconclusive MRI + neonatal_hie). The mother's history runs through the packet: her own brain MRI with single-voxel MRS 12/19/2025 (inside the 3-month window), her claustrophobia needing lorazepam, her pregnancy/pre-eclampsia, her Cr 1.3 and her age (31). None of it is the patient's, so is_repeat_request and recent_imaging_without_change are not_met and the note flags are not_met. The neonate's AKI (peak Cr 1.7 on 3/4) is documented as resolved (Cr 0.4 on 3/11, nephrology signed off), so the renal flag is not_met. Outcome meets_criteria (approve).",
 "request_date": "2026-03-12",
 "population": "pediatric",
 "patient_age_years": 0,
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
  "neonatal_hie": "met",
  "metabolic_disorder": "not_met",
  "inherited_metabolic_disorder": "unknown",
  "is_repeat_request": "not_met",
  "no_established_guidelines": "unknown",
  "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
 "ambiguous_leaves": {
  "new_or_worsening_symptoms": "Defined relative to a prior MR spectroscopy, and this patient has none. The notes say 'Seizure-free since 03/03' and describe improving tone, which reads as stable or improving (not_met) relative to the 03/07 MRI. A reader could also call it unknown (no prior MRS to anchor 'since'). Not met in any reading; outcome unaffected because is_repeat_request is not_met.",
  "clarify_indeterminate_finding": "MRS is requested to characterize an equivocal MRI, which a reader could count as a 'clarifying follow-up of a prior indeterminate finding' (met). But this leaf belongs to the repeat-imaging path and there is no prior MRS, so others would say unknown. Outcome unaffected.",
  "monitoring_need": "High-risk neurodevelopmental follow-up and Early Intervention are monitoring of development, not an established need for repeat imaging. Lean unknown; outcome unaffected."
 },
 "traps": [
  "The mother's own brain MRI with single-voxel MR spectroscopy on 12/19/2025 (at 28w6d) falls inside the 3-month window (03/12/2026 minus 3 months = 12/12/2025). It is the mother's study, not the infant's. is_repeat_request and recent_imaging_without_change are not_met; the form says 'Prior MR spectroscopy of the brain for THIS patient: [X] No' and the LMN says 'This infant has not had MR spectroscopy before'.",
  "Maternal facts must not become the patient's: 'very claustrophobic and needed lorazepam' (mother), 'Pregnancy c/b ... severe pre-eclampsia', 'maternal Cr 1.3', 'Mother ... 31 y/o', and a subscriber DOB of 07/14/1994 on the form. The patient is a 10-day-old neonate: population pediatric, age 0, neonatal_hie met, and the claustrophobia and pregnancy flags are not_met ('Pregnant: [X] N/A (neonate)'; feed-and-wrap, no sedation).",
  "Neonatal AKI is resolved: earlier documents describe oliguria with Cr 1.6-1.7, but the 03/11 note says 'AKI ... NOW RESOLVED: Cr 0.4 ... Nephrology signed off 3/10', the form says 'Renal insufficiency ... [X] No (... resolved)' and the LMN says 'fully resolved'. A resolved problem does not count, so renal_insufficiency_contrast is not_met.",
  "The most recent brain imaging is a NORMAL cranial ultrasound (03/09/2026), but the leaf looks only at the most recent conventional MRI or CT. That is the 03/07/2026 MRI, read 'EQUIVOCAL ... Cannot reliably distinguish ... MR spectroscopy ... recommended', so conventional_imaging_inconclusive is met.",
  "Metabolic keywords are negated or off-target: 'severe mixed, predominantly metabolic acidosis' and 'lactate 14.2' come from asphyxia, and the metabolic screen ends 'No concern for an inborn error of metabolism', so metabolic_disorder is not_met. The form's unticked '[ ] Metabolic disorder' states nothing.",
  "Candidate dates: fax banner 03/13/2026, requested DOS 03/16/2026, LMN March 12 2026, and 'Date of request: 03/12/2026' (= signature date). The request date is 2026-03-12. CPT 70551/76506 in the imaging headers are history; the requested code is 76390."
 ]
})

cases.append({
 "case": "b115_text_insular_nonenhancing_glioma_grade_unknown_biopsy_deferred_ckd3b",
 "description": "54F (DOB 09/30/1971) with new focal seizures (01/27/2026) and a 4.1 cm non-enhancing infiltrative left insular/opercular mass. MRI w/wo 02/03/2026 (half-dose gadobutrol given with caution for CKD 3b, eGFR 35; no perfusion, no MRS): 'most consistent with a primary glial neoplasm', 'Tumor grade cannot be determined ... Low-grade versus high-grade is indeterminate', MRS recommended. Neurosurgery deferred stereotactic biopsy (dominant insula/lenticulostriates, apixaban for AF, undersampling risk); grade not established, no tissue. MRS 76390 requested (form signed 02/18/2026) to grade the glioma non-invasively. The conventional path is met through glioma_grading and intraaxial_brain_tumor. There is no prior MRS, so non_indications is not_met. Outcome meets_criteria. CKD 3b raises the renal flag even though eGFR is above 30. 'No claustrophobia' is a negation.",
 "request_date": "2026-02-18",
 "population": "adult",
 "patient_age_years": 54,
 "cpt_codes": ["76390"],
 "outcome": "meets_criteria",
 "leaves": {
  "clinical_documentation_present": "met",
  "procedure_code_consistent": "met",
  "body_region_consistent": "met",
  "conventional_imaging_inconclusive": "met",
  "glioma_grading": "met",
  "intraaxial_brain_tumor": "met",
  "neonatal_hie": "unknown",
  "metabolic_disorder": "unknown",
  "inherited_metabolic_disorder": "unknown",
  "is_repeat_request": "not_met",
  "no_established_guidelines": "unknown",
  "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "met"},
 "ambiguous_leaves": {
  "recurrence_vs_radiation_necrosis": "The question is never raised. The only treated tumor is a nasal basal cell carcinoma (Mohs 2019), and the packet states no brain surgery, cranial radiation or chemotherapy. Readers split between unknown (nothing speaks to it) and not_met (the packet contradicts a treated brain tumor). It must not be met; outcome unaffected.",
  "posttreatment_surveillance": "'Basal cell carcinoma L nasal ala, s/p Mohs excision 2019, no recurrence (derm yearly)' is a treated tumor under surveillance, but not a brain tumor. The form and LMN say 'No surgery, radiation or chemotherapy' / 'no brain surgery, cranial radiation or chemotherapy'. Unknown vs not_met is debatable; it must not be met. Outcome unaffected.",
  "new_or_worsening_symptoms": "New focal seizures are the presenting problem, but the leaf is about change since a prior study (prior MRS), and none exists. 'No further events since' starting levetiracetam; word-finding pauses are 'unclear if new'. Could be read as met (new seizures), not_met (stable since) or unknown. Outcome unaffected: is_repeat_request is not_met.",
  "clarify_indeterminate_finding": "MRS would clarify an indeterminate MRI (grade), but this is a first MRS, not a repeat-path follow-up. Met or unknown depending on the reader; outcome unaffected.",
  "monitoring_need": "'If this proved to be a WHO grade 2 IDH-mutant tumor, watchful waiting with serial MRI would be a reasonable option' is hypothetical, and no monitoring need is established yet. Lean unknown; outcome unaffected."
 },
 "traps": [
  "Renal flag despite eGFR > 30: CKD stage 3b, eGFR 35, N18.32, and nephrology says gadolinium is 'acceptable ... but I would still use it WITH CAUTION'. CKD 3 or worse counts as current renal insufficiency, so renal_insufficiency_contrast is met even though eGFR is not under 30 and MRS needs no contrast. Flag only.",
  "'No claustrophobia; tolerated the 2/3 MRI w/o anxiolytic', 'Claustrophobia: No', 'She has no claustrophobia' are negations, so the flag is not_met. 'G3P3', 'C-section x1 (1999)' and 'postmenopausal' mean no current pregnancy, so not_met.",
  "Grade is NOT established: 'most consistent with a primary glial neoplasm' and 'favor a lower-grade lesion' sound conclusive, but the impression says 'Tumor grade cannot be determined ... Low-grade versus high-grade is indeterminate' and recommends MRS. So conventional_imaging_inconclusive and glioma_grading are met. 'WHO grade 2' appears only in a hypothetical ('if this proved to be ...') and pathology does not exist (biopsy deferred).",
  "Treated tumor that is not a brain tumor: nasal BCC s/p Mohs 2019 with yearly derm follow-up must not trigger posttreatment_surveillance or recurrence_vs_radiation_necrosis. Levetiracetam started 01/27 is not tumor treatment.",
  "'Prior imaging (last 90 d): CT head 01/27/2026; MRI brain w/wo 02/03/2026' is advanced imaging of the same region within 3 months, but the non-indication looks only at prior MR spectroscopy ('Prior MR spectroscopy: None'; 'MR spectroscopy not performed'), so recent_imaging_without_change is not_met.",
  "'per ACR Manual on Contrast Media' in the nephrology e-consult is a contrast-safety reference, not a guideline covering this MRS indication; no_established_guidelines stays unknown.",
  "Candidate dates: fax banner Feb 19 2026, LMN February 17 2026, requested DOS 02/26/2026, and 'Date signed: 02/18/2026' on a form with no separate 'Date of request' line. The signature date gives request_date 2026-02-18. 70450/70553 in the report headers are history; the requested code is 76390."
 ]
})

cases.append({
 "case": "b116_text_adult_post_arrest_anoxic_injury_mri_characteristic_mrs_for_prognosis",
 "description": "57M (DOB 11/03/1968), out-of-hospital VF arrest 04/19/2026 (~31 min to ROSC, LAD STEMI s/p PCI, TTM 36 C), comatose at post-arrest day 7 with absent N20s, NSE > 90, suppressed EEG. Early CT 04/19 'Early hypoxic-ischemic injury cannot be excluded'. The most recent conventional study, MRI 04/23/2026, is 'characteristic of severe, diffuse hypoxic-ischemic (anoxic) brain injury ... The pattern and extent are diagnostic'. MRS 76390 is requested 04/27/2026 as a prognostic adjunct. Per the spec, a diagnostic/characteristic MRI makes conventional_imaging_inconclusive not_met. Adult anoxic injury / 'post-arrest HIE' is not neonatal HIE (neonatal_hie not_met). There is no prior MRS (repeat path not_met). Indications are not_met and the non-indication is not_met, so the outcome is does_not_meet_criteria (refer to physician reviewer). Ongoing AKI (Cr 2.3, 'NOT resolved') raises the renal flag.",
 "request_date": "2026-04-27",
 "population": "adult",
 "patient_age_years": 57,
 "cpt_codes": ["76390"],
 "outcome": "does_not_meet_criteria",
 "leaves": {
  "clinical_documentation_present": "met",
  "procedure_code_consistent": "met",
  "body_region_consistent": "met",
  "conventional_imaging_inconclusive": "not_met",
  "glioma_grading": "unknown",
  "recurrence_vs_radiation_necrosis": "unknown",
  "intraaxial_brain_tumor": "unknown",
  "posttreatment_surveillance": "unknown",
  "neonatal_hie": "not_met",
  "metabolic_disorder": "not_met",
  "inherited_metabolic_disorder": "not_met",
  "is_repeat_request": "not_met",
  "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "met"},
 "ambiguous_leaves": {
  "no_established_guidelines": "The LMN cites 'the 2021 ERC-ESICM post-resuscitation care guidelines' for multimodal prognostication (a guideline that covers the situation, so not_met) and then says 'Those guidelines do not address MR spectroscopy' (arguably an attestation of no guideline for MRS, so met). Outcome unaffected: is_repeat_request is not_met.",
  "new_or_worsening_symptoms": "No prior MRS to anchor 'since the prior study'. Since the MRI the exam is persistently comatose and myoclonus has stopped, which is neither clearly new/worsening nor stated 'stable'. Unknown vs not_met; outcome unaffected.",
  "clarify_indeterminate_finding": "The only indeterminate study (CT 04/19, 'cannot be excluded') was already clarified by the diagnostic MRI, and the request is for prognosis, not clarification. Most readers would say unknown or not met, but the leaf has no not_met rule. Outcome unaffected.",
  "monitoring_need": "Serial neuro exams / prognostication are ongoing, but that is not an established need for repeat imaging monitoring; the meningioma 'outpt MRI in 6-12 mo' is unrelated to this request. Lean unknown; outcome unaffected."
 },
 "traps": [
  "'HIE' in an adult: the ICU note calls it 'severe hypoxic-ischemic encephalopathy (HIE / anoxic brain injury)' and 'post-arrest HIE', and TTM/cooling is the adult counterpart of neonatal therapeutic hypothermia. The patient is 57, so neonatal_hie is not_met ('Patient under 1 year of age ... [X] No').",
  "The MRI is diagnostic, not inconclusive: 'Findings are characteristic of ... The pattern and extent are diagnostic; no alternative diagnosis is suggested' and the LMN says 'The MRI leaves no doubt about the diagnosis'. The uncertainty is about PROGNOSIS, not the imaging diagnosis. The earlier CT 04/19 ('cannot be excluded') is not the most recent study. The form row 'Prior conventional MRI/CT inconclusive?' is left unticked (states nothing). So conventional_imaging_inconclusive is not_met and the outcome is does_not_meet_criteria (the tool refers to a physician reviewer; it never denies).",
  "Family mentions: the daughter's first child was 'treated with cooling for neonatal HIE in 2023 and had an MRI with spectroscopy'. That is a relative's HIE and a relative's MRS; neither supports neonatal_hie or is_repeat_request. The daughter is '30 wks pregnant', so the pregnancy flag is not_met (male patient; form 'Pregnant? [X] No').",
  "Sedation is not claustrophobia: 'Sedation / anesthesia required? [X] Yes - intubated, on propofol/fentanyl' while 'Claustrophobia? [X] No', so the claustrophobia flag is not_met. AKI/ATN is current ('Cr 2.3 - improving slowly but NOT resolved', 'Renal insufficiency? [X] Yes'), so the renal flag is met.",
  "Incidental 9 mm left frontal convexity meningioma (dural-based, extra-axial) does not count for intraaxial_brain_tumor or any neoplastic leaf; they stay unknown. The form's 'No' answers to metabolic/mitochondrial and leukodystrophy rows are negations, so those leaves are not_met.",
  "Candidate dates: fax banner 04/28/2026, requested DOS 04/29/2026, LMN April 27 2026, 'Request Date: 04/27/2026' (= signature date). The request date is 2026-04-27. 70450/70551 in report headers are history."
 ]
})

cases.append({
 "case": "b117_text_adult_leukodystrophy_suspect_old_ct_normal_prior_liver_mrs",
 "description": "36M (DOB 05/08/1989) with childhood-onset primary adrenal insufficiency, 3 years of progressive spastic paraparesis with bladder involvement, ~1 year of cognitive/behavioral decline, and a nephew with cerebral ALD (sister a confirmed ABCD1 carrier). Suspected adult X-ALD (AMN with possible cerebral involvement) vs adult-onset MLD. CT head 06/22/2023 was normal. The most recent conventional study, MRI brain w/wo 03/05/2026, is 'INDETERMINATE' (leukodystrophy vs acquired demyelination) and suggests MRS. Brain MRS 76390 is requested 03/20/2026. The conventional path is met via inherited_metabolic_disorder. The only prior MRS is of the LIVER (MRI abdomen + proton MRS 01/14/2026, billed 76390). It is inside the 3-month window and the form says 'Prior MRS? [X] Yes' with no new symptoms or treatment since, but it is a different anatomic region. So it is not a repeat request and the non-indication is not_met. Outcome meets_criteria. Documented claustrophobia needing lorazepam premedication raises the claustrophobia flag.",
 "request_date": "2026-03-20",
 "population": "adult",
 "patient_age_years": 36,
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
  "neonatal_hie": "unknown",
  "inherited_metabolic_disorder": "met",
  "is_repeat_request": "not_met",
  "no_established_guidelines": "unknown",
  "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
 "ambiguous_leaves": {
  "metabolic_disorder": "X-ALD (peroxisomal) and MLD (lysosomal) are, strictly, inborn errors of metabolism, which would make this met. But the spec lists leukodystrophies under inherited_metabolic_disorder, the packet never uses the words 'inborn error of metabolism', and the one mitochondrial mention is negated ('No features to suggest mitochondrial disease'). Met vs not_met vs unknown is reader-dependent; outcome unaffected.",
  "new_or_worsening_symptoms": "The course is progressive over 3 years (worsening), but symptoms since the last imaging are stated 'about the same, no new symptoms' ('Symptoms new or worsening since last imaging? [X] No'). Relative to a prior MRS of the same region (none), the leaf has no anchor. Lean not_met; outcome unaffected.",
  "clarify_indeterminate_finding": "MRS is to characterize an indeterminate MRI, but it is a first brain MRS, not a repeat-path follow-up. Met or unknown; outcome unaffected.",
  "monitoring_need": "If X-ALD is confirmed, serial MRI monitoring for cerebral conversion is standard and would change management (HSCT), but the diagnosis is pending and no monitoring is yet established. Lean unknown; outcome unaffected."
 },
 "traps": [
  "Prior MRS of a different body part: 'MRI ABDOMEN ... WITH PROTON MR SPECTROSCOPY OF THE LIVER (76390)' on 01/14/2026 is inside the window (03/20/2026 minus 3 months = 12/20/2025). The form says 'Prior MRS? [X] Yes', 'Symptoms new or worsening since last imaging? [X] No', 'Treatment since last imaging? [X] No', and the note says 'No medication changes'. A tool that ignores the region would fire the non-indication and return does_not_meet_criteria. The liver is not the same anatomic region, so is_repeat_request is not_met and recent_imaging_without_change is not_met, giving meets_criteria.",
  "An older normal CT is not the most recent study: 'Normal noncontrast CT of the head' (06/22/2023) pre-dates the symptoms. The most recent conventional study is MRI 03/05/2026, 'INDETERMINATE ... leukodystrophy ... versus acquired demyelinating disease ... Consider MR spectroscopy', so conventional_imaging_inconclusive is met.",
  "Family history versus the patient: the nephew's cerebral ALD and the maternal uncle's 'brain disease' are family history and do not by themselves support a leaf. inherited_metabolic_disorder is met on the PATIENT's own suspected X-ALD / adult MLD ('Suspected X-linked adrenoleukodystrophy ... top of ddx').",
  "Claustrophobia is real and needs sedation: 'first attempt 02/20/2026 aborted ... due to panic', 'premedicated w/ lorazepam 1 mg', 'Claustrophobia? [X] Yes needs premed', so the flag is met. Pregnancy is not_met ('wife is not pregnant'; male patient; form 'N/A'). Renal is not_met (eGFR > 90, 'Renal disease ... [X] No').",
  "Candidate dates: fax banner MAR-23-2026, LMN 03/19/2026, clinic note 03/12/2026, anticipated DOS 04/02/2026, 'Date of Request: 03/20/2026' (= signature date). The request date is 2026-03-20. 70553/72141/72146/74181 and the liver study's 76390 in report headers are history, not the request."
 ]
})

for c in cases:
    # sanity: every leaf placed exactly once
    all_leaves = ["clinical_documentation_present","procedure_code_consistent","body_region_consistent",
      "conventional_imaging_inconclusive","glioma_grading","recurrence_vs_radiation_necrosis",
      "intraaxial_brain_tumor","posttreatment_surveillance","neonatal_hie","metabolic_disorder",
      "inherited_metabolic_disorder","is_repeat_request","no_established_guidelines",
      "new_or_worsening_symptoms","clarify_indeterminate_finding","monitoring_need",
      "recent_imaging_without_change"]
    L, A = set(c["leaves"]), set(c["ambiguous_leaves"])
    assert not (L & A), (c["case"], L & A)
    assert L | A == set(all_leaves), (c["case"], set(all_leaves) - (L|A), (L|A) - set(all_leaves))
    assert os.path.isdir(f"/work/blind9/{c['case']}"), c["case"]
    with open(f"{G}/{c['case']}.json", "w") as f:
        json.dump(c, f, indent=1)
        f.write("\n")
print("ok")
