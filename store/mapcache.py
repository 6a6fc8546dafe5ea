"""The map columns of every event, as one compressed Arrow blob kept in the store.

Reading a million rows out of a row store takes seconds; the map needs only a
dozen columns. Each write keeps a columnar copy of those columns, tagged with
the store's generation, so a new app process loads them in a fraction of a
second. A copy whose generation is not the store's (QGIS edited the file, say)
is never used: the reader rebuilds it from the rows.
"""

from __future__ import annotations

import io

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from loaders.events import day_numbers

#: Categorical (dictionary-encoded) map columns.
TEXT = ("event_type", "sub_event_type", "actor1", "actor2", "location", "dataset", "source")
#: The SQL select list that yields the map columns, in :func:`from_rows` order.
SELECT = ("fid", "event_date", "latitude", "longitude", "geo_precision", "time_precision", "fatalities") + TEXT


def from_rows(rows: list[tuple]) -> pa.Table:
    """An Arrow table of map columns from rows in :data:`SELECT` order."""
    frame = pd.DataFrame.from_records(rows, columns=list(SELECT)) if rows else \
        pd.DataFrame({c: pd.Series(dtype=object) for c in SELECT})
    return from_frame(frame, frame["fid"].to_numpy(np.int64) if len(frame) else np.zeros(0, np.int64))


def from_frame(frame: pd.DataFrame, fids: np.ndarray) -> pa.Table:
    """An Arrow table of map columns from any frame holding them (e.g. an import batch) and their fids."""
    dates = pd.to_datetime(frame["event_date"], format="%Y-%m-%d") if len(frame) else \
        pd.Series(pd.to_datetime([]), dtype="datetime64[ns]")
    cols = {
        "fid": pa.array(np.asarray(fids, dtype=np.int64)),
        "day": pa.array(day_numbers(dates).to_numpy(np.int32)),
        "latitude": pa.array(frame["latitude"].to_numpy(np.float64)),
        "longitude": pa.array(frame["longitude"].to_numpy(np.float64)),
        "geo_precision": pa.array(frame["geo_precision"].to_numpy(np.int8)),
        "time_precision": pa.array(frame["time_precision"].to_numpy(np.int8)),
        "fatalities": pa.array(frame["fatalities"].to_numpy(np.int64)),
    }
    for c in TEXT:
        cols[c] = pa.array(frame[c].astype(str).to_numpy(object), type=pa.string()).dictionary_encode()
    return pa.table(cols)


def empty() -> pa.Table:
    return from_rows([])


def combine(old: pa.Table, drop_fids: np.ndarray, add: pa.Table | None) -> pa.Table:
    """``old`` without the rows in ``drop_fids``, plus ``add``; sorted by fid."""
    if len(drop_fids) and old.num_rows:
        keep = ~np.isin(old.column("fid").to_numpy(), drop_fids)
        old = old.filter(pa.array(keep))
    parts = [old] + ([add] if add is not None and add.num_rows else [])
    table = pa.concat_tables([t.cast(parts[0].schema) if t.schema != parts[0].schema else t for t in parts]) \
        if len(parts) > 1 else parts[0]
    table = table.unify_dictionaries().combine_chunks()
    return table.take(pc.sort_indices(table, [("fid", "ascending")]))


def valid(table: pa.Table) -> bool:
    """True when a stored copy has exactly the columns this version of the app expects."""
    return table.column_names == list(empty().column_names)


def to_bytes(table: pa.Table) -> bytes:
    sink = io.BytesIO()
    with pa.ipc.new_stream(sink, table.schema, options=pa.ipc.IpcWriteOptions(compression="zstd")) as writer:
        writer.write_table(table)
    return sink.getvalue()


def from_bytes(data: bytes) -> pa.Table:
    return pa.ipc.open_stream(pa.BufferReader(data)).read_all()


def to_frame(table: pa.Table) -> pd.DataFrame:
    """The app's event table: map columns, ``day`` as int32, text as categoricals, indexed by fid."""
    df = table.to_pandas()
    for c in TEXT:
        if not isinstance(df[c].dtype, pd.CategoricalDtype):
            df[c] = df[c].astype("category")
    df = df.set_index("fid")
    df.index.name = "fid"
    return df
