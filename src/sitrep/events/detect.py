"""Finding event triggers in a sentence: verbs, nouns and phrases from the lexicon.

A trigger is kept only where it reads as an event: "operation" needs a
security context ("a military operation", "IEA Special Forces … operation"),
a word inside a title is not an event ("operations chief"), and a bare plural
("attacks on embassies") is a generic statement unless it is definite and
placed ("the recent attacks in Peshawar and Karachi").

The readings of single words (misspellings, glued words, noun or verb) are
``trigger_forms``'; whether a bare plural reports events is ``plural_readings``';
a found trigger's rereading from its sentence (two-sided fights, abductions) is
``hit_rereadings``'; demands told with a modal are ``reported_demands``'.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitrep.annotate.lemmas import lemma_in
from sitrep.events.function_words import DEFINITE, LINKING_WORDS, STOP_WORDS
from sitrep.events.hit_rereadings import (
    harm_in_fights,
    taken_by_attackers,
    two_sided,
    voiced_as_verb,
)
from sitrep.events.lexicon import Trigger, TriggerLexicon
from sitrep.events.modality import named_as_charge, told_as_aim, told_as_habit
from sitrep.events.plural_readings import bare_plural_happened
from sitrep.events.reported_demands import reported_demands
from sitrep.events.token_view import token_view
from sitrep.events.trigger_forms import (
    after_article,
    names_a_month,
    noun_lemma,
    reads_as_noun,
    reads_as_verb,
    repaired_form,
)
from sitrep.events.trigger_hit import TriggerHit
from sitrep.knowledge.cues import load_cues

TITLE_HEADS = {
    "chief",
    "head",
    "commander",
    "leader",
    "director",
    "minister",
    "officer",
    "spokesman",
    "spokesperson",
    "secretary",
    "wing",
    "unit",
    "department",
    "division",
    "cell",
    "centre",
    "center",
    "command",
    "team",
    "room",
    "forces",
}


def find_triggers(sentence: Span, lexicon: TriggerLexicon, armed_actor: bool) -> list[TriggerHit]:
    """Every trigger in the sentence that reads as an event."""
    doc = sentence.doc
    view = token_view(doc)
    words = set(view.lower[sentence.start : sentence.end]) | set(
        view.text[sentence.start : sentence.end]
    )
    hits: list[TriggerHit] = []
    taken: set[int] = set()
    # phrases are matched over the words only: a doubled space ("took out  a rally") is a
    # token of its own that must not break them
    # and a misspelt word in them ("laid seige to the office") still counts as the word
    positions = [i for i in range(sentence.start, sentence.end) if not view.space[i]]
    spoken = [view.lower[i] for i in positions]
    respelt = [lexicon.spelling_variants.get(w, w) for w in spoken]
    texts = (" ".join(spoken), " ".join(respelt))
    for phrase, entry in _phrases_starting(lexicon, set(spoken) | set(respelt)):
        if phrase not in texts[0] and phrase not in texts[1]:
            continue
        if not _context_ok(entry, words, armed_actor, lexicon):
            continue  # "laid siege" is a crowd's protest only beside a crowd's words
        parts = phrase.split()
        for i in range(len(spoken) - len(parts) + 1):
            start, end = positions[i], positions[i + len(parts) - 1] + 1
            found = spoken[i : i + len(parts)] == parts or respelt[i : i + len(parts)] == parts
            if found:
                definite = phrase.startswith("the ")
                hits.append(
                    TriggerHit(start, end, voiced_as_verb(doc, start, entry), definite=definite)
                )
                taken.update(range(start, end))
    for i in range(sentence.start, sentence.end):
        if i in taken or not view.alpha[i]:
            continue
        lower = view.lower[i]
        form, noun, verb = _word_reading(lower, lexicon)
        repaired = form != lower
        if noun is None and verb is None:
            continue  # no trigger word: skip before building the spaCy token
        token = doc[i]
        if noun is None and verb in lexicon.nouns and after_article(token):
            noun = verb  # "staged a protested against …": the noun, mistyped as the verb
        trigger: Trigger | None = None
        plural = False
        if noun is not None and (repaired or reads_as_noun(token)):
            trigger, plural = lexicon.nouns[noun], noun != form
        elif verb is not None and (reads_as_verb(token) or (repaired and not after_article(token))):
            trigger = lexicon.verbs[verb]
        if trigger is None or names_a_month(token, lexicon):
            continue
        if (
            trigger.pos == "NOUN"
            and trigger.type == "PROTEST"
            and i + 1 < sentence.end
            and view.lower[i + 1] in lexicon.gear_heads
        ):
            continue  # "riot police", "riot gear": a force and its kit, no riot
        if trigger.pos == "VERB" and trigger.word in lexicon.transitive_only:
            if not _object_or_passive(doc, i, sentence.end):
                continue  # "the protesters dispersed after talks": they went home
        if not _context_ok(trigger, words, armed_actor, lexicon):
            senses = lexicon.other_senses.get((trigger.pos, trigger.word), ())
            trigger = next(
                (t for t in senses if _context_ok(t, words, armed_actor, lexicon)),
                None,
            )  # "teachers continued their strike": the other sense of "strike"; "expelled
            # the migrants": the sense of "expel" that needs no context words
            if trigger is None:
                continue
        if _inside_title(token):
            continue
        definite = token.i > 0 and _determiner_before(token)
        hits.append(TriggerHit(token.i, token.i + 1, trigger, plural=plural, definite=definite))
    hits.extend(reported_demands(sentence, lexicon))
    hits.sort(key=lambda h: h.start)
    present = {h.trigger.type for h in hits}
    hits = [h for h in hits if not set(h.trigger.absorbed_by) & (present - {h.trigger.type})]
    rejected = [h for h in hits if h.trigger.subject_is_target and h.trigger.pos == "PHRASE"]
    if rejected:  # "talks with X were no longer an option": the talks are what is rejected
        hits = [h for h in hits if not (h.trigger.pos == "NOUN" and h.start < rejected[0].start)]
    if any(h.trigger.type == "PROTEST" for h in hits):
        hits = [h for h in hits if not _grievance(sentence, h, lexicon)]
    if any(not h.trigger.vague for h in hits):
        hits = [h for h in hits if not h.trigger.vague or _same_type_specific(h, hits)]
    hits = harm_in_fights(sentence, hits)
    hits = [taken_by_attackers(sentence, h, lexicon) for h in hits]
    cues = load_cues()
    hits = [
        h
        for h in hits
        if not told_as_habit(sentence, h.start, cues, h.trigger.type)
        and not told_as_aim(sentence, h.start, cues)
        and not (h.trigger.pos == "NOUN" and named_as_charge(sentence, h.start, h.end, cues))
    ]
    return [
        two_sided(h, sentence)
        for h in hits
        if not (h.plural and not h.definite and h.trigger.pos == "NOUN")
        or bare_plural_happened(sentence, h, lexicon)
    ]


#: phrase entries by first word, in table order
PhraseIndex = dict[str, list[tuple[int, str, Trigger]]]
#: the lexicon whose phrase table was last indexed, and that index: one lexicon serves a
#: whole run, and merging and scanning all its phrases for every sentence cost a fifth of
#: trigger finding
_indexed: tuple[TriggerLexicon, PhraseIndex] | None = None


def _phrases_starting(lexicon: TriggerLexicon, words: set[str]) -> list[tuple[str, Trigger]]:
    """The lexicon's phrases and multi-word nouns (a noun wins a shared key) whose first word
    is one of the sentence's ``words``, in the table's order: only these can match its words
    (the order keeps the hits of one start position in the order they always had)."""
    index = _phrase_index(lexicon)
    found = sorted(entry for word in words & index.keys() for entry in index[word])
    return [(phrase, trigger) for _, phrase, trigger in found]


def _phrase_index(lexicon: TriggerLexicon) -> PhraseIndex:
    """The phrase index of this lexicon, built on its first use."""
    global _indexed
    indexed = _indexed  # read once: another thread may replace it meanwhile
    if indexed is not None and indexed[0] is lexicon:
        return indexed[1]
    index: PhraseIndex = {}
    table = {**lexicon.phrases, **lexicon.multiword_nouns}
    for order, (phrase, trigger) in enumerate(table.items()):
        index.setdefault(phrase.split()[0] if phrase.split() else "", []).append(
            (order, phrase, trigger)
        )
    _indexed = (lexicon, index)
    return index


#: the lexicon whose word readings were last remembered, and those readings by word
_readings_seen: tuple[TriggerLexicon, dict[str, tuple[str, str | None, str | None]]] | None = None
#: the most words remembered before the memory starts afresh
_READING_MEMORY = 100_000


def _word_reading(lower: str, lexicon: TriggerLexicon) -> tuple[str, str | None, str | None]:
    """The trigger form a lower-case word stands for (``repaired_form``), and the noun and
    verb trigger lemmas of that form, or None: remembered per word, as the same words come
    back in every sentence."""
    global _readings_seen
    seen = _readings_seen  # read once: another thread may replace it meanwhile
    if seen is None or seen[0] is not lexicon or len(seen[1]) > _READING_MEMORY:
        seen = _readings_seen = (lexicon, {})
    reading = seen[1].get(lower)
    if reading is None:
        form = repaired_form(lower, lexicon)
        reading = seen[1][lower] = (form, noun_lemma(form, lexicon), lemma_in(form, lexicon.verbs))
    return reading


#: tags of a word that opens a verb's object ("dispersed the crowd", "dispersed them")
_OBJECT_OPENERS = frozenset({"DT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS", "JJ", "CD"})
#: forms of "be" before a passive participle ("were dispersed")
_PASSIVE_BE = frozenset({"was", "were", "been", "being", "be", "is", "are", "got"})


def _object_or_passive(doc: Doc, i: int, end: int) -> bool:
    """Whether the verb at ``i`` takes an object after it or is passive."""
    if i > 0 and doc[i - 1].lower_ in _PASSIVE_BE:
        return True
    return i + 1 < end and doc[i + 1].tag_ in _OBJECT_OPENERS


def _context_ok(
    trigger: Trigger, words: set[str], armed_actor: bool, lexicon: TriggerLexicon
) -> bool:
    if trigger.needs_context is False:
        return True
    if isinstance(trigger.needs_context, tuple):
        return bool(words & set(trigger.needs_context))
    return armed_actor or bool(words & lexicon.security_context - {trigger.word})


def _inside_title(token: object) -> bool:
    """ "operations chief", "intelligence and operations chief": a title, not an event."""
    doc = token.doc  # type: ignore[attr-defined]
    i = token.i  # type: ignore[attr-defined]
    return i + 1 < len(doc) and doc[i + 1].lower_ in TITLE_HEADS


def _determiner_before(token: object) -> bool:
    """A definite determiner before the trigger, across modifiers only ("the recent terrorist")."""
    doc = token.doc  # type: ignore[attr-defined]
    for j in range(token.i - 1, max(-1, token.i - 6), -1):  # type: ignore[attr-defined]
        word = doc[j].lower_
        if word in DEFINITE or doc[j].text in {"’s", "'s"}:
            return True
        if word in STOP_WORDS or (
            word.endswith("ed") and word not in {"armed", "suspected", "coordinated"}
        ):
            return False
        if not (doc[j].is_alpha or word == "-"):
            return False
    return False


def _grievance(sentence: Span, hit: TriggerHit, lexicon: TriggerLexicon) -> bool:
    """ "protested against the extra-judicial killing of …": what the protest is about."""
    if hit.trigger.type == "PROTEST" or hit.trigger.pos != "NOUN":
        return False
    doc = sentence.doc
    window = doc[max(sentence.start, hit.start - 5) : hit.start]
    return any(t.lower_ in lexicon.grievance_cues for t in window)


def _same_type_specific(hit: TriggerHit, hits: list[TriggerHit]) -> bool:
    """A vague trigger stays only beside a specific one of its own type (they merge)."""
    return all(h.trigger.type == hit.trigger.type for h in hits if not h.trigger.vague)


#: the names other event stages import from here
__all__ = ["LINKING_WORDS", "TriggerHit", "find_triggers"]
