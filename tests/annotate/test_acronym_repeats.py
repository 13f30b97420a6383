"""An organisation named in full and then by its initials (``acronym_repeats``).
Sentences are our own."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span
from tests.annotate.spans import span_of as _span

from sitrep.annotate.acronym_repeats import acronyms_of_named_organisations


def _labelled(spans: list[Span]) -> list[tuple[str, str]]:
    return [(s.text, s.label_) for s in spans]


def test_initials_the_model_missed_are_the_organisation(nlp: Language) -> None:
    doc = nlp(
        "The National Electoral Commission delayed the count. "
        "Observers said the NEC had not explained why."
    )
    spans = acronyms_of_named_organisations(
        doc, [_span(doc, "National Electoral Commission", "ORG")]
    )
    assert _labelled(spans) == [("National Electoral Commission", "ORG"), ("NEC", "ORG")]


def test_linking_words_are_left_out_of_the_initials(nlp: Language) -> None:
    doc = nlp("The Port Authority of Mombasa said on Monday that PAM staff would strike.")
    spans = [_span(doc, "Port Authority of Mombasa", "ORG"), _span(doc, "PAM", "GPE")]
    assert _labelled(acronyms_of_named_organisations(doc, spans))[1] == ("PAM", "ORG")


def test_initials_of_a_place_or_a_person_make_no_organisation(nlp: Language) -> None:
    doc = nlp("Fighting in the Democratic Republic of Congo spread, DRC officials said.")
    spans = [_span(doc, "Democratic Republic of Congo", "GPE")]
    assert _labelled(acronyms_of_named_organisations(doc, spans)) == _labelled(spans)


def test_an_acronym_opening_a_longer_name_is_left_alone(nlp: Language) -> None:
    doc = nlp("The World Boxing Council ruled that the WBC Silver Belt stays vacant.")
    spans = [_span(doc, "World Boxing Council", "ORG")]
    assert _labelled(acronyms_of_named_organisations(doc, spans)) == _labelled(spans)
