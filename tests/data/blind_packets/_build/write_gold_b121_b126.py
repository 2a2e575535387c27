"""Writes /work/blind10/gold/<case>.json for b121-b126 and checks that each
gold outcome follows from its leaves by the combining rules of
policy-semantics.md (ALL/ANY, then the 5-step outcome order)."""
import json
import os

GOLD = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "gold")
LEAVES = ["clinical_documentation_present", "procedure_code_consistent", "body_region_consistent",
          "conventional_imaging_inconclusive", "glioma_grading", "recurrence_vs_radiation_necrosis",
          "intraaxial_brain_tumor", "posttreatment_surveillance", "neonatal_hie", "metabolic_disorder",
          "inherited_metabolic_disorder", "is_repeat_request", "no_established_guidelines",
          "new_or_worsening_symptoms", "clarify_indeterminate_finding", "monitoring_need",
          "recent_imaging_without_change"]


def ALL(*xs):
    if "not_met" in xs:
        return "not_met"
    return "met" if all(x == "met" for x in xs) else "unknown"


def ANY(*xs):
    if "met" in xs:
        return "met"
    return "not_met" if all(x == "not_met" for x in xs) else "unknown"


def outcome(l):
    if "not_met" in (l["clinical_documentation_present"], l["procedure_code_consistent"],
                     l["body_region_consistent"]):
        return "insufficient_information"
    neo = ANY(l["glioma_grading"], l["recurrence_vs_radiation_necrosis"], l["intraaxial_brain_tumor"],
              l["posttreatment_surveillance"])
    cong = ANY(l["metabolic_disorder"], l["inherited_metabolic_disorder"])
    qual = ANY(neo, l["neonatal_hie"], cong)
    conv = ALL(l["conventional_imaging_inconclusive"], qual)
    rep = ALL(l["is_repeat_request"], l["no_established_guidelines"],
              ANY(l["new_or_worsening_symptoms"], l["clarify_indeterminate_finding"], l["monitoring_need"]))
    ind = ANY(conv, rep)
    non = l["recent_imaging_without_change"]
    if non == "met":
        return "does_not_meet_criteria"
    if ind == "met" and non == "not_met":
        return "meets_criteria"
    if ind == "not_met":
        return "does_not_meet_criteria"
    return "insufficient_information"


def flip(v):
    return {"met": ["not_met", "unknown"], "not_met": ["met", "unknown"], "unknown": ["met", "not_met"]}[v]


CASES = []

# ---------------------------------------------------------------- b121
CASES.append({
    "case": "b121_text_hiv_ring_lesions_pcnsl_vs_toxo_partner_pregnant",
    "description": (
        "41M (DOB 03/22/1985) with advanced HIV (CD4 48) and two enhancing intra-axial brain lesions. The ED CT "
        "head 6/2/2026 was read 'No acute intracranial abnormality', but the most recent conventional study, MRI "
        "brain 06/04/2026, says 'toxoplasmosis versus primary CNS lymphoma ... imaging features overlap and are not "
        "definitive' and recommends MR spectroscopy. Toxo IgG is negative and there has been no response to "
        "empiric therapy, so PCNSL is suspected. ID requests MRS (CPT 76390); Date of request 06/15/2026 "
        "(= signature date). Conventional path met (inconclusive MRI + suspected intra-axial neoplasm, PCNSL); no "
        "prior MRS, so the non-indication is not_met -> meets_criteria (approve). The pregnancy in the packet is "
        "the partner's; the lymphoma in FAMILY HISTORY is the father's systemic NHL."),
    "request_date": "2026-06-15",
    "population": "adult",
    "patient_age_years": 41,
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
        "posttreatment_surveillance": "unknown",
        "neonatal_hie": "unknown",
        "metabolic_disorder": "unknown",
        "inherited_metabolic_disorder": "unknown",
        "is_repeat_request": "not_met",
        "no_established_guidelines": "unknown",
        "new_or_worsening_symptoms": "met",
        "clarify_indeterminate_finding": "unknown",
        "monitoring_need": "unknown",
        "recent_imaging_without_change": "not_met",
    },
    "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
    "ambiguous_leaves": {
        "new_or_worsening_symptoms": (
            "New L hand weakness and headache (onset late May, presenting 6/2) are new deficits, but there is no "
            "prior MRS to be 'since', and on 6/12 the weakness is 'no improvement but not worse' / 'unchanged from "
            "discharge exam'. Lean met (a new deficit is documented); a reader could say not_met. Outcome "
            "unaffected: the repeat path is not_met through is_repeat_request, and the conventional path is met."),
        "clarify_indeterminate_finding": (
            "The MRS is meant to characterize an indeterminate MRI finding, which reads like 'clarifying follow-up "
            "of a prior indeterminate finding', but the leaf belongs to the repeat path and no prior MRS exists. "
            "Lean unknown; met is defensible. Outcome unaffected."),
    },
    "traps": [
        "Superseded study: the ED CT head 6/2/2026 'No acute intracranial abnormality' is normal, but it is not the "
        "most recent conventional study; MRI 06/04/2026 ('toxoplasmosis versus primary CNS lymphoma ... not "
        "definitive ... cannot be excluded', recommends MRS) decides conventional_imaging_inconclusive -> met.",
        "Pregnancy belongs to the partner: 'partner Danielle, who is currently ~22 weeks pregnant'; the patient is "
        "male and the form says Pregnant: [X] N/A -> pregnancy flag not_met.",
        "Family history: 'Father - non-Hodgkin lymphoma' is not the patient's lymphoma; the patient's PCNSL is "
        "supported by his own suspected-diagnosis mentions ('concern for PCNSL', 'r/o PCNSL vs toxo'), which count "
        "because uncertain mentions support leaves. 'No family hx of brain tumors' is a negated family statement.",
        "Negations that are not about the tumor: 'Toxoplasma IgG came back NEGATIVE', 'Cryptococcal Ag serum negative', "
        "'No periventricular/ependymal enhancement', 'dexamethasone was deliberately NOT started' do not negate "
        "intraaxial_brain_tumor.",
        "Hypotheticals: 'If MRS favors lymphoma, will refer directly to neurosurgery for stereotactic biopsy', "
        "'no steroids unless clinically deteriorates', 'RTC ... sooner if new weakness, seizure' add nothing.",
        "Recent advanced imaging is not a prior MRS: MRI 06/04/2026 is 11 days before the request but its technique "
        "says 'Perfusion and spectroscopy were not performed' and the form says Prior MR spectroscopy [X] No -> "
        "is_repeat_request not_met, recent_imaging_without_change not_met. CPT 70553/70450 in report headers is "
        "history; the request is 76390.",
    ],
})

# ---------------------------------------------------------------- b122
CASES.append({
    "case": "b122_text_peds_17y_suspected_melas_age_boundary_mother_m3243",
    "description": (
        "Harper Q., DOB 11/02/2008, with a first stroke-like episode (focal seizure, R homonymous field cut), "
        "lactic acidosis, short stature and SNHL. CT 10/19/2026 'could represent an evolving infarct'; the most "
        "recent study, MRI/MRA 10/20/2026, is read as 'nonspecific': 'MELAS-type stroke-like lesion versus an "
        "atypical arterial ischemic infarct versus focal encephalitis', with MRS recommended. Neurology suspects a "
        "mitochondrial encephalopathy (MELAS); her own mtDNA testing is pending. Date of Request 10/28/2026, when "
        "she is 17 (pediatric); she turns 18 on 11/02, and the LMN of 11/03 and the re-fax banner of 11/04 are "
        "after her birthday. Conventional path met (inconclusive MRI + suspected mitochondrial disease / "
        "mitochondrial encephalopathy); no prior MRS -> meets_criteria (approve)."),
    "request_date": "2026-10-28",
    "population": "pediatric",
    "patient_age_years": 17,
    "cpt_codes": ["76390"],
    "outcome": "meets_criteria",
    "leaves": {
        "clinical_documentation_present": "met",
        "procedure_code_consistent": "met",
        "body_region_consistent": "met",
        "conventional_imaging_inconclusive": "met",
        "glioma_grading": "unknown",
        "recurrence_vs_radiation_necrosis": "unknown",
        "intraaxial_brain_tumor": "not_met",
        "posttreatment_surveillance": "unknown",
        "neonatal_hie": "not_met",
        "metabolic_disorder": "met",
        "inherited_metabolic_disorder": "met",
        "is_repeat_request": "not_met",
        "no_established_guidelines": "unknown",
        "new_or_worsening_symptoms": "met",
        "clarify_indeterminate_finding": "unknown",
        "monitoring_need": "unknown",
        "recent_imaging_without_change": "not_met",
    },
    "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
    "ambiguous_leaves": {
        "inherited_metabolic_disorder": (
            "MELAS is a mitochondrial encephalomyopathy and the note says 'suspected mitochondrial encephalopathy - "
            "MELAS', which the spec lists under inherited_metabolic_disorder; a reader could keep MELAS only under "
            "metabolic_disorder and leave this unknown. Lean met. Outcome unaffected: metabolic_disorder is met."),
        "intraaxial_brain_tumor": (
            "The only tumor mentions are negated ('No underlying mass or enhancing neoplasm', 'No neoplasm') -> "
            "not_met; a reader who only counts explicit intra-axial-tumor mentions could say unknown. Outcome "
            "unaffected."),
        "new_or_worsening_symptoms": (
            "New focal seizure and new field cut are documented, but no prior MRS exists to be 'since'; lean met. "
            "Outcome unaffected (repeat path not_met via is_repeat_request)."),
    },
    "traps": [
        "Age boundary: DOB 11/02/2008, Date of Request 10/28/2026 -> 17, pediatric. The LMN dated November 3, "
        "2026 says she 'turned 18 yesterday' and the re-fax banner reads 11/04/2026; neither is the request date.",
        "Family history vs the patient: the mother's confirmed m.3243A>G ('a carrier, MELAS type') and the maternal "
        "aunt who 'died at 34 of \"a stroke.\"' are family history; the leaves are met by the patient's OWN suspected diagnosis "
        "('suspected mitochondrial encephalopathy - MELAS - is the leading diagnosis, but unconfirmed', "
        "'Suspected mitochondrial disease (MELAS)'), which counts because uncertain mentions support leaves.",
        "Neonatal HIE: 'No perinatal asphyxia or neonatal encephalopathy', term birth, Apgars 8/9, and she is 17 "
        "-> neonatal_hie not_met, even though 'stroke-like' / 'ischemic infarct' appear.",
        "Claustrophobia belongs to the mother ('Mother is severely claustrophobic and will wait outside'); the "
        "patient did the MRI without sedation and the form says [X] No -> claustrophobia not_met. Pregnancy: "
        "'urine hCG negative', form [X] No -> not_met. Renal: Cr 0.58, form No -> not_met.",
        "Older CT 10/19 ('could represent an evolving infarct') is superseded by the 10/20 MRI; the MRI, not the "
        "CT, decides conventional_imaging_inconclusive (met: 'nonspecific ... versus ... versus', recommends MRS).",
        "Hypotheticals: 'If mtDNA comes back negative ... would consider muscle biopsy' and return precautions add "
        "nothing. CPT 70553/70544 in the MRI header is history; the request is 76390.",
    ],
})

# ---------------------------------------------------------------- b123
CASES.append({
    "case": "b123_text_cavernous_malformation_characteristic_mri_sister_gbm_claustrophobic",
    "description": (
        "51F (DOB 07/14/1974) whose ED CT head 03/12/2026 showed an 'indeterminate' hyperdense partly calcified L "
        "frontal focus (ddx cavernous malformation vs hemorrhagic/calcified neoplasm). The follow-up and most "
        "recent study, MRI brain 03/19/2026 with SWI, is conclusive: 'imaging features characteristic of a "
        "cavernous malformation (Zabramski type II) ... No imaging features to suggest an underlying neoplasm ... "
        "The appearance is diagnostic. Advanced techniques such as ... MR spectroscopy are not expected to add "
        "diagnostic information.' Her PCP requests MRS (76390) on 04/09/2026 to 'r/o underlying tumor' because of "
        "her sister's glioblastoma and her anxiety. conventional_imaging_inconclusive is not_met, there is no prior "
        "MRS (repeat path not_met), so indications are not_met and non_indications not_met -> "
        "does_not_meet_criteria (refer_to_physician_reviewer)."),
    "request_date": "2026-04-09",
    "population": "adult",
    "patient_age_years": 51,
    "cpt_codes": ["76390"],
    "outcome": "does_not_meet_criteria",
    "leaves": {
        "clinical_documentation_present": "met",
        "procedure_code_consistent": "met",
        "body_region_consistent": "met",
        "conventional_imaging_inconclusive": "not_met",
        "glioma_grading": "unknown",
        "recurrence_vs_radiation_necrosis": "unknown",
        "intraaxial_brain_tumor": "met",
        "posttreatment_surveillance": "unknown",
        "neonatal_hie": "unknown",
        "metabolic_disorder": "unknown",
        "inherited_metabolic_disorder": "unknown",
        "is_repeat_request": "not_met",
        "no_established_guidelines": "unknown",
        "new_or_worsening_symptoms": "not_met",
        "clarify_indeterminate_finding": "unknown",
        "monitoring_need": "unknown",
        "recent_imaging_without_change": "not_met",
    },
    "note_flags": {"claustrophobia": "met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
    "ambiguous_leaves": {
        "intraaxial_brain_tumor": (
            "The radiologist and PCP negate a tumor ('No imaging features to suggest an underlying neoplasm', 'no "
            "evidence of tumor'), but the request form and plan say 'r/o underlying tumor' and the older CT "
            "differential lists a 'calcified neoplasm'. Under the spec's rule that r/o and differential mentions "
            "support a leaf and not_met needs every mention negated, lean met; a clinician would call it not_met. "
            "Outcome unaffected: the conventional path is not_met because the most recent MRI is conclusive."),
        "new_or_worsening_symptoms": (
            "The severe headache that prompted the ED visit predates both studies; since then 'Headache has "
            "settled', 'No new neuro symptoms since the ED visit' -> lean not_met. Outcome unaffected."),
    },
    "traps": [
        "Superseded indeterminate CT: 'Indeterminate 1.3 cm hyperdense ... focus ... Recommend MRI' is the OLDER "
        "study. The most recent conventional study (MRI 03/19/2026) is 'characteristic of a cavernous "
        "malformation', 'The appearance is diagnostic' -> conventional_imaging_inconclusive not_met.",
        "Negated MRS recommendation: 'Advanced techniques such as perfusion or MR spectroscopy are not expected to "
        "add diagnostic information' must not be read as the radiologist recommending MRS.",
        "Family history: 'sister Karen (47) was dx'd with glioblastoma in 2025, s/p resection, XRT and "
        "temozolomide' and form ICD Z80.8 are the sister's; they support neither glioma_grading nor "
        "posttreatment_surveillance nor recurrence_vs_radiation_necrosis for the patient.",
        "Renal flag belongs to the mother ('Mother - ESRD on hemodialysis since 2022'); the patient's Cr 0.71, "
        "eGFR 98, form Renal disease [X] No -> renal_insufficiency_contrast not_met. Pregnancy: menopause 2021, "
        "form [X] No -> not_met.",
        "Real flag that does not change the outcome: the patient's own claustrophobia needing lorazepam "
        "('Claustrophobia ... [X] Yes ... needs oral lorazepam 1 mg pre-scan (used 3/19)') -> claustrophobia flag met, outcome still "
        "does_not_meet_criteria.",
        "Cavernous malformation is a vascular malformation, not a neoplasm; a request to 'r/o underlying tumor' driven by anxiety and "
        "family history does not make the conclusive MRI inconclusive. Hypothetical 'If neurosurgery recommends "
        "resection, they would arrange their own pre-op imaging' adds nothing.",
    ],
})

# ---------------------------------------------------------------- b124
CASES.append({
    "case": "b124_text_presumed_lgg_repeat_mrs_six_weeks_prior_stable_transfer_of_care",
    "description": (
        "34M (DOB 02/27/1992) with a presumed low-grade glioma of the R insula found after a single focal seizure "
        "on 6/14/2026 (levetiracetam started in June, unchanged since). Outside MRI with MR spectroscopy at Mercy "
        "Regional on 09/02/2026 favored a low-grade glial neoplasm; MRI 10/09/2026 at the new institution is "
        "stable ('most consistent with a low-grade ... astrocytoma'). After transfer of care the neurosurgeon "
        "requests a repeat MRS (76390) on the in-house protocol because 'our neuroradiologists prefer to read "
        "spectroscopy acquired on our scanner'. Date of Request 10/20/2026; 3-month window starts 2026-07-20, so "
        "the 09/02/2026 MRS is inside it, with no treatment after it and symptoms stable -> "
        "recent_imaging_without_change met -> non_indications met -> does_not_meet_criteria "
        "(refer_to_physician_reviewer), whatever the indication leaves say."),
    "request_date": "2026-10-20",
    "population": "adult",
    "patient_age_years": 34,
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
        "is_repeat_request": "met",
        "no_established_guidelines": "not_met",
        "new_or_worsening_symptoms": "not_met",
        "clarify_indeterminate_finding": "unknown",
        "monitoring_need": "unknown",
        "recent_imaging_without_change": "met",
    },
    "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
    "ambiguous_leaves": {
        "conventional_imaging_inconclusive": (
            "MRI 10/09/2026: 'Stable ... most consistent with a low-grade (IDH-mutant, 1p/19q non-codeleted) "
            "astrocytoma' - lean not_met (characteristic of one diagnosis); a reader could argue the grade remains "
            "unproven without tissue. Outcome unaffected: the non-indication is met."),
        "no_established_guidelines": (
            "The consult cites 'NCCN CNS Cancers guideline' for management of presumed LGG (resection vs MRI "
            "surveillance q3-6 months); lean not_met (packet cites a covering guideline), unknown is defensible "
            "since NCCN does not address a repeat MRS. Outcome unaffected."),
        "posttreatment_surveillance": (
            "Known brain tumor but untreated ('has not had a biopsy, resection, radiation or chemotherapy') and the "
            "request is for surgical planning, so the leaf cannot be met; the spec gives no not_met rule, so lean "
            "unknown, not_met is defensible. Outcome unaffected."),
        "monitoring_need": (
            "'continued surveillance with MRI q3-6 months' is a monitoring plan for MRI, not a stated need to "
            "monitor with MRS; lean unknown. Outcome unaffected."),
    },
    "traps": [
        "Relative date: the 10/14/2026 consult says 'MRI with spectroscopy at Mercy about six weeks ago', resolved "
        "against the note date (~09/02/2026) and confirmed by the outside report 'Exam Date: 09/02/2026'; window "
        "start 2026-07-20 -> inside 3 months.",
        "Treatment after the prior MRS: levetiracetam was started in June (before the MRS) and is 'unchanged since "
        "June' -> continuing an unchanged regimen is not treatment. No biopsy/resection/XRT/chemo. The seizure "
        "(6/14/26) predates the MRS; 'no further seizures', 'Neuro status stable' -> new_or_worsening_symptoms "
        "not_met, recent_imaging_without_change met.",
        "Provider-preference repeat at a different facility: 'prefer to read spectroscopy acquired on our scanner' "
        "is not a clinical change; the policy notes such repeats may not be medically necessary.",
        "Hypotheticals: 'If the repeat MRS showed markedly higher choline ... we would move surgery earlier', 'If "
        "breakthrough seizure, will increase to 750 mg BID', tentative surgery in December - none is a treatment "
        "or new symptom after the prior MRS.",
        "CPT '70553, 76390' in the OUTSIDE report header is the prior study, not the request; the request form "
        "names 76390. Family history ('Mother - epilepsy', 'Maternal grandfather - \"brain cancer\" in his 70s') is not the "
        "patient's. The fax banner date OCT-21-2026 is not the request date (10/20/2026).",
    ],
})

# ---------------------------------------------------------------- b125
CASES.append({
    "case": "b125_pdf_fax_prostate_mrs_pirads3_body_region_mismatch_brother_gbm",
    "description": (
        "Faxed 5-page urology packet (banner 'FEB-03-2026 10:14 FROM: LAKESIDE UROLOGY ASSOC ...' with 'P. 1/5' to 'P. 5/5') for a 66M (DOB 05/09/1959) with a "
        "rising PSA and a PI-RADS 3 lesion on MRI prostate 01/12/2026 ('equivocal ... indeterminate'). He declines "
        "biopsy after urosepsis in 2019, so urology requests proton MR spectroscopy OF THE PROSTATE under CPT "
        "76390 (ruled PA form, 'Body region ... [X] Pelvis/prostate', 'Date of request 02/02/2026'). The notes are "
        "about the prostate, not the brain -> body_region_consistent not_met -> insufficient_information "
        "(request_additional_information) by step 1, although the CPT code itself is 76390 and the form ticks "
        "'Prior conventional imaging inconclusive? [X] Yes'."),
    "request_date": "2026-02-02",
    "population": "adult",
    "patient_age_years": 66,
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
        "neonatal_hie": "unknown",
        "metabolic_disorder": "unknown",
        "inherited_metabolic_disorder": "unknown",
        "is_repeat_request": "not_met",
        "no_established_guidelines": "unknown",
        "new_or_worsening_symptoms": "not_met",
        "clarify_indeterminate_finding": "unknown",
        "monitoring_need": "unknown",
        "recent_imaging_without_change": "not_met",
    },
    "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "not_met"},
    "ambiguous_leaves": {
        "conventional_imaging_inconclusive": (
            "The leaf concerns the most recent MRI/CT of the BRAIN: the only one is 'MRI brain 07/2023 for vertigo "
            "was unremarkable' -> lean not_met (normal); unknown is defensible since that study has nothing to do "
            "with the request. The equivocal PI-RADS 3 prostate MRI and the form's '[X] Yes' are not brain "
            "imaging. Outcome unaffected: body_region_consistent not_met decides it."),
        "clarify_indeterminate_finding": (
            "The MRS is requested to clarify an indeterminate prostate finding, but that is the wrong region and no "
            "prior MRS exists; lean unknown. Outcome unaffected."),
        "new_or_worsening_symptoms": (
            "ROS 'Neuro: denies headache, weakness, numbness ...' and 'no new symptoms' -> lean not_met; unknown "
            "defensible. Outcome unaffected."),
    },
    "traps": [
        "Body region mismatch with the right code: CPT 76390 is on the form, but the study is 'MR spectroscopy of "
        "the prostate ((choline + creatine)/citrate ratio in the lesion)', Body region [X] Pelvis/prostate, unticked [ ] "
        "Brain/head -> body_region_consistent not_met -> insufficient_information.",
        "Inconclusive imaging of the wrong organ: 'PI-RADS 3 ... equivocal; findings are indeterminate' and the "
        "form's 'Prior conventional imaging inconclusive? [X] Yes' refer to the prostate MRI (CPT 72197), not a "
        "brain MRI/CT.",
        "Family history: 'Brother - glioblastoma (GBM) ... his oncologists used MR spectroscopy to follow the brain "
        "tumor' is the brother's tumor and the brother's MRS -> no glioma leaf, and is_repeat_request stays "
        "not_met (form: Prior MR spectroscopy [X] No).",
        "Unticked checkboxes state nothing: '[ ] Brain tumor - grading', '[ ] Intra-axial brain tumor', '[ ] "
        "Metabolic ...' etc. are blank options, not negations and not support.",
        "Dates: fax banner FEB-03-2026 and cover date 02/03/2026, footer 'Printed 02/02/2026 16:40', requested DOS "
        "02/16/2026; the request date is 'Date of request 02/02/2026' (= signature date). Age 66 on that date.",
        "Flags all not_met: 'Claustrophobia [ ] Yes [X] No', 'Pregnant [X] N/A' (male), renal '[X] No eGFR 74'; the "
        "ticked 'Implants [X] Yes: L total hip arthroplasty' is not a policy flag.",
    ],
})

# ---------------------------------------------------------------- b126
CASES.append({
    "case": "b126_pdf_rcc_new_headache_mrs_ordered_before_first_mri_scanned_ct_ckd3b",
    "description": (
        "59M (DOB 12/19/1966), clear cell RCC s/p L radical nephrectomy 10/2024, with 3 weeks of new morning "
        "headaches and transient word-finding difficulty; oncology suspects brain metastasis. He has NEVER had "
        "brain imaging: MRI brain w/wo (70553) is approved and scheduled for 09/02/2026, and MRS (76390, Date of "
        "request 08/25/2026) is requested 'so that, if the MRI is inconclusive, spectroscopy can be acquired in the "
        "same sitting'. The only imaging in the packet is a scanned (image-only page) outside CT chest/abdomen/"
        "pelvis 07/30/2026 with an 'indeterminate' lung nodule. intraaxial_brain_tumor is met (suspected "
        "metastasis), but nothing says a brain MRI/CT was inconclusive (the statement is hypothetical), so "
        "conventional_imaging_inconclusive is unknown, the conventional path unknown, the repeat path not_met (no "
        "prior MRS) -> indications unknown with non_indications not_met -> insufficient_information "
        "(request_additional_information). His own CKD 3b (eGFR 39) sets the renal flag, which does not change the "
        "outcome."),
    "request_date": "2026-08-25",
    "population": "adult",
    "patient_age_years": 59,
    "cpt_codes": ["76390"],
    "outcome": "insufficient_information",
    "leaves": {
        "clinical_documentation_present": "met",
        "procedure_code_consistent": "met",
        "body_region_consistent": "met",
        "conventional_imaging_inconclusive": "unknown",
        "glioma_grading": "unknown",
        "recurrence_vs_radiation_necrosis": "unknown",
        "intraaxial_brain_tumor": "met",
        "posttreatment_surveillance": "unknown",
        "neonatal_hie": "unknown",
        "metabolic_disorder": "unknown",
        "inherited_metabolic_disorder": "unknown",
        "is_repeat_request": "not_met",
        "no_established_guidelines": "unknown",
        "new_or_worsening_symptoms": "met",
        "clarify_indeterminate_finding": "unknown",
        "monitoring_need": "unknown",
        "recent_imaging_without_change": "not_met",
    },
    "note_flags": {"claustrophobia": "not_met", "pregnancy": "not_met", "renal_insufficiency_contrast": "met"},
    "ambiguous_leaves": {
        "glioma_grading": (
            "'primary glioma' appears only inside the hypothetical 'If the MRI is inconclusive - e.g. a solitary "
            "ring-enhancing lesion where metastasis vs a primary glioma vs abscess cannot be distinguished' -> "
            "hypothetical, not evidence; lean unknown. Outcome unaffected."),
        "new_or_worsening_symptoms": (
            "New headaches and word-finding episodes, \"'a bit worse' this week\" (phone note 08/24), but there is no "
            "prior study to be 'since'; lean met. Outcome unaffected (repeat path not_met via is_repeat_request)."),
        "posttreatment_surveillance": (
            "He is on post-treatment surveillance, but for kidney cancer, not a brain tumor -> lean unknown. "
            "Outcome unaffected."),
    },
    "traps": [
        "Hypothetical inconclusive imaging: 'if the MRI is inconclusive, spectroscopy can be acquired in the same "
        "sitting' (form) and 'If the MRI is inconclusive - e.g. ... cannot be distinguished' (A/P) describe a "
        "study not yet done; they are conditional and do not make conventional_imaging_inconclusive met. 'No prior "
        "brain imaging' / 'He has never had brain imaging' -> leaf unknown, outcome insufficient_information.",
        "Wrong body part for 'indeterminate': the scanned CT C/A/P (image-only page 3, OCR needed) says 'New 5 mm "
        "RUL pulmonary nodule, indeterminate. Metastasis cannot be excluded' - chest, not brain.",
        "Negation not about the brain: 'No evidence of local recurrence in the left nephrectomy bed' does not "
        "negate the suspected brain metastasis ('concern for brain metastasis; r/o intracranial mass' -> "
        "intraaxial_brain_tumor met).",
        "Family history: 'Sister - meningioma resected 2019' is the sister's, and extra-axial anyway.",
        "Real renal flag: 'CKD 3b after nephrectomy, eGFR 39', form 'Renal impairment [X] Yes' -> "
        "renal_insufficiency_contrast met (the patient's own, current; 'no contraindication per nephrology' does "
        "not undo CKD 3b), but flags never change the outcome. Claustrophobia: form [X] No, phone note 'has no "
        "claustrophobia' -> not_met; pregnancy N/A (male).",
        "Codes and dates: the approved MRI brain 70553 (auth HMH-A26-0824-1193) is a related, separate service; "
        "the request is 76390. Request date 08/25/2026 (form), not the scan's fax stamp 07/31/2026, the exam "
        "date 07/30/2026, the phone note 08/24 or the DOS 09/02/2026.",
    ],
})


def main():
    os.makedirs(GOLD, exist_ok=True)
    for g in CASES:
        assert set(g["leaves"]) == set(LEAVES), (g["case"], set(LEAVES) ^ set(g["leaves"]))
        assert os.path.isdir(os.path.join(os.path.dirname(GOLD), g["case"])), g["case"]
        got = outcome(g["leaves"])
        assert got == g["outcome"], (g["case"], got, g["outcome"])
        # the outcome must not hinge on any ambiguous leaf
        for leaf in g["ambiguous_leaves"]:
            assert leaf in LEAVES, leaf
            for alt in flip(g["leaves"][leaf]):
                alt_leaves = dict(g["leaves"], **{leaf: alt})
                assert outcome(alt_leaves) == g["outcome"], (g["case"], leaf, alt, outcome(alt_leaves))
        with open(os.path.join(GOLD, g["case"] + ".json"), "w") as fh:
            json.dump(g, fh, indent=1)
            fh.write("\n")
        print(g["case"], g["outcome"])


if __name__ == "__main__":
    main()
