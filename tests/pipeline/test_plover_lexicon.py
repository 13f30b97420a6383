"""The trigger lexicon's PLOVER sections: they load, and a misspelt event type fails loudly."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import KnowledgeError
from sitrep.events.lexicon import load_triggers


def test_the_reviewed_lexicon_names_only_plover_types() -> None:
    lexicon = load_triggers()
    assert lexicon.demand_modals["must"].type == "REQUEST"
    assert lexicon.demand_modals["must"].subject_is_target
    assert "REJECT" in lexicon.capital_metonym_types
    assert "ASSAULT" not in lexicon.capital_metonym_types  # a capital attacked is a place
    assert "ASSAULT" not in lexicon.place_target_types
    assert "unless" in lexicon.condition_words


def test_a_misspelt_type_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "triggers.yaml"
    path.write_text(
        "verbs:\n  urge: {type: REQUEST}\nplace_target_types: [RETREET]\n", encoding="utf-8"
    )
    with pytest.raises(KnowledgeError, match=r"RETREET.*not a PLOVER type"):
        load_triggers(path)
