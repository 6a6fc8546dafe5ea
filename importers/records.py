"""From mapped columns to stored event records: fill, geocode, date, validate, de-duplicate, hash.

Every importer ends here, so every format obeys the same rules: each row is
either returned in the stored schema or rejected with its line and reason.
The rules themselves are :func:`loaders.events.check_rows` (shared with the
strict loader) plus what only an import can get wrong: coordinates of 0, 0,
an end date before the start, a fatality range upside down, an id used twice.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

import numpy as np
import pandas as pd

from importers.base import DatasetInfo, ImportBatch, ImportOptions, InputFile, rejects_frame
from importers.dates import parse_dates
from importers.geocode import Gazetteer, GeocodeError
from importers.text import cleaned, numbers
from loaders.events import ACLED_COLUMNS, DETAIL_COLUMNS, TEXT_COLUMNS, check_rows

#: What an importer hands over: these fields (missing ones are filled with blanks).
FIELDS = ACLED_COLUMNS + ("source_id",) + tuple(c for c in DETAIL_COLUMNS if c != "extra")
#: The columns of ``ImportBatch.events``, in order.
BATCH_COLUMNS = ACLED_COLUMNS + ("source_id",) + DETAIL_COLUMNS + ("row_hash", "line")
_HASHED = ACLED_COLUMNS + ("source_id",) + DETAIL_COLUMNS
#: Fields that hold numbers.
_NUMERIC = ("latitude", "longitude", "geo_precision", "time_precision", "fatalities", "fatalities_low",
            "fatalities_high", "year", "iso", "timestamp")


class Rejections:
    """Reasons collected per row position; a row with any reason is rejected."""

    def __init__(self, n: int):
        self.n = n
        self._reasons: dict[int, list[str]] = {}

    def add(self, mask, reason) -> None:
        """Reject the rows in ``mask`` with ``reason`` (a string, or a Series of strings per row)."""
        for i in np.flatnonzero(np.asarray(mask, dtype=bool)):
            self.add_row(int(i), reason if isinstance(reason, str) else str(reason.iloc[i]))

    def add_row(self, i: int, reason: str) -> None:
        self._reasons.setdefault(i, []).append(reason)

    @property
    def mask(self) -> np.ndarray:
        m = np.zeros(self.n, dtype=bool)
        if self._reasons:
            m[list(self._reasons)] = True
        return m

    def rows(self, lines: np.ndarray, ids: pd.Series) -> list[tuple[int, str, str]]:
        return [(int(lines[i]), str(ids.iloc[i]), "; ".join(r)) for i, r in sorted(self._reasons.items())]


def _text(raw: pd.DataFrame, col: str) -> pd.Series:
    if col not in raw.columns:
        return pd.Series("", index=raw.index, dtype=object)
    return cleaned(raw[col])


def _dates(raw: pd.DataFrame, col: str) -> pd.Series:
    """A date column as strings, keeping spreadsheet date cells as they are."""
    if col not in raw.columns or raw[col].dtype != object:
        return _text(raw, col)
    values = raw[col]
    is_text = values.map(lambda v: isinstance(v, str) or v is None or (isinstance(v, float) and np.isnan(v)))
    out = values.copy()
    out[is_text] = cleaned(values[is_text].fillna("")) if is_text.any() else out[is_text]
    return out


def _is_blank(values: pd.Series) -> np.ndarray:
    return values.map(lambda v: isinstance(v, str) and v == "").to_numpy(bool) if values.dtype == object \
        else (values.astype(str) == "").to_numpy()


def row_hashes(frame: pd.DataFrame) -> pd.Series:
    """A 64-bit hash per row of the stored fields, as 16 hex digits: equal rows, equal hashes."""
    canon = frame.loc[:, list(_HASHED)].copy()
    for c in canon.columns:
        if isinstance(canon[c].dtype, pd.CategoricalDtype):
            canon[c] = canon[c].astype(str)
    values = pd.util.hash_pandas_object(canon, index=False).to_numpy(np.uint64)
    return pd.Series([f"{v:016x}" for v in values.tolist()], index=frame.index, dtype=object)


#: Columns a file exported from a store carries that are the store's own, not the record's:
#: importing such a file again must not count them as content.
STORE_COLUMNS = ("dataset", "imported_at", "row_hash", "fid")


def _extra_json(extra: pd.DataFrame | None, n: int) -> list[str]:
    """The file's unmapped columns per row, as JSON (missing cells left out). A column named
    ``extra`` (a store's own export) is merged back rather than nested."""
    if extra is None or extra.empty or not len(extra.columns):
        return [""] * n
    extra = extra.drop(columns=[c for c in STORE_COLUMNS if c in extra.columns])
    kept = extra.drop(columns=["extra"]) if "extra" in extra.columns else extra
    cols = list(kept.columns)
    values = [cleaned(kept[c]) if kept[c].dtype != object or kept[c].map(
        lambda v: isinstance(v, str)).all() else kept[c] for c in cols]
    nested = cleaned(extra["extra"]) if "extra" in extra.columns else None
    out = []
    for i, row in enumerate(zip(*values) if cols else ([()] * n)):
        rec = {c: v for c, v in zip(cols, row)
               if not (v is None or (isinstance(v, str) and v == "") or (not isinstance(v, str) and pd.isna(v)))}
        if nested is not None and nested.iloc[i].startswith("{"):
            try:
                rec = {**json.loads(nested.iloc[i]), **rec}
            except ValueError:
                rec["extra"] = nested.iloc[i]
        out.append(json.dumps(rec, ensure_ascii=False, sort_keys=True, default=str) if rec else "")
    return out


def build_batch(
    file: InputFile,
    fmt: str,
    dataset: DatasetInfo,
    raw: pd.DataFrame,
    options: ImportOptions,
    *,
    notes: list[str],
    columns: tuple[str, ...],
    mapping: Mapping[str, str],
    extra: pd.DataFrame | None = None,
    place: pd.Series | None = None,
    rejected_before: list[tuple[int, str, str]] | None = None,
    overlays=None,
    rows_in_file: int | None = None,
) -> ImportBatch:
    """Turn mapped rows into a batch of stored records and rejects.

    Parameters
    ----------
    raw : DataFrame
        One column per field in :data:`FIELDS` that the file fills (strings, or date
        cells from a spreadsheet), and ``_line``, the row's line in the file.
    options : ImportOptions
        Constants, the dataset's source (filling rows without one), ``dayfirst``.
    extra : DataFrame, optional
        The file's unmapped columns, kept with each record as JSON.
    place : Series, optional
        Place names to geocode rows that have no coordinates.
    rejected_before : list, optional
        (line, id, reason) for rows the importer already rejected (e.g. bad geometry).
    """
    from importers.vector import empty_overlays  # local: vector imports this module

    raw = raw.reset_index(drop=True)
    n = len(raw)
    lines = raw["_line"].to_numpy(np.int64) if "_line" in raw.columns else np.arange(2, n + 2)
    df = pd.DataFrame(index=raw.index)
    for col in FIELDS:
        df[col] = _dates(raw, col) if col in ("event_date", "date_end") else _text(raw, col)
    for col, value in (options.constants or {}).items():
        if col in df.columns:
            df.loc[_is_blank(df[col]), col] = str(value)
    if options.source:
        df.loc[df["source"] == "", "source"] = options.source
    rej = Rejections(n)
    ids = df["source_id"].where(df["source_id"] != "", df["event_id_cnty"])

    # coordinates: given, half given, or to be geocoded
    has_lat, has_lon = df["latitude"] != "", df["longitude"] != ""
    rej.add(has_lat ^ has_lon, "only one of latitude and longitude is given")
    no_coords = (~has_lat & ~has_lon).to_numpy()
    if no_coords.any():
        if place is None:
            rej.add(no_coords, "no coordinates (map latitude and longitude, or choose a place-name column to geocode)")
        else:
            geocoded = _geocode(df, place.reset_index(drop=True), no_coords, rej)
            if geocoded:
                notes.append(f"Geocoded {geocoded:,} row(s) from place names with the GeoNames gazetteer "
                             "(geo_precision 2, a note on each).")
    given_text = {c: df[c] != "" for c in _NUMERIC}
    # rows still without a position were rejected above with the reason; "not a number" would only repeat it
    unplaced = (~given_text["latitude"] | ~given_text["longitude"]).to_numpy()
    for c in _NUMERIC:  # from here on numbers are numbers (NaN where blank or not a number)
        df[c] = numbers(df[c])
    rej.add((df["latitude"] == 0) & (df["longitude"] == 0), "coordinates are 0, 0 (a missing position written as zero)")

    # dates
    parsed = parse_dates(df["event_date"], options.dayfirst)
    notes.append("Dates read: " + parsed.describe("event_date"))
    bad_date = parsed.dates.isna().to_numpy()
    rej.add(bad_date, "event_date: " + parsed.reasons)
    df["event_date"] = parsed.dates.dt.strftime("%Y-%m-%d").fillna("")
    end_given = ~_is_blank(df["date_end"])
    if end_given.any():
        ends = parse_dates(df["date_end"].where(end_given, ""), options.dayfirst)
        rej.add(end_given & ends.dates.isna().to_numpy(), "date_end: " + ends.reasons)
        rej.add((ends.dates < parsed.dates).to_numpy(), "date_end is before event_date")
        df["date_end"] = ends.dates.dt.strftime("%Y-%m-%d").fillna("")
    else:
        df["date_end"] = ""
    year_blank = df["year"].isna()
    df.loc[year_blank, "year"] = parsed.dates[year_blank].dt.year.astype("float64")

    blank_fat = ~given_text["fatalities"]
    from_low = blank_fat & df["fatalities_low"].notna()
    if from_low.any():  # else 0 would contradict the range, and every row with a death would be refused
        df.loc[from_low, "fatalities"] = df.loc[from_low, "fatalities_low"]
        blank_fat &= ~from_low
        notes.append(f"fatalities not given for {int(from_low.sum()):,} row(s) with a low estimate: recorded as "
                     "the low estimate (ACLED records the most conservative count).")
    if blank_fat.any():
        df.loc[blank_fat, "fatalities"] = 0.0
        notes.append(f"fatalities not given for {int(blank_fat.sum()):,} row(s): recorded as 0 "
                     "(ACLED's convention for an unknown count).")

    # ids: the file's own, else a hash of the row's content (stable across re-imports)
    no_id = (ids == "").to_numpy()
    if no_id.any():
        content = pd.util.hash_pandas_object(df.loc[no_id].astype(str), index=False).to_numpy(np.uint64)
        ids = ids.copy()
        ids[no_id] = [f"h{v:016x}" for v in content.tolist()]
        notes.append(f"{int(no_id.sum()):,} row(s) have no id: each gets a hash of its content as source_id.")
    df["source_id"] = ids
    df.loc[df["event_id_cnty"] == "", "event_id_cnty"] = ids

    checked, problems = check_rows(df[list(ACLED_COLUMNS)], parsed.dates)
    for message, mask in problems:
        if message.startswith(("latitude ", "longitude ")):
            mask = mask & ~unplaced
        if not message.startswith("event_date"):
            rej.add(mask, message)
    for col in ("fatalities_low", "fatalities_high"):
        num = df[col]
        bad = given_text[col] & (num.isna() | (num < 0) | (num != num.round()))
        rej.add(bad, f"{col} must be a whole number >= 0")
        checked[col] = num.where(~bad).round().astype("Int64")
    low, high = checked["fatalities_low"], checked["fatalities_high"]
    rej.add(((low > high) | (low > checked["fatalities"]) | (checked["fatalities"] > high)).fillna(False),
            "fatality range is inconsistent (low <= best <= high)")

    for col in ("year", "iso", "timestamp"):
        checked[col] = df[col].where(df[col] == df[col].round()).astype("Int64")
    for col in ("source_id", "date_end", "source_url"):
        checked[col] = df[col].astype(str)
    checked["extra"] = _extra_json(extra.reset_index(drop=True) if extra is not None else None, n)
    checked = checked.drop(columns=["date"])

    # duplicates inside the file: identical rows keep the first; conflicting ones are all refused
    hashes = row_hashes(checked)
    dup = checked["source_id"].duplicated(keep=False).to_numpy() & ~rej.mask
    if dup.any():
        group = pd.DataFrame({"id": checked["source_id"][dup], "hash": hashes[dup], "line": lines[dup]})
        for sid, g in group.groupby("id", sort=False):
            if g["hash"].nunique() == 1:
                for i in g.index[1:]:
                    rej.add_row(int(i), f"exact duplicate of line {int(g['line'].iloc[0])}")
            else:
                where = ", ".join(str(x) for x in g["line"].tolist()[:6])
                for i in g.index:
                    rej.add_row(int(i), f"id {sid!r} appears on lines {where} with different content")

    keep = ~rej.mask
    events = checked.loc[keep].copy()
    events["row_hash"] = hashes[keep]
    events["line"] = lines[keep]
    for c in TEXT_COLUMNS:
        events[c] = events[c].astype(str)
    events = events.loc[:, list(BATCH_COLUMNS)].reset_index(drop=True)
    reject_rows = list(rejected_before or []) + rej.rows(lines, checked["source_id"])
    return ImportBatch(
        file=file,
        format=fmt,
        dataset=dataset,
        events=events,
        overlays=overlays if overlays is not None else empty_overlays(),
        rejects=rejects_frame(reject_rows),
        rows_in_file=rows_in_file if rows_in_file is not None else n,
        notes=notes,
        columns=columns,
        mapping=dict(mapping),
    )


def _geocode(df: pd.DataFrame, place: pd.Series, rows: np.ndarray, rej: Rejections) -> int:
    gaz = Gazetteer.geonames()
    cache: dict[tuple[str, str], object] = {}
    placed = 0
    for i in np.flatnonzero(rows):
        name = str(place.iloc[i] or "").strip()
        admin1 = str(df["admin1"].iloc[i] or "")
        key = (name, admin1)
        if key not in cache:
            try:
                cache[key] = gaz.locate(name, admin1)
            except GeocodeError as exc:
                cache[key] = exc
        found = cache[key]
        if isinstance(found, GeocodeError):
            rej.add_row(int(i), f"cannot geocode: {found}")
            continue
        df.iat[i, df.columns.get_loc("latitude")] = f"{found.place.lat:.5f}"
        df.iat[i, df.columns.get_loc("longitude")] = f"{found.place.lon:.5f}"
        given = pd.to_numeric(df["geo_precision"].iloc[i], errors="coerce")
        df.iat[i, df.columns.get_loc("geo_precision")] = str(int(max(2, given if given in (2, 3) else 2)))
        notes = df["notes"].iloc[i]
        df.iat[i, df.columns.get_loc("notes")] = (notes + " " if notes else "") + found.note()
        if not df["location"].iloc[i]:
            df.iat[i, df.columns.get_loc("location")] = name
        placed += 1
    return placed
