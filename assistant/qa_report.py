"""QA reports: one self-contained HTML file (inline CSS and SVG, no external assets, no
script) or Markdown, from the dicts that ``assistant.qa`` computes; plus the plain-text
summaries the CLI prints. Rendering only: no scoring here."""
from __future__ import annotations

import html
from pathlib import Path

CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:24px auto;max-width:1100px;color:#1d2430;padding:0 16px}
h1{font-size:22px;margin:0 0 4px} h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #d8dee8;padding-bottom:4px}
.muted{color:#5b6475} .bad{color:#a4161a} .good{color:#1b7f3b}
table{border-collapse:collapse;margin:6px 0 12px} th,td{border:1px solid #d8dee8;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f1f4f9} td.num{text-align:right;font-variant-numeric:tabular-nums}
.cards{display:flex;gap:12px;flex-wrap:wrap} .card{border:1px solid #d8dee8;border-radius:6px;padding:8px 14px;min-width:150px}
.card b{display:block;font-size:22px} .snippet{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}
.legend span{display:inline-block;width:10px;height:10px;margin:0 4px 0 12px}
"""

STRICT_COLOUR, LENIENT_COLOUR = "#8fb3e0", "#1f5fa8"


def _e(value) -> str:
    return html.escape("" if value is None else str(value))


def _fmt(value) -> str:
    return "–" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


# ---------------------------------------------------------------- drawings

def svg_bars(rows: list[tuple[str, list[tuple[float, str]]]], width: int = 760, label_width: int = 230) -> str:
    """Horizontal bars in [0, 1]: one row per label, one bar per (value, colour) in it."""
    bar_height, gap = 11, 8
    per_row = max((len(values) for _, values in rows), default=1) * bar_height + gap
    height = per_row * len(rows) + 24
    scale = width - label_width - 60
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="bar chart">']
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        x = label_width + tick * scale
        parts.append(f'<line x1="{x:.1f}" y1="0" x2="{x:.1f}" y2="{height - 18}" stroke="#e3e8ef"/>'
                     f'<text x="{x:.1f}" y="{height - 4}" font-size="10" text-anchor="middle" fill="#5b6475">'
                     f'{tick:g}</text>')
    for index, (label, values) in enumerate(rows):
        y = index * per_row + 2
        parts.append(f'<text x="{label_width - 6}" y="{y + bar_height}" font-size="11" text-anchor="end">'
                     f'{_e(label)}</text>')
        for offset, (value, colour) in enumerate(values):
            bar_y = y + offset * bar_height
            length = max(0.0, min(1.0, value or 0.0)) * scale
            parts.append(f'<rect x="{label_width}" y="{bar_y}" width="{length:.1f}" height="{bar_height - 2}" '
                         f'fill="{colour}"><title>{_e(label)}: {_fmt(value)}</title></rect>'
                         f'<text x="{label_width + length + 4:.1f}" y="{bar_y + bar_height - 2}" font-size="10">'
                         f'{_fmt(value)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def svg_confusion(matrix: dict[str, dict[str, int]], cell: int = 64, label_width: int = 210) -> str:
    """Gold outcome in rows, predicted in columns; darker = more cases, the diagonal green."""
    labels = list(matrix)
    top = 110
    size = cell * len(labels)
    peak = max((count for row in matrix.values() for count in row.values()), default=0) or 1
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_width + size + 90}" height="{top + size + 30}" '
             f'role="img" aria-label="outcome confusion matrix">',
             f'<text x="{label_width + size / 2}" y="12" font-size="11" text-anchor="middle" fill="#5b6475">'
             f'predicted</text>',
             f'<text x="10" y="{top + size + 22}" font-size="11" fill="#5b6475">gold (rows)</text>']
    for column, label in enumerate(labels):
        x = label_width + column * cell + cell / 2
        parts.append(f'<text transform="translate({x:.1f},{top - 6}) rotate(-40)" font-size="11">{_e(label)}</text>')
    for row_index, gold in enumerate(labels):
        y = top + row_index * cell
        parts.append(f'<text x="{label_width - 6}" y="{y + cell / 2 + 4}" font-size="11" text-anchor="end">'
                     f'{_e(gold)}</text>')
        for column, predicted in enumerate(labels):
            count = matrix[gold][predicted]
            shade = 0.12 + 0.88 * count / peak if count else 0.0
            colour = f"rgba(27,127,59,{shade:.2f})" if gold == predicted else f"rgba(164,22,26,{shade:.2f})"
            x = label_width + column * cell
            parts.append(f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" fill="{colour if count else "#fff"}" '
                         f'stroke="#c4ccd8"><title>gold {_e(gold)}, predicted {_e(predicted)}: {count}</title></rect>'
                         f'<text x="{x + cell / 2}" y="{y + cell / 2 + 5}" font-size="14" text-anchor="middle" '
                         f'fill="{"#fff" if shade > 0.55 else "#1d2430"}">{count}</text>')
    parts.append("</svg>")
    return "".join(parts)


# ---------------------------------------------------------------- evaluation report

def _html_table(header: list[str], rows: list[list], numeric_from: int = 1) -> str:
    head = "".join(f"<th>{_e(cell)}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f'<td class="num">{_e(_fmt(cell))}</td>' if index >= numeric_from
                                    else f"<td>{_e(cell)}</td>" for index, cell in enumerate(row)) + "</tr>"
                   for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _concept_rows(result: dict) -> list[list]:
    strict, lenient = result["span"]["strict"]["by_concept"], result["span"]["lenient"]["by_concept"]
    rows = []
    for concept in sorted(lenient, key=lambda c: (lenient[c]["f1"], c)):
        s, l = strict[concept], lenient[concept]
        rows.append([concept, l["tp"] + l["fn"], l["tp"], l["fp"], l["fn"], l["precision"], l["recall"], l["f1"],
                     s["precision"], s["recall"], s["f1"]])
    return rows


CONCEPT_HEADER = ["concept", "gold", "TP", "FP", "FN", "P lenient", "R lenient", "F1 lenient", "P strict", "R strict",
                  "F1 strict"]
ATTRIBUTE_HEADER = ["attribute", "TP", "FP", "FN", "precision", "recall", "F1", "accuracy"]
ERROR_HEADER = ["case", "kind", "concept", "document", "page", "snippet"]


def _attribute_rows(result: dict) -> list[list]:
    return [[name, a["tp"], a["fp"], a["fn"], a["precision"], a["recall"], a["f1"], a["accuracy"]]
            for name, a in result["assertion"]["by_attribute"].items()]


def _error_rows(result: dict) -> list[list]:
    rows = []
    for error in result["errors"]:
        kind = error["kind"]
        if kind.startswith("assertion:"):
            kind += f" (gold {str(error['gold']).lower()})"
        rows.append([error["case"], kind, error["concept"], error["document"], error["page"],
                     error.get("snippet") or error.get("sentence") or error.get("text", "")])
    return rows


def evaluation_html(result: dict, title: str = "Extraction QA") -> str:
    lenient, strict = result["span"]["lenient"]["total"], result["span"]["strict"]["total"]
    case = result["case"]
    cards = [("cases", result["cases"]), ("span F1 lenient", lenient["f1"]), ("span F1 strict", strict["f1"]),
             ("outcome accuracy", case["outcome_accuracy"]), ("leaf accuracy", case["leaf_accuracy"]),
             ("errors listed", len(result["errors"]))]
    bars = "".join(f'<p class="{"good" if bar["passed"] else "bad"}">{_e(bar["name"])}: {_fmt(bar["value"])} '
                   f'(bar {_fmt(bar["minimum"])}) {"passed" if bar["passed"] else "BELOW THE BAR"}</p>'
                   for bar in result.get("bars", []))
    concept_rows = _concept_rows(result)
    concept_bars = svg_bars([(row[0], [(row[10], STRICT_COLOUR), (row[7], LENIENT_COLOUR)]) for row in concept_rows])
    attribute_bars = svg_bars([(name, [(a["f1"], LENIENT_COLOUR)])
                               for name, a in result["assertion"]["by_attribute"].items()])
    wrong = "".join(f"<li><b>{_e(w['case'])}</b>: gold {_e(w['gold'])}, got {_e(w['predicted'])}"
                    f"<ul>{''.join(f'<li>{_e(d)}</li>' for d in w['disagreements'])}</ul></li>"
                    for w in case["wrong_outcomes"]) or "<li>none</li>"
    leaf_rows = [[leaf, v["right"], v["total"], v["accuracy"]] for leaf, v in case["by_leaf"].items()]
    problems = "".join(f"<li>{_e(p)}</li>" for p in result.get("problems", []))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{_e(title)}</title><style>{CSS}</style></head><body>
<h1>{_e(title)}</h1>
<p class="muted">Lenient = overlapping span, same concept, document and page; strict = same offsets. Assertion flags are
scored on the lenient matches.</p>
<div class="cards">{''.join(f'<div class="card"><span class="muted">{_e(k)}</span><b>{_e(_fmt(v))}</b></div>' for k, v in cards)}</div>
{bars}
<h2>Span level, per concept</h2>
<p class="legend"><span style="background:{STRICT_COLOUR}"></span>F1 strict<span style="background:{LENIENT_COLOUR}"></span>F1 lenient</p>
{concept_bars}
{_html_table(CONCEPT_HEADER, concept_rows)}
<p>Total lenient: P {_fmt(lenient['precision'])}, R {_fmt(lenient['recall'])}, F1 {_fmt(lenient['f1'])}
(TP {lenient['tp']}, FP {lenient['fp']}, FN {lenient['fn']}); strict: P {_fmt(strict['precision'])},
R {_fmt(strict['recall'])}, F1 {_fmt(strict['f1'])}.</p>
<h2>Assertion level ({result['assertion']['matched_spans']} matched spans)</h2>
{attribute_bars}
{_html_table(ATTRIBUTE_HEADER, _attribute_rows(result))}
<h2>Case level</h2>
<div style="display:flex;gap:32px;flex-wrap:wrap"><div>{svg_confusion(case['outcome_confusion'])}</div>
<div><h3>Cases whose outcome is wrong</h3><ul>{wrong}</ul></div></div>
{_html_table(["leaf", "right", "total", "accuracy"], leaf_rows)}
<h2>Every error</h2>
{_html_table(ERROR_HEADER, _error_rows(result), numeric_from=99)}
{f'<h2>Gold problems</h2><ul>{problems}</ul>' if problems else ''}
</body></html>
"""


def _md_table(header: list[str], rows: list[list]) -> str:
    def cell(value) -> str:
        return _fmt(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(value) for value in row) + " |" for row in rows]
    return "\n".join(lines)


def evaluation_markdown(result: dict, title: str = "Extraction QA") -> str:
    case = result["case"]
    lenient, strict = result["span"]["lenient"]["total"], result["span"]["strict"]["total"]
    labels = list(case["outcome_confusion"])
    confusion = [[gold] + [case["outcome_confusion"][gold][p] for p in labels] for gold in labels]
    wrong = "\n".join(f"- **{w['case']}**: gold {w['gold']}, got {w['predicted']}"
                      + "".join(f"\n  - {d}" for d in w["disagreements"]) for w in case["wrong_outcomes"]) or "- none"
    bars = "\n".join(f"- {bar['name']}: {_fmt(bar['value'])} (bar {_fmt(bar['minimum'])}) "
                     f"{'passed' if bar['passed'] else '**BELOW THE BAR**'}" for bar in result.get("bars", []))
    return "\n\n".join([
        f"# {title}",
        f"{result['cases']} cases. Span F1 lenient {_fmt(lenient['f1'])}, strict {_fmt(strict['f1'])}; outcome accuracy "
        f"{_fmt(case['outcome_accuracy'])}; leaf accuracy {_fmt(case['leaf_accuracy'])}.",
        bars,
        "## Span level, per concept", _md_table(CONCEPT_HEADER, _concept_rows(result)),
        f"## Assertion level ({result['assertion']['matched_spans']} matched spans)",
        _md_table(ATTRIBUTE_HEADER, _attribute_rows(result)),
        "## Outcome confusion (rows gold, columns predicted)", _md_table(["gold \\ predicted"] + labels, confusion),
        "## Cases whose outcome is wrong", wrong,
        "## Leaf accuracy", _md_table(["leaf", "right", "total", "accuracy"],
                                      [[k, v["right"], v["total"], v["accuracy"]] for k, v in case["by_leaf"].items()]),
        "## Every error", _md_table(ERROR_HEADER, _error_rows(result)),
    ]).replace("\n\n\n", "\n\n") + "\n"


def write_evaluation_report(result: dict, path: str | Path, title: str = "Extraction QA") -> Path:
    path = Path(path)
    text = evaluation_markdown(result, title) if path.suffix.lower() == ".md" else evaluation_html(result, title)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def evaluation_text(result: dict) -> str:
    """What `mrs-review evaluate GOLD_DIR` prints without --json."""
    case = result["case"]
    lenient, strict = result["span"]["lenient"]["total"], result["span"]["strict"]["total"]
    lines = [f"{result['cases']} cases",
             f"span lenient P {_fmt(lenient['precision'])} R {_fmt(lenient['recall'])} F1 {_fmt(lenient['f1'])} "
             f"(TP {lenient['tp']} FP {lenient['fp']} FN {lenient['fn']}); strict F1 {_fmt(strict['f1'])}",
             "", f"{'concept':<34}{'gold':>5}{'TP':>5}{'FP':>5}{'FN':>5}{'F1 len':>8}{'F1 str':>8}"]
    for row in _concept_rows(result):
        lines.append(f"{row[0]:<34}{row[1]:>5}{row[2]:>5}{row[3]:>5}{row[4]:>5}{row[7]:>8.3f}{row[10]:>8.3f}")
    lines += ["", f"assertions on {result['assertion']['matched_spans']} matched spans:"]
    for name, a in result["assertion"]["by_attribute"].items():
        lines.append(f"  {name:<13} accuracy {_fmt(a['accuracy'])}  P {_fmt(a['precision'])} R {_fmt(a['recall'])} "
                     f"F1 {_fmt(a['f1'])}")
    lines += ["", f"outcome accuracy {_fmt(case['outcome_accuracy'])}, leaf accuracy {_fmt(case['leaf_accuracy'])}"]
    labels = list(case["outcome_confusion"])
    lines.append("  gold \\ predicted".ljust(28) + "".join(label[:12].rjust(14) for label in labels))
    for gold in labels:
        lines.append(f"  {gold:<26}" + "".join(str(case["outcome_confusion"][gold][p]).rjust(14) for p in labels))
    for wrong in case["wrong_outcomes"]:
        lines.append(f"  wrong: {wrong['case']}: gold {wrong['gold']}, got {wrong['predicted']}")
    lines += ["", f"{len(result['errors'])} errors:"]
    for row in _error_rows(result):
        lines.append(f"  {row[0]} {row[3]}:p{row[4]} {row[1]} {row[2]}: {str(row[5])[:150]}")
    return "\n".join(lines)


# ---------------------------------------------------------------- reviewer feedback report

FEEDBACK_HEADER = ["confirmed", "rejected", "added", "rejection rate"]


def _feedback_rows(table: dict) -> list[list]:
    return [[key, v["confirmed"], v["rejected"], v["added"], v["rejection_rate"]]
            for key, v in sorted(table.items(), key=lambda item: (-item[1]["rejected"], item[0]))]


def feedback_text(summary: dict) -> str:
    lines = [f"{summary['events']} review events, {summary['cases']} case(s)"]
    for title, key in (("per concept", "by_concept"), ("per lexicon rule", "by_rule")):
        lines += ["", f"{title}:", f"  {'':<40}{'confirmed':>10}{'rejected':>10}{'added':>8}{'rej.rate':>10}"]
        for row in _feedback_rows(summary[key]):
            lines.append(f"  {str(row[0])[:40]:<40}{row[1]:>10}{row[2]:>10}{row[3]:>8}{_fmt(row[4]):>10}")
    lines += ["", "most rejected snippets:"]
    for item in summary["top_rejected"]:
        lines.append(f"  {item['count']}x {item['concept']} [{item['rule']}] {item['text']!r}"
                     + (f" - {item['reasons'][0]}" if item["reasons"] else ""))
    return "\n".join(lines)


def feedback_html(summary: dict, title: str = "Reviewer feedback") -> str:
    def table(key: str, label: str) -> str:
        rows = _feedback_rows(summary[key])
        chart = svg_bars([(row[0], [(row[4] or 0.0, "#a4161a")]) for row in rows[:30]]) if rows else ""
        return chart + _html_table([label] + FEEDBACK_HEADER, rows)

    top = _html_table(["count", "concept", "rule", "snippet", "reasons"],
                      [[i["count"], i["concept"], i["rule"], i["text"], "; ".join(i["reasons"])]
                       for i in summary["top_rejected"]], numeric_from=99)
    period = summary.get("range", {})
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{_e(title)}</title><style>{CSS}</style></head><body>
<h1>{_e(title)}</h1>
<p class="muted">{summary['events']} review events over {summary['cases']} case(s); from {_e(period.get('since') or 'the start')}
to {_e(period.get('until') or 'now')}. Bars: share of reviewed findings that reviewers rejected.</p>
<h2>Per concept</h2>{table('by_concept', 'concept')}
<h2>Per lexicon rule</h2>{table('by_rule', 'rule')}
<h2>Most rejected snippets</h2>{top}
</body></html>
"""


def feedback_markdown(summary: dict, title: str = "Reviewer feedback") -> str:
    return "\n\n".join([
        f"# {title}", f"{summary['events']} review events over {summary['cases']} case(s).",
        "## Per concept", _md_table(["concept"] + FEEDBACK_HEADER, _feedback_rows(summary["by_concept"])),
        "## Per lexicon rule", _md_table(["rule"] + FEEDBACK_HEADER, _feedback_rows(summary["by_rule"])),
        "## Most rejected snippets",
        _md_table(["count", "concept", "rule", "snippet", "reasons"],
                  [[i["count"], i["concept"], i["rule"], i["text"], "; ".join(i["reasons"])]
                   for i in summary["top_rejected"]]),
    ]) + "\n"


def write_feedback_report(summary: dict, path: str | Path) -> Path:
    path = Path(path)
    text = feedback_markdown(summary) if path.suffix.lower() == ".md" else feedback_html(summary)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
