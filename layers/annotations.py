"""Scene annotations: axes of advance, range rings, measured lines, labelled points and areas.

Annotations are a briefer's analysis, not data: they are drawn in one purple
style with dashed strokes, and every distance they show is computed here from
the geometry, never typed into a file.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import folium
from shapely.geometry import LineString, Point
from shapely.ops import substring

from briefings.model import Annotation
from layers import style
from layers.base import LegendItem
from layers.html import esc
from spatial.metric import distance_m, line_length_m, to_geographic, to_metric

PANE = "briefmapAnnotations"


def _label(lat: float, lon: float, text: str, direction: str = "center") -> folium.Marker:
    marker = folium.Marker(
        location=[lat, lon],
        icon=folium.DivIcon(
            html=f'<span class="briefmap-annotation-label">{esc(text)}</span>',
            icon_size=(0, 0),
            icon_anchor=(0, 0),
            class_name="briefmap-annotation-icon",
        ),
        interactive=False,
    )
    return marker


def km(metres: float) -> str:
    return f"{metres / 1000:.0f} km" if metres >= 20_000 else f"{metres / 1000:.1f} km"


#: An arrow stops this far short of its last point, so its head does not hide the place it points at.
ARROW_STANDOFF_M = 1500.0


def arrow_path(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """The (lat, lon) path of an arrow, shortened by :data:`ARROW_STANDOFF_M` at its end."""
    line = to_metric(LineString([(lon, lat) for lat, lon in points]))
    cut = max(line.length * 0.5, line.length - ARROW_STANDOFF_M)
    short = substring(line, 0.0, cut)
    return [(p[1], p[0]) for p in to_geographic(short).coords]


def arrow_head(points: Sequence[tuple[float, float]], length_m: float | None = None) -> list[tuple[float, float]]:
    """Triangle (lat, lon) vertices of an arrowhead at the end of a (lat, lon) path."""
    line = to_metric(LineString([(lon, lat) for lat, lon in points]))
    tip = Point(line.coords[-1])
    back = Point(line.coords[-2])
    total = line.length
    head = length_m or min(3500.0, max(1200.0, total * 0.08))
    angle = math.atan2(tip.y - back.y, tip.x - back.x)
    base_x, base_y = tip.x - head * math.cos(angle), tip.y - head * math.sin(angle)
    half = head * 0.55
    left = (base_x - half * math.sin(angle), base_y + half * math.cos(angle))
    right = (base_x + half * math.sin(angle), base_y - half * math.cos(angle))
    tri = [to_geographic(Point(x, y)) for x, y in (left, (tip.x, tip.y), right)]
    return [(p.y, p.x) for p in tri]


def _path_opts(dash: str | None = "10 6", weight: float = 4) -> dict:
    return dict(color=style.ANNOTATION, weight=weight, opacity=0.95, dash_array=dash)


def _tooltip(a: Annotation, *extra: str) -> folium.Tooltip:
    lines = "".join(f"<br>{esc(x)}" for x in (*extra, a.note) if x)
    return folium.Tooltip(f"<b>{esc(a.label)}</b>{lines}<br><i>Analysis (scene annotation)</i>")


def _with_pane(element):
    element.options["pane"] = PANE
    return element


def build(annotations: Sequence[Annotation]) -> list:
    out: list = []
    for a in annotations:
        if a.kind == "arrow":
            path_pts = arrow_path(a.points)
            length = line_length_m(LineString([(lon, lat) for lat, lon in a.points]))
            line = _with_pane(folium.PolyLine([list(p) for p in path_pts], **_path_opts()))
            _tooltip(a, f"{km(length)} along the path").add_to(line)
            head = _with_pane(
                folium.Polygon(arrow_head(path_pts), color=style.ANNOTATION, weight=1, fill=True,
                               fill_color=style.ANNOTATION, fill_opacity=0.95)
            )
            path = LineString([(lon, lat) for lat, lon in a.points])
            mid = path.interpolate(0.5, normalized=True)
            out += [line, head, _label(mid.y, mid.x, a.label)]
        elif a.kind == "range_ring":
            lat, lon = a.center
            ring = _with_pane(folium.Circle([lat, lon], radius=a.radius_m, fill=True, fill_opacity=0.04,
                                            **_path_opts("8 6", 2.5)))
            _tooltip(a, f"radius {km(a.radius_m)} (computed)").add_to(ring)
            top_lat = lat + a.radius_m / 111_320.0
            out += [ring, _label(top_lat, lon, f"{a.label} · {km(a.radius_m)}")]
        elif a.kind == "measure":
            (lat1, lon1), (lat2, lon2) = a.points
            metres = distance_m((lon1, lat1), (lon2, lat2))
            line = _with_pane(folium.PolyLine([[lat1, lon1], [lat2, lon2]], **_path_opts("2 7", 3)))
            _tooltip(a, f"{km(metres)} (computed, geodesic)").add_to(line)
            out += [line, _label((lat1 + lat2) / 2, (lon1 + lon2) / 2, f"{a.label}: {km(metres)}")]
        elif a.kind == "point":
            lat, lon = a.points[0]
            dot = _with_pane(folium.CircleMarker([lat, lon], radius=6, color="#ffffff", weight=2, fill=True,
                                                 fill_color=style.ANNOTATION, fill_opacity=1))
            _tooltip(a).add_to(dot)
            out += [dot, _label(lat, lon, a.label)]
        elif a.kind == "area":
            poly = _with_pane(folium.Polygon([list(p) for p in a.points], fill=True, fill_color=style.ANNOTATION,
                                             fill_opacity=0.12, **_path_opts("6 5", 2)))
            _tooltip(a).add_to(poly)
            lat = sum(p[0] for p in a.points) / len(a.points)
            lon = sum(p[1] for p in a.points) / len(a.points)
            out += [poly, _label(lat, lon, a.label)]
    return out


def legend(annotations: Sequence[Annotation]) -> list[LegendItem]:
    kinds = {a.kind for a in annotations}
    items = []
    if "arrow" in kinds:
        items.append(LegendItem("Axis (analysis)", "arrow", style.ANNOTATION))
    if "range_ring" in kinds:
        items.append(LegendItem("Range ring (computed radius)", "ring", style.ANNOTATION))
    if "measure" in kinds:
        items.append(LegendItem("Measured distance (computed)", "dashed-line", style.ANNOTATION))
    if "point" in kinds:
        items.append(LegendItem("Annotated point", "circle", style.ANNOTATION))
    if "area" in kinds:
        items.append(LegendItem("Annotated area", "fill", style.ANNOTATION, fill=style.ANNOTATION))
    return items
