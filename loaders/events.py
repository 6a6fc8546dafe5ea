"""Read an event table in the ACLED export schema and validate it.

``geodata/events.csv`` uses ACLED's 31 export columns in ACLED's order, so a
real ACLED export drops in unchanged (extra columns are kept, not required).
Checks are vectorised, so a million-row export loads in seconds; a bad file
raises :class:`~loaders.errors.EventDataError` naming the rows at fault.
"""

from __future__ import annotations

import re
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
CATEGORY_COLUMNS = ("event_type", "sub_event_type", "actor1", "actor2", "location", "disorder_type", "dataset")
#: Tag that marks generated benchmark rows; the app refuses to present them as real.
SYNTHETIC_TAG = "synthetic"

#: A dataset id: what links, filters, layer ids (``user:<id>``) and the command line call a dataset.
DATASET_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,47}$")
#: Provenance every stored event carries: its dataset, its id in its own file, when it was written.
PROVENANCE_COLUMNS = ("dataset", "source_id", "imported_at")
#: Fields other sources have and ACLED lacks: a date range (UCDP ``date_end``), a fatality
#: range (UCDP ``low``/``high``), a link to the record, and the file's unmapped columns (JSON).
DETAIL_COLUMNS = ("date_end", "fatalities_low", "fatalities_high", "source_url", "extra")
#: A stored event: ACLED's 31 columns, provenance and the extra details.
RECORD_COLUMNS = ACLED_COLUMNS + PROVENANCE_COLUMNS + DETAIL_COLUMNS
#: What the app keeps in memory for every event (filters, map, counts); full records are
#: read from the store when one is shown or exported.
MAP_COLUMNS = (
    "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "latitude", "longitude",
    "geo_precision", "time_precision", "fatalities", "dataset", "source",
)

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


def check_rows(df: pd.DataFrame, dates: pd.Series | None = None) -> tuple[pd.DataFrame, list[tuple[str, np.ndarray]]]:
    """Normalise an ACLED-schema table and find the rows that break its rules.

    One set of rules serves both the strict loader (:func:`validate_events`, which
    refuses a file with any bad row) and the importers (which reject those rows
    one by one and keep the rest).

    Parameters
    ----------
    df : DataFrame
        Every ACLED column present (see :data:`ACLED_COLUMNS`); values as read.
    dates : Series of datetime64, optional
        ``event_date`` already parsed (importers detect the date style first);
        by default ISO and ACLED's '20 September 2020' are read.

    Returns
    -------
    (DataFrame, list of (str, ndarray))
        The table with text as ``str``, coordinates as float64, precision codes
        as int8 and fatalities as int64, plus ``date``; and one ``(problem, mask)``
        pair per rule that some rows break. Uniqueness of ids is the caller's rule.
    """
    df = df.copy()
    for c in TEXT_COLUMNS:
        df[c] = df[c].astype("string").fillna("")
    problems: list[tuple[str, np.ndarray]] = []

    def rule(message: str, mask) -> None:
        mask = np.asarray(mask, dtype=bool)
        if mask.any():
            problems.append((message, mask))

    rule("event_id_cnty is empty", df["event_id_cnty"].str.strip() == "")
    if dates is None:
        dates = _parse_dates(df["event_date"])
    rule("event_date is not a date (YYYY-MM-DD)", dates.isna())

    for col, lo, hi in (("latitude", -90, 90), ("longitude", -180, 180)):
        num = pd.to_numeric(df[col], errors="coerce")
        rule(f"{col} is not a number in [{lo}, {hi}]", num.isna() | (num < lo) | (num > hi))
        df[col] = num.astype("float64")

    for col in ("geo_precision", "time_precision"):
        num = pd.to_numeric(df[col], errors="coerce")
        rule(f"{col} must be 1, 2 or 3 (ACLED codes)", ~num.isin([1, 2, 3]))
        df[col] = num.fillna(0).astype("int8")

    fat = pd.to_numeric(df["fatalities"], errors="coerce")
    rule("fatalities must be a whole number >= 0", fat.isna() | (fat < 0) | (fat != fat.round()))
    df["fatalities"] = fat.fillna(0).astype("int64")

    for col in ("event_type", "source"):
        rule(f"{col} is empty", df[col].str.strip() == "")
    df["date"] = dates.dt.normalize()
    return df, problems


def validate_events(df: pd.DataFrame, shown: str = "<events>") -> pd.DataFrame:
    """Validate and normalise an ACLED-schema table already in memory (see :func:`read_events`)."""
    missing = [c for c in ACLED_COLUMNS if c not in df.columns]
    if missing:
        raise EventDataError(shown, [f"missing ACLED column(s): {', '.join(missing)}"])
    ids = df["event_id_cnty"].astype("string").fillna("")
    df, found = check_rows(df)
    problems = [f"{message} at {_rows(mask, ids)}" for message, mask in found]
    empty_id = ids.str.strip() == ""
    dup = ids.duplicated(keep=False) & ~empty_id
    if dup.any():
        after_empty = int(bool(problems) and problems[0].startswith("event_id_cnty is empty"))
        problems.insert(after_empty, f"event_id_cnty is not unique: {_rows(dup, ids)}")
    if problems:
        raise EventDataError(shown, problems)
    return finish_table(df, shown)


def finish_table(df: pd.DataFrame, shown: str) -> pd.DataFrame:
    """Add ``day`` and categoricals to a checked table: the shape filters and layers expect."""
    df["day"] = day_numbers(df["date"])
    for col in CATEGORY_COLUMNS:
        if col in df.columns:
            df[col] = df[col].astype("category")
    df = df.reset_index(drop=True)
    df.attrs["path"] = shown
    return df


def day_numbers(dates: pd.Series) -> pd.Series:
    """Days since 1970-01-01 as int32 (what filters and the event layer compare)."""
    values = dates.to_numpy().astype("datetime64[D]")
    return pd.Series((values - _EPOCH).astype("int64").astype("int32"), index=dates.index)


def is_synthetic(events: pd.DataFrame) -> bool:
    """True when any row carries the synthetic tag (benchmark data, never real)."""
    return bool(events["tags"].str.contains(SYNTHETIC_TAG, regex=False).any())
