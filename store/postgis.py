"""The PostGIS backend: a team's store on a PostgreSQL server, shared by any number of app processes.

``BRIEFMAP_DB=postgresql://user:password@host:port/db`` selects it (or a
``[connections.briefmap]`` ``url`` in ``.streamlit/secrets.toml``). The schema is
created on first connection and upgraded by numbered migrations
(:mod:`store.postgis_schema`). An import is one transaction: the rows are
COPYed into a temporary staging table, then merged (revised rows updated, new
ones inserted) and logged; a killed import leaves the database as it was.
Connections come from a small pool that checks them before use, so the app
recovers by itself when the server comes back. Every query is parameterised,
and the password never reaches a message: :attr:`location` and every error
show the address without it.
"""

from __future__ import annotations

import contextlib
import io
import logging
import threading
from collections.abc import Iterator, Sequence
from urllib.parse import unquote, urlsplit, urlunsplit

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import shapely
from psycopg import sql

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
from store.postgis_schema import EVENT_TYPES, MIGRATION_LOCK, MIGRATIONS, SCHEMA_VERSION
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

log = logging.getLogger(__name__)

#: How long to wait for a connection from the pool (the server down: this long, then a message).
CONNECT_WAIT_S = 5.0
#: How long a write waits for another write's lock on the same dataset.
LOCK_WAIT_S = 120
_COPY_CHUNK = 50_000
_EVENT_COLUMNS = tuple(EVENT_TYPES)
#: Columns the staging table receives from the batch (the store adds dataset and imported_at).
_STAGED = tuple(c for c in _EVENT_COLUMNS if c not in ("dataset", "imported_at"))
_TEXT_STAGED = tuple(c for c in _STAGED if EVENT_TYPES[c].startswith("text"))
_NULLABLE_TEXT = ("date_end",)  # "" in a record is NULL in the table


def redact(url: str) -> str:
    """``url`` without its password: what messages, logs and the page may show."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{parts.username}@{host}" if parts.username else host
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


class _Scrub(logging.Filter):
    """Takes a password out of any log record that would carry it (the pool logs connection failures)."""

    def __init__(self, secrets: tuple[str, ...]):
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if any(s in message for s in self.secrets):
            for s in self.secrets:
                message = message.replace(s, "***")
            record.msg, record.args = message, ()
        return True


def _sql_date(column: str) -> str:
    return f"coalesce(to_char({column}, 'YYYY-MM-DD'), '')"


def _sql_time(column: str) -> str:
    return f"""to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')"""


#: The select list of a full record, in RECORD_COLUMNS order, dates and times as text.
_RECORD_SELECT = ", ".join(
    _sql_date(f'e."{c}"') if c in ("event_date", "date_end") else _sql_time('e."imported_at"')
    if c == "imported_at" else f'e."{c}"'
    for c in RECORD_COLUMNS
)
_MAP_SELECT = ", ".join(
    "to_char(event_date, 'YYYY-MM-DD')" if c == "event_date" else f'"{c}"' for c in mapcache.SELECT
)


class PostGISStore(EventStore):
    """An event store in a PostgreSQL database with PostGIS, created (and upgraded) on first use."""

    backend = "postgis"

    def __init__(self, url: str):
        from psycopg_pool import ConnectionPool

        self._url = url
        self._safe = redact(url)
        parts = urlsplit(url)
        self._secrets = tuple(s for s in {parts.password, unquote(parts.password or "")} if s)
        scrub = _Scrub(self._secrets)
        for name in ("psycopg", "psycopg.pool"):
            if not any(isinstance(f, _Scrub) for f in logging.getLogger(name).filters):
                logging.getLogger(name).addFilter(scrub)
        self._pool = ConnectionPool(
            url, min_size=1, max_size=8, open=False, name="briefmap", timeout=CONNECT_WAIT_S,
            kwargs={"connect_timeout": int(CONNECT_WAIT_S), "application_name": "briefing map"},
            check=ConnectionPool.check_connection, reconnect_timeout=0,
        )
        self._pool.open(wait=False)
        self._migrated = False
        self._lock = threading.Lock()
        self._prepare()

    @property
    def location(self) -> str:
        return self._safe

    def close(self) -> None:
        if not self._pool.closed:
            self._pool.close()

    def __del__(self) -> None:  # a store nobody closed (a one-off command): stop the pool's threads now
        pool = getattr(self, "_pool", None)
        if pool is not None and not pool.closed:
            pool.close(timeout=1.0)

    # connections ---------------------------------------------------------------------------
    def _clean(self, text: str) -> str:
        for s in self._secrets:
            text = text.replace(s, "***")
        return " ".join(text.split())[:300]

    def _why_unreachable(self) -> str:
        """The server's own reason (refused, unknown host, a wrong password…), found by one direct try."""
        import psycopg

        try:
            psycopg.connect(self._url, connect_timeout=int(CONNECT_WAIT_S)).close()
        except psycopg.Error as exc:
            return self._clean(str(exc))
        return f"no connection within {CONNECT_WAIT_S:.0f} s"

    @contextlib.contextmanager
    def _connection(self, what: str = "read") -> Iterator:
        """A pooled connection in a transaction; any database failure becomes a StoreError without secrets."""
        import psycopg
        from psycopg_pool import PoolTimeout

        try:
            with self._pool.connection() as con:
                with con.transaction():
                    yield con
        except PoolTimeout:
            raise StoreError(f"the event store at {self._safe} is not reachable: {self._why_unreachable()}") \
                from None
        except (psycopg.errors.DeadlockDetected, psycopg.errors.SerializationFailure):
            raise StoreError("the store was busy with another change at the same moment; nothing was changed: "
                             "try again") from None
        except psycopg.errors.LockNotAvailable:
            raise StoreError(f"the store is busy with another import (waited {LOCK_WAIT_S} s); try again when it "
                             "has finished") from None
        except psycopg.OperationalError as exc:
            raise StoreError(f"the event store at {self._safe} is not reachable: {self._clean(str(exc))}") \
                from None
        except psycopg.Error as exc:
            verb = "write" if what == "write" else "read"
            tail = "; nothing was changed" if what == "write" else ""
            raise StoreError(f"could not {verb} the event store at {self._safe}: {self._clean(str(exc))}{tail}") \
                from None

    def _prepare(self) -> None:
        """Create the schema on a new database, or upgrade it; refuse a database that is not a store."""
        with self._connection("write") as con:
            if self._version(con) == SCHEMA_VERSION:
                return
            con.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            version = self._version(con)
            if version is None:
                taken = [t for t in ("events", "datasets", "imports", "overlays")
                         if con.execute("SELECT to_regclass(%s)", (t,)).fetchone()[0] is not None]
                if taken:
                    raise StoreError(f"the database at {self._safe} already has tables named "
                                     f"{', '.join(taken)} but is not a briefing-map store; use another database")
                con.execute("CREATE TABLE briefmap_schema (version integer PRIMARY KEY, description text NOT NULL, "
                            "applied_at timestamptz NOT NULL DEFAULT now())")
                version = 0
            if version > SCHEMA_VERSION:
                raise StoreError(f"the database at {self._safe} was written by a newer version of this app "
                                 f"(schema {version}, this app knows up to {SCHEMA_VERSION}); upgrade the app")
            for number, what, script in MIGRATIONS:
                if number > version:
                    con.execute(script)
                    con.execute("INSERT INTO briefmap_schema (version, description) VALUES (%s, %s)", (number, what))

    @staticmethod
    def _version(con) -> int | None:
        if con.execute("SELECT to_regclass('briefmap_schema')").fetchone()[0] is None:
            return None
        return con.execute("SELECT coalesce(max(version), 0) FROM briefmap_schema").fetchone()[0]

    # reading --------------------------------------------------------------------------------
    def generation(self) -> int:
        with self._connection() as con:
            return _generation(con)

    def datasets(self) -> list[Dataset]:
        fields = ", ".join(_sql_time("imported_at") if f == "imported_at" else f for f in DATASET_FIELDS)
        with self._connection() as con:
            rows = con.execute(f"SELECT {fields} FROM datasets ORDER BY id").fetchall()
        return [dataset_from_row(r) for r in rows]

    def map_table(self) -> pd.DataFrame:
        with self._connection() as con:
            con.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            gen = _generation(con)
            table = _cache(con, gen)
            if table is not None:
                return mapcache.to_frame(table)
            data = _copy_out(con, f"COPY (SELECT {_MAP_SELECT} FROM events WHERE retracted_at IS NULL ORDER BY fid) "
                                  "TO STDOUT (FORMAT csv)")
        table = _map_copy(data)
        self._save_cache(gen, table)
        return mapcache.to_frame(table)

    def _save_cache(self, gen: int, table) -> None:
        """Keep the rebuilt copy for other processes if nothing was written meanwhile (best effort: while
        another process writes, the next reader rebuilds it instead)."""
        import psycopg

        try:
            with self._connection("write") as con:
                try:
                    now = int(con.execute("SELECT value FROM briefmap_meta WHERE key = 'generation' "
                                          "FOR UPDATE NOWAIT").fetchone()[0])
                except psycopg.errors.LockNotAvailable:
                    return
                if now == gen:
                    _put_cache(con, gen, table)
        except StoreError as exc:
            log.warning("could not keep the map copy: %s", exc)

    def records(self, fids: Sequence[int]) -> pd.DataFrame:
        fids = [int(f) for f in fids]
        if not fids:
            return records_frame([])
        with self._connection() as con:
            rows = con.execute(
                f"SELECT e.fid, {_RECORD_SELECT} FROM unnest(%s::bigint[]) WITH ORDINALITY AS w(fid, pos) "
                "JOIN events e ON e.fid = w.fid ORDER BY w.pos", (fids,)).fetchall()
        return records_frame(rows)

    def dataset_records(self, dataset_id: str | None = None) -> pd.DataFrame:
        where = sql.SQL("WHERE e.retracted_at IS NULL AND e.dataset = {}").format(sql.Literal(dataset_id)) \
            if dataset_id else sql.SQL("WHERE e.retracted_at IS NULL")
        query = sql.SQL("COPY (SELECT e.fid, {cols} FROM events e {where} ORDER BY e.fid) TO STDOUT "
                        "(FORMAT csv, HEADER)").format(cols=sql.SQL(_RECORD_SELECT), where=where)
        with self._connection() as con:
            data = _copy_out(con, query)
        frame = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, na_values={
            c: [""] for c in ("year", "iso", "timestamp", "fatalities_low", "fatalities_high")})
        frame.columns = ["fid", *RECORD_COLUMNS]
        return records_frame(frame)

    def overlays(self, dataset_id: str | None = None) -> gpd.GeoDataFrame:
        fields = ", ".join(_sql_date(f) if f in ("valid_from", "valid_to") else _sql_time(f)
                           if f == "imported_at" else f for f in OVERLAY_FIELDS)
        with self._connection() as con:
            rows = con.execute(
                f"SELECT fid, ST_AsBinary(geom), {fields} FROM overlays "
                "WHERE retracted_at IS NULL AND (%(ds)s::text IS NULL OR dataset = %(ds)s) ORDER BY dataset, fid",
                {"ds": dataset_id}).fetchall()
        return overlays_frame([r[2:] for r in rows], [shapely.from_wkb(bytes(r[1])) for r in rows],
                              index=[r[0] for r in rows])

    def original(self, dataset_id: str) -> tuple[str, bytes] | None:
        with self._connection() as con:
            row = con.execute("SELECT f.name, f.content FROM datasets d JOIN briefmap_files f "
                              "ON f.sha256 = d.file_sha256 WHERE d.id = %s", (dataset_id,)).fetchone()
        return (row[0], bytes(row[1])) if row else None

    def imports(self, dataset_id: str | None = None) -> list[ImportLog]:
        fields = ", ".join(_sql_time(f) if f == "imported_at" else f for f in LOG_FIELDS)
        with self._connection() as con:
            rows = con.execute(f"SELECT {fields} FROM imports WHERE %(ds)s::text IS NULL OR dataset = %(ds)s "
                               "ORDER BY fid DESC", {"ds": dataset_id}).fetchall()
        return [log_from_row(r) for r in rows]

    def rejects_csv(self, import_id: int) -> bytes:
        with self._connection() as con:
            row = con.execute("SELECT rejects FROM imports WHERE fid = %s", (int(import_id),)).fetchone()
        if row is None:
            raise StoreError(f"no import {import_id} in the log")
        return (row[0] or "line,source_id,reason\n").encode("utf-8")

    # writing --------------------------------------------------------------------------------
    def plan(self, batch: ImportBatch) -> ImportReport:
        check_import_target(batch.dataset.id)
        with self._connection() as con:
            _stage(con, batch)
            return _classify(con, batch)

    def write(self, batch: ImportBatch, *, imported_by: str, progress: Progress | None = None) -> ImportReport:
        say = progress or (lambda f, t: None)
        ds = batch.dataset
        check_import_target(ds.id)
        now = utc_now()
        with self._connection("write") as con:
            con.execute(f"SET LOCAL lock_timeout = '{LOCK_WAIT_S}s'")
            total = len(batch.events)
            _stage(con, batch, lambda f: say(0.05 + 0.45 * f, f"Writing events: {int(f * total):,} of {total:,}"))
            cache = _lock_for_writing(con)
            report = _classify(con, batch)
            say(0.55, f"Updating events: {report.updated:,} revised")
            # statements only when they change rows: the generation triggers fire per statement
            sets = ", ".join(f'"{c}" = s."{c}"' for c in _STAGED)
            changed = [] if not report.updated else con.execute(
                f"UPDATE events e SET geom = ST_SetSRID(ST_MakePoint(s.longitude, s.latitude), 4326), {sets}, "
                "revision = e.revision + 1, imported_at = %s FROM staging s "
                "WHERE e.dataset = %s AND e.source_id = s.source_id AND e.row_hash <> s.row_hash "
                "AND e.edited_by IS NULL AND e.retracted_at IS NULL "
                "RETURNING s.pos, e.fid", (now, ds.id)).fetchall()
            say(0.65, "Indexing the new events")
            cols = ", ".join(f'"{c}"' for c in _STAGED)
            new = [] if not report.imported else con.execute(
                f"INSERT INTO events (geom, {cols}, dataset, imported_at) "
                f"SELECT ST_SetSRID(ST_MakePoint(s.longitude, s.latitude), 4326), "
                f"{', '.join('s.' + chr(34) + c + chr(34) for c in _STAGED)}, %s, %s FROM staging s "
                "WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.dataset = %s AND e.source_id = s.source_id) "
                "ORDER BY s.pos RETURNING fid, source_id", (ds.id, now, ds.id)).fetchall()
            o_new, o_changed, o_same = _write_overlays(con, batch, now)
            say(0.9, "Recording the dataset and the import")
            if new or changed or o_new or o_changed or _dataset_differs(con, batch):
                _upsert_dataset(con, batch, imported_by, now)
            log_id = _log_import(con, batch, imported_by, now, report)
            if cache is not None:
                by_id = {sid: fid for fid, sid in new}
                new_pos = np.flatnonzero(batch.events["source_id"].isin(by_id).to_numpy())
                new_fids = batch.events["source_id"].iloc[new_pos].map(by_id).astype("int64").tolist()
                _put_cache(con, _generation(con), cache_after_write(cache, batch, new_pos, new_fids,
                                                                    [(int(p), int(f)) for p, f in changed]))
            say(1.0, "Done")
        return ImportReport(dataset=ds.id, imported=len(new), updated=len(changed), unchanged=report.unchanged,
                            rejected=len(batch.rejects), overlays_imported=o_new, overlays_updated=o_changed,
                            overlays_unchanged=o_same, kept=report.kept, import_id=log_id,
                            conflicts=report.conflicts)

    def remove(self, dataset_id: str) -> int:
        with self._connection("write") as con:
            con.execute(f"SET LOCAL lock_timeout = '{LOCK_WAIT_S}s'")
            cache = _lock_for_writing(con)
            if con.execute("SELECT 1 FROM datasets WHERE id = %s", (dataset_id,)).fetchone() is None:
                raise StoreError(f"no dataset {dataset_id!r} in the store")
            gone = [r[0] for r in con.execute("DELETE FROM events WHERE dataset = %s RETURNING fid", (dataset_id,))]
            con.execute("DELETE FROM overlays WHERE dataset = %s", (dataset_id,))
            sha = con.execute("DELETE FROM datasets WHERE id = %s RETURNING file_sha256", (dataset_id,)).fetchone()[0]
            con.execute("DELETE FROM briefmap_files WHERE sha256 = %s AND NOT EXISTS "
                        "(SELECT 1 FROM datasets WHERE file_sha256 = %s)", (sha, sha))
            if cache is not None:
                _put_cache(con, _generation(con), mapcache.combine(cache, np.array(gone, np.int64), None))
        return len(gone)


    @contextlib.contextmanager
    def _edit(self, write: bool = True) -> Iterator["_PostGISEdit"]:
        with self._connection("write" if write else "read") as con:
            if write:
                con.execute(f"SET LOCAL lock_timeout = '{LOCK_WAIT_S}s'")
            yield _PostGISEdit(con)

    def dump(self) -> StoreDump:
        fields = ", ".join(_sql_time("imported_at") if f == "imported_at" else f for f in DATASET_FIELDS)
        shape_fields = ", ".join(_sql_date(f) if f in ("valid_from", "valid_to") else _sql_time(f)
                                 if f == "imported_at" else f for f in OVERLAY_FIELDS)
        log_fields = ", ".join(_sql_time(f) if f == "imported_at" else f for f in IMPORT_LOG_COLUMNS)
        with self._connection() as con:
            con.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            datasets = [dataset_from_row(r) for r in con.execute(f"SELECT {fields} FROM datasets ORDER BY id")]
            data = _copy_out(con, f"COPY (SELECT e.fid, {_RECORD_SELECT}, e.row_hash FROM events e ORDER BY e.fid) "
                                  "TO STDOUT (FORMAT csv, HEADER)")
            shapes = con.execute(f"SELECT ST_AsBinary(geom), {shape_fields} FROM overlays ORDER BY fid").fetchall()
            log_rows = con.execute(f"SELECT {log_fields} FROM imports ORDER BY fid").fetchall()
            files = con.execute("SELECT sha256, name, size, content FROM briefmap_files ORDER BY sha256").fetchall()
            edited_events, edited_overlays, trail = dump_edits(_PostGISEdit(con))
        frame = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, na_values={
            c: [""] for c in ("year", "iso", "timestamp", "fatalities_low", "fatalities_high")})
        frame.columns = ["fid", *RECORD_COLUMNS, "row_hash"]
        events = records_frame(frame).reset_index(drop=True)
        events["row_hash"] = frame["row_hash"].to_numpy()
        overlays = overlays_frame([r[1:] for r in shapes], [shapely.from_wkb(bytes(r[0])) for r in shapes])
        return StoreDump(datasets, events, overlays, pd.DataFrame(log_rows, columns=list(IMPORT_LOG_COLUMNS)),
                         [(a, b, int(c), bytes(d)) for a, b, c, d in files], edited_events, edited_overlays, trail)

    def restore(self, dump: StoreDump, progress: Progress | None = None) -> None:
        say = progress or (lambda f, t: None)
        with self._connection("write") as con:
            con.execute("LOCK TABLE events, overlays, datasets, imports IN EXCLUSIVE MODE")
            _lock_for_writing(con)
            if con.execute("SELECT EXISTS (SELECT 1 FROM datasets) OR EXISTS (SELECT 1 FROM imports) "
                           "OR EXISTS (SELECT 1 FROM events)").fetchone()[0]:
                raise StoreError(f"the store at {self._safe} is not empty: copy into a new database")
            events = dump.events.reset_index(drop=True)
            every = tuple(c for c in _EVENT_COLUMNS)
            cols = ", ".join(f'"{c}" ' + EVENT_TYPES[c].replace(" NOT NULL", "").split(" DEFAULT")[0]
                             .replace("timestamptz", "text") for c in every)
            con.execute(f"CREATE TEMP TABLE restoring (pos bigint, {cols}) ON COMMIT DROP")
            text = [c for c in every if EVENT_TYPES[c].startswith("text")]
            copy_sql = sql.SQL("COPY restoring (pos, {cols}) FROM STDIN (FORMAT csv, FORCE_NOT_NULL ({text}))").format(
                cols=sql.SQL(", ").join(sql.Identifier(c) for c in every),
                text=sql.SQL(", ").join(sql.Identifier(c) for c in text))
            with con.cursor().copy(copy_sql) as copy:
                for start in range(0, len(events), _COPY_CHUNK):
                    stop = min(start + _COPY_CHUNK, len(events))
                    copy.write(_csv(events, start, stop, every))
                    say(0.7 * stop / max(1, len(events)), f"Copying events: {stop:,} of {len(events):,}")
            names = ", ".join(f'"{c}"' for c in every)
            picks = ", ".join('r."imported_at"::timestamptz' if c == "imported_at" else f'r."{c}"' for c in every)
            fids = [r[0] for r in con.execute(
                f"INSERT INTO events (geom, {names}) SELECT ST_SetSRID(ST_MakePoint(r.longitude, r.latitude), 4326), "
                f"{picks} FROM restoring r ORDER BY r.pos RETURNING fid").fetchall()]
            say(0.8, "Copying shapes, datasets and the imports log")
            for rec, geom in zip(dump.overlays.drop(columns="geometry").to_dict("records"), dump.overlays.geometry):
                con.execute(_INSERT_OVERLAY, (shapely.to_wkb(geom, output_dimension=2),
                                              *overlay_values(rec, rec["dataset"], rec["imported_at"])))
            with con.cursor() as cur:
                cur.executemany(f"INSERT INTO datasets ({', '.join(DATASET_FIELDS)}) VALUES "
                                f"({', '.join(['%s'] * len(DATASET_FIELDS))})",
                                [tuple(d.as_dict()[f] for f in DATASET_FIELDS) for d in dump.datasets])
                cur.executemany(f"INSERT INTO imports ({', '.join(IMPORT_LOG_COLUMNS)}) VALUES "
                                f"({', '.join(['%s'] * len(IMPORT_LOG_COLUMNS))})",
                                [tuple(_plain(v) for v in r) for r in dump.imports.itertuples(index=False, name=None)])
                cur.executemany("INSERT INTO briefmap_files VALUES (%s, %s, %s, %s)", dump.files)
            restore_edits(_PostGISEdit(con), *edits_of(dump))
            shown = on_map(events, dump)
            _put_cache(con, _generation(con), mapcache.from_frame(events[shown], np.array(fids, np.int64)[shown]))
            say(1.0, "Done")


class _PostGISEdit(EditTx):
    """An edit transaction on PostGIS: the edited row is locked (FOR UPDATE), and the map copy is
    updated under the store's write lock."""

    p = "%s"

    def point(self, lon, lat):
        return "ST_SetSRID(ST_MakePoint(%s, %s), 4326)", (float(lon), float(lat))

    def geometry(self, geom):
        return "ST_GeomFromWKB(%s, 4326)", (shapely.to_wkb(geom, output_dimension=2),)

    def geometry_select(self, column):
        return f"ST_AsBinary({column})"

    def geometry_of(self, value):
        return shapely.from_wkb(bytes(value))

    def text_select(self, column, kind):
        return _sql_date(column) if kind == "date" else f"CASE WHEN {column} IS NULL THEN NULL ELSE " \
            f"{_sql_time(column)} END"

    def lock(self, table, fid):
        self.con.execute(sql.SQL("SELECT 1 FROM {} WHERE fid = %s FOR UPDATE").format(sql.Identifier(table)),
                         (int(fid),))

    def map_copy(self):
        return _lock_for_writing(self.con)

    def put_map_copy(self, table):
        _put_cache(self.con, _generation(self.con), table)

    def lock_store(self):
        return int(self.con.execute("SELECT value FROM briefmap_meta WHERE key = 'generation' FOR UPDATE")
                   .fetchone()[0])


# helpers ----------------------------------------------------------------------------------------
_INSERT_OVERLAY = (f"INSERT INTO overlays (geom, {', '.join(OVERLAY_FIELDS)}) VALUES (ST_GeomFromWKB(%s, 4326), "
                   f"{', '.join(['%s'] * len(OVERLAY_FIELDS))})")
_UPDATE_OVERLAY = (f"UPDATE overlays SET geom = ST_GeomFromWKB(%s, 4326), "
                   f"{', '.join(f + ' = %s' for f in OVERLAY_FIELDS)}, revision = revision + 1 WHERE fid = %s")


def _lock_for_writing(con):
    """Take the store's write lock (the generation row, which every change also takes through the
    triggers) and read the map copy as it stands once the writers before this one have committed.
    Rows can be staged before this, side by side with another import; merges take turns."""
    gen = int(con.execute("SELECT value FROM briefmap_meta WHERE key = 'generation' FOR UPDATE").fetchone()[0])
    cache = _cache(con, gen)
    if cache is None and con.execute("SELECT NOT EXISTS (SELECT 1 FROM events)").fetchone()[0]:
        cache = mapcache.empty()
    return cache


def _plain(value):
    """numpy scalars as Python values, for parameters."""
    return value.item() if hasattr(value, "item") else value



def _generation(con) -> int:
    return int(con.execute("SELECT value FROM briefmap_meta WHERE key = 'generation'").fetchone()[0])


def _cache(con, gen: int):
    row = con.execute("SELECT data FROM briefmap_cache WHERE generation = %s", (gen,)).fetchone()
    table = mapcache.from_bytes(bytes(row[0])) if row else None
    return table if table is not None and mapcache.valid(table) else None


def _put_cache(con, gen: int, table) -> None:
    con.execute("DELETE FROM briefmap_cache")
    con.execute("INSERT INTO briefmap_cache (generation, data) VALUES (%s, %s)", (gen, mapcache.to_bytes(table)))


def _copy_out(con, query) -> bytes:
    buf = io.BytesIO()
    with con.cursor().copy(query) as copy:
        for chunk in copy:
            buf.write(chunk)
    return buf.getvalue()


def _map_copy(data: bytes):
    """The map copy from the CSV that COPY wrote (mapcache.SELECT's columns)."""
    names = list(mapcache.SELECT)
    types = {c: pa.string() for c in names}
    types.update(fid=pa.int64(), latitude=pa.float64(), longitude=pa.float64(), geo_precision=pa.int8(),
                 time_precision=pa.int8(), fatalities=pa.int64())
    table = pacsv.read_csv(
        io.BytesIO(data), read_options=pacsv.ReadOptions(column_names=names),
        parse_options=pacsv.ParseOptions(newlines_in_values=True),
        convert_options=pacsv.ConvertOptions(column_types=types, strings_can_be_null=False,
                                             quoted_strings_can_be_null=False, null_values=[]),
    ) if data else None
    if table is None or table.num_rows == 0:
        return mapcache.empty()
    frame = table.to_pandas()
    return mapcache.from_frame(frame, frame["fid"].to_numpy(np.int64))


def _csv(events: pd.DataFrame, start: int, stop: int, names=_STAGED) -> bytes:
    """Rows ``start:stop`` of ``events`` as the CSV a COPY reads: the position, then ``names``."""
    part = events.iloc[start:stop]
    columns = {"pos": pa.array(np.arange(start, stop, dtype=np.int64))}
    for c in names:
        s = part[c]
        if c in _NULLABLE_TEXT:
            text = s.astype(str).to_numpy(object)
            columns[c] = pa.array([v or None for v in text], type=pa.string())
        elif isinstance(s.dtype, pd.Int64Dtype):
            columns[c] = pa.array(s.astype(object).where(s.notna(), None).to_numpy(object), type=pa.int64())
        elif s.dtype.kind in "iuf":
            columns[c] = pa.array(s.to_numpy())
        else:
            columns[c] = pa.array(s.astype(str).to_numpy(object), type=pa.string())
    buf = io.BytesIO()
    pacsv.write_csv(pa.table(columns), buf, write_options=pacsv.WriteOptions(include_header=False,
                                                                              quoting_style="needed"))
    return buf.getvalue()


def _stage(con, batch: ImportBatch, progress=None) -> None:
    """COPY the batch's rows into ``staging``, a temporary table dropped at the end of the transaction."""
    con.execute("DROP TABLE IF EXISTS staging")
    cols = ", ".join(f'"{c}" ' + EVENT_TYPES[c].replace(" NOT NULL", "").split(" DEFAULT")[0] for c in _STAGED)
    con.execute(f"CREATE TEMP TABLE staging (pos bigint, {cols}) ON COMMIT DROP")
    events = batch.events
    copy_sql = sql.SQL("COPY staging (pos, {cols}) FROM STDIN (FORMAT csv, FORCE_NOT_NULL ({text}))").format(
        cols=sql.SQL(", ").join(sql.Identifier(c) for c in _STAGED),
        text=sql.SQL(", ").join(sql.Identifier(c) for c in _TEXT_STAGED))
    with con.cursor().copy(copy_sql) as copy:
        for start in range(0, len(events), _COPY_CHUNK):
            copy.write(_csv(events, start, min(start + _COPY_CHUNK, len(events))))
            if progress is not None:
                progress(min(1.0, (start + _COPY_CHUNK) / max(1, len(events))))
    con.execute("CREATE UNIQUE INDEX ON staging (source_id)")
    con.execute("ANALYZE staging")


def _classify(con, batch: ImportBatch) -> ImportReport:
    """What merging ``staging`` into the dataset would do (the counts a report gives)."""
    ds = batch.dataset.id
    held = "(e.edited_by IS NOT NULL OR e.retracted_at IS NOT NULL)"
    same, revised, conflicts = con.execute(
        f"SELECT count(*) FILTER (WHERE e.row_hash = s.row_hash), "
        f"count(*) FILTER (WHERE e.row_hash <> s.row_hash AND NOT {held}), "
        f"coalesce(array_agg(s.source_id ORDER BY s.pos) FILTER (WHERE e.row_hash <> s.row_hash AND {held}), "
        "'{}') FROM staging s JOIN events e ON e.dataset = %s AND e.source_id = s.source_id", (ds,)).fetchone()
    stored = con.execute("SELECT count(*) FROM events WHERE dataset = %s", (ds,)).fetchone()[0]
    o_new, o_changed, o_same = _classify_overlays(con, batch)
    matched = same + revised + len(conflicts)
    return ImportReport(dataset=ds, imported=len(batch.events) - matched, updated=revised, unchanged=same,
                        rejected=len(batch.rejects), overlays_imported=o_new, overlays_updated=o_changed,
                        overlays_unchanged=o_same, kept=stored - matched, written=False,
                        conflicts=tuple(conflicts))


def _stored_overlays(con, dataset: str) -> dict:
    return {sid: (fid, h) for fid, sid, h in
            con.execute("SELECT fid, source_id, row_hash FROM overlays WHERE dataset = %s", (dataset,)).fetchall()}


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
        con.execute(_INSERT_OVERLAY, (shapely.to_wkb(rec["geometry"], output_dimension=2),
                                      *overlay_values(rec, ds, now)))
    for fid, rec in revised:
        con.execute(_UPDATE_OVERLAY, (shapely.to_wkb(rec["geometry"], output_dimension=2),
                                      *overlay_values(rec, ds, now), fid))
    return len(new), len(revised), same


def _dataset_differs(con, batch: ImportBatch) -> bool:
    """True unless the dataset is stored with exactly this file and these words (a repeated import)."""
    return not dataset_unchanged(con.execute(SIGNATURE_SQL.format(p="%s"), (batch.dataset.id,)).fetchone(), batch)


def _upsert_dataset(con, batch: ImportBatch, imported_by: str, now: str) -> None:
    ds = batch.dataset
    rows, first, last = con.execute("SELECT count(*), min(event_date), max(event_date) FROM events "
                                    "WHERE dataset = %s AND retracted_at IS NULL", (ds.id,)).fetchone()
    overlays = con.execute("SELECT count(*) FROM overlays WHERE dataset = %s AND retracted_at IS NULL",
                           (ds.id,)).fetchone()[0]
    was = con.execute("SELECT synthetic FROM datasets WHERE id = %s", (ds.id,)).fetchone()
    synthetic = bool(was and was[0]) or batch_is_synthetic(batch)
    file = batch.file
    con.execute("INSERT INTO briefmap_files VALUES (%s, %s, %s, %s) ON CONFLICT (sha256) DO NOTHING",
                (file.sha256, file.name.replace("\\", "/").rsplit("/", 1)[-1], file.size, file.data))
    updates = ", ".join(f"{f} = excluded.{f}" for f in DATASET_FIELDS if f != "id")
    con.execute(
        f"INSERT INTO datasets ({', '.join(DATASET_FIELDS)}) VALUES ({', '.join(['%s'] * len(DATASET_FIELDS))}) "
        f"ON CONFLICT (id) DO UPDATE SET {updates}",
        (ds.id, ds.title, ds.format, ds.source, ds.licence, ds.source_url,
         file.name.replace("\\", "/").rsplit("/", 1)[-1], file.sha256, now, imported_by, rows, overlays, first, last,
         synthetic),
    )


def _log_import(con, batch: ImportBatch, imported_by: str, now: str, report: ImportReport) -> int:
    return int(con.execute(
        "INSERT INTO imports (imported_at, imported_by, dataset, format, file_name, file_sha256, rows_in_file, "
        "imported, updated, unchanged, rejected, overlays, notes, rejects) "
        "VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s) RETURNING fid",
        (now, imported_by, batch.dataset.id, batch.format, batch.file.name.replace("\\", "/").rsplit("/", 1)[-1],
         batch.file.sha256, batch.rows_in_file, report.imported, report.updated, report.unchanged, report.rejected,
         len(batch.overlays), "\n".join([*batch.notes, report.conflict_line()]).strip(),
         batch.rejects_csv().decode("utf-8")),
    ).fetchone()[0])
