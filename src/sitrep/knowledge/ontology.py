"""The event ontology: PLOVER types and modes, ACLED and GTD categories, and the maps between them.

The knowledge lives in ``ontology.yaml`` (reviewed data, not code); this module
gives it a schema, loads it once per process, checks that every mapping rule
names types, modes, sectors, instruments and flags that exist (errors name the
file and line), and answers the questions the extractor and the exporters ask:
which ACLED category or GTD attack type a PLOVER event falls in, which ACLED
inter code an actor gets, which instrument a phrase names.

Mapping rules are ordered; the first rule whose conditions all hold decides,
and a rule whose ``then`` is null means "no category". Keeping the rules as
data lets a reviewer change how, say, an attack on police is coded without
touching Python.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from sitrep.errors import KnowledgeError

DEFAULT_ONTOLOGY_PATH = Path(__file__).with_name("ontology.yaml")
DEFAULT_CAMEO_MAP_PATH = (
    Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "events" / "plover"
).resolve() / "CAMEO2PLOVER-2021.txt"

SECTOR_GROUPS = ("ARMED", "STATE", "CIVILIAN")
"""Keywords usable in sector conditions, standing for every sector with that property."""


class OntologyError(KnowledgeError, ValueError):
    """The ontology file is malformed or inconsistent; the message names FILE:LINE."""

    code = "E401"


# --------------------------------------------------------------------------- schema


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ModeDef(_Strict):
    definition: str
    extension: bool = Field(
        default=False, description="A sitrep extension, not part of the PLOVER specification"
    )


class PloverType(_Strict):
    quad: Literal[
        "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"
    ]
    definition: str
    aliases: list[str] = Field(default_factory=list)
    requires_target: bool = False
    modes: dict[str, ModeDef] = Field(default_factory=dict)


class Sector(_Strict):
    name: str
    state: bool = False
    armed: bool = False
    civilian: bool = False


class FutureAs(_Strict):
    """How PLOVER codes an action told as lying ahead: cooperation as a promise (AGREE),
    conflict as a threat (THREATEN). It applies to the types of ``quads`` and ``types``."""

    type: str
    quads: list[str] = Field(default_factory=list)
    types: list[str] = Field(default_factory=list)
    modalities: list[str]

    def covers(self, plover_type: str, quad: str, modality: str) -> bool:
        return modality in self.modalities and (quad in self.quads or plover_type in self.types)


class PloverSection(_Strict):
    types: dict[str, PloverType]
    promised_as: FutureAs | None = None
    threatened_as: FutureAs | None = None
    #: with no target actor, PLOVER coders code the place acted on as the target
    place_as_target: bool = False
    contexts: dict[str, str]
    sectors: dict[str, Sector]


class AcledEventType(_Strict):
    definition: str
    sub_event_types: dict[str, str]


class NamedCode(_Strict):
    name: str
    definition: str


class RoleInter(_Strict):
    """The inter code an actor gets for its role in an event of a type (and sub-event type).

    ``keeps`` lists the actor's own codes that stand against the rule: the authorities
    who used lethal force on a protest stay state forces (1) while the demonstrators
    told as the doers of the same event are protesters (6).
    """

    event_type: str
    sub_event_type: str | None = None
    role: Literal["source", "target"]
    inter: int
    keeps: list[int] = Field(default_factory=list)


class AcledSection(_Strict):
    event_types: dict[str, AcledEventType]
    legacy_event_types: dict[str, list[str]]
    inter_codes: dict[int, NamedCode]
    sector_inter: dict[str, int]
    kind_inter: dict[str, int]
    role_inter: list[RoleInter]
    name_inter: dict[str, int] = Field(default_factory=dict)
    unknown_actor_inter: list[RoleInter] = Field(default_factory=list)
    abroad_inter: dict[int, int] = Field(default_factory=dict)
    fighter_inter: dict[str, dict[int, int]] = Field(default_factory=dict)


class GtdSection(_Strict):
    attack_types: dict[int, NamedCode]


def _as_list(value: Any) -> Any:
    """Let a rule say ``type: ASSAULT`` as well as ``type: [ASSAULT, COERCE]``."""
    return [value] if value is None or isinstance(value, str) else value


class Condition(_Strict):
    """The ``when`` of a rule: every condition given must hold (an empty one always holds)."""

    type: list[str] | None = None
    mode: list[str | None] | None = None
    source_sector_in: list[str] | None = None
    target_sector_in: list[str] | None = None
    source_sector_not_in: list[str] | None = None
    target_sector_not_in: list[str] | None = None
    source_known: bool | None = None
    target_known: bool | None = None
    target_civilian: bool | None = None
    instrument_in: list[str] | None = None
    flags_any: list[str] | None = None
    flags_none: list[str] | None = None
    source_kind_in: list[str] | None = None
    target_kind_in: list[str] | None = None
    source_kind_not_in: list[str] | None = None
    target_kind_not_in: list[str] | None = None
    fatalities_min: int | None = None
    fatalities_max: int | None = None

    @field_validator("type", "mode", mode="before")
    @classmethod
    def _single_to_list(cls, value: Any) -> Any:
        if value is None:
            return None
        return _as_list(value)


class AcledRule(_Strict):
    when: Condition
    then: tuple[str, str | None] | None


class GtdRule(_Strict):
    when: Condition
    then: str | None


class Mappings(_Strict):
    acled: list[AcledRule]
    gtd: list[GtdRule]


# --------------------------------------------------------------------------- context


@dataclass(frozen=True)
class EventContext:
    """What, beyond PLOVER type and mode, decides an event's ACLED/GTD category.

    Sectors are PLOVER sector codes (GOV, MIL, REB, CVL, ...), kinds the actor
    knowledge base's ``kind`` (armed_group, protester, ...), the instrument one
    of the names under ``instruments`` in the YAML (see
    ``Ontology.instrument_from_text``), flags names under ``flags``.
    """

    source_sector: str | None = None
    target_sector: str | None = None
    source_kind: str | None = None
    target_kind: str | None = None
    target_is_civilian: bool | None = None
    instrument: str | None = None
    fatalities: int | None = None
    flags: frozenset[str] = field(default_factory=frozenset)


# --------------------------------------------------------------------------- ontology


class Ontology(_Strict):
    """The validated contents of ``ontology.yaml`` and the questions asked of it."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, ignored_types=(functools.cached_property,)
    )

    version: int
    plover: PloverSection
    instruments: dict[str, list[str]]
    flags: dict[str, str]
    acled: AcledSection
    gtd: GtdSection
    mappings: Mappings

    # ---- PLOVER

    def plover_types(self) -> list[str]:
        """The PLOVER event types, in the order of the file."""
        return list(self.plover.types)

    def modes(self, plover_type: str) -> list[str]:
        """The modes of a PLOVER type (aliases such as DEMAND accepted); [] when it has none."""
        return list(self.plover.types[self._require_type(plover_type)].modes)

    def promised_type(self, plover_type: str, modality: str) -> str:
        """The type PLOVER codes an event with. PLOVER has no modality: "will visit" is a
        promise (AGREE), not a visit; "will impose a curfew" is a threat (THREATEN)."""
        definition = self.plover.types.get(plover_type)
        if definition is None:
            return plover_type
        for rule in (self.plover.promised_as, self.plover.threatened_as):
            if rule is not None and rule.covers(plover_type, definition.quad, modality):
                return rule.type
        return plover_type

    def plover_target(self, target: str | None, place: str | None) -> tuple[str | None, str]:
        """The target a PLOVER record codes, and whether it is an ``actor`` or a ``place``.

        PLOVER coders code the place acted on when an event has no target actor ("shelled
        Juba", "imposed a curfew in Cizre", "arrived in Amman"); sitrep's own report keeps
        only actors as targets, because the ACLED export writes the target into actor 2.
        """
        if target:
            return target, "actor"
        if place and self.plover.place_as_target:
            return place, "place"
        return None, "none"

    def normalise_type(self, name: str | None) -> str | None:
        """The current PLOVER name for a type or an older alias (FIGHT -> ASSAULT), or None."""
        if not name:
            return None
        return self._type_aliases.get(name.strip().upper())

    @functools.cached_property
    def _type_aliases(self) -> dict[str, str]:
        aliases = {name: name for name in self.plover.types}
        for name, definition in self.plover.types.items():
            aliases.update({alias.upper(): name for alias in definition.aliases})
        return aliases

    def _require_type(self, plover_type: str) -> str:
        canonical = self.normalise_type(plover_type)
        if canonical is None:
            raise ValueError(
                f"Unknown PLOVER event type {plover_type!r}; expected one of "
                f"{', '.join(self.plover_types())}."
            )
        return canonical

    # ---- ACLED and GTD categories

    def acled_event_types(self) -> list[str]:
        return list(self.acled.event_types)

    def acled_sub_event_types(self, event_type: str | None = None) -> list[str]:
        """Sub-event types of one ACLED event type, or of all of them."""
        types = [event_type] if event_type else list(self.acled.event_types)
        return [sub for t in types for sub in self.acled.event_types[t].sub_event_types]

    def legacy_acled_types(self, old_event_type: str) -> list[str]:
        """Current ACLED event types an old-schema type (e.g. 'Remote violence') may correspond to."""
        for old, new in self.acled.legacy_event_types.items():
            if old.casefold() == old_event_type.strip().casefold():
                return list(new)
        if old_event_type in self.acled.event_types:
            return [old_event_type]
        return []

    def gtd_attack_types(self) -> list[str]:
        return [code.name for code in self.gtd.attack_types.values()]

    def acled_type(
        self, plover_type: str, mode: str | None, context: EventContext | None = None
    ) -> tuple[str, str | None] | None:
        """The ACLED (event_type, sub_event_type) of a PLOVER event, or None if ACLED has none."""
        canonical = self._require_type(plover_type)
        ctx = context or EventContext()
        for rule in self.mappings.acled:
            if self._holds(rule.when, canonical, mode, ctx):
                return rule.then
        return None

    def gtd_type(
        self, plover_type: str, mode: str | None, context: EventContext | None = None
    ) -> str | None:
        """The GTD attack type of a PLOVER event, or None (not an attack, or a state actor's)."""
        canonical = self._require_type(plover_type)
        ctx = context or EventContext()
        for rule in self.mappings.gtd:
            if self._holds(rule.when, canonical, mode, ctx):
                return rule.then
        return None

    # ---- actors

    def inter_code(
        self,
        sector: str | None,
        kind: str | None,
        *,
        acled_event_type: str | None = None,
        role: str | None = None,
        sub_event_type: str | None = None,
    ) -> int | None:
        """The ACLED inter code (1-8) of an actor, or None when nothing identifies it.

        What the actor did comes first (ACLED codes demonstrators as
        Protesters or Rioters whatever their party), then its sector, then its
        kind.
        """
        rule = self._role_rule(acled_event_type, sub_event_type, role)
        if rule is not None and not rule.keeps:
            return rule.inter
        own = self._own_inter_code(sector, kind)
        if rule is not None and own not in rule.keeps:
            return rule.inter
        return own

    def _role_rule(
        self, acled_event_type: str | None, sub_event_type: str | None, role: str | None
    ) -> RoleInter | None:
        """The first ``role_inter`` rule for this role in an event of this (sub-)type."""
        if not (acled_event_type and role):
            return None
        return next(
            (
                rule
                for rule in self.acled.role_inter
                if rule.event_type == acled_event_type
                and rule.role == role
                and rule.sub_event_type in (None, sub_event_type)
            ),
            None,
        )

    def _own_inter_code(self, sector: str | None, kind: str | None) -> int | None:
        """The inter code of an actor's sector, else of its kind, whatever it did."""
        if sector and sector.upper() in self.acled.sector_inter:
            return self.acled.sector_inter[sector.upper()]
        if kind:
            return self.acled.kind_inter.get(kind.strip().casefold().replace(" ", "_"))
        return None

    def actor_inter(
        self,
        sector: str | None,
        name: str | None,
        *,
        acled_event_type: str | None = None,
        role: str | None = None,
        event_country: str | None = None,
        sub_event_type: str | None = None,
    ) -> int | None:
        """The inter code of an event's actor as a report gives it: a sector and a name, or nothing.

        An actor linked to the knowledge base is coded by its sector. One the text names
        only by a common noun has a descriptive name and no sector ("Police Forces of
        India", "Unidentified Armed Group"): a phrase of the name tells its kind. An
        event with no actor in the role at all is coded as ACLED codes an unknown
        perpetrator (a bomb nobody claimed is by an unidentified armed group). So is an
        actor whose name tells nothing of its kind (a person, a place or a weapon read as
        the perpetrator): the report gives no more about who did it than a silent one.

        A linked actor whose knowledge-base entry carries its own ``acled_inter`` gets
        that code rather than its sector's: ACLED fixes the inter code per actor in its
        actor list, and some armed groups a careful reader calls rebels are political or
        identity militias there (ethnic armed organisations in Myanmar's ceasefire
        areas, the Arakan Army), while separatists have no one code by sector.

        ``event_country`` (ISO alpha-2 of the event's place) lets a state's forces acting
        outside their own country take ACLED's External/Other code (``abroad_inter``):
        Russian forces shelling Ukraine, US strikes in Yemen, Pakistani troops firing into
        India. At home, or where either country is unknown, they keep their own code.

        ``fighter_inter`` recodes an actor by the event it fought: civilians in a battle
        (villagers who clash with machetes and kill) are a communal militia for ACLED.

        ``sub_event_type`` lets a ``role_inter`` rule of one sub-event type decide: the
        state forces that fired on a protest (Excessive force against protesters) are
        its actor 1 and stay state forces, where the source of any other protest is
        coded as the protesters.
        """
        code = self._home_inter(sector, name, acled_event_type, role, sub_event_type)
        fighters = self.acled.fighter_inter.get(acled_event_type or "", {})
        code = fighters.get(code, code) if code is not None else None
        abroad = self.acled.abroad_inter.get(code) if code is not None else None
        if abroad is not None and event_country:
            home = _home_country(sector, name)
            if home and home != event_country.upper():
                return abroad
        return code

    def _home_inter(
        self,
        sector: str | None,
        name: str | None,
        acled_event_type: str | None,
        role: str | None,
        sub_event_type: str | None = None,
    ) -> int | None:
        """The inter code of an actor wherever it acts (see ``actor_inter``)."""
        rule = self._role_rule(acled_event_type, sub_event_type, role)
        if rule is not None and not rule.keeps:
            return rule.inter
        code = _knowledge_base_inter(sector, name)
        if code is None:
            code = self._own_inter_code(sector, None)
        if code is None and name:
            code = self._inter_from_name(name)
        if rule is not None and code not in rule.keeps:
            return rule.inter
        if code is not None:
            return code
        for default in self.acled.unknown_actor_inter:
            if default.event_type == acled_event_type and default.role == role:
                return default.inter
        return None

    @functools.cached_property
    def _inter_phrases(self) -> list[tuple[str, int]]:
        """Name phrases that tell an inter code: the kinds ("police") and ``name_inter``."""
        phrases = {k.replace("_", " "): v for k, v in self.acled.kind_inter.items()}
        phrases.update(self.acled.name_inter)
        return sorted(phrases.items(), key=lambda item: -len(item[0]))

    def _inter_from_name(self, name: str) -> int | None:
        """The inter code the longest known phrase of an actor's name implies, or None."""
        words = f" {' '.join(name.casefold().replace('-', ' ').split())} "
        return next((code for phrase, code in self._inter_phrases if f" {phrase} " in words), None)

    def sectors_with(self, group: str) -> frozenset[str]:
        """Sectors with a property: 'ARMED', 'STATE' or 'CIVILIAN'."""
        attribute = group.lower()
        return frozenset(
            code for code, sector in self.plover.sectors.items() if getattr(sector, attribute)
        )

    # ---- instruments

    def instrument_from_text(self, text: str | None) -> str | None:
        """The instrument a phrase names ('a roadside bomb' -> 'ied'); the longest keyword wins."""
        if not text:
            return None
        found: tuple[int, str] | None = None
        for match in self._instrument_pattern.finditer(text.casefold()):
            keyword = match.group(0)
            if found is None or len(keyword) > found[0]:
                found = (len(keyword), self._instrument_by_keyword[keyword])
        return found[1] if found else None

    @functools.cached_property
    def _instrument_by_keyword(self) -> dict[str, str]:
        table: dict[str, str] = {}
        for instrument, keywords in self.instruments.items():
            for keyword in keywords:
                table.setdefault(keyword.casefold(), instrument)
        return table

    @functools.cached_property
    def _instrument_pattern(self) -> re.Pattern[str]:
        keywords = sorted(self._instrument_by_keyword, key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, keywords)) + r")(?!\w)")

    # ---- rule evaluation

    def _expand_sectors(self, codes: Iterable[str]) -> frozenset[str]:
        expanded: set[str] = set()
        for code in codes:
            expanded |= self.sectors_with(code) if code in SECTOR_GROUPS else {code}
        return frozenset(expanded)

    def _holds(
        self, when: Condition, plover_type: str, mode: str | None, ctx: EventContext
    ) -> bool:
        kinds = {
            "source": (ctx.source_kind or "").casefold() or None,
            "target": (ctx.target_kind or "").casefold() or None,
        }
        fatalities = ctx.fatalities or 0
        checks = (
            when.type is None or plover_type in when.type,
            when.mode is None or mode in when.mode,
            when.source_sector_in is None
            or ctx.source_sector in self._expand_sectors(when.source_sector_in),
            when.target_sector_in is None
            or ctx.target_sector in self._expand_sectors(when.target_sector_in),
            when.source_sector_not_in is None
            or ctx.source_sector not in self._expand_sectors(when.source_sector_not_in),
            when.target_sector_not_in is None
            or ctx.target_sector not in self._expand_sectors(when.target_sector_not_in),
            when.source_known is None
            or when.source_known == bool(ctx.source_sector or ctx.source_kind),
            when.target_known is None
            or when.target_known == bool(ctx.target_sector or ctx.target_kind),
            when.target_civilian is None or ctx.target_is_civilian is when.target_civilian,
            when.instrument_in is None or ctx.instrument in when.instrument_in,
            when.flags_any is None or bool(ctx.flags & set(when.flags_any)),
            when.flags_none is None or not ctx.flags & set(when.flags_none),
            when.source_kind_in is None or kinds["source"] in when.source_kind_in,
            when.target_kind_in is None or kinds["target"] in when.target_kind_in,
            when.source_kind_not_in is None or kinds["source"] not in when.source_kind_not_in,
            when.target_kind_not_in is None or kinds["target"] not in when.target_kind_not_in,
            when.fatalities_min is None or fatalities >= when.fatalities_min,
            when.fatalities_max is None or fatalities <= when.fatalities_max,
        )
        return all(checks)


@functools.lru_cache(maxsize=4096)
def _home_country(sector: str | None, name: str | None) -> str | None:
    """The country whose actor a report's event actor is: the knowledge-base actor its name
    and sector denote ("Military Forces of Russia", "Russian forces" linked as MIL), else the
    country of a demonym or state name that opens it ("Turkish soldiers"), else None."""
    if not name:
        return None
    from sitrep.knowledge.actors import load_actors

    actors = load_actors()
    for actor in actors.match(name):
        if actor.country and (not sector or actor.sector.value == sector.upper()):
            return actor.country
    first = name.split()[0]
    country = actors.demonym_country(first)
    if country is None and " of " in name:  # "Military Forces of Russia" missing from the KB
        state = next((a for a in actors.match(name.rsplit(" of ", 1)[1]) if a.country), None)
        country = state.country if state else None
    return country


def _knowledge_base_inter(sector: str | None, name: str | None) -> int | None:
    """The ``acled_inter`` of the knowledge-base actor a linked event actor names, or None.

    The report gives an event actor's name and its link's sector, not the link itself:
    the actor is the one the name denotes whose sector is the one reported, so a name
    shared by a state and its army ("Myanmar") never borrows the other's code. The
    knowledge base loads on first use (once per process), never at import.
    """
    if not sector or not name:
        return None
    from sitrep.knowledge.actors import load_actors

    for actor in load_actors().match(name):
        if actor.sector.value == sector.upper() and actor.acled_inter is not None:
            return actor.acled_inter
    return None


# --------------------------------------------------------------------------- validation


def _rule_problems(ontology: Ontology) -> list[tuple[tuple[str, ...], str]]:
    """Every reference in the mapping rules to something the ontology does not declare."""
    problems: list[tuple[tuple[str, ...], str]] = []
    sectors = set(ontology.plover.sectors) | set(SECTOR_GROUPS)
    all_modes = {m for t in ontology.plover.types.values() for m in t.modes}

    def check_condition(path: tuple[str, ...], when: Condition) -> None:
        where = (*path, "when")
        for name in when.type or []:
            if name not in ontology.plover.types:
                problems.append(((*where, "type"), f"unknown PLOVER type {name!r}"))
        allowed_modes = (
            {m for t in when.type if t in ontology.plover.types for m in ontology.modes(t)}
            if when.type
            else all_modes
        )
        for mode in when.mode or []:
            if mode is not None and mode not in allowed_modes:
                problems.append(
                    ((*where, "mode"), f"mode {mode!r} is not a mode of {when.type or 'any type'}")
                )
        for key in (
            "source_sector_in",
            "target_sector_in",
            "source_sector_not_in",
            "target_sector_not_in",
        ):
            for code in getattr(when, key) or []:
                if code not in sectors:
                    problems.append(((*where, key), f"unknown sector {code!r}"))
        for code in when.instrument_in or []:
            if code not in ontology.instruments:
                problems.append(((*where, "instrument_in"), f"unknown instrument {code!r}"))
        for key in ("flags_any", "flags_none"):
            for code in getattr(when, key) or []:
                if code not in ontology.flags:
                    problems.append(((*where, key), f"unknown flag {code!r}"))

    for i, acled_rule in enumerate(ontology.mappings.acled):
        path = ("mappings", "acled", str(i))
        check_condition(path, acled_rule.when)
        if acled_rule.then is not None:
            event_type, sub = acled_rule.then
            if event_type not in ontology.acled.event_types:
                problems.append(((*path, "then"), f"unknown ACLED event type {event_type!r}"))
            elif (
                sub is not None
                and sub not in ontology.acled.event_types[event_type].sub_event_types
            ):
                problems.append(
                    ((*path, "then"), f"{sub!r} is not a sub-event type of {event_type!r}")
                )
    gtd_names = set(ontology.gtd_attack_types())
    for i, gtd_rule in enumerate(ontology.mappings.gtd):
        path = ("mappings", "gtd", str(i))
        check_condition(path, gtd_rule.when)
        if gtd_rule.then is not None and gtd_rule.then not in gtd_names:
            problems.append(((*path, "then"), f"unknown GTD attack type {gtd_rule.then!r}"))
    for old, new in ontology.acled.legacy_event_types.items():
        for name in new:
            if name not in ontology.acled.event_types:
                problems.append(
                    (("acled", "legacy_event_types", old), f"unknown ACLED event type {name!r}")
                )
    for name in ("promised_as", "threatened_as"):
        future = getattr(ontology.plover, name)
        if future is None:
            continue
        for plover_type in (future.type, *future.types):
            if plover_type not in ontology.plover.types:
                problems.append((("plover", name, "type"), f"unknown PLOVER type {plover_type!r}"))
    for section in ("role_inter", "unknown_actor_inter"):
        for i, default in enumerate(getattr(ontology.acled, section)):
            if default.event_type not in ontology.acled.event_types:
                problems.append(
                    (("acled", section, str(i)), f"unknown ACLED event type {default.event_type!r}")
                )
            elif default.sub_event_type is not None and default.sub_event_type not in (
                ontology.acled.event_types[default.event_type].sub_event_types
            ):
                problems.append(
                    (
                        ("acled", section, str(i)),
                        f"unknown sub-event type {default.sub_event_type!r}",
                    )
                )
            for code in (default.inter, *default.keeps):
                if code not in ontology.acled.inter_codes:
                    problems.append((("acled", section, str(i)), f"unknown inter code {code}"))
    for table in ("sector_inter", "kind_inter", "name_inter", "abroad_inter"):
        for key, code in getattr(ontology.acled, table).items():
            if code not in ontology.acled.inter_codes:
                problems.append((("acled", table, str(key)), f"unknown inter code {code}"))
            if table == "sector_inter" and key not in ontology.plover.sectors:
                problems.append((("acled", table, key), f"unknown sector {key!r}"))
    return problems


# --------------------------------------------------------------------------- loading


def _line_index(node: yaml.Node | None) -> dict[tuple[str, ...], int]:
    """Map each path in the YAML tree (keys and list positions as strings) to its 1-based line."""
    index: dict[tuple[str, ...], int] = {}

    def walk(current: yaml.Node, path: tuple[str, ...]) -> None:
        index.setdefault(path, current.start_mark.line + 1)
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                child = (*path, str(key.value))
                index[child] = key.start_mark.line + 1
                walk(value, child)
        elif isinstance(current, yaml.SequenceNode):
            for i, item in enumerate(current.value):
                walk(item, (*path, str(i)))

    if node is not None:
        walk(node, ())
    return index


def _line_of(index: Mapping[tuple[str, ...], int], loc: Iterable[Any]) -> int:
    """The line of the deepest known prefix of a pydantic error location."""
    path = tuple(str(part) for part in loc)
    while path and path not in index:
        path = path[:-1]
    return index.get(path, 1)


def parse_ontology(text: str, source: str = "<string>") -> Ontology:
    """Validate ontology YAML text; errors are OntologyError naming ``source:LINE``."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise OntologyError(f"{source}:{line}: the file is not valid YAML ({error}).") from error
    index = _line_index(node)
    if not isinstance(data, dict):
        raise OntologyError(f"{source}:1: expected a mapping with plover, acled, gtd and mappings.")
    try:
        ontology = Ontology.model_validate(data)
    except ValidationError as error:
        messages = [
            f"{source}:{_line_of(index, e['loc'])}: {'.'.join(map(str, e['loc']))}: {e['msg']}"
            for e in error.errors()
        ]
        raise OntologyError("Invalid ontology:\n" + "\n".join(messages)) from error
    problems = _rule_problems(ontology)
    if problems:
        messages = [f"{source}:{_line_of(index, path)}: {text}" for path, text in problems]
        raise OntologyError(
            "The ontology's mapping rules name things it does not declare; fix or declare them:\n"
            + "\n".join(messages)
        )
    return ontology


@functools.lru_cache(maxsize=8)
def _load_cached(path: Path) -> Ontology:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise OntologyError(f"Cannot read the ontology file {path}: {error.strerror}.") from error
    return parse_ontology(text, source=str(path))


def load_ontology(path: Path | None = None) -> Ontology:
    """The ontology from ``path`` (default: the packaged ``ontology.yaml``), loaded once per process."""
    return _load_cached(_default_path() if path is None else path.resolve())


@functools.cache
def _default_path() -> Path:
    """The packaged file's resolved path, resolved once: the event stage asks for the
    ontology hundreds of times a document, and resolving touches the file system."""
    return DEFAULT_ONTOLOGY_PATH.resolve()


# --------------------------------------------------------------------------- CAMEO


@dataclass(frozen=True)
class CameoEntry:
    """One row of the CAMEO-to-PLOVER table."""

    plover_type: str
    mode: str | None
    contexts: tuple[str, ...]
    description: str


_CAMEO_LINE = re.compile(r"^(?P<code>\d{2,4})\s*:\s*(?P<body>[^#]*?)\s*(?:#\s*(?P<note>.*))?$")


def load_cameo_map(
    path: Path | None = None, ontology: Ontology | None = None
) -> dict[str, CameoEntry]:
    """CAMEO code -> PLOVER type/mode/contexts, read at run time from CAMEO2PLOVER-2021.txt.

    The table uses the 2021 names (DEMAND, DISAPPROVE); they are normalised
    to the current ones through the ontology's aliases. Where a code appears
    twice the first row wins.
    """
    source = path or DEFAULT_CAMEO_MAP_PATH
    onto = ontology or load_ontology()
    try:
        lines = source.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise OntologyError(
            f"Cannot read the CAMEO-to-PLOVER table {source}: {error.strerror}. "
            "Pass the path to CAMEO2PLOVER-2021.txt."
        ) from error
    table: dict[str, CameoEntry] = {}
    for line in lines:
        match = _CAMEO_LINE.match(line.strip())
        if not match or match["code"] in table:
            continue
        parts = [part.strip() for part in match["body"].split(",")]
        plover_type = onto.normalise_type(parts[0])
        if plover_type is None:
            continue
        mode = parts[1] if len(parts) > 1 and parts[1] else None
        contexts = tuple(c.strip() for part in parts[2:] for c in part.split(";") if c.strip())
        table[match["code"]] = CameoEntry(
            plover_type, mode, contexts, (match["note"] or "").strip()
        )
    return table
