"""The "Since the last brief" panel of a PNG/PDF export: the numbers, as lines of text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from analysis import change
from filters.events import as_selection
from mapview.selection import since_windows
from mapview.spec import MapSpec


@dataclass(frozen=True)
class SinceBox:
    """What the panel says: a headline and up to ``limit`` rows by event type."""

    heading: str
    headline: str
    rows: tuple[tuple[str, int, int, str], ...]  # (event type, since, before, change)


def since_box(spec: MapSpec, events, data_last_day: dt.date, limit: int = 6) -> SinceBox | None:
    """The panel for ``spec``, or None without a last-brief date.

    ``events`` must hold every event the view's filter and Near allow on any date (an
    EventSelection or a DataFrame): both windows are cut from it here.
    """
    if spec.since is None:
        return None
    windows = since_windows(spec, data_last_day)
    if windows is None:
        end = spec.filter.end or data_last_day
        return SinceBox(heading=f"Since the last brief ({spec.since:%d %b %Y})",
                        headline=f"The window ends on {end:%d %b %Y}, before the last brief: nothing to compare.",
                        rows=())
    table = as_selection(events)
    frame = table.table.iloc[table.rows]
    since, before = change.masks(frame, windows, spec.filter)  # the filter's other choices, its windows
    b0, b1 = windows.before
    n_since, n_before = int(np.sum(since)), int(np.sum(before))
    by_type = change.by_type(frame, since, before).sort_values(["since", "before"], ascending=False)
    rows = tuple((str(r.event_type), int(r.since), int(r.before), str(r.change))
                 for r in by_type.head(limit).itertuples())
    return SinceBox(
        heading=f"Since the last brief ({spec.since:%d %b %Y})",
        headline=(f"{n_since:,} event{'' if n_since == 1 else 's'} {spec.since:%d %b} – {windows.end:%d %b} against "
                  f"{n_before:,} in "
                  f"{b0:%d %b} – {b1:%d %b} ({change.change_text(n_since, n_before)})"),
        rows=rows,
    )
