"""Draw front lines, areas of control, axes and areas of interest on the map (editors and admins).

"Draw on the map" in the sidebar opens the panel: the editor chooses what to draw,
draws it on the map (Leaflet.draw, switched on through the map's state: see
``static/js/map-state.js``), then gives its actor, dates, source and accuracy. The
shape is stored in the ``drawings`` dataset (:data:`store.editing.DRAWINGS`) and
shows as the layer ``user:drawings``: it follows the timeline, the legend, links,
scenes and exports like any overlay. A stored drawing is corrected, redrawn or
retracted from the same panel, under the same optimistic locking as events.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from auth.session import current, require
from store import StoreError
from store.editing import DRAWINGS, KIND_GEOMETRY, OVERLAY_KINDS, EditRefused, StaleEdit, overlay_fields
from ui import state
from ui.history import render_retract
from ui.text import md_text

K_DRAW = state.K_DRAW       # {"mode": "new"} or {"mode": "correct", "fid", "revision", "redraw": bool}
K_DRAWN = "_drawn"          # the last shape the map reported (a GeoJSON geometry)
K_STALE = "_draw_stale"
P = "dr_"                   # widget keys: P + field
#: Map draw mode per kind (what the editor draws).
DRAW_MODE = {"front_line": "line", "axis": "line", "control": "polygon", "interest": "polygon"}
HOW = {
    "line": "Click the map at each point of the line, then click the last point again to finish. "
            "Esc drops the line being drawn.",
    "polygon": "Click each corner of the area, then click the first corner again to close it. "
               "Esc drops the area being drawn.",
    "point": "Click the map where it is.",
}
#: An area of interest may be an area or a single point.
INTEREST_SHAPES = {"polygon": "An area", "point": "A point"}
#: Actors offered first (any other can be typed).
ACTORS = ("Syrian government forces (SAA) and allies", "Turkish Armed Forces (TSK)", "Syrian National Army (SNA)",
          "Hayat Tahrir al-Sham (HTS)", "National Liberation Front (NLF)", "Russian forces")


def drawing_panel() -> dict | None:
    return st.session_state.get(K_DRAW)


def draw_mode() -> str | None:
    """What the map draws now ("line" or "polygon"), or None (then the map is not in draw mode)."""
    panel = drawing_panel()
    if panel is None or (panel["mode"] == "correct" and not panel.get("redraw")):
        return None
    return _mode()


def _mode() -> str:
    ss = st.session_state
    kind = ss.get(P + "kind") or "front_line"
    if kind == "interest":
        return ss.get(P + "interest_shape") or "polygon"
    return DRAW_MODE[kind]


def take_drawn(geometry: dict) -> None:
    """The map reported a finished shape (the map's change callback)."""
    st.session_state[K_DRAWN] = geometry


def _open_new() -> None:
    ss = st.session_state
    ss.pop(state.K_EDIT, None)  # one panel at a time
    ss[K_DRAW] = {"mode": "new"}
    ss.pop(K_DRAWN, None)
    ss.pop(K_STALE, None)
    ss[state.K_PICKING] = False
    for f in ("name", "actor", "valid_from", "valid_to", "source", "accuracy_m", "description"):
        ss[P + f] = None if f in ("actor", "valid_from", "valid_to", "accuracy_m") else ""
    ss[P + "kind"] = "front_line"
    ss[P + "interest_shape"] = "polygon"


def _open_correct(store, fid: int) -> None:
    ss = st.session_state
    row = store.overlay_state(fid)
    if row is None or row["retracted_at"]:
        close()
        state.notice(f"Drawing {fid} is no longer on the map (retracted or removed meanwhile).")
        return
    fields = overlay_fields(row)
    ss.pop(state.K_EDIT, None)
    ss[K_DRAW] = {"mode": "correct", "fid": int(fid), "revision": int(row["revision"]), "redraw": False,
                  "opened": fields}
    ss.pop(K_DRAWN, None)
    ss.pop(K_STALE, None)
    ss[state.K_PICKING] = False
    ss[P + "kind"] = fields["kind"] if fields["kind"] in OVERLAY_KINDS else "interest"
    ss[P + "interest_shape"] = "point" if row["geometry"].geom_type == "Point" else "polygon"
    ss[P + "name"], ss[P + "source"], ss[P + "description"] = fields["name"], fields["source"], fields["description"]
    ss[P + "actor"] = fields["actor"] or None
    for f in ("valid_from", "valid_to"):
        ss[P + f] = dt.date.fromisoformat(fields[f]) if fields[f] else None
    ss[P + "accuracy_m"] = int(fields["accuracy_m"]) if fields["accuracy_m"] else None


def close() -> None:
    for k in (K_DRAW, K_DRAWN, K_STALE):
        st.session_state.pop(k, None)


def _pick_drawing(store) -> None:
    fid = st.session_state.get(P + "existing")
    if fid is not None:
        _open_correct(store, int(fid))


def render_sidebar_button() -> None:
    if st.session_state.get(state.K_PRESENTER) or not current().can("draw"):
        return
    st.sidebar.button("Draw on the map", icon=":material/draw:", on_click=_open_new, key="draw_open",
                      help="Draw a front line, an area of control, an axis of advance or an area of interest, "
                           "with its actor, dates, source and accuracy.")


def _form_fields() -> dict:
    values = state.form_values(P, ("name", "actor", "valid_from", "valid_to", "source", "accuracy_m", "description",
                                   "kind"))
    return {k: str(v) for k, v in values.items()}


def render(data, options) -> None:
    """The open panel, if any (in the column beside the map)."""
    panel = drawing_panel()
    if panel is None:
        return
    if not current().can("draw"):
        close()
        return
    ss = st.session_state
    new = panel["mode"] == "new"
    with st.container(border=True, key="draw_panel"):
        st.subheader("Draw on the map" if new else f"Edit drawing {panel['fid']}")
        stored = data.store.overlays(DRAWINGS.id)
        if len(stored):
            labels = {int(fid): f"{r['name']} ({r['valid_from'] or 'undated'})" for fid, r in stored.iterrows()}
            st.selectbox("…or edit a drawing", list(labels), format_func=labels.get, index=None, key=P + "existing",
                         placeholder="Choose a stored drawing", on_change=_pick_drawing, args=(data.store,))
        fixed = not new and not panel.get("redraw")
        st.radio("What", list(OVERLAY_KINDS), format_func=OVERLAY_KINDS.get, key=P + "kind", horizontal=True,
                 disabled=fixed)
        if ss.get(P + "kind") == "interest":
            st.radio("Shape", list(INTEREST_SHAPES), format_func=INTEREST_SHAPES.get, key=P + "interest_shape",
                     horizontal=True, disabled=fixed)
        _shape_status(panel)
        with st.form("draw_form", border=False):
            st.text_input("Name", key=P + "name", placeholder="e.g. Line of contact south of the M4")
            current_actor = [ss[P + "actor"]] if ss.get(P + "actor") else []
            st.selectbox("Actor", list(dict.fromkeys([*current_actor, *ACTORS, *options.actors])), key=P + "actor",
                         accept_new_options=True, placeholder="Whose line, area or axis?")
            a, b = st.columns(2)
            span = dict(format="YYYY-MM-DD", min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
            a.date_input("Valid from", key=P + "valid_from", **span)
            b.date_input("Valid to (optional)", key=P + "valid_to", **span)
            st.number_input("Accuracy (metres)", key=P + "accuracy_m", min_value=1, max_value=200_000, step=500,
                            placeholder="How far off may the drawn position be?",
                            help="Say how far the drawn line or edge may be from the real one: a line copied from "
                                 "a 1:250,000 map is rarely better than 1,000 m.")
            st.text_input("Source (required)", key=P + "source", placeholder="e.g. ISW control map, 1 Sep 2020")
            st.text_area("Note", key=P + "description", height=70)
            saved = st.form_submit_button("Save drawing" if new else "Save changes", type="primary")
        st.button("Cancel", key="draw_cancel", on_click=close)
        if saved:
            _save(data, panel)
        if stale := ss.get(K_STALE):
            st.error(md_text(stale), icon=":material/sync_problem:")
            st.button("Load the stored version (your changes are discarded)", key="draw_reload",
                      on_click=_open_correct, args=(data.store, panel["fid"]))
        if not new:
            _render_retract(data, panel)


def _shape_status(panel: dict) -> None:
    ss = st.session_state
    drawn = ss.get(K_DRAWN)
    mode = _mode()
    if panel["mode"] == "correct" and not panel.get("redraw"):
        st.button("Redraw its shape", key="draw_redraw", icon=":material/edit:", on_click=_redraw)
        return
    if drawn is not None and drawn.get("type", "").replace("LineString", "line").lower() == mode:
        if mode == "point":
            lon, lat = drawn["coordinates"]
            what = f"a point at {lat:.5f}, {lon:.5f}"
        else:
            n = len(drawn["coordinates"]) if drawn["type"] == "LineString" else len(drawn["coordinates"][0]) - 1
            what = f"{'a line of' if mode == 'line' else 'an area with'} {n} points"
        st.success(f"Shape drawn: {what}. Draw again on the map to replace it.", icon=":material/check:")
    else:
        st.info(HOW[mode], icon=":material/draw:")


def _redraw() -> None:
    panel = st.session_state.get(K_DRAW)
    if panel is not None:
        panel["redraw"] = True
        st.session_state.pop(K_DRAWN, None)


def _geometry_fits(geometry: dict | None, kind: str) -> bool:
    return geometry is not None and geometry.get("type") in KIND_GEOMETRY.get(kind, ())


def _save(data, panel: dict) -> None:
    if not require("draw"):  # checked on the server at the moment of saving
        return
    ss = st.session_state
    fields = _form_fields()
    drawn = ss.get(K_DRAWN)
    author = current().author
    try:
        if panel["mode"] == "new":
            if not _geometry_fits(drawn, fields["kind"]):
                st.error(f"Not saved: draw the {OVERLAY_KINDS[fields['kind']].lower()} on the map first.",
                         icon=":material/error:")
                return
            saved = data.store.add_overlay(fields, drawn, by=author)
            what = "saved"
        else:
            changes = {k: v for k, v in fields.items() if v != panel["opened"].get(k)}
            geometry = drawn if panel.get("redraw") else None
            if panel.get("redraw") and not _geometry_fits(drawn, fields["kind"]):
                st.error("Not saved: draw the new shape on the map first (or cancel).", icon=":material/error:")
                return
            saved = data.store.correct_overlay(panel["fid"], changes, by=author, revision=panel["revision"],
                                               geometry=geometry)
            what = "corrected"
    except StaleEdit as exc:
        ss[K_STALE] = str(exc)
        return
    except (EditRefused, StoreError) as exc:
        st.error(f"Not saved: {md_text(str(exc))}.", icon=":material/error:")
        return
    close()
    state.notice(f"Drawing {saved.fid} {what} (revision {saved.revision}): it is in the layer "
                 f"“{DRAWINGS.title} (your data)”, from its valid_from date.")
    st.rerun()


def _render_retract(data, panel: dict) -> None:
    def done() -> None:
        close()
        state.notice(f"Drawing {panel['fid']} retracted. It stays in the store; the Data page lists it.")

    render_retract(what="drawing", key="draw_retract", action="draw", stale_key=K_STALE, on_done=done,
                   retract=lambda reason, by: data.store.retract_overlay(panel["fid"], reason, by=by,
                                                                         revision=panel["revision"]))
