"""Whether police or troops are told acting in a sentence, read from words and tags.

A harm nobody is named as causing ("several workers were injured when police resorted to
lathicharge") is the force of the police the sentence tells acting; the police a report
quotes ("police said") or fights ("a clash with police") are not. ``protest_force`` asks
this; the shipped pipeline has no dependency parser, so the subject and its verb are read
from word order and part-of-speech tags.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.events.actor_kinds import STATE_KINDS

#: tags of a verb whose subject its preceding noun is ("police fired", "police have fired");
#: VBN too, which the tagger gives a past tense after a plural noun ("police resorted to")
SUBJECT_VERB_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP", "MD"})
#: parts of speech of a place or unit phrase between a subject and its verb ("police in the
#: southern Indian state of Kerala fired", "police from the district headquarters charged")
PLACE_PHRASE_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})
#: how many words such a phrase may have
PLACE_PHRASE_REACH = 10


def unnamed_state_force_at_work(trigger: Span) -> bool:
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
