"""GeoNames feature codes mapped to sitrep's place kinds and ACLED's geo-precision."""

from __future__ import annotations

from typing import Literal

PlaceFeature = Literal[
    "neighbourhood", "city", "district", "admin2", "admin1", "country", "region", "facility"
]

_ADMIN_CODES: dict[str, PlaceFeature] = {
    "ADM1": "admin1",
    "ADM1H": "admin1",
    "ADM2": "admin2",
    "ADM2H": "admin2",
    "ADM3": "district",
    "ADM3H": "district",
    "ADM4": "district",
    "ADM5": "district",
    "ADMD": "district",
    "PRSH": "district",
    "TERR": "region",
    "ZN": "region",
}

_PRECISION: dict[str, int] = {
    "neighbourhood": 1,
    "city": 1,
    "facility": 1,
    "district": 2,
    "admin2": 2,
    "admin1": 3,
    "country": 3,
    "region": 3,
}


def feature_of(feature_class: str, feature_code: str) -> PlaceFeature:
    """Map a GeoNames feature class and code (e.g. ``P``/``PPLX``) to a sitrep place kind."""
    if feature_code.startswith("PCL"):
        return "country"
    if feature_code in _ADMIN_CODES:
        return _ADMIN_CODES[feature_code]
    if feature_class == "P":
        return "neighbourhood" if feature_code == "PPLX" else "city"
    if feature_class == "S":
        return "facility"
    return "region"


def acled_geo_precision(feature: str | None) -> int:
    """ACLED geo-precision code for a place kind: 1 town, 2 district, 3 province or wider.

    An unknown kind (``None`` or unrecognised) gets 3, the least precise code.
    """
    return _PRECISION.get(feature or "", 3)


FEATURE_RANK: dict[str, int] = {
    "country": 7,
    "admin1": 6,
    "region": 5,
    "admin2": 4,
    "district": 3,
    "city": 2,
    "neighbourhood": 1,
    "facility": 0,
}
"""Size order of place kinds, largest first: used to pick the smallest enclosing place."""
