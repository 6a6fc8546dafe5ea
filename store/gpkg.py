"""The GeoPackage backend: one file, Python's SQLite, WAL and a busy timeout.

The file is a standard GeoPackage 1.4 that QGIS opens directly: an ``events``
point layer (EPSG:4326, rtree index), an ``overlays`` layer, and ``datasets``
and ``imports`` attribute tables (:mod:`store.gpkg_schema`). Writes are single
``BEGIN IMMEDIATE`` transactions, so two imports at once (two sessions, or the
app and the command line) queue instead of corrupting the file; readers never
wait, thanks to WAL.

Only Python's SQLite ever opens the file in this process: a second SQLite
library (GDAL's) on the same file in one process can drop the other's locks.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from importers.base import ImportBatch
from loaders.events import RECORD_COLUMNS
from store import mapcache
from store.base import (
    IMPORT_LOG_COLUMNS,
    Dataset,
    EventStore,
    ImportLog,
    ImportReport,
    Progress,
    StoreDump,
    StoreError,
    utc_now,
)
from store.editing import EditTx, check_import_target, dump_edits, edits_of, on_map, restore_edits
from store.gpkg_geometry import from_blob, geometry_blob, point_blobs, register_functions
from store.gpkg_schema import EVENT_TYPES, MIGRATIONS, SCHEMA_VERSION, sql_statements
from store.rows import (
    DATASET_FIELDS,
    LOG_FIELDS,
    OVERLAY_FIELDS,
    SIGNATURE_SQL,
    batch_is_synthetic,
    cache_after_write,
    dataset_from_row,
    dataset_unchanged,
    log_from_row,
    overlay_changes,
    overlay_values,
    overlays_frame,
    records_frame,
)

#: How long a write waits for another write to finish before giving up (seconds).
WRITE_WAIT_S = 120.0
READ_WAIT_S = 30.0
_CHUNK = 20_000
_EVENT_COLUMNS = tuple(EVENT_TYPES)  # stored columns after fid and geom


def _is_busy(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


class GeoPackageStore(EventStore):
    """An event store in one GeoPackage file, created (and upgraded) on first use."""

    backend = "gpkg"

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if self.path.is_dir():
            raise StoreError(f"the store {self.path} is a directory, not a GeoPackage file")
        try:
            self._prepare()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path} cannot be used as the store: {exc}") from exc

    # connections ---------------------------------------------------------------------------
    @property
    def location(self) -> str:
        return str(self.path)

    def _connect(self, wait: float) -> sqlite3.Connection:
        con = sqlite3.connect(self.path, timeout=wait, isolation_level=None, check_same_thread=False)
        con.execute(f"PRAGMA busy_timeout = {int(wait * 1000)}")
        con.execute("PRAGMA synchronous = NORMAL")
        con.execute("PRAGMA cache_size = -262144")  # 256 MiB: index and rtree builds stay in memory
        register_functions(con)
        return con

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """A consistent snapshot: one read transaction."""
        try:
            con = self._connect(READ_WAIT_S)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        try:
            con.execute("BEGIN")
            yield con
            con.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read the store {self.path}: {exc}") from exc
        finally:
            con.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is stored, or none of it."""
        try:
            con = self._connect(WRITE_WAIT_S)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc
        try:
            try:
                con.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                if _is_busy(exc):
                    raise StoreError(f"the store is busy with another import (waited {WRITE_WAIT_S:.0f} s); "
                                     "try again when it has finished") from exc
                raise
            try:
                yield con
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise StoreError(f"the store {self.path} could not be written; nothing was changed ({exc})") from exc
        finally:
            con.close()

    def _prepare(self) -> None:
        """Create the file, or check it is a store of ours and apply any newer migrations.

        Two processes may start on a new file at once (the app and the command line): the
        version is read again under the write lock, so only one of them creates the schema.
        """
        if not self.path.exists():
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create the store {self.path}: {exc.strerror or exc}") from exc
        con = self._connect(WRITE_WAIT_S)
        try:
            version = self._schema_version(con)
            if version == SCHEMA_VERSION:
                return
            if version is None:  # an empty database: ours to create
                _use_wal(con)
            con.execute("BEGIN IMMEDIATE")
            version = self._schema_version(con) or 0
            for number, _what, sql in MIGRATIONS:
                if number <= version:
                    continue
                for statement in sql_statements(sql):
                    con.execute(statement)
                con.execute("INSERT INTO briefmap_meta (key, value) VALUES ('schema_version', ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (str(number),))
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
        finally:
            con.close()

    def _schema_version(self, con: sqlite3.Connection) -> int | None:
        """The store's schema version; None for an empty database; StoreError for a file not ours."""
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return None
        if "briefmap_meta" not in tables:
            kind = "a GeoPackage" if "gpkg_contents" in tables else "an SQLite database"
            raise StoreError(f"{self.path} is {kind} but not a briefing-map store; "
                             "choose another path with BRIEFMAP_DB")
        row = con.execute("SELECT value FROM briefmap_meta WHERE key = 'schema_version'").fetchone()
        version = int(row[0]) if row else 0
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path} was written by a newer version of this app (schema {version}, "
                             f"this app knows up to {SCHEMA_VERSION}); upgrade the app")
        return version

    # reading --------------------------------------------------------------------------------
    def generation(self) -> int:
        with self._read() as con:
            return _generation(con)

    def datasets(self) -> list[Dataset]:
        with self._read() as con:
            rows = con.execute(f"SELECT {', '.join(DATASET_FIELDS)} FROM datasets ORDER BY id").fetchall()
        return [dataset_from_row(r) for r in rows]

    def map_table(self) -> pd.DataFrame:
        with self._read() as con:
            gen = _generation(con)
            row = con.execute("SELECT generation, data FROM briefmap_cache ORDER BY generation DESC LIMIT 1")\
                .fetchone()
            if row is not None and row[0] == gen and mapcache.valid(table := mapcache.from_bytes(row[1])):
                return mapcache.to_frame(table)
            rows = con.execute(f"SELECT {', '.join(mapcache.SELECT)} FROM events WHERE retracted_at IS NULL "
                               "ORDER BY fid").fetchall()
        table = mapcache.from_rows(rows)
        self._save_cache(gen, table)
        return mapcache.to_frame(table)

    def _save_cache(self, gen: int, table) -> None:
        """Keep the rebuilt copy for other processes, if nothing was written meanwhile (best effort:
        a busy store just means the next reader rebuilds it too)."""
        try:
            con = self._connect(1.0)
            try:
                con.execute("BEGIN IMMEDIATE")
                if _generation(con) == gen:
                    _put_cache(con, gen, table)
                con.execute("COMMIT")
            finally:
                if con.in_transaction:
                    con.execute("ROLLBACK")
                con.close()
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc):
                raise StoreError(f"cannot write the store {self.path}: {exc}") from exc

    def records(self, fids: Sequence[int]) -> pd.DataFrame:
        fids = [int(f) for f in fids]
        cols = ", ".join(f'e."{c}"' for c in RECORD_COLUMNS)
        with self._read() as con:
            if len(fids) <= 500:
                marks = ",".join("?" * len(fids))
                rows = con.execute(f"SELECT e.fid, {cols} FROM events e WHERE e.fid IN ({marks})", fids).fetchall() \
                    if fids else []
                order = {f: i for i, f in enumerate(fids)}
                rows.sort(key=lambda r: order[r[0]])
            else:
                con.execute("CREATE TEMP TABLE want (pos INTEGER PRIMARY KEY, fid INTEGER)")
                con.executemany("INSERT INTO want VALUES (?, ?)", enumerate(fids))
                rows = con.execute(f"SELECT e.fid, {cols} FROM want w JOIN events e ON e.fid = w.fid "
                                   "ORDER BY w.pos").fetchall()
                con.execute("DROP TABLE want")
        return records_frame(rows)

    def dataset_records(self, dataset_id: str | None = None) -> pd.DataFrame:
        cols = ", ".join(f'"{c}"' for c in RECORD_COLUMNS)
        with self._read() as con:
            if dataset_id is None:
                rows = con.execute(f"SELECT fid, {cols} FROM events WHERE retracted_at IS NULL ORDER BY fid")\
                    .fetchall()
            else:
                rows = con.execute(f"SELECT fid, {cols} FROM events WHERE dataset = ? AND retracted_at IS NULL "
                                   "ORDER BY fid", (dataset_id,)).fetchall()
        return records_frame(rows)

    def overlays(self, dataset_id: str | None = None) -> gpd.GeoDataFrame:
        sql = f"SELECT fid, geom, {', '.join(OVERLAY_FIELDS)} FROM overlays"
        with self._read() as con:
            rows = con.execute(sql + " WHERE retracted_at IS NULL" + (" AND dataset = ?" if dataset_id else "")
                               + " ORDER BY dataset, fid",
                               (dataset_id,) if dataset_id else ()).fetchall()
        return overlays_frame([r[2:] for r in rows], [from_blob(r[1]) for r in rows], index=[r[0] for r in rows])

    def original(self, dataset_id: str) -> tuple[str, bytes] | None:
        with self._read() as con:
            row = con.execute("SELECT f.name, f.content FROM datasets d JOIN briefmap_files f "
                              "ON f.sha256 = d.file_sha256 WHERE d.id = ?", (dataset_id,)).fetchone()
        return (row[0], bytes(row[1])) if row else None

    def imports(self, dataset_id: str | None = None) -> list[ImportLog]:
        sql = f"SELECT {', '.join(LOG_FIELDS)} FROM imports"
        with self._read() as con:
            rows = con.execute(sql + (" WHERE dataset = ?" if dataset_id else "") + " ORDER BY fid DESC",
                               (dataset_id,) if dataset_id else ()).fetchall()
        return [log_from_row(r) for r in rows]

    def rejects_csv(self, import_id: int) -> bytes:
        with self._read() as con:
            row = con.execute("SELECT rejects FROM imports WHERE fid = ?", (int(import_id),)).fetchone()
        if row is None:
            raise StoreError(f"no import {import_id} in the log")
        return (row[0] or "line,source_id,reason\n").encode("utf-8")

    # writing --------------------------------------------------------------------------------
    def plan(self, batch: ImportBatch) -> ImportReport:
        check_import_target(batch.dataset.id)
        with self._read() as con:
            return _classify(con, batch)[0]

    def write(self, batch: ImportBatch, *, imported_by: str, progress: Progress | None = None) -> ImportReport:
        say = progress or (lambda f, t: None)
        ds = batch.dataset
        check_import_target(ds.id)
        now = utc_now()
        with self._write() as con:
            cache = _cache(con, _generation(con))
            if cache is None and con.execute("SELECT NOT EXISTS (SELECT 1 FROM events)").fetchone()[0]:
                cache = mapcache.empty()
            report, changed, unchanged_n, held = _classify(con, batch)
            events = batch.events
            is_new = np.ones(len(events), dtype=bool)
            is_new[[pos for pos, _fid in changed]] = False
            is_new[unchanged_n] = False
            is_new[held] = False
            new_rows = np.flatnonzero(is_new)
            max_fid = con.execute("SELECT coalesce(max(fid), 0) FROM events").fetchone()[0]
            values = _event_values(events, ds.id, now)
            total = max(1, len(new_rows) + len(changed))
            done = 0
            insert = (f"INSERT INTO events (geom, {', '.join(chr(34) + c + chr(34) for c in _EVENT_COLUMNS)}) "
                      f"VALUES (?, {', '.join('?' * len(_EVENT_COLUMNS))})")
            with _bulk_insert(con, "events") if len(new_rows) else contextlib.nullcontext():
                for start in range(0, len(new_rows), _CHUNK):
                    part = new_rows[start:start + _CHUNK]
                    con.executemany(insert, (values[i] for i in part))
                    done += len(part)
                    say(0.05 + 0.8 * done / total, f"Writing events: {done:,} of {total:,}")
                if len(new_rows):
                    say(0.05 + 0.8 * done / total, "Indexing the new events")
                    con.execute('INSERT INTO "rtree_events_geom" SELECT fid, longitude, longitude, latitude, latitude '
                                "FROM events WHERE fid > ?", (max_fid,))
            update = (f"UPDATE events SET geom = ?, {', '.join(chr(34) + c + chr(34) + ' = ?' for c in _EVENT_COLUMNS)}"
                      ", revision = revision + 1 WHERE fid = ?")  # an editor's open form on it is now stale
            for start in range(0, len(changed), _CHUNK):
                part = changed[start:start + _CHUNK]
                con.executemany(update, (values[pos] + (fid,) for pos, fid in part))
                done += len(part)
                say(0.05 + 0.85 * done / total, f"Updating events: {done:,} of {total:,}")
            o_new, o_changed, o_same = _write_overlays(con, batch, now)
            say(0.92, "Recording the dataset and the import")
            if len(new_rows) or changed or o_new or o_changed or _dataset_differs(con, batch):
                _upsert_dataset(con, batch, imported_by, now, added_only=not changed and not o_changed)
            log_id = _log_import(con, batch, imported_by, now, report)
            if cache is not None:
                fresh = con.execute("SELECT fid, source_id FROM events WHERE dataset = ? AND fid > ?",
                                    (ds.id, max_fid)).fetchall()
                by_id = {sid: fid for fid, sid in fresh}
                new_fids = events["source_id"].iloc[new_rows].map(by_id).astype("int64").tolist()
                _put_cache(con, _generation(con), cache_after_write(cache, batch, new_rows, new_fids, changed))
            say(1.0, "Done")
        return ImportReport(dataset=ds.id, imported=len(new_rows), updated=len(changed), unchanged=len(unchanged_n),
                            rejected=len(batch.rejects), overlays_imported=o_new, overlays_updated=o_changed,
                            overlays_unchanged=o_same, kept=report.kept, import_id=log_id,
                            conflicts=report.conflicts)

    def remove(self, dataset_id: str) -> int:
        with self._write() as con:
            if con.execute("SELECT 1 FROM datasets WHERE id = ?", (dataset_id,)).fetchone() is None:
                raise StoreError(f"no dataset {dataset_id!r} in the store")
            cache = _cache(con, _generation(con))
            gone = [r[0] for r in con.execute("SELECT fid FROM events WHERE dataset = ?", (dataset_id,))]
            con.execute("DELETE FROM events WHERE dataset = ?", (dataset_id,))
            con.execute("DELETE FROM overlays WHERE dataset = ?", (dataset_id,))
            con.execute("DELETE FROM datasets WHERE id = ?", (dataset_id,))
            # the original file goes with the dataset (the imports log keeps its name and sha256),
            # unless another dataset was imported from the same bytes
            con.execute("DELETE FROM briefmap_files WHERE sha256 NOT IN (SELECT file_sha256 FROM datasets "
                        "WHERE file_sha256 IS NOT NULL)")
            _touch_contents(con)
            if cache is not None:
                _put_cache(con, _generation(con), mapcache.combine(cache, np.array(gone, np.int64), None))
        return len(gone)

    @contextlib.contextmanager
    def _edit(self, write: bool = True) -> Iterator["_GpkgEdit"]:
        with self._write() if write else self._read() as con:
            yield _GpkgEdit(con)

    def dump(self) -> StoreDump:
        cols = ", ".join(f'"{c}"' for c in RECORD_COLUMNS)
        with self._read() as con:
            datasets = [dataset_from_row(r) for r in
                        con.execute(f"SELECT {', '.join(DATASET_FIELDS)} FROM datasets ORDER BY id")]
            rows = con.execute(f"SELECT fid, {cols}, row_hash FROM events ORDER BY fid").fetchall()
            shapes = con.execute(f"SELECT geom, {', '.join(OVERLAY_FIELDS)} FROM overlays ORDER BY fid").fetchall()
            log = con.execute(f"SELECT {', '.join(IMPORT_LOG_COLUMNS)} FROM imports ORDER BY fid").fetchall()
            files = con.execute("SELECT sha256, name, size, content FROM briefmap_files ORDER BY sha256").fetchall()
            edited_events, edited_overlays, trail = dump_edits(_GpkgEdit(con))
        events = records_frame([r[:-1] for r in rows]).reset_index(drop=True)
        events["row_hash"] = [r[-1] for r in rows]
        overlays = overlays_frame([r[1:] for r in shapes], [from_blob(r[0]) for r in shapes])
        return StoreDump(datasets, events, overlays, pd.DataFrame(log, columns=list(IMPORT_LOG_COLUMNS)),
                         [(a, b, int(c), bytes(d)) for a, b, c, d in files], edited_events, edited_overlays, trail)

    def restore(self, dump: StoreDump, progress: Progress | None = None) -> None:
        say = progress or (lambda f, t: None)
        with self._write() as con:
            if con.execute("SELECT EXISTS (SELECT 1 FROM datasets) OR EXISTS (SELECT 1 FROM imports) "
                           "OR EXISTS (SELECT 1 FROM events)").fetchone()[0]:
                raise StoreError(f"the store {self.path} is not empty: copy into a new store")
            events = dump.events.reset_index(drop=True)
            values = _event_values(events)
            insert = (f"INSERT INTO events (geom, {', '.join(chr(34) + c + chr(34) for c in _EVENT_COLUMNS)}) "
                      f"VALUES (?, {', '.join('?' * len(_EVENT_COLUMNS))})")
            with _bulk_insert(con, "events"):
                for start in range(0, len(values), _CHUNK):
                    con.executemany(insert, values[start:start + _CHUNK])
                    say(0.8 * (start + _CHUNK) / max(1, len(values)), f"Copying events: {start + _CHUNK:,}")
                con.execute('INSERT INTO "rtree_events_geom" SELECT fid, longitude, longitude, latitude, latitude '
                            "FROM events")
            for rec, geom in zip(dump.overlays.drop(columns="geometry").to_dict("records"), dump.overlays.geometry):
                con.execute(_INSERT_OVERLAY, (geometry_blob(geom),
                                              *overlay_values(rec, rec["dataset"], rec["imported_at"])))
            con.executemany(f"INSERT INTO datasets ({', '.join(DATASET_FIELDS)}) VALUES "
                            f"({', '.join('?' * len(DATASET_FIELDS))})",
                            [tuple(d.as_dict()[f] for f in DATASET_FIELDS) for d in dump.datasets])
            con.executemany(f"INSERT INTO imports ({', '.join(IMPORT_LOG_COLUMNS)}) VALUES "
                            f"({', '.join('?' * len(IMPORT_LOG_COLUMNS))})",
                            [tuple(r) for r in dump.imports.astype(object).itertuples(index=False, name=None)])
            con.executemany("INSERT INTO briefmap_files VALUES (?, ?, ?, ?)", dump.files)
            _touch_contents(con)
            restore_edits(_GpkgEdit(con), *edits_of(dump))
            fids = np.array([r[0] for r in con.execute("SELECT fid FROM events ORDER BY fid")], np.int64)
            shown = on_map(events, dump)
            _put_cache(con, _generation(con), mapcache.from_frame(events[shown], fids[shown]))
            say(1.0, "Done")


class _GpkgEdit(EditTx):
    """An edit transaction on the GeoPackage (the whole file is locked by BEGIN IMMEDIATE)."""

    p = "?"

    def point(self, lon, lat):
        return "?", (point_blobs(np.array([lon], np.float64), np.array([lat], np.float64))[0],)

    def geometry(self, geom):
        return "?", (geometry_blob(geom),)

    def geometry_select(self, column):
        return column

    def geometry_of(self, value):
        return from_blob(value)

    def text_select(self, column, kind):
        return column

    def lock(self, table, fid):
        pass  # BEGIN IMMEDIATE already holds the write lock

    def map_copy(self):
        return _cache(self.con, _generation(self.con))

    def put_map_copy(self, table):
        _put_cache(self.con, _generation(self.con), table)

    def lock_store(self):
        return _generation(self.con)  # BEGIN IMMEDIATE holds the write lock


# helpers shared by the methods above ---------------------------------------------------------
_INSERT_OVERLAY = (f"INSERT INTO overlays (geom, {', '.join(OVERLAY_FIELDS)}) VALUES "
                   f"(?, {', '.join('?' * len(OVERLAY_FIELDS))})")
_UPDATE_OVERLAY = (f"UPDATE overlays SET geom = ?, {', '.join(f + ' = ?' for f in OVERLAY_FIELDS)}, "
                   "revision = revision + 1 WHERE fid = ?")


@contextlib.contextmanager
def _bulk_insert(con: sqlite3.Connection, table: str):
    """Insert many rows without per-row triggers: the caller fills the rtree in one statement
    afterwards, and the generation is bumped once. The triggers are put back in the same
    transaction, so no reader ever sees the table without them."""
    names = (f"rtree_{table}_geom_insert", f"{table}_generation_insert")
    sqls = [con.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (n,)).fetchone()[0]
            for n in names]
    for n in names:
        con.execute(f'DROP TRIGGER "{n}"')
    yield
    for sql in sqls:
        con.execute(sql)
    con.execute("UPDATE briefmap_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'")


def _use_wal(con: sqlite3.Connection) -> None:
    """Switch a new file to WAL. SQLite answers 'locked' at once, without waiting, while another
    process switches the same file, so this waits for it here."""
    deadline = time.monotonic() + WRITE_WAIT_S
    while True:
        try:
            con.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _generation(con: sqlite3.Connection) -> int:
    return int(con.execute("SELECT value FROM briefmap_meta WHERE key = 'generation'").fetchone()[0])


def _cache(con: sqlite3.Connection, gen: int):
    row = con.execute("SELECT data FROM briefmap_cache WHERE generation = ?", (gen,)).fetchone()
    table = mapcache.from_bytes(row[0]) if row else None
    return table if table is not None and mapcache.valid(table) else None


def _put_cache(con: sqlite3.Connection, gen: int, table) -> None:
    con.execute("DELETE FROM briefmap_cache")
    con.execute("INSERT INTO briefmap_cache VALUES (?, ?, ?)", (gen, utc_now(), mapcache.to_bytes(table)))


def _pylist(s: pd.Series) -> list:
    """A column as a list of Python values; repeated strings share one object (fast, and light)."""
    codes, uniques = pd.factorize(s, use_na_sentinel=False)
    return np.asarray(uniques, dtype=object)[codes].tolist()


def _event_values(events: pd.DataFrame, dataset: str | None = None, now: str | None = None) -> list[tuple]:
    """One parameter tuple per row: (geom, *stored columns). ``dataset`` and ``now`` fill those columns
    for a batch; without them the rows carry their own (a restored dump)."""
    n = len(events)
    cols: list[list] = [point_blobs(events["longitude"].to_numpy(np.float64), events["latitude"].to_numpy(np.float64))]
    for c in _EVENT_COLUMNS:
        if c == "dataset" and dataset is not None:
            cols.append([dataset] * n)
        elif c == "imported_at" and now is not None:
            cols.append([now] * n)
        elif c in events.columns:
            s = events[c]
            if c == "date_end":
                cols.append([v or None for v in s.astype(str).tolist()])
            elif c == "extra":
                cols.append([v or None for v in s.astype(str).tolist()])
            elif isinstance(s.dtype, pd.Int64Dtype):
                cols.append(s.astype(object).where(s.notna(), None).tolist())
            elif s.dtype == object or isinstance(s.dtype, pd.StringDtype):
                cols.append(_pylist(s))
            else:
                cols.append(s.tolist())
        else:
            raise StoreError(f"the batch lacks column {c!r}")
    return list(zip(*cols))


def _classify(con: sqlite3.Connection, batch: ImportBatch):
    """(report of what a write would do, [(batch position, fid) of revised rows], positions unchanged)."""
    ds = batch.dataset.id
    events = batch.events
    con.execute("CREATE TEMP TABLE IF NOT EXISTS incoming (source_id TEXT PRIMARY KEY, row_hash TEXT, pos INTEGER)")
    con.execute("DELETE FROM incoming")
    con.executemany("INSERT INTO incoming VALUES (?, ?, ?)",
                    zip(events["source_id"].tolist(), events["row_hash"].tolist(), range(len(events))))
    rows = con.execute("SELECT i.pos, e.fid, e.row_hash = i.row_hash, "
                       "e.edited_by IS NOT NULL OR e.retracted_at IS NOT NULL FROM incoming i "
                       "JOIN events e ON e.dataset = ? AND e.source_id = i.source_id", (ds,)).fetchall()
    # an event an analyst corrected or retracted is held: the file's revision of it is a conflict, not an update
    changed = [(pos, fid) for pos, fid, same, held in rows if not same and not held]
    held = sorted(pos for pos, _fid, same, is_held in rows if not same and is_held)
    unchanged = [pos for pos, _fid, same, _held in rows if same]
    stored = con.execute("SELECT count(*) FROM events WHERE dataset = ?", (ds,)).fetchone()[0]
    con.execute("DROP TABLE incoming")
    o_new, o_changed, o_same = _classify_overlays(con, batch)
    report = ImportReport(dataset=ds, imported=len(events) - len(rows), updated=len(changed),
                          unchanged=len(unchanged), rejected=len(batch.rejects), overlays_imported=o_new,
                          overlays_updated=o_changed, overlays_unchanged=o_same, kept=stored - len(rows),
                          written=False, conflicts=tuple(events["source_id"].iloc[held].astype(str)))
    return report, changed, unchanged, held


def _stored_overlays(con, dataset: str) -> dict:
    return {sid: (fid, h) for fid, sid, h in
            con.execute("SELECT fid, source_id, row_hash FROM overlays WHERE dataset = ?", (dataset,))}


def _classify_overlays(con, batch: ImportBatch) -> tuple[int, int, int]:
    if not len(batch.overlays):
        return 0, 0, 0
    new, revised, same = overlay_changes(_stored_overlays(con, batch.dataset.id), batch)
    return len(new), len(revised), same


def _write_overlays(con, batch: ImportBatch, now: str) -> tuple[int, int, int]:
    if not len(batch.overlays):
        return 0, 0, 0
    ds = batch.dataset.id
    new, revised, same = overlay_changes(_stored_overlays(con, ds), batch)
    for rec in new:
        con.execute(_INSERT_OVERLAY, (geometry_blob(rec["geometry"]), *overlay_values(rec, ds, now)))
    for fid, rec in revised:
        con.execute(_UPDATE_OVERLAY, (geometry_blob(rec["geometry"]), *overlay_values(rec, ds, now), fid))
    return len(new), len(revised), same


def _dataset_differs(con, batch: ImportBatch) -> bool:
    """True unless the dataset is stored with exactly this file and these words (a repeated import)."""
    return not dataset_unchanged(con.execute(SIGNATURE_SQL.format(p="?"), (batch.dataset.id,)).fetchone(), batch)


def _upsert_dataset(con, batch: ImportBatch, imported_by: str, now: str, *, added_only: bool = False) -> None:
    """Record the dataset (its words, file, counts and date span) and the layers' extent.

    ``added_only``: this write only added events, so the span and extent grow from what the
    store held by the new rows alone, without reading the dataset's other rows again.
    """
    ds = batch.dataset
    prior = con.execute("SELECT rows, first_date, last_date FROM datasets WHERE id = ?", (ds.id,)).fetchone()
    if added_only and prior is not None and prior[1]:
        dates = batch.events["event_date"]
        rows = con.execute("SELECT count(*) FROM events WHERE dataset = ? AND retracted_at IS NULL",
                           (ds.id,)).fetchone()[0]
        first = min(prior[1], dates.min()) if len(dates) else prior[1]
        last = max(prior[2], dates.max()) if len(dates) else prior[2]
    else:
        rows, first, last = con.execute("SELECT count(*), min(event_date), max(event_date) FROM events "
                                        "WHERE dataset = ? AND retracted_at IS NULL", (ds.id,)).fetchone()
    overlays = con.execute("SELECT count(*) FROM overlays WHERE dataset = ? AND retracted_at IS NULL",
                           (ds.id,)).fetchone()[0]
    was = con.execute("SELECT synthetic FROM datasets WHERE id = ?", (ds.id,)).fetchone()
    # a dataset is synthetic once any of its rows says so (benchmark data is never shown as real)
    synthetic = bool(was and was[0]) or batch_is_synthetic(batch)
    file = batch.file
    con.execute("INSERT OR IGNORE INTO briefmap_files VALUES (?, ?, ?, ?)",
                (file.sha256, Path(file.name).name, file.size, file.data))
    con.execute(
        f"INSERT INTO datasets ({', '.join(DATASET_FIELDS)}) VALUES ({', '.join('?' * len(DATASET_FIELDS))}) "
        "ON CONFLICT (id) DO UPDATE SET title = excluded.title, format = excluded.format, source = excluded.source, "
        "licence = excluded.licence, source_url = excluded.source_url, file_name = excluded.file_name, "
        "file_sha256 = excluded.file_sha256, imported_at = excluded.imported_at, imported_by = excluded.imported_by, "
        "rows = excluded.rows, overlays = excluded.overlays, first_date = excluded.first_date, "
        "last_date = excluded.last_date, synthetic = excluded.synthetic",
        (ds.id, ds.title, ds.format, ds.source, ds.licence, ds.source_url, Path(file.name).name, file.sha256, now,
         imported_by, rows, overlays, first, last, int(synthetic)),
    )
    grow = None
    if added_only and len(batch.events):
        ev = batch.events
        grow = (ev["longitude"].min(), ev["longitude"].max(), ev["latitude"].min(), ev["latitude"].max())
    _touch_contents(con, tables=("events",) if added_only and not len(batch.overlays) else ("events", "overlays"),
                    grow=grow)


def _touch_contents(con, tables=("events", "overlays"), grow=None) -> None:
    """GeoPackage readers use gpkg_contents' last change and extent. ``grow`` (minx, maxx, miny,
    maxy of rows just added to ``events``) widens the stored extent instead of scanning the rtree."""
    for table in tables:
        old = con.execute("SELECT min_x, max_x, min_y, max_y FROM gpkg_contents WHERE table_name = ?",
                          (table,)).fetchone()
        if table == "events" and grow is not None and old is not None and None not in old:
            minx, maxx, miny, maxy = (min(old[0], grow[0]), max(old[1], grow[1]), min(old[2], grow[2]),
                                      max(old[3], grow[3]))
        else:
            minx, maxx, miny, maxy = con.execute(
                f'SELECT min(minx), max(maxx), min(miny), max(maxy) FROM "rtree_{table}_geom"').fetchone()
        con.execute("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), "
                    "min_x = ?, max_x = ?, min_y = ?, max_y = ? WHERE table_name = ?",
                    (minx, maxx, miny, maxy, table))


def _log_import(con, batch: ImportBatch, imported_by: str, now: str, report: ImportReport) -> int:
    cur = con.execute(
        "INSERT INTO imports (imported_at, imported_by, dataset, format, file_name, file_sha256, rows_in_file, "
        "imported, updated, unchanged, rejected, overlays, notes, rejects) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (now, imported_by, batch.dataset.id, batch.format, Path(batch.file.name).name, batch.file.sha256,
         batch.rows_in_file, report.imported, report.updated, report.unchanged, report.rejected,
         len(batch.overlays), "\n".join([*batch.notes, report.conflict_line()]).strip(),
         batch.rejects_csv().decode("utf-8")),
    )
    return int(cur.lastrowid)
