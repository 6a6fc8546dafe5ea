"""What changed since the last brief: the date picker, the comparison panel and the change map switch.

The window since the date of the last brief (to the end of the timeline's window) is
compared with the same number of days just before it (:mod:`analysis.change`), with the
sidebar's other filters and the Near filter applied to both.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import streamlit as st

from analysis import change
from analysis.proximity import TargetError, resolve_target
from filters.events import FilterOptions
from layers.registry import BY_ID
from mapview import selection
from mapview.spec import MapSpec
from ui import state

#: Distance for "near each theatre feature" when no Near filter sets one (km): the M4 corridor's half-width.
DEFAULT_KM = 6.0
_CHANGE_LAYER = "change"


def _toggle_change_layer() -> None:
    ss = st.session_state
    layers = list(ss.get(state.K_LAYERS, []))
    if ss.get("_show_change"):
        if _CHANGE_LAYER not in layers:
            layers.append(_CHANGE_LAYER)
    else:
        layers = [i for i in layers if i != _CHANGE_LAYER]
    ss[state.K_LAYERS] = layers


def render_controls(options: FilterOptions) -> None:
    """The sidebar's "Since the last brief" section: the date, and the change map's switch."""
    sb = st.sidebar
    sb.header("Since the last brief")
    if not options.first_day < options.last_day:
        sb.caption("The data spans one day: there is nothing to compare.")
        return
    ss = st.session_state
    if ss.get(state.K_SINCE) is not None and not options.first_day < ss[state.K_SINCE] <= options.last_day:
        ss[state.K_SINCE] = None
    sb.date_input(
        "Date of the last brief",
        key=state.K_SINCE,
        min_value=options.first_day + dt.timedelta(days=1),
        max_value=options.last_day,
        format="DD/MM/YYYY",
        help="Events from this date to the end of the window are compared with the same number of days before it.",
    )
    ss["_show_change"] = _CHANGE_LAYER in ss.get(state.K_LAYERS, [])
    sb.toggle("Change map", key="_show_change", on_change=_toggle_change_layer,
              disabled=ss.get(state.K_SINCE) is None,
              help="Hexagons coloured by more (red) or fewer (blue) events since the last brief.")


def _targets(theatre) -> dict:
    out = {}
    for layer in selection.NEAR_LAYERS:
        if layer in theatre:
            try:
                out[BY_ID[layer].title] = resolve_target(dict(theatre), layer)
            except TargetError:
                continue  # a layer with no placed feature has nothing to measure from
    return out


def comparison(spec: MapSpec, events: pd.DataFrame, theatre, near_mask: np.ndarray | None, last_day,
               feature_masks: dict | None = None) -> dict | None:
    """The numbers the panel shows (pure, given the inputs), or None without a last brief.
    ``feature_masks``: the rows near each theatre feature (:func:`analysis.change.target_masks`)."""
    if spec.since is None:
        return None
    windows = selection.since_windows(spec, last_day)
    if windows is None:
        end = spec.filter.end or last_day
        return {"error": f"The window ends on {end:%d %b %Y}, before the last brief ({spec.since:%d %b %Y})."}
    since, before = change.masks(events, windows, spec.filter)  # the filter's other choices, its windows
    if near_mask is not None:
        since, before = since & near_mask, before & near_mask
    km = spec.near.km if spec.near is not None else DEFAULT_KM
    return {
        "windows": windows, "since": int(since.sum()), "before": int(before.sum()),
        "by_type": change.by_type(events, since, before),
        "by_actor": change.by_actor(events, since, before),
        "by_feature": change.by_target(events, since, before, _targets(theatre), km, masks=feature_masks),
        "km": km,
        "new": since,
    }


@st.cache_resource(show_spinner="Measuring distances to the theatre features…", max_entries=4)
def _feature_masks(location: str, generation: int, km: float, _events, _theatre) -> dict:
    """The rows near each theatre feature, once per data version and distance."""
    return change.target_masks(_events, _targets(_theatre), km)


@st.cache_resource(show_spinner="Comparing with the last brief…", max_entries=8)
def _comparison(location: str, generation: int, key: str, last_day, _spec: MapSpec, _events, _theatre, _near_mask):
    """:func:`comparison`, once per data version and question (``key``: what of the spec it reads)."""
    km = _spec.near.km if _spec.near is not None else DEFAULT_KM
    masks = _feature_masks(location, generation, float(km), _events, _theatre)
    return comparison(_spec, _events, _theatre, _near_mask, last_day, masks)


def render_panel(spec: MapSpec, data, events: pd.DataFrame, near_mask: np.ndarray | None) -> dict | None:
    """The "Since the last brief" panel under the map."""
    if spec.since is None:
        return None
    f = spec.filter  # the comparison reads the window's end, not its start
    key = repr((spec.since, f.end, f.event_types, f.sub_event_types, f.actors, f.datasets, spec.near))
    result = _comparison(data.location, data.generation, key, data.facts.options.last_day, spec, events,
                         data.theatre, near_mask)
    if result is None:
        return None
    if "error" in result:
        st.warning(result["error"])
        return result
    w = result["windows"]
    b0, b1 = w.before
    title = f"Since the last brief: {w.start:%d %b} – {w.end:%d %b %Y} ({w.days} days) against {b0:%d %b} – {b1:%d %b}"
    with st.expander(title, expanded=True):
        a, b, c = st.columns(3)
        diff = result["since"] - result["before"]
        pct = f" ({change.change_text(result['since'], result['before'])})" if diff else ""
        a.metric("Events since", f"{result['since']:,}", f"{diff:+,}{pct}" if diff else "no change",
                 delta_color="inverse" if diff else "off",
                 help="Red: more events than in the equal window before; green: fewer.")
        b.metric("Events before", f"{result['before']:,}")
        c.metric(f"Within {result['km']:g} km of the M4", _feature_line(result["by_feature"], "M4 highway"))
        cols = {"since": st.column_config.NumberColumn("Since"), "before": st.column_config.NumberColumn("Before"),
                "change": "Change"}
        t1, t2, t3, t4 = st.tabs(["By type", "By actor", f"Near features ({result['km']:g} km)", "New events"])
        t1.dataframe(result["by_type"], hide_index=True, width="stretch",
                     column_config={"event_type": "Event type", **cols})
        t2.dataframe(result["by_actor"], hide_index=True, width="stretch", column_config={"actor": "Actor", **cols})
        t3.dataframe(result["by_feature"], hide_index=True, width="stretch",
                     column_config={"feature": "Theatre feature", **cols})
        with t4:
            _new_events(data, events, result["new"])
    return result


def _feature_line(table: pd.DataFrame, title: str) -> str:
    row = table[table["feature"] == title]
    if row.empty:
        return "–"
    r = row.iloc[0]
    return f"{r['since']:,} ({r['change']})"


def _new_events(data, events: pd.DataFrame, since: np.ndarray, limit: int = 500) -> None:
    rows = np.flatnonzero(since)
    if not len(rows):
        st.caption("No new event since the last brief.")
        return
    ids = events.index.to_numpy()[rows]
    order = np.argsort(-events["day"].to_numpy()[rows], kind="stable")[:limit]
    frame = data.records([int(i) for i in ids[order]])
    keep = [c for c in ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "location",
                        "fatalities", "geo_precision", "source", "dataset") if c in frame.columns]
    st.dataframe(frame[keep], hide_index=True, width="stretch")
    if len(rows) > limit:
        st.caption(f"The {limit:,} most recent of {len(rows):,} new events; export the data for all of them.")
