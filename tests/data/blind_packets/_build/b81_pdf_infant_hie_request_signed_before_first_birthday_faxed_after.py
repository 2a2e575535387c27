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

# ======================= b81 case content =======================
CASE = "b81_pdf_infant_hie_request_signed_before_first_birthday_faxed_after"
OUT = os.path.join("/tmp/blind7", CASE)
os.makedirs(OUT, exist_ok=True)

PT = "OKAFOR, AMARA N"
FOOT_RCH = "Riverside Children's Hospital  |  OKAFOR, AMARA N  |  MRN 40718832  |  DOB 03/04/2025  |  CONFIDENTIAL PHI"
FOOT_NEURO = "Riverside Children's Neurology  |  Pt: Okafor, Amara N  |  MRN 40718832  |  Printed 03/05/2026 16:48 by PRAMAN"


def make_docs(TOTAL):
    def banner(p):
        return ("MAR-06-2026 14:22  FROM-RIVERSIDE CHILDRENS NEURO  +1 614 555 0142    T-418  P.%03d/%03d  F-772"
                % (p or 0, TOTAL))

    docs = []
    # ---------------- 01 fax cover + PA form ----------------
    d = Doc(os.path.join(OUT, "01_fax_cover_and_prior_auth_request.pdf"), banner=banner,
            footer="Riverside Children's Neurology - Prior Authorization Office  |  Form PA-IMG-7 rev 2024", title="Fax cover / PA request")
    d.add("h", "RIVERSIDE CHILDREN'S NEUROLOGY", 15, "SansB", "center")
    d.add("h", "1150 Riverside Pkwy, Suite 400  -  Columbus, OH 43215  -  Ph 614-555-0140  -  Fax 614-555-0142", 8, "Sans", "center")
    d.add("sp", 8)
    d.add("h", "FACSIMILE TRANSMITTAL", 13, "SansB")
    d.add("kv", [("To:", "Cohere Health - Utilization Management (Imaging)"),
                 ("Fax:", "1-800-555-0199"),
                 ("From:", "Tamika Reyes, PA coordinator, for Priya Raman, MD (Pediatric Neurology)"),
                 ("Date:", "03/06/2026"),
                 ("Re:", "RESUBMISSION - MR spectroscopy, OKAFOR, AMARA  (case ref UM-26-0227-3381). Request originally signed 02/27/2026; "
                         "UM asked for a letter of medical necessity, now attached."),
                 ("Pages:", "%d (including cover)" % TOTAL),
                 ("Urgency:", "[ ] Urgent   [X] Routine")], 95)
    d.add("p", "Enclosed: PA request form (signed 02/27/26), MRI brain reports 02/10/2026 and 03/09/2025, peds neuro clinic note "
               "02/19/2026, ED neurology consult 01/04/2026, NICU discharge summary, letter of medical necessity.", "Sans", 9)
    d.add("p", "CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and confidential. "
               "If you received this in error, notify the sender at 614-555-0140 and destroy all copies.", "Sans", 7.5)
    d.add("pb")
    d.add("h", "OUTPATIENT ADVANCED IMAGING - PRIOR AUTHORIZATION REQUEST", 12.5, "SansB", "center")
    d.add("h", "Pediatric imaging - please complete ALL fields. Incomplete forms will be returned.", 8, "Sans", "center")
    d.add("sp", 4)
    d.add("kv", [("Date of request", "02/27/2026"),
                 ("Patient name", "Okafor, Amara N                 Sex: F"),
                 ("DOB", "03/04/2025        Age: 11 mo"),
                 ("Member ID / Plan", "ZHP448120937  /  Lakeshore Family Health Plan (Medicaid managed care)"),
                 ("Parent / guardian", "Chidinma Okafor (mother)   Ph 614-555-3318"),
                 ("Ordering provider", "Priya Raman, MD - Pediatric Neurology     NPI 1457398821"),
                 ("Rendering facility", "Riverside Children's Hospital - Pediatric MRI (3T)   NPI 1720044516"),
                 ("Requested procedure", "MR spectroscopy, brain (single-voxel, basal ganglia + L perirolandic WM) with MRI localizer"),
                 ("CPT requested", "76390"),
                 ("ICD-10", "P91.62  Hypoxic ischemic encephalopathy [HIE], moderate\nR56.9  Unspecified convulsions\nR62.0  Delayed milestone in childhood"),
                 ("Requested date of service", "03/13/2026 (GA slot, Pediatric Anesthesia)"),
                 ("Setting", "\u2612 Outpatient    \u2610 Inpatient    \u2610 Observation")], 150)
    d.add("h", "CLINICAL INDICATION (check all that apply)", 10, "SansB")
    d.add("kv", [("Indication", "\u2610 Brain tumor - grading (high vs low grade)\n"
                               "\u2610 Tumor recurrence vs radiation necrosis\n"
                               "\u2610 Post-treatment surveillance, known brain tumor\n"
                               "\u2612 Neonatal / infant hypoxic-ischemic encephalopathy\n"
                               "\u2610 Mitochondrial disease / inborn error of metabolism\n"
                               "\u2610 Leukodystrophy / inherited metabolic disorder (e.g., Canavan)\n"
                               "\u2610 Other: ______________________"),
                 ("Conventional MRI/CT inconclusive?", "\u2612 Yes   \u2610 No      Study / date: MRI brain w/o 02/10/2026"),
                 ("Prior MR spectroscopy of same region?", "\u2612 Yes   \u2610 No      Date: 03/09/2025 (NICU, DOL 5)"),
                 ("Treatment / symptom change since last study", "New focal seizures since 12/28/2025; levetiracetam started 01/06/2026, "
                                                              "increased 02/02/2026; motor regression"),
                 ("Contrast", "\u2612 Without   \u2610 With   \u2610 Without & with"),
                 ("Sedation / anesthesia", "\u2612 Yes - general anesthesia required for age      Claustrophobia: \u2610 Yes  \u2612 No"),
                 ("Pregnancy (pt)", "\u2610 Yes   \u2610 No   \u2612 N/A"),
                 ("Renal impairment / GBCA contraindication", "\u2610 Yes   \u2612 No     (neonatal AKI - resolved)")], 150)
    d.add("p", "I certify that the information above is accurate and that the requested study is medically necessary.", "Sans", 8.5)
    d.add("sig", "Priya Raman MD", "Ordering provider signature          Date: 2/27/26")
    d.add("p", "For payer use only:  Received ____03/06/2026____   Reviewer ______   Ref UM-26-0227-3381", "Mono", 8)
    docs.append(d)

    # ---------------- 02 stacked radiology reports ----------------
    d = Doc(os.path.join(OUT, "02_radiology_MRI_brain_2026-02-10_and_NICU_MRI_MRS_2025-03-09.pdf"), banner=banner,
            footer=FOOT_RCH, title="Radiology reports")
    d.add("h", "RIVERSIDE CHILDREN'S HOSPITAL - DEPARTMENT OF RADIOLOGY", 11, "SansB")
    d.add("kv", [("Patient", "OKAFOR, AMARA N     MRN 40718832     DOB 03/04/2025     Age: 11 months"),
                 ("Exam", "MRI BRAIN WITHOUT CONTRAST  (CPT 70551)     Acc# RCH-MR-2602-10447"),
                 ("Date of exam", "02/10/2026 09:12      Sedation: GA (Pediatric Anesthesia)"),
                 ("Ordering", "Raman, Priya MD")], 95, 8.5)
    d.add("p", "HISTORY: 11 mo F, hx moderate-severe HIE s/p therapeutic hypothermia, new focal seizures since late Dec 2025, "
               "motor regression. Eval for interval change.", "Sans", 9)
    d.add("p", "COMPARISON: MRI/MRS brain 03/09/2025 (DOL 5).", "Sans", 9)
    d.add("p", "TECHNIQUE: Multiplanar multisequence MRI of the brain without IV contrast on 3T: sagittal T1, axial/coronal T2, "
               "axial FLAIR, DWI/ADC, SWI, 3D T1 MPRAGE. MR spectroscopy was not requested for this exam.", "Sans", 9)
    d.add("p", "FINDINGS:\nDeep gray matter: Expected evolution of the previously seen injury in the bilateral ventrolateral thalami and "
               "posterior putamina, now T2 hyperintense with mild volume loss, c/w chronic sequelae. No new deep gray restricted diffusion.\n"
               "White matter: New since the comparison study is patchy T2/FLAIR hyperintensity in the bilateral perirolandic subcortical "
               "and periventricular white matter, L>R. Diffusion signal in these areas is equivocal (mild ADC pseudonormalization vs T2 "
               "shine-through). Myelination is mildly delayed for age in the frontal subcortical white matter; PLIC myelinated bilaterally. "
               "The pattern is not that of a leukodystrophy.\n"
               "Ventricles/extra-axial: Mild ex vacuo prominence of the lateral ventricles. No hydrocephalus. No extra-axial collection. "
               "No midline shift.\nSWI: No hemorrhage. Posterior fossa: Normal. Orbits/sinuses: Unremarkable.", "Sans", 9)
    d.add("p", "IMPRESSION:\n1. Chronic sequelae of neonatal HIE in the bilateral thalami/posterior putamina, expected evolution.\n"
               "2. NEW patchy perirolandic subcortical/periventricular white matter signal abnormality, L>R, INDETERMINATE: subacute "
               "superimposed hypoxic-ischemic injury (e.g., seizure-related) versus delayed/atypical evolution of the remote injury. "
               "These cannot be distinguished on conventional sequences. MR spectroscopy (lactate, NAA) is recommended for further "
               "characterization.\n3. Mildly delayed myelination for age.", "SansB", 9)
    d.add("p", "Dictated by: Helen Voss, MD (Pediatric Neuroradiology)   Signed 02/10/2026 13:40", "Sans", 8.5)
    d.add("rule", 1.2)
    d.add("h", "*** PRIOR REPORT (appended for comparison) ***", 10, "SansB", "center")
    d.add("kv", [("Patient", "OKAFOR, BABY GIRL [AMARA]   MRN 40718832   DOB 03/04/2025   Age: 5 days   Location: NICU bed 14"),
                 ("Exam", "MRI BRAIN W/O CONTRAST WITH SINGLE-VOXEL MR SPECTROSCOPY  (CPT 70551, 76390)"),
                 ("Date of exam", "03/09/2025 07:55   (DOL 5, post-rewarming)"),
                 ("Ordering", "Aldana, Marco MD (Neonatology)")], 95, 8.5)
    d.add("p", "HISTORY: Term neonate, placental abruption, Apgars 1/3/6, cord pH 6.92, Sarnat stage 2 encephalopathy, s/p 72 h "
               "whole-body therapeutic hypothermia. Assess extent of HIE.", "Sans", 9)
    d.add("p", "FINDINGS: Restricted diffusion and T1 hyperintensity in the bilateral ventrolateral thalami and posterior putamina with "
               "loss of the normal PLIC signal. Watershed cortex relatively spared. No hemorrhage. SV-MRS (PRESS, TE 144 ms, left basal "
               "ganglia voxel): prominent inverted lactate doublet at 1.33 ppm; reduced NAA.", "Sans", 9)
    d.add("p", "IMPRESSION: Findings are characteristic of moderate-to-severe hypoxic-ischemic encephalopathy, basal ganglia-thalamus "
               "predominant pattern. MRS c/w HIE (elevated lactate, low NAA).", "SansB", 9)
    d.add("p", "Electronically signed: R. Castellanos, MD  03/09/2025 11:02", "Sans", 8.5)
    docs.append(d)

    # ---------------- 03 clinic note ----------------
    d = Doc(os.path.join(OUT, "03_peds_neurology_clinic_note_2026-02-19.pdf"), banner=banner, footer=FOOT_NEURO,
            title="Pediatric neurology follow-up")
    d.add("h", "RIVERSIDE CHILDREN'S NEUROLOGY - OUTPATIENT PROGRESS NOTE", 11.5, "SansB")
    d.add("kv", [("Patient", "Okafor, Amara N   DOB 03/04/2025   MRN 40718832"),
                 ("Date of service", "Feb 19, 2026"),
                 ("Provider", "Priya Raman, MD"),
                 ("Accompanied by", "Mother (Chidinma), maternal grandmother")], 110, 8.5)
    d.add("p", "CHIEF COMPLAINT: f/u new seizures, review MRI", "SansB", 9.5)
    d.add("p", "HPI: Amara is an 11 mo ex-38+2 wk F with hx moderate-severe HIE (Sarnat 2) s/p TH x72h, neonatal sz (resolved; "
               "phenobarb weaned off 04/2025), here for f/u of new-onset seizures. Mom reports that starting 12/28/25 she has had "
               "episodes of R arm stiffening w/ eye deviation to the R, 30-60 s, ~2-3x/wk. Cluster of 4 on 1/4/26 -> ED (see neuro "
               "consult), LEV started 01/06/2026, dose increased 02/02/2026 for breakthrough events. Since Jan mom also notes loss of "
               "previously acquired skills: she was sitting independently at 8 mo, now slumps and needs support; babbling decreased. "
               "Feeding OK, no vomiting, no fevers, no sick contacts.", "Sans", 9.2)
    d.add("p", "PMH:\n- HIE, moderate-severe, s/p therapeutic hypothermia (DOL 0-3)\n- Neonatal seizures - resolved, off AED 04/2025\n"
               "- Neonatal AKI (peak Cr 1.4 on DOL 2) - resolved prior to NICU d/c; Cr 0.21 on 01/05/2026\n- GERD\n"
               "Birth hx: emergency C/S for placental abruption, Apgars 1/3/6, cord pH 6.92, BD -17.", "Sans", 9.2)
    d.add("p", "FAMILY HISTORY: Maternal uncle with a brain tumor ('astrocytoma?') dx age 34, s/p surgery, doing well. Older brother "
               "(4 y) healthy. No family hx of epilepsy, developmental disorders, metabolic disease or consanguinity.", "Sans", 9.2)
    d.add("p", "SOCIAL: Lives with parents and brother. Mom G3P2, currently ~24 wks pregnant, followed by MFM. Attends in-home EI.", "Sans", 9.2)
    d.add("p", "MEDICATIONS: levetiracetam 100 mg/mL - 1.6 mL PO BID (incr. 02/02/26); cholecalciferol 400 IU daily; "
               "famotidine 4 mg PO BID.   ALLERGIES: NKDA", "Sans", 9.2)
    d.add("p", "ROS: + seizures, + motor regression, + decreased vocalization. Neg for fever, rash, vomiting, lethargy, apnea, "
               "feeding refusal. GU: normal wet diapers. All other systems reviewed and negative.", "Sans", 9.2)
    d.add("p", "EXAM: Wt 8.6 kg (20th %ile), HC 42.5 cm (10th %ile; was 50th %ile at 4 mo - crossing percentiles). Alert, tracks, "
               "social smile present. Axial hypotonia, appendicular hypertonia R>L, DTRs 3+ R, 2+ L, sustained ankle clonus R. Does not "
               "sit unsupported today. Fisting R hand. No dysmorphic features. Skin: no neurocutaneous stigmata.", "Sans", 9.2)
    d.add("p", "DATA: MRI brain 02/10/2026 - chronic thalamic/putaminal HIE sequelae + NEW perirolandic WM signal, indeterminate "
               "(new superimposed injury vs atypical evolution); radiology recommends MRS. Prior NICU MRI/MRS 03/09/2025 classic "
               "BG/T pattern w/ lactate. EEG 01/05/2026: L centrotemporal sharp waves, L hemispheric slowing. Metabolic w/u 04/2025 "
               "(plasma AA, urine OA, acylcarnitine profile, lactate/pyruvate, ammonia): all normal; genetics (Dr. Feld) felt an "
               "inborn error of metabolism was excluded and mitochondrial disease is not suspected. Newborn screen normal.", "Sans", 9.2)
    d.add("p", "ASSESSMENT AND PLAN:\n11 mo F with remote neonatal HIE, now new-onset focal epilepsy and motor regression, with new WM "
               "signal on MRI that is indeterminate. Need to determine whether this is ongoing/new hypoxic-ischemic injury vs evolution "
               "of old injury - this changes management (escalation of AED therapy / inpatient vEEG, and counseling re: prognosis).\n"
               "1. Request MR spectroscopy (CPT 76390) single-voxel BG + L perirolandic WM under GA. PA form completed today for "
               "submission; will coordinate w/ anesthesia.\n"
               "2. Focal epilepsy: cont LEV at current dose; seizure action plan reviewed; intranasal midazolam rescue Rx.\n"
               "3. Regression: PT/OT increased to weekly; EI re-eval.\n"
               "4. If MRS is unremarkable, we would consider a repeat MRI in ~6 mo rather than now.\n"
               "RTC 6 wks or sooner prn. Mom verbalized understanding.", "Sans", 9.2)
    d.add("p", "Sedation note: requires GA for MRI given age; no claustrophobia concern.", "Sans", 8.5)
    d.add("p", "Electronically signed by Priya Raman, MD on 02/19/2026 17:05", "Sans", 8.5)
    docs.append(d)

    # ---------------- 04 ED neuro consult (two-column) ----------------
    d = Doc(os.path.join(OUT, "04_ED_neurology_consult_2026-01-04.pdf"), banner=banner, footer=FOOT_RCH,
            title="ED neurology consult")
    d.add("h", "PEDIATRIC NEUROLOGY CONSULTATION - EMERGENCY DEPARTMENT", 11.5, "SansB")
    d.add("p", "Pt: OKAFOR, AMARA N   MRN 40718832   DOB 3/4/2025   Date: 01/04/2026 21:30   Consultant: J. Whitcombe, MD (resident) / "
               "P. Raman, MD (attending)   Requested by: ED attending Dr. Sato   Reason: cluster of seizures", "Sans", 8.5)
    d.add("rule")
    left = ("##HPI\n10 mo F w/ hx HIE (cooled), neonatal sz off AED since 4/2025, presents w/ 4 events today of R arm stiffening + R gaze "
            "deviation ~45 s each, returning to baseline between. Similar shorter events since 12/28. Afebrile. No trauma. No ingestion.\n"
            "##PMH\nHIE s/p TH; neonatal AKI (resolved); GERD.\n"
            "##Meds\nfamotidine; vit D\n"
            "##Allergies\nNKDA\n"
            "##FHx\nMat uncle brain tumor. No epilepsy.\n"
            "##ROS\nNo fever, URI sx, V/D. No lethargy between events.")
    right = ("##Exam\nT 37.0  HR 132  RR 30  SpO2 99% RA. Alert, consolable. AFOF. R>L hypertonia, brisk R DTRs (baseline per mom). "
             "No meningismus.\n"
             "##Data\nGlucose 88, Na 138, Ca 9.8, Mg 2.1. CT head not obtained (avoid radiation; outpatient MRI preferred).\n"
             "##Assessment\nNew focal seizures in 10 mo w/ remote HIE - symptomatic focal epilepsy likely. Not c/w febrile seizure. "
             "r/o new structural change - outpatient MRI.\n"
             "##Plan\n- Load LEV 40 mg/kg IV, then 15 mg/kg BID (start maintenance 01/06 per pharmacy)\n- Routine EEG in AM\n"
             "- Outpatient MRI brain w/o under GA\n- d/c home if no further events x 12 h\n- f/u Dr. Raman 2-4 wks")
    d.add("cols", left, right, 8.8)
    d.add("p", "Seen and discussed with attending. -- JW / PR  01/04/2026 23:58", "Sans", 8.5)
    docs.append(d)

    # ---------------- 05 NICU discharge summary ----------------
    d = Doc(os.path.join(OUT, "05_NICU_discharge_summary_2025-03-20.pdf"), banner=banner, footer=FOOT_RCH,
            title="NICU discharge summary")
    d.add("h", "NEONATAL INTENSIVE CARE UNIT - DISCHARGE SUMMARY", 11.5, "SansB")
    d.add("kv", [("Patient", "Okafor, Baby Girl (Amara)   MRN 40718832"),
                 ("DOB / GA", "03/04/2025 04:51   38 2/7 wk   BW 3.12 kg"),
                 ("Admit / Discharge", "03/04/2025  ->  03/20/2025 (DOL 16)"),
                 ("Attending", "Marco Aldana, MD")], 110, 8.5)
    d.add("p", "DISCHARGE DIAGNOSES:\n1. Hypoxic-ischemic encephalopathy, moderate (Sarnat stage 2), s/p 72 h therapeutic hypothermia\n"
               "2. Neonatal seizures (DOL 0-1), on phenobarbital\n3. Acute kidney injury, resolved (peak Cr 1.4 DOL 2; Cr 0.4 at d/c)\n"
               "4. Transaminitis, resolved\n5. Term infant, placental abruption", "Sans", 9.2)
    d.add("p", "HOSPITAL COURSE (by system):\nNeuro: Encephalopathic at birth w/ hypotonia, weak suck, decreased activity; met criteria "
               "for TH, cooled within 3 h of life. Electrographic seizures on aEEG/cEEG DOL 0-1, treated with phenobarbital, none after "
               "DOL 1. MRI/MRS DOL 5: basal ganglia-thalamus pattern injury, lactate peak. Neuro exam at d/c: mild hypotonia, "
               "improved suck.\nRenal: oliguric AKI DOL 1-3, managed w/ fluid restriction; resolved, UOP normal at d/c.\n"
               "FEN/GI: full PO feeds by DOL 12. Genetics/Metabolic: newborn screen normal.\n"
               "Social: Mother 29 y G2P2 -> 2, well.", "Sans", 9.2)
    d.add("p", "DISCHARGE MEDS: phenobarbital 5 mg/kg/day PO div BID (wean per neuro). FOLLOW-UP: Neurology (Dr. Raman) 2 wk, "
               "high-risk infant follow-up clinic, Early Intervention referral placed.", "Sans", 9.2)
    d.add("p", "Dictated 03/20/2025 by M. Aldana MD; transcribed 03/21/2025 (kt)", "Sans", 8.5)
    docs.append(d)

    # ---------------- 06 LMN ----------------
    d = Doc(os.path.join(OUT, "06_letter_of_medical_necessity_2026-03-05.pdf"), banner=banner, footer=FOOT_NEURO,
            title="Letter of medical necessity")
    d.add("h", "RIVERSIDE CHILDREN'S NEUROLOGY", 13, "SerifB", "center")
    d.add("h", "1150 Riverside Pkwy, Suite 400, Columbus, OH 43215", 8.5, "Serif", "center")
    d.add("sp", 10)
    d.add("p", "March 5, 2026", "Serif", 11)
    d.add("p", "Cohere Health - Utilization Management\nRe: OKAFOR, AMARA N     DOB: 03/04/2025     Member ID ZHP448120937\n"
               "Request: MR spectroscopy of the brain, CPT 76390 (request dated 02/27/2026; UM ref UM-26-0227-3381)", "Serif", 11)
    d.add("p", "To Whom It May Concern:", "Serif", 11)
    d.add("p", "I am writing at the request of your UM department in support of the above request. Amara, who just turned one year "
               "old this week, had moderate-to-severe hypoxic-ischemic encephalopathy at birth, treated with therapeutic hypothermia. "
               "Her neonatal MRI/MRS (03/09/2025) showed the characteristic basal ganglia-thalamus pattern.", "Serif", 11)
    d.add("p", "Since late December 2025 she has developed new focal seizures requiring levetiracetam (started 01/06/2026, increased "
               "02/02/2026) and has lost motor milestones. Her MRI of 02/10/2026 shows new white matter signal abnormality that the "
               "neuroradiologist describes as indeterminate - new superimposed hypoxic-ischemic injury versus atypical evolution of the "
               "remote injury - and specifically recommends MR spectroscopy. An inborn error of metabolism was excluded by a normal "
               "metabolic evaluation in 04/2025.", "Serif", 11)
    d.add("p", "The result will directly change her management: evidence of active injury (elevated lactate, falling NAA) would lead to "
               "inpatient video-EEG and escalation of antiseizure therapy; absence of it would allow outpatient management. The study "
               "will be performed without gadolinium, under general anesthesia (required for her age).", "Serif", 11)
    d.add("p", "Please contact my office at 614-555-0140 with any questions.", "Serif", 11)
    d.add("p", "Sincerely,", "Serif", 11)
    d.add("sig", "Priya Raman", "Priya Raman, MD - Pediatric Neurology   NPI 1457398821")
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
