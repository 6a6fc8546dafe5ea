"""The sidebar: timeline, event filters (dataset, type, sub-type, actor), layers and basemap."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import streamlit as st

from filters.events import FilterOptions
from layers import tiles
from layers.base import LayerSpec
from ui import state


def _prune(key: str, allowed) -> None:
    """Drop selections that are no longer options (e.g. sub-types of a deselected type)."""
    allowed = set(allowed)
    current = st.session_state.get(key, [])
    kept = [v for v in current if v in allowed]
    if kept != current:
        st.session_state[key] = kept


def render_filters(options: FilterOptions, dataset_titles: Mapping[str, str] | None = None) -> None:
    """Draw the filter widgets; their values stay in session state (see ui.state)."""
    sb = st.sidebar
    sb.header("Timeline and filters")
    titles = dataset_titles or {}
    st.session_state[state.K_DATES] = state.clamp_dates(st.session_state[state.K_DATES], options)
    if options.first_day < options.last_day:
        sb.slider(
            "Date range",
            min_value=options.first_day,
            max_value=options.last_day,
            key=state.K_DATES,
            format="D MMM YYYY",
            help="Events in this window are shown; posts and other dated features show their status on the last day.",
        )
    else:
        sb.caption(f"All events are on {options.first_day:%d %b %Y}.")
    _prune(state.K_DATASETS, options.datasets)
    sb.multiselect(
        "Datasets",
        options=options.datasets,
        key=state.K_DATASETS,
        placeholder="All datasets",
        format_func=lambda d: titles.get(d, d),
        help="Where events come from: the project's own events and each imported file (the Data page lists them).",
    )
    _prune(state.K_TYPES, options.event_types)
    sb.multiselect(
        "Event type",
        options=options.event_types,
        key=state.K_TYPES,
        placeholder="All event types",
    )
    chosen = st.session_state[state.K_TYPES] or options.event_types
    sub_options = sorted({s for t in chosen for s in options.sub_types_by_type.get(t, ())})
    _prune(state.K_SUBTYPES, sub_options)
    sb.multiselect(
        "Sub-event type",
        options=sub_options,
        key=state.K_SUBTYPES,
        placeholder="All sub-event types",
    )
    _prune(state.K_ACTORS, options.actors)
    sb.multiselect(
        "Actor",
        options=options.actors,
        key=state.K_ACTORS,
        placeholder="All actors",
        help="Events where this actor is actor 1 or actor 2.",
    )


def render_layers(specs: Sequence[LayerSpec]) -> None:
    """The layer pills (registered layers and the store's overlays) and the basemap choice."""
    sb = st.sidebar
    sb.header("Map")
    ids = [s.id for s in specs]
    titles = {s.id: s.title for s in specs}
    _prune(state.K_LAYERS, ids)
    sb.pills(
        "Layers",
        options=ids,
        selection_mode="multi",
        key=state.K_LAYERS,
        format_func=lambda i: titles[i],
        help="Also switchable in the map's layer control (top right).",
    )
    # always drawn (disabled while the layer is off), so the choice survives switching it off and on
    sb.radio("Density hexagons count", options=("events", "fatalities"), key=state.K_DENSITY_BY,
             format_func=lambda v: "Events" if v == "events" else "Reported fatalities", horizontal=True,
             disabled="density" not in st.session_state.get(state.K_LAYERS, []),
             help="What the 'Event density (hexagons)' layer counts in each hexagon.")
    sb.selectbox(
        "Basemap",
        options=tiles.TILE_IDS,
        key=state.K_BASEMAP,
        format_func=lambda i: tiles.get(i).title,
        help="Tile basemaps need internet access; 'No tiles' works offline.",
    )
    if st.session_state[state.K_BASEMAP] != "none":
        sb.caption("⚠ Tiles load from the internet; on an air-gapped network choose 'No tiles'.")
