"""Modality and attribution: did it happen, is it reported, claimed, denied or expected, and who says so."""

from __future__ import annotations

import bisect
import itertools

from spacy.tokens import Doc, Span, Token

from sitrep.annotate.lemmas import is_verb_form, verb_lemma
from sitrep.events.token_view import TokenView, token_view
from sitrep.knowledge.cues import Cues


def modality_of(sentence: Span, trigger: Span, cues: Cues) -> str:
    """The modality of the event a trigger announces, from cues in its clause."""
    doc = sentence.doc
    lower = token_view(doc).lower
    before = doc[max(sentence.start, trigger.start - 6) : trigger.start]
    words_before = set(lower[max(sentence.start, trigger.start - 6) : trigger.start])
    sentence_text = " " + token_view(doc).span_lower(sentence.start, sentence.end) + " "
    sentence_words = set(lower[sentence.start : sentence.end])
    if cues.claim.found_in(sentence_text, set()):
        return "claimed"
    if words_before & {"not", "n't", "never"} or _denied(sentence, trigger, cues):
        return "negated"
    if _no_before(before, trigger) or _called_off(sentence, trigger, cues):
        return "negated"
    near_before = set(lower[max(sentence.start, trigger.start - 3) : trigger.start])
    clause_before = set(words_before)
    if trigger.start > 0 and lower[trigger.start - 1] == "to":
        # an infinitive takes the time of the verb governing it: "is expected to travel … to meet"
        clause_before |= set(lower[_clause_opening(sentence, trigger.start) : trigger.start])
    if _offered(sentence, trigger):
        return "future"
    if near_before & {"will", "'ll", "shall", "would"} or (
        not _told_as_past(trigger)
        and (
            (clause_before - _compound_modifiers(sentence, trigger)) & cues.future.words
            or any(
                p in sentence_text
                for p in ("in the coming", "next week", "next month", "next year")
            )
        )
    ):
        return "future"
    if _hypothetical_before(doc, max(sentence.start, trigger.start - 6), trigger.start):
        return "hypothetical"
    if cues.historical.found_in(sentence_text, set()) and _past_perfect(sentence):
        return "historical"
    if _in_relative_clause(sentence, trigger):
        return "historical"
    if cues.report.found_in(sentence_text, sentence_words) or _reported_clause(
        sentence, trigger, cues
    ):
        return "reported"
    return "asserted"


#: Words that make what follows a possibility: "if", "could", "may".
HYPOTHETICAL_WORDS = frozenset({"if", "unless", "could", "might", "may", "should"})


def _hypothetical_before(doc: Doc, start: int, end: int) -> bool:
    """A word of possibility before the trigger; "May" the month is none ("On 5 May,
    militants killed …"): a modal "may" is tagged MD and never stands beside a day's
    number."""
    view = token_view(doc)
    for i in range(start, end):
        word = view.lower[i]
        if word not in HYPOTHETICAL_WORDS:
            continue
        if word == "may" and _is_month(view.tag, view.text, i):
            continue
        return True
    return False


def _is_month(tags: list[str], texts: list[str], i: int) -> bool:
    """ "May" the month: not tagged as a modal, or a day's number beside it."""
    beside = [texts[j] for j in (i - 1, i + 1) if 0 <= j < len(texts)]
    return tags[i] != "MD" or any(word.rstrip("thsndr").isdigit() for word in beside)


#: discrete acts of harm, whose habit is a statement about a conflict; a protest that
#: "continues" is one still going on, which a coder codes for the day
HABIT_TYPES = frozenset({"ASSAULT", "COERCE"})


def told_as_habit(sentence: Span, start: int, cues: Cues, event_type: str) -> bool:
    """ "Death squads continue to kill peasants", "so the contras could continue killing",
    "the rebels keep attacking": what goes on as a habit is a statement about a conflict, not
    an event a coder codes (the single attacks, told with a day and a place, are). Only the
    present and the infinitive count: "police continued to fire on the crowd" tells what
    happened on one day, as part of that day's event."""
    if event_type not in HABIT_TYPES:
        return False
    doc = sentence.doc
    i = start - 1
    if i >= sentence.start and doc[i].lower_ == "to":
        i -= 1
    if i >= sentence.start and doc[i].lower_ in cues.habitual.words:
        return True
    if _told_as_tally(sentence, start, cues):
        return True
    return _habit_of_the_described(doc[start], start - 1 >= sentence.start)


#: auxiliaries of a perfect tense: "have been killed", "had murdered"
PERFECT_AUXILIARIES = frozenset({"has", "have", "had", "'ve"})
#: how many words may stand between the auxiliary and the trigger ("have been brutally killed")
PERFECT_WINDOW = 3
#: how far after "since" a year may close the span: "since the party was founded in 1985"
SINCE_WINDOW = 8


def _told_as_tally(sentence: Span, start: int, cues: Cues) -> bool:
    """ "13,000 people have been killed since 1980", "900 members have been murdered since
    the party was founded in 1985", "death squads have murdered thousands in the past few
    years": a perfect tense over a span of time tallies a conflict's toll; it
    is no incident a coder codes (the incidents are told with their day and place)."""
    doc = sentence.doc
    before = token_view(doc).lower[max(sentence.start, start - PERFECT_WINDOW) : start]
    if PERFECT_AUXILIARIES.isdisjoint(before):
        return False
    if cues.habitual.found_in(" " + sentence.text.lower() + " ", set()):
        return True
    return any(
        token.lower_ == "since"
        and any(_a_year(t) for t in doc[token.i + 1 : min(sentence.end, token.i + SINCE_WINDOW)])
        for token in sentence
    )


def _a_year(token: Token) -> bool:
    """ "1980", "2015": a bare year, which makes "since" open a span of years."""
    return token.is_digit and len(token.text) == 4 and token.text[:2] in {"19", "20"}


def told_as_aim(sentence: Span, start: int, cues: Cues) -> bool:
    """ "Militants planted a bomb on the road to target security forces": the infinitive
    says what another act was for; that act is the event, its aim is no second one."""
    doc = sentence.doc
    return (
        start - 1 >= sentence.start
        and doc[start - 1].lower_ == "to"
        and verb_lemma(doc[start]) in cues.aim_verbs.words
    )


def named_as_charge(sentence: Span, start: int, end: int, cues: Cues) -> bool:
    """ "charged with murder", "wanted for kidnapping": a bare act after a charge names a
    legal category, not an incident the text reports (which has its own words: "arrested
    for the murder of the judge", "was shot dead")."""
    doc = sentence.doc
    head = doc[end - 1]
    if not head.tag_.startswith("NN") or head.tag_ in {"NNS", "NNPS"}:
        return False
    i = start - 1
    if i >= sentence.start and doc[i].lower_ in {"with", "of", "for"}:
        return i - 1 >= sentence.start and doc[i - 1].lower_ in cues.charge_words
    return False


#: relative words that open a clause describing someone: "a regime which murders priests"
RELATIVE_WORDS = frozenset({"who", "which", "that"})


def _habit_of_the_described(token: Token, has_word_before: bool) -> bool:
    """ "the criminals who attack the civilian population", "a regime which murders priests":
    a present-tense verb in a relative clause says what someone does, not what happened."""
    return (
        has_word_before and token.tag_ in {"VBZ", "VBP"} and token.nbor(-1).lower_ in RELATIVE_WORDS
    )


def _offered(sentence: Span, trigger: Span) -> bool:
    """ "Syria is willing to withdraw its troops", "France is ready to contribute troops": an
    action offered lies ahead, whatever the tense of the verb that offers it."""
    from sitrep.events.lexicon import load_triggers

    doc = sentence.doc
    if trigger.start == 0 or doc[trigger.start - 1].lower_ != "to":
        return False
    cues = load_triggers().willingness_cues
    window = doc[max(sentence.start, trigger.start - 4) : trigger.start - 1]
    return any(t.lower_ in cues for t in window)


def _compound_modifiers(sentence: Span, trigger: Span) -> set[str]:
    """ "its long-threatened invasion", "the much-anticipated talks": the second word of a
    hyphenated modifier describes the noun; it does not put the event in the future."""
    doc = sentence.doc
    return {
        doc[i].lower_
        for i in range(max(sentence.start + 1, trigger.start - 6), trigger.start)
        if doc[i - 1].text == "-"
    }


def _clause_opening(sentence: Span, before: int) -> int:
    doc = sentence.doc
    for i in range(before - 1, sentence.start - 1, -1):
        if doc[i].text in {",", ";", ":"} or doc[i].lower_ in {"that", "and", "but"}:
            return i + 1
    return sentence.start


def _told_as_past(trigger: Span) -> bool:
    """ "were apprehended", "killed", "had been detained": the trigger itself is in the past."""
    doc = trigger.doc
    head = doc[trigger.end - 1]
    if head.tag_ in {"VBD", "VBN"}:
        return True
    before = {t.lower_ for t in doc[max(0, trigger.start - 3) : trigger.start]}
    return head.lower_.endswith("ed") and bool(
        before & {"was", "were", "had", "has", "have", "been"} or not head.tag_
    )


def _in_relative_clause(sentence: Span, trigger: Span) -> bool:
    """ "a commander, who was wanted in the killing of two policemen": background about someone."""
    doc = sentence.doc
    view = token_view(doc)
    for i in range(trigger.start - 1, sentence.start - 1, -1):
        word = view.lower[i]
        if word in {"who", "whom", "whose"}:
            return (
                i > sentence.start
                and view.text[i - 1] == ","
                and not _ongoing(doc[i + 1 : trigger.end])
            )
        if view.text[i] in {",", ";", ":"} or word in {"said", "told", "and", "but"}:
            return False
    return False


#: the words that deny what follows them in their clause ("no one was hurt", "no clashes")
_NO_WORDS = frozenset({"no", "nobody", "none"})
#: tags of the words that open a phrase of its own after a denied one: "no one was injured
#: in the attack" denies the injuries, not the attack
_PHRASE_OPENING_TAGS = frozenset({"IN", "TO", "WDT", "WRB"})


def _ongoing(clause: Span) -> bool:
    """Whether a relative clause tells an action still going on: "…, who has been sitting on
    hunger strike for 24 days, …", "protesters, who have been staging protests since May, …".

    A progressive perfect ("has been", "have been", "had been" and an -ing form) tells what
    lasted up to the main event, so it is not background history: the hunger strike was on
    the day the striker was detained.
    """
    return any(
        token.lower_ == "been" and following.tag_ == "VBG"
        for token, following in itertools.pairwise(clause)
    )


def _no_before(before: Span, trigger: Span) -> bool:
    """Whether a "no" before the trigger denies it, not another word of the sentence.

    "No one was arrested", "there were no clashes": the arrest and the clashes did not happen.
    "No one was injured in the attack", "no casualty was reported in the blast": the injuries
    are denied, the attack and the blast happened. A preposition between the "no" and the
    trigger opens the phrase the trigger stands in, outside the denial.
    """
    doc = trigger.doc
    for token in reversed(before):
        if token.lower_ in _NO_WORDS:
            return not _phrase_after_verb(doc[token.i + 1 : trigger.start])
    return False


def _phrase_after_verb(gap: Span) -> bool:
    """Whether a preposition or clause word follows a verb in the gap: "was injured *in*"
    closes the denied clause, "no one *in* the convoy was hurt" does not."""
    seen_verb = False
    for token in gap:
        if seen_verb and token.tag_ in _PHRASE_OPENING_TAGS:
            return True
        seen_verb = seen_verb or token.tag_.startswith(("VB", "MD"))
    return False


#: How every form of "deny" and "refute" begins: a cheap test before the lemma is read.
_DENIAL_STEMS = ("den", "refut")


#: tags of the words that may stand between a cancelling verb and the event noun it takes
#: as object ("called off their planned strike", "postponed Monday's rally")
_OBJECT_TAGS = frozenset({"DT", "PRP$", "JJ", "VBN", "NN", "NNP", "POS", "CD", "RP"})


def _called_off(sentence: Span, trigger: Span, cues: Cues) -> bool:
    """Whether the trigger is the object of a verb that cancels it ("called off a strike
    planned for Monday", "postponed the rally"): the event did not take place."""
    if not cues.call_off.words and not cues.call_off.phrases:
        return False
    lower = token_view(sentence.doc).lower
    start = max(sentence.start, trigger.start - 5)
    for i in range(trigger.start - 1, start - 1, -1):
        two = f"{lower[i - 1]} {lower[i]}" if i > sentence.start else ""
        if lower[i] in cues.call_off.words or two in cues.call_off.phrases:
            return True
        if sentence.doc[i].tag_ not in _OBJECT_TAGS:
            return False
    return False


def _denied(sentence: Span, trigger: Span, cues: Cues) -> bool:
    doc = sentence.doc
    positions = _denial_stem_positions(token_view(doc))
    first = bisect.bisect_left(positions, sentence.start)
    last = bisect.bisect_left(positions, trigger.start)
    return any(verb_lemma(doc[i]) in {"deny", "refute"} for i in positions[first:last])


#: the document view whose denial-stem positions were last listed, and those positions
_denial_stems_seen: tuple[TokenView, list[int]] | None = None


def _denial_stem_positions(view: TokenView) -> list[int]:
    """The positions, in order, of the words that begin like "deny" or "refute": listed once
    per document, as every trigger asks about the words before it."""
    global _denial_stems_seen
    seen = _denial_stems_seen  # read once: another thread may replace it meanwhile
    if seen is not None and seen[0] is view:
        return seen[1]
    positions = [i for i, word in enumerate(view.lower) if word.startswith(_DENIAL_STEMS)]
    _denial_stems_seen = (view, positions)
    return positions


def _past_perfect(sentence: Span) -> bool:
    view = token_view(sentence.doc)
    words = view.lower[sentence.start : sentence.end]
    return (
        "previously" in words
        or "formerly" in words
        or "in charge of" in view.span_lower(sentence.start, sentence.end)
    )


def _reported_clause(sentence: Span, trigger: Span, cues: Cues) -> bool:
    """The trigger sits in a clause that a speech verb introduces ("X reported that …")."""
    view = token_view(sentence.doc)
    for i in range(sentence.start, trigger.start):
        if is_verb_form(view.text[i], view.lemma[i], cues.speech_verbs) and i + 1 < sentence.end:
            return True
    return False


def speech_subject(
    sentence: Span, trigger: Span, cues: Cues, owner: dict[int, object]
) -> tuple[object | None, Span | None]:
    """Who a sentence says is speaking: "Mujahid also reported that …", "…, he continued", "according to X"."""
    doc = sentence.doc
    view = token_view(doc)
    text = view.span_lower(sentence.start, sentence.end)
    at = text.find("according to ")
    if at >= 0:
        start_char = sentence.start_char + at + len("according to ")
        span = doc.char_span(
            start_char, min(sentence.end_char, start_char + 60), alignment_mode="expand"
        )
        if span is not None:
            end = span.start
            while end < sentence.end and view.text[end] not in {",", ".", ";"}:
                end += 1
            who = doc[span.start : end]
            return _owner_in(who, owner), who
    for i in range(sentence.start, sentence.end):
        # read from the word lists: a spaCy token is built only for a speech verb
        if not is_verb_form(view.text[i], view.lemma[i], cues.speech_verbs):
            continue
        token = doc[i]
        j = token.i - 1
        while j >= sentence.start and view.lower[j] in {
            "also",
            "further",
            "later",
            "has",
            "had",
            "have",
        }:
            j -= 1
        if j >= sentence.start and j in owner:
            start = j
            while start - 1 >= sentence.start and owner.get(start - 1) is owner[j]:
                start -= 1
            return owner[j], doc[start : j + 1]
        k = token.i + 1
        if k < sentence.end and k in owner:
            return owner[k], doc[k : k + 1]
        # an unnamed source: "police said", "officials said", "a provincial spokesman said"
        start = j
        while (
            start - 1 >= sentence.start
            and doc[start - 1].is_alpha
            and j - start < 3
            and doc[start - 1].lower_ not in {"and", "that", "but"}
        ):
            start -= 1
        if (
            j >= sentence.start
            and doc[j].is_alpha
            and doc[j].lower_ not in {"it", "they", "that", "which", "who"}
        ):
            return None, doc[start : j + 1]
    return None, None


def _owner_in(span: Span, owner: dict[int, object]) -> object | None:
    for token in span:
        if token.i in owner:
            return owner[token.i]
    return None
