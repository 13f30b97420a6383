"""The event stage's fast paths (word lists, per-document and per-lexicon memories) read the
same as the plain token-by-token readings they replace."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from sitrep.annotate.lemmas import is_verb_form, is_verb_of, lemma_in
from sitrep.events import detect, modality
from sitrep.events.lexicon import load_triggers
from sitrep.events.token_view import token_view
from sitrep.events.trigger_forms import noun_lemma, repaired_form
from sitrep.knowledge.cues import load_cues

SENTENCES = [
    "Police said gunmen stormed a checkpoint near Kismayo on Tuesday and set fire to two trucks.",
    "The army denied that its soldiers had killed the villagers, officials reported.",
    "Hundreds of students staged a protest outside the parliament, demanding the minister resign.",
]


def _doc(text: str) -> Doc:
    return spacy.blank("en")(text)


def test_verb_check_on_word_lists_matches_the_token_check() -> None:
    speech = frozenset({"say", "report", "state", "deny"})
    for text in SENTENCES:
        doc = _doc(text)
        view = token_view(doc)
        for token in doc:
            assert is_verb_form(view.text[token.i], view.lemma[token.i], speech) == is_verb_of(
                token, speech
            )


def test_phrases_are_offered_by_first_word_in_table_order() -> None:
    lexicon = load_triggers()
    table = {**lexicon.phrases, **lexicon.multiword_nouns}
    for text in SENTENCES:
        words = set(token_view(_doc(text)).lower)
        expected = [(p, t) for p, t in table.items() if p.split()[0] in words]
        assert detect._phrases_starting(lexicon, words) == expected


def test_remembered_word_readings_match_fresh_ones() -> None:
    lexicon = load_triggers()
    for text in SENTENCES:
        for word in token_view(_doc(text)).lower:
            form = repaired_form(word, lexicon)
            fresh = (form, noun_lemma(form, lexicon), lemma_in(form, lexicon.verbs))
            assert detect._word_reading(word, lexicon) == fresh
            assert detect._word_reading(word, lexicon) == fresh  # and again, from memory


def test_a_denial_before_the_trigger_is_found_and_one_after_is_not() -> None:
    cues = load_cues()
    doc = _doc(SENTENCES[1])
    killed = next(t.i for t in doc if t.text == "killed")
    assert modality._denied(doc[:], doc[killed : killed + 1], cues)
    doc = _doc("Soldiers killed three villagers on Monday; the army later denied it.")
    assert not modality._denied(doc[:], doc[1:2], cues)
