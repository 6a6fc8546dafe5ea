"""Session state: the keys the widgets use, and turning them into a MapSpec.

Widgets own their values in ``st.session_state`` under the keys below; code
that changes the view (a URL, a briefing scene) writes those keys before the
widgets are drawn, so the sidebar always shows what the map shows.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from analysis.near import Near, NearError, point_target
from filters.events import EventFilter, FilterOptions
from layers.registry import DEFAULT_LAYERS, LAYER_IDS, is_user_layer
from mapview.spec import THEATRE_VIEW, MapSpec, View

K_DATES = "f_dates"
K_TYPES = "f_types"
K_SUBTYPES = "f_subtypes"
K_ACTORS = "f_actors"
K_DATASETS = "f_datasets"
K_BASEMAP = "basemap"
K_LAYERS = "layers"
K_HOME = "_home_view"          # the view the map is built with (scene, link, reset)
K_LIVE = "_live_view"          # the view the browser reports once the user has moved the map
K_LIVE_BOUNDS = "_live_bounds"  # ... and its bounds, so an export shows the same area
K_SELECTED = "_selected_events"
K_NOTICES = "_notices"
K_BRIEFING = "briefing_id"     # selectbox: "" (no briefing) or a briefing id
K_SCENE = "_scene"             # 1-based scene number shown
K_SCENE_SPEC = "_scene_spec"   # the MapSpec the scene set, to tell when the briefer changed it
K_VIEW_EPOCH = "_view_epoch"   # counts view requests: each builds the map afresh at the requested view
K_PRESENTER = "presenter"
K_NEAR_ON = "near_on"          # toggle: the Near filter is on
K_NEAR_TARGET = "near_target"  # selectbox: a Near target (analysis.near)
K_NEAR_KM = "near_km"          # number input: its distance (km)
K_SINCE = "since"              # date of the last brief, or None
K_DENSITY_BY = "density_by"    # radio: "events" or "fatalities"
K_CLICKED_POINT = "_clicked_point"  # (lat, lon) of the last point picked on the map for the Near filter
K_PICKING = "_near_picking"    # the next map click picks a point (for K_PICK_FOR)
K_EDIT = "_edit"              # the open event form (ui.edit_panel), or absent
K_DRAW = "_draw"              # the open drawing panel (ui.draw_panel), or absent
K_EDIT_POINT = "_edit_point"  # (lat, lon) last picked on the map for the event being edited
K_PICK_FOR = "_pick_for"       # what the picked point is for: "near" (the Near filter) or "edit" (an event's position)
K_SPAN = "_data_span"          # the data's (first, last) day when the date window was last defaulted
K_LAYER_IDS = "_layer_ids"     # every layer the map can show now (registered + the store's overlays)


def init_defaults(options: FilterOptions, layer_ids: tuple[str, ...] = LAYER_IDS) -> None:
    """Set every widget key that is not set yet to its default.

    When the store's data changes (an import, a removal), a date window still at
    the old data's full span follows the new span, and overlay layers that were
    not there before are switched on, so new data shows without a reload.
    """
    ss = st.session_state
    span = (options.first_day, options.last_day)
    if K_DATES in ss and ss.get(K_SPAN) not in (None, span) and tuple(ss[K_DATES]) == tuple(ss[K_SPAN]):
        ss[K_DATES] = span
    ss[K_SPAN] = span
    ss.setdefault(K_DATES, span)
    ss.setdefault(K_TYPES, [])
    ss.setdefault(K_SUBTYPES, [])
    ss.setdefault(K_ACTORS, [])
    ss.setdefault(K_DATASETS, [])
    ss.setdefault(K_BASEMAP, "none")
    known = ss.get(K_LAYER_IDS)
    ss.setdefault(K_LAYERS, [i for i in layer_ids if i in DEFAULT_LAYERS or is_user_layer(i)])
    if known is not None:
        added = [i for i in layer_ids if i not in known and is_user_layer(i)]
        if added:
            ss[K_LAYERS] = [i for i in layer_ids if i in set(ss[K_LAYERS]) | set(added)]
    ss[K_LAYER_IDS] = tuple(layer_ids)
    ss.setdefault(K_HOME, THEATRE_VIEW)
    ss.setdefault(K_LIVE, None)
    ss.setdefault(K_SELECTED, ())
    ss.setdefault(K_NOTICES, [])
    ss.setdefault(K_BRIEFING, "")
    ss.setdefault(K_SCENE, None)
    ss.setdefault(K_SCENE_SPEC, None)
    ss.setdefault(K_VIEW_EPOCH, 0)
    ss.setdefault(K_PRESENTER, False)
    ss.setdefault(K_NEAR_ON, False)
    ss.setdefault(K_NEAR_TARGET, "m4_highway")
    ss.setdefault(K_NEAR_KM, 6.0)
    ss.setdefault(K_SINCE, None)
    ss.setdefault(K_DENSITY_BY, "events")
    ss.setdefault(K_CLICKED_POINT, None)


def clamp_dates(value, options: FilterOptions) -> tuple[dt.date, dt.date]:
    start, end = value
    start = min(max(start, options.first_day), options.last_day)
    end = min(max(end, options.first_day), options.last_day)
    return (start, end) if start <= end else (end, start)


def current_filter(options: FilterOptions) -> EventFilter:
    ss = st.session_state
    start, end = clamp_dates(ss[K_DATES], options)
    return EventFilter(
        start=start,
        end=end,
        event_types=tuple(ss[K_TYPES]) or None,
        sub_event_types=tuple(ss[K_SUBTYPES]) or None,
        actors=tuple(ss[K_ACTORS]) or None,
        datasets=tuple(ss[K_DATASETS]) or None,
    )


def current_near() -> Near | None:
    """The Near filter the widgets describe, or None when it is off."""
    ss = st.session_state
    if not ss.get(K_NEAR_ON) or not ss.get(K_NEAR_TARGET):
        return None
    try:
        return Near(str(ss[K_NEAR_TARGET]), float(ss[K_NEAR_KM]))
    except (NearError, TypeError, ValueError):
        return None


def current_since(options: FilterOptions) -> dt.date | None:
    """The date of the last brief, when it is inside the data (after its first day)."""
    since = st.session_state.get(K_SINCE)
    return since if since is not None and options.first_day < since <= options.last_day else None


def current_spec(options: FilterOptions, **extra) -> MapSpec:
    """The MapSpec the widgets describe, with the home view."""
    ss = st.session_state
    return MapSpec(
        view=ss[K_HOME],
        layers=frozenset(ss[K_LAYERS]),
        filter=current_filter(options),
        basemap=ss[K_BASEMAP],
        near=current_near(),
        since=current_since(options),
        density_by=ss.get(K_DENSITY_BY, "events"),
        **extra,
    )


def set_near(near: Near | None) -> None:
    """Write a Near into the widget keys (before the widgets are drawn)."""
    ss = st.session_state
    ss[K_NEAR_ON] = near is not None
    if near is not None:
        ss[K_NEAR_TARGET] = near.target
        ss[K_NEAR_KM] = float(near.km)


def request_view(view: View) -> None:
    """Jump the map to ``view``: the map is built afresh there (even when it is the view it was
    built with before the user panned away), forgetting the panned view."""
    st.session_state[K_HOME] = view
    st.session_state[K_VIEW_EPOCH] = st.session_state.get(K_VIEW_EPOCH, 0) + 1
    st.session_state[K_LIVE] = None
    st.session_state[K_LIVE_BOUNDS] = None


def set_filters(spec: MapSpec) -> None:
    """Write a spec's filters, layers and basemap into the widget keys (before the widgets draw)."""
    ss = st.session_state
    f = spec.filter
    ss[K_DATES] = (f.start, f.end)
    ss[K_TYPES] = list(f.event_types or [])
    ss[K_SUBTYPES] = list(f.sub_event_types or [])
    ss[K_ACTORS] = list(f.actors or [])
    ss[K_DATASETS] = list(f.datasets or [])
    ids = ss.get(K_LAYER_IDS) or LAYER_IDS
    ss[K_LAYERS] = [i for i in ids if i in spec.layers]
    ss[K_BASEMAP] = spec.basemap
    set_near(spec.near)
    ss[K_SINCE] = spec.since
    ss[K_DENSITY_BY] = spec.density_by


def form_values(prefix: str, fields) -> dict:
    """The values of a form's widgets (keys ``prefix + field``) as the store takes them: dates as ISO
    text, an empty widget as ""."""
    out = {}
    for f in fields:
        v = st.session_state.get(prefix + f)
        out[f] = v.isoformat() if isinstance(v, dt.date) else ("" if v is None else v)
    return out


def take_point(point: tuple[float, float]) -> None:
    """A point picked on the map (the map's change callback): the position of the event being edited,
    or else the Near filter's target."""
    ss = st.session_state
    if ss.get(K_PICK_FOR) == "edit":
        ss[K_PICKING] = False
        ss["ev_latitude"], ss["ev_longitude"] = float(point[0]), float(point[1])
        ss[K_EDIT_POINT] = (float(point[0]), float(point[1]))
        ss["ev_place"] = None
        return
    ss[K_CLICKED_POINT] = point
    ss[K_NEAR_TARGET] = point_target(*point)
    ss[K_NEAR_ON] = True
    ss[K_PICKING] = False


def notice(text: str) -> None:
    """Add a short notice (Markdown) to the top of the page; it stays, through every rerun, until
    the user dismisses it (ui.notices). The same text twice is one notice."""
    notices = st.session_state.setdefault(K_NOTICES, [])
    if text not in notices:
        notices.append(text)


def dismiss_notice(text: str) -> None:
    """Remove one notice (the same text it was added with)."""
    st.session_state[K_NOTICES] = [n for n in st.session_state.get(K_NOTICES, []) if n != text]
