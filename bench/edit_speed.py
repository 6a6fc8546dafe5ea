"""Time analysts' edits on a store of N synthetic events, on each backend: add, correct, retract, restore,
a drawn front line, one event's history, the audit CSV, and the map table a reader gets after each edit.

    python bench/edit_speed.py --sizes 100000
    python bench/edit_speed.py --sizes 100000 1000000 --backends gpkg,postgis

For each backend and size it makes a new store (a GeoPackage file, or a new database of a throwaway
PostgreSQL + PostGIS cluster, ``tools/pg_cluster.py``), imports N synthetic ACLED rows with
``python -m store import`` (as ``bench/store.py`` does: every row tagged and sourced as SYNTHETIC), and
reads the map table once, so the map copy exists as in the running app. Then, medians of ``--repeat``:

- ``add_event`` (a synthetic air strike), ``correct_event`` (fatalities changed, the point moved),
  ``retract_event`` and ``restore_event`` of imported events, ``add_overlay`` (a synthetic front line),
  ``changes(target="event", fid=...)`` (one event's history) and ``audit_csv()`` after those edits;
- ``map_table()`` right after each kind of edit, and whether the reader got the copy the edit kept
  (``reused``) or found it stale and rebuilt it from the rows (``rebuilt``); for comparison, a rebuild
  forced by deleting the copy;
- where an edit's time goes: reading the map copy (decompressing it), combining it with the edited row,
  compressing and writing it back, recounting the dataset, the other SQL, and the transaction itself
  (connect, begin, commit). These come from timers wrapped around the store's own functions at run time;
  the code is the store's, unchanged.

``--profile`` also prints cProfile's top functions for one ``correct_event`` per store.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import functools
import io
import pstats
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.store import run_cli, synthetic_csv  # noqa: E402
from bench.synthetic import SOURCE  # noqa: E402
from loaders.events import SYNTHETIC_TAG  # noqa: E402
from store import editing, mapcache, open_store  # noqa: E402

BY = "bench-editor@example.org"
#: A valid analyst's event (tests/unit/test_store_edits.py STRIKE), marked synthetic like every bench row.
STRIKE = dict(event_date="2020-09-20", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
              actor1="Synthetic actor 1", location="Synthetic place 1", latitude=35.6133, longitude=36.5611,
              geo_precision=2, time_precision=1, fatalities=2, source=SOURCE, country="Syria", admin1="Synthetic",
              notes="SYNTHETIC event added by bench/edit_speed.py; not a real event.", tags=SYNTHETIC_TAG)
#: A drawn front line (tests/unit/test_store_edits.py FRONT and LINE), sourced as synthetic.
FRONT = dict(kind="front_line", actor="Synthetic actor 2", valid_from="2020-09-01", valid_to="2020-10-15",
             source=SOURCE, accuracy_m="2000", name="SYNTHETIC line of contact (benchmark)")
LINE = {"type": "LineString", "coordinates": [[36.30, 35.70], [36.45, 35.68], [36.60, 35.66]]}

EDITS = ("add_event", "correct_event", "retract_event", "restore_event", "add_overlay")
#: Parts of an edit, timed by wrapping the store's functions (see :func:`instrumented`).
PARTS = ("read copy", "decompress", "combine", "compress", "write copy", "recount", "validate", "other SQL",
         "transaction")


# timers around the store's own functions --------------------------------------------------------------------
class Timers:
    def __init__(self):
        self.spent: dict[str, float] = defaultdict(float)

    def reset(self) -> None:
        self.spent.clear()

    def wrap(self, owner, name: str, label: str) -> None:
        fn = getattr(owner, name)

        @functools.wraps(fn)
        def timed(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.spent[label] += time.perf_counter() - start

        setattr(owner, name, timed)


def instrumented() -> Timers:
    """Timers around the map copy's read, combine, compression and write, the dataset recount, the
    validation and each edit's body (all module attributes the store looks up at call time)."""
    from store.gpkg import _GpkgEdit

    timers = Timers()
    for name in ("from_bytes", "to_bytes", "combine"):
        timers.wrap(mapcache, name, name)
    edit_classes = [_GpkgEdit]
    try:
        from store.postgis import _PostGISEdit

        edit_classes.append(_PostGISEdit)
    except ImportError:
        pass
    for cls in edit_classes:
        timers.wrap(cls, "map_copy", "map_copy")
        timers.wrap(cls, "put_map_copy", "put_map_copy")
    for name in ("_recount", "validated_event", "validated_overlay"):
        timers.wrap(editing, name, name)
    for name in EDITS:
        timers.wrap(editing, name, "body")
    return timers


def breakdown(spent: dict[str, float], total: float) -> dict[str, float]:
    """An edit's seconds split into :data:`PARTS` (each once: nested timers are subtracted)."""
    s = defaultdict(float, spent)
    read = s["map_copy"]
    write = s["put_map_copy"]
    out = {
        "read copy": read - s["from_bytes"],
        "decompress": s["from_bytes"],
        "combine": s["combine"],
        "compress": s["to_bytes"],
        "write copy": write - s["to_bytes"],
        "recount": s["_recount"],
        "validate": s["validated_event"] + s["validated_overlay"],
    }
    out["other SQL"] = s["body"] - sum(out.values())
    out["transaction"] = total - s["body"]
    return out


# the store seen from outside: is the map copy the store's generation? ------------------------------------
def copy_state(db: str) -> tuple[int | None, int, int]:
    """(the map copy's generation or None, the store's generation, the copy's size in bytes)."""
    sql_gen = "SELECT value FROM briefmap_meta WHERE key = 'generation'"
    if "://" in db:
        import psycopg

        with psycopg.connect(db) as con:
            gen = int(con.execute(sql_gen).fetchone()[0])
            row = con.execute("SELECT generation, octet_length(data) FROM briefmap_cache "
                              "ORDER BY generation DESC LIMIT 1").fetchone()
    else:
        con = sqlite3.connect(db)
        try:
            gen = int(con.execute(sql_gen).fetchone()[0])
            row = con.execute("SELECT generation, length(data) FROM briefmap_cache "
                              "ORDER BY generation DESC LIMIT 1").fetchone()
        finally:
            con.close()
    return (int(row[0]), gen, int(row[1])) if row else (None, gen, 0)


def drop_copy(db: str) -> None:
    """Delete the map copy (no generation trigger on that table), so the next reader rebuilds it."""
    if "://" in db:
        import psycopg

        with psycopg.connect(db) as con:
            con.execute("DELETE FROM briefmap_cache")
    else:
        con = sqlite3.connect(db)
        try:
            con.execute("DELETE FROM briefmap_cache")
            con.commit()
        finally:
            con.close()


# the measurements ---------------------------------------------------------------------------------------------
def fmt(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def median(xs) -> float:
    return statistics.median(xs) if xs else float("nan")


def measure(db: str, csv: Path, n: int, repeat: int, timers: Timers, profile: bool, label: str) -> dict[str, str]:
    out: dict[str, str] = {}

    def say(key: str, value: str) -> None:
        out[key] = value
        print(f"  {label}: {key}: {value}", flush=True)

    took, line = run_cli(db, "import", str(csv))
    print(f"  {label}: {line}", flush=True)
    say("import (python -m store import)", f"{took:.1f} s")
    store = open_store(db)
    try:
        start = time.perf_counter()
        table = store.map_table()
        say("first map_table() (copy from the import)", fmt(time.perf_counter() - start))
        shown = len(table)  # the N events and the seed dataset a new store starts with (store/seed.py)
        synthetic = table[table["dataset"] == table["dataset"].value_counts().idxmax()]
        if len(synthetic) != n:
            print(f"  {label}: WARNING: the imported dataset has {len(synthetic):,} events, expected {n:,}",
                  flush=True)
        cache_gen, gen, size = copy_state(db)
        say("map copy size (compressed)", f"{size / 1e6:.1f} MB")
        if cache_gen != gen:
            print(f"  {label}: WARNING: map copy is generation {cache_gen}, store is {gen}", flush=True)
        # imported events to edit, spread over the table; their fatalities and points as stored
        step = max(1, len(synthetic) // (repeat + 1))
        fids = [int(synthetic.index[(i + 1) * step - 1]) for i in range(repeat)]
        before = store.records(fids)

        times: dict[str, list[float]] = defaultdict(list)
        parts: dict[str, list[dict[str, float]]] = defaultdict(list)
        reads: dict[str, list[float]] = defaultdict(list)
        reused: dict[str, list[bool]] = defaultdict(list)
        stale_before: dict[str, int] = defaultdict(int)

        def timed_edit(kind: str, fn) -> object:
            cache_gen, gen, _ = copy_state(db)
            if cache_gen != gen:
                stale_before[kind] += 1
            timers.reset()
            start = time.perf_counter()
            result = fn()
            total = time.perf_counter() - start
            times[kind].append(total)
            parts[kind].append(breakdown(timers.spent, total))
            # what a reader gets right after the edit
            cache_gen, gen, _ = copy_state(db)
            reused[kind].append(cache_gen == gen)
            start = time.perf_counter()
            store.map_table()
            reads[kind].append(time.perf_counter() - start)
            return result

        added = [timed_edit("add_event", lambda: store.add_event(STRIKE, by=BY)) for _ in range(repeat)]
        for fid in fids:
            rec = before.loc[fid]
            timed_edit("correct_event", lambda fid=fid, rec=rec: store.correct_event(
                fid, {"fatalities": int(rec["fatalities"]) + 3, "latitude": round(float(rec["latitude"]) + 0.01, 5),
                      "longitude": round(float(rec["longitude"]) + 0.01, 5)}, by=BY, revision=1))
        for fid in fids:
            timed_edit("retract_event", lambda fid=fid: store.retract_event(
                fid, "SYNTHETIC benchmark retraction (duplicate)", by=BY, revision=2))
        for fid in fids:
            timed_edit("restore_event", lambda fid=fid: store.restore_event(fid, by=BY, revision=3))
        for _ in range(repeat):
            timed_edit("add_overlay", lambda: store.add_overlay(FRONT, LINE, by=BY))

        for kind in EDITS:
            say(kind, fmt(median(times[kind])))
            p = {k: median([d[k] for d in parts[kind]]) for k in PARTS}
            print(f"  {label}:   {kind} parts (medians): " + ", ".join(f"{k} {fmt(v)}" for k, v in p.items()),
                  flush=True)
            copy = [sum(d[k] for k in PARTS[:5]) for d in parts[kind]]
            out[f"{kind}: of which the map copy"] = fmt(median(copy))
            out[f"{kind}: of which the recount"] = fmt(p["recount"])
            out[f"{kind}: of which begin/commit"] = fmt(p["transaction"])
            if stale_before[kind]:
                print(f"  {label}:   NOTE: {stale_before[kind]} of {repeat} {kind} started with a stale map "
                      "copy (not updated by the edit)", flush=True)
        for kind in EDITS:
            n_reused = sum(reused[kind])
            state = "reused" if n_reused == repeat else "rebuilt" if n_reused == 0 else f"reused {n_reused}/{repeat}"
            say(f"map_table() after {kind}", f"{fmt(median(reads[kind]))} ({state})")

        # one event's history, and the audit trail after those edits
        hist = []
        for fid in fids:
            start = time.perf_counter()
            items = store.changes(target="event", fid=fid)
            hist.append(time.perf_counter() - start)
            if [c.action for c in items] != ["restore", "retract", "correct"]:
                print(f"  {label}: WARNING: history of {fid} is {[c.action for c in items]}", flush=True)
        say("changes(target='event', fid=…)", fmt(median(hist)))
        audit, rows = [], 0
        for _ in range(repeat):
            start = time.perf_counter()
            data = store.audit_csv()
            audit.append(time.perf_counter() - start)
            rows = data.count(b"\n") - 1
        say(f"audit_csv() ({rows} changes)", fmt(median(audit)))

        # a reader that finds no copy: rebuild from the rows (and keep it), for comparison
        rebuild = []
        for _ in range(min(repeat, 3)):
            drop_copy(db)
            start = time.perf_counter()
            store.map_table()
            rebuild.append(time.perf_counter() - start)
        start = time.perf_counter()
        table = store.map_table()
        say("map_table(): copy rebuilt from the rows", fmt(median(rebuild)))
        say("map_table(): copy reused (no edit since)", fmt(time.perf_counter() - start))
        expected = shown + repeat
        if len(table) != expected or any(f not in table.index for f in fids) or any(
                s.fid not in table.index for s in added):
            print(f"  {label}: WARNING: map table has {len(table):,} rows, expected {expected:,} with every "
                  "edited event", flush=True)

        if profile:
            fid = fids[0]
            state = store.event_state(fid)
            prof = cProfile.Profile()
            prof.enable()
            store.correct_event(fid, {"fatalities": int(state["fatalities"]) + 1}, by=BY,
                                revision=int(state["revision"]))
            prof.disable()
            buf = io.StringIO()
            pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(18)
            print(f"  {label}: cProfile of one correct_event (cumulative):", flush=True)
            print("\n".join("    " + ln for ln in buf.getvalue().splitlines() if ln.strip()), flush=True)
    finally:
        store.close()
    return out


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", nargs="+", default=["100000", "1000000"],
                   help="event counts, space- or comma-separated (default: 100000 1000000)")
    p.add_argument("--backends", default="gpkg,postgis", help="comma-separated: gpkg, postgis")
    p.add_argument("--repeat", type=int, default=5, help="edits of each kind (figures are medians)")
    p.add_argument("--profile", action="store_true", help="cProfile one correct_event per store")
    args = p.parse_args(argv)
    sizes = [int(s) for part in args.sizes for s in part.replace(",", " ").split()]
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    timers = instrumented()
    results: dict[str, dict[str, str]] = {}
    cluster = None
    with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as stack:
        tmp = Path(tmp)
        if "postgis" in backends:
            from tools.pg_cluster import Cluster

            cluster = Cluster().start()
            stack.callback(cluster.stop)
        for n in sizes:
            csv = tmp / f"acled-synthetic-{n}.csv"
            start = time.perf_counter()
            synthetic_csv(n, csv)
            print(f"file: {n:,} synthetic rows, {csv.stat().st_size / 1e6:,.0f} MB "
                  f"({time.perf_counter() - start:.1f} s to make)", flush=True)
            for backend in backends:
                db = cluster.new_database() if backend == "postgis" else str(tmp / f"store-{n}.gpkg")
                label = f"{backend} {n:,}"
                print(f"{label}…", flush=True)
                results[label] = measure(db, csv, n, args.repeat, timers, args.profile, label)
                if backend == "gpkg":
                    for f in tmp.glob(f"store-{n}.gpkg*"):
                        f.unlink()
            csv.unlink()
    keys = list(dict.fromkeys(k for r in results.values() for k in r))
    print(f"\n| edits, medians of {args.repeat} | " + " | ".join(results) + " |")
    print("|---|" + "---|" * len(results))
    for k in keys:
        print(f"| {k} | " + " | ".join(results[b].get(k, "") for b in results) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
