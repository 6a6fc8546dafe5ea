"""The al-Ghab Plain (Orontes valley floor) and the Orontes river."""

from __future__ import annotations

from layers import style
from layers.base import LayerContext, LayerData, LegendItem
from layers.draw import area, halo, shape


def build(data: LayerData, ctx: LayerContext) -> list:
    gdf = data["al_ghab_plain"]
    out = []
    for props, geom in zip(gdf.drop(columns="geometry").to_dict("records"), gdf.geometry):
        highlighted = props["name"] in ctx.highlight
        if props["kind"] == "river":
            if highlighted:
                out.append(halo(geom, 10, "briefmapLines"))
            out.append(shape(geom, props, color=style.ORONTES, weight=3, pane="briefmapLines", highlighted=highlighted))
        else:
            out += area(geom, props, ctx.highlight, color=style.GHAB, fill_opacity=0.16, dash="2 6")
    return out


def legend(data: LayerData, ctx: LayerContext) -> list[LegendItem]:
    return [
        LegendItem("al-Ghab Plain (approx. valley floor)", "fill", style.GHAB, fill=style.GHAB),
        LegendItem("Orontes (Asi) river", "line", style.ORONTES),
    ]
