import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from b35_faxlib import *
from reportlab.lib.units import inch

OUT = "/tmp/blind4/b36_fax_corrected_request_form_supersedes_first"
os.makedirs(OUT, exist_ok=True)
TCU = "TWIN CITIES UNIVERSITY NEURO-ONCOLOGY CLINIC"
PT = "HALVORSEN, KARI L  |  DOB 08/14/1991  |  MRN TCU-2201958"

# =============================================================== FILE A: original submission (02/27/2026)
BAN_A = "02/27/2026 15:41  FAX 612 555 0177  TCU NEURO-ONC      -> COHERE UM 8885550199      P.{p:03d}/{t:03d}"
a = Packet(f"{OUT}/01_original_request_faxed_2026-02-27.pdf", BAN_A)

def imaging_form(corrected):
    cw = [1.6 * inch, 1.95 * inch, 1.5 * inch, 2.05 * inch]
    if corrected:
        svc = [["CPT code(s)", "<b>76390</b>", "Description", "MR spectroscopy, brain"],
               ["Body part", "Brain", "Contrast", "n/a for MRS (MRI brain 70553 submitted separately, ref CH-26-0311874)"]]
        dates = ["Date of request", "03/09/2026", "Requested DOS", "03/16/2026"]
        sig = ["Signature", "Elena Marchetti, MD (e-sig)", "Date signed", "3/9/26"]
    else:
        svc = [["CPT code(s)", "70553", "Description", "MRI brain w/ & w/o contrast with spectroscopy"],
               ["Body part", "Brain", "Contrast", "Gadolinium"]]
        dates = ["Date of request", "02/27/2026", "Requested DOS", "03/16/2026"]
        sig = ["Signature", "Elena Marchetti, MD (e-sig)", "Date signed", "2/27/26"]
    rows = [[hdr("PATIENT"), "", "", ""],
            ["Name (last, first)", "Halvorsen, Kari L", "DOB", "08/14/1991"],
            ["Member ID", "MNC-55017342-01", "Gender", "F"],
            [hdr("REQUESTING PROVIDER"), "", "", ""],
            ["Provider", "Elena Marchetti, MD (Neuro-Oncology)", "NPI", "1730528814"],
            ["Clinic", "Twin Cities University Neuro-Oncology, 420 Delaware St SE, Minneapolis MN 55455", "Ph / Fax", "612-555-0170 / 612-555-0177"],
            [hdr("SERVICE"), "", "", ""]] + svc + [
            ["Place of service", "TCU Center for MR Research & Imaging (3T)", "Priority", "Routine"],
            dates,
            ["ICD-10", "C71.1 Malignant neoplasm of frontal lobe", "", ""],
            [hdr("CLINICAL SCREENING (Y/N)"), "", "", ""],
            ["Prior MRS of same region? (Y/N)", "Y   date: 12/09/2025 (Riverbend Imaging)", "Prior treatment since last study? (Y/N)", "N"],
            ["New or worsening symptoms? (Y/N)", "N", "Prior MRI/CT inconclusive? (Y/N)", "______"],
            ["Claustrophobia / sedation needed? (Y/N)", "N", "Pregnant? (Y/N)", "N"],
            ["Renal insufficiency? (Y/N)", "N   Cr 0.68 (01/2026)", "Implants / pacemaker? (Y/N)", "N"],
            [hdr("ATTESTATION"), "", "", ""],
            sig]
    hrs = [0, 3, 6, 12, 17]
    spans = [((0, r), (3, r)) for r in hrs] + [((1, 11), (3, 11))]
    shade = [((0, r), (0, r)) for r in range(len(rows)) if r not in hrs] + \
            [((2, r), (2, r)) for r in range(len(rows)) if r not in hrs + [11]]
    return form_table(rows, cw, spans=spans, shade_cells=shade, header_rows=hrs)

fl = [P("IMAGING AUTHORIZATION REQUEST", "h1"),
      P(TCU + " · Prior Authorization Office · fax 612-555-0177", "small"), Spacer(1, 8),
      imaging_form(False), Spacer(1, 8),
      P("Attached: outside MRI/MRS report 12/09/2025. Clinic note to follow.", "body")]
a.add_doc(fl, TCU + "  |  PA OFFICE  |  " + PT, "TCU-PA-IMG-01")

# Dec 2025 outside MRI + MRS
RB = "RIVERBEND IMAGING  |  1200 Division St, St. Cloud MN 56301  |  " + "HALVORSEN, KARI  |  DOB 8/14/1991"
def rb_report(exam, cpt, date, acc, history, comparison, technique, findings, impression, signed):
    fl = [P("RIVERBEND IMAGING - NEURORADIOLOGY REPORT", "h1"),
          form_table([["Patient", "HALVORSEN, KARI L", "MRN", "RB-00771203"],
                      ["DOB", "08/14/1991", "Accession", acc],
                      ["Exam", exam, "CPT", cpt],
                      ["Date of exam", date, "Referring", "Arne Lindqvist, MD (CentraCare Neuro-Onc)"]],
                     [1.0 * inch, 3.0 * inch, 0.8 * inch, 2.3 * inch],
                     shade_cells=[((0, 0), (0, 3)), ((2, 0), (2, 3))]),
          Spacer(1, 6)]
    for t, b in (("HISTORY:", history), ("COMPARISON:", comparison), ("TECHNIQUE:", technique)):
        fl += [P(t, "monoh")] + paras(b, "mono")
    fl += [P("FINDINGS:", "monoh")] + paras(findings, "mono")
    fl += [P("IMPRESSION:", "monoh")] + paras(impression, "mono")
    fl += [Spacer(1, 8), P(signed, "mono")]
    return fl

a.add_doc(rb_report(
    "MRI BRAIN W/WO CONTRAST + SINGLE-VOXEL MR SPECTROSCOPY", "70553, 76390", "12/09/2025", "RB25-120933",
    "34 y/o F, R frontal diffuse astrocytoma, IDH-mutant, CNS WHO grade 2, s/p subtotal resection 05/2023. No adjuvant XRT/chemo. Surveillance.",
    "MRI brain 06/11/2025 and 12/03/2024.",
    """Routine multiplanar multisequence MRI brain before and after 0.1 mmol/kg gadoterate: sag 3D T1, ax T2, ax/cor FLAIR, DWI, SWI, post-contrast 3D T1.
Single-voxel PRESS MRS (TE 144 ms), 15 x 15 x 15 mm voxel over the posterior resection-margin FLAIR abnormality, with a reference voxel in contralateral normal-appearing white matter.""",
    """Postsurgical changes of R frontal craniotomy and resection cavity. Nonenhancing T2/FLAIR hyperintense residual tumor along the posterior and medial cavity margin now measures 3.1 x 2.4 cm (axial), previously 2.9 x 2.3 cm on 06/11/2025 - slight apparent increase. Slice angulation differs from the prior exam. No new or nodular enhancement. No restricted diffusion. No hemorrhage. No mass effect or hydrocephalus.

MRS: Posterior margin voxel - Cho/Cr 1.5, Cho/NAA 1.6, moderately reduced NAA; no lactate or lipid peak. Reference voxel within normal limits.""",
    """1. Slight apparent increase in nonenhancing FLAIR signal along the posterior resection margin, indeterminate: measurement/technique variability versus early progression of low-grade glioma. No new enhancement.
2. MRS: mildly elevated Cho/NAA without lactate/lipid - nonspecific, can be seen with residual low-grade glioma; no spectroscopic evidence of high-grade transformation.
3. Suggest short-interval follow-up MRI in 2-3 months with matched slice angulation.""",
    "Electronically signed: Hannah Szymanski, MD · 12/09/2025 17:20"), RB, "Riverbend Imaging · final report · printed 02/27/2026")
a.build()

# =============================================================== FILE B: corrected submission (03/10/2026)
BAN_B = "MAR-10-2026 08:02  TCU NEURO-ONC  612 555 0177  >> 18885550199 COHERE UM  #4471  P.{p:02d}/{t:02d}"
b = Packet(f"{OUT}/02_corrected_request_packet_faxed_2026-03-10.pdf", BAN_B)

fl = [P("FACSIMILE TRANSMITTAL", "h1"),
      P(TCU + " · 420 Delaware St SE, Minneapolis MN 55455", "small"), Spacer(1, 10),
      form_table([["To", "Cohere Health UM - Imaging", "Fax", "888-555-0199"],
                  ["From", "Tomasz Wierzbicki, PA coordinator", "Phone", "612-555-0174"],
                  ["Date", "3/10/2026", "# pages", "6 incl cover"],
                  ["Re", "<b>CORRECTED</b> prior auth request - Halvorsen, Kari L, DOB 08/14/1991 - replaces our 02/27/26 submission (your ref CH-26-0227331)", "", ""]],
                 [0.8 * inch, 3.5 * inch, 0.9 * inch, 1.9 * inch], spans=[((1, 3), (3, 3))],
                 shade_cells=[((0, 0), (0, 3)), ((2, 0), (2, 2))]),
      Spacer(1, 10),
      *paras("""Hello - our 2/27 form listed CPT 70553 in error. The service we are requesting on this auth is MR spectroscopy, CPT 76390. Corrected form signed by Dr. Marchetti 3/9 attached, with LMN, new pt note and most recent MRI (2/20/26). The outside 12/09/25 MRI/MRS report went with the first fax.

Please disregard the 02/27 form. Thx, Tomasz"""),
      Spacer(1, 100),
      P("This transmission may contain protected health information. If you are not the intended recipient, notify the sender "
        "at 612-555-0174 and destroy this document. Unauthorized review, use or redisclosure is prohibited.", "small")]
b.add_doc(fl, TCU + "  |  FAX", "TCU fax cover")

fl = [P("IMAGING AUTHORIZATION REQUEST", "h1"),
      form_table([[hdr("*** CORRECTED REQUEST - SUPERSEDES FORM DATED 02/27/2026 ***")],
                  ["Reason for correction: CPT code entered in error on prior form (70553). Service requested on this authorization "
                   "is MR spectroscopy of the brain, CPT 76390, only."]], [7.1 * inch], header_rows=[0]),
      Spacer(1, 6), imaging_form(True), Spacer(1, 6),
      P("Clinical documentation attached: LMN 03/09/2026, neuro-oncology note 02/26/2026, MRI brain 02/20/2026.", "body")]
b.add_doc(fl, TCU + "  |  PA OFFICE  |  " + PT, "TCU-PA-IMG-01 (corrected)")

fl = [P("Twin Cities University Physicians", "h1"),
      P("Department of Neurology · Division of Neuro-Oncology · 420 Delaware St SE · Minneapolis, MN 55455", "small"),
      Spacer(1, 12),
      P("March 9, 2026", "serif"),
      P("Cohere Health<br/>Utilization Management - Advanced Imaging", "serif"),
      P("<b>Re:</b> Kari L. Halvorsen (DOB 08/14/1991), member ID MNC-55017342-01<br/><b>Service:</b> MR spectroscopy, brain (CPT 76390)", "serif"),
      P("To whom it may concern:", "serif"),
      *paras("""I am writing in support of MR spectroscopy for Ms. Halvorsen, a 34-year-old woman with a right frontal diffuse astrocytoma, IDH-mutant, CNS WHO grade 2, status post subtotal resection in May 2023, who has been managed with active surveillance without radiation or chemotherapy. She transferred her neuro-oncology care to our clinic on 02/26/2026.

Per the NCCN Guidelines for Central Nervous System Cancers, patients with low-grade glioma should undergo surveillance MRI every 3-6 months for the first several years after treatment. MR spectroscopy provides complementary metabolic information that is valuable in detecting malignant transformation.

Ms. Halvorsen had spectroscopy at an outside facility (Riverbend Imaging) on 9 December 2025, using a single-voxel technique that is not directly comparable to our multivoxel chemical-shift imaging protocol. At that time a slight apparent increase in FLAIR signal was questioned; her follow-up MRI on 2/20/2026 showed the signal to be stable with no evidence of progression. She remains clinically stable, seizure-free since 09/2024, with no new neurologic symptoms, and her examination is unchanged.

We would like to obtain MR spectroscopy at our institution to establish a baseline for her future surveillance here, which will allow accurate comparison if transformation is later suspected.

Thank you for your consideration.""", "serif"),
      Spacer(1, 6),
      P("Sincerely,<br/><br/>Elena Marchetti, MD<br/>Assistant Professor, Neuro-Oncology<br/>NPI 1730528814", "serif")]
b.add_doc(fl, "TWIN CITIES UNIVERSITY PHYSICIANS  |  NEURO-ONCOLOGY  |  LETTER", "TCUP · correspondence")

note = []
def sec(t, body):
    note.append(P(t, "h2"))
    note.extend(paras(body))
note += [P("NEURO-ONCOLOGY NEW PATIENT VISIT", "h1"),
         form_table([["Patient", "Halvorsen, Kari L", "DOB", "08/14/1991 (34 y)"],
                     ["Visit date", "2026-02-26", "Provider", "Elena Marchetti, MD"],
                     ["Referred by", "Arne Lindqvist, MD - CentraCare Neuro-Onc (St. Cloud)", "Visit type", "New, transfer of care"]],
                    [1.0 * inch, 3.1 * inch, 0.9 * inch, 2.1 * inch],
                    shade_cells=[((0, 0), (0, 2)), ((2, 0), (2, 2))])]
sec("HPI", """34 y/o F referred to establish care after relocating to Minneapolis (previously followed by Dr. Lindqvist, St. Cloud).

Oncologic hx: R frontal diffuse astrocytoma, IDH1 R132H-mutant, 1p/19q non-codeleted, ATRX loss, CDKN2A/B intact, CNS WHO grade 2. Presented 04/2023 w/ focal aware seizures (L face/hand twitching). S/p awake craniotomy, subtotal resection 05/16/2023 (~80% EOR). No XRT or chemo - elected active surveillance after discussion w/ prior team. Last focal aware seizure 09/2024, after which levetiracetam was increased 250 -> 500 mg BID; seizure-free since (~17 mo).

Outside records reviewed (copied from Dr. Lindqvist's note 12/11/2025): "MRI 12/9/25 shows slight increase in FLAIR signal at posterior margin, indeterminate, possible early progression vs technique. MRS mildly elevated Cho/NAA, no lactate. Will repeat MRI in 2-3 months."
Follow-up MRI 02/20/2026 (Riverbend): FLAIR stable vs 12/9/25 and, with matched angulation, vs 6/11/25. No enhancement. Impression stable, no progression.

Interval: Feels well. Mild fatigue, chronic and unchanged since surgery. Occasional tension-type HA 1-2x/month, unchanged from her baseline, relieved w/ ibuprofen. Denies new HA pattern, weakness, numbness, speech or vision change, or seizures.""")
sec("PMH", """- LGG as above
- Focal epilepsy 2/2 tumor
- Anxiety; h/o claustrophobia as a teenager, resolved - has tolerated 9+ closed-bore MRIs w/o sedation
- Migraine w/o aura in her 20s (remote)""")
sec("MEDICATIONS", "levetiracetam 500 mg BID (unchanged since 09/2024) · sertraline 50 mg daily · levonorgestrel IUD (placed 2022)")
sec("ALLERGIES", "Sulfa (rash). No contrast allergy.")
sec("FAMILY HISTORY", """Brother (29) - epilepsy, new-onset seizures in 2025, workup neg.
Maternal aunt - "brain tumor", benign (meningioma), resected.
Father - HTN. Mother - hypothyroidism.
No family h/o glioma or cancer predisposition syndrome.""")
sec("SOCIAL / OB", "Graphic designer, married, 2 children (4 and 7). No tobacco, social EtOH. G2P2. LMP 02/14/2026. IUD in place; not pregnant.")
sec("ROS", """Neuro: negative for seizures, focal weakness, paresthesias, aphasia, visual changes.
Psych: mood stable on sertraline.
Renal/GU: no h/o kidney disease.
Constitutional: + mild chronic fatigue (stable). All other systems negative.""")
sec("EXAM", """BP 118/74, HR 66, BMI 24. KPS 100.
Alert, oriented, fluent speech. CN II-XII intact. No pronator drift. Strength 5/5 throughout. Sensation intact. FTN and RAM nl. Gait nl, tandem nl. Well-healed R frontal incision. Neuro exam unchanged compared w/ outside documentation.""")
sec("DATA", "BMP 01/2026: Cr 0.68, eGFR >90. MRI images 12/09/25 and 02/20/26 reviewed on PACS (outside images imported).")
sec("ASSESSMENT AND PLAN", """34F w/ R frontal IDH-mutant astrocytoma, CNS WHO grade 2, s/p STR 05/2023, on active surveilance; clinically and radiographically stable (MRI 2/20/26 - no progression). Neuro exam stable.

1. Reviewed INDIGO data - vorasidenib is a reasonable option for residual IDH-mutant grade 2 glioma. She prefers to continue surveillance for now; will revisit if there is radiographic progression.
2. Surveillance imaging per NCCN: MRI brain q3-6 mo. She would like all future imaging here at TCU for continuity. Plan MRI brain w/wo + MR spectroscopy at TCU ~mid-March to establish an institutional baseline (outside MRS was SV TE 144; we use multivoxel CSI), then q6 mo if stable.
3. Epilepsy: continue LEV 500 mg BID, no change.
4. RTC after imaging. If new seizures or focal deficits, call clinic / go to ED.

Elena Marchetti, MD · signed 02/26/2026 18:04""")
b.add_doc(note, TCU + "  |  " + PT, "TCU Neuro-Oncology · progress note")

b.add_doc(rb_report(
    "MRI BRAIN WITHOUT AND WITH CONTRAST", "70553", "02/20/2026", "RB26-022011",
    "34F, R frontal IDH-mutant astrocytoma grade 2 s/p STR 5/2023. Short-interval f/u of questioned FLAIR increase on 12/9/25.",
    "MRI brain w/wo + MRS 12/09/2025; MRI brain 06/11/2025.",
    "Multiplanar multisequence MRI brain pre and post 0.1 mmol/kg gadoterate, with slice angulation matched to 06/11/2025. No spectroscopy performed.",
    """Postsurgical changes R frontal craniotomy. Nonenhancing T2/FLAIR hyperintense residual tumor along the posterior and medial resection margin measures 2.9 x 2.3 cm, unchanged from 12/09/2025 and, on direct side-by-side comparison with matched angulation, unchanged from 06/11/2025. The apparent increase on 12/09/2025 is attributable to differing slice angulation. No enhancement. No restricted diffusion. No new lesion. Ventricles stable.""",
    """1. Stable postoperative appearance of the R frontal low-grade glioma. No evidence of progression. No new enhancement.
2. The previously questioned FLAIR increase is not confirmed (technical - slice angulation).
3. Continue routine surveillance.""",
    "Electronically signed: Hannah Szymanski, MD · Feb 20, 2026 14:12"), RB, "Riverbend Imaging · final report")
b.build()
print("built b36")
