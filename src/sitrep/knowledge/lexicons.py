"""Lexicons for people's roles and for descriptions that point back to entities.

``titles.yaml`` lists job titles, ranks and honorifics ("Lt. Gen.", "defence minister",
"emir", "Qari"); ``descriptors.yaml`` lists definite descriptions ("the group", "the
Pakistani side", "the capital"). Both are reviewed data; this module validates them
(errors carry FILE:LINE) and matches them against text with the spelling folds news
needs: case, full stops in abbreviations, hyphens, accents.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from sitrep.knowledge.actors import is_case_sensitive
from sitrep.knowledge.yamlmarks import LINE_KEY, DataFileError, load_yaml_with_lines, strip_lines

KNOWLEDGE_DIR = Path(__file__).resolve().parent
TITLES_PATH = KNOWLEDGE_DIR / "titles.yaml"
DESCRIPTORS_PATH = KNOWLEDGE_DIR / "descriptors.yaml"

_TOKEN = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


class _Token(NamedTuple):
    text: str  # as written, full stops removed
    norm: str  # folded for matching
    start: int
    end: int


def _fold(word: str) -> str:
    word = unicodedata.normalize("NFKD", word)
    word = "".join(ch for ch in word if not unicodedata.combining(ch))
    return re.sub(r"['\u2019.]", "", word).casefold()


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.group(), _fold(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _as_text(text_or_tokens: str | Sequence[str]) -> str:
    return text_or_tokens if isinstance(text_or_tokens, str) else " ".join(text_or_tokens)


class _Form(NamedTuple):
    key: tuple[str, ...]
    exact: tuple[str, ...] | None  # the tokens as written, for case-sensitive acronyms
    value: Any


class _PhraseIndex:
    """Longest-match lookup of multi-word phrases over folded tokens."""

    def __init__(self) -> None:
        self._forms: dict[tuple[str, ...], list[_Form]] = {}
        self.longest = 0

    def add(self, phrase: str, value: Any) -> tuple[str, ...]:
        toks = _tokens(phrase)
        key = tuple(t.norm for t in toks)
        exact = tuple(t.text for t in toks) if is_case_sensitive(phrase) else None
        self._forms.setdefault(key, []).append(_Form(key, exact, value))
        self.longest = max(self.longest, len(key))
        return key

    def match_at(self, toks: list[_Token], i: int) -> tuple[int, Any] | None:
        """(number of tokens, value) of the longest phrase starting at token ``i``."""
        for n in range(min(self.longest, len(toks) - i), 0, -1):
            window = toks[i : i + n]
            for form in self._forms.get(tuple(t.norm for t in window), []):
                if form.exact is None or form.exact == tuple(t.text for t in window):
                    return n, form.value
        return None


# ---------------------------------------------------------------- titles


class Title(BaseModel):
    """A normalised title with the forms news writes it in."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str = Field(min_length=1)
    kind: str = Field(min_length=1)
    forms: tuple[str, ...] = ()


class TitleMatch(NamedTuple):
    """A title found in text; offsets are into the text given."""

    title: str
    kind: str
    text: str
    start: int
    end: int
    modifiers: tuple[str, ...]  # flags such as "former", "acting", "deputy"


class HonorificSplit(NamedTuple):
    """A personal name with honorifics separated.

    ``name`` drops courtesy titles but keeps honorifics that are part of how the person
    is known ("Qari Fateh"); ``bare`` drops both ("Fateh").
    """

    name: str
    bare: str
    honorifics: tuple[str, ...]


class TitleLexicon:
    """Titles, rank abbreviations, modifiers and honorifics; build with ``load_titles``."""

    def __init__(
        self,
        titles: Sequence[Title],
        modifiers: dict[str, Sequence[str]] | None = None,
        strip_honorifics: Sequence[str] = (),
        keep_honorifics: Sequence[str] = (),
    ) -> None:
        self.titles = tuple(titles)
        self._titles = _PhraseIndex()
        for title in self.titles:
            for form in dict.fromkeys((title.title, *title.forms)):
                self._titles.add(form, title)
        self._modifiers = _PhraseIndex()
        for flag, words in (modifiers or {}).items():
            for word in words:
                self._modifiers.add(word, flag)
        self._honorifics = _PhraseIndex()
        for word in strip_honorifics:
            self._honorifics.add(word, False)
        for word in keep_honorifics:
            self._honorifics.add(word, True)

    def get(self, title: str) -> Title | None:
        """The entry for a normalised title ("lieutenant general")."""
        return next((t for t in self.titles if t.title == title), None)

    def match_title(self, text_or_tokens: str | Sequence[str]) -> TitleMatch | None:
        """The title at the start of the text, after determiners and modifiers.

        "Lt. Gen. Nadeem Anjum" -> lieutenant general; "the former defence minister"
        -> defence minister with modifiers ("former",). None if no title starts it.
        """
        text = _as_text(text_or_tokens)
        toks = _tokens(text)
        i = 0
        while i < len(toks) and toks[i].norm in _DETERMINERS:
            i += 1
        return self._match_from(text, toks, i)

    def find_titles(self, text: str) -> list[TitleMatch]:
        """Every title in ``text``, longest first, without overlaps, in text order."""
        toks = _tokens(text)
        found: list[TitleMatch] = []
        i = 0
        while i < len(toks):
            match = self._match_from(text, toks, i)
            if match is None:
                i += 1
                continue
            found.append(match)
            while i < len(toks) and toks[i].start < match.end:
                i += 1
        return found

    def _match_from(self, text: str, toks: list[_Token], i: int) -> TitleMatch | None:
        start = i
        flags: list[str] = []
        while i < len(toks):
            hit = self._titles.match_at(toks, i)
            if hit is not None:
                n, title = hit
                begin, end = toks[start].start, toks[i + n - 1].end
                end = end + 1 if text[end : end + 1] == "." else end
                return TitleMatch(
                    title.title, title.kind, text[begin:end], begin, end, tuple(flags)
                )
            modifier = self._modifiers.match_at(toks, i)
            if modifier is None:
                return None
            n, flag = modifier
            flags.append(flag)
            i += n
        return None

    def split_honorific(self, name: str) -> HonorificSplit:
        """Separate leading honorifics from a name ("Mr Khawaja Asif", "Qari Fateh")."""
        toks = _tokens(name)
        i = 0
        kept_from: int | None = None
        honorifics: list[str] = []
        while i < len(toks) - 1:
            hit = self._honorifics.match_at(toks, i)
            if hit is None:
                break
            n, keep = hit
            if i + n >= len(toks):
                break
            honorifics.append(name[toks[i].start : toks[i + n - 1].end])
            if keep and kept_from is None:
                kept_from = i
            if not keep and kept_from is not None:
                break
            i += n
        if not honorifics:
            return HonorificSplit(name.strip(), name.strip(), ())
        rest = name[toks[i].start :].strip()
        named = name[toks[kept_from].start :].strip() if kept_from is not None else rest
        return HonorificSplit(named, rest, tuple(honorifics))


# ---------------------------------------------------------------- descriptors


class Descriptor(BaseModel):
    """A family of definite descriptions that refer to entities of given kinds."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    heads: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    refers_to: str = Field(pattern=r"^(ORG|GPE|LOC|PERSON)$")
    kinds: tuple[str, ...] = Field(min_length=1)
    determiners: tuple[str, ...] = ("the",)
    plural: bool = False


class DescriptorMatch(NamedTuple):
    """A description recognised in a noun phrase."""

    text: str
    head: str
    refers_to: str
    kinds: tuple[str, ...]
    plural: bool
    country: str | None  # from a demonym slot: "the Afghan side" -> "AF"


class DescriptorLexicon:
    """Definite descriptions; build with ``load_descriptors``."""

    def __init__(
        self,
        descriptors: Sequence[Descriptor],
        demonym_country: Callable[[str], str | None] | None = None,
    ) -> None:
        self.descriptors = tuple(descriptors)
        self._demonym_country = demonym_country
        self._heads: dict[tuple[str, ...], list[Descriptor]] = {}
        self._patterns: list[tuple[tuple[str, ...], Descriptor, str]] = []
        for descriptor in self.descriptors:
            for head in descriptor.heads:
                key = tuple(t.norm for t in _tokens(head))
                self._heads.setdefault(key, []).append(descriptor)
            for pattern in descriptor.patterns:
                suffix = pattern.replace("{demonym}", "").strip()
                key = tuple(t.norm for t in _tokens(suffix))
                self._patterns.append((key, descriptor, pattern))

    def heads(self) -> Iterator[tuple[str, Descriptor]]:
        """Every fixed head phrase with its descriptor, for building matchers."""
        for descriptor in self.descriptors:
            for head in descriptor.heads:
                yield head, descriptor

    def match(self, text: str) -> list[DescriptorMatch]:
        """Descriptors the whole noun phrase ``text`` fits ("the militant group")."""
        toks = _tokens(text)
        if not toks:
            return []
        determiner = toks[0].norm
        body = toks[1:]
        key = tuple(t.norm for t in body)
        found = [
            DescriptorMatch(text, " ".join(key), d.refers_to, d.kinds, d.plural, None)
            for d in self._heads.get(key, [])
            if determiner in d.determiners
        ]
        for suffix, descriptor, _pattern in self._patterns:
            if determiner not in descriptor.determiners or len(body) <= len(suffix):
                continue
            if key[len(key) - len(suffix) :] != suffix:
                continue
            demonym_toks = body[: len(body) - len(suffix)]
            demonym = text[demonym_toks[0].start : demonym_toks[-1].end]
            country = self._country_of(demonym)
            if country is not None:
                head = " ".join(suffix)
                found.append(
                    DescriptorMatch(
                        text, head, descriptor.refers_to, descriptor.kinds, descriptor.plural,
                        country,
                    )
                )  # fmt: skip
        return found

    def _country_of(self, demonym: str) -> str | None:
        if self._demonym_country is None:
            from sitrep.knowledge.actors import load_actors

            self._demonym_country = load_actors().demonym_country
        return self._demonym_country(demonym)


# ---------------------------------------------------------------- loading


def _validate_list(
    model: type[BaseModel], items: Any, path: Path, section: str, problems: list[str]
) -> list[tuple[Any, int]]:
    """Validate each item; returns (model, line) pairs and appends FILE:LINE problems."""
    out: list[tuple[Any, int]] = []
    if not isinstance(items, list):
        problems.append(f"{path}:1: '{section}' must be a list")
        return out
    for raw in items:
        line = raw.get(LINE_KEY, 0) if isinstance(raw, dict) else 0
        try:
            out.append((model.model_validate(strip_lines(raw)), line))
        except ValidationError as exc:
            for err in exc.errors():
                loc = ".".join(str(p) for p in err["loc"]) or "entry"
                problems.append(f"{path}:{line}: {section} entry: {loc}: {err['msg']}")
    return out


def load_titles(path: Path | None = None) -> TitleLexicon:
    """Load and validate the titles lexicon (default: the packaged file, cached).

    Raises DataFileError with FILE:LINE for invalid entries and for a form claimed by
    two different titles.
    """
    if path is None:
        return _default_titles()
    return _load_titles(Path(path))


@functools.lru_cache(maxsize=1)
def _default_titles() -> TitleLexicon:
    return _load_titles(TITLES_PATH)


def _load_titles(path: Path) -> TitleLexicon:
    data = load_yaml_with_lines(path)
    problems: list[str] = []
    if not isinstance(data, dict):
        raise DataFileError([f"{path}:1: expected a mapping with 'titles:'"])
    validated = _validate_list(Title, data.get("titles"), path, "titles", problems)
    titles: list[Title] = [title for title, _ in validated]
    owners: dict[tuple[str, ...], Title] = {}
    for title, line in validated:
        for form in dict.fromkeys((title.title, *title.forms)):
            key = (*(t.norm for t in _tokens(form)), "" if not is_case_sensitive(form) else form)
            owner = owners.setdefault(key, title)
            if owner.title != title.title:
                problems.append(
                    f"{path}:{line}: title {title.title!r}: form {form!r} "
                    f"already belongs to {owner.title!r}"
                )
    modifiers = strip_lines(data.get("modifiers") or {})
    honorifics = strip_lines(data.get("honorifics") or {})
    if problems:
        raise DataFileError(problems)
    return TitleLexicon(
        titles,
        modifiers=modifiers,
        strip_honorifics=honorifics.get("strip", []),
        keep_honorifics=honorifics.get("keep", []),
    )


def load_descriptors(
    path: Path | None = None, demonym_country: Callable[[str], str | None] | None = None
) -> DescriptorLexicon:
    """Load and validate the descriptors lexicon (default: the packaged file).

    ``demonym_country`` resolves the demonym slot of patterns; by default the packaged
    actor knowledge base is used, loaded on first need.
    """
    if path is None and demonym_country is None:
        return _default_descriptors()
    return _load_descriptors(Path(path or DESCRIPTORS_PATH), demonym_country)


@functools.lru_cache(maxsize=1)
def _default_descriptors() -> DescriptorLexicon:
    return _load_descriptors(DESCRIPTORS_PATH, None)


def _load_descriptors(
    path: Path, demonym_country: Callable[[str], str | None] | None
) -> DescriptorLexicon:
    data = load_yaml_with_lines(path)
    problems: list[str] = []
    if not isinstance(data, dict):
        raise DataFileError([f"{path}:1: expected a mapping with 'descriptors:'"])
    validated = _validate_list(Descriptor, data.get("descriptors"), path, "descriptors", problems)
    descriptors: list[Descriptor] = [descriptor for descriptor, _ in validated]
    for descriptor, line in validated:
        if not descriptor.heads and not descriptor.patterns:
            problems.append(f"{path}:{line}: a descriptor needs heads or patterns")
        for pattern in descriptor.patterns:
            if "{demonym}" not in pattern:
                problems.append(f"{path}:{line}: pattern {pattern!r} lacks {{demonym}}")
    if problems:
        raise DataFileError(problems)
    return DescriptorLexicon(descriptors, demonym_country=demonym_country)
