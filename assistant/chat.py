"""``mrs-review chat PACKET``: the dialogue engine in a plain terminal.

Readline-style for screen readers and scripting: one utterance per line, the
reply printed as plain text. When standard input is not a terminal, commands
are read from it one per line (each echoed after "> " so a transcript reads as
a conversation) until end of input. Reviewer actions go through the same
``ReviewState`` and SQLite store as the review workspace.
"""
from __future__ import annotations

import sys
from typing import TextIO

QUIT_WORDS = {"quit", "exit", "bye", "q", ":q"}
PROMPT = "> "


def add_chat_command(subparsers) -> None:
    chat = subparsers.add_parser(
        "chat", help="review a packet by conversation in a plain terminal (reads commands from stdin when piped)",
        description="Talk to the review assistant about one packet: 'start' for a guided review, questions such as "
                    "'why is this pending?' or 'show the evidence for glioma grading', and commands such as "
                    "'reject f12: family history', 'undo', 'approve'. Actions are recorded in the same store as "
                    "'mrs-review review'. Type 'help' for more, 'quit' to leave.")
    chat.add_argument("packet", metavar="PACKET", help="a PDF, .txt/.md file, or folder of them")
    chat.add_argument("--reviewer", metavar="NAME", help="reviewer name recorded on every action (default: login name)")
    chat.add_argument("--db", metavar="FILE", help="the review store (default: the user's data folder)")
    chat.add_argument("--request-date", metavar="YYYY-MM-DD",
                      help="the request date (default: the request form's date, else the latest document date)")
    chat.add_argument("-q", "--quiet", action="store_true", help="no progress indicator on stderr")
    chat.set_defaults(handler=cmd_chat)


def cmd_chat(args) -> int:
    from assistant.cli import StderrProgress
    from assistant.dialogue import Dialogue

    progress = StderrProgress(enabled=not args.quiet)
    try:
        review = open_review(args.packet, reviewer=args.reviewer, db=args.db, request_date=args.request_date,
                             progress=progress)
    finally:
        progress.finish()
    try:
        dialogue = Dialogue(review)
        return converse(dialogue, sys.stdin, sys.stdout, interactive=sys.stdin.isatty(), header=case_header(review))
    finally:
        review.close()
        if review.store is not None:
            review.store.close()


def open_review(packet, *, reviewer=None, db=None, request_date=None, progress=None):
    """The ReviewState for this packet on the shared store: registered, locked (or read only) and resumed."""
    from assistant.audit import AuditStore, StoreError, case_id_for
    from assistant.policy import load_policy
    from assistant.review_state import ReviewState
    from assistant.service import check_request_date, extract_packet
    from extractors.types import IngestError

    request_date = check_request_date(request_date)
    extraction = extract_packet(packet, progress=progress)
    try:
        store = AuditStore(db)
    except StoreError as error:
        raise IngestError(str(error)) from None
    return ReviewState.open(store, case_id_for(packet), str(packet), extraction, load_policy(),
                            reviewer=reviewer, request_date=request_date)


def case_header(review) -> str:
    a = review.assessment
    request = a.request
    age = f"{request.patient_age_years} y" if request.patient_age_years is not None else "age unknown"
    read_only = ""
    if getattr(review, "read_only", False):
        holder = getattr(getattr(review, "lock", None), "holder", None)
        read_only = f" (read only: {holder} holds it)" if holder else " (read only)"
    return (f"Case{read_only}: {request.member or 'member unknown'}, {age}, requested {request.request_date or 'unknown'}."
            f" Outcome: {a.outcome.replace('_', ' ')}; recommendation: {a.recommendation.replace('_', ' ')}.\n"
            "Say \u201cstart\u201d for a guided review, \u201chelp\u201d for what I can do, \u201cquit\u201d to leave.")


def converse(dialogue, stdin: TextIO, stdout: TextIO, *, interactive: bool, header: str = "") -> int:
    if interactive:
        try:
            import readline  # noqa: F401  line editing and history for input()
        except ImportError:  # pragma: no cover - Windows without pyreadline
            pass
    if header:
        stdout.write(header + "\n\n")
        stdout.flush()
    while True:
        if interactive:
            try:
                line = input(PROMPT)
            except EOFError:
                stdout.write("\n")
                break
        else:
            line = stdin.readline()
            if not line:
                break
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue  # blank lines and comments in a script
            stdout.write(f"{PROMPT}{line}\n")
        if line.strip().lower() in QUIT_WORDS:
            break
        if not line.strip():
            continue
        reply = dialogue.reply(line)
        stdout.write(reply.text + "\n\n")
        stdout.flush()
    return 0
