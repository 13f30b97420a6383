"""The places stage keeps a name's one reading: demonyms, English words that are only some
place's alternate name, tournaments, registered companies and clubs in a sports report are
no places (``sitrep.resolve.toponyms``). Sentences are our own."""

from __future__ import annotations

import pytest

from sitrep.resolve.gazetteer import Gazetteer
from sitrep.resolve.toponym_senses import named_places
from sitrep.resolve.toponyms import BIG_CITY, _population


def _place_texts(report) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.text for p in report.places for m in p.mentions if m.kind == "name"]


@pytest.mark.parametrize("word", ["Google", "Jewish", "Free"])
def test_an_english_word_is_no_alternate_place_name(gazetteer: Gazetteer, word: str) -> None:
    assert named_places(gazetteer, word) == []


def test_a_demonym_lends_no_population(gazetteer: Gazetteer) -> None:
    assert _population(gazetteer, "Spanish") < BIG_CITY
    assert _population(gazetteer, "Spain") >= BIG_CITY


def test_own_names_stay_places(gazetteer: Gazetteer) -> None:
    assert named_places(gazetteer, "Turkey") and named_places(gazetteer, "Nice")


def test_demonym_adjectives_are_no_places(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    from sitrep.pipeline import extract

    report = extract(
        "Jewish settlers and Spanish tourists were evacuated from the old city of Hebron "
        "after the clashes.",
        nlp=packaged_nlp,
    )
    texts = _place_texts(report)
    assert "Jewish" not in texts and "Spanish" not in texts
    assert "Hebron" in texts


def test_a_company_is_no_town(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    from sitrep.pipeline import extract

    report = extract(
        "Google said on Tuesday it would hire 300 engineers. A spokesman for Google declined "
        "to comment, and Google shares rose 2 percent in New York.",
        nlp=packaged_nlp,
    )
    assert "Google" not in _place_texts(report)
    assert "New York" in _place_texts(report)


def test_a_tournament_holds_no_place(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    from sitrep.pipeline import extract

    report = extract(
        "The 19-year-old reached the quarter-finals of the U.S. Open on Monday, "
        "a week after winning in Toronto.",
        nlp=packaged_nlp,
    )
    texts = _place_texts(report)
    assert "U.S." not in texts
    assert "Toronto" in texts


def test_a_registered_company_opens_with_no_town(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    from sitrep.pipeline import extract

    report = extract(
        "Shares of Burbank Industries Inc fell 4 percent after the toy maker cut its "
        "forecast, traders in Chicago said.",
        nlp=packaged_nlp,
    )
    texts = _place_texts(report)
    assert "Burbank" not in texts
    assert "Chicago" in texts


def test_a_club_named_after_its_town_stays_a_club(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    from sitrep.pipeline import extract

    text = (
        "SOCCER - BORDEAUX HOLD LENS.\n"
        "BORDEAUX, France 1996-09-01\n"
        "Bordeaux drew 1-1 with Lens on Saturday. Lens coach Daniel Leclercq said his team "
        "deserved the win after a goal in the second half. Bordeaux have won one of their "
        "four league matches this season."
    )
    report = extract(text, nlp=packaged_nlp)
    club = text.index("Bordeaux have")
    assert all(m.start != club for p in report.places for m in p.mentions), (
        "the club in 'Bordeaux have won' is no place"
    )


def test_a_placed_span_is_a_place_in_the_entities_too() -> None:
    import spacy
    from spacy.tokens import Span

    from sitrep.resolve.entities import EntityCluster
    from sitrep.resolve.places import PlaceCluster, one_type_per_span

    doc = spacy.blank("en")(
        "Fighting resumed in Tavildara , and Tavildara residents fled to Dushanbe ."
    )
    as_person = [Span(doc, 3, 4, label="PERSON"), Span(doc, 6, 7, label="PERSON")]
    town = EntityCluster(id="e1", type="PERSON", mentions=list(as_person))
    state = EntityCluster(
        id="e2", type="GPE", mentions=[Span(doc, 11, 12, label="ORG")], actor_id="tj_gov"
    )
    places = [
        PlaceCluster(
            id="p1", name="Tavildara", mentions=[Span(doc, 3, 4, label="GPE")], place=None
        ),
        PlaceCluster(
            id="p2", name="Dushanbe", mentions=[Span(doc, 11, 12, label="GPE")], place=None
        ),
    ]
    one_type_per_span([town, state], places)
    assert [m.label_ for m in town.mentions] == ["GPE", "PERSON"]
    assert town.type == "PERSON"  # one mention is still read as a person: the entity stays
    places[0].mentions.append(Span(doc, 6, 7, label="GPE"))
    one_type_per_span([town], places)
    assert town.type == "GPE"
    assert state.mentions[0].label_ == "ORG"  # a knowledge-base actor keeps its reading
