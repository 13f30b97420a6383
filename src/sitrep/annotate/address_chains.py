"""Places named in a row: "on Shahrak-e-Zakireen, Khair Khana, PD 17, Kabul".

Where a statistical NER takes an unfamiliar district in an address for a person,
the chain of comma-separated names after "in/at/on" says every piece is a place.
Also the small place tests the mention stage shares: a country's name, a name after
a locative word.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span


@lru_cache(maxsize=20_000)
def is_country_name(name: str) -> bool:
    """True for the name of a country ("Afghanistan"): a place as well as an actor."""
    import pycountry

    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


CHAIN_OPENERS = {"in", "at", "on", "near", "outside", "inside"}
LOCATIVE_WORDS = {"in", "at", "near", "outside", "inside"}


def after_locative(span: Span) -> bool:
    """The name follows "in", "at", "near"...: the text places something there."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in LOCATIVE_WORDS


TOPONYM_LABELS = {"GPE", "LOC", "FAC"}


def address_chains(doc: Doc, spans: list[Span]) -> list[Span]:
    """Names in an address ("on Shahrak-e-Zakireen, Khair Khana, PD 17, Kabul") are places.

    Walking back from a place over comma-separated capitalised names to a
    locative preposition, every piece is a place, whatever the model called it
    (a statistical NER often takes an unfamiliar district for a person).
    """
    by_start = {s.start: s for s in spans}
    by_end = {s.end: s for s in spans}
    relabel: dict[int, Span] = {}
    # a name the text uses for a person at another place too is that person ("…, Gaddafi, …")
    person_at: dict[str, set[int]] = {}
    for s in spans:
        if s.label_ == "PERSON" and not after_locative(s):
            person_at.setdefault(s.text, set()).add(s.start)
    for place in spans:
        if place.label_ not in TOPONYM_LABELS or is_country_name(place.text):
            continue  # an address ends in a town, not a country
        pieces: list[tuple[int, int]] = []
        i = place.start - 1
        while i > 0 and doc[i].text == ",":
            end = i
            if end in by_end:
                start = by_end[end].start
            else:
                start = end
                while (
                    start - 1 >= 0
                    and _name_piece(doc[start - 1])
                    and end - start < 8
                    and not doc[start - 1].is_sent_start
                ):
                    start -= 1
            if (
                start == end
                or not doc[start].text[:1].isupper()
                or person_at.get(doc[start:end].text, set()) - {start}
            ):
                break
            pieces.append((start, end))
            i = start - 1
        if pieces and i >= 0 and doc[i].lower_ in CHAIN_OPENERS:
            for start, end in pieces:
                relabel[start] = Span(
                    doc,
                    start,
                    end,
                    label="LOC",
                    kb_id=by_start[start].kb_id_ if start in by_start else "",
                )
    for start, end in bracketed_chain_pieces(doc, spans):
        relabel.setdefault(
            start,
            Span(
                doc,
                start,
                end,
                label="LOC",
                kb_id=by_start[start].kb_id_ if start in by_start else "",
            ),
        )
    if not relabel:
        return spans
    kept = [
        s
        for s in spans
        if not any(
            r.start <= s.start < r.end or s.start <= r.start < s.end for r in relabel.values()
        )
    ]
    return sorted(kept + list(relabel.values()), key=lambda s: s.start)


def _name_piece(token: object) -> bool:
    """A word of a place name: capitalised, a number ("PD 17") or a hyphen-joined part."""
    text = getattr(token, "text", "")
    glued = getattr(token, "whitespace_", " ") == ""
    return text[:1].isupper() or text.isdigit() or text in {"-", "‑"} or (text.isalpha() and glued)


#: how many names an admin chain in brackets holds at most ("(Hombori, Douentza, Mopti)")
MAX_CHAIN_PIECES = 4


def bracketed_chain_pieces(doc: Doc, spans: list[Span]) -> list[tuple[int, int]]:
    """The names of an admin chain in brackets after a place: ACLED-style notes write
    "in Boni (Hombori, Douentza, Mopti)" or "in Mogadishu (Banadir)", the place's district,
    province and region. Every piece is a place (never a person a statistical NER may take
    it for). The name before the bracket must be a place or follow a locative word, so an
    aside after a group's name ("Ansar Dine (AQIM, MUJAO)") is left alone."""
    toponym_end = {s.end: s for s in spans if s.label_ in TOPONYM_LABELS}
    peoples = {i for s in spans if s.label_ in PEOPLE_LABELS for i in range(s.start, s.end)}
    pieces: list[tuple[int, int]] = []
    for open_ in (t for t in doc if t.text == "(" and t.i > 0):
        before = toponym_end.get(open_.i)
        if before is not None and _ends_a_name(doc, before.start):
            continue  # "Communist Party of India (Maoist)": the bracket is the party's
        if not (before is not None or _after_opener(doc, open_.i)):
            continue
        chain: list[tuple[int, int]] = []
        start = i = open_.i + 1
        while i < len(doc) and len(chain) < MAX_CHAIN_PIECES:
            if doc[i].text in {",", ")"}:
                if i == start or not doc[start].text[:1].isupper():
                    break
                if any(k in peoples for k in range(start, i)):
                    break  # "(Maoist)", "(Kachin)": a people or group, not a place
                chain.append((start, i))
                if doc[i].text == ")":
                    pieces.extend(chain)
                    break
                start = i + 1
            elif not _name_piece(doc[i]) and doc[i].lower_ not in NAME_LINKS:
                break
            i += 1
    return pieces


#: labels of names that stand for a people or a group, never an admin unit
PEOPLE_LABELS = frozenset({"NORP", "ORG"})


def _ends_a_name(doc: Doc, start: int) -> bool:
    """Whether the place starting at ``start`` ends a longer capitalised name ("Communist
    Party of India", "Islamic State of Iraq"): the bracket after it belongs to that name."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text[:1].isupper()


#: small words inside a place's name ("Salah al-Din", "Dar es Salaam")
NAME_LINKS = frozenset({"al", "el", "es", "de", "del", "la", "-", "of"})


def _after_opener(doc: Doc, bracket: int) -> bool:
    """The capitalised name just before the bracket follows "in", "at", "near"...."""
    i = bracket - 1
    while i >= 0 and _name_piece(doc[i]) and bracket - i < 8:
        i -= 1
    return i >= 0 and i < bracket - 1 and doc[i].lower_ in CHAIN_OPENERS
