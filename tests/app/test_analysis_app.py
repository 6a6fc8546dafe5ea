"""AppTest: the Near filter and "since the last brief" wired into the page, its link and its map state."""

from __future__ import annotations

import datetime as dt

from tests.app.helpers import run
from ui.text import md_text


def _given(at) -> dict:
    return at.session_state["_map_given"]


def _param(at, key: str) -> str | None:
    value = at.query_params.get(key)
    return value[-1] if isinstance(value, list) else value


def test_a_near_link_filters_the_map_and_shows_the_counts_table():
    at = run({"near": "m4_highway:6"})
    assert _given(at)["events"] == 4  # the same 4 as python -m analysis proximity --near m4_highway --km 6
    state = _given(at)["state"]
    assert state["near"]["label"] == "Within 6 km of M4 highway (position ±6 km at worst)"
    assert state["near"]["mask"]["url"].startswith("/app/static/packs/near-") and state["near"]["mask"]["n"] == 12
    assert at.toggle(key="near_on").value is True and at.selectbox(key="near_target").value == "m4_highway"
    label = md_text("Within 6 km of M4 highway (position ±6 km at worst)")  # as text, not Markdown
    assert any(f"{label}: **4** events" in e.label for e in at.expander)
    assert _param(at, "near") == "m4_highway:6"


def test_the_sidebar_changes_the_near_target_and_distance():
    at = run()
    assert _given(at)["events"] == 12 and _given(at)["state"]["near"] is None
    at.toggle(key="near_on").set_value(True).run()
    at.selectbox(key="near_target").set_value("turkish_posts:Morek").run()
    at.number_input(key="near_km").set_value(15.0).run()
    assert not at.exception
    assert _given(at)["state"]["near"]["label"] == "Within 15 km of Turkish posts: Morek (position ±1 km at worst)"
    assert _param(at, "near") == "turkish_posts:Morek:15"
    at.toggle(key="near_on").set_value(False).run()
    assert _given(at)["events"] == 12 and "near" not in at.query_params


def test_a_near_naming_nothing_is_a_notice_and_no_filter():
    at = run({"near": "turkish_posts:Atlantis:5"})
    assert _given(at)["events"] == 12 and _given(at)["state"]["near"] is None
    assert any("The Near filter `turkish_posts:Atlantis:5` cannot be used: it names no layer or placed feature"
               in w.value for w in at.warning)


def test_a_hostile_place_in_a_near_link_is_quoted_not_rendered():
    at = run({"near": "place:[click me](https://evil.example) **bold** <b>x</b>:5"})
    (warning,) = [w.value for w in at.warning if "Near filter" in w.value]
    code = warning[warning.index("`"):warning.rindex("`") + 1]
    assert "evil.example" in code and "evil.example" not in warning.replace(code, "")
    assert _given(at)["events"] == 12


def test_since_the_last_brief_compares_the_two_windows():
    at = run({"since": "2020-10-01"})
    assert at.date_input(key="since").value == dt.date(2020, 10, 1)
    panel = [e for e in at.expander if e.label.startswith("Since the last brief")]
    assert panel and "01 Oct – 26 Oct 2020 (26 days) against 05 Sep – 30 Sep" in panel[0].label
    metrics = {m.label: m.value for m in at.metric}
    assert (metrics["Events since"], metrics["Events before"]) == ("4", "8")  # python -m analysis change agrees
    assert _given(at)["state"]["since"] == (dt.date(2020, 10, 1) - dt.date(1970, 1, 1)).days
    at.toggle(key="_show_change").set_value(True).run()
    assert "change" in _given(at)["layers"] and "change" in _param(at, "layers").split(",")


def test_density_colouring_follows_the_sidebar_and_the_link():
    at = run({"layers": "events,density", "density": "fatalities"})
    assert at.radio(key="density_by").value == "fatalities" and _given(at)["state"]["densityBy"] == "fatalities"
    at.radio(key="density_by").set_value("events").run()
    assert _given(at)["state"]["densityBy"] == "events" and "density" not in at.query_params


def test_a_scene_whose_near_the_briefer_switched_off_links_to_what_is_on_screen():
    at = run({"briefing": "default", "scene": "3"})
    assert _given(at)["events"] == 4 and _param(at, "near") is None  # as authored: just the scene
    at.toggle(key="near_on").set_value(False).run()
    assert _given(at)["events"] == 12
    assert _param(at, "near") == "off" and _param(at, "since") == "off"  # the scene's own would come back
    params = {k: _param(at, k) for k in at.query_params}
    again = run(params)
    assert _given(again)["events"] == 12 and _given(again)["state"]["near"] is None
