"""What every backend turns its rows into, and back: datasets, log entries, full records, the map copy.

Backends differ in SQL; what they hand back must not. These helpers are the one
place that shapes a backend's rows into the interface's records.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from importers.base import ImportBatch
from loaders.events import RECORD_COLUMNS, SYNTHETIC_TAG
from store import mapcache
from store.base import Dataset, ImportLog

DATASET_FIELDS = ("id", "title", "format", "source", "licence", "source_url", "file_name", "file_sha256",
                  "imported_at", "imported_by", "rows", "overlays", "first_date", "last_date", "synthetic")
LOG_FIELDS = ("fid", "imported_at", "imported_by", "dataset", "format", "file_name", "file_sha256",
              "rows_in_file", "imported", "updated", "unchanged", "rejected", "notes")
OVERLAY_FIELDS = ("dataset", "source_id", "name", "description", "valid_from", "valid_to", "source", "properties",
                  "imported_at", "row_hash")


def dataset_from_row(row) -> Dataset:
    """A ``datasets`` row (in :data:`DATASET_FIELDS` order) as a Dataset."""
    values = dict(zip(DATASET_FIELDS, row))
    values["synthetic"] = bool(values["synthetic"])
    for key in ("source_url", "file_name", "file_sha256"):
        values[key] = values[key] or ""
    for key in ("first_date", "last_date"):
        values[key] = str(values[key]) if values[key] is not None else None
    return Dataset(**values)


def log_from_row(row) -> ImportLog:
    values = list(row)
    values[12] = values[12] or ""
    return ImportLog(*values)


def records_frame(rows) -> pd.DataFrame:
    """Full records from rows of (fid, *RECORD_COLUMNS), or a frame of those columns, indexed by fid,
    with the types every backend returns."""
    columns = ["fid", *RECORD_COLUMNS]
    if isinstance(rows, pd.DataFrame):
        frame = rows.loc[:, columns].copy()
    elif rows:
        frame = pd.DataFrame.from_records(rows, columns=columns)
    else:
        frame = pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    for c in ("fatalities_low", "fatalities_high", "year", "iso", "timestamp"):
        frame[c] = pd.to_numeric(frame[c]).astype("Int64")
    for c in ("latitude", "longitude"):
        frame[c] = pd.to_numeric(frame[c]).astype("float64")
    for c, kind in (("geo_precision", "int8"), ("time_precision", "int8"), ("fatalities", "int64"),
                    ("fid", "int64")):
        frame[c] = pd.to_numeric(frame[c]).astype(kind) if len(frame) else frame[c].astype(kind)
    for c in RECORD_COLUMNS:
        if c not in ("fatalities_low", "fatalities_high", "year", "iso", "timestamp", "latitude", "longitude",
                     "geo_precision", "time_precision", "fatalities"):
            frame[c] = frame[c].fillna("").astype(str) if len(frame) else frame[c].astype(str)
    return frame.set_index("fid")


def overlays_frame(rows, geometries, index=None):
    """Overlay shapes from rows of :data:`OVERLAY_FIELDS` and their shapely geometries, in EPSG:4326,
    missing text and dates as ``""``."""
    import geopandas as gpd

    frame = pd.DataFrame(list(rows), columns=list(OVERLAY_FIELDS))
    for c in ("name", "description", "valid_from", "valid_to", "source", "properties"):
        frame[c] = frame[c].map(lambda v: "" if v is None or (isinstance(v, float) and v != v) else str(v))
    if index is not None:
        frame.index = pd.Index(index, name="fid")
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(list(geometries), index=frame.index, crs=4326), crs=4326)


def overlay_changes(have, batch: ImportBatch) -> tuple[list[dict], list[tuple[int, dict]], int]:
    """Sort a batch's shapes against the dataset's stored ones (``have``: source_id -> (fid, row_hash)):
    (new shapes, (fid, shape) of revised ones, how many are unchanged). A shape is a dict of
    :data:`OVERLAY_FIELDS` (dataset and imported_at aside) and ``geometry``."""
    new, revised, same = [], [], 0
    ov = batch.overlays
    for rec, geom in zip(ov.drop(columns="geometry").to_dict("records"), ov.geometry):
        rec["geometry"] = geom
        found = have.get(rec["source_id"])
        if found is None:
            new.append(rec)
        elif found[1] != rec["row_hash"]:
            revised.append((found[0], rec))
        else:
            same += 1
    return new, revised, same


def overlay_values(rec: dict, dataset: str, now: str) -> tuple:
    """A shape's values in :data:`OVERLAY_FIELDS` order (missing dates as None)."""
    values = dict(rec, dataset=dataset, imported_at=now)
    return tuple(values[f] or None if f in ("valid_from", "valid_to") else values[f] for f in OVERLAY_FIELDS)


#: What a repeated import must match to leave the dataset's entry alone (see :func:`dataset_unchanged`).
SIGNATURE_SQL = "SELECT title, format, source, licence, source_url, file_sha256 FROM datasets WHERE id = {p}"


def dataset_unchanged(row, batch: ImportBatch) -> bool:
    """Is the dataset stored (``row``, from :data:`SIGNATURE_SQL`) with exactly this file and these words?"""
    ds = batch.dataset
    return row is not None and tuple(row) == (ds.title, ds.format, ds.source, ds.licence, ds.source_url,
                                              batch.file.sha256)


def batch_is_synthetic(batch: ImportBatch) -> bool:
    """Does any row of the batch carry the synthetic tag (benchmark data, never to pass as real)?"""
    return bool(batch.events["tags"].astype(str).str.contains(SYNTHETIC_TAG, regex=False).any())


def cache_after_write(cache, batch: ImportBatch, new_positions, new_fids, changed: list[tuple[int, int]]):
    """The map copy after a write: ``cache`` without the revised events, plus the new and the revised
    ones (``changed`` holds (batch position, fid) pairs)."""
    events = batch.events
    positions = [int(i) for i in new_positions] + [pos for pos, _fid in changed]
    fids = [int(f) for f in new_fids] + [fid for _pos, fid in changed]
    add = mapcache.from_frame(events.iloc[positions].assign(dataset=batch.dataset.id),
                              np.array(fids, np.int64)) if positions else None
    return mapcache.combine(cache, np.array([fid for _pos, fid in changed], np.int64), add)
