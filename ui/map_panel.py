"""Draw the folium map with streamlit-folium and read back what the user did in it."""

from __future__ import annotations

import datetime as dt
import hashlib

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from layers.registry import LAYER_IDS
from mapview.compose import RenderOptions, build_map
from mapview.spec import MapSpec
from offline.assets import STREAMLIT_STATIC_URL, bundle_is_current
from ui import state
from ui.map_return import RETURNED_OBJECTS, MapReturn

MAP_KEY = "map"
_LAST_SPEC = "_last_built_spec"
_ECHO = "_map_reported_layers"
_TOKEN = "_map_token"


@st.cache_resource(show_spinner=False)
def _bundle_ready() -> bool:
    """Checked once per server process: use the one-file script bundle if it is current."""
    return bundle_is_current()


def static_base_url() -> str:
    """Where Streamlit serves ``static/``, honouring ``server.baseUrlPath``."""
    base = (st.get_option("server.baseUrlPath") or "").strip("/")
    return f"/{base}{STREAMLIT_STATIC_URL}" if base else STREAMLIT_STATIC_URL


def _on_map_change() -> None:
    """Runs before the rerun a map interaction triggers: record it in session state."""
    ret = MapReturn.from_component(st.session_state.get(MAP_KEY))
    if ret.map_token is not None and ret.map_token != st.session_state.get(_TOKEN):
        return  # a late report from a map that has been replaced (e.g. just before "Next")
    if ret.bounds is not None:
        st.session_state[state.K_LIVE_BOUNDS] = ret.bounds
    if ret.center is not None and ret.zoom is not None:
        st.session_state[state.K_LIVE] = (ret.center, ret.zoom)
        if st.session_state.get(state.K_SCENE_SPEC) is not None and st.session_state.get(state.K_SCENE_FITTED) is None:
            # the first view the map reports after showing a scene is the scene's own
            st.session_state[state.K_SCENE_FITTED] = (ret.center, ret.zoom)
    if ret.clicked_event_ids:
        st.session_state[state.K_SELECTED] = ret.clicked_event_ids
    if ret.visible_layers is not None:
        reported = [i for i in (st.session_state.get(state.K_LAYER_IDS) or LAYER_IDS) if i in set(ret.visible_layers)]
        st.session_state[_ECHO] = frozenset(reported)
        if set(reported) != set(st.session_state.get(state.K_LAYERS, [])):
            st.session_state[state.K_LAYERS] = reported


def map_token(spec: MapSpec, presenter: bool) -> str:
    """A short id of one map build: the same spec gives the same token (and the same map)."""
    return hashlib.sha1(repr((spec, presenter)).encode()).hexdigest()[:12]


def spec_to_build(spec: MapSpec) -> MapSpec:
    """The spec to build the map from.

    When the only change since the last build is the set of layers, and the
    browser already shows exactly that set (the user toggled it in the map's
    layer control), rebuilding would remount the map for nothing: reuse the
    previous spec, so streamlit-folium sees the same map and keeps it.
    """
    last = st.session_state.get(_LAST_SPEC)
    echo = st.session_state.get(_ECHO)
    if last is not None and echo is not None and spec.layers == echo and spec.with_(layers=last.layers) == last:
        return last
    return spec


def render_map(
    spec: MapSpec,
    theatre,
    events: pd.DataFrame,
    *,
    data_last_day: dt.date,
    height: int = 640,
    presenter: bool = False,
) -> MapReturn:
    """Build and show the map for ``spec``; return what the browser reported."""
    built = spec_to_build(spec)
    token = map_token(built, presenter)
    fmap = build_map(built, theatre, events, data_last_day=data_last_day,
                     options=RenderOptions(base_url=static_base_url(), presenter=presenter, token=token,
                                           bundle=_bundle_ready()))
    st.session_state[_LAST_SPEC] = built
    st.session_state[_TOKEN] = token
    live = st.session_state.get(state.K_LIVE)
    value = st_folium(
        fmap,
        key=MAP_KEY,
        height=height,
        use_container_width=True,
        returned_objects=list(RETURNED_OBJECTS),
        center=list(live[0]) if live else None,
        zoom=live[1] if live else None,
        on_change=_on_map_change,
    )
    st.session_state["_map_given"] = {
        "events": int(len(events)),
        "layers": sorted(built.layers),
        "window": [str(built.filter.start), str(built.filter.end)],
        "basemap": built.basemap,
    }
    return MapReturn.from_component(value)
