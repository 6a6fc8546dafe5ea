"""MapReturn: a typed view of what streamlit-folium hands back from the browser.

Pure code (no Streamlit import), so it is unit-tested directly.
"""

from __future__ import annotations

from dataclasses import dataclass

from controls.layer_report import LAYER_URL_PREFIX, MAP_URL_PREFIX

EVENT_TOOLTIP_PREFIX = "evt:"

#: The st_folium return keys the app asks for; anything else would rerun the app for nothing.
RETURNED_OBJECTS = ("center", "zoom", "bounds", "last_object_clicked_tooltip", "last_object_clicked", "selected_layers")


@dataclass(frozen=True)
class MapReturn:
    center: tuple[float, float] | None = None  # (lat, lon)
    zoom: float | None = None
    bounds: tuple[tuple[float, float], tuple[float, float]] | None = None
    clicked_event_ids: tuple[int, ...] = ()
    visible_layers: tuple[str, ...] | None = None
    """Overlay layer ids switched on in the map, or None before the map reports."""
    map_token: str | None = None
    """The build token of the map that sent this (controls.layer_report)."""

    @classmethod
    def from_component(cls, value) -> "MapReturn":
        """Parse st_folium's return value; tolerate partial or missing fields."""
        if not isinstance(value, dict):
            return cls()
        center = value.get("center")
        centre = None
        if isinstance(center, dict) and "lat" in center and "lng" in center:
            centre = (float(center["lat"]), float(center["lng"]))
        zoom = value.get("zoom")
        zoom = float(zoom) if isinstance(zoom, (int, float)) else None
        bounds = None
        b = value.get("bounds")
        try:
            sw, ne = b["_southWest"], b["_northEast"]
            if None not in (sw["lat"], sw["lng"], ne["lat"], ne["lng"]):
                bounds = ((float(sw["lat"]), float(sw["lng"])), (float(ne["lat"]), float(ne["lng"])))
        except (TypeError, KeyError):
            bounds = None
        ids: tuple[int, ...] = ()
        tip = value.get("last_object_clicked_tooltip")
        if isinstance(tip, str) and tip.strip().startswith(EVENT_TOOLTIP_PREFIX):
            raw = tip.strip()[len(EVENT_TOOLTIP_PREFIX):]
            ids = tuple(int(p) for p in raw.split(",") if p.strip().isdigit())
        layers = token = None
        selected = value.get("selected_layers")
        if isinstance(selected, list):
            items = [i for i in selected if isinstance(i, dict) and isinstance(i.get("url"), str)]
            layers = tuple(
                i["name"] for i in items if i["url"].startswith(LAYER_URL_PREFIX) and isinstance(i.get("name"), str)
            )
            tokens = [i["url"][len(MAP_URL_PREFIX):] for i in items if i["url"].startswith(MAP_URL_PREFIX)]
            token = tokens[0] if tokens else None
        return cls(center=centre, zoom=zoom, bounds=bounds, clicked_event_ids=ids, visible_layers=layers,
                   map_token=token)
