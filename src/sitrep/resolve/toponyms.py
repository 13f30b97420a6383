"""Which stretches of text name places: the toponyms the geocoder is given.

The NER's place spans come first. Around them, news names places in ways a
statistical model labels otherwise: a demonym ("Sudanese"), a place opening an
organisation's or an official's name ("Mansfield Police Department", "Fargo
Mayor Dennis Walaker"), a building named after its town ("Karachi Police
Office"), and big cities the model missed altogether. Each candidate must be a
name the gazetteer knows, so the additions stay precise.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

TOPONYM_LABELS = {"GPE", "LOC", "FAC"}
#: a city this large is a place wherever a capitalised word names it alone
BIG_CITY = 100_000
#: a place opening a longer name must be a real town at least this size (or an admin area)
LEADING_PLACE = 5_000
NAME_DEMONYM = 3  # sitrep.resolve.gazetteer.index.NAME_DEMONYM


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
            inner = _leading_place(ent, gazetteer)
            if inner is not None:
                found.append(inner)
    found += _missed_big_places(doc, gazetteer)
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
        if not following.text[:1].isupper() or not all(t.text[:1].isupper() for t in head):
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
