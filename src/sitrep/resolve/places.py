"""The geocoding stage: place names resolved to gazetteer places, grouped per place.

Toponyms are the GPE, LOC and FAC mentions; the geocoder ranks candidates
with the article's context. Mentions resolved to the same place form one
report place. A name with no gazetteer entry inside a known place keeps its
own name and is placed at the enclosing place, with its feature saying how
precise that is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.annotate.extensions import document_text, ensure_extensions

TOPONYM_LABELS = {"GPE", "LOC", "FAC"}


def is_known_place(name: str, gazetteer_path: Path | None = None) -> bool:
    """True when the gazetteer (the default one, or the file given) knows this name as a place."""
    return bool(_gazetteer(gazetteer_path).is_known_place(name))  # type: ignore[attr-defined]


def is_state_or_country(name: str, gazetteer_path: Path | None = None) -> bool:
    """True when the name is a state's, a province's or a country's own name and no given
    name ("Karnataka", "Sindh"; not "Georgia", not "Spanish")."""
    from sitrep.resolve.toponyms import names_state_or_country

    return names_state_or_country(name, _gazetteer(gazetteer_path))


@lru_cache(maxsize=4)
def _gazetteer(path: Path | None) -> object:
    """The gazetteer, opened once per process for each path (opening resolves cache paths)."""
    from sitrep.resolve.gazetteer import Gazetteer

    return Gazetteer.open(path)


@dataclass
class PlaceCluster:
    """One place and its mentions; ``place`` is a gazetteer entry (``GazPlace``) or None."""

    id: str
    name: str
    mentions: list[Span]
    place: object | None
    within: object | None = None
    feature: str | None = None
    confidence: float = 0.0
    token_starts: set[int] = field(default_factory=set)

    def point(self) -> object | None:
        """The gazetteer entry that gives this place its coordinates."""
        return self.place or self.within


class PlaceResolver:
    def __init__(self, gazetteer_path: Path | None = None) -> None:
        self.gazetteer_path = gazetteer_path
        self._geocoder: object | None = None

    def geocoder(self) -> object:
        if self._geocoder is None:
            from sitrep.resolve.geocoder import Geocoder

            self._geocoder = Geocoder(_gazetteer(self.gazetteer_path))  # type: ignore[arg-type]
        return self._geocoder

    def __call__(self, doc: Doc) -> Doc:
        from sitrep.resolve.toponyms import find_toponyms

        toponyms = find_toponyms(doc, _gazetteer(self.gazetteer_path))
        if not toponyms:
            doc._.places = []
            return doc
        resolutions = self.geocoder().resolve(  # type: ignore[attr-defined]
            document_text(doc),
            [(s.start_char, s.end_char) for s in toponyms],
            focus_hint=_actor_countries(doc),
            named_countries=[
                *_countries_named(toponyms),
                *_countries_heading_names(doc, _gazetteer(self.gazetteer_path)),
            ],
            source_country=doc._.source_country,
        )
        from sitrep.resolve.geo.chain_states import read_chain_tails_as_states

        read_chain_tails_as_states(
            bracketed_chains(doc, toponyms), resolutions, _gazetteer(self.gazetteer_path)
        )
        held_by_bracketed_chains(doc, toponyms, resolutions)
        clusters: dict[object, PlaceCluster] = {}
        for span, res in zip(toponyms, resolutions, strict=True):
            if res.place is None and res.within is None:
                continue
            key = res.place.geonameid if res.place is not None else ("within", span.text.lower())
            cluster = clusters.get(key)
            if cluster is None:
                cluster = PlaceCluster(
                    id="",
                    name=res.place.name if res.place is not None else span.text,
                    mentions=[],
                    place=res.place,
                    within=res.within,
                    feature=res.feature,
                    confidence=res.confidence,
                )
                clusters[key] = cluster
            cluster.mentions.append(span)
            cluster.token_starts.add(span.start)
        places = sorted(clusters.values(), key=lambda c: c.mentions[0].start)
        for number, place in enumerate(places, start=1):
            place.id = f"p{number}"
        doc._.places = places
        one_type_per_span(doc._.entities or [], places)
        doc._.country_focus = _country_focus(places)
        return doc


#: how many tokens an admin chain in brackets spans at most ("(Hombori, Douentza, Mopti)")
MAX_CHAIN_TOKENS = 16


def held_by_bracketed_chains(doc: Doc, toponyms: list[Span], resolutions: list[Any]) -> None:
    """A place followed by its admin chain ("Boni (Hombori, Douentza, Mopti)", ACLED's way
    of writing where) lies in that chain: where the gazetteer put the name somewhere the
    chain's places are not (a German city for a Malian village), the name is an unknown
    place inside the chain's smallest known place. Only a chain whose known places (two at
    least) agree on the country is trusted, as one piece alone may be misread itself
    ("Niger" the state or the country)."""
    from dataclasses import replace

    for n, span in enumerate(toponyms):
        bracket = _bracketed(doc, toponyms, span)
        if bracket is None:
            continue
        points = [resolutions[m].place for m in bracket[1] if resolutions[m].place is not None]
        if len(points) < 2 or len({p.country for p in points}) != 1:
            continue
        own = resolutions[n].place
        region = _region_of(points[-1])
        if own is not None and own.country == points[0].country and _region_of(own) == region:
            continue
        if own is None and resolutions[n].within is not None:
            continue  # already placed inside something the text names
        resolutions[n] = replace(resolutions[n], place=None, within=points[0], feature=None)


def _bracketed(doc: Doc, toponyms: list[Span], span: Span) -> tuple[int, list[int]] | None:
    """Where the bracket right after a place closes, and the indices of the toponyms inside
    it ("Boni (Hombori, Douentza, Mopti)"); None when no closed bracket follows."""
    opened = _bracket_after(doc, span.end)
    if opened is None:
        return None
    window = doc[opened : min(len(doc), opened + MAX_CHAIN_TOKENS)]
    close = next((t.i for t in window if t.text == ")"), None)
    if close is None:
        return None
    inside = [m for m, piece in enumerate(toponyms) if opened < piece.start and piece.end <= close]
    return close, inside


def bracketed_chains(doc: Doc, toponyms: list[Span]) -> list[tuple[int, list[int]]]:
    """Each place followed by an admin chain in brackets ("Minna (Chanchaga, Niger)"): the
    place's index among the toponyms, then the indices of the toponyms inside the bracket."""
    chains: list[tuple[int, list[int]]] = []
    for n, span in enumerate(toponyms):
        bracket = _bracketed(doc, toponyms, span)
        if bracket is None:
            continue
        close, inside = bracket
        if inside and toponyms[inside[-1]].end == close:
            chains.append((n, inside))
    return chains


def _bracket_after(doc: Doc, end: int) -> int | None:
    """Where the bracket after a place name opens: right after it ("Boni (...)") or after
    one lower-case unit word ("Kani township (Monywa, Sagaing)")."""
    for i in (end, end + 1):
        if i < len(doc) and doc[i].text == "(":
            return i
        if i < len(doc) and not (doc[i].is_alpha and doc[i].is_lower):
            return None
    return None


def _region_of(place: Any) -> str | None:
    """The admin1 a gazetteer place lies in (itself for an admin1)."""
    return place.name if place.feature == "admin1" else place.admin1


def one_type_per_span(entities: list[object], places: list[PlaceCluster]) -> None:
    """A span the places stage resolved as a place is a place in the entities too.

    The NER reads unfamiliar towns as people or organisations ("in Miramar", "Fallujah");
    where the places stage placed that very span by its context, the entity mention takes
    the place's label, and an entity left with place names only becomes a place
    (``GPE``), so that one span has one type across the report. Entities linked to the
    knowledge base keep their type (a state's name is also its government).
    """
    placed = {
        (m.start, m.end): m.label_
        for cluster in places
        for m in cluster.mentions
        if m.label_ in TOPONYM_LABELS
    }
    for entity in entities:
        if getattr(entity, "actor_id", None):
            continue
        mentions: list[Span] = entity.mentions  # type: ignore[attr-defined]
        relabelled = False
        for k, mention in enumerate(mentions):
            label = placed.get((mention.start, mention.end))
            if label and mention.label_ in {"PERSON", "ORG", "MISC"}:
                mentions[k] = Span(mention.doc, mention.start, mention.end, label=label)
                relabelled = True
        if relabelled and all(
            m.label_ in TOPONYM_LABELS for m in mentions if m.label_ not in {"PRON", "DESC"}
        ):
            entity.type = "GPE"  # type: ignore[attr-defined]


def _countries_named(toponyms: list[Span]) -> list[str]:
    """Countries the article names outright or by their people ("Pakistani troops"):
    they anchor ambiguous names ("Kabul"). A demonym is passed as its text; the
    geocoder looks it up."""
    import pycountry

    found: list[str] = []
    for span in toponyms:
        if span.label_ == "NORP" and span.text not in found:
            found.append(span.text)
        if span.label_ != "GPE":
            continue
        try:
            code = pycountry.countries.lookup(span.text).alpha_2
        except LookupError:
            continue
        if code not in found:
            found.append(code)
    return found


def _countries_heading_names(doc: Doc, gazetteer: object | None = None) -> list[str]:
    """Country names that open an organisation's name ("Myanmar Armed Forces",
    "Bangladesh Jamaat-e-Islami", "Pakistan Peoples Party").

    A national body named after its country is the text naming that country as
    plainly as "Pakistani troops" does; short notes often name it no other way.
    Only a name the country lookup knows counts ("Tamil Nadu Federation" does not),
    and not one the ``gazetteer`` also knows as a province or district elsewhere: the
    "Georgia Bureau of Investigation" is the US state's.
    """
    import pycountry

    found: list[str] = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 2:
            continue
        for size in (2, 1):
            head = ent[:size].text
            if not head[:1].isupper():
                continue
            try:
                country = pycountry.countries.lookup(head)
            except LookupError:
                continue
            names = {getattr(country, k, None) for k in ("name", "common_name", "official_name")}
            if head not in names:  # a code ("Nam" is Namibia's) is no name
                continue
            code = country.alpha_2
            if _names_admin_area_abroad(head, code, gazetteer):
                break
            if code not in found:
                found.append(code)
            break
    return found


def _names_admin_area_abroad(name: str, country: str, gazetteer: object | None) -> bool:
    """Whether the gazetteer knows a province or district of this name outside ``country``."""
    lookup = getattr(gazetteer, "lookup", None)
    if lookup is None:
        return False
    return any(p.feature in ("admin1", "admin2") and p.country != country for p in lookup(name))


def _actor_countries(doc: Doc) -> list[str]:
    """Countries of the known actors the article names ("TTP" -> PK, "Awami League" -> BD).

    Short notes often name an armed group or a party but not its country; the
    group's country then anchors ambiguous village names ("Bara", "Beas").
    """
    found: list[str] = []
    for cluster in doc._.entities or []:
        country = getattr(getattr(cluster, "actor", None), "country", None)
        if isinstance(country, str) and country and country not in found:
            found.append(country)
    return found


def _country_focus(places: list[PlaceCluster]) -> list[str]:
    counts: dict[str, int] = {}
    for cluster in places:
        point = cluster.point()
        country = getattr(point, "country", None)
        if country:
            counts[country] = counts.get(country, 0) + len(cluster.mentions)
    return sorted(counts, key=lambda c: -counts[c])


@Language.factory(
    "sitrep_places",
    requires=["doc.ents"],
    assigns=["doc._.places", "doc._.country_focus"],
    default_config={"gazetteer_path": None},
)
def make_place_resolver(nlp: Language, name: str, gazetteer_path: str | None) -> PlaceResolver:
    ensure_extensions()
    return PlaceResolver(Path(gazetteer_path) if gazetteer_path else None)
