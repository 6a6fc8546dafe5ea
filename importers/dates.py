"""Dates as files write them: ISO, ACLED's '20 September 2020', day-first or month-first numbers.

:func:`parse_dates` reads a whole column and says which styles it found. Numeric
dates such as 03/04/2020 are settled by the column itself when any value is
unambiguous (a 20 in the first place means day-first); when none is, the caller's
``dayfirst`` decides, and without it the rows are rejected rather than guessed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

ISO = "ISO (YYYY-MM-DD)"
WRITTEN = "written out (20 September 2020)"
DAY_FIRST = "day-first (DD/MM/YYYY)"
MONTH_FIRST = "month-first (MM/DD/YYYY)"
SPREADSHEET = "spreadsheet date cells"

#: Earliest date accepted; later than today is impossible for a reported event.
EARLIEST = dt.date(1900, 1, 1)
#: Dates are parsed at microsecond resolution, which holds years 1–9999, so a date such as
#: 9999-12-31 is rejected as a late date instead of overflowing nanoseconds (limit: 2262).
_WORKING = "datetime64[us]"

_ISO_RE = r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[\sT])"
_NUM_RE = r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:$|[\sT])"
_WRITTEN_FORMATS = ("%d %B %Y", "%d %b %Y", "%d-%b-%Y", "%d-%B-%Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y",
                    "%b %d %Y", "%d %b. %Y")

AMBIGUOUS = "ambiguous date: day or month first? (choose day-first or month-first)"


@dataclass
class ParsedDates:
    """A parsed date column: the dates (NaT where unreadable), why each failure failed,
    and how many values each style read."""

    dates: pd.Series
    reasons: pd.Series
    styles: dict[str, int] = field(default_factory=dict)

    def describe(self, column: str) -> str:
        used = ", ".join(f"{n:,} {style}" for style, n in self.styles.items() if n)
        return f"{column}: {used or 'no dates read'}."


def _build(year, month, day) -> pd.Series:
    return pd.to_datetime(pd.DataFrame({"year": year, "month": month, "day": day}), errors="coerce")


def _day_of(value) -> pd.Timestamp:
    """A date cell's day, as written: a time-zone-aware value keeps its own wall-clock date."""
    stamp = pd.Timestamp(value)
    return (stamp.tz_localize(None) if stamp.tzinfo is not None else stamp).normalize()


def parse_dates(values: pd.Series, dayfirst: bool | None = None, *, today: dt.date | None = None) -> ParsedDates:
    """Parse a column of dates written in any of the supported styles.

    Parameters
    ----------
    values : Series
        Strings (missing as ``""``) or spreadsheet date cells (datetime, date, Timestamp).
    dayfirst : bool, optional
        How to read numeric dates when no value in the column settles it.
    today : date, optional
        Dates after this are rejected as impossible (default: today).
    """
    today = today or dt.date.today()
    n = len(values)
    out = pd.Series(pd.NaT, index=values.index, dtype=_WORKING)
    reasons = pd.Series("", index=values.index, dtype=object)
    styles: dict[str, int] = {}

    is_cell = values.map(lambda v: isinstance(v, (dt.date, pd.Timestamp)) and not pd.isna(v)).to_numpy(bool) \
        if values.dtype == object else np.zeros(n, bool)
    if is_cell.any():
        cells = pd.to_datetime(values[is_cell].map(_day_of), errors="coerce")
        out[is_cell] = cells
        styles[SPREADSHEET] = int(cells.notna().sum())
    text = values.where(~is_cell, "").astype(str).str.strip()
    missing = (text == "") & ~is_cell
    reasons[missing] = "missing date"
    todo = ~missing & ~is_cell

    # the common case first, in one vectorised pass: plain YYYY-MM-DD
    fast = pd.to_datetime(text.where(todo, ""), format="%Y-%m-%d", errors="coerce")
    done = fast.notna().to_numpy()
    out[done] = fast[done]
    iso_count = int(done.sum())
    todo = todo & ~done
    iso = text[todo].str.extract(_ISO_RE).reindex(text.index)
    is_iso = iso[0].notna().to_numpy() & todo.to_numpy()
    if is_iso.any():
        parsed = _build(iso.loc[is_iso, 0].astype(int), iso.loc[is_iso, 1].astype(int), iso.loc[is_iso, 2].astype(int))
        out[is_iso] = parsed
        reasons[parsed[parsed.isna()].index] = "impossible date"
        iso_count += int(parsed.notna().sum())
    if iso_count:
        styles[ISO] = iso_count
    todo = todo & ~is_iso

    num = text[todo].str.extract(_NUM_RE).reindex(text.index)
    is_num = num[0].notna().to_numpy() & todo.to_numpy()
    if is_num.any():
        a = num.loc[is_num, 0].astype(int)
        b = num.loc[is_num, 1].astype(int)
        y = num.loc[is_num, 2].astype(int)
        y = y.where(y >= 100, np.where(y < 70, 2000 + y, 1900 + y))
        day_evidence = bool((a > 12).any())
        month_evidence = bool((b > 12).any())
        if dayfirst is not None:  # the user's word wins; dates impossible that way are rejected
            order = dayfirst
        elif day_evidence and not month_evidence:
            order = True
        elif month_evidence and not day_evidence:
            order = False
        elif day_evidence and month_evidence:  # both orders appear: follow the majority, reject the rest
            order = bool((a > 12).sum() >= (b > 12).sum())
        else:
            order = None
        if order is None:
            reasons[a.index] = AMBIGUOUS
        else:
            parsed = _build(y, b if order else a, a if order else b)
            out[a.index] = parsed
            reasons[parsed[parsed.isna()].index] = "impossible date"
            styles[DAY_FIRST if order else MONTH_FIRST] = int(parsed.notna().sum())
            if (y.index.size and (num.loc[is_num, 2].str.len() == 2).any()):
                styles["two-digit years read as 1970–2069"] = int((num.loc[is_num, 2].str.len() == 2).sum())
    todo = todo & ~is_num

    if todo.any():
        rest = text[todo]
        parsed = pd.Series(pd.NaT, index=rest.index, dtype=_WORKING)
        for fmt in _WRITTEN_FORMATS:
            left = parsed.isna()
            if not left.any():
                break
            parsed[left] = pd.to_datetime(rest[left], format=fmt, errors="coerce")
        out[rest.index] = parsed
        reasons[parsed[parsed.isna()].index] = "not a date in a known style"
        if parsed.notna().any():
            styles[WRITTEN] = int(parsed.notna().sum())

    day = out.dt.normalize()
    late = (day > pd.Timestamp(today)).to_numpy()
    early = (day < pd.Timestamp(EARLIEST)).to_numpy()
    reasons[late] = f"date is after today ({today:%Y-%m-%d})"
    reasons[early] = f"date is before {EARLIEST:%Y}"
    day[late | early] = pd.NaT
    return ParsedDates(day.astype("datetime64[ns]"), reasons, styles)
