"""Titles, honorifics and definite descriptions used to read people's roles."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from sitrep.knowledge.lexicons import load_descriptors, load_titles
from sitrep.knowledge.yamlmarks import DataFileError


@pytest.fixture(scope="module")
def titles():
    return load_titles()


@pytest.fixture(scope="module")
def descriptors():
    return load_descriptors(demonym_country={"Afghan": "AF", "Pakistani": "PK"}.get)


@pytest.mark.parametrize(
    ("text", "title", "kind"),
    [
        ("Lt. Gen. Farooq Rana", "lieutenant general", "military_rank"),
        ("Lt Gen Farooq Rana", "lieutenant general", "military_rank"),
        ("Maj.-Gen. Sana Iqbal", "major general", "military_rank"),
        ("Brig. Imran Khattak", "brigadier", "military_rank"),
        ("Cpl. Tahir Ali", "corporal", "military_rank"),
        ("Havildar Gul Zaman", "havildar", "military_rank"),
        ("Director General of the spy agency", "director general", "administrative"),
        ("Defense Minister Lena Park", "defence minister", "political"),
        ("Foreign Secretary Adeel Shah", "foreign secretary", "diplomatic"),
        ("spokesman for the provincial government", "spokesperson", "communications"),
        ("Special Representative for Afghanistan", "special representative", "diplomatic"),
        ("the group's emir for the eastern zone", None, None),
        ("emir for the eastern zone", "emir", "militant"),
        ("Amir-al-Harb of the province", "military emir", "militant"),
        ("naib amir of the network", "deputy emir", "militant"),
        ("SSP Operations Karachi", "senior superintendent of police", "police_rank"),
        ("Chief Justice Nadia Rauf", "chief justice", "judicial"),
    ],
)
def test_title_at_start(titles, text, title, kind):
    match = titles.match_title(text)
    if title is None:
        assert match is None
    else:
        assert match is not None and (match.title, match.kind) == (title, kind)


def test_modifiers_are_flags_not_titles(titles):
    match = titles.match_title("the former interior minister")
    assert match is not None and match.title == "interior minister"
    assert match.modifiers == ("former",) and match.text == "former interior minister"
    acting = titles.match_title(["acting", "police", "chief"])
    assert acting is not None and acting.title == "police chief" and acting.modifiers == ("acting",)
    deputy = titles.match_title("deputy emir")
    assert deputy is not None and deputy.title == "deputy emir" and deputy.modifiers == ()


def test_short_abbreviations_are_case_sensitive(titles):
    assert titles.match_title("PM Sara Lodhi").title == "prime minister"
    assert titles.match_title("pm today") is None
    assert titles.match_title("DC Peshawar").title == "deputy commissioner"


def test_find_titles_in_a_sentence(titles):
    sentence = (
        "The delegation included Maj. Gen. Saima Aslam, Director General of the agency, "
        "and Ambassador Tariq Jamil, the former Foreign Secretary."
    )
    found = titles.find_titles(sentence)
    assert [m.title for m in found] == [
        "major general", "director general", "ambassador", "foreign secretary"
    ]  # fmt: skip
    major = found[0]
    assert sentence[major.start : major.end] == "Maj. Gen."
    assert found[-1].modifiers == ("former",)


def test_honorifics(titles):
    assert titles.split_honorific("Qari Fateh") == ("Qari Fateh", "Fateh", ("Qari",))
    assert titles.split_honorific("Mr Hamza Rauf").name == "Hamza Rauf"
    split = titles.split_honorific("Dr. Maulana Aziz Khan")
    assert split.name == "Maulana Aziz Khan" and split.bare == "Aziz Khan"
    assert titles.split_honorific("Mullah") == ("Mullah", "Mullah", ())  # nothing left to name
    assert titles.split_honorific("Abu Omar al-Shami").honorifics == ()  # a kunya, not a title


@pytest.mark.parametrize(
    ("phrase", "refers_to", "kind", "country"),
    [
        ("the militant group", "ORG", "armed_group", None),
        ("the terrorist group", "ORG", "armed_group", None),
        ("the outfit", "ORG", "armed_group", None),
        ("the militant organisation", "ORG", "armed_group", None),
        ("the Afghan side", "GPE", "government", "AF"),
        ("the Pakistani side", "GPE", "government", "PK"),
        ("the Pakistani authorities", "GPE", "government", "PK"),
        ("the authorities", "ORG", "government", None),
        ("the capital", "GPE", "city", None),
        ("the province", "GPE", "admin1", None),
        ("the spokesman", "PERSON", "government", None),
    ],
)
def test_descriptors(descriptors, phrase, refers_to, kind, country):
    matches = descriptors.match(phrase)
    assert any(
        m.refers_to == refers_to and kind in m.kinds and m.country == country for m in matches
    ), matches


def test_descriptor_needs_its_determiner(descriptors):
    assert descriptors.match("group") == []
    assert descriptors.match("a group") == []
    assert descriptors.match("the Martian side") == []  # unknown demonym
    plural = descriptors.match("the militants")
    assert plural and plural[0].plural


def test_default_descriptors_use_the_actor_knowledge_base():
    match = load_descriptors().match("the Afghan side")
    assert [m.country for m in match] == ["AF"]


def test_title_file_errors_carry_lines(tmp_path):
    path = tmp_path / "titles.yaml"
    path.write_text(
        textwrap.dedent(
            """\
            titles:
              - {title: governor, kind: administrative, forms: [governor, gov]}
              - {title: general, kind: military_rank, forms: [general, gov]}
              - {title: colonel, forms: [col]}
            """
        ),
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as info:
        load_titles(path)
    problems = info.value.problems
    assert any(p.startswith(f"{path}:3: title 'general': form 'gov'") for p in problems)
    assert any(p.startswith(f"{path}:4: titles entry: kind") for p in problems)


def test_descriptor_file_errors_carry_lines(tmp_path):
    path = Path(tmp_path / "descriptors.yaml")
    path.write_text(
        "descriptors:\n  - {heads: [group], refers_to: ORG, kinds: [armed_group]}\n"
        "  - {patterns: ['side'], refers_to: GPE, kinds: [government]}\n"
        "  - {heads: [town], refers_to: PLACE, kinds: [city]}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as info:
        load_descriptors(path)
    problems = info.value.problems
    assert any(p.startswith(f"{path}:3: pattern 'side' lacks {{demonym}}") for p in problems)
    assert any(p.startswith(f"{path}:4: descriptors entry: refers_to") for p in problems)
