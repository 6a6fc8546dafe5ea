"""Events within a distance of theatre features: true distances in metres, with a spatial index.

Events and features are projected to UTM zone 37N (:data:`spatial.metric.METRIC_CRS`), where
the theatre's scale error stays below 0.1 %; Shapely's STRtree finds each event's nearest
feature within the distance, so a million events take about a second.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely import STRtree

from filters.events import from_day
from spatial.metric import metric_xy, to_metric

#: Per layer, which of its features are the ones to measure from (the M4's line, not its corridor ends).
TARGET_KINDS = {"m4_highway": ("highway",)}


class TargetError(ValueError):
    """A ``--near`` target names no layer or no feature of it."""


@dataclass(frozen=True)
class Target:
    """Features to measure from: ``names[i]`` is the name of ``geometries[i]`` (lon/lat)."""

    layer: str
    names: tuple[str, ...]
    geometries: tuple
    accuracy_m: tuple = ()
    """How far off each feature's drawn position may be (m), where the data says."""

    @property
    def worst_accuracy_m(self) -> float | None:
        known = [a for a in self.accuracy_m if a is not None and a == a]
        return max(known) if known else None

    @property
    def label(self) -> str:
        return self.layer if len(self.names) != 1 else f"{self.layer}:{self.names[0]}"


def resolve_target(theatre: dict, spec: str) -> Target:
    """``LAYER_ID`` or ``LAYER_ID:FEATURE NAME`` -> the placed features to measure from.

    Raises
    ------
    TargetError
        When the layer or the feature does not exist, naming what does.
    """
    layer, _, name = spec.partition(":")
    layer, name = layer.strip(), name.strip()
    gdf = theatre.get(layer)
    if not isinstance(gdf, gpd.GeoDataFrame):
        known = ", ".join(sorted(k for k, v in theatre.items() if isinstance(v, gpd.GeoDataFrame)))
        raise TargetError(f"no layer {layer!r}; layers: {known}")
    if "placed" in gdf.columns:
        gdf = gdf[gdf["placed"].fillna(True).astype(bool)]
    if layer in TARGET_KINDS and "kind" in gdf.columns:
        gdf = gdf[gdf["kind"].isin(TARGET_KINDS[layer])]
    gdf = gdf[gdf.geometry.notna() & ~gdf.geometry.is_empty]
    names = gdf["name"].astype(str) if "name" in gdf.columns else pd.Series([layer] * len(gdf), index=gdf.index)
    if name:
        chosen = names.str.casefold() == name.casefold()
        if not chosen.any():
            raise TargetError(f"layer {layer!r} has no placed feature named {name!r}; it has: "
                              f"{', '.join(sorted(set(names)))}")
        gdf, names = gdf[chosen], names[chosen]
    if gdf.empty:
        raise TargetError(f"layer {layer!r} has no placed features to measure from")
    accuracy = tuple(float(a) for a in gdf["accuracy_m"]) if "accuracy_m" in gdf.columns else ()
    return Target(layer=layer, names=tuple(names), geometries=tuple(gdf.geometry), accuracy_m=accuracy)


def event_points_m(events: pd.DataFrame) -> np.ndarray:
    """The events as Shapely points in metres (UTM 37N)."""
    x, y = metric_xy(events["longitude"].to_numpy(dtype=float), events["latitude"].to_numpy(dtype=float))
    return shapely.points(x, y)


def _maybe_near(events: pd.DataFrame, target: Target, km: float) -> np.ndarray:
    """Events inside the targets' bounding boxes grown by ``km`` plus a margin: a superset of those
    within ``km`` (a degree of latitude is at least 110.5 km; of longitude, 111.3 km × cos(latitude))."""
    lon, lat = events["longitude"].to_numpy(dtype=float), events["latitude"].to_numpy(dtype=float)
    keep = np.zeros(len(events), dtype=bool)
    for geom in target.geometries:
        west, south, east, north = geom.bounds
        dlat = km * 1.05 / 110.5 + 0.01
        top = min(89.0, max(abs(south), abs(north)) + dlat)
        dlon = km * 1.05 / (111.3 * np.cos(np.radians(top))) + 0.01
        keep |= (lat >= south - dlat) & (lat <= north + dlat) & (lon >= west - dlon) & (lon <= east + dlon)
    return keep


def nearest_positions(events: pd.DataFrame, target: Target, km: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Row positions of the events within ``km`` of any target feature, with the index of
    their nearest feature and the distance (m). The bound is inclusive; on a feature is 0 m."""
    if km < 0:
        raise ValueError("the distance must not be negative")
    box = np.flatnonzero(_maybe_near(events, target, km))  # a cheap, generous box first: project only those
    points = event_points_m(events.iloc[box])
    shapes = [to_metric(g) for g in target.geometries]
    tree = STRtree(shapes)
    # STRtree wants a positive search distance; the inclusive bound is applied below (0 km: exactly on)
    (ev, ft), dist = tree.query_nearest(points, max_distance=max(km * 1000.0, 1e-6), return_distance=True,
                                        all_matches=False)
    keep = dist <= km * 1000.0
    return box[ev[keep]], ft[keep], dist[keep]


def within_mask(events: pd.DataFrame, target: Target, km: float) -> np.ndarray:
    """Boolean mask of the rows of ``events`` within ``km`` of any target feature."""
    mask = np.zeros(len(events), dtype=bool)
    mask[nearest_positions(events, target, km)[0]] = True
    return mask


def nearest_within(events: pd.DataFrame, target: Target, km: float) -> pd.DataFrame:
    """For each event within ``km`` of any target feature: its nearest feature and the distance.

    Returns a frame indexed like ``events`` (only the events within), with ``feature`` (name)
    and ``distance_m``. An event exactly on a feature is at 0 m. The bound is inclusive.
    """
    pos, ft, dist = nearest_positions(events, target, km)
    return pd.DataFrame({"feature": np.asarray(target.names, dtype=object)[ft], "distance_m": dist},
                        index=events.index[pos])


def summary(events: pd.DataFrame, near: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Counts of the events within: per feature, per event type, per week (Monday)."""
    rows = events.loc[near.index]
    days = rows["day"].to_numpy().astype("int64")
    monday = days - (days + 3) % 7  # 1970-01-01 was a Thursday
    weeks, counts = np.unique(monday, return_counts=True)
    return {
        "feature": near["feature"].value_counts().rename_axis("feature").reset_index(name="events"),
        "type": rows["event_type"].astype(str).value_counts().rename_axis("event_type").reset_index(name="events"),
        "week": pd.DataFrame({"week": [from_day(w) for w in weeks], "events": counts.astype("int64")}),
    }
