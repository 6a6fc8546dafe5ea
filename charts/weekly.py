"""Events per week, stacked by event type in the map's colours, with the selected window shaded."""

from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd

from charts.common import (
    OUTSIDE_OPACITY,
    event_columns,
    message_chart,
    monday,
    ms,
    records,
    span,
    time_x,
    week_label,
    window_band,
    window_text,
)
from filters.events import to_day
from layers import style
from layers.event_pack import type_order

TITLE = "Events per week, by type"


def weekly_counts(events) -> pd.DataFrame:
    """Events per week (weeks start on Monday) and event type.

    Parameters
    ----------
    events : pandas.DataFrame or filters.events.EventSelection
        Needs ``day`` and ``event_type``.

    Returns
    -------
    pandas.DataFrame
        ``week`` (the Monday, days since 1970-01-01), ``event_type``, ``events``; only weeks and
        types that have events, ordered by week then by the map's type order.
    """
    cols = event_columns(events, ("day", "event_type"))
    if cols.empty:
        return pd.DataFrame({"week": pd.Series(dtype="int64"), "event_type": pd.Series(dtype=object),
                             "events": pd.Series(dtype="int64")})
    cols["week"] = monday(cols["day"].to_numpy())
    counts = cols.groupby(["week", "event_type"], sort=False).size().rename("events").reset_index()
    rank = {t: i for i, t in enumerate(type_order(counts["event_type"].unique()))}
    counts["rank"] = counts["event_type"].map(rank)
    counts = counts.sort_values(["week", "rank"]).drop(columns="rank").reset_index(drop=True)
    counts["events"] = counts["events"].astype("int64")
    return counts


def weekly_by_type(events, start: dt.date, end: dt.date, *, width: int | None = None, height: int = 220,
                   legend: bool = True) -> alt.LayerChart | alt.Chart:
    """Events per week stacked by type; weeks touching the window ``start``–``end`` drawn full, the
    window itself shaded behind the bars.

    Parameters
    ----------
    events : pandas.DataFrame or filters.events.EventSelection
        Events filtered by type, actor and dataset but not by date: the weeks around the window are
        the context.
    start, end : datetime.date
        The selected window (inclusive).
    width : int, optional
        Width in pixels; none lets the page (Streamlit) size it.
    height : int
        Height in pixels.
    legend : bool
        Show the colour legend of event types.

    Returns
    -------
    altair.LayerChart or altair.Chart
        The chart, or one saying "No events" when there are none.
    """
    title = alt.Title(TITLE, subtitle=f"Weeks start on Monday · shaded: selected window {window_text(start, end)}")
    counts = weekly_counts(events)
    if counts.empty:
        return message_chart(title, width=width, height=height)
    first, stop = span(counts["week"].to_numpy(), start, end)
    lo, hi = to_day(start), to_day(end)
    types = type_order(counts["event_type"].unique())
    upper = counts.groupby("week", sort=False)["events"].cumsum()  # counts are in stacking order
    data = counts.assign(
        y0=upper - counts["events"],
        y1=upper,
        t=ms(counts["week"].to_numpy()) + ms(1) // 10,  # a gap between weeks
        t2=ms(counts["week"].to_numpy() + 7) - ms(1) // 10,
        in_window=(counts["week"] + 6 >= lo) & (counts["week"] <= hi),
        label=[week_label(w) for w in counts["week"]],
    )
    x = time_x(first, stop)
    bars = (
        alt.Chart(records(data))
        .mark_rect()
        .encode(
            x=x,
            x2="t2:T",
            # whole numbers only: with few events, Vega would otherwise tick at 0.5
            y=alt.Y("y1:Q", title="Events per week",
                    axis=alt.Axis(tickMinStep=1, format="d", tickCount=int(min(5, max(1, data["y1"].max()))))),
            y2="y0:Q",
            color=alt.Color(
                "event_type:N",
                title="Event type",
                scale=alt.Scale(domain=types, range=[style.event_style(t).color for t in types]),
                legend=alt.Legend(orient="bottom", columns=3, labelLimit=260) if legend else None,
            ),
            opacity=alt.condition("datum.in_window", alt.value(1.0), alt.value(OUTSIDE_OPACITY)),
            tooltip=[alt.Tooltip("label:N", title="Week"), alt.Tooltip("event_type:N", title="Type"),
                     alt.Tooltip("events:Q", title="Events")],
        )
    )
    chart = alt.layer(window_band(start, end, x), bars, title=title).properties(height=height)
    return chart.properties(width=width) if width else chart
