"""Reading the small reviewed word lists the name checks use (one YAML file, named lists).

Each list is read lower-cased into a ``frozenset``. A file that cannot be read, or a
list that is not a list of strings (YAML reads an unquoted ``no`` or ``yes`` as a
boolean), is a ``KnowledgeError`` naming the file and the key to fix, so a typo in a
reviewed list stops the run with a message rather than silently dropping a rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from sitrep.errors import KnowledgeError


def read_yaml_mapping(
    path: Path, what: str, *, error: type[KnowledgeError] = KnowledgeError
) -> dict[str, Any]:
    """The YAML file as a mapping; ``what`` names its contents in the error message."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise error(f"cannot read the {what}: {err}", source=str(path)) from None
    if not isinstance(data, dict):
        raise error(f"the {what} file must map list names to lists of words", source=str(path))
    return data


Model = TypeVar("Model", bound=BaseModel)


def read_yaml_model(
    path: Path, model: type[Model], what: str, *, error: type[KnowledgeError] = KnowledgeError
) -> Model:
    """The YAML file validated as ``model``; a broken file is a ``KnowledgeError`` naming the
    file, what is wrong and the keys the file must have."""
    data = read_yaml_mapping(path, what, error=error)
    try:
        return model.model_validate(data)
    except ValidationError as err:
        keys = ", ".join(model.model_fields)
        raise error(
            f"the {what} are invalid: {err}; fix the file (keys: {keys})", source=str(path)
        ) from None


def word_lists_in(
    data: dict[str, Any],
    keys: Sequence[str],
    path: Path,
    *,
    optional: bool = False,
    error: type[KnowledgeError] = KnowledgeError,
) -> dict[str, frozenset[str]]:
    """The lists ``keys`` of a file already read, lower-cased; ``optional`` lets a key be
    absent. ``path`` names the file in the error."""
    lists: dict[str, frozenset[str]] = {}
    for key in keys:
        words = data.get(key, [] if optional else None)
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise error(
                f"'{key}' must be a list of quoted words (YAML reads no/yes as booleans)",
                source=str(path),
            )
        lists[key] = frozenset(w.strip().lower() for w in words)
    return lists


def read_word_lists(
    path: Path,
    keys: Sequence[str],
    what: str,
    *,
    optional: bool = False,
    error: type[KnowledgeError] = KnowledgeError,
) -> dict[str, frozenset[str]]:
    """The lists ``keys`` of the file, lower-cased; ``optional`` lets a key be absent, and
    ``error`` is the (``KnowledgeError``) class a module raises for its own file."""
    data = read_yaml_mapping(path, what, error=error)
    return word_lists_in(data, keys, path, optional=optional, error=error)
