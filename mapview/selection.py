"""Which events a MapSpec shows, with its Near filter, and what the map is told about the analysis.

One place for every output (the app, PNG/PDF/HTML exports, ``python -m snapshots``), so a
view and its export always select the same events.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import numpy as np
import pandas as pd

from analysis import near as near_mod
from analysis.change import Windows
from analysis.proximity import Target
from filters.events import EventFilter, EventSelection, RecordReader, event_mask, to_day
from layers.registry import BY_ID
from loaders.gazetteer import build_gazetteer
from mapview.spec import MapSpec


def places_of(theatre: Mapping) -> dict[str, tuple[float, float]]:
    """The gazetteer a Near's ``place:`` target is looked up in."""
    return build_gazetteer(theatre) if "towns" in theatre else {}


def near_target(spec: MapSpec, theatre: Mapping, places: Mapping | None = None) -> Target | None:
    """The features the spec's Near measures from, or None without a Near.

    Raises
    ------
    analysis.near.NearError
        When its target does not exist.
    """
    if spec.near is None:
        return None
    return near_mod.resolve(spec.near, theatre, places if places is not None else places_of(theatre))


def near_mask(events: pd.DataFrame, spec: MapSpec, theatre: Mapping,
              places: Mapping | None = None) -> np.ndarray | None:
    """Rows of the whole event table within the spec's Near, or None without a Near."""
    target = near_target(spec, theatre, places)
    return None if target is None else near_mod.mask(events, target, spec.near.km)


def shown(events: pd.DataFrame, spec: MapSpec, theatre: Mapping, records: RecordReader | None = None, *,
          mask: np.ndarray | None = None, flt: EventFilter | None = None) -> EventSelection:
    """The events the spec shows: its filter (or ``flt``), then its Near (``mask``: its
    precomputed :func:`near_mask`)."""
    rows = np.flatnonzero(event_mask(events, flt or spec.filter))
    if spec.near is not None:
        mask = near_mask(events, spec, theatre) if mask is None else mask
        rows = rows[mask[rows]]
    return EventSelection(events, rows, records)


def since_windows(spec: MapSpec, data_last_day: dt.date) -> Windows | None:
    """The window since the last brief (to the end of the spec's window) and the one before it,
    or None without a last-brief date or when the window ends before it."""
    if spec.since is None:
        return None
    end = spec.filter.end or data_last_day
    return Windows(spec.since, end) if end >= spec.since else None


def map_events(events: pd.DataFrame, spec: MapSpec, theatre: Mapping, data_last_day: dt.date,
               records: RecordReader | None = None, *, mask: np.ndarray | None = None) -> EventSelection:
    """What an export embeds in its map: the shown events and, when the change map is on, the
    window before the last brief too (the map's own filter still shows only the window)."""
    windows = since_windows(spec, data_last_day) if "change" in spec.layers else None
    if windows is None:
        return shown(events, spec, theatre, records, mask=mask)
    first = min(windows.before[0], spec.filter.start or windows.before[0])
    return shown(events, spec, theatre, records, mask=mask, flt=spec.filter.between(first, windows.end))


def near_text(spec: MapSpec, theatre: Mapping, places: Mapping | None = None) -> str | None:
    """'Within 6 km of M4 highway' for captions and exports; None without a Near."""
    if spec.near is None:
        return None
    return _label(spec, near_target(spec, theatre, places))


def _label(spec: MapSpec, target) -> str:
    titles = {target.layer: BY_ID[target.layer].title} if target.layer in BY_ID else {}
    return near_mod.describe(spec.near, target, titles)


def analysis_state(spec: MapSpec, theatre: Mapping, places: Mapping | None = None) -> dict:
    """What the map is told about the analysis: the Near's area and label (no mask: the app adds
    its mask file; an export embeds only the events within), the date of the last brief, and
    what the density hexagons count."""
    near = None
    if spec.near is not None:
        target = near_target(spec, theatre, places)
        near = {"label": _label(spec, target), "buffer": near_mod.buffer_geojson(target, spec.near.km)}
    return {
        "near": near,
        "since": to_day(spec.since) if spec.since is not None else None,
        "densityBy": spec.density_by,
    }


NEAR_LAYERS = near_mod.NEAR_LAYERS


def near_choices(theatre: Mapping, places: Mapping | None = None) -> dict[str, str]:
    """Near targets -> labels: each theatre layer, each placed Turkish post, then gazetteer places."""
    out: dict[str, str] = {}
    for layer in NEAR_LAYERS:
        gdf = theatre.get(layer)
        if gdf is None or not len(gdf):
            continue
        out[layer] = BY_ID[layer].title + (" (all)" if layer == "turkish_posts" else "")
        if layer == "turkish_posts":
            for name, placed in zip(gdf["name"], gdf["placed"]):
                if placed:
                    out[f"{layer}:{name}"] = f"Turkish post: {name}"
    for name in sorted(places if places is not None else places_of(theatre)):
        out.setdefault(f"{near_mod.PLACE_PREFIX}{name}", f"Place: {name}")
    return out
