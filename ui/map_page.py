"""The map page: sidebar, briefing, map, legend, details and timeline, wired together.

Thin by design: each part lives in its own module of ``ui/`` and calls the pure
packages (filters, layers, mapview, briefings, links, snapshots) it needs.
"""

from __future__ import annotations

import streamlit as st

from filters.events import select_events
from layers.registry import layers_for
from loaders.geojson import unplaced_names
from mapview.spec import title_for
from ui import state
from ui.briefing_panel import (
    apply_scene,
    briefings,
    current_scene,
    exit_presenter_button,
    is_modified,
    render_navigation,
    render_save_form,
    render_scene_text,
    render_selector,
)
from ui.data import load_or_stop, watch_store
from ui.details import render_details
from ui.export_panel import render_export
from ui.legend_panel import render_legend
from ui.map_panel import render_map, render_state
from ui.notices import render_notices
from ui.presenter import MAP_HEIGHT, PRESENTER_MAP_HEIGHT, apply_styles
from ui.sidebar import render_filters, render_layers
from ui.timeline import render_timeline
from ui.url_sync import apply_url_once, write_url


def render() -> None:
    data = load_or_stop()
    theatre, events, facts = data.theatre, data.events, data.facts
    options = facts.options
    layer_specs = layers_for(theatre)
    state.init_defaults(options, tuple(s.id for s in layer_specs))
    found, briefing_errors, places, names = briefings(theatre)
    apply_url_once(found, options)
    if pending := st.session_state.pop("_pending_scene", None):
        if pending[0] in found:
            apply_scene(found[pending[0]], pending[1], options)

    render_selector(found, briefing_errors, options)
    render_filters(options, facts.titles)
    render_layers(layer_specs)
    presenter = bool(st.session_state[state.K_PRESENTER])
    apply_styles(presenter)

    briefing, scene = current_scene(found)
    spec = state.current_spec(options, title=title_for(options.first_day, options.last_day))
    if scene is not None:
        spec = spec.with_(highlight=scene.highlight, annotations=scene.annotations, subtitle=scene.title)
    modified = is_modified(spec)
    shown = select_events(events, spec.filter, data.records)
    render_export(spec, briefing, theatre, events, shown, options, records=data.records)

    if facts.synthetic:
        st.error(f"SYNTHETIC DATA — dataset(s) {', '.join(facts.synthetic)} are generated for benchmarks and are "
                 "not real events.", icon="⚠")
    render_notices()  # every run, until dismissed: a rerun must not hide them

    if briefing is not None:
        render_navigation(briefing, options, modified=modified, presenter=presenter)
        render_save_form(briefing, spec, options, places, names)
    elif not presenter:
        st.title(spec.title)
    if presenter and briefing is None:
        exit_presenter_button(st)

    start, end = spec.filter.start, spec.filter.end
    caption = (
        f"**{len(shown):,}** of {len(events):,} events, {start:%d %b %Y} – {end:%d %b %Y} · "
        f"posts shown as on {spec.as_of(options.last_day):%d %b %Y}"
    )
    map_col, side_col = st.columns([3, 1] if not presenter else [2.6, 1], gap="medium")
    with map_col:
        render_map(spec, theatre, events, data=data,
                   height=PRESENTER_MAP_HEIGHT if presenter else MAP_HEIGHT, presenter=presenter)
        st.caption(caption)
        if not presenter:
            missing = unplaced_names(theatre["turkish_posts"])
            if missing:
                st.caption(
                    f"Not on the map (no sourced position): {', '.join(missing)}. "
                    "See geodata/README.md for what each source says."
                )
            render_timeline(shown, start, end)
    with side_col:
        if scene is not None:
            render_scene_text(briefing, scene, modified=modified)
        if not presenter:
            render_legend(spec, theatre, shown, options.last_day)
        render_details(data)

    write_url(spec, options, modified=modified)
    render_state(spec, options.last_day, len(shown))  # after the address is written: see ui.map_panel
    watch_store(data.store, data.generation)
