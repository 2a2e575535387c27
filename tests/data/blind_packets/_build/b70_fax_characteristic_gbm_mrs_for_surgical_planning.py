# ---- shared rendering helpers (inlined into each case script) ----
import os, random, io, tempfile
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

PW, PH = letter
FD = "/usr/share/fonts/truetype/dejavu/"
PIL_FONTS = {
    "sans": FD + "DejaVuSans.ttf", "sansb": FD + "DejaVuSans-Bold.ttf",
    "serif": FD + "DejaVuSerif.ttf", "serifb": FD + "DejaVuSerif-Bold.ttf",
    "mono": FD + "DejaVuSansMono.ttf", "monob": FD + "DejaVuSansMono-Bold.ttf",
}
RL_FONTS = {"sans": ("Helvetica", "Helvetica-Bold"), "serif": ("Times-Roman", "Times-Bold"),
            "mono": ("Courier", "Courier-Bold")}

def _parse(line):
    """markup: '=X' centered bold title, '#X' bold line, '---' rule, '~X' small line, else plain."""
    if line.startswith("="):
        return "title", line[1:]
    if line.startswith("#") and len(line) > 1 and line[1] != " ":
        return "bold", line[1:]
    if line.strip() == "---":
        return "rule", ""
    if line.startswith("~"):
        return "small", line[1:]
    return "plain", line

def _wrap(text, width_fn, maxw):
    lead = len(text) - len(text.lstrip(" "))
    indent = " " * lead
    words = text.strip().split(" ")
    out, cur = [], indent
    for w in words:
        trial = (cur + (" " if cur.strip() else "") + w) if cur.strip() else indent + w
        if width_fn(trial) <= maxw or not cur.strip():
            cur = trial
        else:
            out.append(cur)
            cur = indent + "  " + w if lead else w
    out.append(cur)
    return out

class Packet:
    def __init__(self, outdir):
        self.outdir = outdir
        os.makedirs(outdir, exist_ok=True)
        self.tmp = tempfile.mkdtemp(prefix="scan_", dir=os.path.dirname(os.path.abspath(__file__)))

    # ---------------- text-layer pages ----------------
    def _text_page(self, c, lines, banner, footer, family, size, margin):
        reg, bold = RL_FONTS[family]
        y = PH - margin
        if banner:
            c.setFont("Courier", 7.5)
            c.drawString(margin * 0.6, PH - 22, banner)
            y = PH - margin - 6
        maxw = PW - 2 * margin
        lh = size * 1.32
        pages_lines = []
        for raw in lines:
            kind, txt = _parse(raw)
            if kind == "rule":
                pages_lines.append(("rule", ""))
                continue
            f = bold if kind in ("title", "bold") else reg
            s = size + 3 if kind == "title" else (size - 1.5 if kind == "small" else size)
            if txt == "":
                pages_lines.append(("blank", ""))
                continue
            for wl in _wrap(txt, lambda t: stringWidth(t, f, s), maxw):
                pages_lines.append((kind, wl))
        pageno = 1
        def new_page():
            nonlocal y
            if footer:
                c.setFont(reg, 7.5)
                c.drawString(margin, 28, footer.replace("{p}", str(pageno)))
            c.showPage()
            y = PH - margin
            if banner:
                c.setFont("Courier", 7.5)
                c.drawString(margin * 0.6, PH - 22, banner)
                y = PH - margin - 6
        for kind, txt in pages_lines:
            if y < 50:
                new_page(); pageno += 1
            if kind == "rule":
                c.setLineWidth(0.6); c.line(margin, y + lh * 0.35, PW - margin, y + lh * 0.35); y -= lh * 0.6; continue
            if kind == "blank":
                y -= lh * 0.6; continue
            if kind == "title":
                c.setFont(bold, size + 3); c.drawCentredString(PW / 2, y, txt); y -= lh * 1.35; continue
            f = bold if kind == "bold" else reg
            s = size - 1.5 if kind == "small" else size
            c.setFont(f, s); c.drawString(margin, y, txt); y -= lh if kind != "small" else lh * 0.85
        if footer:
            c.setFont(reg, 7.5)
            c.drawString(margin, 28, footer.replace("{p}", str(pageno)))
        c.showPage()

    # ---------------- image-only (scanned / faxed) pages ----------------
    def _scan_image(self, lines, banner, footer, family, size, dpi, angle, seed, margin, stamp=None, stamp_y=70):
        rnd = random.Random(seed)
        W, H = int(8.5 * dpi), int(11 * dpi)
        img = Image.new("L", (W, H), 250)
        d = ImageDraw.Draw(img)
        k = dpi / 72.0
        freg = ImageFont.truetype(PIL_FONTS[family], int(size * k))
        fbold = ImageFont.truetype(PIL_FONTS[family + "b"], int(size * k))
        ftitle = ImageFont.truetype(PIL_FONTS[family + "b"], int((size + 3) * k))
        fsmall = ImageFont.truetype(PIL_FONTS[family], int((size - 1.5) * k))
        fban = ImageFont.truetype(PIL_FONTS["mono"], int(7.5 * k))
        mx = int(margin * k)
        y = int(margin * k)
        if banner:
            d.text((int(mx * 0.6), int(14 * k)), banner, font=fban, fill=40)
            y += int(6 * k)
        maxw = W - 2 * mx
        lh = int(size * 1.32 * k)
        ink = 25
        for raw in lines:
            kind, txt = _parse(raw)
            if kind == "rule":
                d.line([(mx, y + lh // 3), (W - mx, y + lh // 3)], fill=ink, width=max(1, int(0.8 * k)))
                y += int(lh * 0.6); continue
            if txt == "":
                y += int(lh * 0.6); continue
            f = {"title": ftitle, "bold": fbold, "small": fsmall}.get(kind, freg)
            for wl in _wrap(txt, lambda t: d.textlength(t, font=f), maxw):
                if kind == "title":
                    tw = d.textlength(wl, font=f)
                    d.text(((W - tw) / 2, y), wl, font=f, fill=ink); y += int(lh * 1.35)
                else:
                    jitter = rnd.randint(-1, 1)
                    d.text((mx + jitter, y), wl, font=f, fill=ink + rnd.randint(0, 25))
                    y += lh if kind != "small" else int(lh * 0.85)
        if stamp:
            fst = ImageFont.truetype(PIL_FONTS["sansb"], int(16 * k))
            st = Image.new("L", (int(d.textlength(stamp, font=fst)) + 40, int(30 * k)), 0)
            ImageDraw.Draw(st).text((20, 4), stamp, font=fst, fill=255)
            st = st.rotate(12, expand=True)
            px, py = W - st.size[0] - int(40 * k), int(stamp_y * k)
            region = img.crop((px, py, px + st.size[0], py + st.size[1]))
            region = Image.composite(Image.new("L", st.size, 110), region, st)
            img.paste(region, (px, py))
        if footer:
            d.text((mx, H - int(30 * k)), footer, font=fsmall, fill=ink)
        # scanner artefacts: skew, blur, noise, speckles, a light streak
        img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=250)
        a = np.asarray(img).astype(np.float32)
        nrng = np.random.default_rng(seed)
        a += nrng.normal(0, 6, a.shape)
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L").filter(ImageFilter.GaussianBlur(0.6))
        a = np.asarray(img).astype(np.float32)
        a[a > 228] = 246          # scanner background clean-up (keeps JPEG small)
        sp = nrng.random(a.shape)
        a[sp < 0.0008] = 60
        col = nrng.integers(int(W * 0.2), int(W * 0.8))
        a[:, col:col + 2] -= 18
        a = np.clip(a, 0, 255).astype(np.uint8)
        img = Image.fromarray(a, "L")
        path = os.path.join(self.tmp, "p%d_%d.jpg" % (seed, rnd.randint(0, 10**6)))
        img.save(path, "JPEG", quality=42, optimize=True)
        return path

    def build(self, name, pages):
        """pages: list of dicts {kind:'text'|'scan', lines:[...], banner, footer, family, size}"""
        path = os.path.join(self.outdir, name)
        c = canvas.Canvas(path, pagesize=letter, pageCompression=1)
        c.setTitle(name)
        for i, p in enumerate(pages):
            if p.get("footer"):
                p = dict(p, footer=p["footer"].replace("{p}", str(i + 1)).replace("{n}", str(len(pages))))
            fam = p.get("family", "sans")
            size = p.get("size", 9.5)
            margin = p.get("margin", 54)
            if p["kind"] == "text":
                self._text_page(c, p["lines"], p.get("banner"), p.get("footer"), fam, size, margin)
            else:
                jp = self._scan_image(p["lines"], p.get("banner"), p.get("footer"), fam, size,
                                      p.get("dpi", 200), p.get("angle", 0.6), p.get("seed", 7 + i), margin,
                                      p.get("stamp"), p.get("stamp_y", 70))
                c.drawImage(jp, 0, 0, PW, PH)
                c.showPage()
        c.save()
        kb = os.path.getsize(path) / 1024
        print("%-55s %6.1f KB" % (name, kb))
        assert kb < 300, name + " too big"
        return path

    def cleanup(self):
        import shutil
        shutil.rmtree(self.tmp, ignore_errors=True)

def L(s):
    """split a triple-quoted block into lines; '#HEADING: text' becomes a bold heading line + plain text"""
    out = []
    for line in s.strip("\n").split("\n"):
        if line.startswith("#") and len(line) > 1 and line[1] != " " and ": " in line:
            head, rest = line[1:].split(": ", 1)
            if len(head) <= 28 and rest.strip():
                out.append("#" + head + ":")
                out.append(rest)
                continue
        out.append(line)
    return out
# ---- end helpers ----

CASE = "b70_fax_characteristic_gbm_mrs_for_surgical_planning"
OUT = os.path.join("/tmp/blind6", CASE)
P = Packet(OUT)
BAN = "02/05/2026 17:46  RIDGEVIEW UNIV NEUROSURG  402-555-0131  TO:18005550127  PAGE %03d OF 007"

cover = L("""
=RIDGEVIEW UNIVERSITY HOSPITAL
=Department of Neurosurgery - Brain Tumor Program
4350 Dodge Street, Omaha NE 68131     Phone 402-555-0130     Fax 402-555-0131
---
=FAX TRANSMISSION
To:      Prairie State Health Plan - Medical Management / Prior Auth (Cohere Health)
Fax:     1-800-555-0127
From:    Marcy Lindahl, RN, Surgical Scheduling / Auth - for Chiara Benedetti-Lowe, MD
Date:    February 5, 2026
Pages:   7 including cover
Re:      PRE-OPERATIVE MR SPECTROSCOPY (CPT 76390) - HOLLOWAY, GERALD T - DOB 08/11/1958
         Member # PSH 004-771-3920        Surgery (craniotomy) scheduled 02/12/2026
---
Notes: Please review as EXPEDITED - pre-op study needed before 2/12 craniotomy. Requested DOS 02/09/2026.
Enclosed: PA request (2/5/26), MRI brain 1/30/26 (scanned copy from outside imaging), neurosurgery
consult 2/3/26, CT C/A/P 2/2/26 + labs, letter of medical necessity 2/4/26.
~CONFIDENTIALITY NOTICE: The information in this facsimile is confidential and intended only for the recipient named
~above. If you have received this in error, please call 402-555-0130 and destroy all copies. Re-disclosure prohibited.
""")

form = L("""
=PRAIRIE STATE HEALTH PLAN
=HIGH-TECH IMAGING PRIOR AUTHORIZATION REQUEST
---
Request date: 02/05/2026        Service date requested: 02/09/2026       [X] Expedited   [ ] Standard
#MEMBER INFORMATION
Name: HOLLOWAY, GERALD T        DOB: 08/11/1958        Sex: M        Member #: PSH 004-771-3920
#REQUESTING / ORDERING PHYSICIAN
Chiara Benedetti-Lowe, MD - Neurosurgery      NPI 1629370548      Tax ID 47-6005521
Ridgeview University Hospital, 4350 Dodge St, Omaha NE      Ph 402-555-0130   Fax 402-555-0131
#IMAGING FACILITY
Ridgeview University Hospital - MRI 3T (wide-bore)        NPI 1245577031
#PROCEDURE
CPT 76390 - MR spectroscopy, brain (multivoxel 2D CSI, R frontal mass and peritumoral FLAIR)
Diagnosis codes: D49.6 (Neoplasm of unspecified behavior of brain);  G93.6 (Cerebral edema);
                 R53.1 (Weakness);  N18.4 (CKD stage 4)
#INDICATION (check all that apply)
  [X] Known / suspected brain tumor       [X] Glioma grading        [ ] Recurrence vs radiation necrosis
  [ ] Post-treatment surveillance          [ ] Neonatal HIE          [ ] Metabolic / congenital
Pertinent imaging: MRI brain w/wo contrast 01/30/2026 (Platte Valley Imaging) - report attached
Prior MR spectroscopy of this area:  [ ] Yes   [X] No
Clinical summary: 67M w/ 3 wks progressive L-sided weakness, HA, personality change. 4.6 cm necrotic
  enhancing R frontal mass crossing the corpus callosum. Craniotomy for resection 2/12/26. MRS requested
  for pre-op planning (map metabolically active tumor beyond enhancement) and grading.
#PATIENT SAFETY
  Claustrophobia:  [X] Yes - severe; needed IV sedation for 1/30 MRI; wide-bore + sedation planned
  Pregnancy:  [ ] Yes  [ ] No  [X] N/A
  Kidney disease:  [X] Yes - CKD stage 4, eGFR 27 (02/02/26); no contrast needed for MRS
  Implanted devices:  [ ] Yes  [X] No
#ATTESTATION
Signature of ordering physician:  C. Benedetti-Lowe MD  (electronic)        Date signed: 02/05/2026
""")

scan = L("""
=PLATTE VALLEY IMAGING
~1620 N 72nd St, Omaha NE 68114  |  Tel 402-555-0188  |  Fax 402-555-0189
---
PATIENT: HOLLOWAY, GERALD T        DOB: 08/11/1958        SEX: M        MRN: PVI-448120
EXAM: MRI BRAIN WITHOUT AND WITH CONTRAST     CPT 70553     DOS: 01/30/2026     ACC: PV26-00918
REFERRING: Thomas Ruiz-Ortega, MD (Internal Medicine)     cc: Dr. C. Benedetti-Lowe, Neurosurgery
---
#CLINICAL INDICATION:
67 yo M, 3 weeks progressive L arm/leg weakness, headaches, personality change.
#TECHNIQUE:
Wide-bore 1.5T; IV moderate sedation (midazolam) for claustrophobia. Sag T1, ax T2, FLAIR, DWI/ADC,
SWI, post-contrast 3D T1. Gadobutrol 0.05 mmol/kg (half dose) per renal protocol, approved by nephrology.
#COMPARISON: None.
#FINDINGS:
4.6 x 3.9 x 4.1 cm heterogeneously enhancing mass centered in the right frontal white matter with thick,
irregular, nodular rim enhancement surrounding central necrosis. The enhancing tumor crosses the genu of
the corpus callosum into the medial left frontal lobe. Extensive surrounding T2/FLAIR hyperintensity,
consistent with infiltrative tumor and vasogenic edema. Restricted diffusion within solid enhancing
components. Scattered intratumoral susceptibility foci (microhemorrhage). Effacement of the R lateral
ventricle; 6 mm leftward midline shift. No hydrocephalus. No additional enhancing lesion. No
leptomeningeal enhancement. Dural venous sinuses patent.
#IMPRESSION:
1. 4.6 cm necrotic, heterogeneously enhancing right frontal mass crossing the corpus callosum ("butterfly"
   configuration): imaging features are characteristic of glioblastoma (high-grade glial neoplasm).
   No imaging features to suggest an alternative diagnosis.
2. 6 mm leftward midline shift; no hydrocephalus.
3. Solitary lesion; no additional intracranial lesions.
Findings called to Dr. Ruiz-Ortega 01/30/2026 16:05.
Electronically signed: Adaeze Nwankwo-Price, MD (Neuroradiology)       01/30/2026 15:58
""")

ns1 = L("""
=RIDGEVIEW UNIVERSITY HOSPITAL - NEUROSURGERY OUTPATIENT CONSULTATION
Patient: Holloway, Gerald T     DOB 08/11/1958 (67 y)     MRN RUH-2209917     Date: 02/03/2026
Attending: Chiara Benedetti-Lowe, MD     Referring: Thomas Ruiz-Ortega, MD (IM)
---
#CC: R frontal brain mass.
#HPI:
67 yo R-handed M, retired machinist, w/ ~3 wks of progressive L-sided weakness (dropping things from L hand,
L foot catching), daily HA worse in AM, and per his wife increasing apathy and "not himself". MRI 1/30 at
Platte Valley showed a 4.6 cm necrotic enhancing R frontal mass crossing the corpus callosum, read as
characteristic of GBM. Dexamethasone 4 mg q6h started 1/30 by PCP w/ some improvement in HA and L grip.
No sz. No vision change. Denies wt loss, cough, hematuria, melena.
#PMH: T2DM x 20 yrs (A1c 8.4); CKD stage 4 (diabetic nephropathy, eGFR 25-29, followed by Dr. Halvorsen,
nephrology - not on dialysis); HTN; HLD; OSA on CPAP; BPH; severe claustrophobia (could not complete an MRI
in 2019 - needs sedation).
#PSH: R TKA 2017; cataract extraction OU.
#FAMILY HISTORY: Sister - meningioma, resected 2015 ("benign brain tumor"). Father - colon ca at 72.
Mother - DM. No FH of glioma.
#SOCIAL: Married, lives w/ wife and their daughter (daughter is ~30 wks pregnant, due in April - pt
anxious to have surgery "before the baby comes"). Former smoker (quit 1998, 20 pk-yr). Rare EtOH.
#MEDICATIONS: dexamethasone 4 mg PO q6h (since 1/30/26); pantoprazole 40 mg daily; insulin glargine 34 U
qHS + lispro SSI (dex-related hyperglycemia); amlodipine 10 mg daily; carvedilol 12.5 mg BID;
atorvastatin 40 mg daily; tamsulosin 0.4 mg qHS. Levetiracetam 500 mg BID started today (ppx, periop).
#ALLERGIES: penicillin (hives).
""")

ns2 = L("""
#ROS: + HA, + L weakness, + apathy. Neg for fever, wt loss, vision change, sz, bowel/bladder incontinence.
#EXAM: BP 148/82  HR 76  Wt 96 kg.  Awake, alert, oriented x3, flat affect, slowed responses.
Speech fluent. CN: L lower facial weakness. Motor: L deltoid/biceps 4/5, L grip 4-/5, L HF 4/5; R 5/5.
L pronator drift. Sensation grossly intact. L hyperreflexia, L Babinski. Gait: circumducts L leg.
#DATA: MRI brain 1/30/26 reviewed w/ neuroradiology - imaging classic for GBM (necrotic rim-enhancing
butterfly lesion). CT C/A/P 2/2/26: no primary malignancy; no adenopathy. Cr 2.41, eGFR 27 (2/2/26).
#ASSESSMENT AND PLAN:
67M w/ R frontal necrotic enhancing mass crossing the genu - presumed glioblastoma (IDH-wildtype by
imaging pattern); tissue dx at surgery. KPS 70.
1. Plan R frontal craniotomy for maximal safe resection 2/12/26 (stealth navigation, intraop US).
   - Pre-op MRS (multivoxel) requested to map choline-elevated tumor in the nonenhancing FLAIR
     region and help grade/identify the most aggressive component for tissue sampling. If MRS shows
     Cho elevation beyond the enhancing margin anteriorly, we would extend the resection there.
   - DTI tractography also requested (separate order).
   - Non-contrast MRS; no additional gadolinium (CKD 4).
2. Vasogenic edema - continue dex 4 mg q6h, PPI. Endocrine following glucose.
3. Sz ppx - LEV 500 BID periop.
4. CKD 4 - nephrology aware; avoid nephrotoxins, renally dose abx.
5. Claustrophobia - anesthesia to provide sedation for pre-op MRI/MRS.
6. Post-op: neuro-onc (Dr. Sahni) for chemoRT (Stupp) pending path.
Discussed risks/benefits/alternatives incl. biopsy only; pt and wife wish to proceed with resection.
Chiara Benedetti-Lowe, MD - Neurosurgery        e-signed 02/03/2026 17:40
""")

ct = L("""
=RIDGEVIEW UNIVERSITY HOSPITAL - DEPARTMENT OF RADIOLOGY
PATIENT: HOLLOWAY, GERALD T     MRN RUH-2209917     DOB 08/11/1958
EXAM: CT CHEST, ABDOMEN AND PELVIS WITHOUT CONTRAST (CPT 74176, 71250)     DATE: 02/02/2026
---
HISTORY: Brain mass. Evaluate for primary malignancy. CKD 4 - no IV contrast.
FINDINGS/IMPRESSION: No pulmonary nodule or mass. No thoracic, abdominal or pelvic lymphadenopathy.
Limited non-contrast evaluation of solid organs without focal mass. Bilateral atrophic kidneys c/w
medical renal disease. Prostatomegaly. No osseous lesion.
IMPRESSION: No evidence of a primary malignancy or metastatic disease in the chest, abdomen or pelvis.
Signed: Peter Vandermolen, MD   02/02/2026
---
=LABORATORY - 02/02/2026 07:10
Na 137 | K 4.9 | Cl 104 | CO2 21 | BUN 44 | Cr 2.41 (H) | eGFR (CKD-EPI 2021) 27 (L) | Glu 246 (H)
WBC 13.1 (H, on dex) | Hgb 12.0 | Plt 231 | INR 1.0 | PTT 29 | HbA1c 8.4
""")

lmn = L("""
=RIDGEVIEW UNIVERSITY HOSPITAL - BRAIN TUMOR PROGRAM
~Department of Neurosurgery | 4350 Dodge Street, Omaha NE 68131 | 402-555-0130
---
Date: 02/04/2026
To: Prairie State Health Plan / Cohere Health - Utilization Review
Re: Gerald T. Holloway   DOB 08/11/1958   Member # PSH 004-771-3920
#Letter of Medical Necessity - MR Spectroscopy (CPT 76390), pre-operative
Dear Reviewer,
Mr. Holloway is a 67-year-old man with a 4.6 cm right frontal mass crossing the corpus callosum that was
found on MRI on 01/30/2026 after three weeks of progressive left hemiparesis and cognitive change. The
MRI demonstrates the features typical of glioblastoma. He is scheduled for craniotomy and maximal safe
resection on 02/12/2026.
I am requesting pre-operative multivoxel MR spectroscopy to map choline-elevated tumor within the
non-enhancing FLAIR abnormality, to grade and identify the most aggressive component for tissue sampling,
and to plan the extent of resection near eloquent motor cortex. The study does not require additional
gadolinium, which is important given his stage 4 chronic kidney disease, and will be performed with
sedation because of his severe claustrophobia.
He has not had MR spectroscopy before. Please contact my office with any questions.
Sincerely,
Chiara Benedetti-Lowe, MD, FAANS - Director, Brain Tumor Program
""")

FOOT = "Ridgeview University Hospital  |  HOLLOWAY, GERALD T  |  MRN RUH-2209917  |  Page {p} of {n}"
P.build("01_fax_cover_and_pa_request_2026-02-05.pdf", [
    dict(kind="text", lines=cover, banner=BAN % 1, family="sans"),
    dict(kind="text", lines=form, banner=BAN % 2, family="sans", size=9.1),
])
P.build("02_mri_brain_2026-01-30_outside_scanned.pdf", [
    dict(kind="scan", lines=scan, banner=BAN % 3, family="serif", size=9.5, margin=44, dpi=200, angle=-0.9,
         seed=704, stamp="SCANNED 02/03/2026", stamp_y=600,
         footer="Platte Valley Imaging  -  FINAL REPORT  -  Page 1 of 1"),
])
P.build("03_neurosurgery_consult_2026-02-03.pdf", [
    dict(kind="text", lines=ns1, banner=BAN % 4, footer=FOOT, family="sans", size=9),
    dict(kind="text", lines=ns2, banner=BAN % 5, footer=FOOT, family="sans", size=9),
])
P.build("04_ct_cap_and_labs_2026-02-02.pdf", [
    dict(kind="text", lines=ct, banner=BAN % 6, footer=FOOT, family="serif", size=10),
])
P.build("05_letter_of_medical_necessity_2026-02-04.pdf", [
    dict(kind="text", lines=lmn, banner=BAN % 7, family="serif", size=10.5),
])
P.cleanup()
