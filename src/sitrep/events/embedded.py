"""Events that another event's verb governs: "agreed to withdraw", "urged X to release".

A coder records what the sentence reports: an agreement, a demand, a refusal.
The action inside it ("to withdraw", "to release") has not happened; it is the
content of the promise, demand or refusal. Such an embedded event keeps its
own record (its actors are often the only place they are named) but takes the
modality of its frame and ranks below the event that governs it. The same holds
for the demand a protest makes ("blocked roads demanding reforms": the coder
codes the protest), for the violence a protest is about ("relatives of the men
who were abducted staged a demonstration": the abduction happened before and is
told as background) and for an action told only as a condition ("… unless
Baghdad accepts its terms").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.events.lexicon import load_triggers
from sitrep.events.record import EventRecord

#: the event types whose verb can carry another action as its content, and the modality the
#: carried action takes: promised, demanded and threatened actions lie ahead; refused and
#: cancelled ones are negated
FRAMING_TYPES = {
    "AGREE": "future",
    "REQUEST": "hypothetical",
    "THREATEN": "future",
    "REJECT": "negated",
    "SUPPORT": "hypothetical",
    "SANCTION": "negated",
}
#: the frames whose verb can take the carried event as its direct object ("cancelled a planned
#: visit", "rejected the talks", "called for sanctions")
OBJECT_FRAMES = frozenset({"REJECT", "SANCTION", "REQUEST"})
#: words that may stand between a verb and the event noun it takes as object
OBJECT_MODIFIERS = frozenset(
    {
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "any",
        "all",
        "further",
        "new",
        "planned",
        "proposed",
        "scheduled",
        "fresh",
        "direct",
        "official",
        "more",
    }
)
#: event types whose trigger can be followed by the purpose it serves, told as an infinitive or
#: a participle ("blocked roads demanding reforms", "marched to demand the release"): the
#: demand is what the protest is for, and the coder codes the protest
PURPOSE_FRAMES = {"PROTEST": frozenset({"REQUEST", "ACCUSE"})}
#: the longest gap, in tokens, between a framing verb and the action it carries
#: ("urged the government of the neighbouring country to release")
MAX_GAP = 10
#: the longest gap between a demand modal and its action ("must fully and quickly hand over")
MODAL_GAP = 4
#: words that close the framing verb's clause before the action
CLAUSE_BREAKS = frozenset({";", ":", "but", "while", "whereas", "although"})
CONFIDENCE_PENALTY = 0.2
#: event types a protest can be about ("against the killing of …", "… who were abducted")
GRIEVANCE_TYPES = frozenset({"ASSAULT", "COERCE"})
#: modalities of an event told as having happened
TOLD_AS_FACT = frozenset({"asserted", "reported"})
#: tags of a finite verb: a crowd's own act, not a grievance named by a noun or participle
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def demote_embedded(events: list[EventRecord], sentence: Span) -> None:
    """Give each event carried by a framing verb its frame's modality and a lower confidence,
    and its target to a frame that names none; rank a protest's demand below the protest and
    a condition below what it conditions."""
    demote_purposes(events, sentence)
    demote_grievances(events, sentence)
    demote_conditions(events, sentence)
    doc = sentence.doc
    for frame in events:
        modality = FRAMING_TYPES.get(frame.type)
        head = frame.triggers[0]
        tag = head[-1].tag_
        modal = tag == "MD"  # "Sudan must return …": the action after the modal is demanded
        if modality is None or (tag and not tag.startswith("VB") and not modal):
            continue
        for event in events:
            if event is frame or event.type == frame.type:
                continue
            start = event.triggers[0].start
            if not 0 < start - head.end <= MAX_GAP:
                continue
            gap = doc[head.end : start]
            if any(t.lower_ in CLAUSE_BREAKS for t in gap):
                continue
            carried = (
                _infinitive(gap)
                or any(t.lower_ == "that" for t in gap)
                or (doc[start - 1].lower_ in {"for", "of", "on"} and _gerund(doc[start]))
                or (modal and start - head.end <= MODAL_GAP)
                or (frame.type in OBJECT_FRAMES and _object_noun(gap, doc[start]))
            )
            if not carried:
                continue
            if event.modality in {"asserted", "reported"} or modality == "negated":
                event.modality = modality  # "cancelled a planned visit": it will not happen
            _rank_below(event, frame)
            if frame.target is None and event.target is not frame.source:
                # "agreed to provide aid for Romania": the promise is made to Romania
                frame.target, frame.target_span = event.target, event.target_span


def demote_purposes(events: list[EventRecord], sentence: Span) -> None:
    """Rank the demand a protest makes below the protest: "blocked roads in Algiers demanding
    that he be reinstated" is a protest, whose demand keeps its own record. The one the demand
    is made on is whom the protest is aimed at, when the protest names nobody else."""
    doc = sentence.doc
    for frame in events:
        purposes = PURPOSE_FRAMES.get(frame.type)
        if not purposes:
            continue
        head = frame.triggers[0]
        for event in events:
            if event.type not in purposes:
                continue
            start = event.triggers[0].start
            if not 0 < start - head.end <= MAX_GAP:
                continue
            if any(t.lower_ in CLAUSE_BREAKS or t.text == "." for t in doc[head.end : start]):
                continue
            if not (_gerund(doc[start]) or doc[start - 1].lower_ == "to"):
                continue
            _rank_below(event, frame)
            if frame.target is None and event.target is not frame.source:
                # "… to press their demands on the government": whom the protest is aimed at
                frame.target, frame.target_span = event.target, event.target_span


def demote_grievances(events: list[EventRecord], sentence: Span) -> None:
    """ "Families of the three men who were kidnapped by the rebels held a demonstration",
    "following the attack on journalists, reporters brought out a procession": violence told
    as what a protest is about happened before it. It keeps its record, told as history, and
    ranks below the protest, which is the event the sentence reports."""
    protests = [e for e in events if e.type == "PROTEST"]
    for protest in protests:
        for event in events:
            if event.type not in GRIEVANCE_TYPES or event.modality not in TOLD_AS_FACT:
                continue
            if told_as_background(protest.triggers[0], event.triggers[0], same_crowd=False):
                event.modality = "historical"
                _rank_below(event, protest)


def told_as_background(protest: Span, event: Span, *, same_crowd: bool) -> bool:
    """Whether the event a protest sentence tells is background, not what the crowd did.

    A clause of background ("who were attacked", "after the attack on …") opens before it
    in its clause; or, for an event noun or participle not done by the protest's own
    participants, a grievance word does ("protesting the bombing of …", "victims of last
    year's clashes"). A finite verb after a grievance word is the crowd's own act
    ("protesters demonstrating against the law vandalised a police van").
    """
    lexicon = load_triggers()
    doc = event.doc
    if protest.sent.start == event.sent.start and protest.start < event.start:
        before = doc[protest.end : event.start]
    else:
        before = doc[event.sent.start : event.start]
    cues = lexicon.background_clause_cues
    if event[-1].tag_ not in FINITE_VERB_TAGS and not same_crowd:
        cues = cues | lexicon.background_cues | lexicon.grievance_cues
    return any(t.lower_ in cues for t in before)


def demote_conditions(events: list[EventRecord], sentence: Span) -> None:
    """ "Iran threatened to launch an offensive unless Baghdad accepted its conditions": the
    acceptance is a condition, not an event the sentence reports; it ranks below the first
    event of the sentence told outside a condition."""
    doc = sentence.doc
    conditional = [e for e in events if _after_condition(doc, sentence, e.triggers[0].start)]
    main = [e for e in events if e not in conditional]
    if not main or not conditional:
        return
    first = min(main, key=lambda e: e.triggers[0].start)
    for event in conditional:
        if event.triggers[0].start > first.triggers[0].start:
            _rank_below(event, first)


def _after_condition(doc: object, sentence: Span, start: int) -> bool:
    """True when a condition word opens the clause the trigger at ``start`` stands in."""
    for i in range(start - 1, max(sentence.start, start - 8) - 1, -1):
        word = doc[i]  # type: ignore[index]
        if word.lower_ in load_triggers().condition_words:
            return True
        if word.text in {",", ";", ":"} or word.lower_ in CLAUSE_BREAKS:
            return False
    return False


def _infinitive(gap: Span) -> bool:
    """ "to withdraw", "to be deployed", "to hold a general strike": the action is an
    infinitive, or the object of one."""
    words = [t.lower_ for t in gap]
    if not words:
        return False
    if words[-1] == "to" or words[-2:] in (["to", "be"], ["to", "have"]):
        return True
    if "to" not in words[-4:]:
        return False
    after = words[len(words) - words[::-1].index("to") :]
    return len(after) <= 3 and all(w.isalpha() for w in after)  # "to hold a" + "strike"


def _object_noun(gap: Span, trigger: Token) -> bool:
    """ "cancelled a planned visit", "called for sanctions": the event noun is the object."""
    tag = trigger.tag_
    if tag and not tag.startswith("NN"):
        return False
    return len(gap) <= 3 and all(t.lower_ in OBJECT_MODIFIERS for t in gap)


def _rank_below(event: EventRecord, frame: EventRecord) -> None:
    """Lower the carried event's confidence, and keep it below its frame's however many
    arguments it has ("refused to meet the visiting king in Tel Aviv" is a refusal)."""
    lowered = min(event.confidence - CONFIDENCE_PENALTY, frame.confidence - 0.05)
    event.confidence = round(max(0.05, lowered), 2)


def _gerund(token: Token) -> bool:
    """ "demanding", "deploying": an -ing form, by its tag or, untagged, by its ending."""
    return token.tag_ == "VBG" or (not token.tag_ and token.lower_.endswith("ing"))
