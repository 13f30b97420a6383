"""How many people an event harmed, from the numbers on its patient.

"Two members of Daesh were killed", "killed 13 people and wounded 71": a number that
counts people in the phrase the event happened to fills the trigger's count (ACLED's
fatalities, PLOVER's counts); a singular patient ("detained a senior ISKP officer")
counts one, as an implicit count a later stage may overrule; an attack "leaving six
people dead" counts what it left; a strike "that killed a senior official" counts what its
relative clause tells. Kept apart from the argument reader because counts
follow their own rules (which numbers count people, which count stands for the victims)
and change for their own reasons. The total of a list of counted groups ("4 dissidents and
3 ELN fighters") is ``sitrep.events.list_totals``'s.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span

from sitrep.annotate.count_qualifiers import load_count_qualifiers
from sitrep.annotate.numbers import is_age
from sitrep.events.detect import TriggerHit
from sitrep.events.function_words import BE_HAVE_FORMS
from sitrep.events.left_dead import left_counts
from sitrep.events.list_totals import GROUP_TAGS, CountedList
from sitrep.events.record import ArgumentRecord, EventRecord
from sitrep.events.token_view import token_view
from sitrep.knowledge.word_lists import read_yaml_mapping, word_lists_in

HARM_WORDS_PATH = Path(__file__).with_name("harm_counts.yaml")

#: Counts of harm done to people: the owner of such a noun ("X's murder") suffered it.
HARM_COUNTS = frozenset({"killed", "injured", "kidnapped"})
#: Tags that go on with the noun phrase a number opens ("two paramilitary troopers", "24 AR men").
PHRASE_GOES_ON = GROUP_TAGS | {"CD"}
#: Words that open a relative clause on an event noun ("a strike that killed ...").
RELATIVE_WORDS = frozenset({"that", "which"})
#: Words that end the patient of one harm verb in a relative clause ("killed two and wounded").
PATIENT_ENDS = frozenset({"and", ",", ";", "while", "as"})
#: Tags of a harm verb in such a clause (a tagger often reads "that wounded two" as VBN).
PAST_TAGS = frozenset({"VBD", "VBN"})
#: The auxiliaries of a passive verb that say its subject is one ("was gunned down", "has been
#: shot"); the others (``BE_HAVE_FORMS``) may stand between too.
SINGULAR_AUXILIARIES = frozenset({"was", "is", "has"})
#: The participant lexicon's classes of nouns for people ("shopkeeper", "elder").
PEOPLE_CLASSES = frozenset({"person", "noncombatant"})
#: How many words may stand between an active harm word and the number of its object after
#: it: the number opens the object ("killed at least 32 persons", "the killing of two Dalits").
OBJECT_NUMBER_REACH = 8
#: How far after an event noun its relative word may stand ("a strike on a car near Tyre that").
RELATIVE_REACH = 12


#: the plain word lists of ``harm_counts.yaml``, read lower-cased
WORD_LIST_KEYS = (
    "singular_heads",
    "counted_people",
    "toll_verbs",
    "list_joints",
    "group_openers",
    "one_openers",
    "number_lead_ins",
    "near_miss_words",
    "near_miss_joints",
)


@dataclass(frozen=True)
class HarmWords:
    """The nouns that count one person harmed or name the people a number counts, and the
    relative-clause verbs that count."""

    singular_heads: frozenset[str]
    counted_people: frozenset[str]
    relative_harm_verbs: dict[str, str]
    #: verbs that give a toll its figure ("the death toll … had risen to 21")
    toll_verbs: frozenset[str] = frozenset()
    #: words that join the counted groups of one list ("4 dissidents and 3 ELN fighters")
    list_joints: frozenset[str] = frozenset()
    #: words beside a qualifier that may open a counted group after its joint ("and another 5")
    group_openers: frozenset[str] = frozenset()
    #: words that open a counted group of one ("and a security official")
    one_openers: frozenset[str] = frozenset()
    #: words beside a qualifier that may stand between a harm word and the number it counts
    #: ("shot dead one")
    number_lead_ins: frozenset[str] = frozenset()
    #: words that make the harm word after them a harm that did not happen ("almost killed")
    near_miss_words: frozenset[str] = frozenset()
    #: words that may stand between such a word and its harm word ("narrowly escaped being")
    near_miss_joints: frozenset[str] = frozenset()

    @classmethod
    def from_file(cls, path: Path) -> HarmWords:
        data = read_yaml_mapping(
            path, "harm count word list (restore the packaged file or fix its YAML)"
        )
        verbs = data.get("relative_harm_verbs") or {}
        lists = word_lists_in(data, WORD_LIST_KEYS, path, optional=True)
        return cls(
            relative_harm_verbs={str(k).casefold(): str(v) for k, v in verbs.items()},
            **lists,
        )


@lru_cache(maxsize=2)
def load_harm_words(path: str | None = None) -> HarmWords:
    """The word list at ``path`` (default: the packaged one), read once per process."""
    return HarmWords.from_file(Path(path) if path else HARM_WORDS_PATH)


def fill_counts(
    doc: Doc,
    owner: Mapping[int, object],
    person_nouns: Container[str],
    sentence: Span,
    hit: TriggerHit,
    region: tuple[int, int],
    record: EventRecord,
    count_kind: str | None,
) -> None:
    """Fill the record's counts of ``count_kind`` from the numbers of the patient ``region``
    (before a passive trigger, after an active one), a noun's from the harm verbs of its
    relative clause, and an attack's from what it left."""
    people = _PeopleNouns(person_nouns, load_harm_words().counted_people)
    if count_kind:
        if not near_miss(doc, sentence.start, hit.start):
            _fill_patient_count(doc, owner, people, hit.end, region, record, count_kind)
    elif hit.trigger.pos == "NOUN":
        # "a strike that killed a senior official": the noun counts nobody, its clause does
        for kind, (verb_end, stop) in relative_harms(doc, hit.end, region[1]):
            _fill_patient_count(doc, owner, people, verb_end, (verb_end, stop), record, kind)
    if record.type == "ASSAULT":  # "…, leaving six people dead": what the attack left
        for kind, value in left_counts(doc, hit.end, sentence.end).items():
            record.counts.setdefault(kind, value)


def near_miss(doc: Doc, first: int, start: int) -> bool:
    """Whether the harm word at token ``start`` is told as a near miss ("was almost killed",
    "nearly got shot", "narrowly escaped being abducted"): the attack happened, but the harm
    did not, so the word counts nobody. Only auxiliaries and such joints may stand between the
    near-miss word and the harm word: "nearly 30 were killed" counts 30."""
    words = load_harm_words()
    i = start - 1
    while i >= first and doc[i].lower_ in words.near_miss_joints | BE_HAVE_FORMS:
        i -= 1
    return i >= first and doc[i].lower_ in words.near_miss_words


class _PeopleNouns:
    """The nouns that name people: the trigger lexicon's and the harm list's."""

    def __init__(self, first: Container[str], second: Container[str]) -> None:
        self.first, self.second = first, second

    def __contains__(self, word: object) -> bool:
        return word in self.first or word in self.second


def _fill_patient_count(
    doc: Doc,
    owner: Mapping[int, object],
    person_nouns: Container[str],
    verb_end: int,
    region: tuple[int, int],
    record: EventRecord,
    count_kind: str,
) -> None:
    """The count of ``count_kind`` the patient ``region`` of a harm word ending at token
    ``verb_end`` tells: the nearest number of people, else one for a singular patient."""
    if record.counts.get(count_kind) is not None:
        return  # told already by another harm word of the same event
    groups = CountedList(doc, owner, person_nouns, region, load_harm_words(), _noun_class)
    numbers = [
        n
        for n in (doc._.numbers or [])
        if region[0] <= n.start < region[1]
        and (
            _within_reach(doc, n.start, verb_end, region)
            # "killed a 45-year-old farmer and his two sons": the list opens the object
            or (verb_end < region[1] and groups.one_before(n.start) == verb_end)
        )
    ]
    person_numbers = [
        n
        for n in numbers
        if _counts_people(doc, owner, person_nouns, n.end, region[1])
        or _right_after(doc, verb_end, n.start)
    ]
    if person_numbers:
        chosen = person_numbers[-1] if region[1] <= verb_end else person_numbers[0]
        if _upper_bound(doc, chosen.start):
            # "eliminated up to 40 servicemen": a ceiling, not the lowest figure ACLED codes;
            # kept as an implicit count that a firm figure elsewhere overrules
            record.implicit_counts.setdefault(count_kind, chosen.value)
            return
        record.counts[count_kind] = groups.total(chosen, numbers)
        if count_kind in HARM_COUNTS and _bare_number(doc, chosen.end):
            # "killed 13 people and wounded 71": the bare number stands for the people
            record.arguments.append(ArgumentRecord("victim", doc[chosen.start : chosen.end]))
    elif (ones := groups.ones(verb_end)) or (  # "a vendor and his wife were shot dead": 2
        _singular_patient(doc, owner, person_nouns, region)
        or (
            count_kind == "killed"
            and (_one_killed_by_name(doc, verb_end, region) or _one_killed_as_subject(doc, region))
        )
    ):
        record.implicit_counts.setdefault(count_kind, max(1, ones))


def _within_reach(doc: Doc, start: int, verb_end: int, region: tuple[int, int]) -> bool:
    """Whether a number is near enough to its harm word to count its patient. A digest that
    strips its full stops runs a whole story into one sentence, and "condemned the killing …
    at least 1200 people have been displaced" must not count the displaced as killed. A
    passive's patient before it has no such limit: "Two workers, identified as A (45) and B
    (30), were shot dead" names them all between the number and the verb."""
    if region[1] <= verb_end:  # a passive's patient before it may hold a list of names
        return True
    return start - verb_end <= OBJECT_NUMBER_REACH or _a_toll_figure(doc, start)


def _a_toll_figure(doc: Doc, start: int) -> bool:
    """ "The death toll of the July 10 suicide attack on … had risen to 21": a figure a toll
    verb gives is the toll, however far the toll's noun stands."""
    toll_verbs = load_harm_words().toll_verbs
    i = start - 1 - len(_qualifier_before(doc, start))  # "had risen to at least 21"
    if i >= 0 and doc[i].lower_ in toll_verbs:
        return True
    return i > 0 and doc[i].lower_ == "to" and doc[i - 1].lower_ in toll_verbs


def relative_harms(doc: Doc, after: int, end: int) -> list[tuple[str, tuple[int, int]]]:
    """The counts a relative clause after an event noun tells, each with the region of its
    patient (from the end of its verb): [("killed", …), ("injured", …)] for "the attack that
    killed two peacekeepers and injured five others". The relative word must follow the noun's
    own phrase ("a strike in northwest Syria on Friday that killed …", no comma or verb
    between), and its verbs must be past-tense harm verbs."""
    words = load_harm_words().relative_harm_verbs
    opener = None
    for i in range(after, min(end, after + RELATIVE_REACH)):
        if doc[i].lower_ in RELATIVE_WORDS:
            opener = i
            break
        if doc[i].text in {",", ";", ":"} or doc[i].tag_.startswith("VB"):
            return []
    if opener is None or opener + 1 >= end or doc[opener + 1].tag_ not in PAST_TAGS:
        return []
    found: list[tuple[str, tuple[int, int]]] = []
    i = opener + 1
    while i < end:
        kind = words.get(doc[i].lower_) if doc[i].tag_ in PAST_TAGS else None
        if kind is None:
            i += 1
            continue
        stop = next((k for k in range(i + 1, end) if doc[k].lower_ in PATIENT_ENDS), end)
        if kind not in (k for k, _ in found):
            found.append((kind, (i + 1, stop)))
        i = stop
    return found


def _counts_people(
    doc: Doc, owner: Mapping[int, object], person_nouns: Container[str], after: int, limit: int
) -> bool:
    """Whether the number ending at ``after`` counts people: a person noun follows within a
    few words ("12 soldiers", "two Daesh members", "three of the policemen")."""
    for i in range(after, min(limit, after + 4)):
        if doc[i].lower_ in person_nouns:
            return True
        if doc[i].lower_ in {"of"}:
            continue
        if i in owner:  # "two Daesh members"
            continue
        if not doc[i].is_alpha:
            return False
    return False


def _singular_patient(
    doc: Doc, owner: Mapping[int, object], person_nouns: Container[str], region: tuple[int, int]
) -> bool:
    """ "detained a senior ISKP officer", "the death of the … chief": one person."""
    for i in range(region[0], min(region[1], region[0] + 8)):
        word = doc[i].lower_
        if word in {"a", "an", "the", "one"}:
            for j in range(i + 1, min(region[1], i + 8)):
                w = doc[j].lower_
                if (doc[j].like_num and not _an_age(doc, j)) or (
                    w in {"and", ","}
                    and j + 1 < len(doc)
                    and doc[j + 1].lower_ in {"a", "an", "the", "two", "three"}
                ):
                    return False
                if w in person_nouns and not w.endswith("s"):
                    return True
                if w in load_harm_words().singular_heads:
                    return True
            return False
        if owner.get(i) is not None and getattr(owner[i], "type", "") == "PERSON":
            return True
    return False


def _one_killed_by_name(doc: Doc, verb_end: int, region: tuple[int, int]) -> bool:
    """ "murdered a Dalit", "killed an adivasi": whom a killing verb takes as its direct
    object is a living person, so "a" or "an" and a singular noun count one even where no
    word list knows the noun; a thing, a force or a group ("killed a family") does not."""
    if region[0] != verb_end or region[0] >= region[1]:
        return False
    if doc[region[0]].lower_ not in {"a", "an", "the"}:  # "killed the headmaster of a school"
        return False
    head = None
    for j in range(region[0] + 1, min(region[1], region[0] + 5)):
        if doc[j].tag_ in {"NN", "NNP"}:
            head = j
        elif doc[j].tag_ not in {"JJ", "HYPH", "VBN"} or head is not None:
            break
    if head is None or (head + 1 < len(doc) and doc[head + 1].tag_ in {"NNS", "NNPS", "POS"}):
        return False
    return _noun_class(doc[head].lower_) in {None, "person", "noncombatant"}


def _one_killed_as_subject(doc: Doc, region: tuple[int, int]) -> bool:
    """ "a shopkeeper was gunned down", "the driver was shot dead": the singular subject of a
    passive killing verb is one person killed, whether or not a word list knows the noun; a
    thing, a force or a group ("the convoy was ambushed") does not count."""
    k = region[1] - 1
    singular_aux = False
    while k >= region[0] and (doc[k].lower_ in BE_HAVE_FORMS or doc[k].tag_ == "RB"):
        singular_aux = singular_aux or doc[k].lower_ in SINGULAR_AUXILIARIES
        k -= 1
    if k > region[0] and doc[k].like_num and _an_age(doc, k):
        k -= 1  # "a grocer Raju 40 was shot dead": the man's age stands before the verb
    k = _before_name_aside(doc, k, region[0])
    if not singular_aux or k < region[0]:
        return False
    if doc[k].tag_ not in {"NN", "NNP"} and _noun_class(doc[k].lower_) not in PEOPLE_CLASSES:
        return False  # a tagger may read "a village elder" as an adjective
    head = k
    while k > region[0] and doc[k - 1].tag_ in {"NN", "NNP", "JJ", "HYPH", "VBN"}:
        k -= 1
    if k == region[0] or doc[k - 1].lower_ not in {"a", "an", "the"}:
        return False
    return _noun_class(doc[head].lower_) in {None, "person", "noncombatant"}


#: words that open an aside naming the person just described ("a constable, identified as
#: Sher Ali, was shot dead")
NAME_ASIDE_OPENERS = (("identified", "as"), ("named",))
#: how many words an aside naming a person may hold
NAME_ASIDE_REACH = 8


def _before_name_aside(doc: Doc, k: int, first: int) -> int:
    """The last word before an aside that names the subject ("A tribal elder, Mir Bashir
    Ahmed, was shot dead", "a constable, identified as Sher Ali, was ..."): the noun before it
    is the subject's head. ``k`` itself where no such aside ends at ``k``."""
    if k <= first or doc[k].text != ",":
        return k
    for opening in range(k - 1, max(first, k - NAME_ASIDE_REACH) - 1, -1):
        if doc[opening].text != ",":
            continue
        inside = doc[opening + 1 : k]
        words = tuple(t.lower_ for t in inside[:2])
        named = len(inside) > 0 and all(t.tag_ in {"NNP", "NNPS"} for t in inside)
        if named or any(words[: len(cue)] == cue for cue in NAME_ASIDE_OPENERS):
            return opening - 1
        return k
    return k


def _upper_bound(doc: Doc, number_start: int) -> bool:
    """Whether the words before a number make it a ceiling ("up to 40", "as many as 40")."""
    return _qualifier_before(doc, number_start) in load_count_qualifiers().upper_bounds


def _qualifier_before(doc: Doc, number_start: int) -> tuple[str, ...]:
    """The count qualifier right before a number ("at least", "up to"), () where none is."""
    return load_count_qualifiers().before(token_view(doc).lower, number_start)


@lru_cache(maxsize=4096)
def _noun_class(word: str) -> str | None:
    """The participant lexicon's class of a noun, or "place" for a place word."""
    from sitrep.events.participant_lexicon import load_participant_lexicon

    lexicon = load_participant_lexicon()
    return "place" if word in lexicon.place_words else lexicon.class_of([word])


def _right_after(doc: Doc, end: int, number_start: int) -> bool:
    """ "wounding more than 20": a number right after the trigger counts it, noun or not."""
    lead_ins = load_harm_words().number_lead_ins
    words = [t.lower_ for t in doc[end:number_start]]
    while words and words[0] in lead_ins:
        words.pop(0)
    return not words or load_count_qualifiers().is_qualifier(words)


def _bare_number(doc: Doc, end: int) -> bool:
    """ "wounded 71.", "killing one, at ...": a number no noun follows stands for the people
    it counts; "two paramilitary troopers" is a phrase the participant reader reads."""
    return end >= len(doc) or doc[end].tag_ not in PHRASE_GOES_ON


def _an_age(doc: Doc, i: int) -> bool:
    """ "a 45-year-old man": the number gives the man's age, not a count of men."""
    digits = doc[i].text.replace(",", "")
    return digits.isdigit() and is_age(doc, i, i + 1, int(digits))
