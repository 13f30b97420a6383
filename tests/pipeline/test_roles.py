"""Titles and roles: appositions, premodifiers, bridging from an unnamed title, career lists."""

from __future__ import annotations


def _roles(report, name):  # type: ignore[no-untyped-def]
    entity = next(e for e in report.entities if e.name == name)
    return {r.title.lower(): r for r in entity.roles}


def test_apposition_gives_title_and_organisation(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Abdul Karim Haqqani, a spokesman for the Interior Ministry, said two men were held."
    )
    roles = _roles(report, "Abdul Karim Haqqani")
    assert "spokesman" in roles
    org = report.entity(roles["spokesman"].organisation)
    assert org is not None and org.name == "Interior Ministry"
    assert roles["spokesman"].current is True


def test_rank_premodifier_and_apposition_after(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Maj. Gen. Ahmed Sharif, Director General of Inter-Services Public Relations (ISPR), "
        "briefed reporters in Quetta."
    )
    roles = _roles(report, "Ahmed Sharif")
    assert "maj. gen." in roles
    assert "director general" in roles
    assert (
        report.entity(roles["director general"].organisation).name
        == "Inter-Services Public Relations"
    )


def test_title_of_an_unnamed_leader_bridges_to_the_next_sentence(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Turkey sent a delegation led by the country's foreign minister to Doha on Monday. "
        "Hakan Fidan met officials of Qatar at the palace."
    )
    roles = _roles(report, "Hakan Fidan")
    assert "foreign minister" in roles
    assert report.entity(roles["foreign minister"].organisation).name == "Turkey"


def test_career_list_marks_past_and_current_roles(extract_standin) -> None:  # type: ignore[no-untyped-def]
    report = extract_standin(
        "Yusuf Dar was killed in Kandahar. He had previously held the positions of head of "
        "finance for the south, commander of the Kandahar front, and currently serves as the "
        "group's deputy leader."
    )
    roles = _roles(report, "Yusuf Dar")
    assert roles["head of finance for the south"].current is False
    assert roles["commander of the kandahar front"].current is False
    assert roles["group's deputy leader"].current is True
