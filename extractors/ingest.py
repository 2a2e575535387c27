"""Files to pages: read a packet (a PDF, a text file, an image, or a folder of them) into frozen Pages.

``Page.text`` is the text as read; ``Page.nlp_text`` is the same string, offset for
offset, with odd whitespace folded and fax banners, running headers and footers
blanked to spaces, so a finding found in ``nlp_text`` can be shown in ``text``.

PDFs come from untrusted senders, so every PDF parse runs in a forked child under
an address-space limit and a wall-clock timeout (``ReadLimits``); a decompression
bomb costs one warning, not the reviewer's machine.

How a PDF page is read, and why (``python benchmarks/ingest_bench.py``; a
letter-size page of 52 text lines, on a shared 2-core machine, so +-30%):

* pypdfium2 reads every page's text: ~1.5 ms/page. pdfplumber's ``extract_text``
  costs ~90-200 ms/page and ``find_tables`` about as much again (pdfminer lays
  out every character first), so pdfplumber reads only a page whose rules curve.
  A whole 20-page text PDF reads in ~4 ms/page: pypdfium2, the layout signals
  (~0.6 ms), the NLP view with its banner patterns (~0.5 ms) and the child process.
* Ruled tables: a page with at least ``TABLE_SEGMENT_MIN`` path segments (lines,
  rectangles) goes to ``extractors.pdf_tables``, which finds cells as
  pdfplumber's "lines" strategy does but from pdfium's path segments, and reads
  each cell with ``get_text_bounded``; each row becomes a "label: value" line,
  and the text around the tables is read in bands, top to bottom. Such a page
  costs ~2-4 ms, against ~20-80 ms for pdfplumber, with the same text on every
  ruled page we ship (``tests/test_pdf_tables.py``).
* Two columns: found from pypdfium2's text rectangles (one per run of text on a
  line): a vertical gutter near the middle that few rectangles cross, with full
  lines on both sides. The page is then re-read from pypdfium2 in horizontal
  bands (full-width bands whole, column bands left then right) with
  ``get_text_bounded``: ~0.6 ms extra per page, against ~150 ms for two
  pdfplumber crops of the same page.
* Child process: one ``os.fork`` per PDF (not ``multiprocessing.Process``,
  which refuses to start from a daemonic Dask or pool worker). A round trip
  (fork, limit, answer, reap) costs ~4-9 ms from a bare interpreter and
  ~12-15 ms once the NLP pipeline is loaded (fork copies the page tables).
* Pages with no text layer are rendered in a bounded child at the scan's own
  resolution (kept within 200-300 dpi; 300 when it is unknown) and read by the
  ``tesseract`` binary (~1-2 s/page with one OpenMP thread, ~6 s with its
  default), outside the parse timeout, so a long scanned fax is not mistaken
  for a malformed file.
"""
from __future__ import annotations

import dataclasses
import gc
import json
import logging
import math
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from functools import lru_cache
from multiprocessing import Pipe
from pathlib import Path
from typing import Callable, Iterable

from extractors import pdf_tables
from extractors.lexicon import LexiconError, check_keys, load_json
from extractors.types import Document, IngestError, Packet, Page

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]

TEXT_SUFFIXES = {".txt", ".md", ".text"}
PDF_SUFFIXES = {".pdf"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
# Sidecar data and OS litter that a packet folder may hold; skipped without a warning.
QUIET_SKIP_SUFFIXES = {".json", ".ann", ".db", ".ini", ".ds_store"}

OCR_UNAVAILABLE = "OCR unavailable: install tesseract-ocr"
TIMEOUT_ENV = "MRS_REVIEW_PDF_TIMEOUT"

MB = 1024 * 1024
GIB = 1024 * MB


@dataclasses.dataclass(frozen=True, slots=True)
class ReadLimits:
    """Bounds on the work one document may cost; exceeding one fails that document only."""

    text_bytes: int = 5 * MB
    pdf_bytes: int = 50 * MB  # also the limit for a loose image
    pdf_pages: int = 500
    pdf_seconds: float = 30.0  # wall clock for one PDF's parse; MRS_REVIEW_PDF_TIMEOUT overrides the default
    # Address space the PDF child may add to what it inherits from the parent at
    # fork (a parent holding the NLP pipeline already maps over a GiB).
    pdf_memory_bytes: int = 2 * GIB
    ocr_seconds_per_page: float = 120.0
    image_pixels: int = 100_000_000  # a loose image larger than this is refused before OCR

    @classmethod
    def from_environment(cls) -> "ReadLimits":
        value = os.environ.get(TIMEOUT_ENV, "").strip()
        if not value:
            return cls()
        try:
            seconds = float(value)
        except ValueError:
            seconds = math.nan
        if not seconds > 0 or math.isinf(seconds):
            raise IngestError(f"{TIMEOUT_ENV} must be a number of seconds above 0, got {value!r}")
        return cls(pdf_seconds=seconds)


# ---------------------------------------------------------------------------
# Public API


def read_packet(path: str | os.PathLike, *, progress: Progress | None = None,
                limits: ReadLimits | None = None) -> Packet:
    """Every readable document of a packet: one file, or a folder (and its subfolders, one level).

    In a folder, a document that cannot be read becomes one line in
    ``Packet.warnings`` and the rest are still read."""
    root = Path(path)
    limits = limits or ReadLimits.from_environment()
    if not root.exists():
        raise IngestError(f"no such file or folder: {path}")
    if not root.is_dir():
        return Packet(str(path), (read_document(root, progress=progress, limits=limits),))

    try:
        files = _packet_files(root)
    except OSError as error:
        raise IngestError(f"{path}: cannot list the folder ({error.strerror or type(error).__name__})") from None
    documents: list[Document] = []
    warnings: list[str] = []
    for name, file_path in files:
        try:
            documents.append(read_document(file_path, name, progress=progress, limits=limits))
        except IngestError as error:
            warnings.append(str(error))
        except OSError as error:  # a file removed or locked while the folder is read
            warnings.append(f"{name}: cannot open ({error.strerror or type(error).__name__})")
    if not documents:
        why = "; ".join(warnings) if warnings else "the folder holds no PDF, text or image file"
        raise IngestError(f"no readable document in {path}: {why}")
    log.debug("packet read: %d documents, %d warnings", len(documents), len(warnings))
    return Packet(str(path), tuple(documents), tuple(warnings))


def read_document(path: str | os.PathLike, name: str | None = None, *, progress: Progress | None = None,
                  limits: ReadLimits | None = None) -> Document:
    """One file as a Document; raises IngestError whose message is one line naming the file."""
    file_path = Path(path)
    name = name or file_path.name
    limits = limits or ReadLimits.from_environment()
    if not file_path.exists():
        raise IngestError(f"no such file or folder: {path}")
    if file_path.is_dir():
        raise IngestError(f"{name}: is a folder, not a document")
    suffix = file_path.suffix.lower()
    started = time.perf_counter()
    try:
        if suffix in PDF_SUFFIXES or (suffix not in IMAGE_SUFFIXES and _starts_like_pdf(file_path)):
            return _read_pdf(file_path, name, limits, progress)  # reports progress page by page
        if suffix in TEXT_SUFFIXES:
            document = _read_text_file(file_path, name, limits)
        elif suffix in IMAGE_SUFFIXES:
            document = _read_image(file_path, name, limits)
        else:
            raise IngestError(f"{name}: not a PDF, text or image file; not read")
    except OSError as error:
        raise IngestError(f"{name}: cannot open ({error.strerror or type(error).__name__})") from None
    if progress:
        progress(name, len(document.pages), len(document.pages))
    log.debug("document read: %d pages, source %s, %.1f ms", len(document.pages), document.text_source,
              1000 * (time.perf_counter() - started))
    return document


def _packet_files(root: Path) -> list[tuple[str, Path]]:
    """(name relative to the packet, path) of each document file, sorted; hidden files are skipped."""
    found: list[tuple[str, Path]] = []
    for child in root.iterdir():
        if child.name.startswith("."):
            continue
        if child.is_dir():
            for grandchild in child.iterdir():
                if not grandchild.name.startswith(".") and grandchild.is_file():
                    found.append((f"{child.name}/{grandchild.name}", grandchild))
        elif child.is_file():
            found.append((child.name, child))
    return sorted((entry for entry in found if entry[1].suffix.lower() not in QUIET_SKIP_SUFFIXES),
                  key=lambda entry: entry[0])


def _starts_like_pdf(path: Path) -> bool:
    # A PDF saved as .txt is still a PDF; the header may sit after up to 1 KB of junk.
    with path.open("rb") as handle:
        return b"%PDF-" in handle.read(1024)


def _size_check(path: Path, name: str, limit: int, kind: str) -> int:
    size = path.stat().st_size
    if size == 0:
        raise IngestError(f"{name}: empty file")
    if size > limit:
        raise IngestError(f"{name}: too large ({size / MB:.1f} MB; the limit for {kind} is {limit / MB:g} MB)")
    return size


# ---------------------------------------------------------------------------
# Text files


def _read_text_file(path: Path, name: str, limits: ReadLimits) -> Document:
    # stat before reading: a 50 MB export fails at once, without being read.
    _size_check(path, name, limits.text_bytes, "a text file")
    text = decode_text(path.read_bytes(), name)
    # A form feed is a page break in old exports; a trailing one does not start a page.
    page_texts = text.split("\f")
    while len(page_texts) > 1 and not page_texts[-1].strip():
        page_texts.pop()
    pages = make_pages(page_texts, "plain-text")
    return Document(name, str(path), tuple(pages), "plain-text")


def decode_text(data: bytes, name: str) -> str:
    """UTF-8 (BOM stripped), UTF-16 with a BOM, else cp1252 for old Windows exports."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif b"\x00" in data[:65536]:
        raise IngestError(f"{name}: not a text file (binary content)")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    sample = text[:65536]
    controls = sum(1 for char in sample if char in _BINARY_CONTROLS)
    if controls > 0.02 * len(sample):
        raise IngestError(f"{name}: not a text file (binary content)")
    if not text.strip():
        raise IngestError(f"{name}: empty file (whitespace only)")
    return text


# Control characters that text files do not contain (tab, newline, CR, form feed and
# the DOS end-of-file mark are allowed; U+0080-U+009F are mislabelled cp1252, see _fold_table).
_BINARY_CONTROLS = frozenset(chr(code) for code in [*range(0, 32), 127]) - set("\t\n\r\f\x1a")


# ---------------------------------------------------------------------------
# The NLP view: same length as the text, offsets unmoved


def _fold_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for code in [*range(0, 32), 127]:
        table[chr(code)] = " "
    del table["\n"]
    # U+0080-U+009F in a note are cp1252 bytes that an export mislabelled as Latin-1
    # ("Addison\x92s"): read them as the cp1252 characters they were, one for one.
    for code in range(128, 160):
        table[chr(code)] = bytes([code]).decode("cp1252", errors="replace").replace("\ufffd", " ")
    for char in "\u2028\u2029":  # line / paragraph separators
        table[char] = "\n"
    # Unicode spaces and invisible format characters (zero-width, BOM, bidi marks, soft hyphen).
    for char in ("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                 "\u202f\u205f\u3000\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                 "\u2060\u2061\u2062\u2063\u2064\ufeff\u061c\u180e\ufffe\uffff"):
        table[char] = " "
    # Typographic dashes and quotes, so "T2\u2011weighted" and "patient\u2019s" match plain lexicon entries.
    for char in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
        table[char] = "-"
    for char in "\u2018\u2019\u201a\u201b\u2032":
        table[char] = "'"
    for char in "\u201c\u201d\u201e\u201f\u2033":
        table[char] = '"'
    for char, replacement in table.items():  # a cp1252 quote or dash folds on to ASCII too
        table[char] = table.get(replacement, replacement)
    return table


_FOLD = _fold_table()
_FOLD_PATTERN = re.compile("[" + re.escape("".join(_FOLD)) + "]")


def fold_for_nlp(text: str) -> str:
    """One character for one: odd whitespace to a space (CRLF becomes " \\n"), typographic marks to ASCII."""
    return _FOLD_PATTERN.sub(lambda match: _FOLD[match.group()], text)


def blank_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Spaces over each span, newlines kept, so lines and offsets stay where they were."""
    pieces, cursor = [], 0
    for start, end in sorted(spans):
        start = max(start, cursor)
        if start >= end:
            continue
        pieces.append(text[cursor:start])
        pieces.append(_NOT_NEWLINE.sub(" ", text[start:end]))
        cursor = end
    if not pieces:
        return text
    pieces.append(text[cursor:])
    return "".join(pieces)


_NOT_NEWLINE = re.compile(r"[^\n]")


@dataclasses.dataclass(frozen=True, slots=True)
class LinePattern:
    name: str
    pattern: re.Pattern
    any_of: tuple[str, ...]  # lowercase words, one of which the page must hold before the pattern is tried


@dataclasses.dataclass(frozen=True, slots=True)
class LayoutRules:
    lines_per_margin: int
    min_pages: int
    min_page_fraction: float
    line_patterns: tuple[LinePattern, ...]


@lru_cache(maxsize=None)
def load_layout_rules(file_name: str = "layout.json") -> LayoutRules:
    """layout.json: running-header settings and line patterns; unknown keys are refused, naming file and key."""
    return layout_rules_from_dict(load_json(file_name), file_name)


def layout_rules_from_dict(layout: object, file_name: str) -> LayoutRules:
    if not isinstance(layout, dict):
        raise LexiconError(f"{file_name}: expected a JSON object at the top level")
    check_keys(layout, {"margin_lines", "line_patterns", "comment"}, file_name,
               required={"margin_lines", "line_patterns"})
    margin = layout["margin_lines"]
    if not isinstance(margin, dict):
        raise LexiconError(f"{file_name}: margin_lines must be an object")
    check_keys(margin, {"lines_per_margin", "min_pages", "min_page_fraction", "comment"},
               f"{file_name} margin_lines", required={"lines_per_margin", "min_pages", "min_page_fraction"})
    entries = layout["line_patterns"]
    if not isinstance(entries, list):
        raise LexiconError(f"{file_name}: line_patterns must be a list")
    patterns = []
    for index, entry in enumerate(entries):
        where = f"{file_name} line_patterns[{index}]"
        if not isinstance(entry, dict):
            raise LexiconError(f"{where}: expected an object")
        where = f"{where} ({entry.get('name', '?')})"
        check_keys(entry, {"name", "pattern", "any_of", "comment"}, where, required={"name", "pattern"})
        any_of = entry.get("any_of", [])
        if not isinstance(any_of, list) or not all(isinstance(word, str) and word for word in any_of):
            raise LexiconError(f"{where}: any_of must be a list of words")
        try:
            compiled = re.compile(entry["pattern"], re.IGNORECASE | re.MULTILINE)
        except re.error as error:
            raise LexiconError(f"{where}: bad regular expression ({error})") from None
        patterns.append(LinePattern(entry["name"], compiled, tuple(word.lower() for word in any_of)))
    for key in ("lines_per_margin", "min_pages", "min_page_fraction"):
        if isinstance(margin[key], bool) or not isinstance(margin[key], (int, float)) or margin[key] < 0:
            raise LexiconError(f"{file_name} margin_lines: {key} must be a number at least 0")
    return LayoutRules(
        lines_per_margin=int(margin["lines_per_margin"]),
        min_pages=int(margin["min_pages"]),
        min_page_fraction=float(margin["min_page_fraction"]),
        line_patterns=tuple(patterns),
    )


_LINE = re.compile(r"[^\n]+")
_DIGITS = re.compile(r"\d+")
# Banners are short; a longer line is never tested, which also keeps the patterns
# from backtracking over a whole file saved without line breaks.
_PATTERN_LINE_MAX = 300


_FULL_DATE = re.compile(r"(?<!\d)(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?!\d)")


def _margin_key(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split())).lower()


def layout_spans(page_views: list[str], rules: LayoutRules | None = None) -> list[list[tuple[int, int]]]:
    """Per page, the (start, end) of each line to blank: running headers/footers and pattern lines."""
    rules = rules or load_layout_rules()
    page_lines = [[(match.start(), match.end()) for match in _LINE.finditer(view) if match.group().strip()]
                  for view in page_views]
    margins: list[list[tuple[int, int]]] = []
    for lines in page_lines:
        depth = rules.lines_per_margin
        margins.append(lines if len(lines) <= 2 * depth else lines[:depth] + lines[-depth:])

    spans: list[list[tuple[int, int]]] = [[] for _ in page_views]
    needed = max(rules.min_pages, math.ceil(rules.min_page_fraction * len(page_views)))
    if len(page_views) >= rules.min_pages:
        pages_by_key: dict[str, set[int]] = {}
        for number, (view, lines) in enumerate(zip(page_views, margins)):
            for start, end in lines:
                pages_by_key.setdefault(_margin_key(view[start:end]), set()).add(number)
        repeated = {key for key, pages in pages_by_key.items() if len(pages) >= needed}
        # a running line repeats its dates (a fax banner's transmission date, a footer's print date); a line
        # that repeats with other dates is each page's own ("EXAM: MRI BRAIN ... DATE: 09/08/2025" over one
        # report, "... DATE: 01/15/2026" over the next)
        dates_by_key: dict[str, set[tuple[str, ...]]] = {}
        for view, lines in zip(page_views, margins):
            for start, end in lines:
                key = _margin_key(view[start:end])
                if key in repeated:
                    dates_by_key.setdefault(key, set()).add(tuple(_FULL_DATE.findall(view, start, end)))
        repeated -= {key for key, seen in dates_by_key.items() if len(seen) > 1}
        for number, (view, lines) in enumerate(zip(page_views, margins)):
            spans[number] += [(start, end) for start, end in lines if _margin_key(view[start:end]) in repeated]

    for number, (view, lines) in enumerate(zip(page_views, page_lines)):
        # Patterns whose words are nowhere on the page are not tried line by line.
        lowered_page = view.lower()
        active = [rule.pattern for rule in rules.line_patterns
                  if not rule.any_of or any(word in lowered_page for word in rule.any_of)]
        if not active:
            continue
        for start, end in lines:
            if end - start <= _PATTERN_LINE_MAX:
                for pattern in active:
                    if pattern.search(view, start, end):
                        spans[number].append((start, end))
                        break
    return spans


def make_pages(page_texts: list[str], source: str | list[str]) -> list[Page]:
    """Pages numbered from 1, each with its NLP view (folded, banners and running lines blanked)."""
    views = [fold_for_nlp(text) for text in page_texts]
    blanked = [blank_spans(view, spans) for view, spans in zip(views, layout_spans(views))]
    sources = [source] * len(page_texts) if isinstance(source, str) else source
    pages = []
    for number, (text, nlp_text, page_source) in enumerate(zip(page_texts, blanked, sources), start=1):
        # The invariant every offset in a Finding relies on.
        assert len(nlp_text) == len(text), (number, len(nlp_text), len(text))
        pages.append(Page(number, text, nlp_text, page_source))
    return pages


# ---------------------------------------------------------------------------
# Bounded child process


class _Unreadable(Exception):
    """Raised in the child: the reason a PDF cannot be read, without the file name."""


def _run_in_child(work: Callable[[Callable[[int, int], None]], object], *, seconds: float, memory_bytes: int,
                  name: str, on_progress: Callable[[int, int], None] | None = None) -> object:
    """``work(report_progress)`` in a forked child under an address-space limit and a wall-clock timeout.

    The child answers with JSON over a pipe (never pickle: it has just parsed an
    untrusted file). Raises IngestError naming ``name`` when the work fails,
    overruns, or the child dies."""
    reader, writer = Pipe(duplex=False)
    pid = os.fork()
    if pid == 0:  # the child: never returns, never runs the parent's cleanup
        status = 1
        try:
            # A collection would walk (and so copy) every object the parent holds, the NLP pipeline
            # included; the child lives for one document and exits without cleanup anyway.
            gc.disable()
            reader.close()
            _limit_address_space(memory_bytes)

            def report(done: int, total: int) -> None:
                writer.send_bytes(json.dumps(["progress", done, total]).encode())

            result = work(report)
            writer.send_bytes(json.dumps(["result", result]).encode())
            status = 0
        except MemoryError:
            _send_quietly(writer, ["failed", f"needs more than {_amount(memory_bytes)} of memory to read; "
                                             f"file may be malformed"])
        except _Unreadable as error:
            _send_quietly(writer, ["failed", str(error)])
        except BaseException as error:  # noqa: BLE001 - the parent gets one line, whatever broke
            _send_quietly(writer, ["failed", f"could not be read ({type(error).__name__}); file may be malformed"])
        finally:
            os._exit(status)

    writer.close()
    deadline = time.monotonic() + seconds
    message = None
    hung_up = False
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not reader.poll(remaining):
                raise IngestError(f"{name}: took longer than {seconds:g} s to read; file may be malformed")
            try:
                message = json.loads(reader.recv_bytes())
            except (EOFError, OSError):
                hung_up = True  # the child died without a word
                break
            if message[0] == "progress":
                if on_progress:
                    on_progress(message[1], message[2])
                continue
            break
    finally:
        reader.close()
        status = _reap(pid, exited=hung_up)
    if hung_up:
        if os.WIFSIGNALED(status):
            signal_name = _signal_name(os.WTERMSIG(status))
            raise IngestError(f"{name}: reading stopped unexpectedly ({signal_name}); file may be malformed")
        raise IngestError(f"{name}: could not be read (reader exited with status {os.waitstatus_to_exitcode(status)})")
    if message[0] == "failed":
        raise IngestError(f"{name}: {message[1]}")
    return message[1]


def _amount(size: int) -> str:
    return f"{size / GIB:g} GiB" if size >= GIB else f"{size / MB:g} MB"


def _limit_address_space(extra_bytes: int) -> None:
    import resource

    try:
        with open("/proc/self/statm") as statm:
            mapped = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        mapped = 0
    limit = mapped + extra_bytes
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _send_quietly(writer, message: list) -> None:
    try:
        writer.send_bytes(json.dumps(message).encode())
    except BaseException:  # noqa: BLE001 - the exit status still tells the parent something went wrong
        pass


def _reap(pid: int, exited: bool) -> int:
    """The child's wait status. A child that hung up is given a moment to finish exiting; any other is
    killed at once (it has answered, or it overran and must not keep the CPU or its memory)."""
    try:
        if exited:
            for _ in range(100):
                done, status = os.waitpid(pid, os.WNOHANG)
                if done:
                    return status
                time.sleep(0.01)
        os.kill(pid, signal.SIGKILL)
    except (ProcessLookupError, ChildProcessError):
        pass
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:
        return 0


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


# ---------------------------------------------------------------------------
# PDFs


def _read_pdf(path: Path, name: str, limits: ReadLimits, progress: Progress | None) -> Document:
    _size_check(path, name, limits.pdf_bytes, "a PDF")
    if not _starts_like_pdf(path):
        raise IngestError(f"{name}: not a PDF (no %PDF header)")
    _import_pdf_libraries()  # once in the parent, so each forked child starts with them loaded

    def on_progress(done: int, total: int) -> None:
        if progress:
            progress(name, done, total)

    started = time.perf_counter()
    parsed = _run_in_child(lambda report: _parse_pdf(str(path), limits.pdf_pages, report),
                           seconds=limits.pdf_seconds, memory_bytes=limits.pdf_memory_bytes,
                           name=name, on_progress=on_progress)
    log.debug("pdf parsed: %d pages in %.1f ms", len(parsed["pages"]), 1000 * (time.perf_counter() - started))

    texts: list[str] = []
    sources: list[str] = []
    warnings: list[str] = []
    ocr_pages = [entry for entry in parsed["pages"] if entry["needs_ocr"]]
    tesseract = shutil.which("tesseract") if ocr_pages else None
    ready = len(parsed["pages"]) - len(ocr_pages)
    with tempfile.TemporaryDirectory(prefix="mrs-ocr-") as scratch:
        for entry in parsed["pages"]:
            number = entry["number"]
            warnings += entry["warnings"]
            if not entry["needs_ocr"]:
                texts.append(entry["text"])
                sources.append("pdf-text")
                continue
            if tesseract is None:
                warnings.append(f"page {number} has no text layer ({OCR_UNAVAILABLE})")
                texts.append(entry["text"])
                sources.append("pdf-text")
                ready += 1
                on_progress(ready, len(parsed["pages"]))
                continue
            text, warning = _ocr_pdf_page(path, number, Path(scratch), tesseract, limits, name,
                                          dpi=entry["ocr_dpi"])
            if warning:
                warnings.append(warning)
            if text.strip():
                texts.append(text)
                sources.append("ocr")
            else:
                texts.append(entry["text"])
                sources.append("pdf-text")
            ready += 1
            on_progress(ready, len(parsed["pages"]))
    pages = make_pages(texts, sources)
    text_source = "ocr" if "ocr" in sources else "pdf-text"
    return Document(name, str(path), tuple(pages), text_source, tuple(warnings))


@lru_cache(maxsize=1)
def _import_pdf_libraries() -> None:
    import pypdfium2  # noqa: F401  (pdfplumber, needed only for a page of curved rules, is imported there)


# Layout signals, from pypdfium2 and cheap (see the module docstring).
TABLE_SEGMENT_MIN = 8  # path segments on a page (two boxes' worth) before ruled tables are looked for
OBJECT_SCAN_MAX = 20_000  # a page is not walked further (a bomb can hold millions of objects)
OCR_TEXT_MAX = 40  # a page with a full-page image and fewer text characters than this is a scan
OCR_DPI = 300  # a page drawn in vector paths, or a scan of unknown resolution, is rendered at this
OCR_MIN_DPI = 200  # a scan is rendered at its own resolution, within these bounds: more pixels than the
                   # fax holds give Tesseract nothing to read and cost it time (a 200-dpi fax page: ~1.0 s
                   # at 200 dpi against ~1.3 s at 300); fewer than 200 dpi is too small for its glyphs
OCR_MAX_SIDE_PX = 6000


def ocr_resolution(scan_dpi: float) -> int:
    """The resolution to render a scanned page at for OCR: the scan's own, kept within
    OCR_MIN_DPI..OCR_DPI (a standard-mode fax, ~100 dpi, is rendered up to 200)."""
    if scan_dpi <= 0:
        return OCR_DPI
    return int(round(min(max(scan_dpi, OCR_MIN_DPI), OCR_DPI)))


def _parse_pdf(path: str, max_pages: int, report: Callable[[int, int], None]) -> dict:
    """Runs in the child: every page's text and whether it needs OCR. Returns plain JSON-able data."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise _Unreadable("encrypted PDF (password-protected), cannot read") from None
        if code == pdfium_c.FPDF_ERR_SUCCESS:  # pdfium refuses an empty page tree without naming an error
            raise _Unreadable("PDF has no pages") from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise _Unreadable("encrypted PDF (unsupported encryption), cannot read") from None
        raise _Unreadable("corrupt or damaged PDF, cannot read") from None
    total = len(pdf)
    if total == 0:
        raise _Unreadable("PDF has no pages")
    if total > max_pages:
        raise _Unreadable(f"too many pages ({total}; the limit is {max_pages})")

    plumber = None
    pages = []
    ready = 0  # pages finished; a page waiting for OCR is counted by the parent once it is read
    for index in range(total):
        number = index + 1
        entry = {"number": number, "text": "", "needs_ocr": False, "layout": "text", "warnings": [], "ocr_dpi": OCR_DPI}
        try:
            page = pdf[index]
            textpage = page.get_textpage()
            text = _pdfium_text(textpage.get_text_range())
            signals = _page_signals(page, pdfium_c)
            entry["text"] = text
            if signals["segments"] >= TABLE_SEGMENT_MIN:
                try:
                    table_text = _text_with_ruled_tables(page, textpage, pdfium_c)
                except pdf_tables.LeaveToPdfplumber:  # rounded boxes, tables side by side
                    try:
                        if plumber is None:
                            import pdfplumber

                            plumber = pdfplumber.open(path)
                        table_text = _text_with_tables(plumber.pages[index], textpage)
                    except Exception:  # noqa: BLE001 - pdfplumber failing on a page leaves pypdfium2's text
                        table_text = None
                if table_text is not None:
                    entry["text"], entry["layout"] = table_text, "table"
            if entry["layout"] == "text":
                column_text = _text_in_columns(textpage)
                if column_text is not None:
                    entry["text"], entry["layout"] = column_text, "columns"
            visible = len("".join(entry["text"].split()))
            if (visible == 0 and signals["drawn"]) or (visible < OCR_TEXT_MAX and signals["page_image"]):
                entry["needs_ocr"] = True
                entry["ocr_dpi"] = ocr_resolution(signals["scan_dpi"])
        except pdfium.PdfiumError:
            entry["warnings"].append(f"page {number} could not be read (damaged page)")
        pages.append(entry)
        if not entry["needs_ocr"]:
            ready += 1
            report(ready, total)
    return {"pages": pages}


def _pdfium_text(raw_text: str) -> str:
    # pdfium ends lines with CRLF (its own, not the file's) and marks a hyphen that
    # ends a line with \x02 or U+FFFE.
    return raw_text.replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "-").replace("\ufffe", "-")


def _page_signals(page, pdfium_c) -> dict:
    """Counts of drawn objects: path segments (ruled tables; one path may draw a whole grid), any
    drawing (scans), a page-covering image."""
    width, height = page.get_size()
    page_area = max(width * height, 1.0)
    segments = drawn = 0
    page_image = False
    scan_dpi = 0.0
    for scanned, obj in enumerate(page.get_objects(max_depth=2)):
        if scanned >= OBJECT_SCAN_MAX:
            break
        kind = obj.type
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            segments += max(pdfium_c.FPDFPath_CountSegments(obj.raw), 0)
            drawn += 1
        elif kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            drawn += 1
            left, bottom, right, top = obj.get_bounds()
            if (right - left) * (top - bottom) >= 0.5 * page_area:
                page_image = True
                try:
                    pixels_wide = obj.get_px_size()[0]
                    scan_dpi = max(scan_dpi, pixels_wide / max((right - left) / 72, 1e-6))
                except Exception:  # noqa: BLE001 - a damaged image keeps the default resolution
                    pass
        elif kind == pdfium_c.FPDF_PAGEOBJ_SHADING:
            drawn += 1
    return {"segments": segments, "drawn": drawn > 0, "page_image": page_image, "scan_dpi": scan_dpi}


# Two columns -------------------------------------------------------------

COLUMN_MIN_LINES = 5  # text runs needed on each side of a gutter
COLUMN_BAND_MIN_HEIGHT = 100.0  # points: a band between ruled tables tall enough to hold two columns
GUTTER_MAX_CROSSING = 0.15  # share of text runs that may cross the gutter (titles, footers)
COLUMN_MIN_FILL = 0.5  # median run width as a share of its column's width: prose, not a form's labels


def _text_in_columns(textpage, within: tuple[float, float, float, float] | None = None) -> str | None:
    """The page (or the part of it ``within`` a (left, bottom, right, top) box) read column by column
    when it has two columns of text, else None."""
    runs = []
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        if right - left > 1 and top - bottom > 1:
            if within is not None and not (within[0] <= left and right <= within[2]
                                           and within[1] <= (bottom + top) / 2 <= within[3]):
                continue
            runs.append((left, bottom, right, top))
    if len(runs) < 2 * COLUMN_MIN_LINES:
        return None
    text_left = min(run[0] for run in runs)
    text_right = max(run[2] for run in runs)
    width = text_right - text_left
    if width <= 0:
        return None
    # A run wider than 0.7 of the text crosses every gutter tried below: many such runs, one column.
    if sum(1 for left, _, right, _ in runs if right - left > 0.7 * width) > GUTTER_MAX_CROSSING * len(runs):
        return None
    gutter, crossing = None, len(runs) + 1
    centre = text_left + width / 2
    steps = 80
    for step in range(steps + 1):
        x = text_left + width * (0.3 + 0.4 * step / steps)
        count = sum(1 for left, _, right, _ in runs if left < x < right)
        if count < crossing or (count == crossing and gutter is not None and abs(x - centre) < abs(gutter - centre)):
            gutter, crossing = x, count
    if gutter is None or crossing > GUTTER_MAX_CROSSING * len(runs):
        return None
    left_runs = [run for run in runs if run[2] <= gutter]
    right_runs = [run for run in runs if run[0] >= gutter]
    if len(left_runs) < COLUMN_MIN_LINES or len(right_runs) < COLUMN_MIN_LINES:
        return None
    if (_median(run[2] - run[0] for run in left_runs) < COLUMN_MIN_FILL * (gutter - text_left)
            or _median(run[2] - run[0] for run in right_runs) < COLUMN_MIN_FILL * (text_right - gutter)):
        return None
    # The columns must stand side by side, not one above the other.
    overlap = (min(max(r[3] for r in left_runs), max(r[3] for r in right_runs))
               - max(min(r[1] for r in left_runs), min(r[1] for r in right_runs)))
    shorter = min(max(r[3] for r in left_runs) - min(r[1] for r in left_runs),
                  max(r[3] for r in right_runs) - min(r[1] for r in right_runs))
    if overlap < 0.5 * shorter:
        return None

    # Bands from top to bottom: full-width runs (a title, a footer) read whole,
    # column runs read left column first, then right.
    bands: list[list] = []  # [read_whole, top, bottom, runs left of the gutter, runs right of it]
    for left, bottom, right, top in sorted(runs, key=lambda run: -run[3]):
        full_width = left < gutter < right
        if bands and bands[-1][0] == full_width:
            bands[-1][1] = max(bands[-1][1], top)
            bands[-1][2] = min(bands[-1][2], bottom)
        else:
            bands.append([full_width, top, bottom, 0, 0])
        bands[-1][3 if right <= gutter else 4] += 1
    for band in bands:
        # One line on a side is a row (a running header "Clinic name ... Patient: X"), not a column.
        if band[3] < 2 or band[4] < 2:
            band[0] = True
    margin = 2.0
    page_left, page_right = text_left - margin, text_right + margin
    parts = []
    for position, (read_whole, top, bottom, _, _) in enumerate(bands):
        upper = top + margin if position == 0 else (bands[position - 1][2] + top) / 2
        lower = bottom - margin if position == len(bands) - 1 else (bottom + bands[position + 1][1]) / 2
        if read_whole:
            boxes = [(page_left, lower, page_right, upper)]
        else:
            boxes = [(page_left, lower, gutter, upper), (gutter, lower, page_right, upper)]
        for box_left, box_bottom, box_right, box_top in boxes:
            part = _pdfium_text(textpage.get_text_bounded(left=box_left, bottom=box_bottom,
                                                          right=box_right, top=box_top))
            # a bounded read ends each line with a space
            part = "\n".join(line.rstrip(" ") for line in part.split("\n")).strip("\n")
            if part.strip():
                parts.append(part)
    return "\n".join(parts)


def _median(values: Iterable[float]) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


# Ruled tables ------------------------------------------------------------


def _text_with_ruled_tables(page, textpage, pdfium_c) -> str | None:
    """The page with each ruled table as "label: value" lines and the other text around it in
    reading order (top to bottom), read by pypdfium2; None when the rules enclose no real table."""
    horizontal, vertical = pdf_tables.page_rules(page, pdfium_c, OBJECT_SCAN_MAX)
    found = pdf_tables.find_tables(pdf_tables.merge_rules(horizontal), pdf_tables.merge_rules(vertical))
    tables = [table for table in pdf_tables.read_tables(textpage, found, _pdfium_text) if _is_real_table(table.rows)]
    if not tables:
        return None
    for upper, lower in zip(tables, tables[1:]):
        if lower.top > upper.bottom + pdf_tables.SNAP:  # side by side: the bands below would cross a table
            raise pdf_tables.LeaveToPdfplumber
    page_left, page_bottom, page_right, page_top = page.get_bbox()

    runs = pdf_tables.text_runs(textpage)

    def box_text(left: float, bottom: float, right: float, top: float) -> str:
        return _pdfium_text("\n".join(pdf_tables.text_in_box(runs, left, bottom, right, top)))

    def band_text(bottom: float, top: float) -> str:
        """A full-width band between tables: a note's two columns under its header box read column by column."""
        if top - bottom > COLUMN_BAND_MIN_HEIGHT:
            columns = _text_in_columns(textpage, within=(page_left, bottom, page_right, top))
            if columns is not None:
                return columns
        return box_text(page_left, bottom, page_right, top)

    parts: list[str] = []
    cursor = page_top
    for table in tables:
        parts.append(band_text(table.top, cursor))
        parts.append("\n".join(table_lines(table.rows)))
        parts.append(box_text(page_left, table.bottom, table.left, table.top))  # text beside the table
        parts.append(box_text(table.right, table.bottom, page_right, table.top))
        cursor = min(cursor, table.bottom)
    parts.append(band_text(page_bottom, cursor))
    return "\n".join(part for part in parts if part.strip())


def _text_with_tables(plumber_page, textpage=None) -> str | None:
    """The page with each ruled table as "label: value" lines and the other text around it in
    reading order (top to bottom); None when pdfplumber finds no real table. With the page's
    pypdfium2 ``textpage``, a tall band between tables that holds two columns is read column by column."""
    tables = [(table.bbox, rows) for table in plumber_page.find_tables() if _is_real_table(rows := table.extract())]
    if not tables:
        return None
    tables.sort(key=lambda table: (table[0][1], table[0][0]))
    boxes = [bbox for bbox, _ in tables]

    def outside_tables(obj) -> bool:
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    around = plumber_page.filter(outside_tables)

    def band_text(upper: float, lower: float) -> str:
        if lower <= upper:
            return ""
        if textpage is not None and lower - upper > COLUMN_BAND_MIN_HEIGHT:
            height = float(plumber_page.height)  # pdfplumber measures from the top, pypdfium2 from the bottom
            columns = _text_in_columns(textpage, within=(float(plumber_page.bbox[0]), height - lower,
                                                         float(plumber_page.bbox[2]), height - upper))
            if columns is not None:
                return columns
        band = around.filter(lambda obj: upper <= (obj["top"] + obj["bottom"]) / 2 < lower)
        return band.extract_text() or ""

    parts: list[str] = []
    cursor = float(plumber_page.bbox[1])
    for (_, table_top, _, table_bottom), rows in tables:
        parts.append(band_text(cursor, table_top))
        parts.append("\n".join(table_lines(rows)))
        parts.append(band_text(max(cursor, table_top), table_bottom))  # text beside the table
        cursor = max(cursor, table_bottom)
    parts.append(band_text(cursor, float(plumber_page.bbox[3]) + 1))
    return "\n".join(part for part in parts if part.strip())


def _is_real_table(rows: list[list[str | None]]) -> bool:
    # A checkbox or a box drawn round a paragraph is a "table" to pdfplumber; a table has rows and columns.
    filled = [row for row in rows if any(cell and cell.strip() for cell in row)]
    return len(filled) >= 2 and max((len(row) for row in filled), default=0) >= 2


def _cell(value: str | None) -> str:
    return " ".join(value.split()) if value else ""


# a header row holds labels: no answer box ("Claustrophobia | [X] Yes [ ] No | Pregnant | [ ] Yes ..."
# is a row of two fields), no long text
_ANSWER_BOX = re.compile(r"\[\s*[xX\u2713\u2714*]?\s*\]|[\u2610\u2611\u2612\u25a1\u25a0]")
HEADER_CELL_MAX = 40


def table_lines(rows) -> list[str]:
    """Each row as "label: value": the first cell labels the rest. Where a row of three or more
    labels (no digits, every cell filled) heads rows of the same width below it, each value of
    those rows is labelled by its column header; a form may hold several such blocks, and title
    rows between them ("SECTION 4 - SERVICE REQUESTED")."""
    cleaned = [[_cell(cell) for cell in row] for row in rows]
    cleaned = [row for row in cleaned if any(row)]
    lines = []
    header = None
    for position, row in enumerate(cleaned):
        following = cleaned[position + 1] if position + 1 < len(cleaned) else None
        if header is not None and len(row) != len(header):
            header = None  # the block under the header has ended
        values = [value for value in row[1:] if value]
        if (len(row) >= 3 and all(row) and not any(any(char.isdigit() for char in cell) for cell in row)
                and not any(_ANSWER_BOX.search(cell) or len(cell) > HEADER_CELL_MAX for cell in row)
                and following is not None and len(following) == len(row)):
            header = row
        elif header is not None:
            values = [f"{header[column].rstrip(':')}: {value}"
                      for column, value in enumerate(row[1:], start=1) if value and column < len(header)]
            values += [value for value in row[len(header):] if value]
        label = row[0].rstrip(":").strip()
        joined = "; ".join(values)
        lines.append(f"{label}: {joined}" if label and joined else (label or joined))
    return lines


# OCR ---------------------------------------------------------------------


def _ocr_pdf_page(path: Path, number: int, scratch: Path, tesseract: str, limits: ReadLimits,
                  name: str, dpi: int = OCR_DPI) -> tuple[str, str | None]:
    """(text, warning) for one scanned page: rendered in a bounded child, read by tesseract."""
    image_path = scratch / f"page-{number}.png"
    try:
        _run_in_child(lambda report: _render_page(str(path), number - 1, str(image_path), dpi),
                      seconds=limits.pdf_seconds, memory_bytes=limits.pdf_memory_bytes, name=name)
    except IngestError as error:
        return "", f"page {number} has no text layer and could not be rendered for OCR ({_reason(error, name)})"
    text, failure = _tesseract(tesseract, image_path, limits.ocr_seconds_per_page, dpi=dpi)
    image_path.unlink(missing_ok=True)
    if failure:
        return "", f"page {number} has no text layer and OCR failed ({failure})"
    if not text.strip():
        return "", f"page {number} has no text layer and OCR found no text"
    return text, None


def _reason(error: IngestError, name: str) -> str:
    return str(error).removeprefix(f"{name}: ")


def _render_page(path: str, index: int, image_path: str, dpi: int = OCR_DPI) -> None:
    """Runs in the child: one page as a grayscale PNG at ``dpi`` (capped in pixels)."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(path)[index]
    width, height = page.get_size()
    scale = min(dpi / 72, OCR_MAX_SIDE_PX / max(width, height, 1))
    page.render(scale=scale, grayscale=True).to_pil().save(image_path)


def _tesseract(tesseract: str, image_path: Path, seconds: float, dpi: int | None = None) -> tuple[str, str | None]:
    """(text, failure) from the tesseract binary; pages of a multi-page TIFF are separated by form feeds."""
    command = [tesseract, str(image_path), "stdout"]
    if dpi:
        command += ["--dpi", str(dpi)]
    # Tesseract's OpenMP threads fight each other: one thread read a page in 2.1 s here, the default 6.2 s.
    environment = {**os.environ, "OMP_THREAD_LIMIT": os.environ.get("OMP_THREAD_LIMIT", "1")}
    try:
        completed = subprocess.run(command, capture_output=True, timeout=seconds, check=False, env=environment)
    except subprocess.TimeoutExpired:
        return "", f"took longer than {seconds:g} s"
    except OSError as error:
        return "", error.strerror or type(error).__name__
    if completed.returncode != 0:
        return "", f"tesseract exit status {completed.returncode}"
    return completed.stdout.decode("utf-8", errors="replace"), None


def _read_image(path: Path, name: str, limits: ReadLimits) -> Document:
    """A loose scan: each frame of the image one page, read by tesseract."""
    _size_check(path, name, limits.pdf_bytes, "an image")
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        raise IngestError(f"{name}: image not read ({OCR_UNAVAILABLE})")
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:  # reads the header only
            width, height = image.size
            frames = getattr(image, "n_frames", 1)
    except (UnidentifiedImageError, OSError, ValueError):
        raise IngestError(f"{name}: not a readable image") from None
    if width * height > limits.image_pixels:
        raise IngestError(f"{name}: image too large ({width}x{height} pixels)")
    if frames > limits.pdf_pages:
        raise IngestError(f"{name}: too many pages ({frames}; the limit is {limits.pdf_pages})")
    text, failure = _tesseract(tesseract, path, limits.ocr_seconds_per_page * frames)
    if failure:
        raise IngestError(f"{name}: OCR failed ({failure})")
    page_texts = text.split("\f")
    while len(page_texts) > 1 and not page_texts[-1].strip():
        page_texts.pop()
    warnings = tuple(f"page {number} OCR found no text" for number, page_text in enumerate(page_texts, start=1)
                     if not page_text.strip())
    return Document(name, str(path), tuple(make_pages(page_texts, "ocr")), "ocr", warnings)
