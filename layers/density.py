"""Event density: hexagons of equal area coloured by the events (or reported fatalities) in them.

The hexagons are counted and drawn in the browser from the event layer's data
(``static/js/hex-layer.js``, the grid of :mod:`analysis.hexbin`), so they follow the
filter, the Near filter and playback; the class bounds are on the map's own legend.
"""

from __future__ import annotations

from analysis import hexbin
from layers.base import LayerContext, LayerData, LegendItem
from layers.hex_canvas import HexCanvas


def build(data: LayerData, ctx: LayerContext) -> list:
    return [HexCanvas("density")]


def legend(data: LayerData, ctx: LayerContext) -> list[LegendItem]:
    last = len(hexbin.SEQUENTIAL) - 1
    return [
        LegendItem("fewest events (or fatalities) per hexagon" if i == 0 else
                   "most" if i == last else f"class {i + 1}", "fill", colour, fill=colour,
                   note="class bounds: the map's hexagon legend" if i == last else None)
        for i, colour in enumerate(hexbin.SEQUENTIAL)
    ]
