"""Entity mentions: the statistical NER's spans, completed from the actor knowledge base.

The trained model finds names it has seen the like of; the knowledge base
knows the armed groups, agencies and states by every alias and acronym news
uses ("ISKP", "Daesh", "TTP"). We merge both: a knowledge-base match that
covers an NER span (or fills a gap) wins and carries its actor id in
``Span.kb_id_``; otherwise the model's span stands.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from sitrep.annotate.acronym_repeats import acronyms_of_named_organisations
from sitrep.annotate.address_chains import (
    LOCATIVE_WORDS,
    address_chains,
    after_locative,
    is_country_name,
)
from sitrep.annotate.celestial_names import celestial_bodies_as_misc
from sitrep.annotate.country_names import countries_read_as_people
from sitrep.annotate.day_names import is_short_day_name
from sitrep.annotate.document_names import documents_by_last_word
from sitrep.annotate.event_names import events_by_last_word
from sitrep.annotate.extensions import ensure_extensions
from sitrep.annotate.facility_names import facilities_by_last_word
from sitrep.annotate.given_names import (
    people_named_by_given_names,
    signature_names,
)
from sitrep.annotate.group_names import demonyms_as_groups
from sitrep.annotate.message_headers import header_names
from sitrep.annotate.name_checks import is_sign_off_or_stage_direction
from sitrep.annotate.name_consistency import harmonise_names
from sitrep.annotate.name_plausibility import COMMON_TITLE_ZIPF, NamePlausibility
from sitrep.annotate.name_sports import teams_named_after_places
from sitrep.annotate.org_names import (
    acronyms_no_place_knows,
    join_ampersand_names,
    legal_forms_after_comma,
    organisations_by_last_word,
    short_form,
)
from sitrep.annotate.person_names import (
    names_without_forms_of_address,
    people_after_role_words,
    places_opening_person_names,
    split_at_inner_title,
)
from sitrep.annotate.place_lookup import is_large_town_by_rare_name, is_place_name
from sitrep.annotate.shop_names import shops_named_in_possessive
from sitrep.annotate.storm_names import storms_as_misc
from sitrep.knowledge.cues import load_cues

#: Model labels folded into the report's types.
LABEL_MAP = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "FAC",
    "NORP": "NORP",
    "MISC": "MISC",
}
LEADING_DROP = {"the", "a", "an"}


class MentionFinder:
    """Merges NER spans with knowledge-base alias matches into ``doc.ents``."""

    def __init__(
        self,
        vocab: object,
        actor_paths: Iterable[Path] | None = None,
        gazetteer_path: Path | None = None,
        word_frequency: Callable[[str], float] | None = None,
    ) -> None:
        self.vocab = vocab
        self.actor_paths = tuple(actor_paths) if actor_paths else None
        self.gazetteer_path = gazetteer_path
        self.word_frequency = word_frequency
        self._matchers: tuple[PhraseMatcher, PhraseMatcher] | None = None
        self._labels: dict[str, str] = {}
        self._demonym: Callable[[str], str | None] | None = None
        self._plausibility: NamePlausibility | None = None

    @property
    def _names(self) -> NamePlausibility:
        """The checks on whether a span is a name at all (built on first use)."""
        if self._plausibility is None:
            self._plausibility = NamePlausibility(self._is_known_place, self.word_frequency)
        return self._plausibility

    def _build(self) -> tuple[PhraseMatcher, PhraseMatcher]:
        """Phrase matchers over every alias: exact case for acronyms, any case for names."""
        from sitrep.knowledge.actors import is_case_sensitive, load_actors_with

        kb = load_actors_with(self.actor_paths)
        self._demonym = kb.demonym_country
        exact = PhraseMatcher(self.vocab, attr="ORTH")  # type: ignore[arg-type]
        folded = PhraseMatcher(self.vocab, attr="LOWER")  # type: ignore[arg-type]
        make = self.vocab  # a blank tokenizer is enough to cut aliases into tokens
        from spacy.lang.en import English

        tokenizer = English(vocab=make).tokenizer  # type: ignore[arg-type]
        for alias, actor_id, ambiguous in kb.aliases():
            if ambiguous or "(" in alias:
                # ambiguous aliases need context (the entity stage decides); "Name (ACR)"
                # is two mentions, which the entity stage joins as an acronym definition
                continue
            actor = kb.get(actor_id)
            # a state's name is a place; its other aliases ("State Department", "Pakistani
            # authorities") are organisations, whatever the actor's type ("IS" is no Iceland)
            actor_type = str(getattr(actor, "type", "ORG"))
            country = actor_type == "GPE" and is_country_name(alias)
            key = f"{actor_id}|{country}"
            self._labels[key] = "GPE" if country else "PERSON" if actor_type == "PERSON" else "ORG"
            pattern = tokenizer(alias)
            if is_case_sensitive(alias) or (alias.isupper() and len(alias.replace("-", "")) <= 6):
                # "LeT" and "ISI" must keep their capitals: "Let me know" names no one
                exact.add(key, [pattern])
            else:
                folded.add(key, [pattern])
        return exact, folded

    def __call__(self, doc: Doc) -> Doc:
        if self._matchers is None:
            self._matchers = self._build()
        kb_spans: list[Span] = []
        for matcher in self._matchers:
            for match_id, start, end in matcher(doc):
                key = self.vocab.strings[match_id]  # type: ignore[attr-defined]
                actor_id = key.split("|", 1)[0]
                while start < end - 1 and doc[start].text in LEADING_DROP:
                    start += 1
                span = Span(doc, start, end, label=self._labels.get(key, "ORG"), kb_id=actor_id)
                if _plausible_alias(span) and not _shouted_word(span):
                    kb_spans.append(self._as_description(span))
        cased = _is_cased(doc)
        model_spans: list[Span] = []
        for ent in (part for whole in doc.ents for part in split_at_inner_title(whole)):
            cleaned = _cut_at_address(self._dateline(_clean(doc, ent)))
            cleaned = _cut_at_dash(cleaned, self._names.frequency) if cleaned is not None else None
            if (
                cleaned is not None
                and self._names.plausible(cleaned, cased)
                and not is_sign_off_or_stage_direction(cleaned)
                and not is_short_day_name(cleaned)
            ):
                model_spans.append(cleaned)
        merged = self._settle_types(doc, merge_mentions(model_spans, kb_spans))
        placed = self._places_after_locatives(address_chains(doc, merged))
        doc.ents = teams_named_after_places(doc, placed, is_country_name)
        return doc

    def _settle_types(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """The type a name's own words give it (a demonym, an event, a document, a firm, a
        person after a role word or a given name), then one type per name across the
        document with missed repeats and acronyms of named organisations ("CPA") found, then
        shops named in the possessive ("Wendy's") and named storms ("Hurricane Rita", which a
        given name would make a person)."""
        spans = demonyms_as_groups(spans)
        spans = celestial_bodies_as_misc(spans)
        spans = events_by_last_word(spans)
        spans = documents_by_last_word(spans)
        spans = join_ampersand_names(spans)
        spans = organisations_by_last_word(spans, self._is_known_place)
        spans = facilities_by_last_word(spans, self._is_known_place)
        spans = acronyms_no_place_knows(spans, self._is_known_place)
        spans = people_after_role_words(spans, is_country_name)
        spans = places_opening_person_names(spans, self._is_state_or_country)
        spans = header_names(doc, signature_names(doc, spans))
        spans = people_named_by_given_names(spans, self._is_known_place)
        spans = names_without_forms_of_address(spans)
        spans = countries_read_as_people(spans, self._is_state_country_or_large_town)
        spans = harmonise_names(
            doc, spans, self._names.is_common_word, self._is_known_place, short_form=short_form
        )
        spans = legal_forms_after_comma(spans)
        spans = acronyms_of_named_organisations(doc, spans)
        return storms_as_misc(shops_named_in_possessive(spans))

    def _places_after_locatives(self, spans: list[Span]) -> list[Span]:
        """ "a bomb blast in Kolkata": a known place after "in/at/near" is a place, whatever
        the model called it (unfamiliar town names are often taken for people)."""
        fixed: list[Span] = []
        # a name the text also uses for a person elsewhere is that person ("lost to Woods")
        people = {
            w
            for s in spans
            if s.label_ == "PERSON" and not after_locative(s)
            for w in (s.text, s[-1].text)
        }
        suffixes = load_cues().place_suffixes
        for span in spans:
            before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
            if (
                span.label_ in {"PERSON", "ORG", "MISC"}
                and not span.kb_id_
                and len(span) > 1
                and span[-1].lower_ in suffixes
            ):
                # "Rapides Parish", "Van Dorn Street": the last word says it is a place
                fixed.append(Span(span.doc, span.start, span.end, label="LOC"))
                continue
            if (
                span.label_ in {"PERSON", "ORG"}
                and not span.kb_id_
                and before in LOCATIVE_WORDS
                and span.text not in people
                and self._is_known_place(span.text)
            ):
                span = Span(span.doc, span.start, span.end, label="GPE")
            fixed.append(span)
        return fixed

    def _as_description(self, span: Span) -> Span:
        """ "Iraqi troops", "government of Canada": a state's organ described by a demonym or
        country name and common nouns is a description of the actor, not a name (``DESC``)."""
        if self._demonym is None or not any(_common_noun(t) for t in span):
            return span
        named = [t for t in span if t.text[:1].isupper()]
        if not named or any(t.i != named[0].i + k for k, t in enumerate(named)):
            return span
        name = span.doc[named[0].i : named[-1].i + 1]
        text = name.text[:-2] if name.text.endswith(("'s", "’s")) else name.text
        if not (is_country_name(text) or self._demonym(text)):
            return span
        return Span(span.doc, span.start, span.end, label="DESC", kb_id=span.kb_id_)

    def _dateline(self, span: Span | None) -> Span | None:
        """ "MOGADISHU, Somalia:" opens wire copy with a place, whatever the model calls it
        ("RUGBY UNION - ..." opens a sports page with no place: the gazetteer decides)."""
        if span is None or span.start > 0:
            return span
        dash = next((t.i for t in span[1:-1] if t.text in {"-", "–", "—"} and t.whitespace_), None)
        if (
            dash is not None
            and span[:dash].text.isupper()
            and self._is_known_place(span[:dash].text)
        ):
            # "MOGADISHU - Al Shabaab fighters …" read as one name: the dateline's place ends
            # at its dash (the name after it is matched on its own)
            return Span(span.doc, span.start, dash, label="GPE")
        if not span.text.isupper():
            return span
        nxt = span.doc[span.end].text if span.end < len(span.doc) else ""
        if nxt in {",", ":", "-", "—", "("} and self._is_known_place(span.text):
            return Span(span.doc, span.start, span.end, label="GPE")
        return span

    def _is_known_place(self, name: str) -> bool:
        """A place the gazetteer knows, everyday words only as major places ("Sector" no)."""
        return is_place_name(name, self.gazetteer_path, self._names.frequency)

    def _is_state_country_or_large_town(self, name: str) -> bool:
        return self._is_state_or_country(name) or is_large_town_by_rare_name(
            name, self.gazetteer_path, self._names.frequency
        )

    def _is_state_or_country(self, name: str) -> bool:
        from sitrep.resolve.places import is_state_or_country

        return is_state_or_country(name, self.gazetteer_path)


#: function words that may sit lower-case inside a name ("Bank of England")
NAME_GLUE = {
    "of",
    "the",
    "and",
    "for",
    "de",
    "del",
    "da",
    "di",
    "du",
    "la",
    "le",
    "al",
    "el",
    "bin",
}


def _is_cased(doc: Doc) -> bool:
    """True when the text uses capitals at all: in lower-cased copy, case tells nothing."""
    letters = [t for t in doc[:2000] if t.is_alpha]
    return bool(letters) and sum(t.text[:1].isupper() for t in letters) >= 0.02 * len(letters)


def _common_noun(token: Token) -> bool:
    """A lower-case word on its own ("troops", "government"), not a piece of a hyphenated
    name ("e" of "Tehreek-e-Taliban") or a linking word ("of")."""
    glued = token.i > 0 and not token.doc[token.i - 1].whitespace_
    return token.is_alpha and token.is_lower and not glued and token.lower_ not in NAME_GLUE


def _shouted_word(span: Span) -> bool:
    """Words in capitals inside a sentence written in capitals ("IS THIS OPEN?")."""
    if not all(t.is_upper for t in span if t.is_alpha):
        return False
    sentence = span[0].sent if span.doc.has_annotation("SENT_START") else span.doc[:]
    words = [t for t in sentence if t.is_alpha]
    return len(words) >= 3 and sum(t.is_upper for t in words) > 0.6 * len(words)


def _cut_at_address(span: Span | None) -> Span | None:
    """An e-mail address or URL is no name: cut the span before it ("Jane Roe jroe@x.com")."""
    if span is None:
        return None
    for token in span:
        if token.like_email or token.like_url or "@" in token.text:
            if token.i == span.start:
                return None
            return Span(span.doc, span.start, token.i, label=span.label_, kb_id=span.kb_id_)
    return span


def _cut_at_dash(span: Span, frequency: Callable[[str], float]) -> Span | None:
    """ "Bryan Hull - Analyst", "Cheap Hotel Rome - Thanks": a spaced dash followed by a
    title or common words ends the name; "Abdul Wahhab al - Janabi" stays whole."""
    from sitrep.resolve.titles import match_title

    for token in span[1:-1]:
        if token.text not in {"-", "–", "—"} or not token.whitespace_:
            continue
        rest = span.doc[token.i + 1 : span.end]
        if match_title(rest.text) or all(
            frequency(t.lower_) >= COMMON_TITLE_ZIPF for t in rest if t.is_alpha
        ):
            return Span(span.doc, span.start, token.i, label=span.label_, kb_id=span.kb_id_)
    return span


def _plausible_alias(span: Span) -> bool:
    """A lower-case common word is not a name even if an alias spells it ("hamas" is fine)."""
    return any(t.text[:1].isupper() or t.is_digit for t in span)


def _clean(doc: Doc, ent: Span) -> Span | None:
    """Drop a leading article and trailing punctuation; fold the model's label names."""
    start, end = ent.start, ent.end
    while start < end and (doc[start].text in LEADING_DROP or doc[start].is_punct):
        start += 1  # "the Netherlands" -> "Netherlands"; "The Hague" keeps its article
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in {")", "."}):
        end -= 1
    if end > start and doc[end - 1].text in {"’s", "'s"}:
        end -= 1
    if start >= end:
        return None
    label = LABEL_MAP.get(ent.label_, ent.label_)
    if doc[start:end].text in _not_entities() or _glued_to_word(doc, start, end):
        return None
    if label in {"PERSON", "ORG"}:
        stripped = _strip_title(doc, start, end)
        if stripped is None:
            return None  # the whole span is a title ("Director General"), not a name
        if doc[stripped].lower_ in {"of", "for"}:
            if stripped + 2 < end:
                # "Director General of Inter-Services Intelligence": the organisation is the name
                return Span(doc, stripped + 1, end, label="ORG", kb_id=ent.kb_id_)
            stripped = start  # "Queen of South", a club: the title is part of the name
        if stripped != start and (label == "PERSON" or end - stripped >= 2):
            start, label = stripped, "PERSON"
    return Span(doc, start, end, label=label, kb_id=ent.kb_id_)


def _glued_to_word(doc: Doc, start: int, end: int) -> bool:
    """A piece of a hyphenated word ("Amir" of "Amir-al-Harb") is not a name of its own."""
    last = doc[end - 1]
    glued_after = (
        end + 1 < len(doc)
        and not last.whitespace_
        and doc[end].text in {"-", "‑"}
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    )
    glued_before = (
        start >= 2
        and doc[start - 1].text in {"-", "‑"}
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].is_alpha
    )
    return glued_after or glued_before


def _longer_name(model: Span, alias: Span) -> bool:
    """The model's span is a longer name around the alias ("Air France" around "France",
    "Itar-Tass" around "Tass"), not the alias with common words ("Taliban fighters")."""
    extra = [t for t in model if t.i < alias.start or t.i >= alias.end]
    return any(t.text[:1].isupper() for t in extra) or model.label_ == "PERSON"


def _strip_title(doc: Doc, start: int, end: int) -> int | None:
    """Where the name starts after leading titles ("Ambassador Muhammad Sadiq"); None if all title.

    A courtesy title goes too ("Mr. Villega" -> "Villega"), and so does the end of a title
    that began before the span ("Minister of [Defense Hazem Shaalan]") or after a demonym
    ("[Palestinian Leader Mahmoud Abbas]").
    """
    from sitrep.resolve.titles import keeps_honorific, match_title

    start = _strip_courtesy(doc, start, end)
    if keeps_honorific(doc[start:end].text):
        return start  # "Qari Fateh", "Mullah Omar": the honorific is part of the name
    for cut in range(end, start, -1):
        if match_title(doc[start:cut].text):
            if cut == end:
                return None
            if doc[cut].text[:1].isupper() or doc[cut].lower_ in {"of", "for"}:
                return cut
            return start
    openers = [k for k in range(max(0, start - 3), start) if doc[k].text[:1].isupper()]
    if end - start > 1 and doc[start].pos_ in {"ADJ", "PROPN"} and doc[start].is_title:
        openers.append(start + 1)  # "Palestinian Leader ..."
    for cut in range(end - 2, start, -1):
        if not doc[cut].text[:1].isupper():
            continue
        if any(match_title(doc[k:cut].text) for k in openers if k < cut):
            return cut
    return start


def _strip_courtesy(doc: Doc, start: int, end: int) -> int:
    """The first token after courtesy titles ("Mr.", "Dr") that a name does not keep."""
    from sitrep.knowledge.lexicons import load_titles

    text = doc[start:end].text
    split = load_titles().split_honorific(text)
    if not split.honorifics or split.name == text.strip():
        return start
    offset = doc[start].idx + len(text) - len(split.name)
    for token in doc[start:end]:
        if token.idx >= offset:
            return token.i
    return start


@lru_cache(maxsize=1)
def _not_entities() -> frozenset[str]:
    from sitrep.knowledge.cues import load_cues

    return load_cues().not_entities


def merge_mentions(model_spans: list[Span], kb_spans: list[Span]) -> list[Span]:
    """Knowledge-base spans win where they cover a model span or fill a gap.

    A model span strictly longer than the alias match (e.g. "Pakistani Taliban
    commander Ali" over "Pakistani") keeps its extent; the longest spans win
    among the rest, as ``filter_spans`` decides.
    """
    kept_kb: list[Span] = []
    relabelled: dict[int, Span] = {}
    for kb_span in filter_spans(kb_spans):
        inside_longer = any(
            m.start <= kb_span.start
            and kb_span.end <= m.end
            and len(m) > len(kb_span)
            and _longer_name(m, kb_span)
            for m in model_spans
        )
        same = next(
            (m for m in model_spans if (m.start, m.end) == (kb_span.start, kb_span.end)), None
        )
        if same is not None and same.label_ != kb_span.label_:
            # the same words, two readings ("New York" the team): the model read the context;
            # but an organisation's acronym the model took for a place ("FMLN") is the actor's
            label = kb_span.label_ if _acronym_of_organisation(kb_span, same) else same.label_
            relabelled[same.start] = Span(
                same.doc, same.start, same.end, label=label, kb_id=kb_span.kb_id_
            )
        elif not inside_longer:
            kept_kb.append(kb_span)
    model_spans = [
        relabelled.get(m.start, m)
        if (m.start in relabelled and relabelled[m.start].end == m.end)
        else m
        for m in model_spans
    ]
    kept_kb += [s for s in relabelled.values()]
    model_spans = [
        m
        for m in model_spans
        if not any((m.start, m.end) == (r.start, r.end) for r in relabelled.values())
    ]
    kb_tokens = {i for s in kept_kb for i in range(s.start, s.end)}
    rest = [m for m in model_spans if not any(i in kb_tokens for i in range(m.start, m.end))]
    return sorted(filter_spans(kept_kb + rest), key=lambda s: s.start)


@Language.factory(
    "sitrep_mentions",
    requires=["doc.ents"],
    assigns=["doc.ents", "token.ent_kb_id"],
    default_config={"actor_paths": None, "gazetteer_path": None},
)
def make_mention_finder(
    nlp: Language, name: str, actor_paths: list[str] | None, gazetteer_path: str | None
) -> MentionFinder:
    ensure_extensions()
    paths = [Path(p) for p in actor_paths] if actor_paths else None
    return MentionFinder(nlp.vocab, paths, Path(gazetteer_path) if gazetteer_path else None)


def _acronym_of_organisation(kb_span: Span, model_span: Span) -> bool:
    """An all-capitals alias of an organisation in the knowledge base that the model read as
    a place: the model has no context for an acronym it never saw, the knowledge base does."""
    return (
        kb_span.label_ == "ORG"
        and model_span.label_ in {"GPE", "LOC"}
        and len(model_span) == 1
        and model_span.text.replace("-", "").isupper()
        and len(model_span.text) <= 6
    )
