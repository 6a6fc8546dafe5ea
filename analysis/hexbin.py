"""Hexagon bins of equal true area: event density and its change between two windows.

The grid is drawn on the Lambert cylindrical equal-area projection with true scale at
35.8° N (:data:`LAT_TS`), the middle of the theatre, on the authalic sphere. Every hexagon
therefore covers the same ground area wherever it falls, so counts per hexagon compare
across the map; within the theatre (35.2–36.4° N) shapes stretch by less than 1 %.

The same arithmetic runs in the browser (``static/js/hex-layer.js``), so the map bins the
events it has filtered without asking the server; a browser test checks both agree.
Cells are pointy-top hexagons of circumradius ``size_m`` in axial coordinates ``(q, r)``.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import shapely

#: Authalic mean radius of the Earth (m).
RADIUS_M = 6_371_007.2
#: Standard parallel and central meridian of the grid's projection.
LAT_TS, LON_0 = 35.8, 36.6
_K = math.cos(math.radians(LAT_TS))
#: Hexagon sizes (circumradius, m) the map chooses from by zoom.
SIZES_M = (500, 1000, 2000, 4000, 8000, 16000)
#: ColorBrewer YlOrRd, five classes: sequential and colour-blind safe (counts, fatalities).
SEQUENTIAL = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
#: ColorBrewer RdBu, six classes around a neutral middle: decrease (blue) to increase (red).
DIVERGING_DOWN = ("#2166ac", "#67a9cf", "#d1e5f0")  # strongest decrease first
DIVERGING_UP = ("#fddbc7", "#ef8a62", "#b2182b")    # weakest increase first
NEUTRAL = "#f7f7f7"
_SQRT3 = math.sqrt(3.0)


def project(lon, lat) -> tuple[np.ndarray, np.ndarray]:
    """lon/lat (degrees) to metres on the equal-area grid's plane."""
    lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
    x = RADIUS_M * _K * np.radians(lon - LON_0)
    y = RADIUS_M * np.sin(np.radians(lat)) / _K
    return x, y


def unproject(x, y) -> tuple[np.ndarray, np.ndarray]:
    """The inverse of :func:`project`."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    lon = LON_0 + np.degrees(x / (RADIUS_M * _K))
    lat = np.degrees(np.arcsin(np.clip(y * _K / RADIUS_M, -1.0, 1.0)))
    return lon, lat


def size_for_zoom(zoom: float) -> int:
    """The hexagon size for a map zoom: 8 km at zoom 8, halving with each zoom step
    (about 30 px across on screen), from 16 km down to 500 m."""
    z = int(math.floor(zoom))
    size = 8000 * 2.0 ** (8 - z)
    return int(min(SIZES_M[-1], max(SIZES_M[0], size)))


def cells(lon, lat, size_m: float) -> tuple[np.ndarray, np.ndarray]:
    """Axial ``(q, r)`` of the hexagon holding each point (cube rounding)."""
    x, y = project(lon, lat)
    qf = (_SQRT3 / 3.0 * x - y / 3.0) / size_m
    rf = (2.0 / 3.0 * y) / size_m
    sf = -qf - rf
    q, r, s = np.round(qf), np.round(rf), np.round(sf)
    dq, dr, ds = np.abs(q - qf), np.abs(r - rf), np.abs(s - sf)
    fix_q = (dq > dr) & (dq > ds)
    fix_r = ~fix_q & (dr > ds)
    q = np.where(fix_q, -r - s, q)
    r = np.where(fix_r, -q - s, r)
    return q.astype(np.int64), r.astype(np.int64)


def centre(q, r, size_m: float) -> tuple[np.ndarray, np.ndarray]:
    """Plane coordinates (m) of hexagon centres."""
    q, r = np.asarray(q, dtype=float), np.asarray(r, dtype=float)
    return size_m * _SQRT3 * (q + r / 2.0), size_m * 1.5 * r


def polygon(q: int, r: int, size_m: float) -> shapely.Polygon:
    """The hexagon ``(q, r)`` as a lon/lat polygon."""
    cx, cy = centre(q, r, size_m)
    angles = np.radians(np.arange(6) * 60.0 - 30.0)
    lon, lat = unproject(cx + size_m * np.cos(angles), cy + size_m * np.sin(angles))
    return shapely.Polygon(np.column_stack([lon, lat]))


def area_km2(size_m: float) -> float:
    """Ground area of one hexagon (km²)."""
    return 1.5 * _SQRT3 * size_m ** 2 / 1e6


def hexbin(events: pd.DataFrame, size_m: float) -> pd.DataFrame:
    """Events and reported fatalities per hexagon.

    Returns
    -------
    DataFrame
        ``q``, ``r``, ``events``, ``fatalities``: one row per hexagon holding at least one event,
        sorted by ``q`` then ``r``.
    """
    if events.empty:
        return pd.DataFrame({"q": [], "r": [], "events": [], "fatalities": []}, dtype="int64")
    q, r = cells(events["longitude"].to_numpy(), events["latitude"].to_numpy(), size_m)
    fat = events["fatalities"].to_numpy(dtype=np.int64) if "fatalities" in events.columns else np.zeros(len(q), int)
    table = pd.DataFrame({"q": q, "r": r, "events": 1, "fatalities": fat})
    return table.groupby(["q", "r"], as_index=False, sort=True).sum()


def change_bins(since: pd.DataFrame, before: pd.DataFrame, size_m: float) -> pd.DataFrame:
    """Per hexagon: events ``since`` and ``before``, and ``change`` = since − before.

    Hexagons with no event in either window are left out.
    """
    a = hexbin(since, size_m)[["q", "r", "events"]].rename(columns={"events": "since"})
    b = hexbin(before, size_m)[["q", "r", "events"]].rename(columns={"events": "before"})
    out = a.merge(b, on=["q", "r"], how="outer").fillna(0).astype("int64")
    out["change"] = out["since"] - out["before"]
    return out.sort_values(["q", "r"], ignore_index=True)


def nice_ceil(value: float) -> int:
    """The smallest of 1, 2, 5 × 10^k at least ``value`` (``value`` ≥ 1)."""
    if value <= 1:
        return 1
    p = 10 ** math.floor(math.log10(value) + 1e-9)
    for c in (1, 2, 5, 10):
        if value <= c * p * (1 + 1e-9):
            return int(c * p)
    return int(10 * p)


def class_breaks(max_value: int, k: int = 5) -> list[int]:
    """Upper bounds of up to ``k`` classes for values 1..``max_value``, on a rounded
    geometric progression (1, 2, 5, 10 …), the last bound being ``max_value`` itself.

    Small maxima get one class per value: ``class_breaks(3)`` is ``[1, 2, 3]``.
    The same rule runs in the browser's legend (``static/js/hex-layer.js``).
    """
    max_value = int(max_value)
    if max_value <= 0:
        return []
    if max_value <= k:
        return list(range(1, max_value + 1))
    bounds: list[int] = []
    for i in range(1, k):
        b = nice_ceil(max_value ** (i / k))
        if b < max_value and (not bounds or b > bounds[-1]):
            bounds.append(b)
    return bounds + [max_value]


def classify(values, breaks: list[int]) -> np.ndarray:
    """Class index (0-based) of each value ≥ 1 for upper bounds ``breaks``."""
    return np.searchsorted(np.asarray(breaks), np.asarray(values), side="left")
