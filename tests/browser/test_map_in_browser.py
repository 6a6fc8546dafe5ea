"""The map itself, in Chromium: layers, events, legend, tools, details on click, offline."""

from __future__ import annotations

import pytest

from tests.browser.conftest import map_frame

pytestmark = pytest.mark.browser

LAYER_TITLES = [
    "Sea and coastline", "Syria–Turkey border", "Rivers", "Towns", "al-Ghab Plain and Orontes",
    "M4 security corridor (5 Mar 2020)", "M4 highway", "Jisr al-Shughur", "Hmeimim Air Base (Russia)",
    "Turkish posts", "Event density (hexagons)", "Change since last brief (hexagons)", "Events",
]
#: Off by default: the hexagon layers.
OFF = {"Event density (hexagons)", "Change since last brief (hexagons)"}


def test_the_map_shows_the_theatre_layers_and_the_events(page, app_url, artifacts):
    page.page.goto(app_url)
    frame = map_frame(page.page)
    # beside the map the legend is open; in the normal-size map it starts folded
    side = page.page.locator(".bm-legend").inner_text()
    assert "Explosions/Remote violence" in side and "Turkish observation post (Astana)" in side
    assert frame.locator(".briefmap-legend-body").is_hidden()
    frame.click(".briefmap-legend-toggle")
    state = frame.evaluate(
        """() => {
            const c = document.querySelector('.leaflet-container');
            const names = [...document.querySelectorAll('.leaflet-control-layers-overlays label')]
                .map(s => s.textContent.trim());
            const checked = [...document.querySelectorAll('.leaflet-control-layers-overlays input')]
                .filter(i => i.checked).length;
            return {
                drawn: c.getAttribute('data-events-drawn'),
                mode: c.getAttribute('data-events-mode'),
                names, checked,
                areas: document.querySelectorAll('.leaflet-briefmapAreas-pane path').length,
                lines: document.querySelectorAll('.leaflet-briefmapLines-pane path').length,
                basemap: document.querySelectorAll('.leaflet-briefmapBasemap-pane path').length,
                markers: document.querySelectorAll('.leaflet-marker-pane .briefmap-icon').length,
                labels: [...document.querySelectorAll('.briefmap-label')].map(e => e.textContent.trim()),
                legend: document.querySelector('.briefmap-legend').innerText,
                scale: !!document.querySelector('.leaflet-control-scale'),
                measure: !!document.querySelector('.leaflet-control-measure'),
                fullscreen: !!document.querySelector('.leaflet-control-fullscreen, .leaflet-control-zoom-fullscreen'),
                mouse: !!document.querySelector('.leaflet-control-mouseposition'),
                reset: !!document.querySelector('.briefmap-reset'),
                canvas: document.querySelectorAll('canvas.briefmap-events-canvas').length,
            };
        }"""
    )
    assert state["names"] == LAYER_TITLES
    assert state["checked"] == len(LAYER_TITLES) - len(OFF)
    assert state["drawn"] == "12" and state["mode"] == "points" and state["canvas"] == 1
    assert state["areas"] >= 10 and state["lines"] >= 6 and state["basemap"] >= 30
    assert "Jisr al-Shughur" in state["labels"] and "Hmeimim Air Base (RU)" in state["labels"]
    assert "Morek (evacuated)" in state["labels"]  # evacuated 19–20 Oct, window ends 26 Oct
    for text in ("Explosions/Remote violence", "Strategic developments", "Turkish observation post", "M4 highway"):
        assert text in state["legend"]
    assert all(state[k] for k in ("scale", "measure", "fullscreen", "mouse", "reset"))
    assert page.blocked == [] and page.errors == []
    page.page.screenshot(path=str(artifacts / "map-default.png"), full_page=True)


def test_the_map_loads_its_scripts_from_the_bundle_when_it_is_built(page, app_url):
    from offline.assets import BUNDLE, bundle_is_current

    page.page.goto(app_url)
    frame = map_frame(page.page)
    scripts = frame.eval_on_selector_all("script[src*='/app/static/']", "ss => ss.map(s => s.src)")
    # local mode: the user may draw, so Leaflet.draw comes beside the map's own scripts
    draw = "/app/static/vendor/leaflet-draw/leaflet.draw.js"
    assert scripts[-1].endswith(draw)
    if bundle_is_current():  # scripts/test.sh builds it before the tests
        assert len(scripts) == 2 and scripts[0].endswith(BUNDLE)
    else:
        assert len(scripts) == 10 and not any(s.endswith(BUNDLE) for s in scripts)


def test_clicking_an_event_shows_its_record_beside_the_map(page, app_url, artifacts):
    page.page.goto(app_url)
    frame = map_frame(page.page)
    # the 26 Oct strike near Kafr Takharim stands alone, so the click hits exactly one event
    x, y = frame.evaluate(
        "() => { const p = window.map.latLngToContainerPoint([36.11639, 36.51472]); return [p.x, p.y]; }"
    )
    frame.locator(".leaflet-container").hover(position={"x": x, "y": y})
    tip = frame.locator(".briefmap-event-tooltip")
    tip.wait_for(state="visible")
    assert "2020-10-26" in tip.inner_text() and "Kafr Takharim" in tip.inner_text()
    frame.locator(".leaflet-container").click(position={"x": x, "y": y})
    page.page.get_by_text("SYR-BM-0012").wait_for(timeout=20_000)
    body = page.page.inner_text("body")
    assert "Faylaq al Sham" in body and "2 – near the place" in body
    page.page.screenshot(path=str(artifacts / "map-event-details.png"), full_page=True)
    assert page.blocked == []


def test_hiding_a_layer_hides_its_legend_section(page, app_url):
    page.page.goto(app_url)
    frame = map_frame(page.page)
    frame.click(".briefmap-legend-toggle")
    legend = frame.locator(".briefmap-legend-section[data-layer='turkish_posts']")
    assert legend.is_visible()
    frame.locator(".leaflet-control-layers").hover()
    frame.get_by_label("Turkish posts").uncheck()
    assert not legend.is_visible()
    assert frame.locator(".briefmap-legend-section[data-layer='events']").is_visible()
