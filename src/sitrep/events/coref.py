"""Event coreference within one article: one real event told several times is one event.

Each mention folds into the latest earlier event it is compatible with
(``coref_compatible``), which it then fills (``coref_absorb``); an anaphoric mention
("the visit", "among the dead") only ever joins an earlier event. After the merge, later
claims and described parties name the doers, and an ACLED coder's toll is given to the
coded event (``coded_total``).
"""

from __future__ import annotations

from sitrep.events.coded_total import take_coded_total
from sitrep.events.coref_absorb import absorb
from sitrep.events.coref_compatible import compatible
from sitrep.events.described_parties import add_described_parties
from sitrep.events.presupposed import unframe_presupposed
from sitrep.events.record import EventRecord
from sitrep.events.referring_claims import add_referring_claims


def merge_events(mentions: list[EventRecord]) -> list[EventRecord]:
    """Fold each event mention into an earlier compatible event, or keep it as a new one."""
    events: list[EventRecord] = []
    for mention in mentions:
        unframe_presupposed(mention)  # "demanded an inquiry into the murder of X": it happened
        target = None
        if (mention.anaphoric or mention.refers_back) and mention.mode:
            # "the visit" refers to the last visit before any other kind of meeting
            target = next(
                (e for e in reversed(events) if e.mode == mention.mode and compatible(e, mention)),
                None,
            )
        for event in reversed(events):
            if target is None and compatible(event, mention):
                target = event
                break
        if target is None:
            if mention.anaphoric and not mention.arguments:
                continue
            if mention.anaphoric:
                # an anaphoric mention with a new victim but no event before it: keep nothing
                continue
            events.append(mention)
        else:
            absorb(target, mention)
    add_referring_claims(events)  # "X claimed responsibility for the incident." names the doer
    add_described_parties(events)
    take_coded_total(events)
    return events
