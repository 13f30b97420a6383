"""MUC-4 in the GTT format: document-level templates scored the way the GTT/GRIT papers do.

Choices (after Du, Rush and Cardie 2021, "Template filling with generative
transformers" / "GRIT"):
- Each gold role filler is an entity: a list of coreferent mention strings.
  A predicted filler matches an entity when it head-noun-phrase-matches one of
  its mentions: equal after folding and dropping leading articles, or the
  same head word (the last word before a post-modifier such as "of")
  with one phrase contained in the other.
- Predicted templates come from the report's ASSAULT events (and COERCE
  abduct) that are not negated, hypothetical or future, and not combat (an
  event the report codes as an ACLED Battle: MUC-4 leaves armed clashes
  between soldiers and guerrillas out of its terrorist incidents). The incident type comes from
  the ontology's GTD attack type: Bombing/Explosion -> bombing (but mortar, rocket
  or air fire, which GTD counts as bombings, -> attack); kidnapping,
  barricade and hijacking -> kidnapping; a facility attack with fire ->
  arson; anything else -> attack.
- Roles: PerpOrg = source actors and perpetrator arguments linked to a named
  entity that is not a person (a group, an army, a government), and unnamed
  organised forces ("the army", "the air force": participants.yaml
  ``force``); PerpInd = the other perpetrator arguments (named people, and
  unnamed phrases such as "urban guerrillas", "a group of armed men"). A
  country or nationality ("El Salvador", "Colombian") fills no perpetrator
  role, as GTT names the group or force that acted, not the state; nor does an
  unnamed noncombatant ("civilians", participants.yaml). A source actor with
  no entity whose name is not in the event's evidence (the label of an
  unnamed actor, "Unidentified Armed Group") is not text and fills nothing:
  its phrase comes as a perpetrator argument. An entity the event harms (a
  victim, a target actor) is not its perpetrator too.
  Target = ``target`` arguments (physical). Victim = ``victim`` arguments
  linked to a named person, and target actors that are people: GTT's victim
  fillers are named people (625 of the 627 in gtt_train), so "six civilians",
  "the victims" or "the mayor" with no name fills nothing (the report keeps
  them; a description the text links to a name fills with the name).
  Weapon = ``instrument`` arguments. An argument linked to a person fills
  with that person's name (the report's canonical name, a mention of the
  text), so "he" counts as the man it stands for.
- A document's events of one incident type at one place (the report's
  ``place`` id, or none) are one incident: their fillers make one template,
  as a GTT template stands for one incident however often it is told. A
  template lists an entity once: fillers that head-noun-phrase-match each
  other ("urban guerrillas", "the guerrillas") are one, the longer kept.
- Templates are aligned one to one, only with the same incident type,
  greedily by the number of matched fillers. Per role: matched gold entities
  are true positives, unmatched predicted fillers false positives, unmatched
  gold entities false negatives (including every filler of an unaligned
  template). F1 is micro-averaged over the five roles; ``incident_f1``
  scores the aligned templates themselves.
- The documents are lower-cased 1989-1991 newswire with no date.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.events.participant_lexicon import load_participant_lexicon
from sitrep.knowledge.ontology import EventContext, Ontology
from sitrep.training.argument_roles.head_match import head_match, phrase_words

from .common import PRF, SHARED_DATA, Event, Report, actor_in_text, entity, evenly_spaced, fold

DEFAULT_PATH = SHARED_DATA / "events" / "muc4" / "gtt_dev.json"
ROLES = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
FLOORS: dict[str, float] = {}
#: Denied, conditional and future attacks are no incidents (yet).
_SKIPPED_MODALITIES = frozenset({"negated", "hypothetical", "future"})
#: MUC-4 incidents are terrorist acts, not combat between armed forces.
_COMBAT = frozenset({"Battles"})
#: GTD codes mortar, rocket and air attacks as bombings (projectiles explode); GTT's
#: BOMBING is a device placed or thrown, and fire from afar is an ATTACK (in gtt_train and
#: gtt_dev, 10 of the 14 templates whose only weapons are mortars or rockets, and both that
#: name aircraft).
_FIRED_INSTRUMENTS = frozenset({"shelling", "airstrike"})
_INCIDENT_OF_GTD = {
    "Bombing/Explosion": "bombing",
    "Hostage Taking (Kidnapping)": "kidnapping",
    "Hostage Taking (Barricade Incident)": "kidnapping",
    "Hijacking": "kidnapping",
}


@dataclass
class Template:
    incident_type: str
    roles: dict[str, list[list[str]]]  # role -> entities -> mention strings


@dataclass
class MucDoc:
    id: str
    text: str
    templates: list[Template]
    published: str | None = None


def load(path: Path = DEFAULT_PATH, limit: int | None = None) -> list[MucDoc]:
    docs: list[MucDoc] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            raw = json.loads(line)
            templates = [
                Template(
                    incident_type=t["incident_type"].split("/")[0].strip(),
                    roles={
                        role: [[mention for mention, _ in entity_] for entity_ in t.get(role) or []]
                        for role in ROLES
                    },
                )
                for t in raw.get("templates") or []
            ]
            docs.append(MucDoc(id=raw["docid"], text=raw["doctext"], templates=templates))
    return evenly_spaced(docs, limit)


def filler_text(report: Report, argument: dict[str, Any]) -> str:
    """An argument's filler: the person's name where the text says "he" or "the lawyer"
    (the entity is the filler, as in GTT), else the argument's own text."""
    linked = entity(report, argument.get("entity")) or {}
    if linked.get("type") == "PERSON" and linked.get("name"):
        return str(linked["name"])
    return str(argument.get("text") or "")


def names_country(linked: dict[str, Any]) -> bool:
    """Whether an entity is a country, region or nationality ("El Salvador", "Colombian"),
    not an acronym a tagger took for a place ("FMLN")."""
    name = str(linked.get("name") or "").replace(".", "")
    return linked.get("type") in {"GPE", "NORP", "LOC"} and not name.isupper()


def names_force(phrase: str) -> bool:
    """Whether an unnamed phrase is an organised force ("the army", "the salvadoran air
    force"): an organisation, as GTT's PerpOrg, not people."""
    return _lexicon_class(phrase) == "force"


def _lexicon_class(phrase: str) -> str | None:
    """The participant class (participants.yaml) of a phrase's head noun."""
    return load_participant_lexicon().class_of(fold(phrase).split())


def _victim_entities(event: Event) -> set[str]:
    """The entities an event harms: its victim arguments and target actors."""
    return {
        str(a["entity"])
        for a in (event.get("arguments") or []) + (event.get("actors") or [])
        if a.get("entity") and a.get("role") in {"victim", "target"}
    }


def _names_person(report: Report, argument: dict[str, Any]) -> bool:
    """Whether an argument is linked to a person the text names."""
    return (entity(report, argument.get("entity")) or {}).get("type") == "PERSON"


def _incident_type(event: Event, report: Report, ontology: Ontology) -> str:
    instrument = next(
        (
            ontology.instrument_from_text(a.get("text"))
            for a in event.get("arguments") or []
            if a.get("role") == "instrument" and ontology.instrument_from_text(a.get("text"))
        ),
        None,
    )
    evidence_text = " ".join(e.get("text") or "" for e in event.get("evidence") or [])
    instrument = instrument or ontology.instrument_from_text(evidence_text)
    context = EventContext(
        instrument=instrument, fatalities=(event.get("counts") or {}).get("killed")
    )
    gtd = ontology.gtd_type(event.get("type") or "ASSAULT", event.get("mode"), context)
    if gtd == "Facility/Infrastructure Attack" and instrument == "fire":
        return "arson"
    if gtd == "Bombing/Explosion" and (
        instrument in _FIRED_INSTRUMENTS or event.get("mode") == "heavy-weapons"
    ):
        return "attack"  # GTD's bombings include projectiles; GTT's are placed or thrown devices
    return _INCIDENT_OF_GTD.get(gtd or "", "attack")


def predicted_templates(report: Report, ontology: Ontology) -> list[dict[str, Any]]:
    """Templates (incident_type + role -> filler strings) from a report's attack events."""
    templates: list[dict[str, Any]] = []
    for event in report.get("events") or []:
        is_attack = event.get("type") == "ASSAULT" or (
            event.get("type") == "COERCE" and event.get("mode") == "abduct"
        )
        if not is_attack or event.get("modality") in _SKIPPED_MODALITIES:
            continue
        if (event.get("acled") or {}).get("event_type") in _COMBAT:
            continue
        roles: dict[str, list[str]] = {role: [] for role in ROLES}
        ids: dict[str, list[str | None]] = {role: [] for role in ROLES}
        perpetrators = [
            (a.get("name") or "", a.get("entity"))
            for a in event.get("actors") or []
            if a.get("role") == "source" and actor_in_text(a, event)
        ] + [
            (filler_text(report, a), a.get("entity"))
            for a in event.get("arguments") or []
            if a.get("role") == "perpetrator"
        ]
        victims = _victim_entities(event)
        for name, entity_id in perpetrators:
            if entity_id is not None and entity_id in victims:
                continue  # "Gacha was killed by ...": who suffers the attack did not commit it
            linked = entity(report, entity_id) or {}
            if names_country(linked):
                continue  # "El Salvador", "Colombian": GTT names the group or force, not a state
            if not linked and _lexicon_class(name) == "noncombatant":
                continue  # "civilians" as an attack's source is a misread, not its perpetrator
            is_org = (bool(linked) and linked.get("type") != "PERSON") or (
                not linked and names_force(name)
            )
            perp_role = "PerpOrg" if is_org else "PerpInd"
            roles[perp_role].append(name)
            ids[perp_role].append(entity_id)
        for argument in event.get("arguments") or []:
            role = {"target": "Target", "victim": "Victim", "instrument": "Weapon"}.get(
                argument.get("role") or ""
            )
            if role == "Victim" and not _names_person(report, argument):
                continue  # GTT's victims are people's names: "six civilians" fills nothing
            if role:
                roles[role].append(filler_text(report, argument))
                ids[role].append(argument.get("entity"))
        for actor in event.get("actors") or []:
            linked = entity(report, actor.get("entity")) or {}
            if actor.get("role") == "target" and linked.get("type") == "PERSON":
                roles["Victim"].append(actor.get("name") or "")
                ids["Victim"].append(actor.get("entity"))
        deduped = {
            role: one_per_entity([], one_per_linked_entity(values, ids[role]))
            for role, values in roles.items()
        }
        templates.append(
            {
                "incident_type": _incident_type(event, report, ontology),
                "roles": deduped,
                "place": event.get("place"),
            }
        )
    return merge_incidents(templates)


def one_per_linked_entity(fillers: list[str], entity_ids: list[str | None]) -> list[str]:
    """The fillers less those of an entity named already: "fmln" after "Farabundo Marti
    National Liberation Front" is one entity (a GTT template lists it once) though no
    head-noun-phrase match joins the two. The text's own words come first (arguments are
    listed after actors' canonical names, so the last filler of an entity is kept)."""
    last: dict[str, int] = {}
    for i, entity_id in enumerate(entity_ids):
        if entity_id is not None:
            last[entity_id] = i
    return [
        filler
        for i, (filler, entity_id) in enumerate(zip(fillers, entity_ids, strict=True))
        if entity_id is None or last[entity_id] == i
    ]


def merge_incidents(templates: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One template per incident: events of one incident type at one place are one incident."""
    merged: dict[tuple[str, str | None], dict[str, Any]] = {}
    for template in templates:
        key = (template["incident_type"], template.get("place"))
        into = merged.setdefault(key, {"incident_type": key[0], "roles": {r: [] for r in ROLES}})
        for role in ROLES:
            into["roles"][role] = one_per_entity(into["roles"][role], template["roles"][role])
    return list(merged.values())


def one_per_entity(known: list[str], fillers: list[str]) -> list[str]:
    """``known`` with the ``fillers`` that are no phrase of a known filler's entity: a GTT
    template lists an entity once, so "the guerrillas" after "urban guerrillas", or "Galan"
    after "Luis Carlos Galan", is the same filler (the same head-noun-phrase match the
    scoring uses); the longer phrase stays."""
    kept = list(known)
    for filler in fillers:
        if not fold(filler):
            continue
        same = next((i for i, k in enumerate(kept) if head_match(filler, k)), None)
        if same is None:
            kept.append(filler)
        elif len(phrase_words(filler)) > len(phrase_words(kept[same])):
            kept[same] = filler
    return kept


def _match_role(predicted: list[str], gold: list[list[str]]) -> int:
    """How many gold entities are matched, each by a different predicted filler."""
    used: set[int] = set()
    matched = 0
    for mentions in gold:
        for i, filler in enumerate(predicted):
            if i not in used and any(head_match(filler, m) for m in mentions):
                used.add(i)
                matched += 1
                break
    return matched


def _pair_score(predicted: dict[str, Any], gold: Template) -> int:
    return sum(_match_role(predicted["roles"][r], gold.roles[r]) for r in ROLES)


def score_document(doc: MucDoc, templates: list[dict[str, Any]]) -> tuple[dict[str, PRF], PRF]:
    """Per-role counts and template (incident type) counts for one document."""
    candidates = sorted(
        (
            (_pair_score(p, g), -i, -j, i, j)
            for i, p in enumerate(templates)
            for j, g in enumerate(doc.templates)
            if p["incident_type"] == g.incident_type
        ),
        reverse=True,
    )
    pairs: dict[int, int] = {}
    for _, _, _, i, j in candidates:
        if i not in pairs and j not in pairs.values():
            pairs[i] = j
    per_role = {role: PRF() for role in ROLES}
    for role in ROLES:
        counts = per_role[role]
        for i, predicted in enumerate(templates):
            fillers = predicted["roles"][role]
            counts.n_pred += len(fillers)
            if i in pairs:
                matched = _match_role(fillers, doc.templates[pairs[i]].roles[role])
                counts.tp_pred += matched
                counts.tp_gold += matched
        counts.n_gold += sum(len(t.roles[role]) for t in doc.templates)
    incidents = PRF(
        tp_pred=len(pairs), n_pred=len(templates), tp_gold=len(pairs), n_gold=len(doc.templates)
    )
    return per_role, incidents


def score(docs: list[MucDoc], reports: list[Report], ontology: Ontology) -> dict[str, Any]:
    per_role = {role: PRF() for role in ROLES}
    incidents = PRF()
    for doc, report in zip(docs, reports, strict=True):
        roles, templates = score_document(doc, predicted_templates(report, ontology))
        for role in ROLES:
            per_role[role] += roles[role]
        incidents += templates
    total = PRF()
    for counts in per_role.values():
        total += counts
    return {
        "n": len(docs),
        "f1": round(total.f1, 4),
        "precision": round(total.precision, 4),
        "recall": round(total.recall, 4),
        "incident_f1": round(incidents.f1, 4),
        **{f"{role}_f1": round(counts.f1, 4) for role, counts in per_role.items()},
        **{f"{role}_p": round(counts.precision, 4) for role, counts in per_role.items()},
        **{f"{role}_r": round(counts.recall, 4) for role, counts in per_role.items()},
    }
