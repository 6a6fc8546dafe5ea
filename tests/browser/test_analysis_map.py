"""The analysis on the map: the browser's hexagons and Near mask agree with the Python that the
command line and the tests use, and a briefer can set a Near by picking a point."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from analysis import hexbin
from analysis.near import Near
from bench.synthetic import synthetic_events
from filters.events import EventFilter, filter_options, select_events, to_day
from layers.event_pack import encode_mask, filter_state
from loaders.theatre import load_theatre
from mapview import selection
from mapview.compose import RenderOptions, build_map
from mapview.spec import MapSpec, View
from offline.inline import INLINE_BASE, inline_assets
from tests.browser.conftest import map_with_events, wait_idle

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def synthetic():
    events = synthetic_events(3000, seed=11)
    events["fatalities"] = np.random.default_rng(2).integers(0, 9, len(events))
    return events


@pytest.fixture(scope="module")
def standalone(browser, synthetic, tmp_path_factory):
    """A map of the synthetic events with both hexagon layers on, opened in Chromium."""
    opts = filter_options(synthetic)
    spec = MapSpec(layers=frozenset({"events", "density", "change"}), view=View(center=(35.8, 36.5), zoom=9))
    fmap = build_map(spec, load_theatre(), synthetic, data_last_day=opts.last_day,
                     options=RenderOptions(base_url=INLINE_BASE))
    path = tmp_path_factory.mktemp("hex") / "page.html"
    path.write_text(inline_assets(fmap.get_root().render()), encoding="utf-8")
    ctx = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = ctx.new_page()
    pg.goto(path.as_uri())
    pg.wait_for_selector(".leaflet-container[data-events-loaded='1'][data-hex-size]")
    yield pg, opts
    ctx.close()


_CELLS = """([mode, state, zoom, settings]) => {
  const entry = window.briefmapMaps[0], map = entry.map;
  entry.events.setFilter(state);
  map.setZoom(zoom, {animate: false});
  let layer = null;
  entry.groups[mode].eachLayer(l => { if (l instanceof L.BriefmapHexes) layer = l; });
  layer.setSettings(settings);
  layer._update(true);
  return {size: layer.getSize(), cells: layer.cells(), breaks: layer._last.breaks};
}"""


def _f32(events: pd.DataFrame) -> pd.DataFrame:
    """The positions as the browser has them: 4-byte floats in the event pack."""
    out = events.copy()
    out["longitude"] = out["longitude"].astype(np.float32).astype(float)
    out["latitude"] = out["latitude"].astype(np.float32).astype(float)
    return out


@pytest.mark.parametrize("zoom, by, flt", [
    (8, "events", EventFilter()),
    (10, "events", EventFilter(start=dt.date(2020, 9, 20), end=dt.date(2020, 10, 5))),
    (9, "fatalities", EventFilter(event_types=("Battles", "Explosions/Remote violence"))),
    (12, "events", EventFilter(start=dt.date(2020, 10, 1), end=dt.date(2020, 10, 3))),
])
def test_the_browser_bins_the_events_as_analysis_hexbin_does(standalone, synthetic, zoom, by, flt):
    pg, opts = standalone
    got = pg.evaluate(_CELLS, ["density", filter_state(flt), zoom, {"by": by, "since": None}])
    size = hexbin.size_for_zoom(zoom)
    assert got["size"] == size
    shown = _f32(select_events(synthetic, flt).frame)
    expect = hexbin.hexbin(shown, size)
    expect = expect[expect[by] > 0]
    assert sorted((c["q"], c["r"], c["value"]) for c in got["cells"]) == \
        sorted(zip(expect["q"], expect["r"], expect[by].astype(float)))
    assert got["breaks"] == hexbin.class_breaks(int(expect[by].max()))


def test_the_browser_change_map_is_analysis_hexbin_change_bins(standalone, synthetic):
    pg, opts = standalone
    since, end = dt.date(2020, 10, 10), opts.last_day
    days = (end - since).days + 1
    got = pg.evaluate(_CELLS, ["change", filter_state(EventFilter(end=end)), 9, {"by": "events",
                                                                                 "since": to_day(since)}])
    ev = _f32(synthetic)
    in_since = select_events(ev, EventFilter(start=since, end=end)).frame
    in_before = select_events(ev, EventFilter(start=since - dt.timedelta(days=days),
                                              end=since - dt.timedelta(days=1))).frame
    expect = hexbin.change_bins(in_since, in_before, got["size"])
    assert sorted((c["q"], c["r"], c["value"]) for c in got["cells"]) == \
        sorted(zip(expect["q"], expect["r"], expect["change"].astype(float)))
    assert got["breaks"] == hexbin.class_breaks(int(expect["change"].abs().max()), 3)


def test_the_legend_classes_are_the_same_rule_in_both_languages(standalone):
    pg, _ = standalone
    maxima = [1, 2, 5, 6, 7, 9, 10, 11, 40, 99, 100, 101, 999, 1000, 1001, 12345, 65534]
    got = pg.evaluate("(ms) => ms.map(m => [L.BriefmapHexes.classBreaks(m, 5), L.BriefmapHexes.classBreaks(m, 3)])",
                      maxima)
    assert got == [[hexbin.class_breaks(m, 5), hexbin.class_breaks(m, 3)] for m in maxima]


def test_the_browser_keeps_exactly_the_events_of_the_near_mask(standalone, synthetic):
    pg, _ = standalone
    theatre = load_theatre()
    for near in (Near("m4_highway", 6), Near("turkish_posts", 5), Near("place:Saraqib", 12)):
        mask = selection.near_mask(synthetic, MapSpec(near=near), theatre)
        blob = encode_mask(mask)
        got = pg.evaluate("""async ([b64, n]) => {
            const l = window.briefmapMaps[0].events; l.setFilter({});
            l.setNear({inline: b64, n: n, key: b64.slice(0, 40) + n});
            for (let k = 0; k < 100 && l._nearPending; k++) await new Promise(r => setTimeout(r, 20));
            return l.countInWindow(); }""", [blob.b64(), blob.n])
        assert got == int(mask.sum()) and 0 < got < len(synthetic), near
    assert pg.evaluate("() => { const l = window.briefmapMaps[0].events; l.setNear(null);"
                       " return l.countInWindow(); }") == len(synthetic)


def test_a_link_with_near_and_a_picked_point_filter_the_app_map(page, app_url, artifacts):
    pg = page.page
    pg.goto(f"{app_url}/?near=m4_highway:6&layers=sea,border,towns,m4_highway,turkish_posts,events,density")
    frame = map_with_events(pg)
    frame.wait_for_selector(".leaflet-container[data-near='Within 6 km of M4 highway (position ±6 km at worst)']")
    frame.wait_for_function("document.querySelector('.leaflet-container').dataset.eventsCount === '4'")
    assert pg.get_by_text("within 6 km of M4 highway").count() >= 1
    assert frame.locator("[data-hex-legend='density']").inner_text().startswith("Events per hexagon")
    pg.screenshot(path=str(artifacts / "near-m4-6km.png"))

    pg.get_by_role("button", name="Pick a point on the map").click()
    wait_idle(pg)
    frame.wait_for_selector(".leaflet-container.briefmap-picking")
    box = frame.locator(".leaflet-container").bounding_box()
    frame.locator(".leaflet-container").click(position={"x": box["width"] / 2, "y": box["height"] / 2})
    frame.wait_for_function("(document.querySelector('.leaflet-container').dataset.near || '').includes('km of 3')")
    wait_idle(pg)
    assert "near=%40" in pg.url or "near=@" in pg.url  # the link now carries the picked point
    label = frame.get_attribute(".leaflet-container", "data-near")
    assert label.startswith("Within 6 km of 35.") or label.startswith("Within 6 km of 36."), label
    assert not page.errors and not page.blocked
