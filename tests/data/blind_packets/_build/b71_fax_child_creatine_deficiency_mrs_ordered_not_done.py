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

CASE = "b71_fax_child_creatine_deficiency_mrs_ordered_not_done"
OUT = os.path.join("/tmp/blind6", CASE)
P = Packet(OUT)
BAN = "FEB-11-2026 16:40  CHL MED GENETICS  612-555-0177  ->  EVERGREEN KIDS UM  P.%02d/09"

cover = L("""
=CHILDREN'S HOSPITAL OF THE LAKES
=Division of Medical Genetics & Metabolism
2525 Chicago Ave S, Minneapolis MN 55404  -  Clinic 612-555-0170  -  Fax 612-555-0177
---
=FAX COVER SHEET
TO: Evergreen Kids Health Plan (Medicaid MCO) - Prior Authorization / UM (Cohere Health)
FAX: 1-877-555-0144
FROM: Rosa Delgado, RN Care Coordinator, for Hannah Osei-Mensah, MD
DATE: 2/11/2026         TOTAL PAGES: 9
SUBJECT: PA request - 1H MR spectroscopy of brain, CPT 76390 - NAKAMURA-BROOKS, LIAM A - DOB 09/14/2021
---
Comments: 2nd attempt - our fax of 2/10 failed (line busy x3). Request form is dated/signed 2/10/2026.
Anesthesia slot is being held for 02/24/2026; please expedite if possible.
Contents: PA form (p2) | MRI brain 1/20/2026 - scanned (p3) + MRI brain 5/9/2023 (p4) |
Genetics clinic note 2/3/2026 (p5-6) | Neurology note 12/29/2025 (p7-8) | LMN 2/9/2026 (p9)
~CONFIDENTIAL: The documents accompanying this transmission contain confidential health information that is legally
~privileged. If you are not the intended recipient, please notify the sender immediately and destroy the documents.
""")

form = L("""
=EVERGREEN KIDS HEALTH PLAN - PEDIATRIC IMAGING PRIOR AUTHORIZATION
---
Date of request: 02/10/2026        Requested DOS: 02/24/2026        Priority: [ ] Urgent  [X] Standard
#MEMBER
Name: NAKAMURA-BROOKS, LIAM A        DOB: 09/14/2021        Sex: M        Medicaid ID: EKM 7720 1965 3
Parent/guardian: Keiko Nakamura (mother)      Phone: 612-555-4408
#ORDERING PROVIDER
Hannah Osei-Mensah, MD - Medical Genetics & Metabolism      NPI 1063559812      Ph 612-555-0170
Performing site: Children's Hospital of the Lakes - Pediatric MRI (3T), with Pediatric Anesthesia
#SERVICE REQUESTED
CPT 76390 - MR spectroscopy (single-voxel 1H-MRS: L basal ganglia + parieto-occipital white matter)
ICD-10: E72.8 (Other specified disorders of amino-acid metabolism - suspected GAMT deficiency);
        F88 (Global developmental delay);  G40.909 (Epilepsy, unspecified, not intractable)
#CLINICAL INDICATION (check)
  [ ] Brain tumor / mass / post-treatment            [ ] Neonatal hypoxic-ischemic encephalopathy
  [X] Suspected metabolic disorder / inborn error of metabolism:  cerebral creatine deficiency (GAMT)
  [ ] Mitochondrial disease / leukodystrophy          [ ] Other __________________
Prior imaging of brain:  MRI brain w/o 01/20/2026 (under GA);  MRI brain w/o 05/09/2023 (sedated)
Prior MR spectroscopy:  [ ] Yes  [X] No   - MRS was ordered with the 1/20/26 MRI but was NOT acquired
Findings summary: urine & plasma GAA markedly elevated, plasma creatine low. MRI 1/20/26 nonspecific;
  radiologist recommends MRS to assess creatine peak. GAMT sequencing pending.
#SAFETY / LOGISTICS
  Sedation / anesthesia required:  [X] Yes - general anesthesia (age + developmental delay)
  Claustrophobia:  [ ] Yes  [X] No            Pregnancy:  N/A (male, 4 yo)
  Renal impairment:  [ ] Yes  [X] No           Contrast planned:  [ ] Yes  [X] No
#PROVIDER ATTESTATION
Signature: Hannah Osei-Mensah, MD (electronically signed)          Date: 02/10/2026
""")

scan_mri = L("""
=CHILDREN'S HOSPITAL OF THE LAKES - PEDIATRIC RADIOLOGY
PATIENT: NAKAMURA-BROOKS, LIAM A     MRN: 3308115     DOB: 09/14/2021     AGE: 4 y     SEX: M
EXAM: MRI BRAIN WITHOUT CONTRAST  (CPT 70551)   under general anesthesia      ACC: PR26-004471
EXAM DATE: 01/20/2026     ORDERED BY: Osei-Mensah, Hannah MD     READ: Engstrom, Tobias MD
---
#HISTORY: 4 yo M with global developmental delay, speech delay, new afebrile seizures. Elevated urine
guanidinoacetate. Evaluate for cerebral creatine deficiency. MRS requested.
#COMPARISON: MRI brain 05/09/2023.
#TECHNIQUE: Sagittal 3D T1 MPRAGE, axial T2, axial/coronal FLAIR, DWI/ADC, SWI, coronal T2.
NOTE: MR spectroscopy requested on the order was NOT performed (authorization not on file at time of
exam). It may be obtained at a later date.
#FINDINGS:
Myelination is appropriate for age. There is subtle, bilateral, symmetric T2/FLAIR hyperintensity of the
globi pallidi, new compared with 05/09/2023, without restricted diffusion or susceptibility artifact.
Mild prominence of the extra-axial CSF spaces over the frontal convexities, nonspecific. Ventricles normal
in size. Corpus callosum normally formed. Posterior fossa structures normal. No hemorrhage. No abnormal
diffusion restriction. Normal flow voids. Paranasal sinus mucosal thickening (intubated).
#IMPRESSION:
1. Subtle bilateral symmetric globus pallidus T2/FLAIR hyperintensity, new since 2023. Nonspecific. In
   this clinical context a metabolic process, including a cerebral creatine deficiency syndrome
   (GAMT deficiency), cannot be excluded. Normal variant is less likely given the interval change.
2. Normal myelination; no white matter disease to suggest a leukodystrophy.
3. Recommend proton MR spectroscopy to assess the creatine peak, as originally requested.
Electronically signed: Tobias Engstrom, MD (Pediatric Neuroradiology)     01/20/2026 13:12
""")

mri2023 = L("""
=CHILDREN'S HOSPITAL OF THE LAKES - PEDIATRIC RADIOLOGY
PATIENT: NAKAMURA-BROOKS, LIAM A     MRN: 3308115     DOB: 09/14/2021     AGE: 19 mo     SEX: M
EXAM: MRI BRAIN WITHOUT CONTRAST (CPT 70551) - oral/IV sedation     EXAM DATE: 05/09/2023
ORDERED BY: Gutierrez, Ana MD (Developmental Pediatrics)
---
HISTORY: 19 mo male with speech delay and mild gross motor delay. Evaluate for structural cause.
COMPARISON: None.
TECHNIQUE: Sagittal T1, axial T2, axial FLAIR, DWI, coronal T2.
FINDINGS: Myelination is appropriate for age. No focal signal abnormality. Basal ganglia and thalami
normal. Normal corpus callosum. Ventricles and extra-axial spaces normal for age. No hemorrhage.
Posterior fossa normal.
IMPRESSION: Normal MRI of the brain for age.
Electronically signed: Sung-min Park, MD      05/09/2023 15:40
""")

gen1 = L("""
=CHILDREN'S HOSPITAL OF THE LAKES - MEDICAL GENETICS & METABOLISM
#FOLLOW-UP CLINIC VISIT
Patient: Liam A. Nakamura-Brooks     DOB: 09/14/2021     Age: 4 y 4 m     MRN: 3308115
Date of service: 2/3/2026     Provider: Hannah Osei-Mensah, MD, FACMG     Accompanied by: mother
---
#CHIEF COMPLAINT: f/u abnormal creatine metabolites; new seizures.
#HPI:
Liam is a 4 y 4 m old boy w/ global developmental delay (walked at 19 mo; ~10-15 single words, no 2-word
phrases), autistic features (formal eval pending w/ Developmental Peds) and new-onset afebrile seizures
since 11/2025 (GTCs 11/22/25 and 12/28/25, plus staring spells), started on levetiracetam 12/29/25 by
Neurology. Mom reports no regression of milestones, though gains remain slow. Staring spells less frequent
on LEV; no GTC since 12/28.
Metabolic screen (1/12/26): urine guanidinoacetate (GAA) 1,140 mmol/mol Cr (ref 4-220); plasma GAA
18.6 umol/L (ref 0.4-3.5); plasma creatine 9 umol/L (ref 20-110). Ammonia 28. Lactate 1.2 and 1.4 (nl x2),
pyruvate nl. Plasma amino acids nonspecific. Urine organic acids unremarkable. Urine NAA not elevated.
CK 96. GAMT gene sequencing sent 1/14/26 - pending (est. 3-4 wks).
MRI brain 1/20/26 under GA: subtle bilat globus pallidus T2 signal, nonspecific. MRS was ordered with that
study but not acquired (auth not in place).
#BIRTH HISTORY: Term (39+2) SVD, BW 3.31 kg, Apgars 8/9. No NICU stay. No h/o HIE or neonatal seizures.
Passed newborn hearing screen; NBS normal.
#PAST MEDICAL HISTORY: GDD; epilepsy (new 11/2025); eczema; recurrent AOM s/p PE tubes 2023 (GA -
tolerated well).
#FAMILY HISTORY:
Parents non-consanguineous. Sister 7 y healthy. Maternal first cousin w/ ADHD. No family hx of metabolic
disease, unexplained early death, intellectual disability or epilepsy. Mother currently ~22 wks pregnant
(EDD 06/2026).
#MEDICATIONS: levetiracetam 100 mg/mL - 1.7 mL (170 mg) PO BID; cholecalciferol 400 IU daily.
#ALLERGIES: NKDA.
""")

gen2 = L("""
#REVIEW OF SYSTEMS: + speech delay, + seizures (improved). No vomiting, no lethargy w/ illnesses, no
feeding problems, no hearing or vision concerns, no abnormal movements. Sleep ok.
#EXAM: Wt 16.8 kg (40th %ile)  Ht 104 cm (45th)  HC 50.5 cm (40th). Nondysmorphic. Limited eye contact,
intermittent hand flapping. Mild axial hypotonia; strength symmetric; DTRs 2+; no clonus. No
hepatosplenomegaly. Skin: mild eczema antecubital fossae.
#ASSESSMENT AND PLAN:
4 yo M w/ GDD, speech delay, autistic features and new epilepsy, with markedly elevated GAA and low plasma
creatine -> highly suspicious for GAMT deficiency (cerebral creatine deficiency syndrome). MRI 1/20
nonspecific.
1. Suspected GAMT deficiency - request 1H-MRS of brain to document cerebral creatine depletion (absent or
   markedly reduced Cr peak). Confirms the dx ahead of / independent of the gene result (a VUS is
   possible) and changes management: if confirmed we would start creatine monohydrate 400 mg/kg/d +
   ornithine and an arginine-restricted diet.
2. Other dx considered: mitochondrial disorder not suspected (lactate nl x2, no multisystem
   involvement). Canavan excluded (urine NAA nl). No white matter disease on MRI to suggest a
   leukodystrophy.
3. Anesthesia - GA needed for MRI/MRS due to age and developmental level (cannot hold still; not
   claustrophobic). Coordinate with Peds Anesthesia; slot 2/24.
4. Genetic counseling - autosomal recessive; mother is ~22 wks pregnant. Discussed 25% recurrence risk
   if confirmed; offered MFM referral and prenatal testing once familial variants are known.
5. Seizures - continue LEV per Neurology.
RTC 6 wks or sooner with results.
Hannah Osei-Mensah, MD, FACMG        e-signed 02/03/2026 17:22
""")

neuro1 = L("""
=CHILDREN'S HOSPITAL OF THE LAKES - PEDIATRIC NEUROLOGY
#NEW PATIENT - SEIZURES
Patient: Liam Nakamura-Brooks   DOB 9/14/2021   MRN 3308115   DOS: 12/29/2025   Provider: D. Achterberg, MD
---
#HPI: 4 yo boy w/ GDD and speech delay referred after 2nd unprovoked GTC (11/22/25 ~2 min; 12/28/25 ~4 min,
required rectal diazepam by EMS). Afebrile both times. Parents also describe staring spells several x/wk
x 2-3 mo. No regression. Sleep normal.
#EEG 12/15/25 (routine, sleep-deprived): mild diffuse background slowing; multifocal epileptiform
discharges, L > R posterior quadrants. No electrographic seizures.
#PRIOR IMAGING: MRI brain 5/2023 (sedated) - normal.
#PMH: GDD; recurrent AOM s/p PE tubes. Birth hx unremarkable - term, no NICU.
#MEDS: none. ALL: NKDA.
#FH: no epilepsy. Mother pregnant.
#EXAM: Wt 16.6 kg. Alert, limited eye contact, says a few words. CN grossly intact. Mild hypotonia, moves
all ext symmetrically. DTRs 2+. Gait wide-based but steady.
""")

neuro2 = L("""
#ASSESSMENT / PLAN:
4 yo M w/ GDD + new-onset epilepsy (2 GTCs + probable absence/atypical absence sz), EEG w/ multifocal
discharges.
1. Epilepsy - start levetiracetam 10 mg/kg BID (170 mg BID). Rescue: intranasal midazolam 5 mg.
   Seizure safety reviewed. If sz persist despite LEV titration we would consider adding clobazam.
2. GDD + epilepsy - last MRI (5/2023) normal but >2 yrs ago and new sz -> repeat MRI brain w/o under GA,
   with MRS. Genetics already involved (elevated GAA on outside screen) - appreciate input.
3. Epilepsy gene panel - defer pending metabolic w/u.
F/u 8 wks.
Dirk Achterberg, MD - Pediatric Neurology          12/29/2025
""")

lmn = L("""
=CHILDREN'S HOSPITAL OF THE LAKES
~Division of Medical Genetics & Metabolism  |  2525 Chicago Ave S, Minneapolis MN 55404  |  612-555-0170
---
February 9, 2026
Evergreen Kids Health Plan - Utilization Management
RE: Liam A. Nakamura-Brooks   DOB 09/14/2021   Medicaid ID EKM 7720 1965 3
#LETTER OF MEDICAL NECESSITY - PROTON MR SPECTROSCOPY OF THE BRAIN (CPT 76390)
To Whom It May Concern:
I am writing on behalf of my patient, Liam, a 4-year-old boy with global developmental delay, autistic
features and new-onset epilepsy, to request authorization for proton MR spectroscopy of the brain.
His biochemical testing shows a markedly elevated guanidinoacetate in urine and plasma with a low plasma
creatine, a pattern highly suggestive of guanidinoacetate methyltransferase (GAMT) deficiency, an inborn
error of creatine synthesis. His conventional MRI of 01/20/2026 was nonspecific (subtle symmetric globus
pallidus signal), and the reading neuroradiologist specifically recommended MR spectroscopy to assess the
cerebral creatine peak. The MRS originally ordered with that study was not performed because
authorization was not in place; Liam has never had MR spectroscopy.
An absent or severely reduced creatine peak would establish cerebral creatine deficiency and allow us to
start creatine/ornithine supplementation and dietary arginine restriction, which improve seizure control
and developmental outcome when begun early. The study will be performed under general anesthesia because
of his age and developmental level.
Thank you for your prompt review.
Sincerely,
Hannah Osei-Mensah, MD, FACMG - Attending Physician, Medical Genetics & Metabolism
""")

FOOT = "CHL  |  NAKAMURA-BROOKS, LIAM A  |  MRN 3308115  |  Page {p} of {n}"
P.build("01_fax_cover_and_pa_form.pdf", [
    dict(kind="text", lines=cover, banner=BAN % 1, family="sans"),
    dict(kind="text", lines=form, banner=BAN % 2, family="sans", size=9),
])
P.build("02_mri_reports_2026-01-20_scanned_and_2023-05-09.pdf", [
    dict(kind="scan", lines=scan_mri, banner=BAN % 3, family="sans", size=9, margin=44, dpi=200, angle=1.1,
         seed=713, footer="CHL Radiology - FINAL - printed 01/21/2026 - Page 1 of 1"),
    dict(kind="text", lines=mri2023, banner=BAN % 4, family="sans", size=9.5,
         footer="CHL Radiology - FINAL - Page 1 of 1"),
])
P.build("03_genetics_clinic_note_2026-02-03.pdf", [
    dict(kind="text", lines=gen1, banner=BAN % 5, footer=FOOT, family="sans", size=9),
    dict(kind="text", lines=gen2, banner=BAN % 6, footer=FOOT, family="sans", size=9),
])
P.build("04_neurology_new_patient_2025-12-29.pdf", [
    dict(kind="text", lines=neuro1, banner=BAN % 7, footer=FOOT, family="sans", size=9.3),
    dict(kind="text", lines=neuro2, banner=BAN % 8, footer=FOOT, family="sans", size=9.3),
])
P.build("05_letter_of_medical_necessity_2026-02-09.pdf", [
    dict(kind="text", lines=lmn, banner=BAN % 9, family="serif", size=10.5),
])
P.cleanup()
