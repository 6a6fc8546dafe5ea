"""What changed since the last brief: the window since a date against the equal window before it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from filters.events import EventFilter, event_mask


@dataclass(frozen=True)
class Windows:
    """``since``: ``start``..``end`` inclusive; ``before``: the same number of days just before."""

    start: dt.date
    end: dt.date

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError(f"the end {self.end} is before the date of the last brief {self.start}")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def before(self) -> tuple[dt.date, dt.date]:
        return self.start - dt.timedelta(days=self.days), self.start - dt.timedelta(days=1)


def _in(events: pd.DataFrame, flt: EventFilter, start: dt.date, end: dt.date) -> pd.Series:
    base = EventFilter(start=start, end=end, event_types=flt.event_types, sub_event_types=flt.sub_event_types,
                       actors=flt.actors, datasets=flt.datasets)
    return pd.Series(event_mask(events, base), index=events.index)


def compare(events: pd.DataFrame, windows: Windows, flt: EventFilter = EventFilter()) -> dict:
    """Counts since and before, by type, and the events new since the last brief.

    ``flt``'s own dates are ignored: the windows set them. A day belongs to exactly one window.
    """
    since = _in(events, flt, windows.start, windows.end)
    before = _in(events, flt, *windows.before)
    col = events["event_type"]
    col = col if isinstance(col.dtype, pd.CategoricalDtype) else col.astype(str).astype("category")
    codes, cats = col.cat.codes.to_numpy(), col.cat.categories
    known = codes >= 0
    n_since = np.bincount(codes[since.to_numpy() & known], minlength=len(cats))
    n_before = np.bincount(codes[before.to_numpy() & known], minlength=len(cats))
    rows = sorted((str(cats[i]), int(n_since[i]), int(n_before[i]))
                  for i in range(len(cats)) if n_since[i] or n_before[i])
    table = pd.DataFrame(rows, columns=["event_type", "since", "before"])
    table["change"] = [change_text(s, b) for s, b in zip(table["since"], table["before"])]
    return {"since": int(since.sum()), "before": int(before.sum()), "by_type": table,
            "new": events.loc[since[since].index]}


def change_text(since: int, before: int) -> str:
    """'↑ 50%', '↓ 20%', '=' or '↑ new' (nothing before)."""
    if since == before:
        return "="
    if before == 0:
        return "↑ new"
    pct = round(100 * (since - before) / before)
    return f"{'↑' if since > before else '↓'} {abs(pct)}%"
