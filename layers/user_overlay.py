"""A user's overlay: the lines and polygons of one dataset (imported, or drawn by analysts), as its own layer.

Each dataset with shapes becomes a layer ``user:<dataset>`` (see
:func:`layers.registry.layers_for`); shapes drawn on the map are the dataset
``drawings``. A shape with a time span is drawn only from its start; after its
end it is drawn faded and dashed, labelled as ended, as the Turkish posts are.

A shape whose properties carry a ``kind`` (front line, area of control, axis,
area of interest: :data:`store.editing.OVERLAY_KINDS`) is drawn as that kind, in
its ``actor``'s colour, with its stated ``accuracy_m``; the legend lists each
kind and actor shown. Other shapes take the layer's colour.
"""

from __future__ import annotations

import datetime as dt
import math

from layers import style
from layers.base import LayerContext, LayerData, LayerSpec, LegendItem
from layers.draw import by_status, shape
from loaders.theatre import USER_PREFIX, shape_properties


def _date(text) -> dt.date | None:
    if not text or not isinstance(text, str):
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def span_text(gdf) -> str:
    """'from 1 Sep 2020 to 3 Oct 2020', 'from 1 Sep 2020', or '' for shapes with no dates."""
    starts = [d for d in map(_date, gdf["valid_from"]) if d]
    ends = [d for d in map(_date, gdf["valid_to"]) if d]
    parts = []
    if starts:
        parts.append(f"from {min(starts):%d %b %Y}")
    if ends and len(ends) == len(gdf):
        parts.append(f"to {max(ends):%d %b %Y}")
    return " ".join(parts)


#: How each kind of drawing reads: its words, and how it is drawn.
KINDS = {
    "front_line": {"label": "Front line", "weight": 4.0, "dash": None, "fill": 0.0},
    "control": {"label": "Area of control", "weight": 1.5, "dash": None, "fill": 0.22},
    "axis": {"label": "Axis of advance", "weight": 3.5, "dash": "10 6", "fill": 0.0},
    "interest": {"label": "Area of interest", "weight": 2.0, "dash": "3 5", "fill": 0.0},
}
#: Colours of the actors a drawing names (matched on words of the name), else the layer's colour.
ACTOR_COLOURS = (
    (("government", "regime", "saa", "syrian arab army", "assad", "russia"), "#c62828"),
    (("turk", "tsk", "taf", "sna", "national army"), "#1565c0"),
    (("hts", "tahrir", "opposition", "rebel", "nlf", "national liberation", "fath"), "#2e7d32"),
)


def actor_colour(actor: str, default: str) -> str:
    text = f" {str(actor).lower()} "
    for words, colour in ACTOR_COLOURS:
        if any(w in text for w in words):
            return colour
    return default


def _kind(props: dict) -> str | None:
    kind = props.get("kind")
    return kind if kind in KINDS else None


def _accuracy(props: dict) -> float | None:
    try:
        value = float(props.get("accuracy_m"))
    except (TypeError, ValueError):
        return None
    return value if value > 0 else None


def _drawn(shown: dict, geom, status: str, title: str, color: str, ctx: LayerContext, kind: str | None) -> list:
    """One shape with ``status`` ('active' or 'ended')."""
    ended = status == "ended"
    shown = dict(shown, status=f"ended {shown['valid_to']:%d %b %Y}" if ended else "")
    polygon = geom.geom_type in ("Polygon", "MultiPolygon")
    look = KINDS[kind] if kind else {"weight": 2.5, "dash": None, "fill": 0.12 if polygon else 0.0}
    lines = (f"Your data: {title}", shown["status"]) if not kind else \
        (f"{KINDS[kind]['label']}: {shown['actor'] or 'actor not given'}", shown["status"])
    if geom.geom_type == "Point":
        return [_point(geom, shown, color, ended, lines)]
    drawn = [] if kind != "axis" or ended else [_arrowhead(geom, color)]
    return drawn + [shape(
        geom, shown, color=style.EVACUATED if ended else color, weight=look["weight"],
        fill=color if polygon else None, fill_opacity=look["fill"] if polygon and not ended else 0.0,
        dash="6 5" if ended else look["dash"], opacity=0.6 if ended else 0.95,
        pane="briefmapAreas" if polygon else "briefmapLines",
        highlighted=shown["name"] in ctx.highlight,
        tooltip_lines=lines,
    )]


def _arrowhead(geom, color: str):
    """An arrowhead at the end of an axis of advance, turned along its last segment (on screen)."""
    import folium

    line = geom.geoms[-1] if geom.geom_type == "MultiLineString" else geom
    (x0, y0), (x1, y1) = line.coords[-2][:2], line.coords[-1][:2]
    # Web Mercator keeps angles: east-west distances shrink with the cosine of the latitude
    angle = math.degrees(math.atan2((x1 - x0) * math.cos(math.radians((y0 + y1) / 2)), y1 - y0))
    html = (f'<svg width="22" height="22" viewBox="-11 -11 22 22" style="transform:rotate({angle:.1f}deg)">'
            f'<path d="M0,-10 L8,8 L0,3 L-8,8 Z" fill="{color}" stroke="white" stroke-width="1"/></svg>')
    return folium.Marker([y1, x1], icon=folium.DivIcon(html=html, icon_size=(22, 22), icon_anchor=(11, 11),
                                                       class_name="briefmap-arrowhead"),
                         interactive=False, pane="briefmapAnnotations")


def _point(geom, shown: dict, color: str, ended: bool, lines) -> object:
    import folium

    from layers.html import feature_popup, feature_tooltip

    marker = folium.CircleMarker([geom.y, geom.x], radius=7, color=style.EVACUATED if ended else color, weight=2.5,
                                 fill=True, fill_color=color, fill_opacity=0.0 if ended else 0.35,
                                 pane="briefmapAnnotations")
    feature_tooltip(shown, *lines).add_to(marker)
    feature_popup(shown).add_to(marker)
    return marker


def _builder(key: str, color: str):
    def build(data: LayerData, ctx: LayerContext) -> list:
        gdf = data[key]
        out = []
        title = gdf.attrs.get("title", key)
        for row, geom in zip(gdf.drop(columns="geometry").to_dict("records"), gdf.geometry):
            props = shape_properties(row)
            kind = _kind(props)
            actor = str(props.get("actor") or "")
            shown = {"name": row.get("name") or "(unnamed shape)", "valid_from": _date(row.get("valid_from")),
                     "valid_to": _date(row.get("valid_to")), "source": row.get("source") or "",
                     "note": row.get("description") or "", "dataset": title, "actor": actor}
            if _accuracy(props) is not None:
                shown["accuracy_m"] = _accuracy(props)
            colour = actor_colour(actor, color) if kind else color
            out.extend(by_status(shown, ctx.as_of,
                                 lambda status, sh=shown, g=geom, c=colour, k=kind:
                                 _drawn(sh, g, status, title, c, ctx, k)))
        return out
    return build


def _legend(key: str, color: str):
    def legend(data: LayerData, ctx: LayerContext) -> list[LegendItem]:
        gdf = data[key]
        title = gdf.attrs.get("title", key)
        items, plain_kinds = [], set()
        seen = {}
        for row, geom in zip(gdf.drop(columns="geometry").to_dict("records"), gdf.geometry):
            props = shape_properties(row)
            kind = _kind(props)
            if kind is None:
                plain_kinds.add(geom.geom_type.replace("Multi", ""))
                continue
            actor = str(props.get("actor") or "")
            seen.setdefault((kind, actor), []).append(_accuracy(props))
        for (kind, actor), accuracies in sorted(seen.items(), key=lambda kv: (list(KINDS).index(kv[0][0]), kv[0][1])):
            colour = actor_colour(actor, color)
            look = KINDS[kind]
            known = [a for a in accuracies if a is not None]
            note = f"drawn position ± {max(known) / 1000:g} km at worst" if known else None
            label = f"{look['label']}: {actor}" if actor else look["label"]
            if look["fill"]:
                items.append(LegendItem(label, "fill", colour, fill=colour, note=note))
            else:
                items.append(LegendItem(label, "dashed-line" if look["dash"] else "line", colour, note=note))
        span = span_text(gdf)
        if "LineString" in plain_kinds:
            items.append(LegendItem(f"{title}: lines", "line", color, note=span or None))
        if "Polygon" in plain_kinds:
            items.append(LegendItem(f"{title}: areas", "fill", color, fill=color, note=span or None))
        if "Point" in plain_kinds:
            items.append(LegendItem(f"{title}: points", "point", color, note=span or None))
        return items
    return legend


def user_layer(key: str, title: str, index: int, source: str = "") -> LayerSpec:
    """The LayerSpec of the overlay kept under ``key`` (``user:<dataset>``) in the layer data."""
    color = style.USER_COLORS[index % len(style.USER_COLORS)]
    return LayerSpec(
        id=key,
        title=f"{title} (your data)",
        group="Your data",
        data_keys=(key,),
        build=_builder(key, color),
        legend=_legend(key, color),
        description=f"Lines and polygons imported with dataset {key[len(USER_PREFIX):]!r}.",
        attribution=source,
    )
