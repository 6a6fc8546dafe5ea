"""Draw mode (static/js/map-state.js with the vendored Leaflet.draw), in Chromium: the app's state
switches it on, a line, a polygon and a point drawn with the mouse are reported as GeoJSON at the
clicked places, a click on an event while drawing is not reported, and nothing leaves localhost.

The map is built as the app builds it (``RenderOptions(drawing=True)``, event pack, app mode),
served with ``static/`` at ``/app/static/`` from a local server and opened in an iframe of a bare
page; the iframe's ``window.Streamlit`` (streamlit-folium's, in the app) records the reports.
"""

from __future__ import annotations

import datetime as dt
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from filters.events import EventFilter
from layers.event_pack import encode_pack, filter_state, publish
from mapview.compose import RenderOptions, build_map
from mapview.spec import MapSpec
from offline.assets import STATIC_DIR, bundle_is_current

pytestmark = pytest.mark.browser

LAST = dt.date(2020, 10, 26)
#: The 26 Oct strike near Kafr Takharim: alone on the map, so a click there hits exactly one event.
EVENT = (36.11639, 36.51472)
#: Stands in for streamlit-folium's Streamlit object in the map's frame: keep each report.
RECORD_REPORTS = """
if (window !== window.top) {
  window.__reports = [];
  window.Streamlit = { setComponentValue: function (v) { window.__reports.push(JSON.parse(JSON.stringify(v))); } };
}
"""


class _Handler(SimpleHTTPRequestHandler):
    """``/app/static/...`` from the repository's static/ (as Streamlit serves it), the rest from ``root``."""

    def __init__(self, *args, root: Path, **kwargs):
        self._root = root
        super().__init__(*args, directory=str(root), **kwargs)

    def translate_path(self, path):
        path = unquote(urlparse(path).path)
        if path.startswith("/app/static/"):
            return str(STATIC_DIR / path[len("/app/static/"):])
        return str(self._root / path.lstrip("/"))

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server(tmp_path_factory, theatre, events):
    """A local server with the map (unbundled and bundled; and one not built for drawing) and a host
    page for each."""
    root = tmp_path_factory.mktemp("drawing")
    pack = publish(encode_pack(events), root / "packs")
    for name, bundle, drawing in (("unbundled", False, True), ("bundled", True, True), ("plain", True, False)):
        fmap = build_map(MapSpec(), theatre, events, data_last_day=LAST, options=RenderOptions(
            base_url="/app/static/", events_url=f"/packs/{pack}", token="draw-test", bundle=bundle, drawing=drawing))
        (root / f"{name}.html").write_text(fmap.get_root().render(), encoding="utf-8")
        (root / f"host-{name}.html").write_text(
            f'<!doctype html><html><body style="margin:0"><iframe src="/{name}.html" '
            'style="width:1200px;height:800px;border:0"></iframe></body></html>', encoding="utf-8")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, root=root))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _open(page, url: str, name: str):
    pg = page.page
    pg.context.add_init_script(RECORD_REPORTS)
    pg.goto(f"{url}/host-{name}.html")
    frame = pg.wait_for_selector("iframe").content_frame()
    frame.wait_for_selector(".leaflet-container[data-briefmap-ready='1'][data-events-loaded='1']")
    frame.evaluate("(s) => briefmapApplyState(s)", _state(None))
    return frame


def _state(draw):
    return {"filter": filter_state(EventFilter(), as_of=LAST), "layers": None, "seq": 1, "draw": draw}


def _point(frame, latlon) -> tuple[float, float]:
    return tuple(frame.evaluate(
        "(ll) => { const p = briefmapMaps[0].map.latLngToContainerPoint(ll); return [p.x, p.y]; }", list(latlon)))


def _click(frame, xy, pause: int = 300):
    frame.locator(".leaflet-container").click(position={"x": xy[0], "y": xy[1]})
    frame.page.wait_for_timeout(pause)  # Leaflet.draw takes no new vertex for a moment after one


def _reports(frame) -> list[dict]:
    return frame.evaluate("() => window.__reports")


def _drawn(frame, count: int) -> dict:
    """The count-th report with a drawn shape (1-based), once it has arrived."""
    frame.wait_for_function(f"() => window.__reports.filter(r => r.drawn).length >= {count}", timeout=10_000)
    return [r for r in _reports(frame) if "drawn" in r][count - 1]


def _pixels(frame, coords) -> list[tuple[float, float]]:
    """Where reported [lon, lat] positions are on the map, in container pixels."""
    return [tuple(p) for p in frame.evaluate(
        "(cs) => cs.map(c => { const p = briefmapMaps[0].map.latLngToContainerPoint([c[1], c[0]]);"
        " return [p.x, p.y]; })", coords)]


def _near(got, want, tolerance: float = 1.0) -> bool:
    return all(abs(g[0] - w[0]) <= tolerance and abs(g[1] - w[1]) <= tolerance for g, w in zip(got, want)) \
        and len(got) == len(want)


def _screenshot(pg, path: Path) -> None:
    """The map, with the cursor (and Leaflet.draw's tooltip, which follows it) off it."""
    pg.mouse.move(1400, 900)
    pg.wait_for_timeout(200)
    pg.screenshot(path=str(path), clip={"x": 0, "y": 0, "width": 1200, "height": 800})


def _container(frame) -> dict:
    return frame.evaluate("""() => {
        const c = document.querySelector('.leaflet-container');
        return {drawing: c.classList.contains('briefmap-drawing'), draw: c.getAttribute('data-draw'),
                drawn: c.getAttribute('data-drawn'),
                toolbar: document.querySelectorAll('.leaflet-draw, .leaflet-draw-toolbar, .leaflet-draw-actions')
                    .length,
                shown: document.querySelectorAll('.leaflet-briefmapDrawing-pane path').length};
    }""")


@pytest.mark.parametrize("name", ["unbundled", "bundled"])
def test_an_editor_draws_a_line_a_polygon_and_a_point(page, server, name, artifacts):
    if name == "bundled" and not bundle_is_current():
        pytest.skip("static/bundle/ is not current: run python tools/build_bundle.py (scripts/test.sh does)")
    frame = _open(page, server, name)
    scripts = frame.eval_on_selector_all("script[src]", "ss => ss.map(s => new URL(s.src).pathname)")
    draw_js = "/app/static/vendor/leaflet-draw/leaflet.draw.js"
    assert draw_js in scripts
    if name == "bundled":
        assert scripts == ["/app/static/bundle/briefmap.bundle.js", draw_js]
    else:
        assert scripts.index("/app/static/vendor/leaflet/leaflet.js") < scripts.index(draw_js)
    assert frame.evaluate("() => L.drawVersion") == "1.0.4"

    # without draw mode, a click on the event reports it (so the harness does see clicks)
    event = _point(frame, EVENT)
    _click(frame, event)
    frame.wait_for_function("() => window.__reports.some(r => r.clicked)", timeout=10_000)
    clicked = len([r for r in _reports(frame) if "clicked" in r])

    # a line: three clicks (the first on the event), then the last vertex again
    frame.evaluate("(s) => briefmapApplyState(s)", _state("line"))
    assert _container(frame) == {"drawing": True, "draw": "line", "drawn": None, "toolbar": 0, "shown": 0}
    line = [event, (event[0] + 260, event[1] - 140), (event[0] + 430, event[1] + 60)]
    for xy in line:
        _click(frame, xy)
    _click(frame, line[-1])
    report = _drawn(frame, 1)
    assert report["drawKind"] == "line" and report["token"] == "draw-test"
    assert report["drawn"]["type"] == "LineString" and len(report["drawn"]["coordinates"]) == 3
    assert _near(_pixels(frame, report["drawn"]["coordinates"]), line)
    assert all(len(str(v).split(".")[-1]) <= 6 for c in report["drawn"]["coordinates"] for v in c)
    assert len([r for r in _reports(frame) if "clicked" in r]) == clicked  # the event under the first vertex
    state = _container(frame)
    assert state["drawing"] and state["drawn"] == "LineString" and state["shown"] == 1 and state["toolbar"] == 0
    _screenshot(page.page, artifacts / f"draw-line{'' if name == 'unbundled' else '-bundled'}.png")

    # a polygon: four clicks, then the first vertex again; the line goes with the change of kind
    frame.evaluate("(s) => briefmapApplyState(s)", _state("polygon"))
    assert _container(frame)["draw"] == "polygon" and _container(frame)["drawn"] is None
    square = [(300, 250), (520, 240), (540, 430), (310, 460)]
    for xy in square:
        _click(frame, xy)
    _click(frame, square[0])
    report = _drawn(frame, 2)
    assert report["drawKind"] == "polygon" and report["drawn"]["type"] == "Polygon"
    ring = report["drawn"]["coordinates"]
    assert len(ring) == 1 and len(ring[0]) == 5 and ring[0][0] == ring[0][-1]
    assert _near(_pixels(frame, ring[0][:4]), square)
    assert _container(frame)["drawn"] == "Polygon"
    _screenshot(page.page, artifacts / f"draw-polygon{'' if name == 'unbundled' else '-bundled'}.png")

    # Escape drops the shape being drawn; draw mode goes on, and the next shape has only its own vertices
    frame.evaluate("(s) => briefmapApplyState(s)", _state("line"))
    _click(frame, (700, 500))
    _click(frame, (760, 560))
    frame.page.keyboard.press("Escape")
    frame.page.wait_for_timeout(300)
    assert _container(frame)["drawing"] and len([r for r in _reports(frame) if "drawn" in r]) == 2
    again = [(650, 300), (800, 320)]
    for xy in again:
        _click(frame, xy)
    _click(frame, again[-1])
    report = _drawn(frame, 3)
    assert report["drawn"]["type"] == "LineString" and _near(_pixels(frame, report["drawn"]["coordinates"]), again)

    # a point
    frame.evaluate("(s) => briefmapApplyState(s)", _state("point"))
    _click(frame, (900, 600))
    report = _drawn(frame, 4)
    assert report["drawKind"] == "point" and report["drawn"]["type"] == "Point"
    assert _near(_pixels(frame, [report["drawn"]["coordinates"]]), [(900, 600)])

    # draw mode off: the shape shown goes, and a click on the event is reported again
    frame.evaluate("(s) => briefmapApplyState(s)", _state(None))
    assert _container(frame) == {"drawing": False, "draw": None, "drawn": None, "toolbar": 0, "shown": 0}
    assert frame.evaluate("() => document.querySelectorAll('.leaflet-draw-tooltip').length") == 0
    _click(frame, _point(frame, EVENT))
    frame.wait_for_function(f"() => window.__reports.filter(r => r.clicked).length > {clicked}", timeout=10_000)
    assert len([r for r in _reports(frame) if "drawn" in r]) == 4
    assert page.blocked == [] and page.errors == []


def test_a_map_not_built_for_drawing_has_no_draw_mode(page, server):
    """Viewers' maps do not load Leaflet.draw, and ignore state.draw."""
    frame = _open(page, server, "plain")
    assert frame.evaluate("() => typeof L.Draw") == "undefined"
    assets = frame.eval_on_selector_all("script[src], link[href]", "es => es.map(e => e.src || e.href)")
    assert assets and not any("leaflet-draw" in a for a in assets)
    frame.evaluate("(s) => briefmapApplyState(s)", _state("line"))
    assert _container(frame) == {"drawing": False, "draw": None, "drawn": None, "toolbar": 0, "shown": 0}
    _click(frame, _point(frame, EVENT))
    frame.wait_for_function("() => window.__reports.some(r => r.clicked)", timeout=10_000)
    assert page.blocked == [] and page.errors == []
