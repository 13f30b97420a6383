"""Events: detection, arguments, counts, modality, attribution and coreference on our own news."""

from __future__ import annotations


def _events(report, plover_type):  # type: ignore[no-untyped-def]
    return [e for e in report.events if e.type == plover_type]


def _actor(event, role):  # type: ignore[no-untyped-def]
    return next((a.name for a in event.actors if a.role == role), None)


def test_passive_killing_with_perpetrator_and_count(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Four soldiers were killed by fighters of al-Shabaab near Mogadishu on Monday, "
        "officials said."
    )
    [event] = _events(report, "ASSAULT")
    assert event.counts.killed == 4
    assert _actor(event, "source") == "al-Shabaab"
    assert event.date.value == "2024-03-11"
    assert report.place(event.place).name == "Mogadishu"


def test_conservative_counts(extract_standin) -> None:  # type: ignore[no-untyped-def]
    at_least = extract_standin("At least 12 civilians were killed in Kandahar on Sunday.")
    assert _events(at_least, "ASSAULT")[0].counts.killed == 12
    dozens = extract_standin("Dozens of people were injured in the blast in Quetta on Sunday.")
    assert _events(dozens, "ASSAULT")[0].counts.injured == 12
    words = extract_standin("Police arrested twenty-five suspects in Peshawar on Saturday.")
    assert _events(words, "COERCE")[0].counts.arrested == 25
    one = extract_standin("Police in Bannu detained a senior TTP commander on Saturday.")
    assert _events(one, "COERCE")[0].counts.arrested == 1


def test_noun_trigger_and_target(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "The Afghan Taliban carried out a raid on a hideout of ISKP in Nangarhar on Friday."
    )
    [event] = _events(report, "ASSAULT")
    assert _actor(event, "source") == "Afghan Taliban"
    assert (
        _actor(event, "target") == "Islamic State Khorasan Province"
        or _actor(event, "target") == "ISKP"
    )


def test_modality(extract_standin) -> None:  # type: ignore[no-untyped-def]
    reported = extract_standin("Two police officers were reportedly killed in Quetta on Sunday.")
    assert _events(reported, "ASSAULT")[0].modality == "reported"
    future = extract_standin("Hakan Fidan will visit Doha next week, Turkey said.")
    assert _events(future, "CONSULT")[0].modality == "future"
    claimed = extract_standin(
        "A bomb exploded at a market in Mogadishu on Sunday, killing three people. "
        "al-Shabaab claimed responsibility for the bombing."
    )
    assert any(e.modality == "claimed" for e in _events(claimed, "ASSAULT"))


def test_attribution_to_a_quoted_speaker(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Farid Ahmadi, a spokesman for the Interior Ministry, said, “Our forces killed two "
        "militants in Kandahar last night.”"
    )
    [event] = _events(report, "ASSAULT")
    assert event.attribution is not None and event.attribution.text == "Farid Ahmadi"
    assert event.counts.killed == 2


def test_one_event_told_twice_is_one_event(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Gunmen killed three policemen at a checkpoint in Quetta on Sunday. "
        "Sardar Khan was among the dead, police said. "
        "The attack was the third on the city's police this month."
    )
    [event] = _events(report, "ASSAULT")
    assert len(event.evidence) >= 2
    assert "Sardar Khan" in {a.text for a in event.arguments if a.role == "victim"}


def test_two_attacks_in_two_towns_stay_two(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Gunmen killed two policemen in Quetta on Sunday. "
        "In a separate attack, a bomb killed a shopkeeper in Peshawar on Sunday."
    )
    assert len(_events(report, "ASSAULT")) == 2


def test_generic_and_expected_actions_are_not_events_that_happened(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "He was in charge of operations that included attacks on banks and schools. "
        "Pakistan expects new raids against militants in the coming weeks."
    )
    assert all(e.modality in {"future", "historical", "hypothetical"} for e in report.events)


def _acled_type(event):  # type: ignore[no-untyped-def]
    return event.acled.event_type if event.acled else None


def test_protest_nouns_and_bare_plurals(extract_standin) -> None:  # type: ignore[no-untyped-def]
    sit_in = extract_standin(
        "Hundreds of nurses staged a sit-in outside the hospital in Lahore on Monday."
    )
    assert _acled_type(_events(sit_in, "PROTEST")[0]) == "Protests"
    held = extract_standin("Farmers held protests in Multan on Sunday against the new water tax.")
    assert _events(held, "PROTEST")
    rallies = extract_standin("Torch rallies were held across Quetta on Saturday.")
    assert _events(rallies, "PROTEST")
    generic = extract_standin("Protests are common in the capital during the budget season.")
    assert not _events(generic, "PROTEST")


def test_grievance_is_not_an_event(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Lawyers protested in Peshawar on Tuesday against the killing of a colleague last year."
    )
    assert _events(report, "PROTEST")
    assert not _events(report, "ASSAULT")


def test_crowd_arson_is_a_riot(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin("Strike supporters torched a bus in Karachi on Wednesday.")
    [event] = _events(report, "ASSAULT")
    assert _acled_type(event) == "Riots"


def test_clash_between_armed_sides_is_a_battle(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Troops clashed with militants in Kurram on Friday, killing four militants."
    )
    assert any(_acled_type(e) == "Battles" for e in _events(report, "ASSAULT"))


def test_arrest_at_a_protest_is_its_intervention(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Hundreds of teachers protested outside the assembly in Lahore on Monday. "
        "Police arrested 15 of the protesters."
    )
    [protest] = _events(report, "PROTEST")
    assert protest.acled and protest.acled.sub_event_type == "Protest with intervention"
    [arrest] = _events(report, "COERCE")
    assert arrest.counts.arrested == 15 and arrest.acled is None


def test_story_date_and_place_carry_to_undated_events(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Clashes broke out in Quetta on Sunday between two rival groups. "
        "Gunmen later set fire to three shops."
    )
    [arson] = [e for e in _events(report, "ASSAULT") if e.mode == "arson"]
    assert arson.date.value == "2024-03-10"
    assert report.place(arson.place).name == "Quetta"


def test_a_trend_is_not_an_event(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Gunmen killed two policemen in Quetta on Sunday. "
        "Militants have stepped up attacks on police posts in the province since last year."
    )
    assert len(_events(report, "ASSAULT")) == 1
    assert _events(report, "ASSAULT")[0].date.value == "2024-03-10"
