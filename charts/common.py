"""What the charts share: the columns they read, Monday weeks, the time axis, the window band, "No events"."""

from __future__ import annotations

import datetime as dt

import altair as alt
import numpy as np
import pandas as pd

from filters.events import EventFilter, as_selection, from_day, to_day

#: One day in milliseconds: Vega-Lite reads numbers on a time axis as milliseconds since 1970 (UTC).
DAY_MS = 86_400_000
#: Behind the bars: the selected window.
WINDOW_FILL = "#dfe7f1"
#: Bars of weeks that lie wholly outside the window are drawn this faint.
OUTSIDE_OPACITY = 0.4


def undated(flt: EventFilter) -> EventFilter:
    """``flt`` without its dates: what the charts are given, so they show the weeks around the window."""
    return flt.between(None, None)


def event_columns(events, names: tuple[str, ...] = ("day", "event_type", "fatalities")) -> pd.DataFrame:
    """The columns the charts read, as a small frame with a fresh index.

    Parameters
    ----------
    events : pandas.DataFrame or filters.events.EventSelection
        The event table (the map columns are enough).
    names : tuple of str
        Columns wanted; ``event_type`` comes back as text ("Unknown" where missing), ``fatalities``
        as integers (0 where missing), ``day`` as int64 days since 1970-01-01.

    Returns
    -------
    pandas.DataFrame
    """
    sel = as_selection(events)
    out = {}
    for name in names:
        if name == "event_type":
            codes, cats = sel.codes("event_type")
            labels = np.asarray([str(c) for c in cats] + ["Unknown"], dtype=object)
            out[name] = labels[np.where(codes >= 0, codes, len(cats))]
        elif name == "fatalities":
            values = pd.to_numeric(pd.Series(sel.column("fatalities")), errors="coerce").fillna(0)
            out[name] = values.to_numpy().astype(np.int64)
        elif name == "day":
            out[name] = sel.column("day").astype(np.int64)
        else:
            out[name] = sel.column(name)
    return pd.DataFrame(out)


def monday(days: np.ndarray) -> np.ndarray:
    """The Monday starting each day's week (days since 1970-01-01, a Thursday), as in
    :func:`analysis.proximity.summary`."""
    days = np.asarray(days, dtype=np.int64)
    return days - (days + 3) % 7


def ms(days) -> np.ndarray | int:
    """Days since 1970-01-01 -> milliseconds since 1970-01-01 UTC (Vega-Lite's time values)."""
    return np.asarray(days, dtype=np.int64) * DAY_MS if np.ndim(days) else int(days) * DAY_MS


def span(days: np.ndarray, start: dt.date, end: dt.date) -> tuple[int, int]:
    """First Monday and the day after the last week (days) covering both the events and the window."""
    first, last = to_day(start), to_day(end)
    if len(days):
        first, last = min(first, int(np.min(days))), max(last, int(np.max(days)))
    first = int(monday(np.array([first]))[0])
    return first, int(monday(np.array([last]))[0]) + 7


def date_time(day: int) -> alt.DateTime:
    """Day ``day`` (since 1970-01-01) at 00:00 UTC as a Vega-Lite DateTime: what scale domains and
    axis values take (Streamlit's chart element misreads plain millisecond numbers there)."""
    d = from_day(day)
    return alt.DateTime(year=d.year, month=d.month, date=d.day, utc=True)


def time_x(first: int, stop: int, *, title: str | None = None, field: str = "t", ticks: int = 9) -> alt.X:
    """The shared time axis: UTC, from day ``first`` to day ``stop`` (exclusive), ticks on Mondays
    (every week, or every few weeks so there are at most ``ticks``)."""
    weeks = np.arange(first, stop + 1, 7, dtype=np.int64)
    step = max(1, -(-len(weeks) // ticks))
    return alt.X(
        f"{field}:T",
        title=title,
        scale=alt.Scale(type="utc", domain=[date_time(first), date_time(stop)], nice=False),
        axis=alt.Axis(format="%d %b" if stop - first <= 400 else "%b %Y", labelAngle=0, labelOverlap="greedy",
                      grid=False, values=[date_time(int(w)) for w in weeks[::step]]),
    )


def window_band(start: dt.date, end: dt.date, x: alt.X) -> alt.Chart:
    """The selected window as a shaded band, from the start of ``start`` to the end of ``end``, on the
    time axis ``x`` (:func:`time_x`) of the marks it goes behind."""
    values = [{"t": ms(to_day(start)), "t2": ms(to_day(end) + 1), "what": "Selected window",
               "span": window_text(start, end)}]
    return (
        alt.Chart(alt.Data(values=values))
        .mark_rect(color=WINDOW_FILL)
        .encode(x=x, x2="t2:T", tooltip=[alt.Tooltip("what:N", title=""),
                                                          alt.Tooltip("span:N", title="")])
    )


def window_text(start: dt.date, end: dt.date) -> str:
    return f"{start:%d %b %Y} – {end:%d %b %Y}"


def week_label(day: int) -> str:
    return f"Week of {from_day(day):%a %d %b %Y}"


def records(frame: pd.DataFrame) -> alt.Data:
    """Inline data as plain values (no row limit: the charts' tables are already aggregated)."""
    return alt.Data(values=[{k: (v.item() if isinstance(v, np.generic) else v) for k, v in row.items()}
                            for row in frame.to_dict("records")])


def message_chart(title: str, message: str = "No events", *, width: int | None = None,
                  height: int = 120) -> alt.Chart:
    """A chart that says ``message`` where the data would be (empty input is not an error)."""
    chart = (
        alt.Chart(alt.Data(values=[{"message": message}]), title=title)
        .mark_text(size=14, color="#555")
        .encode(text="message:N")
        .properties(height=height)
    )
    return chart.properties(width=width) if width else chart
