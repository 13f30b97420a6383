"""How events of one article bear on each other's category (ACLED flags).

- A crowd's violence: arson, vandalism or stone-throwing that kills nobody, by people
  who are not an organised armed force ("hartal supporters torched a bus",
  "assailants set fire to three buses"), is what ACLED calls a riot (flag ``mob``); flag
  ``crowd_on_people`` too when it names people it hurt: mob violence, where fire and stones
  at property or the police are a violent demonstration.
  So are crude bombs ("cocktails") such a crowd throws (flag ``crude_weapon``; the
  ontology weighs who threw them and whether they killed).
- Demonstrators who turn to violence: a protest told beside crowd violence, a clash with
  the police or crude bombs by people who are not an organised armed force ("hartal
  supporters brought out a procession and vandalised vehicles", "blockaders clashed with
  police during demonstrations") is, for ACLED, a violent demonstration (flag
  ``turned_violent`` on the protest): its participants are rioters, not protesters.
  A clash told in the protest's sentence is that crowd's fight (flag ``crowd_clash``), a
  riot even where the text names the crowd by its party ("SLMM protesters clashed with
  security personnel"), not a battle of two armed sides.
- Police arresting demonstrators at a protest is, for ACLED, one event: a protest with
  intervention (flag ``intervention`` on the protest). The arrest stays a PLOVER event
  of its own but carries flag ``during_protest``, which has no ACLED category.
- A fire bomb thrown at people ("assailants hurled a petrol bomb into a bus, injuring 15
  passengers") is an attack on them (flag ``firebombed_people``), not a mob's vandalism.

The flags of a battle of armed sides (``armed_victims``, ``gunfire_exchange``,
``mutual_attack``, ``armed_story_clash``) are ``battle_flags``'s; the flags here run after
them and read them. ``events`` calls each flag function in turn.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.events.actor_kinds import STATE_KINDS, kind_and_sector, organised_armed, state_force
from sitrep.events.record import EventRecord
from sitrep.events.relation_words import relation_words
from sitrep.events.token_view import token_view

#: assault modes of a crowd's violence: arson, destruction, crude weapons
CROWD_MODES = frozenset({"arson", "destroy", "primitive"})
#: how many sentences apart a protest and the arrest of its demonstrators may be told
PROTEST_ARREST_GAP = 1
#: how many sentences apart a protest and its demonstrators' violence may be told
PROTEST_VIOLENCE_GAP = 1
#: the same, when the violence is by people the text calls demonstrators ("protests continued
#: in three districts. The demonstrators demand a province. The protesters also vandalised
#: police vehicles"): the protest's own crowd, told a few sentences on
CROWD_VIOLENCE_GAP = 3
#: kinds (the generic actors' labels) of the people of a protest or a riot: what they do with
#: force is their demonstration's violence ("bandh enforcers attacked seven vehicles")
CROWD_KINDS = frozenset({"protester", "protesters", "rioter", "rioters", "mob"})
#: modes a crowd's own violence seldom has: a gun word beside "protesters" is more often the
#: police's or another sense ("workers fired in 2015"), and needs more than the crowd's name
CROWD_UNLIKELY_MODES = frozenset({"firearms"})
#: how many words after a burning verb may name the symbol burnt ("burnt an effigy of")
SYMBOL_WINDOW = 5
#: assault modes that are no force used on a crowd: a fight of two sides, bombs and shells
NOT_CROWD_FORCE = frozenset({"sideAB", "explosives", "heavy-weapons", "artillery", "airstrike"})
#: assault modes read from "shelling" that are tear-gas or smoke shells where a crowd is dispersed
SHELL_MODES = frozenset({"artillery", "heavy-weapons"})
#: how many sentences apart a protest and the police's dispersal of it may be told ("police
#: lathicharged the teachers. They were protesting against layoffs")
DISPERSAL_PROTEST_GAP = 1
#: instruments of crowd violence (the ontology's names): fire, sticks and stones
CROWD_INSTRUMENTS = frozenset({"fire", "blunt"})
#: tags of a verb whose subject its preceding noun is ("police fired", "police have fired");
#: VBN too, which the tagger gives a past tense after a plural noun ("police resorted to")
SUBJECT_VERB_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP", "MD"})
#: parts of speech of a place or unit phrase between a subject and its verb ("police in the
#: southern Indian state of Kerala fired", "police from the district headquarters charged")
PLACE_PHRASE_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})
#: how many words such a phrase may have
PLACE_PHRASE_REACH = 10


def flag_firebombed_people(events: list[EventRecord], evidence_text: dict[int, str]) -> None:
    """Mark one-sided attacks that threw fire bombs at people who were hurt: "assailants
    hurled a petrol bomb into a bus, injuring 15 passengers" is an attack on them, not a
    mob's arson. Runs after ``flag_armed_sides`` (bombs at an armed side are a fight) and
    before ``flag_crowd_violence``, which leaves the attacks it marks alone."""
    fire_bombs = relation_words()["fire_bombs"]
    for event in events:
        if event.type != "ASSAULT":
            continue
        spaced = " ".join(evidence_text.get(id(event), "").split())  # "petrol\xa0bomb" as typeset
        if _firebombed_people(event, spaced, fire_bombs):
            event.flags.add("firebombed_people")


def flag_crowd_violence(events: list[EventRecord], evidence_text: dict[int, str]) -> None:
    """Mark arson, vandalism and stone-throwing without deaths by an unorganised crowd, and
    the events told with crude bombs. Runs after ``flag_armed_story_clashes`` (a clash it
    flags is no crowd's) and ``flag_firebombed_people`` (an attack on people is no mob's)."""
    from sitrep.events.lexicon import load_triggers
    from sitrep.knowledge.ontology import load_ontology

    ontology = load_ontology()
    crude_weapons = load_triggers().crude_weapons
    for event in events:
        if event.type != "ASSAULT":
            continue
        evidence = evidence_text.get(id(event), "")
        if any(weapon in evidence for weapon in crude_weapons):
            event.flags.add("crude_weapon")
        if "firebombed_people" in event.flags or event.counts.get("killed"):
            continue
        instrument = ontology.instrument_from_text(evidence)
        crowd_weapon = event.mode in CROWD_MODES or instrument in CROWD_INSTRUMENTS
        if (
            crowd_weapon
            and event.mode not in {"firearms", "explosives"}
            and not organised_armed(event.source)
        ):
            event.flags.add("mob")
            if any(argument.role == "victim" for argument in event.arguments):
                event.flags.add("crowd_on_people")  # a mob's attack, not a riot's vandalism


def _firebombed_people(event: EventRecord, evidence: str, fire_bombs: frozenset[str]) -> bool:
    """Whether a one-sided attack threw fire bombs that hurt or killed people (a count says
    so): not a clash, nor bombs at police or soldiers (a fight with an armed side), nor at
    an empty bus or an office."""
    if event.mode == "sideAB" or "armed_victims" in event.flags:
        return False
    if not any(bomb in evidence for bomb in fire_bombs):
        return False
    counts = (event.counts.get(k) or event.implicit_counts.get(k) for k in ("killed", "injured"))
    return any(counts) or _tells_harm(evidence)


def _tells_harm(evidence: str) -> bool:
    """Whether the evidence tells people hurt in words no count reads ("a truck driver
    sustained burn injuries", "four passengers were burnt alive"), and denies none ("no one
    was hurt")."""
    words = relation_words()
    if any(phrase in evidence for phrase in words["no_harm"]):
        return False
    return any(phrase in evidence for phrase in words["harm"])


def flag_violent_protests(events: list[EventRecord], evidence_text: dict[int, str]) -> None:
    """Mark a protest whose demonstrators turn to violence (ACLED: a violent demonstration).

    The violence must be the crowd's: arson, vandalism, stones or crude bombs by people who
    are not an organised armed force, or a clash with the police. Force the police use on
    the demonstrators ("police opened fire on the procession") is theirs, not the crowd's.
    """
    from sitrep.knowledge.ontology import load_ontology

    ontology = load_ontology()
    protests = [e for e in events if e.type == "PROTEST"]
    sentence_of = _sentence_numbers(events)
    for protest in protests:
        if any(_riot_mode(trigger) for trigger in protest.triggers):
            protest.flags.add("turned_violent")  # "the protest turned violent"
    crowd_violence: list[EventRecord] = []
    for event in events:
        if event.type == "PROTEST" and event.mode != "riot":
            continue
        instrument = ontology.instrument_from_text(evidence_text.get(id(event), ""))
        if not _crowd_violence(event, instrument) or _symbolic(event):
            continue
        crowd_violence.append(event)
        for protest in protests:
            if protest is not event and _told_as_its_violence(protest, event, sentence_of):
                protest.flags.add("turned_violent")
                if event.mode == "sideAB" and _sentence_gap(protest, event, sentence_of) == 0:
                    event.flags.add("crowd_clash")  # "SLMM protesters clashed with police"
    _force_on_rioters(events, crowd_violence, sentence_of)


def _force_on_rioters(
    events: list[EventRecord], crowd_violence: list[EventRecord], sentence_of: dict[int, int]
) -> None:
    """Police force on demonstrators who turned violent is their riot's, not force on
    protesters: "four people were injured as police opened fire at protesters. The protesters
    earlier vandalised a lawmaker's house" is, for ACLED, one violent demonstration (flag
    ``force_on_riot`` replaces ``force_on_protest``). The crowd's violence is told in the
    force's sentence or the next, or the force is told in the sentence of a protest that
    turned violent. Force on demonstrators by name counts ("police shot at the
    demonstrators"), as does the force the protest flags already tie to a protest."""
    violent = [e for e in events if e.type == "PROTEST" and "turned_violent" in e.flags]
    for event in events:
        on_crowd = event.type == "ASSAULT" and kind_and_sector(event.target)[0] in CROWD_KINDS
        if "force_on_protest" not in event.flags and not on_crowd:
            continue
        near_riot = any(_sentence_gap(p, event, sentence_of) == 0 for p in violent)
        near_violence = any(
            other is not event
            and other.type == "ASSAULT"
            and _sentence_gap(other, event, sentence_of) <= PROTEST_VIOLENCE_GAP
            for other in crowd_violence
        )
        if near_riot or near_violence:
            event.flags.discard("force_on_protest")
            event.flags.add("force_on_riot")


def _told_as_its_violence(
    protest: EventRecord, violence: EventRecord, sentence_of: dict[int, int]
) -> bool:
    """Whether the violence is told as what the protest's crowd did: in the protest's
    sentence or the next one, and not as the protest's background (``told_as_background``)."""
    from sitrep.events.embedded import told_as_background

    gap = sentence_of.get(violence.evidence[0].start, 0) - sentence_of.get(
        protest.evidence[0].start, 0
    )
    same_crowd = _same_crowd(protest, violence)
    widest = CROWD_VIOLENCE_GAP if _by_crowd(violence) else PROTEST_VIOLENCE_GAP
    if not 0 <= gap <= widest:
        return False
    return not told_as_background(protest.triggers[0], violence.triggers[0], same_crowd=same_crowd)


def _same_crowd(protest: EventRecord, violence: EventRecord) -> bool:
    """Whether the violence is by the protest's own participants, as the text names them."""
    name = getattr(protest.source, "name", None)
    return name is not None and name == getattr(violence.source, "name", None)


def _by_crowd(event: EventRecord) -> bool:
    """Whether the event's source is a crowd the text names by a common noun ("protesters",
    "bandh enforcers", "the mob")."""
    kind, _ = kind_and_sector(event.source)
    return kind in CROWD_KINDS


def _symbolic(event: EventRecord) -> bool:
    """ "burnt an effigy of the minister", "burning tyres": a protest's symbol, not violence."""
    from sitrep.events.lexicon import load_triggers

    objects = load_triggers().symbolic_objects
    trigger = event.triggers[0]
    after = trigger.doc[trigger.end : min(trigger.sent.end, trigger.end + SYMBOL_WINDOW)]
    return any(t.lower_ in objects for t in after)


def _riot_mode(trigger: Span) -> bool:
    """Whether a trigger of a protest tells a riot ("rioted", "turned violent")."""
    from sitrep.events.lexicon import load_triggers

    if _modifies_next_noun(trigger):
        return False
    entry = load_triggers().entry_of(trigger.text.lower(), one_word=len(trigger) == 1)
    return entry is not None and entry.type == "PROTEST" and entry.mode == "riot"


def _modifies_next_noun(trigger: Span) -> bool:
    """Whether a one-word trigger is a modifier of the noun after it: "riot police", "riot
    gear", "anti-riot squads" name the force sent against a crowd, not a riot."""
    doc = trigger.doc
    if len(trigger) != 1 or trigger.end >= len(doc):
        return False
    after = doc[trigger.end]
    if after.tag_ == "HYPH" and trigger.end + 1 < len(doc):
        after = doc[trigger.end + 1]
    return trigger[0].pos_ == "NOUN" and after.pos_ in {"NOUN", "PROPN"}


def _crowd_violence(event: EventRecord, instrument: str | None) -> bool:
    """Violence a crowd commits: a riot, mob violence, or a clash of a crowd or the police."""
    if event.type == "PROTEST":
        return event.mode == "riot"
    if event.type != "ASSAULT" or event.counts.get("killed") or event.implicit_counts.get("killed"):
        return False
    if event.mode == "sideAB":  # "militants and troops clashed" is a battle, not a crowd's
        if "armed_story_clash" in event.flags:
            return False
        sides = (event.source, event.target)
        return not any(organised_armed(s) and not state_force(s) for s in sides)
    if organised_armed(event.source) or state_force(event.source):
        return False
    if _by_crowd(event) and event.mode not in CROWD_UNLIKELY_MODES:
        return True  # "bandh enforcers attacked seven vehicles"
    return bool(event.flags & {"mob", "crude_weapon"}) or instrument in CROWD_INSTRUMENTS


def relate_protest_force(events: list[EventRecord], sentence_of: dict[int, int]) -> None:
    """Police or troops who fire on, baton-charge or beat demonstrators: "a BNP man was killed
    as police opened fire on a procession", "activists were injured as police charged baton
    on them during a rally". Told in the protest's sentence, the force is part of that
    protest's ACLED event (flag ``force_on_protest``), not an attack on civilians: excessive
    force where it kills or is live fire (flag ``excessive_force`` on the protest), else an
    intervention (flag ``intervention``), as the codebook keeps excessive force for lethal
    force. A fight of two sides (a clash) and force on an armed group stay what they are.

    A means of dispersing a crowd ("lathicharged", "baton-charged", "tear gas"; ``cues.yaml``
    ``crowd_force``) tells by itself that the force was the police's and fell on a crowd:
    "ten students were injured when police lathicharged them. They were demanding a fee
    refund" is the students' demonstration, told in the next sentence or not at all, and
    "smoke shells" there are no artillery.

    The force on a crowd told in the sentence of a riot ("riot police fired tear gas as the
    march turned violent") is that riot's (flag ``force_on_riot``): ACLED codes it as the
    violent demonstration, not as an attack on civilians."""
    protests = _peaceful_protests(events)
    riots = [e for e in events if e.type == "PROTEST" and e.mode == "riot"]
    for event in events:
        if event.type != "ASSAULT" or event.modality == "historical":
            continue  # "to honour the 15 people killed when a canopy collapsed": background
        dispersal = _crowd_force_told(event)
        if not protests and not riots and not dispersal:
            continue
        if event.mode in NOT_CROWD_FORCE and not (dispersal and event.mode in SHELL_MODES):
            continue
        if event.source is None:
            # a death nobody is named as causing may be the police's or another's: only
            # injuries are read as the force the police in its sentence used
            unnamed = not _deadly(event) and _unnamed_state_force_at_work(event.triggers[0])
            if not (dispersal or unnamed):
                continue
        elif not state_force(event.source) and not _police_dispersal(event, dispersal):
            continue
        if event.target is not None and organised_armed(event.target):
            continue
        gap = DISPERSAL_PROTEST_GAP if dispersal else 0
        near = [p for p in protests if _sentence_gap(p, event, sentence_of) <= gap]
        near_riot = any(_sentence_gap(r, event, sentence_of) == 0 for r in riots)
        if near:
            event.flags.add("force_on_protest")
        elif near_riot or (dispersal and _rioting_crowd(event)):
            event.flags.add("force_on_riot")
        elif dispersal:
            event.flags.add("force_on_protest")
        if near:
            # the codebook's excessive force is lethal force; dispersal that kills nobody
            # is an intervention in the protest
            near[0].flags.add("excessive_force" if _lethal_force(event) else "intervention")
            if event.triggers[0].text.lower() in relation_words()["dispersal_verbs"]:
                # "used tear gas to disperse demonstrators protesting …": the protest is
                # the news, its dispersal comes second
                event.confidence = min(event.confidence, near[0].confidence - 0.05)


def _police_dispersal(event: EventRecord, dispersal: bool) -> bool:
    """Whether a dispersal told with police acting in its sentence is theirs, whoever the
    roles read as its source ("six students were injured when police lathi-charged a group
    demanding a refund for scheduled caste (SC) students" is no attack by "SC")."""
    if not dispersal or organised_armed(event.source):
        return False
    return _unnamed_state_force_at_work(event.triggers[0])


def _rioting_crowd(event: EventRecord) -> bool:
    """Whether the sentence of a dispersal told with no protest names the crowd a rioting one
    ("as a mob tried to torch a pandal", "violence erupted in the village")."""
    from sitrep.events.lexicon import load_triggers

    gear = load_triggers().gear_heads  # "riot police" names the force, not the crowd
    if not event.triggers:
        return False
    sentence = event.triggers[0].sent
    words = {t.lower_ for t in sentence if not (t.i + 1 < len(t.doc) and t.nbor().lower_ in gear)}
    return bool(words & relation_words()["rioting_crowd"])


def _crowd_force_told(event: EventRecord) -> bool:
    """Whether the event's sentence names a means of dispersing a crowd ("lathicharge")."""
    text = ""
    if event.triggers:
        sentence = event.triggers[0].sent  # its text from the word lists, not its tokens
        text = token_view(sentence.doc).span_lower(sentence.start, sentence.end)
    return any(phrase in text for phrase in relation_words()["crowd_force"])


def _lethal_force(event: EventRecord) -> bool:
    """Whether force on a protest was lethal: it killed, or it was live fire ("police opened
    fire on the marchers") rather than a means of dispersing a crowd ("fired tear gas")."""
    from sitrep.knowledge.ontology import load_ontology

    told = " ".join(span.text for span in event.evidence).lower()
    return _deadly(event) or load_ontology().instrument_from_text(told) == "firearms"


def _deadly(event: EventRecord) -> bool:
    return bool(event.counts.get("killed") or event.implicit_counts.get("killed"))


def _unnamed_state_force_at_work(trigger: Span) -> bool:
    """Whether police or troops are told acting in the sentence of a harm nobody is named
    as causing: "several workers were injured when police resorted to lathicharge",
    "police baton-charged the marchers, injuring twenty", "were beaten up by police".

    The force must be a subject (a verb follows it) or the agent of a passive ("by
    police"); the police a report quotes ("police said") or fights ("a clash with
    police", a fight of two sides) do not count. Read from words and tags: the shipped
    pipeline has no dependency parser.
    """
    from sitrep.annotate.lemmas import is_verb_of
    from sitrep.events.lexicon import load_triggers
    from sitrep.knowledge.cues import load_cues

    generic = load_triggers().generic_actors
    speech = load_cues().speech_verbs
    sentence = trigger.sent
    for token in sentence:
        entry = generic.get(token.lower_)
        if entry is None or entry.kind not in STATE_KINDS:
            continue
        before = token.doc[token.i - 1] if token.i > sentence.start else None
        if before is not None and before.lower_ in {"the", "security", "local"}:
            before = token.doc[before.i - 1] if before.i > sentence.start else None
        if before is not None and before.lower_ == "by":
            return True
        if before is not None and before.pos_ == "ADP":
            continue
        after = _verb_after(token, sentence)
        if after is not None and not is_verb_of(after, speech):
            return True
    return False


def _verb_after(subject: Token, sentence: Span) -> Token | None:
    """The verb right after a subject ("police fired", "police later fired"), also one
    written as a hyphenated compound the tagger splits ("police baton-charged"), or after a
    place or unit phrase of the subject ("riot police in the southern Indian state of Kerala
    fired tear gas"), or None."""
    doc = sentence.doc
    i = subject.i + 1
    if i < sentence.end and doc[i].pos_ == "ADP" and doc[i].lower_ != "by":
        end = min(sentence.end, i + PLACE_PHRASE_REACH)
        while i < end and doc[i].tag_ not in SUBJECT_VERB_TAGS and doc[i].pos_ in PLACE_PHRASE_POS:
            i += 1
    if i < sentence.end and doc[i].pos_ == "ADV":
        i += 1
    if i >= sentence.end:
        return None
    if i + 2 < sentence.end and doc[i + 1].tag_ == "HYPH" and doc[i + 2].lower_.endswith("ed"):
        return doc[i + 2]  # "baton-charged", "cane-charged"
    return doc[i] if doc[i].tag_ in SUBJECT_VERB_TAGS else None


def _peaceful_protests(events: list[EventRecord]) -> list[EventRecord]:
    return [e for e in events if e.type == "PROTEST" and e.mode != "riot"]


def _sentence_numbers(events: list[EventRecord]) -> dict[int, int]:
    """Each sentence's start token -> its number in the document, for the events' evidence."""
    for event in events:
        if event.evidence:
            return {s.start: n for n, s in enumerate(event.evidence[0].doc.sents)}
    return {}


def _sentence_gap(a: EventRecord, b: EventRecord, sentence_of: dict[int, int]) -> int:
    first = {sentence_of.get(s.start, 0) for s in a.evidence}
    second = {sentence_of.get(s.start, 0) for s in b.evidence}
    return min(abs(x - y) for x in first for y in second)


def relate_protest_arrests(events: list[EventRecord], sentence_of: dict[int, int]) -> None:
    """A state arrest told beside a protest is that protest's intervention."""
    protests = _peaceful_protests(events)
    for event in events:
        if not protests or event.type != "COERCE" or event.mode != "arrest":
            continue
        if event.source is not None and not state_force(event.source):
            continue
        near = [p for p in protests if _sentence_gap(p, event, sentence_of) <= PROTEST_ARREST_GAP]
        if near:
            near[0].flags.add("intervention")
            event.flags.add("during_protest")
