"""b118: GBM 10 weeks after chemoradiation (TMZ); new enhancement; pseudoprogression
vs true progression; key impression sentence in column 2 of a two-column
radiology report; prior MRS 5 months ago (pre-op, outside the 3-month window)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _faxlib9 import (Fax, FlowDoc, FrameBreak, NextPageTemplate, P, PageBreak, S,
                      Spacer, build_packet, check_packet, form_section, grid_table, inch)
from reportlab.platypus import Table, TableStyle
from reportlab.lib import colors

CASE = "b118_pdf_gbm_10wk_post_chemort_pseudoprogression_impression_col2_prior_mrs_5mo"
OUT = os.path.join("/work/blind9", CASE)

fax = Fax("DEC-02-2025 09:42", "LAKESHORE CI NEURO-ONC 3125550148", "KCHP UM 18885550199")

LCI_HEAD = [
    ("LAKESHORE CANCER INSTITUTE", 12.5, True),
    ("Neuro-Oncology Program  |  2200 N. Lakeview Pkwy, Suite 410, Chicago, IL 60614", 7.8, False),
    ("Phone (312) 555-0140   Fax (312) 555-0148", 7.8, False),
]
RAD_HEAD = [
    ("LAKESHORE CANCER INSTITUTE - DEPARTMENT OF RADIOLOGY", 11.5, True),
    ("Neuroradiology Section  |  2200 N. Lakeview Pkwy, Chicago, IL 60614  |  Reading room (312) 555-0177", 7.6, False),
    ("FINAL REPORT", 7.6, True),
]

X, O = "[X]", "[ ]"


# ---------------------------------------------------------------- doc 1 ---
def doc1_story():
    st = []
    st.append(P("FACSIMILE TRANSMITTAL", "h1"))
    cover = [
        [("L", "TO"), ("V", "Keystone Crest Health Plan - Utilization Management / Prior Authorization"),
         ("L", "FAX"), ("V", "1-888-555-0199")],
        [("L", "FROM"), ("V", "Dana Whitcomb, RN - Prior Authorization Coordinator, Neuro-Oncology"),
         ("L", "PHONE"), ("V", "(312) 555-0143")],
        [("L", "DATE SENT"), ("V", "12/02/2025"), ("L", "PAGES"), ("V", "6 (including cover)")],
        [("L", "RE"), ("V", "Prior authorization - MR spectroscopy, brain - DELACROIX, RENEE M. "
                            "(DOB 03/18/1967) - Member ID KCH448120937", 3)],
    ]
    st.append(form_section("TRANSMITTAL", cover, [1.1, 4.4, 0.9, 1.6]))
    st.append(Spacer(1, 10))
    st.append(P("Enclosed: (1) prior authorization request form; (2) neuro-oncology clinic note "
                "11/26/2025; (3) letter of medical necessity 11/28/2025; (4) MRI brain report "
                "11/24/2025. Please call with any questions. Peer-to-peer availability: Dr. Raghunathan, "
                "Tue/Thu after 3 pm."))
    st.append(Spacer(1, 6))
    st.append(P("[X] Standard review&nbsp;&nbsp;&nbsp;&nbsp;[ ] Expedited review&nbsp;&nbsp;&nbsp;&nbsp;"
                "Please return determination to fax (312) 555-0148."))
    st.append(Spacer(1, 260))
    st.append(P("<b>CONFIDENTIALITY NOTICE:</b> This facsimile contains protected health information "
                "that is privileged and confidential under HIPAA (45 CFR Parts 160 and 164). It is intended "
                "only for the recipient named above. If you have received this transmission in error, "
                "notify the sender at (312) 555-0143 and destroy all copies. Re-disclosure is prohibited.",
                "small"))
    st.append(PageBreak())

    # ---- PA form
    st.append(P("OUTPATIENT ADVANCED IMAGING - PRIOR AUTHORIZATION REQUEST", "h1"))
    st.append(P("Keystone Crest Health Plan  |  Form UM-IMG-07 (rev. 03/2025)  |  Submit by fax to "
                "1-888-555-0199. Incomplete forms will be returned.", "small"))
    st.append(Spacer(1, 3))
    st.append(form_section("SECTION 1 - REQUEST", [
        [("L", "Date of request"), ("V", "12/01/2025"), ("L", "Review type"),
         ("V", "%s Standard &nbsp;&nbsp;%s Expedited" % (X, O))],
        [("L", "Request status"), ("V", "%s New &nbsp; %s Extension &nbsp; %s Modification" % (X, O, O)),
         ("L", "Population"), ("V", "%s Adult &nbsp;&nbsp;%s Pediatric" % (X, O))],
    ], [1.3, 2.4, 1.1, 2.2]))
    st.append(form_section("SECTION 2 - MEMBER", [
        [("L", "Member name"), ("V", "DELACROIX, RENEE M."), ("L", "Date of birth"), ("V", "03/18/1967")],
        [("L", "Member ID"), ("V", "KCH448120937"), ("L", "Sex"), ("V", "%s F &nbsp;&nbsp;%s M" % (X, O))],
        [("L", "Group #"), ("V", "88-20417 (Employer PPO)"), ("L", "Member phone"), ("V", "(773) 555-2281")],
    ], [1.3, 2.4, 1.1, 2.2]))
    st.append(form_section("SECTION 3 - ORDERING / RENDERING PROVIDER", [
        [("L", "Ordering provider"), ("V", "Anil Raghunathan, MD - Neuro-Oncology"), ("L", "NPI"), ("V", "1487652093")],
        [("L", "Practice"), ("V", "Lakeshore Cancer Institute, Neuro-Oncology"), ("L", "Phone / Fax"),
         ("V", "(312) 555-0140 / (312) 555-0148")],
        [("L", "Rendering facility"), ("V", "Lakeshore Cancer Institute - MRI (3T), 2200 N. Lakeview Pkwy"),
         ("L", "Facility NPI"), ("V", "1962207714")],
    ], [1.3, 2.4, 1.1, 2.2]))
    st.append(form_section("SECTION 4 - SERVICE REQUESTED", [
        [("L", "CPT / HCPCS"), ("V", "<b>76390</b>"), ("L", "Description"), ("V", "MR spectroscopy (multivoxel), brain")],
        [("L", "Units"), ("V", "1"), ("L", "Body region"), ("V", "Brain - left temporal lobe")],
        [("L", "Requested date of service"), ("V", "12/04/2025"), ("L", "Setting"),
         ("V", "%s Outpatient &nbsp;&nbsp;%s Inpatient" % (X, O))],
        [("L", "ICD-10-CM"), ("V", "C71.2 Malignant neoplasm of temporal lobe; Z92.3 Personal history of "
                                    "irradiation; R47.01 Aphasia", 3)],
    ], [1.3, 2.4, 1.1, 2.2]))
    st.append(form_section("SECTION 5 - CLINICAL INDICATION (check all that apply)", [
        [("V", "%s Brain tumor - grading of glial neoplasm" % O, 2),
         ("V", "%s Brain tumor - recurrence / progression vs. radiation necrosis or treatment effect" % X, 2)],
        [("V", "%s Intra-axial mass / metastasis - characterization" % O, 2),
         ("V", "%s Post-treatment surveillance, known brain tumor" % O, 2)],
        [("V", "%s Neonatal hypoxic-ischemic encephalopathy" % O, 2),
         ("V", "%s Metabolic / mitochondrial / leukodystrophy" % O, 2)],
        [("L", "Most recent MRI/CT brain"), ("V", "MRI brain w/wo 11/24/2025 - indeterminate (report attached)", 3)],
        [("L", "Prior MR spectroscopy?"), ("V", "%s Yes &nbsp;&nbsp;%s No" % (X, O)),
         ("L", "Date / facility"), ("V", "07/02/2025 / LCI (pre-operative)")],
        [("L", "Treatment since last MRS?"), ("V", "%s Yes &nbsp;&nbsp;%s No" % (X, O)),
         ("L", "Specify"), ("V", "GTR 07/09/25; RT 60 Gy + TMZ 08/04-09/15/25; adjuvant TMZ C1 10/13/25, C2 11/10/25")],
        [("L", "New / worsening symptoms?"), ("V", "%s Yes &nbsp;&nbsp;%s No" % (X, O)),
         ("L", "Specify"), ("V", "Worsening word-finding difficulty x 2 weeks; new AM headaches")],
    ], [1.3, 2.4, 1.1, 2.2]))
    st.append(form_section("SECTION 6 - SAFETY SCREENING", [
        [("L", "Claustrophobia"), ("V", "%s Yes &nbsp;%s No - oral lorazepam 1 mg pre-scan (all prior MRIs)" % (X, O)),
         ("L", "Pregnant"), ("V", "%s Yes &nbsp;%s No &nbsp;(postmenopausal)" % (O, X))],
        [("L", "Renal insufficiency / eGFR &lt; 30"), ("V", "%s Yes &nbsp;%s No &nbsp;eGFR &gt;90 (11/17/25)" % (O, X)),
         ("L", "Gadolinium allergy"), ("V", "%s Yes &nbsp;%s No" % (O, X))],
        [("L", "Implanted device"), ("V", "%s Yes &nbsp;%s No" % (O, X)), ("L", "Sedation"),
         ("V", "Anxiolytic only (see above)")],
    ], [1.3, 2.4, 1.1, 2.2]))
    st.append(form_section("SECTION 7 - ATTESTATION", [
        [("V", "I attest that the information provided is accurate and supported by the enclosed medical record.", 4)],
        [("L", "Signature"), ("V", "<i>Anil Raghunathan, MD</i> (electronically signed)"), ("L", "Date"), ("V", "12/01/2025")],
        [("L", "Contact for this request"), ("V", "Dana Whitcomb, RN  (312) 555-0143"), ("L", "Plan use only"), ("V", "Ref #: ____________")],
    ], [1.3, 2.4, 1.1, 2.2]))
    return st


# ---------------------------------------------------------------- doc 2 ---
def doc2_story():
    st = []
    st.append(P("NEURO-ONCOLOGY FOLLOW-UP VISIT", "h1"))
    hdr = [
        [("L", "Patient"), ("V", "DELACROIX, Renee M."), ("L", "MRN"), ("V", "LCI-00731942")],
        [("L", "DOB / Age / Sex"), ("V", "03/18/1967 / 58 y / F"), ("L", "Visit date"), ("V", "11/26/2025")],
        [("L", "Provider"), ("V", "Anil Raghunathan, MD"), ("L", "Visit type"), ("V", "Established, in person")],
    ]
    st.append(form_section("ENCOUNTER", hdr, [1.2, 2.6, 1.0, 2.2]))
    st.append(P("Oncologic history", "h2"))
    hist = [
        ["Date", "Event"],
        ["06/21/2025", "Focal impaired-awareness seizure with word-finding difficulty; CT head: left temporal mass."],
        ["07/02/2025", "MRI brain w/wo with MR spectroscopy (pre-operative): 4.1 cm rim-enhancing left temporal mass; "
                       "Cho/NAA markedly elevated with lipid-lactate peak, consistent with high-grade glioma."],
        ["07/09/2025", "Left temporal craniotomy, gross total resection (Dr. S. Moreau). Pathology: glioblastoma, "
                       "IDH-wildtype, CNS WHO grade 4; MGMT promoter methylated; EGFR amplified."],
        ["07/10/2025", "Post-op MRI: expected postoperative changes; no residual nodular enhancement to suggest residual tumor."],
        ["07/11/2025", "Post-op AKI (Cr peak 1.9, perioperative hypovolemia) - resolved by 07/20/2025."],
        ["08/04-09/15/2025", "Radiation 60 Gy / 30 fx with concurrent temozolomide 75 mg/m2 daily (Dr. K. Osei, Rad Onc)."],
        ["10/13/2025", "Adjuvant temozolomide cycle 1 (150 mg/m2 d1-5)."],
        ["11/10/2025", "Adjuvant temozolomide cycle 2 (200 mg/m2 d1-5); tolerated, mild nausea."],
        ["11/24/2025", "First post-chemoradiation MRI (10 weeks after RT): new nodular enhancement - see below."],
    ]
    st.append(grid_table(hist, [1.15, 6.15], total_w=7.3 * inch, font_size=8.0))
    st.append(P("Interval history", "h2"))
    st.append(P("Ms. Delacroix returns to review the MRI she had two days ago, her first scan since completing "
                "chemoradiation on 09/15/2025. She has tolerated adjuvant temozolomide with mild fatigue and nausea "
                "controlled with ondansetron. Over the past two weeks her husband has noticed more word-finding pauses "
                "and she is slower to name objects; she also describes a mild bifrontal headache on waking on 3-4 days "
                "per week, new since late October. No seizures since June on levetiracetam. No weakness, no visual "
                "change, no falls. Appetite fair, weight stable."))
    st.append(P("Medications / pertinent history", "h2"))
    st.append(P("Levetiracetam 500 mg BID; temozolomide 200 mg/m2 days 1-5 q28d (C2 started 11/10/2025); ondansetron "
                "8 mg PRN; levothyroxine 75 mcg daily; lorazepam 1 mg PO x1, 30 minutes before MRI - she is "
                "claustrophobic and has needed this premedication for every MRI since June. PMH: hypothyroidism; "
                "post-operative AKI 07/2025, resolved (Cr 0.78, eGFR &gt;90 on 11/17/2025). Postmenopausal. "
                "Family history: mother breast cancer at 70; brother had a meningioma resected in 2019. "
                "Never smoker, retired school librarian, lives with husband."))
    st.append(P("Examination", "h2"))
    st.append(P("BP 128/76, HR 72, afebrile. KPS 80. Alert and oriented x3. Fluent speech with mild anomia and "
                "occasional phonemic paraphasias; confrontation naming 4/6 (6/6 on 10/13/2025). Repetition intact. "
                "Visual fields full to confrontation. Cranial nerves otherwise intact. No pronator drift; strength 5/5 "
                "throughout; gait normal. Incision well healed."))
    st.append(P("Data", "h2"))
    st.append(P("Labs 11/17/2025: WBC 4.1, ANC 2.6, Hgb 12.4, Plt 148, Cr 0.78, ALT 31. "
                "MRI brain 11/24/2025 (reviewed with neuroradiology): new 1.4 x 1.1 x 1.2 cm nodular enhancement at "
                "the posteromedial margin of the resection cavity, inside the 60 Gy isodose line, with increased FLAIR "
                "signal. Radiology impression: indeterminate; pseudoprogression versus true progression; MR "
                "spectroscopy recommended."))
    st.append(P("Assessment", "h2"))
    st.append(P("58-year-old woman with left temporal glioblastoma, IDH-wildtype, MGMT methylated, 10 weeks after "
                "chemoradiation with temozolomide, now with new enhancement confined to the high-dose field and a "
                "mild worsening of her anomic aphasia. At this time point, and with MGMT methylation, pseudoprogression "
                "is common, but early true progression cannot be excluded. Conventional MRI cannot separate the two "
                "and the answer changes what we do next."))
    st.append(P("Plan", "h2"))
    for t in [
        "1. Request MR spectroscopy of the left temporal lesion (CPT 76390) at LCI, multivoxel, 3T, with lorazepam premedication.",
        "2. Dexamethasone 2 mg PO daily started today for symptomatic edema; reassess in one week.",
        "3. Temozolomide cycle 3 (due 12/08/2025) on hold pending spectroscopy. If findings favor treatment effect: "
        "continue adjuvant temozolomide and repeat MRI in 4-6 weeks. If they favor progression: present at tumor "
        "board to discuss re-resection, bevacizumab, or a clinical trial.",
        "4. Continue levetiracetam 500 mg BID. Return precautions for seizure, new weakness or worsening headache reviewed.",
    ]:
        st.append(P(t))
    st.append(Spacer(1, 4))
    st.append(P("Electronically signed: Anil Raghunathan, MD - 11/26/2025 17:40", "small"))
    st.append(PageBreak())

    # ---- letter of medical necessity (serif)
    st.append(Spacer(1, 4))
    st.append(P("November 28, 2025", "serif"))
    st.append(P("Keystone Crest Health Plan<br/>Utilization Management - Advanced Imaging<br/>"
                "PO Box 40418, Harrisburg, PA 17106", "serif"))
    st.append(P("<b>RE: Letter of medical necessity - MR spectroscopy of the brain (CPT 76390)</b><br/>"
                "Patient: Renee M. Delacroix &nbsp; DOB: 03/18/1967 &nbsp; Member ID: KCH448120937", "serif"))
    st.append(P("To the reviewing physician:", "serif"))
    for t in [
        "I am writing on behalf of my patient, a 58-year-old woman with a left temporal glioblastoma (IDH-wildtype, "
        "CNS WHO grade 4, MGMT promoter methylated). She underwent gross total resection on 07/09/2025 and completed "
        "60 Gy of radiation with concurrent temozolomide on 09/15/2025. She is currently receiving adjuvant "
        "temozolomide (cycle 2 began 11/10/2025).",
        "Her first post-treatment MRI on 11/24/2025, ten weeks after radiation, shows a new nodular focus of "
        "enhancement with increased surrounding FLAIR signal at the margin of the resection cavity, entirely within "
        "the high-dose radiation field. The neuroradiologist read the study as indeterminate between "
        "pseudoprogression and true tumor progression and recommended MR spectroscopy. Over the same period she has "
        "developed mildly worse word-finding difficulty and new morning headaches.",
        "These two possibilities lead to opposite management. Pseudoprogression is treated by continuing "
        "temozolomide and short-interval imaging; true progression would prompt tumor-board review for re-resection, "
        "bevacizumab or trial enrollment, and continuing an ineffective regimen would expose her to myelosuppression "
        "without benefit. RANO guidance cautions against calling progression on enhancement inside the radiation "
        "field within 12 weeks of chemoradiation without further evidence; it does not specify which advanced "
        "imaging technique should supply that evidence. Spectroscopy (choline, NAA, lipid-lactate) is the "
        "non-invasive study our neuroradiologists use for this question, and perfusion could not be obtained "
        "because of her limited venous access.",
        "Her prior MR spectroscopy was performed five months ago, on 07/02/2025, before surgery, on the then "
        "untreated tumor. Since then she has had resection, chemoradiation and two cycles of adjuvant "
        "chemotherapy, so that study cannot answer the present question; this is not a duplicate request.",
        "Please note that she is claustrophobic and receives oral lorazepam before each MRI. Her renal function is "
        "normal. I would be glad to discuss this request in a peer-to-peer conversation.",
    ]:
        st.append(P(t, "serifj"))
    st.append(Spacer(1, 4))
    st.append(P("Sincerely,", "serif"))
    st.append(P("<i>Anil Raghunathan</i><br/>Anil Raghunathan, MD<br/>Neuro-Oncology, Lakeshore Cancer Institute<br/>"
                "NPI 1487652093 &nbsp; | &nbsp; (312) 555-0140", "serif"))
    return st


# ---------------------------------------------------------------- doc 3 ---
def doc3_story_real():
    st = []
    hd = [
        [("L", "Patient"), ("V", "DELACROIX, RENEE M"), ("L", "MRN"), ("V", "LCI-00731942"), ("L", "DOB"), ("V", "03/18/1967 (58Y F)")],
        [("L", "Exam"), ("V", "MRI BRAIN WITHOUT AND WITH CONTRAST (CPT 70553)", 3), ("L", "Accession"), ("V", "MR25-1124-0388")],
        [("L", "Exam date"), ("V", "11/24/2025 07:55"), ("L", "Ordering"), ("V", "Raghunathan, Anil MD"), ("L", "Status"), ("V", "FINAL")],
        [("L", "Clinical history"), ("V", "Left temporal GBM s/p GTR 07/09/2025; RT 60 Gy + concurrent TMZ completed "
                                          "09/15/2025; on adjuvant TMZ. First post-chemoradiation MRI.", 5)],
    ]
    st.append(form_section("EXAMINATION", hd, [0.9, 1.5, 0.75, 1.45, 0.8, 1.3]))
    st.append(FrameBreak())
    H = S["h3"]
    B = S["bodyj"]
    st.append(P("TECHNIQUE:", H))
    st.append(P("Multiplanar, multisequence MRI of the brain at 3T before and after intravenous gadobutrol 7.5 mL: "
                "sagittal 3D T1, axial T2, axial and coronal FLAIR, DWI with ADC map, SWI, and post-contrast 3D T1 "
                "MPRAGE with axial and coronal reformats. DSC perfusion was not obtained (22G hand IV; power injection "
                "not possible). MR spectroscopy was not performed on this date. Patient premedicated with oral "
                "lorazepam for claustrophobia; no motion degradation.", B))
    st.append(P("COMPARISON:", H))
    st.append(P("MRI brain 08/01/2025 (radiation planning); postoperative MRI 07/10/2025; pre-operative MRI with "
                "MR spectroscopy 07/02/2025.", B))
    st.append(P("FINDINGS:", H))
    st.append(P("Postsurgical changes of left temporal craniotomy and resection of the left temporal lobe mass. The "
                "resection cavity measures 3.6 x 2.9 cm, slightly smaller than on 08/01/2025.", B))
    st.append(P("Along the posteromedial wall of the cavity, adjacent to the atrium of the left lateral ventricle, "
                "there is new nodular and thick irregular enhancement measuring 1.4 x 1.1 x 1.2 cm (series 1101, "
                "image 88). On 08/01/2025 there was only thin linear marginal enhancement at this site. By the "
                "treatment plan supplied by radiation oncology, this region lies within the 60 Gy isodose line.", B))
    st.append(P("Surrounding T2/FLAIR hyperintensity extends into the left temporal stem and the posterior "
                "periventricular white matter and has increased since 08/01/2025, with mild local mass effect on the "
                "left atrium. No midline shift. No hydrocephalus.", B))
    st.append(P("DWI: no restricted diffusion within the enhancing component; facilitated diffusion in the surrounding "
                "edema. SWI: scattered postsurgical blood products along the cavity wall.", B))
    st.append(P("No new enhancing lesion elsewhere. No enhancement of the corpus callosum or the right hemisphere. No "
                "subependymal or leptomeningeal enhancement. No extra-axial collection. Major flow voids are "
                "preserved. Mild mucosal thickening of the maxillary sinuses.", B))
    st.append(P("IMPRESSION:", H))
    st.append(P("1. New nodular enhancement (1.4 x 1.1 x 1.2 cm) along the posteromedial margin of the left temporal "
                "resection cavity, with increased surrounding FLAIR signal, 10 weeks after completion of "
                "chemoradiation with temozolomide, located within the high-dose radiation field.", B))
    st.append(FrameBreak())
    st.append(P("2. Given the timing, less than 12 weeks after chemoradiation, and the location inside the radiation "
                "field, these findings are <b>indeterminate: pseudoprogression (treatment-related change) versus true "
                "early tumor progression cannot be distinguished on this conventional examination.</b> MR spectroscopy "
                "is recommended for further characterization; perfusion imaging may be added if venous access allows.", B))
    st.append(P("3. No new distant lesion. No leptomeningeal disease.", B))
    st.append(P("4. RANO: not evaluable for progression at this time point (within 12 weeks of chemoradiation, "
                "enhancement within the radiation field).", B))
    st.append(Spacer(1, 6))
    st.append(P("COMMUNICATION:", H))
    st.append(P("Findings discussed by telephone with Dr. Raghunathan on 11/24/2025 at 11:20 by Dr. Lindqvist; "
                "read-back confirmed.", B))
    st.append(Spacer(1, 6))
    st.append(P("Dictated by: Maren Lindqvist, MD, Neuroradiology<br/>Dictated: 11/24/2025 10:58<br/>"
                "Electronically signed: Maren Lindqvist, MD - 11/24/2025 16:12", S["small"]))
    st.append(Spacer(1, 8))
    st.append(P("This report was generated with voice recognition software and reviewed by the signing "
                "radiologist. Images are available in the LCI PACS for outside review on request.", S["tiny"]))
    return st


docs = [
    FlowDoc("01_fax_cover_and_pa_request_form.pdf", doc1_story, letterhead=LCI_HEAD,
            footer="LCI Neuro-Oncology - Prior Authorization  |  DELACROIX, R.  DOB 03/18/1967"),
    FlowDoc("02_neuro_onc_note_11-26-2025_and_lmn_11-28-2025.pdf", doc2_story, letterhead=LCI_HEAD,
            footer="Lakeshore Cancer Institute - CONFIDENTIAL  |  DELACROIX, Renee M.  MRN LCI-00731942"),
    FlowDoc("03_mri_brain_report_11-24-2025.pdf", doc3_story_real, letterhead=RAD_HEAD,
            footer="LCI Radiology  |  Acc MR25-1124-0388  |  DELACROIX, RENEE M  |  Printed 12/01/2025 14:03",
            first_template="twohead", head_block_h=1.30 * inch),
]

if __name__ == "__main__":
    build_packet(OUT, fax, docs)
    check_packet(OUT)
