"""Which stretches of text name places: the toponyms the geocoder is given.

The NER's place spans come first. Around them, news names places in ways a
statistical model labels otherwise: a demonym ("Sudanese"), a place opening an
organisation's or an official's name ("Mansfield Police Department", "Fargo
Mayor Dennis Walaker"), a building named after its town ("Karachi Police
Office"), and big cities the model missed altogether. A bare name the model
took for a person or an organisation ("in Decatur", "Torrington, Conn.") is a
place when its context says so (see `_places_by_context` and the cues of
`sitrep.resolve.geo.name_cues`: "Jane Doe, 34, of Grovetown", "DFL-Cook",
"Barrow and Jackson counties"). A country or a named admin area the NER took for
an organisation ("DRC", "Khyber Agency") is a place. A facility or a part of a
place built on a known place ("Hartford Hospital", "southwest Kansas") yields
that place, as news geoparsing corpora mark it; streets stay whole. Each
candidate must be a name the gazetteer knows, so the additions stay precise.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from sitrep.annotate.extensions import document_text
from sitrep.annotate.storm_names import is_storm_name
from sitrep.annotate.toponyms_units import unit_named_place
from sitrep.resolve.gazetteer.words import PlaceWords
from sitrep.resolve.geo.name_cues import (
    after_comma_of_place,
    after_party_prefix,
    before_county_word,
    before_kind_word,
    home_after_person,
    opens_resident_phrase,
    party_home,
    person_ends,
    time_tokens,
    with_street_word,
)
from sitrep.resolve.geo.streets import is_street_name
from sitrep.resolve.geo.toponym_words import load_toponym_words
from sitrep.resolve.toponym_senses import (
    event_name,
    known_only_by_other_sense,
    named_places,
    registered_company,
    team_names,
    zipf_of,
)

TOPONYM_LABELS = {"GPE", "LOC", "FAC"}
#: a city this large is a place wherever a capitalised word names it alone
BIG_CITY = 100_000
#: a place opening a longer name must be a real town at least this size (or an admin area)
LEADING_PLACE = 5_000
NAME_ALTERNATE = 1  # sitrep.resolve.gazetteer.index.NAME_ALTERNATE
NAME_DEMONYM = 3  # sitrep.resolve.gazetteer.index.NAME_DEMONYM
#: labels the NER gives place names by mistake, rescued by context
MISTAKEN_LABELS = {"PERSON", "ORG", "MISC", "NORP"}
#: words that put the name after them in a place ("in Decatur", "near Grovetown")
LOCATIVE_WORDS = frozenset(
    {"in", "at", "near", "around", "outside", "inside", "throughout", "across", "from"}
)
#: a one-word name this common as an English word (Zipf scale) needs a strong place cue
COMMON_WORD_ZIPF = 4.4
#: "City of Edwardsville": the place after "of" is the toponym
_COUNTY_WORDS = frozenset({"county", "parish", "city"})
_OF_PREFIXES = frozenset({"city", "town", "village", "county", "borough", "township"})
_DATELINE_END = re.compile(r"^\s*(?:,|\(|-|\u2014|\u2013)")


def find_toponyms(doc: Doc, gazetteer: object) -> list[Span]:
    """Place-naming spans of the document, in text order, without overlaps."""
    people = {m.start for c in doc._.entities or [] if c.type == "PERSON" for m in c.mentions}
    companies = {
        m.start
        for c in doc._.entities or []
        if c.type == "ORG" and not c.actor_id
        for m in c.mentions
    }
    found: list[Span] = []
    for ent in doc.ents:
        if ent.start in people and ent.label_ != "PERSON":
            continue
        if ent.start in companies and known_only_by_other_sense(ent.text, gazetteer):
            continue  # "joined me at Google": an organisation; "Google" is no place's own name
        unit = unit_named_place(ent, gazetteer)  # "Kaliganj upazila" tagged a person
        if unit is not None:
            found.append(unit)
        elif ent.label_ in MISTAKEN_LABELS - {"NORP"} and (
            _names_country(ent, gazetteer) or _names_admin_area(ent, gazetteer)
        ):
            found.append(Span(doc, ent.start, ent.end, label="GPE"))
        elif (ent.label_ in TOPONYM_LABELS and ent.start not in people) or (
            ent.label_ == "ORG" and _named_facility(ent)
        ):
            found.append(_place_inside(ent, gazetteer) or ent)
        elif ent.label_ == "NORP" and _is_demonym(gazetteer, ent.text):
            found.append(ent)  # keeps its NORP label: a people, never an event's place
        elif (
            ent.label_ in {"ORG", "PERSON", "MISC"}
            and not ent.kb_id_
            and not event_name(ent)
            and not is_storm_name(ent)  # "Hurricane Rita" names no town Hurricane
        ):
            pair = _place_of_place(ent, gazetteer)
            if pair:
                found += pair
                continue
            inner = (
                _leading_place(ent, gazetteer)
                or _trailing_place(ent, gazetteer)
                or _trailing_town(ent, gazetteer)
            )
            if inner is not None:
                found.append(inner)
    found += _missed_big_places(doc, gazetteer)
    found += _places_by_context(doc, gazetteer, found)
    found = [with_street_word(_with_abbreviation_period(span)) for span in found]
    found.sort(key=lambda s: s.start)
    return _joined_admin_areas(doc, found, gazetteer)


def _joined_admin_areas(doc: Doc, found: list[Span], gazetteer: object) -> list[Span]:
    """A district's name the NER cut in pieces, whole again: "North 24 Parganas" tagged as
    "North" and "Parganas", "Imphal East" as "Imphal" alone.

    A toponym followed by up to three capitalised words or numbers that together with it
    make the name of an admin area the gazetteer knows stands for that area; the pieces
    inside it are dropped (the first piece alone would be another place: the North
    Province of Cameroon).
    """
    joined: list[Span] = []
    covered_until = -1
    for span in found:
        if span.start < covered_until:
            continue
        whole = span
        if span.label_ != "NORP":
            for end in range(min(span.end + 3, len(doc)), span.end, -1):
                extra = doc[span.end : end]
                if not all(t.text[:1].isupper() or t.like_num for t in extra):
                    continue
                if _is_admin_area(doc[span.start : end].text, gazetteer):
                    whole = Span(doc, span.start, end, label="GPE")
                    break
        joined.append(whole)
        covered_until = whole.end
    return joined


def _names_country(ent: Span, gazetteer: object) -> bool:
    """An organisation or person label on a country's name ("DRC", "Mali") is the country.

    The NER and the actor knowledge base read "Democratic Republic of the Congo"
    as its government; as a toponym it is the country. A one-word person name
    that is also a given name ("Chad", "Jordan") stays a person.
    """
    if ent.label_ == "PERSON" and (len(ent) > 1 or not _not_a_given_name(ent.text)):
        return False
    if not ent.text[:1].isupper() or not re.fullmatch(r"[\w .'’-]+", ent.text):
        return False  # "US$": a currency
    return any(
        place.feature == "country" and kind != NAME_DEMONYM
        for place, kind in gazetteer.candidates(ent.text)[:3]  # type: ignore[attr-defined]
    )


def _place_of_place(ent: Span, gazetteer: object) -> list[Span]:
    """ "Janakpur of Dhanusha" tagged as one name: a town "of" its district, two places."""
    of = next((t.i for t in ent if t.lower_ == "of"), None)
    if of is None or of == ent.start or of + 1 >= ent.end:
        return []
    doc = ent.doc
    town, area = doc[ent.start : of], doc[of + 1 : ent.end]
    if not (town.text[:1].isupper() and area.text[:1].isupper()):
        return []
    if _common_word(town.text, gazetteer) or town.text.lower() in _common_words():
        return []  # "University of Hartford", "Bank of Canada", "Port of Los Angeles"
    if not gazetteer.is_known_place(town.text) or not _is_admin_area(area.text, gazetteer):  # type: ignore[attr-defined]
        return []
    return [
        Span(doc, town.start, town.end, label="GPE"),
        Span(doc, area.start, area.end, label="GPE"),
    ]


def _names_admin_area(ent: Span, gazetteer: object) -> bool:
    """ "Khyber Agency", "Saptari District" tagged as an organisation: a named admin area."""
    if len(ent) < 2 or ent[-1].lower_ not in load_toponym_words().admin_kind_words:
        return False
    if not all(t.text[:1].isupper() for t in ent):
        return False
    return any(
        place.feature in ("admin1", "admin2")
        for place in gazetteer.lookup(ent.text)[:3]  # type: ignore[attr-defined]
    )


def _place_inside(ent: Span, gazetteer: object) -> Span | None:
    """The known place a facility's or a part-of-place's name is built on, as the toponym.

    "Hartford Hospital", "Anderson County Jail", "southwest Kansas", "City of
    Edwardsville": news geoparsing (LGL) marks the town or area the name is
    built on, and the name's other words add nothing a map can show. A landform
    ("Swat Valley", "Puget Sound"), a street, a name the gazetteer knows, or a
    region named with a capitalised direction ("North Dallas", "Western Europe")
    stays whole. The facility itself remains an entity of the report.
    """
    if gazetteer.is_known_place(ent.text) or is_street_name(ent.text):  # type: ignore[attr-defined]
        return None
    doc = ent.doc
    if len(ent) > 2 and ent[0].lower_ in _OF_PREFIXES and ent[1].lower_ == "of":
        tail = doc[ent.start + 2 : ent.end]
        if gazetteer.is_known_place(tail.text):  # type: ignore[attr-defined]
            return Span(doc, tail.start, tail.end, label="GPE")
        return None
    words = _place_words()
    first = ent[0]
    if len(ent) > 1 and first.lower_ in words.direction_words and first.is_lower:
        rest = doc[ent.start + 1 : ent.end]  # "southwest Kansas": the direction is no name
        if gazetteer.is_known_place(rest.text):  # type: ignore[attr-defined]
            return Span(doc, rest.start, rest.end, label="GPE")
        return None
    if ent[-1].lower_ not in words.facility_words:
        return _opening_state(ent, gazetteer) or _closing_town(ent, gazetteer)
    for size in range(min(len(ent) - 1, 4), 0, -1):
        head = doc[ent.start : ent.start + size]
        if head[-1].lower_ in words.modifier_words and head[-1].lower_ not in _COUNTY_WORDS:
            continue
        if _facility_town(head.text, ent[-1].lower_, gazetteer):
            return Span(doc, head.start, head.end, label="GPE")
    return None


def _opening_state(ent: Span, gazetteer: object) -> Span | None:
    """The state or country opening a longer place-labelled name the gazetteer does not know.

    The NER often labels a state body a place ("Tamil Nadu Highways Department", "Punjab
    Irrigation Department Office"): the state it opens with is what a map can show. At least
    two capitalised words must follow, so that a landform or a region named after a state
    ("Kashmir Valley") keeps its whole name, and a given name ("Jordan") opens no state.
    """
    if not all(t.text[:1].isupper() for t in ent) or ent[0].lower_ in _direction_words():
        return None  # "Central Orakzai Agency" opens with no state named "Central"
    for size in (3, 2, 1):
        if len(ent) - size < 2:
            continue
        head = ent[:size]
        if _is_state_or_country(head.text, gazetteer) and _not_a_given_name(head.text):
            return Span(ent.doc, head.start, head.end, label="GPE")
    return None


def _closing_town(ent: Span, gazetteer: object) -> Span | None:
    """The town closing a place name the gazetteer does not know, after a locative word:
    "at Badambagh Sopore" names a quarter, then its town, with no comma between them."""
    if len(ent) < 2 or not _after_locative_word(ent):
        return None
    if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in {"and", "&"}:
        return None  # "Azad Jammu" of "Azad Jammu and Kashmir": a name the NER cut short
    if ent[-1].lower_ in load_toponym_words().admin_kind_words:
        # "Imphal East District": the district's own name, not a district named "East"
        named = ent.doc[ent.start : ent.end - 1]
        return (
            Span(ent.doc, named.start, named.end, label="GPE")
            if _is_admin_area(named.text, gazetteer)
            else None
        )
    return _trailing_town(ent, gazetteer)


def _facility_town(text: str, last_word: str, gazetteer: object) -> bool:
    """Whether a facility's leading words name a town, a county or a larger area."""
    if text.lower() in _common_words() or not _not_a_given_name(text):
        return False
    candidates = gazetteer.candidates(text)[:3]  # type: ignore[attr-defined]
    if any(
        p.feature in ("admin1", "admin2", "country") and kind != NAME_ALTERNATE
        for p, kind in candidates
    ):
        return True  # an area by its own name: "Anderson County", not "Webb" for Webb County
    # "Webb Center", "Lipscomb University": institutions are often named after people
    least = (
        BIG_CITY if last_word in load_toponym_words().eponymous_facility_words else LEADING_PLACE
    )
    return any(p.feature == "city" and p.population >= least for p, _kind in candidates)


@lru_cache(maxsize=1)
def _place_words() -> PlaceWords:
    from sitrep.resolve.gazetteer.words import load_place_words

    return load_place_words()


def _named_facility(span: Span) -> bool:
    """An organisation named as a building ("Karachi Police Office") may be placed in its city."""
    from sitrep.knowledge.cues import load_cues

    return not span.kb_id_ and span[-1].lower_ in load_cues().facility_heads


def _is_demonym(gazetteer: object, text: str) -> bool:
    return any(kind == NAME_DEMONYM for _, kind in gazetteer.candidates(text))  # type: ignore[attr-defined]


def _leading_place(ent: Span, gazetteer: object) -> Span | None:
    """ "Minnesota Department of Transportation" opens with Minnesota: that part is a place.

    A company's registered name ("Magna International Inc", "Jones Group Ltd") is a
    brand: a town of the same name in it is chance, not the company's home.
    """
    if ent.label_ == "ORG" and registered_company(ent):
        return None
    for size in (3, 2, 1):
        if size >= len(ent):
            continue
        head = ent[:size]
        following = ent[size]
        if not all(t.text[:1].isupper() for t in head):
            continue
        if following.is_lower and following.is_alpha:
            # "Georgia authorities", "Israeli government": a capitalised modifier
            if _is_demonym(gazetteer, head.text):
                return Span(ent.doc, ent.start, ent.start + size, label="NORP")
            if _is_state_or_country(head.text, gazetteer) and _not_a_given_name(head.text):
                return Span(ent.doc, ent.start, ent.start + size, label="GPE")
            continue
        if not following.text[:1].isupper():
            continue
        if ent.label_ == "PERSON" and not _is_title(ent[size:].text):
            continue  # "Sardar Khan" is a man; "Fargo Mayor Dennis Walaker" opens with a town
        if (
            _not_a_given_name(head.text)
            and head.text.lower() not in _common_words()
            and _leading_population(gazetteer, head.text, ent) >= _least_leading_population(ent)
        ):
            return Span(ent.doc, ent.start, ent.start + size, label="GPE")
    return None


def _leading_population(gazetteer: object, name: str, ent: Span) -> int:
    """Population of the place opening a name; only towns count before an institution's
    word, since a county's bare name ("Webb" of Webb County) is mostly a surname there."""
    if ent[-1].lower_ not in load_toponym_words().eponymous_facility_words:
        return _population(gazetteer, name)
    candidates = gazetteer.candidates(name)[:3]  # type: ignore[attr-defined]
    return max(
        (
            p.population
            for p, kind in candidates
            if p.feature == "city"
            or (p.feature in ("admin1", "country") and kind != NAME_ALTERNATE)
        ),
        default=0,
    )


def _least_leading_population(ent: Span) -> int:
    """Size a town opening a name must have; more for an institution often named after a
    person ("Webb Center", "Lipscomb University")."""
    if ent[-1].lower_ in load_toponym_words().eponymous_facility_words:
        return BIG_CITY
    return LEADING_PLACE


def _trailing_place(ent: Span, gazetteer: object) -> Span | None:
    """ "University of Cincinnati", "Association of Western Pennsylvania": the place after "of"."""
    if ent.label_ != "ORG":
        return None
    of = next((t.i for t in ent if t.lower_ == "of"), None)
    if of is None or of + 1 >= ent.end:
        return None
    start = of + 1
    if ent.doc[start].lower_ in _direction_words() and start + 1 < ent.end:
        start += 1
    tail = ent.doc[start : ent.end]
    if len(tail) > 3 or not all(t.text[:1].isupper() for t in tail):
        return None
    if tail.text.lower() in _common_words() or not _not_a_given_name(tail.text):
        return None
    if _is_state_or_country(tail.text, gazetteer) or (
        _population(gazetteer, tail.text) >= LEADING_PLACE
    ):
        return Span(ent.doc, tail.start, tail.end, label="GPE")
    return None


@lru_cache(maxsize=1)
def _trailing_town(ent: Span, gazetteer: object) -> Span | None:
    """The town or district closing a mislabelled name: "in Pir Colony Peshawar", "staff of
    the Women Development Centre Hyderabad".

    South Asian news writes a quarter, a village or an office before the town that holds
    it, with no comma; the NER then reads the whole run as a person or an organisation.
    After a locative word ("in", "at") the closing town must be a real town (at least
    ``LEADING_PLACE`` people) or an admin area; an organisation's name with no such word
    before it must close on a large city or an admin area (a branch named after its seat).
    A person's name with no locative word before it stays a person ("Jack London").
    """
    if len(ent) < 2 or ent.kb_id_ or registered_company(ent):
        return None
    after_locative = _after_locative_word(ent)
    if ent.label_ == "PERSON" and not after_locative:
        return None
    least = LEADING_PLACE if after_locative else BIG_CITY
    for size in (2, 1):
        if size >= len(ent):
            continue
        tail = ent[len(ent) - size :]
        text = tail.text
        if not all(t.text[:1].isupper() and t.is_alpha for t in tail):
            continue
        if tail[0].lower_ in _direction_words() or tail[-1].lower_ in _name_part_words():
            continue  # "Sadasivan Nagar", "Azad Maidan", "Imphal East": parts of the name
        if text.lower() in _common_words() or not _not_a_given_name(text):
            continue
        if _common_word(text, gazetteer):
            continue
        if _is_admin_area(text, gazetteer) or _population(gazetteer, text) >= least:
            return Span(ent.doc, tail.start, tail.end, label="GPE")
    return None


@lru_cache(maxsize=1)
def _name_part_words() -> frozenset[str]:
    return load_toponym_words().name_part_words


def _direction_words() -> frozenset[str]:
    from sitrep.resolve.gazetteer.words import load_place_words

    return frozenset(load_place_words().direction_words)


def _is_title(words: str) -> bool:
    from sitrep.resolve.titles import match_title

    return any(match_title(" ".join(words.split()[:n])) for n in (1, 2))


def _missed_big_places(doc: Doc, gazetteer: object) -> list[Span]:
    """Capitalised words no entity covers that name a big city ("in Shreveport" missed)."""
    covered = {i for e in doc.ents for i in range(e.start, e.end)}
    found: list[Span] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if i in covered or not token.is_title or token.is_sent_start or len(token.text) < 4:
            i += 1
            continue
        end = i + 1
        while end < len(doc) and end not in covered and doc[end].is_title and end - i < 3:
            end += 1
        for stop in range(end, i, -1):
            text = doc[i:stop].text
            if (
                _population(gazetteer, text) >= BIG_CITY
                and _not_a_given_name(text)
                and text.lower() not in _common_words()
                and _reads_as_proper_noun(doc[i:stop], gazetteer)
            ):
                found.append(Span(doc, i, stop, label="GPE"))
                i = stop
                break
        else:
            i += 1
    return found


def _reads_as_proper_noun(span: Span, gazetteer: object) -> bool:
    """A name the tagger reads as a proper noun, and no common English word unless a
    state or a country: "Jewish settlements", "Spanish championship", "you have to Cary
    it", "Master Sale Spot" name no place on their own."""
    if any(t.pos_ not in ("PROPN", "") for t in span):
        return False
    return not (
        len(span) == 1
        and zipf_of(span.text) >= COMMON_WORD_ZIPF
        and not _is_state_or_country(span.text, gazetteer)
    )


def _population(gazetteer: object, name: str) -> int:
    return max((p.population for p in named_places(gazetteer, name)), default=0)


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from sitrep.knowledge.cues import load_cues

    return load_cues().given_names


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    from sitrep.knowledge.cues import load_cues

    return load_cues().not_place_words


def _not_a_given_name(text: str) -> bool:
    """ "Jackson", "Marshall", "Brandon" name towns and people alike: leave them to the NER."""
    return text.lower() not in _given_names()


def _places_by_context(doc: Doc, gazetteer: object, found: list[Span]) -> list[Span]:
    """Bare names the NER mislabelled or missed, placed by what surrounds them.

    A short capitalised name the gazetteer knows is a place when the article
    names it as a place elsewhere (one sense per discourse), when "in", "at" or
    "near" introduces it, when a state or country follows it after a comma
    ("Decatur, Ala.") or it is the state or country after a place and a comma
    ("Charleston, W.Va."), when it names a state or country and is no given
    name ("Connecticut"), or when it opens the article in capitals (a
    dateline). A name that is part of a person's fuller name ("Jackson" of
    "Alan Jackson") stays a person.
    """
    taken = {i for span in found for i in range(span.start, span.end)}
    place_texts = {span.text.lower() for span in found if span.label_ != "NORP"}
    teams = team_names(doc)
    place_ends = {span.end for span in found}
    surnames = _person_name_words(doc)
    in_times = time_tokens(doc)
    ends_of_people = person_ends(doc)
    eligible: list[Span] = []
    for span in _bare_name_candidates(doc, taken):
        span = after_party_prefix(span)
        text = span.text
        if text.lower() in _common_words():
            continue
        if text.lower() in surnames and not (
            after_comma_of_place(span, place_ends) and _is_admin_area(text, gazetteer)
        ):
            continue  # "Jackson" of "Alan Jackson"; "Pirkoh, Dera Bugti" is a district
        if len(span) == 1 and span[0].is_stop:
            continue  # "But", "No", "Many" opening a sentence
        if any(i in in_times for i in range(span.start, span.end)):
            continue  # "in May 2006": a date
        if text.lower() in load_toponym_words().calendar_words:
            continue
        if not gazetteer.is_known_place(text):  # type: ignore[attr-defined]
            continue
        if _in_table_row(span):
            continue  # "NEW YORK 59 75 .440": a team in a results table, not a place
        if span.start in teams:
            continue  # "Nice have won": a club in a sports report
        eligible.append(span)

    def placed(span: Span) -> bool:
        text = span.text
        return (
            text.lower() in place_texts
            or (
                (_after_locative_word(span) or opens_resident_phrase(span))
                and not _common_word(text, gazetteer)
            )
            or party_home(span)
            or home_after_person(span, ends_of_people)
            or before_county_word(span)
            or (before_kind_word(span) and not _common_word(text, gazetteer))
            or (
                after_comma_of_place(span, place_ends)
                and (
                    _is_admin_area(text, gazetteer)
                    or (
                        _population(gazetteer, text) >= LEADING_PLACE
                        and _not_a_given_name(text)
                        and not _common_word(text, gazetteer)
                    )
                )
            )
            or _before_enclosing_place(span, gazetteer)
            or (
                _dateline(span)
                and (
                    _is_state_or_country(text, gazetteer)
                    or _population(gazetteer, text) >= LEADING_PLACE
                )
            )
            or (_is_state_or_country(text, gazetteer) and _not_a_given_name(text))
            or (
                span.start >= 2
                and doc[span.start - 1].text == ","
                and span.start - 1 in place_ends
                and _is_state_or_country(text, gazetteer)
            )
        )

    added: list[Span] = []
    for _round in range(2):  # the second round: earlier mentions of a name placed later on
        remaining: list[Span] = []
        for span in eligible:
            if not placed(span):
                remaining.append(span)
                continue
            added.append(Span(doc, span.start, span.end, label="GPE"))
            place_texts.add(span.text.lower())
            place_ends.add(span.end)
        eligible = remaining
    return added


def _common_word(text: str, gazetteer: object) -> bool:
    """A one-word name that is mostly an English word ("Hope", "Section", "Officer").

    After "in" or "at" such a word is a place only when it is a large city or a
    state or country; a small town of that name needs a stronger cue.
    """
    from wordfreq import zipf_frequency

    if " " in text or zipf_frequency(text.lower(), "en") < COMMON_WORD_ZIPF:
        return False
    return _population(gazetteer, text) < BIG_CITY and not _is_state_or_country(text, gazetteer)


def _is_admin_area(text: str, gazetteer: object) -> bool:
    return any(
        getattr(place, "feature", None) in ("admin1", "admin2", "country")
        for place in named_places(gazetteer, text)
    )


def names_state_or_country(text: str, gazetteer: object) -> bool:
    """A state's, a province's or a country's own name, and no given name."""
    return _is_state_or_country(text, gazetteer) and _not_a_given_name(text)


def _is_state_or_country(text: str, gazetteer: object) -> bool:
    return any(
        getattr(place, "feature", None) in ("admin1", "country")
        for place in named_places(gazetteer, text)
    )


def _bare_name_candidates(doc: Doc, taken: set[int]) -> list[Span]:
    """Mislabelled single names (up to three words), and capitalised runs no entity covers."""
    candidates = [
        ent
        for ent in doc.ents
        if ent.label_ in MISTAKEN_LABELS
        and not ent.kb_id_
        and len(ent) <= 3
        and all(t.text[:1].isupper() or t.text == "-" for t in ent)
        and not any(i in taken for i in range(ent.start, ent.end))
    ]
    covered = {i for e in doc.ents for i in range(e.start, e.end)} | taken
    i = 0
    while i < len(doc):
        if i in covered or not doc[i].text[:1].isupper() or not doc[i].is_alpha:
            i += 1
            continue
        if doc[i].is_stop and i + 1 < len(doc) and doc[i + 1].is_title:
            i += 1  # "In Baglung, cadres …": the sentence's capital opens no name
            continue
        end = i + 1
        while end < len(doc) and end not in covered and doc[end].is_title and end - i < 3:
            end += 1
        candidates.append(doc[i:end])
        i = end
    return candidates


def _person_name_words(doc: Doc) -> frozenset[str]:
    """Words of the fuller person names in the document ("jackson" of "Alan Jackson")."""
    words: set[str] = set()
    for cluster in doc._.entities or []:
        if cluster.type != "PERSON":
            continue
        for mention in cluster.mentions:
            if mention.label_ == "PERSON" and len(mention) > 1:
                words.update(t.lower_ for t in mention)
                words.add(mention.text.lower())
    return frozenset(words)


def _in_table_row(span: Span) -> bool:
    """A name with a bare number right after or right before it ("CHICAGO 65 66",
    "Notts County 0 York 1"): a row of sports results or standings."""
    doc = span.doc

    def score_at(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].is_digit and len(doc[i].text) <= 3

    return score_at(span.end) or score_at(span.start - 1)


def _after_locative_word(span: Span) -> bool:
    """ "in Decatur", "near Grovetown", "north Arlington": a word placing the name after it."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.is_upper and span.text.isupper():
        return False  # "MINNESOTA AT MILWAUKEE": a fixture list in capitals, teams
    return before.lower_ in LOCATIVE_WORDS or (
        before.is_lower and before.lower_ in _place_words().direction_words
    )


def _before_enclosing_place(span: Span, gazetteer: object) -> bool:
    """ "Decatur, Ala." or "Gori, Georgia": a comma, then a state or a country."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    nxt = doc[span.end + 1]
    words = [nxt.text]
    if nxt.i + 1 < len(doc) and doc[nxt.i + 1].text == "." and not nxt.whitespace_:
        words.append(nxt.text + ".")
    return any(word[:1].isupper() and _is_state_or_country(word, gazetteer) for word in words)


def _dateline(span: Span) -> bool:
    """A place in capitals opening the article or a line: "MIDDLETOWN, Conn. -"."""
    doc = span.doc
    opens_line = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    if not opens_line or not span.text.isupper():
        return False
    text = document_text(doc)
    return bool(_DATELINE_END.match(text[span.end_char : span.end_char + 3]))


def _with_abbreviation_period(span: Span) -> Span:
    """ "W.Va" and "Ky" take back the period the tokenizer split off ("W.Va.", "Ky.")."""
    doc = span.doc
    last = span[-1]
    if (
        span.end < len(doc)
        and doc[span.end].text == "."
        and not last.whitespace_
        and last.text in _abbreviations()
    ):
        return Span(doc, span.start, span.end + 1, label=span.label_)
    return span


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Place abbreviations written with a final period (the alias file's "Ky.", "W.Va.")."""
    from sitrep.resolve.gazetteer.aliases import load_aliases

    found: set[str] = set()
    for entry in load_aliases():
        for alias in entry.aliases:
            if alias.endswith(".") and len(alias) <= 8:
                stem = alias[:-1]
                found.update((stem, stem.rsplit(".", 1)[-1]))  # the tokenizer may split "W."
    return frozenset(found)
