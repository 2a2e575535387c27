"""The ``mrs-review`` command line."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
import time

from extractors.lexicon import LexiconError
from extractors.types import IngestError

EXIT_BAD_INPUT = 2


class StderrProgress:
    """A one-line progress indicator on stderr, shown only once work has taken over a second."""

    def __init__(self, enabled: bool = True, delay: float = 1.0):
        self.enabled = enabled
        self.delay = delay
        self.started = time.monotonic()
        self.shown = False
        self.lock = threading.Lock()

    def __call__(self, name: str, done: int, total: int) -> None:
        if not self.enabled or time.monotonic() - self.started < self.delay:
            return
        with self.lock:
            self.shown = True
            width = 24
            filled = int(width * done / max(total, 1))
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} pages  {name[:40]:<40}")
            sys.stderr.flush()

    def finish(self) -> None:
        if self.shown:
            sys.stderr.write("\r" + " " * 80 + "\r")
            sys.stderr.flush()


def _fail(message: str) -> int:
    sys.stderr.write(f"mrs-review: {message}\n")
    return EXIT_BAD_INPUT


def cmd_extract(args) -> int:
    from assistant.report import extraction_json
    from assistant.service import extract_packet

    progress = StderrProgress(enabled=not args.quiet)
    try:
        extraction = extract_packet(args.packet, progress=progress)
    finally:
        progress.finish()
    for warning in list(extraction.packet.warnings) + list(extraction.warnings):
        sys.stderr.write(f"warning: {warning}\n")
    if args.json:
        json.dump(extraction_json(extraction, args.packet), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    rows = [("id", "concept", "assertion", "date", "where", "snippet")]
    for finding in extraction.findings:
        flags = ",".join(name for name, value in finding.assertion.as_dict().items() if value) or "-"
        if finding.fuzzy_score is not None:
            flags += f" fuzzy:{finding.fuzzy_score:.0f}"
        rows.append((finding.id, finding.concept, flags, finding.date or "-", f"{finding.document}:p{finding.page}",
                     finding.text.replace("\n", " ")[:60]))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:5])) + "  " + row[5])
    request = extraction.request
    print(f"\nrequest date: {request.request_date or 'unknown'} ({request.request_date_source}); "
          f"CPT: {', '.join(request.cpt_codes) or 'none'}; ICD-10: {', '.join(request.icd10_codes) or 'none'}; "
          f"age: {request.patient_age_years if request.patient_age_years is not None else 'unknown'}"
          f" ({request.population or '-'})")
    return 0


def cmd_assess(args) -> int:
    from assistant.policy import load_policy
    from assistant.report import assessment_json, render_tree
    from assistant.service import assess_packet

    policy = load_policy(args.policy)
    progress = StderrProgress(enabled=not args.quiet)
    try:
        assessment = assess_packet(args.packet, request_date=args.request_date, progress=progress, policy=policy)
    finally:
        progress.finish()
    for warning in list(assessment.extraction.packet.warnings) + list(assessment.extraction.warnings):
        sys.stderr.write(f"warning: {warning}\n")
    if args.json:
        json.dump(assessment_json(assessment, args.packet), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(render_tree(policy, assessment))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mrs-review",
        description="Review assistant for MR spectroscopy (CPT 76390) prior-authorization packets. "
                    "A PACKET is a PDF, a .txt/.md file, or a folder of them.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    extract = sub.add_parser("extract", help="read a packet and list the clinical findings with provenance",
                             description="Read a packet and list every finding: concept, assertion "
                                         "(negated/uncertain/historical/hypothetical/family), date, document:page, snippet.")
    extract.add_argument("packet", metavar="PACKET", help="a PDF, .txt/.md file, or folder of them")
    extract.add_argument("--json", action="store_true", help="print the documents, request and findings as JSON")
    extract.add_argument("-q", "--quiet", action="store_true", help="no progress indicator on stderr")
    extract.set_defaults(handler=cmd_extract)

    assess = sub.add_parser("assess", help="evaluate a packet against the MR spectroscopy policy",
                            description="Evaluate every criterion of the policy, then print the criterion tree with "
                                        "evidence, the outcome and the recommendation. Exit 0 when an assessment was "
                                        "made, 2 for unusable input.")
    assess.add_argument("packet", metavar="PACKET", help="a PDF, .txt/.md file, or folder of them")
    assess.add_argument("--json", action="store_true", help="print the assessment JSON (assessment-json.md)")
    assess.add_argument("--request-date", metavar="YYYY-MM-DD",
                        help="the request date (default: the request form's date, else the latest document date)")
    assess.add_argument("--policy", default="mrs-76390", help="policy id in lexicons/policies or a YAML path "
                        "(default: %(default)s)")
    assess.add_argument("-q", "--quiet", action="store_true", help="no progress indicator on stderr")
    assess.set_defaults(handler=cmd_assess)

    for extra in _extra_commands():
        extra(sub)
    return parser


def _extra_commands():
    """Subcommands that live in their own modules (review workspace, QA, chat, triage)."""
    import importlib

    commands = []
    for module_name, function_name in (("assistant.tui.command", "add_review_command"),
                                       ("assistant.qa_cli", "add_qa_commands"),
                                       ("assistant.chat", "add_chat_command"),
                                       ("assistant.triage", "add_triage_command")):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name == module_name:
                continue
            raise
        commands.append(getattr(module, function_name))
    return commands


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=os.environ.get("MRS_REVIEW_LOG", "WARNING"), format="%(levelname)s %(name)s: %(message)s")
    os.umask(0o077)  # files we write are readable by the user only
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except IngestError as error:
        return _fail(str(error))
    except LexiconError as error:  # a broken rule file is named, not dumped as a traceback
        return _fail(f"lexicon error: {error}")
    except KeyboardInterrupt:
        sys.stderr.write("mrs-review: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
