"""Briefing map for north-west Syria (Idlib, Sept–Oct 2020).

A thin shell: it wires the sidebar widgets to the loaders, filters and map
builder, which live in their own packages (see README.md, "Code map").
Run with ``streamlit run app.py``.
"""

from __future__ import annotations

import streamlit as st

from filters.events import filter_events, filter_options
from loaders.events import is_synthetic
from loaders.geojson import unplaced_names
from ui import state
from ui.data import load_or_stop
from ui.details import render_details
from ui.map_panel import render_map
from ui.sidebar import render_filters, render_layers
from ui.timeline import render_timeline

st.set_page_config(page_title="Idlib briefing map", page_icon="🗺", layout="wide")

theatre, events = load_or_stop()
options = filter_options(events)
state.init_defaults(options)

render_filters(options)
render_layers()
spec = state.current_spec(options)
shown = filter_events(events, spec.filter)

if is_synthetic(events):
    st.error("SYNTHETIC DATA — these events are generated for benchmarks and are not real.", icon="⚠")
for text in st.session_state.pop(state.K_NOTICES, []):
    st.warning(text)

st.title(spec.title)
start, end = spec.filter.start, spec.filter.end
st.caption(
    f"**{len(shown)}** of {len(events)} events, {start:%d %b %Y} – {end:%d %b %Y} · "
    f"posts shown as on {spec.as_of(options.last_day):%d %b %Y} · no internet needed with 'No tiles'"
)

map_col, side_col = st.columns([3, 1], gap="medium")
with map_col:
    render_map(spec, theatre, shown, data_last_day=options.last_day)
    missing = unplaced_names(theatre["turkish_posts"])
    if missing:
        st.caption(
            f"Not on the map (no sourced position): {', '.join(missing)}. "
            "See geodata/README.md for what each source says."
        )
    render_timeline(shown, start, end)
with side_col:
    render_details(events)
