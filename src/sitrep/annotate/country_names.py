"""A country's or a state's name alone is a place, not a person: "I will be going to Fiji".

The NER reads some place names it rarely saw in news as people ("staying in Fiji",
"flights to Antigua"). A one-word name that the gazetteer knows as a country or a
state's own name (and no given name: not "Georgia" or "Jordan") is a person only
with evidence in the text: a title or a given name before it ("President Georgia",
"Michael Jordan"), or the same word in a longer person's name elsewhere in the
document.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span

from sitrep.annotate.address_chains import is_country_name
from sitrep.annotate.given_names import is_given_name


def countries_read_as_people(
    spans: list[Span],
    is_state_or_country: Callable[[str], bool],
    is_title: Callable[[str], bool] | None = None,
) -> list[Span]:
    """The spans, with one-word "people" named like a country or state made ``GPE``
    unless the document shows a person of that name (a knowledge-base link to the state
    stays: the model's reading, not the link, was wrong)."""
    is_title = is_title or _is_title
    in_longer_names = {
        t.lower_ for s in spans if s.label_ == "PERSON" and len(s) > 1 for t in s if t.is_alpha
    }
    result: list[Span] = []
    for span in spans:
        if (
            span.label_ == "PERSON"
            and len(span) == 1
            and span[0].is_alpha
            and span[0].lower_ not in in_longer_names
            and not _named_by_word_before(span, is_title)
            and is_state_or_country(span.text)
        ):
            span = Span(span.doc, span.start, span.end, label="GPE", kb_id=span.kb_id_)
        result.append(span)
    return result


def _named_by_word_before(span: Span, is_title: Callable[[str], bool]) -> bool:
    """A title or a given name right before the name ("Mr Chad", "Michael Jordan")."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.text[:1].isupper() and (is_given_name(before) or is_title(before.text))


def _is_title(word: str) -> bool:
    from sitrep.resolve.titles import match_title

    return match_title(word.rstrip(".")) is not None


def country_named_in_description(description: Span) -> Span | None:
    """ "US troops", "the government of Canada": the country a description of a state's
    organ names, as a place mention of its own (``GPE``), or None.

    The description stays the actor's mention; the country's name inside it is still a
    name a reader (and a name tagger) sees. Demonyms ("Iraqi troops") name no place.
    """
    named = [t for t in description if t.text[:1].isupper() and t.lower_ not in {"the", "a"}]
    if not named or any(t.i != named[0].i + k for k, t in enumerate(named)):
        return None
    end = named[-1].i + 1
    if named[-1].text in {"'s", "’s"}:
        end -= 1
    name = description.doc[named[0].i : end]
    if len(name) == 0 or not any(t.is_alpha for t in name) or not is_country_name(name.text):
        return None
    return Span(description.doc, name.start, name.end, label="GPE")
