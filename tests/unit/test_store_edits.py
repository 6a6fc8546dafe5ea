"""Analysts' edits in the store (store/editing.py), on both backends: add, correct, retract, restore,
drawn overlays, the audit trail, optimistic locking, and re-imports that keep a correction."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from store import open_store
from store.editing import ANALYSTS, DRAWINGS, EditRefused, StaleEdit
from tests.unit.store_fixtures import SEED_BYTES, SEED_ROWS, acled_batch, assert_map_matches_records, seed_frame

ED, ED2 = "editor@example.org", "second@example.org"

STRIKE = dict(event_date="2020-09-20", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
              actor1="Military Forces of Russia (2000-)", location="Kafr Nabl", latitude=35.6133, longitude=36.5611,
              geo_precision=2, time_precision=1, fatalities=2, source="SOHR", country="Syria", admin1="Idlib",
              notes="Reported strike near the town <b>centre</b>")
FRONT = dict(kind="front_line", actor="Syrian government forces", valid_from="2020-09-01", valid_to="2020-10-15",
             source="ISW control map, 1 Sep 2020", accuracy_m="2000", name="Line of contact south of the M4")
LINE = {"type": "LineString", "coordinates": [[36.30, 35.70], [36.45, 35.68], [36.60, 35.66]]}


def test_add_stores_the_event_in_the_analysts_dataset_with_provenance(store):
    saved = store.add_event(STRIKE, by=ED)
    assert saved.revision == 1
    rec = store.records([saved.fid]).iloc[0]
    assert (rec["dataset"], rec["source"], rec["fatalities"], rec["geo_precision"]) == ("analysts", "SOHR", 2, 2)
    assert rec["source_id"].startswith("an-") and rec["event_id_cnty"] == rec["source_id"]
    assert rec["notes"] == STRIKE["notes"]
    ds = store.dataset(ANALYSTS.id)
    assert (ds.rows, ds.first_date, ds.last_date, ds.imported_by) == (1, "2020-09-20", "2020-09-20", ED)
    table = store.map_table()
    assert saved.fid in table.index and table.loc[saved.fid, "dataset"] == "analysts"
    assert_map_matches_records(store)
    [change] = store.changes()
    assert (change.action, change.changed_by, change.target, change.target_fid) == ("add", ED, "event", saved.fid)
    assert change.after["fatalities"] == 2 and change.before == {}


@pytest.mark.parametrize("fields, message", [
    (dict(STRIKE, source=""), "source is empty"),
    (dict(STRIKE, latitude=95), "latitude is not a number in [-90, 90]"),
    (dict(STRIKE, geo_precision=4), "geo_precision must be 1, 2 or 3"),
    (dict(STRIKE, event_date="20/09/2020x"), "event_date"),
    (dict(STRIKE, fatalities=-1), "fatalities must be a whole number >= 0"),
    (dict(STRIKE, latitude=0, longitude=0), "coordinates are 0, 0"),
])
def test_add_refuses_a_bad_event_and_writes_nothing(store, fields, message):
    gen = store.generation()
    with pytest.raises(EditRefused, match=None) as err:
        store.add_event(fields, by=ED)
    assert message in str(err.value)
    assert store.generation() == gen and store.changes() == [] and store.dataset(ANALYSTS.id) is None


def test_correct_changes_fields_records_before_and_after_and_moves_the_point(store):
    store.write(acled_batch(SEED_BYTES), imported_by="importer")
    fid = int(store.map_table().index[0])
    was = store.records([fid]).iloc[0]
    saved = store.correct_event(fid, {"fatalities": int(was["fatalities"]) + 3, "latitude": 35.7,
                                      "longitude": 36.4, "notes": "corrected after SOHR update"}, by=ED, revision=1)
    assert saved.revision == 2
    now = store.records([fid]).iloc[0]
    assert (now["fatalities"], now["latitude"], now["longitude"]) == (was["fatalities"] + 3, 35.7, 36.4)
    assert now["imported_at"] == was["imported_at"] and now["dataset"] == was["dataset"]
    table = store.map_table()
    assert (table.loc[fid, "latitude"], table.loc[fid, "longitude"], table.loc[fid, "fatalities"]) == \
        (35.7, 36.4, was["fatalities"] + 3)
    assert_map_matches_records(store)
    [change] = store.changes(target="event", fid=fid)
    assert change.action == "correct" and change.changed_by == ED and change.revision == 2
    assert set(change.fields) == {"fatalities", "latitude", "longitude", "notes"}
    assert change.before["latitude"] == was["latitude"] and change.after["latitude"] == 35.7
    state = store.event_state(fid)
    assert (state["revision"], state["edited_by"]) == (2, ED)


def test_a_second_save_on_the_same_revision_is_refused_and_loses_nothing(store):
    """Two editors open revision 1; the first save wins, the second is told and nothing is overwritten."""
    fid = store.add_event(STRIKE, by=ED).fid
    store.correct_event(fid, {"fatalities": 3}, by=ED, revision=1)
    gen = store.generation()
    with pytest.raises(StaleEdit, match="changed since you opened it") as err:
        store.correct_event(fid, {"fatalities": 9, "notes": "other"}, by=ED2, revision=1)
    assert "revision 2" in str(err.value) and ED in str(err.value)
    assert store.records([fid]).iloc[0]["fatalities"] == 3
    assert store.generation() == gen and len(store.changes()) == 2
    with pytest.raises(StaleEdit):
        store.retract_event(fid, "duplicate", by=ED2, revision=1)
    # reloaded at revision 2, the second editor's change goes through
    assert store.correct_event(fid, {"fatalities": 9}, by=ED2, revision=2).revision == 3


def test_retract_keeps_the_record_off_the_map_and_restore_brings_it_back(store):
    store.write(acled_batch(SEED_BYTES), imported_by="importer")
    fid = int(store.map_table().index[3])
    with pytest.raises(EditRefused, match="say why"):
        store.retract_event(fid, "  ", by=ED, revision=1)
    store.retract_event(fid, "Duplicate of SYR-BM-0003 (same strike, two sources)", by=ED, revision=1)
    assert fid not in store.map_table().index
    assert fid not in store.dataset_records().index
    assert store.dataset("acled").rows == SEED_ROWS - 1
    assert store.records([fid]).index.tolist() == [fid], "the retracted record is kept"
    state = store.event_state(fid)
    assert (state["retracted_by"], state["retract_reason"][:9], state["revision"]) == (ED, "Duplicate", 2)
    with pytest.raises(EditRefused, match="restore it before"):
        store.correct_event(fid, {"fatalities": 1}, by=ED, revision=2)
    store.restore_event(fid, by=ED2, revision=2)
    assert fid in store.map_table().index and store.dataset("acled").rows == SEED_ROWS
    assert [c.action for c in store.changes(target="event", fid=fid)] == ["restore", "retract"]
    assert_map_matches_records(store)


def test_reimport_keeps_an_analysts_correction_and_reports_the_conflict(store):
    store.write(acled_batch(SEED_BYTES), imported_by="importer")
    recs = store.dataset_records("acled").reset_index().set_index("source_id")
    fid1, fid4 = int(recs.loc["SYR-BM-0001", "fid"]), int(recs.loc["SYR-BM-0004", "fid"])
    store.correct_event(fid1, {"fatalities": 5, "notes": "analyst: SOHR revised the toll"}, by=ED, revision=1)
    store.retract_event(fid4, "position unverifiable", by=ED, revision=1)

    same = store.write(acled_batch(SEED_BYTES, name="again.csv"), imported_by="importer")
    assert (same.updated, same.unchanged, same.conflicts) == (0, SEED_ROWS, ())
    assert store.records([fid1]).iloc[0]["fatalities"] == 5

    newer = seed_frame()
    newer.loc[newer["event_id_cnty"] == "SYR-BM-0001", "fatalities"] = "7"
    newer.loc[newer["event_id_cnty"] == "SYR-BM-0004", "notes"] = "revised by the source"
    newer.loc[newer["event_id_cnty"] == "SYR-BM-0002", "fatalities"] = "4"
    plan = store.plan(acled_batch(newer, name="newer.csv"))
    assert (plan.updated, plan.conflicts) == (1, ("SYR-BM-0001", "SYR-BM-0004"))
    report = store.write(acled_batch(newer, name="newer.csv"), imported_by="importer")
    assert (report.imported, report.updated, report.conflicts) == (0, 1, ("SYR-BM-0001", "SYR-BM-0004"))
    assert "analyst's version was kept" in report.conflict_line()
    assert store.records([fid1]).iloc[0]["fatalities"] == 5, "the import overwrote an analyst's correction"
    assert fid4 not in store.map_table().index, "the import brought back a retracted event"
    assert store.records([int(recs.loc["SYR-BM-0002", "fid"])]).iloc[0]["fatalities"] == 4
    assert "SYR-BM-0001" in store.imports("acled")[0].notes
    assert_map_matches_records(store)


def test_drawn_overlay_is_stored_with_kind_actor_accuracy_and_corrected_under_lock(store):
    saved = store.add_overlay(FRONT, LINE, by=ED)
    shapes = store.overlays(DRAWINGS.id)
    assert len(shapes) == 1
    row = shapes.iloc[0]
    assert (row["name"], row["valid_from"], row["valid_to"], row["source"]) == \
        (FRONT["name"], "2020-09-01", "2020-10-15", FRONT["source"])
    assert json.loads(row["properties"]) == {"kind": "front_line", "actor": "Syrian government forces",
                                             "accuracy_m": 2000}
    assert row.geometry.geom_type == "LineString"
    assert store.dataset(DRAWINGS.id).overlays == 1
    moved = {"type": "LineString", "coordinates": [[36.30, 35.72], [36.60, 35.70]]}
    store.correct_overlay(saved.fid, {"valid_to": "2020-10-20"}, by=ED, revision=1, geometry=moved)
    with pytest.raises(StaleEdit):
        store.correct_overlay(saved.fid, {"actor": "HTS"}, by=ED2, revision=1)
    change = store.changes(target="overlay", fid=saved.fid)[0]
    assert set(change.fields) == {"valid_to", "geometry"}
    store.retract_overlay(saved.fid, "superseded by the 20 Oct line", by=ED, revision=2)
    assert len(store.overlays(DRAWINGS.id)) == 0 and store.overlay_state(saved.fid)["retracted_by"] == ED


@pytest.mark.parametrize("fields, geometry, message", [
    (dict(FRONT, kind="border"), LINE, "kind 'border' is not one of"),
    (dict(FRONT, source=""), LINE, "source is empty"),
    (dict(FRONT, actor=""), LINE, "actor is empty"),
    (dict(FRONT, valid_from=""), LINE, "valid_from is empty"),
    (dict(FRONT, valid_to="2020-08-01"), LINE, "valid_to is before valid_from"),
    (dict(FRONT, accuracy_m="far"), LINE, "accuracy_m 'far' is not a number"),
    (FRONT, {"type": "Polygon", "coordinates": [[[36, 35], [36.1, 35], [36.1, 35.1], [36, 35]]]},
     "a front line is drawn as a linestring"),
    (FRONT, {"type": "LineString", "coordinates": [[360, 35], [361, 35]]}, "not longitude and latitude"),
    (FRONT, "{not json", "cannot be read as GeoJSON"),
])
def test_a_bad_drawing_is_refused_with_the_reason(store, fields, geometry, message):
    with pytest.raises(EditRefused) as err:
        store.add_overlay(fields, geometry, by=ED)
    assert message in str(err.value)
    assert len(store.overlays()) == 0


def test_audit_csv_lists_every_change_oldest_first(store):
    fid = store.add_event(STRIKE, by=ED).fid
    store.correct_event(fid, {"fatalities": 4}, by=ED2, revision=1)
    store.retract_event(fid, "duplicate, \"quoted\" reason", by=ED, revision=2)
    frame = pd.read_csv(pd.io.common.BytesIO(store.audit_csv()))
    assert frame["action"].tolist() == ["add", "correct", "retract"]
    assert frame["changed_by"].tolist() == [ED, ED2, ED]
    assert frame.loc[1, "fields"] == "fatalities"
    assert json.loads(frame.loc[1, "before"]) == {"fatalities": 2} and json.loads(frame.loc[1, "after"]) == \
        {"fatalities": 4}
    assert frame.loc[2, "reason"] == 'duplicate, "quoted" reason'


def test_copy_carries_edits_retractions_and_the_audit_trail(store, tmp_path):
    store.write(acled_batch(SEED_BYTES), imported_by="importer")
    fid = int(store.map_table().index[0])
    store.correct_event(fid, {"fatalities": 11}, by=ED, revision=1)
    gone = int(store.map_table().index[1])
    store.retract_event(gone, "duplicate", by=ED, revision=1)
    store.add_overlay(FRONT, LINE, by=ED)
    target = open_store(tmp_path / "copy.gpkg")
    try:
        target.restore(store.dump())
        assert len(target.map_table()) == SEED_ROWS - 1
        assert [c.action for c in target.changes()] == ["add", "retract", "correct"]
        sid = store.records([fid]).iloc[0]["source_id"]
        moved = target.dataset_records("acled").reset_index().set_index("source_id").loc[sid]
        assert moved["fatalities"] == 11
        assert target.event_state(int(moved["fid"]))["edited_by"] == ED
        # a re-import into the copy still keeps the correction
        newer = seed_frame()
        newer.loc[newer["event_id_cnty"] == sid, "fatalities"] = "1"
        assert target.plan(acled_batch(newer)).conflicts == (sid,)
    finally:
        target.close()


@pytest.mark.parametrize("fmt, name", [("geojson", "front.geojson"), ("kml", "front.kml")])
def test_drawings_export_as_geojson_and_kml_and_import_back_the_same(store, fmt, name):
    from importers.base import ImportOptions, InputFile
    from importers.registry import run_import
    from store.exports import export_shapes

    store.add_overlay(FRONT, LINE, by=ED)
    store.add_overlay(dict(kind="control", actor="HTS <b>", valid_from="2020-09-05", source="TEST source",
                           accuracy_m="5000", name="Zone & pocket"),
                      {"type": "Polygon", "coordinates": [[[36.3, 35.8], [36.5, 35.7], [36.5, 35.9], [36.3, 35.8]]]},
                      by=ED)
    data = export_shapes(store, DRAWINGS.id, fmt)
    batch = run_import(InputFile(name, data), ImportOptions(dataset="front-copy"))
    assert len(batch.rejects) == 0 and len(batch.overlays) == 2
    store.write(batch, imported_by=ED)
    back = store.overlays("front-copy").sort_values("name").reset_index(drop=True)
    orig = store.overlays(DRAWINGS.id).sort_values("name").reset_index(drop=True)
    for col in ("name", "valid_from", "valid_to", "source"):
        assert back[col].tolist() == orig[col].tolist(), col
    for b, o in zip(back.geometry, orig.geometry):
        assert b.equals_exact(o, 1e-6)
    for b, o in zip(back["properties"], orig["properties"]):
        b, o = json.loads(b), json.loads(o)
        assert (b["kind"], b["actor"], int(b["accuracy_m"])) == (o["kind"], o["actor"], o["accuracy_m"])


def test_cli_exports_shapes_and_the_audit_trail(store, store_location, tmp_path, capsys):
    from store.cli import main

    store.add_overlay(FRONT, LINE, by=ED)
    fid = store.add_event(STRIKE, by=ED).fid
    store.retract_event(fid, "TEST reason", by=ED2, revision=1)
    out = tmp_path / "front.kml"
    assert main(["--db", store_location, "export", "--out", str(out), "--dataset", "drawings", "--shapes"]) == 0
    assert b"<kml" in out.read_bytes() and FRONT["name"].encode() in out.read_bytes()
    assert main(["--db", store_location, "export", "--out", str(tmp_path / "x.csv"), "--shapes"]) == 2
    assert "cannot tell the format from 'x.csv': give --format geojson or kml" in capsys.readouterr().err
    assert main(["--db", store_location, "audit", "--out", str(tmp_path / "audit.csv")]) == 0
    assert "3 change(s)" in capsys.readouterr().out
    frame = pd.read_csv(tmp_path / "audit.csv")
    assert frame["action"].tolist() == ["add", "add", "retract"]


def test_history_shows_each_change_escaped(store):
    from ui.history import changes_frame, history_html

    fid = store.add_event(dict(STRIKE, notes="<script>alert(1)</script>"), by="<b>mallory</b>@example.org")
    store.correct_event(fid.fid, {"location": "Kafr <img src=x onerror=alert(1)>"}, by=ED, revision=1)
    store.retract_event(fid.fid, "<i>dup</i>", by=ED2, revision=2)
    html = history_html(store.changes(target="event", fid=fid.fid))
    assert "<b>mallory" not in html and "&lt;b&gt;mallory&lt;/b&gt;" in html
    assert "<img" not in html and "<i>dup" not in html and "retracted: &lt;i&gt;dup&lt;/i&gt;" in html
    assert html.index("retracted") < html.index("corrected location") < html.index("added")
    frame = changes_frame(store.changes())
    assert frame["who"].tolist() == [ED2, ED, "<b>mallory</b>@example.org"]


def test_an_import_that_revises_an_event_makes_an_open_form_stale(store):
    store.write(acled_batch(SEED_BYTES), imported_by="importer")
    recs = store.dataset_records("acled").reset_index().set_index("source_id")
    fid = int(recs.loc["SYR-BM-0002", "fid"])
    opened = store.event_state(fid)["revision"]
    newer = seed_frame()
    newer.loc[newer["event_id_cnty"] == "SYR-BM-0002", "fatalities"] = "40"
    store.write(acled_batch(newer, name="newer.csv"), imported_by="importer")
    with pytest.raises(StaleEdit, match="last changed by an import of its dataset"):
        store.correct_event(fid, {"fatalities": 1}, by=ED, revision=opened)
    assert store.records([fid]).iloc[0]["fatalities"] == 40


def test_the_stale_message_names_the_latest_change(store):
    fid = store.add_event(STRIKE, by=ED).fid
    store.correct_event(fid, {"fatalities": 3}, by=ED, revision=1)
    store.correct_event(fid, {"fatalities": 4}, by=ED2, revision=2)
    with pytest.raises(StaleEdit, match=f"last change by {ED2}"):
        store.correct_event(fid, {"fatalities": 5}, by="third@example.org", revision=1)


@pytest.mark.parametrize("dataset", ["analysts", "drawings"])
def test_imports_into_the_editors_datasets_are_refused(store, dataset):
    from store import StoreError

    with pytest.raises(StoreError, match=f"dataset '{dataset}' holds what analysts add on the map"):
        store.write(acled_batch(SEED_BYTES, dataset=dataset), imported_by="importer")
    assert store.dataset(dataset) is None and store.imports() == []


def test_a_corrected_date_moves_the_year_and_the_datasets_span(store):
    store.write(acled_batch(SEED_BYTES), imported_by="importer")
    ds = store.dataset("acled")
    recs = store.dataset_records("acled")
    last = recs.loc[recs["event_date"] == ds.last_date].index[0]
    store.correct_event(int(last), {"event_date": "2019-12-30"}, by=ED, revision=1)
    rec = store.records([int(last)]).iloc[0]
    assert (rec["event_date"], rec["year"]) == ("2019-12-30", 2019)
    now = store.dataset("acled")
    assert now.first_date == "2019-12-30" and now.last_date < ds.last_date and now.rows == ds.rows
    first = int(last)
    store.retract_event(first, "TEST", by=ED, revision=2)
    after = store.dataset("acled")
    assert (after.first_date, after.last_date, after.rows) == (ds.first_date, now.last_date, ds.rows - 1)
    store.restore_event(first, by=ED, revision=3)
    assert store.dataset("acled").first_date == "2019-12-30" and store.dataset("acled").rows == ds.rows


def test_drawing_edits_keep_the_map_copy_and_imported_shapes_are_not_edited_on_the_map(store):
    from tests.unit.store_fixtures import shapes_batch

    store.write(acled_batch(SEED_BYTES), imported_by="importer")
    store.map_table()
    saved = store.add_overlay(FRONT, LINE, by=ED)
    store.retract_overlay(saved.fid, "TEST", by=ED, revision=1)
    store.restore_overlay(saved.fid, by=ED, revision=2)
    with store._edit(write=False) as tx:  # the copy kept by the edits is the current generation's
        gen = int(tx.run("SELECT value FROM briefmap_meta WHERE key = 'generation'").fetchone()[0])
        kept = tx.run("SELECT generation FROM briefmap_cache").fetchone()
    assert kept is not None and int(kept[0]) == gen
    assert [c.summary() for c in store.changes(target="overlay", fid=saved.fid)][:2] == ["restored", "retracted: TEST"]
    store.write(shapes_batch(), imported_by="importer")
    imported = store.overlays().loc[lambda f: f["dataset"] != "drawings"].index[0]
    with pytest.raises(EditRefused, match="correct it in its file"):
        store.correct_overlay(int(imported), {"actor": "x"}, by=ED, revision=1)


def test_retracted_lists_events_and_drawings_newest_first(store):
    fid = store.add_event(STRIKE, by=ED).fid
    shape = store.add_overlay(FRONT, LINE, by=ED).fid
    store.retract_event(fid, "first", by=ED, revision=1)
    store.retract_overlay(shape, "second", by=ED2, revision=1)
    got = store.retracted()
    assert [(r["target"], r["fid"], r["reason"], r["revision"]) for r in got] == [
        ("overlay", shape, "second", 2), ("event", fid, "first", 2)]
    assert got[1]["label"].startswith("2020-09-20 Kafr Nabl")


def test_cli_copy_of_a_store_with_retractions_checks_its_counts(store, store_location, tmp_path, capsys):
    from store.cli import main

    store.write(acled_batch(SEED_BYTES), imported_by="importer")
    store.retract_event(int(store.map_table().index[0]), "TEST", by=ED, revision=1)
    shape = store.add_overlay(FRONT, LINE, by=ED).fid
    store.retract_overlay(shape, "TEST", by=ED, revision=1)
    target = tmp_path / "copy.gpkg"
    assert main(["copy", "--from", store_location, "--to", str(target)]) == 0, capsys.readouterr().err
    copy = open_store(target)
    try:
        assert len(copy.map_table()) == SEED_ROWS - 1 and len(copy.overlays()) == 0
        assert len(copy.retracted()) == 2
    finally:
        copy.close()
