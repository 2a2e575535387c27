"""The frozen data types that flow from ingestion to findings.

Packet -> Document -> Page -> Finding.  Offsets in a Finding are offsets into
``Page.text`` of the page it names, so any finding can be shown again in place.
"""
from __future__ import annotations

from dataclasses import dataclass, field


class IngestError(Exception):
    """Input that cannot be read. ``str(error)`` is one line for the user."""


@dataclass(frozen=True, slots=True)
class Page:
    number: int  # 1-based page number within its document
    text: str  # the extracted text; every reported offset points into this
    # Same length as ``text``, offset for offset: repeated fax banners, headers
    # and footers blanked to spaces, odd whitespace folded. The NLP reads this.
    nlp_text: str
    source: str  # "pdf-text" | "ocr" | "plain-text"


@dataclass(frozen=True, slots=True)
class Document:
    name: str  # file name as shown to the reviewer (relative to the packet folder)
    path: str
    pages: tuple[Page, ...]
    text_source: str  # "pdf-text" | "ocr" | "plain-text" ("ocr" if any page was OCR'd)
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Packet:
    path: str
    documents: tuple[Document, ...]
    warnings: tuple[str, ...] = ()  # documents that could not be read, one line each


@dataclass(frozen=True, slots=True)
class Assertion:
    negated: bool = False
    uncertain: bool = False
    historical: bool = False
    hypothetical: bool = False
    family: bool = False

    def as_dict(self) -> dict[str, bool]:
        return {
            "negated": self.negated,
            "uncertain": self.uncertain,
            "historical": self.historical,
            "hypothetical": self.hypothetical,
            "family": self.family,
        }


@dataclass(frozen=True, slots=True)
class Finding:
    id: str  # "f1", "f2", ... stable for one extraction of one packet
    concept: str
    text: str  # == page.text[start:end]
    document: str
    page: int
    start: int
    end: int
    section: str | None
    date: str | None  # ISO date the finding is about (study / treatment date), if known
    assertion: Assertion
    sentence: str = ""  # the sentence around it, for display and rules
    attributes: tuple[tuple[str, str], ...] = ()  # e.g. (("grade", "4"), ("idh", "mutant"))
    fuzzy_score: float | None = None  # set when found by the fuzzy second pass
    rule: str = ""  # the lexicon literal that matched, for QA
    document_date: str | None = None

    def attribute(self, name: str) -> str | None:
        return dict(self.attributes).get(name)
