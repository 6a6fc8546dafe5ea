"""Keep the page URL in step with the view, and open the view a URL describes."""

from __future__ import annotations

import streamlit as st

from briefings.model import Briefing
from filters.events import FilterOptions
from layers.registry import LAYER_IDS
from links import params as link_params
from mapview.spec import MapSpec, View
from ui import state
from ui.briefing_panel import apply_scene

_READ = "_url_read"


def apply_url_once(found: dict[str, Briefing], options: FilterOptions) -> None:
    """On a session's first run, open what the URL asks for (bad parts become notices)."""
    ss = st.session_state
    if ss.get(_READ):
        return
    ss[_READ] = True
    req = link_params.parse(
        st.query_params.to_dict(), briefings={k: len(b.scenes) for k, b in found.items()}, options=options,
        layer_ids=ss.get(state.K_LAYER_IDS) or LAYER_IDS,
    )
    if req.briefing is not None:
        apply_scene(found[req.briefing], req.scene or 1, options)
    if req.center is not None:
        state.request_view(View(center=req.center, zoom=req.zoom))
    if req.start is not None or req.end is not None:
        start, end = ss[state.K_DATES]
        ss[state.K_DATES] = (req.start or start, req.end or end)
    if req.layers is not None:
        ss[state.K_LAYERS] = list(req.layers)
    if req.types is not None:
        ss[state.K_TYPES] = list(req.types)
    if req.subtypes is not None:
        ss[state.K_SUBTYPES] = list(req.subtypes)
    if req.actors is not None:
        ss[state.K_ACTORS] = list(req.actors)
    if req.datasets is not None:
        ss[state.K_DATASETS] = list(req.datasets)
    if req.basemap is not None:
        ss[state.K_BASEMAP] = req.basemap
    if req.near is not None or req.near_off:
        state.set_near(req.near)
    if req.since is not None or req.since_off:
        ss[state.K_SINCE] = req.since
    if req.density_by is not None:
        ss[state.K_DENSITY_BY] = req.density_by
    ss[state.K_PRESENTER] = req.presenter
    for text in req.notices:
        state.notice(text)


def write_url(spec: MapSpec, options: FilterOptions, *, modified: bool) -> dict[str, str]:
    """Rewrite the URL so that copying it reproduces what is on screen."""
    ss = st.session_state
    live = ss.get(state.K_LIVE)
    view = live
    if view is None and spec.view.center is not None:
        view = (spec.view.center, spec.view.zoom)
    briefing = ss.get(state.K_BRIEFING) or None
    wanted = link_params.encode(
        briefing=briefing,
        scene=ss.get(state.K_SCENE) if briefing else None,
        modified=modified,
        view=view,
        start=spec.filter.start,
        end=spec.filter.end,
        layers=spec.layers,
        types=spec.filter.event_types,
        subtypes=spec.filter.sub_event_types,
        actors=spec.filter.actors,
        datasets=spec.filter.datasets,
        basemap=spec.basemap,
        presenter=bool(ss.get(state.K_PRESENTER)),
        options=options,
        layer_ids=ss.get(state.K_LAYER_IDS) or LAYER_IDS,
        near=spec.near,
        since=spec.since,
        density_by=spec.density_by,
    )
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)
    return wanted
