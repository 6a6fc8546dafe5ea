"""MapReturn: a typed view of what the map reports (``static/js/map-state.js``).

The map reports ``{"token", "view": {"center": [lat, lon], "zoom", "bounds": [[s, w], [n, e]]},
"layers": [...], "moved": bool, "clicked": [event ids], "seq"}`` through streamlit-folium's
component value. Pure code (no Streamlit import), so it is unit-tested directly.
"""

from __future__ import annotations

from dataclasses import dataclass


def _number(value) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


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
        return cls(center=centre, zoom=zoom, bounds=bounds, moved=value.get("moved") is True,
                   clicked_event_ids=ids[:50], visible_layers=layers, map_token=token, point=point)
