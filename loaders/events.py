"""Read an event table in the ACLED export schema and validate it.

``geodata/events.csv`` uses ACLED's 31 export columns in ACLED's order, so a
real ACLED export drops in unchanged (extra columns are kept, not required).
Checks are vectorised, so a million-row export loads in seconds; a bad file
raises :class:`~loaders.errors.EventDataError` naming the rows at fault.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from loaders.errors import EventDataError
from loaders.paths import display_path

#: ACLED's export columns, in ACLED's order.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
TEXT_COLUMNS = tuple(
    c for c in ACLED_COLUMNS
    if c not in {"year", "time_precision", "iso", "latitude", "longitude", "geo_precision", "fatalities", "timestamp"}
)
#: Columns kept as pandas categoricals: few distinct values, filtered on often.
CATEGORY_COLUMNS = ("event_type", "sub_event_type", "actor1", "actor2", "location", "disorder_type")
#: Tag that marks generated benchmark rows; the app refuses to present them as real.
SYNTHETIC_TAG = "synthetic"

_EPOCH = np.datetime64("1970-01-01", "D")


def _parse_dates(values: pd.Series) -> pd.Series:
    """ACLED writes ISO dates in API exports and '20 September 2020' in older files."""
    iso = pd.to_datetime(values, format="%Y-%m-%d", errors="coerce")
    missing = iso.isna() & values.notna()
    if missing.any():
        iso[missing] = pd.to_datetime(values[missing], format="%d %B %Y", errors="coerce")
    return iso


def _rows(mask: np.ndarray | pd.Series, ids: pd.Series, limit: int = 5) -> str:
    idx = np.flatnonzero(np.asarray(mask))
    shown = ", ".join(f"line {i + 2} ({ids.iloc[i]!s})" for i in idx[:limit])
    more = f" and {len(idx) - limit} more" if len(idx) > limit else ""
    return shown + more


def read_events(path: str | Path) -> pd.DataFrame:
    """Read and validate an ACLED-schema CSV.

    Parameters
    ----------
    path : str or Path
        The CSV file.

    Returns
    -------
    pandas.DataFrame
        The ACLED columns (text as ``str``, ``event_type`` etc. as categoricals,
        coordinates as float64, precision codes and fatalities as int) plus
        ``date`` (datetime64) and ``day`` (int32 days since 1970-01-01).

    Raises
    ------
    EventDataError
        If the file is missing or unreadable, lacks ACLED columns or has bad rows.
    """
    path = Path(path)
    shown = display_path(path)
    if not path.exists():
        raise EventDataError(shown, ["file not found"])
    try:
        df = pd.read_csv(
            path,
            dtype={c: "string" for c in TEXT_COLUMNS},
            keep_default_na=False,
            na_values={c: [""] for c in ("latitude", "longitude", "geo_precision", "time_precision", "fatalities")},
            low_memory=False,
        )
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
        raise EventDataError(shown, [f"cannot be read as CSV ({exc})"]) from exc
    return validate_events(df, shown)


def validate_events(df: pd.DataFrame, shown: str = "<events>") -> pd.DataFrame:
    """Validate and normalise an ACLED-schema table already in memory (see :func:`read_events`)."""
    missing = [c for c in ACLED_COLUMNS if c not in df.columns]
    if missing:
        raise EventDataError(shown, [f"missing ACLED column(s): {', '.join(missing)}"])
    df = df.copy()
    for c in TEXT_COLUMNS:
        df[c] = df[c].astype("string").fillna("")
    ids = df["event_id_cnty"]
    problems: list[str] = []

    empty_id = ids.str.strip() == ""
    if empty_id.any():
        problems.append(f"event_id_cnty is empty at {_rows(empty_id, ids)}")
    dup = ids.duplicated(keep=False) & ~empty_id
    if dup.any():
        problems.append(f"event_id_cnty is not unique: {_rows(dup, ids)}")

    dates = _parse_dates(df["event_date"])
    bad = dates.isna()
    if bad.any():
        problems.append(f"event_date is not a date (YYYY-MM-DD) at {_rows(bad, ids)}")

    for col, lo, hi in (("latitude", -90, 90), ("longitude", -180, 180)):
        num = pd.to_numeric(df[col], errors="coerce")
        bad = num.isna() | (num < lo) | (num > hi)
        if bad.any():
            problems.append(f"{col} is not a number in [{lo}, {hi}] at {_rows(bad, ids)}")
        df[col] = num.astype("float64")

    for col in ("geo_precision", "time_precision"):
        num = pd.to_numeric(df[col], errors="coerce")
        bad = ~num.isin([1, 2, 3])
        if bad.any():
            problems.append(f"{col} must be 1, 2 or 3 (ACLED codes) at {_rows(bad, ids)}")
        df[col] = num.fillna(0).astype("int8")

    fat = pd.to_numeric(df["fatalities"], errors="coerce")
    bad = fat.isna() | (fat < 0) | (fat != fat.round())
    if bad.any():
        problems.append(f"fatalities must be a whole number >= 0 at {_rows(bad, ids)}")
    df["fatalities"] = fat.fillna(0).astype("int64")

    for col in ("event_type", "source"):
        bad = df[col].str.strip() == ""
        if bad.any():
            problems.append(f"{col} is empty at {_rows(bad, ids)}")

    if problems:
        raise EventDataError(shown, problems)

    df["date"] = dates.dt.normalize()
    df["day"] = ((dates.values.astype("datetime64[D]") - _EPOCH).astype("int64")).astype("int32")
    for col in CATEGORY_COLUMNS:
        df[col] = df[col].astype("category")
    df = df.reset_index(drop=True)
    df.attrs["path"] = shown
    return df


def is_synthetic(events: pd.DataFrame) -> bool:
    """True when any row carries the synthetic tag (benchmark data, never real)."""
    return bool(events["tags"].str.contains(SYNTHETIC_TAG, regex=False).any())
