"""A user's overlay: the lines and polygons imported with one dataset, drawn as its own layer.

Each imported dataset with shapes becomes a layer ``user:<dataset>`` (see
:func:`layers.registry.layers_for`). A shape with a time span is drawn only
from its start; after its end it is drawn faded and dashed, labelled as ended,
as the Turkish posts are.
"""

from __future__ import annotations

import datetime as dt

from layers import style
from layers.base import LayerContext, LayerData, LayerSpec, LegendItem
from layers.draw import by_status, shape
from loaders.theatre import USER_PREFIX


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


def _drawn(shown: dict, geom, status: str, title: str, color: str, ctx: LayerContext) -> list:
    """One shape with ``status`` ('active' or 'ended')."""
    ended = status == "ended"
    shown = dict(shown, status=f"ended {shown['valid_to']:%d %b %Y}" if ended else "")
    polygon = geom.geom_type in ("Polygon", "MultiPolygon")
    return [shape(
        geom, shown, color=style.EVACUATED if ended else color, weight=2.5,
        fill=color if polygon else None, fill_opacity=0.12 if polygon and not ended else 0.0,
        dash="6 5" if ended else None, opacity=0.6 if ended else 0.95,
        pane="briefmapAreas" if polygon else "briefmapLines",
        highlighted=shown["name"] in ctx.highlight,
        tooltip_lines=(f"Your data: {title}", shown["status"]),
    )]


def _builder(key: str, color: str):
    def build(data: LayerData, ctx: LayerContext) -> list:
        gdf = data[key]
        out = []
        title = gdf.attrs.get("title", key)
        for props, geom in zip(gdf.drop(columns="geometry").to_dict("records"), gdf.geometry):
            shown = {"name": props.get("name") or "(unnamed shape)", "valid_from": _date(props.get("valid_from")),
                     "valid_to": _date(props.get("valid_to")), "source": props.get("source") or "",
                     "note": props.get("description") or "", "dataset": title}
            out.extend(by_status(shown, ctx.as_of,
                                 lambda status, sh=shown, g=geom: _drawn(sh, g, status, title, color, ctx)))
        return out
    return build


def _legend(key: str, color: str):
    def legend(data: LayerData, ctx: LayerContext) -> list[LegendItem]:
        gdf = data[key]
        kinds = set(gdf.geometry.geom_type)
        span = span_text(gdf)
        items = []
        if kinds & {"LineString", "MultiLineString"}:
            items.append(LegendItem(f"{gdf.attrs.get('title', key)}: lines", "line", color, note=span or None))
        if kinds & {"Polygon", "MultiPolygon"}:
            items.append(LegendItem(f"{gdf.attrs.get('title', key)}: areas", "fill", color, fill=color,
                                    note=span or None))
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
