"""Events per day under the map, by event type, following the selection."""

from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd
import streamlit as st

from filters.events import daily_counts
from layers import style
from layers.events import type_order


def render_timeline(events: pd.DataFrame, start: dt.date, end: dt.date) -> None:
    counts = daily_counts(events, start, end)
    if counts.empty:
        st.caption("No events in the selection.")
        return
    types = type_order(counts["event_type"].unique())
    chart = (
        alt.Chart(counts)
        .mark_bar(width=alt.RelativeBandSize(0.85))
        .encode(
            x=alt.X(
                "yearmonthdate(date):O",
                title=None,
                axis=alt.Axis(format="%d %b", labelAngle=0, labelOverlap="greedy"),
            ),
            y=alt.Y("events:Q", title="Events/day", axis=alt.Axis(tickMinStep=1)),
            color=alt.Color(
                "event_type:N",
                title="Event type",
                scale=alt.Scale(domain=types, range=[style.event_style(t).color for t in types]),
                legend=alt.Legend(orient="bottom", labelLimit=320),
            ),
            tooltip=[alt.Tooltip("date:T", format="%d %b %Y"), "event_type:N", "events:Q"],
        )
        .properties(height=170)
    )
    st.altair_chart(chart, width="stretch")
