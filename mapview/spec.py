"""MapSpec: everything that defines one view of the briefing map.

The sidebar, a URL, a briefing scene and a snapshot request all produce a
MapSpec; :func:`mapview.compose.build_map` turns one into a folium map.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from analysis.near import Near
from filters.events import EventFilter
from layers.registry import DEFAULT_LAYERS

Bounds = tuple[tuple[float, float], tuple[float, float]]  # ((south, west), (north, east))

#: The theatre: Hmeimim and the coast in the west to Aleppo in the east, Morek to the border.
THEATRE_BOUNDS: Bounds = ((35.22, 35.72), (36.38, 37.18))
#: Scenes and links must stay near the theatre.
THEATRE_LIMITS: Bounds = ((34.0, 34.5), (37.5, 38.5))


@dataclass(frozen=True)
class View:
    """Either ``bounds`` (fit them) or ``center`` + ``zoom``."""

    center: tuple[float, float] | None = None  # (lat, lon)
    zoom: float | None = None
    bounds: Bounds | None = None

    def __post_init__(self):
        if self.bounds is None and (self.center is None or self.zoom is None):
            raise ValueError("a view needs bounds, or a center and a zoom")

    @property
    def approx_center(self) -> tuple[float, float]:
        if self.center is not None:
            return self.center
        (s, w), (n, e) = self.bounds
        return ((s + n) / 2, (w + e) / 2)


THEATRE_VIEW = View(bounds=THEATRE_BOUNDS)
#: The map's title before the time span of the data it shows.
THEATRE_NAME = "North-west Syria: Idlib"


def title_for(first: dt.date, last: dt.date) -> str:
    """The map's title for data spanning ``first`` to ``last``:
    'North-west Syria: Idlib, September–October 2020', '…, March 2017 – October 2020'."""
    if (first.year, first.month) == (last.year, last.month):
        span = f"{first:%B %Y}"
    elif first.year == last.year:
        span = f"{first:%B}–{last:%B %Y}"
    elif (first.month, last.month) == (1, 12):
        span = f"{first.year}–{last.year}"
    else:
        span = f"{first:%B %Y} – {last:%B %Y}"
    return f"{THEATRE_NAME}, {span}"


@dataclass(frozen=True)
class MapSpec:
    """One view of the map: where, which layers, which events, which basemap."""

    view: View = THEATRE_VIEW
    layers: frozenset[str] = DEFAULT_LAYERS
    filter: EventFilter = field(default_factory=EventFilter)
    basemap: str = "none"
    highlight: frozenset[str] = frozenset()
    annotations: tuple = ()
    title: str = "North-west Syria: Idlib, September–October 2020"
    subtitle: str = ""
    near: Near | None = None
    """Only events within a distance of a feature, place or point (:mod:`analysis.near`)."""
    since: dt.date | None = None
    """The date of the last brief: compare the window since then with the one before it."""
    density_by: str = "events"
    """What the density hexagons count: ``events`` or ``fatalities``."""

    def with_(self, **changes) -> "MapSpec":
        return replace(self, **changes)

    def as_of(self, fallback: dt.date) -> dt.date:
        """Status date of time-dependent layers: the end of the window."""
        return self.filter.end or fallback
