"""Benchmark the event store on each backend, side by side: import, re-import, adding rows, reading,
a filter query, the app's cold start and its memory.

    python bench/store.py --n 1000000
    python bench/store.py --n 100000 --backends gpkg --skip-browser

With N synthetic ACLED rows (seeded, every row tagged and sourced as SYNTHETIC,
never shown as real) written to a CSV, it measures, on a new GeoPackage file and
on a new database of a throwaway PostgreSQL + PostGIS cluster
(``tools/pg_cluster.py``, Debian's postgresql-15-postgis-3):

- ``python -m store import`` of the whole file, as a user runs it (wall time,
  Python start-up included), and the same file again (all unchanged);
- adding 1,000 new rows to the N-row store: the store's write alone, and the
  whole command;
- reading the map columns of every event, as a new app process does;
- a filter query in the database (events of one type in a 20-day window, counted
  with SQL) and the same selection on the app's in-memory table;
- the app's cold start on that store: a new ``streamlit run`` process, then
  Chromium from navigation to the events painted (the first visit reads the
  store); a later visit (warm); and the server's resident memory.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from bench.synthetic import synthetic_events  # noqa: E402
from filters.events import EventFilter, select_events  # noqa: E402
from importers.base import InputFile  # noqa: E402
from importers.registry import run_import  # noqa: E402
from snapshots import exports  # noqa: E402
from store import open_store  # noqa: E402

FILTER_SQL = "SELECT count(*) FROM events WHERE event_date BETWEEN {p} AND {p} AND event_type = {p}"
FILTER = ("2020-10-01", "2020-10-20", "Battles")


def synthetic_csv(n: int, path: Path, *, id_prefix: str = "SYNTHETIC-", seed: int = 2020) -> None:
    """N synthetic ACLED rows with notes of realistic length (ACLED's run to a few hundred characters)."""
    df = synthetic_events(n, seed=seed)
    df["event_id_cnty"] = [f"{id_prefix}{i:07d}" for i in range(n)]
    rng = np.random.default_rng(seed)
    places = rng.integers(0, 500, size=n)
    df["notes"] = [f"SYNTHETIC event {i} generated for benchmarks; not a real event. Reported near synthetic place "
                   f"{p}; outlets disagree on the count. Location approximate." for i, p in zip(range(n), places)]
    path.write_bytes(exports.events_csv(df))


def run_cli(db: str, *args: str) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "store", "--db", db, *args], cwd=ROOT, capture_output=True,
                         text=True, check=False)
    took = time.perf_counter() - start
    if out.returncode != 0:
        raise SystemExit(f"python -m store {args[0]} failed: {out.stderr.strip()}")
    return took, out.stdout.strip().splitlines()[-1]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def app_paint(db: str) -> tuple[float, float, float]:
    """(cold first paint, warm paint, server RSS MB) for the app on ``db``."""
    from playwright.sync_api import sync_playwright

    from bench.events_browser import app_paints
    from snapshots.render import CHROMIUM, CHROMIUM_ARGS
    from tests.browser.conftest import start_streamlit

    proc, url = start_streamlit({"BRIEFMAP_DB": db, "BRIEFMAP_EVENTS": ""})
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
            times = app_paints(browser, url)
            browser.close()
        return times[0], statistics.median(times[1:]), rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def sql_filter(db: str) -> float:
    """Median seconds of the filter query, counted in the database itself."""
    times = []
    if "://" in db:
        import psycopg

        with psycopg.connect(db) as con:
            for _ in range(7):
                start = time.perf_counter()
                con.execute(FILTER_SQL.format(p="%s"), FILTER).fetchone()
                times.append(time.perf_counter() - start)
    else:
        con = sqlite3.connect(db)
        for _ in range(7):
            start = time.perf_counter()
            con.execute(FILTER_SQL.format(p="?"), FILTER).fetchone()
            times.append(time.perf_counter() - start)
        con.close()
    return statistics.median(times)


def measure(db: str, csv: Path, more: Path, other: Path, browser: bool) -> dict[str, str]:
    out = {}
    took, line = run_cli(db, "import", str(csv))
    out["import the file (python -m store import)"] = f"{took:.1f} s"
    print(f"  {line}", flush=True)
    took, _ = run_cli(db, "import", str(csv))
    out["the same file again (all unchanged)"] = f"{took:.1f} s"
    took, _ = run_cli(db, "import", str(more))
    out["add 1,000 rows: the whole command"] = f"{took:.2f} s"
    store = open_store(db)
    batch = run_import(InputFile.from_path(other))
    start = time.perf_counter()
    store.write(batch, imported_by="bench")
    out["add 1,000 rows: the store's write"] = f"{time.perf_counter() - start:.2f} s"
    start = time.perf_counter()
    table = store.map_table()
    out["map columns of every event (a new process)"] = f"{time.perf_counter() - start:.2f} s"
    out["filter query in the database (SQL count)"] = f"{sql_filter(db) * 1000:.1f} ms"
    flt = EventFilter(start=pd.Timestamp(FILTER[0]).date(), end=pd.Timestamp(FILTER[1]).date(),
                      event_types=(FILTER[2],))
    times = []
    for _ in range(7):
        start = time.perf_counter()
        select_events(table, flt)
        times.append(time.perf_counter() - start)
    out["the same selection in the app's table"] = f"{statistics.median(times) * 1000:.1f} ms"
    store.close()
    if browser:
        cold, warm, rss = app_paint(db)
        out["app first paint, new server process (cold)"] = f"{cold:.2f} s"
        out["app first paint, later visits (warm)"] = f"{warm:.2f} s"
        out["app server memory, map painted"] = f"{rss:,.0f} MB"
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=1_000_000)
    p.add_argument("--backends", default="gpkg,postgis", help="comma-separated: gpkg, postgis")
    p.add_argument("--skip-browser", action="store_true", help="skip the app's cold start and memory")
    args = p.parse_args(argv)
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    results: dict[str, dict[str, str]] = {}
    cluster = None
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        csv, more, other = tmp / "acled-synthetic.csv", tmp / "acled-1000-more.csv", tmp / "acled-1000-other.csv"
        synthetic_csv(args.n, csv)
        synthetic_csv(1000, more, id_prefix="SYNTHETIC-MORE-", seed=7)
        synthetic_csv(1000, other, id_prefix="SYNTHETIC-OTHER-", seed=9)
        print(f"file: {args.n:,} rows, {csv.stat().st_size / 1e6:,.0f} MB", flush=True)
        try:
            for backend in backends:
                if backend == "postgis":
                    from tools.pg_cluster import Cluster

                    cluster = Cluster().start()
                    db = cluster.new_database()
                else:
                    db = str(tmp / "store.gpkg")
                print(f"{backend}…", flush=True)
                results[backend] = measure(db, csv, more, other, not args.skip_browser)
                if backend == "gpkg":
                    results[backend]["store on disk"] = \
                        f"{sum(f.stat().st_size for f in tmp.glob('store.gpkg*')) / 1e6:,.0f} MB"
                else:
                    size = cluster.psql(db.rsplit("/", 1)[1], "SELECT pg_database_size(current_database())")
                    results[backend]["store on disk"] = f"{int(size.strip()) / 1e6:,.0f} MB"
        finally:
            if cluster is not None:
                cluster.stop()
    keys = list(next(iter(results.values())))
    print(f"\n| {args.n:,} events | " + " | ".join(results) + " |")
    print("|---|" + "---|" * len(results))
    for k in keys:
        print(f"| {k} | " + " | ".join(results[b].get(k, "") for b in results) + " |")
    if {"gpkg", "postgis"} <= set(results):
        ratio = float(results["postgis"]["import the file (python -m store import)"].split()[0]) / \
            float(results["gpkg"]["import the file (python -m store import)"].split()[0])
        print(f"\nPostGIS import time / GeoPackage import time: {ratio:.2f}× (target ≤ 1.5×)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
