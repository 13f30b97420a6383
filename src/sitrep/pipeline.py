"""The pipeline: a spaCy ``Language`` built from configuration, and ``extract``.

The statistical model (tokenizer, tagger, NER) comes first; sitrep's own
components follow, each a registered factory declaring what it reads and
writes. Nothing loads at import time: the pipeline is built on first use,
once per process, and shared.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.annotate.extensions import document_text
from sitrep.config import PipelineConfig
from sitrep.errors import ConfigError, SitrepError
from sitrep.ingest.dates import parse_published
from sitrep.ingest.document import SourceDocument
from sitrep.model import Report, ReportError

#: sitrep's own components, in the order they run after the model.
COMPONENTS = (
    "sitrep_mentions",
    "sitrep_times",
    "sitrep_numbers",
    "sitrep_quotes",
    "sitrep_entities",
    "sitrep_roles",
    "sitrep_places",
    "sitrep_events",
)


def _register_components() -> None:
    """Import the modules whose decorators register sitrep's factories with spaCy."""
    import sitrep.annotate.mentions
    import sitrep.annotate.numbers
    import sitrep.annotate.quotes
    import sitrep.annotate.sentences
    import sitrep.annotate.times
    import sitrep.events.events
    import sitrep.resolve.entities
    import sitrep.resolve.places
    import sitrep.resolve.roles  # noqa: F401


def build_pipeline(config: PipelineConfig | None = None) -> Language:
    """A fresh pipeline from configuration (use ``get_pipeline`` to share one)."""
    import spacy

    from sitrep.annotate.extensions import ensure_extensions

    config = config or PipelineConfig()
    _register_components()
    ensure_extensions()
    try:
        nlp = spacy.load(config.model, exclude=config.exclude_from_model)
    except OSError as err:
        raise ConfigError(
            f"cannot load the spaCy pipeline {config.model!r} ({err}); give the path or package "
            "name of a spaCy pipeline, or reinstall sitrep to restore its packaged model",
            source="model",
        ) from None
    if "ner" not in nlp.pipe_names:
        raise ConfigError(f"the pipeline {config.model!r} has no 'ner' component", source="model")
    add_abbreviations(nlp)
    nlp.add_pipe("sitrep_sentences", first=True)
    per_component: dict[str, dict[str, object]] = {
        "sitrep_mentions": {
            "actor_paths": config.actor_paths,
            "gazetteer_path": config.gazetteer_path,
        },
        "sitrep_entities": {
            "actor_paths": config.actor_paths,
            "gazetteer_path": config.gazetteer_path,
        },
        "sitrep_places": {"gazetteer_path": config.gazetteer_path},
    }
    for name in COMPONENTS:
        if name in config.disable:
            continue
        nlp.add_pipe(name, config=per_component.get(name, {}))
    nlp.meta[TRUECASE_META] = {"mode": config.truecase, "table": config.truecase_table}
    return nlp


#: Where a built pipeline keeps its truecasing setting (``make_doc`` reads it).
TRUECASE_META = "sitrep_truecase"


#: Ranks and titles written with a full stop stay one token ("Lt. Gen."), as in the
#: model's training data, so that neither names nor sentences are cut at the stop.
ABBREVIATIONS = (
    "Lt.",
    "Maj.",
    "Brig.",
    "Col.",
    "Capt.",
    "Cpt.",
    "Sgt.",
    "Cpl.",
    "Gen.",
    "Adm.",
    "Cmdr.",
    "Gov.",
    "Sen.",
    "Rep.",
    "Amb.",
    "Insp.",
    "Supt.",
    "Pvt.",
    "Lt.-Gen.",
    "Maj.-Gen.",
    "Brig.-Gen.",
)


def add_abbreviations(nlp: Language) -> None:
    """Teach the tokenizer the abbreviations news uses before names."""
    from spacy.symbols import ORTH

    for abbreviation in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])  # type: ignore[union-attr]


@lru_cache(maxsize=2)
def _shared_pipeline(config_json: str) -> Language:
    return build_pipeline(PipelineConfig.model_validate_json(config_json))


def get_pipeline(config: PipelineConfig | None = None) -> Language:
    """The process's pipeline for this configuration, built once."""
    return _shared_pipeline((config or PipelineConfig()).model_dump_json())


def make_doc(nlp: Language, document: SourceDocument) -> Doc:
    """A tokenised doc carrying the document's publication date for the time stage.

    Caseless text is truecased first (see ``sitrep.annotate.truecase``): the model
    and sitrep's components read the cased text, which has the same length, so
    every offset they find holds in the user's text too (``keep_original_text``).
    """
    doc = nlp.make_doc(model_text(nlp, document.text))
    doc._.published = document.published
    doc._.source_country = document.country
    return doc


#: Spaces that are not U+0020 (no-break, figure, narrow no-break, thin): the tokenizer keeps
#: them as tokens the model reads as names ("staged\xa0protests"), so the model reads a
#: plain space in their place; one character for one, so every offset stays the same.
_ODD_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " "})


def model_text(nlp: Language, text: str) -> str:
    """The text the model reads: odd spaces made plain, and truecased where it has no case
    (unless configured off). Same length as ``text``: offsets hold in the user's text."""
    text = text.translate(_ODD_SPACES)
    setting = nlp.meta.get(TRUECASE_META) or {}
    if setting.get("mode", "auto") == "off":
        return text
    from sitrep.annotate.truecase import load_casing_table, truecase

    return truecase(text, load_casing_table(setting.get("table")))


def keep_original_text(report: Report, original: str) -> Report:
    """The report with the user's own text in every span that has offsets (mentions, evidence,
    arguments, times, quotes), where the pipeline read a copy of it with plain spaces or
    restored case (``model_text``)."""
    from pydantic import BaseModel

    from sitrep.model import Argument, Quote, Span, TimeExpr

    def visit(node: object) -> None:
        if isinstance(node, list):
            for item in node:
                visit(item)
        elif isinstance(node, BaseModel):
            if isinstance(node, Span | Argument | TimeExpr | Quote):
                node.text = original[node.start : node.end]
            for name in type(node).model_fields:
                visit(getattr(node, name))

    visit(report)
    return report


def extract(
    text: str,
    published: str | None = None,
    *,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    id: str | None = None,
    country: str | None = None,
    nlp: Language | None = None,
    include_text: bool = False,
) -> Report:
    """The report of one article: entities, places, times, events and quotes.

    ``published`` (``YYYY-MM-DD``) anchors relative dates ("yesterday",
    "last week"); without it, a dateline in the text is used if there is one.
    """
    document = SourceDocument(
        text=text,
        id=id or "",
        title=title,
        url=url,
        source=source,
        published=parse_published(published, source="published"),
        country=country.upper() if country else None,
    )
    return next(extract_documents([document], nlp=nlp, include_text=include_text))


def extract_documents(
    documents: Iterable[SourceDocument],
    *,
    nlp: Language | None = None,
    batch_size: int = 16,
    include_text: bool = False,
) -> Iterator[Report]:
    """Reports for many documents, in input order; a failing document gets an error report."""
    from sitrep.report import build_report

    nlp = nlp or get_pipeline()
    batch: list[SourceDocument] = []
    for document in documents:
        batch.append(document)
        if len(batch) >= batch_size:
            yield from _run_batch(nlp, batch, include_text, build_report)
            batch = []
    if batch:
        yield from _run_batch(nlp, batch, include_text, build_report)


def _run_batch(
    nlp: Language, batch: list[SourceDocument], include_text: bool, build: object
) -> Iterator[Report]:
    try:
        docs = list(nlp.pipe(make_doc(nlp, d) for d in batch))
    except Exception:  # one bad document must not take the batch down: isolate it
        for document in batch:
            yield _run_one(nlp, document, include_text, build)
        return
    for doc, document in zip(docs, batch, strict=True):
        yield _build(build, doc, document, include_text)


def _build(build: object, doc: Doc, document: SourceDocument, include_text: bool) -> Report:
    report: Report = build(doc, document, include_text=include_text)  # type: ignore[operator]
    if document_text(doc) != document.text:
        keep_original_text(report, document.text)
    return report


def _run_one(nlp: Language, document: SourceDocument, include_text: bool, build: object) -> Report:
    try:
        doc = nlp(make_doc(nlp, document))
        return _build(build, doc, document, include_text)
    except SitrepError as err:
        return error_report(document, err.code, err.message)
    except Exception as err:
        return error_report(
            document,
            "E900",
            f"internal error while processing ({type(err).__name__}: {err}); please report it "
            "with this document",
        )


def reports_for_inputs(
    items: Iterable[SourceDocument | SitrepError],
    *,
    nlp: Language | None = None,
    include_text: bool = False,
    batch_size: int = 16,
) -> Iterator[Report]:
    """One report per input, in input order: unreadable inputs get an error report."""
    pending: list[SourceDocument] = []
    for item in items:
        if isinstance(item, SourceDocument):
            pending.append(item)
            if len(pending) < batch_size:
                continue
        if pending:
            yield from extract_documents(pending, nlp=nlp, include_text=include_text)
            pending = []
        if isinstance(item, SitrepError):
            origin = item.source or "input"
            yield error_report(
                SourceDocument(text="", id=origin, origin=origin), item.code, item.message
            )
    if pending:
        yield from extract_documents(pending, nlp=nlp, include_text=include_text)


def error_report(document: SourceDocument, code: str, message: str) -> Report:
    """The report of a document that could not be processed."""
    from sitrep.model import Document

    return Report(
        document=Document(
            id=document.id,
            title=document.title,
            url=document.url,
            source=document.source,
            published=document.published,
        ),
        error=ReportError(code=code, message=message),
    )
