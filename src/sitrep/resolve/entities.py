"""In-document entity resolution: which mentions are the same person, group or state.

Mentions join an entity by, in order of trust: the same knowledge-base actor,
an acronym defined in parentheses ("Islamic State Khorasan Province (ISKP)"),
the same name, a surname or first-name-less repeat ("Mujahid"), initials of an
earlier name ("ISI"), and, for pronouns and definite descriptions ("he",
"the group"), the most salient earlier entity of the right kind. Ambiguous
aliases ("Daesh") go to the most specific actor the article itself names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.annotate.extensions import ensure_extensions
from sitrep.resolve.entity_titles import add_titled_office_holders

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
NAMED_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}


@dataclass
class EntityCluster:
    """One real-world entity and every mention of it in the document (token spans)."""

    id: str
    type: str
    mentions: list[Span]
    actor_id: str | None = None
    roles: list[RoleRecord] = field(default_factory=list)
    status: StatusRecord | None = None
    aliases: set[str] = field(default_factory=set)

    @property
    def named_mentions(self) -> list[Span]:
        return [m for m in self.mentions if m.label_ in NAMED_TYPES]

    canonical: str | None = None  # the knowledge base's name for the actor, if linked
    actor: object | None = None  # the knowledge base's Actor, if linked

    @property
    def name(self) -> str:
        """The name a reader would use: a person's fullest name; for a group or state, its
        knowledge-base name when the article uses it, else its most used spelled-out name."""
        named = self.named_mentions or self.mentions
        if self.type == "PERSON":
            return max(named, key=lambda m: (len(m), -m.start)).text
        spelled = [m for m in named if not _is_acronym(m.text)] or named
        if self.canonical:
            for mention in spelled:
                if mention.text.lower() == self.canonical.lower():
                    return mention.text
        counts: dict[str, int] = {}
        for mention in spelled:
            counts[mention.text] = counts.get(mention.text, 0) + 1
        return max(counts, key=lambda text: (counts[text], len(text)))

    def first_token(self) -> int:
        return min(m.start for m in self.mentions)


@dataclass
class RoleRecord:
    title: str
    organisation: str | None  # entity id or a name
    current: bool
    evidence: Span


@dataclass
class StatusRecord:
    value: str
    date: str | None
    evidence: Span | None


def _is_acronym(text: str) -> bool:
    letters = text.replace("-", "").replace(".", "")
    return letters.isupper() and 2 <= len(letters) <= 7


def _initials(text: str) -> str:
    words = [w for w in text.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words)


class EntityResolver:
    def __init__(
        self, actor_paths: Iterable[Path] | None = None, gazetteer_path: Path | None = None
    ) -> None:
        self.actor_paths = tuple(actor_paths) if actor_paths else None
        self.gazetteer_path = gazetteer_path

    def _place_name(self, ent: Span) -> bool:
        """A mention typed as a place that the gazetteer knows stays a place."""
        from sitrep.resolve.places import is_known_place

        return ent.label_ != "PERSON" and is_known_place(ent.text, self.gazetteer_path)

    def kb(self) -> object | None:
        try:
            from sitrep.knowledge.actors import load_actors_with
        except ImportError:  # knowledge base not installed: resolve by text alone
            return None
        return load_actors_with(self.actor_paths)

    def __call__(self, doc: Doc) -> Doc:
        kb = self.kb()
        clusters: list[EntityCluster] = []
        by_actor: dict[tuple[str, bool], EntityCluster] = {}
        by_text: dict[str, EntityCluster] = {}
        for ent in doc.ents:
            if ent.label_ not in NAMED_TYPES and not (ent.label_ == "DESC" and ent.kb_id_):
                continue  # a description ("Iraqi troops") counts when it names its actor
            actor_id = ent.kb_id_ or _link(kb, ent.text)
            is_place = ent.label_ in PLACE_TYPES and not _is_state(kb, actor_id)
            cluster = (
                (by_actor.get((actor_id, is_place)) if actor_id else None)
                or (
                    None
                    if actor_id or self._place_name(ent)
                    else _name_antecedent(ent, clusters, any_label=True)
                )
                or by_text.get(ent.text.lower())
                or _acronym_antecedent(doc, ent, clusters)
                or _name_antecedent(ent, clusters)
            )
            if cluster is None:
                label = "ORG" if ent.label_ == "DESC" else ent.label_
                entity_type = label if is_place else _type_of(kb, actor_id, label)
                cluster = EntityCluster(id="", type=entity_type, mentions=[], actor_id=actor_id)
                clusters.append(cluster)
            cluster.mentions.append(ent)
            if ent.label_ == "DESC":
                _add_country_named_inside(ent, cluster)
            if actor_id and not cluster.actor_id:
                cluster.actor_id = actor_id
            if cluster.actor_id:
                by_actor[(cluster.actor_id, is_place)] = cluster
            by_text[ent.text.lower()] = cluster
        clusters = _prefer_specific_actors(kb, clusters)
        for cluster in clusters:
            if not cluster.actor_id:
                cluster.type = _majority_label(cluster)
        for cluster in clusters:
            actor = kb.get(cluster.actor_id) if kb is not None and cluster.actor_id else None  # type: ignore[attr-defined]
            cluster.actor = actor
            cluster.canonical = getattr(actor, "name", None)
        _resolve_pronouns(doc, clusters)
        _resolve_descriptions(doc, clusters, kb)
        add_titled_office_holders(  # "The Secretary-General condemns …" in a UN release
            doc, clusters, kb, lambda kind, actor_id: EntityCluster("", kind, [], actor_id)
        )
        clusters.sort(key=lambda c: c.first_token())
        for number, cluster in enumerate(clusters, start=1):
            cluster.id = f"e{number}"
            cluster.mentions.sort(key=lambda m: m.start)
        doc._.entities = clusters
        return doc


def _add_country_named_inside(description: Span, cluster: EntityCluster) -> None:
    """ "US troops": the description stays the actor's mention, and the country's name in
    it becomes a name mention of the same actor, so "US" is still read as a name (the
    report's actors do not change: no entity is added)."""
    from sitrep.annotate.country_names import country_named_in_description

    country = country_named_in_description(description)
    if country is not None:
        cluster.mentions.append(country)


def _majority_label(cluster: EntityCluster) -> str:
    """The type most of an entity's names carry: one "Gaddafi" read as a place does not
    make the man a place."""
    counts: dict[str, int] = {}
    for mention in cluster.named_mentions:
        counts[mention.label_] = counts.get(mention.label_, 0) + 1
    if not counts:
        return cluster.type
    return max(counts, key=lambda label: (counts[label], label == cluster.type))


def _is_state(kb: object | None, actor_id: str | None) -> bool:
    """A state's government: its name ("Pakistan") and its organs' aliases are one actor."""
    actor = kb.get(actor_id) if kb is not None and actor_id else None  # type: ignore[attr-defined]
    return str(getattr(actor, "type", "")) == "GPE"


def _link(kb: object | None, text: str) -> str | None:
    if kb is None:
        return None
    hits = [h for h in kb.lookup(text) if not h.ambiguous]  # type: ignore[attr-defined]
    return hits[0].actor.id if hits else None


def _type_of(kb: object | None, actor_id: str | None, label: str) -> str:
    if kb is not None and actor_id:
        actor = kb.get(actor_id)  # type: ignore[attr-defined]
        if actor is not None and getattr(actor, "type", None) in {"ORG", "GPE", "PERSON"}:
            return str(actor.type)
    return label


def _acronym_antecedent(doc: Doc, ent: Span, clusters: list[EntityCluster]) -> EntityCluster | None:
    """ "Long Name (ACR)": the acronym joins the long name; "ACR" later joins its expansion."""
    if not _is_acronym(ent.text):
        return None
    if ent.start >= 2 and doc[ent.start - 1].text == "(":
        for cluster in clusters:
            if cluster.type != "PERSON" and any(
                m.end == ent.start - 1 and _abbreviates(ent.text, m.text) for m in cluster.mentions
            ):
                return cluster
    for cluster in reversed(clusters):
        if cluster.type != "PERSON" and any(
            _initials(m.text) == ent.text.replace("-", "") for m in cluster.named_mentions
        ):
            return cluster
    return None


def _abbreviates(acronym: str, name: str) -> bool:
    """ "ISKP" abbreviates "Islamic State Khorasan Province"; "U.S." does not abbreviate "Doug Flach"."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    initials = [w[0].lower() for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if not letters or not initials or letters[0] != initials[0]:
        return False
    position = 0
    for letter in letters:
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return True


def _name_antecedent(
    ent: Span, clusters: list[EntityCluster], *, any_label: bool = False
) -> EntityCluster | None:
    """A person named again by surname or a shorter form of the same name.

    With ``any_label``, a mention the model typed otherwise ("Gaddafi" as a place)
    still joins the person whose name it repeats."""
    if ent.label_ != "PERSON" and not any_label:
        return None
    words = ent.text.split()
    for cluster in reversed(clusters):
        if cluster.type != "PERSON":
            continue
        for mention in cluster.named_mentions:
            known = mention.text.split()
            if len(words) < len(known) and (
                words == known[-len(words) :] or words == known[: len(words)]
            ):
                return cluster
            if len(words) > len(known) and (known == words[-len(known) :]):
                return cluster
    return None


def _prefer_specific_actors(
    kb: object | None, clusters: list[EntityCluster]
) -> list[EntityCluster]:
    """An ambiguous alias ("Daesh", "IS") joins the more specific actor the article names.

    "Daesh" links to the Islamic State; in an article that names ISKP, a
    branch of it, "Daesh" means that branch and its mentions move there.
    """
    if kb is None:
        return clusters
    actors = {c.actor_id: c for c in clusters if c.actor_id}
    merged: list[EntityCluster] = []
    for cluster in clusters:
        target = None
        for other_id, other in actors.items():
            if other is cluster or other_id is None or cluster.actor_id is None:
                continue
            actor = kb.get(other_id)  # type: ignore[attr-defined]
            parent = getattr(actor, "parent", None)
            ambiguous = {a.lower() for a in getattr(actor, "ambiguous_aliases", []) or []}
            texts = {m.text.lower() for m in cluster.mentions}
            if parent == cluster.actor_id and texts & ambiguous:
                target = other
                break
        if target is not None:
            target.mentions.extend(cluster.mentions)
        else:
            merged.append(cluster)
    return merged


def _resolve_pronouns(doc: Doc, clusters: list[EntityCluster]) -> None:
    """Personal pronouns go to the most salient person before them (subject first)."""
    people = [c for c in clusters if c.type == "PERSON"]
    if not people:
        return
    owner: dict[int, EntityCluster] = {}
    for cluster in people:
        for mention in cluster.mentions:
            owner[mention.start] = cluster
    for token in doc:
        if token.lower_ not in PERSON_PRONOUNS:
            continue
        antecedent = _salient_person(doc, token.i, owner)
        if antecedent is not None:
            antecedent.mentions.append(Span(doc, token.i, token.i + 1, label="PRON"))


def _salient_person(doc: Doc, index: int, owner: dict[int, EntityCluster]) -> EntityCluster | None:
    """The person a pronoun most likely means: a speaker for a speech verb, else a subject."""
    from sitrep.annotate.lemmas import is_verb_of
    from sitrep.annotate.sentences import sentence_bounds
    from sitrep.knowledge.cues import load_cues

    bounds = sentence_bounds(doc)
    sentence_start = bounds[index][0]
    speech = load_cues().speech_verbs
    is_speaker = index + 1 < len(doc) and is_verb_of(doc[index + 1], speech)
    candidates = sorted((i for i in owner if i < index), reverse=True)
    if not candidates:
        return None
    if is_speaker:
        for i in candidates:
            if i + 1 < len(doc) and any(
                is_verb_of(t, speech) for t in doc[i : min(len(doc), i + 6)]
            ):
                return owner[i]
    same = [i for i in candidates if i >= sentence_start]
    if same:
        return owner[same[0]]
    # previous sentences: the first person named in the nearest sentence that names one
    for i in candidates:
        previous_start, previous_end = bounds[i]
        firsts = [j for j in owner if previous_start <= j < previous_end]
        if firsts and sentence_start - previous_end < 80:
            return owner[min(firsts)]
    return None


DESCRIPTION_DETERMINERS = {"the", "this", "that", "these", "those"}


def _described_as(cluster: EntityCluster, head: str) -> bool:
    """True when the text puts this head word ("spokesman") right beside one of the person's names."""
    if not head:
        return False
    for mention in cluster.named_mentions:
        doc = mention.doc
        before = doc[max(0, mention.start - 4) : mention.start].text.lower()
        apposition = ""
        if mention.end < len(doc) and doc[mention.end].text == ",":
            apposition = doc[mention.end : min(len(doc), mention.end + 5)].text.lower()
        if head.lower() in before or head.lower() in apposition:
            return True
    return False


def _resolve_descriptions(doc: Doc, clusters: list[EntityCluster], kb: object | None) -> None:
    """Definite descriptions ("the group", "the Afghan side") go to a fitting earlier entity."""
    from sitrep.annotate.sentences import sentence_bounds
    from sitrep.knowledge.lexicons import load_descriptors

    descriptors = load_descriptors()
    bounds = sentence_bounds(doc)
    taken = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    for token in doc:
        if token.lower_ not in DESCRIPTION_DETERMINERS or token.i in taken:
            continue
        sentence_end = bounds[token.i][1]
        for end in range(min(sentence_end, token.i + 5), token.i + 1, -1):
            if any(i in taken for i in range(token.i, end)):
                continue
            matches = descriptors.match(doc[token.i : end].text)
            if not matches:
                continue
            if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper():
                break  # "the province of Kunar" names Kunar; it does not refer back
            match = matches[0]
            target = _fitting_antecedent(clusters, token.i, match, kb)
            if target is not None:
                target.mentions.append(Span(doc, token.i, end, label="DESC"))
                taken.update(range(token.i, end))
            break


def _fitting_antecedent(
    clusters: list[EntityCluster], before: int, match: object, kb: object | None
) -> EntityCluster | None:
    """The most recent entity of the kind a description names (any earlier one for a country)."""
    country = getattr(match, "country", None)
    kinds = set(getattr(match, "kinds", ()))
    refers_to = getattr(match, "refers_to", "ORG")
    best: tuple[int, EntityCluster] | None = None
    for cluster in clusters:
        earlier = [m.start for m in cluster.mentions if m.start < before]
        if not earlier and country is None:
            continue
        actor = kb.get(cluster.actor_id) if kb is not None and cluster.actor_id else None  # type: ignore[attr-defined]
        actor_kind = str(getattr(actor, "kind", "") or "")
        actor_country = getattr(actor, "country", None)
        if country is not None:
            if (
                actor_country != country
                or actor_kind != "government"
                or cluster.type in PLACE_TYPES - {"GPE"}
            ):
                continue
        elif refers_to == "PERSON":
            # "the spokesman" is someone the text called a spokesman, not any earlier person
            if cluster.type != "PERSON" or not _described_as(cluster, getattr(match, "head", "")):
                continue
        elif refers_to == "GPE":
            if cluster.type != "GPE":
                continue
        elif cluster.type not in {"ORG", "GPE"} or (kinds and actor_kind not in kinds):
            continue
        position = max(earlier) if earlier else -1
        if best is None or position > best[0]:
            best = (position, cluster)
    return best[1] if best else None


@Language.factory(
    "sitrep_entities",
    requires=["doc.ents", "token.is_sent_start"],
    assigns=["doc._.entities"],
    default_config={"actor_paths": None, "gazetteer_path": None},
)
def make_entity_resolver(
    nlp: Language, name: str, actor_paths: list[str] | None, gazetteer_path: str | None
) -> EntityResolver:
    ensure_extensions()
    return EntityResolver(
        [Path(p) for p in actor_paths] if actor_paths else None,
        Path(gazetteer_path) if gazetteer_path else None,
    )
