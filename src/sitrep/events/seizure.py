"""One incident told as a seizure and as harm: "X was kidnapped on 2 August" and "X was shot
to death" (or "the assassination of X") are one kidnapping, as a careful coder (GTD, MUC-4)
codes the abduction of a person and what befell them while held as one incident. The
kidnapping is the more specific reading, so the merged event keeps its type."""

from __future__ import annotations

from sitrep.events.record import EventRecord

#: the event type and mode of an abduction (triggers.yaml: kidnap, abduct, kidnapping)
SEIZURE = ("COERCE", "abduct")
#: the mode of a seizure that may be of goods or of people ("seized the arms cache", "seized the
#: mayor"): told again as a kidnapping, it was an abduction
SEIZE_MODE = "seize"
#: the event type whose mentions may tell the harm done to someone seized
HARM_TYPE = "ASSAULT"


def is_seizure(record: EventRecord) -> bool:
    return (record.type, record.mode) == SEIZURE


def seizure_and_harm(event: EventRecord, mention: EventRecord) -> bool:
    """Whether one of the two is an abduction and the other an attack: the pair of types one
    incident may be told with when both name the same person harmed (checked by the caller)."""
    return (is_seizure(event) and mention.type == HARM_TYPE) or (
        is_seizure(mention) and event.type == HARM_TYPE
    )


def seizure_of_a_person(event: EventRecord, mention: EventRecord) -> bool:
    """Whether a seizure that took someone ("gunmen seized businessman X") and a kidnapping
    ("the kidnapping was ...") can be one event: the modes differ only in the word."""
    for seized, other in ((event, mention), (mention, event)):
        if (
            seized.type == SEIZURE[0]
            and seized.mode == SEIZE_MODE
            and is_seizure(other)
            and any(a.role == "victim" for a in seized.arguments)
        ):
            return True
    return False


def keep_seizure_kind(event: EventRecord, mention: EventRecord) -> None:
    """An attack that turns out to be the harm done to someone seized, or a seizure told again
    as a kidnapping, becomes the kidnapping."""
    if is_seizure(mention) and (
        event.type == HARM_TYPE or (event.type == SEIZURE[0] and event.mode == SEIZE_MODE)
    ):
        event.type, event.mode = mention.type, mention.mode
