"""The Near filter: its sidebar controls, its mask for the map, and its counts table.

"Near: [feature] within [km]" keeps only events within that distance of a theatre layer,
one Turkish post, a gazetteer place or a point picked on the map (:mod:`analysis.near`).
The server computes which events are within (true distances, UTM 37N) and the browser
receives them as a bit mask file, one bit an event, fetched once per Near and cached.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

from analysis.near import MAX_KM, MIN_KM, Near, NearError, point_target
from analysis.proximity import nearest_within, summary
from filters.events import EventSelection
from layers.event_pack import encode_mask, publish
from links.params import quote
from mapview import selection
from mapview.spec import MapSpec
from offline.assets import STATIC_DIR
from ui import state
from ui.map_panel import PACKS  # the map's published files live together
from ui.text import md_text


@st.cache_resource(show_spinner=False, max_entries=2)
def _places(location: str, generation: int, _theatre) -> dict:
    return selection.places_of(_theatre)


@st.cache_resource(show_spinner="Measuring distances…", max_entries=6)
def _mask(location: str, generation: int, near_text: str, _events, _theatre, _places) -> np.ndarray:
    """Which events of the whole table are within the Near (once per data version and Near)."""
    spec = MapSpec(near=Near.parse(near_text))
    return selection.near_mask(_events, spec, _theatre, _places)


@st.cache_resource(show_spinner=False, max_entries=6)
def _mask_blob(location: str, generation: int, near_text: str, _mask):
    return encode_mask(_mask)


def _mask_file(location: str, generation: int, near_text: str, mask_: np.ndarray) -> str:
    """The mask's file name, published again (a cheap check) on every use: files unused for a day
    are pruned, and a long-lived session must not be handed a name whose file has gone."""
    return publish(_mask_blob(location, generation, near_text, mask_), STATIC_DIR / PACKS)


def places(data) -> dict:
    return _places(data.location, data.generation, data.theatre)


def render_controls(data) -> None:
    """The sidebar's Near section. A target from a link or a picked point joins the choices."""
    sb = st.sidebar
    sb.header("Near")
    choices = selection.near_choices(data.theatre, places(data))
    ss = st.session_state
    _check(data)
    point = ss.get(state.K_CLICKED_POINT)
    if point is not None:
        choices[point_target(*point)] = f"Picked point: {point[0]:.4f}, {point[1]:.4f}"
    current = ss.get(state.K_NEAR_TARGET)
    if current and current not in choices:
        near = Near(current, 1.0) if current else None
        if near is not None and near.point is not None:
            choices[current] = f"Point: {near.point[0]:.4f}, {near.point[1]:.4f}"
        else:
            choices[current] = current  # unknown: the check below says so
    sb.toggle("Only events near…", key=state.K_NEAR_ON,
              help="Keep only events within a distance of a feature, place or point (true distances in km).")
    on = bool(ss.get(state.K_NEAR_ON))
    near_picking = bool(ss.get(state.K_PICKING)) and ss.get(state.K_PICK_FOR, "near") == "near"
    if not on and near_picking:
        ss[state.K_PICKING] = False  # switching the filter off ends picking a point
    sb.selectbox("Near", options=list(choices), key=state.K_NEAR_TARGET, format_func=lambda t: choices.get(t, t),
                 disabled=not on, help="A theatre layer, one Turkish post, a town of the gazetteer or a picked point.")
    sb.number_input("Within (km)", min_value=MIN_KM, max_value=MAX_KM, step=0.5, key=state.K_NEAR_KM,
                    disabled=not on, format="%.1f")
    if sb.button("Pick a point on the map", disabled=not on, icon=":material/my_location:",
                 help="Then click the map: events within the distance of that point are kept."):
        ss[state.K_PICKING] = True
        ss[state.K_PICK_FOR] = "near"
    if ss.get(state.K_PICKING) and ss.get(state.K_PICK_FOR, "near") == "near":
        sb.caption("Click the map at the point to measure from.")


def _check(data) -> None:
    """Before the widgets are drawn: a Near whose target does not exist (from a link, a scene or
    data that changed) becomes a notice, and the filter is switched off rather than applied."""
    ss = st.session_state
    near = state.current_near()
    if near is None:
        return
    try:
        selection.near_target(MapSpec(near=near), data.theatre, places(data))
    except NearError as err:
        state.notice(f"The Near filter {quote(str(near))} cannot be used: {err.reason}. Showing events anywhere.")
        ss[state.K_NEAR_ON] = False


def picking() -> bool:
    return bool(st.session_state.get(state.K_PICKING))


def mask(spec: MapSpec, data, events) -> np.ndarray | None:
    if spec.near is None:
        return None
    return _mask(data.location, data.generation, str(spec.near), events, data.theatre, places(data))


@st.cache_resource(show_spinner=False, max_entries=6)
def _near_view(location: str, generation: int, near_text: str, _theatre, _places) -> dict:
    """The Near's label and area (once per data version and Near)."""
    return selection.analysis_state(MapSpec(near=Near.parse(near_text)), _theatre, _places)["near"]


def label(spec: MapSpec, data) -> str | None:
    """'Within 6 km of M4 highway (…)' for the caption and the table, or None without a Near."""
    if spec.near is None:
        return None
    return _near_view(data.location, data.generation, str(spec.near), data.theatre, places(data))["label"]


def map_state(spec: MapSpec, data, events, static_url: str) -> dict:
    """The analysis part of the map's state: the Near (its area, label and mask file), the last
    brief's date, what the hexagons count, and whether the next click picks a point."""
    out = selection.analysis_state(spec.with_(near=None), data.theatre, places(data))
    if spec.near is not None:
        out["near"] = dict(_near_view(data.location, data.generation, str(spec.near), data.theatre, places(data)))
        m = mask(spec, data, events)
        name = _mask_file(data.location, data.generation, str(spec.near), m)
        out["near"]["mask"] = {"url": f"{static_url}{name}", "n": int(len(m)), "key": name}
    out["pick"] = picking()
    return out


@st.cache_resource(show_spinner=False, max_entries=8)
def _tables(location: str, generation: int, key: str, _target, km: float, _shown: EventSelection):
    """(events within, counts per feature / type / week) of a selection, once per data version,
    Near and filter (``key``)."""
    rows = _shown.table.iloc[_shown.rows]
    near = nearest_within(rows, _target, km)
    return len(near), (summary(rows, near) if len(near) else None)


def render_table(spec: MapSpec, data, shown: EventSelection) -> None:
    """Counts of the events within, per nearest feature, per type and per week."""
    if spec.near is None:
        return
    target = selection.near_target(spec, data.theatre, places(data))
    n, tables = _tables(data.location, data.generation, repr((spec.near, spec.filter)), target, spec.near.km, shown)
    with st.expander(f"{md_text(label(spec, data))}: **{n:,}** events in the window", expanded=True):
        if tables is None:
            st.caption("No event of the selection is within that distance.")
            return
        week = tables["week"].assign(week=lambda t: pd.to_datetime(t["week"]))
        a, b, c = st.columns(3)
        a.dataframe(tables["feature"], hide_index=True, width="stretch",
                    column_config={"feature": "Nearest feature", "events": "Events"})
        b.dataframe(tables["type"], hide_index=True, width="stretch",
                    column_config={"event_type": "Event type", "events": "Events"})
        c.dataframe(week, hide_index=True, width="stretch",
                    column_config={"week": st.column_config.DateColumn("Week of", format="D MMM YYYY"),
                                   "events": "Events"})
        st.caption("Distances are true distances (UTM 37N); each event counts once, for its nearest feature.")
