"""Change since the last brief: hexagons coloured by events since that date minus events in the
same number of days just before it (red more, blue fewer), counted in the browser
(``static/js/hex-layer.js``) from the event layer's data."""

from __future__ import annotations

from analysis import hexbin
from layers.base import LayerContext, LayerData, LegendItem
from layers.hex_canvas import HexCanvas


def build(data: LayerData, ctx: LayerContext) -> list:
    return [HexCanvas("change")]


def legend(data: LayerData, ctx: LayerContext) -> list[LegendItem]:
    up, down = hexbin.DIVERGING_UP[-1], hexbin.DIVERGING_DOWN[0]
    return [
        LegendItem("more events since the last brief", "fill", up, fill=up),
        LegendItem("no change", "fill", "#999999", fill=hexbin.NEUTRAL),
        LegendItem("fewer events since the last brief", "fill", down, fill=down,
                   note="class bounds: the map's hexagon legend"),
    ]
