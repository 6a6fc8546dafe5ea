"""The Charts section under the map: events per week by type, cumulative reported fatalities, and
events near each theatre feature (the ``charts`` package draws them).

Only the open tab is computed (the tabs rerun this fragment, not the page, when switched); the
per-feature counts, the slow part on a million events (about 3 s), are kept for the last few
selections.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import numpy as np
import streamlit as st

from charts.fatalities import cumulative_fatalities
from charts.near import near_multiples
from charts.weekly import weekly_by_type
from filters.events import as_selection

TABS = ("Weekly by type", "Cumulative fatalities", "Near theatre features")
K_TAB = "charts_tab"
#: Chart height in the app (pixels, titles and legend included as Streamlit fits the chart to its width).
HEIGHT = 300
#: Near chart: three panels a row fit the map's column of the wide layout.
PANEL_WIDTH, PANEL_HEIGHT = 230, 120


def fingerprint(events) -> str:
    """A digest of what the near chart reads of ``events`` (ids, days, positions): equal selections of
    the same table version give equal digests, in milliseconds on a million events."""
    sel = as_selection(events)
    digest = hashlib.blake2b(digest_size=16)
    digest.update(np.ascontiguousarray(sel.ids()).tobytes())
    for name in ("day", "latitude", "longitude"):
        digest.update(np.ascontiguousarray(sel.column(name)).tobytes())
    return digest.hexdigest()


@st.cache_resource(max_entries=8, show_spinner=False)
def _near_chart(key: tuple, _events, _theatre, km: float, start: dt.date, end: dt.date):
    """The near chart, computed once per (selection, theatre layers, distance, window): charts are not
    changed after they are made, so one object can serve every session."""
    return near_multiples(_events, _theatre, km, start, end, panel_width=PANEL_WIDTH, panel_height=PANEL_HEIGHT)


@st.cache_resource(max_entries=8, show_spinner=False)
def _time_chart(kind: str, key: str, _events, start: dt.date, end: dt.date):
    """The weekly or cumulative chart, once per (selection, window): a rerun that changes neither
    (a click, a dismissed notice) does not count a million events again."""
    build = weekly_by_type if kind == "weekly" else cumulative_fatalities
    return build(_events, start, end, height=HEIGHT)


@st.fragment
def render_charts(events_all_dates_filtered, start: dt.date, end: dt.date, theatre, km: float = 6) -> None:
    """The Charts subheader and its three tabs.

    Parameters
    ----------
    events_all_dates_filtered : pandas.DataFrame or filters.events.EventSelection
        Events filtered by dataset, type, sub-type and actor but not by date
        (``select_events(events, charts.common.undated(spec.filter))``): the charts show the weeks
        around the window.
    start, end : datetime.date
        The selected window, shaded on every chart.
    theatre : mapping of str to geopandas.GeoDataFrame
        The theatre layers (for the near chart).
    km : float
        Distance from each theatre feature for the near chart.
    """
    st.subheader("Charts")
    tabs = st.tabs(list(TABS), key=K_TAB, on_change="rerun")
    weekly, fatalities, near = tabs

    def is_open(tab) -> bool:
        return tab.open is not False  # None: the tabs track no state (all drawn)

    if is_open(weekly) or is_open(fatalities):
        key = fingerprint(events_all_dates_filtered)
    if is_open(weekly):
        with weekly:
            st.altair_chart(_time_chart("weekly", key, events_all_dates_filtered, start, end), width="stretch")
    if is_open(fatalities):
        with fatalities:
            st.altair_chart(_time_chart("fatalities", key, events_all_dates_filtered, start, end), width="stretch")
    if is_open(near):
        with near:
            key = (fingerprint(events_all_dates_filtered), tuple(sorted(theatre)))
            with st.spinner("Measuring distances to the theatre features…"):
                chart = _near_chart(key, events_all_dates_filtered, theatre, float(km), start, end)
            st.altair_chart(chart, width="stretch")
            st.caption(f"Distances in metres in UTM 37N; an event counts in every panel it is within {km:g} km "
                       "of. Turkish posts: every placed post, whatever its status on the day.")
