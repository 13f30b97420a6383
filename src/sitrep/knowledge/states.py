"""Expand the compact list of states into government, military and police actors.

``states.yaml`` lists each country once (names, demonyms, capital) and, under
``state_actors``, the templates that turn one country into its organs: ids like
``pk_gov``, names like "Military Forces of Pakistan" and aliases like "Pakistani
military" or "Pakistan Army". Writing the templates as data keeps the phrasing
reviewable; this module only fills them in. A generated alias that two states would
share ("Congolese army") becomes ambiguous for both instead of an error.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.knowledge.yamlmarks import LINE_KEY

_PLACEHOLDER = re.compile(r"\{(name|demonym|capital)\}")
_ORGAN_FIELDS = {"id", "name", "type", "kind", "sector", "acled_inter", "parent", "active"}
_STATE_FIELDS = {
    "iso",
    "name",
    "aliases",
    "ambiguous_names",
    "demonyms",
    "capital",
    "organs",
    LINE_KEY,
}


@dataclass
class StateExpansion:
    """What the states section of one file contributes to the knowledge base."""

    entries: list[tuple[dict[str, Any], str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    demonyms: dict[str, str | None] = field(default_factory=dict)
    organs: dict[tuple[str, str], str] = field(default_factory=dict)


def alias_key(alias: str) -> str:
    """The actor index key (imported lazily: actors.py imports this module at load time)."""
    from sitrep.knowledge.actors import alias_key as key

    return key(alias)


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _fill(template: str, values: dict[str, list[str]]) -> list[str]:
    """All expansions of an alias template over the values of its placeholders."""
    used = sorted(set(_PLACEHOLDER.findall(template)))
    if any(not values.get(p) for p in used):
        return []
    out = []
    for combo in itertools.product(*(values[p] for p in used)):
        text = template
        for placeholder, value in zip(used, combo, strict=True):
            text = text.replace("{" + placeholder + "}", value)
        out.append(text)
    return out


def expand_states(data: dict[str, Any], path: Path) -> StateExpansion:
    """Turn the ``states`` and ``state_actors`` sections of a file into actor entries."""
    result = StateExpansion()
    templates = data.get("state_actors")
    if not isinstance(templates, dict) or not templates:
        result.problems.append(f"{path}:1: 'states' needs a 'state_actors' section of templates")
        return result
    templates = {k: v for k, v in templates.items() if k != LINE_KEY}
    regions = data.get("states")
    if not isinstance(regions, dict):
        result.problems.append(f"{path}:1: 'states' must map region names to lists of states")
        return result
    generated: list[tuple[dict[str, Any], str, set[str]]] = []
    for region, states in regions.items():
        if region == LINE_KEY:
            continue
        for state in states or []:
            generated.extend(_expand_one(state, str(region), templates, path, result))
    _demote_shared_aliases(generated)
    result.entries.extend((fields, where) for fields, where, _ in generated)
    return result


def _expand_one(
    state: dict[str, Any],
    region: str,
    templates: dict[str, Any],
    path: Path,
    result: StateExpansion,
) -> list[tuple[dict[str, Any], str, set[str]]]:
    line = state.get(LINE_KEY, 0)
    where = f"{path}:{line}"
    unknown = set(state) - _STATE_FIELDS
    if unknown:
        result.problems.append(f"{where}: unknown state field(s): {', '.join(sorted(unknown))}")
    iso = str(state.get("iso", "")).upper()
    name = state.get("name")
    if len(iso) != 2 or not name:
        result.problems.append(f"{where}: a state needs 'iso' (2 letters) and 'name'")
        return []
    names = [str(name), *_as_list(state.get("aliases"))]
    demonyms = _as_list(state.get("demonyms"))
    for demonym in demonyms:
        key = alias_key(demonym)  # "US" stays case-sensitive, "Afghan" is folded
        previous = result.demonyms.get(key, iso)
        result.demonyms[key] = iso if previous == iso else None
    values = {"name": names, "demonym": demonyms, "capital": _as_list(state.get("capital"))}
    ambiguous_values = {**values, "name": _as_list(state.get("ambiguous_names"))}
    overrides = state.get("organs") or {}
    for organ, override in list(overrides.items()):
        if organ == LINE_KEY:
            continue
        if not isinstance(override, dict):
            result.problems.append(f"{where}: organ override {organ!r} must be a mapping")
            overrides[organ] = {}
            continue
        unknown_keys = set(override) - _ORGAN_FIELDS - {"aliases", "ambiguous_aliases", LINE_KEY}
        if unknown_keys:
            result.problems.append(
                f"{where}: organ override {organ!r} has unknown field(s) "
                f"{', '.join(sorted(unknown_keys))}"
            )
    organ_ids = {
        organ: str((overrides.get(organ) or {}).get("id") or spec["id"]).format(iso=iso.lower())
        for organ, spec in templates.items()
    }
    out = []
    for organ, spec in templates.items():
        override = overrides.get(organ) or {}
        fields: dict[str, Any] = {k: spec[k] for k in _ORGAN_FIELDS if k in spec}
        fields.update({k: override[k] for k in _ORGAN_FIELDS if k in override})
        fields["id"] = organ_ids[organ]
        fields["name"] = str(fields.get("name", "{name}")).replace("{name}", names[0])
        if fields.get("parent"):
            fields["parent"] = str(fields["parent"]).format(**organ_ids)
        fields["country"] = iso
        fields["region"] = region
        generated_aliases: list[str] = []
        ambiguous: list[str] = []
        for template in _as_list(spec.get("aliases")):
            generated_aliases += _fill(template, values)
            ambiguous += _fill(template, ambiguous_values) if "{name}" in template else []
        for template in _as_list(spec.get("ambiguous_aliases")):
            ambiguous += _fill(template, values)
        explicit = _as_list(override.get("aliases"))
        ambiguous += _as_list(override.get("ambiguous_aliases"))
        fields["aliases"] = list(dict.fromkeys(explicit + generated_aliases))
        fields["ambiguous_aliases"] = list(dict.fromkeys(ambiguous))
        result.organs[(iso, str(fields.get("kind")))] = fields["id"]
        out.append((fields, where, set(generated_aliases) - set(explicit)))
    unknown_organs = set(overrides) - set(templates) - {LINE_KEY}
    if unknown_organs:
        result.problems.append(
            f"{where}: unknown organ(s) {', '.join(sorted(unknown_organs))}; "
            f"use one of {', '.join(templates)}"
        )
    return out


def _demote_shared_aliases(generated: list[tuple[dict[str, Any], str, set[str]]]) -> None:
    """Make a generated alias ambiguous when several states' organs would share it."""

    owners: dict[str, set[str]] = {}
    for fields, _, produced in generated:
        for alias in produced:
            owners.setdefault(alias_key(alias), set()).add(fields["id"])
    shared = {key for key, ids in owners.items() if len(ids) > 1}
    if not shared:
        return
    for fields, _, produced in generated:
        moved = [a for a in fields["aliases"] if a in produced and alias_key(a) in shared]
        if moved:
            fields["aliases"] = [a for a in fields["aliases"] if a not in moved]
            fields["ambiguous_aliases"] = list(dict.fromkeys(fields["ambiguous_aliases"] + moved))
