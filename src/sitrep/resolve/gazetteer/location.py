"""Where the packaged gazetteer index lives, and building it on first use.

The index is built from installed PyPI packages rather than shipped: it weighs
about 60 MB (over the 20 MB a wheel should carry) and building takes well under
a minute. It goes to ``$SITREP_GAZETTEER`` if set, else to the user cache
directory (``platformdirs.user_cache_dir("sitrep")``).
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
import threading
import time
from pathlib import Path

from sitrep.resolve.gazetteer.index import SCHEMA_VERSION

ENV_VAR = "SITREP_GAZETTEER"
BUILD_VERSION = "5"
"""Bumped when the packaged builder changes what it writes, so caches rebuild."""
_build_lock = threading.Lock()


def default_index_path() -> Path:
    """``$SITREP_GAZETTEER``, or ``<user cache dir>/gazetteer-v<N>-<aliases hash>.sqlite``.

    The file name carries a hash of the builder version and the reviewed data
    files, so changing them makes the next run build a fresh index instead of
    using a stale one.
    """
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override).expanduser()
    import platformdirs

    cache = Path(platformdirs.user_cache_dir("sitrep"))
    return cache / f"gazetteer-v{SCHEMA_VERSION}-{_reviewed_data_digest()}.sqlite"


@functools.cache
def _reviewed_data_digest() -> str:
    """A hash of the builder version and the reviewed data files, read once per process:
    the packaged files do not change while it runs, and ``Gazetteer.open()`` asks for the
    index path on every lookup a name check makes."""
    from sitrep.resolve.gazetteer.admin_areas import default_admin_areas_path
    from sitrep.resolve.gazetteer.aliases import default_aliases_path
    from sitrep.resolve.gazetteer.points import default_points_path
    from sitrep.resolve.gazetteer.quarters import default_quarters_path
    from sitrep.resolve.gazetteer.seat_names import default_seat_names_path
    from sitrep.resolve.gazetteer.subdistricts import default_subdistricts_path
    from sitrep.resolve.gazetteer.words import default_place_words_path

    return hashlib.sha1(
        BUILD_VERSION.encode()
        + default_aliases_path().read_bytes()
        + default_points_path().read_bytes()
        + default_place_words_path().read_bytes()
        + default_admin_areas_path().read_bytes()
        + default_quarters_path().read_bytes()
        + default_seat_names_path().read_bytes()
        + default_subdistricts_path().read_bytes()
    ).hexdigest()[:8]


def ensure_packaged_index(path: Path | None = None) -> Path:
    """Return the packaged index path, building it first if it is missing."""
    path = path or default_index_path()
    if path.is_file():
        return path
    with _build_lock:
        if path.is_file():
            return path
        from sitrep.resolve.gazetteer.packaged import build_packaged

        print(
            f"sitrep: building the gazetteer index at {path} (once, about a minute)...",
            file=sys.stderr,
            flush=True,
        )
        started = time.perf_counter()
        build_packaged(path)
        print(
            f"sitrep: gazetteer index ready ({time.perf_counter() - started:.0f} s).",
            file=sys.stderr,
            flush=True,
        )
    return path
