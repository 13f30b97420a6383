"""Whether common nouns name an armed actor, and whether the word after one makes it a modifier.

Word knowledge about unnamed actors that the actor readers share: singulars of the lexicon's
plural armed actors ("a rebel"), army units and fighters in lower-case copy ("the 4th brigade"),
and the shapes that turn an actor noun into an adjective ("a military operation", "rebel-held")
or into the post a force holds ("an army base").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from sitrep.events.lexicon import GenericActorEntry, TriggerLexicon

NOUN_AFTER_MODIFIER = {
    "operation",
    "operations",
    "station",
    "stations",
    "chief",
    "commander",
    "spokesman",
    "official",
    "officials",
    "post",
    "posts",
    "base",
    "bases",
    "convoy",
    "vehicle",
    "vehicles",
    "headquarters",
    "checkpoint",
    "forces",
    "officer",
    "officers",
    "camp",
    "academy",
    "court",
    "unit",
    "patrol",
    "source",
    "sources",
    "leadership",
    "personnel",
    "government",
    "rule",
}


#: the actor kind, and the name ACLED gives an unnamed one, of the inter codes an armed noun
#: may tell: state forces become the state organ of the event's country (see GenericActor)
ARMED_NOUN_KINDS = {1: ("military", None), 2: ("armed_group", "Unidentified Armed Group")}
ARMED_NOUN_CLASSES = frozenset({"force", "perpetrator"})
#: generic actor kinds of a state's forces, whose posts and bases stand for them
STATE_FORCE_KINDS = frozenset({"military", "police"})
#: generic actor kinds that are an organised armed side in a fight ("an unidentified man" is
#: no side, though "unidentified men" who attack are)
ARMED_GENERIC_KINDS = frozenset({"military", "police", "armed_group"})


def armed_singulars(lexicon: TriggerLexicon) -> dict[str, GenericActorEntry]:
    """The singular of each armed or state generic actor the lexicon lists in the plural ("an
    army post" as "posts", "a rebel" as "rebels"). Only armed kinds: a lone "activist" or
    "student" says less about a side than the plural, and stays unread. Only singulars the
    participant word list knows as nouns: "forces" is a side, "force" ("use of force") is not.
    """
    from sitrep.events.participant_lexicon import load_participant_lexicon, singulars

    known = load_participant_lexicon().classes
    found: dict[str, GenericActorEntry] = {}
    for phrase, entry in lexicon.generic_actors.items():
        if entry.kind not in ARMED_GENERIC_KINDS:
            continue
        *before, last = phrase.split()
        for one in singulars(last)[1:]:
            if (*before, one) in known:
                found.setdefault(" ".join((*before, one)), entry)
    return found


@lru_cache(maxsize=512)
def armed_noun_entry(phrase: str) -> GenericActorEntry | None:
    """An unnamed armed actor a lower-case noun names that the generic actor list lacks: an
    army unit ("the 4th brigade", "the atlacatl battalion") or fighters ("guerrillas").

    Wire copy of the 1980s-90s and many translations name the sides of a fight this way; left
    unread, an attack on a brigade reads as violence against civilians and a clash with
    guerrillas as a riot. The noun must be a force or attacker noun of the participant word
    list AND tell an armed inter code by the ontology's name phrases, so that "killers" or
    "kidnappers" (no organised side) stay unread.
    """
    from sitrep.events.participant_lexicon import load_participant_lexicon, singulars
    from sitrep.knowledge.ontology import load_ontology

    words = phrase.split()
    if not words:  # a whitespace token
        return None
    *before, last = words
    lexicon = load_participant_lexicon()
    if not any(
        lexicon.classes.get((*before, one)) in ARMED_NOUN_CLASSES for one in singulars(last)
    ):
        return None
    code = load_ontology().actor_inter(None, phrase)
    if code not in ARMED_NOUN_KINDS:
        return None
    kind, name = ARMED_NOUN_KINDS[code]
    return GenericActorEntry(kind=kind, name=name)


def held_by_force(doc: Doc, at: int) -> bool:
    """Whether the noun at ``at`` is a post, base, station or vehicle a force holds: a physical
    target of the participant word list that news writes after the force's name."""
    from sitrep.events.participant_lexicon import load_participant_lexicon, singulars

    word = doc[at].lower_
    classes = load_participant_lexicon().classes
    return word in NOUN_AFTER_MODIFIER and any(
        classes.get((one,)) == "target" for one in singulars(word)
    )


def hyphenated(doc: Doc, after: int) -> bool:
    """Whether the word before ``after`` is the first half of a hyphenated compound."""
    return after < len(doc) and doc[after].text in {"-", "–"}


def modifies_noun(doc: Doc, after: int) -> bool:
    """ "a military operation", "police station": the word is an adjective, not an actor."""
    if after >= len(doc):
        return False
    nxt = doc[after]
    if nxt.tag_:
        return nxt.tag_.startswith("NN") and nxt.text.islower()
    return nxt.lower_ in NOUN_AFTER_MODIFIER
