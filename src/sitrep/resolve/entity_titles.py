"""Office holders a text names by their bare title: "The Secretary-General condemns …".

A release of an organisation names its head by the title alone ("The Secretary-General", "the
High Representative"); many organisations have such an office, so the knowledge base lists the
bare title as an ambiguous alias of each holder. The article ties the title to one of them
when it names that office's organisation, or a body under it ("an attack on a MINUSCA patrol"
is a UN matter): then the title is that office holder, an entity like any named person.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span

#: how many words a bare title may hold after its article ("the Secretary-General")
TITLE_MAX_WORDS = 4


def add_titled_office_holders(
    doc: Doc, clusters: list[Any], kb: Any, make_cluster: Callable[[str, str], Any]
) -> None:
    """Add an entity for each "the <Title>" (capitalised, not yet an entity's words) that is an
    ambiguous alias of a person in the knowledge base whose organisation the article names.

    ``make_cluster(type, actor_id)`` builds a new entity (the resolver's cluster class)."""
    if kb is None:
        return
    taken = {i for c in clusters for m in c.mentions for i in range(m.start, m.end)}
    named_here = _organisations_named(clusters, kb)
    if not named_here:
        return
    holder_of: dict[str, Any] = {}
    for token in doc:
        if token.lower_ != "the" or token.i + 1 >= len(doc) or token.i + 1 in taken:
            continue
        for end in range(min(len(doc), token.i + 1 + TITLE_MAX_WORDS), token.i + 1, -1):
            words = doc[token.i + 1 : end]
            if any(i in taken for i in range(words.start, words.end)) or not all(
                t.text[:1].isupper() or t.text in {"-", "of"} for t in words
            ):
                continue
            if end < len(doc) and doc[end].lower_ == "of":
                break  # "the Secretary-General of the ruling party" names its own organisation
            holder = _office_holder(kb, words.text, named_here)
            if holder is None:
                continue
            cluster = holder_of.get(holder.id)
            if cluster is None:
                cluster = make_cluster("PERSON", holder.id)
                cluster.actor, cluster.canonical = holder, holder.name
                holder_of[holder.id] = cluster
                clusters.append(cluster)
            cluster.mentions.append(Span(doc, words.start, words.end, label="PERSON"))
            taken.update(range(words.start, words.end))
            break


def _organisations_named(clusters: list[Any], kb: Any) -> set[str]:
    """The ids of the organisations the article names, with every organisation above them."""
    named: set[str] = set()
    for cluster in clusters:
        if not cluster.actor_id:
            continue
        named.add(cluster.actor_id)
        named.update(actor.id for actor in kb.ancestors(cluster.actor_id))
    return named


def _office_holder(kb: Any, title: str, named_here: set[str]) -> Any:
    """The one person whose ambiguous alias is ``title`` and whose organisation is named."""
    holders = [
        hit.actor
        for hit in kb.lookup(title)
        if hit.ambiguous and str(hit.actor.type) == "PERSON" and hit.actor.parent in named_here
    ]
    return holders[0] if len(holders) == 1 else None
