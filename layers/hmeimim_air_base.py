"""Russia's Hmeimim (Khmeimim) Air Base near Jableh: point and approximate perimeter."""

from __future__ import annotations

from layers import label_priority, style
from layers.base import LayerContext, LayerData, LegendItem
from layers.draw import area, icon_marker, svg_icon


def build(data: LayerData, ctx: LayerContext) -> list:
    gdf = data["hmeimim_air_base"]
    out = []
    for props, geom in zip(gdf.drop(columns="geometry").to_dict("records"), gdf.geometry):
        highlighted = props["name"] in ctx.highlight
        if geom.geom_type == "Point":
            out.append(
                icon_marker(
                    geom.x, geom.y, props, svg_icon("plane", style.HMEIMIM, size=24), size=24,
                    label="Hmeimim Air Base (RU)", highlighted=highlighted,
                    label_rank=label_priority.THEATRE,
                )
            )
        else:
            out += area(geom, props, ctx.highlight, color=style.HMEIMIM, fill_opacity=0.12, weight=2)
    return out


def legend(data: LayerData, ctx: LayerContext) -> list[LegendItem]:
    return [
        LegendItem("Hmeimim Air Base (Russia)", "icon", style.HMEIMIM),
        LegendItem("Hmeimim perimeter (approx.)", "fill", style.HMEIMIM, fill=style.HMEIMIM),
    ]
