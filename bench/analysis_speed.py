"""Time the analysis on N synthetic events: proximity to the M4 and to every Turkish post, change.

    python bench/analysis_speed.py --n 1000000
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.change import Windows, compare  # noqa: E402
from analysis.proximity import nearest_within, resolve_target  # noqa: E402
from bench.synthetic import synthetic_events  # noqa: E402
from loaders.theatre import load_theatre  # noqa: E402


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=1_000_000)
    args = p.parse_args(argv)
    theatre = load_theatre()
    events = synthetic_events(args.n)
    for spec, km in (("m4_highway", 6), ("turkish_posts", 5), ("hmeimim_air_base", 30)):
        target = resolve_target(theatre, spec)
        t = time.perf_counter()
        near = nearest_within(events, target, km)
        print(f"proximity: {len(near):,} of {args.n:,} events within {km} km of {spec} "
              f"({len(target.geometries)} features): {time.perf_counter() - t:.2f} s")
    t = time.perf_counter()
    result = compare(events, Windows(dt.date(2020, 10, 1), dt.date(2020, 10, 31)))
    print(f"change: since={result['since']:,} before={result['before']:,}: {time.perf_counter() - t:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
