"""Issue #6: a claim that carries its own date does not date the attack it claims.

"JNIM claimed responsibility on 6 April for the attack that killed 12 soldiers on 5 April":
6 April is when the attack was claimed. The claim's date used to date the attack, which then
failed coreference's date check and became a second, "claimed" event.
Needs the packaged pipeline for the end-to-end cases.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from sitrep.events.written_dates import dates_a_claim

PUBLISHED = "2023-04-12"


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def _at(text: str, words: str) -> _Span:
    start = text.index(words)
    return _Span(start, start + len(words))


def _claimed(text: str, date: str, trigger: str, dates: list[str]) -> bool:
    time, spot = _at(text, date), _at(text, trigger)
    times = [_at(text, d) for d in dates]
    return dates_a_claim(text, time, (spot.start, spot.end), (0, len(text)), times)


def test_the_date_beside_the_claim_dates_the_claim_not_the_killing() -> None:
    text = (
        "The Macina Liberation Front claimed responsibility on 9 April for the ambush that "
        "killed six gendarmes near Mopti on 7 April."
    )
    dates = ["9 April", "7 April"]
    assert _claimed(text, "9 April", "killed", dates)
    assert _claimed(text, "9 April", "ambush", dates)
    assert not _claimed(text, "7 April", "killed", dates)


def test_a_weekday_before_the_claim_of_the_attack_dates_the_claim() -> None:
    text = "On Wednesday, the Islamic State claimed the bombing of a church in Butembo."
    assert _claimed(text, "Wednesday", "bombing", ["Wednesday"])


def test_the_trigger_of_the_claim_keeps_its_date() -> None:
    text = "On Wednesday, the Islamic State claimed responsibility for the bombing."
    assert not _claimed(text, "Wednesday", "claimed", ["Wednesday"])


def test_a_death_toll_is_no_claim() -> None:
    text = "The bombing on Monday claimed the lives of nine worshippers in Kasindi."
    assert not _claimed(text, "Monday", "bombing", ["Monday"])


def test_an_attack_with_no_claim_keeps_its_date() -> None:
    text = "On Wednesday, gunmen attacked a convoy of aid workers near Kidal."
    assert not _claimed(text, "Wednesday", "attacked", ["Wednesday"])


@pytest.fixture(scope="module")
def extract_news(packaged_nlp: Any) -> Any:
    from sitrep.pipeline import extract

    def run(text: str) -> Any:
        return extract(text, published=PUBLISHED, nlp=packaged_nlp)

    return run


def _attack_dates(report: Any) -> list[str | None]:
    return [e.date.value for e in report.events if e.type == "ASSAULT"]


def test_claim_sentence_does_not_date_the_attack(extract_news: Any) -> None:
    report = extract_news(
        "The Macina Liberation Front claimed responsibility on 9 April for the ambush that "
        "killed six gendarmes near Mopti on 7 April."
    )
    assert "2023-04-09" not in _attack_dates(report)
    assert "2023-04-07" in _attack_dates(report)


def test_a_later_claim_joins_the_attack_it_claims(extract_news: Any) -> None:
    report = extract_news(
        "Gunmen killed six gendarmes near Mopti on 7 April. On Tuesday, the Macina "
        "Liberation Front claimed the attack."
    )
    assert _attack_dates(report) == ["2023-04-07"]


def test_a_speaker_claiming_that_something_happened_is_no_claim_of_responsibility() -> None:
    text = "On 4 May, opposition leaders claimed that ruling party cadres attacked their rally."
    assert not _claimed(text, "4 May", "attacked", ["4 May"])


def test_a_date_across_a_missed_stop_is_not_the_claims() -> None:
    text = (
        "A trader was shot dead in Gao on Friday [7 April]. [JNIM claimed responsibility for "
        "the shooting.]"
    )
    assert not _claimed(text, "7 April", "shooting", ["Friday", "7 April"])
