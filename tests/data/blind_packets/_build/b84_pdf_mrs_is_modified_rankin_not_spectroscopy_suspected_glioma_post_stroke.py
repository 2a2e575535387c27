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

# ======================= b84 case content =======================
CASE = "b84_pdf_mrs_is_modified_rankin_not_spectroscopy_suspected_glioma_post_stroke"
OUT = os.path.join("/tmp/blind7", CASE)
os.makedirs(OUT, exist_ok=True)

FOOT_VH = "Valley Health Neuroscience Institute  |  BEAUREGARD, LOUIS T  |  MRN VH7730164  |  DOB 03/02/1958  |  CONFIDENTIAL"
FOOT_RAD = "Valley Health Imaging  |  BEAUREGARD, LOUIS T  |  MRN VH7730164  |  Final report - do not alter"


def make_docs(TOTAL):
    def banner(p):
        return ("Mar 03 2026 08:15   Valley Health NSGY Clinic   (503) 555-2650   >>  18005550199   pg %d of %d   *** RESEND ***" % (p or 0, TOTAL))
    docs = []
    # ---------- 01 cover (box glyphs) + PA form ([X]) ----------
    d = Doc(os.path.join(OUT, "01_fax_cover_RESEND_and_PA_request_form.pdf"), banner=banner,
            footer="Valley Health Neurosurgery - Authorizations  |  PA form v7  |  Fax (503) 555-2650", title="Cover + PA form")
    d.add("h", "VALLEY HEALTH NEUROSCIENCE INSTITUTE - NEUROSURGERY", 13, "SansB")
    d.add("h", "4100 SW Canyon Rd, Portland OR 97221  |  Tel (503) 555-2600  |  Fax (503) 555-2650", 8.5, "Sans")
    d.add("rule", 1.2)
    d.add("h", "FAX COVER SHEET", 16, "SansB")
    d.add("kv", [("Date sent", "03/03/2026"),
                 ("To", "Cohere Health Utilization Mgmt  -  1-800-555-0199"),
                 ("From", "Dana Whitfield, auth specialist, for Dr. Ines Kowalczyk (Neurosurgery)"),
                 ("Pages", "%d including this cover" % TOTAL),
                 ("Subject", "RESEND - MR spectroscopy request for BEAUREGARD, LOUIS  DOB 03/02/1958. Original request dated "
                             "02/16/2026; our 02/16 transmission was incomplete (pages 3-6 did not go through per your rep).")], 95)
    d.add("p", "\u2612 Urgent   \u2610 For review   \u2612 Please reply   \u2610 Please comment   \u2610 Please recycle", "Sans", 10)
    d.add("p", "This message is intended only for the use of the addressee and may contain PHI. If you are not the intended "
               "recipient, please call (503) 555-2600 and destroy this fax.", "Sans", 7.5)
    d.add("pb")
    d.add("h", "PRIOR AUTHORIZATION REQUEST  -  ADVANCED IMAGING", 12.5, "SansB", "center")
    d.add("kv", [("Date of request", "02/16/2026"),
                 ("Patient", "BEAUREGARD, LOUIS T      DOB 03/02/1958      Sex [X] M [ ] F"),
                 ("Member ID / Plan", "CSC-5521-887-01  /  Cascade Senior Choice (Medicare Advantage)"),
                 ("Ordering provider", "Ines Kowalczyk, MD, Neurosurgery     NPI 1669034472"),
                 ("Imaging facility", "Valley Health Imaging - Canyon Rd 3T"),
                 ("Exam requested", "MR spectroscopy, brain (single- + multivoxel, L temporal/insular lesion; 2HG-optimized PRESS if available)"),
                 ("CPT", "76390"),
                 ("ICD-10", "R90.89  Other abnormal findings on diagnostic imaging of CNS\nD49.6  Neoplasm of unspecified behavior of brain\n"
                            "G40.109 Focal symptomatic epilepsy, not intractable\nI69.320 Aphasia following cerebral infarction"),
                 ("Requested date of service", "week of 03/09/2026")], 135)
    d.add("kv", [("Indication", "[X] Grading of suspected primary glial neoplasm (low vs high grade)\n"
                               "[X] Intra-axial brain tumor, suspected\n"
                               "[ ] Recurrence vs radiation necrosis\n[ ] Post-treatment surveillance\n"
                               "[ ] Neonatal HIE    [ ] Metabolic / mitochondrial    [ ] Leukodystrophy"),
                 ("Conventional imaging inconclusive", "[X] Yes  [ ] No    MRI brain w/wo 12/04/2025 'indeterminate'"),
                 ("Prior MR spectroscopy", "[ ] Yes  [X] No"),
                 ("Claustrophobia", "[ ] Yes  [X] No"),
                 ("Pregnancy", "[ ] Yes  [ ] No  [X] N/A"),
                 ("Renal insufficiency", "[X] Yes - CKD 3b, eGFR 38 (01/2026). Spectroscopy planned without additional gadolinium."),
                 ("Setting", "[X] Outpatient   [ ] Inpatient")], 135)
    d.add("sig", "Ines Kowalczyk, MD", "Signature of ordering provider      Date 2/16/2026")
    docs.append(d)

    # ---------- 02 stacked imaging: MRI 12/04 then CT + CTA 11/20 ----------
    d = Doc(os.path.join(OUT, "02_imaging_MRI_brain_2025-12-04_and_ED_CT_CTA_2025-11-20.pdf"), banner=banner, footer=FOOT_RAD,
            title="Imaging reports")
    d.add("h", "VALLEY HEALTH IMAGING", 12, "SansB")
    d.add("kv", [("Patient / MRN", "BEAUREGARD, LOUIS T   /   VH7730164   DOB 03/02/1958"),
                 ("Exam", "MRI BRAIN WITHOUT AND WITH CONTRAST (70553)"),
                 ("Exam date", "12/4/2025  10:30"),
                 ("Ordering", "Hollis Park, MD (Stroke Neurology)")], 110, 8.5)
    d.add("p", "INDICATION: 67M, hx L MCA stroke 08/2024, new focal seizure 11/20/2025. CT neg for acute process. Eval structural cause.", "Sans", 9)
    d.add("p", "COMPARISON: CT head 11/20/2025. MRI brain 08/14/2024 (stroke admission).", "Sans", 9)
    d.add("p", "TECHNIQUE: Standard multiplanar multisequence brain MRI pre/post gadolinium (gadoterate 0.1 mmol/kg; eGFR 38, "
               "group II agent per departmental CKD policy). No sedation. No spectroscopy or perfusion performed.", "Sans", 9)
    d.add("p", "FINDINGS: Chronic L frontal opercular infarct with encephalomalacia and ex vacuo dilatation of the adjacent sylvian "
               "fissure, unchanged from 08/2024. NEW since 08/2024: ill-defined, mildly expansile T2/FLAIR hyperintense signal in the L "
               "superior temporal gyrus extending into the posterior insula, ~3.1 x 2.4 cm, separate from and posterior to the old "
               "infarct, with mild sulcal effacement. No restricted diffusion. No enhancement. No susceptibility. No hemorrhage. "
               "Small vessel ischemic changes, moderate. No hydrocephalus.", "Sans", 9)
    d.add("p", "IMPRESSION:\n1. New non-enhancing expansile T2/FLAIR abnormality L superior temporal gyrus/insula, INDETERMINATE. "
               "Differential: infiltrative (likely lower-grade) glial neoplasm versus subacute infarct (less likely - no DWI abnormality, "
               "not a vascular territory match) versus peri-ictal signal change. A higher-grade component cannot be excluded. "
               "Recommend MR spectroscopy and/or short-interval follow-up MRI.\n2. Chronic L frontal opercular infarct.", "SansB", 9)
    d.add("p", "Electronically signed: Meredith Oduya, MD (Neuroradiology) 12/04/2025 15:18", "Sans", 8.5)
    d.add("rule", 1.2)
    d.add("h", "VALLEY HEALTH EMERGENCY DEPARTMENT - IMAGING", 11, "SansB")
    d.add("p", "BEAUREGARD, LOUIS T   VH7730164   11/20/2025 07:52   CT HEAD W/O CONTRAST (70450) + CTA HEAD AND NECK (70496, 70498)   "
               "Code stroke activation", "Mono", 8)
    d.add("p", "HISTORY: R arm jerking and speech arrest x 3 min, resolved; r/o stroke.", "Sans", 9)
    d.add("p", "FINDINGS: CT head: No acute intracranial hemorrhage. No CT evidence of acute territorial infarct (ASPECTS 10). Chronic L "
               "frontal opercular encephalomalacia c/w remote infarct. Age-appropriate volume loss. CTA: No large vessel occlusion. "
               "Mild calcified plaque L ICA bulb (<30%). Patent vertebrobasilar system.", "Sans", 9)
    d.add("p", "IMPRESSION: No acute intracranial abnormality. Chronic L frontal infarct. No LVO.", "SansB", 9)
    d.add("p", "Read by: Gareth Lunde, MD   11/20/2025 08:09", "Sans", 8.5)
    docs.append(d)

    # ---------- 03 stroke neuro note ----------
    d = Doc(os.path.join(OUT, "03_stroke_neurology_followup_2026-01-08.pdf"), banner=banner, footer=FOOT_VH,
            title="Stroke clinic f/u")
    d.add("h", "VASCULAR NEUROLOGY CLINIC - FOLLOW-UP", 12, "SansB")
    d.add("p", "BEAUREGARD, LOUIS T  |  67 y M  |  MRN VH7730164  |  DOS: January 8, 2026  |  Hollis Park, MD", "Sans", 8.5)
    d.add("rule")
    d.add("p", "HPI: 67 yo RH man w/ L MCA superior-division ischemic stroke 08/2024 (tPA, no thrombectomy), residual mild expressive "
               "aphasia, here for scheduled f/u and review of MRI. 11/20/2025 had first-ever seizure (R arm clonic jerking + speech "
               "arrest ~3 min) -> ED code stroke, CT/CTA neg for acute process, LEV 500 mg BID started in ED 11/20/2025. MRI 12/04/2025 "
               "showed new L temporal/insular lesion (see report). Since then seizure-free, no new weakness, speech at baseline per "
               "wife. Tolerating LEV, mild irritability.", "Sans", 9.2)
    d.add("p", "PMH: L MCA stroke 08/2024; HTN; HLD; T2DM; CKD stage 3b (eGFR 38 on 01/05/2026, followed by Dr. Nakamura nephrology); "
               "hx MRSA bacteremia 2019 (line-related), treated; BPH. PSH: L TKA 2017.", "Sans", 9.2)
    d.add("p", "FAMILY HISTORY: Father - stroke at 70. Mother - breast ca. No family hx of brain tumor or epilepsy. Daughter "
               "currently pregnant (due 04/2026) - pt hoping any surgery can be timed around the birth.", "Sans", 9.2)
    d.add("p", "MEDS: aspirin 81 mg; atorvastatin 80 mg; lisinopril 20 mg; metformin 500 mg BID (renally dosed); levetiracetam 500 mg "
               "BID (since 11/20/25, unchanged); tamsulosin 0.4 mg.   ALLERGIES: sulfa (rash)", "Sans", 9.2)
    d.add("p", "ROS: denies HA, vision change, new weakness/numbness, dysphagia. + mild irritability on LEV. Denies claustrophobia "
               "(tolerated 12/04 MRI without sedation).", "Sans", 9.2)
    d.add("p", "EXAM: BP 138/80. Alert, oriented. Mild nonfluent aphasia w/ occasional phonemic paraphasias (baseline). CN intact "
               "except mild R NLF flattening (old). Strength 5/5 except R hand intrinsics 4+/5 (old). Sensation intact. Gait normal.", "Sans", 9.2)
    d.add("p", "STROKE SCALES (flowsheet):\nNIHSS: 1 (language)\nModified Rankin Scale (mRS): 1 - no significant disability despite "
               "symptoms\nMRS at 6-mo visit (02/2025): 1     MRS at d/c 08/2024: 2\nBarthel: 100", "Mono", 8.6)
    d.add("p", "ASSESSMENT/PLAN:\n1. Hx L MCA stroke - secondary prevention: cont ASA/statin; BP/lipids at goal. MRS score 1 today, "
               "unchanged.\n2. New L temporal/insular non-enhancing lesion - NOT typical for infarct (no DWI, wrong territory); "
               "radiology raises low-grade glioma. Refer to Neurosurgery (Dr. Kowalczyk). MR spectroscopy per NSGY.\n"
               "3. Focal epilepsy, symptomatic - cont LEV 500 BID, no change. Driving restriction reviewed (OR law).\n"
               "4. CKD 3b - per nephrology; avoid unnecessary gadolinium.\nRTC 6 mo.", "Sans", 9.2)
    d.add("p", "Signed: Hollis Park, MD 01/08/2026 16:44   [cc: I. Kowalczyk MD; PCP R. Ellery DO]", "Sans", 8.5)
    docs.append(d)

    # ---------- 04 NSGY consult two-column ----------
    d = Doc(os.path.join(OUT, "04_neurosurgery_consult_2026-02-12.pdf"), banner=banner, footer=FOOT_VH,
            title="Neurosurgery consult")
    d.add("h", "NEUROSURGERY - OUTPATIENT CONSULTATION", 12, "SansB")
    d.add("p", "Pt: Beauregard, Louis T   DOB 3/2/1958   Date: 02/12/2026   Attending: Ines Kowalczyk, MD   Referring: H. Park, MD "
               "(Vascular Neurology)   Reason: new L temporal/insular lesion", "Sans", 8.5)
    d.add("rule")
    left = ("##History of present illness\n67M, RH, hx L MCA stroke 8/2024 w/ residual mild aphasia, first seizure 11/20/2025, on LEV and "
            "seizure-free since. MRI 12/04/25: new non-enhancing expansile FLAIR lesion L STG/posterior insula, radiology "
            "indeterminate (glial neoplasm vs subacute infarct vs peri-ictal). Since the MRI: no further seizures, no new deficits, "
            "no HA. Wife agrees he is 'the same'.\n"
            "##PMH / PSH\nStroke 2024; HTN; HLD; T2DM; CKD 3b; hx MRSA bacteremia 2019; L TKA.\n"
            "##Meds\nASA 81, atorvastatin, lisinopril, metformin, LEV 500 BID, tamsulosin\n"
            "##Social\nRetired machinist. Ex-smoker (quit 2005). Lives w/ wife.\n"
            "##Family hx\nNo brain tumors.")
    right = ("##Exam\nKPS 90. Mild expressive aphasia (baseline). R hand 4+/5 (old). No new findings.\n"
             "##Imaging review\nPersonally reviewed MRI 12/04/25. Lesion is T2-bright, cortically based/expansile, non-enhancing - "
             "appearance favors diffuse glioma over infarct. CT 11/20/25 only shows old infarct.\n"
             "##Impression\nSuspected diffuse glioma L STG/insula. Grade not established (no tissue). Key question is lower-grade "
             "vs higher-grade biology - this drives whether we proceed to early maximal safe resection (awake mapping, dominant "
             "hemisphere) vs stereotactic biopsy vs a period of serial MRI.\n"
             "##Plan\n- MR spectroscopy (76390): Cho/NAA, lactate/lipid, 2HG if feasible - to help grade and to target biopsy\n"
             "- If spectroscopy suggests high-grade features, we would proceed to resection in March; otherwise likely biopsy\n"
             "- fMRI/DTI for language mapping after MRS\n- Cont LEV\n- No additional gadolinium needed for MRS (CKD 3b)\n"
             "- RTC after MRS")
    d.add("cols", left, right, 8.8)
    d.add("p", "I. Kowalczyk, MD  02/12/2026 17:02 (dictated, Dragon - please excuse transcription errors)", "Sans", 8.5)
    docs.append(d)

    # ---------- 05 EHR summary printout ----------
    d = Doc(os.path.join(OUT, "05_EHR_patient_summary_printout_2026-02-16.pdf"), banner=banner, footer=FOOT_VH,
            title="EHR summary")
    d.add("h", "PATIENT SUMMARY (EHR printout)", 11.5, "SansB")
    d.add("p", "BEAUREGARD, LOUIS T   MRN VH7730164   DOB 03/02/1958   Printed 02/16/2026 10:02 by DWHITFIELD", "Mono", 8)
    d.add("h", "Active problem list", 10, "SansB")
    d.add("grid", [["Problem", "Onset", "Status"],
                   ["Lesion of L temporal lobe / insula, suspected low-grade glioma", "12/04/2025", "Active"],
                   ["Focal epilepsy, symptomatic", "11/20/2025", "Active"],
                   ["Aphasia following cerebral infarction", "08/2024", "Chronic"],
                   ["CKD stage 3b", "2022", "Active"],
                   ["T2DM, HTN, HLD", "-", "Active"],
                   ["MRSA bacteremia", "2019", "Resolved"],
                   ["Claustrophobia", "-", "Not on list (pt denies)"]], [0.62, 0.18, 0.20])
    d.add("h", "Flowsheet - neuro scores", 10, "SansB")
    d.add("grid", [["Date", "Item", "Value", "Entered by"],
                   ["08/19/2024", "MRS (modified Rankin)", "2", "Stroke unit RN"],
                   ["02/11/2025", "MRS", "1", "H. Park MD"],
                   ["01/08/2026", "MRS", "1", "H. Park MD"],
                   ["01/08/2026", "NIHSS", "1", "H. Park MD"]], [0.2, 0.4, 0.15, 0.25])
    d.add("h", "Imaging history (last 24 months)", 10, "SansB")
    d.add("grid", [["Date", "Study", "Status"],
                   ["08/14/2024", "MRI brain w/o; MRA head", "Final"],
                   ["11/20/2025", "CT head w/o; CTA head & neck", "Final"],
                   ["12/04/2025", "MRI brain w/wo", "Final"],
                   ["(pending auth)", "MR spectroscopy brain - 76390", "Ordered 02/12/2026"]], [0.2, 0.5, 0.3])
    d.add("h", "Recent labs", 10, "SansB")
    d.add("grid", [["Date", "Creatinine", "eGFR (CKD-EPI 2021)", "K", "A1c"],
                   ["01/05/2026", "1.86 mg/dL", "38 mL/min/1.73m2", "4.6", "7.1%"],
                   ["09/30/2025", "1.79 mg/dL", "40", "4.4", "7.3%"]], [0.2, 0.2, 0.3, 0.1, 0.2])
    d.add("p", "Medications: aspirin 81 mg daily; atorvastatin 80 mg daily; lisinopril 20 mg daily; metformin 500 mg BID; "
               "levetiracetam 500 mg BID; tamsulosin 0.4 mg qHS.  Allergies: sulfonamides (rash).", "Sans", 9)
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
