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

CASE = "b72_fax_repeat_mrs_clarify_prior_indeterminate_guideline_silent"
OUT = os.path.join("/tmp/blind6", CASE)
P = Packet(OUT)
BAN = "01/30/2026 11:02  KHMC NEUROSURGERY  414-555-0119  ->  GLM UM 1-866-555-0148   P.%02d/08"

cover = L("""
=KESSLER-HARBOR MEDICAL CENTER
=Neurosurgery & Comprehensive Epilepsy Program
925 N Prospect Ave, Milwaukee WI 53202  |  Clinic 414-555-0110  |  Fax 414-555-0119
---
=FAX COVER SHEET
To:    Great Lakes Mutual - Utilization Management (Cohere Health)        Fax: 1-866-555-0148
From:  Deshawn Pruitt, Prior Auth Coordinator, for Samuel Adeyemi-Clarke, MD
Date:  Friday, January 30, 2026          # pages (incl. cover): 8
Re:    MR spectroscopy brain - CPT 76390 - PRZYBYLSKI, KATARZYNA M - DOB 04/03/1996 - ID GLM-882014557
---
Comments:
Request was completed/signed 01/28/2026; resubmitting with the prior MRS report (09/22/2025) which your
intake line said was missing (ref # INT-0129-5541). Patient scheduled 02/09/2026, KHMC MRI 3T.
Contents: PA form (p.2) | MRI brain 09/08/2025 + 01/15/2026 (p.3-4) | MRS brain 09/22/2025 - scanned (p.5) |
Neurosurgery f/u note 01/21/2026 (p.6) | LMN 01/27/2026 (p.7) | Surgical pathology 02/14/2023 (p.8)
~The information contained in this facsimile is privileged and confidential and intended only for the use of the
~recipient named above. If you are not the intended recipient, please notify us by telephone and destroy this fax.
""")

form = L("""
=GREAT LAKES MUTUAL - ADVANCED IMAGING PRECERTIFICATION REQUEST
~Fax completed form and clinical documentation to 1-866-555-0148. Clinical review by Cohere Health.
---
Date of request: 01/28/2026          Scheduled DOS: 02/09/2026          Priority: [ ] Urgent  [X] Routine
#MEMBER
Name: PRZYBYLSKI, KATARZYNA M        DOB: 04/03/1996        Sex: F        ID: GLM-882014557
#ORDERING PROVIDER
Samuel Adeyemi-Clarke, MD - Neurosurgery      NPI 1790034216      Phone 414-555-0110
#RENDERING FACILITY
Kessler-Harbor Medical Center, MRI (3T)      NPI 1538102247
#SERVICE
CPT 76390 - MR spectroscopy (brain; single-voxel + CSI, L temporal posterior resection margin)
ICD-10: Z86.011 (Personal history of benign neoplasm of the brain);  R90.89 (Other abnormal findings on
        diagnostic imaging of CNS)
#CLINICAL
Indication:  [ ] Suspected brain tumor   [ ] Glioma grading   [ ] Recurrence vs radiation necrosis
             [X] Post-treatment surveillance, known brain tumor     [ ] Congenital / metabolic
Is this a repeat study?  [X] Yes  [ ] No    Prior study / date: MR spectroscopy brain 09/22/2025
Reason for repeat:  [ ] New or worsening symptoms    [X] One-time follow-up of prior indeterminate finding
                    [ ] Ongoing monitoring
Clinical guideline / criteria referenced: __________________________________
Most recent conventional imaging: MRI brain w/wo 01/15/2026 - stable
#SAFETY
Claustrophobia: [ ] Yes  [X] No      Pregnant: [ ] Yes  [X] No  (8 mo postpartum, breastfeeding)
Renal impairment: [ ] Yes  [X] No    Contrast: not required for MRS
#SIGNATURE
Ordering provider:  S. Adeyemi-Clarke, MD  /e-signed/          Date: 01/28/2026
""")

mri = L("""
=KESSLER-HARBOR MEDICAL CENTER - NEURORADIOLOGY
PATIENT: PRZYBYLSKI, KATARZYNA M    MRN: KH-01937725    DOB: 04/03/1996    SEX: F
EXAM: MRI BRAIN W/WO CONTRAST (CPT 70553)      DATE: 09/08/2025      ACC: KH25-77120
ORDERED BY: Adeyemi-Clarke, Samuel MD
---
HISTORY: 29F s/p L anterior temporal lobectomy / lesionectomy 02/14/2023 for ganglioglioma (WHO gr 1).
Annual surveillance. Asymptomatic. Breastfeeding.
COMPARISON: MRI brain 02/20/2024, 08/10/2023.
FINDINGS: Postsurgical changes of L anterior temporal lobectomy. NEW 6 mm nodular T2/FLAIR hyperintense
focus along the posterior-superior resection margin (L middle temporal gyrus), without enhancement or
restricted diffusion. No mass effect. Remainder of the brain unremarkable.
IMPRESSION: New 6 mm nonenhancing FLAIR focus at the posterior resection margin - indeterminate; small
recurrent or residual tumor versus postoperative gliosis. Recommend MR spectroscopy and short-interval
follow-up MRI.
Signed: Henrik Solberg-Adams, MD     09/08/2025 14:10
""")

mri2 = L("""
=KESSLER-HARBOR MEDICAL CENTER - NEURORADIOLOGY
PATIENT: PRZYBYLSKI, KATARZYNA M    MRN: KH-01937725    DOB: 04/03/1996    SEX: F
EXAM: MRI BRAIN W/WO CONTRAST (CPT 70553)      DATE: 01/15/2026      ACC: KH26-03318
ORDERED BY: Adeyemi-Clarke, Samuel MD
---
HISTORY: Ganglioglioma s/p resection 2023. Follow-up of posterior margin FLAIR focus (MRI 9/8/25, MRS
9/22/25). No new symptoms.
COMPARISON: MRI brain 09/08/2025, 02/20/2024. MRS 09/22/2025.
FINDINGS: Stable postsurgical changes of L anterior temporal lobectomy. The 6 mm FLAIR hyperintense focus
along the posterior-superior resection margin is unchanged in size and signal over 4 months, with mild
adjacent volume loss. No enhancement. No restricted diffusion. No new lesion. Ventricles stable.
IMPRESSION:
1. Stable examination. The posterior resection-margin FLAIR focus is unchanged and is consistent with
   postoperative gliosis.
2. No evidence of recurrent tumor.
Signed: Henrik Solberg-Adams, MD     01/15/2026 16:32
""")

scan = L("""
=KESSLER-HARBOR MEDICAL CENTER
=NEURORADIOLOGY - MR SPECTROSCOPY REPORT
PATIENT: PRZYBYLSKI, KATARZYNA M      MRN: KH-01937725      DOB: 04/03/1996
EXAM: MR SPECTROSCOPY, BRAIN (CPT 76390)      DATE OF SERVICE: 09/22/2025      ACC: KH25-80417
ORDERED BY: Adeyemi-Clarke, Samuel MD
---
#HISTORY:
Ganglioglioma s/p resection 02/2023. New 6 mm FLAIR focus at posterior resection margin on MRI 09/08/2025.
#TECHNIQUE:
3T. Single-voxel PRESS (TE 30 and 144 ms), 12 x 12 x 12 mm voxel over the posterior margin focus, with
contralateral control voxel; 2D CSI through the resection cavity.
#FINDINGS:
Posterior margin voxel: Cho/NAA 1.7 (contralateral 0.9); Cho/Cr 1.5; NAA mildly reduced. No lipid or
lactate peak. Myo-inositol not elevated. CSI: Cho elevation confined to the FLAIR focus.
#IMPRESSION:
Mildly elevated choline at the posterior resection margin - indeterminate. Low-grade recurrent tumor is
not excluded, versus reactive gliosis. Recommend a one-time follow-up MR spectroscopy in 3-4 months,
together with MRI, to clarify.
Electronically signed: Henrik Solberg-Adams, MD          09/22/2025 17:05
""")

ns = L("""
=KESSLER-HARBOR MEDICAL CENTER - NEUROSURGERY CLINIC - FOLLOW-UP
Patient: Przybylski, Katarzyna M     DOB 4/3/1996     29 y.o. F     MRN KH-01937725     DOS 1/21/26
Provider: Samuel Adeyemi-Clarke, MD
---
#HPI: 29F s/p L anterior temporal lobectomy + lesionectomy 2/14/23 for ganglioglioma (CNS WHO gr 1, BRAF
V600E+), GTR, no adjuvant tx. Sz-free since surgery (Engel IA); LEV tapered off 8/2024. Surveillance MRI
9/8/25 w/ new 6 mm margin FLAIR focus -> MRS 9/22/25 mildly elevated Cho, indeterminate. MRI 1/15/26 stable,
read as gliosis. Today feels well. No sz, auras, deja vu, word-finding difficulty or HA. No new sx.
#PMH: ganglioglioma as above; epilepsy (resolved post-op); SVD 05/2025 - currently breastfeeding; iron
deficiency anemia. Hx claustrophobia during 2023 pre-op MRI (needed lorazepam) - resolved; completed the
9/2025 and 1/2026 MRIs w/o premedication.
#FAMILY HX: Mother - multiple sclerosis. Maternal grandfather - "brain tumor" in his 70s, type unknown.
No family hx of epilepsy.
#MEDS: prenatal multivitamin daily; ferrous sulfate 325 mg daily. No AEDs.   ALLERGIES: NKDA.
#ROS: denies HA, sz, auras, memory change, vision change, weakness. 10-pt ROS otherwise neg.
#EXAM: A&O x3, fluent speech, naming intact. Known R superior quadrantanopia (post-op), unchanged. Strength
5/5 x4. Gait nl. Incision well healed.
#ASSESSMENT AND PLAN:
29F w/ hx L temporal ganglioglioma s/p GTR 2023, sz-free, with a posterior margin FLAIR focus.
1. MRI 1/15/26 stable and reassuring - favors gliosis. However, the 9/22/25 MRS showed an indeterminate
   Cho elevation, and neuroradiology recommended a one-time follow-up MRS. Discussed at neuro-oncology
   tumor board 1/16/26 - consensus to repeat MRS once. Requesting repeat MRS (CPT 76390) to clarify the prior
   indeterminate spectroscopy.
   - If Cho/NAA normal or decreasing -> return to annual MRI surveillance.
   - If rising, we would discuss re-resection of the margin.
2. Breastfeeding - MRS needs no contrast; not pregnant (urine hCG neg 1/15/26 pre-MRI).
3. RTC after MRS.
Samuel Adeyemi-Clarke, MD - Neurosurgery      e-signed 01/21/2026 12:15
""")

lmn = L("""
=KESSLER-HARBOR MEDICAL CENTER
~Department of Neurosurgery | 925 N Prospect Ave, Milwaukee WI 53202 | 414-555-0110
---
January 27, 2026
Great Lakes Mutual - Utilization Management
RE: Katarzyna M. Przybylski     DOB 04/03/1996     Member ID GLM-882014557
#LETTER OF MEDICAL NECESSITY - REPEAT MR SPECTROSCOPY OF THE BRAIN (CPT 76390)
To whom it may concern:
Ms. Przybylski is a 29-year-old woman who underwent gross total resection of a left temporal ganglioglioma
(CNS WHO grade 1, BRAF V600E-mutant) on 02/14/2023 and has remained seizure-free without adjuvant therapy.
Surveillance MRI on 09/08/2025 showed a new 6 mm FLAIR focus at the posterior resection margin, and MR
spectroscopy on 09/22/2025 showed a mildly elevated choline-to-NAA ratio that was read as indeterminate for
low-grade recurrence versus gliosis. Her MRI on 01/15/2026 is stable.
The neuroradiologist recommended a one-time follow-up spectroscopy to clarify the September finding, and
our neuro-oncology tumor board concurred. A normal or decreasing choline ratio would allow her to return
to annual MRI surveillance; a rising ratio would prompt consideration of re-resection while the lesion is
small. She has had no new neurological symptoms. No contrast is required.
Thank you for your consideration.
Sincerely,
Samuel Adeyemi-Clarke, MD - Neurosurgery, Kessler-Harbor Medical Center
""")

path = L("""
=KESSLER-HARBOR MEDICAL CENTER - DEPARTMENT OF PATHOLOGY
#SURGICAL PATHOLOGY REPORT          Accession: KS23-02177
Patient: PRZYBYLSKI, KATARZYNA M     DOB: 04/03/1996     MRN: KH-01937725
Date of procedure: 02/14/2023       Received: 02/14/2023       Surgeon: S. Adeyemi-Clarke, MD
---
SPECIMEN: A. Left temporal lesion. B. Left anterior temporal lobe (lobectomy).
FINAL DIAGNOSIS:
A. Left temporal lesion, resection: GANGLIOGLIOMA, CNS WHO grade 1.
B. Left anterior temporal lobe: cortex and white matter with focal involvement by ganglioglioma and
   reactive gliosis; hippocampus without sclerosis.
MOLECULAR / IHC: BRAF V600E (VE1) positive; confirmed by NGS (BRAF c.1799T>A). IDH1 R132H negative.
ATRX retained. CD34 positive in tumor. Ki-67 labeling index ~2%.
COMMENT: Histologic and molecular features are those of ganglioglioma. No anaplastic features identified.
Electronically signed: Ingrid Matsuda-Vogel, MD (Neuropathology)     02/17/2023
""")

FOOT = "Kessler-Harbor Medical Center | PRZYBYLSKI, KATARZYNA M | MRN KH-01937725 | Page {p} of {n}"
P.build("01_fax_cover_and_pa_request_2026-01-28.pdf", [
    dict(kind="text", lines=cover, banner=BAN % 1, family="sans"),
    dict(kind="text", lines=form, banner=BAN % 2, family="sans", size=9.1),
])
P.build("02_mri_brain_2025-09-08_and_2026-01-15.pdf", [
    dict(kind="text", lines=mri, banner=BAN % 3, family="serif", size=10, footer=FOOT),
    dict(kind="text", lines=mri2, banner=BAN % 4, family="serif", size=10, footer=FOOT),
])
P.build("03_mrs_brain_2025-09-22_scanned.pdf", [
    dict(kind="scan", lines=scan, banner=BAN % 5, family="serif", size=9.5, margin=46, dpi=200, angle=0.7,
         seed=725, stamp="RECORDS COPY", stamp_y=560,
         footer="KHMC Neuroradiology  |  FINAL  |  printed 01/29/2026  |  Page 1 of 1"),
])
P.build("04_neurosurgery_followup_2026-01-21.pdf", [
    dict(kind="text", lines=ns, banner=BAN % 6, family="sans", size=8.9, footer=FOOT),
])
P.build("05_letter_of_medical_necessity_2026-01-27.pdf", [
    dict(kind="text", lines=lmn, banner=BAN % 7, family="serif", size=10.5),
])
P.build("06_surgical_pathology_2023-02-14.pdf", [
    dict(kind="text", lines=path, banner=BAN % 8, family="serif", size=10, footer=FOOT),
])
P.cleanup()
