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

# ======================= b82 case content =======================
CASE = "b82_pdf_brain_met_second_opinion_repeat_mrs_inside_window_dos_and_copyforward_traps"
OUT = os.path.join("/tmp/blind7", CASE)
os.makedirs(OUT, exist_ok=True)

FOOT_LS = "Lakeshore Cancer Institute - Neuro-Oncology  |  HALVORSEN, DALE R  |  MRN LCI-2207719  |  DOB 09/14/1964"
FOOT_RAD = "Lakeshore Cancer Institute - Imaging Services  |  HALVORSEN, DALE R  |  MRN LCI-2207719  |  This report is confidential"


def make_docs(TOTAL):
    def banner(p):
        return ("02/17/2026  TUE 11:06 AM   FAX 312-555-7781  LAKESHORE CANCER INST NEURO-ONC   ->  COHERE UM 1-800-555-0199   [%d/%d]"
                % (p or 0, TOTAL))
    docs = []
    # ---------- 01 cover + form ----------
    d = Doc(os.path.join(OUT, "01_fax_cover_and_imaging_prior_auth_form.pdf"), banner=banner,
            footer="LCI Prior Authorization  |  form IMG-PA-03 (02/2024)  |  questions: 312-555-7790", title="Cover + PA form")
    d.add("h", "LAKESHORE CANCER INSTITUTE", 15, "SansB")
    d.add("h", "Neuro-Oncology Program  *  2400 N Lakeshore Dr, Chicago IL 60614", 8.5, "Sans")
    d.add("rule", 1.2)
    d.add("h", "FAX", 22, "SansB")
    d.add("kv", [("DATE", "February 17, 2026"), ("TO", "Cohere Health - Prior Auth / Imaging"), ("FAX #", "1-800-555-0199"),
                 ("FROM", "Megan Szabo, RN, Neuro-Onc nurse navigator (for Dr. A. Okonkwo-Reyes)"),
                 ("# PAGES", "%d incl. cover" % TOTAL),
                 ("RE", "Auth request: MR SPECTROSCOPY brain - HALVORSEN, DALE  DOB 9/14/64")], 90)
    d.add("p", "Comments: Please review attached. Pt would like study done ASAP, we have him tentatively scheduled 3/12. "
               "Outside MRS report included. Thank you!", "Sans", 10)
    d.add("p", "The documents accompanying this facsimile contain confidential information belonging to the sender which is "
               "legally privileged. If you are not the intended recipient, you are hereby notified that any disclosure, copying, "
               "distribution or action taken in reliance on the contents is strictly prohibited.", "Sans", 7.5)
    d.add("pb")
    d.add("h", "REQUEST FOR PRIOR AUTHORIZATION - ADVANCED DIAGNOSTIC IMAGING", 12, "SansB", "center")
    d.add("kv", [("Date of Request:", "02/12/2026"),
                 ("Member Name:", "HALVORSEN, DALE R"),
                 ("DOB:", "09/14/1964"),
                 ("Sex:", "[X] M   [ ] F"),
                 ("Member ID:", "UHX 90021 4471"),
                 ("Ordering Physician:", "Adaeze Okonkwo-Reyes, MD, Neuro-Oncology   NPI 1093827715   Ph 312-555-7790"),
                 ("Servicing Facility:", "Lakeshore Cancer Institute Imaging - 3T MR suite   NPI 1386690021"),
                 ("Study Requested:", "MR SPECTROSCOPY, BRAIN (multivoxel, R parietal lesion)"),
                 ("CPT:", "76390"),
                 ("Diagnosis / ICD-10:", "C79.31  Secondary malignant neoplasm of brain\nC34.11  Malignant neoplasm upper lobe, right bronchus/lung\n"
                                         "Z92.3  Personal history of irradiation"),
                 ("Scheduled DOS:", "03/12/2026"),
                 ("Place of service:", "[X] Outpatient hospital   [ ] Freestanding   [ ] Inpatient")], 135)
    d.add("h", "Clinical questions", 10, "SansB")
    d.add("kv", [("Reason for study:", "[ ] Grading of glial neoplasm\n[X] Tumor recurrence vs radiation necrosis\n[X] Post-treatment surveillance of known brain tumor\n"
                                       "[ ] Neonatal HIE   [ ] Metabolic / mitochondrial   [ ] Leukodystrophy\n[ ] Other: ________"),
                 ("Most recent MRI/CT inconclusive?", "[X] Yes  [ ] No   MRI brain w/wo 01/28/2026 (LCI) - 'remain indeterminate'"),
                 ("Prior MR spectroscopy same region?", "[X] Yes  [ ] No   Date: 12/10/2025   Facility: Lakeside Imaging Center (outside)"),
                 ("Treatment since prior study?", "[ ] Yes  [X] No"),
                 ("New/worsening symptoms since prior study?", "[ ] Yes  [X] No   (stable)"),
                 ("Claustrophobia:", "[X] Yes - requires lorazepam premed; prefers wide-bore"),
                 ("Pregnancy:", "[ ] Yes  [ ] No  [X] N/A"),
                 ("Renal insufficiency / contrast contraindication:", "[ ] Yes  [X] No   eGFR 66 (01/2026)"),
                 ("Contrast:", "[ ] None  [ ] With  [X] Without and with (performed with conventional sequences)")], 175)
    d.add("sig", "A. Okonkwo-Reyes MD", "Physician signature            Date signed: 02/12/2026")
    docs.append(d)

    # ---------- 02 neuro-onc progress note ----------
    d = Doc(os.path.join(OUT, "02_neuro_oncology_progress_note_2026-02-09.pdf"), banner=banner, footer=FOOT_LS,
            title="Neuro-onc progress note")
    d.add("h", "NEURO-ONCOLOGY FOLLOW-UP VISIT", 12, "SansB")
    d.add("p", "Patient: HALVORSEN, DALE R     DOB: 09/14/1964 (61 y)     MRN: LCI-2207719\nVisit date: 2/9/2026     Provider: "
               "Adaeze Okonkwo-Reyes, MD     Referring: Thomas Brandt, MD (Thoracic Onc)", "Sans", 9)
    d.add("rule")
    d.add("p", "HPI (copied forward from 10/23/2025 visit - see interval history below):\n61M w/ stage IV EGFR ex19del lung adenocarcinoma, "
               "on osimertinib since 06/2024, solitary R parietal brain met s/p GK SRS 20 Gy x1 on 07/22/2025, presents with NEW L hand "
               "clumsiness x ~1 wk and worsening headaches. MRI 10/21/2025 shows enlarging enhancing R parietal lesion w/ increased "
               "vasogenic edema. Started dex 4 mg daily.", "Sans", 9.2)
    d.add("p", "INTERVAL HISTORY (2/9/2026): Since last visit (01/29/2026) no new neurologic symptoms. L hand clumsiness is "
               "stable - unchanged since 10/2025, no progression; still types w/ both hands. Headaches resolved since ~11/2025. No "
               "seizures, no visual change, no gait change, no speech difficulty. Outside MRS (Lakeside, 12/10/2025) 'favors treatment "
               "effect' but residual tumor not excluded; our MRI 01/28/2026 stable size, still indeterminate. Pt and wife frustrated "
               "that the outside study 'wasn't clear' and ask that it be repeated here on our 3T multivoxel protocol for comparability "
               "with our MRIs. No interval treatment: dex has been 1 mg daily since 11/20/2025 (taper completed then) and osimertinib "
               "80 mg daily is unchanged; no medication changes since the 12/10 MRS.", "Sans", 9.2)
    d.add("p", "ONCOLOGIC HISTORY:\n- 05/2024 RUL mass, bx adenocarcinoma, EGFR exon 19 del, PD-L1 5%\n- 06/2024 osimertinib 80 mg daily (ongoing)\n"
               "- 06/2025 surveillance MRI: solitary 1.4 cm R parietal met\n- 07/22/2025 Gamma Knife SRS 20 Gy x1 (Dr. Lindqvist)\n"
               "- 10/21/2025 MRI: enlarging lesion 2.2 cm, indeterminate recurrence vs radionecrosis -> dex\n"
               "- 12/10/2025 outside MRS (Lakeside Imaging): favors treatment-related change, tumor not excluded\n"
               "- 01/28/2026 MRI (LCI): stable 2.1 cm, indeterminate", "Sans", 9.2)
    d.add("p", "PROBLEM LIST: Metastatic NSCLC to brain; radiation necrosis vs recurrence R parietal; steroid-induced hyperglycemia "
               "(A1c 6.4; metformin since 11/2025); HTN; CKD stage 2 (eGFR 66); hx contrast-associated AKI after CT 2019 (iodinated) - resolved; severe "
               "claustrophobia (needs lorazepam for all MRIs).", "Sans", 9.2)
    d.add("p", "MEDICATIONS: osimertinib 80 mg daily; dexamethasone 1 mg daily; pantoprazole 40 mg daily; amlodipine 5 mg; "
               "metformin 500 mg BID; lorazepam 1 mg PO x1 pre-MRI.", "Sans", 9.2)
    d.add("p", "ROS: Neg for HA, N/V, seizures, vision change, weakness, numbness, incontinence. + mild insomnia (dex). 12-pt ROS o/w neg.", "Sans", 9.2)
    d.add("p", "EXAM: BP 134/82, HR 76. KPS 80. Alert, oriented x3, fluent. CN II-XII intact. Strength 5/5 x4. Mild L finger-tap "
               "slowing and L pronator drift trace - unchanged from 10/2025 and 01/2026 exams. Sensation intact. Gait normal.", "Sans", 9.2)
    d.add("p", "ASSESSMENT/PLAN:\n61M metastatic EGFR+ NSCLC, R parietal met s/p SRS 07/2025, lesion enlarging after SRS then stable, "
               "clinically stable. Imaging remains indeterminate (radiation necrosis vs recurrence).\n"
               "1. Repeat MR spectroscopy (76390) at LCI per pt/family preference, to compare with outside 12/2025 MRS and for ongoing "
               "post-treatment surveillance. Will submit PA.\n"
               "2. If MRS favors progression, we would present at tumor board for repeat SRS vs LITT. If necrosis, would consider "
               "bevacizumab only if he becomes symptomatic.\n"
               "3. Cont dex 1 mg - no change. Cont osimertinib per Dr. Brandt.\n"
               "4. Next MRI brain w/wo ~04/2026.\nRTC after MRS.", "Sans", 9.2)
    d.add("p", "Electronically signed: A. Okonkwo-Reyes, MD 02/09/2026 18:22", "Sans", 8.5)
    docs.append(d)

    # ---------- 03 stacked reports ----------
    d = Doc(os.path.join(OUT, "03_MRI_brain_2026-01-28_and_outside_MRS_2025-12-10.pdf"), banner=banner, footer=FOOT_RAD,
            title="MRI + outside MRS")
    d.add("h", "LAKESHORE CANCER INSTITUTE - DIAGNOSTIC RADIOLOGY", 11, "SansB")
    d.add("p", "PATIENT: HALVORSEN, DALE R   MRN: LCI-2207719   DOB: 09/14/1964\nEXAM: MRI BRAIN WITH AND WITHOUT CONTRAST, WITH "
               "PERFUSION   CPT 70553, 70553-26   DATE: 01/28/2026   ACC: LCI26012800418", "Mono", 8)
    d.add("p", "CLINICAL HISTORY: Metastatic lung ca, R parietal met s/p SRS 7/2025, evaluate lesion.", "Sans", 9)
    d.add("p", "COMPARISON: MRI brain 10/21/2025, 06/18/2025. Outside MR spectroscopy 12/10/2025 (report only).", "Sans", 9)
    d.add("p", "TECHNIQUE: Sag T1, ax T2, FLAIR, DWI, SWI, pre/post-gadolinium 3D T1 (gadobutrol 7.5 mL), DSC perfusion. "
               "Premedicated w/ lorazepam (claustrophobia). Wide-bore 3T.", "Sans", 9)
    d.add("p", "FINDINGS: Peripherally enhancing R parietal lesion measures 2.1 x 1.8 cm (previously 2.2 x 1.9 cm on 10/21/2025), "
               "with 'soap-bubble' enhancement centrally. Surrounding FLAIR signal slightly decreased. On DSC perfusion, rCBV is mildly "
               "elevated at the posterior-medial margin (max rCBV ~1.8) and low centrally. No new enhancing lesion elsewhere. No "
               "hemorrhage. No hydrocephalus. No leptomeningeal enhancement.", "Sans", 9)
    d.add("p", "IMPRESSION:\n1. Treated R parietal metastasis, stable to minimally decreased in size. Imaging features remain "
               "indeterminate - predominantly treatment-related change (radiation necrosis) versus a component of residual/recurrent "
               "tumor at the posterior-medial margin (mildly elevated rCBV).\n2. No new intracranial metastasis.", "SansB", 9)
    d.add("p", "Reading radiologist: Samuel Achterberg, MD - Neuroradiology.  Final 01/28/2026 16:51", "Sans", 8.5)
    d.add("rule", 1.3)
    d.add("h", "LAKESIDE IMAGING CENTER", 12, "SerifB", "center")
    d.add("h", "880 W. Touhy Ave, Skokie IL  *  (847) 555-0123  *  ACR accredited", 8, "Serif", "center")
    d.add("p", "Patient: Halvorsen, Dale     DOB: 9/14/1964     Exam date: 12/10/2025     Ref. phys: Lindqvist, E.\n"
               "Exam: MR SPECTROSCOPY, BRAIN (MULTIVOXEL 2D CSI, TE 135) - CPT 76390, with limited MRI brain", "Serif", 9.5)
    d.add("p", "HISTORY: Lung ca metastatic to brain, s/p SRS R parietal 07/22/2025. Enlarging lesion on 10/21 MRI. R/o recurrence "
               "vs radiation necrosis.", "Serif", 9.5)
    d.add("p", "FINDINGS: 1.5T wide-bore. CSI grid over R parietal lesion. Central voxels: large lipid-lactate peak, markedly reduced NAA, "
               "Cho/Cr 1.4, Cho/NAA 1.6. Posterior margin voxels: Cho/Cr up to 1.9 (partial volume with enhancing rim possible). "
               "Contralateral normal-appearing white matter reference normal.", "Serif", 9.5)
    d.add("p", "IMPRESSION: Spectral pattern favors treatment-related change/radiation necrosis. A small component of residual or "
               "recurrent tumor along the posterior margin cannot be entirely excluded. Clinical and imaging follow-up recommended.", "SerifB", 9.5)
    d.add("p", "Electronically signed by Rachel Denning, MD 12/10/2025 15:07", "Serif", 9)
    docs.append(d)

    # ---------- 04 rad onc f/u two-column ----------
    d = Doc(os.path.join(OUT, "04_radiation_oncology_followup_consult_2025-11-18.pdf"), banner=banner, footer=FOOT_LS,
            title="Rad onc follow-up")
    d.add("h", "RADIATION ONCOLOGY - FOLLOW-UP CONSULTATION", 12, "SansB")
    d.add("p", "HALVORSEN, DALE R  |  MRN LCI-2207719  |  DOB 09/14/1964  |  Date of visit: 18-Nov-2025  |  Erik Lindqvist, MD", "Sans", 8.5)
    d.add("rule")
    left = ("##Reason for visit\nPost-SRS f/u; enlarging R parietal lesion on MRI 10/21/2025.\n"
            "##Treatment summary\nGamma Knife SRS 07/22/2025: R parietal met 1.4 cm, 20 Gy to 50% IDL, single fraction. No WBRT. No "
            "prior cranial radiation.\n"
            "##Interval history\nL hand clumsiness began mid-Oct; headaches since Oct improving on dex. Dex 4 mg -> tapering, now 2 mg, "
            "plan 1 mg by 11/20. No seizures.\n"
            "##Meds\nosimertinib 80 mg qd; dexamethasone (taper); pantoprazole; amlodipine; metformin\n"
            "##Allergies\niodinated contrast - AKI 2019 (premedicate/hydrate; not an allergy per se)")
    right = ("##Exam\nKPS 80. Mild L finger-tap slowing, trace L drift. Otherwise nonfocal.\n"
             "##Imaging\nMRI 10/21/2025: R parietal enhancing lesion 2.2 cm (from 1.4 cm), increased edema, 'indeterminate - radiation "
             "necrosis vs tumor progression'.\n"
             "##Assessment\nEnlarging lesion ~3 mo after SRS: pseudoprogression / radiation necrosis favored given timing and "
             "osimertinib CNS control, but recurrence not excluded.\n"
             "##Plan\n- MR spectroscopy - pt prefers Lakeside Imaging (wide-bore, closer to home); ordered\n"
             "- Finish dex taper to 1 mg daily, then hold at 1 mg\n- Repeat MRI w/wo late Jan 2026\n"
             "- If progression confirmed, would discuss re-SRS vs resection")
    d.add("cols", left, right, 8.8)
    d.add("p", "E. Lindqvist, MD - signed 11/18/2025 12:40", "Sans", 8.5)
    docs.append(d)

    # ---------- 05 LMN ----------
    d = Doc(os.path.join(OUT, "05_letter_of_medical_necessity_2026-02-12.pdf"), banner=banner, footer=FOOT_LS,
            title="LMN")
    d.add("h", "Lakeshore Cancer Institute - Neuro-Oncology Program", 12.5, "SerifB")
    d.add("h", "2400 N Lakeshore Dr  |  Chicago, IL 60614  |  T 312-555-7790  |  F 312-555-7781", 8.5, "Serif")
    d.add("rule")
    d.add("p", "02/12/2026", "Serif", 11)
    d.add("p", "RE: Dale R. Halvorsen  |  DOB 09/14/1964  |  Member ID UHX 90021 4471\nREQUEST: MR Spectroscopy of the brain (CPT 76390)", "SerifB", 11)
    d.add("p", "Dear Medical Director,", "Serif", 11)
    d.add("p", "Mr. Halvorsen is a 61-year-old man with EGFR-mutant metastatic lung adenocarcinoma and a solitary right parietal brain "
               "metastasis treated with Gamma Knife radiosurgery on 07/22/2025. The lesion enlarged on MRI of 10/21/2025 and has since "
               "been stable; his most recent MRI (01/28/2026) remains indeterminate between radiation necrosis and a component of "
               "residual/recurrent tumor. An outside MR spectroscopy (Lakeside Imaging, 12/10/2025) favored treatment effect but did not "
               "exclude tumor.", "Serif", 11)
    d.add("p", "Clinically he is stable, with no new neurological symptoms; his mild left hand clumsiness is unchanged since October 2025. "
               "He has had no new treatment since the outside study. We are requesting a repeat MR spectroscopy at our institution, on "
               "our 3T multivoxel protocol, for ongoing post-treatment surveillance and to obtain spectra directly comparable with our "
               "perfusion MRI. The patient and his wife strongly prefer to have all imaging at LCI.", "Serif", 11)
    d.add("p", "This is consistent with the NCCN Clinical Practice Guidelines in Oncology: Central Nervous System Cancers (v.2025), "
               "which address this scenario after radiosurgery and list MR spectroscopy among the options to help differentiate "
               "radiation necrosis from tumor progression.", "Serif", 11)
    d.add("p", "Please note he has severe claustrophobia and requires lorazepam premedication. Kidney function is adequate (eGFR 66).", "Serif", 11)
    d.add("p", "Respectfully,", "Serif", 11)
    d.add("sig", "Adaeze Okonkwo-Reyes", "Adaeze Okonkwo-Reyes, MD  |  Neuro-Oncology  |  NPI 1093827715")
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
