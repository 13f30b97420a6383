"""Small corpora written for these tests (invented news sentences, not shared data)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED_NER_DATA = REPO_ROOT / ".." / "shared" / "data" / "ner"
SHIPPED_MODEL = REPO_ROOT / "src" / "sitrep" / "models" / "en_sitrep"

CONLL_SNIPPET = """-DOCSTART- -X- -X- O

Maria NNP B-NP B-PER
Okafor NNP I-NP I-PER
of IN B-PP O
Oxfam NNP B-NP B-ORG
arrived VBD B-VP O
in IN B-PP O
Germany NNP B-NP B-LOC
and CC O O
toured VBD B-VP O
Europe NNP B-NP B-LOC
with IN B-PP O
Kenyan JJ B-NP B-MISC
doctors NNS I-NP O
( ( O O
" " O O
Euro NNP B-NP B-MISC
96 CD I-NP I-MISC
" " O O
) ) O O
. . O O

-DOCSTART- -X- -X- O

NAIROBI NNP B-NP B-LOC
1997-03-02 CD I-NP O
"""

# Two sentences in GUM's CoNLL-U style with Entity brackets in the MISC column.
CONLLU_SNIPPET = "\n".join(
    [
        "# newdoc id = test_news",
        "# sent_id = test_news-1",
        "# text = The mayor of Lagos met the United Nations envoy.",
        "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-person-new-x-cf1-2-coref",
        "2\tmayor\tmayor\tNOUN\tNN\t_\t5\tnsubj\t_\t_",
        "3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_",
        "4\tLagos\tLagos\tPROPN\tNNP\t_\t2\tnmod\t_\tEntity=(2-place-new-x-cf2-1-coref-Lagos)1)",
        "5\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_",
        "6\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\tEntity=(3-person-new-x-cf3-3-sgl(4-organization-new-x-cf4-2-sgl",
        "7\tUnited\tUnite\tVERB\tNNP\t_\t8\tamod\t_\t_",
        "8\tNations\tNation\tPROPN\tNNPS\t_\t9\tcompound\t_\tEntity=4)",
        "9\tenvoy\tenvoy\tNOUN\tNN\t_\t5\tobj\t_\tEntity=3)|SpaceAfter=No",
        "10\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_",
        "",
        "# sent_id = test_news-2",
        "# text = She read Hamlet in Paris.",
        "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(5-person-giv-x-cf1-1-coref)",
        "2\tread\tread\tVERB\tVBD\t_\t0\troot\t_\t_",
        "3\tHamlet\tHamlet\tPROPN\tNNP\t_\t2\tobj\t_\tEntity=(6-object-new-x-cf2-1-sgl-Hamlet)",
        "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_",
        "5\tParis\tParis\tPROPN\tNNP\t_\t2\tobl\t_\tEntity=(7-place-new-x-cf3-1-sgl-Paris)|SpaceAfter=No",
        "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
        "",
    ]
)


@pytest.fixture
def conll_file(tmp_path: Path) -> Path:
    path = tmp_path / "train.txt"
    path.write_text(CONLL_SNIPPET, encoding="utf-8")
    return path


@pytest.fixture
def conllu_file(tmp_path: Path) -> Path:
    path = tmp_path / "test_news.conllu"
    path.write_text(CONLLU_SNIPPET, encoding="utf-8")
    return path


@pytest.fixture
def conllu_text() -> str:
    return CONLLU_SNIPPET


@pytest.fixture(scope="session")
def shipped_nlp():
    """The shipped pipeline, loaded once; skipped when it has not been trained yet."""
    import spacy

    if not (SHIPPED_MODEL / "config.cfg").is_file():
        pytest.skip(f"no trained pipeline at {SHIPPED_MODEL}; run sitrep.training.ner.train_ner")
    return spacy.load(SHIPPED_MODEL)
