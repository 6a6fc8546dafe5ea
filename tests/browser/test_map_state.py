"""The map in the browser: filters applied there, no script run for a pan, one run per page load.

Script runs are counted from the ``rerun_script`` messages the browser sends (the store
watcher's fragment runs are left out); bytes are websocket payloads the browser receives.
"""

from __future__ import annotations

import datetime as dt
import random

import pandas as pd
import pytest

from bench.app_measure import Meter, pan
from bench.synthetic import synthetic_events
from filters.events import EventFilter, filter_options, select_events
from layers.event_pack import filter_state
from loaders.theatre import load_theatre
from mapview.compose import RenderOptions, build_map
from mapview.spec import MapSpec
from offline.inline import INLINE_BASE, inline_assets
from tests.browser.conftest import map_frame, map_with_events, wait_idle

pytestmark = pytest.mark.browser

FRAME = 'iframe[title="streamlit_folium.st_folium"]'


def _count(frame) -> int:
    return int(frame.get_attribute(".leaflet-container", "data-events-count"))


def _caption_count(page) -> int:
    text = page.get_by_text(" of 12 events,").first.inner_text()
    return int(text.split(" of ")[0].strip("* "))


def test_a_page_load_runs_the_script_once_and_a_pan_not_at_all(page, app_url):
    pg = page.page
    meter = Meter(pg)
    pg.goto(app_url)
    frame = map_with_events(pg)
    wait_idle(pg)
    pg.wait_for_timeout(1500)
    assert meter.runs == 1
    assert pg.get_by_text(" of 12 events,").first.is_visible()
    assert _count(frame) == 12

    moved = pan(pg, meter)
    assert moved["runs"] == 0 and moved["ws_bytes"] < 30_000
    assert moved["url_has_view"]  # the browser keeps the address bar on the view
    assert page.errors == [] and page.blocked == []


def test_a_filter_change_sends_the_map_its_state_not_a_new_map(page, app_url):
    pg = page.page
    meter = Meter(pg)
    pg.goto(app_url)
    frame = map_with_events(pg)
    wait_idle(pg)
    frame.evaluate("() => { window.__sameMap = true; }")
    ws0 = meter.ws
    pg.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]').nth(1).click()
    pg.get_by_role("option", name="Strategic developments", exact=True).click()
    pg.keyboard.press("Escape")
    frame.wait_for_function("() => document.querySelector('.leaflet-container').getAttribute('data-events-count')"
                            " !== '12'", timeout=20_000)
    wait_idle(pg)
    assert frame.evaluate("() => window.__sameMap === true")  # not rebuilt: only the state arrived
    assert _count(frame) == _caption_count(pg) < 12
    assert meter.ws - ws0 < 150_000
    assert "types=Strategic+developments" in pg.url or "types=Strategic%20developments" in pg.url
    assert page.errors == []


def test_the_server_learns_the_view_when_the_user_turns_to_the_page(page, app_url):
    """A pan reruns nothing; pressing anything outside the map hands the view to the server, which
    then knows the scene was changed (and exports and saved scenes use the view on screen)."""
    pg = page.page
    meter = Meter(pg)
    pg.goto(f"{app_url}/?briefing=default&scene=2")
    pg.locator("h2.bm-scene-title", has_text="Turkish forces").wait_for(timeout=30_000)
    map_frame(pg)
    wait_idle(pg)
    moved = pan(pg, meter)
    assert moved["runs"] == 0
    assert not pg.get_by_role("button", name="Back to the scene's settings").is_visible()
    pg.locator("h2.bm-scene-title").click()
    pg.get_by_role("button", name="Back to the scene's settings").wait_for(timeout=20_000)


def _filters(opts, rng) -> list[EventFilter]:
    days = (opts.last_day - opts.first_day).days
    out = [EventFilter(), EventFilter(event_types=()), EventFilter(actors=(opts.actors[0],))]
    for _ in range(25):
        start = opts.first_day + dt.timedelta(days=rng.randrange(days + 1))
        end = start + dt.timedelta(days=rng.randrange(days + 1))
        pick = lambda values, k: tuple(rng.sample(values, k)) if rng.random() < 0.6 else None  # noqa: E731
        out.append(EventFilter(
            start=start, end=end,
            event_types=pick(list(opts.event_types), rng.randrange(1, len(opts.event_types) + 1)),
            sub_event_types=pick(list(opts.sub_event_types), 3),
            actors=pick(list(opts.actors), 4),
            datasets=pick(["bench", "other"], 1),
        ))
    return out


def test_the_browser_selects_exactly_the_events_the_server_selects(browser, tmp_path):
    """The same filters, applied by filters/events.py and by event-layer.js, pick the same events."""
    events = synthetic_events(3000, seed=7)
    events["dataset"] = pd.Categorical(["other" if i % 3 == 0 else "bench" for i in range(len(events))])
    actor2 = events["actor2"].astype(object)
    actor2[events.index % 5 == 0] = None  # no second actor: matches no actor filter on that side
    events["actor2"] = actor2.astype("category")
    opts = filter_options(events)
    fmap = build_map(MapSpec(), load_theatre(), events, data_last_day=opts.last_day,
                     options=RenderOptions(base_url=INLINE_BASE))
    path = tmp_path / "page.html"
    path.write_text(inline_assets(fmap.get_root().render()), encoding="utf-8")
    ctx = browser.new_context()
    pg = ctx.new_page()
    pg.goto(path.as_uri())
    pg.wait_for_selector(".leaflet-container[data-events-loaded='1']")
    for flt in _filters(opts, random.Random(3)):
        got = pg.evaluate("(s) => { const l = window.briefmapMaps[0].events; l.setFilter(s);"
                          " return l.countInWindow(); }", filter_state(flt))
        assert got == len(select_events(events, flt)), flt
    ctx.close()
