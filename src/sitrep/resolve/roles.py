"""Titles and roles of people: "X, a spokesman for Y", "Lt. Gen. X, Director General of Y".

Patterns over the text around each person's name, checked against the title
lexicon (``knowledge/titles.yaml``) so that any apposition is not taken for a
role. Past roles ("had previously held the positions of A, B and C") are kept
with ``current = False``. A title said of an unnamed person ("led by the
country's defence minister") is given to the person the next sentence names
first, the way a reader bridges the two.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.annotate.extensions import ensure_extensions
from sitrep.resolve.entities import EntityCluster, RoleRecord

ORG_PREPOSITIONS = {"for", "of", "at", "in", "to", "with"}
ARTICLES = {"a", "an", "the", "its", "their", "his", "her"}
PAST_MARKERS = ("previously", "formerly", "former", "ex-", "once", "had held", "used to")


class RoleFinder:
    def __call__(self, doc: Doc) -> Doc:
        clusters: list[EntityCluster] = doc._.entities or []
        owner = {m.start: c for c in clusters for m in c.mentions}
        token_owner = {i: c for c in clusters for m in c.mentions for i in range(m.start, m.end)}
        for cluster in clusters:
            if cluster.type != "PERSON":
                continue
            for mention in cluster.named_mentions:
                for role in _roles_around(doc, mention, token_owner):
                    _add_role(cluster, role)
            for mention in cluster.mentions:
                for role in _career_list(doc, mention, token_owner):
                    _add_role(cluster, role)
        for role, person in _bridged_roles(doc, token_owner, owner):
            _add_role(person, role)
        return doc


def _add_role(cluster: EntityCluster, role: RoleRecord) -> None:
    for existing in cluster.roles:
        if existing.title.lower() == role.title.lower():
            return
    cluster.roles.append(role)


def _title_at(doc: Doc, start: int, end: int) -> str | None:
    """The normalised title if tokens [start, end) read as one, else None."""
    from sitrep.resolve.titles import match_title

    if start >= end:
        return None
    return match_title(doc[start:end].text)


def _org_after(
    doc: Doc, i: int, limit: int, token_owner: dict[int, EntityCluster]
) -> tuple[str | None, int]:
    """An organisation named after a title ("for the Afghan Taliban"): its entity id and end."""
    if i < limit and doc[i].lower_ in ORG_PREPOSITIONS:
        j = i + 1
        while j < limit and doc[j].lower_ in ARTICLES:
            j += 1
        if j < limit and j in token_owner and token_owner[j].type in {"ORG", "GPE", "NORP"}:
            owner = token_owner[j]
            k = j
            while k < limit and token_owner.get(k) is owner:
                k += 1
            return owner.id, k
    return None, i


def _roles_around(
    doc: Doc, mention: Span, token_owner: dict[int, EntityCluster]
) -> list[RoleRecord]:
    roles: list[RoleRecord] = []
    sent = mention.sent
    # 1. premodifiers: "Lt. Gen. Nadeem Anjum", "Taliban spokesman Zabihullah Mujahid"
    j = mention.start
    while (j - 1 >= sent.start and not doc[j - 1].is_punct) or (
        j - 1 >= sent.start and doc[j - 1].text == "."
    ):
        j -= 1
        if mention.start - j > 6:
            break
    for k in range(j, mention.start):
        title = _title_at(doc, k, mention.start)
        if title:
            org = token_owner.get(k - 1)
            roles.append(
                RoleRecord(
                    title,
                    org.id if org and org.type != "PERSON" else None,
                    _is_current(doc, k),
                    doc[k : mention.start],
                )
            )
            break
    # 2. apposition after: "X, a spokesman for Y," / "X, Director General of Y (ISI),"
    i = mention.end
    if i < sent.end and doc[i].text == ",":
        k = i + 1
        while k < sent.end and doc[k].lower_ in ARTICLES:
            k += 1
        stop = k
        while (
            stop < sent.end
            and doc[stop].text not in {",", ";", "."}
            and doc[stop].lower_ not in ORG_PREPOSITIONS
            and stop - k < 6
            and stop not in token_owner
        ):
            stop += 1
        title = None
        for end in range(stop, k, -1):
            title = _title_at(doc, k, end)
            if title:
                stop = end
                break
        if title:
            org_id, after = _org_after(doc, stop, sent.end, token_owner)
            descr_end = after if org_id else stop
            # keep a qualifier the title carries ("for Afghanistan", "for the Indian subcontinent")
            full = title
            if not org_id and stop < sent.end and doc[stop].lower_ in {"for", "of"}:
                q = stop + 1
                while q < sent.end and doc[q].text not in {",", ";", "."} and q - stop < 6:
                    q += 1
                full = doc[k:q].text
                descr_end = q
            roles.append(RoleRecord(full, org_id, _is_current(doc, k), doc[k:descr_end]))
    # 3. apposition before: "its leader for the Indian subcontinent, Ijaz Amin Ahingar"
    if mention.start - 1 > sent.start and doc[mention.start - 1].text == ",":
        k = mention.start - 2
        while k > sent.start and doc[k].text not in {",", ";", "(", "“"} and mention.start - k < 10:
            k -= 1
        start = k + 1 if doc[k].text in {",", ";", "(", "“"} else k
        words = doc[start : mention.start - 1]
        first = start
        while first < mention.start - 1 and doc[first].lower_ in ARTICLES | {"including"}:
            first += 1
        for end in range(mention.start - 1, first, -1):
            title = _title_at(doc, first, end)
            if title:
                roles.append(
                    RoleRecord(
                        doc[first : mention.start - 1].text,
                        _possessor(doc, start, token_owner),
                        _is_current(doc, first),
                        words,
                    )
                )
                break
    # 4. "an ISKP member named Qari Fateh"
    if mention.start - 1 >= sent.start and doc[mention.start - 1].lower_ in {
        "named",
        "called",
        "identified",
    }:
        k = mention.start - 2
        if k >= sent.start:
            title = _title_at(doc, k, k + 1)
            if title:
                org = token_owner.get(k - 1)
                roles.append(
                    RoleRecord(
                        title,
                        org.id if org and org.type != "PERSON" else None,
                        True,
                        doc[k : k + 1],
                    )
                )
    return roles


def _possessor(doc: Doc, start: int, token_owner: dict[int, EntityCluster]) -> str | None:
    owner = token_owner.get(start)
    if owner is not None and owner.type != "PERSON":
        return owner.id
    return None


def _is_current(doc: Doc, i: int) -> bool:
    window = doc[max(doc[i].sent.start, i - 4) : i + 1].text.lower()
    return not any(marker in window for marker in PAST_MARKERS)


CAREER = re.compile(
    r"(?:held|holding|served as|serving as|was|has been|had been)\s+(?:the\s+)?(?:positions?|posts?|roles?)\s+of\s+",
    re.I,
)
CURRENT = re.compile(r"\b(?:currently|now)\s+(?:serves|serving|is)\s+as\s+(?:the\s+)?", re.I)


def _career_list(
    doc: Doc, mention: Span, token_owner: dict[int, EntityCluster]
) -> list[RoleRecord]:
    """ "He had previously held the positions of A, B, and C, and currently serves as D"."""
    if mention.start != mention.sent.start and doc[mention.start - 1].text not in {"“", '"'}:
        return []
    sent = mention.sent
    text = sent.text
    offset = sent.start_char
    roles: list[RoleRecord] = []
    found = CAREER.search(text)
    if found:
        tail = text[found.end() :]
        current_at = CURRENT.search(tail)
        past_text = tail[: current_at.start()] if current_at else tail
        past = (
            "previously" in text[: found.start()].lower() or "had" in text[: found.start()].lower()
        )
        for part, start in _split_list(past_text, offset + found.end()):
            roles.append(
                RoleRecord(part, None, not past, _char_span(doc, start, start + len(part)))
            )
        if current_at:
            rest = tail[current_at.end() :]
            part = re.split(r"[.;]", rest)[0].strip().rstrip(",")
            start = offset + found.end() + current_at.end()
            roles.append(RoleRecord(part, None, True, _char_span(doc, start, start + len(part))))
    return [r for r in roles if r.title]


def _split_list(text: str, base: int) -> list[tuple[str, int]]:
    """Items of "A (x), B, and C" with their character offsets, brackets kept."""
    items: list[tuple[str, int]] = []
    depth = 0
    start = 0
    for i, char in enumerate(text + ","):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char in ",." and depth == 0:
            piece = text[start:i]
            stripped = re.sub(r"^\s*(?:and\s+)", "", piece).strip()
            if stripped and stripped.lower() not in {"and"}:
                items.append((stripped, base + text.index(stripped, start)))
            start = i + 1
            if char == ".":
                break
    return items


def _char_span(doc: Doc, start: int, end: int) -> Span:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None else doc[0:0]


BRIDGE = re.compile(
    r"\b(?:led|headed|accompanied)\s+by\s+(?:the\s+)?(?:(?P<owner>country|nation|state|[A-Z][a-z]+)(?:'s|’s)\s+)?(?P<title>[a-z][a-z ]{2,40}?)(?=[\s,.]+(?:visited|arrived|met|travelled|traveled|held|was|to|in|on|for|,|\.))",
)


def _bridged_roles(
    doc: Doc, token_owner: dict[int, EntityCluster], owner: dict[int, EntityCluster]
) -> list[tuple[RoleRecord, EntityCluster]]:
    """A title said of an unnamed person, given to the person the next sentence opens with."""
    from sitrep.resolve.titles import match_title

    found: list[tuple[RoleRecord, EntityCluster]] = []
    sentences = list(doc.sents)
    for index, sent in enumerate(sentences[:-1]):
        match = BRIDGE.search(sent.text)
        if not match:
            continue
        title = match_title(match.group("title"))
        if not title:
            continue
        following = sentences[index + 1]
        person = owner.get(following.start)
        if person is None or person.type != "PERSON":
            continue
        start = sent.start_char + match.start("title")
        title_token = doc.char_span(start, start + 1, alignment_mode="expand")
        before = title_token.start if title_token is not None else sent.start
        org = (
            _country_before(doc, before, token_owner)
            if match.group("owner") in {"country", "nation", "state"}
            else None
        )
        found.append(
            (
                RoleRecord(
                    match.group("title"),
                    org,
                    True,
                    _char_span(doc, start, start + len(match.group("title"))),
                ),
                person,
            )
        )
    return found


def _country_before(doc: Doc, before: int, token_owner: dict[int, EntityCluster]) -> str | None:
    for i in range(before - 1, -1, -1):
        cluster = token_owner.get(i)
        if cluster is not None and cluster.type == "GPE":
            return cluster.id
    return None


@Language.factory("sitrep_roles", requires=["doc._.entities"], assigns=["doc._.entities"])
def make_role_finder(nlp: Language, name: str) -> RoleFinder:
    ensure_extensions()
    return RoleFinder()
