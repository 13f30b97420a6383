"""Import CAMEO actor and agent dictionaries (TABARI/PETRARCH/Phoenix) as sitrep actors.

Event-data projects have curated large CAMEO dictionaries for years; a user can turn
them into reviewed YAML for the knowledge base instead of typing names again.

Actor files hold records of a primary phrase, ``+`` synonyms and codes in brackets,
either on the phrase line or on tab-indented lines with date restrictions::

    HAMID_KARZAI_  # CountryInfo.txt
    +PRESIDENT_KARZAI_
        [AFGELI 750101-000101]
        [AFGGOV >011222]

Agent files hold generic roles: ``FARMER [~AGR]``, ``ARMED_POLICE {} [~COP]``,
``CATTLE!PERSON! [~AGR]`` with ``!PERSON! = MAN, MEN, ...`` substitution sets and
``{plural}`` forms. Underscores join words; ``#`` and ``<!-- -->`` start comments.
The code in force on ``as_of`` (default: today) decides country, sector and kind,
following ``cameo.yaml``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from sitrep.knowledge.actors import (
    Actor,
    ActorKB,
    ActorKind,
    ActorType,
    Sector,
    alias_key,
    known_country_codes,
)

CAMEO_MAP_PATH = Path(__file__).resolve().parent / "cameo.yaml"

_CODE = re.compile(r"\[([^\]]*)\]")
_XML_COMMENT = re.compile(r"<!--.*?-->")
_SUBSTITUTION = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
_PLURAL = re.compile(r"\{([^}]*)\}")
_PARENTHESISED = re.compile(r"\(([^)]*)\)")
_SMALL_WORDS = frozenset(
    {"of", "the", "and", "for", "in", "on", "at", "to", "by", "de", "la", "du", "des", "del",
     "y", "le", "et", "a", "an", "al", "el", "bin", "ibn", "wa", "wal", "ul", "e", "i"}
)  # fmt: skip
_PERSON_ENDINGS = (
    "MAN", "MEN", "WOMAN", "WOMEN", "PERSON", "ER", "ERS", "IST", "ISTS", "IAN", "IANS",
    "ANT", "ANTS", "ENT", "ENTS", "OR", "ORS", "OFFICIAL", "OFFICIALS", "CHIEF", "LEADER",
    "SOLDIER", "SOLDIERS", "MINISTER", "PRESIDENT", "KING", "QUEEN", "PRIEST", "MONK",
)  # fmt: skip


@dataclass
class _Record:
    """One dictionary entry before conversion: phrases, codes and comment."""

    phrases: list[str]
    codes: list[tuple[str, str]] = field(default_factory=list)  # (code, restriction)
    comment: str = ""
    plurals: list[str] = field(default_factory=list)
    agent: bool = False


@dataclass(frozen=True)
class _CameoMap:
    legacy_countries: dict[str, str | None]
    regions: dict[str, str]
    international: dict[str, str | None]
    sector_aliases: dict[str, str]
    religions: frozenset[str]
    kind_of_sector: dict[str, str]
    acled_inter_of_sector: dict[str, int]


@functools.lru_cache(maxsize=4)
def _cameo_map(path: Path = CAMEO_MAP_PATH) -> _CameoMap:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return _CameoMap(
        legacy_countries=dict(data["legacy_countries"]),
        regions=dict(data["regions"]),
        international=dict(data["international"]),
        sector_aliases=dict(data["sector_aliases"]),
        religions=frozenset(data["religions"]),
        kind_of_sector=dict(data["kind_of_sector"]),
        acled_inter_of_sector=dict(data["acled_inter_of_sector"]),
    )


# ---------------------------------------------------------------- reading the files


def _strip_comment(line: str) -> tuple[str, str]:
    line = _XML_COMMENT.sub("", line)
    if "#" in line:
        body, comment = line.split("#", 1)
        return body, comment.strip()
    return line, ""


def _read_records(path: Path) -> list[_Record]:
    """Parse one dictionary file into records (actors or agents)."""
    records: list[_Record] = []
    substitutions: dict[str, list[str]] = {}
    current: _Record | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.lstrip().startswith(("<", "#")) or not raw.strip():
            continue
        body, comment = _strip_comment(raw)
        if not body.strip():
            continue
        sub = _SUBSTITUTION.match(body.strip())
        if sub:
            substitutions[sub.group(1)] = [w.strip() for w in sub.group(2).split(",") if w.strip()]
            continue
        codes = [_split_code(c) for c in _CODE.findall(body)]
        text = _CODE.sub("", body)
        if raw[:1].isspace() and not text.strip():
            if current is not None:  # indented date restrictions of the current record
                current.codes.extend(codes)
            continue
        if text.lstrip().startswith("+"):
            if current is not None:
                current.phrases.extend(_phrases(text.strip()[1:], substitutions))
                current.codes.extend(codes)
            continue
        plurals = [p.strip() for m in _PLURAL.findall(text) for p in m.split(",")]
        current = _Record(
            phrases=_phrases(_PLURAL.sub("", text), substitutions),
            codes=codes,
            comment=comment,
            plurals=[p for p in plurals if p],
            agent=bool(codes) and all("~" in code for code, _ in codes),
        )
        if "{}" in text or any(marker in text for marker in substitutions):
            current.plurals = [""]  # an explicit "no plural", or forms spelled out by "!X!"
        records.append(current)
    return [r for r in records if r.phrases]


def _split_code(inner: str) -> tuple[str, str]:
    parts = inner.split(None, 1)
    if not parts:
        return "", ""
    return parts[0], parts[1].strip() if len(parts) > 1 else ""


def _phrases(text: str, substitutions: dict[str, list[str]]) -> list[str]:
    text = text.strip()
    if not text:
        return []
    for marker, words in substitutions.items():
        if marker in text:
            return [p for w in words for p in _phrases(text.replace(marker, w), substitutions)]
    phrase = re.sub(r"[_\s]+", " ", text).strip(" _")
    return [phrase] if phrase else []


# ---------------------------------------------------------------- choosing a code


def _parse_date(text: str) -> dt.date | None:
    text = text.strip()
    try:
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6:
            yy = int(text[:2])
            year = 2000 + yy if yy <= 30 else 1900 + yy
            return dt.date(year, int(text[2:4]), int(text[4:]))
    except ValueError:
        return None
    return None


def _window(restriction: str) -> tuple[dt.date | None, dt.date | None] | None:
    """(start, end) of a date restriction; None when it cannot be read."""
    if restriction.startswith("<"):
        end = _parse_date(restriction[1:])
        return (None, end) if end else None
    if restriction.startswith(">"):
        start = _parse_date(restriction[1:])
        return (start, None) if start else None
    if "-" in restriction:
        first, second = restriction.split("-", 1)
        start, end = _parse_date(first), _parse_date(second)
        return (start, end) if start and end else None
    return None


def _code_in_force(
    codes: list[tuple[str, str]], as_of: dt.date
) -> tuple[str, tuple[dt.date | None, dt.date | None] | None] | None:
    """The code PETRARCH would use on ``as_of``: a satisfied restriction, else the default."""
    default: str | None = None
    for code, restriction in codes:
        if not code or code.strip("-") == "":
            continue
        if not restriction:
            default = default or code
            continue
        window = _window(restriction)
        if window is None:
            continue
        start, end = window
        if (start is None or start <= as_of) and (end is None or as_of <= end):
            return code, window
    return (default, None) if default else None


# ---------------------------------------------------------------- converting


def _iso2_of(chunk: str, cmap: _CameoMap) -> tuple[bool, str | None]:
    """(is a country chunk, ISO alpha-2 or None)."""
    if chunk in cmap.legacy_countries:
        return True, cmap.legacy_countries[chunk]
    return _alpha3_to_alpha2().get(chunk) is not None, _alpha3_to_alpha2().get(chunk)


@functools.cache
def _alpha3_to_alpha2() -> dict[str, str]:
    import pycountry

    return {c.alpha_3: c.alpha_2 for c in pycountry.countries}


def _decode(code: str, cmap: _CameoMap) -> tuple[str | None, str | None, str | None, bool]:
    """(country, region, sector, bare country) of a CAMEO code."""
    code = code.strip("~").upper()
    chunks = [code[i : i + 3] for i in range(0, len(code), 3)]
    country: str | None = None
    region: str | None = None
    sector: str | None = None
    roles = chunks
    if chunks:
        is_country, iso2 = _iso2_of(chunks[0], cmap)
        if is_country:
            country, roles = iso2, chunks[1:]
        elif chunks[0] in cmap.regions:
            region, roles = cmap.regions[chunks[0]], chunks[1:]
        elif chunks[0] in cmap.international:
            sector, roles = cmap.international[chunks[0]], chunks[1:]
    known = {s.value for s in Sector}
    if sector is None:
        for chunk in roles:
            mapped = cmap.sector_aliases.get(chunk, chunk)
            if mapped in known:
                sector = mapped
                break
    if sector is None and any(chunk in cmap.religions for chunk in roles):
        sector = Sector.REL.value
    bare = bool(chunks) and not roles and country is not None
    return country, region, sector, bare


def _title(phrase: str, single: bool) -> str:
    """Readable case for an all-caps dictionary phrase; acronyms stay in capitals."""
    if single and _looks_like_acronym(phrase):
        return phrase
    words = []
    for word in phrase.split(" "):
        letters = re.sub(r"[^A-Za-z]", "", word)
        if "." in word or (len(letters) == 2 and word.lower() not in _SMALL_WORDS):
            words.append(word)
        elif word.lower() in _SMALL_WORDS and words:
            words.append(word.lower())
        else:
            words.append("-".join(part.capitalize() for part in word.split("-")))
    return " ".join(words)


def _looks_like_acronym(word: str) -> bool:
    """ANSF, UN, ICJ: short, or too few vowels to be pronounced as a word (KABUL is not)."""
    letters = re.sub(r"[^A-Za-z]", "", word)
    vowels = sum(ch in "AEIOUaeiou" for ch in letters)
    return len(letters) <= 3 or (len(letters) <= 5 and vowels <= 1)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_") or "actor"


def _auto_plural(word: str) -> str:
    if word.endswith("Y") and not word.endswith(("AY", "EY", "OY")):
        return word[:-1] + "IES"
    if word.endswith(("SS", "SH", "CH", "X")):
        return word + "ES"
    return word + "S"


def _to_actor(record: _Record, as_of: dt.date, cmap: _CameoMap) -> Actor | None:
    chosen = _code_in_force(record.codes, as_of)
    if chosen is None:
        return None
    code, window = chosen
    country, region, sector, bare = _decode(code, cmap)
    if country is not None and country not in known_country_codes():
        country = None
    names = [_title(p, single=" " not in p) for p in record.phrases]
    aliases: list[str] = []
    for phrase in record.phrases:
        for inner in _PARENTHESISED.findall(phrase):
            aliases.append(inner.strip())
    names = [_PARENTHESISED.sub("", n).strip() or n for n in names]
    names = [n[4:] if n.startswith("The ") and len(n) > 4 else n for n in names]
    if record.agent:
        names = [n.lower() for n in names]
        plurals = record.plurals or [_auto_plural(p) for p in record.phrases if " " not in p]
        aliases += [re.sub(r"[_\s]+", " ", p).strip().lower() for p in plurals if p]
    name = names[0]
    if bare:
        sector = Sector.GOV.value
    sector = sector or (Sector.CVL.value if record.agent else None)
    if sector is None:
        return None
    person = "CountryInfo" in record.comment or code.strip("~")[3:6] == "ELI"
    if record.agent:
        person = record.phrases[0].upper().endswith(_PERSON_ENDINGS)
    actor_type = ActorType.PERSON if person else ActorType.ORG
    if bare and not record.agent:
        actor_type = ActorType.GPE
    kind = ActorKind.AGENT if record.agent else ActorKind(cmap.kind_of_sector.get(sector, "other"))
    active = None
    if window is not None:
        start, end = window
        active = f"{start.year if start else ''}-{end.year if end else ''}"
        active = None if active.startswith("-") else active
    prefix = "agent" if record.agent else (country or "x").lower()
    return Actor(
        id=f"{prefix}_{_slug(name)}"[:80].rstrip("_"),
        name=name,
        aliases=tuple(dict.fromkeys(a for a in names[1:] + aliases if a and a != name)),
        type=actor_type,
        kind=kind,
        sector=Sector(sector),
        country=country,
        region=region,
        active=active,
        acled_inter=None if record.agent else cmap.acled_inter_of_sector.get(sector),
    )


def import_petrarch(
    paths: Sequence[Path],
    *,
    as_of: dt.date | None = None,
    known: ActorKB | None = None,
    cameo_map: Path = CAMEO_MAP_PATH,
) -> list[Actor]:
    """Read CAMEO/PETRARCH actor and agent dictionaries into validated actors.

    ``as_of`` picks the code in force for date-restricted entries (default today).
    Entries without a code in force are skipped. Ids are made unique with a numeric
    suffix. An alias that several imported actors share, or that ``known`` (e.g. the
    packaged knowledge base) already claims, is moved to ``ambiguous_aliases`` so the
    result loads beside the packaged files without conflicts.
    """
    day = as_of or dt.date.today()
    cmap = _cameo_map(cameo_map)
    actors: list[Actor] = []
    for path in paths:
        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"PETRARCH dictionary {path} does not exist; check the path.")
        for record in _read_records(path):
            actor = _to_actor(record, day, cmap)
            if actor is not None:
                actors.append(actor)
    return _deduplicate(actors, known)


def _deduplicate(actors: list[Actor], known: ActorKB | None) -> list[Actor]:
    owners: dict[str, set[int]] = {}
    for index, actor in enumerate(actors):
        for alias in (actor.name, *actor.aliases):
            owners.setdefault(alias_key(alias), set()).add(index)
    claimed: set[str] = set()
    if known is not None:
        claimed = {alias_key(a) for a, _, ambiguous in known.aliases() if not ambiguous}
    used = {a.id for a in known} if known is not None else set()
    out = []
    for actor in actors:
        shared = [
            a
            for a in (actor.name, *actor.aliases)
            if len(owners[alias_key(a)]) > 1 or alias_key(a) in claimed
        ]
        new_id, suffix = actor.id, 1
        while new_id in used:
            suffix += 1
            new_id = f"{actor.id}_{suffix}"
        used.add(new_id)
        out.append(
            actor.model_copy(
                update={
                    "id": new_id,
                    "aliases": tuple(a for a in actor.aliases if a not in shared),
                    "ambiguous_aliases": tuple(dict.fromkeys((*actor.ambiguous_aliases, *shared))),
                }
            )
        )
    return out


def write_actors_yaml(actors: Iterable[Actor], path: Path, *, header: str | None = None) -> None:
    """Write actors as a YAML file that ``load_actors`` reads (one mapping per actor)."""
    entries = []
    for actor in actors:
        data = actor.model_dump(mode="json", exclude_defaults=True)
        data["type"] = actor.type.value
        data["kind"] = actor.kind.value
        data["sector"] = actor.sector.value
        for key in ("aliases", "ambiguous_aliases"):
            if key in data:
                data[key] = list(data[key])
        ordered = {k: data[k] for k in Actor.model_fields if k in data}
        entries.append(ordered)
    text = yaml.safe_dump(
        {"actors": entries}, sort_keys=False, allow_unicode=True, width=100, default_flow_style=None
    )
    lines = [f"# {line}" for line in (header or "Imported actors").splitlines()]
    Path(path).write_text("\n".join(lines) + "\n" + text, encoding="utf-8")
