"""The coder's own toll of an ACLED note ("Fatalities coded as 12."), given to the event
the note codes once coreference has merged its mentions: that total outweighs the
figures the sentences before it tell. The cues are data (``participants.yaml``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.events.coref_compatible import OPEN_MODALITIES
from sitrep.events.record import EventRecord


def take_coded_total(events: list[EventRecord]) -> None:
    """Give the note's coded event the coder's own toll ("... were killed. Fatalities coded
    as 12."): an ACLED note states the total its coder counted for the event it codes, the
    first one told as having happened (an attack before any other), and that total outweighs
    the figures of the sentences before it (one side's dead, "an unknown number")."""
    happened = [e for e in events if e.modality in OPEN_MODALITIES and e.evidence]
    if not happened:
        return
    total = coded_total(happened[0].evidence[0].doc.text)
    if total is None:
        return
    coded = next((e for e in happened if e.type == "ASSAULT"), happened[0])
    coded.counts["killed"] = total


def coded_total(text: str) -> int | None:
    """The number after a coder's toll cue ("Fatalities coded as 12", "Fatalities: 3"), or
    None where the text has none."""
    from sitrep.events.participant_lexicon import load_participant_lexicon

    cues = load_participant_lexicon().coded_total_cues
    if not cues:
        return None
    found = _coded_total_pattern(cues).search(text)
    return int(found.group(1)) if found else None


@lru_cache(maxsize=4)
def _coded_total_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(cue) for cue in sorted(cues, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s*(\d{{1,5}})\b", re.IGNORECASE)
