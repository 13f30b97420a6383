"""Places in the pipeline: address chains, known places after locatives, the outlet's country."""

from __future__ import annotations


def test_outlets_country_settles_an_ambiguous_city(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    from sitrep.pipeline import extract

    text = "Police arrested three men in Hyderabad on Monday."
    pakistani = extract(text, published="2024-01-02", country="PK", nlp=packaged_nlp)
    indian = extract(text, published="2024-01-02", country="IN", nlp=packaged_nlp)
    assert [p.country for p in pakistani.places] == ["PK"]
    assert [p.country for p in indian.places] == ["IN"]


def test_address_chain_is_a_chain_of_places(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Gunmen attacked a house on Karte Char, PD 3, Kabul late on Monday, police said."
    )
    names = {p.name for p in report.places}
    assert {"Karte Char", "PD 3"} <= names
    karte = next(p for p in report.places if p.name == "Karte Char")
    assert karte.country == "AF" and karte.feature == "neighbourhood"
    event = next(e for e in report.events if e.type == "ASSAULT")
    assert report.place(event.place).name in {"Karte Char", "PD 3"}


def test_a_known_place_after_in_is_a_place(extract_standin) -> None:  # type: ignore[no-untyped-def]
    # the stand-in NER calls Kolkata a person; after "in", the gazetteer knows better
    report = extract_standin("A bomb blast in Kolkata killed two people on Monday.")
    assert [(p.name, p.country) for p in report.places] == [("Kolkata", "IN")]
    assert all(e.type != "PERSON" for e in report.entities)


def test_places_inside_other_names_and_demonyms(packaged_nlp) -> None:  # type: ignore[no-untyped-def]
    from sitrep.pipeline import extract

    report = extract(
        "Officers of the Peshawar Police Department detained two Afghan nationals on "
        "Sunday, Pakistani officials said.",
        published="2024-03-12",
        nlp=packaged_nlp,
    )
    mentions = {m.text: p for p in report.places for m in p.mentions}
    assert mentions["Peshawar"].country == "PK"
    assert mentions["Afghan"].country == "AF"
    # a people is never where an event happened
    for event in report.events:
        place = report.place(event.place)
        assert place is None or place.name != "Afghanistan"


def test_a_name_ending_in_a_place_word_is_a_place(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin("Police closed Jamrud Road in Peshawar after the blast on Monday.")
    [road] = [e for e in report.entities if e.name == "Jamrud Road"]
    assert road.type == "LOC"
