"""Metric operations on WGS84 geometries.

Every distance, buffer and ring in the project is computed in a metric CRS,
never in degrees. The theatre (35.5–37.5 E) lies in or beside UTM zone 37N,
where the scale error stays below 0.1 %.
"""

from __future__ import annotations

from functools import lru_cache

import shapely
from pyproj import Geod, Transformer
from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import substring

#: The metric CRS used for buffers, corridors and rings.
METRIC_CRS = "EPSG:32637"
GEOGRAPHIC_CRS = "EPSG:4326"

_GEOD = Geod(ellps="WGS84")


@lru_cache(maxsize=None)
def _transformer(src: str, dst: str) -> Transformer:
    return Transformer.from_crs(src, dst, always_xy=True)


def _project(geom: BaseGeometry, src: str, dst: str) -> BaseGeometry:
    forward = _transformer(src, dst).transform
    return shapely.transform(geom, lambda x, y: forward(x, y), interleaved=False)


def to_metric(geom: BaseGeometry) -> BaseGeometry:
    """Project a lon/lat geometry to :data:`METRIC_CRS` (metres)."""
    return _project(geom, GEOGRAPHIC_CRS, METRIC_CRS)


def metric_xy(lon, lat):
    """Arrays of lon/lat to arrays of x/y in :data:`METRIC_CRS` (metres), vectorised."""
    return _transformer(GEOGRAPHIC_CRS, METRIC_CRS).transform(lon, lat)


def to_geographic(geom: BaseGeometry) -> BaseGeometry:
    """Project a :data:`METRIC_CRS` geometry back to lon/lat."""
    return _project(geom, METRIC_CRS, GEOGRAPHIC_CRS)


def round_coords(geom: BaseGeometry, ndigits: int = 6) -> BaseGeometry:
    """Round coordinates (6 decimals of a degree is about 0.1 m)."""
    return shapely.set_precision(geom, 10 ** -ndigits) if ndigits else geom


def buffer_m(geom: BaseGeometry, metres: float, **kwargs) -> BaseGeometry:
    """Buffer a lon/lat geometry by ``metres``; keyword arguments go to shapely."""
    return to_geographic(to_metric(geom).buffer(metres, **kwargs))


def circle_m(lon: float, lat: float, radius_m: float, segments: int = 64) -> BaseGeometry:
    """A geodesic circle of ``radius_m`` around a lon/lat point, as a polygon."""
    lons, lats, _ = _GEOD.fwd(
        [lon] * segments,
        [lat] * segments,
        [i * 360.0 / segments for i in range(segments)],
        [radius_m] * segments,
    )
    return shapely.Polygon(list(zip(lons, lats)))


def distance_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Geodesic distance in metres between two (lon, lat) pairs."""
    _, _, dist = _GEOD.inv(a[0], a[1], b[0], b[1])
    return float(dist)


def line_length_m(line: LineString) -> float:
    """Geodesic length of a lon/lat line in metres."""
    return float(_GEOD.geometry_length(line))


def section_between(line: LineString, start: Point, end: Point) -> LineString:
    """The part of ``line`` between the points of it nearest to ``start`` and ``end``.

    All three are lon/lat; the cut is made in metres.
    """
    metric = to_metric(line)
    a = metric.project(to_metric(start))
    b = metric.project(to_metric(end))
    lo, hi = sorted((a, b))
    return to_geographic(substring(metric, lo, hi))


def point_along(line: LineString, from_point: Point, metres: float) -> Point:
    """The point ``metres`` along ``line`` from the point of it nearest ``from_point``.

    A negative distance walks back towards the line's start.
    """
    metric = to_metric(line)
    at = metric.project(to_metric(from_point)) + metres
    return to_geographic(metric.interpolate(max(0.0, min(metric.length, at))))
