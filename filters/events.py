"""Filter the event table by time window, dataset, type, sub-type and actor, and count events per day.

Filtering works on integer day numbers and categorical codes, so it stays in
the millisecond range on a million events (``bench/events_layer.py`` measures it).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np
import pandas as pd

_EPOCH = dt.date(1970, 1, 1)


def to_day(value: dt.date) -> int:
    """Days since 1970-01-01."""
    return (value - _EPOCH).days


def from_day(day: int) -> dt.date:
    return _EPOCH + dt.timedelta(days=int(day))


@dataclass(frozen=True)
class EventFilter:
    """What the timeline and the sidebar select.

    ``None`` for a list means "no restriction"; an empty tuple selects nothing.
    ``start`` / ``end`` are inclusive dates; ``None`` means open-ended.
    """

    start: dt.date | None = None
    end: dt.date | None = None
    event_types: tuple[str, ...] | None = None
    sub_event_types: tuple[str, ...] | None = None
    actors: tuple[str, ...] | None = None
    datasets: tuple[str, ...] | None = None

    def between(self, start: dt.date | None, end: dt.date | None) -> "EventFilter":
        """The same filter over another date window (``None``: open-ended)."""
        return replace(self, start=start, end=end)

    def describe(self, dataset_titles: Mapping[str, str] | None = None) -> list[str]:
        """Human-readable lines for captions and export layouts."""
        lines = []
        if self.datasets is not None:
            titles = dataset_titles or {}
            lines.append("Datasets: " + (", ".join(titles.get(d, d) for d in self.datasets) or "none"))
        if self.event_types is not None:
            lines.append("Event types: " + (", ".join(self.event_types) or "none"))
        if self.sub_event_types is not None:
            lines.append("Sub-event types: " + (", ".join(self.sub_event_types) or "none"))
        if self.actors is not None:
            lines.append("Actors: " + (", ".join(self.actors) or "none"))
        return lines


@dataclass(frozen=True)
class FilterOptions:
    """The values a filter can take on a given event table."""

    first_day: dt.date
    last_day: dt.date
    event_types: tuple[str, ...]
    sub_event_types: tuple[str, ...]
    actors: tuple[str, ...]
    sub_types_by_type: dict[str, tuple[str, ...]] = field(default_factory=dict)
    datasets: tuple[str, ...] = ()


def _present(series: pd.Series) -> tuple[np.ndarray, pd.Index]:
    """(codes, categories) of a column, and which categories occur: counted on integer codes, so a
    million rows take milliseconds."""
    col = series if isinstance(series.dtype, pd.CategoricalDtype) else series.astype(str).astype("category")
    return col.cat.codes.to_numpy(), col.cat.categories


def _used(series: pd.Series) -> list[str]:
    codes, cats = _present(series)
    seen = np.flatnonzero(np.bincount(codes[codes >= 0], minlength=len(cats)))
    return [str(cats[i]) for i in seen]


def filter_options(events: pd.DataFrame) -> FilterOptions:
    """What the filters can offer on ``events``: its date span and the values that occur."""
    if events.empty:
        today = dt.date.today()
        return FilterOptions(today, today, (), (), ())
    datasets = tuple(sorted(_used(events["dataset"]))) if "dataset" in events.columns else ()
    t_codes, t_cats = _present(events["event_type"])
    s_codes, s_cats = _present(events["sub_event_type"])
    known = (t_codes >= 0) & (s_codes >= 0)
    pairs = np.unique(t_codes[known].astype(np.int64) * (len(s_cats) + 1) + s_codes[known])
    by_type: dict[str, list[str]] = {}
    for pair in pairs:
        t, sub = divmod(int(pair), len(s_cats) + 1)
        by_type.setdefault(str(t_cats[t]), []).append(str(s_cats[sub]))
    days = events["day"].to_numpy()
    return FilterOptions(
        first_day=from_day(int(days.min())),
        last_day=from_day(int(days.max())),
        event_types=tuple(sorted(by_type)),
        sub_event_types=tuple(sorted({sub for subs in by_type.values() for sub in subs})),
        actors=tuple(sorted(a for a in set(_used(events["actor1"])) | set(_used(events["actor2"])) if a)),
        sub_types_by_type={t: tuple(sorted(subs)) for t, subs in sorted(by_type.items())},
        datasets=datasets,
    )


def _in_category(series: pd.Series, values: tuple[str, ...]) -> np.ndarray:
    """Fast membership test on a categorical column (compares integer codes)."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        cats = series.cat.categories
        codes = np.flatnonzero(cats.isin(values))
        return np.isin(series.cat.codes.to_numpy(), codes)
    return series.isin(values).to_numpy()


def event_mask(events: pd.DataFrame, flt: EventFilter) -> np.ndarray:
    """Boolean mask of the rows of ``events`` that ``flt`` selects."""
    mask = np.ones(len(events), dtype=bool)
    day = events["day"].to_numpy()
    if flt.start is not None:
        mask &= day >= to_day(flt.start)
    if flt.end is not None:
        mask &= day <= to_day(flt.end)
    if flt.event_types is not None:
        mask &= _in_category(events["event_type"], flt.event_types)
    if flt.sub_event_types is not None:
        mask &= _in_category(events["sub_event_type"], flt.sub_event_types)
    if flt.actors is not None:
        mask &= _in_category(events["actor1"], flt.actors) | _in_category(events["actor2"], flt.actors)
    if flt.datasets is not None:
        mask &= _in_category(events["dataset"], flt.datasets) if "dataset" in events.columns else False
    return mask


#: Reads full records by event id (the table's index), in order: the store's ``records``.
RecordReader = Callable[[Sequence[int]], pd.DataFrame]


@dataclass(frozen=True, eq=False)
class EventSelection:
    """Some rows of the event table, as row positions: cheap to make on a million events.

    Code that needs a few columns (the map layer, the per-day chart) reads them
    with :meth:`column`; ``frame`` builds the full records only when asked (exports,
    details), from ``records`` when the table holds only the map columns.
    """

    table: pd.DataFrame
    rows: np.ndarray
    records: RecordReader | None = None

    @classmethod
    def everything(cls, table: pd.DataFrame, records: RecordReader | None = None) -> "EventSelection":
        return cls(table, np.arange(len(table)), records)

    def ids(self) -> np.ndarray:
        """The selected events' ids (the table's index)."""
        return self.table.index.to_numpy()[self.rows]

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> np.ndarray:
        return self.table[name].to_numpy()[self.rows]

    def codes(self, name: str) -> tuple[np.ndarray, pd.Index]:
        """Integer codes and categories of a categorical column, for these rows."""
        col = self.table[name]
        if not isinstance(col.dtype, pd.CategoricalDtype):
            col = col.astype("category")
        return col.cat.codes.to_numpy()[self.rows], col.cat.categories

    @cached_property
    def frame(self) -> pd.DataFrame:
        if self.records is not None:
            return self.records([int(i) for i in self.ids()])
        return self.table.iloc[self.rows]


def as_selection(events) -> EventSelection:
    """An EventSelection of ``events`` (a selection already, or a whole DataFrame)."""
    return events if isinstance(events, EventSelection) else EventSelection.everything(events)


def select_events(events: pd.DataFrame, flt: EventFilter, records: RecordReader | None = None) -> EventSelection:
    """The rows of ``events`` that ``flt`` selects, without copying the table.

    ``records`` reads full records for exports when ``events`` holds only map columns.
    """
    return EventSelection(events, np.flatnonzero(event_mask(events, flt)), records)


def filter_events(events: pd.DataFrame, flt: EventFilter) -> pd.DataFrame:
    """The rows of ``events`` that ``flt`` selects, as a DataFrame (a copy)."""
    return select_events(events, flt).frame


def daily_counts(events, start: dt.date, end: dt.date) -> pd.DataFrame:
    """Events per day and type from ``start`` to ``end``, zero-filled, for the timeline chart.

    ``events`` is an EventSelection or a DataFrame. Returns a long table with
    columns ``date``, ``event_type``, ``events`` (only types that occur).
    """
    sel = as_selection(events)
    days = pd.date_range(start, end, freq="D")
    if not len(sel):
        return pd.DataFrame({"date": pd.Series(dtype="datetime64[ns]"), "event_type": pd.Series(dtype=str),
                             "events": pd.Series(dtype=int)})
    codes, categories = sel.codes("event_type")
    offset = sel.column("day").astype(np.int64) - to_day(start)
    inside = (offset >= 0) & (offset < len(days))
    ntypes = len(categories)
    counts = np.bincount(offset[inside] * ntypes + codes[inside], minlength=len(days) * ntypes)
    counts = counts.reshape(len(days), ntypes)
    present = np.flatnonzero(counts.sum(axis=0))
    order = sorted(present, key=lambda i: str(categories[i]))
    return pd.DataFrame(
        {
            "date": np.repeat(days.values, len(order)),
            "event_type": np.tile([str(categories[i]) for i in order], len(days)),
            "events": counts[:, order].ravel().astype(int),
        }
    )
