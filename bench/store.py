"""Benchmark the event store: import, re-import, adding rows, cold start of the app, memory.

    python bench/store.py --n 1000000
    python bench/store.py --n 100000 --skip-browser

With N synthetic ACLED rows (seeded, every row tagged and sourced as SYNTHETIC,
never shown as real) written to a CSV, it measures, on a fresh GeoPackage store:

- ``python -m store import`` of the whole file, as a user runs it (wall time,
  Python start-up included), and the same file imported again (all unchanged);
- adding 1,000 new rows to the N-row store: the store's write alone, and the
  whole command;
- the app's cold start on that store: a new ``streamlit run`` process, then
  Chromium from navigation to the events painted on the map (the first visit
  reads the store); and a second visit (warm);
- the app server's resident memory once the map is painted;
- selecting events on the N-row table (a date window and a type), as each rerun does.
"""

from __future__ import annotations

import argparse
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


def synthetic_csv(n: int, path: Path, *, id_prefix: str = "SYNTHETIC-", seed: int = 2020) -> None:
    """N synthetic ACLED rows with notes of realistic length (ACLED's run to a few hundred characters)."""
    df = synthetic_events(n, seed=seed)
    df["event_id_cnty"] = [f"{id_prefix}{i:07d}" for i in range(n)]
    rng = np.random.default_rng(seed)
    places = rng.integers(0, 500, size=n)
    df["notes"] = [f"SYNTHETIC event {i} generated for benchmarks; not a real event. Reported near synthetic place "
                   f"{p}; outlets disagree on the count. Location approximate." for i, p in zip(range(n), places)]
    path.write_bytes(exports.events_csv(df))


def run_cli(db: Path, *args: str) -> tuple[float, str]:
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "store", "--db", str(db), *args], cwd=ROOT, capture_output=True,
                         text=True, check=False)
    took = time.perf_counter() - start
    if out.returncode != 0:
        raise SystemExit(f"python -m store {' '.join(args)} failed: {out.stderr.strip()}")
    return took, out.stdout.strip().splitlines()[-1]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def app_paint(db: Path) -> tuple[float, float, float]:
    """(cold first paint, warm paint, server RSS MB) for the app on ``db``."""
    from playwright.sync_api import sync_playwright

    from bench.events_browser import app_paints
    from snapshots.render import CHROMIUM, CHROMIUM_ARGS
    from tests.browser.conftest import start_streamlit

    proc, url = start_streamlit({"BRIEFMAP_DB": str(db), "BRIEFMAP_EVENTS": ""})
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
            times = app_paints(browser, url)
            browser.close()
        return times[0], statistics.median(times[1:]), rss_mb(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=1_000_000)
    p.add_argument("--skip-browser", action="store_true", help="skip the app's cold start and memory")
    args = p.parse_args(argv)
    n = args.n
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        csv, extra, db = tmp / "acled-synthetic.csv", tmp / "acled-1000-more.csv", tmp / "store.gpkg"
        synthetic_csv(n, csv)
        synthetic_csv(1000, extra, id_prefix="SYNTHETIC-MORE-", seed=7)
        print(f"file: {n:,} rows, {csv.stat().st_size / 1e6:,.0f} MB")

        took, line = run_cli(db, "import", str(csv))
        print(f"import {n:,} rows (python -m store import): {took:.1f} s  [{line}]")
        took, line = run_cli(db, "import", str(csv))
        print(f"same file again (all unchanged): {took:.1f} s  [{line}]")
        took, line = run_cli(db, "import", str(extra))
        print(f"add 1,000 rows to the {n:,}-row dataset (python -m store import): {took:.2f} s  [{line}]")
        store = open_store(db)
        more = tmp / "acled-1000-other.csv"
        synthetic_csv(1000, more, id_prefix="SYNTHETIC-OTHER-", seed=9)
        batch = run_import(InputFile.from_path(more))
        start = time.perf_counter()
        report = store.write(batch, imported_by="bench")
        print(f"add 1,000 rows to a {n + 1000:,}-row store, the store's write alone: "
              f"{time.perf_counter() - start:.2f} s  [{report.summary_line()}]")

        start = time.perf_counter()
        table = store.map_table()
        print(f"map table of {len(table):,} events from the store (new process would do this): "
              f"{time.perf_counter() - start:.2f} s, {table.memory_usage(deep=True).sum() / 1e6:,.0f} MB")
        first = pd.Timestamp("2020-10-01").date()
        flt = EventFilter(start=first, end=pd.Timestamp("2020-10-20").date(), event_types=("Battles",))
        times = []
        for _ in range(7):
            start = time.perf_counter()
            sel = select_events(table, flt)
            times.append(time.perf_counter() - start)
        print(f"select a date window and a type on {len(table):,} events: {statistics.median(times) * 1000:.1f} ms "
              f"({len(sel):,} selected)")
        print(f"store file: {sum(f.stat().st_size for f in tmp.glob('store.gpkg*')) / 1e6:,.0f} MB")
        if not args.skip_browser:
            cold, warm, rss = app_paint(db)
            print(f"app on the {len(table):,}-event store: first paint {cold:.2f} s cold (new server process), "
                  f"{warm:.2f} s warm; server memory {rss:,.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
