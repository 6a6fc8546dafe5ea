"""Briefings in Chromium: a scene link, stepping forward by button and by key, links that follow."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from tests.browser.conftest import map_frame, wait_idle

pytestmark = pytest.mark.browser


def query(page) -> dict:
    return {k: v[-1] for k, v in parse_qs(urlparse(page.url).query).items()}


def scene_title(page) -> str:
    return page.locator("h2.bm-scene-title").inner_text()


def wait_scene(page, text: str):
    page.locator("h2.bm-scene-title", has_text=text).wait_for(timeout=30_000)


def test_a_scene_link_opens_the_scene_and_next_steps_forward(page, app_url, artifacts):
    pg = page.page
    pg.goto(f"{app_url}/?briefing=default&scene=5")
    wait_scene(pg, "Why Jisr al-Shughur matters to Hmeimim")
    frame = map_frame(pg)
    labels = frame.eval_on_selector_all(".briefmap-annotation-label", "els => els.map(e => e.textContent)")
    assert "Jisr al-Shughur to Hmeimim: 56 km" in labels
    assert "Ring through Jisr al-Shughur · 56 km" in labels
    assert "Range ring (computed radius)" in pg.locator(".bm-legend").inner_text()
    assert "Range ring (computed radius)" in frame.locator(".briefmap-legend").text_content()
    assert pg.get_by_text("5 / 7").is_visible()
    pg.screenshot(path=str(artifacts / "briefing-scene-5.png"))

    wait_idle(pg)
    pg.get_by_role("button", name="Next").click()
    wait_scene(pg, "The likely axis")
    frame = map_frame(pg)
    frame.locator(".briefmap-annotation-label", has_text="Likely axis").wait_for()
    assert query(pg) == {"briefing": "default", "scene": "6"}
    pg.screenshot(path=str(artifacts / "briefing-scene-6.png"))
    assert page.blocked == [] and page.errors == []


def test_pagedown_steps_scenes_even_when_the_map_has_focus(page, app_url):
    pg = page.page
    pg.goto(f"{app_url}/?briefing=default&scene=1")
    wait_scene(pg, "The theatre")
    map_frame(pg)
    wait_idle(pg)
    pg.locator("h2.bm-scene-title").click()  # focus the page
    pg.keyboard.press("PageDown")
    wait_scene(pg, "Turkish forces and posts")
    frame = map_frame(pg)
    wait_idle(pg)
    frame.locator(".leaflet-container").click(position={"x": 60, "y": 300})  # focus inside the map iframe
    wait_idle(pg)
    pg.keyboard.press("PageDown")
    wait_scene(pg, "The M4 and its March 2020")
    wait_idle(pg)
    pg.keyboard.press("PageUp")
    wait_scene(pg, "Turkish forces and posts")


def test_the_url_follows_layer_toggles_and_panning(page, app_url):
    pg = page.page
    pg.goto(f"{app_url}/?briefing=default&scene=2")
    wait_scene(pg, "Turkish forces")
    frame = map_frame(pg)
    wait_idle(pg)
    frame.locator(".leaflet-control-layers").hover()
    frame.get_by_label("Rivers").uncheck()
    pg.wait_for_function("() => location.search.includes('layers=')", timeout=20_000)
    q = query(pg)
    assert q["scene"] == "2" and "rivers" not in q["layers"].split(",") and "turkish_posts" in q["layers"]
    pg.get_by_role("button", name="Back to the scene's settings").wait_for()
    # the toggle did not remount the map: the layer control is still open on the same map
    assert frame.locator(".leaflet-control-layers-expanded").count() == 1

    wait_idle(pg)
    frame.locator(".leaflet-container").hover(position={"x": 300, "y": 300})
    pg.mouse.wheel(0, -400)
    pg.wait_for_function("() => new URLSearchParams(location.search).get('zoom') !== null", timeout=20_000)
    first = query(pg)
    pg.goto(f"{app_url}/?{urlparse(pg.url).query}")
    map_frame(pg)
    wait_scene(pg, "Turkish forces")
    again = query(pg)
    assert again["zoom"] == first["zoom"]
    assert abs(float(again["lat"]) - float(first["lat"])) < 0.01


def test_presenter_mode_fills_a_1080p_screen(browser, app_url, artifacts):
    ctx = browser.new_context(viewport={"width": 1920, "height": 1080})
    pg = ctx.new_page()
    pg.goto(f"{app_url}/?briefing=default&scene=6&presenter=1")
    wait_scene(pg, "The likely axis")
    frame = map_frame(pg)
    box = pg.locator('iframe[title="streamlit_folium.st_folium"]').bounding_box()
    assert box["height"] >= 900 and box["y"] + box["height"] <= 1080 and box["width"] >= 1200
    assert not pg.locator('section[data-testid="stSidebar"]').is_visible()
    narrative_px = pg.eval_on_selector(".st-key-scene_narrative p", "e => parseFloat(getComputedStyle(e).fontSize)")
    assert narrative_px >= 22
    legend = frame.locator(".briefmap-legend")
    assert legend.is_visible() and frame.locator(".briefmap-legend-body").is_visible()
    assert frame.eval_on_selector(".leaflet-container", "e => e.classList.contains('briefmap-presenter')")
    pg.screenshot(path=str(artifacts / "presenter-1080p.png"))
    ctx.close()
