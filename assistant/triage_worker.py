"""What one triage worker does with one packet: assess it exactly as ``assess --json`` would.

Runs inside a ``ProcessPoolExecutor`` worker or a Dask worker. The pipeline and the
policy are built once per process and kept in a module-level cache, so a worker
pays the load once and then only the per-packet work. Nothing here prints; a
packet that fails becomes a line with ``error`` instead of an exception, so one
bad packet never stops a batch.
"""
from __future__ import annotations

import logging
import signal
import tempfile
import threading
import time
from pathlib import Path

log = logging.getLogger(__name__)

# policy reference -> (nlp, policy); one process holds one pipeline.
_LOADED: dict[str, tuple[object, object]] = {}
# spaCy does not promise a thread-safe Language; a Dask worker may run several threads.
_ASSESS_LOCK = threading.Lock()


def load(policy_ref: str = "mrs-76390") -> tuple[object, object]:
    """The pipeline and policy of this process, built on first use."""
    if policy_ref not in _LOADED:
        from assistant.policy import load_policy
        from extractors.pipeline import get_pipeline, silence_loguru

        silence_loguru()
        _LOADED[policy_ref] = (get_pipeline(), load_policy(policy_ref))
    return _LOADED[policy_ref]


def init_local_worker(policy_ref: str) -> None:
    """ProcessPoolExecutor initializer: Ctrl-C belongs to the parent, which drains in-flight packets."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _exit_with_parent()
    load(policy_ref)


def _exit_with_parent(every: float = 1.0) -> None:
    """A worker whose triage was killed (kill -9) would wait on its task queue forever, holding its memory."""
    import os

    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(every)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def one_sentence(error: BaseException) -> str:
    """An exception as one line for the JSON ``error`` field."""
    from extractors.types import IngestError

    text = " ".join(str(error).split()) or "no details"
    if isinstance(error, IngestError):
        return text
    return f"{type(error).__name__}: {text}"[:500]


def assess_one(path: str, packet_path: str, content_hash: str, request_date: str | None,
               policy_ref: str = "mrs-76390") -> dict:
    """One triage line for the packet at ``path``, reported under ``packet_path``."""
    from assistant.report import assessment_json
    from assistant.service import assess_packet

    started = time.perf_counter()
    try:
        nlp, policy = load(policy_ref)
        with _ASSESS_LOCK:
            assessment = assess_packet(path, request_date=request_date, policy=policy, nlp=nlp)
        line = assessment_json(assessment, packet_path)
        pages = sum(document["pages"] for document in line["packet"]["documents"])
        error = None
    except Exception as exc:  # one bad packet must not stop the batch
        if not _is_ingest_error(exc):
            # the traceback only at debug level: an exception message may quote the note
            log.warning("packet %s failed: %s", content_hash[:12], type(exc).__name__)
            log.debug("packet %s traceback", content_hash[:12], exc_info=True)
        line, pages, error = {}, 0, one_sentence(exc)
    line["packet_path"] = packet_path
    line["content_hash"] = content_hash
    line["pages"] = pages
    line["seconds"] = round(time.perf_counter() - started, 3)
    if error is not None:
        line["error"] = error
    return line


def _is_ingest_error(error: BaseException) -> bool:
    from extractors.types import IngestError

    return isinstance(error, IngestError)


def assess_shipped(files: list[tuple[str, bytes]], packet_name: str, packet_path: str, content_hash: str,
                   request_date: str | None, policy_ref: str = "mrs-76390") -> dict:
    """Dask task: the packet arrives as (relative name, bytes) pairs, so workers need no shared disk.

    The files are laid out under a private temporary folder with the same names as
    in the inbox, so document names, pages and offsets are those of a local run;
    the temporary prefix is swapped back for the inbox path in any message."""
    with tempfile.TemporaryDirectory(prefix="mrs-triage-") as scratch:
        root = Path(scratch)
        for relative_name, content in files:
            target = root / relative_name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        local_path = root / packet_name
        if not files:  # an empty packet folder still exists, as in the inbox
            local_path.mkdir(parents=True, exist_ok=True)
        line = assess_one(str(local_path), packet_path, content_hash, request_date, policy_ref)
    return _replace_prefix(line, str(local_path), packet_path)


def _replace_prefix(value, local: str, shown: str):
    """Every string in ``value`` with the worker's scratch path replaced by the inbox path."""
    if isinstance(value, str):
        return value.replace(local, shown) if local in value else value
    if isinstance(value, dict):
        return {key: _replace_prefix(item, local, shown) for key, item in value.items()}
    if isinstance(value, list):
        return [_replace_prefix(item, local, shown) for item in value]
    return value
