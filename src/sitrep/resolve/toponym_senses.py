"""Which reading of a name the places stage takes: a place's own name, or something else.

A text the gazetteer knows is not always a place's name where it stands: a word
for a people ("Spanish"), an English word that is only some place's alternate
name ("Google" for Topeka, "Free" for the Orange Free State), a tournament named
after its town ("U.S. Open"), a company's registered name ("Magna International
Inc"), a club named after its town in a sports report ("Nice have won"). These
tests keep `sitrep.resolve.toponyms` from reading them as places, so that one
span gets one type across the report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from sitrep.resolve.gazetteer.place import GazPlace

NAME_ALTERNATE = 1  # sitrep.resolve.gazetteer.index.NAME_ALTERNATE
NAME_DEMONYM = 3  # sitrep.resolve.gazetteer.index.NAME_DEMONYM
#: a word this common (Zipf scale) is read as English, not as a place's alternate name
ENGLISH_WORD_ZIPF = 3.5
#: legal forms that end a company's registered name
LEGAL_FORMS = frozenset({"inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "llc", "gmbh"})


def zipf_of(text: str) -> float:
    """How common the text is as an English word (Zipf scale, lower-cased)."""
    from sitrep.annotate.everyday_words import english_zipf

    return english_zipf(text.lower())


def is_english_word(text: str) -> bool:
    """A one-word text that English uses often enough as a word (Zipf scale)."""
    return " " not in text and zipf_of(text) >= ENGLISH_WORD_ZIPF


def named_places(gazetteer: object, name: str) -> list[GazPlace]:
    """The (up to three) places this text names as a place name.

    A demonym ("Spanish") names a people, not Spain; a GeoNames alternate name
    that is a common English word ("Google" for Topeka, "Free" for the Orange
    Free State, "Jewish" for the Jewish Autonomous Oblast) names nothing on its own.
    """
    weak = {NAME_DEMONYM}
    if is_english_word(name):
        weak.add(NAME_ALTERNATE)
    return [p for p, kind in gazetteer.candidates(name) if kind not in weak][:3]  # type: ignore[attr-defined]


def known_only_by_other_sense(text: str, gazetteer: object) -> bool:
    """The gazetteer knows the text only as a word of some place's alternate names."""
    return bool(gazetteer.is_known_place(text)) and not named_places(gazetteer, text)  # type: ignore[attr-defined]


def event_name(ent: Span) -> bool:
    """ "U.S. Open", "Hong Kong Open", "Atlanta Games": a tournament named after a place
    names the event; news NER and the report mark no place inside it."""
    from sitrep.annotate.event_names import load_event_heads

    heads = load_event_heads()
    return len(ent) > 1 and (ent[-1].lower_ in heads or ent[-2:].text.lower() in heads)


def registered_company(ent: Span) -> bool:
    """A name ending in a legal form ("Inc", "Corp", "Ltd", "plc")."""
    return len(ent) > 1 and ent[-1].lower_ in LEGAL_FORMS


def team_names(doc: Doc) -> frozenset[int]:
    """Where a sports report names a club by its town ("Nice have been unable to win",
    "homered for Cleveland"): the NER's ORG label stands, the town named elsewhere in the
    report (a dateline, "in Cleveland") does not make the club a place."""
    from sitrep.annotate.name_sports import is_sports_report

    if not is_sports_report(doc):
        return frozenset()
    return frozenset(e.start for e in doc.ents if e.label_ == "ORG" and not e.kb_id_)
