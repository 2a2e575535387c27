"""Writes /tmp/blind6/gold/b65..b68 gold files (blind set C)."""
import json

ALL = ["clinical_documentation_present", "procedure_code_consistent", "body_region_consistent",
       "conventional_imaging_inconclusive", "glioma_grading", "recurrence_vs_radiation_necrosis",
       "intraaxial_brain_tumor", "posttreatment_surveillance", "neonatal_hie", "metabolic_disorder",
       "inherited_metabolic_disorder", "is_repeat_request", "no_established_guidelines",
       "new_or_worsening_symptoms", "clarify_indeterminate_finding", "monitoring_need",
       "recent_imaging_without_change"]

NO_PRIOR_MRS_NEW_SX = ("The rule reads 'since the prior study', and this patient has no prior MR spectroscopy. "
                       "The packet does document new/worsening neurological symptoms. Lean met on the mention; "
                       "it does not affect the outcome because is_repeat_request is not_met.")

golds = []

golds.append({
 "case": "b65_pdf_convexity_mass_meningioma_vs_glioma_noncontrast_ckd4",
 "description": ("71M with a R frontal convexity mass, faxed as a resubmission. The older ED CT (10/29) calls it 'most consistent "
                 "with meningioma'. The most recent conventional study is a non-contrast MRI (11/12); gadolinium was withheld for "
                 "CKD 4, eGFR 22. That MRI is 'Indeterminate ... atypical/anaplastic meningioma versus peripherally located high-grade "
                 "glioma (glioblastoma)' and recommends MRS, so conventional_imaging_inconclusive is met. A suspected peripheral "
                 "high-grade glioma is a suspected intra-axial glial neoplasm with no tissue diagnosis, and the grading box is ticked, "
                 "so intraaxial_brain_tumor and glioma_grading are met. There is no prior MRS, so the non-indication is not_met. "
                 "Outcome: meets_criteria. Request date is 11/17/2026 (form 'Date of request' and e-signature), not the fax date "
                 "11/20, the reprint date 11/19 or the DOS 11/24. The renal flag is affirmed: CKD 4, eGFR 22, gadolinium avoided per nephrology."),
 "request_date": "2026-11-17",
 "population": "adult",
 "patient_age_years": 71,
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
  "posttreatment_surveillance": "unknown",
  "neonatal_hie": "unknown",
  "metabolic_disorder": "unknown",
  "inherited_metabolic_disorder": "unknown",
  "is_repeat_request": "not_met",
  "no_established_guidelines": "unknown",
  "monitoring_need": "unknown",
  "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "met"},
 "ambiguous_leaves": {
  "new_or_worsening_symptoms": NO_PRIOR_MRS_NEW_SX + " (HA 'worse this week', increasing midline shift, new L leg weakness.)",
  "clarify_indeterminate_finding": ("MRS is requested to clarify an indeterminate MRI finding. That could be read as a one-time clarifying "
                                    "follow-up, but the leaf belongs to the repeat-imaging path and there is no prior MRS. Lean met; it does not affect the outcome.")
 },
 "traps": [
  "01_fax_cover / banner: the fax date is NOV-20-2026 and the form footer says 'Printed 11/19/2026 ... reprint'. The request date is the form's 'Date of request 11/17/2026' (matches the e-signature and the NSGY note); the cover confirms the original was sent on 11/17. The DOS 11/24/2026 is the requested date of service, not the request date.",
  "03_ct_head 10/29: 'most consistent with meningioma' reads as conclusive, and meningioma is extra-axial, but this CT is not the most recent conventional study. The 11/12 MRI is later, and it is indeterminate.",
  "04_mri 11/12: 'atypical/anaplastic meningioma versus ... high-grade glioma'. A careless reader sees 'meningioma' (extra-axial, excluded) and stops there. The 'versus' mention of a suspected glioblastoma supports intraaxial_brain_tumor and glioma_grading.",
  "05_nsgy FAMILY HISTORY: the daughter's resected benign meningioma is family history, not the patient's. 'No family hx of glioma' is a family statement and does not negate the patient's suspected glioma.",
  "05_nsgy plan: 'If MRS remains equivocal, would proceed to resection' is hypothetical and supports nothing.",
  "Claustrophobia is historical and resolved ('needed open MRI for L-spine in 2016 ... not a problem anymore', no sedation for the 11/12 MRI; form box No), so the flag is not_met.",
  "Renal flag is met: CKD 4, eGFR 22, nephrology advises avoiding GBCA, form box 'Renal insufficiency / eGFR < 30: Yes'. It is a note only and does not change the outcome. The iodinated-contrast allergy is not a gadolinium contraindication.",
  "CPT 70551 / 70450 in the radiology headers belong to the imaging already done. The requested code is 76390 from the form. The 'Implant / pacer: Yes (coronary stents)' box is not a note flag.",
  "Dexamethasone started 11/12 is treatment, but there is no prior MRS, so it is irrelevant to recent_imaging_without_change (not_met: no prior MRS)."
 ]
})

golds.append({
 "case": "b66_pdf_child_dnet_ct_indeterminate_mri_characteristic",
 "description": ("9-year-old boy with new focal epilepsy. The ED CT (08/29) is indeterminate ('low-grade neoplasm cannot be excluded', "
                 "recommends MRI). The later and most recent conventional study, the MRI of 09/15, says the findings 'are characteristic of "
                 "dysembryoplastic neuroepithelial tumor (DNET)' with no aggressive features, and the epilepsy conference minutes say no "
                 "further characterization is needed. So conventional_imaging_inconclusive is not_met, even though an intra-axial tumor "
                 "(DNET) is present. MRS is requested for parental reassurance. There is no prior MRS, so the repeat path is not_met. "
                 "indications is not_met, giving does_not_meet_criteria (refer to physician reviewer)."),
 "request_date": "2026-10-06",
 "population": "pediatric",
 "patient_age_years": 9,
 "cpt_codes": ["76390"],
 "outcome": "does_not_meet_criteria",
 "leaves": {
  "clinical_documentation_present": "met",
  "procedure_code_consistent": "met",
  "body_region_consistent": "met",
  "conventional_imaging_inconclusive": "not_met",
  "recurrence_vs_radiation_necrosis": "unknown",
  "intraaxial_brain_tumor": "met",
  "posttreatment_surveillance": "unknown",
  "neonatal_hie": "not_met",
  "is_repeat_request": "not_met",
  "no_established_guidelines": "unknown",
  "monitoring_need": "unknown",
  "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
 "ambiguous_leaves": {
  "glioma_grading": ("DNET is a glioneuronal tumor, which is not in the spec's list of glial neoplasms. No document names a glioma "
                     "or asks about high- vs low-grade. The CT's 'low-grade neoplasm cannot be excluded' is not glial-specific. "
                     "Lean unknown; it does not affect the outcome because conventional_imaging_inconclusive is not_met."),
  "metabolic_disorder": ("The only mention is 'No known metabolic or genetic disorders' under FAMILY HISTORY, which is about relatives. "
                         "Lean unknown (a tool may read it as not_met). It does not affect the outcome."),
  "inherited_metabolic_disorder": "Same as metabolic_disorder: only a family-history denial. Lean unknown.",
  "new_or_worsening_symptoms": NO_PRIOR_MRS_NEW_SX + " (Breakthrough seizures 9/18 and 9/20, after the 9/15 MRI.)",
  "clarify_indeterminate_finding": ("The CT finding was indeterminate, but the MRI has since characterized it. The request is for "
                                    "reassurance, not a clarifying follow-up of an open finding. Lean not met/unknown. It does not affect the outcome.")
 },
 "traps": [
  "02_ct_head 08/29: 'indeterminate on CT. A low-grade neoplasm cannot be excluded ... Recommend MRI ... for further characterization'. These are textbook 'inconclusive' words, but this is the OLDER study. The most recent conventional study (MRI 09/15) is 'characteristic of DNET', so the leaf is not_met.",
  "05_letter of medical necessity: 'His initial head CT ... was indeterminate and could not exclude a neoplasm'. It restates the older study, and the same letter says the MRI was read as characteristic of DNET.",
  "The tumor leaf is met (DNET is a cortically based intra-axial primary tumor), so a careless reader approves. The ALL node still fails on conventional_imaging_inconclusive.",
  "The request form ticks 'Characterization of known brain lesion / mass', but a form box cannot make the most recent MRI inconclusive.",
  "04_clinic note BIRTH HX: 'No perinatal asphyxia; no neonatal encephalopathy or HIE'. HIE is negated, and the child is 9 anyway, so neonatal_hie is not_met.",
  "04_clinic note FAMILY HISTORY: the mother is '~30 wks pregnant'. That is a relative's pregnancy, so the pregnancy flag is not_met. The maternal first cousin's 'brain tumor' is family history.",
  "Renal: 's/p R pyeloplasty ... renal function normal (Cr 0.38)' and form box No, so the renal flag is not_met.",
  "Claustrophobia: 'none - did the entire 55-min MRI awake w/o sedation', so not_met.",
  "Hypothetical: 'If final pathology is atypical ... would obtain post-op MRI and refer to neuro-oncology' supports nothing (monitoring_need unknown).",
  "Request date 10/06/2026 (form 'Date of request', signature, LMN). The fax banner 10/07/2026 and the DOS 10/19/2026 are not request dates. CPTs 70450 and 70553 in the report headers are history."
 ]
})

golds.append({
 "case": "b67_pdf_adult_xald_outside_brain_mri_missing_spine_indeterminate",
 "description": ("34M with Addison disease, spastic paraparesis and elevated VLCFA (X-ALD, AMN phenotype), new cognitive decline; "
                 "brain MRS is requested to look for early cerebral involvement. The only brain MRI (09/18/2026, outside facility) has no "
                 "report in the packet; the patient doesn't know the result and the cover says it is 'to follow'. The only imaging report in "
                 "the packet is a SPINE MRI, 'nonspecific ... etiology indeterminate'. The conventional_imaging_inconclusive rule is about "
                 "the most recent MRI or CT of the BRAIN, so the leaf is unknown. The qualifying condition is met (X-ALD is a "
                 "leukodystrophy). conventional_imaging_path is unknown and the repeat path is not_met (no prior MRS), so indications is "
                 "unknown. The non-indication is not_met. Outcome: insufficient_information (request the outside brain MRI report)."),
 "request_date": "2026-11-30",
 "population": "adult",
 "patient_age_years": 34,
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
  "neonatal_hie": "unknown",
  "inherited_metabolic_disorder": "met",
  "is_repeat_request": "not_met",
  "monitoring_need": "met",
  "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
 "ambiguous_leaves": {
  "metabolic_disorder": ("X-ALD is a peroxisomal inborn error of metabolism, but the spec names it under inherited_metabolic_disorder "
                         "(leukodystrophy). The lab's 'peroxisome biogenesis disorder is unlikely' is a negated mention of a different disorder. "
                         "Lean met. It does not change the outcome."),
  "no_established_guidelines": ("The note says 'males w/ X-ALD require serial brain imaging' (consensus practice) but cites no named guideline, "
                                "and it does not attest that there is none. Lean unknown. It is irrelevant because is_repeat_request is not_met."),
  "new_or_worsening_symptoms": NO_PRIOR_MRS_NEW_SX + " (New forgetfulness and MoCA 24, cane use new since summer.)",
  "clarify_indeterminate_finding": ("The only indeterminate finding is in the spine MRI, and the request is not a follow-up of it. "
                                    "Lean unknown.")
 },
 "traps": [
  "04_mri_c_t_spine 10/14: 'Findings are nonspecific and the etiology is indeterminate ... cannot be excluded'. These are inconclusive words, but the study is of the SPINE, not the brain, and it is not the conventional brain imaging the leaf needs.",
  "03_consult plan: 'If the outside MRI is inconclusive or shows early WM signal change, MRS would help characterize it' is hypothetical and does not make the brain MRI inconclusive. The brain MRI report is not in the packet (cover: 'NOT yet received'), so the leaf is unknown, not met and not not_met.",
  "The request form's prior-imaging row says only 'report requested - not yet received'. The brain MRI has no result anywhere in the packet.",
  "FAMILY HISTORY: the maternal uncle's cerebral ALD and the mother's probable heterozygote status are relatives. The patient's own VLCFA 'biochemically c/w X-ALD' and the AMN assessment support inherited_metabolic_disorder.",
  "'MRS was mentioned by a previous neurologist in 2025 as an option but was never ordered or performed'. That is not a prior MRS, so is_repeat_request is not_met.",
  "Claustrophobia is affirmed: panic attack in the scanner, completed only after lorazepam 1 mg, needs premed and a wide-bore scanner, form box Yes. The flag is met, which is a note only.",
  "'Wife 20 wks pregnant' is a relative's pregnancy, so the pregnancy flag is not_met.",
  "'Adrenal insufficiency' (Addison's) is not renal insufficiency. Cr 0.92, eGFR 104, 'no gadolinium contraindication', form box No, so the renal flag is not_met. The remote kidney stone is not CKD.",
  "Request date 11/30/2026 (form and signature '11/30/26'). The fax banner '12-01-26', the lab print time 11/30 17:55 and the DOS 12/10/2026 are not request dates. CPTs 72141/72146 on the spine report are history; the request is 76390 for the head/brain."
 ]
})

golds.append({
 "case": "b68_pdf_child_melas_mothers_brain_mrs_in_packet",
 "description": ("6-year-old girl with suspected MELAS (mitochondrial encephalopathy) after a stroke-like episode. The ED CT (11/23) "
                 "was normal. The most recent conventional study, MRI/MRA 11/24, is 'indeterminate; differential includes a metabolic "
                 "stroke-like episode (e.g., MELAS) versus ... peri-ictal ... versus encephalitis' and recommends MRS, so "
                 "conventional_imaging_inconclusive is met. Suspected MELAS and mitochondrial myopathy on muscle biopsy make metabolic_disorder "
                 "and inherited_metabolic_disorder met. The packet includes the MOTHER's brain MRI+MRS report (CPT 76390, 10/21/2026, "
                 "inside the 3-month window). It is a relative's study, so it is not a prior MRS of this patient: is_repeat_request and "
                 "recent_imaging_without_change are not_met. Outcome: meets_criteria."),
 "request_date": "2026-12-01",
 "population": "pediatric",
 "patient_age_years": 6,
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
  "metabolic_disorder": "met",
  "inherited_metabolic_disorder": "met",
  "is_repeat_request": "not_met",
  "no_established_guidelines": "unknown",
  "monitoring_need": "unknown",
  "recent_imaging_without_change": "not_met"
 },
 "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
 "ambiguous_leaves": {
  "new_or_worsening_symptoms": NO_PRIOR_MRS_NEW_SX + " (New hemianopia, seizures, HA/vomiting from 11/23.)",
  "clarify_indeterminate_finding": ("MRS is requested to clarify the indeterminate 11/24 MRI, which could be read as a one-time clarifying "
                                    "follow-up, but there is no prior MRS of this patient. Lean met. It does not affect the outcome.")
 },
 "traps": [
  "07_family_record: a full radiology report 'MRI BRAIN WITHOUT CONTRAST WITH MR SPECTROSCOPY', CPT 70551, 76390, dated 10/21/2026, 6 weeks before the request. The patient on it is DELACROIX, NAOMI R (the mother, DOB 04/30/1995), labelled 'FAMILY MEMBER RECORD'. It is a relative's study, so it is not a prior MRS for is_repeat_request or the 3-month non-indication. Reading it as the patient's would wrongly trigger recent_imaging_without_change.",
  "The same family record carries DOB 04/30/1995 (age 31) and 'No stroke-like lesion'. Neither the population nor the conventional-imaging leaf should come from it. The patient is 6 (DOB 02/11/2020), and her most recent conventional study is her own 11/24 MRI.",
  "05_discharge summary FAMILY HX also describes the mother's MRS lactate and 'Mother considering future pregnancy'. Both are about a relative. The pregnancy flag is not_met.",
  "04_radiology: the CT of 11/23 says 'No acute intracranial abnormality' (normal), but it is older than the indeterminate MRI of 11/24, which is the most recent study, so the leaf is met.",
  "The MRI differential includes encephalitis (not a policy condition) and 'arterial ischemic infarct ... less likely'. Suspected MELAS ('versus') still supports the metabolic leaves.",
  "Renal: 'Mild proximal renal tubulopathy (Fanconi-type)' is not renal insufficiency. eGFR ~128, 'no contraindication to gadolinium', form box No, so the flag is not_met.",
  "Sedation: general anesthesia 'due to age / inability to hold still. No hx of claustrophobia', form box No, so the claustrophobia flag is not_met.",
  "Return precautions ('Return to ED if new seizures ...') and 'If there is no lactate and the autoimmune panel returns positive, would pivot...' are conditional and support nothing.",
  "Request date 12/01/2026 (form 'Date of request', signature, clinic note). The fax banner DEC-02-2026 and the DOS 12/09/2026 are not request dates. CPTs 70450, 70553 and 70544 in the radiology headers are history."
 ]
})

for g in golds:
    keys = set(g["leaves"]) | set(g["ambiguous_leaves"])
    assert keys == set(ALL), (g["case"], set(ALL) - keys, keys - set(ALL))
    assert not (set(g["leaves"]) & set(g["ambiguous_leaves"])), g["case"]
    with open(f"/tmp/blind6/gold/{g['case']}.json", "w") as f:
        json.dump(g, f, indent=1)
    print("wrote", g["case"], g["outcome"])
