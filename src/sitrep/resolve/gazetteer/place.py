"""The gazetteer's record of one place."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class GazPlace:
    """A place in the gazetteer, with the administrative chain it sits in.

    ``geonameid`` is the GeoNames id; places sitrep derived itself (admin areas
    of the packaged index, whose GeoNames ids the PyPI sources do not carry) get
    a negative id, which reports should show as ``null``. ``admin1``/``admin2``
    are names; ``admin1_id``/``admin2_id`` are the ids of those areas in the same
    index (``None`` when unknown) and let the geocoder test containment.
    """

    geonameid: int
    name: str
    lat: float
    lon: float
    country: str
    admin1: str | None
    admin2: str | None
    feature: str
    population: int
    feature_code: str
    admin1_id: int | None = None
    admin2_id: int | None = None

    @property
    def public_geonameid(self) -> int | None:
        """The GeoNames id to publish, or ``None`` for a place sitrep derived itself."""
        return self.geonameid if self.geonameid > 0 else None

    def contains(self, other: GazPlace) -> bool:
        """True when ``other`` lies inside this place by the administrative chain."""
        if other.geonameid == self.geonameid or other.country != self.country:
            return False
        if self.feature == "country":
            return True
        if self.feature == "admin1":
            return other.admin1_id == self.geonameid or (
                other.admin1 is not None and other.admin1 == self.name
            )
        if self.feature in ("admin2", "district"):
            return other.admin2_id == self.geonameid or (
                other.admin2 is not None and other.admin2 == self.name
            )
        return False
