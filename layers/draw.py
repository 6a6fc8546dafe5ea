"""Small drawing helpers shared by the layer builders (folium objects out, nothing else)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping

import folium
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from layers import label_priority, style
from layers.html import feature_popup, feature_tooltip, label_tooltip
from layers.timed import Timed

#: Custom map panes (z-index): basemap under the theatre, areas under lines, events above.
PANES = {
    "briefmapBasemap": 250,
    "briefmapAreas": 410,
    "briefmapLines": 420,
    "briefmapAnnotations": 430,
    "briefmapEvents": 450,
}


def status_on(props: Mapping, as_of) -> str | None:
    """'active', 'ended' or None (not yet in existence) on the day ``as_of``."""
    start, end = props.get("valid_from"), props.get("valid_to")
    if start is not None and as_of < start:
        return None
    if end is not None and as_of > end:
        return "ended"
    return "active"


def by_status(props: Mapping, as_of, make) -> list:
    """The elements of a dated feature (``valid_from`` / ``valid_to``).

    With a status date ``as_of`` (exports): ``make(status)`` for the status on that
    day, or nothing before the feature existed. Without one (the app, whose date
    window changes in the browser): one :class:`layers.timed.Timed` group per status,
    "active" over its days and "ended" after them, for the browser to switch.
    """
    if as_of is not None:
        status = status_on(props, as_of)
        return list(make(status)) if status is not None else []
    start, end = props.get("valid_from"), props.get("valid_to")
    out = [Timed(make("active"), start, end)]
    if end is not None:
        out.append(Timed(make("ended"), end + dt.timedelta(days=1), None))
    return out


def is_placed(props: Mapping) -> bool:
    return bool(props.get("placed", True))


def plain(geom: BaseGeometry, line_style: dict, pane: str) -> folium.GeoJson:
    """A non-interactive line or polygon with a fixed style."""
    return folium.GeoJson(
        {"type": "Feature", "properties": {}, "geometry": mapping(geom)},
        style_function=lambda _f, s=line_style: s,
        control=False,
        pane=pane,
        interactive=False,
    )


def shape(
    geom: BaseGeometry,
    props: Mapping,
    *,
    color: str,
    weight: float = 2,
    fill: str | None = None,
    fill_opacity: float = 0.0,
    dash: str | None = None,
    opacity: float = 1.0,
    pane: str = "briefmapAreas",
    highlighted: bool = False,
    interactive: bool = True,
    tooltip_lines: tuple[str, ...] = (),
) -> folium.GeoJson:
    """A line or polygon with an escaped tooltip and popup."""
    line_style = {
        "color": color,
        "weight": weight + (3 if highlighted else 0),
        "opacity": opacity,
        "fillColor": fill or color,
        "fillOpacity": fill_opacity,
        "dashArray": dash,
        "lineCap": "round",
        "lineJoin": "round",
    }
    layer = folium.GeoJson(
        {"type": "Feature", "properties": {}, "geometry": mapping(geom)},
        style_function=lambda _f, s=line_style: s,
        control=False,
        pane=pane,
        interactive=interactive,
    )
    if interactive:
        feature_tooltip(props, *tooltip_lines).add_to(layer)
        feature_popup(props).add_to(layer)
    return layer


def halo(geom: BaseGeometry, weight: float, pane: str) -> folium.GeoJson:
    """A wide bright stroke drawn under (the outline of) a highlighted feature."""
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        geom = geom.boundary
    s = {"color": style.HIGHLIGHT, "weight": weight, "opacity": 0.85, "fillOpacity": 0.0, "lineCap": "round"}
    return plain(geom, s, pane)


def area(geom: BaseGeometry, props: Mapping, ctx_highlight, *, color: str, fill_opacity: float,
         dash: str | None = None, weight: float = 1.5, tooltip_lines: tuple[str, ...] = ()) -> list:
    """A filled polygon, with a highlight halo under it when the scene highlights it."""
    highlighted = props["name"] in ctx_highlight
    out = [halo(geom, 8, "briefmapAreas")] if highlighted else []
    out.append(shape(geom, props, color=color, weight=weight, fill=color, fill_opacity=fill_opacity, dash=dash,
                     highlighted=highlighted, tooltip_lines=tooltip_lines))
    return out


def icon_marker(
    lon: float,
    lat: float,
    props: Mapping,
    icon_html: str,
    *,
    size: int = 18,
    label: str | None = None,
    label_direction: str = "right",
    tooltip_lines: tuple[str, ...] = (),
    highlighted: bool = False,
    label_rank: int = label_priority.POINT,
) -> folium.Marker:
    """A point drawn with a fixed (project-authored) HTML icon, escaped label and popup.

    ``label_rank`` is the label's priority (:mod:`layers.label_priority`) where labels would
    overlap; a highlighted feature's label comes first.
    """
    css = "briefmap-icon briefmap-icon-highlight" if highlighted else "briefmap-icon"
    marker = folium.Marker(
        location=[lat, lon],
        icon=folium.DivIcon(html=icon_html, icon_size=(size, size), icon_anchor=(size // 2, size // 2), class_name=css),
    )
    if label:
        label_tooltip(label, direction=label_direction,
                      priority=label_priority.feature_priority(highlighted, label_rank)).add_to(marker)
    else:
        feature_tooltip(props, *tooltip_lines).add_to(marker)
    feature_popup(props).add_to(marker)
    return marker


def accuracy_ring(lon: float, lat: float, metres, color: str) -> folium.Circle | None:
    """A dashed circle of the feature's stated positional error; None when there is none."""
    if metres is None or (isinstance(metres, float) and math.isnan(metres)) or metres <= 0:
        return None
    ring = folium.Circle(
        location=[lat, lon],
        radius=float(metres),
        color=color,
        weight=1,
        opacity=0.7,
        dash_array="4 4",
        fill=True,
        fill_opacity=0.04,
        interactive=False,
    )
    ring.options["pane"] = "briefmapAreas"  # folium's path_options drops a pane argument
    return ring


def svg_icon(kind: str, color: str, *, size: int = 18, hollow: bool = False, text: str = "") -> str:
    """Project-authored SVG markup for point symbols (no data inside)."""
    fill = "none" if hollow else color
    stroke = color if hollow else "#ffffff"
    half = size / 2
    if kind == "square":
        body = f'<rect x="2" y="2" width="{size - 4}" height="{size - 4}" rx="2"/>'
    elif kind == "triangle":
        body = f'<polygon points="{half},1.5 {size - 1.5},{size - 2} 1.5,{size - 2}"/>'
    elif kind == "star":
        pts = []
        for k in range(10):
            r = half - 1 if k % 2 == 0 else half * 0.45
            a = math.pi / 2 + k * math.pi / 5
            pts.append(f"{half + r * math.cos(a):.1f},{half - r * math.sin(a):.1f}")
        body = f'<polygon points="{" ".join(pts)}"/>'
    elif kind == "plane":
        body = (
            f'<circle cx="{half}" cy="{half}" r="{half - 1}"/>'
            f'<path d="M{half} {size * 0.18} L{half + 1.3} {half - 1} L{size * 0.84} {half + 2} L{size * 0.84} {half + 3.5} '
            f'L{half + 1.3} {half + 2} L{half + 1} {size * 0.72} L{half + 3} {size * 0.82} L{half + 3} {size * 0.88} '
            f'L{half} {size * 0.8} L{half - 3} {size * 0.88} L{half - 3} {size * 0.82} L{half - 1} {size * 0.72} '
            f'L{half - 1.3} {half + 2} L{size * 0.16} {half + 3.5} L{size * 0.16} {half + 2} L{half - 1.3} {half - 1} Z" '
            'fill="#ffffff" stroke="none"/>'
        )
    else:
        body = f'<circle cx="{half}" cy="{half}" r="{half - 2}"/>'
    cross = ""
    if hollow:
        cross = (
            f'<line x1="4" y1="4" x2="{size - 4}" y2="{size - 4}" stroke="{color}" stroke-width="2"/>'
            f'<line x1="{size - 4}" y1="4" x2="4" y2="{size - 4}" stroke="{color}" stroke-width="2"/>'
        )
    txt = (
        f'<text x="{half}" y="{half + 3.5}" font-size="9" font-weight="700" text-anchor="middle" '
        f'fill="#ffffff" stroke="none">{text}</text>'
        if text
        else ""
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 {size} {size}">'
        f'<g fill="{fill}" stroke="{stroke}" stroke-width="1.8">{body}</g>{cross}{txt}</svg>'
    )
