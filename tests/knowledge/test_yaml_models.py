"""A reviewed word-list file that is broken stops the run with a message naming the file
and the keys it must have (``sitrep.knowledge.word_lists.read_yaml_model``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.annotate.timex.dateline import load_dateline_words
from sitrep.errors import KnowledgeError
from sitrep.events.written_dates import load_claim_words


def test_the_shipped_files_load() -> None:
    assert "claimed" in load_claim_words().claim_verbs
    assert load_dateline_words().max_other_words > 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("lead_ins: [reuters]\n", "sentence_openers"),  # a key is missing
        ("- just\n- a list\n", "must map"),  # not a mapping at all
        ("lead_ins: [unclosed\n", "cannot read"),  # not YAML
    ],
)
def test_a_broken_file_names_itself_and_what_to_fix(
    tmp_path: Path, content: str, expected: str
) -> None:
    path = tmp_path / "dateline.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeError) as raised:
        load_dateline_words(path)
    message = raised.value.one_line()  # what the CLI prints
    assert expected in message and str(path) in message
