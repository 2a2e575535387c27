from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_notes"
GOLD = SAMPLES / "gold"
SHARED = ROOT.parent / "shared"


def sample_cases() -> list[str]:
    return sorted(p.stem for p in GOLD.glob("*.json"))


@pytest.fixture(scope="session")
def nlp():
    from extractors.pipeline import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def extract_text(nlp):
    """Run the full extraction on one in-memory text document."""
    from extractors.findings import extract
    from extractors.types import Document, Packet, Page

    def run(text: str, name: str = "note.txt", extra: dict[str, str] | None = None):
        documents = []
        for doc_name, doc_text in [(name, text)] + list((extra or {}).items()):
            page = Page(1, doc_text, doc_text, "plain-text")
            documents.append(Document(doc_name, doc_name, (page,), "plain-text"))
        return extract(Packet("memory", tuple(documents)), nlp=nlp)

    return run
