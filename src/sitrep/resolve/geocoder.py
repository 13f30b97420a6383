"""The geocoder: place names found in an article, resolved to gazetteer places in context.

`Geocoder.resolve` ranks each toponym's candidates jointly with the article's
other toponyms: the administrative chain spelled in the text ("Andar district,
Ghazni province"), the countries and provinces the other places point to, their
distance, the kind of place named ("province", "city of"), population, and the
source's country. A name with no fitting entry keeps its text and gets the
smallest known place that encloses it (``within``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from math import exp

from sitrep.resolve.gazetteer import Gazetteer, GazPlace, acled_geo_precision
from sitrep.resolve.gazetteer.features import FEATURE_RANK
from sitrep.resolve.gazetteer.index import NAME_ALIAS, NAME_ALTERNATE
from sitrep.resolve.gazetteer.words import load_place_words
from sitrep.resolve.geo.coherence import (
    best_reading_in,
    distinctive_name,
    keep_to_article_country,
    keep_to_unit_country,
)
from sitrep.resolve.geo.cues import MentionCue, chains, mention_cue
from sitrep.resolve.geo.inner import InnerPlace, inner_place
from sitrep.resolve.geo.local_units import unit_countries
from sitrep.resolve.geo.scoring import Slot, chain_scores, context_scores, prior_scores
from sitrep.resolve.geo.short_names import keep_to_full_names
from sitrep.resolve.geo.streets import is_street_name

__all__ = ["Geocoder", "Resolution", "acled_geo_precision"]

MAX_CANDIDATES = 60
#: a place this large is trusted under a variant spelling even without context
VARIANT_TRUSTED_POPULATION = 100_000
CONTEXT_ROUNDS = 2
#: a name of at most this many capitals is read as an abbreviation
ABBREVIATION_LENGTH = 5
_KIND_WORD_FEATURE = {
    "admin1": "admin1",
    "admin2": "district",
    "city": "city",
    "neighbourhood": "neighbourhood",
    "region": "region",
}


@dataclass
class Resolution:
    """What one toponym mention resolved to.

    ``place`` is ``None`` when no gazetteer entry fits; ``within`` is then the
    smallest known place that the text puts it in (or ``None``). ``feature`` is
    the place's kind, or the kind the text names for an unknown place ("X
    district" -> "district").
    """

    start: int
    end: int
    text: str
    place: GazPlace | None
    within: GazPlace | None
    feature: str | None
    confidence: float


class Geocoder:
    """Resolves toponym spans of one article at a time; share one per process."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def resolve(
        self,
        text: str,
        mentions: Sequence[tuple[int, int]],
        *,
        source_country: str | None = None,
        focus_hint: Sequence[str] = (),
        named_countries: Sequence[str] = (),
    ) -> list[Resolution]:
        """Resolve the toponym spans ``mentions`` (start, end offsets into ``text``).

        ``source_country`` is the ISO alpha-2 code of the outlet's country, used
        as a tiebreak; ``focus_hint`` lists countries (codes or names) the article
        is known to be about (a small lift to their places); ``named_countries``
        those the text itself names (codes, names or demonyms): a small place
        outside them that nothing else supports is dropped. Returns one
        `Resolution` per mention, in order.
        """
        focus = self._focus_countries([*focus_hint, *named_countries, *unit_countries(text)])
        named = self._focus_countries(named_countries)
        slots = [self._slot(mention_cue(text, s, e)) for s, e in mentions]
        inner = self._add_inner_slots(text, slots)
        keep_to_full_names(slots)
        source = source_country.upper() if source_country else None
        for slot in slots:
            slot.prior = prior_scores(slot, source, focus)
            slot.context = [0.0] * len(slot.candidates)
        groups, lists = chains(text, list(mentions))
        chain_scores(slots, groups)
        self._choose(slots)
        for _ in range(CONTEXT_ROUNDS):
            context_scores(slots, lists)
            self._choose(slots)
        self._reject_outside_chain(slots, groups)
        self._reject_unsupported_variants(slots, focus)
        keep_to_unit_country(slots)
        self._reject_outside_focus(slots, named)
        home = {
            i: self.gazetteer.country(code) for i, code in keep_to_article_country(slots).items()
        }
        town = _article_town(slots[: len(mentions)])
        return [
            self._resolution(slots, i, groups, inner.get(i), town, home.get(i))
            for i in range(len(mentions))
        ]

    def _add_inner_slots(self, text: str, slots: list[Slot]) -> dict[int, tuple[int, InnerPlace]]:
        """Add a hidden slot for the known place inside each name the gazetteer lacks.

        The hidden slot ("Peshawar" in "Peshawar Police Lines") is ranked with the
        article's other places; the mention then comes back inside it.
        """
        words = load_place_words()
        found: dict[int, tuple[int, InnerPlace]] = {}
        for i in range(len(slots)):
            cue = slots[i].cue
            if slots[i].candidates or is_street_name(cue.text):
                continue
            part = inner_place(text, cue.start, cue.end, words, self.gazetteer.is_known_place)
            if part is None:
                continue
            hidden = self._slot(mention_cue(text, part.start, part.end))
            if hidden.candidates:
                found[i] = (len(slots), part)
                slots.append(hidden)
        return found

    def _slot(self, cue: MentionCue) -> Slot:
        for name in cue.lookup_names:
            found = self.gazetteer.candidates(name)
            if _is_abbreviation(name):
                found = [(p, kind) for p, kind in found if _abbreviates(name, p, kind)]
            if found:
                return Slot(cue, found[:MAX_CANDIDATES])
        return Slot(cue, [])

    def _focus_countries(self, hints: Sequence[str]) -> frozenset[str]:
        codes = set()
        for hint in hints:
            if len(hint) == 2 and hint.isalpha() and self.gazetteer.country(hint) is not None:
                codes.add(hint.upper())
                continue
            codes.update(p.country for p in self.gazetteer.lookup(hint) if p.feature == "country")
        return frozenset(codes)

    @staticmethod
    def _choose(slots: Sequence[Slot]) -> None:
        """Pick each mention's best candidate, summing scores over same-name mentions."""
        groups: dict[tuple[str, frozenset[str]], list[Slot]] = defaultdict(list)
        for slot in slots:
            if slot.candidates:
                groups[slot.key].append(slot)
        for members in groups.values():
            totals: dict[int, float] = defaultdict(float)
            for slot in members:
                for (place, _k), score in zip(slot.candidates, slot.totals(), strict=True):
                    totals[place.geonameid] += score
            best = max(totals, key=totals.__getitem__)
            for slot in members:
                slot.choice = next(
                    (i for i, (p, _k) in enumerate(slot.candidates) if p.geonameid == best), None
                )

    @staticmethod
    def _reject_outside_chain(slots: Sequence[Slot], groups: Sequence[Sequence[int]]) -> None:
        """Drop a reading that leaves the country its chain names ("Andar, Ghazni").

        Only a larger place encloses: "Guinea, Sierra Leone and Liberia" is a list.
        A district also says where the chain is when the place before it has the
        same rank: in "Bara, Khyber Agency" a district called Bara abroad is wrong.
        """
        for group in groups:
            for pos, i in enumerate(group):
                place = slots[i].chosen
                if place is None:
                    continue
                rank = _rank(place)
                parent = _enclosing(slots, group[pos + 1 :], rank)
                if parent is None and rank < FEATURE_RANK["admin1"]:
                    peer = _enclosing(slots, group[pos + 1 :], rank - 1)
                    if peer is not None and peer.feature in ("admin2", "district"):
                        parent = peer
                if parent is None:
                    continue
                if place.country != parent.country and parent.feature != "region":
                    slots[i].choice = None

    @staticmethod
    def _reject_outside_focus(slots: Sequence[Slot], focus: frozenset[str]) -> None:
        """Drop a small place abroad when the article says which countries it is about.

        A note about the Tehreek-e-Taliban Pakistan naming "Bara" or a protest "in
        Beas" by Sikhs is not about a village in Nigeria or Spain: when the
        gazetteer has no such place in the focus countries and nothing else in
        the text points abroad, no reading is better than a wrong point. When it
        has one, that one is read even if the text's kind word fits it less well:
        "Muse township" in a note on Myanmar's army is Muse in Shan, not in
        Pennsylvania.
        """
        if not focus:
            return
        for slot in slots:
            if slot.choice is None:
                continue
            place = slot.candidates[slot.choice][0]
            if (
                place.country
                and place.country not in focus
                and place.feature in ("city", "neighbourhood", "admin2", "district")
                and place.population < VARIANT_TRUSTED_POPULATION
                and slot.chain[slot.choice] <= 0
                and slot.context[slot.choice] <= 0
                and not distinctive_name(slot)
            ):
                slot.choice = best_reading_in(slot, focus)

    @staticmethod
    def _reject_unsupported_variants(slots: Sequence[Slot], focus: frozenset[str]) -> None:
        """Drop a small town matched only by a variant spelling that nothing else supports.

        GeoNames keeps many alternate spellings; a name we lack ("Somme", "Karo")
        often equals a variant of some village abroad ("Sémé", "Kāro"). Unless the
        chain or the article's other places point there, no reading is better.
        A variant in a country the article is about (``focus``: named outright,
        by its people or by its known actors) is supported: English news spells
        local towns many ways ("Hpakant" for Hpākān in a note on the KIA).
        """
        for slot in slots:
            if slot.choice is None:
                continue
            place, kind = slot.candidates[slot.choice]
            if (
                kind == NAME_ALTERNATE
                and place.country not in focus
                and place.feature in ("city", "neighbourhood")
                and place.population < VARIANT_TRUSTED_POPULATION
                and slot.chain[slot.choice] <= 0
                and slot.context[slot.choice] <= 0
            ):
                slot.choice = None

    @staticmethod
    def _resolution(
        slots: Sequence[Slot],
        i: int,
        groups: Sequence[Sequence[int]],
        inner: tuple[int, InnerPlace] | None,
        town: GazPlace | None = None,
        home: GazPlace | None = None,
    ) -> Resolution:
        """The mention's reading; ``home`` is the country an unread name lies in, if known."""
        slot = slots[i]
        place = slot.chosen
        within = None
        feature = place.feature if place is not None else _kind_feature(slot.cue)
        confidence = _confidence(slot)
        inner_place = slots[inner[0]].chosen if inner is not None else None
        if place is None and inner is not None and inner_place is not None:
            within = inner_place
            feature = _inner_feature(inner[1], inner_place)
            confidence = _confidence(slots[inner[0]])
        elif place is None:
            group = next((g for g in groups if i in g), [i])
            own_rank = FEATURE_RANK.get(feature or "", -1)
            within = _enclosing(slots, group[group.index(i) + 1 :], own_rank)
            if within is not None and feature is None and within.feature == "city":
                feature = "neighbourhood"  # "Khair Khana, PD 17, Kabul"
            if is_street_name(slot.cue.text):
                within = within or town
                feature = "facility" if within is not None else None
            if within is None and home is not None:
                within, feature = home, feature or "region"  # somewhere in that country
        return Resolution(
            start=slot.cue.start,
            end=slot.cue.end,
            text=slot.cue.text,
            place=place,
            within=within,
            feature=feature,
            confidence=confidence,
        )


def _article_town(slots: Sequence[Slot]) -> GazPlace | None:
    """The town the article mentions most (the first of equals): where its streets are."""
    counts: dict[int, int] = defaultdict(int)
    towns: dict[int, GazPlace] = {}
    for slot in slots:
        place = slot.chosen
        if place is not None and place.feature == "city":
            counts[place.geonameid] += 1
            towns.setdefault(place.geonameid, place)
    if not counts:
        return None
    return towns[max(counts, key=counts.__getitem__)]


def _enclosing(slots: Sequence[Slot], later: Sequence[int], rank: int) -> GazPlace | None:
    """The first resolved place among the later members of a chain larger than ``rank``."""
    for j in later:
        place = slots[j].chosen
        if place is not None:
            return place if _rank(place) > rank else None
    return None


def _rank(place: GazPlace) -> int:
    """Size rank of a place; a region of no country (a continent, an ocean) tops them all."""
    if not place.country:
        return FEATURE_RANK["country"] + 1
    return FEATURE_RANK[place.feature]


def _inner_feature(part: InnerPlace, within: GazPlace) -> str:
    """Kind of a name built on a known place: a facility, or a part of a town or area."""
    if part.feature == "facility":
        return "facility"
    if part.direction and within.feature in ("city", "neighbourhood"):
        return "neighbourhood"
    return "region"


def _is_abbreviation(name: str) -> bool:
    """A short name written in capitals ("AL", "KP", "UAE") is an abbreviation."""
    return 2 <= len(name) <= ABBREVIATION_LENGTH and name.isalpha() and name.isupper()


def _abbreviates(name: str, place: GazPlace, kind: int) -> bool:
    """Whether a place is what an abbreviation stands for: a reviewed alias ("KP" for
    Khyber Pakhtunkhwa) or a name written in capitals itself. "AL" for the Awami League
    is not the Norwegian municipality Ål, nor "US" the French village Us."""
    return kind == NAME_ALIAS or place.name == name


def _kind_feature(cue: MentionCue) -> str | None:
    for kind in ("admin1", "admin2", "city", "neighbourhood", "region"):
        if kind in cue.kinds:
            return _KIND_WORD_FEATURE[kind]
    return None


def _confidence(slot: Slot) -> float:
    """Softmax share of the chosen candidate (0.0 when nothing was chosen)."""
    if slot.choice is None:
        return 0.0
    totals = slot.totals()
    top = max(totals)
    weights = [exp(t - top) for t in totals]
    return round(weights[slot.choice] / sum(weights), 3)
