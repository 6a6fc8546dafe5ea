"""The PostGIS backend as a database administrator and a team see it: schema, indexes, migrations,
concurrent and killed imports, an outage, credentials, hostile text, outside edits, and copying whole
stores between backends. The behaviour both backends share is in test_store.py (run on both)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import psycopg
import pytest

import store.postgis_schema as schema
from bench.synthetic import synthetic_events
from snapshots.exports import events_csv
from store import StoreError, open_store
from store.cli import main
from store.postgis import redact
from store.seed import ensure_seed
from tests.unit.store_fixtures import (
    SEED_ROWS,
    acled_batch,
    assert_map_matches_records,
    assert_unchanged,
    cli_env,
    seed_frame,
    shapes_batch,
    snapshot,
)
from tools.pg_cluster import APP_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
BY = "tester"


@pytest.fixture
def url(pg_cluster) -> str:
    return pg_cluster.new_database()


@pytest.fixture
def pg(url):
    made = open_store(url)
    yield made
    made.close()


def query(url: str, sql: str, params=()):
    with psycopg.connect(url, autocommit=True) as con:
        cur = con.execute(sql, params)
        return cur.fetchall() if cur.description else cur.rowcount


def test_events_have_a_point_geometry_a_gist_index_a_date_index_and_a_unique_id(pg, url):
    ensure_seed(pg)
    assert query(url, "SELECT type, srid FROM geometry_columns WHERE f_table_name = 'events'") == [("POINT", 4326)]
    indexes = dict(query(url, "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'events'"))
    assert "USING gist (geom)" in indexes["events_geom"]
    assert "(event_date)" in indexes["events_event_date"]
    assert indexes["events_dataset_source_id"].startswith("CREATE UNIQUE INDEX") and \
        "(dataset, source_id)" in indexes["events_dataset_source_id"]
    # the index answers a bounding-box query, and the geometry agrees with the coordinates
    near_jisr = query(url, "SELECT count(*) FROM events WHERE geom && ST_MakeEnvelope(36.2, 35.7, 36.4, 35.9, 4326)")
    assert near_jisr[0][0] >= 2
    assert query(url, "SELECT count(*) FROM events WHERE ST_X(geom) <> longitude OR ST_Y(geom) <> latitude") == [(0,)]


def test_the_schema_version_is_recorded(pg, url):
    assert query(url, "SELECT version, description FROM briefmap_schema ORDER BY version") == [
        (n, what) for n, what, _sql in schema.MIGRATIONS]


def test_an_older_database_is_upgraded_not_dropped(pg, url, monkeypatch):
    ensure_seed(pg)
    before = snapshot(pg)
    newer = (*schema.MIGRATIONS, (schema.SCHEMA_VERSION + 1, "a test migration: an index on the dataset",
                                  "CREATE INDEX events_dataset_test ON events (dataset);"))
    monkeypatch.setattr("store.postgis.MIGRATIONS", newer)
    monkeypatch.setattr("store.postgis.SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    upgraded = open_store(url)
    assert query(url, "SELECT max(version) FROM briefmap_schema") == [(schema.SCHEMA_VERSION + 1,)]
    assert query(url, "SELECT count(*) FROM pg_indexes WHERE indexname = 'events_dataset_test'") == [(1,)]
    assert_unchanged({k: v for k, v in before.items() if k != "generation"},
                     {k: v for k, v in snapshot(upgraded).items() if k != "generation"})


def test_a_database_from_a_newer_app_or_someone_elses_tables_is_refused(url, pg_cluster):
    open_store(url)
    query(url, "INSERT INTO briefmap_schema (version, description) VALUES (99, 'from the future')")
    with pytest.raises(StoreError, match="newer version of this app"):
        open_store(url)
    other = pg_cluster.new_database()
    query(other, "CREATE TABLE events (id integer)")
    with pytest.raises(StoreError, match="already has tables named events"):
        open_store(other)


def test_edits_made_in_the_database_bump_the_generation_and_show(pg, url):
    ensure_seed(pg)
    gen = pg.generation()
    assert len(pg.map_table()) == SEED_ROWS
    query(url, "UPDATE events SET geom = ST_SetSRID(ST_MakePoint(36.5, 35.5), 4326) WHERE event_id_cnty = %s",
          ("SYR-BM-0001",))
    assert pg.generation() > gen
    moved = pg.map_table()
    row = moved[moved.index == pg.dataset_records("seed").index[0]]
    assert (row["longitude"].iloc[0], row["latitude"].iloc[0]) == (36.5, 35.5)  # the coordinates followed
    query(url, "DELETE FROM events WHERE event_id_cnty = %s", ("SYR-BM-0002",))
    assert len(pg.map_table()) == SEED_ROWS - 1
    assert_map_matches_records(pg)


def test_hostile_text_is_stored_as_text(pg, url):
    frame = seed_frame().head(2)
    frame["event_id_cnty"] = ["x'); DROP TABLE events; --", 'quote " and \\ back\\slash']
    frame["notes"] = ["'; DELETE FROM datasets; --", "$$ dollar $$ E'\\x00'"]
    report = pg.write(acled_batch(frame, dataset="hostile"), imported_by="robert'); DROP TABLE imports; --")
    assert report.imported == 2
    records = pg.dataset_records("hostile")
    assert records["source_id"].tolist() == frame["event_id_cnty"].tolist()
    assert records["notes"].tolist() == frame["notes"].tolist()
    assert query(url, "SELECT count(*) FROM imports") == [(1,)]
    assert pg.imports()[0].imported_by == "robert'); DROP TABLE imports; --"


def test_credentials_never_show(url, pg_cluster, capsys):
    assert APP_PASSWORD in url
    made = open_store(url)
    assert APP_PASSWORD not in made.location and made.location == redact(url)
    wrong = pg_cluster.url(url.rsplit("/", 1)[1], password="Wrong-Pw-123")
    with pytest.raises(StoreError) as caught:
        open_store(wrong)
    assert "Wrong-Pw-123" not in str(caught.value) and "password authentication failed" in str(caught.value)
    assert main(["--db", wrong, "datasets"]) == 2
    out, err = capsys.readouterr()
    assert "Wrong-Pw-123" not in out + err and err.startswith("error: ")
    assert redact("postgresql://u:p%40ss@h:5/db") == "postgresql://u@h:5/db"


def test_an_outage_gives_a_message_and_the_store_recovers(pg, pg_cluster, caplog):
    caplog.set_level("DEBUG")
    ensure_seed(pg)
    pg_cluster.stop_server()
    try:
        started = time.monotonic()
        with pytest.raises(StoreError, match="not reachable") as caught:
            pg.generation()
        assert time.monotonic() - started < 30
        assert APP_PASSWORD not in str(caught.value)
    finally:
        pg_cluster.start_server()
    assert [d.id for d in pg.datasets()] == ["seed"]  # the same store object, connections renewed
    assert "connection" in caplog.text.lower()  # the pool logged its failed attempts…
    assert APP_PASSWORD not in caplog.text  # …without the password


def _import_process(url: str, path: Path, dataset: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "store", "--db", url, "import", str(path), "--dataset", dataset],
                            cwd=path.parent, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def test_two_imports_at_once_both_land(pg, url, tmp_path):
    ensure_seed(pg)
    paths = []
    for name in ("one", "two"):
        frame = seed_frame()
        frame["event_id_cnty"] = f"TEST-{name}-" + frame["event_id_cnty"]
        path = tmp_path / f"{name}.csv"
        frame.to_csv(path, index=False)
        paths.append(path)
    procs = [_import_process(url, p, p.stem) for p in paths]
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert out.strip().splitlines()[-1].startswith(f"imported={SEED_ROWS} ")
    counts = pg.counts()
    assert counts["events in one"] == counts["events in two"] == SEED_ROWS
    assert_map_matches_records(pg)


def test_an_import_killed_halfway_leaves_the_database_as_it_was(pg, url, tmp_path):
    ensure_seed(pg)
    before = snapshot(pg)
    big = tmp_path / "big.csv"
    big.write_bytes(events_csv(synthetic_events(150_000)))
    proc = _import_process(url, big, "big")
    deadline = time.monotonic() + 240
    copying = False
    while time.monotonic() < deadline and proc.poll() is None:  # kill it while its rows go into the database
        rows = query(url, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'briefing map' "
                          "AND state = 'active' AND query LIKE 'COPY staging%%'")
        if rows[0][0]:
            copying = True
            break
        time.sleep(0.05)
    assert copying, "the import never reached the database"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    time.sleep(0.5)  # the server notices the lost client and rolls its transaction back
    assert_unchanged(before, snapshot(pg))
    assert query(url, "SELECT count(*) FROM events WHERE dataset = 'big'") == [(0,)]


def test_a_write_waits_for_another_write(pg, url):
    ensure_seed(pg)
    done = []
    blocker = psycopg.connect(url)
    blocker.execute("UPDATE briefmap_meta SET value = value WHERE key = 'generation'")  # a write under way
    worker = threading.Thread(target=lambda: done.append(pg.write(acled_batch(seed_frame()), imported_by=BY)))
    worker.start()
    time.sleep(1.0)
    assert not done, "the second write did not wait for the first"
    blocker.rollback()
    blocker.close()
    worker.join(timeout=60)
    assert done and done[0].imported == SEED_ROWS


@pytest.mark.parametrize("direction", ["gpkg to postgis", "postgis to gpkg"])
def test_copy_moves_a_whole_store_between_backends(tmp_path, url, capsys, direction):
    gpkg = tmp_path / "store.gpkg"
    source, target = (str(gpkg), url) if direction == "gpkg to postgis" else (url, str(gpkg))
    original = open_store(source)
    ensure_seed(original)
    original.write(shapes_batch(), imported_by=BY)
    frame = seed_frame().head(3)
    frame["event_id_cnty"] = "TEST-" + frame["event_id_cnty"]
    original.write(acled_batch(frame, dataset="extra"), imported_by=BY)
    assert main(["copy", "--from", source, "--to", target]) == 0
    out = capsys.readouterr().out
    assert out.strip().splitlines()[-1] == ("Copied 3 dataset(s), 15 event(s), 2 shape(s), 3 import(s) and "
                                            "3 original file(s); counts checked.")
    copy = open_store(target)
    a, b = snapshot(original), snapshot(copy)
    for key in ("datasets", "records", "overlays"):
        assert a[key] == b[key], f"the copy's {key} differ"
    assert [log.file_sha256 for log in copy.imports()] == [log.file_sha256 for log in original.imports()]
    assert copy.original("seed") == original.original("seed")
    assert copy.rejects_csv(copy.imports()[0].id) == original.rejects_csv(original.imports()[0].id)
    assert_map_matches_records(copy)
    # re-importing the same file into the copy changes nothing: row hashes came across
    assert copy.write(acled_batch(frame, dataset="extra"), imported_by=BY).unchanged == 3
    # and a copy never lands on a store that holds data
    assert main(["copy", "--from", source, "--to", target]) == 2
    assert "already holds data" in capsys.readouterr().err


def test_a_pg_dump_backup_restores_into_a_working_store(pg, url, pg_cluster, tmp_path):
    ensure_seed(pg)
    pg.write(shapes_batch(), imported_by=BY)
    before = snapshot(pg)
    backup = tmp_path / "briefmap.dump"
    pg_cluster.dump(url.rsplit("/", 1)[1], backup)
    restored = open_store(pg_cluster.restore(backup))
    after = snapshot(restored)
    for key in ("datasets", "records", "overlays", "imports"):
        assert after[key] == before[key], f"the restored {key} differ"
    assert_map_matches_records(restored)
    assert restored.write(acled_batch(seed_frame(), dataset="seed"), imported_by=BY).unchanged == SEED_ROWS


def test_the_cli_and_an_app_use_the_secrets_file(tmp_path, url, monkeypatch):
    from store.locate import default_location, secrets_url

    secrets = tmp_path / "secrets.toml"
    secrets.write_text(f'[connections.briefmap]\nurl = "{url}"\n', encoding="utf-8")
    assert secrets_url([tmp_path / "missing.toml", secrets]) == url
    monkeypatch.delenv("BRIEFMAP_DB")
    monkeypatch.setattr("store.locate.SECRETS_FILES", (secrets,))
    assert default_location() == url
    monkeypatch.setenv("BRIEFMAP_DB", str(tmp_path / "x.gpkg"))
    assert default_location() == str(tmp_path / "x.gpkg")  # the environment wins
