"""Whether a bare plural noun trigger reports events that took place.

"attacks on embassies" is a generic statement, but "two attacks", "staged protests",
"clashes erupted", "during protests", and a headline's "Traders protests at several
places" report events. The trigger finder keeps a bare plural only where one of these
readings holds (``bare_plural_happened``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from sitrep.events.function_words import AUXILIARIES, STOP_WORDS
from sitrep.events.lexicon import TriggerLexicon
from sitrep.events.trigger_hit import TriggerHit

#: modes of a bare plural assault that a preposition of time puts on a day: a fight between
#: sides ("during clashes"), not a kind of attack ("amid attacks on embassies")
HAPPENING_ASSAULT_MODES = frozenset({"sideAB"})


def _during(sentence: Span, hit: TriggerHit, lexicon: TriggerLexicon) -> bool:
    """ "During protests, activists jostled with the police", "injured during clashes": a
    preposition of time right before a bare plural protest or clash tells that they took
    place, at the time of what the sentence reports."""
    if hit.start == sentence.start:
        return False
    kind = hit.trigger
    if kind.type != "PROTEST" and not (
        kind.type == "ASSAULT" and kind.mode in HAPPENING_ASSAULT_MODES
    ):
        return False
    return sentence.doc[hit.start - 1].lower_ in lexicon.happening_preps


#: words after a plural protest word that show it is a headline's present-tense verb
#: ("Traders protests at several places", "CITU protests against the labour codes")
HEADLINE_VERB_FOLLOWERS = frozenset(
    {"against", "at", "outside", "in", "over", "near", "before", "on", "for", "since"}
    | {"the", "a", "an"}
)


def _headline_verb(sentence: Span, hit: TriggerHit, lexicon: TriggerLexicon) -> bool:
    """ "JSQM protests non-provision of food", "Traders protests at several places in Agra",
    "employees continue to protests": headlines and hurried notes put a protest in the present
    tense, so the plural is the verb of a named subject, not a general statement. Only for
    protest words that are verbs as well, after a named or counted subject or "to", and
    before what the verb takes (a preposition or an object), never before a verb of its own
    ("farmers' protests are common")."""
    doc = sentence.doc
    word = hit.trigger.word
    if hit.trigger.type != "PROTEST" or word not in lexicon.verbs or hit.start == sentence.start:
        return False
    prev = doc[hit.start - 1]
    named = prev.tag_ in {"NNP", "NNPS"} or (prev.text.isupper() and len(prev.text) > 1)
    subject = named or prev.lower_ in lexicon.person_nouns
    if not (subject or prev.lower_ == "to"):
        return False
    if hit.end >= sentence.end:
        return False
    nxt = doc[hit.end]
    return nxt.lower_ in HEADLINE_VERB_FOLLOWERS or (nxt.tag_ in {"NN", "NNS", "JJ"} and named)


def _counted(doc: Doc, i: int) -> bool:
    """ "two attacks", "three raids": a counted plural names events, not a habit."""
    return any(doc[j].like_num for j in range(i - 1, max(-1, i - 3), -1))


#: how many words before a bare plural its quantifier may stand ("a number of sporadic clashes")
QUANTIFIER_WINDOW = 4


def _quantified(sentence: Span, hit: TriggerHit, lexicon: TriggerLexicon) -> bool:
    """ "a number of sporadic clashes", "a series of raids", "a spate of attacks": a word that
    counts without a number tells occurrences, as "two attacks" does. Only across "of" and
    modifiers: "attacks on a number of posts" counts the posts."""
    doc = sentence.doc
    for j in range(hit.start - 1, max(sentence.start - 1, hit.start - QUANTIFIER_WINDOW - 1), -1):
        word = doc[j].lower_
        if word in lexicon.plural_quantifiers:
            return True
        if word != "of" and not (doc[j].is_alpha and doc[j].tag_ in {"JJ", "VBN", "VBG"}):
            return False
    return False


def _told_as_happening(sentence: Span, hit: TriggerHit, lexicon: TriggerLexicon) -> bool:
    """ "staged protests", "held sit-ins", "clashes erupted", "rallies were held": a bare plural
    that a verb puts on a day is events that took place, not a general statement."""
    from sitrep.annotate.lemmas import is_verb_of

    doc = sentence.doc
    for j in range(hit.start - 1, max(sentence.start - 1, hit.start - MODIFIER_WINDOW), -1):
        if (
            is_verb_of(doc[j], lexicon.light_verbs)
            or is_verb_of(doc[j], lexicon.scene_verbs)
            or _took_part(doc, j)
        ):
            return True
        if not (doc[j].is_alpha or doc[j].text == "-") or doc[j].lower_ in STOP_WORDS - {"and"}:
            break  # "staged pro-freedom and anti-India demonstrations": modifiers joined by "and"
    if hit.trigger.type == "PROTEST" and _verbless_heading(sentence, hit):
        return True
    start = _past_joined_noun(sentence, hit.end)
    for j in range(start, min(sentence.end, start + 3)):
        if is_verb_of(doc[j], lexicon.occurrence_verbs):
            return True
        if doc[j].lower_ not in OCCURRENCE_FILLERS:
            break
    return _occurs_after_phrase(sentence, hit, lexicon)


#: how many words a noun joined to a bare plural by "and" may take ("and subsequent firing")
JOINED_NOUN_WINDOW = 3


def _past_joined_noun(sentence: Span, end: int) -> int:
    """Where the verb of a bare plural may stand past a noun joined to it: "Group clashes and
    subsequent firing were reported" puts the clashes on a day as "clashes were reported"
    does. Only a short run of modifiers ending in a noun: "clashes and the police were"
    ends at "police" too, and the verb still has to be one of occurrence."""
    doc = sentence.doc
    if end >= sentence.end or doc[end].lower_ != "and":
        return end
    j = end + 1
    while j < min(sentence.end, end + 1 + JOINED_NOUN_WINDOW):
        if doc[j].tag_ in {"NN", "NNS"}:
            return j + 1
        if doc[j].tag_ not in {"JJ", "VBG"}:
            break
        j += 1
    return end


#: how far before a bare plural its light verb may stand, past modifiers ("staged forceful
#: pro-freedom and anti-India demonstrations")
MODIFIER_WINDOW = 10


#: words that end "took part in" and "participated in" before the protest they join
JOINING_PHRASES = frozenset(
    {("part", "in"), ("participated", "in"), ("joined", "in"), ("day", "of"), ("days", "of")}
)


def _took_part(doc: Doc, j: int) -> bool:
    """ "thousands took part in peace rallies", "a second day of protests": people joined the
    protests, or they went on for days, so they were held."""
    pair = (doc[j - 1].lower_, doc[j].lower_) if j > 0 else ("", "")
    return pair in JOINING_PHRASES


def _verbless_heading(sentence: Span, hit: TriggerHit) -> bool:
    """ "Protests by cadres of TD and Congress across three districts": a sentence that opens
    with the plural and has no finite verb is a heading or note that reports the protests."""
    doc = sentence.doc
    if hit.start != sentence.start or not doc[hit.start].tag_:
        return False  # untagged, a verb cannot be told from a noun
    return not any(
        t.lower_ in AUXILIARIES - {"to"}  # "protests are common in the capital"
        or (t.tag_ in FINITE_TAGS and doc[t.i - 1].tag_ not in {"IN", "DT"})  # "on varied issues"
        for t in sentence
        if t.i >= hit.end
    )


def _occurs_after_phrase(sentence: Span, hit: TriggerHit, lexicon: TriggerLexicon) -> bool:
    """ "Demonstrations against the new constitution were held", "clashes between the army
    and the KIA left 12 dead": a prepositional phrase may stand between the plural and the
    verb that puts it on a day. The first finite verb after the phrase is the plural's own
    (no parser: the tags tell it), so only that verb, past its auxiliaries, is read."""
    from sitrep.annotate.lemmas import is_verb_of

    doc = sentence.doc
    if hit.end >= sentence.end or doc[hit.end].tag_ not in PHRASE_OPENERS:
        return False
    end = min(sentence.end, hit.end + PHRASE_WINDOW)
    for j in range(hit.end + 1, end):
        if doc[j].text in {",", ";", ":"} or doc[j].lower_ in {"who", "which", "that"}:
            return False
        if doc[j].tag_ not in FINITE_TAGS:
            continue
        k = j
        while k < end and doc[k].lower_ in OCCURRENCE_FILLERS:
            k += 1  # "were held", "have also continued"
        return k < sentence.end and is_verb_of(doc[k], lexicon.occurrence_verbs)
    return False


#: auxiliaries and adverbs between a plural trigger and the verb that says it took place
#: ("were held", "have been reported")
OCCURRENCE_FILLERS = frozenset(
    {"were", "was", "have", "had", "has", "been", "also", "again", "out"}
)


#: tags of the word that opens a phrase after the plural: a preposition ("demonstrations against
#: the law were held") or a participle ("riots surrounding the student elections occurred")
PHRASE_OPENERS = frozenset({"IN", "VBG", "VBN"})


#: tags of a finite verb: the main verb of the clause a plural trigger is the subject of
FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ", "MD"})


#: how many tokens after a plural trigger its verb may stand, past a prepositional phrase
PHRASE_WINDOW = 14


#: how many words before "in" the casualty verb of "died in attacks" may stand ("were
#: seriously wounded in attacks")
CASUALTY_WINDOW = 4
#: how many modifiers may stand between "in" and the plural ("in recent terrorist attacks")
CASUALTY_MODIFIERS = 3
#: prepositions that put harmed people in the attacks ("died in attacks", "hurt during raids")
CASUALTY_PREPS = frozenset({"in", "during"})


def _casualties_in(sentence: Span, hit: TriggerHit, lexicon: TriggerLexicon) -> bool:
    """ "35 people died in attacks by guerrillas", "were wounded in bombings": people harmed
    in them tell that the attacks took place, as a count does; "attacks on embassies are
    rising" harms no one."""
    if hit.trigger.type != "ASSAULT":
        return False
    from sitrep.annotate.lemmas import is_verb_of

    doc = sentence.doc
    j = hit.start - 1
    while j > sentence.start and hit.start - j <= CASUALTY_MODIFIERS:
        if doc[j].lower_ in CASUALTY_PREPS:
            break
        if not (doc[j].is_alpha and doc[j].tag_ in {"JJ", "NN", "VBN"}):
            return False  # "blamed on attacks": the plural is not what people were harmed in
        j -= 1
    if doc[j].lower_ not in CASUALTY_PREPS:
        return False
    return any(
        is_verb_of(doc[k], lexicon.casualty_verbs)
        for k in range(j - 1, max(sentence.start - 1, j - CASUALTY_WINDOW - 1), -1)
    )


def bare_plural_happened(sentence: Span, hit: TriggerHit, lexicon: TriggerLexicon) -> bool:
    """Whether a bare plural is counted, put on a day by a verb or a preposition of time, a
    headline's present-tense verb, or harmed people: events that took place, not a general
    statement."""
    return (
        _counted(sentence.doc, hit.start)
        or _quantified(sentence, hit, lexicon)
        or _told_as_happening(sentence, hit, lexicon)
        or _headline_verb(sentence, hit, lexicon)
        or _during(sentence, hit, lexicon)
        or _casualties_in(sentence, hit, lexicon)
    )
