"""Time the analysis on N synthetic events: proximity, hexagon bins and change, in Python and in the browser.

    python bench/analysis_speed.py --n 1000000 [--browser]

Python: proximity to the M4, every Turkish post and Hmeimim; the Near filter's mask (what the app
computes once per data version and Near); hexagon bins at 2 and 8 km; change between two windows,
as counts and as hexagons. With ``--browser``, headless Chromium times what the map does itself
(static/js/hex-layer.js): binning every event at a new zoom, recounting a playback frame, and
applying a Near mask.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from analysis import hexbin  # noqa: E402
from analysis.change import Windows, compare, masks  # noqa: E402
from analysis.near import Near  # noqa: E402
from analysis.proximity import nearest_within, resolve_target  # noqa: E402
from bench.synthetic import synthetic_events  # noqa: E402
from loaders.theatre import load_theatre  # noqa: E402
from mapview import selection  # noqa: E402
from mapview.spec import MapSpec  # noqa: E402


def _timed(fn, repeat: int = 3):
    """(result, median seconds) of ``fn()``."""
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return out, float(np.median(times))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=1_000_000)
    p.add_argument("--browser", action="store_true", help="also time the map's hexagons and Near mask in Chromium")
    args = p.parse_args(argv)
    theatre = load_theatre()
    events = synthetic_events(args.n)
    for spec, km in (("m4_highway", 6), ("turkish_posts", 5), ("hmeimim_air_base", 30)):
        target = resolve_target(theatre, spec)
        near, took = _timed(lambda: nearest_within(events, target, km))
        print(f"proximity: {len(near):,} of {args.n:,} events within {km} km of {spec} "
              f"({len(target.geometries)} features): {took:.2f} s")
    mask, took = _timed(lambda: selection.near_mask(events, MapSpec(near=Near("m4_highway", 6)), theatre))
    print(f"near mask (the app's Near filter, m4_highway:6): {int(mask.sum()):,} events: {took:.2f} s")
    for size in (2000, 8000):
        bins, took = _timed(lambda: hexbin.hexbin(events, size))
        print(f"hexbin: {len(bins):,} hexagons of {size / 1000:g} km, max {int(bins['events'].max()):,} events: "
              f"{took:.2f} s")
    windows = Windows(dt.date(2020, 10, 1), dt.date(2020, 10, 31))
    result, took = _timed(lambda: compare(events, windows))
    print(f"change: since={result['since']:,} before={result['before']:,}: {took:.2f} s")
    since, before = masks(events, windows)
    bins, took = _timed(lambda: hexbin.change_bins(events[since], events[before], 4000))
    print(f"change hexagons (4 km): {len(bins):,} hexagons: {took:.2f} s")
    if args.browser:
        _browser(events, theatre, mask)
    return 0


def _browser(events, theatre, mask) -> None:
    """Time the map's own hexagons and Near mask in headless Chromium, on a standalone map."""
    import tempfile

    from playwright.sync_api import sync_playwright

    from filters.events import filter_options
    from layers.event_pack import encode_mask
    from mapview.compose import RenderOptions, build_map
    from mapview.spec import View
    from offline.inline import INLINE_BASE, inline_assets
    from snapshots.render import CHROMIUM, CHROMIUM_ARGS

    opts = filter_options(events)
    spec = MapSpec(layers=frozenset({"events", "density"}), view=View(center=(35.8, 36.5), zoom=9))
    fmap = build_map(spec, theatre, events, data_last_day=opts.last_day, options=RenderOptions(base_url=INLINE_BASE))
    blob = encode_mask(mask)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        path = Path(tmp) / "page.html"
        path.write_text(inline_assets(fmap.get_root().render()), encoding="utf-8")
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        page = browser.new_page(viewport={"width": 1920, "height": 1080})
        page.goto(path.as_uri(), timeout=300_000)
        page.wait_for_selector(".leaflet-container[data-events-loaded='1'][data-hex-size]", timeout=300_000)
        got = page.evaluate("""async ([b64, n]) => {
            const entry = window.briefmapMaps[0], ev = entry.events, map = entry.map;
            let hex = null;
            entry.groups.density.eachLayer(l => { if (l instanceof L.BriefmapHexes) hex = l; });
            const t = () => performance.now(), out = {};
            let t0 = t(); map.setZoom(10, {animate: false}); hex._update(true); out.zoom = t() - t0;
            out.cells = hex.cells().length;
            const frames = [];
            for (let k = 0; k < 10; k++) { t0 = t(); ev.setWindow(k * 3, k * 3 + 2); frames.push(t() - t0); }
            frames.sort((a, b) => a - b); out.frame = frames[5];
            t0 = t(); ev.setWindow(ev.getWindow()[0], ev.getWindow()[1]); out.whole = t() - t0;
            t0 = t(); ev.setNear({inline: b64, n: n, key: "bench"});
            while (ev._nearPending) await new Promise(r => setTimeout(r, 5));
            out.near = t() - t0;
            return out; }""", [blob.b64(), blob.n])
        browser.close()
    print(f"browser: hexagons at a new zoom (bin every event, count, draw {got['cells']:,} hexagons): "
          f"{got['zoom'] / 1000:.2f} s")
    print(f"browser: one playback frame (recount and draw): {got['frame'] / 1000:.3f} s median; "
          f"whole window: {got['whole'] / 1000:.3f} s")
    print(f"browser: apply a Near mask ({len(blob.data) / 1024:.0f} KiB): {got['near'] / 1000:.2f} s")


if __name__ == "__main__":
    raise SystemExit(main())
