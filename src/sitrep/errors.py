"""Errors a user can act on: each has a code, names the input, and says what to do.

Modelled on spaCy's ``errors.py``: a code a user can search for and a sentence
that tells them what went wrong and how to fix it. The CLI prints
``error[CODE] INPUT: message`` on one line and never a traceback.
"""

from __future__ import annotations


class SitrepError(Exception):
    """Base class of all errors sitrep reports to users."""

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def one_line(self) -> str:
        """The error as the single line the CLI prints."""
        where = f"{self.source}: " if self.source else ""
        return f"error[{self.code}] {where}{self.message}"


class InputError(SitrepError):
    """An input document cannot be read as text."""

    code = "E100"


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class EncodingError(InputError):
    code = "E103"


class InputTooLarge(InputError):
    code = "E104"


class MalformedInput(InputError):
    code = "E105"


class MissingInput(InputError):
    code = "E106"


class DateError(SitrepError):
    """A date given by the user (e.g. ``--published``) cannot be understood."""

    code = "E200"


class ConfigError(SitrepError):
    """The pipeline configuration names something that cannot be loaded."""

    code = "E300"


class KnowledgeError(SitrepError):
    """A knowledge file (actors, ontology, lexicons) is invalid."""

    code = "E400"


class StoreError(SitrepError):
    """The event database cannot be opened or written."""

    code = "E500"
