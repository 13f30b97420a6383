"""Train sitrep's English pipeline (tok2vec, tagger, parser, NER) reproducibly.

`train_ner` converts the corpora under `data_dir` (CoNLL-2003 `train.txt`, GUM's
train split; the dev corpus used to pick the best checkpoint is GUM's dev split plus
a held-out tail of CoNLL train, so CoNLL `valid.txt` and UNER stay untouched for
measuring), trains with spaCy's loop under a wall-clock budget, adds an attribute
ruler that fills `token.pos_` from the tags, and writes a loadable pipeline.
"""

from __future__ import annotations

import contextlib
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training.initialize import init_nlp
from spacy.training.loop import train as spacy_train
from spacy.util import load_config, registry

from sitrep.training.augment import register_case_augmenter
from sitrep.training.conll import conll_to_docs, read_conll2003
from sitrep.training.conllu import gum_split_paths, gum_to_docs
from sitrep.training.labels import SITREP_LABELS, LabelMapper
from sitrep.training.pos_mapping import add_pos_ruler, derive_pos_patterns

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_CONFIG_PATH = REPO_ROOT / "training" / "ner" / "config.cfg"
PIPELINE_NAME = "sitrep"
_STOP_CALLBACK = "sitrep.stop_after_minutes.v1"
#: GUM genres closest to web and forum text (UNER EWT: reviews, e-mail, forums, blogs);
#: the round-2 recipe (config_web.cfg) trains on their documents twice per epoch.
WEB_LIKE_GUM_GENRES = ("reddit", "conversation", "vlog", "interview", "letter", "whow")


class TrainingTimeUp(Exception):
    """Raised inside spaCy's training loop when the wall-clock budget is spent."""


def _register_stop_callback() -> None:
    """Register (once) the `before_update` callback that ends training on time."""
    if _STOP_CALLBACK in registry.callbacks:
        return

    @registry.callbacks(_STOP_CALLBACK)
    def make_stop_after(max_minutes: float) -> Callable[[Language, dict[str, Any]], None]:
        deadline = time.monotonic() + max_minutes * 60

        def stop_after(nlp: Language, args: dict[str, Any]) -> None:
            if time.monotonic() > deadline:
                raise TrainingTimeUp(f"stopped after {max_minutes} minutes at step {args['step']}")

        return stop_after


def build_corpora(
    data_dir: Path,
    corpus_dir: Path,
    *,
    conll_dev_documents: int = 40,
    mapper: LabelMapper | None = None,
    repeated_gum_genres: tuple[str, ...] = (),
) -> tuple[Path, Path, list[Doc]]:
    """Write train/dev DocBins; return their paths and the GUM train docs.

    The last `conll_dev_documents` articles of CoNLL train join GUM dev as the
    checkpoint-selection set; they are not trained on. GUM train files of the
    `repeated_gum_genres` (file names `GUM_<genre>_...`) are written twice, which
    tilts the news-heavy mix towards informal web text.
    """
    conll_path = data_dir / "conll2003" / "train.txt"
    gum_dir = data_dir / "gum"
    if not conll_path.is_file() or not (gum_dir / "splits.md").is_file():
        raise FileNotFoundError(
            f"{data_dir} must hold conll2003/train.txt and gum/splits.md with gum/dep/*.conllu; "
            "pass the 'ner' folder of the shared data."
        )
    mapper = mapper or LabelMapper()
    vocab = spacy.blank("en").vocab
    conll_docs = read_conll2003(conll_path)
    conll_train, conll_dev = conll_docs[:-conll_dev_documents], conll_docs[-conll_dev_documents:]
    gum_train_paths = gum_split_paths(gum_dir, "train")
    gum_train = list(gum_to_docs(gum_train_paths, vocab, mapper))
    repeated = [p for p in gum_train_paths if _gum_genre(p) in repeated_gum_genres]
    gum_repeats = list(gum_to_docs(repeated, vocab, mapper))
    gum_dev = list(gum_to_docs(gum_split_paths(gum_dir, "dev"), vocab, mapper))
    corpus_dir.mkdir(parents=True, exist_ok=True)
    train_path, dev_path = corpus_dir / "train.spacy", corpus_dir / "dev.spacy"
    train_docs = [*conll_to_docs(conll_train, vocab, mapper), *gum_train, *gum_repeats]
    DocBin(docs=train_docs).to_disk(train_path)
    DocBin(docs=[*conll_to_docs(conll_dev, vocab, mapper), *gum_dev]).to_disk(dev_path)
    return train_path, dev_path, gum_train


def _gum_genre(path: Path) -> str:
    """The genre in a GUM file name ("GUM_reddit_bobby" -> "reddit")."""
    parts = path.stem.split("_")
    return parts[1] if len(parts) > 2 else ""


def train_ner(
    data_dir: Path,
    output_dir: Path,
    *,
    max_minutes: float | None = None,
    config_path: Path = DEFAULT_CONFIG_PATH,
    overrides: dict[str, Any] | None = None,
    conll_dev_documents: int = 40,
    repeated_gum_genres: tuple[str, ...] = (),
) -> Path:
    """Train the pipeline and return the directory of the final, loadable model.

    data_dir: the shared `ner` folder (conll2003/, gum/). output_dir receives
    `corpus/`, `checkpoints/` and the final pipeline `en_sitrep/`. max_minutes caps
    the training loop's wall-clock time (None: the config's own stopping rules).
    `overrides` are dotted spaCy config overrides, e.g. {"training.max_steps": 20}.
    conll_dev_documents: CoNLL train articles held out for checkpoint selection.
    repeated_gum_genres: GUM genres whose train documents are seen twice per epoch
    (e.g. `WEB_LIKE_GUM_GENRES`; the default repeats none).
    """
    if not config_path.is_file():
        raise FileNotFoundError(
            f"The training config {config_path} does not exist; pass config_path= "
            "pointing to training/ner/config.cfg of the sitrep repository."
        )
    output_dir.mkdir(parents=True, exist_ok=True)
    train_path, dev_path, gum_train = build_corpora(
        data_dir,
        output_dir / "corpus",
        conll_dev_documents=conll_dev_documents,
        repeated_gum_genres=repeated_gum_genres,
    )
    settings: dict[str, Any] = {"paths.train": str(train_path), "paths.dev": str(dev_path)}
    if max_minutes is not None:
        _register_stop_callback()
        settings["training.before_update"] = {
            "@callbacks": _STOP_CALLBACK,
            "max_minutes": max_minutes,
        }
    settings.update(overrides or {})
    return train_from_corpora(
        config_path, settings, output_dir, pos_patterns=derive_pos_patterns(gum_train)
    )


def train_from_corpora(
    config_path: Path,
    settings: dict[str, Any],
    output_dir: Path,
    *,
    pos_patterns: list[dict[str, Any]],
) -> Path:
    """Run spaCy's training loop on prepared DocBins and assemble the final model."""
    register_case_augmenter()
    config = load_config(config_path, overrides=settings, interpolate=False)
    nlp = init_nlp(config)
    checkpoints = output_dir / "checkpoints"
    checkpoints.mkdir(parents=True, exist_ok=True)
    # On TrainingTimeUp spaCy has saved model-last (and model-best at each evaluation).
    with contextlib.suppress(TrainingTimeUp):
        spacy_train(nlp, checkpoints)
    best = checkpoints / "model-best"
    trained = spacy.load(best if best.is_dir() else checkpoints / "model-last")
    add_pos_ruler(trained, pos_patterns)
    trained.meta.update(
        {
            "name": PIPELINE_NAME,
            "version": "0.1.0",
            "description": "sitrep English pipeline: PTB tagger, UD parser, NER "
            f"({', '.join(SITREP_LABELS)}); CNN, no static vectors.",
            "license": "research use only (CoNLL-2003 data); GUM annotations CC BY 4.0",
        }
    )
    final_dir = output_dir / f"en_{PIPELINE_NAME}"
    if final_dir.exists():
        shutil.rmtree(final_dir)
    trained.to_disk(final_dir)
    _clear_training_only_settings(final_dir / "config.cfg")
    return final_dir


def _clear_training_only_settings(config_file: Path) -> None:
    """Drop corpus paths, the time-limit callback and sitrep's case augmenter.

    Loading the model then needs none of them (nor an import of sitrep.training).
    """
    config = load_config(config_file, interpolate=False)
    config["paths"]["train"] = None
    config["paths"]["dev"] = None
    config["training"]["before_update"] = None
    config["corpora"]["train"]["augmenter"] = None
    config.to_disk(config_file)
