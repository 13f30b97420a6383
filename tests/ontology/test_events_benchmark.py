"""The event benchmark's loaders and scorers, on tiny gold files and reports written here."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

import events
from eventsbench import acled, muc4, plover, wikievents
from eventsbench.common import names_overlap, top_event
from sitrep.knowledge.ontology import Ontology

# ---------------------------------------------------------------- fake gold files

ACLED_ROWS = [
    {
        "EVENT_ID_CNTY": "1PAK",
        "EVENT_DATE": "04-March-2015",
        "TIME_PRECISION": "1",
        "EVENT_TYPE": "Battle-No change of territory",
        "ADMIN1": "Balochistan",
        "LOCATION": "Quetta",
        "FATALITIES": "2",
        "INTER1": "2",
        "COUNTRY": "Pakistan",
        "NOTES": "On 4 March, suspected militants shot dead two policemen at a checkpoint "
        "on the outskirts of Quetta.",
    },
    {
        "EVENT_ID_CNTY": "2BNG",
        "EVENT_DATE": "09-March-2015",
        "TIME_PRECISION": "1",
        "EVENT_TYPE": "Riots/Protests",
        "ADMIN1": "Dhaka",
        "LOCATION": "Dhaka",
        "FATALITIES": "0",
        "INTER1": "6",
        "COUNTRY": "Bangladesh",
        "NOTES": "Students formed a human chain in front of the press club in Dhaka on Monday "
        "demanding lower tuition fees.",
    },
]

PLOVER_RECORDS = [
    {"id": "X-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "header"},
    {
        "id": "X-FIGHT-0001",
        "event": "FIGHT",
        "mode": "heavy-weapons",
        "source": [{"actorText": "Sudanese military", "code": "SDN", "sector": "MIL"}],
        "target": [{"actorText": "Sudan People's Liberation Army", "code": "SDN"}],
        "text": "Sudanese army units shelled positions of the Sudan People's Liberation "
        "Army (SPLA) near Kadugli on Sunday.",
    },
    {
        "id": "X-DEMAND-0001",
        "event": "DEMAND",
        "source": [{"actorText": "Opposition leaders", "code": "KEN"}],
        "target": "",
        "text": "Opposition leaders demanded that the electoral commission publish the "
        "full tally by Friday.",
    },
]


def _tokens(sentence: str, offset: int) -> list[list[Any]]:
    tokens, position = [], offset
    for word in sentence.split(" "):
        tokens.append([word, position, position + len(word)])
        position += len(word) + 1
    return tokens


WIKI_SENTENCES = ["Gunmen attacked a bus near Kandahar .", "Three passengers died in hospital ."]
WIKI_DOC = {
    "doc_id": "bus_attack_1",
    "sentences": [
        [_tokens(WIKI_SENTENCES[0], 0), WIKI_SENTENCES[0]],
        [_tokens(WIKI_SENTENCES[1], len(WIKI_SENTENCES[0]) + 1), WIKI_SENTENCES[1]],
    ],
    "entity_mentions": [
        {"id": "T1", "entity_type": "PER", "text": "Gunmen"},
        {"id": "T2", "entity_type": "VEH", "text": "bus"},
        {"id": "T3", "entity_type": "PER", "text": "passengers"},
    ],
    "event_mentions": [
        {
            "id": "E1",
            "event_type": "Conflict.Attack.Unspecified",
            "trigger": {"start": 1, "end": 2, "text": "attacked", "sent_idx": 0},
            "arguments": [
                {"entity_id": "T1", "role": "Attacker", "text": "Gunmen"},
                {"entity_id": "T2", "role": "Target", "text": "bus"},
            ],
        },
        {
            "id": "E2",
            "event_type": "Life.Die.Unspecified",
            "trigger": {"start": 8, "end": 9, "text": "died", "sent_idx": 1},
            "arguments": [{"entity_id": "T3", "role": "Victim", "text": "passengers"}],
        },
        {
            "id": "E3",
            "event_type": "Contact.Contact.Broadcast",
            "trigger": {"start": 0, "end": 1, "text": "said", "sent_idx": 1},
            "arguments": [],
        },
    ],
}

MUC_DOC = {
    "docid": "DEV-MUC3-9999",
    "doctext": "gunmen of the shining path killed the mayor of a small town and two of his "
    "bodyguards with automatic rifles yesterday.",
    "templates": [
        {
            "incident_type": "attack",
            "PerpInd": [[["gunmen", 0]]],
            "PerpOrg": [[["shining path", 14]]],
            "Target": [],
            "Victim": [[["mayor", 40], ["the mayor of a small town", 36]], [["bodyguards", 80]]],
            "Weapon": [[["automatic rifles", 96], ["rifles", 106]]],
        }
    ],
}


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    """A shared-data folder in miniature, laid out like the real one."""
    root = tmp_path / "data" / "events"
    (root / "plover" / "gold_standard_records").mkdir(parents=True)
    (root / "wikievents").mkdir()
    (root / "muc4").mkdir()
    with (root / "acled_asia_2015.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(ACLED_ROWS[0]))
        writer.writeheader()
        writer.writerows(ACLED_ROWS)
    (root / "plover" / "gold_standard_records" / "PLOVER_GSR_CAMEO.txt").write_text(
        json.dumps(PLOVER_RECORDS), encoding="utf-8"
    )
    (root / "wikievents" / "dev.jsonl").write_text(json.dumps(WIKI_DOC) + "\n", encoding="utf-8")
    (root / "muc4" / "gtt_dev.json").write_text(json.dumps(MUC_DOC) + "\n", encoding="utf-8")
    return tmp_path / "data"


def _event(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "v1",
        "type": "ASSAULT",
        "mode": None,
        "acled": None,
        "actors": [],
        "arguments": [],
        "date": {"value": None, "start": None, "end": None, "precision": "unknown"},
        "place": None,
        "counts": {"killed": None, "injured": None, "arrested": None, "kidnapped": None},
        "modality": "asserted",
        "evidence": [],
        "confidence": 0.5,
    }
    base.update(fields)
    return base


# ---------------------------------------------------------------- ACLED


def test_acled_scores(data_dir: Path, ontology: Ontology) -> None:
    cases = acled.load(data_dir / "events" / "acled_asia_2015.csv")
    assert [c.published for c in cases] == ["2015-03-05", "2015-03-10"]
    clash = {
        "entities": [
            {"id": "e1", "type": "ORG", "name": "militants", "mentions": [],
             "actor": {"id": "ttp", "name": "TTP", "sector": "REB"}},
        ],
        "places": [{"id": "p1", "name": "Quetta", "admin1": "Balochistan", "mentions": []}],
        "events": [
            _event(type="ACCUSE", confidence=0.9),  # no ACLED category: not the one scored
            _event(
                acled={"event_type": "Battles", "sub_event_type": "Armed clash"},
                actors=[{"role": "source", "entity": "e1", "name": "militants"}],
                date={"value": "2015-03-04", "start": "2015-03-04", "end": "2015-03-04"},
                place="p1",
                counts={"killed": 2},
                confidence=0.8,
            ),
        ],
    }  # fmt: skip
    protest = {
        "entities": [],
        "places": [{"id": "p1", "name": "Dhaka", "admin1": "Dhākā Division", "mentions": []}],
        "events": [
            _event(
                type="PROTEST",
                acled={"event_type": "Protests", "sub_event_type": "Peaceful protest"},
                date={"value": "2015-03-10"},  # the publication date: wrong
                place="p1",
            )
        ],
    }
    expected = dict.fromkeys((*acled.FLOORS, "date_all", "admin1_all"), True)
    assert acled.score_case(cases[0], clash, ontology) == expected
    figures = acled.score(cases, [clash, protest], ontology)
    assert figures == {
        "n": 2, "type": 1.0, "date": 0.5, "admin1": 1.0, "fatalities": 1.0, "inter1": 1.0,
        "date_all": 0.5, "admin1_all": 1.0, "n_date": 2, "n_admin1": 2,
    }  # fmt: skip


def test_acled_date_and_place_scored_where_the_note_states_them() -> None:
    from datetime import date

    silent = acled.AcledCase(
        id="x",
        text="Teachers protested outside the assembly.",
        event_date=date(2015, 3, 9),
        time_precision=1,
        event_type="Riots/Protests",
        admin1="Punjab",
        fatalities=0,
        inter1=6,
        country="Pakistan",
        gold_places=("Lahore", "", "Lahore", "Punjab"),
    )
    assert not silent.states_time and not silent.names_place
    today = acled.AcledCase(
        id="y",
        text="Teachers protested in Lahore today.",
        event_date=date(2015, 3, 9),
        time_precision=1,
        event_type="Riots/Protests",
        admin1="Punjab",
        fatalities=0,
        inter1=6,
        country="Pakistan",
        gold_places=("Lahore", "", "Lahore", "Punjab"),
    )
    assert today.states_time and today.names_place and today.published == "2015-03-09"


def test_acled_note_without_event_is_wrong_everywhere(data_dir: Path, ontology: Ontology) -> None:
    case = acled.load(data_dir / "events" / "acled_asia_2015.csv", limit=1)[0]
    expected = dict.fromkeys((*acled.FLOORS, "date_all", "admin1_all"), False)
    assert acled.score_case(case, {"events": []}, ontology) == expected


# ---------------------------------------------------------------- PLOVER


def test_plover_scores(data_dir: Path, ontology: Ontology) -> None:
    cases = plover.load(data_dir / "events" / "plover", ontology)
    assert [(c.event_type, c.targets) for c in cases] == [
        ("ASSAULT", ("Sudan People's Liberation Army",)),
        ("REQUEST", ()),
    ]
    shelling = {
        "entities": [
            {"id": "e2", "type": "ORG", "name": "SPLA", "actor": None,
             "mentions": [{"start": 0, "end": 0, "text": "Sudan People's Liberation Army"}]},
        ],
        "events": [
            _event(
                actors=[
                    {"role": "source", "entity": None, "name": "Sudanese army units"},
                    {"role": "target", "entity": "e2", "name": "SPLA"},
                ],
                confidence=0.9,
            )
        ],
    }  # fmt: skip
    demand = {
        "entities": [],
        "events": [
            _event(type="REJECT", confidence=0.7),
            _event(
                type="REQUEST",
                actors=[{"role": "source", "entity": None, "name": "opposition leaders"}],
                confidence=0.6,
            ),
        ],
    }
    figures = plover.score(cases, [shelling, demand], ontology)
    assert figures["type"] == 0.5  # the top event of the second is REJECT
    assert figures["type_any"] == 1.0
    assert figures["source"] == 1.0
    assert figures["target"] == 1.0
    assert figures["n_target"] == 1


def test_names_overlap() -> None:
    assert names_overlap("the Sudanese army", "Sudanese military")
    assert names_overlap("SPLA", "spla")
    assert names_overlap("Ṣanʿāʾ governor", "Sanaa governor")
    assert not names_overlap("the army", "the police")
    assert not names_overlap("", "Taliban")


def test_top_event_prefers_then_falls_back() -> None:
    report = {"events": [_event(id="a", confidence=0.4), _event(id="b", confidence=0.4)]}
    assert top_event(report)["id"] == "a"  # type: ignore[index]
    assert top_event(report, prefer=lambda e: e["id"] == "b")["id"] == "b"  # type: ignore[index]
    assert top_event(report, prefer=lambda e: False)["id"] == "a"  # type: ignore[index]
    assert top_event({"events": []}) is None


# ---------------------------------------------------------------- WikiEvents


def test_wikievents_text_keeps_offsets() -> None:
    doc = wikievents.parse_document(WIKI_DOC)
    assert doc.text == WIKI_SENTENCES[0] + "\n" + WIKI_SENTENCES[1]
    assert doc.text[doc.sentences[1][0] :].startswith("Three")
    assert {(i.category, i.sentence) for i in doc.items} == {("attack", 0), ("death", 1)}
    assert doc.victims == {"passengers"}  # the bus is not a person
    assert doc.attackers == {"gunmen"}


def test_wikievents_scores(ontology: Ontology) -> None:
    doc = wikievents.parse_document(WIKI_DOC)
    report = {
        "events": [
            _event(
                actors=[{"role": "source", "entity": None, "name": "Gunmen"}],
                arguments=[{"role": "victim", "text": "Three passengers", "start": 38, "end": 54}],
                counts={"killed": 3},
                evidence=[{"start": 0, "end": len(doc.text), "text": doc.text}],
            ),
            _event(
                type="COERCE",
                mode="arrest",
                evidence=[{"start": 38, "end": 50, "text": "Three passen"}],
            ),
        ]
    }
    figures = wikievents.score([doc], [report], ontology)
    assert figures["recall"] == 1.0
    assert figures["precision"] == round(2 / 3, 4)
    assert figures["victim_f1"] == 1.0
    assert figures["attacker_f1"] == 1.0


# ---------------------------------------------------------------- MUC-4


def test_head_match() -> None:
    assert muc4.head_match("the mayor", "mayor")
    assert muc4.head_match("automatic rifles", "rifles")
    assert not muc4.head_match("rifles", "rifle grenades")
    assert muc4.head_match("the mayor", "the mayor of a small town")
    assert not muc4.head_match("the town", "the mayor of a small town")


def test_muc4_scores(data_dir: Path, ontology: Ontology) -> None:
    docs = muc4.load(data_dir / "events" / "muc4" / "gtt_dev.json")
    report = {
        "entities": [
            {"id": "e1", "type": "PERSON", "name": "gunmen", "mentions": []},
            {"id": "e2", "type": "ORG", "name": "shining path", "mentions": []},
            {"id": "e3", "type": "PERSON", "name": "the mayor", "mentions": []},
        ],
        "events": [
            _event(
                mode="firearms",
                actors=[
                    {"role": "source", "entity": "e1", "name": "gunmen"},
                    {"role": "source", "entity": "e2", "name": "shining path"},
                ],
                arguments=[
                    # a victim linked to a person: MUC-4 victims are named people
                    {"role": "victim", "text": "the mayor", "start": 0, "end": 0, "entity": "e3"},
                    {"role": "instrument", "text": "automatic rifles", "start": 0, "end": 0},
                ],
            ),
            _event(type="ASSAULT", modality="hypothetical"),  # not a template
        ],
    }
    templates = muc4.predicted_templates(report, ontology)
    assert len(templates) == 1
    assert templates[0]["incident_type"] == "attack"
    figures = muc4.score(docs, [report], ontology)
    assert figures["precision"] == 1.0
    assert figures["recall"] == 0.8  # one of the two victims missed
    assert figures["f1"] == round(2 * 0.8 / 1.8, 4)
    assert figures["incident_f1"] == 1.0


def test_muc4_bombing_incident(ontology: Ontology) -> None:
    report = {
        "events": [
            _event(arguments=[{"role": "instrument", "text": "a car bomb", "start": 0, "end": 0}])
        ]
    }
    assert muc4.predicted_templates(report, ontology)[0]["incident_type"] == "bombing"


# ---------------------------------------------------------------- the script


def test_script_runs_every_dataset(data_dir: Path, tmp_path: Path) -> None:
    seen: list[tuple[str, str | None]] = []

    def fake_extract(text: str, published: str | None) -> dict[str, Any]:
        seen.append((text, published))
        return {"events": [], "entities": [], "places": [], "timings": {"events": 0.01}}

    out = tmp_path / "figures.json"
    status = events.main(["--data", str(data_dir), "--json", str(out), "--check"], fake_extract)
    assert status == 1  # nothing found: below the floors
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert set(figures) == {"acled", "plover", "wikievents", "muc4"}
    assert figures["acled"]["figures"]["n"] == 2
    assert figures["plover"]["stage_seconds"] == {"events": 0.02}
    assert (ACLED_ROWS[0]["NOTES"], "2015-03-05") in seen


def test_script_limit_and_dataset(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    events.main(
        ["--data", str(data_dir), "--dataset", "acled", "--limit", "1", "--json", str(out)],
        lambda text, published: {"events": []},
    )
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert list(figures) == ["acled"]
    assert figures["acled"]["figures"]["n"] == 1


def test_acled_admin1_accepts_current_names_of_old_regions() -> None:
    assert acled.admin1_matches("Bagmati Province", "Central", "Nepal")
    assert acled.admin1_matches(
        "Khyber Pakhtunkhwa", "Federally Administered Tribal Areas", "Pakistan"
    )
    assert acled.admin1_matches("Sindh", "Sindh", "Pakistan")
    assert not acled.admin1_matches("Sindh", "Punjab", "Pakistan")
    assert not acled.admin1_matches("Bagmati Province", "Central", "Sri Lanka")
    assert not acled.admin1_matches(None, "Dhaka", "Bangladesh")


def test_acled_a_march_or_may_the_verb_is_no_stated_time() -> None:
    from dataclasses import replace
    from datetime import date

    note = acled.AcledCase(
        id="z",
        text="Students held a protest march; police said they may file cases.",
        event_date=date(2015, 5, 9),
        time_precision=1,
        event_type="Riots/Protests",
        admin1="Dhaka",
        fatalities=0,
        inter1=6,
        country="Bangladesh",
    )
    assert not note.states_time
    assert replace(note, text="Students marched in Dhaka on 9 May.").states_time
    assert replace(note, text="Students marched in Dhaka on Saturday.").states_time
    assert replace(note, text="Students marched in Dhaka on Jan 9.").states_time
    assert not replace(note, text="Members of the Jan Morcha marched in Patna.").states_time
