"""Demands told with a modal of obligation in reported speech ("Russia said Sudan must ...").

A modal is no trigger word of the lexicon's phrases; it becomes a demand only where a
speech verb or a "that" clause reports it, which this reader checks apart from the rest.
"""

from __future__ import annotations

from spacy.tokens import Span

from sitrep.events.lexicon import TriggerLexicon
from sitrep.events.trigger_hit import TriggerHit
from sitrep.knowledge.cues import load_cues

#: words after a modal that make it a guess about the past, not a demand ("must have fled")
EPISTEMIC_AFTER = {"have", "'ve", "’ve"}


#: subjects with which a modal of obligation is the speaker's own resolve ("we must act")
SELF_EXHORTING = {"we", "i"}


def reported_demands(sentence: Span, lexicon: TriggerLexicon) -> list[TriggerHit]:
    """ "Russia said Sudan must return the helicopter": a modal of obligation in what someone
    says is that speaker's demand on the clause's subject. Unreported ("visitors must
    register") it is a rule, not an event, so a speech verb or a "that" clause must tell it."""
    if not lexicon.demand_modals:
        return []
    from sitrep.annotate.lemmas import is_verb_of

    speech = load_cues().speech_verbs
    said = any(is_verb_of(t, speech) for t in sentence)
    doc = sentence.doc
    hits: list[TriggerHit] = []
    for token in sentence:
        trigger = lexicon.demand_modals.get(token.lower_)
        if trigger is None or (token.tag_ and token.tag_ != "MD"):
            continue
        if not (said or _that_clause(sentence, token.i)):
            continue  # "The forum concluded that the US must …" is reported too
        nxt = doc[token.i + 1].lower_ if token.i + 1 < sentence.end else ""
        if nxt in EPISTEMIC_AFTER or token.i == sentence.start:
            continue
        if doc[token.i - 1].lower_ in SELF_EXHORTING:
            continue  # "we must defend our country": a resolve, not a demand on anyone
        hits.append(TriggerHit(token.i, token.i + 1, trigger))
    return hits


def _that_clause(sentence: Span, i: int) -> bool:
    """The modal at ``i`` stands in a "that" clause after a verb ("concluded that X must")."""
    doc = sentence.doc
    for j in range(i - 1, max(sentence.start, i - 12), -1):
        if doc[j].lower_ == "that":
            return j - 1 >= sentence.start and doc[j - 1].tag_.startswith(("VB", "NNP", "NN"))
    return False
