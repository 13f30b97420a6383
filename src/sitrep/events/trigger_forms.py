"""Which lexicon trigger a token's form is, and whether it reads as a noun or a verb.

News copy is hurried: "portest", "proteston Saturday", "staged a protested", and a
tagger errs on news names. These readings map such forms to the word meant, tell a
noun's place from a verb's by the words around it, and keep a month ("in March") from
reading as a protest march.
"""

from __future__ import annotations

from sitrep.annotate.lemmas import lemma_in
from sitrep.events.function_words import AIM_PREPOSITIONS, AUXILIARIES, DETERMINERS
from sitrep.events.lexicon import TriggerLexicon


def after_article(token: object) -> bool:
    """An indefinite article right before the word ("a protested"): a noun's place."""
    return token.i > 0 and token.nbor(-1).lower_ in {"a", "an"}  # type: ignore[attr-defined]


#: shortest trigger that a lost space may glue to the next word ("proteston" -> protest)
GLUED_HEAD_MIN = 5


def repaired_form(form: str, lexicon: TriggerLexicon) -> str:
    """The trigger form a mistyped word stands for: a listed misspelling ("portest"), or a
    trigger glued to a short word by a lost space ("proteston Saturday", "demonstrationin
    Patna", "protestdemonstration"). Any other word is returned as it is."""
    if form in lexicon.spelling_variants:
        return lexicon.spelling_variants[form]
    if noun_lemma(form, lexicon) is not None or lemma_in(form, lexicon.verbs) is not None:
        return form
    for cut in range(GLUED_HEAD_MIN, len(form)):
        head, tail = form[:cut], form[cut:]
        if tail not in lexicon.glued_tails:
            continue
        if noun_lemma(head, lexicon) is not None or lemma_in(head, lexicon.verbs) is not None:
            return head
    return form


def names_a_month(token: object, lexicon: TriggerLexicon) -> bool:
    """ "in March", "since March 17", "March 3": the month, told by the word before or the day
    after it; "the Queer Azadi March demanding equality" is a protest march."""
    if token.text not in lexicon.month_homographs:  # type: ignore[attr-defined]
        return False
    doc, i = token.doc, token.i  # type: ignore[attr-defined]
    if i + 1 < len(doc) and doc[i + 1].like_num:
        return True
    return i > 0 and doc[i - 1].lower_ in MONTH_PRECEDERS


#: words before a month's name ("in March", "since March", "last March", "mid-March")
MONTH_PRECEDERS = frozenset(
    {"in", "on", "since", "by", "until", "till", "from", "of", "last", "next", "early", "late"}
    | {"mid", "this", "during", "before", "after", "-", "end", "through", "to", "and"}
)


def noun_lemma(form: str, lexicon: TriggerLexicon) -> str | None:
    """The noun trigger this form is (singular or plural): "raids" -> raid; "raided" is a verb."""
    if form in lexicon.nouns:
        return form
    for cut in (1, 2):
        if form.endswith("s") and form[:-cut] in lexicon.nouns:
            return form[:-cut]
    if form.endswith("ies") and form[:-3] + "y" in lexicon.nouns:
        return form[:-3] + "y"  # "rallies", "sorties"
    return None


def reads_as_noun(token: object) -> bool:
    """A noun by its tag, or by the word before it when the tagger says otherwise or is absent."""
    tag = getattr(token, "tag_", "")
    if tag.startswith("NN"):
        return True
    prev = token.nbor(-1).lower_ if token.i > 0 else ""  # type: ignore[attr-defined]
    return prev not in AUXILIARIES or prev in {"the", "a", "an"}


def reads_as_verb(token: object) -> bool:
    """A verb by its tag, or by its form and the word before it (a tagger errs on news names)."""
    tag = getattr(token, "tag_", "")
    if token.i > 1 and token.nbor(-1).text == "-":  # type: ignore[attr-defined]
        return False  # "its long-threatened invasion", "Syrian-backed militia": an adjective
    if token.i > 0 and token.nbor(-1).lower_ in DETERMINERS:  # type: ignore[attr-defined]
        return False  # "the banned TTP": an adjective, whatever the tagger says
    if tag.startswith("VB") or (tag == "JJ" and token.lower_.endswith("ed")):  # type: ignore[attr-defined]
        return True
    if not token.text.islower():  # type: ignore[attr-defined]
        return False
    form = token.lower_  # type: ignore[attr-defined]
    if token.i > 0 and token.nbor(-1).lower_ in DETERMINERS:  # type: ignore[attr-defined]
        return False
    if _verb_between_nouns(token) or _verb_after_date(token):
        return True
    return form.endswith(("ed", "ing")) or (token.i > 0 and token.nbor(-1).lower_ in AUXILIARIES)  # type: ignore[attr-defined]


def _verb_between_nouns(token: object) -> bool:
    """A word tagged as a noun between a noun and a determiner is the verb of its clause:
    "an angry mob set a bus ablaze", "police raid the house" (the tagger reads "mob set" as
    a compound). A compound noun is not followed by a determiner, nor by the "at" of an aim
    ("a lawmaker shot at the boy", "police fire at protesters"), nor by a name."""
    doc = token.doc  # type: ignore[attr-defined]
    i = token.i  # type: ignore[attr-defined]
    if i == 0 or i + 1 >= len(doc) or token.tag_ not in {"NN", "NNS"}:  # type: ignore[attr-defined]
        return False
    before, after = doc[i - 1], doc[i + 1]
    return before.tag_ in {"NN", "NNS", "NNP", "NNPS"} and (
        after.lower_ in DETERMINERS
        or after.lower_ in AIM_PREPOSITIONS
        or _names_a_person_after(token, after)
    )


#: Words after a verb of harm that the tagger reads as a noun's: "shot dead a trader".
HARM_RESULTS = frozenset({"dead"})


def _verb_after_date(token: object) -> bool:
    """A word tagged as a noun right after a date is the verb of its clause: "gunmen on
    March 12 shot dead a trader", "Maoists on Monday set a bus ablaze" (security digests put
    the date between subject and verb; a date is never a compound's first word)."""
    doc = token.doc  # type: ignore[attr-defined]
    i = token.i  # type: ignore[attr-defined]
    if i == 0 or i + 1 >= len(doc) or token.tag_ not in {"NN", "NNS"}:  # type: ignore[attr-defined]
        return False
    after = doc[i + 1]
    if not (
        after.lower_ in DETERMINERS
        or after.lower_ in AIM_PREPOSITIONS
        or after.lower_ in HARM_RESULTS
        or _names_a_person_after(token, after)
    ):
        return False
    date_end = doc[i - 1].idx + len(doc[i - 1].text)
    return any(t.end == date_end and t.type in {"DATE", "TIME"} for t in doc._.times or [])


def _names_a_person_after(token: object, after: object) -> bool:
    """ "the outfit TPC shot Yadav, a contractor, dead": a lower-case word between a noun and
    a capitalised name is no part of the name, so it is the verb that takes the name."""
    return (
        token.text.islower()  # type: ignore[attr-defined]
        and after.tag_ in {"NNP", "NNPS"}  # type: ignore[attr-defined]
        and after.text[:1].isupper()  # type: ignore[attr-defined]
    )
