"""Jisr al-Shughur: the town point and its approximate built-up area."""

from __future__ import annotations

from layers import label_priority, style
from layers.base import LayerContext, LayerData, LegendItem
from layers.draw import area, icon_marker, svg_icon


def build(data: LayerData, ctx: LayerContext) -> list:
    gdf = data["jisr_al_shughur"]
    out = []
    for props, geom in zip(gdf.drop(columns="geometry").to_dict("records"), gdf.geometry):
        highlighted = props["name"] in ctx.highlight
        if geom.geom_type == "Point":
            out.append(
                icon_marker(
                    geom.x, geom.y, props, svg_icon("star", style.JISR, size=22), size=22,
                    label=props["name"], highlighted=highlighted,
                    label_rank=label_priority.THEATRE,
                )
            )
        else:
            out += area(geom, props, ctx.highlight, color=style.JISR, fill_opacity=0.18, dash="3 3")
    return out


def legend(data: LayerData, ctx: LayerContext) -> list[LegendItem]:
    return [
        LegendItem("Jisr al-Shughur", "star", style.JISR),
        LegendItem("Jisr al-Shughur built-up area (approx.)", "fill", style.JISR, fill=style.JISR),
    ]
