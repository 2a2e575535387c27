"""The slow half (read + extract) and the fast half (evaluate) behind one call each."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from assistant.evaluate import evaluate
from assistant.policy import Policy, load_policy
from assistant.types import Assessment, Extraction, Overrides
from extractors.types import IngestError

Progress = Callable[[str, int, int], None]


def extract_packet(path: str | Path, progress: Progress | None = None, nlp=None) -> Extraction:
    from extractors.findings import extract
    from extractors.ingest import read_packet

    packet = read_packet(path, progress=progress)
    return extract(packet, nlp=nlp, progress=progress)


def check_request_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise IngestError(f"--request-date must be YYYY-MM-DD, got {value!r}") from None


def assess_packet(path: str | Path, request_date: str | None = None, progress: Progress | None = None,
                  policy: Policy | None = None, overrides: Overrides | None = None, nlp=None) -> Assessment:
    request_date = check_request_date(request_date)
    extraction = extract_packet(path, progress=progress, nlp=nlp)
    return evaluate(policy or load_policy(), extraction, overrides, request_date)
