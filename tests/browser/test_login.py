"""Log-in against a real OIDC provider (oidc-provider-mock, run here), and what each role sees.

The app is started with a secrets file holding ``[auth]`` (Streamlit's own log-in) and
``[briefmap.roles]``; the provider's authorisation form takes a ``sub``, and an unknown ``sub``
gets the claim ``email = sub``.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import CLIENT_SECRET, COOKIE_SECRET, ROOT, OfflinePage, log_in, map_frame, wait_idle

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["/", "/data", "/?briefing=default&scene=3", "/?near=m4_highway:6",
                                  "/?layers=user:drawings,events&since=2020-10-01"])
def test_an_anonymous_visitor_sees_the_name_and_a_log_in_button_only(team_app, page, path, artifacts):
    url = team_app.url
    pg = page.page
    pg.goto(url + path)
    pg.get_by_role("button", name="Log in").wait_for()
    wait_idle(pg)
    text = pg.locator("[data-testid='stMain']").inner_text()
    assert "Idlib briefing map" in text
    assert pg.locator("iframe[title='streamlit_folium.st_folium']").count() == 0
    for secret_word in ("Jisr", "Hmeimim", "Morek", "Strategic developments", "Import a file", "Datasets"):
        assert secret_word not in pg.content(), secret_word
    assert pg.locator("[data-testid='stSidebar']").count() == 0 or "Timeline" not in pg.content()
    if path == "/":
        pg.screenshot(path=str(artifacts / "login-anonymous.png"))


def test_a_viewer_sees_the_map_but_cannot_import_or_remove(team_app, page, artifacts):
    url = team_app.url
    pg = page.page
    log_in(pg, url, "viewer@example.org")
    page.blocked.clear()  # the test provider's own form asks a CDN for its stylesheet; the app asks none
    map_frame(pg)
    wait_idle(pg)
    assert pg.get_by_text("viewer@example.org").count() >= 1 and pg.get_by_text("· viewer").count() >= 1
    pg.screenshot(path=str(artifacts / "login-viewer.png"))
    pg.goto(f"{url}/?briefing=default&scene=2")
    map_frame(pg)
    wait_idle(pg)
    assert pg.get_by_text("2/7").count() + pg.get_by_text("Turkish forces and posts").count() >= 1
    assert pg.get_by_text("Save this view as a new scene").count() == 0  # admins manage briefings
    pg.goto(f"{url}/data")
    pg.get_by_text("Importing needs the editor role; yours is viewer.").wait_for()
    assert pg.get_by_text("Drop a file here").count() == 0
    assert pg.get_by_role("button", name="Remove…").count() == 0
    assert not page.errors and not page.blocked


def test_an_editor_may_import_an_admin_save_scenes_and_an_unlisted_user_is_turned_away(team_app, browser):
    url = team_app.url
    for sub, expect in (("editor@example.org", "Drop a file here"),
                        ("admin@example.org", "Save this view as a new scene"),
                        ("stranger@example.org", "this map is not shared with your account")):
        context = browser.new_context(viewport={"width": 1600, "height": 1000})
        page = OfflinePage(context.new_page())
        pg = page.page
        log_in(pg, url, sub)
        if sub.startswith("editor"):
            pg.goto(f"{url}/data")
        if sub.startswith("admin"):
            pg.goto(f"{url}/?briefing=default&scene=2")
        pg.get_by_text(expect).first.wait_for()
        if sub.startswith("stranger"):
            pg.get_by_role("button", name="Log out").wait_for()  # drawn just after the message
            wait_idle(pg)
            assert pg.locator("iframe[title='streamlit_folium.st_folium']").count() == 0
            assert pg.get_by_role("button", name="Log out").count() == 1
        context.close()


def test_the_map_data_files_are_served_only_to_a_logged_in_viewer(team_app, page):
    """Streamlit serves static/ with no log-in check: serve.py's guard stands in front of the packs."""
    import urllib.error
    import urllib.request

    url = team_app.url
    pg = page.page
    log_in(pg, url, "viewer@example.org")
    page.blocked.clear()
    frame = map_frame(pg)
    frame.wait_for_selector(".leaflet-container[data-events-loaded='1']")  # the viewer's browser got the pack
    names = [r.name for r in (ROOT / "static" / "packs").glob("events-*.bin")]
    assert names
    for name in names[:3]:
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{url}/app/static/packs/{name}", timeout=10)  # no identity cookie
        assert refused.value.code == 403
    cookie = "; ".join(f"{c['name']}={c['value']}" for c in pg.context.cookies())
    forged = urllib.request.Request(f"{url}/app/static/packs/{names[0]}",
                                    headers={"Cookie": "_streamlit_user=" + '{"is_logged_in": true}'})
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(forged, timeout=10)  # an unsigned cookie is refused
    ok = urllib.request.urlopen(urllib.request.Request(f"{url}/app/static/js/map-state.js"), timeout=10)
    assert ok.status == 200  # the app's own scripts are not data: served to anyone, as the log-in page needs
    assert cookie


def test_the_secrets_reach_neither_the_page_nor_the_log(team_app, page):
    url, log = team_app.url, team_app.log
    pg = page.page
    log_in(pg, url, "viewer@example.org")
    map_frame(pg)
    wait_idle(pg)
    page_text = pg.content() + "".join(f.content() for f in pg.frames if f != pg.main_frame)
    cookies = " ".join(c["value"] for c in pg.context.cookies())
    logged = log.read_text(encoding="utf-8", errors="replace")
    for secret_value in (COOKIE_SECRET, CLIENT_SECRET):
        assert secret_value not in page_text and secret_value not in cookies and secret_value not in logged
