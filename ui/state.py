"""Session state: the keys the widgets use, and turning them into a MapSpec.

Widgets own their values in ``st.session_state`` under the keys below; code
that changes the view (a URL, a briefing scene) writes those keys before the
widgets are drawn, so the sidebar always shows what the map shows.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from filters.events import EventFilter, FilterOptions
from layers.registry import DEFAULT_LAYERS, LAYER_IDS
from mapview.spec import THEATRE_VIEW, MapSpec, View

K_DATES = "f_dates"
K_TYPES = "f_types"
K_SUBTYPES = "f_subtypes"
K_ACTORS = "f_actors"
K_BASEMAP = "basemap"
K_LAYERS = "layers"
K_HOME = "_home_view"          # the view the map is built with (scene, link, reset)
K_LIVE = "_live_view"          # the view the browser reports after panning / zooming
K_LIVE_BOUNDS = "_live_bounds"  # ... and its bounds, so an export shows the same area
K_SELECTED = "_selected_events"
K_NOTICES = "_notices"
K_BRIEFING = "briefing_id"     # selectbox: "" (no briefing) or a briefing id
K_SCENE = "_scene"             # 1-based scene number shown
K_SCENE_SPEC = "_scene_spec"   # the MapSpec the scene set, to tell when the briefer changed it
K_SCENE_FITTED = "_scene_fitted_view"  # the view the map reported right after showing the scene
K_PRESENTER = "presenter"


def init_defaults(options: FilterOptions) -> None:
    """Set every widget key that is not set yet to its default."""
    ss = st.session_state
    ss.setdefault(K_DATES, (options.first_day, options.last_day))
    ss.setdefault(K_TYPES, [])
    ss.setdefault(K_SUBTYPES, [])
    ss.setdefault(K_ACTORS, [])
    ss.setdefault(K_BASEMAP, "none")
    ss.setdefault(K_LAYERS, [i for i in LAYER_IDS if i in DEFAULT_LAYERS])
    ss.setdefault(K_HOME, THEATRE_VIEW)
    ss.setdefault(K_LIVE, None)
    ss.setdefault(K_SELECTED, ())
    ss.setdefault(K_NOTICES, [])
    ss.setdefault(K_BRIEFING, "")
    ss.setdefault(K_SCENE, None)
    ss.setdefault(K_SCENE_SPEC, None)
    ss.setdefault(K_SCENE_FITTED, None)
    ss.setdefault(K_PRESENTER, False)


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
    )


def current_spec(options: FilterOptions, **extra) -> MapSpec:
    """The MapSpec the widgets describe, with the home view."""
    ss = st.session_state
    return MapSpec(
        view=ss[K_HOME],
        layers=frozenset(ss[K_LAYERS]),
        filter=current_filter(options),
        basemap=ss[K_BASEMAP],
        **extra,
    )


def request_view(view: View, known: tuple | None = None) -> None:
    """Jump the map to ``view``.

    The map is rebuilt there, forgetting the panned view. When the map would not
    be rebuilt (same view as before), ``known`` — the ((lat, lon), zoom) the map
    showed for this view — moves it back there without a rebuild.
    """
    st.session_state[K_HOME] = view
    st.session_state[K_LIVE] = known
    st.session_state[K_LIVE_BOUNDS] = None


def set_filters(spec: MapSpec) -> None:
    """Write a spec's filters, layers and basemap into the widget keys (before the widgets draw)."""
    ss = st.session_state
    f = spec.filter
    ss[K_DATES] = (f.start, f.end)
    ss[K_TYPES] = list(f.event_types or [])
    ss[K_SUBTYPES] = list(f.sub_event_types or [])
    ss[K_ACTORS] = list(f.actors or [])
    ss[K_LAYERS] = [i for i in LAYER_IDS if i in spec.layers]
    ss[K_BASEMAP] = spec.basemap


def notice(text: str) -> None:
    """Queue a short notice to show once at the top of the page."""
    st.session_state.setdefault(K_NOTICES, []).append(text)
