"""A tiny pipeline trains end to end, saves, loads and predicts sitrep labels."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from sitrep.training.labels import SITREP_LABELS
from sitrep.training.ner import REPO_ROOT, WEB_LIKE_GUM_GENRES, train_ner

# (sentence, entities as "text=LABEL") written for this test.
SENTENCES = [
    ("Police in Kabul arrested Ahmad Zia on Tuesday .", ["Kabul=LOC", "Ahmad Zia=PER"]),
    ("The United Nations condemned the attack in Mosul .", ["United Nations=ORG", "Mosul=LOC"]),
    ("Fatima Noor said Reuters would publish the report .", ["Fatima Noor=PER", "Reuters=ORG"]),
    ("Gunmen killed three soldiers near Peshawar .", ["Peshawar=LOC"]),
    (
        "Amnesty International urged Pakistan to free the journalists .",
        ["Amnesty International=ORG", "Pakistan=LOC"],
    ),
    ("Syrian troops shelled Idlib overnight .", ["Syrian=MISC", "Idlib=LOC"]),
    (
        "John Mwangi , a spokesman for the Red Cross , spoke in Nairobi .",
        ["John Mwangi=PER", "Red Cross=ORG", "Nairobi=LOC"],
    ),
    ("Officials in Kenya blamed al-Shabaab for the bombing .", ["Kenya=LOC", "al-Shabaab=ORG"]),
    (
        "Elena Petrova met German diplomats in Berlin .",
        ["Elena Petrova=PER", "German=MISC", "Berlin=LOC"],
    ),
    (
        "The World Health Organization sent doctors to Yemen .",
        ["World Health Organization=ORG", "Yemen=LOC"],
    ),
    ("Protesters marched through Lagos on Friday .", ["Lagos=LOC"]),
    ("Carlos Ruiz led the Colombian delegation .", ["Carlos Ruiz=PER", "Colombian=MISC"]),
    ("NATO aircraft struck targets near Tripoli .", ["NATO=ORG", "Tripoli=LOC"]),
    ("Mohammed Ali , the mayor of Basra , resigned .", ["Mohammed Ali=PER", "Basra=LOC"]),
    ("Rebels seized the airport in Goma .", ["Goma=LOC"]),
    ("Priya Sharma of Oxfam visited Dhaka .", ["Priya Sharma=PER", "Oxfam=ORG", "Dhaka=LOC"]),
    ("Iraqi forces entered Fallujah at dawn .", ["Iraqi=MISC", "Fallujah=LOC"]),
    ("The European Union pledged aid to Somalia .", ["European Union=ORG", "Somalia=LOC"]),
    ("Hassan Diab spoke to reporters in Beirut .", ["Hassan Diab=PER", "Beirut=LOC"]),
    ("Floods hit Sindh province , Omar Khan said .", ["Sindh=LOC", "Omar Khan=PER"]),
]


def _conll_sentence(sentence: str, entities: list[str]) -> str:
    tokens = sentence.split()
    tags = ["O"] * len(tokens)
    for entity in entities:
        text, label = entity.split("=")
        words = text.split()
        for i in range(len(tokens) - len(words) + 1):
            if tokens[i : i + len(words)] == words:
                tags[i] = f"B-{label}"
                for j in range(i + 1, i + len(words)):
                    tags[j] = f"I-{label}"
                break
    pos = [
        "NNP" if t != "O" else ("." if w in ".," else "NN")
        for w, t in zip(tokens, tags, strict=True)
    ]
    return "\n".join(f"{w} {p} O {t}" for w, p, t in zip(tokens, pos, tags, strict=True))


def _write_tiny_data(root: Path, conllu_text: str) -> Path:
    data = root / "ner"
    (data / "conll2003").mkdir(parents=True)
    articles = [SENTENCES[i : i + 5] for i in range(0, len(SENTENCES), 5)]
    text = "\n\n".join(
        "-DOCSTART- -X- -X- O\n\n" + "\n\n".join(_conll_sentence(s, e) for s, e in article)
        for article in articles
    )
    (data / "conll2003" / "train.txt").write_text(text + "\n", encoding="utf-8")
    (data / "gum" / "dep").mkdir(parents=True)
    for name in ("GUM_news_one", "GUM_news_two"):
        (data / "gum" / "dep" / f"{name}.conllu").write_text(conllu_text, encoding="utf-8")
    (data / "gum" / "splits.md").write_text(
        "## dev\n\n  * GUM_news_two\n\n## train\n\n  * GUM_news_one\n", encoding="utf-8"
    )
    return data


@pytest.mark.slow
@pytest.mark.parametrize("config_name", ["config.cfg", "config_web.cfg"])
def test_tiny_training_saves_a_loadable_pipeline(
    tmp_path: Path, conllu_text: str, config_name: str
) -> None:
    data = _write_tiny_data(tmp_path, conllu_text)
    model_dir = train_ner(
        data,
        tmp_path / "out",
        max_minutes=1.0,
        config_path=REPO_ROOT / "training" / "ner" / config_name,
        repeated_gum_genres=WEB_LIKE_GUM_GENRES,
        conll_dev_documents=1,
        overrides={
            "training.max_steps": 12,
            "training.eval_frequency": 6,
            # every dependency label is rare in a tiny corpus
            "components.parser.min_action_freq": 1,
        },
    )
    nlp = spacy.load(model_dir)
    assert nlp.pipe_names == ["tok2vec", "tagger", "attribute_ruler", "parser", "ner"]
    assert set(nlp.get_pipe("ner").labels) <= set(SITREP_LABELS)  # type: ignore[attr-defined]
    assert "PERSON" in nlp.get_pipe("ner").labels  # type: ignore[attr-defined]
    doc = nlp("Police in Kandahar arrested Bilal Ahmadi on Monday.")
    assert all(ent.label_ in SITREP_LABELS for ent in doc.ents)
    assert all(token.tag_ for token in doc)
    assert all(token.pos_ for token in doc)
    # the time limit and the case augmenter are training-only and must not be needed to load
    saved_config = (model_dir / "config.cfg").read_text(encoding="utf-8")
    assert "stop_after" not in saved_config
    assert "sitrep.case_variants" not in saved_config


def test_web_like_gum_genres_are_written_twice(tmp_path: Path, conllu_text: str) -> None:
    from spacy.tokens import DocBin

    from sitrep.training.ner import build_corpora

    data = _write_tiny_data(tmp_path, conllu_text)

    def train_docs(genres: tuple[str, ...], out: str) -> int:
        train_path, _, _ = build_corpora(
            data, tmp_path / out, conll_dev_documents=1, repeated_gum_genres=genres
        )
        return len(DocBin().from_disk(train_path))

    assert train_docs(("news",), "repeated") == train_docs((), "plain") + 1
