"""The M4 highway (Latakia – Jisr al-Shughur – Ariha – Saraqib) and the ends of its corridor."""

from __future__ import annotations

from layers import style
from layers.base import LayerContext, LayerData, LegendItem
from layers.draw import halo, icon_marker, is_placed, shape, svg_icon

#: A section whose error exceeds this is drawn dashed and called schematic.
SCHEMATIC_FROM_M = 5000


def build(data: LayerData, ctx: LayerContext) -> list:
    gdf = data["m4_highway"]
    out = []
    for props, geom in zip(gdf.drop(columns="geometry").to_dict("records"), gdf.geometry):
        if not is_placed(props):
            continue
        highlighted = props["name"] in ctx.highlight
        if props["kind"] == "highway":
            schematic = props["accuracy_m"] >= SCHEMATIC_FROM_M
            if highlighted:
                out.append(halo(geom, 14, "briefmapLines"))
            out.append(shape(geom, props, color=style.M4_CASING, weight=7, pane="briefmapLines", interactive=False))
            out.append(
                shape(
                    geom, props, color=style.M4, weight=4, pane="briefmapLines",
                    dash="8 7" if schematic else None,
                    highlighted=highlighted,
                    tooltip_lines=("schematic alignment",) if schematic else (),
                )
            )
        elif props["kind"] == "corridor_end":
            lon, lat = geom.x, geom.y
            out.append(
                icon_marker(
                    lon, lat, props, svg_icon("circle", style.CORRIDOR, size=12), size=12,
                    tooltip_lines=("security-corridor end",), highlighted=highlighted,
                )
            )
    return out


def legend(data: LayerData, ctx: LayerContext) -> list[LegendItem]:
    return [
        LegendItem("M4 highway", "line", style.M4),
        LegendItem("M4, schematic alignment (± 6 km)", "dashed-line", style.M4),
    ]
