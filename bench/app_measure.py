"""Measure the map in the Streamlit app through a real browser: what a page load, a filter
change and a pan cost, in time, script runs and bytes. Used by ``bench/events_browser.py``.

Bytes are what the browser receives: websocket payloads (Streamlit's messages) and the
event pack fetched over HTTP. Script runs are the ``rerun_script`` messages the browser
sends (the 5-second store watcher, a fragment, is not counted). Streamlit's own
JavaScript, fonts and the map's script bundle are static files the browser caches; they
are reported apart.
"""

from __future__ import annotations

import statistics
import time

from streamlit.proto.BackMsg_pb2 import BackMsg

MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
CONTAINER = ".leaflet-container"


class Meter:
    """Counts what one page receives and the script runs it asks for."""

    def __init__(self, page):
        self.ws = 0
        self.runs = 0
        self.pack = 0
        self.other_http = 0
        page.on("websocket", self._socket)
        page.on("requestfinished", self._request)

    def _socket(self, ws):
        def received(payload):
            self.ws += len(payload) if payload else 0

        def sent(payload):
            if isinstance(payload, (bytes, bytearray)):
                msg = BackMsg()
                msg.ParseFromString(bytes(payload))
                if msg.WhichOneof("type") == "rerun_script" and not msg.rerun_script.fragment_id:
                    self.runs += 1

        ws.on("framereceived", received)
        ws.on("framesent", sent)

    def _request(self, request):
        sizes = request.sizes()
        body = sizes.get("responseBodySize", 0) + sizes.get("responseHeadersSize", 0)
        if "/app/static/packs/" in request.url:
            self.pack += body
        else:
            self.other_http += body

    def snapshot(self) -> tuple[int, int, int]:
        return self.ws, self.runs, self.pack


def _frame(page):
    page.wait_for_selector(MAP_FRAME, timeout=600_000)
    return page.frame_locator(MAP_FRAME)


def _map_frame(page):
    return next(f for f in page.frames if "st_folium" in f.url)


def wait_painted(page, timeout_ms: int = 600_000) -> None:
    _frame(page).locator(f"{CONTAINER}[data-events-loaded='1'][data-events-count]").wait_for(timeout=timeout_ms)


def heap_mb(page) -> float:
    """The page's JavaScript heap in use (the map's frame shares the page's renderer)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Performance.enable")
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    cdp.detach()
    return metrics.get("JSHeapUsedSize", 0) / 1e6


def settle(page, seconds: float = 1.5) -> None:
    page.wait_for_timeout(int(seconds * 1000))


def page_load(browser, url: str) -> dict:
    """Open the app in a fresh browser context (nothing cached): time to the events painted."""
    ctx = browser.new_context(viewport={"width": 1920, "height": 1080})
    page = ctx.new_page()
    meter = Meter(page)
    start = time.perf_counter()
    page.goto(url)
    wait_painted(page)
    paint = time.perf_counter() - start
    settle(page, 2.5)
    out = {"paint_s": paint, "ws_bytes": meter.ws, "runs": meter.runs, "pack_bytes": meter.pack,
           "static_bytes": meter.other_http, "heap_mb": heap_mb(page)}
    ctx.close()
    return out


def _state_seq(frame) -> int:
    return int(frame.evaluate("() => +document.querySelector('.leaflet-container').getAttribute('data-state-seq')"))


def filter_change(page, meter: Meter, event_type: str) -> dict:
    """Choose one event type in the sidebar: time until the map has repainted with it."""
    frame = _map_frame(page)
    seq0 = _state_seq(frame)
    box = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').nth(1)
    box.click()
    option = page.get_by_role("option", name=event_type, exact=True)
    option.wait_for()
    ws0, runs0, _ = meter.snapshot()
    start = time.perf_counter()
    option.click()
    frame.wait_for_function(
        "(seq) => { const c = document.querySelector('.leaflet-container');"
        " return +c.getAttribute('data-state-seq') > seq && c.getAttribute('data-events-drawn') !== null; }",
        arg=seq0, timeout=120_000,
    )
    frame.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    repaint = time.perf_counter() - start
    page.keyboard.press("Escape")
    settle(page)
    ws1, runs1, _ = meter.snapshot()
    count = frame.evaluate("() => +document.querySelector('.leaflet-container').getAttribute('data-events-count')")
    return {"repaint_s": repaint, "ws_bytes": ws1 - ws0, "runs": runs1 - runs0, "count": count}


def pan(page, meter: Meter) -> dict:
    """Drag the map: bytes and script runs it causes."""
    ws0, runs0, _ = meter.snapshot()
    box = page.locator(MAP_FRAME).bounding_box()
    x, y = box["x"] + box["width"] * 0.55, box["y"] + box["height"] * 0.5
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x - 160, y - 60, steps=10)
    page.mouse.up()
    settle(page, 2.5)
    ws1, runs1, _ = meter.snapshot()
    return {"ws_bytes": ws1 - ws0, "runs": runs1 - runs0, "url_has_view": "lat=" in page.url}


IN_BROWSER = """async (types) => {
  const e = window.briefmapMaps[0], layer = e.events;
  const times = [];
  for (const t of types) {
    const s = Object.assign({}, layer.getFilter(), {types: t});
    const t0 = performance.now();
    layer.setFilter(s); layer._draw();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  // typed arrays live outside the JS heap figure: count them separately
  const seen = new Set(); let arrays = 0;
  for (const k of Object.keys(layer)) {
    const v = layer[k];
    if (ArrayBuffer.isView(v) && !seen.has(v.buffer)) { seen.add(v.buffer); arrays += v.buffer.byteLength; }
  }
  return {median_ms: times[Math.floor(times.length / 2)], max_ms: times[times.length - 1],
          events: layer._n, selected: layer._selected, arrays_mb: arrays / 1e6};
}"""


def in_browser_filter(page) -> dict:
    """Filter and redraw inside the map's frame, without the server: the browser's own cost."""
    types = [["Battles"], ["Explosions/Remote violence"], None, ["Protests", "Riots"], None, ["Battles"], None]
    return _map_frame(page).evaluate(IN_BROWSER, types)


def playback_fps(page, seconds: float = 3.0) -> float:
    frame = _map_frame(page)
    frame.click("button[title='Step, speed and accumulate']")
    frame.select_option(".briefmap-play-speed", "20")
    frame.click(".briefmap-play-main")
    start = time.perf_counter()
    page.wait_for_timeout(int(seconds * 1000))
    frames = int(frame.get_attribute(".briefmap-playback", "data-frames"))
    elapsed = time.perf_counter() - start
    frame.click(".briefmap-play-main")
    return frames / elapsed


def session(browser, url: str, event_type: str) -> dict:
    """One visit: load, a filter change, a pan, the browser's own filter cost, playback, heap."""
    ctx = browser.new_context(viewport={"width": 1920, "height": 1080})
    page = ctx.new_page()
    meter = Meter(page)
    page.goto(url)
    wait_painted(page)
    settle(page, 2.5)
    out = {"filter": filter_change(page, meter, event_type), "pan": pan(page, meter),
           "in_browser": in_browser_filter(page), "playback_fps": playback_fps(page), "heap_mb": heap_mb(page)}
    ctx.close()
    return out


def measure(browser, url: str, event_type: str, loads: int = 3) -> dict:
    """Medians of ``loads`` fresh page loads, and one session of interactions."""
    runs = [page_load(browser, url) for _ in range(loads)]
    load = {k: statistics.median(r[k] for r in runs) for k in runs[0]}
    return {"load": load, **session(browser, url, event_type)}


def waves(browser, url: str, total: int = 20, wave: int = 5) -> dict:
    """``total`` sessions opening the map in waves of ``wave`` at once (each in its own browser
    context, nothing cached): seconds from each one's navigation to its events painted."""
    times, sent = [], 0
    for _ in range(total // wave):
        pages = []
        for _ in range(wave):
            ctx = browser.new_context(viewport={"width": 1600, "height": 1000})
            page = ctx.new_page()
            meter = Meter(page)
            start = time.perf_counter()
            page.goto(url, wait_until="commit")
            pages.append((ctx, page, meter, start))
        for ctx, page, meter, start in pages:
            wait_painted(page)
            times.append(time.perf_counter() - start)
        for ctx, page, meter, _ in pages:
            sent += meter.ws + meter.pack
            ctx.close()
    return {"median_s": statistics.median(times), "max_s": max(times), "mb": sent / 1e6, "painted": len(times)}
