"""Loader for ``triggers.yaml``: the words that announce events, as reviewed data."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from sitrep.errors import KnowledgeError

DEFAULT_PATH = Path(__file__).with_name("triggers.yaml")


@dataclass(frozen=True)
class Trigger:
    word: str
    pos: str  # VERB | NOUN | PHRASE | MODAL
    type: str
    mode: str | None = None
    count: str | None = None
    needs_context: bool | tuple[str, ...] = False
    anaphoric: bool = False
    vague: bool = False
    subject_is_target: bool = False
    absorbed_by: tuple[str, ...] = ()
    patient_is_subject: bool = False
    source_preps: tuple[str, ...] = ("by",)


@dataclass(frozen=True)
class GenericActorEntry:
    kind: str
    name: str | None = None


@dataclass(frozen=True)
class TriggerLexicon:
    verbs: dict[str, Trigger]
    nouns: dict[str, Trigger]
    phrases: dict[str, Trigger]
    person_nouns: frozenset[str]
    security_context: frozenset[str]
    distinct_cues: frozenset[str]
    light_verbs: frozenset[str] = frozenset()
    generic_actors: dict[str, GenericActorEntry] = field(default_factory=dict)
    multiword_nouns: dict[str, Trigger] = field(default_factory=dict)
    occurrence_verbs: frozenset[str] = frozenset()
    grievance_cues: frozenset[str] = frozenset()
    target_preps: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: further senses of a listed word, tried in order when the first sense's context is absent
    other_senses: dict[tuple[str, str], tuple[Trigger, ...]] = field(default_factory=dict)
    #: event types whose parties a national capital can stand for ("Washington rejected …")
    capital_metonym_types: frozenset[str] = frozenset()
    #: modal verbs that make a reported clause a demand on its subject ("Sudan must return …")
    demand_modals: dict[str, Trigger] = field(default_factory=dict)
    #: words that make the action after them a promise ("is ready to send troops")
    willingness_cues: frozenset[str] = frozenset()
    #: words between a locative and its place ("in south Serbia", "in neighbouring Lebanon")
    place_modifiers: frozenset[str] = frozenset()
    #: event types whose target, when no party is named, is the territory they aim at
    place_target_types: frozenset[str] = frozenset()
    #: words that open a condition ("unless Baghdad accepts"): what follows has not happened
    condition_words: frozenset[str] = frozenset()
    #: event types aimed at whoever their condition names ("threatened … unless Baghdad …")
    conditioned_types: frozenset[str] = frozenset()
    #: words after a harm verb that make its result death ("stabbed to death", "shot dead")
    fatal_results: tuple[tuple[str, ...], ...] = ()
    #: crude hand-thrown devices ("crude bombs", "cocktails"), lower case
    crude_weapons: tuple[str, ...] = ()
    #: what a protest burns as a symbol ("burnt an effigy"): not violence
    symbolic_objects: frozenset[str] = frozenset()
    #: words that open a clause of a protest's background ("families of those who were …")
    background_clause_cues: frozenset[str] = frozenset()
    #: words after which an event noun is a protest's grievance ("victims of the clashes")
    background_cues: frozenset[str] = frozenset()
    #: trigger nouns that, capitalised, are a month's name ("in March"), as written
    month_homographs: frozenset[str] = frozenset()
    #: misspelt forms of trigger words seen in hurried notes ("portest", "demosntrated"),
    #: lower case, with the form they stand for
    spelling_variants: dict[str, str] = field(default_factory=dict)
    #: words a trigger may be glued to when a space is lost ("proteston", "demonstrationin")
    glued_tails: frozenset[str] = frozenset()
    #: prepositions that put a bare plural protest or clash on a day ("during protests, BJP
    #: activists jostled with the police"): the events took place
    happening_preps: frozenset[str] = frozenset()
    #: words that count a bare plural without a number ("a number of clashes", "a series of
    #: attacks"): the events are told as occurrences, not as a habit
    plural_quantifiers: frozenset[str] = frozenset()
    #: verbs whose subject is the scene of a bare plural ("the town saw clashes"): the events
    #: took place there; kept apart from ``light_verbs``, whose subject is the actor
    scene_verbs: frozenset[str] = frozenset()
    #: words after a protest noun that make it the name of a force or its gear ("riot police",
    #: "riot gear"), lower case: no event
    gear_heads: frozenset[str] = frozenset()
    #: verbs that tell an event only with an object or in the passive ("police dispersed the
    #: crowd", "were dispersed"): "the protesters dispersed" is a crowd going home
    transitive_only: frozenset[str] = frozenset()
    #: goods that are seized, not kidnapped ("the arms cache was seized by rebels"), lower case
    seized_goods: frozenset[str] = frozenset()
    #: verbs of harm that put a bare plural attack on a day ("died in attacks by guerrillas")
    casualty_verbs: frozenset[str] = frozenset()

    def entry_of(self, form: str, one_word: bool = True) -> Trigger | None:
        """The entry a trigger's lower-cased text was found by: a phrase, else (for one word)
        the verb its lemma names or the noun, singular or plural ("clashes", "gunfights")."""
        from sitrep.annotate.lemmas import lemma_in

        entry = self.phrases.get(form)
        if entry is None and one_word:
            verb = lemma_in(form, self.verbs)
            noun = form if form in self.nouns else form.rstrip("s")
            entry = self.verbs.get(verb or "") or self.nouns.get(noun)
        return entry


def _trigger(word: str, pos: str, entry: dict[str, object], path: Path) -> Trigger:
    if not isinstance(entry, dict) or "type" not in entry:
        raise KnowledgeError(f"trigger {word!r} needs a 'type'", source=str(path))
    context = entry.get("needs_context", False)
    return Trigger(
        word=word,
        pos=pos,
        type=str(entry["type"]),
        mode=entry.get("mode"),  # type: ignore[arg-type]
        count=entry.get("count"),  # type: ignore[arg-type]
        needs_context=tuple(context) if isinstance(context, list) else bool(context),
        anaphoric=bool(entry.get("anaphoric", False)),
        vague=bool(entry.get("vague", False)),
        subject_is_target=bool(entry.get("subject_is_target", False)),
        absorbed_by=tuple(entry.get("absorbed_by", ())),  # type: ignore[arg-type]
        patient_is_subject=bool(entry.get("patient_is_subject", False)),
        source_preps=tuple(entry.get("source_preps", ("by",))),  # type: ignore[arg-type]
    )


def _tokenised(phrase: str) -> str:
    """ "sit-in" as the tokenizer splits it: "sit - in"."""
    return " ".join(phrase.replace("-", " - ").split())


def _plural(phrase: str) -> str:
    """ "torch rally" -> "torch rallies", "sit - in" -> "sit - ins": the head takes the plural."""
    head = phrase.split()[-1]
    if head.endswith("y") and len(head) > 2 and head[-2] not in "aeiou":
        plural = head[:-1] + "ies"
    elif head.endswith(("s", "sh", "ch", "x")):
        plural = head + "es"
    else:
        plural = head + "s"
    return phrase[: len(phrase) - len(head)] + plural


#: the sections of ``other_senses`` and the part of speech of their words
SENSE_SECTIONS = {"nouns": "NOUN", "verbs": "VERB"}


def _other_senses(
    data: dict[str, dict[str, list[dict[str, object]]]], path: Path
) -> dict[tuple[str, str], tuple[Trigger, ...]]:
    """Further senses by (part of speech, word), with the part of speech the detector checks."""
    senses: dict[tuple[str, str], tuple[Trigger, ...]] = {}
    for section, words in data.items():
        pos = SENSE_SECTIONS.get(section)
        if pos is None:
            raise KnowledgeError(
                f"other_senses has a section {section!r}; use one of {sorted(SENSE_SECTIONS)}",
                source=str(path),
            )
        for word, entries in words.items():
            senses[(pos, word)] = tuple(_trigger(word, pos, e, path) for e in entries)
    return senses


def _check_types(lexicon: TriggerLexicon, path: Path) -> None:
    """Every event type the lexicon names must be a PLOVER type of the ontology, so a typo in
    a reviewed list fails loudly instead of silently matching nothing."""
    from sitrep.knowledge.ontology import load_ontology

    known = set(load_ontology().plover_types())
    named: list[tuple[str, str]] = [
        (f"trigger {t.word!r}", t.type)
        for table in (lexicon.verbs, lexicon.nouns, lexicon.phrases, lexicon.demand_modals)
        for t in table.values()
    ]
    named += [
        (f"other sense of {t.word!r}", t.type) for ts in lexicon.other_senses.values() for t in ts
    ]
    for section in ("capital_metonym_types", "place_target_types", "conditioned_types"):
        named += [(section, kind) for kind in getattr(lexicon, section)]
    named += [("target_preps", kind) for kind in lexicon.target_preps]
    for where, kind in named:
        if kind not in known:
            raise KnowledgeError(
                f"{where} names the event type {kind!r}, which is not a PLOVER type; use one "
                f"of {', '.join(sorted(known))}",
                source=str(path),
            )


@lru_cache(maxsize=4)
def load_triggers(path: Path = DEFAULT_PATH) -> TriggerLexicon:
    """Read the trigger lexicon, checking every PLOVER type against the ontology."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise KnowledgeError(f"cannot read the trigger lexicon: {err}", source=str(path)) from None
    verbs = {w: _trigger(w, "VERB", e, path) for w, e in data.get("verbs", {}).items()}
    all_nouns = {w: _trigger(w, "NOUN", e, path) for w, e in data.get("nouns", {}).items()}
    phrases = {w: _trigger(w, "PHRASE", e, path) for w, e in data.get("phrases", {}).items()}
    nouns = {w: t for w, t in all_nouns.items() if " " not in w and "-" not in w}
    multi = {_tokenised(w): t for w, t in all_nouns.items() if " " in w or "-" in w}
    multi.update({_plural(w): t for w, t in list(multi.items()) if _plural(w) not in multi})
    lexicon = TriggerLexicon(
        verbs=verbs,
        nouns=nouns,
        phrases=phrases,
        person_nouns=frozenset(data.get("person_nouns", [])),
        security_context=frozenset(w.lower() for w in data.get("security_context", [])),
        distinct_cues=frozenset(data.get("distinct_cues", [])),
        light_verbs=frozenset(data.get("light_verbs", [])),
        generic_actors={
            word: GenericActorEntry(kind=str(e["kind"]), name=e.get("name"))
            for word, e in data.get("generic_actors", {}).items()
        },
        multiword_nouns=multi,
        occurrence_verbs=frozenset(data.get("occurrence_verbs", [])),
        grievance_cues=frozenset(data.get("grievance_cues", [])),
        other_senses=_other_senses(data.get("other_senses") or {}, path),
        capital_metonym_types=frozenset(data.get("capital_metonym_types") or ()),
        demand_modals={
            w: _trigger(w, "MODAL", e, path) for w, e in (data.get("demand_modals") or {}).items()
        },
        willingness_cues=frozenset(data.get("willingness_cues") or ()),
        place_modifiers=frozenset(data.get("place_modifiers") or ()),
        place_target_types=frozenset(data.get("place_target_types") or ()),
        condition_words=frozenset(data.get("condition_words") or ()),
        fatal_results=tuple(tuple(str(w).lower().split()) for w in data.get("fatal_results") or ()),
        conditioned_types=frozenset(data.get("conditioned_types") or ()),
        crude_weapons=tuple(str(w).lower() for w in data.get("crude_weapons") or ()),
        symbolic_objects=frozenset(data.get("symbolic_objects") or ()),
        background_clause_cues=frozenset(data.get("background_clause_cues") or ()),
        background_cues=frozenset(data.get("background_cues") or ()),
        month_homographs=frozenset(data.get("month_homographs") or ()),
        spelling_variants={
            str(k).lower(): str(v).lower() for k, v in (data.get("spelling_variants") or {}).items()
        },
        glued_tails=frozenset(str(w).lower() for w in data.get("glued_tails") or ()),
        happening_preps=frozenset(str(w).lower() for w in data.get("happening_preps") or ()),
        plural_quantifiers=frozenset(str(w).lower() for w in data.get("plural_quantifiers") or ()),
        scene_verbs=frozenset(str(w).lower() for w in data.get("scene_verbs") or ()),
        casualty_verbs=frozenset(str(w).lower() for w in data.get("casualty_verbs") or ()),
        seized_goods=frozenset(str(w).lower() for w in data.get("seized_goods") or ()),
        gear_heads=frozenset(str(w).lower() for w in data.get("gear_heads") or ()),
        transitive_only=frozenset(str(w).lower() for w in data.get("transitive_only") or ()),
        target_preps={
            str(kind): tuple(words) for kind, words in (data.get("target_preps") or {}).items()
        },
    )
    _check_types(lexicon, path)
    return lexicon
