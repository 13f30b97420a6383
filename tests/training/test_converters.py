"""The CoNLL-2003 and GUM CoNLL-U converters produce the annotations sitrep trains on."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from sitrep.training.conll import conll_to_docs, iob_spans, read_conll2003
from sitrep.training.conllu import gum_to_docs, read_conllu, read_splits
from sitrep.training.labels import LabelMapper, load_lexicon


def test_iob1_and_iob2_give_the_same_spans() -> None:
    iob1 = ["I-PER", "I-PER", "O", "I-LOC", "B-LOC"]
    iob2 = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC"]
    assert iob_spans(iob1) == iob_spans(iob2) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC")]


def test_conll_labels_are_mapped_to_the_sitrep_scheme(conll_file: Path) -> None:
    documents = read_conll2003(conll_file)
    assert len(documents) == 2
    docs = list(conll_to_docs(documents, spacy.blank("en").vocab))
    ents = [(e.text, e.label_) for e in docs[0].ents]
    assert ents == [
        ("Maria Okafor", "PERSON"),
        ("Oxfam", "ORG"),
        ("Germany", "GPE"),
        ("Europe", "LOC"),
        ("Kenyan", "NORP"),
        ("Euro 96", "MISC"),
    ]
    assert [(e.text, e.label_) for e in docs[1].ents] == [("NAIROBI", "GPE")]


def test_conll_tags_are_harmonised_with_gum(conll_file: Path) -> None:
    doc = next(conll_to_docs(read_conll2003(conll_file), spacy.blank("en").vocab))
    tags = {t.text: t.tag_ for t in doc if t.text in "()"}
    assert tags == {"(": "-LRB-", ")": "-RRB-"}
    quotes = [t.tag_ for t in doc if t.text == '"']
    assert quotes == ["``", "''"]


def test_missing_conll_file_is_reported_by_name(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"nope\.txt"):
        read_conll2003(tmp_path / "nope.txt")


def test_conllu_reader_keeps_trees_and_spacing(conllu_file: Path) -> None:
    sentences = read_conllu(conllu_file)
    assert [len(s.tokens) for s in sentences] == [10, 6]
    doc = next(gum_to_docs([conllu_file], spacy.blank("en").vocab))
    assert (
        doc.text.strip()
        == "The mayor of Lagos met the United Nations envoy. She read Hamlet in Paris."
    )
    assert doc[4].dep_ == "ROOT" and doc[1].head.text == "met"
    assert doc[7].tag_ == "NNPS" and doc[7].pos_ == "PROPN"
    assert [s.text for s in doc.sents][1] == "She read Hamlet in Paris."


def test_gum_keeps_only_names_trimmed_to_the_proper_nouns(conllu_file: Path) -> None:
    doc = next(gum_to_docs([conllu_file], spacy.blank("en").vocab))
    # "The mayor of Lagos" and "the United Nations envoy" are not names; their
    # proper-noun cores are. The work "Hamlet" is left unannotated (missing).
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("Lagos", "GPE"),
        ("United Nations", "ORG"),
        ("Paris", "GPE"),
    ]
    hamlet = next(t for t in doc if t.text == "Hamlet")
    assert hamlet.ent_iob_ == ""
    assert next(t for t in doc if t.text == "mayor").ent_iob_ == "O"


def test_splits_file_is_parsed(tmp_path: Path) -> None:
    splits = tmp_path / "splits.md"
    splits.write_text("# Splits\n\n## dev\n\n  * GUM_a\n\n## train\n\n  * GUM_b\n  * GUM_c\n")
    assert read_splits(splits) == {"dev": ["GUM_a"], "train": ["GUM_b", "GUM_c"]}


def test_norp_and_gpe_tests() -> None:
    mapper = LabelMapper()
    assert mapper.map_conll("MISC", "Bosnian Serb") == "NORP"
    assert mapper.map_conll("MISC", "Shi'ite") == "NORP"
    assert mapper.map_conll("MISC", "Palestinians") == "NORP"
    assert mapper.map_conll("MISC", "World Cup") == "MISC"
    assert mapper.map_conll("LOC", "Kandahar") == "GPE"
    assert mapper.map_conll("LOC", "Middle East") == "LOC"
    assert mapper.map_conll("LOC", "Bagram Airbase") == "FAC"
    assert mapper.map_gum("organization", "the Democrats") == "NORP"


def test_bad_lexicon_is_rejected_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "lexicon.yaml"
    path.write_text("schema_version: 1\nnorp_words: [german]\n")
    with pytest.raises(ValueError, match="gpe_names"):
        load_lexicon(path)


def test_gum_genre_is_read_from_the_file_name() -> None:
    from sitrep.training.ner import _gum_genre

    assert _gum_genre(Path("dep/GUM_reddit_bobby.conllu")) == "reddit"
    assert _gum_genre(Path("dep/GUM_news_one.conllu")) == "news"
    assert _gum_genre(Path("dep/notes.conllu")) == ""
