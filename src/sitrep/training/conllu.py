"""Read GUM's CoNLL-U files into spaCy `Doc`s (tags, POS, dependency trees, names).

GUM annotates every entity mention (named or not, nested) in the MISC column as
`Entity=(id-type-...` / `id)` brackets. sitrep's NER wants *names* only, so a mention
is kept when its syntactic head is a proper noun (UPOS PROPN or XPOS NNP/NNPS); the span is then
trimmed to the run of proper nouns around that head (joined by "of", "and", "&",
"the", "for", "de"), which drops determiners, titles in lower case, appositions and
relative clauses that GUM includes in the mention. Overlaps keep the longest span.
Named mentions of other types (works, events, e-mail addresses) are left *missing*
rather than marked as outside, because CoNLL's MISC and GUM disagree on them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.vocab import Vocab

from sitrep.training.labels import LabelMapper

_ENTITY_ITEM = re.compile(r"\((\d+)-([a-z]+)[^()]*?(\))?(?=\(|\d+\)|$)|(\d+)\)")
_NAME_JOINERS = frozenset({"of", "and", "&", "the", "for", "de", "-"})


@dataclass
class UdToken:
    """The columns of one CoNLL-U word line that the pipeline learns from."""

    form: str
    upos: str
    xpos: str
    head: int  # 1-based within the sentence, 0 for the root
    deprel: str
    space_after: bool

    @property
    def is_proper(self) -> bool:
        """Proper noun by UPOS or by PTB tag (UD tags "United" in names as VERB/NNP)."""
        return self.upos == "PROPN" or self.xpos.startswith("NNP")


@dataclass
class UdSentence:
    """A sentence with its GUM entity mentions as (start, end, type), end exclusive."""

    tokens: list[UdToken] = field(default_factory=list)
    mentions: list[tuple[int, int, str]] = field(default_factory=list)


def read_splits(splits_path: Path) -> dict[str, list[str]]:
    """Parse GUM's `splits.md` into {split name: [document ids]}."""
    splits: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in splits_path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            current = splits.setdefault(line[3:].strip(), [])
        elif line.strip().startswith("* ") and current is not None:
            current.append(line.strip()[2:].strip())
    if not splits:
        raise ValueError(f"No '## split' sections found in {splits_path}.")
    return splits


def read_conllu(path: Path) -> list[UdSentence]:
    """Read one CoNLL-U file; multi-word token ranges and empty nodes are skipped."""
    sentences: list[UdSentence] = []
    sentence = UdSentence()
    open_mentions: dict[str, list[tuple[int, str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sentence.tokens:
                sentences.append(sentence)
            sentence, open_mentions = UdSentence(), {}
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise ValueError(f"{path}: a CoNLL-U word line needs 10 columns, got {line!r}.")
        if not cols[0].isdigit():
            continue
        misc = dict(item.split("=", 1) for item in cols[9].split("|") if "=" in item)
        index = len(sentence.tokens)
        sentence.tokens.append(
            UdToken(
                form=cols[1],
                upos=cols[3],
                xpos=cols[4],
                head=int(cols[6]),
                deprel=cols[7],
                space_after=misc.get("SpaceAfter") != "No",
            )
        )
        _read_entity_brackets(misc.get("Entity", ""), index, sentence, open_mentions)
    if sentence.tokens:
        sentences.append(sentence)
    return sentences


def _read_entity_brackets(
    value: str, index: int, sentence: UdSentence, open_mentions: dict[str, list[tuple[int, str]]]
) -> None:
    for match in _ENTITY_ITEM.finditer(value):
        opened_id, etype, closes_here, closed_id = match.groups()
        if opened_id is not None:
            if closes_here:
                sentence.mentions.append((index, index + 1, etype))
            else:
                open_mentions.setdefault(opened_id, []).append((index, etype))
        elif open_mentions.get(closed_id):
            start, etype = open_mentions[closed_id].pop()
            sentence.mentions.append((start, index + 1, etype))


_FUNCTION_POS = frozenset({"DET", "ADP", "PUNCT", "CCONJ", "PART"})


def _span_head(tokens: list[UdToken], start: int, end: int) -> int:
    """The first content token of [start, end) whose head lies outside the span.

    Function words are skipped because a mention's determiner may attach to a
    noun outside it ("the [United Nations] envoy").
    """
    outside = [i for i in range(start, end) if not start <= tokens[i].head - 1 < end]
    content = [i for i in outside if tokens[i].upos not in _FUNCTION_POS]
    return (content or outside or [start])[0]


def named_spans(sentence: UdSentence) -> list[tuple[int, int, str]]:
    """The proper-name core of each mention headed by a proper noun."""
    tokens = sentence.tokens
    found: list[tuple[int, int, str]] = []
    for start, end, etype in sentence.mentions:
        head = _span_head(tokens, start, end)
        if not tokens[head].is_proper:
            continue
        left = right = head
        while left > start and (
            tokens[left - 1].is_proper
            or (
                left - 2 >= start
                and tokens[left - 1].form.lower() in _NAME_JOINERS
                and tokens[left - 2].is_proper
            )
        ):
            left -= 1
        while right + 1 < end and (
            tokens[right + 1].is_proper
            or (
                right + 2 < end
                and tokens[right + 1].form.lower() in _NAME_JOINERS
                and tokens[right + 2].is_proper
            )
        ):
            right += 1
        found.append((left, right + 1, etype))
    return found


def gum_to_docs(
    paths: list[Path],
    vocab: Vocab,
    mapper: LabelMapper | None = None,
    *,
    sentences_per_doc: int = 8,
) -> Iterator[Doc]:
    """Docs of up to `sentences_per_doc` consecutive sentences of each GUM file."""
    mapper = mapper or LabelMapper()
    for path in paths:
        sentences = read_conllu(path)
        for first in range(0, len(sentences), sentences_per_doc):
            yield _sentences_to_doc(sentences[first : first + sentences_per_doc], vocab, mapper)


def _sentences_to_doc(sentences: list[UdSentence], vocab: Vocab, mapper: LabelMapper) -> Doc:
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    pos: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    sent_starts: list[bool | int | None] = []
    ents: list[tuple[int, int, str]] = []
    for sentence in sentences:
        offset = len(words)
        for i, token in enumerate(sentence.tokens):
            words.append(token.form)
            spaces.append(token.space_after)
            tags.append(token.xpos)
            pos.append(token.upos)
            heads.append(offset + (token.head - 1 if token.head else i))
            deps.append("ROOT" if token.deprel == "root" else token.deprel)
            sent_starts.append(i == 0)
        ents.extend((offset + s, offset + e, t) for s, e, t in named_spans(sentence))
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        heads=heads,
        deps=deps,
        sent_starts=sent_starts,
    )
    spans = [
        Span(doc, start, end, label=mapper.map_gum(etype, doc[start:end].text))
        for start, end, etype in ents
    ]
    kept = filter_spans(spans)
    # Named things outside sitrep's scheme (works, events, e-mail addresses, citations)
    # are marked "missing", not "outside": GUM and CoNLL disagree on what MISC is.
    doc.set_ents(
        [s for s in kept if s.label_ != "MISC"],
        missing=[s for s in kept if s.label_ == "MISC"],
        default="outside",
    )
    return doc


def gum_split_paths(gum_dir: Path, split: str) -> list[Path]:
    """The CoNLL-U files of one split named in `gum_dir/splits.md`."""
    splits = read_splits(gum_dir / "splits.md")
    if split not in splits:
        raise ValueError(
            f"Split {split!r} is not in {gum_dir / 'splits.md'}; have {sorted(splits)}."
        )
    paths = [gum_dir / "dep" / f"{doc_id}.conllu" for doc_id in splits[split]]
    missing = [p for p in paths if not p.is_file()]
    if missing:
        raise FileNotFoundError(f"GUM files listed in splits.md are missing, e.g. {missing[0]}.")
    return paths
