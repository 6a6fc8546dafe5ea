"""The legend beside the map (the in-map legend starts folded on the app's normal-size map)."""

from __future__ import annotations

import base64
from dataclasses import replace

import streamlit as st

from controls.symbols import symbol_svg
from layers.html import esc
from mapview.compose import layer_context, legend_sections
from mapview.spec import MapSpec

_STYLE = (
    "<style>.bm-legend{font-size:0.82rem;line-height:1.25}.bm-legend .h{font-weight:700;color:#444;"
    "margin:6px 0 1px;text-transform:uppercase;font-size:0.72rem;letter-spacing:.03em}"
    ".bm-legend .r{display:flex;align-items:center;gap:6px;min-height:17px}"
    ".bm-legend .n{color:#666;font-size:0.72rem;margin:0 0 2px 34px}</style>"
)


def _swatch(item) -> str:
    """The legend swatch as an image: st.html's sanitiser drops inline SVG, not images."""
    data = base64.b64encode(symbol_svg(item).encode("utf-8")).decode("ascii")
    return f'<img alt="" width="28" height="16" src="data:image/svg+xml;base64,{data}">'


def legend_html(sections) -> str:
    """HTML for legend sections; labels and notes are escaped, swatches are project SVG."""
    parts = ['<div class="bm-legend">']
    for _layer_id, heading, items in sections:
        if len(items) > 1:
            parts.append(f'<div class="h">{esc(heading)}</div>')
        for item in items:
            parts.append(f'<div class="r">{_swatch(item)}<span>{esc(item.label)}</span></div>')
            if item.note:
                parts.append(f'<div class="n">{esc(item.note)}</div>')
    parts.append("</div>")
    return "".join(parts)


def render_legend(spec: MapSpec, theatre, events, data_last_day) -> None:
    # the legend of the app's map, which can be hovered: its rows may say what hovering shows
    ctx = replace(layer_context(spec, data_last_day), interactive=True)
    sections = legend_sections(spec, theatre, events, ctx)
    with st.expander("Legend", expanded=True):
        if sections:
            st.html(_STYLE + legend_html(sections))
        else:
            st.caption("No layers are switched on.")
