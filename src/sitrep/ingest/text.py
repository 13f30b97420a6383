"""Reading article files from disk safely: size, binary content and encoding checks."""

from __future__ import annotations

from pathlib import Path

from sitrep.errors import BinaryInput, EmptyInput, EncodingError, InputTooLarge, MissingInput

#: One news article is a few kilobytes; 20 MB is far beyond any article and
#: protects the pipeline from a log file or a database dump given by mistake.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def read_bytes(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, after the checks every input needs."""
    name = str(path)
    if not path.exists():
        raise MissingInput("no such file; check the path", source=name)
    if path.is_dir():
        raise MissingInput("is a folder; give the files inside it", source=name)
    size = path.stat().st_size
    if size > max_bytes:
        raise InputTooLarge(
            f"file is {size / 1e6:.1f} MB, more than the {max_bytes / 1e6:.0f} MB limit for one "
            "article; split it into articles (one JSON object per line with --input-format "
            "jsonl) or raise the limit with --max-bytes",
            source=name,
        )
    return path.read_bytes()


def decode_text(data: bytes, *, source: str, encoding: str | None = None) -> str:
    """Decode article bytes to text, refusing binary data and undeclared encodings.

    We do not guess encodings: a wrong guess silently corrupts names, which
    then fail to match the knowledge base. The user is told how to say which
    encoding the file uses instead.
    """
    if not data.strip():
        raise EmptyInput("file is empty; nothing to extract", source=source)
    if looks_binary(data):
        raise BinaryInput(
            "file looks binary (not text); give a text, HTML or JSONL article", source=source
        )
    if encoding:
        try:
            text = data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as err:
            raise EncodingError(f"cannot decode as {encoding}: {err}", source=source) from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise EncodingError(
                f"not valid UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start}); "
                "re-save the file as UTF-8 or name its encoding, e.g. --encoding latin-1",
                source=source,
            ) from None
    if not text.strip():
        raise EmptyInput("file has no text; nothing to extract", source=source)
    return text


def looks_binary(data: bytes, *, sample: int = 8192) -> bool:
    """True for data with NUL bytes or mostly control characters (images, archives, PDFs)."""
    head = data[:sample]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05
