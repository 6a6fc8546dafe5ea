"""Cumulative reported fatalities over time, with the selected window shaded."""

from __future__ import annotations

import datetime as dt

import altair as alt
import numpy as np
import pandas as pd

from charts.common import event_columns, message_chart, ms, records, span, time_x, window_band, window_text
from filters.events import from_day, to_day

TITLE = "Reported fatalities, cumulative"
LINE = "#8E1B1B"
#: Above this many days with events, the curve steps by week instead (an inline spec stays small).
MAX_POINTS = 3000


def cumulative_counts(events) -> pd.DataFrame:
    """Reported fatalities per day with events, and their running total.

    Parameters
    ----------
    events : pandas.DataFrame or filters.events.EventSelection
        Needs ``day`` and ``fatalities`` (missing counts as 0).

    Returns
    -------
    pandas.DataFrame
        ``day`` (days since 1970-01-01, ascending), ``fatalities`` that day, ``cumulative`` up to and
        including that day.
    """
    cols = event_columns(events, ("day", "fatalities"))
    per_day = cols.groupby("day", sort=True)["fatalities"].sum()
    out = pd.DataFrame({"day": per_day.index.to_numpy(dtype=np.int64),
                        "fatalities": per_day.to_numpy(dtype=np.int64)})
    out["cumulative"] = out["fatalities"].cumsum()
    return out


def window_total(events, start: dt.date, end: dt.date) -> int:
    """Reported fatalities of the events from ``start`` to ``end`` (inclusive)."""
    cols = event_columns(events, ("day", "fatalities"))
    inside = (cols["day"] >= to_day(start)) & (cols["day"] <= to_day(end))
    return int(cols.loc[inside, "fatalities"].sum())


def cumulative_fatalities(events, start: dt.date, end: dt.date, *, width: int | None = None,
                          height: int = 220) -> alt.LayerChart | alt.Chart:
    """Running total of reported fatalities, a step a day, with the window ``start``–``end`` shaded.

    Parameters
    ----------
    events : pandas.DataFrame or filters.events.EventSelection
        Events filtered by type, actor and dataset but not by date.
    start, end : datetime.date
        The selected window (inclusive).
    width : int, optional
        Width in pixels; none lets the page (Streamlit) size it.
    height : int
        Height in pixels.

    Returns
    -------
    altair.LayerChart or altair.Chart
        The chart, or one saying "No events" when there are none.
    """
    daily = cumulative_counts(events)
    if daily.empty:
        return message_chart(alt.Title(TITLE, subtitle=f"Selected window {window_text(start, end)}"),
                             width=width, height=height)
    inside = window_total(events, start, end)
    total = int(daily["cumulative"].iloc[-1])
    title = alt.Title(TITLE, subtitle=f"{inside:,} in the selected window {window_text(start, end)} (shaded) · "
                                      f"{total:,} in all shown")
    first, stop = span(daily["day"].to_numpy(), start, end)
    if len(daily) > MAX_POINTS:  # step by week: the last day of each week carries the week's total
        daily = daily.groupby(daily["day"] - (daily["day"] + 3) % 7 + 6, sort=True).agg(
            fatalities=("fatalities", "sum"), cumulative=("cumulative", "last")).rename_axis("day").reset_index()
    # from zero at the axis start to the total at its end, stepping on each day's count
    points = pd.concat([
        pd.DataFrame({"day": [first], "fatalities": [0], "cumulative": [0]}),
        daily,
        pd.DataFrame({"day": [stop], "fatalities": [0], "cumulative": [total]}),
    ], ignore_index=True)
    points["t"] = ms(points["day"].to_numpy())
    points["date"] = [f"{from_day(d):%d %b %Y}" for d in points["day"]]
    x = time_x(first, stop)
    base = alt.Chart(records(points)).encode(
        x=x,
        y=alt.Y("cumulative:Q", title="Reported fatalities", axis=alt.Axis(tickMinStep=1)),
    )
    area = base.mark_area(interpolate="step-after", color=LINE, opacity=0.18)
    line = base.mark_line(interpolate="step-after", color=LINE, strokeWidth=2).encode(
        tooltip=[alt.Tooltip("date:N", title="Date"), alt.Tooltip("fatalities:Q", title="Reported that day"),
                 alt.Tooltip("cumulative:Q", title="Reported so far")])
    chart = alt.layer(window_band(start, end, x), area, line, title=title).properties(height=height)
    return chart.properties(width=width) if width else chart
