"""Places the reviewer adds to the packaged index for South Asian local news.

The packaged sources (GeoNames cities500) know towns, but news from Dhaka,
Karachi or a Bangladeshi district names quarters, police thanas and
sub-districts. Three reviewed files fill that in, each with its own loader:
``city_quarters.yaml`` (`quarters`), ``seat_names.yaml`` (`seat_names`:
"Chandpur Sadar" is Chandpur district's headquarters upazila) and
``subdistricts.yaml`` (`subdistricts`: Bangladesh's upazilas by district).
"""

from __future__ import annotations

import sqlite3

from sitrep.resolve.gazetteer.aliases import apply_aliases
from sitrep.resolve.gazetteer.quarters import load_quarters
from sitrep.resolve.gazetteer.seat_names import apply_seat_names, load_seat_rules
from sitrep.resolve.gazetteer.subdistricts import apply_subdistricts, load_subdistricts

#: id ranges of the added places (GeoNames ids are positive; other derived areas
#: use -1M to -3M), so the lists never overwrite each other's places
_QUARTERS_ID_BASE = -4_000_000
_SUBDISTRICTS_ID_BASE = -5_000_000


def apply_reviewed_places(db: sqlite3.Connection, *, kind: int) -> list[str]:
    """Add quarters, headquarters names and sub-districts; returns what was not placed.

    Runs after the admin areas and the alias file are in, since the additions
    hang off districts and admin1 areas by name.
    """
    missing = apply_aliases(db, load_quarters(), kind=kind, id_base=_QUARTERS_ID_BASE)
    apply_seat_names(db, load_seat_rules(), kind=kind)
    missing += apply_subdistricts(db, load_subdistricts(), kind=kind, id_base=_SUBDISTRICTS_ID_BASE)
    return missing
