"""The panel beside the map that shows the full record of clicked events."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from layers.events import detail_rows
from layers.html import esc
from ui import state

_STYLE = (
    "<style>.bm-details{border-collapse:collapse;font-size:0.86rem;width:100%;margin:0 0 0.4rem 0}"
    ".bm-details th{text-align:left;vertical-align:top;color:#555;font-weight:600;padding:2px 8px 2px 0;"
    "white-space:nowrap}.bm-details td{vertical-align:top;padding:2px 0;overflow-wrap:anywhere}"
    ".bm-details caption{text-align:left;font-weight:700;padding-bottom:4px}</style>"
)


def details_html(record: dict) -> str:
    """An HTML table of one event's record; every value is escaped."""
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in detail_rows(record))
    caption = esc(f"{record['event_date']} · {record['event_type']}")
    return f'<table class="bm-details"><caption>{caption}</caption>{rows}</table>'


def render_details(events: pd.DataFrame) -> None:
    """Show the events last clicked on the map (their row ids are in session state)."""
    ids = [i for i in st.session_state.get(state.K_SELECTED, ()) if 0 <= i < len(events)]
    st.subheader("Event details")
    if not ids:
        st.caption("Click an event on the map to see its full record here: actors, notes, source and precision.")
        return
    if len(ids) > 1:
        st.caption(f"{len(ids)} events at this spot")
    for rid in ids:
        with st.container(border=True):
            st.html(_STYLE + details_html(events.iloc[rid].to_dict()))
    if st.button("Clear selection", key="clear_selection"):
        st.session_state[state.K_SELECTED] = ()
        st.rerun()
