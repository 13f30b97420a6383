"""Read CoNLL-2003 (IOB, one token per line) into spaCy `Doc`s with sitrep labels.

The file has four columns (token, POS, chunk, NER); `-DOCSTART-` lines separate
articles and blank lines separate sentences. The POS column is Penn Treebank, so it
also trains the tagger (harmonised with GUM's bracket/quote tags). Entity labels are
mapped by `LabelMapper.map_conll`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from sitrep.training.labels import LabelMapper

_DOCSTART = "-DOCSTART-"
_TAG_FIXES = {"(": "-LRB-", ")": "-RRB-", "NN|SYM": "NN"}


@dataclass(frozen=True)
class ConllToken:
    """One token line of CoNLL-2003."""

    text: str
    tag: str
    iob: str


ConllSentence = list[ConllToken]
ConllDocument = list[ConllSentence]


def read_conll2003(path: Path) -> list[ConllDocument]:
    """Return the articles of a CoNLL-2003 file as lists of sentences.

    Accepts both IOB1 (the original files) and IOB2; an empty article before the
    first `-DOCSTART-` is dropped.
    """
    if not path.is_file():
        raise FileNotFoundError(f"The CoNLL-2003 file {path} does not exist; check the data path.")
    documents: list[ConllDocument] = [[]]
    sentence: ConllSentence = []
    for line_number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        parts = line.split()
        if not parts:
            if sentence:
                documents[-1].append(sentence)
                sentence = []
            continue
        if parts[0] == _DOCSTART:
            if sentence:
                documents[-1].append(sentence)
                sentence = []
            documents.append([])
            continue
        if len(parts) < 2:
            raise ValueError(f"{path}:{line_number}: expected 'token ... NER-tag', got {line!r}.")
        tag = parts[1] if len(parts) >= 4 else ""
        sentence.append(ConllToken(text=parts[0], tag=tag, iob=parts[-1]))
    if sentence:
        documents[-1].append(sentence)
    return [doc for doc in documents if doc]


def iob_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Turn IOB1 or IOB2 tags into (start, end, label) token spans."""
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    label = ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, tag_label = tag.partition("-")
        continues = prefix == "I" and start is not None and tag_label == label
        if start is not None and not continues:
            spans.append((start, i, label))
            start = None
        if prefix in ("B", "I") and start is None:
            start, label = i, tag_label
    return spans


def _harmonise_tags(sentence: ConllSentence) -> list[str]:
    tags: list[str] = []
    quote_open = False
    for token in sentence:
        tag = _TAG_FIXES.get(token.tag, token.tag)
        if tag == '"':
            tag = "''" if quote_open else "``"
            quote_open = not quote_open
        tags.append(tag)
    return tags


def conll_to_docs(
    documents: list[ConllDocument],
    vocab: Vocab,
    mapper: LabelMapper | None = None,
    *,
    sentences_per_doc: int = 8,
    with_tags: bool = True,
    newline_between_sentences: bool = True,
) -> Iterator[Doc]:
    """Build spaCy Docs of up to `sentences_per_doc` sentences of one article each.

    With `newline_between_sentences`, a "\n" whitespace token (tag `_SP`) separates
    the sentences, as in real articles whose headline, dateline and paragraphs sit
    on their own lines; the model then sees newline tokens in training too.
    """
    mapper = mapper or LabelMapper()
    for document in documents:
        for first in range(0, len(document), sentences_per_doc):
            yield _sentences_to_doc(
                document[first : first + sentences_per_doc],
                vocab,
                mapper,
                with_tags=with_tags,
                newline=newline_between_sentences,
            )


def _sentences_to_doc(
    sentences: list[ConllSentence],
    vocab: Vocab,
    mapper: LabelMapper,
    *,
    with_tags: bool,
    newline: bool,
) -> Doc:
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    sent_starts: list[bool | int | None] = []
    ents: list[tuple[int, int, str]] = []
    for index, sentence in enumerate(sentences):
        if newline and index:
            spaces[-1] = False
            words.append("\n")
            spaces.append(False)
            tags.append("_SP")
            sent_starts.append(False)
        offset = len(words)
        words.extend(t.text for t in sentence)
        spaces.extend(True for _ in sentence)
        tags.extend(_harmonise_tags(sentence))
        sent_starts.extend([True] + [False] * (len(sentence) - 1))
        ents.extend(
            (offset + s, offset + e, lab) for s, e, lab in iob_spans([t.iob for t in sentence])
        )
    has_tags = with_tags and all(tags)
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags if has_tags else None,
        sent_starts=sent_starts,
    )
    doc.ents = [
        Span(doc, start, end, label=mapper.map_conll(label, doc[start:end].text))
        for start, end, label in ents
    ]
    return doc
