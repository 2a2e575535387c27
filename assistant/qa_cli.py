"""QA subcommands: ``evaluate`` (gold folder, --negex yardstick, --bootstrap draft), ``gold convert``
and ``qa-report`` (reviewer feedback from the review store). Registered through cli._extra_commands()."""
from __future__ import annotations

import json
import sys
from pathlib import Path

EXIT_BELOW_BAR = 1
EXIT_BAD_INPUT = 2


def _fail(message: str) -> int:
    sys.stderr.write(f"mrs-review: {message}\n")
    return EXIT_BAD_INPUT


def _print_json(value) -> None:
    json.dump(value, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def add_qa_commands(sub) -> None:
    evaluate = sub.add_parser(
        "evaluate", help="measure extraction accuracy against gold (or the NegEx yardstick)",
        description="Score the extractor against span and case gold in GOLD_DIR (laid out like sample_notes/: "
                    "packet folders plus gold/<case>.json). Span level: precision/recall/F1 per concept, strict "
                    "(same span) and lenient (overlapping span); assertion level: accuracy and F1 per flag on "
                    "matched spans; case level: leaf-status accuracy, the outcome confusion matrix and the cases "
                    "whose outcome is wrong; every error with snippet, document and page. Exit 1 below a --min-* "
                    "bar, 2 for unusable input.")
    evaluate.add_argument("gold_dir", nargs="?", metavar="GOLD_DIR", help="folder of packets with gold/<case>.json")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    evaluate.add_argument("--report", metavar="FILE", help="also write a self-contained report (.html or .md)")
    evaluate.add_argument("--min-f1", type=float, metavar="X",
                          help="exit 1 when the overall lenient span F1 is below X")
    evaluate.add_argument("--min-outcome-accuracy", type=float, metavar="Y",
                          help="exit 1 when the outcome accuracy over the cases is below Y")
    evaluate.add_argument("--negex", metavar="FILE",
                          help="instead: assertion detection on the NegEx test set (rsAnnotations-1-120-random.txt), "
                               "ours beside medspaCy's default ConText")
    evaluate.add_argument("--reports", metavar="A-B",
                          help="with --negex: only rows of reports A..B (needs Annotations-1-120.txt beside FILE), "
                               "e.g. 61-120 for the held-out half")
    evaluate.add_argument("--errors", type=int, default=0, metavar="N",
                          help="with --negex: also list N of our disagreements with the physician on stderr")
    evaluate.add_argument("--bootstrap", metavar="PACKET",
                          help="instead: write the extractor's findings for PACKET as a gold draft (JSON) to --out "
                               "or stdout")
    evaluate.add_argument("--out", metavar="FILE", help="with --bootstrap: the draft's path (default: stdout)")
    evaluate.add_argument("--case-id", metavar="ID", help="with --bootstrap: the case id (default: the packet's name)")
    evaluate.add_argument("--policy", default="mrs-76390", help="policy id or YAML path (default: %(default)s)")
    evaluate.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    evaluate.set_defaults(handler=cmd_evaluate)

    gold = sub.add_parser("gold", help="gold file tools (convert between JSON, JSONL and BRAT)",
                          description="Gold annotation files: convert between the gold JSON of sample_notes/README.md, "
                                      "JSONL (one case per line) and BRAT standoff folders.")
    gold_sub = gold.add_subparsers(dest="gold_command", metavar="ACTION")
    gold_sub.required = True
    convert = gold_sub.add_parser(
        "convert", help="convert gold between JSON, JSONL and BRAT",
        description="SRC: a gold .json, a .jsonl, a folder of gold .json (or a folder with gold/), or a BRAT folder "
                    "(case folders of <doc>.txt + <doc>.ann + case.json). DST: a .json (one case), a .jsonl, a "
                    "folder for gold JSON (--to json) or a folder for BRAT (--to brat). Default for a folder DST: "
                    "BRAT from gold JSON, gold JSON from BRAT or JSONL. Writing BRAT reads the packets "
                    "(from --packets) to turn quotes into offsets.")
    convert.add_argument("src", metavar="SRC")
    convert.add_argument("dst", metavar="DST")
    convert.add_argument("--to", choices=("json", "jsonl", "brat"),
                         help="target format (default: from DST: .jsonl -> jsonl, .json -> json, "
                              "a folder -> brat from JSON sources, json from BRAT sources)")
    convert.add_argument("--packets", metavar="DIR",
                         help="folder holding the packet folders (default: the folder above SRC's gold/)")
    convert.set_defaults(handler=cmd_gold_convert)

    qa_report = sub.add_parser(
        "qa-report", help="what reviewers confirmed, rejected and added, per concept and lexicon rule",
        description="Read the review store (SQLite audit events) and report, per concept and per lexicon rule, "
                    "how often reviewers confirmed or rejected findings or added evidence the extractor missed, "
                    "with the most rejected snippets.")
    qa_report.add_argument("--db", required=True, metavar="FILE", help="the review store (SQLite)")
    qa_report.add_argument("--since", metavar="YYYY-MM-DD", help="only events on or after this day")
    qa_report.add_argument("--until", metavar="YYYY-MM-DD", help="only events on or before this day")
    qa_report.add_argument("--json", action="store_true", help="print the report as JSON")
    qa_report.add_argument("--report", metavar="FILE", help="also write it as .html or .md")
    qa_report.add_argument("--top", type=int, default=10, metavar="N", help="rejected snippets to list (default 10)")
    qa_report.add_argument("--export-corrections", metavar="FILE",
                           help="write every rejected finding (and added evidence) as gold corrections (JSONL)")
    qa_report.set_defaults(handler=cmd_qa_report)


# ---------------------------------------------------------------- evaluate

def cmd_evaluate(args) -> int:
    modes = [name for name in ("gold_dir", "negex", "bootstrap") if getattr(args, name)]
    if len(modes) != 1:
        return _fail("evaluate needs exactly one of GOLD_DIR, --negex FILE, --bootstrap PACKET")
    if args.negex:
        return _evaluate_negex(args)
    if args.bootstrap:
        return _bootstrap(args)
    return _evaluate_gold(args)


def _check_report_path(path: str | None) -> str | None:
    if path and Path(path).suffix.lower() not in (".html", ".htm", ".md"):
        return f"--report must end in .html or .md, got {path}"
    return None


def _evaluate_gold(args) -> int:
    from assistant.policy import load_policy
    from assistant.qa import evaluate_gold_dir, gold_files

    problem = _check_report_path(args.report)
    if problem:
        return _fail(problem)
    gold_dir = Path(args.gold_dir)
    if not gold_dir.is_dir():
        return _fail(f"{gold_dir}: not a folder")
    if not gold_files(gold_dir):
        return _fail(f"{gold_dir}: no gold/<case>.json files")

    def progress(case: str, done: int, total: int) -> None:
        if not args.quiet:
            sys.stderr.write(f"\r{done}/{total} {case[:60]:<60}")
            sys.stderr.flush()

    try:
        result = evaluate_gold_dir(gold_dir, policy=load_policy(args.policy), progress=progress)
    except (json.JSONDecodeError, KeyError) as error:
        return _fail(f"{gold_dir}: unreadable gold ({error})")
    finally:
        if not args.quiet:
            sys.stderr.write("\r" + " " * 70 + "\r")
    for problem in result["problems"]:
        sys.stderr.write(f"warning: {problem}\n")
    result["bars"] = _bars(result, args)
    if args.report:
        from assistant.qa_report import write_evaluation_report

        write_evaluation_report(result, args.report, title=f"Extraction QA: {gold_dir}")
    if args.json:
        _print_json(result)
    else:
        from assistant.qa_report import evaluation_text

        print(evaluation_text(result))
    failed = [bar for bar in result["bars"] if not bar["passed"]]
    for bar in failed:
        sys.stderr.write(f"below the bar: {bar['name']} {bar['value']} < {bar['minimum']}\n")
    return EXIT_BELOW_BAR if failed else 0


def _bars(result: dict, args) -> list[dict]:
    bars = []
    if args.min_f1 is not None:
        value = result["span"]["lenient"]["total"]["f1"]
        bars.append({"name": "span F1 (lenient)", "value": value, "minimum": args.min_f1,
                     "passed": value >= args.min_f1})
    if args.min_outcome_accuracy is not None:
        value = result["case"]["outcome_accuracy"]
        bars.append({"name": "outcome accuracy", "value": value, "minimum": args.min_outcome_accuracy,
                     "passed": value is not None and value >= args.min_outcome_accuracy})
    return bars


def _parse_reports(value: str | None) -> tuple[int, int] | None:
    if not value:
        return None
    try:
        low, high = (int(part) for part in value.split("-", 1))
    except ValueError:
        raise ValueError(f"--reports must look like 61-120, got {value!r}") from None
    return low, high


def negex_report_file(path: Path) -> Path:
    """Annotations-1-120.txt beside the rsAnnotations file: the same rows with report numbers."""
    return path.with_name("Annotations-1-120.txt")


def _evaluate_negex(args) -> int:
    from assistant.qa import NEGEX_ATTRIBUTES, negex_errors, negex_scores, read_negex, run_negex

    path = Path(args.negex)
    if not path.is_file():
        return _fail(f"{path}: no such file")
    try:
        reports = _parse_reports(args.reports)
        rows = read_negex(path, negex_report_file(path))
    except ValueError as error:
        return _fail(str(error))
    if reports:
        if all(row.report is None for row in rows):
            return _fail(f"--reports needs {negex_report_file(path).name} beside {path.name}")
        rows = [row for row in rows if row.report is not None and reports[0] <= row.report <= reports[1]]
    predictions = run_negex(rows)
    if args.errors:
        for error in negex_errors(rows, predictions["ours"])[:args.errors]:
            sys.stderr.write(f"line {error['line']} report {error['report']}: {error['attribute']} gold "
                             f"{error['gold']} ours {error['predicted']} | {error['condition']} | "
                             f"{error['sentence'][:160]}\n")
    if args.json:
        from assistant.qa import negex_summary

        _print_json(negex_summary(rows, predictions))
        return 0
    halves = [("all rows" if not reports else f"reports {args.reports}", list(range(len(rows))))]
    if not reports and any(row.report for row in rows):
        halves += [("reports 1-60 (rules tuned here)", [i for i, r in enumerate(rows) if r.report and r.report <= 60]),
                   ("reports 61-120 (held out)", [i for i, r in enumerate(rows) if r.report and r.report > 60])]
    for title, indexes in halves:
        subset = [rows[i] for i in indexes]
        ours = negex_scores(subset, [predictions["ours"][i] for i in indexes])
        base = negex_scores(subset, [predictions["baseline"][i] for i in indexes])
        print(f"{title}: {len(subset)} sentences")
        print(f"  {'':<22}{'ours':>8}{'medspaCy':>10}")
        print(f"  {'accuracy (all 4 flags)':<22}{ours['accuracy']:>8.4f}{base['accuracy']:>10.4f}")
        print(f"  {'negation accuracy':<22}{ours['negation_accuracy']:>8.4f}{base['negation_accuracy']:>10.4f}")
        for name in NEGEX_ATTRIBUTES:
            o, b = ours[name], base[name]
            print(f"  {name:<12} P/R/F1  {o['precision']:.3f}/{o['recall']:.3f}/{o['f1']:.3f}   "
                  f"{b['precision']:.3f}/{b['recall']:.3f}/{b['f1']:.3f}   support {o['support']}")
        print()
    return 0


def _bootstrap(args) -> int:
    from assistant.gold_formats import bootstrap_case
    from assistant.policy import load_policy
    from assistant.service import assess_packet

    packet = Path(args.bootstrap)
    if not packet.exists():
        return _fail(f"{packet}: no such file or folder")
    policy = load_policy(args.policy)
    assessment = assess_packet(packet, policy=policy)
    case_id = args.case_id or (packet.stem if packet.is_file() else packet.resolve().name)
    draft = bootstrap_case(assessment, case_id, policy)
    if args.out:
        out = Path(args.out)
        if out.exists():
            return _fail(f"{out} exists; a draft never overwrites gold")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(draft, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        sys.stderr.write(f"wrote {out}: {len(draft['spans'])} spans to check\n")
    else:
        _print_json(draft)
    return 0


# ---------------------------------------------------------------- gold convert

def cmd_gold_convert(args) -> int:
    from assistant.gold_formats import (GoldFormatError, case_to_brat, annotation_conf, is_brat_folder, read_brat,
                                        read_cases, write_json, write_jsonl)

    src, dst = Path(args.src), Path(args.dst)
    if not src.exists():
        return _fail(f"{src}: no such file or folder")
    from_brat = is_brat_folder(src) and not (src / "gold").is_dir()
    target = args.to or ("jsonl" if dst.suffix.lower() == ".jsonl" else "json" if dst.suffix.lower() == ".json"
                         else "json" if from_brat or src.suffix.lower() == ".jsonl" else "brat")
    try:
        cases = read_brat(src) if from_brat else read_cases(src)
    except GoldFormatError as error:
        return _fail(str(error))
    if not cases:
        return _fail(f"{src}: no gold cases found")
    if target == "jsonl":
        written = write_jsonl(cases, dst)
    elif target == "json":
        try:
            written = write_json(cases, dst)
        except GoldFormatError as error:
            return _fail(str(error))
    else:
        from assistant.qa import gold_concepts
        from extractors.ingest import read_packet

        packets = Path(args.packets) if args.packets else _default_packets(src)
        if packets is None:
            return _fail("writing BRAT needs the packets: give --packets DIR")
        written = []
        for case in cases:
            packet_path = packets / case["case"]
            if not packet_path.exists():
                return _fail(f"{packet_path}: no packet folder for case {case['case']}")
            files, problems = case_to_brat(case, read_packet(packet_path), dst)
            written += files
            for problem in problems:
                sys.stderr.write(f"warning: {problem}\n")
        concepts = sorted(gold_concepts() | {span["concept"] for case in cases for span in case.get("spans", [])})
        (dst / "annotation.conf").write_text(annotation_conf(concepts), encoding="utf-8")
        written.append(dst / "annotation.conf")
    sys.stderr.write(f"{len(cases)} case(s) -> {target}: {len(written)} file(s) under {dst}\n")
    return 0


def _default_packets(src: Path) -> Path | None:
    if src.is_dir():
        return src if (src / "gold").is_dir() else src.parent
    if src.parent.name == "gold":
        return src.parent.parent
    return None


# ---------------------------------------------------------------- qa-report

def cmd_qa_report(args) -> int:
    import datetime as dt

    from assistant.qa_report import feedback_text, write_feedback_report
    from assistant.qa import FeedbackError, corrections, feedback_summary, read_feedback

    for name in ("since", "until"):
        value = getattr(args, name)
        if value:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                return _fail(f"--{name} must be YYYY-MM-DD, got {value!r}")
    problem = _check_report_path(args.report)
    if problem:
        return _fail(problem)
    if not Path(args.db).is_file():
        return _fail(f"{args.db}: no such file")
    try:
        records = read_feedback(args.db, since=args.since, until=args.until)
    except FeedbackError as error:
        return _fail(str(error))
    summary = feedback_summary(records, top=args.top)
    summary["range"] = {"since": args.since, "until": args.until, "db": str(args.db)}
    if args.export_corrections:
        lines = corrections(records)
        Path(args.export_corrections).write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines),
                                                 encoding="utf-8")
        sys.stderr.write(f"wrote {len(lines)} gold correction(s) to {args.export_corrections}\n")
    if args.report:
        write_feedback_report(summary, args.report)
    if args.json:
        _print_json(summary)
    else:
        print(feedback_text(summary))
    return 0
