"""A future word that describes a noun ("the government's plan to", "the upcoming polls") or
looks only forward ("ahead of") does not put an earlier weekday in the future."""

import datetime

from sitrep.annotate.timex import tag_times

# Saturday 11 April 2015
SATURDAY = datetime.date(2015, 4, 11)


def _values(text: str, reference: datetime.date = SATURDAY) -> dict[str, str]:
    return {t.text: t.value for t in tag_times(text, reference)}


def test_a_possessive_plan_is_a_noun_not_the_sentence_tense() -> None:
    found = _values(
        "Youths hurled stones at a police bunker in Sopore on Friday in protest against the "
        "government's plan to build separate townships."
    )
    assert found == {"Friday": "2015-04-10"}


def test_the_upcoming_polls_do_not_move_an_attack_ahead() -> None:
    found = _values(
        "At least eight people were injured as rival supporters attacked each other in Comilla "
        "on Thursday, during campaigning for the upcoming municipal elections."
    )
    assert found == {"Thursday": "2015-04-09"}


def test_ahead_of_looks_forward_only() -> None:
    found = _values(
        "Activists blasted crude bombs in Bogra on Friday evening, ahead of the countrywide "
        "strike called for Monday."
    )
    assert found["Friday evening"] == "2015-04-10TEV"


def test_an_auxiliary_after_that_still_looks_ahead() -> None:
    found = _values("The union announced a strike that will begin on Monday in Karachi.")
    assert found == {"Monday": "2015-04-13"}
