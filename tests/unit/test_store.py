"""The event store through its interface (:class:`store.base.EventStore`): seeding, imports and
re-imports, reading records and the map table, removing, the imports log and overlays.

Every test takes the ``store`` fixture (tests/unit/store_fixtures.py), a new empty store that
is parametrised over backends; GeoPackage file checks are in test_store_gpkg.py.
"""

from __future__ import annotations

import hashlib
import io

import pandas as pd
import pytest
import shapely

from bench.synthetic import synthetic_events
from loaders.events import RECORD_COLUMNS
from snapshots.exports import events_csv
from store import StoreError
from store.seed import SEED_ID, SEED_OPTIONS, ensure_seed
from tests.unit.store_fixtures import (
    SEED_BYTES,
    SEED_ROWS,
    acled_batch,
    assert_map_matches_records,
    assert_unchanged,
    csv_bytes,
    revised_frame,
    same_acled_values,
    seed_frame,
    shapes_batch,
    snapshot,
)

BY = "tester"


def by_source_id(records: pd.DataFrame) -> pd.DataFrame:
    return records.reset_index().set_index("source_id")


# seeding ------------------------------------------------------------------------------------------
def test_ensure_seed_imports_the_project_events_as_seed(store):
    report = ensure_seed(store)
    assert report is not None, "a new store was not seeded"
    assert (report.dataset, report.imported, report.updated, report.unchanged, report.rejected) == \
        (SEED_ID, SEED_ROWS, 0, 0, 0)
    ds = store.dataset(SEED_ID)
    assert ds is not None and ds.rows == SEED_ROWS
    assert (ds.format, ds.title, ds.licence, ds.file_name) == ("acled", SEED_OPTIONS.title, SEED_OPTIONS.licence,
                                                              "events.csv")
    assert ds.file_sha256 == hashlib.sha256(SEED_BYTES).hexdigest()
    frame = seed_frame()
    assert (ds.first_date, ds.last_date) == (frame["event_date"].min(), frame["event_date"].max())
    records = store.dataset_records(SEED_ID)
    assert same_acled_values(records, frame) == [], "stored seed events differ from geodata/events.csv"
    assert records["source_id"].tolist() == frame["event_id_cnty"].tolist()
    assert set(records["dataset"]) == {SEED_ID}


def test_ensure_seed_does_nothing_the_second_time(store):
    ensure_seed(store)
    before = snapshot(store)
    assert ensure_seed(store) is None, "the seed was imported again although geodata/events.csv is unchanged"
    assert_unchanged(before, snapshot(store))


def test_a_removed_seed_stays_removed(store):
    ensure_seed(store)
    assert store.remove(SEED_ID) == SEED_ROWS
    assert ensure_seed(store) is None, "the seed came back after the user removed it"
    assert store.dataset(SEED_ID) is None
    assert len(store.dataset_records()) == 0
    assert [log.dataset for log in store.imports()] == [SEED_ID], "the seed import left the log"


# writing and planning -----------------------------------------------------------------------------
def test_first_import_counts_and_plan_writes_nothing(store):
    batch = acled_batch(SEED_BYTES)
    before = snapshot(store)
    plan = store.plan(batch)
    assert (plan.imported, plan.updated, plan.unchanged, plan.rejected, plan.kept) == (SEED_ROWS, 0, 0, 0, 0)
    assert plan.written is False
    assert_unchanged(before, snapshot(store))

    report = store.write(batch, imported_by=BY)
    assert (report.imported, report.updated, report.unchanged, report.rejected, report.kept) == \
        (SEED_ROWS, 0, 0, 0, 0)
    assert report.written is True
    assert report.summary_line() == f"imported={SEED_ROWS} updated=0 unchanged=0 rejected=0 dataset=acled"
    assert store.generation() != before["generation"], "a write did not change the generation"
    ds = store.dataset("acled")
    assert (ds.rows, ds.overlays, ds.imported_by, ds.format, ds.file_name) == (SEED_ROWS, 0, BY, "acled", "acled.csv")
    assert (ds.first_date, ds.last_date) == ("2020-09-11", "2020-10-26")
    assert ds.synthetic is False
    log = store.imports()
    assert [entry.id for entry in log] == [report.import_id]


def test_identical_reimport_is_all_unchanged_and_changes_nothing(store):
    store.write(acled_batch(SEED_BYTES), imported_by=BY)
    before = snapshot(store)
    batch = acled_batch(SEED_BYTES)
    assert store.plan(batch).unchanged == SEED_ROWS
    report = store.write(batch, imported_by="someone else")
    assert (report.imported, report.updated, report.unchanged, report.rejected, report.kept) == \
        (0, 0, SEED_ROWS, 0, 0)
    after = snapshot(store)
    assert after["generation"] == before["generation"], "an identical re-import changed the generation"
    assert after["datasets"] == before["datasets"], "an identical re-import rewrote the dataset's entry"
    assert after["records"] == before["records"], "an identical re-import rewrote events"
    log = store.imports()
    assert len(log) == 2 and (log[0].unchanged, log[0].imported, log[0].imported_by) == (SEED_ROWS, 0, "someone else")


def test_revised_export_updates_only_the_changed_rows_and_keeps_absent_ones(store):
    store.write(acled_batch(SEED_BYTES), imported_by=BY)
    before = by_source_id(store.dataset_records("acled"))
    batch = acled_batch(revised_frame(), name="acled-newer.csv")

    plan = store.plan(batch)
    assert (plan.imported, plan.updated, plan.unchanged, plan.kept) == (1, 2, 8, 2)
    report = store.write(batch, imported_by=BY)
    assert (report.imported, report.updated, report.unchanged, report.rejected, report.kept) == (1, 2, 8, 0, 2)

    after = by_source_id(store.dataset_records("acled"))
    assert len(after) == SEED_ROWS + 1
    assert set(before.index) <= set(after.index), "events absent from the newer file were deleted"
    # every stored event keeps its fid: revisions update in place
    assert after.loc[before.index, "fid"].tolist() == before["fid"].tolist()
    assert after.loc["SYR-BM-0001", "fatalities"] == 7
    assert (after.loc["SYR-BM-0004", "latitude"], after.loc["SYR-BM-0004", "longitude"]) == (35.81234, 36.45678)
    untouched = [s for s in before.index if s not in ("SYR-BM-0001", "SYR-BM-0004")]
    cols = [c for c in RECORD_COLUMNS if c != "source_id"]
    pd.testing.assert_frame_equal(after.loc[untouched, cols], before.loc[untouched, cols],
                                  obj="events the newer file did not revise")
    assert after.loc["SYR-BM-0099", "fid"] > before["fid"].max()
    ds = store.dataset("acled")
    assert (ds.rows, ds.file_name, ds.last_date) == (SEED_ROWS + 1, "acled-newer.csv", "2020-10-30")
    log = store.imports("acled")[0]
    assert (log.imported, log.updated, log.unchanged, log.rejected, log.rows_in_file) == (1, 2, 8, 0, 11)


def test_revisions_are_matched_within_their_own_dataset(store):
    store.write(acled_batch(SEED_BYTES), imported_by=BY)
    report = store.write(acled_batch(SEED_BYTES, dataset="mirror"), imported_by=BY)
    assert (report.imported, report.unchanged) == (SEED_ROWS, 0), "another dataset's events counted as this one's"
    assert [d.rows for d in store.datasets()] == [SEED_ROWS, SEED_ROWS]


def test_rejected_rows_are_counted_logged_and_kept_as_csv(store):
    frame = seed_frame()
    frame.loc[2, "event_date"] = "not a date"
    frame.loc[5, "latitude"] = "123.4"
    batch = acled_batch(frame)
    assert len(batch.rejects) == 2
    report = store.write(batch, imported_by=BY)
    assert (report.imported, report.rejected) == (SEED_ROWS - 2, 2)
    assert store.imports()[0].rejected == 2
    rejects = pd.read_csv(io.BytesIO(store.rejects_csv(report.import_id)), dtype=str, keep_default_na=False)
    assert rejects.columns.tolist() == ["line", "source_id", "reason"]
    assert rejects["line"].tolist() == ["4", "7"], "rejects name the file's line numbers (header is line 1)"
    assert rejects["source_id"].tolist() == [frame.loc[2, "event_id_cnty"], frame.loc[5, "event_id_cnty"]]
    assert "event_date" in rejects["reason"][0] and "latitude" in rejects["reason"][1]
    clean = store.write(acled_batch(SEED_BYTES, dataset="clean"), imported_by=BY)
    assert store.rejects_csv(clean.import_id).decode().splitlines() == ["line,source_id,reason"]
    with pytest.raises(StoreError, match="no import 9999"):
        store.rejects_csv(9999)


# reading ------------------------------------------------------------------------------------------
def test_records_come_back_whole_in_the_order_asked(store):
    store.write(acled_batch(SEED_BYTES), imported_by=BY)
    every = store.dataset_records()
    assert every.columns.tolist() == list(RECORD_COLUMNS)
    assert every.index.name == "fid" and every.index.is_monotonic_increasing
    fids = every.index.tolist()
    wanted = [fids[5], fids[0], fids[11], fids[3]]
    got = store.records(wanted)
    assert got.index.tolist() == wanted
    pd.testing.assert_frame_equal(got, every.loc[wanted])
    assert len(store.records([])) == 0 and store.records([]).columns.tolist() == list(RECORD_COLUMNS)


def test_records_of_many_events_keep_the_order_asked(store):
    n = 1200  # more than one query's worth of ids
    store.write(acled_batch(events_csv(synthetic_events(n, seed=7)), dataset="synth"), imported_by=BY)
    every = store.dataset_records("synth")
    wanted = every.index.tolist()[::-1]
    got = store.records(wanted)
    assert got.index.tolist() == wanted
    assert got["source_id"].tolist() == every["source_id"].tolist()[::-1]
    assert store.dataset("synth").synthetic is True, "synthetic rows did not mark the dataset synthetic"


def test_dataset_records_hold_one_dataset_in_fid_order(store):
    store.write(acled_batch(SEED_BYTES), imported_by=BY)
    store.write(acled_batch(SEED_BYTES, dataset="other"), imported_by=BY)
    one = store.dataset_records("other")
    assert len(one) == SEED_ROWS and set(one["dataset"]) == {"other"}
    assert one.index.is_monotonic_increasing
    assert len(store.dataset_records()) == 2 * SEED_ROWS
    assert len(store.dataset_records("nope")) == 0


def test_map_table_matches_the_records_through_imports_and_removals(store):
    assert len(store.map_table()) == 0
    store.write(acled_batch(SEED_BYTES), imported_by=BY)
    assert len(assert_map_matches_records(store)) == SEED_ROWS
    store.write(acled_batch(revised_frame()), imported_by=BY)
    table = assert_map_matches_records(store)
    assert table.loc[store.dataset_records().query("source_id == 'SYR-BM-0001'").index[0], "fatalities"] == 7
    store.write(acled_batch(SEED_BYTES, dataset="other"), imported_by=BY)
    assert len(assert_map_matches_records(store)) == 2 * SEED_ROWS + 1
    store.remove("acled")
    table = assert_map_matches_records(store)
    assert set(table["dataset"].astype(str)) == {"other"}


# removing, originals, the log ---------------------------------------------------------------------
def test_remove_deletes_events_overlays_and_the_dataset(store):
    store.write(acled_batch(SEED_BYTES), imported_by=BY)
    store.write(shapes_batch(), imported_by=BY)
    store.write(acled_batch(SEED_BYTES, dataset="other"), imported_by=BY)
    gen = store.generation()

    assert store.remove("shapes") == 0
    assert len(store.overlays()) == 0 and store.dataset("shapes") is None and store.original("shapes") is None
    assert store.remove("acled") == SEED_ROWS
    assert store.generation() != gen
    assert [d.id for d in store.datasets()] == ["other"]
    assert len(store.dataset_records("acled")) == 0
    assert len(store.dataset_records()) == SEED_ROWS
    assert store.original("other") is not None, "removing one dataset took another's original file"
    assert len(store.imports()) == 3, "removing a dataset must not rewrite the imports log"
    before = snapshot(store)
    with pytest.raises(StoreError, match="no dataset 'acled'"):
        store.remove("acled")
    assert_unchanged(before, snapshot(store))


def test_original_returns_the_exact_bytes_of_the_last_import(store):
    store.write(acled_batch(SEED_BYTES, name="/somewhere/exports/acled.csv"), imported_by=BY)
    assert store.original("acled") == ("acled.csv", SEED_BYTES)
    newer = csv_bytes(revised_frame())
    store.write(acled_batch(newer, name="acled-newer.csv"), imported_by=BY)
    assert store.original("acled") == ("acled-newer.csv", newer)
    assert store.original("nope") is None


def test_imports_log_is_newest_first_and_filters_by_dataset(store):
    first = store.write(acled_batch(SEED_BYTES), imported_by="ana")
    second = store.write(shapes_batch(), imported_by="ben")
    log = store.imports()
    assert [e.id for e in log] == [second.import_id, first.import_id]
    entry = log[1]
    assert (entry.dataset, entry.format, entry.file_name, entry.imported_by) == ("acled", "acled", "acled.csv", "ana")
    assert entry.file_sha256 == hashlib.sha256(SEED_BYTES).hexdigest()
    assert (entry.rows_in_file, entry.imported, entry.updated, entry.unchanged, entry.rejected) == \
        (SEED_ROWS, SEED_ROWS, 0, 0, 0)
    assert entry.imported_at.endswith("Z") and entry.notes
    assert [e.id for e in store.imports("shapes")] == [second.import_id]
    assert store.imports("nope") == []


# overlays -----------------------------------------------------------------------------------------
def test_overlays_round_trip(store):
    report = store.write(shapes_batch(), imported_by=BY)
    assert (report.imported, report.overlays_imported) == (0, 2)
    shapes = store.overlays("shapes")
    assert shapes.crs.to_epsg() == 4326
    assert len(shapes) == 2 and set(shapes["dataset"]) == {"shapes"}
    line = shapes[shapes["name"] == "M4 front"].iloc[0]
    zone = shapes[shapes["name"] == "Zawiya pocket"].iloc[0]
    assert line.geometry.equals_exact(shapely.LineString([(36.3, 35.8), (36.5, 35.85), (36.7, 35.9)]), 1e-9)
    assert zone.geometry.equals_exact(
        shapely.Polygon([(36.1, 35.6), (36.4, 35.6), (36.4, 35.9), (36.1, 35.9), (36.1, 35.6)]), 1e-9)
    assert (line["valid_from"], line["valid_to"], line["description"]) == \
        ("2020-09-01", "2020-10-31", "Line of contact along the M4")
    assert all(pd.isna(v) or v == "" for v in (zone["valid_from"], zone["valid_to"])), "a shape without dates got some"
    ds = store.dataset("shapes")
    assert (ds.rows, ds.overlays, ds.format, ds.first_date) == (0, 2, "vector", None)
    assert len(store.overlays("other")) == 0

    gen = store.generation()
    again = store.write(shapes_batch(), imported_by=BY)
    assert (again.overlays_imported, again.overlays_updated, again.overlays_unchanged) == (0, 0, 2)
    assert store.generation() == gen, "an identical re-import of shapes changed the store"


# a write that fails half-way ----------------------------------------------------------------------
class Interrupt(RuntimeError):
    pass


@pytest.mark.parametrize(("stop_at", "error"), [
    *((phase, Interrupt) for phase in ("Writing events", "Indexing", "Updating events", "Recording", "Done")),
    ("Indexing", KeyboardInterrupt),  # Ctrl-C while the spatial index's triggers are dropped
    ("Done", KeyboardInterrupt),
])
def test_a_write_that_fails_half_way_leaves_the_store_as_it_was(store, stop_at, error):
    store.write(acled_batch(SEED_BYTES), imported_by=BY)
    store.write(shapes_batch(), imported_by=BY)
    before = snapshot(store)
    batch = acled_batch(revised_frame())  # one new event and two revised: every phase of a write
    seen = []

    def progress(fraction, text):
        seen.append(text)
        if text.startswith(stop_at):
            raise error(f"stopped at {text!r}")

    with pytest.raises(error, match="stopped at"):
        store.write(batch, imported_by=BY, progress=progress)
    assert_unchanged(before, snapshot(store))
    assert_map_matches_records(store)

    report = store.write(batch, imported_by=BY)  # the store is not left locked or half-changed
    assert (report.imported, report.updated, report.unchanged, report.kept) == (1, 2, 8, 2)
    assert_map_matches_records(store)


def test_write_progress_runs_from_start_to_done(store):
    seen = []
    store.write(acled_batch(SEED_BYTES), imported_by=BY, progress=lambda f, t: seen.append((f, t)))
    fractions = [f for f, _t in seen]
    assert fractions == sorted(fractions) and 0 <= fractions[0] and fractions[-1] == 1.0
    assert seen[-1][1] == "Done"


def test_empty_store_reads(store):
    assert store.datasets() == [] and store.imports() == []
    assert len(store.map_table()) == 0 and len(store.dataset_records()) == 0 and len(store.overlays()) == 0
    assert isinstance(store.generation(), int)
    assert store.dataset("seed") is None
