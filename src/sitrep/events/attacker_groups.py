"""The named group behind unnamed attackers, from what the rest of the article says.

An article names the group once ("fmln guerrillas attacked ...", "the
guerrillas of the farabundo marti liberation front") and then writes "the
guerrillas", "the rebels". Coders (GTD's perpetrator group, MUC-4's PerpOrg)
give every attack by "the guerrillas" to that group. This module reads, once
per document, which group each attacker noun is tied to; a noun tied to two
groups ("eln rebels" and "farc rebels") is tied to none, as the text does not
say which.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

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
) -> dict[str, Group]:
    """Attacker noun (singular, lower case) -> the one group the article ties it to.

    ``attacker_noun`` gives a token's attacker noun in the singular, or None;
    ``is_group`` says whether a named entity is an armed group's name."""
    if _LAST and _LAST[0][0] is doc:
        return _LAST[0][1]
    tied: dict[str, dict[int, Group]] = {}
    for token in doc:
        noun = attacker_noun(token.lower_)
        if noun is None:
            continue
        for group in _groups_beside(doc, owner, token.i, is_group):
            tied.setdefault(noun, {})[id(group[0])] = group
    found = {noun: next(iter(groups.values())) for noun, groups in tied.items() if len(groups) == 1}
    _LAST[:] = [(doc, found)]
    return found


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
