"""The offline vector basemap: sea, coastline, the Syria–Turkey border, rivers and towns.

Built from Natural Earth, World DataBank II and GeoNames files in geodata/basemap,
so the map reads with no tile server at all.
"""

from __future__ import annotations

import folium

from layers import style
from layers.base import LayerContext, LayerData, LegendItem
from layers.draw import plain
from layers.label_layer import LabelLayer


def _plain(geom, line_style: dict) -> folium.GeoJson:
    return plain(geom, line_style, "briefmapBasemap")


def build_sea(data: LayerData, ctx: LayerContext) -> list:
    out = [
        _plain(g, {"color": style.SEA, "weight": 0, "fillColor": style.SEA, "fillOpacity": 1.0})
        for g in data["sea"].geometry
    ]
    out += [_plain(g, {"color": style.COAST, "weight": 1.2, "opacity": 1.0}) for g in data["coastline"].geometry]
    return out


def build_border(data: LayerData, ctx: LayerContext) -> list:
    casing = {"color": "#ffffff", "weight": 5, "opacity": 0.9}
    line = {"color": style.BORDER, "weight": 2, "opacity": 0.9, "dashArray": "10 4 2 4"}
    return [_plain(g, s) for g in data["border"].geometry for s in (casing, line)]


def build_rivers(data: LayerData, ctx: LayerContext) -> list:
    return [_plain(g, {"color": style.RIVER, "weight": 1.4, "opacity": 0.9}) for g in data["rivers"].geometry]


def build_towns(data: LayerData, ctx: LayerContext) -> list:
    gdf = data["towns"]
    rows = [(geom.y, geom.x, name, rank) for name, rank, geom in zip(gdf["name"], gdf["rank"], gdf.geometry)]
    return [LabelLayer(rows)]


def legend_sea(data: LayerData, ctx: LayerContext) -> list[LegendItem]:
    return [LegendItem("Sea and coastline", "fill", style.COAST, fill=style.SEA)]


def legend_border(data: LayerData, ctx: LayerContext) -> list[LegendItem]:
    return [LegendItem("Syria–Turkey border", "dashed-line", style.BORDER)]


def legend_rivers(data: LayerData, ctx: LayerContext) -> list[LegendItem]:
    return [LegendItem("Rivers", "line", style.RIVER)]


def legend_towns(data: LayerData, ctx: LayerContext) -> list[LegendItem]:
    return [LegendItem("Towns (GeoNames); minor ones from zoom 10", "point", style.TOWN)]
