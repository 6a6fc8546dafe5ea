"""The 5 March 2020 security corridor: 6 km either side of the M4, computed from the line."""

from __future__ import annotations

from layers import style
from layers.base import LayerContext, LayerData, LegendItem
from layers.draw import area


def build(data: LayerData, ctx: LayerContext) -> list:
    gdf = data["m4_corridor"]
    out = []
    for props, geom in zip(gdf.drop(columns="geometry").to_dict("records"), gdf.geometry):
        out += area(geom, props, ctx.highlight, color=style.CORRIDOR, fill_opacity=0.18, dash="6 4",
                    tooltip_lines=("Moscow Additional Protocol, 5 Mar 2020",))
    return out


def legend(data: LayerData, ctx: LayerContext) -> list[LegendItem]:
    return [LegendItem("M4 security corridor (6 km each side)", "fill", style.CORRIDOR, fill=style.CORRIDOR)]
