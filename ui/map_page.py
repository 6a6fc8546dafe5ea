"""The map page: sidebar, briefing, map, legend, details and timeline, wired together.

Thin by design: each part lives in its own module of ``ui/`` and calls the pure
packages (filters, layers, mapview, briefings, links, snapshots) it needs.
"""

from __future__ import annotations

import streamlit as st

from charts.common import undated
from layers.registry import layers_for
from loaders.geojson import unplaced_names
from mapview import selection
from mapview.spec import title_for
from ui import draw_panel, edit_panel, near_panel, since_panel, state
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
from ui.charts_panel import render_charts
from ui.data import load_or_stop, watch_store
from ui.details import render_details
from ui.export_panel import render_export
from ui.legend_panel import render_legend
from ui.map_panel import PACKS, render_map, render_state, static_base_url
from ui.notices import render_notices
from ui.presenter import MAP_HEIGHT, PRESENTER_MAP_HEIGHT, apply_styles
from ui.sidebar import render_filters, render_layers
from ui.text import md_text
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
    near_panel.render_controls(data)
    since_panel.render_controls(options)
    render_layers(layer_specs)
    edit_panel.render_sidebar_button()
    draw_panel.render_sidebar_button()
    presenter = bool(st.session_state[state.K_PRESENTER])
    apply_styles(presenter)

    briefing, scene = current_scene(found)
    spec = state.current_spec(options, title=title_for(options.first_day, options.last_day))
    if scene is not None:
        spec = spec.with_(highlight=scene.highlight, annotations=scene.annotations, subtitle=scene.title)
    modified = is_modified(spec)
    near_mask = near_panel.mask(spec, data, events)
    shown = selection.shown(events, spec, theatre, data.records, mask=near_mask)
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
    near_text = near_panel.label(spec, data)
    caption = (
        f"**{len(shown):,}** of {len(events):,} events, {start:%d %b %Y} – {end:%d %b %Y}"
        + (f" · {md_text(near_text[0].lower() + near_text[1:])}" if near_text else "")
        + f" · posts shown as on {spec.as_of(options.last_day):%d %b %Y}"
    )
    # a form beside the map needs room: the side column widens while one is open
    forms = not presenter and (edit_panel.editing() is not None or draw_panel.drawing_panel() is not None)
    map_col, side_col = st.columns([2.3, 1.4] if forms else [3, 1] if not presenter else [2.6, 1], gap="medium")
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
            near_panel.render_table(spec, data, shown)
            since_panel.render_panel(spec, data, events, near_mask)
            render_timeline(shown, start, end)
            # the charts show the weeks around the window: the same filter and Near, without the dates
            render_charts(selection.shown(events, spec, theatre, mask=near_mask, flt=undated(spec.filter)), start, end,
                          theatre, km=spec.near.km if spec.near is not None else 6)
    with side_col:
        if not presenter:
            edit_panel.render(data)
            draw_panel.render(data, options)
        if scene is not None:
            render_scene_text(briefing, scene, modified=modified)
        if not presenter:
            render_legend(spec, theatre, shown, options.last_day)
        render_details(data, presenter=presenter)

    write_url(spec, options, modified=modified)
    analysis = near_panel.map_state(spec, data, events, f"{static_base_url()}{PACKS}/")
    analysis["draw"] = None if presenter else draw_panel.draw_mode()
    analysis["editPoint"] = None if presenter else edit_panel.edit_point()
    if analysis["draw"]:
        analysis["pick"] = False  # one click, one meaning: drawing takes the map's clicks
    render_state(spec, options.last_day, len(shown), analysis)  # after the address is written: see ui.map_panel
    watch_store(data.store, data.generation)
