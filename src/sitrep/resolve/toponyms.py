"""Which stretches of text name places: the toponyms the geocoder is given.

The NER's place spans come first. Around them, news names places in ways a
statistical model labels otherwise: a demonym ("Sudanese"), a place opening an
organisation's or an official's name ("Mansfield Police Department", "Fargo
Mayor Dennis Walaker"), a building named after its town ("Karachi Police
Office"), and big cities the model missed altogether. A bare name the model
took for a person or an organisation ("in Decatur", "Torrington, Conn.") is a
place when its context says so (see `_places_by_context`). Each candidate must
be a name the gazetteer knows, so the additions stay precise.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from sitrep.annotate.extensions import document_text

TOPONYM_LABELS = {"GPE", "LOC", "FAC"}
#: a city this large is a place wherever a capitalised word names it alone
BIG_CITY = 100_000
#: a place opening a longer name must be a real town at least this size (or an admin area)
LEADING_PLACE = 5_000
NAME_DEMONYM = 3  # sitrep.resolve.gazetteer.index.NAME_DEMONYM
#: labels the NER gives place names by mistake, rescued by context
MISTAKEN_LABELS = {"PERSON", "ORG", "MISC", "NORP"}
#: words that put the name after them in a place ("in Decatur", "near Grovetown")
LOCATIVE_WORDS = frozenset(
    {"in", "at", "near", "outside", "inside", "throughout", "across", "from"}
)
_DATELINE_END = re.compile(r"^\s*(?:,|\(|-|\u2014|\u2013)")


def find_toponyms(doc: Doc, gazetteer: object) -> list[Span]:
    """Place-naming spans of the document, in text order, without overlaps."""
    people = {m.start for c in doc._.entities or [] if c.type == "PERSON" for m in c.mentions}
    found: list[Span] = []
    for ent in doc.ents:
        if ent.start in people and ent.label_ != "PERSON":
            continue
        if (ent.label_ in TOPONYM_LABELS and ent.start not in people) or (
            ent.label_ == "ORG" and _named_facility(ent)
        ):
            found.append(ent)
        elif ent.label_ == "NORP" and _is_demonym(gazetteer, ent.text):
            found.append(ent)  # keeps its NORP label: a people, never an event's place
        elif ent.label_ in {"ORG", "PERSON", "MISC"} and not ent.kb_id_:
            inner = _leading_place(ent, gazetteer) or _trailing_place(ent, gazetteer)
            if inner is not None:
                found.append(inner)
    found += _missed_big_places(doc, gazetteer)
    found += _places_by_context(doc, gazetteer, found)
    found = [_with_abbreviation_period(span) for span in found]
    found.sort(key=lambda s: s.start)
    return found


def _named_facility(span: Span) -> bool:
    """An organisation named as a building ("Karachi Police Office") may be placed in its city."""
    from sitrep.knowledge.cues import load_cues

    return not span.kb_id_ and span[-1].lower_ in load_cues().facility_heads


def _is_demonym(gazetteer: object, text: str) -> bool:
    return any(kind == NAME_DEMONYM for _, kind in gazetteer.candidates(text))  # type: ignore[attr-defined]


def _leading_place(ent: Span, gazetteer: object) -> Span | None:
    """ "Minnesota Department of Transportation" opens with Minnesota: that part is a place."""
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
            and _population(gazetteer, head.text) >= LEADING_PLACE
        ):
            return Span(ent.doc, ent.start, ent.start + size, label="GPE")
    return None


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
            ):
                found.append(Span(doc, i, stop, label="GPE"))
                i = stop
                break
        else:
            i += 1
    return found


def _population(gazetteer: object, name: str) -> int:
    places = gazetteer.lookup(name)  # type: ignore[attr-defined]
    return max((p.population for p in places[:3]), default=0)


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
    place_ends = {span.end for span in found}
    surnames = _person_name_words(doc)
    added: list[Span] = []
    for span in _bare_name_candidates(doc, taken):
        text = span.text
        if text.lower() in surnames or text.lower() in _common_words():
            continue
        if not gazetteer.is_known_place(text):  # type: ignore[attr-defined]
            continue
        if _in_table_row(span):
            continue  # "NEW YORK 59 75 .440": a team in a results table, not a place
        if (
            text.lower() in place_texts
            or _after_locative_word(span)
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
        ):
            added.append(Span(doc, span.start, span.end, label="GPE"))
            taken.update(range(span.start, span.end))
            place_ends.add(span.end)
    return added


def _is_state_or_country(text: str, gazetteer: object) -> bool:
    return any(
        place.feature in ("admin1", "country")
        for place in gazetteer.lookup(text)[:3]  # type: ignore[attr-defined]
    )


def _bare_name_candidates(doc: Doc, taken: set[int]) -> list[Span]:
    """Mislabelled single names (up to three words), and capitalised runs no entity covers."""
    candidates = [
        ent
        for ent in doc.ents
        if ent.label_ in MISTAKEN_LABELS
        and not ent.kb_id_
        and len(ent) <= 3
        and all(t.text[:1].isupper() for t in ent)
        and not any(i in taken for i in range(ent.start, ent.end))
    ]
    covered = {i for e in doc.ents for i in range(e.start, e.end)} | taken
    i = 0
    while i < len(doc):
        if i in covered or not doc[i].text[:1].isupper() or not doc[i].is_alpha:
            i += 1
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
    return span.start > 0 and span.doc[span.start - 1].lower_ in LOCATIVE_WORDS


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
