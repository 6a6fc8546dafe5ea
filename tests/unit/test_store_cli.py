"""``python -m store``: import (its last line, exit codes, rejects), datasets, remove and export.

Most tests call :func:`store.cli.main` in this process (fast); a few run the real command in a
child process to check what a shell sees: the exit status, stdout's last line, stderr.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from bench.synthetic import synthetic_events
from snapshots.exports import events_csv
from store import open_store
from store.cli import main
from store.seed import SEED_ID
from tests.unit.store_fixtures import (
    SEED_BYTES,
    SEED_ROWS,
    assert_unchanged,
    csv_bytes,
    revised_frame,
    run_cli,
    same_acled_values,
    seed_frame,
    snapshot,
)

SUMMARY = re.compile(r"imported=\d+ updated=\d+ unchanged=\d+ rejected=\d+ dataset=[a-z0-9][a-z0-9_-]*")
DATASET_FIELDS = {"id", "title", "format", "rows", "first_date", "last_date", "source", "licence", "imported_at"}


@pytest.fixture
def db(store_location, tmp_path, monkeypatch) -> str:
    """A new store's location (a GeoPackage path, or a PostGIS URL); the working directory is the
    test's own (rejects CSVs land there)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BRIEFMAP_DB", raising=False)
    return store_location


@pytest.fixture
def acled_csv(tmp_path) -> Path:
    path = tmp_path / "acled.csv"
    path.write_bytes(SEED_BYTES)
    return path


def cli(capsys, db, *args) -> tuple[int, str, str]:
    """``python -m store --db DB ARGS`` in this process: (exit status, stdout, stderr)."""
    code = main(["--db", str(db), *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def last_line(out: str) -> str:
    lines = out.strip().splitlines()
    return lines[-1] if lines else ""


def assert_one_error_line(err: str, *words: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, f"expected one error line on stderr, got: {err!r}"
    assert lines[0].startswith("error: "), lines[0]
    for word in words:
        assert word in lines[0], f"{word!r} not in {lines[0]!r}"


def state(db) -> dict:
    with open_store(db) as made:
        return snapshot(made)


# import ------------------------------------------------------------------------------------------
def test_import_exits_0_and_ends_with_the_summary_line(tmp_path, acled_csv, db):
    done = run_cli(db, "import", acled_csv, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith("\n")
    assert last_line(done.stdout) == f"imported={SEED_ROWS} updated=0 unchanged=0 rejected=0 dataset=acled"
    assert done.stderr == ""
    made = open_store(db)
    assert [d.id for d in made.datasets()] == ["acled", SEED_ID], "the command line did not seed a new store"


def test_reimport_and_revision_report_their_counts(capsys, db, acled_csv, tmp_path):
    assert cli(capsys, db, "import", acled_csv)[0] == 0
    code, out, _ = cli(capsys, db, "import", acled_csv)
    assert (code, last_line(out)) == (0, f"imported=0 updated=0 unchanged={SEED_ROWS} rejected=0 dataset=acled")
    newer = tmp_path / "acled-newer.csv"
    newer.write_bytes(csv_bytes(revised_frame()))
    code, out, _ = cli(capsys, db, "import", newer, "--format", "acled")
    assert (code, last_line(out)) == (0, "imported=1 updated=2 unchanged=8 rejected=0 dataset=acled")
    assert "2 event(s) of dataset 'acled' are not in this file and were kept." in out
    assert open_store(db).dataset("acled").rows == SEED_ROWS + 1


def test_rejects_are_listed_and_written_to_a_csv(capsys, db, tmp_path):
    frame = seed_frame()
    frame.loc[2, "event_date"] = "31/31/2020"
    frame.loc[5, "latitude"] = "123.4"
    path = tmp_path / "partly-bad.csv"
    path.write_bytes(csv_bytes(frame))
    code, out, err = cli(capsys, db, "import", path, "--dataset", "partly")
    assert code == 0, err
    assert last_line(out) == f"imported={SEED_ROWS - 2} updated=0 unchanged=0 rejected=2 dataset=partly"
    assert "Rejected 2 row(s); all of them are in partly-rejects.csv:" in out
    assert re.search(r"^  line 4: event_date.*\(id SYR-BM-0003\)$", out, re.MULTILINE), out
    assert re.search(r"^  line 7: latitude.*\(id SYR-BM-0006\)$", out, re.MULTILINE), out
    written = (tmp_path / "partly-rejects.csv").read_bytes()
    rejects = pd.read_csv(tmp_path / "partly-rejects.csv", dtype=str)
    assert rejects.columns.tolist() == ["line", "source_id", "reason"]
    assert list(zip(rejects["line"], rejects["source_id"])) == [("4", "SYR-BM-0003"), ("7", "SYR-BM-0006")]
    made = open_store(db)
    assert made.rejects_csv(made.imports("partly")[0].id) == written, "the log's rejects differ from the CSV"

    other = tmp_path / "elsewhere" / "bad-rows.csv"
    other.parent.mkdir()
    code, out, _ = cli(capsys, db, "import", path, "--dataset", "partly2", "--rejects", other)
    assert code == 0 and other.read_bytes() == written


def test_a_long_list_of_rejects_is_cut_short_on_screen_but_not_in_the_csv(capsys, db, tmp_path):
    frame = pd.read_csv(pd.io.common.BytesIO(events_csv(synthetic_events(30, seed=3))), dtype=str,
                        keep_default_na=False)
    frame.loc[:24, "event_date"] = "someday"
    path = tmp_path / "mostly-bad.csv"
    path.write_bytes(csv_bytes(frame))
    code, out, _ = cli(capsys, db, "import", path, "--dataset", "mostly")
    assert code == 0
    assert len(re.findall(r"^  line \d+: ", out, re.MULTILINE)) == 20
    assert "… and 5 more" in out
    assert last_line(out) == "imported=5 updated=0 unchanged=0 rejected=25 dataset=mostly"
    assert len(pd.read_csv(tmp_path / "mostly-rejects.csv")) == 25


def test_a_file_with_every_row_rejected_exits_2_and_writes_nothing(capsys, db, tmp_path):
    frame = seed_frame()
    frame["latitude"] = "0"
    frame["longitude"] = "0"
    path = tmp_path / "zeros.csv"
    path.write_bytes(csv_bytes(frame))
    cli(capsys, db, "datasets")  # creates and seeds the store
    before = state(db)
    code, out, err = cli(capsys, db, "import", path)
    assert code == 2
    assert_one_error_line(err, "zeros.csv", f"all {SEED_ROWS} row(s) were rejected")
    assert not SUMMARY.fullmatch(last_line(out)), "a failed import printed a summary line"
    assert len(pd.read_csv(tmp_path / "acled-rejects.csv")) == SEED_ROWS, "the rejects were not written"
    assert_unchanged(before, state(db))


def make_input(kind: str, tmp_path: Path) -> Path:
    path = tmp_path / "inputs" / {"directory": "folder", "empty": "empty.csv", "random": "random.csv",
                                  "missing": "missing.csv", "xml": "data.xml"}[kind]
    path.parent.mkdir(exist_ok=True)
    if kind == "directory":
        path.mkdir()
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "random":
        path.write_bytes(np.random.default_rng(5).bytes(4096))
    elif kind == "xml":
        path.write_bytes(b"<?xml version='1.0'?><report><item>1</item></report>")
    return path


@pytest.mark.parametrize(("kind", "reason"), [
    ("directory", "is a directory"),
    ("empty", "empty"),
    ("random", "binary"),
    ("missing", "not found"),
    ("xml", "not KML"),
])
def test_a_file_that_cannot_be_read_exits_2_and_leaves_the_store_as_it_was(capsys, db, tmp_path, kind, reason):
    path = make_input(kind, tmp_path)
    cli(capsys, db, "datasets")  # creates and seeds the store
    before = state(db)
    code, out, err = cli(capsys, db, "import", path)
    assert code == 2
    assert_one_error_line(err, path.name, reason)
    assert not SUMMARY.fullmatch(last_line(out))
    assert_unchanged(before, state(db))


def test_random_bytes_fail_in_a_real_shell_too(tmp_path, db):
    path = make_input("random", tmp_path)
    done = run_cli(db, "import", path, cwd=tmp_path)
    assert done.returncode == 2
    assert_one_error_line(done.stderr, "random.csv")
    assert not SUMMARY.fullmatch(last_line(done.stdout))
    assert [d.id for d in open_store(db).datasets()] == [SEED_ID]


@pytest.mark.parametrize("bad", ["directory", "random"])
def test_a_store_path_that_cannot_be_used_exits_2(capsys, tmp_path, acled_csv, monkeypatch, bad):
    monkeypatch.chdir(tmp_path)
    where = make_input(bad, tmp_path)
    digest = None if where.is_dir() else where.read_bytes()
    code, out, err = cli(capsys, where, "import", acled_csv)
    assert code == 2
    assert_one_error_line(err, str(where))
    assert out == ""
    if digest is not None:
        assert where.read_bytes() == digest


def test_bad_options_exit_2_with_a_reason(capsys, db, acled_csv):
    code, _, err = cli(capsys, db, "import", acled_csv, "--map", "latitude")
    assert code == 2
    assert_one_error_line(err, "--map", "'latitude' is not NAME=VALUE")
    code, _, err = cli(capsys, db, "import", acled_csv, "--dataset", "Not An Id")
    assert code == 2
    assert_one_error_line(err, "dataset id 'Not An Id' is not valid")


def test_table_import_with_mapping_constants_and_day_first_dates(capsys, db, tmp_path):
    path = tmp_path / "incidents.csv"
    path.write_text("code,date,lat,lon,what,place,deaths\n"
                    "INC-1,03/04/2020,35.93,36.63,Explosions/Remote violence,Idlib,2\n"
                    "INC-2,13/04/2020,35.80,36.32,Battles,Ariha,0\n", encoding="utf-8")
    code, out, err = cli(capsys, db, "import", path, "--format", "table", "--dataset", "incidents",
                         "--title", "Field incidents", "--source", "Field reports", "--licence", "CC BY 4.0",
                         "--map", "source_id=code,event_date=date,latitude=lat,longitude=lon,event_type=what,"
                                  "location=place,fatalities=deaths",
                         "--set", "time_precision=1,geo_precision=2", "--dayfirst")
    assert code == 0, err
    assert last_line(out) == "imported=2 updated=0 unchanged=0 rejected=0 dataset=incidents"
    made = open_store(db)
    ds = made.dataset("incidents")
    assert (ds.title, ds.source, ds.licence, ds.format) == ("Field incidents", "Field reports", "CC BY 4.0", "table")
    records = made.dataset_records("incidents")
    assert records["event_date"].tolist() == ["2020-04-03", "2020-04-13"], "--dayfirst was not applied"
    assert records["source_id"].tolist() == ["INC-1", "INC-2"]
    assert records["fatalities"].tolist() == [2, 0] and set(records["geo_precision"]) == {2}
    assert set(records["source"]) == {"Field reports"}


def test_geocode_places_rows_without_coordinates(capsys, db, tmp_path):
    path = tmp_path / "places.csv"
    path.write_text("code,date,place,what\nG-1,2020-09-20,Jisr al-Shughur,Battles\nG-2,2020-09-21,Ariha,Battles\n"
                    "G-3,2020-09-22,Nowhereville Zzz,Battles\n", encoding="utf-8")
    code, out, err = cli(capsys, db, "import", path, "--format", "table", "--dataset", "places", "--source", "Field",
                         "--map", "source_id=code,event_date=date,event_type=what,location=place",
                         "--set", "time_precision=1", "--geocode", "place")
    assert code == 0, err
    assert last_line(out) == "imported=2 updated=0 unchanged=0 rejected=1 dataset=places"
    assert "line 4: cannot geocode" in out
    records = open_store(db).dataset_records("places").set_index("source_id")
    assert records.loc["G-2", ["latitude", "longitude"]].tolist() == pytest.approx([35.81374, 36.60964], abs=1e-4)


def test_dry_run_reports_and_writes_nothing(capsys, db, acled_csv):
    cli(capsys, db, "datasets")
    before = state(db)
    code, out, _ = cli(capsys, db, "import", acled_csv, "--dry-run")
    assert code == 0
    assert "Dry run: nothing written." in out
    assert last_line(out) == f"imported={SEED_ROWS} updated=0 unchanged=0 rejected=0 dataset=acled"
    assert_unchanged(before, state(db))


# datasets, remove, imports -----------------------------------------------------------------------
def test_datasets_json_lists_every_dataset_with_its_fields(capsys, db, acled_csv):
    cli(capsys, db, "import", acled_csv)
    code, out, _ = cli(capsys, db, "datasets", "--json")
    assert code == 0
    listed = json.loads(out)
    assert isinstance(listed, list) and [d["id"] for d in listed] == ["acled", SEED_ID]
    for entry in listed:
        assert DATASET_FIELDS <= set(entry), f"missing fields: {DATASET_FIELDS - set(entry)}"
    stored = {d.id: d.as_dict() for d in open_store(db).datasets()}
    for entry in listed:
        assert {k: entry[k] for k in DATASET_FIELDS} == {k: stored[entry["id"]][k] for k in DATASET_FIELDS}
    acled = listed[0]
    assert (acled["rows"], acled["first_date"], acled["last_date"], acled["format"]) == \
        (SEED_ROWS, "2020-09-11", "2020-10-26", "acled")

    code, out, _ = cli(capsys, db, "datasets")
    assert code == 0
    assert [line.split(":")[0] for line in out.strip().splitlines()] == ["acled", SEED_ID]


def test_remove_deletes_a_dataset_and_refuses_an_unknown_one(capsys, db, acled_csv):
    cli(capsys, db, "import", acled_csv)
    code, out, _ = cli(capsys, db, "remove", "acled")
    assert (code, out.strip()) == (0, f"Removed dataset 'acled' ({SEED_ROWS} event(s)).")
    made = open_store(db)
    assert [d.id for d in made.datasets()] == [SEED_ID] and len(made.dataset_records("acled")) == 0
    before = state(db)
    code, _, err = cli(capsys, db, "remove", "acled")
    assert code == 2
    assert_one_error_line(err, "no dataset 'acled'")
    assert_unchanged(before, state(db))


def test_imports_lists_the_log(capsys, db, acled_csv):
    cli(capsys, db, "import", acled_csv)
    code, out, _ = cli(capsys, db, "imports")
    lines = out.strip().splitlines()
    assert code == 0 and len(lines) == 2
    assert "acled.csv → acled (acled)" in lines[0] and f"imported={SEED_ROWS}" in lines[0]


# export ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["csv", "geojson", "gpkg"])
def test_an_export_imports_back_with_the_same_counts(capsys, db, acled_csv, tmp_path, fmt):
    cli(capsys, db, "import", acled_csv)
    out_path = tmp_path / "out" / f"acled.{fmt}"
    code, out, err = cli(capsys, db, "export", "--out", out_path, "--dataset", "acled")
    assert code == 0, err
    assert out.startswith(f"Wrote {out_path}")
    code, out, err = cli(capsys, db, "import", out_path, "--dataset", "again")
    assert code == 0, err
    assert last_line(out) == f"imported={SEED_ROWS} updated=0 unchanged=0 rejected=0 dataset=again"
    made = open_store(db)
    assert same_acled_values(made.dataset_records("again"), made.dataset_records("acled")) == [], \
        f"the {fmt} export changed values on the way back"
    code, out, _ = cli(capsys, db, "import", out_path, "--dataset", "again")
    assert last_line(out) == f"imported=0 updated=0 unchanged={SEED_ROWS} rejected=0 dataset=again"
    # into the dataset it came from: the same records, so nothing changes (the store's own
    # columns, dataset and imported_at, are not content)
    code, out, _ = cli(capsys, db, "import", out_path, "--dataset", "acled")
    assert last_line(out) == f"imported=0 updated=0 unchanged={SEED_ROWS} rejected=0 dataset=acled"


def test_export_of_every_event_and_format_choice(capsys, db, acled_csv, tmp_path):
    cli(capsys, db, "import", acled_csv)
    everything = tmp_path / "all.txt"
    code, _, err = cli(capsys, db, "export", "--out", everything, "--format", "csv")
    assert code == 0, err
    assert len(pd.read_csv(everything)) == 2 * SEED_ROWS
    code, _, err = cli(capsys, db, "export", "--out", tmp_path / "x.txt")
    assert code == 2
    assert_one_error_line(err, "cannot tell the format")
    code, _, err = cli(capsys, db, "export", "--out", tmp_path / "x.csv", "--dataset", "nope")
    assert code == 2
    assert_one_error_line(err, "no dataset 'nope'")
    assert not (tmp_path / "x.csv").exists()
