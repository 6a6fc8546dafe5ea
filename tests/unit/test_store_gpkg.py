"""The GeoPackage store as a file: what GDAL (so QGIS) reads, the spatial index, the map cache,
edits made by other programs, files that are not stores, and two processes (or a killed one).

GDAL is only used while the store holds no connection (every store call opens and closes its
own), as the store's module asks: two SQLite libraries on one file in one process can drop
each other's locks.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import threading
import time
import warnings
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

import store.gpkg as gpkg_module
from bench.synthetic import synthetic_events
from loaders.events import ACLED_COLUMNS
from snapshots.exports import events_csv
from store import StoreError, open_store
from store.gpkg_geometry import from_blob, point_blobs, register_functions
from store.gpkg_schema import MIGRATIONS, SCHEMA_VERSION, sql_statements
from store.mapcache import TEXT
from store.seed import SEED_ID, ensure_seed
from tests.unit.store_fixtures import (
    KML_SHAPES,
    SEED_BYTES,
    SEED_ROWS,
    acled_batch,
    assert_map_matches_records,
    assert_unchanged,
    cli_command,
    cli_env,
    gpkg_path,
    revised_frame,
    seed_frame,
    shapes_batch,
    snapshot,
    sql,
)

BY = "tester"


@pytest.fixture
def store_location(tmp_path) -> str:
    """This module checks the GeoPackage file itself: its stores are GeoPackages."""
    return str(tmp_path / "store.gpkg")


GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
FLOAT32_SLACK = 1e-5  # the rtree keeps float32 bounds, rounded outwards


def seeded_with_shapes(store) -> Path:
    path = gpkg_path(store)
    ensure_seed(store)
    store.write(shapes_batch(), imported_by=BY)
    return path


def triggers(path: Path) -> list[str]:
    return [r[0] for r in sql(path, "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")]


def assert_rtree_matches_events(path: Path) -> None:
    """The events' spatial index holds exactly one entry per event, at the event's coordinates
    (which are also the geometry's)."""
    events = pd.DataFrame(sql(path, "SELECT fid, longitude, latitude, geom FROM events ORDER BY fid"),
                          columns=["fid", "lon", "lat", "geom"])
    index = pd.DataFrame(sql(path, 'SELECT id, minx, maxx, miny, maxy FROM "rtree_events_geom" ORDER BY id'),
                         columns=["id", "minx", "maxx", "miny", "maxy"])
    assert index["id"].tolist() == events["fid"].tolist(), "the rtree's ids are not the events' fids"
    points = shapely.from_wkb([_wkb(blob) for blob in events["geom"]])
    xy = shapely.get_coordinates(points) if len(points) else np.zeros((0, 2))
    bad = events["fid"][(xy[:, 0] != events["lon"]) | (xy[:, 1] != events["lat"])].tolist()
    assert not bad, f"events {bad[:10]}: geometry and latitude/longitude disagree"
    for axis, coord in (("x", "lon"), ("y", "lat")):
        lo, hi, value = index[f"min{axis}"], index[f"max{axis}"], events[coord]
        off = events["fid"][(lo > value) | (hi < value) | (hi - lo >= FLOAT32_SLACK)].tolist()
        assert not off, f"events {off[:10]}: the rtree's {axis} bounds are not the event's {coord}"


def _wkb(blob: bytes) -> bytes:
    """The WKB in a GeoPackage geometry blob (after its header and envelope)."""
    envelope = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(blob[3] >> 1) & 0b111]
    return blob[8 + envelope:]


def assert_rtree_matches_overlays(path: Path) -> None:
    shapes = sql(path, "SELECT fid, geom FROM overlays ORDER BY fid")
    index = sql(path, 'SELECT id, minx, maxx, miny, maxy FROM "rtree_overlays_geom" ORDER BY id')
    assert [r[0] for r in index] == [s[0] for s in shapes], "the overlays' rtree ids are not their fids"
    for (fid, blob), (_id, minx, maxx, miny, maxy) in zip(shapes, index):
        x0, y0, x1, y1 = from_blob(blob).bounds
        assert abs(minx - x0) < FLOAT32_SLACK and abs(maxx - x1) < FLOAT32_SLACK, f"overlay {fid}: x bounds"
        assert abs(miny - y0) < FLOAT32_SLACK and abs(maxy - y1) < FLOAT32_SLACK, f"overlay {fid}: y bounds"


def qgis_connection(path: Path) -> sqlite3.Connection:
    """Another program's connection (QGIS, DB Browser…), with the GeoPackage ST_ functions that
    GDAL provides and the spatial-index triggers call."""
    con = sqlite3.connect(path, timeout=30)
    register_functions(con)
    return con


def integrity(path: Path) -> list[tuple]:
    return sql(path, "PRAGMA integrity_check")


# what GDAL and QGIS see ---------------------------------------------------------------------------
def test_gdal_reads_the_store_as_a_geopackage(store):
    path = seeded_with_shapes(store)
    records = store.dataset_records()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any GDAL complaint about the file fails the test
        layers = {name: kind for name, kind in pyogrio.list_layers(path)}
        info = pyogrio.read_info(path, layer="events")
        events = pyogrio.read_dataframe(path, layer="events", fid_as_index=True)
        bbox = (36.25, 35.70, 36.65, 35.95)
        inside = pyogrio.read_dataframe(path, layer="events", bbox=bbox, fid_as_index=True)
        overlays = pyogrio.read_dataframe(path, layer="overlays")
        datasets = pyogrio.read_dataframe(path, layer="datasets")
        imports = pyogrio.read_dataframe(path, layer="imports")
        has_index = pyogrio.read_dataframe(path, sql="SELECT HasSpatialIndex('events', 'geom') AS h",
                                           sql_dialect="SQLITE")

    assert layers.get("events") == "Point", f"layers: {layers}"
    assert "overlays" in layers, f"layers: {layers}"
    assert layers.get("datasets", "missing") is None and layers.get("imports", "missing") is None, \
        f"datasets and imports should be attribute tables: {layers}"
    assert info["crs"] == "EPSG:4326"
    assert info["capabilities"]["fast_spatial_filter"] is True, "GDAL finds no usable spatial index"
    assert int(has_index.iloc[0, 0]) == 1, "GDAL says the events layer has no spatial index"
    assert (info["geometry_type"], info["features"], info["fid_column"]) == ("Point", SEED_ROWS, "fid")
    fields = list(info["fields"])
    assert fields[:len(ACLED_COLUMNS) + 3] == [*ACLED_COLUMNS, "dataset", "source_id", "imported_at"]
    minx, miny, maxx, maxy = info["total_bounds"]
    assert minx <= records["longitude"].min() and maxx >= records["longitude"].max()
    assert miny <= records["latitude"].min() and maxy >= records["latitude"].max()

    assert events.index.tolist() == records.index.tolist()
    assert events["event_id_cnty"].tolist() == records["event_id_cnty"].tolist()
    np.testing.assert_array_equal(events.geometry.x, records["longitude"])
    np.testing.assert_array_equal(events.geometry.y, records["latitude"])

    x0, y0, x1, y1 = bbox
    expected = records[records["longitude"].between(x0, x1) & records["latitude"].between(y0, y1)]
    assert 0 < len(expected) < len(records), "the bbox should hold some events, not all"
    assert sorted(inside.index) == sorted(expected.index), "GDAL's bbox read returned other events"

    assert len(overlays) == 2 and set(overlays.geometry.geom_type) == {"LineString", "Polygon"}
    assert overlays.crs.to_epsg() == 4326
    assert not isinstance(datasets, gpd.GeoDataFrame) and not isinstance(imports, gpd.GeoDataFrame)
    assert sorted(datasets["id"]) == [SEED_ID, "shapes"]
    assert {"id", "title", "format", "source", "licence", "file_name", "file_sha256", "imported_at",
            "imported_by", "rows", "first_date", "last_date"} <= set(datasets.columns)
    seed_row = datasets.set_index("id").loc[SEED_ID]
    assert (seed_row["rows"], seed_row["file_sha256"]) == (SEED_ROWS, hashlib.sha256(SEED_BYTES).hexdigest())
    assert len(imports) == 2
    assert {"imported_at", "imported_by", "file_name", "imported", "updated", "unchanged", "rejected",
            "rejects"} <= set(imports.columns)
    assert imports["imported_at"].notna().all(), "GDAL cannot read the import times as dates"


def test_file_header_integrity_and_geopackage_tables(store):
    path = seeded_with_shapes(store)
    assert sql(path, "PRAGMA application_id") == [(GPKG_APPLICATION_ID,)]
    assert sql(path, "PRAGMA user_version") == [(10400,)], "not marked as GeoPackage 1.4"
    assert integrity(path) == [("ok",)]
    assert sql(path, "PRAGMA foreign_key_check") == []
    assert sql(path, "PRAGMA journal_mode") == [("wal",)]
    contents = set(sql(path, "SELECT table_name, data_type, srs_id FROM gpkg_contents"))
    assert contents == {("events", "features", 4326), ("overlays", "features", 4326),
                        ("datasets", "attributes", None), ("imports", "attributes", None),
                        ("changes", "attributes", None)}
    assert set(sql(path, "SELECT table_name, column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns")) \
        == {("events", "geom", "POINT", 4326), ("overlays", "geom", "GEOMETRY", 4326)}
    assert set(sql(path, "SELECT table_name, extension_name FROM gpkg_extensions")) == \
        {("events", "gpkg_rtree_index"), ("overlays", "gpkg_rtree_index")}
    assert sql(path, "SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = 4326") \
        == [("EPSG", 4326)]
    columns = [r[1] for r in sql(path, "PRAGMA table_info(events)")]
    assert columns[:2 + len(ACLED_COLUMNS) + 3] == ["fid", "geom", *ACLED_COLUMNS, "dataset", "source_id",
                                                    "imported_at"]


def test_schema_version_is_recorded(store):
    path = gpkg_path(store)
    assert [m[0] for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1)), "migrations must be numbered 1..n"
    assert SCHEMA_VERSION == MIGRATIONS[-1][0]
    assert sql(path, "SELECT value FROM briefmap_meta WHERE key = 'schema_version'") == [(str(SCHEMA_VERSION),)]


def test_migration_sql_splits_into_whole_statements():
    statements = sql_statements(MIGRATIONS[0][2])
    assert all(sqlite3.complete_statement(s) for s in statements)
    made = sqlite3.connect(":memory:")
    register_functions(made)
    for s in statements:
        made.execute(s)
    created = made.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()[0]
    assert created == sum(s.startswith("CREATE TRIGGER") for s in statements) > 0
    with pytest.raises(ValueError, match="incomplete SQL statement"):
        sql_statements("CREATE TRIGGER t AFTER INSERT ON x BEGIN SELECT 1;")


# the spatial index --------------------------------------------------------------------------------
def test_rtree_has_one_entry_per_event_through_inserts_updates_and_removes(store):
    path = gpkg_path(store)
    store.write(acled_batch(SEED_BYTES), imported_by=BY)
    assert_rtree_matches_events(path)
    store.write(acled_batch(revised_frame()), imported_by=BY)  # SYR-BM-0004 moves
    assert_rtree_matches_events(path)
    moved = sql(path, "SELECT fid FROM events WHERE source_id = 'SYR-BM-0004'")[0][0]
    assert sql(path, 'SELECT count(*) FROM "rtree_events_geom" WHERE minx <= 36.45678 AND maxx >= 36.45678 '
                     "AND miny <= 35.81234 AND maxy >= 35.81234 AND id = ?", (moved,)) == [(1,)]
    store.write(acled_batch(SEED_BYTES, dataset="other"), imported_by=BY)
    assert_rtree_matches_events(path)
    store.write(shapes_batch(), imported_by=BY)
    assert_rtree_matches_overlays(path)

    fid = sql(path, "SELECT min(fid) FROM events WHERE dataset = 'other'")[0][0]
    con = qgis_connection(path)  # someone moves a point and deletes another in QGIS
    with con:
        moved_blob = point_blobs(np.array([36.11111]), np.array([35.22222]))[0]
        con.execute("UPDATE events SET geom = ?, longitude = 36.11111, latitude = 35.22222 WHERE fid = ?",
                    (moved_blob, fid))
        con.execute("DELETE FROM events WHERE fid = ?", (fid + 1,))
    con.close()
    assert_rtree_matches_events(path)
    assert sql(path, 'SELECT count(*) FROM "rtree_events_geom" WHERE id = ? AND minx <= 36.11111 '
                     "AND maxx >= 36.11111", (fid,)) == [(1,)], "the rtree did not follow a point moved in QGIS"

    store.remove("acled")
    store.remove("shapes")
    assert_rtree_matches_events(path)
    assert_rtree_matches_overlays(path)
    assert sql(path, 'SELECT count(*) FROM "rtree_overlays_geom"') == [(0,)]
    assert integrity(path) == [("ok",)]


# the map cache, and edits made by other programs --------------------------------------------------
def cached_generation(path: Path) -> list[tuple]:
    return sql(path, "SELECT generation FROM briefmap_cache")


def plain(table: pd.DataFrame) -> pd.DataFrame:
    return table.astype({c: str for c in TEXT})


def test_imports_keep_a_map_cache_equal_to_a_rebuild(store):
    path = gpkg_path(store)
    steps = [
        lambda: store.write(acled_batch(SEED_BYTES), imported_by=BY),
        lambda: store.write(acled_batch(revised_frame()), imported_by=BY),
        lambda: store.write(acled_batch(SEED_BYTES, dataset="other"), imported_by=BY),
        lambda: store.remove("acled"),
    ]
    for step in steps:
        step()
        assert cached_generation(path) == [(store.generation(),)], "the write left no cache of its generation"
        cached = assert_map_matches_records(store)
        sql_con = sqlite3.connect(path)
        with sql_con:
            sql_con.execute("DELETE FROM briefmap_cache")
        sql_con.close()
        rebuilt = assert_map_matches_records(store)
        pd.testing.assert_frame_equal(plain(cached), plain(rebuilt), obj="map table from the cache vs rebuilt")
        assert cached_generation(path) == [(store.generation(),)], "map_table did not keep the rebuilt table"


def test_direct_sql_edits_bump_the_generation_and_reach_the_map(store):
    path = gpkg_path(store)
    ensure_seed(store)
    store.map_table()
    gen = store.generation()
    assert cached_generation(path) == [(gen,)]
    fids = store.map_table().index.tolist()
    edited, deleted = fids[2], fids[5]

    con = qgis_connection(path)
    with con:
        con.execute("UPDATE events SET fatalities = 42, event_type = 'Riots' WHERE fid = ?", (edited,))
        con.execute("DELETE FROM events WHERE fid = ?", (deleted,))
    con.close()

    assert store.generation() > gen, "an edit by another program did not change the generation"
    assert cached_generation(path) == [(gen,)]  # the old copy is still there, and must not be used
    table = assert_map_matches_records(store)
    assert deleted not in table.index, "map_table still shows an event deleted in QGIS"
    assert (table.loc[edited, "fatalities"], table.loc[edited, "event_type"]) == (42, "Riots")
    assert cached_generation(path) == [(store.generation(),)]
    pd.testing.assert_frame_equal(plain(store.map_table()), plain(table))


def test_a_feature_added_with_gdal_reaches_the_map(store):
    path = gpkg_path(store)
    ensure_seed(store)
    store.map_table()
    gen = store.generation()
    row = store.dataset_records().iloc[[0]].reset_index(drop=True)
    added = gpd.GeoDataFrame(
        row.assign(dataset="qgis", source_id="Q-1", row_hash="added in QGIS", imported_at="2026-01-01T00:00:00Z",
                   longitude=36.2, latitude=35.5, fatalities=3),
        geometry=[shapely.Point(36.2, 35.5)], crs=4326)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pyogrio.write_dataframe(added, path, layer="events", append=True)
    assert store.generation() > gen
    table = assert_map_matches_records(store)
    assert len(table) == SEED_ROWS + 1
    new = table[table["dataset"] == "qgis"]
    assert len(new) == 1 and (new["longitude"].iloc[0], new["latitude"].iloc[0], new["fatalities"].iloc[0]) == \
        (36.2, 35.5, 3)
    assert_rtree_matches_events(path)


def test_a_write_without_a_cache_leaves_the_map_right(store):
    path = gpkg_path(store)
    store.write(acled_batch(SEED_BYTES), imported_by=BY)
    con = sqlite3.connect(path)
    with con:
        con.execute("DELETE FROM briefmap_cache")
    con.close()
    store.write(acled_batch(revised_frame()), imported_by=BY)
    store.write(acled_batch(SEED_BYTES, dataset="other"), imported_by=BY)
    assert len(assert_map_matches_records(store)) == 2 * SEED_ROWS + 1


# other connections: writers queue, readers do not wait -------------------------------------------
def test_a_write_waits_for_another_writer_and_reads_do_not(store):
    path = gpkg_path(store)
    ensure_seed(store)
    outcome: dict = {}

    def write():
        try:
            outcome["report"] = store.write(acled_batch(SEED_BYTES), imported_by=BY)
        except Exception as exc:  # reported by the assertions below
            outcome["error"] = exc

    holder = sqlite3.connect(path, isolation_level=None)  # another process's import, mid-transaction
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("DELETE FROM events WHERE fid = 1")
    try:
        assert [d.id for d in store.datasets()] == [SEED_ID], "a read waited for (or saw) another's write"
        assert len(store.dataset_records()) == SEED_ROWS
        writer = threading.Thread(target=write)
        writer.start()
        writer.join(0.5)
        assert writer.is_alive(), f"the write did not wait for the other writer: {outcome}"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    writer.join(120)
    assert "error" not in outcome, f"the queued write failed: {outcome.get('error')}"
    assert outcome["report"].imported == SEED_ROWS
    assert len(store.dataset_records()) == 2 * SEED_ROWS


# removing keeps no orphan file --------------------------------------------------------------------
def test_remove_deletes_the_dataset_original_file(store):
    path = gpkg_path(store)
    store.write(acled_batch(SEED_BYTES), imported_by=BY)
    store.write(acled_batch(SEED_BYTES, dataset="mirror"), imported_by=BY)  # the same bytes again
    store.write(shapes_batch(), imported_by=BY)
    seed_sha = hashlib.sha256(SEED_BYTES).hexdigest()
    kml_sha = hashlib.sha256(KML_SHAPES).hexdigest()
    assert sorted(r[0] for r in sql(path, "SELECT sha256 FROM briefmap_files")) == sorted([seed_sha, kml_sha])

    store.remove("shapes")
    assert sql(path, "SELECT sha256 FROM briefmap_files") == [(seed_sha,)], "the removed dataset's file was kept"
    store.remove("acled")
    assert sql(path, "SELECT sha256 FROM briefmap_files") == [(seed_sha,)], "a file another dataset uses went"
    assert store.original("mirror") == ("acled.csv", SEED_BYTES)
    store.remove("mirror")
    assert sql(path, "SELECT count(*) FROM briefmap_files") == [(0,)]
    assert len(store.imports()) == 3, "the imports log keeps every import, with the files' names and sha256"


# files that are not stores ------------------------------------------------------------------------
def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_sqlite(path: Path) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE notes (x TEXT)")
        con.execute("INSERT INTO notes VALUES ('mine')")
    con.close()


def make_geopackage(path: Path) -> None:
    gdf = gpd.GeoDataFrame({"name": ["a"]}, geometry=[shapely.Point(36.6, 35.9)], crs=4326)
    pyogrio.write_dataframe(gdf, path, layer="places", driver="GPKG")


def make_random(path: Path) -> None:
    path.write_bytes(np.random.default_rng(1).bytes(8192))


def make_csv(path: Path) -> None:
    path.write_bytes(SEED_BYTES)


@pytest.mark.parametrize(("make", "message"), [
    (make_sqlite, "is an SQLite database but not a briefing-map store"),
    (make_geopackage, "is a GeoPackage but not a briefing-map store"),
    (make_random, "cannot be used as the store"),
    (make_csv, "cannot be used as the store"),
])
def test_a_file_that_is_not_a_store_is_refused_and_left_alone(tmp_path, make, message):
    path = tmp_path / "other.gpkg"
    make(path)
    digest = file_digest(path)
    with pytest.raises(StoreError, match=message) as caught:
        open_store(path)
    assert str(path) in str(caught.value)
    assert file_digest(path) == digest, "opening a foreign file changed it"


def test_a_store_with_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "store.gpkg"
    ensure_seed(open_store(path))
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE briefmap_meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),))
    con.close()
    digest = file_digest(path)
    with pytest.raises(StoreError, match=rf"newer version of this app \(schema {SCHEMA_VERSION + 1}, "
                                         rf"this app knows up to {SCHEMA_VERSION}\)"):
        open_store(path)
    assert file_digest(path) == digest


def test_places_that_cannot_be_a_store_are_refused(tmp_path):
    with pytest.raises(StoreError, match="is a directory"):
        open_store(tmp_path)
    (tmp_path / "plain.txt").write_text("x")
    with pytest.raises(StoreError, match="cannot create the store"):
        open_store(tmp_path / "plain.txt" / "store.gpkg")
    with pytest.raises(StoreError, match="unsupported store address scheme 'mysql'") as caught:
        open_store("mysql://briefer:s3cret@db.example/briefmap")
    assert "s3cret" not in str(caught.value), "the error message shows a password"


def test_an_empty_file_becomes_a_store(tmp_path):
    path = tmp_path / "new" / "store.gpkg"
    path.parent.mkdir()
    path.touch()
    made = open_store(path)
    assert ensure_seed(made).imported == SEED_ROWS
    assert sql(path, "PRAGMA application_id") == [(GPKG_APPLICATION_ID,)]


# failures inside a write --------------------------------------------------------------------------
def test_a_database_error_half_way_through_the_inserts_changes_nothing(store, monkeypatch):
    path = gpkg_path(store)
    ensure_seed(store)
    store.write(shapes_batch(), imported_by=BY)
    before, before_triggers = snapshot(store), triggers(path)
    real = gpkg_module._event_values

    def last_row_broken(events, dataset, now):
        values = real(events, dataset, now)
        values[-1] = (values[-1][0], None, *values[-1][2:])  # event_id_cnty NOT NULL: fails on the last insert
        return values

    monkeypatch.setattr(gpkg_module, "_event_values", last_row_broken)
    with pytest.raises(StoreError, match="could not be written; nothing was changed"):
        store.write(acled_batch(SEED_BYTES, dataset="other"), imported_by=BY)
    assert_unchanged(before, snapshot(store))
    assert triggers(path) == before_triggers, "a failed write left the spatial-index triggers dropped"
    assert_rtree_matches_events(path)
    monkeypatch.undo()
    assert store.write(acled_batch(SEED_BYTES, dataset="other"), imported_by=BY).imported == SEED_ROWS
    assert_rtree_matches_events(path)


def test_a_database_error_while_logging_changes_nothing(store, monkeypatch):
    path = gpkg_path(store)
    ensure_seed(store)
    before, before_triggers = snapshot(store), triggers(path)

    def broken_log(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(gpkg_module, "_log_import", broken_log)
    with pytest.raises(StoreError, match=r"could not be written; nothing was changed \(disk I/O error\)"):
        store.write(acled_batch(revised_frame()), imported_by=BY)
    assert_unchanged(before, snapshot(store))
    assert triggers(path) == before_triggers
    assert integrity(path) == [("ok",)]


# two processes ------------------------------------------------------------------------------------
def summary(stdout: str) -> str:
    lines = stdout.strip().splitlines()
    return lines[-1] if lines else ""


def test_two_processes_importing_at_once_both_succeed(tmp_path):
    db = tmp_path / "store.gpkg"  # not there yet: both processes also race to create it
    n = 20_000
    files = {}
    for name, seed in (("alpha", 1), ("bravo", 2)):
        files[name] = tmp_path / f"{name}.csv"
        files[name].write_bytes(events_csv(synthetic_events(n, seed=seed)))
    procs = {name: subprocess.Popen(cli_command(db, "import", path, "--dataset", name), cwd=tmp_path,
                                    env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name, path in files.items()}
    results = {name: p.communicate(timeout=300) for name, p in procs.items()}
    for name, (out, err) in results.items():
        code = procs[name].returncode
        assert code == 0, f"import of {name} failed (exit {code}): {err.strip()}"
        assert summary(out) == f"imported={n} updated=0 unchanged=0 rejected=0 dataset={name}", out

    assert integrity(db) == [("ok",)]
    made = open_store(db)
    assert {d.id: d.rows for d in made.datasets()} == {"alpha": n, "bravo": n, SEED_ID: SEED_ROWS}
    assert len(made.map_table()) == 2 * n + SEED_ROWS
    assert sql(db, 'SELECT count(*) FROM "rtree_events_geom"') == [(2 * n + SEED_ROWS,)]
    log = made.imports()
    assert sorted((e.dataset, e.imported) for e in log if e.dataset != SEED_ID) == [("alpha", n), ("bravo", n)]
    assert sum(e.imported for e in log if e.dataset == SEED_ID) == SEED_ROWS, "the seed was imported twice"


# a killed import ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def big_csv(tmp_path_factory) -> Path:
    """About 200,000 synthetic events: an import whose write takes seconds."""
    path = tmp_path_factory.mktemp("big") / "synthetic-200k.csv"
    path.write_bytes(events_csv(synthetic_events(200_000, seed=11)))
    return path


def write_locked(db: Path) -> bool:
    """True while another connection holds the store's write lock (an import is writing)."""
    con = sqlite3.connect(db, timeout=0, isolation_level=None)
    try:
        con.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return True
        raise
    else:
        con.execute("ROLLBACK")
        return False
    finally:
        con.close()


def wal_size(db: Path) -> int:
    try:
        return os.path.getsize(str(db) + "-wal")
    except FileNotFoundError:
        return 0


def first_rows(csv: Path, rows: int, out: Path) -> Path:
    with csv.open("rb") as f:
        out.write_bytes(b"".join(f.readline() for _ in range(rows + 1)))
    return out


@pytest.mark.parametrize(("moment", "rows"), [("writing", 200_000), ("committing", 60_000)])
def test_an_import_killed_mid_write_leaves_the_store_readable(tmp_path, big_csv, moment, rows):
    """kill -9 of ``python -m store import`` while it writes: the store opens, with the events it
    had before (or, killed while committing, exactly before plus the whole file: never a part)."""
    db = tmp_path / "store.gpkg"
    source = big_csv if rows == 200_000 else first_rows(big_csv, rows, tmp_path / "part.csv")
    made = open_store(db)
    ensure_seed(made)
    made.write(shapes_batch(), imported_by=BY)
    before, before_triggers = snapshot(made), triggers(db)
    assert wal_size(db) == 0, "the store's WAL should be empty once every connection is closed"
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    with out.open("w") as out_f, err.open("w") as err_f:
        proc = subprocess.Popen(cli_command(db, "import", source, "--dataset", "big"), cwd=tmp_path,
                                env=cli_env(), stdout=out_f, stderr=err_f)
    try:
        # "writing": the write transaction holds the lock for seconds; "committing": the WAL fills
        # only when the transaction commits (the page cache holds the rows until then)
        in_phase = (lambda: write_locked(db)) if moment == "writing" else (lambda: wal_size(db) > 0)
        deadline = time.monotonic() + 240
        while not in_phase():
            if proc.poll() is not None:
                pytest.fail(f"the import ended (exit {proc.returncode}) before it was seen {moment}: "
                            f"{err.read_text().strip()} {out.read_text().strip()}")
            if time.monotonic() > deadline:
                pytest.fail(f"the import was never seen {moment}")
            time.sleep(0.002 if moment == "committing" else 0.02)
        if moment == "writing":
            time.sleep(0.3)  # well inside the transaction, among the inserts
        if proc.poll() is not None:
            pytest.fail(f"the import finished (exit {proc.returncode}) before it could be killed")
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL

    assert integrity(db) == [("ok",)], "the killed import corrupted the store"
    reopened = open_store(db)
    after = snapshot(reopened)
    big = reopened.dataset("big")
    if moment == "writing" or big is None:
        assert_unchanged(before, after)
    else:  # the commit record was written just before the kill: all of the file, or nothing
        assert big.rows == rows and len(reopened.dataset_records("big")) == rows
        assert [d for d in after["datasets"] if d["id"] != "big"] == before["datasets"]
    assert triggers(db) == before_triggers, "the killed import left the spatial-index triggers dropped"
    assert_rtree_matches_events(db)
    assert_map_matches_records(reopened)
    # and the store takes the next import
    assert reopened.write(acled_batch(SEED_BYTES, dataset="after"), imported_by=BY).imported == SEED_ROWS
    assert_rtree_matches_events(db)
    shutil.rmtree(tmp_path, ignore_errors=True)  # 200k-event stores are large


def test_the_layer_extent_in_gpkg_contents_follows_added_updated_and_removed_events(store):
    path = gpkg_path(store)
    ensure_seed(store)

    def extent_matches_the_index():
        (stored,) = sql(path, "SELECT min_x, max_x, min_y, max_y FROM gpkg_contents WHERE table_name = 'events'")
        (index,) = sql(path, 'SELECT min(minx), max(maxx), min(miny), max(maxy) FROM "rtree_events_geom"')
        assert stored == pytest.approx(index, abs=FLOAT32_SLACK), (stored, index)

    extent_matches_the_index()
    far = seed_frame().head(2).assign(latitude="36.9", longitude="38.5")
    store.write(acled_batch(far, dataset="far"), imported_by=BY)  # only adds: the extent grows
    extent_matches_the_index()
    store.remove("far")  # the far points go: the extent shrinks back
    extent_matches_the_index()
