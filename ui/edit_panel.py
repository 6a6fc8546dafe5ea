"""Add, correct, retract and restore events from the map page (editors and admins).

An editor opens a form: "Add an event" in the sidebar, or "Correct" on an event's
details. The position comes from a click on the map, typed coordinates or a
place of the gazetteer; the precision is chosen, never defaulted. Each save
checks the role again on the server (:func:`auth.session.require`) and hands the
store the revision the form was opened on: if someone saved the event meanwhile,
the store refuses (:class:`store.editing.StaleEdit`), the form keeps what was
typed, and the panel shows what changed.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from auth.session import current, require
from layers.style import GEO_PRECISION_LABELS, TIME_PRECISION_LABELS
from loaders.gazetteer import geonames_places
from store import StoreError
from store.editing import ANALYSTS, EVENT_FIELDS, EditRefused, StaleEdit
from ui import state
from ui.history import render_retract
from ui.text import md_text

K_EDIT = state.K_EDIT       # {"mode": "add"} or {"mode": "correct", "fid", "revision", "opened": {field: value}}
K_STALE = "_edit_stale"     # the message of a refused save, shown until the form is reloaded or closed
P = "ev_"                   # widget keys of the form: P + field
#: ACLED's event types (the form offers these and any other type the store holds).
ACLED_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
               "Strategic developments")
#: Fields the form shows in full; the rest of :data:`store.editing.EVENT_FIELDS` are under "More fields".
MAIN_FIELDS = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "location",
               "admin1", "admin2", "latitude", "longitude", "geo_precision", "fatalities", "notes", "source",
               "source_url")
MORE_FIELDS = tuple(f for f in EVENT_FIELDS if f not in MAIN_FIELDS)
_NUMBERS = ("latitude", "longitude", "fatalities")


def editing() -> dict | None:
    """The open form's state, or None."""
    return st.session_state.get(K_EDIT)


def _blank(field: str):
    return None if field in ("event_date", "time_precision", "geo_precision", "event_type", "sub_event_type",
                             "actor1", "actor2", "latitude", "longitude") else 0 if field == "fatalities" else ""


def _widget_value(field: str, value):
    """A stored value as its form widget holds it."""
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return _blank(field)
    if field == "event_date":
        return dt.date.fromisoformat(str(value)[:10]) if str(value) else None
    if field in ("time_precision", "geo_precision"):
        return int(value)
    if field in ("latitude", "longitude"):
        return float(value)
    if field == "fatalities":
        return int(value)
    if field in ("event_type", "sub_event_type", "actor1", "actor2"):
        return str(value) or None
    return str(value)


def _fill(values: dict) -> None:
    ss = st.session_state
    for f in EVENT_FIELDS:
        ss[P + f] = _widget_value(f, values.get(f))


def open_add() -> None:
    """The sidebar's "Add an event" (a button callback: it runs before the form's widgets)."""
    st.session_state.pop(state.K_DRAW, None)  # one panel at a time
    st.session_state[K_EDIT] = {"mode": "add"}
    st.session_state.pop(K_STALE, None)
    st.session_state.pop(state.K_EDIT_POINT, None)
    _fill({"country": "Syria", "iso": 760, "region": "Middle East"})


def open_correct(record: dict, revision: int) -> None:
    """"Correct" on an event's details: the form opens on this record at this revision."""
    opened = {f: record.get(f) for f in EVENT_FIELDS}
    st.session_state.pop(state.K_DRAW, None)
    st.session_state[K_EDIT] = {"mode": "correct", "fid": int(record["fid"]), "revision": int(revision),
                                "opened": opened}
    st.session_state.pop(K_STALE, None)
    _fill(opened)


def close() -> None:
    ss = st.session_state
    ss.pop(K_EDIT, None)
    ss.pop(K_STALE, None)
    ss.pop(state.K_EDIT_POINT, None)
    if ss.get(state.K_PICK_FOR) == "edit":
        ss[state.K_PICKING] = False


def _pick() -> None:
    st.session_state[state.K_PICKING] = True
    st.session_state[state.K_PICK_FOR] = "edit"


@st.cache_data(show_spinner=False)
def _places() -> pd.DataFrame:
    frame = geonames_places().sort_values(["name", "admin1"]).reset_index(drop=True)
    frame["label"] = frame["name"] + " (" + frame["admin1"].astype(str) + ")"
    return frame


def _take_place() -> None:
    """A gazetteer place chosen: its coordinates and names fill the form (the precision stays the editor's)."""
    ss = st.session_state
    ss.pop(state.K_EDIT_POINT, None)
    label = ss.get("ev_place")
    places = _places()
    row = places.loc[places["label"] == label]
    if not len(row):
        return
    r = row.iloc[0]
    ss[P + "latitude"], ss[P + "longitude"] = float(r["lat"]), float(r["lon"])
    ss[P + "location"], ss[P + "admin1"], ss[P + "admin2"] = str(r["name"]), str(r["admin1"]), str(r["admin2"] or "")


def edit_point() -> list[float] | None:
    """[lat, lon] of the open form's position, for the map to mark (None without a form or a position)."""
    ss = st.session_state
    lat, lon = ss.get(P + "latitude"), ss.get(P + "longitude")
    if editing() is None or lat is None or lon is None:
        return None
    return [round(float(lat), 6), round(float(lon), 6)]


def form_values() -> dict:
    """The form's fields as the store takes them."""
    return state.form_values(P, EVENT_FIELDS)


def _as_form(field: str, value):
    """A stored value as :func:`form_values` gives it (to tell what the editor changed)."""
    v = _widget_value(field, value)
    return v.isoformat() if isinstance(v, dt.date) else ("" if v is None else v)


def render_sidebar_button() -> None:
    """"Add an event", for those who may edit."""
    if st.session_state.get(state.K_PRESENTER) or not current().can("edit"):
        return
    st.sidebar.button("Add an event", icon=":material/add_location_alt:", on_click=open_add, key="edit_add",
                      help="Report a new event: its position (click the map, type it or choose a place), "
                           "the ACLED fields and its source.")


def render(data) -> None:
    """The open form, if any (in the column beside the map)."""
    edit = editing()
    if edit is None:
        return
    if not current().can("edit"):  # the role changed (or was never enough): the form closes
        close()
        return
    options = data.facts.options
    adding = edit["mode"] == "add"
    with st.container(border=True, key="edit_panel"):
        st.subheader("Add an event" if adding else f"Correct event {edit['fid']}")
        if adding:
            st.caption(f"Saved to the dataset **{md_text(ANALYSTS.title)}**, with you as its author. "
                       "Give the source; choose the precision honestly.")
        else:
            st.caption(f"Revision {edit['revision']} as opened. Every change is kept in the event's history.")
        _where()
        with st.form("edit_event_form", border=False):
            _fields(options)
            saved = st.form_submit_button("Save event" if adding else "Save correction", type="primary")
        if st.button("Cancel", key="edit_cancel", on_click=close):
            return
        if saved:
            _save(data, edit)
        if stale := st.session_state.get(K_STALE):
            _render_stale(data, edit, stale)
        if not adding:
            _render_retract(data, edit)


def _where() -> None:
    ss = st.session_state
    picking = ss.get(state.K_PICKING) and ss.get(state.K_PICK_FOR) == "edit"
    st.button("Click on the map" if not picking else "Click the map now…", key="edit_pick", on_click=_pick,
              icon=":material/my_location:", disabled=bool(picking), width="stretch",
              help="The next click on the map sets the position (type it below, or choose a town, instead).")
    if point := ss.get(state.K_EDIT_POINT):
        st.caption(f"Picked on the map: {point[0]:.5f}, {point[1]:.5f}. Choose geo_precision 1 only if the report "
                   "names this exact spot.")
    st.selectbox("…or a place of the gazetteer", _places()["label"].tolist(), index=None, key="ev_place",
                 on_change=_take_place, placeholder="Choose a town to fill the position",
                 help="GeoNames towns of Syria; the coordinates are the town's centre: geo_precision 2 unless the "
                      "report is about the town itself.")
    # outside the form, so the map marks the position as it is typed
    c1, c2 = st.columns(2)
    c1.number_input("latitude", key=P + "latitude", min_value=-90.0, max_value=90.0, format="%.5f", step=0.001)
    c2.number_input("longitude", key=P + "longitude", min_value=-180.0, max_value=180.0, format="%.5f", step=0.001)


def _fields(options) -> None:
    types = _with_current("event_type", dict.fromkeys([*ACLED_TYPES, *options.event_types]))
    c1, c2 = st.columns(2)
    c1.date_input("event_date", key=P + "event_date", format="YYYY-MM-DD", min_value=dt.date(1900, 1, 1),
                  max_value=dt.date(2100, 12, 31))
    c2.selectbox("time_precision", [1, 2, 3], key=P + "time_precision", format_func=TIME_PRECISION_LABELS.get,
                 placeholder="How exact is the date?")
    c1.selectbox("event_type", types, key=P + "event_type", placeholder="Choose")
    typed = dict(accept_new_options=True, placeholder="Choose or type")
    c2.selectbox("sub_event_type", _with_current("sub_event_type", options.sub_event_types), key=P + "sub_event_type",
                 **typed)
    c1.selectbox("actor1", _with_current("actor1", options.actors), key=P + "actor1", **typed)
    c2.selectbox("actor2", _with_current("actor2", options.actors), key=P + "actor2", **typed)
    c1.text_input("location", key=P + "location")
    c2.text_input("admin1", key=P + "admin1")
    st.selectbox("geo_precision", [1, 2, 3], key=P + "geo_precision", format_func=GEO_PRECISION_LABELS.get,
                 placeholder="How exact is the position?",
                 help="1: the coordinates are of the spot reported. 2: near the named place. 3: only the region is "
                      "known. The map draws a ring of the matching size.")
    st.number_input("fatalities", key=P + "fatalities", min_value=0, step=1)
    st.text_area("notes", key=P + "notes", height=90)
    st.text_input("source (required)", key=P + "source", placeholder="Who reported it: SOHR, a named outlet…")
    st.text_input("source_url", key=P + "source_url")
    with st.expander("More ACLED fields"):
        cols = st.columns(2)
        for i, f in enumerate(MORE_FIELDS):
            cols[i % 2].text_input(f, key=P + f)


def _with_current(field: str, choices) -> list[str]:
    """The choices, with the form's current value first when it is not among them (a value typed
    before, or a stored value no other event has)."""
    value = st.session_state.get(P + field)
    return list(dict.fromkeys(([value] if value else []) + list(choices)))


def _save(data, edit: dict) -> None:
    action = "edit"
    if not require(action):  # checked on the server at the moment of saving, whatever the page showed
        return
    session = current()
    values = form_values()
    store = data.store
    try:
        if edit["mode"] == "add":
            saved = store.add_event(values, by=session.author)
            what = "added"
        else:
            opened = {f: _as_form(f, edit["opened"].get(f)) for f in EVENT_FIELDS}
            changes = {f: v for f, v in values.items() if v != opened.get(f)}
            saved = store.correct_event(edit["fid"], changes, by=session.author, revision=edit["revision"])
            what = "corrected"
    except StaleEdit as exc:
        st.session_state[K_STALE] = str(exc)
        return
    except EditRefused as exc:
        st.error(f"Not saved: {md_text(str(exc))}.", icon=":material/error:")
        return
    except StoreError as exc:
        st.error(f"Not saved: {md_text(str(exc))}", icon=":material/error:")
        return
    close()
    st.session_state[state.K_SELECTED] = (saved.fid,)
    state.notice(f"Event {saved.fid} {what} (revision {saved.revision}). Its history is under its details.")
    st.rerun()


def _render_stale(data, edit: dict, message: str) -> None:
    st.error(md_text(message), icon=":material/sync_problem:")
    now = data.store.records([edit["fid"]])
    if len(now):
        stored = now.reset_index().iloc[0].to_dict()
        yours = form_values()
        rows = []
        for f in EVENT_FIELDS:
            a, b = _as_form(f, stored.get(f)), yours.get(f)
            if str(a) != str(b):
                rows.append({"field": f, "now stored": str(a), "your version": str(b)})
        if rows:
            st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    st.button("Load the stored version (your edits are discarded)", key="edit_reload",
              on_click=_reload, args=(data.store, edit["fid"]))


def _reload(store, fid: int) -> None:
    state_ = store.event_state(fid)
    if state_ is None:
        close()
        return
    rec = store.records([fid]).reset_index().iloc[0].to_dict()
    open_correct(rec, state_["revision"])


def _render_retract(data, edit: dict) -> None:
    def done() -> None:
        close()
        st.session_state[state.K_SELECTED] = ()
        state.notice(f"Event {edit['fid']} retracted. It stays in the store; the Data page lists it.")

    render_retract(what="event", key="edit_retract", action="edit", stale_key=K_STALE, on_done=done,
                   retract=lambda reason, by: data.store.retract_event(edit["fid"], reason, by=by,
                                                                       revision=edit["revision"]))
