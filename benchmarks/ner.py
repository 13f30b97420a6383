"""Score NER on CoNLL-2003 valid and UNER English EWT dev, from running text.

The gold tokens are joined back into ordinary text (single spaces, none before
closing punctuation or after opening brackets/quotes; sentences on their own
lines, one text per document), so the pipeline sees text as a user would give it,
tokenizer included. Spans are matched exactly on character offsets and type, for
PER/ORG/LOC (MISC is left out): PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC, a report
place mention counts as LOC; NORP and MISC predictions are ignored.

By default the full pipeline runs (`sitrep.extract`, scoring entity and place
mentions, pronoun mentions left out); `--model-only` scores `doc.ents` of a bare
spaCy pipeline.

    python benchmarks/ner.py [--model-only] [--model PATH] [--limit N] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "ner"
DEFAULT_MODEL = REPO_ROOT / "src" / "sitrep" / "models" / "en_sitrep"
TYPES = ("PER", "ORG", "LOC")
PRED_TO_GOLD = {
    "PERSON": "PER",
    "PER": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
}

_NO_SPACE_BEFORE = {
    ".",
    ",",
    ")",
    "]",
    "}",
    ":",
    ";",
    "!",
    "?",
    "%",
    "'s",
    "'S",
    "n't",
    "N'T",
    "'",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
    "''",
    "...",
}
_NO_SPACE_AFTER = {"(", "[", "{", "``", "$", "#"}

Spans = set[tuple[int, int, str]]

# Coreference links pronouns to entities in a report; NER gold never marks them.
_PRONOUNS = frozenset(
    [
        "he",
        "him",
        "his",
        "himself",
        "she",
        "her",
        "hers",
        "herself",
        "it",
        "its",
        "itself",
        "they",
        "them",
        "their",
        "theirs",
        "themselves",
        "we",
        "us",
        "our",
        "ours",
        "i",
        "me",
        "my",
        "you",
        "your",
    ]
)


@dataclass
class GoldDoc:
    """A document's text and its gold (start, end, type) character spans."""

    text: str
    spans: Spans
    tokens: int


def detokenize(sentences: list[list[tuple[str, str]]]) -> GoldDoc:
    """Join (token, IOB tag) sentences into text, tracking each gold span's offsets."""
    parts: list[str] = []
    length = 0
    spans: Spans = set()
    n_tokens = 0
    for s_index, sentence in enumerate(sentences):
        if s_index:
            parts.append("\n")
            length += 1
        open_quote = False
        glue_next = True
        current: tuple[int, str] | None = None
        last_end = length
        for token, tag in sentence:
            n_tokens += 1
            is_quote = token == '"'
            closing = token in _NO_SPACE_BEFORE or (is_quote and open_quote)
            if not glue_next and not closing:
                parts.append(" ")
                length += 1
            start = length
            parts.append(token)
            length += len(token)
            glue_next = token in _NO_SPACE_AFTER or (is_quote and not open_quote)
            if is_quote:
                open_quote = not open_quote
            prefix, _, label = tag.partition("-")
            if current and not (prefix == "I" and label == current[1]):
                spans.add((current[0], last_end, current[1]))
                current = None
            if prefix in ("B", "I") and current is None:
                current = (start, label)
            last_end = length
        if current:
            spans.add((current[0], last_end, current[1]))
    return GoldDoc("".join(parts), {s for s in spans if s[2] in TYPES}, n_tokens)


def read_conll_docs(path: Path) -> list[GoldDoc]:
    """CoNLL-2003: one document per -DOCSTART- block (IOB1, last column)."""
    docs: list[list[list[tuple[str, str]]]] = []
    sentence: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if parts and parts[0] == "-DOCSTART-":
            docs.append([])
        elif parts:
            sentence.append((parts[0], parts[-1]))
        elif sentence:
            if not docs:
                docs.append([])
            docs[-1].append(sentence)
            sentence = []
    return [detokenize(d) for d in docs if d]


def read_uner_docs(path: Path) -> list[GoldDoc]:
    """UNER IOB2 (id, token, tag, ...): one document per `# newdoc` comment."""
    docs: list[list[list[tuple[str, str]]]] = [[]]
    sentence: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# newdoc"):
            if docs[-1]:
                docs.append([])
        elif line.startswith("#"):
            continue
        elif line.strip():
            cols = line.split("\t")
            sentence.append((cols[1], cols[2]))
        elif sentence:
            docs[-1].append(sentence)
            sentence = []
    return [detokenize(d) for d in docs if d]


def model_only_predictor(model: Path) -> Callable[[list[str]], list[Spans]]:
    """Predict with a bare spaCy pipeline (`doc.ents`)."""
    import spacy

    nlp = spacy.load(model)

    def predict(texts: list[str]) -> list[Spans]:
        return [
            {
                (e.start_char, e.end_char, PRED_TO_GOLD[e.label_])
                for e in doc.ents
                if e.label_ in PRED_TO_GOLD
            }
            for doc in nlp.pipe(texts, batch_size=64)
        ]

    return predict


def _is_pronoun(text: str) -> bool:
    """A pronoun read as a name ("We" opening a line); not "US", the country in capitals."""
    return text.lower() in _PRONOUNS and not (text.isupper() and len(text) > 1)


def sitrep_predictor() -> Callable[[list[str]], list[Spans]]:
    """Predict with the whole sitrep pipeline (`sitrep.extract`)."""
    import sitrep

    extract: Callable[[str], Any] | None = getattr(sitrep, "extract", None)
    if extract is None:
        raise SystemExit("sitrep.extract is not available yet; run with --model-only.")

    extract("Warm-up: the model loads before the clock starts.")

    def predict(texts: list[str]) -> list[Spans]:
        results: list[Spans] = []
        for text in texts:
            report = extract(text)
            spans: Spans = set()
            names: set[tuple[int, int]] = set()
            for entity in report.entities:
                for m in entity.mentions:
                    if m.kind != "name" or _is_pronoun(m.text):
                        continue
                    names.add((m.start, m.end))
                    # the type the text gives this mention, not the entity's ("Israeli
                    # government" is an ORG mention of the state Israel)
                    gold_type = PRED_TO_GOLD.get(m.label or entity.type)
                    if gold_type:
                        spans.add((m.start, m.end, gold_type))
            for place in report.places:
                for m in place.mentions:
                    nested = any(
                        s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in names
                    )  # "Peshawar" inside "Peshawar Police Department": the NER span is the ORG
                    if m.kind == "name" and not nested:
                        spans.add((m.start, m.end, "LOC"))
            results.append(spans)
        return results

    return predict


def ner_speed(texts: list[str], model: Path | None) -> float:
    """Tokens per second of the NER alone (tokenizer and the components ``ner`` listens to),
    with the model warm; the figures above time the whole sitrep pipeline."""
    import spacy

    if model is None:
        from sitrep.pipeline import get_pipeline

        nlp = get_pipeline()
    else:
        nlp = spacy.load(model)
    wanted = {"tok2vec", "ner"} & set(nlp.pipe_names)
    with nlp.select_pipes(enable=sorted(wanted)):
        list(nlp.pipe(texts[:5]))
        started = time.perf_counter()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
        seconds = time.perf_counter() - started
    return tokens / seconds


def score(gold: Iterable[Spans], predicted: Iterable[Spans]) -> dict[str, dict[str, float]]:
    """Per-type and micro precision, recall and F1 with exact span matching."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, predicted, strict=True):
        for span in p & g:
            tp[span[2]] += 1
        for span in p - g:
            fp[span[2]] += 1
        for span in g - p:
            fn[span[2]] += 1
    table: dict[str, dict[str, float]] = {}
    for name in (*TYPES, "micro"):
        keys = TYPES if name == "micro" else (name,)
        t = sum(tp[k] for k in keys)
        f_p = sum(fp[k] for k in keys)
        f_n = sum(fn[k] for k in keys)
        precision = t / (t + f_p) if t + f_p else 0.0
        recall = t / (t + f_n) if t + f_n else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[name] = {"p": precision, "r": recall, "f1": f1, "support": t + f_n}
    return table


def run(
    name: str, docs: list[GoldDoc], predict: Callable[[list[str]], list[Spans]]
) -> dict[str, Any]:
    """Score one dataset and time the prediction."""
    started = time.perf_counter()
    predicted = predict([d.text for d in docs])
    seconds = time.perf_counter() - started
    tokens = sum(d.tokens for d in docs)
    table = score([d.spans for d in docs], predicted)
    print(f"\n{name}: {len(docs)} documents, {tokens} tokens, {tokens / seconds:,.0f} tokens/s")
    print(f"{'type':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    for key, row in table.items():
        print(f"{key:6} {row['p']:6.3f} {row['r']:6.3f} {row['f1']:6.3f} {int(row['support']):6d}")
    return {
        "documents": len(docs),
        "tokens": tokens,
        "tokens_per_s": tokens / seconds,
        "scores": table,
    }


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Parse arguments, score both datasets, print (and optionally save) the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared 'ner' folder")
    parser.add_argument("--model-only", action="store_true", help="score a bare spaCy model")
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL, help="with --model-only")
    parser.add_argument("--limit", type=int, default=None, help="first N documents per dataset")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)
    conll_path = args.data / "conll2003" / "valid.txt"
    uner_path = args.data / "uner_en_ewt" / "en_ewt-ud-dev.iob2"
    for path in (conll_path, uner_path):
        if not path.is_file():
            parser.error(f"{path} does not exist; pass --data pointing to the shared 'ner' folder.")
    predict = model_only_predictor(args.model) if args.model_only else sitrep_predictor()
    results = {
        "mode": "model-only" if args.model_only else "sitrep.extract",
        "model": str(args.model) if args.model_only else "sitrep default",
        "conll2003_valid": run(
            "CoNLL-2003 valid", read_conll_docs(conll_path)[: args.limit], predict
        ),
        "uner_ewt_dev": run("UNER EWT dev", read_uner_docs(uner_path)[: args.limit], predict),
    }
    conll_texts = [d.text for d in read_conll_docs(conll_path)[: args.limit]]
    results["ner_tokens_per_s"] = ner_speed(conll_texts, args.model if args.model_only else None)
    print(
        f"\nNER (the model's tokenizer, tok2vec and ner, one core) on the CoNLL text: "
        f"{results['ner_tokens_per_s']:,.0f} tokens/s"
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
