"""Extraction runs without an error over all 147 real transcriptions in ../shared/extdata/mtsamples_neuro/
(read from there, never copied into the project)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractors.findings import extract
from extractors.types import Packet

MTSAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "extdata" / "mtsamples_neuro"


@pytest.mark.skipif(not MTSAMPLES.is_dir(), reason="../shared/extdata is not beside this checkout")
def test_extraction_runs_over_all_real_transcriptions(nlp):
    from extractors.ingest import read_document

    files = sorted(MTSAMPLES.glob("*.txt"))
    assert len(files) >= 147
    total_findings = 0
    for path in files:
        document = read_document(path)
        extraction = extract(Packet(str(path), (document,)), nlp=nlp)
        for finding in extraction.findings:
            page = next(p for p in document.pages if p.number == finding.page)
            assert page.text[finding.start:finding.end] == finding.text, path.name
        total_findings += len(extraction.findings)
    assert total_findings > 500  # neuro transcriptions are full of imaging, tumours and symptoms
