"""Team editing in a real browser, logged in against a real OIDC provider: an editor adds an event by
clicking the map, and a viewer who replays the editor's widget messages over their own connection
changes nothing."""

from __future__ import annotations

import re

import pytest

from store import open_store
from tests.browser.conftest import OfflinePage, log_in, map_with_events, wait_idle

pytestmark = pytest.mark.browser

NOTE = "TEST FIXTURE - not a real event, added in a browser test"
#: The binary websocket messages the editors' browsers sent (the tests above record them; the last replays them).
EDITOR_FRAMES: list[bytes] = []


def _choose(pg, label: str, option: str) -> None:
    pg.get_by_label(label, exact=True).click()
    pg.get_by_role("option", name=option).click()


def _new_context(browser):
    context = browser.new_context(viewport={"width": 1600, "height": 1100})
    return context, OfflinePage(context.new_page())


def _analysts_events(db) -> int:
    store = open_store(db)
    try:
        return len(store.dataset_records("analysts"))
    finally:
        store.close()


def _drawings(db) -> int:
    store = open_store(db)
    try:
        return len(store.overlays("drawings"))
    finally:
        store.close()


def _recorded_editor(browser, team_app):
    """An editor's page, logged in, with its map drawn, and the list its websocket messages go to."""
    context, page = _new_context(browser)
    frames: list = []
    page.page.on("websocket", lambda ws: ws.on("framesent", lambda payload: frames.append(payload)))
    log_in(page.page, team_app.url, "editor@example.org")
    page.blocked.clear()  # the test provider's own form asks a CDN for its stylesheet; the app asks none
    frame = map_with_events(page.page)
    wait_idle(page.page)
    return context, page, frame, frames


def test_an_editor_adds_an_event_by_clicking_the_map(team_app, browser, artifacts):
    context, page, frame, frames = _recorded_editor(browser, team_app)
    pg = page.page
    before = _analysts_events(team_app.db)
    shown = int(frame.locator(".leaflet-container").get_attribute("data-events-count"))

    pg.get_by_role("button", name="Add an event").click()
    pg.get_by_role("button", name="Click on the map").click()
    frame.wait_for_selector(".leaflet-container.briefmap-picking")
    box = pg.locator('iframe[title="streamlit_folium.st_folium"]').bounding_box()
    pg.mouse.click(box["x"] + box["width"] * 0.42, box["y"] + box["height"] * 0.55)
    wait_idle(pg)
    pg.get_by_text("Picked on the map").wait_for()
    lat = float(pg.get_by_label("latitude", exact=True).input_value())
    lon = float(pg.get_by_label("longitude", exact=True).input_value())
    assert 34.5 < lat < 37 and 35 < lon < 38, (lat, lon)
    frame.wait_for_selector(".briefmap-edit-point")  # the map marks the position the form holds
    marked = frame.locator(".leaflet-container").get_attribute("data-edit-point")
    assert [round(float(v), 4) for v in marked.split(",")] == [round(lat, 4), round(lon, 4)]
    pg.screenshot(path=str(artifacts / "edit-picked-point.png"))

    pg.get_by_label("event_date", exact=True).locator("[role='spinbutton']").first.click()
    pg.keyboard.type("20200921")
    pg.keyboard.press("Tab")
    _choose(pg, "time_precision", "1 – exact day")
    _choose(pg, "event_type", "Explosions/Remote violence")
    _choose(pg, "geo_precision", "1 – at the named place")
    pg.get_by_label("notes", exact=True).fill(NOTE)
    pg.get_by_label("source (required)", exact=True).fill("TEST FIXTURE source")
    pg.screenshot(path=str(artifacts / "edit-add-form.png"))
    save_from = len(frames)
    pg.get_by_role("button", name="Save event").click()
    pg.get_by_text(re.compile(r"Event \d+ added")).wait_for()
    map_with_events(pg)
    wait_idle(pg)
    assert _analysts_events(team_app.db) == before + 1
    store = open_store(team_app.db)
    try:
        rec = store.dataset_records("analysts").iloc[-1]
        assert (rec["notes"], rec["geo_precision"], rec["event_date"]) == (NOTE, 1, "2020-09-21")
        assert abs(rec["latitude"] - lat) < 1e-4 and abs(rec["longitude"] - lon) < 1e-4
        change = store.changes(target="event", fid=int(rec.name))[0]
        assert (change.action, change.changed_by) == ("add", "editor@example.org")
    finally:
        store.close()
    frame = map_with_events(pg)
    assert int(frame.locator(".leaflet-container").get_attribute("data-events-count")) == shown + 1
    pg.get_by_text("History: 1 change(s)").wait_for()  # the new event is selected, with its history
    pg.screenshot(path=str(artifacts / "edit-added.png"))
    assert not page.errors and not page.blocked
    context.close()
    replay = [f for f in frames[save_from:] if isinstance(f, (bytes, bytearray))]
    assert replay, "no widget message was sent for the save"
    EDITOR_FRAMES.extend(bytes(f) for f in frames if isinstance(f, (bytes, bytearray)))


def test_an_editor_draws_a_front_line_that_shows_on_the_map_and_in_the_legend(team_app, browser, artifacts):
    context, page, frame, frames = _recorded_editor(browser, team_app)
    pg = page.page
    assert frame.evaluate("() => L.drawVersion") == "1.0.4"  # an editor's map has the drawing tools
    pg.get_by_role("button", name="Draw on the map").click()
    frame.wait_for_selector(".leaflet-container.briefmap-drawing[data-draw='line']")
    pg.get_by_text("Click the map at each point of the line").wait_for()
    points = [(35.70, 36.30), (35.68, 36.45), (35.66, 36.60)]
    xy = [frame.evaluate("(ll) => { const p = briefmapMaps[0].map.latLngToContainerPoint(ll); return [p.x, p.y]; }",
                         list(p)) for p in points]
    for x, y in [*xy, xy[-1]]:  # the last point again finishes the line
        frame.locator(".leaflet-container").click(position={"x": x, "y": y})
        pg.wait_for_timeout(350)
    pg.get_by_text("Shape drawn: a line of 3 points").wait_for()
    pg.get_by_label("Name", exact=True).fill("TEST front line south of the M4")
    pg.get_by_test_id("stForm").get_by_label("Actor", exact=True).click()
    pg.get_by_role("option", name="Syrian government forces (SAA) and allies").click()
    pg.get_by_label("Valid from", exact=True).locator("[role='spinbutton']").first.click()
    pg.keyboard.type("20200915")
    pg.keyboard.press("Tab")
    pg.get_by_label("Accuracy (metres)", exact=True).fill("2000")
    pg.get_by_label("Source (required)", exact=True).fill("TEST FIXTURE source")
    pg.get_by_role("button", name="Save drawing").click()
    pg.get_by_text(re.compile(r"Drawing \d+ saved")).wait_for()
    frame = map_with_events(pg)
    wait_idle(pg)
    assert frame.locator(".leaflet-container.briefmap-drawing").count() == 0  # draw mode has ended
    store = open_store(team_app.db)
    try:
        shape = store.overlays("drawings").iloc[-1]
        assert shape["name"] == "TEST front line south of the M4"
        assert [tuple(round(v, 2) for v in c) for c in shape.geometry.coords] == [(36.30, 35.70), (36.45, 35.68),
                                                                                  (36.60, 35.66)]
    finally:
        store.close()
    legend = pg.locator("[data-testid='stExpander']").filter(has_text="Legend").first.inner_text()
    assert "Front line: Syrian government forces (SAA) and allies" in legend
    assert "± 2 km" in legend
    # the line is drawn in the map, thick and in the government's red
    stroke = frame.evaluate("""() => [...document.querySelectorAll('path.leaflet-interactive')]
        .filter(p => p.getAttribute('stroke') === '#c62828' && p.getAttribute('stroke-width') === '4').length""")
    assert stroke >= 1
    pg.mouse.move(5, 5)
    pg.screenshot(path=str(artifacts / "draw-front-line-saved.png"))
    assert not page.errors and not page.blocked
    context.close()
    EDITOR_FRAMES.extend(bytes(f) for f in frames if isinstance(f, (bytes, bytearray)))


def test_a_viewers_map_has_no_drawing_tools(team_app, browser):
    url = team_app.url
    context, page = _new_context(browser)
    pg = page.page
    log_in(pg, url, "viewer@example.org")
    frame = map_with_events(pg)
    wait_idle(pg)
    assert frame.evaluate("() => typeof L.Draw") == "undefined"
    assert pg.get_by_role("button", name="Draw on the map").count() == 0
    context.close()


def _reruns(frames: list[bytes]) -> list[bytes]:
    """The frames that are widget messages (Streamlit's BackMsg ``rerun_script``): clicks, typing, the map's
    reports, form submissions."""
    from streamlit.proto.BackMsg_pb2 import BackMsg

    out = []
    for payload in frames:
        msg = BackMsg()
        msg.ParseFromString(payload)
        if msg.WhichOneof("type") == "rerun_script":
            out.append(payload)
    return out


def _replay(browser, team_app, sub: str, frames: list[bytes]):
    """Log in as ``sub`` and send ``frames`` over that session's own websocket, one script run at a time."""
    context, page = _new_context(browser)
    pg = page.page
    servers = []
    pg.route_web_socket(re.compile(r".*/_stcore/stream$"), lambda ws: servers.append(ws.connect_to_server()))
    log_in(pg, team_app.url, sub)
    page.blocked.clear()
    map_with_events(pg)
    wait_idle(pg)
    assert servers, "the websocket was not routed"
    for payload in frames:
        servers[-1].send(payload)
        wait_idle(pg)
    return context, pg


def test_a_viewer_replaying_an_editors_widget_messages_changes_nothing(team_app, browser):
    """The viewer's own connection carries every widget message the editors' browsers sent (open the event
    form, pick a point, fill it, save; open the drawing panel, draw, fill it, save): the server checks the
    role, not the widgets, so nothing is stored. The same messages replayed by an admin do store the
    event again: the replay is real."""
    frames = _reruns(EDITOR_FRAMES)
    if not frames:
        pytest.skip("needs the editors' messages from the tests above")
    events, shapes = _analysts_events(team_app.db), _drawings(team_app.db)
    context, pg = _replay(browser, team_app, "viewer@example.org", frames)
    assert _analysts_events(team_app.db) == events and _drawings(team_app.db) == shapes
    for name in ("Save event", "Save drawing", "Add an event", "Draw on the map"):
        assert pg.get_by_role("button", name=name).count() == 0, name
    context.close()
    # the control: an admin's session acts on the same messages and stores the event again. (Not the
    # drawing: the shape arrives in a report of the map, and the map the admin is shown has a new build
    # token, since the data changed; a report from another map is ignored.)
    context, _pg = _replay(browser, team_app, "admin@example.org", frames)
    assert _analysts_events(team_app.db) == events + 1
    context.close()


def _open_correction(browser, team_app, sub: str):
    """Log in as ``sub``, click the lone 26 Oct strike near Kafr Takharim, open its correction form."""
    context, page = _new_context(browser)
    pg = page.page
    log_in(pg, team_app.url, sub)
    page.blocked.clear()
    frame = map_with_events(pg)
    wait_idle(pg)
    x, y = frame.evaluate("() => { const p = briefmapMaps[0].map.latLngToContainerPoint([36.11639, 36.51472]);"
                          " return [p.x, p.y]; }")
    frame.locator(".leaflet-container").click(position={"x": x, "y": y})
    pg.get_by_role("button", name="Correct or retract").click()
    pg.get_by_text(re.compile(r"^Correct event \d+$")).wait_for()
    wait_idle(pg)
    return context, page


def test_two_editors_correct_the_same_event_and_the_second_save_is_refused_keeping_its_values(team_app, browser,
                                                                                              artifacts):
    first, a = _open_correction(browser, team_app, "editor@example.org")
    second, b = _open_correction(browser, team_app, "admin@example.org")
    heading = a.page.get_by_text(re.compile(r"^Correct event \d+$")).inner_text()
    fid = int(heading.rsplit(" ", 1)[1])
    b.page.get_by_label("notes", exact=True).fill("TEST FIXTURE - corrected by the admin first")
    b.page.get_by_role("button", name="Save correction").click()
    b.page.get_by_text(re.compile(rf"Event {fid} corrected")).wait_for()
    a.page.get_by_label("fatalities", exact=True).fill("17")
    a.page.get_by_label("notes", exact=True).fill("TEST FIXTURE - the editor's own correction")
    a.page.get_by_role("button", name="Save correction").click()
    a.page.get_by_text("This event was changed since you opened it").wait_for()
    wait_idle(a.page)
    assert "admin@example.org" in a.page.get_by_text("This event was changed since you opened it").inner_text()
    # nothing is lost: the editor's values are still in the form, and the stored ones are the admin's
    assert a.page.get_by_label("fatalities", exact=True).input_value() == "17"
    assert a.page.get_by_label("notes", exact=True).input_value() == "TEST FIXTURE - the editor's own correction"
    # the side-by-side table of stored and typed values
    a.page.locator(".st-key-edit_panel [data-testid='stDataFrame']").wait_for()
    a.page.screenshot(path=str(artifacts / "edit-stale-save.png"))
    store = open_store(team_app.db)
    try:
        rec = store.records([fid]).iloc[0]
        assert rec["notes"] == "TEST FIXTURE - corrected by the admin first" and rec["fatalities"] != 17
        assert [c.changed_by for c in store.changes(target="event", fid=fid)] == ["admin@example.org"]
    finally:
        store.close()
    assert not a.errors and not b.errors
    first.close()
    second.close()
