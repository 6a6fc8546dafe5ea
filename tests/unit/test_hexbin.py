"""Hexagon bins of equal area: the grid, the counts, the classes and the change between windows."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import shapely
from pyproj import Geod

from analysis import hexbin

_GEOD = Geod(ellps="WGS84")


def _events(lon, lat, fat=None) -> pd.DataFrame:
    return pd.DataFrame({"longitude": lon, "latitude": lat, "fatalities": fat if fat is not None else [0] * len(lon)})


def test_the_projection_round_trips():
    lon, lat = np.array([35.7, 36.6, 37.2]), np.array([35.2, 35.8, 36.4])
    back = hexbin.unproject(*hexbin.project(lon, lat))
    assert np.allclose(back[0], lon, atol=1e-9) and np.allclose(back[1], lat, atol=1e-9)


@pytest.mark.parametrize("lat", [35.2, 35.8, 36.4])
def test_every_hexagon_covers_the_same_ground_area_within_half_a_percent(lat):
    """The point of an equal-area grid: counts compare across the map (geodesic area on WGS84)."""
    q, r = hexbin.cells([36.6], [lat], 4000)
    area_m2, _ = _GEOD.geometry_area_perimeter(hexbin.polygon(int(q[0]), int(r[0]), 4000))
    assert abs(area_m2) / 1e6 == pytest.approx(hexbin.area_km2(4000), rel=0.005)


def test_a_point_falls_in_the_hexagon_drawn_round_it():
    rng = np.random.default_rng(3)
    lon, lat = rng.uniform(35.7, 37.2, 300), rng.uniform(35.2, 36.4, 300)
    for size in (1000, 8000):
        q, r = hexbin.cells(lon, lat, size)
        for x, y, a, b in zip(lon, lat, q, r):
            assert hexbin.polygon(int(a), int(b), size).buffer(1e-6).contains(shapely.Point(x, y))


def test_counts_and_fatalities_per_hexagon_are_a_hand_count():
    # two events 100 m apart share a 2 km hexagon; one 30 km away is alone
    lon = [36.5, 36.5011, 36.83]
    lat = [35.9, 35.9, 35.9]
    bins = hexbin.hexbin(_events(lon, lat, [3, 4, 0]), 2000)
    assert sorted(bins["events"]) == [1, 2]
    assert bins.loc[bins["events"] == 2, "fatalities"].item() == 7
    assert hexbin.hexbin(_events([], []), 2000).empty


def test_the_change_between_windows_per_hexagon():
    since = _events([36.5, 36.5, 36.9], [35.9, 35.9, 35.9])
    before = _events([36.5, 36.2], [35.9, 35.9])
    table = hexbin.change_bins(since, before, 2000)
    assert sorted(zip(table["since"], table["before"], table["change"])) == [(0, 1, -1), (1, 0, 1), (2, 1, 1)]
    assert hexbin.change_bins(_events([], []), _events([], []), 2000).empty


def test_the_size_follows_the_zoom_and_stays_in_range():
    assert [hexbin.size_for_zoom(z) for z in (5, 7, 8, 9.75, 10, 11, 12, 15)] == [
        16000, 16000, 8000, 4000, 2000, 1000, 500, 500]


def test_class_breaks_are_rounded_steps_ending_at_the_largest_value():
    assert hexbin.class_breaks(0) == []
    assert hexbin.class_breaks(3) == [1, 2, 3]
    assert hexbin.class_breaks(5) == [1, 2, 3, 4, 5]
    assert hexbin.class_breaks(1000) == [5, 20, 100, 500, 1000]
    assert hexbin.class_breaks(7) == [2, 5, 7]
    assert hexbin.class_breaks(40, 3) == [5, 20, 40]
    for m in (6, 17, 99, 12345):
        b = hexbin.class_breaks(m)
        assert b == sorted(set(b)) and b[-1] == m and len(b) <= 5
    assert list(hexbin.classify([1, 5, 6, 1000], [5, 20, 100, 500, 1000])) == [0, 0, 1, 4]
    assert hexbin.nice_ceil(3.98) == 5 and hexbin.nice_ceil(1.0) == 1 and math.isclose(hexbin.nice_ceil(200), 200)


def test_the_palettes_are_the_colour_blind_safe_colorbrewer_ones():
    assert hexbin.SEQUENTIAL == ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")  # YlOrRd 5
    assert hexbin.DIVERGING_DOWN + (hexbin.NEUTRAL,) + hexbin.DIVERGING_UP == (  # RdBu 7, blue to red
        "#2166ac", "#67a9cf", "#d1e5f0", "#f7f7f7", "#fddbc7", "#ef8a62", "#b2182b")
