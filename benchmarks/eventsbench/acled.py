"""ACLED South Asia 2015: each coded event's NOTES in, the human coding out.

Choices, so the figures can be read:
- Publication date: the row's event date plus one day. ACLED notes come from
  next-day news and say "on Saturday"; giving the pipeline the event date
  itself would make "today"-style readings trivially right, giving nothing
  would make weekday readings impossible. A note that says "today", "tonight"
  or "this morning" was written on the event's day (the coder copied the
  source's wording), so it is published on the event date (``SAME_DAY``).
- The event scored per note is the first one the note tells (by where its
  evidence starts) among those that have an ACLED category and are told as
  having happened (asserted, reported, claimed); else the first with an ACLED
  category; else the first event. A coder's note leads with the event coded
  and adds context after it (the arrests that followed, what set it off), so
  text order, not extraction confidence, says which event is "the" event.
  A note with no event counts as wrong on every measure.
- Event type: the 2015 types are mapped to current ones through the
  ontology's ``legacy_event_types`` ('Riots/Protests' accepts Protests or
  Riots).
- Date: exact ``date.value`` for day-precise rows (TIME_PRECISION 1); for
  week/month-precise rows the gold date must fall in the predicted
  ``date.start``..``date.end``. Six notes in ten say nothing of when (the coder
  took the date from the source article, not the note), so ``date`` is scored
  on the notes that state a time (a weekday, a month, "today",
  "yesterday", a dd/mm date: ``STATES_TIME``); ``date_all`` scores every note.
- Admin1: the event place's ``admin1`` (or its name when the place is itself
  an admin1), case-, diacritics- and suffix-insensitive ("Chittagong
  Division" = "Chittagong"). 2015 names whose region has since been renamed,
  split or merged (Nepal's development regions, FATA) accept the current
  names listed in ``acled_admin1.yaml``. A third of the notes name none of the
  gold places (location, admin3, admin2, admin1), so ``admin1`` is scored on
  the notes that name one of them; ``admin1_all`` scores every note.
- Fatalities: ``counts.killed`` (null = 0) equals FATALITIES.
- Inter1: the inter code of the event's source actor, as the ACLED export
  codes it: the ontology's ``actor_inter(sector, name, acled_event_type=<predicted
  type>, role="source", sub_event_type=<predicted sub-event type>)`` (what the
  actor did, else its sector, else a phrase of its name such as "police" or
  "Unidentified Armed Group", else ACLED's code for an unknown perpetrator of that
  type of event). The current codebook keeps state forces that used lethal force
  on a protest as actor 1 of Excessive force against protesters (inter 1); the
  2015 coders put the demonstrators first (Rioters or Protesters), so such notes
  may score as misses.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from sitrep.knowledge.ontology import Ontology

from .common import SHARED_DATA, Report, Tally, actor_sector, evenly_spaced, fold, place

DEFAULT_PATH = SHARED_DATA / "events" / "acled_asia_2015.csv"
ADMIN1_EQUIVALENTS_PATH = Path(__file__).with_name("acled_admin1.yaml")
FLOORS = {"type": 0.85, "date": 0.90, "admin1": 0.80, "fatalities": 0.85, "inter1": 0.75}
#: the note was written on the day of the event: its "today" is the event date
SAME_DAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", re.IGNORECASE)
#: the note says when: a weekday, a month, "today"/"yesterday", a dd/mm date. Weekdays and
#: months count only capitalised, as news writes them: "a protest march", "may" the verb
#: and "sat" are not dates. A month's abbreviation counts only beside a day's number
#: ("Jan 21", "21 Jan", "Jan.21"): "Jan" alone is a name in South Asia ("Gul Jan", "Jan
#: Lokpal Bill", "Jan Sangharsh Manch").
_MONTH_ABBREVIATION = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
STATES_TIME = re.compile(
    r"\b(?:[Tt]oday|[Yy]esterday|[Tt]onight)\b"
    r"|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b(?!-)"
    rf"|\b{_MONTH_ABBREVIATION}\b\.?\s?\d|\d(?:st|nd|rd|th)?\s?{_MONTH_ABBREVIATION}\b"
    r"|\b(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|TODAY|YESTERDAY)\b"
    r"|\b\d{1,2}/\d{1,2}\b"
)
#: modalities of an event told as having happened
HAPPENED = frozenset({"asserted", "reported", "claimed"})
_ADMIN_SUFFIXES = frozenset({"division", "province", "state", "region", "territory", "district"})


@dataclass(frozen=True)
class AcledCase:
    id: str
    text: str
    event_date: date
    time_precision: int
    event_type: str
    admin1: str
    fatalities: int
    inter1: int
    country: str
    gold_places: tuple[str, ...] = ()

    @property
    def states_time(self) -> bool:
        return STATES_TIME.search(self.text) is not None

    @property
    def names_place(self) -> bool:
        """Whether the note names the location, admin3, admin2 or admin1 the coder gave."""
        text = f" {fold(self.text)} "
        return any(f" {fold(name)} " in text for name in self.gold_places if fold(name))

    @property
    def published(self) -> str:
        if SAME_DAY.search(self.text):
            return self.event_date.isoformat()
        return (self.event_date + timedelta(days=1)).isoformat()


def load(path: Path = DEFAULT_PATH, limit: int | None = None) -> list[AcledCase]:
    """The rows with a note, or ``limit`` of them spread evenly over the file."""
    cases: list[AcledCase] = []
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        for row in csv.DictReader(handle):
            text = (row.get("NOTES") or "").strip()
            if not text:
                continue
            cases.append(
                AcledCase(
                    id=row["EVENT_ID_CNTY"],
                    text=text,
                    event_date=datetime.strptime(row["EVENT_DATE"].strip(), "%d-%B-%Y").date(),
                    time_precision=int(row.get("TIME_PRECISION") or 1),
                    event_type=row["EVENT_TYPE"].strip(),
                    admin1=row.get("ADMIN1") or "",
                    fatalities=int(row.get("FATALITIES") or 0),
                    inter1=int(row.get("INTER1") or 0),
                    country=row.get("COUNTRY") or "",
                    gold_places=tuple(
                        (row.get(k) or "").split(" (")[0]
                        for k in ("LOCATION", "ADMIN3", "ADMIN2", "ADMIN1")
                    ),
                )
            )
    return evenly_spaced(cases, limit)


def _admin_key(name: str | None) -> str:
    return " ".join(t for t in fold(name).split() if t not in _ADMIN_SUFFIXES)


@functools.cache
def admin1_equivalents(path: Path = ADMIN1_EQUIVALENTS_PATH) -> dict[tuple[str, str], set[str]]:
    """(country, 2015 admin1) -> the admin1 keys that count as the same region today."""
    data: dict[str, dict[str, list[str]]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {
        (fold(country), _admin_key(old)): {_admin_key(name) for name in names}
        for country, regions in data.items()
        for old, names in regions.items()
    }


def admin1_matches(predicted: str | None, gold: str, country: str) -> bool:
    """Whether a predicted admin1 name is the gold one (or a current name for the same region)."""
    if not predicted:
        return False
    key, gold_key = _admin_key(predicted), _admin_key(gold)
    return key == gold_key or key in admin1_equivalents().get((fold(country), gold_key), set())


def _date_correct(case: AcledCase, event: dict[str, Any]) -> bool:
    when = event.get("date") or {}
    gold = case.event_date.isoformat()
    if case.time_precision == 1:
        return when.get("value") == gold or (when.get("start") == when.get("end") == gold)
    start, end = when.get("start"), when.get("end")
    if start and end:
        return str(start)[:10] <= gold <= str(end)[:10]
    return when.get("value") == gold


def coded_event(report: Report) -> dict[str, Any] | None:
    """The event a note's coder coded: the first told that happened and has an ACLED category."""
    events = sorted(
        report.get("events") or [],
        key=lambda e: min((span.get("start", 0) for span in e.get("evidence") or []), default=0),
    )
    with_category = [e for e in events if e.get("acled")]
    happened = [e for e in with_category if e.get("modality") in HAPPENED]
    chosen = happened or with_category or events
    return chosen[0] if chosen else None


def _first_actor_name(event: dict[str, Any], role: str) -> str | None:
    return next((a.get("name") for a in event.get("actors") or [] if a.get("role") == role), None)


def score_case(case: AcledCase, report: Report, ontology: Ontology) -> dict[str, bool | None]:
    """Right or wrong on each measure for one note (None: the note does not take part)."""
    outcome = _score_all(case, report, ontology)
    outcome["date_all"], outcome["admin1_all"] = outcome["date"], outcome["admin1"]
    if not case.states_time:
        outcome["date"] = None
    if not case.names_place:
        outcome["admin1"] = None
    return outcome


def _score_all(case: AcledCase, report: Report, ontology: Ontology) -> dict[str, bool | None]:
    event = coded_event(report)
    if event is None:
        return dict.fromkeys(FLOORS, False)
    acled = event.get("acled") or {}
    predicted_type = acled.get("event_type")
    where = place(report, event.get("place")) or {}
    admin1 = where.get("admin1") or (
        where.get("name") if where.get("feature") == "admin1" else None
    )
    killed = (event.get("counts") or {}).get("killed") or 0
    inter = ontology.actor_inter(
        actor_sector(report, event, "source"),
        _first_actor_name(event, "source"),
        acled_event_type=predicted_type,
        role="source",
        event_country=where.get("country"),
        sub_event_type=acled.get("sub_event_type"),
    )
    return {
        "type": predicted_type in ontology.legacy_acled_types(case.event_type),
        "date": _date_correct(case, event),
        "admin1": admin1_matches(admin1, case.admin1, case.country),
        "fatalities": int(killed) == case.fatalities,
        "inter1": inter == case.inter1,
    }


def score(cases: list[AcledCase], reports: list[Report], ontology: Ontology) -> dict[str, Any]:
    tallies = {name: Tally() for name in (*FLOORS, "date_all", "admin1_all")}
    for case, report in zip(cases, reports, strict=True):
        for name, outcome in score_case(case, report, ontology).items():
            tallies[name].add(outcome)
    return {
        "n": len(cases),
        **{name: round(t.value, 4) for name, t in tallies.items()},
        "n_date": tallies["date"].total,
        "n_admin1": tallies["admin1"].total,
    }
