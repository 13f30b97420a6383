"""A name right after a word for a person's role is a person: "goalkeeper Rustu Recber".

The NER reads unfamiliar foreign names as organisations or places; the word before
them says otherwise. Role words are data (``person_words.yaml``); titles ("Cardinal
Bernardin", "President Suharto") come from the title lexicon.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from sitrep.knowledge.word_lists import read_word_lists

DEFAULT_PATH = Path(__file__).with_name("person_words.yaml")
RELABELLED = frozenset({"ORG", "GPE", "LOC", "FAC", "MISC"})
#: longest person name the rule relabels (in words)
MAX_NAME_WORDS = 3
#: a state's name opening a "person" must be this rare in English (Zipf scale)
RARE_PLACE_ZIPF = 3.5


@lru_cache(maxsize=4)
def load_role_nouns(path: Path = DEFAULT_PATH) -> frozenset[str]:
    """Read and check the role words; errors name the file and the key to fix."""
    return read_word_lists(path, ("role_nouns",), "role word list")["role_nouns"]


@lru_cache(maxsize=4)
def load_forms_of_address(path: Path = DEFAULT_PATH) -> frozenset[str]:
    """Kinship and address words written before a first name ("aunt", "doctor")."""
    lists = read_word_lists(path, ("forms_of_address",), "role word list", optional=True)
    return lists["forms_of_address"]


def names_without_forms_of_address(
    spans: list[Span], forms: frozenset[str] | None = None
) -> list[Span]:
    """ "Aunt Toni", "Doctor Hank" read as one person: the word of address is no part of
    the name, which starts after it (knowledge-base links keep their words)."""
    forms = load_forms_of_address() if forms is None else forms
    result = []
    for span in spans:
        if (
            span.label_ == "PERSON"
            and not span.kb_id_
            and len(span) >= 2
            and span[0].lower_ in forms
            and span[1].text[:1].isupper()
        ):
            span = Span(span.doc, span.start + 1, span.end, label="PERSON")
        result.append(span)
    return result


def people_after_role_words(
    spans: list[Span],
    is_country: Callable[[str], bool] = lambda name: False,
    is_title: Callable[[str], bool] | None = None,
    role_nouns: frozenset[str] | None = None,
) -> list[Span]:
    """The spans, with short capitalised names right after a role word or title relabelled
    PERSON (knowledge-base links and countries keep their type: "defending champion Brazil"
    is a national team)."""
    role_nouns = load_role_nouns() if role_nouns is None else role_nouns
    is_title = is_title or _is_title
    result = []
    for span in spans:
        if (
            span.label_ in RELABELLED
            and not span.kb_id_
            and len(span) <= MAX_NAME_WORDS
            and all(t.text[:1].isupper() for t in span if t.is_alpha)
            and not is_country(span.text)
            and _after_role_word(span, role_nouns, is_title)
        ):
            span = Span(span.doc, span.start, span.end, label="PERSON")
        result.append(span)
    return result


def _after_role_word(
    span: Span, role_nouns: frozenset[str], is_title: Callable[[str], bool]
) -> bool:
    if span.start == 0:
        return False
    doc = span.doc
    before = doc[span.start - 1]
    if not before.is_alpha or "\n" in before.whitespace_:
        return False
    two = doc[span.start - 2 : span.start].text.lower() if span.start >= 2 else ""
    if before.lower_ in role_nouns or two in role_nouns:
        return True
    return before.text[:1].isupper() and is_title(before.text)


def _is_title(word: str) -> bool:
    from sitrep.resolve.titles import match_title

    return match_title(word) is not None


def split_at_inner_title(
    span: Span, is_title_phrase: Callable[[str], bool] | None = None
) -> list[Span]:
    """ "Federal Reserve Governor Lawrence Lindsey" read as one name is an organisation, a
    title and a person: the organisation (when two words or more) and the person, each with
    its own type; other spans come back whole (a person's "Sheikh" or "Mullah" in the middle
    of a name is part of it)."""
    is_title_phrase = is_title_phrase or _is_title
    doc = span.doc
    if span.label_ != "ORG" or span.kb_id_ or len(span) < 3:
        return [span]
    for k in range(span.start + 1, span.end - 1):
        if not doc[k].text[:1].isupper():
            continue
        for m in range(min(span.end - 1, k + 4), k, -1):
            if is_title_phrase(doc[k:m].text) and doc[m].text[:1].isupper():
                person = Span(doc, m, span.end, label="PERSON")
                if k - span.start >= 2:
                    return [Span(doc, span.start, k, label="ORG"), person]
                return [person]
    return [span]


def places_opening_person_names(
    spans: list[Span], is_state_or_country: Callable[[str], bool]
) -> list[Span]:
    """ "Karnataka Dalit", "Rajshahi Correspondent" read as a person open with a state's or a
    country's name: nobody is named after a province, so the opening words are the place
    (``GPE``) and the rest is no person. Names that are English words or first names too
    ("Paul", "Mary", "Van", "Md" for Mohammad) are left to the NER: only a rare word of at
    least four letters counts (``is_state_or_country`` also says no to given names)."""
    result = []
    for span in spans:
        if span.label_ != "PERSON" or span.kb_id_ or len(span) < 2:
            result.append(span)
            continue
        if is_state_or_country(span.text):  # "Ilocos Sur", "Uttar Pradesh": all one place
            result.append(Span(span.doc, span.start, span.end, label="GPE"))
            continue
        head = next(
            (
                k
                for k in (2, 1)
                if k < len(span)
                and _rare_place_word(span[:k])
                and is_state_or_country(span[:k].text)
            ),
            None,
        )
        if head is None:
            result.append(span)
            continue
        result.append(Span(span.doc, span.start, span.start + head, label="GPE"))
    return result


def _rare_place_word(words: Span) -> bool:
    """Words that, each of four letters or more, are rare in English (Zipf below
    ``RARE_PLACE_ZIPF``): "Karnataka", "Sindh", "Rajshahi"; not "Paul", "Van" or "Md"."""
    from sitrep.annotate.everyday_words import english_zipf

    return all(
        t.is_alpha and len(t.text) >= 4 and english_zipf(t.lower_) < RARE_PLACE_ZIPF for t in words
    )
