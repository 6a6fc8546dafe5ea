"""Export from the app: PNG / PDF / standalone HTML of the view or a scene, and the data."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from analysis.near import NearError
from briefings.model import Briefing
from charts.common import undated
from filters.events import FilterOptions
from layers import tiles
from mapview import selection
from mapview.spec import MapSpec, View
from snapshots import exports
from snapshots.config import default_marking
from snapshots.layout import layout_html
from snapshots.render import SnapshotError, render_once
from snapshots.request import Snapshot, scene_file_name, scene_snapshot, slug
from snapshots.sizes import DEFAULT_SIZE, SIZES
from snapshots.standalone import standalone_html
from ui import state

_RESULT = "_export_result"
FORMATS = {
    "png": ("PNG image", "image/png"),
    "pdf": ("PDF", "application/pdf"),
    "html": ("Standalone HTML (interactive, offline)", "text/html"),
}


def current_view_spec(spec: MapSpec) -> MapSpec:
    """The spec with the view the browser shows now (its bounds), not the one it was built with."""
    bounds = st.session_state.get(state.K_LIVE_BOUNDS)
    return spec.with_(view=View(bounds=bounds)) if bounds else spec


def render_export(
    spec: MapSpec,
    briefing: Briefing | None,
    theatre,
    events: pd.DataFrame,
    shown,
    options: FilterOptions,
    records=None,
) -> None:
    """The Export section of the sidebar. ``records`` reads full records from the store (for
    scene exports, whose selection differs from what is shown)."""
    sb = st.sidebar
    sb.header("Export")
    with sb.expander("Map image, PDF or HTML", expanded=False):
        what = ["view"]
        if briefing is not None:
            what += [f"scene:{n}" for n in range(1, len(briefing.scenes) + 1)]
        choice = st.selectbox(
            "What",
            what,
            format_func=lambda w: "The current view" if w == "view"
            else f"Scene {w.split(':')[1]}: {briefing.scene(int(w.split(':')[1])).title}",
            key="export_what",
        )
        fmt = st.radio("Format", list(FORMATS), format_func=lambda f: FORMATS[f][0], key="export_format")
        size_id = DEFAULT_SIZE
        charts = False
        if fmt != "html":
            size_id = st.selectbox("Size", list(SIZES), format_func=lambda s: SIZES[s].title, key="export_size")
            charts = st.checkbox("Include charts", key="export_charts",
                                 help="Under the map: events per week by type and cumulative reported fatalities, "
                                      "the window shaded among the weeks around it.")
        st.session_state.setdefault("export_marking", default_marking())
        marking = st.text_input(
            "Marking banner", key="export_marking", help="Top and bottom of the page; empty for none."
        )
        if choice == "view":
            title = st.text_input("Title", value=spec.title, key="export_title")
            subtitle = st.text_input("Subtitle", value=spec.subtitle, key="export_subtitle")
            number = st.session_state.get(state.K_SCENE)
            narrative = briefing.scene(number).narrative if briefing is not None and number else ""
            snap = Snapshot(spec=current_view_spec(spec), title=title, subtitle=subtitle, narrative=narrative,
                            marking=marking, size=SIZES[size_id], charts=charts)
            name = f"{slug(subtitle or title)}.{fmt}"
        else:
            n = int(choice.split(":")[1])
            snap = scene_snapshot(briefing, n, options, marking=marking, size=SIZES[size_id], charts=charts)
            name = scene_file_name(n, briefing.scene(n).title, fmt)
        request_key = (choice, fmt, size_id, snap)
        if st.button(f"Prepare {FORMATS[fmt][0].split(' (')[0]}", key="export_go", type="primary"):
            st.session_state.pop(_RESULT, None)
            with st.spinner("Rendering the map in headless Chromium…" if fmt != "html" else "Building the page…"):
                try:
                    # selected only now: a Near is measured again only when an export is made
                    subset = selection.map_events(events, snap.spec, theatre, options.last_day, records)
                    # the charts show the weeks around the window: the same filter, without its dates
                    context = selection.shown(events, snap.spec, theatre, records, flt=undated(snap.spec.filter)) \
                        if snap.charts or snap.spec.since is not None else None
                    data = _produce(snap, fmt, theatre, subset, options, chart_events=context)
                except (SnapshotError, NearError) as exc:
                    st.error(f"The export failed: {exc}")
                    data = None
            if data is not None:
                st.session_state[_RESULT] = (request_key, data, name, FORMATS[fmt][1])
        result = st.session_state.get(_RESULT)
        if result is not None and result[0] == request_key:
            _, data, name, mime = result
            st.download_button(f"Download {name} ({len(data) / 1024:.0f} KiB)", data, file_name=name, mime=mime,
                               key="export_download", on_click="ignore", type="primary")
        elif result is not None:
            st.caption("Settings changed since the last export: prepare it again.")
    with sb.expander("Data", expanded=False):
        stem = f"events-{spec.filter.start:%Y%m%d}-{spec.filter.end:%Y%m%d}"
        st.caption(f"{len(shown)} events in the current selection.")
        st.download_button("Events (ACLED CSV)", lambda: exports.events_csv(shown), file_name=f"{stem}.csv",
                           mime="text/csv", key="dl_csv", on_click="ignore")
        st.download_button("Events (GeoJSON)", lambda: exports.events_geojson(shown), file_name=f"{stem}.geojson",
                           mime="application/geo+json", key="dl_geojson", on_click="ignore")
        st.download_button("Theatre layers (GeoJSON, zip)", lambda: exports.layers_zip(theatre),
                           file_name="theatre-layers.zip", mime="application/zip", key="dl_layers",
                           on_click="ignore")


def _produce(snap: Snapshot, fmt: str, theatre, events, options: FilterOptions, *, chart_events=None) -> bytes:
    produced = dt.date.today()
    if fmt == "html":
        return standalone_html(snap, theatre, events, options, produced=produced).encode("utf-8")
    page = layout_html(snap, theatre, events, options, produced=produced, chart_events=chart_events)
    needs_network = tiles.get(snap.spec.basemap).provider is not None
    return render_once(page, snap.size, fmt, allow_network=needs_network)
