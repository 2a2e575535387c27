"""b88: adult with a solitary ring-enhancing cyst. Older ED CT indeterminate
(neoplasm vs NCC vs abscess); MOST RECENT MRI shows a scolex and is read as
diagnostic of neurocysticercosis. PCP requests MRS anyway to 'rule out a cystic
glioma' because the patient's sister died of GBM. conventional_imaging_inconclusive
is not_met, no prior MRS -> indications not_met -> does_not_meet_criteria.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _faxlib_b85_b88 import ImgPage, build_pdf, out_dirs, field, section_bar  # noqa: E402

CASE = "b88_fax_neurocysticercosis_scolex_mri_diagnostic_ct_indeterminate"
OUT, TMP = out_dirs(CASE)
TOTAL = 6


def banner(n):
    return "Dec 18 2025 09:03AM  Eastgate Family Med  973-555-0119        p.%d      (%d pages)" % (n, TOTAL)


cover = [
    "# EASTGATE FAMILY MEDICINE, P.A.",
    "310 Market Street, Paterson, NJ 07501   |   Tel 973-555-0110   |   Fax 973-555-0119",
    "",
    "# FAX",
    "",
    "~ To:       Liberty Crest Health Plan - Imaging Prior Authorization",
    "~ Fax:      1-800-555-0148",
    "~ From:     Thomas Brennan, DO (sent by Yesenia R., referrals)",
    "~ Date:     12/18/2025",
    "~ Pages:    6 including cover",
    "~ Re:       QUISPE ARANCIBIA, MARISOL   DOB 05/09/1994   ID LCH-88217406",
    "",
    "! Comments:",
    "PA request for MR spectroscopy of the brain (CPT 76390). Attached: request form, ED CT 11/29, MRI "
    "12/2, ID consult 12/9, and Dr. Brennan's letter. The patient will need the wide-bore scanner at "
    "Passaic Valley Imaging again, with lorazepam beforehand. Requested DOS 12/22/2025.",
    "",
    "",
    "The information contained in this facsimile is confidential and intended only for the use of the "
    "addressee. If you have received this in error, please call 973-555-0110 and destroy the material.",
]


def request_form():
    p = ImgPage(seed=881)
    p.fax_header(banner(2))
    p.text(0.6, 0.42, "LIBERTY CREST HEALTH PLAN", pt=14, f="sansb")
    p.text(0.6, 0.68, "Outpatient Imaging Prior Authorization Request - CT / MRI / MRS / Nuclear / PET", pt=9.5)
    p.rect(5.9, 0.36, 7.95, 0.9, w=2)
    p.text(6.0, 0.42, "Plan use only", pt=7.5, f="sansi")
    p.text(6.0, 0.6, "Ref #: ____________", pt=8)
    R, G = 0.32, 0.36
    y = 1.08
    y = section_bar(p, y, "MEMBER")
    field(p, 0.6, y, "Member name:", "Marisol Quispe Arancibia", 4.3)
    field(p, 5.05, y, "DOB:", "05/09/1994", 2.85)
    y += R
    field(p, 0.6, y, "Member ID:", "LCH-88217406", 3.3)
    p.text(4.1, y, "Gender:", pt=9, f="sansb")
    p.box(4.7, y, "F", checked=True)
    p.box(5.15, y, "M")
    field(p, 5.7, y, "Phone:", "201-555-0163", 2.2)
    y += G
    y = section_bar(p, y, "REQUESTING PROVIDER")
    field(p, 0.6, y, "Name:", "Thomas Brennan, DO (Family Med)", 4.3)
    field(p, 5.05, y, "NPI:", "1740285396", 2.85)
    y += R
    field(p, 0.6, y, "Servicing facility:", "Passaic Valley Imaging Ctr - wide bore 1.5T", 7.3)
    y += G
    y = section_bar(p, y, "SERVICE")
    field(p, 0.6, y, "CPT:", "76390", 1.8)
    field(p, 2.55, y, "Study:", "MR spectroscopy - brain, L parietal cyst", 5.35)
    y += R
    field(p, 0.6, y, "ICD-10:", "B69.0, R56.9, D49.6", 3.4)
    field(p, 4.2, y, "Requested DOS:", "12/22/2025", 3.7)
    y += G
    y = section_bar(p, y, "CLINICAL  (check all that apply)")
    for lab, chk in [("Brain lesion / mass - characterization or grading", True),
                     ("Known brain tumor - recurrence vs radiation necrosis", False),
                     ("Known brain tumor - post-treatment surveillance", False),
                     ("Neonatal HIE", False),
                     ("Metabolic, mitochondrial or inherited white-matter disorder", False)]:
        p.box(0.8, y, lab, checked=chk, pt=9, mark="check")
        y += 0.215
    p.hand(4.6, y - 1.09, "r/o cystic glioma", pt=12)
    y += 0.12
    field(p, 0.6, y, "Prior imaging (list):", "CT head 11/29/25, MRI brain w/wo 12/2/25 - see attached", 7.3)
    y += R
    p.text(0.6, y, "Prior MR spectroscopy?", pt=9, f="sansb")
    p.box(2.2, y, "Yes")
    p.box(2.75, y, "No", checked=True)
    field(p, 3.35, y, "Date:", "", 1.8)
    p.text(5.35, y, "Treatment started:", pt=9, f="sansb")
    p.hand(6.6, y - 0.03, "albendazole 12/10", pt=11)
    y += G
    y = section_bar(p, y, "SAFETY")
    p.text(0.6, y, "Renal impairment:", pt=9, f="sansb")
    p.box(1.95, y, "Yes")
    p.box(2.5, y, "No", checked=True)
    p.text(3.15, y, "Pregnant:", pt=9, f="sansb")
    p.box(3.85, y, "Yes")
    p.box(4.4, y, "No", checked=True)
    p.text(5.0, y, "Metal / implants:", pt=9, f="sansb")
    p.box(6.2, y, "Yes")
    p.box(6.75, y, "No", checked=True)
    y += R
    p.text(0.6, y, "Claustrophobic:", pt=9, f="sansb")
    p.box(1.95, y, "Yes", checked=True)
    p.box(2.5, y, "No")
    p.hand(3.1, y - 0.03, "needs open / wide-bore + PO lorazepam (as on 12/2)", pt=11)
    y += G
    y = section_bar(p, y, "ATTESTATION")
    y += 0.05
    p.text(0.6, y + 0.12, "Signature:", pt=9, f="sansb")
    p.signature(1.45, y - 0.03, w=2.3, h=0.4)
    p.hline(1.4, 4.0, y + 0.36, w=1)
    field(p, 4.25, y + 0.12, "Date:", "12/17/25", 3.6)
    y += 0.55
    field(p, 0.6, y, "Request date:", "12/17/2025", 3.2)
    field(p, 4.0, y, "Office contact:", "Yesenia 973-555-0110", 3.9)
    p.text(0.6, 10.62, "LCHP-RAD-PA v4  -  Fax to 1-800-555-0148  -  Allow 2 business days for standard requests", pt=7.5)
    return p.finish(os.path.join(TMP, "form.jpg"))


ct = [
    "# ST. JOSEPH'S REGIONAL MEDICAL CENTER - EMERGENCY RADIOLOGY",
    "",
    "~ PATIENT: QUISPE ARANCIBIA, MARISOL    MRN: 10488231    DOB: 05/09/1994    ED",
    "~ EXAM:    CT HEAD WITHOUT AND WITH CONTRAST (CPT 70470)",
    "~ DATE:    11/29/2025  15:48            ACC: ER25112900874",
    "",
    "## HISTORY",
    "31F first-time generalized tonic-clonic seizure at work. No trauma.",
    "",
    "## COMPARISON",
    "None.",
    "",
    "## TECHNIQUE",
    "Axial CT images of the head before and after 75 mL Omnipaque 350 IV. Coronal and sagittal reformats. "
    "Urine hCG negative prior to contrast.",
    "",
    "## FINDINGS",
    "There is a 1.3 cm round, fluid-attenuation lesion at the left parietal gray-white junction with thin "
    "peripheral enhancement and moderate surrounding vasogenic edema. No calcification. No hemorrhage. No "
    "other intracranial lesion. No hydrocephalus, no midline shift. Basal cisterns are patent. Calvarium "
    "intact.",
    "",
    "## IMPRESSION",
    "1. 1.3 cm ring-enhancing cystic left parietal lesion with edema. The differential includes a neoplasm "
    "(cystic metastasis or cystic glioma) versus an infectious/inflammatory lesion such as "
    "neurocysticercosis or early abscess. This is indeterminate on CT.",
    "2. MRI brain without and with contrast is recommended for further characterization.",
    "",
    "Preliminary read communicated to Dr. Osei (ED) at 16:02.",
    "Electronically signed: Ravi Menon, MD   11/29/2025 16:10",
]


def mri():
    p = ImgPage(seed=882)
    p.fax_header(banner(4))
    p.text(0.6, 0.42, "PASSAIC VALLEY IMAGING CENTER", pt=14, f="serifb")
    p.text(0.6, 0.68, "1075 Main Ave, Clifton, NJ 07011  -  (973) 555-0177  -  ACR accredited MRI", pt=9, f="serif")
    p.hline(0.6, 7.9, 0.92, w=3)
    y = 1.02
    for ln in ["Patient: QUISPE ARANCIBIA, MARISOL    DOB: 05/09/1994    Sex: F    PVI#: 552093",
               "Exam: MRI BRAIN W/O & W/ CONTRAST   CPT 70553     Date of service: 12/02/2025",
               "Referring: Thomas Brennan DO / cc: Farah Siddiqui MD (Neurology)"]:
        y = p.text(0.6, y, ln, pt=9, f="mono")
    y += 0.14
    for h, t in [
        ("HISTORY:", "31F new onset seizure 11/29/25. CT 11/29: ring-enhancing L parietal cystic lesion - neoplasm "
                     "versus infection. Pt from Peru (Cusco region), in US since 2016. Claustrophobic."),
        ("COMPARISON:", "CT head 11/29/2025 (St. Joseph's)."),
        ("TECHNIQUE:", "Wide-bore 1.5T. Patient premedicated with lorazepam 1 mg PO for claustrophobia. Sagittal "
                       "T1, axial T2, FLAIR, DWI/ADC, SWI, high-resolution 3D CISS through the lesion, and post-"
                       "contrast 3D T1 after 7 mL gadoterate. MR spectroscopy was not performed."),
        ("FINDINGS:", "12 x 11 mm cyst at the left parietal gray-white junction with CSF-isointense contents. "
                      "Within the cyst is a 2 mm eccentric mural nodule, T1-hyperintense and hypointense on CISS, "
                      "consistent with a scolex (\"cyst with dot\" sign). Thin (1 mm), smooth, complete ring "
                      "enhancement. Moderate surrounding vasogenic edema. No restricted diffusion within the cyst "
                      "contents. No solid or nodular enhancing component apart from the scolex. No hemorrhage or "
                      "calcification on SWI. No additional parenchymal, subarachnoid or intraventricular cysts. "
                      "Ventricles are normal in size. No midline shift."),
    ]:
        p.text(0.6, y, h, pt=10, f="sansb")
        y = p.wrap(0.6, y + 0.19, t, 7.3, pt=10)
        y += 0.13
    p.text(0.6, y, "IMPRESSION:", pt=10, f="sansb")
    y += 0.2
    for t in ["1. Solitary left parietal cystic lesion with a visible scolex, thin smooth ring enhancement and "
              "perilesional edema - DIAGNOSTIC OF PARENCHYMAL NEUROCYSTICERCOSIS, colloidal vesicular stage.",
              "2. No imaging features of neoplasm or pyogenic abscess (no solid enhancing tissue, no central "
              "restricted diffusion).",
              "3. Follow-up MRI after completion of cysticidal therapy (typically 3-6 months) to document "
              "involution."]:
        y = p.wrap(0.6, y, t, 7.3, pt=10, indent=0.22)
        y += 0.05
    y += 0.3
    p.text(0.6, y, "Read by: Carmen Villaseñor, MD, Neuroradiology   -   Signed 12/02/2025 18:20", pt=9)
    p.text(0.6, 10.55, "PVI-RPT  Page 1 of 1   *** FINAL ***", pt=7.5)
    return p.finish(os.path.join(TMP, "mri.jpg"))


idc = [
    "# PASSAIC VALLEY INFECTIOUS DISEASE ASSOCIATES",
    "## Outpatient Consultation",
    "",
    "~ Patient: Quispe Arancibia, Marisol     DOB 05/09/1994     Date: 12/09/2025",
    "~ Consultant: Luis Carrasco, MD (ID)     Referred by: Farah Siddiqui, MD (Neurology) / T. Brennan, DO",
    "",
    "## REASON FOR CONSULT",
    "Solitary parenchymal neurocysticercosis - treatment recommendations.",
    "",
    "## HPI",
    "31 y/o woman, originally from Cusco, Peru (in the US since 2016, visited family 08/2024). She had a first "
    "GTC seizure at work on 11/29/25. The ED CT showed a ring-enhancing L parietal cyst; the differential was "
    "tumor vs infection. MRI 12/2/25 shows a single viable cyst with a scolex, read as diagnostic of NCC. "
    "Started on levetiracetam 500 mg BID in the ED; no further seizures since. No headache, no vision changes, "
    "no focal weakness. Anxious: asks whether 'it could still be a tumor like my sister's'.",
    "",
    "## PMH",
    "Iron deficiency anemia. G1P1 (SVD 2019). No prior seizures.",
    "",
    "## MEDS",
    "Levetiracetam 500 mg BID. Ferrous sulfate. Etonogestrel implant (placed 2023).",
    "",
    "## ALLERGIES",
    "NKDA",
    "",
    "## FAMILY HISTORY",
    "Sister - glioblastoma, dx age 35, died 2021 (age 36), treated in Lima. Mother - hypothyroidism. Father - "
    "T2DM. No known family hx of seizures.",
    "",
    "## SOCIAL",
    "Works as a medical assistant. Lives with husband and 6 y/o son. Raised pigs in family home as a child. No "
    "tobacco/EtOH.",
    "",
    "## ROS",
    "Negative except as above. Denies fever, weight loss, cough. Claustrophobic - MRI had to be done on the "
    "wide-bore unit with lorazepam.",
    "",
    "## EXAM",
    "Afebrile. Well appearing. Fundi: no papilledema. Neuro nonfocal. No subcutaneous nodules.",
    "",
    "## DATA",
    "12/08/25: Serum cysticercosis EITB (CDC) POSITIVE (2 bands). Strongyloides IgG negative. QuantiFERON "
    "negative. HIV neg. CBC: Hgb 11.4, eos 4%. CMP wnl, Cr 0.6. Pregnancy excluded - serum beta-hCG < 2 mIU/mL.",
    "Imaging personally reviewed: MRI 12/2 - single colloidal-stage cyst with scolex.",
    "",
    "## ASSESSMENT",
    "Definitive diagnosis of parenchymal neurocysticercosis: a single viable (colloidal vesicular) cyst with "
    "perilesional edema. The scolex on MRI is an absolute diagnostic criterion (revised Del Brutto criteria), "
    "and the EITB is supportive. I do not think this is a neoplasm. The CT differential has been answered by the MRI.",
    "",
    "## PLAN (per IDSA/ASTMH 2017 clinical practice guideline for NCC)",
    "- Albendazole 400 mg PO BID with fatty meals x 14 days - start 12/10/25",
    "- Dexamethasone 6 mg daily during cysticidal therapy, then taper",
    "- Continue levetiracetam; discuss duration with Neurology (usually >= 6-12 mo after cyst resolution)",
    "- Weekly CBC/LFTs while on albendazole",
    "- Contraception: implant in place; counseled to avoid pregnancy during albendazole and for 1 month after",
    "- Repeat MRI brain ~6 months after therapy to document resolution. From an ID standpoint, no other imaging "
    "is needed before treatment.",
    "- Reassured pt re: her sister's GBM; the findings are not c/w tumor.",
    "",
    "Luis Carrasco, MD - Infectious Diseases   (e-signed 12/09/2025 12:44)",
]

lmn = [
    "# EASTGATE FAMILY MEDICINE, P.A.",
    "310 Market Street, Paterson, NJ 07501  |  Tel 973-555-0110  |  Fax 973-555-0119",
    "",
    "12/17/2025",
    "",
    "To: Liberty Crest Health Plan, Utilization Review",
    "Re: Marisol Quispe Arancibia, DOB 5/9/1994, Member ID LCH-88217406",
    "Requested: MR spectroscopy, brain - CPT 76390",
    "",
    "! LETTER OF MEDICAL NECESSITY",
    "",
    "To Whom It May Concern,",
    "",
    "I have been Ms. Quispe Arancibia's primary care physician since 2017. On 11/29/2025 she had a first "
    "generalized seizure, and the ED CT showed a 1.3 cm ring-enhancing left parietal cyst that the radiologist "
    "called indeterminate - neoplasm (cystic glioma or metastasis) vs neurocysticercosis vs abscess. MRI on "
    "12/02/2025 was read as diagnostic of neurocysticercosis. Infectious Diseases saw her on 12/09 and started "
    "albendazole and dexamethasone on 12/10. Her serology is positive. She has had no further seizures on "
    "levetiracetam, and her neurological exam is normal.",
    "",
    "Her older sister died of glioblastoma at age 36 in 2021, and both Marisol and her mother are extremely "
    "anxious that this could be the same disease. Although the MRI was read as diagnostic of "
    "neurocysticercosis, I am requesting MR spectroscopy to rule out a cystic glioma before she completes her "
    "antiparasitic therapy, for her peace of mind and mine. If MRS were to show a choline peak, I would refer "
    "her to neurosurgery for biopsy.",
    "",
    "She is claustrophobic and needs a wide-bore scanner with oral lorazepam. Her kidney function is normal, "
    "and she is not pregnant.",
    "",
    "Thank you for your consideration.",
    "",
    "Thomas Brennan, DO",
    "Board Certified, Family Medicine   NPI 1740285396",
]


def main():
    frm = request_form()
    im = mri()
    build_pdf(os.path.join(OUT, "01_fax_cover_and_PA_request_form.pdf"),
              [("text", cover, {"banner": banner(1)}), ("img", frm)])
    build_pdf(os.path.join(OUT, "02_ED_CT_head_2025-11-29.pdf"),
              [("text", ct, {"banner": banner(3), "footer": "St. Joseph's Regional Medical Center - Dept of Radiology - Page 1 of 1"})])
    build_pdf(os.path.join(OUT, "03_MRI_brain_2025-12-02_scanned.pdf"), [("img", im)])
    build_pdf(os.path.join(OUT, "04_ID_consult_2025-12-09.pdf"),
              [("text", idc, {"banner": lambda i, n: banner(4 + i),
                              "footer": lambda i, n: "Quispe Arancibia, Marisol - ID consult 12/09/2025 - p. %d/%d" % (i, n)})])
    build_pdf(os.path.join(OUT, "05_letter_of_medical_necessity_2025-12-17.pdf"),
              [("text", lmn, {"banner": banner(6), "font": "Times-Roman"})])
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))


if __name__ == "__main__":
    main()
