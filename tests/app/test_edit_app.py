"""AppTest: an editor adds, corrects and retracts events on the map page; a second save on an old revision is
refused with the form kept; the history shows under the details."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from auth.session import LOCAL_AUTHOR
from store import open_store
from ui import state

APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture
def at(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFMAP_DB", str(tmp_path / "store.gpkg"))
    app = AppTest.from_file(APP, default_timeout=90)
    app.run()
    assert not app.exception, app.exception
    return app


def _button(at, key):
    return next(b for b in at.button if b.key == key)


def _fill_new_event(at, **over):
    values = dict(event_date=dt.date(2020, 9, 21), time_precision=1, event_type="Explosions/Remote violence",
                  latitude=35.6133, longitude=36.5611, geo_precision=2, fatalities=1,
                  source="TEST FIXTURE source", notes="TEST FIXTURE - not a real event <script>x</script>")
    values.update(over)
    for field, value in values.items():
        widget = next(w for w in at.main if getattr(w, "key", None) == f"ev_{field}")
        widget.set_value(value)


def _submit(at, label):
    next(b for b in at.button if b.label == label).click().run()
    assert not at.exception, at.exception


def test_add_event_saves_it_to_the_analysts_dataset_and_selects_it(at, tmp_path):
    _button(at, "edit_add").click().run()
    assert at.session_state["_edit"] == {"mode": "add"}
    assert any(s.value == "Add an event" for s in at.subheader)
    next(w for w in at.main if getattr(w, "key", None) == "ev_latitude").set_value(35.6133)
    next(w for w in at.main if getattr(w, "key", None) == "ev_longitude").set_value(36.5611).run()
    assert at.session_state["_map_given"]["state"]["editPoint"] == [35.6133, 36.5611]  # marked on the map
    _fill_new_event(at)
    _submit(at, "Save event")
    assert at.session_state["_map_given"]["state"]["editPoint"] is None
    store = open_store(tmp_path / "store.gpkg")
    rec = store.dataset_records("analysts").iloc[0]
    assert (rec["event_type"], rec["geo_precision"], rec["source"]) == ("Explosions/Remote violence", 2,
                                                                         "TEST FIXTURE source")
    assert (rec["latitude"], rec["longitude"], rec["event_date"]) == (35.6133, 36.5611, "2020-09-21")
    [change] = store.changes()
    assert (change.action, change.changed_by) == ("add", LOCAL_AUTHOR)
    assert "_edit" not in at.session_state
    fid = int(rec.name)
    assert tuple(at.session_state[state.K_SELECTED]) == (fid,)
    assert any(f"Event {fid} added" in m.value for m in at.warning)
    store.close()


def test_add_without_a_source_or_precision_is_refused_and_the_form_stays(at, tmp_path):
    _button(at, "edit_add").click().run()
    _fill_new_event(at, source="", geo_precision=None)
    _submit(at, "Save event")
    assert any("Not saved" in e.value and "source is empty" in e.value for e in at.error)
    assert at.session_state["_edit"] == {"mode": "add"}
    assert at.session_state["ev_notes"].startswith("TEST FIXTURE")
    store = open_store(tmp_path / "store.gpkg")
    assert store.dataset("analysts") is None
    store.close()


def test_correct_then_a_stale_save_is_refused_and_keeps_the_editors_values(at, tmp_path):
    store = open_store(tmp_path / "store.gpkg")
    fid = int(store.map_table().index[0])
    at.session_state[state.K_SELECTED] = (fid,)
    at.run()
    _button(at, f"edit_open_{fid}").click().run()
    assert at.session_state["_edit"]["revision"] == 1
    # meanwhile another editor corrects the same event
    store.correct_event(fid, {"notes": "corrected elsewhere"}, by="other@example.org", revision=1)
    at.session_state["ev_fatalities"] = 42
    _submit(at, "Save correction")
    assert any("changed since you opened it" in e.value for e in at.error)
    assert at.session_state["ev_fatalities"] == 42, "the editor's typing was lost"
    assert store.records([fid]).iloc[0]["notes"] == "corrected elsewhere"
    assert store.records([fid]).iloc[0]["fatalities"] != 42
    # reload the stored version, make the change again, save
    _button(at, "edit_reload").click().run()
    assert at.session_state["_edit"]["revision"] == 2
    at.session_state["ev_fatalities"] = 42
    _submit(at, "Save correction")
    assert store.records([fid]).iloc[0]["fatalities"] == 42
    assert [c.changed_by for c in store.changes(target="event", fid=fid)] == [LOCAL_AUTHOR, "other@example.org"]
    assert any(e.label.startswith("History: 2 change") for e in at.expander)
    store.close()


def test_retract_needs_a_reason_and_takes_the_event_off_the_map(at, tmp_path):
    store = open_store(tmp_path / "store.gpkg")
    fid = int(store.map_table().index[2])
    at.session_state[state.K_SELECTED] = (fid,)
    at.run()
    _button(at, f"edit_open_{fid}").click().run()
    _button(at, "edit_retract").click().run()
    assert any("say why" in e.value for e in at.error)
    next(t for t in at.text_input if t.key == "edit_retract_reason").set_value("TEST duplicate report")
    _button(at, "edit_retract").click().run()
    assert not at.exception
    assert fid not in store.map_table().index
    assert store.event_state(fid)["retract_reason"] == "TEST duplicate report"
    store.close()


LINE = {"type": "LineString", "coordinates": [[36.30, 35.70], [36.45, 35.68], [36.60, 35.66]]}


def _fill_drawing(at, **over):
    values = dict(name="TEST front line <b>south</b>", actor="Syrian government forces (SAA) and allies",
                  valid_from=dt.date(2020, 9, 15), accuracy_m=2000, source="TEST FIXTURE source")
    values.update(over)
    for field, value in values.items():
        widget = next(w for w in at.main if getattr(w, "key", None) == f"dr_{field}")
        widget.set_value(value)


def test_draw_a_front_line_saves_it_to_the_drawings_layer(at, tmp_path):
    _button(at, "draw_open").click().run()
    assert at.session_state["_draw"] == {"mode": "new"}
    assert at.session_state["_map_given"]["state"]["draw"] == "line"
    _fill_drawing(at)
    _submit(at, "Save drawing")
    assert any("draw the front line on the map first" in e.value for e in at.error)
    at.session_state["_drawn"] = LINE  # what the map's change callback stores when the editor finishes the line
    at.run()
    assert any("Shape drawn: a line of 3 points" in s.value for s in at.success)
    _submit(at, "Save drawing")
    store = open_store(tmp_path / "store.gpkg")
    shapes = store.overlays("drawings")
    assert len(shapes) == 1 and shapes.iloc[0]["name"] == "TEST front line <b>south</b>"
    assert "_draw" not in at.session_state
    assert at.session_state["_map_given"]["state"]["draw"] is None
    assert "user:drawings" in at.session_state[state.K_LAYERS]
    assert "user:drawings" in at.session_state["_map_given"]["layers"]
    # correct it: open it from the panel's list, change the end date, save
    _button(at, "draw_open").click().run()
    next(s for s in at.selectbox if s.key == "dr_existing").set_value(int(shapes.index[0])).run()
    assert at.session_state["_draw"]["mode"] == "correct"
    next(w for w in at.main if getattr(w, "key", None) == "dr_valid_to").set_value(dt.date(2020, 10, 1))
    _submit(at, "Save changes")
    assert store.overlays("drawings").iloc[0]["valid_to"] == "2020-10-01"
    assert [c.action for c in store.changes(target="overlay")] == ["correct", "add"]
    store.close()


def test_data_page_lists_changes_exports_the_audit_and_restores_a_retracted_event(at, tmp_path):
    store = open_store(tmp_path / "store.gpkg")
    first, second = (int(f) for f in store.map_table().index[:2])
    store.correct_event(first, {"fatalities": 9}, by="editor@example.org", revision=1)
    store.retract_event(second, "TEST <b>duplicate</b>", by="editor@example.org", revision=1)
    at.switch_page("ui/pages/data.py").run()
    assert not at.exception, at.exception
    changes = next(d.value for d in at.dataframe if "who" in d.value.columns)
    assert changes["action"].tolist() == ["retract", "correct"]
    assert changes["change"].tolist()[1].startswith("corrected fatalities")
    assert any(b.label == "Download the audit trail (CSV)" for b in at.get("download_button"))
    pick = next(s for s in at.selectbox if s.key == "dp_restore_pick")
    assert pick.value == f"event:{second}" and "TEST <b>duplicate</b>" in pick.format_func(pick.value)
    _button(at, "dp_restore").click().run()
    assert second in store.map_table().index
    assert any(f"Event {second} is back on the map" in s.value for s in at.success)
    assert store.dataset("seed").rows == 12
    store.close()


def test_an_area_of_interest_may_be_a_point(at, tmp_path):
    _button(at, "draw_open").click().run()
    next(r for r in at.radio if r.key == "dr_kind").set_value("interest").run()
    next(r for r in at.radio if r.key == "dr_interest_shape").set_value("point").run()
    assert at.session_state["_map_given"]["state"]["draw"] == "point"
    at.session_state["_drawn"] = {"type": "Point", "coordinates": [36.55, 35.81]}
    at.run()
    assert any("a point at 35.81000, 36.55000" in s.value for s in at.success)
    _fill_drawing(at, name="TEST point of interest", actor=None)
    _submit(at, "Save drawing")
    store = open_store(tmp_path / "store.gpkg")
    assert store.overlays("drawings").iloc[0].geometry.geom_type == "Point"
    store.close()


def test_a_selected_event_retracted_elsewhere_says_so_and_offers_no_correction(at, tmp_path):
    store = open_store(tmp_path / "store.gpkg")
    fid = int(store.map_table().index[1])
    at.session_state[state.K_SELECTED] = (fid,)
    at.run()
    store.retract_event(fid, "TEST seen twice", by="other@example.org", revision=1)
    at.run()
    assert any("Retracted" in w.value and "TEST seen twice" in w.value for w in at.warning)
    assert not any(b.key == f"edit_open_{fid}" for b in at.button)
    store.close()


def test_the_correction_form_opens_on_an_old_event(at, tmp_path):
    store = open_store(tmp_path / "store.gpkg")
    fid = int(store.map_table().index[0])
    store.correct_event(fid, {"event_date": "1989-06-01"}, by="other@example.org", revision=1)
    at.session_state[state.K_SELECTED] = (fid,)
    at.run()
    _button(at, f"edit_open_{fid}").click().run()
    assert not at.exception and at.session_state["ev_event_date"] == dt.date(1989, 6, 1)
    store.close()


def test_retract_a_drawing_from_its_panel(at, tmp_path):
    store = open_store(tmp_path / "store.gpkg")
    fid = store.add_overlay(dict(kind="axis", actor="TEST actor", valid_from="2020-09-01", source="TEST",
                                 accuracy_m="1000"), LINE, by="other@example.org").fid
    at.run()
    _button(at, "draw_open").click().run()
    next(s for s in at.selectbox if s.key == "dr_existing").set_value(fid).run()
    next(t for t in at.text_input if t.key == "draw_retract_reason").set_value("TEST superseded")
    _button(at, "draw_retract").click().run()
    assert not at.exception
    assert store.overlay_state(fid)["retract_reason"] == "TEST superseded"
    assert "_draw" not in at.session_state
    assert any(f"Drawing {fid} retracted" in w.value for w in at.warning)
    store.close()


def test_presenter_mode_shows_no_editing_controls(at, tmp_path):
    store = open_store(tmp_path / "store.gpkg")
    fid = int(store.map_table().index[0])
    store.close()
    at.session_state[state.K_SELECTED] = (fid,)
    at.run()
    assert any(b.key == f"edit_open_{fid}" for b in at.button)
    at.session_state[state.K_PRESENTER] = True
    at.run()
    assert not at.exception
    assert not any(b.key in (f"edit_open_{fid}", "edit_add", "draw_open") for b in at.button)
