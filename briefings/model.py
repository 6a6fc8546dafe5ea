"""Briefings: ordered scenes that set the map's view, layers, time window, filters,
highlights and annotations, each with a narrative a presenter reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from analysis.near import Near
from filters.events import EventFilter, FilterOptions
from layers.registry import DEFAULT_LAYERS
from mapview.spec import MapSpec, View

LatLon = tuple[float, float]


@dataclass(frozen=True)
class Annotation:
    """Something drawn for one scene: analysis, not data.

    kind is one of ``arrow`` (an axis of advance along ``points``), ``range_ring``
    (a circle of ``radius_m`` around ``center``), ``measure`` (a line between two
    points labelled with its computed length), ``point`` (a labelled point) or
    ``area`` (a labelled polygon).
    """

    kind: str
    label: str
    points: tuple[LatLon, ...] = ()
    center: LatLon | None = None
    radius_m: float | None = None
    note: str = ""
    raw: dict = field(default_factory=dict, compare=False, hash=False)
    """The annotation as written in the file, so a saved scene can carry it over."""


@dataclass(frozen=True)
class Scene:
    title: str
    narrative: str
    view: View
    layers: frozenset[str] | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    event_types: tuple[str, ...] | None = None
    sub_event_types: tuple[str, ...] | None = None
    actors: tuple[str, ...] | None = None
    datasets: tuple[str, ...] | None = None
    basemap: str | None = None
    highlight: frozenset[str] = frozenset()
    annotations: tuple[Annotation, ...] = ()
    near: Near | None = None
    since: dt.date | None = None
    density_by: str = "events"

    def to_spec(self, options: FilterOptions) -> MapSpec:
        """The MapSpec this scene shows on a table with the given filter options."""
        start = self.start or options.first_day
        end = self.end or options.last_day
        start = min(max(start, options.first_day), options.last_day)
        end = min(max(end, options.first_day), options.last_day)
        return MapSpec(
            view=self.view,
            layers=self.layers if self.layers is not None else DEFAULT_LAYERS,
            filter=EventFilter(
                start=start,
                end=end,
                event_types=self.event_types,
                sub_event_types=self.sub_event_types,
                actors=self.actors,
                datasets=self.datasets,
            ),
            basemap=self.basemap or "none",
            highlight=self.highlight,
            annotations=self.annotations,
            near=self.near,
            since=self.since if self.since is not None and options.first_day < self.since <= options.last_day
            else None,
            density_by=self.density_by,
        )


@dataclass(frozen=True)
class Briefing:
    id: str
    title: str
    description: str
    path: Path
    scenes: tuple[Scene, ...]

    def scene(self, number: int) -> Scene:
        """Scene ``number``, counting from 1 as the presenter does."""
        return self.scenes[number - 1]
