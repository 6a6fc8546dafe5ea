"""Timeline playback in the browser: the date advances and the drawn events change,
with no Streamlit rerun per frame; also in a standalone file with 100k synthetic events."""

from __future__ import annotations

import pytest

from bench.events_browser import standalone_page
from bench.synthetic import synthetic_events
from tests.browser.conftest import map_frame, wait_idle

pytestmark = pytest.mark.browser


def _painted(frame) -> str:
    """The drawn-event count after the layer's next animation frame (it redraws in one)."""
    frame.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    return frame.get_attribute(".leaflet-container", "data-events-drawn")


def test_playback_in_the_app_steps_the_window_without_reruns(page, app_url, artifacts):
    pg = page.page
    pg.goto(app_url)
    frame = map_frame(pg)
    wait_idle(pg)
    assert frame.inner_text(".briefmap-play-date") == "2020-09-11 – 2020-10-26"
    reruns = []
    pg.on("websocket", lambda ws: reruns.append(ws))  # a new socket would mean a reload
    # step a day at a time: date and drawn events follow
    seen = []
    for _ in range(10):
        frame.click("button[title='Step forward']")
        seen.append((frame.inner_text(".briefmap-play-date"), _painted(frame)))
    assert seen[0] == ("2020-09-11", "1")  # the 11 Sep claim only
    assert seen[9][0] == "2020-09-20" and seen[9][1] == "5"  # the five events of 20 Sep
    assert {d for _, d in seen} >= {"0", "1", "5"}
    # play: the date keeps moving on its own, then pause
    frame.click("button[title='Step, speed and accumulate']")
    frame.select_option(".briefmap-play-speed", "10")
    frame.click(".briefmap-play-main")
    frame.wait_for_function("() => document.querySelector('.briefmap-playback').dataset.frames > 25")
    frame.click(".briefmap-play-main")
    now = frame.get_attribute(".briefmap-playback", "data-current")
    assert now > "2020-09-20"
    # the whole range again; the sidebar's selection was never touched
    frame.click("button[title='Show the whole date range']")
    assert _painted(frame) == "12"
    assert reruns == [] and page.errors == []
    pg.screenshot(path=str(artifacts / "playback-app.png"))


def test_playback_with_100k_events_in_a_standalone_file(tmp_path, browser, theatre, artifacts):
    html = standalone_page(theatre, synthetic_events(100_000))
    path = tmp_path / "events.html"
    path.write_text(html, encoding="utf-8")
    ctx = browser.new_context(viewport={"width": 1600, "height": 900}, offline=True)
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(path.as_uri())
    pg.wait_for_selector(".leaflet-container[data-events-drawn='100000']")
    assert pg.get_attribute(".leaflet-container", "data-events-mode") == "clusters"
    pg.click("button[title='Step, speed and accumulate']")
    pg.select_option(".briefmap-play-step", "7")
    pg.select_option(".briefmap-play-speed", "20")
    pg.click(".briefmap-play-main")
    pg.wait_for_function("() => document.querySelector('.briefmap-playback').dataset.frames >= 3")
    counts = set()
    for _ in range(3):
        counts.add(_painted(pg))
    label = pg.inner_text(".briefmap-play-date")
    assert " – " in label  # a week: start – end
    assert int(max(counts)) < 100_000  # a week's events, not everything
    pg.wait_for_function(
        "() => !document.querySelector('.briefmap-playback').classList.contains('briefmap-playing')", timeout=30_000
    )  # stops at the end of the range
    assert pg.get_attribute(".briefmap-playback", "data-current") >= "2020-10-24"
    assert errors == []
    pg.screenshot(path=str(artifacts / "playback-100k.png"))
    ctx.close()
