# ---- shared layout helper (embedded copy; b81-b84 author C) ----
import os
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

_FD = "/usr/share/fonts/truetype/dejavu/"
_FL = "/usr/share/fonts/truetype/liberation/"
for _n, _f in [("Sans", _FD + "DejaVuSans.ttf"), ("SansB", _FD + "DejaVuSans-Bold.ttf"),
               ("Mono", _FD + "DejaVuSansMono.ttf"), ("MonoB", _FD + "DejaVuSansMono-Bold.ttf"),
               ("Serif", _FL + "LiberationSerif-Regular.ttf"), ("SerifB", _FL + "LiberationSerif-Bold.ttf"),
               ("SerifI", _FL + "LiberationSerif-Italic.ttf"), ("Narrow", _FL + "LiberationSansNarrow-Regular.ttf")]:
    try:
        pdfmetrics.registerFont(TTFont(_n, _f))
    except Exception:
        pass

W, H = letter
LM, RM, TM, BM = 54, 54, 62, 60


class _Dry:
    """canvas stand-in used to count pages"""
    def __getattr__(self, name):
        return lambda *a, **k: None


class Doc:
    def __init__(self, path, banner=None, footer=None, fax_start=None, fax_total=None, title=None):
        self.path = path
        self.banner = banner          # callable(page_no_in_fax) -> str, or str
        self.footer = footer          # str ; " | Page x of y" appended
        self.fax_start = fax_start
        self.fax_total = fax_total
        self.items = []
        self.title = title

    def add(self, *item):
        self.items.append(item)
        return self

    # --- rendering ---
    def _new_page(self, c, dry):
        if self.pageno > 0:
            self._finish_page(c)
            c.showPage()
        self.pageno += 1
        self.y = H - TM
        if self.banner:
            fp = (self.fax_start + self.pageno - 1) if self.fax_start else None
            txt = self.banner(fp) if callable(self.banner) else self.banner
            c.setFont("Mono", 7.5)
            c.drawString(LM - 20, H - 22, txt)
            c.setLineWidth(0.4)
            c.line(LM - 20, H - 26, W - RM + 20, H - 26)

    def _finish_page(self, c):
        if self.footer:
            c.setFont("Sans", 7)
            c.setLineWidth(0.4)
            c.line(LM, BM - 18, W - RM, BM - 18)
            c.drawString(LM, BM - 28, self.footer)
            c.drawRightString(W - RM, BM - 28, "Page %d of %d" % (self.pageno, self.total_pages))

    def _need(self, c, dry, h):
        if self.y - h < BM:
            self._new_page(c, dry)

    def _render(self, c, dry):
        self.pageno = 0
        self._new_page(c, dry)
        for it in self.items:
            kind = it[0]
            if kind == "pb":
                self._new_page(c, dry)
            elif kind == "sp":
                self.y -= it[1]
            elif kind == "rule":
                self._need(c, dry, 6)
                c.setLineWidth(it[1] if len(it) > 1 else 0.6)
                c.line(LM, self.y, W - RM, self.y)
                self.y -= 8
            elif kind == "h":
                text, size = it[1], (it[2] if len(it) > 2 else 12)
                font = it[3] if len(it) > 3 else "SansB"
                align = it[4] if len(it) > 4 else "left"
                self._need(c, dry, size + 6)
                c.setFont(font, size)
                if align == "center":
                    c.drawCentredString(W / 2, self.y - size, text)
                elif align == "right":
                    c.drawRightString(W - RM, self.y - size, text)
                else:
                    c.drawString(LM, self.y - size, text)
                self.y -= size + 6
            elif kind == "p":
                text = it[1]
                font = it[2] if len(it) > 2 else "Sans"
                size = it[3] if len(it) > 3 else 9.5
                indent = it[4] if len(it) > 4 else 0
                lead = size * 1.32
                for para in text.split("\n"):
                    lines = simpleSplit(para, font, size, W - LM - RM - indent) or [""]
                    for ln in lines:
                        self._need(c, dry, lead)
                        c.setFont(font, size)
                        c.drawString(LM + indent, self.y - size, ln)
                        self.y -= lead
                self.y -= 3
            elif kind == "kv":
                # ruled form: rows of (label, value) ; label col width
                rows = it[1]
                lw = it[2] if len(it) > 2 else 150
                size = it[3] if len(it) > 3 else 9
                for lab, val in rows:
                    vlines = []
                    for vp in val.split("\n"):
                        vlines += simpleSplit(vp, "Sans", size, W - LM - RM - lw - 8) or [""]
                    llines = simpleSplit(lab, "SansB", size, lw - 8) or [""]
                    n = max(len(vlines), len(llines))
                    rh = n * size * 1.3 + 6
                    self._need(c, dry, rh)
                    top = self.y
                    c.setLineWidth(0.5)
                    c.rect(LM, top - rh, W - LM - RM, rh)
                    c.line(LM + lw, top, LM + lw, top - rh)
                    c.setFont("SansB", size)
                    for i, ln in enumerate(llines):
                        c.drawString(LM + 4, top - 3 - size - i * size * 1.3, ln)
                    c.setFont("Sans", size)
                    for i, ln in enumerate(vlines):
                        c.drawString(LM + lw + 4, top - 3 - size - i * size * 1.3, ln)
                    self.y -= rh
                self.y -= 6
            elif kind == "grid":
                rows, cw = it[1], it[2]
                size = it[3] if len(it) > 3 else 8.5
                tot = W - LM - RM
                xs = [LM]
                for w_ in cw:
                    xs.append(xs[-1] + w_ * tot)
                for ri, row in enumerate(rows):
                    cells = [simpleSplit(str(t), "SansB" if ri == 0 else "Sans", size,
                                         (xs[j + 1] - xs[j]) - 6) or [""] for j, t in enumerate(row)]
                    n = max(len(x) for x in cells)
                    rh = n * size * 1.3 + 5
                    self._need(c, dry, rh)
                    top = self.y
                    c.setLineWidth(0.5)
                    c.rect(LM, top - rh, tot, rh)
                    for x in xs[1:-1]:
                        c.line(x, top, x, top - rh)
                    c.setFont("SansB" if ri == 0 else "Sans", size)
                    for j, lines in enumerate(cells):
                        for k, ln in enumerate(lines):
                            c.drawString(xs[j] + 3, top - 3 - size - k * size * 1.3, ln)
                    self.y -= rh
                self.y -= 6
            elif kind == "cols":
                left, right = it[1], it[2]
                size = it[3] if len(it) > 3 else 8.8
                gap = 18
                cwid = (W - LM - RM - gap) / 2
                lead = size * 1.3

                def lay(txt):
                    out = []
                    for para in txt.split("\n"):
                        if para.startswith("##"):
                            out.append(("SansB", para[2:].strip()))
                        else:
                            for ln in (simpleSplit(para, "Sans", size, cwid) or [""]):
                                out.append(("Sans", ln))
                    return out
                L, R = lay(left), lay(right)
                # columns flow page by page: fill left col to page bottom, then right col
                li = ri = 0
                while li < len(L) or ri < len(R):
                    avail = int((self.y - BM) / lead)
                    if avail < 3:
                        self._new_page(c, dry)
                        continue
                    top = self.y
                    nl = min(avail, len(L) - li)
                    nr = min(avail, len(R) - ri)
                    for k in range(nl):
                        f, ln = L[li + k]
                        c.setFont(f, size)
                        c.drawString(LM, top - size - k * lead, ln)
                    for k in range(nr):
                        f, ln = R[ri + k]
                        c.setFont(f, size)
                        c.drawString(LM + cwid + gap, top - size - k * lead, ln)
                    c.setLineWidth(0.3)
                    used = max(nl, nr)
                    c.line(LM + cwid + gap / 2, top, LM + cwid + gap / 2, top - used * lead)
                    li += nl
                    ri += nr
                    self.y = top - used * lead - 4
                    if li < len(L) or ri < len(R):
                        self._new_page(c, dry)
            elif kind == "sig":
                # signature line: name, date
                self._need(c, dry, 40)
                c.setFont("SerifI", 15)
                c.drawString(LM + 6, self.y - 18, it[1])
                c.setLineWidth(0.5)
                c.line(LM, self.y - 22, LM + 220, self.y - 22)
                c.setFont("Sans", 8.5)
                c.drawString(LM, self.y - 33, it[2])
                self.y -= 42
        self._finish_page(c)

    def build(self):
        dry = _Dry()
        self.total_pages = 1
        self._render(dry, True)
        self.total_pages = self.pageno
        c = rl_canvas.Canvas(self.path, pagesize=letter)
        if self.title:
            c.setTitle(self.title)
        self._render(c, False)
        c.save()
        return self.pageno


def count_pages(doc):
    doc.total_pages = 1
    doc._render(_Dry(), True)
    return doc.pageno
# ---- end helper ----

# ======================= b83 case content =======================
CASE = "b83_pdf_rapidly_progressive_dementia_cjd_vs_autoimmune_uncovered_condition"
OUT = os.path.join("/tmp/blind7", CASE)
os.makedirs(OUT, exist_ok=True)

FOOT_SB = "St. Brendan Medical Center  |  PRZYBYLSKI, JOANNE M  |  MRN 00-611-2093  |  Printed 02/04/2026 16:10  |  Page footer: CONFIDENTIAL"
FOOT_CN = "St. Brendan Neurology Associates - Cognitive & Behavioral Neurology  |  Przybylski, Joanne  |  DOB 07/19/1967"


def make_docs(TOTAL):
    def banner(p):
        return ("FEB-05-2026 09:47 AM  ST BRENDAN NEUROLOGY ASSOC   4145553902      TO:18005550199       P.%02d/%02d" % (p or 0, TOTAL))
    docs = []
    # ---------- 01 PA form (no separate cover; form has a fax header block) ----------
    d = Doc(os.path.join(OUT, "01_prior_auth_request_MR_spectroscopy.pdf"), banner=banner,
            footer="SBNA Referral & Authorization Dept  |  Fax 414-555-3902  |  rev 09/2025", title="PA request")
    d.add("h", "ST. BRENDAN NEUROLOGY ASSOCIATES", 14, "SansB", "center")
    d.add("h", "Referral & Prior Authorization Request - Diagnostic Imaging", 10.5, "Sans", "center")
    d.add("sp", 4)
    d.add("kv", [("To (payer)", "Cohere Health UM  - fax 1-800-555-0199"),
                 ("Date of Request", "2/03/2026"),
                 ("Priority", "Expedited: X    Standard: __      (clinician attests delay could seriously jeopardize health)"),
                 ("Patient", "PRZYBYLSKI, JOANNE M        F        DOB 07/19/1967"),
                 ("Member #", "WIB-338104-02    Group 77120    Wisconsin Lakes Health Plan"),
                 ("Ordering clinician", "Rosalind Achebe-Marsh, MD - Cognitive Neurology   NPI 1912045508"),
                 ("Servicing site", "St. Brendan Medical Center MRI (3T Prisma)"),
                 ("Procedure", "MR SPECTROSCOPY (CPT 76390), brain - single-voxel L parietal cortex + R caudate, TE 30/144"),
                 ("Dx / ICD-10", "R41.82 Altered mental status, unspecified\nG93.40 Encephalopathy, unspecified\nR25.8 Other abnormal involuntary movements (myoclonus)\n"
                                 "A81.00 Creutzfeldt-Jakob disease, unspecified (suspected)"),
                 ("Requested DOS", "02/10/2026 or first available")], 130)
    d.add("h", "Indication checklist", 10, "SansB")
    d.add("kv", [("Brain tumor: grading", "Yes: __   No: __"),
                 ("Recurrence vs radiation necrosis", "Yes: __   No: __"),
                 ("Post-treatment surveillance", "Yes: __   No: __"),
                 ("Neonatal HIE", "Yes: __   No: __"),
                 ("Metabolic / mitochondrial / leukodystrophy", "Yes: __   No: __"),
                 ("Other", "Yes: X    Specify: rapidly progressive dementia - CJD vs autoimmune encephalitis"),
                 ("Conventional imaging inconclusive", "Yes: X   No: __    MRI brain w/wo 01/20/2026 - 'indeterminate'"),
                 ("Prior MRS", "Yes: __   No: X"),
                 ("Claustrophobia", "Yes: __   No: X"),
                 ("Sedation needed", "Yes: X   (agitation / myoclonus - not claustrophobia)"),
                 ("Pregnant", "Yes: __   No: X   (postmenopausal)"),
                 ("Renal insufficiency / GBCA contraindication", "Yes: __   No: X   (AKI on admission resolved; Cr 0.8 on 01/30/2026)")], 210)
    d.add("p", "Attestation: I have personally evaluated this patient and the information is accurate.", "Sans", 8.5)
    d.add("sig", "R. Achebe-Marsh, MD", "Signature / date: 02/03/26")
    d.add("p", "Office use: faxed by LK ____2/5____   conf # ______", "Mono", 8)
    docs.append(d)

    # ---------- 02 cognitive neuro consult (two-column) ----------
    d = Doc(os.path.join(OUT, "02_cognitive_neurology_consult_2026-02-02.pdf"), banner=banner, footer=FOOT_CN,
            title="Cognitive neurology consult")
    d.add("h", "COGNITIVE & BEHAVIORAL NEUROLOGY - NEW PATIENT CONSULTATION", 11.5, "SansB")
    d.add("p", "Patient: Joanne M. Przybylski   DOB 07/19/1967 (58 y)   Visit: 02/02/2026   Consultant: R. Achebe-Marsh, MD   "
               "Referred by: hospitalist (post-discharge f/u)   Informants: husband (Greg), daughter", "Sans", 8.5)
    d.add("rule")
    left = ("##HPI\n58 yo R-handed F, retired bookkeeper, w/ ~12 wk hx of rapidly progressive cognitive decline. Onset ~early Nov 2025 "
            "w/ word-finding difficulty and misplacing things; by mid-Dec getting lost driving, unable to manage checkbook; late Dec "
            "new jerking of arms (startle-sensitive), 2 falls. Admitted SBMC 01/18-01/30/2026 (see d/c summary): MRI w/ cortical "
            "ribboning, EEG w/o PSWCs, CSF bland; RT-QuIC / 14-3-3 / autoimmune panel sent, pending. Empiric IVMP 1 g x5 d "
            "(01/24-01/28) - husband thinks 'a little better for 2 days', then back to baseline. Since d/c continues to worsen: now "
            "needs help dressing, new visual misperceptions (sees 'shadows'), myoclonus more frequent.\n"
            "##PMH\n- HTN\n- Hypothyroidism (Hashimoto), on levothyroxine\n- Basal cell carcinoma of scalp (vertex) s/p Mohs excision 2019, "
            "no recurrence\n- AKI 01/2026 (prerenal) - resolved\n- G2P2, postmenopausal since ~2018\n"
            "##FAMILY HISTORY\nBrother: glioblastoma dx age 49, s/p resection, XRT + TMZ, deceased age 52. Mother: Alzheimer dementia, onset "
            "late 70s. Father: MI. No known family hx of prion disease or early-onset dementia.\n"
            "##SOCIAL\nMarried. Never smoker. Rare EtOH. No travel outside US. No hx transfusion, dura graft or hGH.\n"
            "##MEDS\nlevothyroxine 100 mcg; lisinopril 10 mg; clonazepam 0.5 mg BID (myoclonus, started 01/26); pantoprazole\n"
            "##ROS\n+ cognitive decline, myoclonus, visual disturbance, insomnia, wt loss 4 kg. - fever, HA, rash, diarrhea.")
    right = ("##EXAM\nBP 128/76. Awake, attentive only briefly. MoCA 9/30 (was able to do 22/30 on inpatient day 2?). Nonfluent, "
             "paraphasic errors. Apraxia R>L. Startle-sensitive multifocal myoclonus. Mild rigidity both arms. No papilledema. "
             "Gait wide-based, needs 1 assist.\n"
             "##DATA\nMRI brain w/wo 01/20/2026: cortical DWI hyperintensity L parieto-occipital + bilat frontal, R caudate head; no "
             "enhancement, no mass - indeterminate, CJD vs autoimmune/limbic encephalitis vs peri-ictal. CT head 01/18/2026: no "
             "acute intracranial abnormality. cEEG 48 h: diffuse slowing, no seizures, no PSWCs. CSF: WBC 2, prot 48, glu 61, "
             "OCB neg. Labs: TSH 2.1, anti-TPO 410 (chronic Hashimoto), B12 612, NH3 24, Ca/LFTs nl, RPR/HIV neg. CT C/A/P: no "
             "occult malignancy.\n"
             "##ASSESSMENT\nRapidly progressive dementia w/ myoclonus, cortical ribboning. Ddx:\n"
             "1) possible sporadic CJD - leading concern\n2) autoimmune encephalitis (seronegative so far) / SREAT given anti-TPO\n"
             "3) toxic-metabolic encephalopathy - less likely; w/u unrevealing\n"
             "4) Neoplastic: no mass or enhancement; no evidence of infiltrative glioma (gliomatosis pattern) or primary CNS "
             "lymphoma on MRI. Paraneoplastic panel pending.\n"
             "5) Mitochondrial (MELAS) raised by inpatient team - lesions do not follow a stroke-like pattern and serum/CSF lactate "
             "normal; MELAS excluded.\n"
             "Adult-onset leukodystrophy is not a consideration - white matter is normal.\n"
             "##PLAN\n- MR spectroscopy to help separate prion disease from inflammatory process (NAA / mI / Cho pattern) - PA to be "
             "submitted 2/3\n- f/u RT-QuIC, 14-3-3, AE panel (Mayo)\n- If RT-QuIC negative and no steroid response, we would "
             "consider brain biopsy; if MRS suggested neoplasm we would also pursue biopsy\n- cont clonazepam\n- PT/OT, home safety, "
             "goals-of-care discussion started w/ family\n- RTC 2 wk")
    d.add("cols", left, right, 8.4)
    d.add("p", "R. Achebe-Marsh, MD  - e-signed 02/02/2026 19:40", "Sans", 8.5)
    docs.append(d)

    # ---------- 03 stacked imaging reports ----------
    d = Doc(os.path.join(OUT, "03_radiology_MRI_brain_2026-01-20_and_CT_head_2026-01-18.pdf"), banner=banner, footer=FOOT_SB,
            title="Radiology")
    d.add("h", "ST. BRENDAN MEDICAL CENTER  -  DEPARTMENT OF RADIOLOGY", 11, "SansB")
    d.add("p", "NAME: PRZYBYLSKI, JOANNE M     MRN: 00-611-2093     DOB: 07/19/1967     LOC: 5W-512\n"
               "EXAM: MRI BRAIN WITHOUT AND WITH CONTRAST   CPT 70553      DATE OF SERVICE: 01/20/2026 14:05      ACC# MR2601200377", "Mono", 8)
    d.add("p", "HISTORY: 58F rapidly progressive cognitive decline, myoclonus. r/o CJD, encephalitis.", "Sans", 9)
    d.add("p", "COMPARISON: CT head 01/18/2026. No prior MRI.", "Sans", 9)
    d.add("p", "TECHNIQUE: Sag T1, ax T2, ax/cor FLAIR, DWI/ADC, SWI, post-contrast 3D T1 (gadoterate 12 mL). Pt received midazolam 1 mg "
               "IV for agitation/myoclonus; moderate motion on some sequences, diagnostic.", "Sans", 9)
    d.add("p", "FINDINGS: Gyriform cortical diffusion hyperintensity with corresponding low ADC involving the L parietal and occipital "
               "cortex, bilateral superior/middle frontal gyri, and R caudate head ('cortical ribboning'). Subtle FLAIR correlate. "
               "Bilateral mesial temporal lobes are normal in signal. No abnormal parenchymal, leptomeningeal or dural enhancement. "
               "No mass lesion or mass effect. White matter is normal for age (few punctate nonspecific FLAIR foci). No hemorrhage "
               "on SWI. Ventricles normal. Pituitary unremarkable.", "Sans", 9)
    d.add("p", "IMPRESSION:\nCortical and R caudate diffusion restriction. The findings are INDETERMINATE: differential includes prion "
               "disease (sporadic CJD) versus autoimmune/limbic-type encephalitis versus peri-ictal changes; cannot reliably "
               "distinguish on conventional imaging. No mass or enhancing lesion to suggest neoplasm. MR spectroscopy may be "
               "considered for further characterization; correlate with RT-QuIC and EEG.", "SansB", 9)
    d.add("p", "Interpreted by: Viktor Halloran, MD    Electronically signed 01/20/2026 17:22", "Sans", 8.5)
    d.add("rule", 1.2)
    d.add("p", "EXAM: CT HEAD WITHOUT CONTRAST   CPT 70450      DATE OF SERVICE: 01/18/2026 22:41      ACC# CT2601180912   LOC: ED", "Mono", 8)
    d.add("p", "HISTORY: confusion, falls x2, on no anticoagulation.", "Sans", 9)
    d.add("p", "FINDINGS: No acute intracranial hemorrhage, mass effect, or territorial infarct. Gray-white differentiation preserved. "
               "Ventricles and sulci appropriate for age. No skull fracture. Postsurgical change of the scalp vertex soft tissues "
               "(remote).", "Sans", 9)
    d.add("p", "IMPRESSION: No acute intracranial abnormality. Normal noncontrast CT head for age.", "SansB", 9)
    d.add("p", "Prelim by ED radiology resident 22:58; final: Priyanka Soni, MD 01/19/2026 07:10", "Sans", 8.5)
    docs.append(d)

    # ---------- 04 discharge summary ----------
    d = Doc(os.path.join(OUT, "04_hospital_discharge_summary_2026-01-30.pdf"), banner=banner, footer=FOOT_SB,
            title="Discharge summary")
    d.add("h", "DISCHARGE SUMMARY", 13, "SansB")
    d.add("kv", [("Patient", "PRZYBYLSKI, JOANNE M   MRN 00-611-2093   DOB 7/19/1967"),
                 ("Admission", "01/18/2026 (via ED)"), ("Discharge", "01/30/2026 to home w/ family + home health"),
                 ("Attending", "Nathan Oyelaran, MD (Hospital Medicine)   Consults: Neurology, Nephrology")], 95, 8.5)
    d.add("p", "PRINCIPAL DIAGNOSIS: Rapidly progressive encephalopathy with myoclonus, etiology under evaluation (possible CJD vs "
               "autoimmune encephalitis).\nSECONDARY: AKI, prerenal (resolved); hypothyroidism; HTN; falls.", "Sans", 9.2)
    d.add("p", "HOSPITAL COURSE:\n#Encephalopathy/RPD - Presented w/ confusion and falls. CT head neg. MRI 01/20 cortical ribboning - "
               "indeterminate. Neurology consulted. cEEG x48h no seizures, no PSWCs. LP 01/21: bland CSF; RT-QuIC and 14-3-3 sent to "
               "NPDPSC; AE panel, paraneoplastic panel sent to Mayo - all pending at d/c. Empiric IV methylprednisolone 1 g daily "
               "01/24-01/28, no sustained improvement. Clonazepam started 01/26 for myoclonus. Neurology recommends outpatient MR "
               "spectroscopy and f/u in cognitive clinic.\n"
               "#AKI - Cr 1.9 on admission (baseline 0.8), prerenal from poor PO intake; resolved w/ IVF. Cr 0.8 on 01/30/2026, eGFR >90. "
               "Nephrology: no restriction on GBCA.\n"
               "#Hypothyroid - TSH 2.1, cont home levothyroxine. Anti-TPO elevated (chronic Hashimoto).\n"
               "#Falls - PT/OT; home w/ walker and 24 h supervision.", "Sans", 9.2)
    d.add("p", "PROCEDURES: LP 01/21/2026. MRI brain w/wo 01/20/2026 (required midazolam for agitation; pt has no hx of "
               "claustrophobia). CT head 01/18/2026. CT C/A/P w/ contrast 01/22/2026 - no malignancy.", "Sans", 9.2)
    d.add("p", "PERTINENT NEGATIVES: hCG negative (admission). Blood cx neg. RPR, HIV neg. Heavy metals neg.", "Sans", 9.2)
    d.add("p", "DISCHARGE MEDICATIONS: levothyroxine 100 mcg daily; lisinopril 10 mg daily (resumed 01/28); clonazepam 0.5 mg BID "
               "(NEW); pantoprazole 40 mg daily.", "Sans", 9.2)
    d.add("p", "FOLLOW-UP: Cognitive Neurology (Dr. Achebe-Marsh) 02/02/2026; PCP 1-2 wk; pending results to be followed by neurology.", "Sans", 9.2)
    d.add("p", "Dictated: N. Oyelaran MD 01/30/2026 15:02 / Transcribed: 01/31/2026 (mjh)", "Sans", 8.5)
    docs.append(d)
    return docs


docs = make_docs(0)
TOTAL = sum(count_pages(x) for x in docs)
docs = make_docs(TOTAL)
start = 1
for x in docs:
    n = count_pages(x)
    x.fax_start = start
    start += n
for x in docs:
    x.build()
    print(os.path.basename(x.path), x.pageno, os.path.getsize(x.path))
print("TOTAL", TOTAL)
