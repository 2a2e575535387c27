"""Gold JSON <-> JSONL <-> BRAT standoff, through the `gold convert` command."""
from __future__ import annotations

import json

import pytest

from assistant.gold_formats import GoldFormatError, brat_stem, document_name, occurrence_of, parse_ann

REPORT = "MRI brain: glioblastoma. Glioblastoma again;\nno glioblastoma in the\nleft lobe.\n"
LETTER = "Page one about MRS.\fPage two: mother had MELAS.\n"

GOLD = {
    "case": "01_tiny", "description": "tiny", "outcome": "insufficient_information", "leaves": {"neonatal_hie": "unknown"},
    "spans": [
        {"document": "report.txt", "page": 1, "text": "MRI brain", "occurrence": 0, "concept": "conventional_imaging",
         "assertion": {"negated": False, "uncertain": False, "historical": False, "hypothetical": False,
                       "family": False}},
        {"document": "report.txt", "page": 1, "text": "glioblastoma", "occurrence": 1, "concept": "glial_neoplasm",
         "assertion": {"negated": True, "uncertain": False, "historical": False, "hypothetical": False,
                       "family": False}},
        {"document": "letter.txt", "page": 2, "text": "MELAS", "occurrence": 0, "concept": "metabolic_disorder",
         "assertion": {"negated": False, "uncertain": False, "historical": True, "hypothetical": False,
                       "family": True}},
    ],
}


@pytest.fixture()
def packets(tmp_path):
    (tmp_path / "01_tiny").mkdir()
    (tmp_path / "01_tiny" / "report.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "01_tiny" / "letter.txt").write_text(LETTER, encoding="utf-8")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "01_tiny.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return tmp_path


def test_json_to_brat_writes_offsets_attributes_and_the_case_header(packets):
    from assistant.cli import main

    assert main(["gold", "convert", str(packets / "gold" / "01_tiny.json"), str(packets / "brat")]) == 0
    folder = packets / "brat" / "01_tiny"
    ann = (folder / "report.ann").read_text()
    start = REPORT.index("glioblastoma", REPORT.index("glioblastoma") + 1)
    assert f"glial_neoplasm {start} {start + 12}\tglioblastoma" in ann
    assert "\tNegated T2" in ann
    letter = parse_ann((folder / "letter.ann").read_text())
    offset = LETTER.index("MELAS")  # page 2 starts after page 1 and its form feed
    assert (letter[0].start, letter[0].flags) == (offset, frozenset({"historical", "family"}))
    assert json.loads((folder / "case.json").read_text())["outcome"] == "insufficient_information"
    assert "[attributes]" in (packets / "brat" / "annotation.conf").read_text()


def test_round_trip_json_brat_jsonl_json_keeps_every_span(packets):
    from assistant.cli import main

    assert main(["gold", "convert", str(packets / "gold"), str(packets / "brat"), "--packets", str(packets)]) == 0
    assert main(["gold", "convert", str(packets / "brat"), str(packets / "all.jsonl")]) == 0
    assert main(["gold", "convert", str(packets / "all.jsonl"), str(packets / "back")]) == 0
    back = json.loads((packets / "back" / "01_tiny.json").read_text())

    def key(span):
        return (span["document"], span["page"], span["text"], span["occurrence"], span["concept"],
                tuple(sorted(span["assertion"].items())))

    assert sorted(map(key, back["spans"])) == sorted(map(key, GOLD["spans"]))
    assert {k: v for k, v in back.items() if k != "spans"} == {k: v for k, v in GOLD.items() if k != "spans"}


def test_brat_beside_the_packet_text_reads_as_gold(packets):
    """An annotator may keep report.ann next to report.txt in the packet folder itself."""
    from assistant.gold_formats import read_brat

    start = REPORT.index("no glioblastoma") + 3
    (packets / "01_tiny" / "report.ann").write_text(
        f"T1\tglial_neoplasm {start} {start + 12}\tglioblastoma\nA1\tNegated T1\n#1\tAnnotatorNotes T1\tok\n")
    [case] = read_brat(packets / "01_tiny")
    assert case["spans"] == [{"document": "report.txt", "page": 1, "text": "glioblastoma", "occurrence": 1,  # case-sensitive: "Glioblastoma" is not counted
                              "concept": "glial_neoplasm",
                              "assertion": {"negated": True, "uncertain": False, "historical": False,
                                            "hypothetical": False, "family": False}}]


def test_a_quote_across_a_line_break_is_whitespace_collapsed():
    assert occurrence_of("in the\nleft lobe, in the left lobe", "the left lobe", 20) == 1


def test_document_names_and_brat_stems_invert():
    for name in ("report.txt", "scan.pdf", "notes.md", "sub/letter.txt"):
        assert document_name(brat_stem(name)) == name


def test_unknown_brat_attribute_fails_loudly():
    with pytest.raises(GoldFormatError, match="unknown attribute 'Negation'"):
        parse_ann("T1\tx 0 3\tabc\nA1\tNegation T1\n", "a.ann")


def test_ann_text_must_match_its_offsets(packets):
    from assistant.gold_formats import read_brat

    (packets / "01_tiny" / "report.ann").write_text("T1\tglial_neoplasm 0 9\tglioma\n")
    with pytest.raises(GoldFormatError, match="not what its offsets cover"):
        read_brat(packets / "01_tiny")


def test_a_gold_span_with_a_typo_key_is_refused(tmp_path, capsys):
    from assistant.cli import main

    bad = dict(GOLD, spans=[dict(GOLD["spans"][0], ocurrence=1)])
    (tmp_path / "bad.json").write_text(json.dumps(bad))
    assert main(["gold", "convert", str(tmp_path / "bad.json"), str(tmp_path / "out.jsonl")]) == 2
    assert "unknown keys ['ocurrence']" in capsys.readouterr().err
