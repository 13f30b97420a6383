"""The total of a list of counted groups: "4 dissidents and 3 ELN fighters were killed" is 7.

ACLED codes all the dead of an event, whichever side, so where the number that counts a
harm word's patient stands in a list of groups ("killed two soldiers, a policeman and five
civilians"), the groups add up. Kept apart from the harm-count reader because a list follows
its own rules (what joins two groups, what opens a group of one, when a list restates a
total) and changes for its own reasons. The reader hands over what it knows through
:class:`CountedList`: the document, the patient's region, the nouns for people and the
word lists, so this module needs nothing of the reader's internals.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc

from sitrep.annotate.count_qualifiers import load_count_qualifiers
from sitrep.annotate.numbers import NumberMention
from sitrep.events.function_words import BE_HAVE_FORMS
from sitrep.events.token_view import token_view

#: Tags of the words that go on with the phrase a counted group's number opens ("3 ELN
#: fighters", "24 AR men"); another number ends the group.
GROUP_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "HYPH", "VBN"})
#: Words inside a counted group's phrase ("dozens of militants", "three of the guards").
GROUP_LINKS = frozenset({"of", "the"})
#: The participant lexicon's classes of nouns for people of any side a list of the dead
#: may name ("two soldiers and 11 insurgents").
LISTED_PEOPLE_CLASSES = frozenset({"person", "noncombatant", "perpetrator"})
#: Tags of the words of a group of one ("a local vigilante", "a security official").
ONE_GROUP_TAGS = frozenset({"NN", "NNP", "JJ", "HYPH", "VBN"})


class ListWords(Protocol):
    """The word lists a list total reads (``harm_counts.yaml``)."""

    @property
    def list_joints(self) -> frozenset[str]: ...  # "and", ","
    @property
    def group_openers(self) -> frozenset[str]: ...  # "another" after a joint
    @property
    def one_openers(self) -> frozenset[str]: ...  # "a", "an", "one"
    @property
    def singular_heads(self) -> frozenset[str]: ...  # "commander", "official"


@dataclass(frozen=True)
class CountedList:
    """The patient ``region`` of a harm word in ``doc``, read for lists of counted groups.

    ``owner`` maps a token to the named entity it belongs to ("3 ELN fighters"),
    ``person_nouns`` holds the nouns for people, ``noun_class`` gives the participant
    lexicon's class of a noun ("insurgent" -> "perpetrator").
    """

    doc: Doc
    owner: Mapping[int, object]
    person_nouns: Container[str]
    region: tuple[int, int]
    words: ListWords
    noun_class: Callable[[str], str | None]

    def total(self, chosen: NumberMention, numbers: list[NumberMention]) -> int:
        """The total of the list of counted groups ``chosen`` stands in ("five militants and
        a security official" is 6). Each group counts once; a group that equals the rest
        ("Five people, three soldiers and two civilians, were killed") sums them already, so
        it is the total."""
        ordered = sorted(numbers, key=lambda n: n.start)
        at = next((k for k, n in enumerate(ordered) if n.start == chosen.start), None)
        if at is None or self.group_end(chosen.end) is None:
            return chosen.value
        values = [chosen.value]
        first, last = chosen, chosen
        k = at - 1
        while k >= 0 and self._joined_after(ordered[k], first.start):
            first = ordered[k]
            values.insert(0, first.value)
            k -= 1
        k = at + 1
        while k < len(ordered) and self._joined_after(last, ordered[k].start):
            if not self.group_end(ordered[k].end):
                break
            last = ordered[k]
            values.append(last.value)
            k += 1
        last_end = self.group_end(last.end)
        if last_end is not None and self._one_after(last_end):
            values.append(1)
        if self.one_before(first.start) is not None:
            values.insert(0, 1)
        if len(values) > 2 and values[0] == sum(values[1:]) and self._closed_aside(last_end):
            return values[0]  # "Five people, three soldiers and two civilians, were killed"
        return sum(values)

    def group_end(self, after: int) -> int | None:
        """Where the words a number counts end ("4 dissidents", "20 VDP", "3 ELN fighters"),
        or None where they name no people (a date's day, an age, "20 vehicles")."""
        doc, i, people = self.doc, after, False
        while i < self.region[1] and (
            doc[i].tag_ in GROUP_TAGS or i in self.owner or doc[i].lower_ in GROUP_LINKS
        ):
            people = people or self._names_people(doc[i].lower_) or i in self.owner
            i += 1
        return i if people else None

    def _closed_aside(self, end: int | None) -> bool:
        """Whether a comma closes the list at ``end``: the list was an aside restating a
        total."""
        return end is not None and end < len(self.doc) and self.doc[end].text == ","

    def _names_people(self, word: str) -> bool:
        """Whether a noun names people of any side: soldiers, civilians, insurgents."""
        return word in self.person_nouns or self.noun_class(word) in LISTED_PEOPLE_CLASSES

    def _joined_after(self, earlier: NumberMention, start: int) -> bool:
        """Whether the group ``earlier`` opens is joined to a group opening at ``start`` by a
        list joint and nothing else ("4 dissidents and 3", "two soldiers and at least 11")."""
        end = self.group_end(earlier.end)
        return end is not None and self._a_joint(end, start)

    def _a_joint(self, start: int, end: int) -> bool:
        """Whether the words from ``start`` to ``end`` join two counted groups: a joint
        ("and", ","), then perhaps an opener ("another") and a qualifier that still gives a
        figure ("at least"), and no verb, which would open a clause of its own ("killed 5
        soldiers and 3 civilians were wounded" is read group by group)."""
        between = [t.lower_ for t in self.doc[start:end]]
        joint = 0
        while joint < len(between) and between[joint] in self.words.list_joints:
            joint += 1
        rest = between[joint:]
        if rest and rest[0] in self.words.group_openers:
            rest = rest[1:]
        return joint > 0 and (
            not rest or load_count_qualifiers().is_qualifier(rest, figures_only=True)
        )

    def _one_after(self, at: int) -> bool:
        """ "Five militants and a security official were killed": a group of one after the
        list."""
        doc, words, limit = self.doc, self.words, self.region[1]
        i = at
        while i < limit and doc[i].lower_ in words.list_joints:
            i += 1
        if i == at or i >= limit or doc[i].lower_ not in words.one_openers:
            return False
        end = i + 1
        while end < limit and doc[end].tag_ in ONE_GROUP_TAGS:
            end += 1
        if end - 1 <= i or not (
            (end < limit and doc[end].lower_ in words.list_joints)
            or all(t.lower_ in BE_HAVE_FORMS or t.tag_ == "RB" for t in doc[end:limit])
        ):
            return False  # "and an unknown number of militants": no group of one
        return self._one_person(doc[end - 1].lower_)

    def _one_person(self, head: str) -> bool:
        """Whether the head of a group "a ..." names one person ("a local vigilante"); a
        thing, a group or a noun no word list knows ("a number", "a source") does not."""
        if head in self.person_nouns or head in self.words.singular_heads:
            return True
        return self.noun_class(head) in LISTED_PEOPLE_CLASSES

    def one_before(self, start: int) -> int | None:
        """ "A policeman and two militants were killed": where a group of one before the list
        the number at ``start`` opens begins (at its "a"), or None where none does."""
        doc, words, first = self.doc, self.words, self.region[0]
        qualifier = load_count_qualifiers().before(token_view(doc).lower, start, first)
        i = start - 1 - len(qualifier)  # "and at least two militants"
        if i >= first and doc[i].lower_ in words.group_openers:
            i -= 1
        joints = []
        while i >= first and doc[i].lower_ in words.list_joints:
            joints.append(doc[i].lower_)
            i -= 1
        if "and" not in joints:  # "According to a KIA source, 20 soldiers were killed"
            return None
        if i < first or doc[i].tag_ not in {"NN", "NNP"}:
            return None
        head = doc[i].lower_
        while i > first and (doc[i - 1].tag_ in ONE_GROUP_TAGS or self._an_age(i - 1)):
            i -= 1  # "a 45-year-old farmer": an age is no count, so no number of the list
        opener = i - 1
        if opener >= first and doc[opener].lower_ in words.one_openers and self._one_person(head):
            return opener
        return None

    def ones(self, verb_end: int) -> int:
        """How many groups of one the patient lists where it names no number: "a vendor and
        his wife were shot dead" 2, "killed a teacher and a village head" 2; 0 where it is
        no such list. A passive's list must end at its verb, an active's open its object."""
        doc, limit = self.doc, self.region[1]
        if self.region[0] == verb_end:
            return self._ones_from(verb_end)[0]
        if limit > verb_end:
            return 0
        for i in range(self.region[0], limit):
            if doc[i].lower_ in self.words.one_openers | {"the"}:
                count, end = self._ones_from(i)
                tail = doc[end:limit]
                if count and all(t.lower_ in BE_HAVE_FORMS or t.tag_ == "RB" for t in tail):
                    return count
        return 0

    def _ones_from(self, i: int) -> tuple[int, int]:
        """The number of groups of one joined by "and" from ``i`` ("a man and his son") and
        where they end; (0, i) where fewer than two are joined."""
        doc, words, limit = self.doc, self.words, self.region[1]
        openers = words.one_openers | {"the"}
        count, end = 0, i
        while i < limit and doc[i].lower_ in openers:
            j = i + 1
            while j < limit and (doc[j].tag_ in ONE_GROUP_TAGS or self._an_age(j)):
                j += 1
            if j - 1 <= i or not self._one_person(doc[j - 1].lower_):
                break  # "a farmer and his tractor": one person, not two
            count, end = count + 1, j
            joints = []
            while j < limit and doc[j].lower_ in words.list_joints:
                joints.append(doc[j].lower_)
                j += 1
            if "and" not in joints:
                break
            i, openers = j, words.one_openers | words.group_openers | {"the"}
        return (count, end) if count > 1 else (0, i)

    def _an_age(self, i: int) -> bool:
        """Whether ``doc[i]`` is a number the number tagger left out as an age ("45")."""
        token = self.doc[i]
        return token.like_num and not any(n.start <= i < n.end for n in (self.doc._.numbers or []))
