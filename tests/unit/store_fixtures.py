"""The ``store`` fixture and helpers shared by the event-store tests.

``store`` is a new, empty store per test, parametrised over the backends: every
test runs against a GeoPackage file and against a new PostGIS database on the
session's throwaway cluster (skipped with the reason where PostgreSQL is not
installed, never in CI).
"""

from __future__ import annotations

import io
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from importers.base import ImportBatch, ImportOptions, InputFile
from importers.registry import run_import
from loaders.events import ACLED_COLUMNS, day_numbers
from loaders.paths import EVENTS_CSV
from store import EventStore
from store.mapcache import TEXT

ROOT = Path(__file__).resolve().parents[2]
#: Backends the ``store`` fixture runs every test against.
BACKENDS = ("gpkg", "postgis")
SEED_BYTES = EVENTS_CSV.read_bytes()
SEED_ROWS = 12

KML_SHAPES = b"""<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Front lines</name>
<Placemark><name>M4 front</name><description>Line of contact along the M4</description>
  <TimeSpan><begin>2020-09-01</begin><end>2020-10-31</end></TimeSpan>
  <LineString><coordinates>36.30,35.80 36.50,35.85 36.70,35.90</coordinates></LineString></Placemark>
<Placemark><name>Zawiya pocket</name>
  <Polygon><outerBoundaryIs><LinearRing>
    <coordinates>36.10,35.60 36.40,35.60 36.40,35.90 36.10,35.90 36.10,35.60</coordinates>
  </LinearRing></outerBoundaryIs></Polygon></Placemark>
</Document></kml>
"""


def backend_location(backend: str, tmp_path: Path, request) -> str:
    """Where a new, empty store of ``backend`` lives: a file, or a new database's URL."""
    if backend == "gpkg":
        return str(tmp_path / "store.gpkg")
    if backend == "postgis":
        return request.getfixturevalue("pg_cluster").new_database()
    raise AssertionError(f"no test setup for backend {backend!r}")


# files and batches -------------------------------------------------------------------------------
def seed_frame() -> pd.DataFrame:
    """geodata/events.csv as text, exactly as written (the base of every ACLED test file)."""
    return pd.read_csv(io.BytesIO(SEED_BYTES), dtype=str, keep_default_na=False)


def csv_bytes(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False).encode("utf-8")


def acled_batch(data: bytes | pd.DataFrame, dataset: str = "acled", name: str = "acled.csv",
                **options) -> ImportBatch:
    """An ACLED import batch of ``data`` for ``dataset`` (nothing is written)."""
    if isinstance(data, pd.DataFrame):
        data = csv_bytes(data)
    return run_import(InputFile(name, data), ImportOptions(format="acled", dataset=dataset, **options))


def revised_frame() -> pd.DataFrame:
    """The seed file as a newer export: two events revised (SYR-BM-0001's fatalities, SYR-BM-0004
    moved), SYR-BM-0011 and SYR-BM-0012 no longer in it, and one new event SYR-BM-0099."""
    frame = seed_frame()
    frame.loc[frame["event_id_cnty"] == "SYR-BM-0001", "fatalities"] = "7"
    moved = frame["event_id_cnty"] == "SYR-BM-0004"
    frame.loc[moved, "latitude"] = "35.81234"
    frame.loc[moved, "longitude"] = "36.45678"
    frame = frame[~frame["event_id_cnty"].isin(["SYR-BM-0011", "SYR-BM-0012"])]
    new = frame.iloc[[0]].copy()
    new["event_id_cnty"] = "SYR-BM-0099"
    new["event_date"] = "2020-10-30"
    new["latitude"], new["longitude"] = "35.95", "36.05"
    return pd.concat([frame, new], ignore_index=True)


# what a store holds ------------------------------------------------------------------------------
def snapshot(store: EventStore) -> dict:
    """Everything a briefer can see of a store, to compare before and after an operation."""
    records = store.dataset_records()
    overlays = store.overlays()
    return {
        "generation": store.generation(),
        "datasets": [d.as_dict() for d in store.datasets()],
        "imports": [log.id for log in store.imports()],
        "records": records.to_csv().encode("utf-8"),
        "overlays": overlays.drop(columns="geometry").to_csv().encode("utf-8")
        + overlays.geometry.to_wkt().to_csv().encode("utf-8"),
    }


def assert_unchanged(before: dict, after: dict) -> None:
    for key in before:
        assert after[key] == before[key], f"the store's {key} changed although nothing should have"


def assert_map_matches_records(store: EventStore) -> pd.DataFrame:
    """map_table() holds exactly the stored events (same fids, days, coordinates, codes, text)."""
    table = store.map_table()
    records = store.dataset_records()
    assert table.index.name == "fid"
    assert table.index.tolist() == records.index.tolist(), "map_table has other events than the records"
    days = day_numbers(pd.to_datetime(records["event_date"], format="%Y-%m-%d"))
    np.testing.assert_array_equal(table["day"].to_numpy(), days.to_numpy(), err_msg="day numbers differ")
    assert table["day"].dtype == np.int32
    for col in ("latitude", "longitude", "geo_precision", "time_precision", "fatalities"):
        np.testing.assert_array_equal(table[col].to_numpy(), records[col].to_numpy(), err_msg=f"{col} differs")
    for col in TEXT:
        assert isinstance(table[col].dtype, pd.CategoricalDtype), f"map column {col} is not categorical"
        assert table[col].astype(str).tolist() == records[col].astype(str).tolist(), f"{col} differs"
    return table


def same_acled_values(a: pd.DataFrame, b: pd.DataFrame) -> list[str]:
    """The ACLED columns whose values differ between two record tables (compared as text, in order)."""
    a, b = a.reset_index(drop=True), b.reset_index(drop=True)
    return [c for c in ACLED_COLUMNS if a[c].astype(str).tolist() != b[c].astype(str).tolist()]


# GeoPackage file level ---------------------------------------------------------------------------
def gpkg_path(store: EventStore) -> Path:
    if store.backend != "gpkg":
        pytest.skip("GeoPackage file checks")
    return Path(store.location)


def sql(path: Path, query: str, params=()) -> list[tuple]:
    """One query on its own connection (closed at once: never hold the file open next to the store)."""
    con = sqlite3.connect(path)
    try:
        return con.execute(query, params).fetchall()
    finally:
        con.close()


# the command line in a child process -------------------------------------------------------------
def cli_env() -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("BRIEFMAP_DB", "BRIEFMAP_EVENTS")}
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["PYTHONWARNINGS"] = "ignore"
    return env


def cli_command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "store", "--db", str(db), *map(str, args)]


def run_cli(db: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    """``python -m store --db DB ARGS`` in a child process."""
    return subprocess.run(cli_command(db, *args), cwd=cwd, env=cli_env(), capture_output=True, text=True,
                          timeout=300)


def shapes_batch(dataset: str = "shapes") -> ImportBatch:
    """The KML line and polygon as an import batch for ``dataset`` (nothing is written)."""
    return run_import(InputFile("front.kml", KML_SHAPES), ImportOptions(format="vector", dataset=dataset))
