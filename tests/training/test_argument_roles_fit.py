"""Fitting the argument-role model: the regression learns a clear cue, thresholds are tuned
on held-out candidates, and GTT's head-noun-phrase match joins the fillers it should."""

from __future__ import annotations

from sitrep.training.argument_roles.examples import Example, label_of
from sitrep.training.argument_roles.fit import fit, probabilities, tune_thresholds
from sitrep.training.argument_roles.head_match import head_match


def _examples(document: int) -> list[Example]:
    """Gunmen before "killed" are perpetrators; phrases after "killed" victims; the rest none."""
    found = []
    for n in range(6):
        found.append(
            Example(
                document,
                ["bias", "side=before", "class=perpetrator"],
                "perpetrator_individual",
                None,
            )
        )
        found.append(Example(document, ["bias", "side=after", "ent=PERSON"], "victim", None))
        found.append(Example(document, ["bias", "side=after", f"head=day{n}"], "none", None))
        found.append(Example(document, ["bias", "side=before", f"head=town{n}"], "none", None))
    return found


def test_the_fit_learns_a_clear_cue_and_tuning_finds_a_threshold() -> None:
    training = [e for d in range(5) for e in _examples(d)]
    fitted = fit(training, l2=0.1, min_count=1)
    held_out = _examples(99)
    p = probabilities(fitted, held_out)
    assert p[0].argmax() == 1  # perpetrator_individual
    assert p[1].argmax() == 3  # victim
    report = tune_thresholds(fitted, held_out)
    assert report["victim"]["f1_with_model"] > report["victim"]["f1_rules"]
    assert 0.15 <= report["victim"]["threshold"] <= 0.95
    assert report["victim"]["threshold_next"] == 1.01  # no candidate of a later sentence


def test_head_match_joins_a_short_mention_to_the_gold_phrase() -> None:
    assert head_match("the urban guerrillas", "guerrillas")
    assert head_match("the mayor of the town", "mayor")
    assert not head_match("the police", "the guerrillas")
    gold = {
        "perpetrator_org": [],
        "perpetrator_individual": ["urban guerrillas"],
        "victim": [],
        "target": [],
        "instrument": [],
    }
    assert label_of("guerrillas", gold) == "perpetrator_individual"
    assert label_of("soldiers", gold) == "none"
