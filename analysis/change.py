"""What changed since the last brief: the window since a date against the equal window before it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from analysis.proximity import within_mask
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
    return pd.Series(event_mask(events, flt.between(start, end)), index=events.index)


def compare(events: pd.DataFrame, windows: Windows, flt: EventFilter = EventFilter()) -> dict:
    """Counts since and before, by type, and the events new since the last brief.

    ``flt``'s own dates are ignored: the windows set them. A day belongs to exactly one window.
    """
    since, before = masks(events, windows, flt)
    return {"since": int(since.sum()), "before": int(before.sum()), "by_type": by_type(events, since, before),
            "new": events[since]}


def by_type(events: pd.DataFrame, since: np.ndarray, before: np.ndarray) -> pd.DataFrame:
    """Events per type since and before, with the change."""
    col = events["event_type"]
    col = col if isinstance(col.dtype, pd.CategoricalDtype) else col.astype(str).astype("category")
    codes, cats = col.cat.codes.to_numpy(), col.cat.categories
    known = codes >= 0
    n_since = np.bincount(codes[since & known], minlength=len(cats))
    n_before = np.bincount(codes[before & known], minlength=len(cats))
    table = change_table("event_type", cats, n_since, n_before)
    return table.sort_values("event_type", ignore_index=True)


def masks(events: pd.DataFrame, windows: Windows, flt: EventFilter = EventFilter()) -> tuple[np.ndarray, np.ndarray]:
    """Rows of ``events`` in the window since the last brief, and in the window before it."""
    return _in(events, flt, windows.start, windows.end).to_numpy(), _in(events, flt, *windows.before).to_numpy()


def change_table(key: str, names, n_since, n_before) -> pd.DataFrame:
    """A table of ``key``, ``since``, ``before`` and ``change`` (rows with no event in either window
    are left out)."""
    rows = [(str(k), int(a), int(b)) for k, a, b in zip(names, n_since, n_before) if a or b]
    table = pd.DataFrame(rows, columns=[key, "since", "before"])
    table["change"] = [change_text(a, b) for a, b in zip(table["since"], table["before"])]
    return table


def by_actor(events: pd.DataFrame, since: np.ndarray, before: np.ndarray, top: int = 15) -> pd.DataFrame:
    """Events per actor (as actor 1 or actor 2, once per event) since and before, the ``top``
    actors by events in either window."""
    counts = {}
    for window, name in ((since, "since"), (before, "before")):
        rows = events[window]
        a1 = rows["actor1"].astype(object).fillna("")
        a2 = rows["actor2"].astype(object).fillna("")
        both = pd.concat([a1, a2.where(a2 != a1, "")])
        counts[name] = both[both != ""].value_counts()
    frame = pd.DataFrame(counts).fillna(0).astype("int64")
    frame = frame.loc[(frame["since"] + frame["before"]).sort_values(ascending=False, kind="stable").index[:top]]
    return change_table("actor", frame.index, frame["since"], frame["before"])


def target_masks(events: pd.DataFrame, targets: dict, km: float) -> dict[str, np.ndarray]:
    """Per target (label -> :class:`analysis.proximity.Target`): the rows within ``km`` of it."""
    return {label: within_mask(events, target, km) for label, target in targets.items()}


def by_target(events: pd.DataFrame, since: np.ndarray, before: np.ndarray, targets: dict, km: float, *,
              masks: dict[str, np.ndarray] | None = None) -> pd.DataFrame:
    """Events within ``km`` of each target (label -> :class:`analysis.proximity.Target`) since and
    before. An event near two targets counts for each. ``masks``: :func:`target_masks`, if known."""
    masks = target_masks(events, targets, km) if masks is None else masks
    n_since = [int((masks[label] & since).sum()) for label in targets]
    n_before = [int((masks[label] & before).sum()) for label in targets]
    table = pd.DataFrame({"feature": list(targets), "since": n_since, "before": n_before})
    table["change"] = [change_text(a, b) for a, b in zip(table["since"], table["before"])]
    return table


def change_text(since: int, before: int) -> str:
    """'↑ 50%', '↓ 20%', '=' or '↑ new' (nothing before)."""
    if since == before:
        return "="
    if before == 0:
        return "↑ new"
    pct = round(100 * (since - before) / before)
    return f"{'↑' if since > before else '↓'} {abs(pct)}%"
