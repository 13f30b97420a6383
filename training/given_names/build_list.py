"""Build sitrep's list of given names from the person names of the NER training data.

Reproducible: ``python training/given_names/build_list.py [--data DIR] [--out PATH]``.

A given name is the first word of a person's name of two words or more ("Debra" of
"Debra Perlingiere") in CoNLL-2003 ``train.txt`` (PER) and the GUM train documents
(``person`` mentions headed by a proper noun), training splits only. A candidate must:

- open a person's name at least ``--min-count`` times, and open names more often than
  it closes them ("Wang" ends "Jenny Wang" as often as it opens "Wang Yi": a surname);
- be a word of letters, capitalised, of two letters or more, not all capitals;
- not be a title or honorific ("President", "Sheikh": ``sitrep.knowledge`` titles).

Review: candidates a careful coder would not call a given name (titles, demonyms,
places, common words, surnames written first) are listed in ``rejected.yaml`` beside
this script and left out. The output (``src/sitrep/annotate/given_names.yaml``) holds
single words, no text.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from sitrep.training.conll import iob_spans, read_conll2003
from sitrep.training.conllu import gum_split_paths, named_spans, read_conllu

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = (REPO_ROOT / ".." / "shared" / "data").resolve()
DEFAULT_OUT = REPO_ROOT / "src" / "sitrep" / "annotate" / "given_names.yaml"
REJECTED = Path(__file__).with_name("rejected.yaml")
HEADER = """\
# Given names: the first word of people's names in the NER training data (CoNLL-2003
# train, GUM train), built by training/given_names/build_list.py and reviewed by hand.
# sitrep.annotate.given_names reads it: a given name before a capitalised word the
# model read as a place or firm makes a person ("Debra Perlingiere"), and a given name
# alone is no place or organisation ("Thanks Traci"). Remove a word that is not a
# given name; add one with a test sentence in tests/annotate/test_given_names.py.
"""


def person_names(data: Path) -> list[list[str]]:
    """The words of every person's name of the training splits (CoNLL PER, GUM person)."""
    names: list[list[str]] = []
    for document in read_conll2003(data / "ner" / "conll2003" / "train.txt"):
        for sentence in document:
            words = [t.text for t in sentence]
            for start, end, label in iob_spans([t.iob for t in sentence]):
                if label == "PER":
                    names.append(words[start:end])
    for path in gum_split_paths(data / "ner" / "gum", "train"):
        for ud in read_conllu(path):
            words = [t.form for t in ud.tokens]
            for start, end, label in named_spans(ud):
                if label == "person":
                    names.append(words[start:end])
    return names


def is_title(word: str) -> bool:
    from sitrep.resolve.titles import match_title

    return match_title(word) is not None


def candidates(names: list[list[str]], min_count: int) -> list[str]:
    """Words that open multi-word person names more often than they close them."""
    opening: Counter[str] = Counter()
    closing: Counter[str] = Counter()
    for words in names:
        if len(words) >= 2:
            opening[words[0]] += 1
            closing[words[-1]] += 1
    return sorted(
        word
        for word, count in opening.items()
        if count >= min_count
        and count > closing[word]
        and word.isalpha()
        and len(word) >= 2
        and word[0].isupper()
        and not word.isupper()
        and not is_title(word)
    )


def rejected_words(path: Path = REJECTED) -> frozenset[str]:
    """The candidates review rejected (``rejected.yaml``)."""
    import yaml

    return frozenset(yaml.safe_load(path.read_text(encoding="utf-8"))["rejected"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--min-count", type=int, default=1)
    args = parser.parse_args()
    rejected = rejected_words()
    words = [w for w in candidates(person_names(args.data), args.min_count) if w not in rejected]
    body = "given_names:\n" + "".join(f"  - {word}\n" for word in words)
    args.out.write_text(HEADER + "\n" + body, encoding="utf-8")
    print(f"{len(words)} given names written to {args.out}")


if __name__ == "__main__":
    main()
