"""Snapshots rendered by Chromium: PNG, PDF, offline HTML, the batch CLI and the app's export."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageStat
from pypdf import PdfReader

from bench.standalone_size import standalone_of
from bench.synthetic import synthetic_events
from briefings.load import load_briefings
from charts.common import undated
from filters.events import filter_events, filter_options, select_events
from loaders.gazetteer import build_gazetteer, feature_names
from snapshots.layout import layout_html
from snapshots.render import READY, Renderer
from snapshots.request import scene_snapshot
from snapshots.sizes import SIZES
from snapshots.standalone import standalone_html
from tests.browser.conftest import map_frame, wait_idle

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def setup(theatre, events):
    options = filter_options(events)
    briefing = load_briefings(build_gazetteer(theatre), feature_names(theatre))[0]["default"]
    return options, briefing


def _snap(setup, n, size="slide", marking="UNCLASSIFIED // FOR TRAINING"):
    options, briefing = setup
    return scene_snapshot(briefing, n, options, marking=marking, size=SIZES[size])


def _page(setup, theatre, events, n, size="slide"):
    options, _ = setup
    snap = _snap(setup, n, size)
    return layout_html(snap, theatre, filter_events(events, snap.spec.filter), options, produced=DAY)


def _not_blank(png: bytes) -> float:
    img = Image.open(io.BytesIO(png)).convert("L")
    return ImageStat.Stat(img).stddev[0]


def test_layout_dom_is_complete_before_the_shot(browser, setup, theatre, events):
    html = _page(setup, theatre, events, 4)
    ctx = browser.new_context(viewport={"width": 1920, "height": 1080})
    ctx.route("**/*", lambda r: r.abort() if r.request.url.startswith("http") else r.continue_())
    page = ctx.new_page()
    page.set_content(html)
    page.wait_for_selector(READY, state="attached")
    dom = page.evaluate(
        """() => ({
            title: document.querySelector('[data-role=title]').textContent,
            subtitle: document.querySelector('[data-role=subtitle]').textContent,
            legend: document.querySelector('[data-role=legend]').innerText,
            markings: document.querySelectorAll('.marking').length,
            scale: !!document.querySelector('.leaflet-control-scale'),
            north: !!document.querySelector('.north svg'),
            events: document.querySelector('.leaflet-container').getAttribute('data-events-drawn'),
            zoomButtons: document.querySelectorAll('.leaflet-control-zoom').length,
            sources: document.querySelector('[data-role=sources]').textContent,
        })"""
    )
    assert dom["title"].startswith("Idlib, Sept–Oct 2020")
    assert dom["subtitle"] == "4/7 · Strikes around Jisr al-Shughur, September–October 2020"
    assert "Explosions/Remote violence" in dom["legend"] and "Jisr al-Shughur" in dom["legend"]
    assert dom["markings"] == 2 and dom["scale"] and dom["north"]
    assert dom["events"] == "6" and dom["zoomButtons"] == 0
    assert "Jesr Press" in dom["sources"]
    ctx.close()


@pytest.mark.parametrize("size", ["slide", "720p"])
def test_png_has_the_right_size_and_is_not_blank(setup, theatre, events, size, artifacts):
    with Renderer() as renderer:
        png = renderer.render(_page(setup, theatre, events, 6, size), SIZES[size], "png")
        assert renderer.blocked == []
    img = Image.open(io.BytesIO(png))
    assert img.size == (SIZES[size].width_px, SIZES[size].height_px)
    assert _not_blank(png) > 20
    (artifacts / f"snapshot-scene6-{size}.png").write_bytes(png)


@pytest.mark.parametrize(("size", "points"), [("a4", (842, 595)), ("letter", (792, 612))])
def test_pdf_renders_one_landscape_page(tmp_path, setup, theatre, events, size, points, artifacts):
    with Renderer() as renderer:
        pdf = renderer.render(_page(setup, theatre, events, 5, size), SIZES[size], "pdf")
    path = tmp_path / f"scene5-{size}.pdf"
    path.write_bytes(pdf)
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == points
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(path), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 1
    raster = pages[0].read_bytes()
    assert _not_blank(raster) > 20
    w, h = Image.open(io.BytesIO(raster)).size
    assert w > h  # landscape
    shutil.copy(path, artifacts / path.name)


_BOXES = """() => Object.fromEntries(['.map-box', '.charts', '[data-role=chart-weekly]',
  '[data-role=chart-fatalities]', 'aside', 'footer', '.body'].map(sel => {
  const r = document.querySelector(sel).getBoundingClientRect();
  return [sel, [r.left, r.top, r.right, r.bottom]];
}))"""


def _overlap(a, b) -> bool:
    return a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5


@pytest.mark.parametrize("size", ["720p", "a4"])
def test_charts_band_fits_under_the_map(browser, setup, theatre, events, size, artifacts):
    options, _ = setup
    snap = scene_snapshot(setup[1], 4, options, marking="UNCLASSIFIED", size=SIZES[size], charts=True)
    html = layout_html(snap, theatre, filter_events(events, snap.spec.filter), options, produced=DAY,
                       chart_events=select_events(events, undated(snap.spec.filter)))
    dims = SIZES[size]
    ctx = browser.new_context(viewport={"width": dims.width_px, "height": dims.height_px})
    ctx.route("**/*", lambda r: r.abort() if r.request.url.startswith("http") else r.continue_())
    page = ctx.new_page()
    page.set_content(html)
    page.wait_for_selector(READY, state="attached")
    box = page.evaluate(_BOXES)
    weekly, fatalities = box["[data-role=chart-weekly]"], box["[data-role=chart-fatalities]"]
    assert not _overlap(weekly, fatalities)
    for chart in (weekly, fatalities):
        assert not _overlap(chart, box[".map-box"]) and not _overlap(chart, box["aside"])
        assert not _overlap(chart, box["footer"])
        assert box[".body"][1] <= chart[1] and chart[3] <= box[".body"][3]  # inside the page body
        assert chart[3] - chart[1] >= 0.2 * dims.height_px and chart[2] - chart[0] >= 0.3 * dims.width_px
    assert box[".map-box"][3] - box[".map-box"][1] >= 0.5 * dims.height_px  # the map stays the main thing
    # each chart's drawing fits its box (nothing cut off)
    fit = page.evaluate("""() => [...document.querySelectorAll('.chart svg')].map(svg => {
        const b = svg.getBBox(), vb = svg.viewBox.baseVal;
        return [b.x >= vb.x - 1, b.y >= vb.y - 1, b.x + b.width <= vb.x + vb.width + 1,
                b.y + b.height <= vb.y + vb.height + 1]; })""")
    assert fit == [[True] * 4, [True] * 4]
    page.screenshot(path=str(artifacts / f"snapshot-charts-scene4-{size}.png"))
    ctx.close()


def _open_offline(browser, path):
    """Open a file in a new context with the network cut: (context, page, requests made, page errors)."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True)
    requests: list[str] = []
    ctx.on("request", lambda r: requests.append(r.url))
    page = ctx.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    return ctx, page, requests, errors


def test_standalone_html_opens_with_the_network_cut(tmp_path, browser, setup, theatre, events, artifacts):
    options, _ = setup
    snap = _snap(setup, 4)
    html = standalone_html(snap, theatre, filter_events(events, snap.spec.filter), options, produced=DAY)
    path = tmp_path / "scene4.html"
    path.write_text(html, encoding="utf-8")
    ctx, page, requests, errors = _open_offline(browser, path)
    page.wait_for_selector(".leaflet-container[data-briefmap-ready='1']")
    names = page.eval_on_selector_all(
        ".leaflet-control-layers-overlays label", "ls => ls.map(l => l.textContent.trim())"
    )
    assert "Events" in names and "Turkish posts" in names and "M4 highway" in names
    assert page.get_attribute(".leaflet-container", "data-events-drawn") == "6"
    assert "Events 15 Sep 2020 – 26 Oct 2020" in page.inner_text(".briefmap-title-box")
    # layers still toggle, and event details open without any server
    page.hover(".leaflet-control-layers")
    page.get_by_label("Turkish posts").uncheck()
    assert not page.locator(".briefmap-legend-section[data-layer='turkish_posts']").is_visible()
    x, y = page.evaluate("() => { const m = Object.values(window).find(v => v instanceof L.Map);"
                         " const p = m.latLngToContainerPoint([36.11639, 36.51472]); return [p.x, p.y]; }")
    page.mouse.click(x, y)
    popup = page.locator(".briefmap-event-details")
    popup.wait_for()
    assert "SYR-BM-0012" in popup.inner_text() and "Faylaq al Sham" in popup.inner_text()
    assert errors == []
    assert [r for r in requests if not r.startswith(("file:", "data:"))] == []
    page.screenshot(path=str(artifacts / "standalone-scene4.png"))
    ctx.close()


_ZOOM_TO = """([lat, lon]) => new Promise(resolve => {
  const m = Object.values(window).find(v => v instanceof L.Map);
  m.setView([lat, lon], 18, {animate: false});
  requestAnimationFrame(() => requestAnimationFrame(() => {
    const p = m.latLngToContainerPoint([lat, lon]);
    resolve([p.x, p.y, m.getContainer().getAttribute('data-events-mode')]);
  }));
})"""


def test_standalone_with_100k_events_inflates_details_at_the_first_click(tmp_path, browser, theatre, artifacts):
    """The details travel compressed; a click inflates them once and the popup shows the event's record."""
    events = synthetic_events(100_000)
    first, second = events.index[4242], events.index[77_777]
    events.loc[first, "notes"] = 'SYNTHETIC: convoy 4242 seen <img src=x onerror="window.pwned=1"> & gone'
    events.loc[second, "notes"] = "SYNTHETIC: second note, read from the cached details"
    html = standalone_of(theatre, events)
    assert "convoy 4242" not in html  # only inside the compressed blob
    path = tmp_path / "events-100k.html"
    path.write_text(html, encoding="utf-8")
    ctx, page, requests, errors = _open_offline(browser, path)
    page.wait_for_selector(".leaflet-container[data-events-loaded='1']", timeout=60_000)
    assert page.get_attribute(".leaflet-container", "data-event-details") is None  # not inflated yet

    row = events.loc[first]
    x, y, mode = page.evaluate(_ZOOM_TO, [float(row["latitude"]), float(row["longitude"])])
    assert mode == "points"
    page.mouse.click(x, y)
    popup = page.locator(".briefmap-event-details")
    popup.wait_for(timeout=30_000)
    text = popup.inner_text()
    assert "SYNTHETIC-0004242" in text and "convoy 4242 seen <img src=x" in text  # the tag shown as text
    assert "Synthetic place" in text and str(row["event_date"]) in text
    assert popup.locator("img").count() == 0 and page.evaluate("() => window.pwned") is None
    assert page.get_attribute(".leaflet-container", "data-event-details") == "1"
    page.mouse.move(5, 450)  # off the event: its tooltip would cover the popup in the picture
    page.wait_for_function("() => getComputedStyle(document.querySelector('.leaflet-popup')).opacity === '1'")
    page.screenshot(path=str(artifacts / "standalone-100k-details.png"))
    inflate_ms = page.evaluate("() => { const m = Object.values(window).find(v => v instanceof L.Map); let t;"
                               " m.eachLayer(l => { if (l instanceof L.BriefmapEvents) t = l.detailsMs; });"
                               " return t; }")
    assert inflate_ms is not None and inflate_ms > 0

    # a second event: the details are cached, its popup replaces the first
    row = events.loc[second]
    x, y, _ = page.evaluate(_ZOOM_TO, [float(row["latitude"]), float(row["longitude"])])
    page.mouse.click(x, y)
    popup = page.locator(".briefmap-event-details", has_text="SYNTHETIC-0077777")
    popup.wait_for(timeout=10_000)
    text = popup.inner_text()
    assert "read from the cached details" in text and "SYNTHETIC-0004242" not in text
    # the first popup fades out (Leaflet removes it 200 ms after closing it)
    page.wait_for_function("() => document.querySelectorAll('.briefmap-event-details').length === 1")
    assert errors == []
    assert [r for r in requests if not r.startswith(("file:", "data:", "blob:"))] == []
    ctx.close()


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "snapshots", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=600)


def test_cli_writes_one_png_per_scene(tmp_path):
    out = tmp_path / "deck"
    run = _cli("--briefing", "default", "--format", "png", "--out", str(out))
    assert run.returncode == 0, run.stderr
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 7 and files[0].startswith("01-the-theatre") and files[-1] == "07-indicators-to-watch.png"
    assert all(re.fullmatch(r"0[1-7]-[a-z0-9-]+\.png", f) for f in files)
    progress = [line for line in run.stdout.splitlines() if line.startswith("[")]
    assert len(progress) == 7 and progress[0].startswith("[1/7] scene 1:")
    for f in out.iterdir():
        assert Image.open(f).size == (1920, 1080)


def test_cli_one_scene_as_pdf_and_html(tmp_path):
    run = _cli("--briefing", "default", "--format", "pdf", "--size", "letter", "--scene", "5",
               "--marking", "", "--out", str(tmp_path))
    assert run.returncode == 0, run.stderr
    (pdf,) = tmp_path.glob("*.pdf")
    assert pdf.name == "05-why-jisr-al-shughur-matters-to-hmeimim.pdf" and len(PdfReader(pdf).pages) == 1
    run = _cli("--briefing", "default", "--format", "html", "--scene", "2", "--out", str(tmp_path))
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "02-turkish-forces-and-posts-in-idlib.html").stat().st_size > 100_000


def test_cli_adds_charts_to_a_png(tmp_path):
    run = _cli("--briefing", "default", "--format", "png", "--size", "720p", "--scene", "4", "--charts",
               "--out", str(tmp_path))
    assert run.returncode == 0, run.stderr
    (png,) = tmp_path.glob("*.png")
    assert Image.open(png).size == (1280, 720)
    run = _cli("--briefing", "default", "--format", "html", "--charts", "--out", str(tmp_path / "html"))
    assert run.returncode == 2 and "--charts is for PNG and PDF" in run.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--briefing", "nope"), "error: unknown briefing 'nope' (known: default)"),
        (("--briefing", "default", "--scene", "99"), "error: briefing 'default' has scenes 1–7, not 99"),
    ],
)
def test_cli_errors_exit_non_zero(tmp_path, args, message):
    run = _cli(*args, "--out", str(tmp_path))
    assert run.returncode == 2 and message in run.stderr
    assert list(tmp_path.iterdir()) == []


def test_cli_unwritable_output_folder(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    run = _cli("--briefing", "default", "--out", str(blocker / "deck"))
    assert run.returncode == 2 and "error: cannot write to output folder" in run.stderr


def test_the_app_exports_a_png_of_the_view(page, app_url, artifacts):
    pg = page.page
    pg.goto(f"{app_url}/?briefing=default&scene=3")
    map_frame(pg)
    wait_idle(pg)
    pg.get_by_text("Map image, PDF or HTML").click()
    pg.get_by_role("button", name="Prepare PNG image").click()
    button = pg.get_by_role("button", name=re.compile(r"Download the-m4-and-its-march-2020-security-corridor\.png"))
    button.wait_for(timeout=60_000)
    with pg.expect_download() as info:
        button.click()
    path = artifacts / "app-export.png"
    info.value.save_as(path)
    assert Image.open(path).size == (1920, 1080)
    assert page.blocked == []
