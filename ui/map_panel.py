"""Draw the map with streamlit-folium, send it the sidebar's state, and read back what the user did.

The map is built once per dataset version, scene and basemap: its events come from
the event pack (:mod:`layers.event_pack`), a file the browser fetches once and caches,
and nothing in it depends on the filter or the layers switched on. Streamlit sends
an unchanged element as a reference to the copy the browser holds, so a filter
change sends the map only the new state (:func:`render_state`), a few hundred
bytes run in the page by ``st.html``. The map reports back only what changes the
page: a click on events, a layer switched in its layer control, and its view when
the user turns to the rest of the page (``static/js/map-state.js``). A pan or zoom
reruns nothing; the browser keeps the address bar in step with the view.
"""

from __future__ import annotations

import hashlib

import streamlit as st
from streamlit_folium import st_folium

from auth.session import current
from filters.events import EventFilter
from layers.event_canvas import safe_json
from layers.event_pack import encode_pack, filter_state, publish
from layers.registry import LAYER_IDS
from mapview.compose import ANNOTATIONS_ID, RenderOptions, build_map
from mapview.spec import MapSpec
from offline.assets import STATIC_DIR, STREAMLIT_STATIC_URL, bundle_is_current
from ui import draw_panel, state
from ui.map_return import MapReturn

MAP_KEY = "map"
_TOKEN = "_map_token"
_SEQ = "_map_state_seq"
#: Where published event packs live, under ``static/`` (served at /app/static/packs/).
PACKS = "packs"


@st.cache_resource(show_spinner=False)
def _bundle_ready() -> bool:
    """Checked once per server process: use the one-file script bundle if it is current."""
    return bundle_is_current()


@st.cache_resource(show_spinner="Preparing the events for the map…", max_entries=2)
def _pack_name(location: str, generation: int, _events) -> str:
    """The file name of the event pack of a store generation, written once per process."""
    return publish(encode_pack(_events), STATIC_DIR / PACKS)


def static_base_url() -> str:
    """Where Streamlit serves ``static/``, honouring ``server.baseUrlPath``."""
    base = (st.get_option("server.baseUrlPath") or "").strip("/")
    return f"/{base}{STREAMLIT_STATIC_URL}" if base else STREAMLIT_STATIC_URL


def _on_map_change() -> None:
    """Runs before the rerun a map report triggers: record it in session state."""
    ret = MapReturn.from_component(st.session_state.get(MAP_KEY))
    if ret.map_token is not None and ret.map_token != st.session_state.get(_TOKEN):
        return  # a late report from a map that has been replaced (e.g. just before "Next")
    if ret.moved and ret.center is not None and ret.zoom is not None:
        st.session_state[state.K_LIVE] = (ret.center, ret.zoom)
        st.session_state[state.K_LIVE_BOUNDS] = ret.bounds
    if ret.drawn is not None and draw_panel.draw_mode() is not None:
        draw_panel.take_drawn(ret.drawn)
        return
    if ret.point is not None and st.session_state.get(state.K_PICKING):
        state.take_point(ret.point)
        return
    if ret.clicked_event_ids:
        st.session_state[state.K_SELECTED] = ret.clicked_event_ids
    if ret.visible_layers is not None:
        reported = [i for i in (st.session_state.get(state.K_LAYER_IDS) or LAYER_IDS) if i in set(ret.visible_layers)]
        if set(reported) != set(st.session_state.get(state.K_LAYERS, [])):
            st.session_state[state.K_LAYERS] = reported


def map_token(spec: MapSpec, presenter: bool, events_url: str, epoch: int, drawing: bool = False) -> str:
    """A short id of one map build: the same inputs give the same token (and the same map)."""
    return hashlib.sha1(repr((spec, presenter, events_url, epoch, drawing)).encode()).hexdigest()[:12]


def built_spec(spec: MapSpec, layer_ids) -> MapSpec:
    """The spec the map is built from: without the filter, the Near, the last brief's date or the
    hexagons' setting, and with every layer: the browser applies them (so changing them does not
    rebuild the map)."""
    return spec.with_(filter=EventFilter(), layers=frozenset(layer_ids), near=None, since=None, density_by="events")


def render_map(spec: MapSpec, theatre, events, *, data, height: int = 640, presenter: bool = False) -> MapReturn:
    """Show the map for ``spec``; ``events`` is the whole event table (the browser filters it)."""
    name = _pack_name(data.location, data.generation, events)
    events_url = f"{static_base_url()}{PACKS}/{name}"
    layer_ids = st.session_state.get(state.K_LAYER_IDS) or LAYER_IDS
    built = built_spec(spec, layer_ids)
    drawing = not presenter and current().can("draw")  # only editors' maps load the drawing tools
    token = map_token(built, presenter, events_url, st.session_state.get(state.K_VIEW_EPOCH, 0), drawing)
    fmap = build_map(built, theatre, events, data_last_day=data.facts.options.last_day,
                     options=RenderOptions(base_url=static_base_url(), presenter=presenter, token=token,
                                           bundle=_bundle_ready(), events_url=events_url, drawing=drawing))
    if st.session_state.get(_TOKEN) != token:  # a new map opens at its own view
        st.session_state[state.K_LIVE] = st.session_state[state.K_LIVE_BOUNDS] = None
    st.session_state[_TOKEN] = token
    value = st_folium(
        fmap,
        key=MAP_KEY,
        height=height,
        use_container_width=True,
        returned_objects=[],  # map-state.js reports; streamlit-folium itself sends nothing
        on_change=_on_map_change,
    )
    return MapReturn.from_component(value)


def map_state(spec: MapSpec, data_last_day) -> dict:
    """What the map is told on this run: the filter (with the posts' date) and the layers on."""
    layer_ids = st.session_state.get(state.K_LAYER_IDS) or LAYER_IDS
    return {
        "token": st.session_state.get(_TOKEN),
        "filter": filter_state(spec.filter, as_of=spec.as_of(data_last_day)),
        "layers": [i for i in layer_ids if i in spec.layers] + ([ANNOTATIONS_ID] if spec.annotations else []),
    }


def render_state(spec: MapSpec, data_last_day, shown: int, analysis: dict | None = None) -> dict:
    """Send the map its state: a script, run in the page, that hands it to the map's frame (and
    leaves it for a map that opens later). Put it after everything that rewrites the address.
    ``analysis``: the Near, last-brief and hexagon settings (:func:`ui.near_panel.map_state`)."""
    st.session_state[_SEQ] = st.session_state.get(_SEQ, 0) + 1
    sent = dict(map_state(spec, data_last_day), **(analysis or {}), seq=st.session_state[_SEQ])
    script = (
        "<script>(function(){var s=" + safe_json(sent) + ";window.__briefmapState=s;"
        "document.querySelectorAll('iframe').forEach(function(f){try{var w=f.contentWindow;"
        "if(w&&w.briefmapApplyState)w.briefmapApplyState(s);}catch(e){}});})();</script>"
    )
    with st.container(key="briefmap_state", height=1, border=False):
        st.html(script, unsafe_allow_javascript=True)
    st.session_state["_map_given"] = {
        "events": int(shown),
        "layers": sorted(spec.layers),
        "window": [str(spec.filter.start), str(spec.filter.end)],
        "basemap": spec.basemap,
        "state": sent,
    }
    return sent

