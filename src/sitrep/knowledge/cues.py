"""Loader for ``cues.yaml``: reporting verbs and modality markers for the rule-based stages."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from sitrep.errors import KnowledgeError

DEFAULT_PATH = Path(__file__).with_name("cues.yaml")


@dataclass(frozen=True)
class CueSet:
    words: frozenset[str]
    phrases: tuple[str, ...]

    def found_in(self, lowered_text: str, lowered_words: set[str]) -> str | None:
        """The first cue present in this text, or None."""
        for phrase in self.phrases:
            if phrase in lowered_text:
                return phrase
        hit = self.words & lowered_words
        return min(hit) if hit else None


@dataclass(frozen=True)
class Cues:
    speech_verbs: frozenset[str]
    report: CueSet
    claim: CueSet
    negation: CueSet
    future: CueSet
    hypothetical: CueSet
    historical: CueSet
    generic: CueSet
    habitual: CueSet = CueSet(frozenset(), ())
    aim_verbs: CueSet = CueSet(frozenset(), ())
    plan_frames: CueSet = CueSet(frozenset(), ())
    call_off: CueSet = CueSet(frozenset(), ())
    charge_words: frozenset[str] = frozenset()
    not_entities: frozenset[str] = frozenset()
    facility_heads: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()
    place_suffixes: frozenset[str] = frozenset()
    not_place_words: frozenset[str] = frozenset()
    clock_words: frozenset[str] = frozenset()


@lru_cache(maxsize=4)
def load_cues(path: Path = DEFAULT_PATH) -> Cues:
    """Read and check the cue lexicon; errors name the file and the key to fix."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise KnowledgeError(f"cannot read the cue lexicon: {err}", source=str(path)) from None

    def cue_set(key: str) -> CueSet:
        entry = data.get(key)
        if not isinstance(entry, dict):
            raise KnowledgeError(f"'{key}' must map to words/phrases lists", source=str(path))
        words, phrases = entry.get("words", []), entry.get("phrases", [])
        bad = [w for w in [*words, *phrases] if not isinstance(w, str)]
        if bad:
            raise KnowledgeError(
                f"'{key}' has non-text entries {bad}; quote them (YAML reads no/yes as booleans)",
                source=str(path),
            )
        return CueSet(
            words=frozenset(w.lower() for w in words),
            phrases=tuple(p.lower() for p in phrases),
        )

    return Cues(
        speech_verbs=frozenset(data.get("speech_verbs", [])),
        report=cue_set("report_cues"),
        claim=cue_set("claim_cues"),
        negation=cue_set("negation_cues"),
        future=cue_set("future_cues"),
        hypothetical=cue_set("hypothetical_cues"),
        historical=cue_set("historical_cues"),
        generic=cue_set("generic_cues"),
        habitual=cue_set("habitual_cues"),
        aim_verbs=cue_set("aim_verbs"),
        plan_frames=cue_set("plan_frames"),
        call_off=cue_set("call_off_cues"),
        charge_words=frozenset(w.lower() for w in data.get("charge_words", [])),
        not_entities=frozenset(data.get("not_entities", [])),
        facility_heads=frozenset(w.lower() for w in data.get("facility_heads", [])),
        given_names=frozenset(w.lower() for w in data.get("given_names", [])),
        place_suffixes=frozenset(w.lower() for w in data.get("place_suffixes", [])),
        not_place_words=frozenset(w.lower() for w in data.get("not_place_words", [])),
        clock_words=frozenset(w.lower() for w in data.get("clock_words", [])),
    )
