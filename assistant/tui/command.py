"""``mrs-review review``: argparse wiring only. Textual is imported inside the handler, so other commands never load it."""
from __future__ import annotations

import sys


def add_review_command(subparsers) -> None:
    review = subparsers.add_parser(
        "review", help="open the review workspace (Textual) on a packet or a folder of packets",
        description="Review packets: confirm or override every finding, then record a decision. Every action is "
                    "saved at once in the review store, so a closed or killed session resumes where it was.")
    review.add_argument("path", metavar="PATH", help="a packet (PDF, .txt/.md file or folder of them) or a folder "
                        "of packet folders")
    review.add_argument("--reviewer", metavar="NAME", help="your name in the audit trail (default: login name)")
    review.add_argument("--db", metavar="FILE", help="review store (default: review.db in the user's data folder)")
    review.add_argument("--policy", default="mrs-76390", help="policy id or YAML path (default: %(default)s)")
    review.add_argument("--out", metavar="DIR", help="where determination summaries are written "
                        "(default: determinations/ beside the store)")
    review.set_defaults(handler=cmd_review)


def cmd_review(args) -> int:
    from pathlib import Path

    from assistant.audit import StoreError

    if not Path(args.path).exists():
        sys.stderr.write(f"mrs-review: no such packet or folder: {args.path}\n")
        return 2
    from assistant.tui.app import build_app  # Textual loads here, only for this command

    try:
        app = build_app(args.path, reviewer=args.reviewer, db=args.db, policy=args.policy, out=args.out)
    except StoreError as error:
        sys.stderr.write(f"mrs-review: {error}\n")
        return 2
    app.run()
    return app.return_code or 0
