"""Where a wire story's dateline ends: the place it was filed from is no party to its events.

"COTABATO CITY, Philippines - An unidentified man threw a grenade …": the country in the
dateline stands right before the first sentence's subject, and a reader that looks back for
the nearest actor would take it for the doer. The actor readers skip the dateline's tokens.
"""

from __future__ import annotations

from spacy.tokens import Doc

#: the dash that ends a wire story's dateline ("COTABATO CITY, Philippines - An unidentified …")
DATELINE_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
#: how many tokens a dateline (place, country or state, agency) may hold before its dash
DATELINE_MAX_TOKENS = 10


def dateline_end(doc: Doc) -> int:
    """The index after the dash of the dateline a wire story opens with ("COTABATO CITY,
    Philippines - An unidentified man threw …", "PESHAWAR, Pakistan (Reuters) - …"), or 0.

    The dateline tells where the story was filed; the country in it is no subject of the
    first sentence's verb, however near it stands. A dateline opens the text with a place in
    capitals and holds only capitalised words, numbers and punctuation before its dash.
    """
    if not len(doc) or not doc[0].text.isupper() or len(doc[0].text) < 2:
        return 0
    for i in range(1, min(len(doc), DATELINE_MAX_TOKENS + 1)):
        text = doc[i].text
        if text in DATELINE_DASHES:
            return i + 1
        if not (text[:1].isupper() or text[:1].isdigit() or text in {",", ".", "(", ")"}):
            return 0  # a line break or a lower-case word: a sentence, not a dateline
    return 0
