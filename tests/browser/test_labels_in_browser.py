"""Map labels never overlap: in the app at every zoom, in presenter mode, and in snapshots."""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.load import load_briefings
from filters.events import filter_events, filter_options
from loaders.gazetteer import build_gazetteer, feature_names
from snapshots.layout import layout_html
from snapshots.render import READY
from snapshots.request import scene_snapshot
from snapshots.sizes import SIZES
from tests.browser.conftest import OfflinePage, map_frame, wait_idle

pytestmark = pytest.mark.browser

#: What is on the map right now: the labels a reader sees (inside the map, not hidden), the
#: pairs of them that overlap, and the labels drawn over a point symbol.
LABELS_NOW = """
() => {
  const c = document.querySelector('.leaflet-container');
  const m = c.getBoundingClientRect();
  // (a tooltip whose layer was just removed fades out for 200 ms at opacity 0)
  const shown = e => e.offsetWidth > 0 && getComputedStyle(e).visibility !== 'hidden'
    && getComputedStyle(e).opacity !== '0';
  const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const labels = [...c.querySelectorAll('.bm-town-text, .leaflet-tooltip.briefmap-label, .briefmap-annotation-label')]
    .filter(shown)
    .map(e => ({ text: e.textContent.trim(), box: e.getBoundingClientRect(),
                 pinned: e.classList.contains('briefmap-annotation-label') }))
    .filter(l => hit(l.box, m));
  const symbols = [...c.querySelectorAll('.leaflet-marker-pane .briefmap-icon')].filter(shown)
    .map(e => e.getBoundingClientRect());
  const overlaps = [];
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      if (hit(labels[i].box, labels[j].box)) overlaps.push(labels[i].text + ' / ' + labels[j].text);
    }
  }
  const covering = labels.filter(l => !l.pinned && symbols.some(s => hit(l.box, s))).map(l => l.text);
  const tip = c.querySelector('.leaflet-tooltip.briefmap-label');
  return {
    labels: labels.map(l => l.text), overlaps, covering,
    placed: c.getAttribute('data-labels-placed'), hidden: c.getAttribute('data-labels-hidden'),
    presenter: c.classList.contains('briefmap-presenter'),
    tipPx: tip ? parseFloat(getComputedStyle(tip).fontSize) : null,
  };
}
"""

#: LABELS_NOW once the placement a zoom, move or resize scheduled has run (it runs in the next frame).
LABELS_SETTLED = (
    "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(("
    + LABELS_NOW
    + ")()))))"
)

ZOOM_TO = """
z => new Promise(done => {
  const map = window.map;
  if (map.getZoom() === z) { done(z); return; }
  map.once('zoomend', () => done(map.getZoom()));
  map.setZoom(z, { animate: false });
})
"""


@pytest.fixture
def hd_page(browser):
    context = browser.new_context(viewport={"width": 1920, "height": 1080})
    wrapped = OfflinePage(context.new_page())
    yield wrapped
    context.close()


def _open(page, url):
    page.page.goto(url)
    frame = map_frame(page.page)
    wait_idle(page.page)
    frame.wait_for_selector(".leaflet-container[data-labels-placed]")
    return frame


def _assert_readable(state, where):
    assert state["overlaps"] == [], f"{where}: labels overlap: {state['overlaps']}"
    assert state["covering"] == [], f"{where}: labels cover a symbol: {state['covering']}"


def test_labels_do_not_overlap_in_the_default_view_at_any_zoom(hd_page, app_url, artifacts):
    frame = _open(hd_page, app_url)
    first = frame.evaluate(LABELS_SETTLED)
    _assert_readable(first, "default view")
    # the theatre's own label wins over the posts and the GeoNames town under its star
    assert "Jisr al-Shughur" in first["labels"] and "Ishtabraq" in first["labels"]
    assert "Jisr ash Shughur" not in first["labels"]
    assert "Hmeimim Air Base (RU)" in first["labels"] and "Idlib" in first["labels"]
    assert len(first["labels"]) >= 15 and int(first["hidden"]) >= 1
    start = frame.evaluate("() => window.map.getZoom()")
    seen = {start: len(first["labels"])}
    for zoom in (start + 1, start + 2, max(start + 2, 10.5), start - 1, start):
        assert frame.evaluate(ZOOM_TO, zoom) == zoom
        state = frame.evaluate(LABELS_SETTLED)
        _assert_readable(state, f"zoom {zoom}")
        assert state["labels"], f"zoom {zoom}: no label at all"
        seen[zoom] = len(state["labels"])
    # zoomed in, the minor towns show (and find room): more labels than in the theatre view
    assert max(seen.values()) > seen[start]
    assert frame.evaluate(LABELS_SETTLED)["labels"] == first["labels"]  # back where it started
    assert hd_page.errors == [] and hd_page.blocked == []


def test_labels_are_placed_again_when_a_layer_is_switched(hd_page, app_url):
    frame = _open(hd_page, app_url)
    before = frame.evaluate(LABELS_SETTLED)
    # the town of Murak lies under the Morek post, whose label names the place
    assert "Morek (evacuated)" in before["labels"] and "Murak" not in before["labels"]
    frame.locator(".leaflet-control-layers").hover()
    frame.get_by_label("Turkish posts").uncheck()
    without = frame.evaluate(LABELS_SETTLED)
    _assert_readable(without, "Turkish posts off")
    assert "Morek (evacuated)" not in without["labels"] and "Murak" in without["labels"]
    frame.get_by_label("Turkish posts").check()
    again = frame.evaluate(LABELS_SETTLED)
    _assert_readable(again, "Turkish posts on again")
    assert again["labels"] == before["labels"]


def test_labels_do_not_overlap_in_presenter_mode(hd_page, app_url, artifacts):
    frame = _open(hd_page, f"{app_url}/?presenter=1")
    state = frame.evaluate(LABELS_SETTLED)
    assert state["presenter"] and state["tipPx"] >= 15  # the larger presenter text is what is placed
    _assert_readable(state, "presenter mode")
    assert "Jisr al-Shughur" in state["labels"]
    start = frame.evaluate("() => window.map.getZoom()")
    for zoom in (start + 1, start):
        frame.evaluate(ZOOM_TO, zoom)
        _assert_readable(frame.evaluate(LABELS_SETTLED), f"presenter, zoom {zoom}")
    hd_page.page.screenshot(path=str(artifacts / "labels-presenter.png"))


#: Put first in the page's body: records the labels the moment the page says it is ready for the shot.
AT_READY = (
    "<script>new MutationObserver((_, obs) => {"
    "  if (document.body.getAttribute('data-snapshot-ready') === '1') {"
    "    obs.disconnect(); window.__labelsAtReady = (" + LABELS_NOW + ")();"
    "  }"
    "}).observe(document.body, { attributes: true, attributeFilter: ['data-snapshot-ready'] });</script>"
)
BODY = '<body class="briefmap-snapshot">'


@pytest.mark.parametrize(("scene", "size"), [(1, "slide"), (4, "slide"), (6, "720p")])
def test_snapshot_labels_are_placed_before_the_page_is_ready(browser, theatre, events, scene, size):
    options = filter_options(events)
    briefing = load_briefings(build_gazetteer(theatre), feature_names(theatre))[0]["default"]
    snap = scene_snapshot(briefing, scene, options, marking="UNCLASSIFIED // FOR TRAINING", size=SIZES[size])
    html = layout_html(snap, theatre, filter_events(events, snap.spec.filter), options,
                       produced=dt.date(2026, 11, 26))
    ctx = browser.new_context(viewport={"width": SIZES[size].width_px, "height": SIZES[size].height_px})
    ctx.route("**/*", lambda r: r.abort() if r.request.url.startswith("http") else r.continue_())
    page = ctx.new_page()
    assert html.count(BODY) == 1
    page.set_content(html.replace(BODY, BODY + AT_READY))
    page.wait_for_selector(READY, state="attached")
    state = page.evaluate("() => window.__labelsAtReady")
    ctx.close()
    assert state is not None and state["placed"] is not None, "labels were not placed before the ready flag"
    _assert_readable(state, f"scene {scene} ({size})")
    assert len(state["labels"]) >= 10
