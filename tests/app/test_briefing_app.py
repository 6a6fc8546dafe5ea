"""AppTest: briefings (Next / Previous / back to scene) and links in both directions."""

from __future__ import annotations

import datetime as dt

from tests.app.helpers import run


def given(at):
    return at.session_state["_map_given"]


def qp(at) -> dict:
    return {k: (v[-1] if isinstance(v, list) else v) for k, v in at.query_params.items()}


def scene_title(at) -> str:
    return next(m.value for m in at.markdown if m.value.startswith("<h2 class=\"bm-scene-title\">"))


def test_choosing_a_briefing_shows_scene_one_and_writes_the_url():
    at = run()
    assert "briefing" not in qp(at)
    at.selectbox(key="briefing_id").set_value("default").run()
    assert "The theatre and Russia" in scene_title(at)
    assert any("1 / 7" in m.value for m in at.markdown)
    assert qp(at) == {"briefing": "default", "scene": "1"}


def test_next_and_previous_drive_the_map():
    at = run({"briefing": "default", "scene": "3"})
    assert "M4 and its March 2020" in scene_title(at)
    assert "m4_corridor" in given(at)["layers"] and "events" in given(at)["layers"]
    assert given(at)["events"] == 4
    assert given(at)["state"]["near"]["label"] == "Within 6 km of M4 highway (position ±6 km at worst)"
    at.button(key="scene_next").click().run()
    assert "Strikes around Jisr al-Shughur" in scene_title(at)
    assert given(at)["window"] == ["2020-09-15", "2020-10-26"]
    assert given(at)["events"] == 6  # explosions / remote violence only
    assert qp(at)["scene"] == "4"
    at.button(key="scene_prev").click().run()
    assert "M4 and its March 2020" in scene_title(at)
    assert given(at)["window"] == ["2020-09-11", "2020-10-26"]
    assert qp(at) == {"briefing": "default", "scene": "3"}


def test_first_and_last_scene_disable_the_buttons():
    at = run({"briefing": "default", "scene": "1"})
    assert at.button(key="scene_prev").disabled and not at.button(key="scene_next").disabled
    at = run({"briefing": "default", "scene": "7"})
    assert at.button(key="scene_next").disabled


def test_changing_a_scene_is_one_click_from_undone():
    at = run({"briefing": "default", "scene": "4"})
    assert not [b for b in at.button if b.key == "scene_reset"]
    at.slider(key="f_dates").set_value((dt.date(2020, 10, 1), dt.date(2020, 10, 26))).run()
    assert given(at)["events"] == 2
    params = qp(at)
    assert params["scene"] == "4" and params["start"] == "2020-10-01"  # the link keeps the change
    at.button(key="scene_reset").click().run()
    assert given(at)["window"] == ["2020-09-15", "2020-10-26"] and given(at)["events"] == 6
    assert qp(at) == {"briefing": "default", "scene": "4"}


def test_a_free_view_link_opens_that_view():
    at = run({"lat": "35.81", "lon": "36.32", "zoom": "11", "start": "2020-10-01", "end": "2020-10-20",
              "layers": "events,m4_highway", "types": "Strategic developments"})
    assert not at.warning
    assert given(at)["window"] == ["2020-10-01", "2020-10-20"]
    assert given(at)["layers"] == ["events", "m4_highway"]
    assert given(at)["events"] == 2  # 13 Oct claim, 19 Oct Morek withdrawal
    home = at.session_state["_home_view"]
    assert home.center == (35.81, 36.32) and home.zoom == 11
    params = qp(at)
    assert params["lat"] == "35.81000" and params["zoom"] == "11" and params["layers"] == "m4_highway,events"


def test_tampered_links_give_notices_not_tracebacks():
    at = run({"briefing": "default", "scene": "99", "zoom": "abc", "lat": "35.8", "lon": "36.3",
              "start": "2020-13-45", "layers": "events,bogus"})
    notices = " ".join(w.value for w in at.warning)
    assert "Scene `99` does not exist" in notices
    assert "Zoom `abc` is not a number" in notices
    assert "Start date `2020-13-45` is not a date" in notices
    assert "Unknown layer(s) `bogus`" in notices
    assert "The theatre and Russia" in scene_title(at)  # fell back to scene 1
    assert given(at)["layers"] == ["events"]

    at = run({"briefing": "nonexistent"})
    assert "Unknown briefing `nonexistent`" in at.warning[0].value
    assert at.session_state["briefing_id"] == ""


def test_presenter_mode_from_a_link():
    at = run({"briefing": "default", "scene": "2", "presenter": "1"})
    assert at.session_state["presenter"] is True
    assert [b for b in at.button if b.key == "exit_presenter"]
    assert qp(at)["presenter"] == "1"
    at.button(key="exit_presenter").click().run()
    assert "presenter" not in qp(at)


def test_saving_the_view_as_a_scene_writes_the_file(tmp_path, monkeypatch):
    import shutil

    from loaders.paths import BRIEFINGS

    shutil.copy(BRIEFINGS / "default.yaml", tmp_path / "default.yaml")
    monkeypatch.setenv("BRIEFMAP_BRIEFINGS", str(tmp_path))
    at = run({"briefing": "default", "scene": "4"})
    at.slider(key="f_dates").set_value((dt.date(2020, 10, 1), dt.date(2020, 10, 26))).run()
    at.text_input(key="save_title").input("October strikes")
    at.text_area(key="save_narrative").input("Only the October strikes. *Source: seed.*")
    at.button[[b.label for b in at.button].index("Save scene")].click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    text = (tmp_path / "default.yaml").read_text(encoding="utf-8")
    assert "title: October strikes" in text and "start: '2020-10-01'" in text
    assert "title: October strikes" not in (BRIEFINGS / "default.yaml").read_text(encoding="utf-8")
    # the app now shows the new scene, number 5 of 8, with the same filters
    assert "October strikes" in scene_title(at)
    assert any("5 / 8" in m.value for m in at.markdown)
    assert given(at)["window"] == ["2020-10-01", "2020-10-26"] and given(at)["events"] == 2
    assert qp(at) == {"briefing": "default", "scene": "5"}
