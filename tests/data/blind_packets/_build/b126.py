"""b126: RCC survivor with new headaches / word-finding trouble; MRS requested
together with a first-ever MRI brain that has not been done yet. Page 3 is an
image-only scan of an outside CT chest/abdomen/pelvis report (no text layer)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _pdflib10 import (P, PageBreak, NextPageTemplate, ScanPage, Spacer, build, form_table,
                       grid, inch, render_scan, PAGE_W, PAGE_H, MARGIN)

CASE = "b126_pdf_rcc_new_headache_mrs_ordered_before_first_mri_scanned_ct_ckd3b"
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), CASE)
os.makedirs(OUT, exist_ok=True)
TOTAL = 4
X, O = "[X]", "[ ]"


def footer(n):
    return ("Lake Mendota Cancer Center  |  KOWALCZYK, STEVEN A  |  DOB 12/19/1966  |  MRN 30-551-872"
            "  |  Page %d of %d" % (n, TOTAL))


def head(title):
    return [P("<b>LAKE MENDOTA CANCER CENTER</b> - Medical Oncology", "h2"),
            P("1 Langdon Court, Madison, WI 53703 &nbsp;|&nbsp; Phone (608) 555-0120 &nbsp;|&nbsp; "
              "Fax (608) 555-0128", "small"),
            Spacer(1, 4), P(title, "h1")]


story = []
# ----------------------------------------------------------- page 1: PA form
story.append(P("HEARTLAND MUTUAL HEALTH - IMAGING PRIOR AUTHORIZATION REQUEST", "h2"))
story.append(P("Submit by fax to 1-844-555-0163 or via provider portal. One procedure per form.", "small"))
story.append(Spacer(1, 4))
W4 = [1.35, 2.35, 1.25, 2.35]
story.append(form_table("REQUEST", [
    [("L", "Date of request"), ("V", "08/25/2026"), ("L", "Priority"),
     ("V", "%s Standard &nbsp; %s Urgent (72 h)" % (O, X))],
    [("L", "Requested DOS"), ("V", "09/02/2026"), ("L", "Place of service"),
     ("V", "%s Outpatient hospital &nbsp; %s Freestanding" % (X, O))],
], W4))
story.append(form_table("MEMBER", [
    [("L", "Name"), ("V", "KOWALCZYK, STEVEN A."), ("L", "Member ID"), ("V", "HMH 660-21-7749")],
    [("L", "DOB"), ("V", "12/19/1966"), ("L", "Sex"), ("V", "Male")],
], W4))
story.append(form_table("PROVIDERS", [
    [("L", "Ordering"), ("V", "Leah Nakamura, MD - Medical Oncology"), ("L", "NPI"), ("V", "1356802241")],
    [("L", "Rendering"), ("V", "St. Mary's Madison - MRI 3T (NPI 1902314578)"), ("L", "Contact"),
     ("V", "Jordan Pike, RN (608) 555-0124")],
], W4))
story.append(form_table("PROCEDURE", [
    [("L", "CPT"), ("V", "76390"), ("L", "Description"), ("V", "Magnetic resonance spectroscopy - brain")],
    [("L", "Related service"), ("V", "MRI brain w/wo contrast (70553) - approved 08/24/2026, auth "
                                     "HMH-A26-0824-1193; scheduled 09/02/2026. MRS to be added at the "
                                     "same session.", 3)],
    [("L", "ICD-10"), ("V", "R51.9 Headache, unspecified; R47.89 Other speech disturbances (word-finding "
                            "difficulty); Z85.528 Personal history of other malignant neoplasm of kidney; "
                            "N18.32 CKD stage 3b", 3)],
], W4))
story.append(form_table("CLINICAL INFORMATION", [
    [("V", "59M, clear cell RCC s/p L radical nephrectomy 10/2024, on surveillance. 3 wks new "
           "morning headaches + episodes of word-finding difficulty. No prior brain imaging. "
           "Concern for brain metastasis. MRI brain ordered. Requesting MRS with the MRI so that, if the "
           "MRI is inconclusive, spectroscopy can be acquired in the same sitting without a second "
           "visit/contrast dose.", 4)],
    [("L", "Prior imaging of this body part"), ("V", "%s Yes &nbsp; %s No &nbsp; (none - first study)" % (O, X)),
     ("L", "Prior MRS"), ("V", "%s Yes &nbsp; %s No" % (O, X))],
], W4))
story.append(form_table("SAFETY", [
    [("L", "Claustrophobia"), ("V", "%s Yes &nbsp; %s No" % (O, X)), ("L", "Pregnancy"),
     ("V", "%s Yes &nbsp; %s No &nbsp; %s N/A" % (O, O, X))],
    [("L", "Renal impairment"), ("V", "%s Yes &nbsp; %s No - CKD 3b after nephrectomy, eGFR 39 "
                                      "(08/21/26). Macrocyclic agent, single dose." % (X, O), 3)],
    [("L", "Pacemaker / implants"), ("V", "%s Yes &nbsp; %s No" % (O, X), 3)],
], W4))
story.append(form_table("ATTESTATION", [
    [("L", "Signature"), ("V", "<i>L. Nakamura MD</i> (e-signed)"), ("L", "Date"), ("V", "08/25/2026")],
], W4))
story.append(PageBreak())

# ----------------------------------------------------------- page 2: oncology note
story += head("PROGRESS NOTE - MEDICAL ONCOLOGY")
story.append(P("<b>Patient:</b> Steven A. Kowalczyk &nbsp; <b>DOB:</b> 12/19/1966 &nbsp; <b>Age:</b> 59 &nbsp; "
               "<b>Visit:</b> 21-Aug-2026 &nbsp; <b>Provider:</b> Leah Nakamura, MD"))
sections = [
    ("DIAGNOSIS", "Clear cell renal cell carcinoma, left kidney, pT2a N0 M0, ISUP grade 3, s/p open left "
                  "radical nephrectomy 10/15/2024. Declined adjuvant pembrolizumab. No systemic therapy "
                  "since. On surveillance imaging."),
    ("INTERVAL HISTORY", "Seen today at his wife's urging (add-on visit). About 3 weeks of new headaches, "
                         "bifrontal, worst on waking, improving by midday, now most days; no relief from "
                         "his usual ibuprofen (which he has been told to avoid because of his kidney). Two "
                         "episodes in the past 10 days where he 'couldn't find the word' mid-sentence for "
                         "about a minute; wife confirms. No seizure activity, no weakness, no visual change, "
                         "no vomiting. No fevers. Weight stable. Surveillance CT C/A/P 7/30/26 (outside, "
                         "Capitol Radiology - report attached) without recurrence in the renal fossa; new "
                         "indeterminate 5 mm RUL nodule. He has never had brain imaging."),
    ("PMH", "RCC as above; CKD stage 3b since nephrectomy (baseline Cr 1.9-2.0, eGFR 38-41, followed by "
            "nephrology, Dr. Abiodun); HTN; OSA on CPAP; gout."),
    ("MEDICATIONS", "Losartan 50 mg daily; allopurinol 100 mg daily; acetaminophen prn. No steroids."),
    ("FAMILY HISTORY", "Sister - meningioma resected 2019, doing well. Mother - Alzheimer dementia. "
                       "Father - COPD. No family history of kidney cancer or VHL."),
    ("SOCIAL", "Married, retired postal carrier. Former smoker (quit 2010). No alcohol."),
    ("EXAM", "BP 142/88, HR 78, afebrile. ECOG 0. Alert, oriented x3. Mild anomia on confrontation naming "
             "(2/10 low-frequency items missed); repetition intact. CN II-XII otherwise intact, no "
             "papilledema on fundoscopy (limited). Strength 5/5, no drift, reflexes symmetric, gait normal."),
    ("LABS 8/21/26", "Cr 1.98 mg/dL, eGFR 39. CBC normal. Ca 9.4. LFTs normal."),
    ("ASSESSMENT/PLAN", "59 y/o M, 22 mo after nephrectomy for clear cell RCC, with new progressive "
                        "headaches and transient word-finding difficulty - concern for brain metastasis; "
                        "r/o intracranial mass. RCC has a well-known propensity for brain metastases.<br/>"
                        "1. MRI brain w/wo contrast - first available 9/2/26 (urgent PA submitted today). "
                        "Gadolinium: CKD 3b (eGFR 39) - radiology will use a single standard dose of a "
                        "macrocyclic agent; no contraindication per nephrology.<br/>"
                        "2. Will also request MR spectroscopy (76390) for the same session. If the MRI is "
                        "inconclusive - e.g. a solitary ring-enhancing lesion where metastasis vs a primary "
                        "glioma vs abscess cannot be distinguished - spectroscopy can be run right away "
                        "without a second trip or second contrast dose. If the MRI clearly shows metastases, "
                        "MRS will not be needed and we will go straight to neurosurgery/rad onc (SRS) "
                        "referral.<br/>"
                        "3. RUL nodule - CT chest in 3 months per radiology.<br/>"
                        "4. Headache - acetaminophen; avoid NSAIDs. Not starting dexamethasone until imaging.<br/>"
                        "5. ED precautions: seizure, new weakness, confusion, worsening headache with vomiting."),
]
for h, t in sections:
    story.append(P(h, "h3"))
    story.append(P(t))
story.append(Spacer(1, 4))
story.append(P("Electronically signed by Leah Nakamura, MD on 08/21/2026 18:02"))
story.append(NextPageTemplate("scan"))
story.append(PageBreak())

# ----------------------------------------------------------- page 3: scanned CT report
scan_lines = [
    ("CAPITOL RADIOLOGY PARTNERS", "b"),
    ("4410 Regent Street, Madison WI 53705   Tel 608-555-0110", "n"),
    ("", "rule"),
    ("PATIENT: KOWALCZYK, STEVEN A        DOB: 12/19/1966", "n"),
    ("EXAM: CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST", "n"),
    ("EXAM DATE: 07/30/2026        CPT: 74177, 71260", "n"),
    ("REFERRING: LEAH NAKAMURA, MD", "n"),
    ("", "rule"),
    ("HISTORY: Renal cell carcinoma, s/p left nephrectomy 10/2024.", "n"),
    ("Surveillance.", "n"),
    ("", "gap"),
    ("TECHNIQUE: Helical CT after 75 mL iohexol IV (reduced dose for", "n"),
    ("eGFR 40). Oral contrast not given.", "n"),
    ("", "gap"),
    ("COMPARISON: CT C/A/P 01/22/2026.", "n"),
    ("", "gap"),
    ("FINDINGS:", "b"),
    ("Chest: New 5 mm solid nodule, right upper lobe (series 3, image", "n"),
    ("41). No other pulmonary nodules. No mediastinal or hilar", "n"),
    ("adenopathy. No pleural effusion.", "n"),
    ("Abdomen/pelvis: Postsurgical changes of left radical nephrectomy.", "n"),
    ("No soft tissue mass in the left renal fossa. Right kidney normal.", "n"),
    ("Adrenals normal. Liver, pancreas and spleen unremarkable. No", "n"),
    ("retroperitoneal or pelvic adenopathy. No ascites.", "n"),
    ("Bones: No suspicious lytic or blastic lesion.", "n"),
    ("", "gap"),
    ("IMPRESSION:", "b"),
    ("1. No evidence of local recurrence in the left nephrectomy bed.", "n"),
    ("2. New 5 mm RUL pulmonary nodule, indeterminate. Metastasis", "n"),
    ("   cannot be excluded. Recommend CT chest in 3 months.", "n"),
    ("3. No abdominal or pelvic adenopathy. No osseous metastasis.", "n"),
    ("", "gap"),
    ("Electronically signed: Ingrid Sato, MD  07/30/2026 16:44", "n"),
]
img = render_scan(scan_lines, seed=126, angle=0.7, noise=0.004, font_size=34,
                  banner="07/31/2026 09:12   CAPITOL RADIOLOGY 6085550119      p.1/1")
story.append(ScanPage(img, PAGE_W, PAGE_H))
story.append(NextPageTemplate("one"))
story.append(PageBreak())

# ----------------------------------------------------------- page 4: phone note
story += head("TELEPHONE ENCOUNTER")
story.append(P("<b>Patient:</b> Steven A. Kowalczyk &nbsp; <b>DOB:</b> 12/19/1966 &nbsp; "
               "<b>Date:</b> 08/24/2026 10:40 &nbsp; <b>Taken by:</b> Jordan Pike, RN"))
story.append(Spacer(1, 4))
story.append(P("Wife (Carol) called. Headaches now daily, 'a bit worse' this week, still mostly in the "
               "morning. One more brief word-finding episode Saturday. No seizure, weakness, vomiting or "
               "confusion. Taking acetaminophen 1 g bid with partial relief. MRI brain insurance approval "
               "came through today; earliest slot Wed 9/2 at St. Mary's - placed on cancellation list. "
               "Reviewed ED precautions; wife verbalized understanding. Asked whether he will need to be "
               "'put to sleep' for the MRI - no, he has had CT scans without any problem and has no "
               "claustrophobia; he uses CPAP nightly without issue."))
story.append(P("Per Dr. Nakamura: submit separate PA for MR spectroscopy (76390) to be added to the 9/2 "
               "MRI; include 8/21 note and outside CT report. No change in plan. - JP, RN"))
story.append(Spacer(1, 6))
story.append(P("Routed to: L. Nakamura, MD (read 08/24/2026 13:15)", "small"))

build(os.path.join(OUT, "kowalczyk_mrs_pa_packet.pdf"), story, footer_fn=lambda n: None if n == 3 else footer(n))
print("built", OUT)
