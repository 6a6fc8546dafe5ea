"""MapReturn: a typed view of what the map reports (``static/js/map-state.js``).

The map reports ``{"token", "view": {"center": [lat, lon], "zoom", "bounds": [[s, w], [n, e]]},
"layers": [...], "moved": bool, "clicked": [event ids], "seq"}`` through streamlit-folium's
component value, and also ``"point": [lat, lon]`` (a point picked) or ``"drawn"``: a GeoJSON
geometry (lon, lat order) with ``"drawKind"`` (a shape drawn in draw mode). Pure code (no
Streamlit import), so it is unit-tested directly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

#: The map's draw modes (``state.draw``) and the geometry type each one draws.
DRAW_KINDS = {"line": "LineString", "polygon": "Polygon", "point": "Point"}
#: A drawn shape with more vertices than this is not taken.
MAX_DRAWN_VERTICES = 5000


def _number(value) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _position(value) -> list[float] | None:
    """A GeoJSON position [lon, lat] within the lon / lat ranges, or None."""
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        return None
    lon, lat = _number(value[0]), _number(value[1])
    if lon is None or lat is None or not (math.isfinite(lon) and math.isfinite(lat)):
        return None
    return [lon, lat] if -180 <= lon <= 180 and -90 <= lat <= 90 else None


def _positions(value, least: int) -> list[list[float]] | None:
    if not isinstance(value, (list, tuple)) or not least <= len(value) <= MAX_DRAWN_VERTICES:
        return None
    out = [_position(p) for p in value]
    return None if any(p is None for p in out) else out


def drawn_geometry(value) -> dict | None:
    """A Point, LineString or Polygon GeoJSON geometry with at most :data:`MAX_DRAWN_VERTICES`
    positions, all within lon / lat ranges (polygon rings closed, of 4 or more positions), as a
    new plain dict; None for anything else."""
    if not isinstance(value, dict):
        return None
    kind, coords = value.get("type"), value.get("coordinates")
    if kind == "Point":
        position = _position(coords)
        return {"type": kind, "coordinates": position} if position is not None else None
    if kind == "LineString":
        line = _positions(coords, 2)
        return {"type": kind, "coordinates": line} if line is not None else None
    if kind == "Polygon" and isinstance(coords, (list, tuple)) and coords:
        rings = [_positions(ring, 4) for ring in coords]
        if any(r is None or r[0] != r[-1] for r in rings) or sum(len(r) for r in rings) > MAX_DRAWN_VERTICES:
            return None
        return {"type": kind, "coordinates": rings}
    return None


def _pair(value) -> tuple[float, float] | None:
    if isinstance(value, (list, tuple)) and len(value) == 2:
        a, b = _number(value[0]), _number(value[1])
        if a is not None and b is not None:
            return (a, b)
    return None


@dataclass(frozen=True)
class MapReturn:
    center: tuple[float, float] | None = None  # (lat, lon)
    zoom: float | None = None
    bounds: tuple[tuple[float, float], tuple[float, float]] | None = None
    moved: bool = False
    """The user has moved the map from the view it opened with (the view is then worth keeping)."""
    clicked_event_ids: tuple[int, ...] = ()
    visible_layers: tuple[str, ...] | None = None
    """Overlay layer ids switched on in the map, or None before the map reports."""
    map_token: str | None = None
    """The build token of the map that sent this."""
    point: tuple[float, float] | None = None
    """(lat, lon) the user picked on the map for the Near filter."""
    drawn: dict | None = None
    """A shape the user drew in draw mode: a GeoJSON geometry (Point, LineString or Polygon; lon, lat)."""
    draw_kind: str | None = None
    """The draw mode it was drawn in: "line", "polygon" or "point"."""

    @classmethod
    def from_component(cls, value) -> "MapReturn":
        """Parse the component value; tolerate partial, missing or malformed fields."""
        if not isinstance(value, dict):
            return cls()
        view = value.get("view") if isinstance(value.get("view"), dict) else {}
        centre = _pair(view.get("center"))
        zoom = _number(view.get("zoom"))
        bounds = None
        b = view.get("bounds")
        if isinstance(b, (list, tuple)) and len(b) == 2:
            sw, ne = _pair(b[0]), _pair(b[1])
            bounds = (sw, ne) if sw and ne else None
        clicked = value.get("clicked")
        ids = tuple(int(i) for i in clicked if isinstance(i, int) and not isinstance(i, bool) and i >= 0) \
            if isinstance(clicked, list) else ()
        layers = value.get("layers")
        layers = tuple(i for i in layers if isinstance(i, str)) if isinstance(layers, list) else None
        token = value.get("token") if isinstance(value.get("token"), str) else None
        point = _pair(value.get("point"))
        if point is not None and not (-90 <= point[0] <= 90 and -180 <= point[1] <= 180):
            point = None
        kind = value.get("drawKind")
        kind = kind if isinstance(kind, str) and kind in DRAW_KINDS else None
        drawn = drawn_geometry(value.get("drawn"))
        if drawn is not None and kind is not None and drawn["type"] != DRAW_KINDS[kind]:
            drawn = None  # a line reported as a polygon's outline, or the like: not trusted
        return cls(center=centre, zoom=zoom, bounds=bounds, moved=value.get("moved") is True,
                   clicked_event_ids=ids[:50], visible_layers=layers, map_token=token, point=point,
                   drawn=drawn, draw_kind=kind)
