"""The named group behind unnamed attackers, from what the rest of the article says.

An article names the group once ("fmln guerrillas attacked ...", "the
guerrillas of the farabundo marti liberation front") and then writes "the
guerrillas", "the rebels". Coders (GTD's perpetrator group, MUC-4's PerpOrg)
give every attack by "the guerrillas" to that group. This module reads, once
per document, which group each attacker noun is tied to; a noun tied to two
groups ("eln rebels" and "farc rebels") is tied to none, as the text does not
say which.

Where no name stands beside the noun, an article that names one armed group
and no other ("the shining path ..." then "the terrorists dynamited ...")
gives that group the attacks of its members' nouns ("guerrillas", "rebels",
"terrorists", not "gunmen" or "assassins", whom anybody may hire): a coder
reading the article does the same, and an article naming two groups leaves
the nouns untied.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping

from spacy.tokens import Doc, Span

#: The last document read and its map, kept between the triggers of one document (not in
#: ``Doc.user_data``, which is serialised with the document and cannot hold clusters).
_LAST: list[tuple[Doc, dict[str, tuple[object, Span]]]] = []
#: Tokens that may stand between a group's name and its attacker noun: "FMLN (…) guerrillas".
BETWEEN = frozenset({"(", ")", "'s", "'"})
#: How far an attacker noun may stand from its group's name.
REACH = 3

Group = tuple[object, Span]  # the group's entity cluster and one mention of it


def attacker_groups(
    doc: Doc,
    owner: Mapping[int, object],
    attacker_noun: Callable[[str], str | None],
    is_group: Callable[[object, Span], bool],
    member_nouns: Container[str] = frozenset(),
    is_armed_group: Callable[[object], bool] | None = None,
) -> dict[str, Group]:
    """Attacker noun (singular, lower case) -> the one group the article ties it to.

    ``attacker_noun`` gives a token's attacker noun in the singular, or None;
    ``is_group`` says whether a named entity is an armed group's name;
    ``member_nouns`` are the nouns that the article's sole armed group (an entity for
    which ``is_armed_group`` holds) takes when no name stands beside them."""
    if _LAST and _LAST[0][0] is doc:
        return _LAST[0][1]
    tied: dict[str, dict[int, Group]] = {}
    nouns: set[str] = set()
    for token in doc:
        noun = attacker_noun(token.lower_)
        if noun is None:
            continue
        nouns.add(noun)
        for group in _groups_beside(doc, owner, token.i, is_group):
            tied.setdefault(noun, {})[id(group[0])] = group
    found = {noun: next(iter(groups.values())) for noun, groups in tied.items() if len(groups) == 1}
    sole = _sole_armed_group(owner, is_armed_group) if is_armed_group else None
    if sole is not None:
        for noun in nouns - set(tied):
            if noun in member_nouns:
                found[noun] = sole
    _LAST[:] = [(doc, found)]
    return found


def _sole_armed_group(
    owner: Mapping[int, object], is_armed_group: Callable[[object], bool]
) -> Group | None:
    """The one armed group the article names, with its first mention; None for none or two."""
    groups: dict[int, object] = {}
    for cluster in owner.values():
        if id(cluster) not in groups and is_armed_group(cluster):
            groups[id(cluster)] = cluster
    if len(groups) != 1:
        return None
    cluster = next(iter(groups.values()))
    mentions = list(getattr(cluster, "mentions", []))
    if not mentions:
        return None
    return cluster, min(mentions, key=lambda m: m.start)


def _groups_beside(
    doc: Doc, owner: Mapping[int, object], i: int, is_group: Callable[[object, Span], bool]
) -> list[Group]:
    """The group named right before the noun ("FMLN guerrillas") or after "of" ("guerrillas
    of the FMLN")."""
    found: list[Group] = []
    k = i - 1
    while k >= max(0, i - 1 - REACH) and doc[k].text in BETWEEN:
        k -= 1
    if k >= 0:
        found += _group_at(owner, k, is_group)
    if i + 2 < len(doc) and doc[i + 1].lower_ == "of":
        k = i + 2
        if doc[k].lower_ == "the" and k + 1 < len(doc):
            k += 1
        found += _group_at(owner, k, is_group)
    return found


def _group_at(
    owner: Mapping[int, object], k: int, is_group: Callable[[object, Span], bool]
) -> list[Group]:
    cluster = owner.get(k)
    if cluster is None:
        return []
    mention = next((m for m in getattr(cluster, "mentions", []) if m.start <= k < m.end), None)
    if mention is None or not is_group(cluster, mention):
        return []
    return [(cluster, mention)]
