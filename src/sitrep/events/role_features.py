"""Candidate phrases of an attack and the sparse features the argument-role model reads.

One function builds the candidates both for training (``sitrep.training.argument_roles``)
and at run time (``sitrep.events.role_model``), so the model is scored on exactly what it
was trained on. A candidate is an entity mention or a noun phrase (read from tags: the
pipeline runs no parser) in one of the event's evidence sentences; its features say what
it is (head, entity type, lexicon class, knowledge-base sector) and how it stands to the
nearest trigger (side, distance, the preposition before it, the verb between, voice),
plus the role the hand-written rules already gave it, if any.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from sitrep.events.participant_lexicon import load_participant_lexicon
from sitrep.events.participant_phrases import NOUN_TAGS, PHRASE_TAGS
from sitrep.events.record import EventRecord
from sitrep.events.token_view import TokenView, token_view

if TYPE_CHECKING:
    import numpy as np

#: Events whose arguments the model reads: attacks, and abductions (MUC-4's kidnappings).
ATTACK_TYPES = frozenset({"ASSAULT"})
ABDUCTION = ("COERCE", "abduct")
PREPOSITION_TAGS = frozenset({"IN", "TO"})
BE_FORMS = frozenset({"was", "were", "is", "are", "been", "be", "being"})
_DISTANCE_BUCKETS = ((2, "0-2"), (5, "3-5"), (10, "6-10"), (20, "11-20"))


@dataclass
class Candidate:
    """One phrase that may fill a role of one event."""

    span: Span
    entity: object | None  # EntityCluster
    trigger: Span
    sentence: Span
    rule_role: str | None  # the role the rules gave this phrase in this event, if any
    offset: int = 0  # 0: a sentence with a trigger; 1: the sentence after one, same paragraph
    kind: str = "-"  # the event's type and mode ("ASSAULT/bomb"): the trigger's sense


def is_attack(event: EventRecord) -> bool:
    """Whether the model reads this event's arguments (an attack or an abduction)."""
    return event.type in ATTACK_TYPES or (event.type, event.mode) == ABDUCTION


def entity_owner(doc: Doc) -> dict[int, tuple[object, Span]]:
    """Token index -> (entity cluster, the mention the token is in), from ``doc._.entities``."""
    owner: dict[int, tuple[object, Span]] = {}
    for cluster in doc._.entities or []:
        for mention in getattr(cluster, "mentions", []):
            for i in range(mention.start, mention.end):
                owner.setdefault(i, (cluster, mention))
    return owner


def candidates(
    event: EventRecord, doc: Doc, owner: dict[int, tuple[object, Span]]
) -> list[Candidate]:
    """The phrases that could fill one of the event's roles: those of its evidence sentences
    (which hold the sentences of the mentions merged into it), then those of the sentence
    after each, when it is in the same paragraph and has no trigger of the event. News often
    names the attackers or the dead a sentence after the attack ("... the bomb exploded.
    The FMLN claimed responsibility.")."""
    found: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    evidence = sorted(
        (s for s in event.evidence if any(s.start <= t.start < s.end for t in event.triggers)),
        key=lambda s: s.start,
    )
    for sentence in evidence:
        triggers = [t for t in event.triggers if sentence.start <= t.start < sentence.end]
        found.extend(_sentence_candidates(event, sentence, triggers, owner, seen, 0))
    covered = {s.start for s in evidence}
    for sentence in evidence:
        following = _next_in_paragraph(sentence)
        if following is None or following.start in covered:
            continue
        covered.add(following.start)
        triggers = [t for t in event.triggers if sentence.start <= t.start < sentence.end]
        found.extend(_sentence_candidates(event, following, triggers[-1:], owner, seen, 1))
    return found


def _sentence_candidates(
    event: EventRecord,
    sentence: Span,
    triggers: list[Span],
    owner: dict[int, tuple[object, Span]],
    seen: set[tuple[int, int]],
    offset: int,
) -> Iterator[Candidate]:
    for span, cluster in _phrases(sentence, owner):
        key = (span.start, span.end)
        if key in seen or any(span.start < t.end and t.start < span.end for t in triggers):
            continue
        seen.add(key)
        trigger = min(triggers, key=lambda t: _distance(span, t))
        rule_role = _rule_role(event, span, cluster)
        kind = f"{event.type}/{event.mode or '-'}"
        yield Candidate(span, cluster, trigger, sentence, rule_role, offset, kind)


def _next_in_paragraph(sentence: Span) -> Span | None:
    """The sentence after this one, unless a paragraph break (a blank line, or the run of
    spaces some wire texts put between paragraphs) or the end of the text comes first."""
    doc = sentence.doc
    if sentence.end >= len(doc):
        return None
    end = sentence.end + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1  # not ``Token.sent`` nor ``Doc.text``: each walks the whole doc
    following = doc[sentence.end : end]
    last = sentence.end - 1
    while last > sentence.start and doc[last].is_space:
        last -= 1  # the break is often a whitespace token at the end of the sentence
    gap = doc[last].whitespace_ + "".join(t.text_with_ws for t in doc[last + 1 : sentence.end])
    if "\n\n" in gap or "   " in gap or "\n \n" in gap:
        return None
    return following


def _phrases(
    sentence: Span, owner: dict[int, tuple[object, Span]]
) -> Iterator[tuple[Span, object]]:
    """Entity mentions first, then noun phrases whose head is in no entity mention."""
    mentions: dict[tuple[int, int], tuple[Span, object]] = {}
    for i in range(sentence.start, sentence.end):
        if i in owner:
            cluster, mention = owner[i]
            mentions.setdefault((mention.start, mention.end), (mention, cluster))
    yield from ((span, cluster) for span, cluster in mentions.values())
    for phrase in noun_phrases(sentence):
        if phrase[-1].i not in owner:
            yield phrase, None


def noun_phrases(sentence: Span) -> Iterator[Span]:
    """Noun phrases read from part-of-speech tags (the pipeline has no parser): a run of
    determiners, numbers, adjectives and nouns that ends in a noun ("the salvadoran air
    force", "two car bombs", "urban guerrillas"); the phrase ends at its last noun."""
    doc = sentence.doc
    tags = token_view(doc).tag
    i = sentence.start
    while i < sentence.end:
        if tags[i] not in PHRASE_TAGS:
            i += 1
            continue
        start = i
        while i < sentence.end and tags[i] in PHRASE_TAGS:
            i += 1
        end = i
        while end > start and tags[end - 1] not in NOUN_TAGS:
            end -= 1
        if end > start:
            yield doc[start:end]


def _distance(span: Span, trigger: Span) -> int:
    if span.end <= trigger.start:
        return trigger.start - span.end
    return max(0, span.start - trigger.end)


def _overlaps(a: Span | None, b: Span) -> bool:
    return a is not None and a.start < b.end and b.start < a.end


def _rule_role(event: EventRecord, span: Span, cluster: object | None) -> str | None:
    """The role the hand-written rules gave this phrase (or its entity) in the event."""
    for argument in event.arguments:
        if _overlaps(argument.span, span) or (cluster is not None and argument.entity is cluster):
            return argument.role
    if _overlaps(event.source_span, span) or (cluster is not None and event.source is cluster):
        return "source"
    if _overlaps(event.target_span, span) or (cluster is not None and event.target is cluster):
        return "target_actor"
    return None


def features(candidate: Candidate) -> list[str]:
    """The sparse string features of one candidate (deterministic, order-stable). Read from
    words and tags around the phrase and the trigger: the pipeline has no parser. A phrase
    of the sentence after the trigger's is described by its own clause (its nearest verb,
    whether it opens the sentence) instead of its path to the trigger."""
    span, trigger, sentence = candidate.span, candidate.trigger, candidate.sentence
    doc = span.doc
    head = span[-1]
    words = span.text.lower().split()
    nearby = candidate.offset == 0
    side = ("before" if span.end <= trigger.start else "after") if nearby else "next"
    entity_type = getattr(candidate.entity, "type", None) or head.ent_type_ or "-"
    trigger_word = trigger.text.lower()
    view = token_view(doc)
    previous = view.lower[span.start - 1] if span.start > sentence.start else "<s>"
    following = view.lower[span.end] if span.end < sentence.end else "</s>"
    if nearby:
        # the words between phrase and trigger, as token positions
        between = (
            range(span.end, trigger.start) if side == "before" else range(trigger.end, span.start)
        )
        # the verb next to the phrase: the last one before a later phrase, else the first
        ordered = reversed(between) if side == "after" else iter(between)
        verb = next((view.lower[i] for i in ordered if view.tag[i].startswith("VB")), "-")
        distance = _bucket(_distance(span, trigger))
    else:
        between = range(sentence.start, span.start)
        verb = _clause_verb(span, sentence)
        distance = "next"
    preposition = (
        previous if span.start > 0 and view.tag[span.start - 1] in PREPOSITION_TAGS else "-"
    )
    voice = "passive" if _is_passive(trigger) else "active"
    lexicon_class = _class_of(words) or "-"
    actor = getattr(candidate.entity, "actor", None)
    sector = str(getattr(actor, "sector", "") or "-")
    rule = candidate.rule_role or "-"
    commas = "comma" if any(view.text[i] in {",", ";", ":"} for i in between) else "nocomma"
    found = [
        "bias",
        f"head={head.lower_}",
        f"text={' '.join(words[-4:])}",
        f"tag={head.tag_}",
        f"ent={entity_type}",
        f"prev={previous}",
        f"next={following}",
        f"prep={preposition}",
        f"verb={verb}",
        f"side={side}",
        f"dist={distance}",
        f"trig={trigger_word}",
        f"kind={candidate.kind}",
        f"voice={voice}",
        f"class={lexicon_class}",
        f"kb={'yes' if actor is not None else 'no'}",
        f"sector={sector}",
        f"rule={rule}",
        f"commas={commas}|{side}",
        f"ent_side={entity_type}|{side}",
        f"class_side={lexicon_class}|{side}",
        f"voice_side={voice}|{side}",
        f"prep_side={preposition}|{side}",
        f"prep_voice_side={preposition}|{voice}|{side}",
        f"rule_ent={rule}|{entity_type}",
        f"head_ent={head.lower_}|{entity_type}",
        f"trig_prep={trigger_word}|{preposition}",
        f"trig_side={trigger_word}|{side}",
        f"kind_side={candidate.kind}|{side}",
        f"kind_class_side={candidate.kind}|{lexicon_class}|{side}",
        f"verb_side={verb}|{side}",
        f"class_prep={lexicon_class}|{preposition}",
        f"ent_prep={entity_type}|{preposition}",
        f"kb_sector_side={sector}|{side}",
        f"told={_told(candidate.entity)}",
        f"lead={_lead(sentence)}",
        f"opens={'yes' if span.start == sentence.start or previous in _OPENERS else 'no'}|{side}",
    ]
    for word in words[:-1][-2:]:
        found.append(f"mod={word}")
    for word in sorted(_between_words(view, between)):
        found.append(f"btw={word}|{side}")
    if any(t.like_num or t.tag_ == "CD" for t in span):
        found.append("has_number")
    return found


#: the participant word list whose phrase classes were last remembered, and those classes
#: by phrase words: the same phrases come back for every attack of a document
_classes_seen: tuple[object, dict[tuple[str, ...], str | None]] | None = None
#: the most phrases remembered before the memory starts afresh
_CLASS_MEMORY = 50_000


def _class_of(words: list[str]) -> str | None:
    """The participant word list's class of a phrase (``ParticipantLexicon.class_of``),
    remembered per word list."""
    global _classes_seen
    lexicon = load_participant_lexicon()
    seen = _classes_seen  # read once: another thread may replace it meanwhile
    if seen is None or seen[0] is not lexicon or len(seen[1]) > _CLASS_MEMORY:
        seen = _classes_seen = (lexicon, {})
    key = tuple(words)
    if key not in seen[1]:
        seen[1][key] = lexicon.class_of(words)
    return seen[1][key]


def pooled_vector(span: Span) -> np.ndarray | None:
    """The mean of the shared tok2vec rows (``doc.tensor``) over the phrase's tokens: a dense
    picture of the words and their context, which sparse word features miss for words seen
    once. None when the pipeline set no tensor (a model without a tok2vec)."""
    tensor = span.doc.tensor
    if tensor is None or getattr(tensor, "ndim", 0) != 2 or tensor.shape[0] != len(span.doc):
        return None
    pooled: np.ndarray = tensor[span.start : span.end].mean(axis=0)
    return pooled


#: Words before a phrase that still leave it at the start of its clause.
_OPENERS = frozenset({"the", "a", "an", "<s>", ",", "and", "but", "that"})
#: The most words between phrase and trigger the ``btw=`` features read ("by", "claimed").
_BETWEEN_CAP = 6


def _between_words(view: TokenView, between: range) -> set[str]:
    """The content and function words between the phrase and the trigger when they are
    close ("killed by", "claimed responsibility for"): a bag, empty when far apart."""
    if len(between) > _BETWEEN_CAP:
        return set()
    return {view.lower[i] for i in between if view.alpha[i]}


def _clause_verb(span: Span, sentence: Span) -> str:
    """The verb a phrase of a later sentence most likely goes with: the first verb after it
    when it comes before every verb (a subject), else the last verb before it."""
    view = token_view(span.doc)
    before = [i for i in range(sentence.start, span.start) if view.tag[i].startswith("VB")]
    if before:
        return view.lower[before[-1]]
    after = [i for i in range(span.end, sentence.end) if view.tag[i].startswith("VB")]
    return view.lower[after[0]] if after else "-"


def _is_passive(trigger: Span) -> bool:
    """ "was killed", "were kidnapped": a past participle after a form of "be"."""
    doc = trigger.doc
    root = trigger[-1]
    if root.tag_ != "VBN":
        return False
    return any(doc[i].lower_ in BE_FORMS for i in range(max(0, trigger.start - 3), trigger.start))


def _told(entity: object | None) -> str:
    """How often the article names the phrase's entity: a template's fillers are mostly
    what the article keeps coming back to."""
    mentions = len(getattr(entity, "mentions", None) or [])
    return "0" if mentions == 0 else "1" if mentions == 1 else "2-3" if mentions <= 3 else "4+"


def _lead(sentence: Span) -> str:
    """Where the sentence stands in the article: news tells its main event first."""
    start = sentence.start
    return "lead" if start < 60 else "early" if start < 200 else "later"


def _bucket(distance: int) -> str:
    for limit, name in _DISTANCE_BUCKETS:
        if distance <= limit:
            return name
    return "far"
