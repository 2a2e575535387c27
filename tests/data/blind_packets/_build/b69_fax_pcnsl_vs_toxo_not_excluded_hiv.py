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

CASE = "b69_fax_pcnsl_vs_toxo_not_excluded_hiv"
OUT = os.path.join("/tmp/blind6", CASE)
P = Packet(OUT)
BAN = "JAN-19-2026 08:12   ST BRENDAN RMC ID CLINIC   937-555-0148  >>  RIVERBEND UM 855-555-0199   P.%02d/08"

cover = L("""
=FACSIMILE TRANSMITTAL
ST. BRENDAN REGIONAL MEDICAL CENTER  -  Division of Infectious Diseases
1400 Harlan Avenue, Suite 3B, Dayton, OH 45409   Ph 937-555-0140   Fax 937-555-0148
---
TO:      Utilization Management / Prior Authorization, Riverbend Health Plan (Cohere Health)
FAX:     1-855-555-0199
FROM:    Tamika Boyd, CMA, on behalf of Priya Venkataraman, MD (Infectious Diseases)
DATE:    01/19/2026
PAGES:   8 (including cover)
RE:      ** EXPEDITED ** Prior authorization - MR spectroscopy, brain - CPT 76390
         Pt: WHITFIELD, MARCUS D   DOB 07/19/1979   Member ID RBH88310472-01
---
#Message:
Resending. The original request was completed and signed by Dr. Venkataraman on 01/16/2026
(pt was inpatient, discharged 01/17). Our 1st transmission on 1/16 went out without the
01/14/2026 MRI report - a scanned copy from Radiology is now attached (p.5).
Requested DOS is 01/21/2026 at St. Brendan MRI (3T). Please call 937-555-0140 x2212 with the
auth # or if peer-to-peer is needed.

Enclosed:  p.2 PA request form | p.3-4 CT head 12/29/25 + MRI brain 12/30/25 |
           p.5 MRI brain 01/14/26 (scanned) | p.6-7 ID progress note 01/16/26 |
           p.8 Neurosurgery consult 01/15/26

~CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and confidential under
~federal and state law (HIPAA, 42 CFR). If you are not the intended recipient, you are hereby notified that any review,
~disclosure, copying or distribution is strictly prohibited. If received in error, notify the sender at 937-555-0140 and destroy.
""")

form = L("""
=RIVERBEND HEALTH PLAN - ADVANCED IMAGING PRIOR AUTHORIZATION REQUEST
~Form IMG-02 (rev. 03/2024). Reviews performed by Cohere Health on behalf of Riverbend Health Plan.
---
#SECTION 1 - REQUEST
Date of request: 01/16/2026            Review type:  [X] Expedited / urgent    [ ] Standard
Setting:  [ ] Inpatient   [X] Outpatient        Requested date of service: 01/21/2026
#SECTION 2 - MEMBER
Name: WHITFIELD, MARCUS D              DOB: 07/19/1979        Sex: [X] M  [ ] F
Member ID: RBH88310472-01              Phone: 937-555-2719
#SECTION 3 - PROVIDERS
Ordering: Priya Venkataraman, MD - Infectious Diseases     NPI 1487625530    Ph 937-555-0140
Rendering: St. Brendan RMC, Dept. of Radiology (MRI 3T)     NPI 1902261874    Fax 937-555-0166
#SECTION 4 - SERVICE REQUESTED
CPT/HCPCS: 76390   Description: MR spectroscopy (brain; multivoxel 1H-MRS, L basal ganglia lesion)
Units: 1     Contrast: n/a (MRS)    Body part: Brain
ICD-10: B20 (HIV disease);  B58.2 (Toxoplasma meningoencephalitis);  R90.0 (Intracranial space-
        occupying lesion found on diagnostic imaging of CNS);  G81.91 (R hemiparesis)
#SECTION 5 - CLINICAL INDICATION (check all that apply)
  [X] Known or suspected brain tumor / mass  - r/o primary CNS lymphoma
  [ ] Tumor recurrence vs radiation necrosis      [ ] Glioma grading
  [ ] Neonatal hypoxic-ischemic encephalopathy    [ ] Metabolic / mitochondrial / leukodystrophy
  [ ] Other: ______________________________
Prior imaging of this body part (dates):  CT head w/o 12/29/2025;  MRI brain w/wo 12/30/2025;
  MRI brain w/wo 01/14/2026
Prior MR spectroscopy:  [ ] Yes   [X] No
Brief clinical summary: 46M w/ AIDS (CD4 62), multifocal ring-enhancing brain lesions, no clinical or
  radiographic response after ~2 wks empiric pyrimethamine/sulfadiazine. Most recent MRI (1/14)
  indeterminate - PCNSL not excluded. MRS (w/ perfusion) requested to guide whether/where to biopsy.
#SECTION 6 - SAFETY SCREENING
  Claustrophobia / needs sedation:  [ ] Yes  [X] No
  Pregnant:  [ ] Yes  [ ] No  [X] N/A
  Renal impairment (eGFR < 30, dialysis):  [ ] Yes  [X] No     Last Cr 0.92 mg/dL (01/15/26)
  Pacemaker / implants:  [ ] Yes  [X] No         Contrast allergy:  [ ] Yes  [X] No
#SECTION 7 - ATTESTATION
I attest the information above is accurate and supported by the medical record.
Ordering provider signature:  /es/ Priya Venkataraman, MD          Date: 01/16/2026
Completed by: T. Boyd, CMA   01/16/2026 15:40
""")

ct_mri = L("""
=ST. BRENDAN REGIONAL MEDICAL CENTER - DEPARTMENT OF RADIOLOGY
Patient: WHITFIELD, MARCUS D     MRN: 00483-2291     DOB: 07/19/1979     Sex: M
Exam: CT HEAD WITHOUT CONTRAST        CPT: 70450        Accession: CT25-884102
Exam date/time: 12/29/2025 21:47      Location: ED      Ordering: Alvarez, Jorge MD (ED)
---
HISTORY: 46 yo M with HIV, reportedly not on ART, 4 days of confusion, headache and R hand weakness.
COMPARISON: None available.
TECHNIQUE: Axial non-contrast CT of the head with coronal and sagittal reformats. DLP 912 mGy-cm.
FINDINGS:
There is an ill-defined hypodensity centered in the left basal ganglia / posterior limb of the internal
capsule measuring approximately 2.3 x 1.9 cm with mild local mass effect on the frontal horn of the left
lateral ventricle. A second smaller hypodense focus is present in the right frontal periventricular white
matter, approximately 1.2 cm. No intracranial hemorrhage. No midline shift. Ventricles normal in size.
Basal cisterns patent. Calvarium intact. Visualized paranasal sinuses and mastoids clear.
IMPRESSION:
1. Two hypodense parenchymal lesions (left basal ganglia, right frontal periventricular) with mild mass
   effect. In a patient with HIV, findings are most consistent with an opportunistic infection such as
   toxoplasmosis.
2. MRI of the brain with and without contrast is recommended.
Dictated by: Rolf Halvorsen, MD    Signed: 12/29/2025 22:31
""")

mri1 = L("""
=ST. BRENDAN REGIONAL MEDICAL CENTER - DEPARTMENT OF RADIOLOGY
Patient: WHITFIELD, MARCUS D     MRN: 00483-2291     DOB: 07/19/1979     Sex: M
Exam: MRI BRAIN WITHOUT AND WITH CONTRAST        CPT: 70553        Accession: MR25-310877
Exam date: 12/30/2025 11:15       Location: Inpatient 6W       Ordering: Venkataraman, Priya MD
---
HISTORY: HIV, CD4 pending. Lesions on CT 12/29. Evaluate - r/o toxo vs lymphoma.
COMPARISON: CT head 12/29/2025.
TECHNIQUE: Sag T1, axial T2, FLAIR, DWI/ADC, SWI, post-contrast axial/coronal/sagittal T1 following
7.5 mL gadobutrol IV.
FINDINGS:
Left basal ganglia: 2.1 x 1.8 cm ring-enhancing lesion with moderate surrounding vasogenic edema. There is
a small eccentric nodular focus of enhancement along the medial wall of the ring. Central T2 heterogeneity.
No central restricted diffusion; the rim is mildly hypointense on ADC.
Right frontal periventricular white matter: 1.4 cm ring-enhancing lesion with surrounding edema.
No hemorrhage on SWI. No hydrocephalus. No definite ependymal or leptomeningeal enhancement.
Midline shift 1 mm. Orbits and skull base unremarkable.
IMPRESSION:
1. Two ring-enhancing lesions: left basal ganglia (2.1 cm) and right frontal periventricular (1.4 cm).
   In the setting of HIV, toxoplasmosis is favored; the eccentric nodular enhancement ("eccentric target
   sign") is supportive.
2. Primary CNS lymphoma is a differential consideration, particularly for the periventricular lesion.
   Recommend follow-up MRI after 2-3 weeks of empiric anti-toxoplasma therapy to assess response.
Electronically signed: Karim Oyelaran, MD     12/30/2025 14:02
""")

scan_mri = L("""
=ST. BRENDAN REGIONAL MEDICAL CENTER
=DEPARTMENT OF RADIOLOGY - FINAL REPORT
Patient: WHITFIELD, MARCUS D          MRN: 00483-2291          DOB: 07/19/1979
Exam: MRI BRAIN W/WO CONTRAST         CPT: 70553               Accession: MR26-011604
Date of exam: Jan 14, 2026  09:50     Ordering: Venkataraman, Priya MD     Loc: 6W-14
---
#CLINICAL HISTORY:
AIDS, multifocal ring-enhancing lesions. On empiric pyrimethamine/sulfadiazine since 12/30/25.
Worsening R arm weakness. Assess response to therapy.
#COMPARISON: MRI brain 12/30/2025. CT head 12/29/2025.
#TECHNIQUE: Same as prior, 7.5 mL gadobutrol IV.
#FINDINGS:
The left basal ganglia lesion now measures 2.4 x 2.0 cm (previously 2.1 x 1.8 cm), with persistent thick,
irregular rim enhancement. The solid enhancing component demonstrates restricted diffusion
(ADC approx. 0.6 x 10-3 mm2/s). Surrounding vasogenic edema is not significantly changed.
Right frontal periventricular lesion 1.5 cm (previously 1.4 cm), essentially unchanged.
NEW thin subependymal enhancement along the frontal horn of the left lateral ventricle, 1.1 cm.
No hemorrhage. No hydrocephalus. Midline shift 2 mm (previously 1 mm).
#IMPRESSION:
1. No radiographic response after ~2 weeks of empiric anti-toxoplasma therapy; the left basal ganglia
   lesion is slightly larger, with new subependymal enhancement.
2. Findings are indeterminate. Toxoplasmosis with delayed response remains possible, but primary CNS
   lymphoma is not excluded and is of increasing concern given restricted diffusion of the solid
   component and subependymal extension.
3. Recommend MR spectroscopy / perfusion and/or thallium-201 SPECT for further characterization;
   tissue sampling if these remain nondiagnostic.
Critical result discussed with Dr. Venkataraman by phone 01/14/2026 17:20.
Electronically signed: Karim Oyelaran, MD          01/14/2026 17:26
""")

id_note = L("""
=ST. BRENDAN RMC - INFECTIOUS DISEASES INPATIENT PROGRESS NOTE
Patient: Whitfield, Marcus D    MRN 00483-2291    DOB 7/19/1979    46 y.o. male    Adm 12/29/2025  HD#19
Date of service: 1/16/26 09:40      Author: Priya Venkataraman, MD (ID attending)
---
#HPI / INTERVAL HISTORY
[copied from ID consult 12/31/25] 46M w/ HIV dx 2014, lost to f/u since 2019, off ART, presented 12/29 w/
4 d confusion, HA and R hand clumsiness. CD4 62 (6%), VL 48,200 copies/mL. Toxo IgG POSITIVE. CT/MRI w/ 2
ring-enhancing lesions c/w toxo. Started pyrimethamine/sulfadiazine/leucovorin 12/30.
Interval (1/16): day 17 of anti-toxo tx. HA improved, confusion modestly better, but R arm weakness is
WORSE - R grip now 3/5 (4/5 on admit). One focal motor sz R arm 1/2 (started LEV). Afebrile. Repeat MRI
1/14: no response, L BG lesion larger, new subependymal enhancement - read as indeterminate, PCNSL not
excluded.
LP 1/12: OP 18 cm H2O; WBC 4, protein 62, glucose 51. CSF cytology: negative for malignant cells
(single specimen). CSF EBV PCR not detected. CrAg neg. VDRL NR. JCV PCR not detected. MTB PCR neg.
  -> a negative CSF EBV PCR and one negative cytology do NOT exclude PCNSL.
#PMH
- HIV/AIDS (dx 2014)           - Syphilis, treated 2016
- AKI on admission (Cr 2.1 on 12/29, prerenal) - RESOLVED, Cr 0.92 on 1/15
- Tobacco use
#FAMILY HISTORY
Mother - non-Hodgkin lymphoma (dx ~2010, in remission). Father - HTN, CAD. No family hx of seizures.
#SOCIAL HISTORY
Lives with partner. Smokes 1/2 ppd x 25 yrs. No IVDU. Works in warehouse (on leave).
#MEDICATIONS
pyrimethamine 75 mg PO daily | sulfadiazine 1500 mg PO q6h | leucovorin 10 mg PO daily |
bictegravir/emtricitabine/TAF 1 tab PO daily (started 1/9/26) | levetiracetam 500 mg PO BID (1/2/26) |
azithromycin 1200 mg PO weekly (MAC ppx) | no dexamethasone (held pending tissue dx)
#ALLERGIES: NKDA
#ROS
+HA (improving), +R arm weakness. Denies fever, neck stiffness, vision change, cough, night sweats.
Denies claustrophobia; tolerated 1/14 MRI w/o sedation.
""")

id_note2 = L("""
#EXAM
T 37.0  HR 84  BP 124/78  RR 16  SpO2 98% RA
Gen: thin, NAD. A&O x2 (not to date). Speech fluent, naming intact. CN: mild R lower facial droop.
Motor: R pronator drift; R grip 3/5, R wrist ext 3+/5, R HF 4/5; L 5/5 throughout. No meningismus.
#LABS (1/15): WBC 3.4, Hgb 11.2, Plt 188, Na 136, K 4.1, Cr 0.92, ALT 31. CD4 62 (12/30).
#ASSESSMENT AND PLAN
46M AIDS (CD4 62) w/ multifocal ring-enhancing brain lesions, clinically and radiographically NOT
responding after ~2 wks of appropriate empiric anti-toxoplasma therapy.
# Multifocal brain lesions - ddx toxoplasmosis (slow responder) vs primary CNS lymphoma vs less likely
  TB / fungal. MRI 1/14 indeterminate; PCNSL not excluded.
  - D/w neurosurgery (Dr. Lindqvist): prefer noninvasive characterization first - MRS + perfusion
    (high Cho / lipid-lactate, high rCBV favor lymphoma) to decide whether and where to biopsy.
  - If MRS/perfusion favors lymphoma, we would proceed w/ stereotactic bx of L BG lesion + heme-onc
    consult; if c/w toxo, continue tx and repeat MRI in 2 wks.
  - Continue pyrimethamine/sulfadiazine/leucovorin. Avoid dexamethasone unless signs of herniation.
  - D/c planned 1/17; outpatient MRS requested for 1/21; ID clinic 1/23.
# HIV/AIDS - Biktarvy started 1/9. Watch for IRIS.
# AKI - resolved, Cr 0.92. OK for gadolinium.
# Focal sz - LEV 500 BID, sz precautions.
Discussed with pt and partner at bedside; they agree with plan.
Electronically signed: Priya Venkataraman, MD      01/16/2026 11:58
""")

nsgy = L("""
=ST. BRENDAN RMC - NEUROSURGERY CONSULTATION
Patient: Whitfield, Marcus D     MRN 00483-2291     DOB 07/19/1979     Date: 01/15/2026
Requesting: Dr. P. Venkataraman (ID)      Consultant: Erik Lindqvist, MD (Neurosurgery)
Reason for consult: multifocal brain lesions not responding to anti-toxo tx - ?biopsy
---
#HPI: 46M w/ AIDS, lesions L basal ganglia + R frontal periventricular, on empiric anti-toxo tx since 12/30.
Worsening R arm weakness. MRI 1/14 reviewed personally w/ neuroradiology (Dr. Oyelaran).
#PMH/PSH: HIV/AIDS; no prior neurosurgical procedures. No hx of cancer.
#FH: mother with lymphoma - pt asked whether this "runs in the family"; reassured.
#EXAM: A&O x2, R hemiparesis 3-4/5, no papilledema.
#IMPRESSION: Deep L BG lesion, indeterminate on conventional MRI (toxo vs PCNSL). Stereotactic bx of a
deep lesion carries ~3-5% risk of hemorrhage/new deficit.
#RECOMMENDATIONS:
1. Agree with MR spectroscopy + perfusion first; will help decide on and target stereotactic biopsy.
2. Stereotactic bx if MRS/perfusion favors PCNSL, or if nondiagnostic and pt continues to worsen.
3. No indication for open resection. Hold steroids.
4. No claustrophobia; no sedation needed for MRI.
Erik Lindqvist, MD - Neurosurgery       01/15/2026 16:05
""")

FOOT = "St. Brendan RMC  |  Whitfield, Marcus D  MRN 00483-2291  |  Printed 01/19/2026 08:05  |  Page {p} of {n}"
P.build("01_fax_cover_and_pa_request.pdf", [
    dict(kind="text", lines=cover, banner=BAN % 1, family="sans"),
    dict(kind="text", lines=form, banner=BAN % 2, family="sans", size=9),
])
P.build("02_radiology_ct_2025-12-29_mri_2025-12-30.pdf", [
    dict(kind="text", lines=ct_mri, banner=BAN % 3, footer=FOOT, family="serif", size=10),
    dict(kind="text", lines=mri1, banner=BAN % 4, footer=FOOT, family="serif", size=10),
])
P.build("03_mri_brain_2026-01-14_scanned.pdf", [
    dict(kind="scan", lines=scan_mri, banner=BAN % 5, family="serif", size=9.5, margin=44, dpi=200, angle=0.8,
         seed=691, stamp="COPY", footer="RAD-FR-01  Page 1 of 1   ** COPY - NOT FOR RE-RELEASE **"),
])
P.build("04_id_progress_note_2026-01-16.pdf", [
    dict(kind="text", lines=id_note, banner=BAN % 6, footer=FOOT, family="sans", size=9),
    dict(kind="text", lines=id_note2, banner=BAN % 7, footer=FOOT, family="sans", size=9),
])
P.build("05_neurosurgery_consult_2026-01-15.pdf", [
    dict(kind="text", lines=nsgy, banner=BAN % 8, footer=FOOT, family="sans", size=9.5),
])
P.cleanup()
