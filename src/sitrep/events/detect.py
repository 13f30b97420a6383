"""Finding event triggers in a sentence: verbs, nouns and phrases from the lexicon.

A trigger is kept only where it reads as an event: "operation" needs a
security context ("a military operation", "IEA Special Forces … operation"),
a word inside a title is not an event ("operations chief"), and a bare plural
("attacks on embassies") is a generic statement unless it is definite and
placed ("the recent attacks in Peshawar and Karachi").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from sitrep.annotate.lemmas import lemma_in
from sitrep.events.clauses import is_passive
from sitrep.events.lexicon import Trigger, TriggerLexicon
from sitrep.events.modality import named_as_charge, told_as_aim, told_as_habit
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
DETERMINERS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
}
AUXILIARIES = {
    "was",
    "were",
    "been",
    "be",
    "is",
    "are",
    "being",
    "has",
    "have",
    "had",
    "got",
    "get",
    "gets",
    "will",
    "would",
    "to",
    "did",
    "do",
    "does",
}


@dataclass
class TriggerHit:
    start: int
    end: int
    trigger: Trigger
    plural: bool = False
    definite: bool = False

    @property
    def head(self) -> int:
        return self.end - 1


#: event types done to someone, whose phrases in the passive have their patient as subject
HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
#: modes of taking people that are an abduction when attackers, not a state, take them
TAKING_MODES = frozenset({"arrest", "seize"})
ABDUCTION_MODE = "abduct"
#: classes of participants.yaml: attackers that abduct; things that are seized, not people
ATTACKER_CLASS = "perpetrator"
THING_CLASSES = frozenset({"target", "weapon"})
AGENT_BREAKS = frozenset({",", ";", ".", "in", "on", "at", "near", "and", "who", "after", "while"})


def _taken_by_attackers(sentence: Span, hit: TriggerHit, lexicon: TriggerLexicon) -> TriggerHit:
    """ "was seized by armed men", "were captured by guerrillas": people taken by attackers
    are kidnapped (COERCE abduct), while "captured by troops" stays an arrest. The agent's
    class and the patient's come from the participant word list."""
    from sitrep.events.participants import load_participant_lexicon

    doc = sentence.doc
    trigger = hit.trigger
    if (
        trigger.type != "COERCE"
        or trigger.mode not in TAKING_MODES
        or trigger.pos != "VERB"
        or not is_passive(doc, hit.start)
        or hit.end >= sentence.end
        or doc[hit.end].lower_ != "by"
    ):
        return hit
    agent_end = next(
        (i for i in range(hit.end + 1, sentence.end) if doc[i].lower_ in AGENT_BREAKS),
        sentence.end,
    )
    participants = load_participant_lexicon()
    agent = [t.lower_ for t in doc[hit.end + 1 : min(agent_end, hit.end + 6)]]
    if participants.class_of(agent) != ATTACKER_CLASS:
        return hit
    subject_end = hit.start
    while subject_end > sentence.start and doc[subject_end - 1].lower_ in AUXILIARIES:
        subject_end -= 1
    subject = [t.lower_ for t in doc[max(sentence.start, subject_end - 4) : subject_end]]
    if participants.class_of(subject) in THING_CLASSES:
        return hit  # "the arms cache was seized by rebels": a thing, not a hostage
    abduction = next(
        (t for t in lexicon.verbs.values() if t.type == "COERCE" and t.mode == ABDUCTION_MODE),
        None,
    )
    return hit if abduction is None else replace(hit, trigger=abduction)


def _voiced(doc: Doc, start: int, entry: Trigger) -> Trigger:
    """ "were taken hostage", "was set on fire": a phrase in the passive reads as its verb
    does, its subject the one who underwent it and its "by" the one who did it."""
    if entry.pos != "PHRASE" or entry.type not in HARM_TYPES or not is_passive(doc, start):
        return entry  # "peacekeepers were shipped out": a mover, who still moves
    return replace(entry, pos="VERB")


def find_triggers(sentence: Span, lexicon: TriggerLexicon, armed_actor: bool) -> list[TriggerHit]:
    """Every trigger in the sentence that reads as an event."""
    doc = sentence.doc
    lowered = [t.lower_ for t in sentence]
    words = set(lowered) | {t.text for t in sentence}
    hits: list[TriggerHit] = []
    taken: set[int] = set()
    # phrases are matched over the words only: a doubled space ("took out  a rally") is a
    # token of its own that must not break them
    # and a misspelt word in them ("laid seige to the office") still counts as the word
    positions = [t.i for t in sentence if not t.is_space]
    spoken = [doc[i].lower_ for i in positions]
    respelt = [lexicon.spelling_variants.get(w, w) for w in spoken]
    texts = (" ".join(spoken), " ".join(respelt))
    for phrase, entry in {**lexicon.phrases, **lexicon.multiword_nouns}.items():
        if not any(phrase in t for t in texts):
            continue
        if not _context_ok(entry, words, armed_actor, lexicon):
            continue  # "laid siege" is a crowd's protest only beside a crowd's words
        parts = phrase.split()
        for i in range(len(spoken) - len(parts) + 1):
            start, end = positions[i], positions[i + len(parts) - 1] + 1
            found = spoken[i : i + len(parts)] == parts or respelt[i : i + len(parts)] == parts
            if found:
                definite = phrase.startswith("the ")
                hits.append(TriggerHit(start, end, _voiced(doc, start, entry), definite=definite))
                taken.update(range(start, end))
    for token in sentence:
        if token.i in taken or not token.is_alpha:
            continue
        form = _repaired_form(token.lower_, lexicon)
        repaired = form != token.lower_
        noun = _noun_lemma(form, lexicon)
        verb = lemma_in(form, lexicon.verbs)
        if noun is None and verb in lexicon.nouns and _after_article(token):
            noun = verb  # "staged a protested against …": the noun, mistyped as the verb
        trigger: Trigger | None = None
        plural = False
        if noun is not None and (repaired or _reads_as_noun(token)):
            trigger, plural = lexicon.nouns[noun], noun != form
        elif verb is not None and (
            _reads_as_verb(token) or (repaired and not _after_article(token))
        ):
            trigger = lexicon.verbs[verb]
        if trigger is None or _month_name(token, lexicon):
            continue
        if not _context_ok(trigger, words, armed_actor, lexicon):
            senses = lexicon.other_senses.get((trigger.pos, trigger.word), ())
            trigger = next(
                (
                    t
                    for t in senses
                    if t.needs_context and _context_ok(t, words, armed_actor, lexicon)
                ),
                None,
            )  # "teachers continued their strike": the other sense of "strike"
            if trigger is None:
                continue
        if _inside_title(token):
            continue
        definite = token.i > 0 and _determiner_before(token)
        hits.append(TriggerHit(token.i, token.i + 1, trigger, plural=plural, definite=definite))
    hits.extend(_reported_demands(sentence, lexicon))
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
    hits = _harm_in_fights(sentence, hits)
    hits = [_taken_by_attackers(sentence, h, lexicon) for h in hits]
    cues = load_cues()
    hits = [
        h
        for h in hits
        if not told_as_habit(sentence, h.start, cues, h.trigger.type)
        and not told_as_aim(sentence, h.start, cues)
        and not (h.trigger.pos == "NOUN" and named_as_charge(sentence, h.start, h.end, cues))
    ]
    return [
        _two_sided(h, sentence)
        for h in hits
        if not (h.plural and not h.definite and h.trigger.pos == "NOUN")
        or _counted(doc, h.start)
        or _told_as_happening(sentence, h, lexicon)
        or _headline_verb(sentence, h, lexicon)
        or _during(sentence, h, lexicon)
    ]


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


def _after_article(token: object) -> bool:
    """An indefinite article right before the word ("a protested"): a noun's place."""
    return token.i > 0 and token.nbor(-1).lower_ in {"a", "an"}  # type: ignore[attr-defined]


#: shortest trigger that a lost space may glue to the next word ("proteston" -> protest)
GLUED_HEAD_MIN = 5


def _repaired_form(form: str, lexicon: TriggerLexicon) -> str:
    """The trigger form a mistyped word stands for: a listed misspelling ("portest"), or a
    trigger glued to a short word by a lost space ("proteston Saturday", "demonstrationin
    Patna", "protestdemonstration"). Any other word is returned as it is."""
    if form in lexicon.spelling_variants:
        return lexicon.spelling_variants[form]
    if _noun_lemma(form, lexicon) is not None or lemma_in(form, lexicon.verbs) is not None:
        return form
    for cut in range(GLUED_HEAD_MIN, len(form)):
        head, tail = form[:cut], form[cut:]
        if tail not in lexicon.glued_tails:
            continue
        if _noun_lemma(head, lexicon) is not None or lemma_in(head, lexicon.verbs) is not None:
            return head
    return form


#: prepositions that put a harm in a fight ("hurt in clashes", "injured during the fighting")
FIGHT_PREPS = frozenset({"in", "during", "amid", "amidst"})
#: how many words may stand between the preposition and the fight ("in the ensuing clashes")
FIGHT_WINDOW = 4


def _harm_in_fights(sentence: Span, hits: list[TriggerHit]) -> list[TriggerHit]:
    """ "40 people were hurt in clashes between protesters and the police", "a commander was
    gunned down in an exchange of fire with police": the harm verb counts the toll of the
    two-sided fight it is told in, so it takes the fight's mode (sideAB) instead of reading
    as one side's attack on the people hurt."""
    fights = {h.start for h in hits if h.trigger.type == "ASSAULT" and h.trigger.mode == "sideAB"}
    if not fights:
        return hits
    doc = sentence.doc
    out: list[TriggerHit] = []
    for hit in hits:
        trigger = hit.trigger
        if trigger.type == "ASSAULT" and trigger.pos == "VERB" and trigger.mode in TWO_SIDED_MODES:
            if _fight_follows(doc, hit.end, min(sentence.end, hit.end + HARM_REACH), fights):
                hit = replace(hit, trigger=replace(trigger, mode="sideAB"))
        out.append(hit)
    return out


#: how far after the harm verb its preposition may stand, past a time ("hurt on Monday in")
HARM_REACH = 6


def _fight_follows(doc: Doc, start: int, end: int, fights: set[int]) -> bool:
    """A fight preposition between ``start`` and ``end``, in the verb's own clause, with a
    fight right after it ("hurt on Monday in the clashes")."""
    for j in range(start, end):
        if doc[j].text in {",", ";", ":"} or doc[j].tag_.startswith("VB"):
            return False
        if doc[j].lower_ in FIGHT_PREPS:
            return any(k in fights for k in range(j + 1, j + 1 + FIGHT_WINDOW))
    return False


#: modes of an assault noun that "between A and B" turns into a two-sided fight; a weapon
#: mode (explosives, artillery) stays, since the weapon decides the ACLED category first
TWO_SIDED_MODES = frozenset({None, "firearms"})
#: how far after "between" the "and" joining the two sides may stand
BETWEEN_WINDOW = 10


def _two_sided(hit: TriggerHit, sentence: Span) -> TriggerHit:
    """ "Firing between the troops of India and Pakistan", "fighting between the TNLA and
    the SSA": an assault noun whose "between" phrase names two parties tells of two sides
    fighting each other (PLOVER mode sideAB), whoever is hit in it, not of one side
    attacking the other. ACLED codes such an exchange as a battle (or, between crowds, a
    riot), never as violence against the civilians caught in the crossfire."""
    trigger = hit.trigger
    if (
        trigger.type != "ASSAULT"
        or trigger.pos not in {"NOUN", "PHRASE"}
        or trigger.mode not in TWO_SIDED_MODES
        or hit.end >= sentence.end
        or sentence.doc[hit.end].lower_ != "between"
    ):
        return hit
    end = min(sentence.end, hit.end + 1 + BETWEEN_WINDOW)
    if not any(sentence.doc[j].lower_ in {"and", "&"} for j in range(hit.end + 1, end)):
        return hit
    return replace(hit, trigger=replace(trigger, mode="sideAB"))


def _month_name(token: object, lexicon: TriggerLexicon) -> bool:
    """ "in March", "since March 17", "March 3": the month, told by the word before or the day
    after it; "the Queer Azadi March demanding equality" is a protest march."""
    if token.text not in lexicon.month_homographs:  # type: ignore[attr-defined]
        return False
    doc, i = token.doc, token.i  # type: ignore[attr-defined]
    if i + 1 < len(doc) and doc[i + 1].like_num:
        return True
    return i > 0 and doc[i - 1].lower_ in MONTH_PRECEDERS


#: words before a month's name ("in March", "since March", "last March", "mid-March")
MONTH_PRECEDERS = frozenset(
    {"in", "on", "since", "by", "until", "till", "from", "of", "last", "next", "early", "late"}
    | {"mid", "this", "during", "before", "after", "-", "end", "through", "to", "and"}
)


def _noun_lemma(form: str, lexicon: TriggerLexicon) -> str | None:
    """The noun trigger this form is (singular or plural): "raids" -> raid; "raided" is a verb."""
    if form in lexicon.nouns:
        return form
    for cut in (1, 2):
        if form.endswith("s") and form[:-cut] in lexicon.nouns:
            return form[:-cut]
    if form.endswith("ies") and form[:-3] + "y" in lexicon.nouns:
        return form[:-3] + "y"  # "rallies", "sorties"
    return None


def _reads_as_noun(token: object) -> bool:
    """A noun by its tag, or by the word before it when the tagger says otherwise or is absent."""
    tag = getattr(token, "tag_", "")
    if tag.startswith("NN"):
        return True
    prev = token.nbor(-1).lower_ if token.i > 0 else ""  # type: ignore[attr-defined]
    return prev not in AUXILIARIES or prev in {"the", "a", "an"}


def _reads_as_verb(token: object) -> bool:
    """A verb by its tag, or by its form and the word before it (a tagger errs on news names)."""
    tag = getattr(token, "tag_", "")
    if token.i > 1 and token.nbor(-1).text == "-":  # type: ignore[attr-defined]
        return False  # "its long-threatened invasion", "Syrian-backed militia": an adjective
    if token.i > 0 and token.nbor(-1).lower_ in DETERMINERS:  # type: ignore[attr-defined]
        return False  # "the banned TTP": an adjective, whatever the tagger says
    if tag.startswith("VB") or (tag == "JJ" and token.lower_.endswith("ed")):  # type: ignore[attr-defined]
        return True
    if not token.text.islower():  # type: ignore[attr-defined]
        return False
    form = token.lower_  # type: ignore[attr-defined]
    if token.i > 0 and token.nbor(-1).lower_ in DETERMINERS:  # type: ignore[attr-defined]
        return False
    if _verb_between_nouns(token):
        return True
    return form.endswith(("ed", "ing")) or (token.i > 0 and token.nbor(-1).lower_ in AUXILIARIES)  # type: ignore[attr-defined]


def _verb_between_nouns(token: object) -> bool:
    """A word tagged as a noun between a noun and a determiner is the verb of its clause:
    "an angry mob set a bus ablaze", "police raid the house" (the tagger reads "mob set" as
    a compound). A compound noun is not followed by a determiner."""
    doc = token.doc  # type: ignore[attr-defined]
    i = token.i  # type: ignore[attr-defined]
    if i == 0 or i + 1 >= len(doc) or token.tag_ not in {"NN", "NNS"}:  # type: ignore[attr-defined]
        return False
    before, after = doc[i - 1], doc[i + 1]
    return before.tag_ in {"NN", "NNS", "NNP", "NNPS"} and after.lower_ in DETERMINERS


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


DEFINITE = {"the", "this", "these", "those", "its", "their", "his", "her", "our"}
#: prepositions and linking words: a run of modifiers before a noun ends at them
LINKING_WORDS = frozenset(
    {
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "to",
        "from",
        "that",
        "which",
        "and",
        "or",
        "as",
        "against",
        "during",
    }
)
STOP_WORDS = LINKING_WORDS | {"after", "before"}


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


def _counted(doc: Doc, i: int) -> bool:
    """ "two attacks", "three raids": a counted plural names events, not a habit."""
    return any(doc[j].like_num for j in range(i - 1, max(-1, i - 3), -1))


def _grievance(sentence: Span, hit: TriggerHit, lexicon: TriggerLexicon) -> bool:
    """ "protested against the extra-judicial killing of …": what the protest is about."""
    if hit.trigger.type == "PROTEST" or hit.trigger.pos != "NOUN":
        return False
    doc = sentence.doc
    window = doc[max(sentence.start, hit.start - 5) : hit.start]
    return any(t.lower_ in lexicon.grievance_cues for t in window)


def _told_as_happening(sentence: Span, hit: TriggerHit, lexicon: TriggerLexicon) -> bool:
    """ "staged protests", "held sit-ins", "clashes erupted", "rallies were held": a bare plural
    that a verb puts on a day is events that took place, not a general statement."""
    from sitrep.annotate.lemmas import is_verb_of

    doc = sentence.doc
    for j in range(hit.start - 1, max(sentence.start - 1, hit.start - MODIFIER_WINDOW), -1):
        if is_verb_of(doc[j], lexicon.light_verbs) or _took_part(doc, j):
            return True
        if not (doc[j].is_alpha or doc[j].text == "-") or doc[j].lower_ in STOP_WORDS - {"and"}:
            break  # "staged pro-freedom and anti-India demonstrations": modifiers joined by "and"
    if hit.trigger.type == "PROTEST" and _verbless_heading(sentence, hit):
        return True
    for j in range(hit.end, min(sentence.end, hit.end + 3)):
        if is_verb_of(doc[j], lexicon.occurrence_verbs):
            return True
        if doc[j].lower_ not in OCCURRENCE_FILLERS:
            break
    return _occurs_after_phrase(sentence, hit, lexicon)


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


def _same_type_specific(hit: TriggerHit, hits: list[TriggerHit]) -> bool:
    """A vague trigger stays only beside a specific one of its own type (they merge)."""
    return all(h.trigger.type == hit.trigger.type for h in hits if not h.trigger.vague)


#: words after a modal that make it a guess about the past, not a demand ("must have fled")
EPISTEMIC_AFTER = {"have", "'ve", "’ve"}
#: subjects with which a modal of obligation is the speaker's own resolve ("we must act")
SELF_EXHORTING = {"we", "i"}


def _reported_demands(sentence: Span, lexicon: TriggerLexicon) -> list[TriggerHit]:
    """ "Russia said Sudan must return the helicopter": a modal of obligation in what someone
    says is that speaker's demand on the clause's subject. Unreported ("visitors must
    register") it is a rule, not an event, so a speech verb or a "that" clause must tell it."""
    if not lexicon.demand_modals:
        return []
    from sitrep.annotate.lemmas import is_verb_of
    from sitrep.knowledge.cues import load_cues

    speech = load_cues().speech_verbs
    said = any(is_verb_of(t, speech) for t in sentence)
    doc = sentence.doc
    hits: list[TriggerHit] = []
    for token in sentence:
        trigger = lexicon.demand_modals.get(token.lower_)
        if trigger is None or (token.tag_ and token.tag_ != "MD"):
            continue
        if not (said or _that_clause(sentence, token.i)):
            continue  # "The forum concluded that the US must …" is reported too
        nxt = doc[token.i + 1].lower_ if token.i + 1 < sentence.end else ""
        if nxt in EPISTEMIC_AFTER or token.i == sentence.start:
            continue
        if doc[token.i - 1].lower_ in SELF_EXHORTING:
            continue  # "we must defend our country": a resolve, not a demand on anyone
        hits.append(TriggerHit(token.i, token.i + 1, trigger))
    return hits


def _that_clause(sentence: Span, i: int) -> bool:
    """The modal at ``i`` stands in a "that" clause after a verb ("concluded that X must")."""
    doc = sentence.doc
    for j in range(i - 1, max(sentence.start, i - 12), -1):
        if doc[j].lower_ == "that":
            return j - 1 >= sentence.start and doc[j - 1].tag_.startswith(("VB", "NNP", "NN"))
    return False
