"""PLOVER types for curfews, blockades and vows: imposing a curfew is COERCE, extending one
"will" is a threat, lifting a blockade is RETREAT and lifting a ban CONCEDE (our own
sentences; the CAMEO-to-PLOVER map and the PLOVER definitions decide)."""

from __future__ import annotations

from sitrep.knowledge.ontology import load_ontology


def _top(report):  # type: ignore[no-untyped-def]
    return max(report.events, key=lambda e: e.confidence)


def _plover_type(event) -> str:  # type: ignore[no-untyped-def]
    return load_ontology().promised_type(event.type, event.modality)


def test_an_imposed_curfew_is_coercion_that_happened(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Police imposed a curfew in the town of Mardan on Tuesday after two days of clashes."
    )
    curfew = next(e for e in report.events if e.mode == "curfew")
    assert (curfew.type, curfew.modality) == ("COERCE", "asserted")
    assert "SANCTION" not in {e.type for e in report.events}


def test_a_curfew_to_be_extended_is_a_threat(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin("The governor said he will extend the night curfew in the capital.")
    top = _top(report)
    assert (top.type, top.modality) == ("COERCE", "future")
    assert _plover_type(top) == "THREATEN"


def test_withdrawing_inspectors_is_a_cut_in_relations(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "The agency said on Monday it will withdraw its monitors from the disputed region."
    )
    top = _top(report)
    assert top.type == "SANCTION"
    assert _plover_type(top) == "THREATEN"


def test_lifting_a_blockade_is_a_retreat(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin("The navy lifted its blockade of the port on Friday.")
    assert _top(report).type == "RETREAT"


def test_lifting_a_ban_is_a_concession(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin("The junta lifted the ban on opposition parties on Monday.")
    assert _top(report).type == "CONCEDE"


def test_a_long_planned_offensive_that_began_is_not_future(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "The army launched its long-planned offensive against the rebel stronghold on Monday."
    )
    assert _top(report).modality != "future"


def test_irregular_forms_of_request_vow_and_lawsuit_verbs() -> None:
    from sitrep.annotate.lemmas import lemma_of_form

    assert [lemma_of_form(f) for f in ("sought", "sworn", "swore", "suing")] == [
        "seek",
        "swear",
        "swear",
        "sue",
    ]


def test_a_vow_to_fight_is_a_threat(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Ethnic militias have sworn to fight until they control the border villages, "
        "officials said on Wednesday."
    )
    assert _plover_type(_top(report)) == "THREATEN"
