"""Small multiples: events within a distance of each theatre feature, per week, on one shared scale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import altair as alt
import numpy as np
import pandas as pd

from analysis.proximity import TargetError, nearest_within, resolve_target
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


@dataclass(frozen=True)
class Panel:
    """One theatre feature to count events near.

    Attributes
    ----------
    layer : str
        Layer id in the theatre (``layers/registry.py``).
    title : str
        The panel's title.
    color : str
        Bar colour: the layer's own colour on the map.
    kinds : tuple of str, optional
        Only the layer's features of these ``kind`` values (the al-Ghab layer also holds the Orontes,
        which runs far beyond the plain).
    """

    layer: str
    title: str
    color: str
    kinds: tuple[str, ...] | None = None


PANELS = (
    Panel("m4_highway", "M4 highway (the road)", style.M4),
    Panel("m4_corridor", "M4 security corridor", style.CORRIDOR),
    Panel("turkish_posts", "Turkish posts (all placed)", style.TURKEY),
    Panel("hmeimim_air_base", "Hmeimim Air Base", style.HMEIMIM),
    Panel("jisr_al_shughur", "Jisr al-Shughur", style.JISR),
    Panel("al_ghab_plain", "al-Ghab Plain", style.GHAB, kinds=("plain",)),
)


def _target(theatre: Mapping, panel: Panel):
    layer = theatre[panel.layer]
    if panel.kinds is not None and "kind" in layer.columns:
        layer = layer[layer["kind"].isin(panel.kinds)]
    return resolve_target({panel.layer: layer}, panel.layer)


def near_counts(events, theatre: Mapping, km: float) -> tuple[pd.DataFrame, list[str]]:
    """Events within ``km`` of each panel's features, per week (Monday).

    Parameters
    ----------
    events : pandas.DataFrame or filters.events.EventSelection
        Needs ``day``, ``latitude``, ``longitude``.
    theatre : mapping of str to geopandas.GeoDataFrame
        The theatre layers; a panel whose layer is absent is left out.
    km : float
        Distance, inclusive, measured in metres in UTM 37N (:func:`analysis.proximity.nearest_within`).

    Returns
    -------
    counts : pandas.DataFrame
        ``panel`` (title), ``week`` (the Monday, days since 1970-01-01), ``events``: one row per panel
        and week with events near it.
    skipped : list of str
        Panels of layers that are present but have no placed feature to measure from.
    """
    cols = event_columns(events, ("day", "latitude", "longitude"))
    rows, skipped = [], []
    for panel in PANELS:
        if panel.layer not in theatre:
            continue
        try:
            target = _target(theatre, panel)
        except TargetError:
            skipped.append(panel.title)
            continue
        near = nearest_within(cols, target, km) if len(cols) else cols.iloc[0:0]
        weeks = pd.Series(monday(cols.loc[near.index, "day"].to_numpy()), dtype="int64")
        per_week = weeks.value_counts().sort_index()
        rows.append(pd.DataFrame({"panel": panel.title, "week": per_week.index.to_numpy(dtype=np.int64),
                                  "events": per_week.to_numpy(dtype=np.int64)}))
    if not rows:
        return pd.DataFrame({"panel": pd.Series(dtype=object), "week": pd.Series(dtype="int64"),
                             "events": pd.Series(dtype="int64")}), skipped
    return pd.concat(rows, ignore_index=True), skipped


def near_multiples(events, theatre: Mapping, km: float, start: dt.date, end: dt.date, *,
                   panel_width: int = 260, panel_height: int = 130, columns: int = 3) -> alt.ConcatChart | alt.Chart:
    """One panel per theatre feature: events within ``km`` of it per week, every panel on the same y
    scale and time axis, the window ``start``–``end`` shaded.

    Parameters
    ----------
    events : pandas.DataFrame or filters.events.EventSelection
        Events filtered by type, actor and dataset but not by date.
    theatre : mapping of str to geopandas.GeoDataFrame
        The theatre layers (``loaders.theatre.load_theatre``).
    km : float
        Distance from the features, inclusive.
    start, end : datetime.date
        The selected window (inclusive).
    panel_width, panel_height : int
        Size of each panel in pixels.
    columns : int
        Panels per row.

    Returns
    -------
    altair.ConcatChart or altair.Chart
        The panels, or one chart saying "No events" (or that no feature can be measured from).
    """
    km_text = f"{km:g} km"
    subtitle = f"Weeks start on Monday · same scale in every panel · shaded: selected window {window_text(start, end)}"
    title = alt.Title(f"Events within {km_text} of each theatre feature, per week", subtitle=subtitle)
    if not len(event_columns(events, ("day",))):
        return message_chart(title, width=panel_width * columns, height=panel_height)
    counts, skipped = near_counts(events, theatre, km)
    panels = [p for p in PANELS if p.layer in theatre and p.title not in skipped]
    if not panels:
        return message_chart(title, "No theatre features to measure from", width=panel_width * columns,
                             height=panel_height)
    if skipped:
        title = alt.Title(title.text, subtitle=[subtitle, "Not drawn (no placed feature): " + ", ".join(skipped)])
    days = event_columns(events, ("day",))["day"].to_numpy()
    first, stop = span(days, start, end)
    lo, hi = to_day(start), to_day(end)
    top = max(1, int(counts["events"].max()) if len(counts) else 1)
    x = time_x(first, stop, ticks=max(2, panel_width // 80))
    charts = []
    for panel in panels:
        mine = counts[counts["panel"] == panel.title]
        weeks = np.arange(first, stop, 7, dtype=np.int64)  # zero weeks too: a flat panel is news
        per_week = pd.Series(0, index=weeks, dtype="int64").add(mine.set_index("week")["events"], fill_value=0)
        data = pd.DataFrame({"week": weeks, "events": per_week.loc[weeks].to_numpy(dtype=np.int64)})
        data = data.assign(zero=0, t=ms(weeks) + ms(1) // 10, t2=ms(weeks + 7) - ms(1) // 10,
                           in_window=(data["week"] + 6 >= lo) & (data["week"] <= hi),
                           label=[week_label(w) for w in weeks])
        bars = (
            alt.Chart(records(data))
            .mark_rect(color=panel.color)
            .encode(
                x=x,
                x2="t2:T",
                y=alt.Y("events:Q", title=f"Events ≤ {km_text}", scale=alt.Scale(domain=[0, top]),
                        axis=alt.Axis(tickMinStep=1)),
                y2="zero:Q",
                opacity=alt.condition("datum.in_window", alt.value(1.0), alt.value(OUTSIDE_OPACITY)),
                tooltip=[alt.Tooltip("label:N", title="Week"), alt.Tooltip("events:Q", title="Events")],
            )
        )
        total = int(mine["events"].sum())
        charts.append(
            alt.layer(window_band(start, end, x), bars,
                      title=alt.Title(f"{panel.title}: {total:,}", fontSize=12, anchor="start"))
            .properties(width=panel_width, height=panel_height)
        )
    return alt.concat(*charts, columns=columns, title=title).resolve_scale(y="shared")
