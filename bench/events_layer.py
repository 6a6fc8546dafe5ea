"""Benchmark the event layer against geopandas ``.explore()`` on synthetic events.

    python bench/events_layer.py --n 100000
    python bench/events_layer.py --n 1000000 --skip-explore

For N synthetic events (seeded, tagged synthetic, never shown as real) it times what
the app does on every rerun - filter the table, build the whole map (theatre layers,
controls, the event layer), render its HTML - and the size of that HTML, then the
same events through ``GeoDataFrame.explore()``. It also times the filtering alone on
changes of date window and event type. The last line is::

    events=<N> build_render_s=<x> payload_mb=<y> explore_s=<a> explore_mb=<b> speedup=<a/x> shrink=<b/y>

Times are the median of ``--repeat`` runs; MB are 10^6 bytes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import synthetic_events  # noqa: E402
from filters.events import EventFilter, filter_options, select_events  # noqa: E402
from loaders.theatre import load_theatre  # noqa: E402
from mapview.compose import RenderOptions, build_map  # noqa: E402
from mapview.spec import MapSpec  # noqa: E402


def median_time(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=100_000, help="number of synthetic events")
    p.add_argument("--repeat", type=int, default=5, help="runs per timing (median)")
    p.add_argument("--skip-explore", action="store_true", help="do not time GeoDataFrame.explore()")
    args = p.parse_args(argv)

    theatre = load_theatre()
    t0 = time.perf_counter()
    events = synthetic_events(args.n)
    print(f"generated {args.n} synthetic events in {time.perf_counter() - t0:.2f} s")
    options = filter_options(events)
    spec = MapSpec(filter=EventFilter(options.first_day, options.last_day))

    def app_rerun() -> str:
        shown = select_events(events, spec.filter)
        fmap = build_map(spec, theatre, shown, data_last_day=options.last_day, options=RenderOptions())
        return fmap.get_root().render()

    app_rerun()  # warm caches (templates, imports)
    build_s, html = median_time(app_rerun, args.repeat)
    payload_mb = len(html.encode("utf-8")) / 1e6
    print(f"app map: filter + build + render {build_s:.3f} s, HTML {payload_mb:.2f} MB "
          f"({len(html.encode('utf-8')) / args.n:.1f} bytes/event incl. theatre layers)")

    # filtering alone, on the changes a briefer makes: a date window, a type, both
    week = EventFilter(dt.date(2020, 10, 1), dt.date(2020, 10, 7))
    one_type = EventFilter(options.first_day, options.last_day, event_types=("Battles",))
    both = EventFilter(dt.date(2020, 9, 15), dt.date(2020, 10, 15),
                       event_types=("Explosions/Remote violence", "Battles"))
    for label, flt in (("date window", week), ("event type", one_type), ("window + types", both)):
        secs, rows = median_time(lambda f=flt: select_events(events, f), args.repeat)
        print(f"filter ({label}): {secs * 1000:.1f} ms -> {len(rows)} events")

    explore_s = explore_mb = None
    if not args.skip_explore:
        import geopandas as gpd

        gdf = gpd.GeoDataFrame(
            events.drop(columns=["date"]).astype({"event_type": str, "sub_event_type": str, "actor1": str,
                                                   "actor2": str, "location": str, "disorder_type": str}),
            geometry=gpd.points_from_xy(events["longitude"], events["latitude"]),
            crs="EPSG:4326",
        )

        def explore() -> str:
            return gdf.explore(tiles=None).get_root().render()

        explore_s, ehtml = median_time(explore, max(1, min(args.repeat, 2)))
        explore_mb = len(ehtml.encode("utf-8")) / 1e6
        print(f"GeoDataFrame.explore(): {explore_s:.2f} s, HTML {explore_mb:.1f} MB")

    fields = [f"events={args.n}", f"build_render_s={build_s:.3f}", f"payload_mb={payload_mb:.2f}"]
    if explore_s is not None:
        fields += [f"explore_s={explore_s:.2f}", f"explore_mb={explore_mb:.1f}",
                   f"speedup={explore_s / build_s:.1f}", f"shrink={explore_mb / payload_mb:.1f}"]
    else:
        fields += ["explore_s=skipped", "explore_mb=skipped", "speedup=n/a", "shrink=n/a"]
    print(" ".join(fields))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
