"""Streamlit AppTest: the page runs, and the widgets drive what the map is given."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture
def app():
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    assert not at.exception, at.exception
    return at


def given(at):
    return at.session_state["_map_given"]


def test_page_runs_with_all_events_and_default_layers(app):
    assert given(app)["events"] == 12
    assert {"events", "m4_highway", "turkish_posts", "hmeimim_air_base"} <= set(given(app)["layers"])
    assert given(app)["window"] == ["2020-09-11", "2020-10-26"]
    assert any("12** of 12 events" in c.value for c in app.caption)
    assert not app.error


def test_changing_the_date_range_changes_what_the_map_is_given(app):
    app.slider(key="f_dates").set_value((dt.date(2020, 10, 1), dt.date(2020, 10, 26))).run()
    assert not app.exception
    assert given(app)["window"] == ["2020-10-01", "2020-10-26"]
    assert given(app)["events"] == 4
    app.slider(key="f_dates").set_value((dt.date(2020, 9, 20), dt.date(2020, 9, 20))).run()
    assert given(app)["events"] == 5


def test_type_and_actor_filters(app):
    app.multiselect(key="f_types").select("Strategic developments").run()
    assert given(app)["events"] == 6
    app.multiselect(key="f_types").unselect("Strategic developments").run()
    app.multiselect(key="f_actors").select("Military Forces of Turkey (2016-)").run()
    assert given(app)["events"] == 2


def test_sub_event_options_follow_the_chosen_type(app):
    app.multiselect(key="f_types").select("Strategic developments").run()
    assert app.multiselect(key="f_subtypes").options == ["Other"]


def test_basemap_choice_reaches_the_map(app):
    app.selectbox(key="basemap").set_value("satellite").run()
    assert given(app)["basemap"] == "satellite"
    assert any("Tiles load from the internet" in c.value for c in app.sidebar.caption)


def test_a_broken_start_file_shows_a_message_and_the_map_still_works(tmp_path, monkeypatch):
    bad = tmp_path / "events.csv"
    bad.write_text("event_id_cnty,event_date\nX,2020-01-01\n", encoding="utf-8")
    monkeypatch.setenv("BRIEFMAP_DB", str(tmp_path / "store.gpkg"))
    monkeypatch.setenv("BRIEFMAP_EVENTS", str(bad))
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    assert not at.exception
    warning = at.warning[0].value
    assert "BRIEFMAP_EVENTS" in warning and "events.csv" in warning and "no value for event_type" in warning
    assert given(at)["events"] == 12  # the store's seed is still shown


@pytest.mark.parametrize("make", ["directory", "not a store"])
def test_an_unusable_store_shows_a_message_not_a_traceback(tmp_path, monkeypatch, make):
    target = tmp_path / "store.gpkg"
    if make == "directory":
        target.mkdir()
    else:
        target.write_bytes(b"SQLite format 3\x00" + bytes(4080))
    monkeypatch.setenv("BRIEFMAP_DB", str(target))
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    assert not at.exception
    assert "event store cannot be opened" in at.error[0].value
    assert str(target) in at.code[0].value


def test_export_is_produced_only_when_asked(app):
    assert not [b for b in app.get("download_button") if b.proto.label.startswith("Download ")]
    app.radio(key="export_format").set_value("html").run()
    app.button(key="export_go").click().run()
    assert not app.exception and not app.error
    ready = [b for b in app.get("download_button") if b.proto.label.startswith("Download ")]
    assert len(ready) == 1
    assert ready[0].proto.label.startswith("Download north-west-syria-idlib-september-october-2020.html")
    # a changed setting invalidates the prepared file
    app.text_input(key="export_marking").input("SECRET").run()
    assert not [b for b in app.get("download_button") if b.proto.label.startswith("Download ")]
    assert any("prepare it again" in c.value for c in app.sidebar.caption)


def test_synthetic_data_is_flagged_as_not_real(tmp_path, monkeypatch):
    from bench.synthetic import synthetic_events
    from snapshots.exports import events_csv

    path = tmp_path / "synthetic.csv"
    path.write_bytes(events_csv(synthetic_events(500)))
    monkeypatch.setenv("BRIEFMAP_DB", str(tmp_path / "store.gpkg"))
    monkeypatch.setenv("BRIEFMAP_EVENTS", str(path))
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    assert not at.exception
    assert "SYNTHETIC DATA" in at.error[0].value and "not real" in at.error[0].value
    assert "acled" in at.error[0].value  # names the dataset
    assert at.session_state["_map_given"]["events"] == 512  # imported at start, beside the seed
