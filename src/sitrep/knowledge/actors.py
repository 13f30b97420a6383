"""The actor knowledge base: who is who, as reviewed data.

Actors (states and their organs, armed groups, agencies, international bodies) are
authored in YAML under ``knowledge/actors/``. This module holds the schema that every
entry must satisfy, the alias normalisation shared by every consumer (so a spaCy
matcher and ``ActorKB.match`` agree), the loader with FILE:LINE error reports, and
the in-memory index. States are written compactly (name, demonyms, capital) and
expanded here into government, military and police actors by templates that are
themselves data (``state_actors`` in ``states.yaml``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from sitrep.knowledge.yamlmarks import LINE_KEY, DataFileError, load_yaml_with_lines

ACTORS_DIR = Path(__file__).resolve().parent / "actors"

# Codes in common use that ISO 3166 has not (yet) assigned; XK is Kosovo (EU, World Bank).
EXTRA_COUNTRY_CODES = frozenset({"XK"})


class ActorType(StrEnum):
    """The entity type an actor is mentioned as (spaCy/OntoNotes labels)."""

    ORG = "ORG"
    GPE = "GPE"
    PERSON = "PERSON"


class ActorKind(StrEnum):
    """What kind of body the actor is; finer than ``type``, coarser than ``sector``."""

    GOVERNMENT = "government"
    MILITARY = "military"
    POLICE = "police"
    INTELLIGENCE = "intelligence"
    PARAMILITARY = "paramilitary"
    ARMED_GROUP = "armed_group"
    MILITIA = "militia"
    CRIMINAL_GROUP = "criminal_group"
    PRIVATE_MILITARY_COMPANY = "private_military_company"
    POLITICAL_PARTY = "political_party"
    INTERNATIONAL_ORGANISATION = "international_organisation"
    NGO = "ngo"
    MEDIA = "media"
    BUSINESS = "business"
    JUDICIARY = "judiciary"
    LEGISLATURE = "legislature"
    RELIGIOUS = "religious"
    CIVILIAN = "civilian"
    AGENT = "agent"  # a generic role ("farmer", "troops") imported from CAMEO agents
    OTHER = "other"


class Sector(StrEnum):
    """CAMEO/PLOVER-style role codes (CAMEO manual, ch. 2 'actor codes').

    The first group are primary roles of state actors, the second of non-state actors,
    the third are CAMEO's functional codes kept so that imported dictionaries round-trip.
    """

    GOV = "GOV"  # government, executive
    MIL = "MIL"  # military
    COP = "COP"  # police, law enforcement
    SPY = "SPY"  # intelligence services
    JUD = "JUD"  # judiciary
    LEG = "LEG"  # legislature
    ELI = "ELI"  # elites, former officials
    REB = "REB"  # rebels: armed opposition seeking to take or break away from the state
    INS = "INS"  # insurgents
    SEP = "SEP"  # separatists
    IMG = "IMG"  # international militarised groups (transnational armed organisations)
    UAF = "UAF"  # unidentified armed forces
    CRM = "CRM"  # criminal organisations
    PTY = "PTY"  # political parties
    OPP = "OPP"  # political opposition
    IGO = "IGO"  # intergovernmental organisations
    NGO = "NGO"  # non-governmental organisations
    NGM = "NGM"  # non-governmental movements, activists
    MED = "MED"  # media
    BUS = "BUS"  # business
    CVL = "CVL"  # civilians
    REL = "REL"  # religious actors (CAMEO uses religion codes: MUS, CHR, ...)
    LAB = "LAB"  # labour
    EDU = "EDU"  # education
    HLH = "HLH"  # health
    REF = "REF"  # refugees
    AGR = "AGR"  # agriculture
    HRI = "HRI"  # human rights
    ENV = "ENV"  # environment
    DEV = "DEV"  # development
    SET = "SET"  # settlers


_SLUG = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_ACTIVE = re.compile(r"^\d{4}(-(\d{4})?)?$")


class Actor(BaseModel):
    """One entry of the knowledge base (a state organ, group, agency, body or person)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(description="slug, e.g. 'iskp'")
    name: str = Field(min_length=1, description="canonical English name")
    aliases: tuple[str, ...] = ()
    type: ActorType
    kind: ActorKind
    sector: Sector
    country: str | None = Field(default=None, description="ISO 3166 alpha-2, or null")
    region: str | None = None
    active: str | None = Field(default=None, description="'2015-', '1998-2017' or '2004'")
    parent: str | None = None
    ambiguous_aliases: tuple[str, ...] = Field(
        default=(), description="aliases usable only when the article ties them to this actor"
    )
    acled_inter: int | None = Field(default=None, ge=1, le=8)

    @field_validator("id", "parent")
    @classmethod
    def _check_slug(cls, value: str | None) -> str | None:
        if value is not None and not _SLUG.match(value):
            raise ValueError(f"{value!r} is not a slug (lower-case letters, digits, '_')")
        return value

    @field_validator("country")
    @classmethod
    def _check_country(cls, value: str | None) -> str | None:
        if value is not None and value not in known_country_codes():
            raise ValueError(f"{value!r} is not an ISO 3166 alpha-2 country code")
        return value

    @field_validator("active")
    @classmethod
    def _check_active(cls, value: str | None) -> str | None:
        if value is not None and not _ACTIVE.match(value):
            raise ValueError(f"{value!r} is not a year range like '2015-' or '1998-2017'")
        return value

    @field_validator("aliases", "ambiguous_aliases")
    @classmethod
    def _check_aliases(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for alias in value:
            if not alias.strip():
                raise ValueError("aliases must not be empty strings")
        return value


@functools.cache
def known_country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes (from pycountry) plus the user-assigned codes in use."""
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries) | EXTRA_COUNTRY_CODES


# ---------------------------------------------------------------- alias normalisation

_DASHES = re.compile(r"[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]")
_APOSTROPHES = re.compile(r"['\u2018\u2019\u201b\u02bc\u00b4`]")
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


@functools.lru_cache(maxsize=131072)
def normalise_alias(text: str) -> str:
    """Fold spelling variants news writers use for the same name.

    Hyphens and dashes become spaces, apostrophes and full stops vanish ("U.S." =
    "US", "Da'esh" = "Daesh"), accents are dropped, whitespace collapses, and a
    leading "the" is removed. Case is kept; see ``is_case_sensitive``.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _DASHES.sub(" ", text)
    text = _APOSTROPHES.sub("", text).replace(".", "")
    text = _SPACES.sub(" ", text).strip()
    return _LEADING_THE.sub("", text)


def is_case_sensitive(alias: str) -> bool:
    """True for short acronyms, which must match with their case ("ISI" but not "Isi").

    An alias is a short acronym when it has no space, at most five letters, and its
    letters are all capitals or include at least two capitals ("ISKP", "IS-K", "JeM").
    """
    if " " in alias.strip():
        return False
    letters = [ch for ch in alias if ch.isalpha()]
    if not letters or len(letters) > 5:
        return False
    uppers = sum(ch.isupper() for ch in letters)
    return uppers == len(letters) or uppers >= 2


@functools.lru_cache(maxsize=131072)
def alias_key(alias: str) -> str:
    """The index key of an alias: normalised, and case-folded unless case-sensitive."""
    norm = normalise_alias(alias)
    return norm if is_case_sensitive(alias) else norm.casefold()


# ---------------------------------------------------------------- the knowledge base


class AliasHit(NamedTuple):
    """An actor found for a piece of text, and whether the alias needs context."""

    actor: Actor
    ambiguous: bool


class ActorKB:
    """Validated actors with an alias index; build it with ``load_actors``."""

    def __init__(
        self,
        actors: Sequence[Actor],
        demonyms: dict[str, str | None] | None = None,
        state_organs: dict[tuple[str, str], str] | None = None,
        sources: dict[str, str] | None = None,
    ) -> None:
        self._actors: dict[str, Actor] = {a.id: a for a in actors}
        self._demonyms = demonyms or {}
        self._state_organs = state_organs or {}
        self._sources = sources or {}
        self._exact: dict[str, list[tuple[str, bool]]] = {}
        self._folded: dict[str, list[tuple[str, bool]]] = {}
        for actor in actors:
            for alias, ambiguous in _alias_entries(actor):
                index = self._exact if is_case_sensitive(alias) else self._folded
                entries = index.setdefault(alias_key(alias), [])
                if (actor.id, ambiguous) not in entries:
                    entries.append((actor.id, ambiguous))

    def __len__(self) -> int:
        return len(self._actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None."""
        return self._actors.get(actor_id)

    def source(self, actor_id: str) -> str | None:
        """Where the actor was defined, as 'FILE:LINE' (for review tools and errors)."""
        return self._sources.get(actor_id)

    def lookup(self, text: str) -> list[AliasHit]:
        """Actors whose alias equals ``text`` after normalisation, unambiguous first."""
        norm = normalise_alias(text)
        if not norm:
            return []
        found = self._exact.get(norm, []) + self._folded.get(norm.casefold(), [])
        hits: dict[str, bool] = {}
        for actor_id, ambiguous in found:
            hits[actor_id] = hits.get(actor_id, True) and ambiguous
        ordered = sorted(hits.items(), key=lambda item: item[1])
        return [AliasHit(self._actors[i], amb) for i, amb in ordered]

    def match(self, text: str) -> list[Actor]:
        """Actors named exactly by ``text``: those it names unambiguously come first."""
        return [hit.actor for hit in self.lookup(text)]

    def aliases(self) -> Iterator[tuple[str, str, bool]]:
        """Every (alias, actor_id, ambiguous), names included, for building matchers.

        Use ``is_case_sensitive(alias)`` to choose ORTH rather than LOWER matching.
        """
        for actor in self._actors.values():
            for alias, ambiguous in _alias_entries(actor):
                yield alias, actor.id, ambiguous

    def demonym_country(self, word: str) -> str | None:
        """The ISO code a demonym points to ("Afghan" -> "AF"); None if unknown or shared."""
        norm = normalise_alias(word)
        for key in (norm, norm.casefold()):
            if key in self._demonyms:
                return self._demonyms[key]
        key = norm.casefold()
        if key.endswith("s") and key[:-1] in self._demonyms:
            return self._demonyms[key[:-1]]
        return None

    def country_actor(self, iso2: str, kind: str) -> Actor | None:
        """The state organ of a country: kind 'government', 'military', 'police', ...

        Falls back to any top-level actor of that country and kind ('intelligence').
        """
        iso = iso2.upper()
        actor_id = self._state_organs.get((iso, kind))
        if actor_id is not None:
            return self._actors[actor_id]
        for actor in self._actors.values():
            if actor.country == iso and actor.kind == kind and actor.parent is None:
                return actor
        for actor in self._actors.values():
            if actor.country == iso and actor.kind == kind:
                return actor
        return None

    def ancestors(self, actor_id: str) -> list[Actor]:
        """The chain of parents of an actor, nearest first."""
        chain: list[Actor] = []
        current = self._actors.get(actor_id)
        while current is not None and current.parent and len(chain) < 20:
            current = self._actors.get(current.parent)
            if current is not None:
                chain.append(current)
        return chain


def _alias_entries(actor: Actor) -> Iterator[tuple[str, bool]]:
    ambiguous = set(actor.ambiguous_aliases)
    if actor.name not in ambiguous:
        yield actor.name, False
    for alias in actor.aliases:
        if alias not in ambiguous:
            yield alias, False
    for alias in actor.ambiguous_aliases:
        yield alias, True


# ---------------------------------------------------------------- loading


def default_actor_paths() -> list[Path]:
    """The packaged actor files, in a stable order."""
    return sorted(ACTORS_DIR.glob("*.yaml"))


def load_actors(paths: Sequence[Path] | None = None) -> ActorKB:
    """Load, validate and index actor files (default: the packaged ones, cached).

    Raises DataFileError listing every problem as FILE:LINE: invalid fields, unknown
    parents, duplicate ids, and an unambiguous alias claimed by two actors.
    """
    if paths is None:
        return _load_default()
    return _build([Path(p) for p in paths])


@functools.lru_cache(maxsize=1)
def _load_default() -> ActorKB:
    return _build(default_actor_paths())


def load_actors_with(extra: Sequence[Path] | None = None) -> ActorKB:
    """The packaged actors plus the user's own files (e.g. from ``sitrep actors import``).

    Loaded once per process for each set of extra files.
    """
    if not extra:
        return _load_default()
    return _load_with(tuple(Path(p).resolve() for p in extra))


@functools.lru_cache(maxsize=4)
def _load_with(extra: tuple[Path, ...]) -> ActorKB:
    return _build([*default_actor_paths(), *extra])


def _build(paths: list[Path]) -> ActorKB:
    from sitrep.knowledge.states import expand_states

    problems: list[str] = []
    entries: list[tuple[dict[str, Any], str]] = []  # (raw actor fields, "file:line")
    demonyms: dict[str, str | None] = {}
    organs: dict[tuple[str, str], str] = {}
    for path in paths:
        data = load_yaml_with_lines(path)
        if data is None:
            continue
        if not isinstance(data, dict):
            problems.append(f"{path}:1: expected a mapping with 'actors:' and/or 'states:'")
            continue
        unknown = set(data) - {"actors", "defaults", "states", "state_actors", LINE_KEY}
        if unknown:
            problems.append(f"{path}:1: unknown top-level key(s): {', '.join(sorted(unknown))}")
        if "states" in data:
            expansion = expand_states(data, path)
            problems.extend(expansion.problems)
            entries.extend(expansion.entries)
            for word, iso in expansion.demonyms.items():
                demonyms[word] = iso if demonyms.get(word, iso) == iso else None
            organs.update(expansion.organs)
        defaults = data.get("defaults") or {}
        defaults = {k: v for k, v in defaults.items() if k != LINE_KEY}
        for raw in data.get("actors") or []:
            if not isinstance(raw, dict):
                problems.append(f"{path}: every item under 'actors' must be a mapping")
                continue
            line = raw.get(LINE_KEY, 0)
            fields = {**defaults, **{k: v for k, v in raw.items() if k != LINE_KEY}}
            entries.append((fields, f"{path}:{line}"))
    actors, sources = _validate(entries, problems)
    _check_references(actors, sources, problems)
    if problems:
        raise DataFileError(problems)
    return ActorKB(actors, demonyms=demonyms, state_organs=organs, sources=sources)


def _validate(
    entries: list[tuple[dict[str, Any], str]], problems: list[str]
) -> tuple[list[Actor], dict[str, str]]:
    actors: list[Actor] = []
    sources: dict[str, str] = {}
    for fields, where in entries:
        label = fields.get("id", "?")
        try:
            actor = Actor.model_validate(fields)
        except ValidationError as exc:
            for err in exc.errors():
                loc = ".".join(str(part) for part in err["loc"]) or "entry"
                problems.append(f"{where}: actor {label!r}: {loc}: {err['msg']}")
            continue
        if actor.id in sources:
            problems.append(
                f"{where}: duplicate actor id {actor.id!r} (first defined at {sources[actor.id]})"
            )
            continue
        sources[actor.id] = where
        actors.append(actor)
    return actors, sources


def _check_references(actors: list[Actor], sources: dict[str, str], problems: list[str]) -> None:
    owners: dict[str, str] = {}
    for actor in actors:
        if actor.parent is not None and actor.parent not in sources:
            problems.append(
                f"{sources[actor.id]}: actor {actor.id!r}: parent {actor.parent!r} is not a known id"
            )
        for alias, ambiguous in _alias_entries(actor):
            if ambiguous:
                continue
            key = alias_key(alias)
            owner = owners.setdefault(key, actor.id)
            if owner != actor.id:
                problems.append(
                    f"{sources[actor.id]}: actor {actor.id!r}: alias {alias!r} already names "
                    f"{owner!r} ({sources[owner]}); move it to ambiguous_aliases of both"
                )
