"""The time stage: every time expression, normalised against the reference date.

The grammar lives in ``sitrep.annotate.timex``; this component only feeds it
the document's sentences and reference date, and chooses that reference: the
publication date when known, else the article's dateline.
"""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.annotate.extensions import document_text, ensure_extensions


class TimeTagger:
    def __call__(self, doc: Doc) -> Doc:
        from sitrep.annotate.timex import find_dateline, tag_times

        reference: dt.date | None = None
        if doc._.published:
            reference = dt.date.fromisoformat(str(doc._.published)[:10])
        else:
            reference = find_dateline(doc[: min(len(doc), 80)].text)
        doc._.reference_date = reference
        sentences = [(s.start_char, s.end_char) for s in doc.sents]
        doc._.times = tag_times(document_text(doc), reference, sentences=sentences)
        return doc


@Language.factory(
    "sitrep_times",
    requires=["token.is_sent_start"],
    assigns=["doc._.times", "doc._.reference_date"],
)
def make_time_tagger(nlp: Language, name: str) -> TimeTagger:
    ensure_extensions()
    return TimeTagger()
