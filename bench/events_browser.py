"""Benchmark the event layer in headless Chromium: first paint, redraws, playback.

    python bench/events_browser.py --n 100000
    python bench/events_browser.py --n 100000 --app      # also through Streamlit
    python bench/events_browser.py --sizes 12,100000,1000000   # the app, at each size

With ``--sizes`` it measures the Streamlit app at each size (12 is the seed; larger sizes
are synthetic events imported at start into a fresh store), see bench/app_measure.py:

- page load in a fresh browser context (nothing cached) on a warm server: first paint,
  script runs, websocket bytes and event-pack bytes, JS heap;
- choosing one event type: time to the map repainted, websocket bytes, script runs;
- a pan: websocket bytes and script runs;
- filtering and redrawing inside the browser, and playback frames per second.

With N synthetic events (seeded, tagged synthetic) it measures:

- standalone page: time from navigation to the events painted;
- redraw time of the event layer at several zooms (pan and zoom redraw this way),
  and frames per second while the map pans continuously;
- playback: frames per second reached at the 20 fps setting, stepping by day;
- with ``--app``: time from opening the Streamlit app (on a fresh store into which the
  events are imported at start via BRIEFMAP_EVENTS) to the events painted in its map.

Debian's Chromium via Playwright, as in the tests. Figures are medians where repeated.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import synthetic_events  # noqa: E402
from controls.title_box import TitleBox  # noqa: E402
from filters.events import EventFilter, filter_options, select_events  # noqa: E402
from loaders.theatre import load_theatre  # noqa: E402
from mapview.compose import RenderOptions, build_map  # noqa: E402
from mapview.spec import MapSpec  # noqa: E402
from offline.inline import INLINE_BASE, inline_assets  # noqa: E402
from snapshots import exports  # noqa: E402
from snapshots.render import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

REDRAWS = """async (zooms) => {
  const m = Object.values(window).find(v => v instanceof L.Map);
  let layer = null; m.eachLayer(l => { if (l instanceof L.BriefmapEvents) layer = l; });
  const out = [];
  for (const z of zooms) {
    m.setView([35.85, 36.55], z, {animate: false});
    const times = [];
    for (let i = 0; i < 7; i++) { const t = performance.now(); layer._draw(); times.push(performance.now() - t); }
    times.sort((a, b) => a - b);
    out.push([z, times[3], m.getContainer().getAttribute('data-events-mode'),
              m.getContainer().getAttribute('data-events-drawn')]);
  }
  return out;
}"""

PAN_FPS = """async () => {
  const m = Object.values(window).find(v => v instanceof L.Map);
  m.setView([35.85, 36.55], 9, {animate: false});
  let frames = 0; const start = performance.now();
  return await new Promise(resolve => {
    function step(now) {
      frames++;
      m.panBy([6, 3], {animate: false});   // Leaflet fires move/moveend: the layer redraws
      if (now - start < 2000) requestAnimationFrame(step); else resolve(frames / ((now - start) / 1000));
    }
    requestAnimationFrame(step);
  });
}"""


def app_paints(browser, url: str, runs: int = 3, timeout_ms: int = 300_000) -> list[float]:
    """Seconds from opening the app at ``url`` in a new browser context to its events painted, per visit."""
    times = []
    for _ in range(runs):
        ctx = browser.new_context(viewport={"width": 1600, "height": 1000})
        page = ctx.new_page()
        start = time.perf_counter()
        page.goto(url)
        page.wait_for_selector('iframe[title="streamlit_folium.st_folium"]', timeout=timeout_ms)
        frame = page.query_selector('iframe[title="streamlit_folium.st_folium"]').content_frame()
        frame.wait_for_selector(".leaflet-container[data-events-drawn]", timeout=timeout_ms)
        times.append(time.perf_counter() - start)
        ctx.close()
    return times


def standalone_page(theatre, events) -> str:
    options = filter_options(events)
    spec = MapSpec(filter=EventFilter(options.first_day, options.last_day))
    fmap = build_map(
        spec, theatre, select_events(events, spec.filter), data_last_day=options.last_day,
        options=RenderOptions(base_url=INLINE_BASE, title=TitleBox("SYNTHETIC benchmark data", "not real")),
    )
    return inline_assets(fmap.get_root().render())


def app_sizes(sizes: list[int], sessions: int = 0) -> int:
    """The app at each size: one line of figures per size, and a table at the end."""
    from playwright.sync_api import sync_playwright

    from bench.app_measure import measure, page_load, waves
    from tests.browser.conftest import start_streamlit, stop_streamlit

    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        for n in sizes:
            env = {"BRIEFMAP_DB": str(Path(tmp) / f"store-{n}.gpkg")}
            if n != 12:
                csv = Path(tmp) / f"events-{n}.csv"
                csv.write_bytes(exports.events_csv(synthetic_events(n)))
                env["BRIEFMAP_EVENTS"] = str(csv)
            proc, url = start_streamlit(env)
            try:
                t0 = time.perf_counter()
                cold = page_load(browser, url)  # the server's first visit: import, pack, caches
                print(f"[{n}] server's first visit: {cold['paint_s']:.2f} s "
                      f"(wall {time.perf_counter() - t0:.1f} s)", flush=True)
                m = measure(browser, url, "Strategic developments" if n == 12 else "Battles")
                if sessions:
                    w = waves(browser, url, total=sessions)
                    print(f"[{n}] {sessions} sessions in waves of 5: {w['painted']} painted, median "
                          f"{w['median_s']:.1f} s, max {w['max_s']:.1f} s, {w['mb']:.1f} MB sent", flush=True)
            finally:
                stop_streamlit(proc)
            load, flt, pan, inb = m["load"], m["filter"], m["pan"], m["in_browser"]
            print(f"[{n}] page load: paint {load['paint_s']:.2f} s, {load['runs']:.0f} script run(s), "
                  f"websocket {load['ws_bytes'] / 1e3:.0f} KB + event pack {load['pack_bytes'] / 1e3:.0f} KB "
                  f"(+ {load['static_bytes'] / 1e6:.1f} MB of Streamlit and map scripts, cached), "
                  f"JS heap {load['heap_mb']:.0f} MB", flush=True)
            print(f"[{n}] filter change: repaint {flt['repaint_s']:.2f} s, {flt['ws_bytes'] / 1e3:.1f} KB, "
                  f"{flt['runs']} script run(s), {flt['count']} events shown", flush=True)
            print(f"[{n}] pan: {pan['ws_bytes'] / 1e3:.1f} KB, {pan['runs']} script run(s), "
                  f"address has the view: {pan['url_has_view']}", flush=True)
            print(f"[{n}] in the browser: filter + redraw {inb['median_ms']:.0f} ms median "
                  f"({inb['max_ms']:.0f} max) over {inb['events']} events; "
                  f"playback {m['playback_fps']:.1f} frames/s at the 20 fps setting; "
                  f"JS heap after {m['heap_mb']:.0f} MB + the layer's typed arrays {inb['arrays_mb']:.0f} MB",
                  flush=True)
            rows.append((n, m))
        browser.close()
    base = rows[0][1]["filter"]["repaint_s"] if rows and rows[0][0] == 12 else None
    for n, m in rows:
        ratio = f" ({m['filter']['repaint_s'] / base:.2f}x the 12-event time)" if base else ""
        print(f"events={n} paint_s={m['load']['paint_s']:.2f} load_runs={m['load']['runs']:.0f} "
              f"load_mb={(m['load']['ws_bytes'] + m['load']['pack_bytes']) / 1e6:.2f} "
              f"filter_s={m['filter']['repaint_s']:.2f}{ratio} filter_kb={m['filter']['ws_bytes'] / 1e3:.1f} "
              f"pan_kb={m['pan']['ws_bytes'] / 1e3:.1f} pan_runs={m['pan']['runs']} "
              f"browser_filter_ms={m['in_browser']['median_ms']:.0f} playback_fps={m['playback_fps']:.1f} "
              f"heap_mb={m['heap_mb']:.0f} arrays_mb={m['in_browser']['arrays_mb']:.0f}")
    return 0


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--n", type=int, default=100_000)
    p.add_argument("--app", action="store_true", help="also time first paint in the Streamlit app")
    p.add_argument("--sizes", help="measure the app at these sizes instead, e.g. 12,100000,1000000")
    p.add_argument("--sessions", type=int, default=0,
                   help="with --sizes: also open this many sessions in waves of 5 at each size")
    args = p.parse_args(argv)
    if args.sizes:
        return app_sizes([int(s) for s in args.sizes.split(",")], sessions=args.sessions)

    from playwright.sync_api import sync_playwright

    theatre = load_theatre()
    events = synthetic_events(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        page_path = Path(tmp) / "events.html"
        page_path.write_text(standalone_page(theatre, events), encoding="utf-8")
        print(f"standalone page: {page_path.stat().st_size / 1e6:.2f} MB for {args.n} events")
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
            paints = []
            for _ in range(3):
                ctx = browser.new_context(viewport={"width": 1600, "height": 900})
                page = ctx.new_page()
                start = time.perf_counter()
                page.goto(page_path.as_uri())
                page.wait_for_selector(".leaflet-container[data-events-drawn]")
                paints.append(time.perf_counter() - start)
                ctx.close()
            paint = statistics.median(paints)
            print(f"first paint (standalone, {args.n} events): {paint:.2f} s")

            ctx = browser.new_context(viewport={"width": 1600, "height": 900})
            page = ctx.new_page()
            page.goto(page_path.as_uri())
            page.wait_for_selector(".leaflet-container[data-events-drawn]")
            for zoom, ms, mode, drawn in page.evaluate(REDRAWS, [7, 9, 11, 12, 13, 14, 15, 16]):
                print(f"redraw at zoom {zoom:>2}: {ms:6.1f} ms ({mode}, {drawn} events in view)")
            pan_fps = page.evaluate(PAN_FPS)
            print(f"continuous pan at zoom 9: {pan_fps:.0f} frames/s")

            page.evaluate("() => { const m = Object.values(window).find(v => v instanceof L.Map);"
                          " m.setView([35.85, 36.55], 9, {animate: false}); }")
            page.click("button[title='Step, speed and accumulate']")
            page.select_option(".briefmap-play-speed", "20")
            page.click(".briefmap-play-main")
            t0 = time.perf_counter()
            page.wait_for_timeout(2500)
            frames = int(page.get_attribute(".briefmap-playback", "data-frames"))
            secs = time.perf_counter() - t0
            playing = page.get_attribute(".briefmap-playback", "data-current")
            print(f"playback at the 20 fps setting: {frames / secs:.1f} frames/s (day steps, now at {playing})")
            ctx.close()

            app_paint = None
            if args.app:
                csv = Path(tmp) / "events.csv"
                csv.write_bytes(exports.events_csv(events))
                from tests.browser.conftest import start_streamlit

                proc, url = start_streamlit({"BRIEFMAP_DB": str(Path(tmp) / "store.gpkg"),
                                             "BRIEFMAP_EVENTS": str(csv)})
                try:
                    times = app_paints(browser, url)
                    app_paint = statistics.median(times[1:])  # the first run also imports the CSV
                    print(f"first paint in the app: {times[0]:.2f} s cold (imports the CSV), "
                          f"{app_paint:.2f} s warm")
                finally:
                    proc.terminate()
                    proc.wait(timeout=20)
            browser.close()

    line = f"events={args.n} paint_s={paint:.2f} pan_fps={pan_fps:.0f} playback_fps={frames / secs:.1f}"
    if app_paint is not None:
        line += f" app_paint_s={app_paint:.2f}"
    print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
