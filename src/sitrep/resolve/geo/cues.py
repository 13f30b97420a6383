"""What the text around a toponym says about it: its kind, and the chain it sits in.

"Andar district, Ghazni province" says Andar is a district inside a province
called Ghazni; "Khair Khana, PD 17, Kabul" chains three places from the
smallest to the largest. The geocoder uses these cues to rank candidates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from sitrep.resolve.geo.local_units import unit_kinds

# A generic word naming the kind of place, mapped to the sitrep kinds it fits.
KIND_WORDS: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        ("province", "provinces", "state", "governorate", "oblast", "prefecture", "wilayat"),
        frozenset({"admin1"}),
    ),
    "region": frozenset({"admin1", "region"}),
    **dict.fromkeys(
        (
            "district",
            "districts",
            "county",
            "counties",
            "parish",
            "parishes",
            "municipality",
            "borough",
            "tehsil",
            "agency",
        ),
        frozenset({"admin2", "district"}),
    ),
    **dict.fromkeys(
        ("city", "town", "village", "township", "hamlet", "capital"), frozenset({"city"})
    ),
    **dict.fromkeys(
        ("neighbourhood", "neighborhood", "suburb", "area", "locality", "quarter"),
        frozenset({"neighbourhood", "city"}),
    ),
}

_WORD = r"[A-Za-z]+"
_SUFFIX = re.compile(rf"\s+({_WORD})\b")
# Names joined by commas, "and", "or" or "/" before a plural kind word: the kind
# applies to every name of the list ("Barrow, Jackson and Madison counties").
_LIST_SUFFIX = re.compile(
    r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*/\s*)"
    r"[A-Z][\w'.-]*(?:\s[A-Z][\w'.-]*)?)+\s+([a-z]+)\b"
)
_PLURAL_KINDS = frozenset({"counties", "parishes", "districts", "provinces"})
_PREFIX = re.compile(rf"\b({_WORD})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_CHAIN_GAP = re.compile(
    r"^(?:\s+(?:" + "|".join(KIND_WORDS) + r"))?"  # an optional kind word ("district")
    r"\s*(?:,|\bin\b|\bof\b|\bnear\b|\boutside\b)\s*(?:the\s+)?"
    r"(?:(?:city|province|district|state|county|region)\s+of\s+)?$",
    re.IGNORECASE,
)
# What joins the last two items of an enumeration ("Ohio, Texas and Utah").
_LIST_END = re.compile(r"^\s*,?\s*(?:and|or|as well as)\s+(?:the\s+)?$", re.IGNORECASE)
#: a run of more places than an administrative chain spells is a list
MAX_CHAIN = 4


@dataclass(frozen=True, slots=True)
class MentionCue:
    """The surface of a mention and the kind of place its context names."""

    start: int
    end: int
    text: str
    lookup_names: tuple[str, ...]  # the surface, then the surface without a kind word
    kinds: frozenset[str]  # sitrep kinds the context points to (empty: no cue)
    kind_word: str | None


def mention_cue(text: str, start: int, end: int) -> MentionCue:
    """Read the kind cue of one mention ("Ghazni province", "city of Kabul")."""
    surface = text[start:end]
    names = [surface]
    stripped = re.sub(r"(?:'s|’s)$", "", surface).strip()
    if stripped != surface:
        names.append(stripped)
    kind_word = None
    words = stripped.split()
    if len(words) > 1 and kinds_of(words[-1]):
        kind_word = words[-1].lower()
        names.append(" ".join(words[:-1]))
    elif len(words) > 2 and kinds_of(words[0]) and words[1].lower() == "of":
        kind_word = words[0].lower()
        names.append(" ".join(words[2:]))
    else:
        after = _SUFFIX.match(text, end, min(len(text), end + 20))
        before = _PREFIX.search(text, max(0, start - 25), start)
        listed = _LIST_SUFFIX.match(text, end, min(len(text), end + 80))
        if after and kinds_of(after.group(1)):
            kind_word = after.group(1).lower()
        elif listed and listed.group(1).lower() in _PLURAL_KINDS:
            kind_word = listed.group(1).lower()  # "Barrow and Jackson counties"
        elif before and kinds_of(before.group(1)):
            kind_word = before.group(1).lower()
    kinds = kinds_of(kind_word) if kind_word else frozenset()
    return MentionCue(start, end, surface, tuple(dict.fromkeys(names)), kinds, kind_word)


def kinds_of(word: str) -> frozenset[str]:
    """The kinds a kind word names: a generic one ("district") or a country's own local
    unit ("upazila", "tehsil", from the reviewed ``local_units.yaml``); empty for others."""
    word = word.lower()
    return KIND_WORDS.get(word) or unit_kinds(word) or frozenset()


def chains(text: str, spans: Sequence[tuple[int, int]]) -> tuple[list[list[int]], list[list[int]]]:
    """Group mentions (indices into ``spans``) that spell an administrative chain, and
    list the enumerations of peers.

    Consecutive mentions separated only by a comma, "in", "of" and the like,
    optionally after a kind word, form one chain, smallest place first. A run
    that ends in "and"/"or" before another place ("Utah, Virginia, Washington
    and Wyoming"), or is longer than any administrative chain, is an
    enumeration of peers: its members stand alone as chains, and the run is
    returned among the enumerations (second item), last member included. Two
    single places joined by "and"/"or" ("Egypt and Niger") are a pair of peers:
    returned among the enumerations too, while each keeps its own chain.
    """
    groups: list[list[int]] = []
    lists: list[list[int]] = []
    for run, is_list in _runs(text, spans):
        groups.extend([[i] for i in run] if is_list else [run])
        if is_list:
            lists.append(run)
    lists.extend(_pairs(text, spans, groups, lists))
    return groups, lists


def _pairs(
    text: str,
    spans: Sequence[tuple[int, int]],
    groups: Sequence[Sequence[int]],
    lists: Sequence[Sequence[int]],
) -> list[list[int]]:
    """Two places that stand alone joined by "and"/"or" ("Egypt and Niger", "the states
    of Texas and Georgia"). A place in a chain ("Kano, Nigeria") or in a longer
    enumeration is left out: its peer is not simply the next name."""
    listed = {i for members in lists for i in members}
    alone = sorted(
        (group[0] for group in groups if len(group) == 1 and group[0] not in listed),
        key=lambda i: spans[i][0],
    )
    in_chain = sorted(i for group in groups if len(group) > 1 for i in group)
    pairs = []
    for i, j in pairwise(alone):
        between = [k for k in in_chain if spans[i][1] <= spans[k][0] < spans[j][0]]
        gap = text[spans[i][1] : spans[j][0]]
        if not between and len(gap) <= 12 and "," not in gap and _LIST_END.match(gap):
            pairs.append([i, j])
    return pairs


def _runs(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[list[int], bool]]:
    """Comma-joined runs of mentions, each flagged when it is an enumeration."""
    order = sorted(range(len(spans)), key=lambda i: spans[i])
    runs: list[tuple[list[int], bool]] = []
    current: list[int] = []
    for i in order:
        if current:
            gap = text[spans[current[-1]][1] : spans[i][0]]
            if len(gap) <= 30 and _CHAIN_GAP.match(gap):
                current.append(i)
                continue
            if _LIST_END.match(gap) and len(current) > 1:
                runs.append(([*current, i], True))
                current = []
                continue
            runs.append((current, len(current) > MAX_CHAIN))
        current = [i]
    if current:
        runs.append((current, len(current) > MAX_CHAIN))
    return runs
