"""The contract every layer builder follows.

A layer is registered once in :mod:`layers.registry` as a :class:`LayerSpec`.
Its ``build`` function is pure: it takes the loaded data and a
:class:`LayerContext` and returns folium elements, with no Streamlit and no I/O.
Its ``legend`` function says what it draws, so the legend, the export layout
and the README stay in step with the map.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import folium

#: What a builder receives: loaded GeoDataFrames by data key, plus "events".
LayerData = Mapping[str, object]


@dataclass(frozen=True)
class LayerContext:
    """Everything besides data that changes what a layer draws."""

    as_of: dt.date | None
    """Status date: features with valid_from/valid_to are drawn as they stood on this day. ``None``
    in the app, where the date window changes in the browser: such features are built once per
    status (:class:`layers.timed.Timed`) and the browser shows the status on the window's last day."""
    highlight: frozenset[str] = frozenset()
    """Feature names to draw highlighted (a briefing scene's focus)."""
    details_in_map: bool = False
    """Embed full event records for in-map popups (standalone export: no Python to ask)."""
    window: tuple[dt.date, dt.date] | None = None
    """The event date window (playback steps inside it)."""
    events_url: str | None = None
    """Where the browser fetches the event pack of every event (the app); ``None``: the events
    given to the layer are embedded in the page (exports)."""
    interactive: bool = False
    """The map can be hovered and clicked (the app, a standalone page), so a legend may point to
    what hovering shows; still images cannot."""


@dataclass(frozen=True)
class LegendItem:
    """One row of the legend.

    ``symbol`` is one of: line, dashed-line, fill, hatched-fill, point, square,
    diamond, triangle, star, ring, icon.
    """

    label: str
    symbol: str
    color: str
    fill: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class LayerSpec:
    """A map layer: its id (used in URLs and briefings), title and functions."""

    id: str
    title: str
    group: str
    data_keys: tuple[str, ...]
    build: Callable[[LayerData, LayerContext], Sequence[folium.map.Layer | folium.Element]]
    legend: Callable[[LayerData, LayerContext], Sequence[LegendItem]]
    description: str
    attribution: str = ""
    """Short credit line for export layouts (sources and licences)."""
    default_on: bool = True
    pane: str = "overlayPane"
    tags: frozenset[str] = field(default_factory=frozenset)
