"""Briefings in the app: choose one, step through scenes, reset a scene, save a new one."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from auth import session as auth
from briefings.load import load_briefings
from briefings.model import Briefing, Scene
from briefings.narrative import narrative_html
from briefings.save import insert_scene, scene_mapping
from filters.events import FilterOptions
from loaders.errors import BriefingError
from loaders.gazetteer import build_gazetteer, feature_names
from loaders.paths import briefings_dir
from mapview.spec import MapSpec
from ui import state


def _mtimes(directory) -> tuple:
    return tuple(sorted((p.name, p.stat().st_mtime_ns) for p in directory.glob("*.yaml")))


@st.cache_resource(show_spinner=False)
def _load(_theatre, directory: str, mtimes: tuple):
    places, names = build_gazetteer(_theatre), feature_names(_theatre)
    found, errors = load_briefings(places, names, Path(directory))
    return found, errors, places, names


def briefings(theatre) -> tuple[dict[str, Briefing], list[BriefingError], dict, set]:
    """Valid briefings by id (reloaded when a file changes), and the broken files' errors."""
    directory = briefings_dir()
    return _load(theatre, str(directory), _mtimes(directory))


def apply_scene(briefing: Briefing, number: int, options: FilterOptions) -> None:
    """Show scene ``number`` of ``briefing``: set every widget and the view (callback-safe)."""
    ss = st.session_state
    scene = briefing.scene(number)
    spec = scene.to_spec(options)
    state.set_filters(spec)
    state.request_view(spec.view)
    ss[state.K_BRIEFING] = briefing.id
    ss[state.K_SCENE] = number
    ss[state.K_SCENE_SPEC] = spec
    ss[state.K_SELECTED] = ()


def current_scene(found: dict[str, Briefing]) -> tuple[Briefing | None, Scene | None]:
    ss = st.session_state
    b = found.get(ss.get(state.K_BRIEFING) or "")
    n = ss.get(state.K_SCENE)
    if b is None or n is None or not 1 <= n <= len(b.scenes):
        return None, None
    return b, b.scene(n)


def is_modified(spec: MapSpec) -> bool:
    """Has the briefer changed the scene's filters, layers, basemap, Near, last-brief date, hexagon
    setting or view?"""
    ss = st.session_state
    scene_spec: MapSpec | None = ss.get(state.K_SCENE_SPEC)
    if scene_spec is None:
        return False
    mine = (spec.filter, spec.layers, spec.basemap, spec.near, spec.since, spec.density_by)
    if mine != (scene_spec.filter, scene_spec.layers, scene_spec.basemap, scene_spec.near, scene_spec.since,
                scene_spec.density_by):
        return True
    # the map reports a view only once the user has moved it from the scene's own
    return ss.get(state.K_LIVE) is not None


def render_selector(found: dict[str, Briefing], errors: list[BriefingError], options: FilterOptions) -> None:
    sb = st.sidebar
    sb.header("Briefing")
    ids = ["", *found]

    def on_choose():
        bid = st.session_state[state.K_BRIEFING]
        if bid:
            apply_scene(found[bid], 1, options)
        else:
            st.session_state[state.K_SCENE] = None
            st.session_state[state.K_SCENE_SPEC] = None

    if st.session_state.get(state.K_BRIEFING) not in ids:
        st.session_state[state.K_BRIEFING] = ""
    sb.selectbox(
        "Guided briefing",
        options=ids,
        key=state.K_BRIEFING,
        format_func=lambda i: found[i].title if i else "— None: free map —",
        on_change=on_choose,
    )
    for err in errors:
        sb.error(f"A briefing file cannot be used:\n\n{err}")
    sb.toggle("Presenter mode", key=state.K_PRESENTER, help="Full-width map and large text for screen sharing.")


def render_navigation(briefing: Briefing, options: FilterOptions, *, modified: bool, presenter: bool) -> None:
    """Scene counter, Previous / Next (PageUp / PageDown), and back-to-scene."""
    n = st.session_state[state.K_SCENE]
    total = len(briefing.scenes)
    cols = st.columns([1, 1, 0.8, 1.6, 1.1] if presenter else [1, 1, 0.8, 2.2], vertical_alignment="center")
    cols[0].button("◀ Previous", key="scene_prev", disabled=n <= 1, shortcut="PageUp",
                   on_click=apply_scene, args=(briefing, max(1, n - 1), options), width="stretch")
    cols[1].button("Next ▶", key="scene_next", disabled=n >= total, shortcut="PageDown", type="primary",
                   on_click=apply_scene, args=(briefing, min(total, n + 1), options), width="stretch")
    cols[2].markdown(f'<div class="bm-scene-counter">{n} / {total}</div>', unsafe_allow_html=True)
    if modified:
        cols[3].button("↺ Back to the scene's settings", key="scene_reset", on_click=apply_scene,
                       args=(briefing, n, options), width="stretch",
                       help="You changed the view, layers or filters; this restores the scene's.")
    if presenter:
        exit_presenter_button(cols[4])


def exit_presenter_button(where) -> None:
    where.button("Exit presenter mode", key="exit_presenter", shortcut="Esc", width="stretch",
                 on_click=lambda: st.session_state.update({state.K_PRESENTER: False}))


def render_scene_text(briefing: Briefing, scene: Scene, *, modified: bool) -> None:
    st.markdown(f'<div class="bm-briefing-title">{_html(briefing.title)}</div>', unsafe_allow_html=True)
    st.markdown(f'<h2 class="bm-scene-title">{_html(scene.title)}</h2>', unsafe_allow_html=True)
    if modified:
        st.caption("Changed from the scene's settings.")
    with st.container(key="scene_narrative"):
        # the exports' renderer and link rule (briefings.narrative), not Streamlit's own Markdown
        st.markdown(f'<div class="bm-narrative">{narrative_html(scene.narrative)}</div>', unsafe_allow_html=True)


def _html(text: str) -> str:
    from layers.html import esc

    return esc(text)


def render_save_form(briefing: Briefing, spec: MapSpec, options: FilterOptions, places: dict, names: set) -> None:
    """Save what is on screen as a new scene of the chosen briefing, written to its file."""
    ss = st.session_state
    if not auth.current().can("manage_briefings"):
        return
    with st.sidebar.expander("Save this view as a new scene"):
        with st.form("save_scene", clear_on_submit=True, border=False):
            title = st.text_input("Scene title", max_chars=120, key="save_title")
            narrative = st.text_area("Narrative (Markdown)", height=120, key="save_narrative")
            where = st.radio("Position", ["After the current scene", "At the end"], horizontal=True,
                             key="save_position")
            submitted = st.form_submit_button("Save scene")
        if not submitted:
            return
        if not auth.require("manage_briefings"):
            return
        if not title.strip() or not narrative.strip():
            st.error("A scene needs a title and a narrative.")
            return
        _, scene = current_scene({briefing.id: briefing})
        carried = [a.raw for a in scene.annotations] if scene is not None else []
        mapping = scene_mapping(
            title, narrative, spec, ss.get(state.K_LIVE),
            data_span=(options.first_day, options.last_day), annotations=carried,
        )
        position = (ss.get(state.K_SCENE) or 0) + 1 if where.startswith("After") else len(briefing.scenes) + 1
        try:
            number = insert_scene(briefing.path, mapping, position, places, names)
        except (BriefingError, OSError) as exc:
            st.error(f"The scene was not saved:\n\n{exc}")
            return
        st.success(f"Saved as scene {number} of {briefing.path.name}.")
        ss["_pending_scene"] = (briefing.id, number)
        st.rerun()
