"""Importers, format by format: ACLED, UCDP GED, any table with a mapping; every row kept or rejected.

The fixtures in tests/fixtures/imports are test data written from the published
column lists (see the file headers); binary files are built here in memory.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import openpyxl
import pandas as pd
import pytest

from importers import ucdp
from importers.base import REJECT_COLUMNS, ImportFailed, ImportOptions, InputFile
from importers.mapping import guess_mapping, parse_pairs
from importers.records import BATCH_COLUMNS
from importers.registry import FORMAT_IDS, detect_format, run_import
from importers.text import long_line
from loaders.errors import EventDataError
from loaders.events import ACLED_COLUMNS, check_rows, validate_events
from tests.unit.import_helpers import (
    FIXTURES,
    HARIM,
    INCIDENT_HEADER,
    JISR,
    SARAQIB,
    TABLE_OPTIONS,
    TEST_NOTE,
    assert_every_row_accounted_for,
    csv_bytes,
    fixture,
    incident_rows,
    incidents,
    reasons,
    run,
    without,
)

ACLED_IDS = [f"TEST-SYR-{i:04d}" for i in range(1, 9)]
AIRWARS_OPTIONS = dict(
    mapping={"fatalities": "civilian_non_combatants_killed_min",
             "fatalities_low": "civilian_non_combatants_killed_min",
             "fatalities_high": "civilian_non_combatants_killed_max"},
    constants={"event_type": "Explosions/Remote violence", "time_precision": "1", "geo_precision": "2"},
    source="Test fixture (Airwars-style)",
    geocode="location_name",
)
ARCHIVE_OPTIONS = dict(
    mapping={"notes": "summary_en", "actor1": "armed_group"},
    constants={"event_type": "Violence against civilians", "time_precision": "1", "geo_precision": "1"},
    source="Test fixture (Syrian-Archive-style)",
    geocode="location",
)


def _fixture_rows(name: str) -> list[dict[str, str]]:
    with open(FIXTURES / name, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


# --------------------------------------------------------------------------- the fixtures themselves


def test_fixtures_are_marked_as_test_data():
    for path in sorted(FIXTURES.iterdir()):
        text = path.read_text(encoding="utf-8-sig")
        assert TEST_NOTE in text or "TEST FIXTURE" in text, path.name
    for row in _fixture_rows("acled_iso_dates.csv"):
        assert row["event_id_cnty"].startswith("TEST-") and row["source"] == "Test fixture"
        assert row["notes"].startswith(TEST_NOTE)


def test_fixture_headers_are_the_published_column_lists():
    with open(FIXTURES / "acled_iso_dates.csv", encoding="utf-8") as fh:
        assert tuple(next(csv.reader(fh))) == ACLED_COLUMNS
    with open(FIXTURES / "ucdp_ged.csv", encoding="utf-8") as fh:
        header = tuple(next(csv.reader(fh)))
    assert header == ucdp.COLUMNS and len(header) == 49
    api = json.loads((FIXTURES / "ucdp_api.json").read_text(encoding="utf-8"))
    assert list(api) == ["TotalCount", "TotalPages", "PreviousPageUrl", "NextPageUrl", "Result"]
    assert tuple(api["Result"][0]) == ucdp.COLUMNS
    acled_api = json.loads((FIXTURES / "acled_api.json").read_text(encoding="utf-8"))
    assert tuple(acled_api["data"][0]) == ACLED_COLUMNS
    assert all(isinstance(v, str) for rec in acled_api["data"] for v in rec.values())


# --------------------------------------------------------------------------- ACLED


def test_acled_csv_with_iso_dates():
    batch = run(fixture("acled_iso_dates.csv"))
    assert batch.format == "acled" and batch.dataset.id == "acled"
    assert tuple(batch.events.columns) == BATCH_COLUMNS
    assert batch.rejects.empty
    ev = batch.events
    assert ev["event_id_cnty"].tolist() == ACLED_IDS
    assert (ev["source_id"] == ev["event_id_cnty"]).all()
    first = ev.iloc[0]
    assert first["event_date"] == "2020-09-20"
    assert (first["latitude"], first["longitude"]) == (SARAQIB[1], SARAQIB[2])
    assert first["location"] == "Saraqib" and first["sub_event_type"] == "Air/drone strike"
    assert ev["geo_precision"].tolist() == [1, 1, 1, 1, 2, 1, 1, 2]
    assert ev["time_precision"].tolist() == [1, 1, 1, 2, 1, 1, 1, 3]
    assert ev["fatalities"].tolist() == [0, 2, 3, 0, 1, 0, 0, 1]
    assert ev["line"].tolist() == list(range(2, 10))
    assert ev["year"].tolist() == [2020] * 8 and ev["iso"].tolist() == [760] * 8
    assert ev["extra"].eq("").all()
    assert any("ISO" in n for n in batch.notes)
    assert_every_row_accounted_for(batch, 8)


def test_acled_csv_with_written_dates_gives_the_same_records():
    iso = run(fixture("acled_iso_dates.csv"))
    written = run(fixture("acled_written_dates.csv"))
    assert (FIXTURES / "acled_written_dates.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert any("UTF-8 with BOM" in n for n in written.notes)
    assert any("written out" in n for n in written.notes)
    pd.testing.assert_frame_equal(written.events, iso.events)


def test_acled_api_json_gives_the_same_records():
    iso = run(fixture("acled_iso_dates.csv"))
    api = run(fixture("acled_api.json"))
    assert api.format == "acled"
    assert "Read an ACLED API response (JSON)." in api.notes
    assert api.events["line"].tolist() == list(range(1, 9))  # record N is line N
    pd.testing.assert_frame_equal(without(api.events, "line"), without(iso.events, "line"))


def _acled_workbook(rows: list[dict[str, str]], *, blank_rows_above: int = 0, first_sheet: str | None = None) -> bytes:
    numeric = {"year", "time_precision", "iso", "geo_precision", "fatalities", "timestamp"}
    book = openpyxl.Workbook()
    sheet = book.active
    if first_sheet:
        sheet.title = first_sheet
        sheet = book.create_sheet("ACLED export")
    for _ in range(blank_rows_above):
        sheet.append([])
    sheet.append(list(ACLED_COLUMNS))
    for row in rows:
        cells = []
        for col in ACLED_COLUMNS:
            value = row[col]
            if col == "event_date":
                value = dt.date.fromisoformat(value)
            elif col in numeric:
                value = int(value)
            elif col in ("latitude", "longitude"):
                value = float(value)
            elif value == "":
                value = None
            cells.append(value)
        sheet.append(cells)
        sheet.cell(sheet.max_row, 2).number_format = "yyyy-mm-dd"
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def test_acled_xlsx_with_date_cells_gives_the_same_records():
    iso = run(fixture("acled_iso_dates.csv"))
    data = _acled_workbook(_fixture_rows("acled_iso_dates.csv"), blank_rows_above=1)
    batch = run(InputFile("acled-export.xlsx", data))
    assert batch.format == "acled"
    assert any("spreadsheet date cells" in n for n in batch.notes)
    assert batch.events["line"].tolist() == list(range(3, 11))  # a blank row, then the header on row 2
    pd.testing.assert_frame_equal(without(batch.events, "line"), without(iso.events, "line"))


def test_acled_xlsx_sheet_is_chosen_by_name():
    data = _acled_workbook(_fixture_rows("acled_iso_dates.csv")[:2], first_sheet="About")
    book = openpyxl.load_workbook(io.BytesIO(data))
    book["About"]["A1"] = "TEST FIXTURE workbook: the export is on the next sheet"
    buf = io.BytesIO()
    book.save(buf)
    with pytest.raises(ImportFailed, match=r"no sheet 'Nope' \(sheets: About, ACLED export\)"):
        run(InputFile("two-sheets.xlsx", buf.getvalue()), sheet="Nope")
    batch = run(InputFile("two-sheets.xlsx", buf.getvalue()), sheet="ACLED export")
    assert batch.events["event_id_cnty"].tolist() == ACLED_IDS[:2]
    assert any("'ACLED export'" in n and "1 other sheet" in n for n in batch.notes)


def test_acled_older_upper_case_layout_keeps_its_extra_columns():
    rows = _fixture_rows("acled_iso_dates.csv")[:3]
    old = [c for c in ACLED_COLUMNS if c not in ("disorder_type", "civilian_targeting", "tags")]
    header = ["DATA_ID"] + [c.upper() for c in old] + ["ISO3"]
    body = [[f"TEST-{i}"] + [r[c] for c in old] + ["SYR"] for i, r in enumerate(rows)]
    batch = run(InputFile("old-acled.csv", csv_bytes(header, body)))
    assert batch.format == "acled"
    assert batch.events["event_id_cnty"].tolist() == ACLED_IDS[:3]
    assert batch.events["disorder_type"].eq("").all()
    assert any("disorder_type, civilian_targeting" in n and "tags" in n for n in batch.notes)
    assert json.loads(batch.events["extra"].iloc[0]) == {"data_id": "TEST-0", "iso3": "SYR"}


def test_acled_api_error_response_is_refused():
    body = json.dumps({"status": 403, "success": False, "error": {"message": "TEST FIXTURE: access denied"},
                       "data": []}).encode()
    with pytest.raises(ImportFailed, match="ACLED API error response.*TEST FIXTURE: access denied"):
        run(InputFile("acled.json", body))


# --------------------------------------------------------------------------- UCDP GED

#: fixture row -> (type_of_violence, date_prec, where_prec) as written in ucdp_ged.csv / ucdp_api.json
UCDP_CODES = [(1, 1, 1), (1, 2, 2), (2, 3, 3), (2, 4, 4), (3, 5, 5), (3, 1, 6), (1, 1, 7)]
DATE_PREC = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3}
WHERE_PREC = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3, 6: 3, 7: 3}
VIOLENCE = {1: "State-based conflict", 2: "Non-state conflict", 3: "One-sided violence"}


@pytest.mark.parametrize("name, ids", [
    ("ucdp_ged.csv", [f"TEST-UCDP-{i:04d}" for i in range(1, 8)]),
    ("ucdp_api.json", [str(990000 + i) for i in range(1, 8)]),
])
def test_ucdp_mapping(name, ids):
    batch = run(fixture(name))
    assert batch.format == "ucdp" and batch.dataset.id == "ucdp-ged"
    assert batch.rejects.empty
    ev = batch.events
    assert ev["source_id"].tolist() == ids
    assert ev["event_id_cnty"].tolist() == [f"UCDP-GED-{i}" for i in ids]
    assert ev["time_precision"].tolist() == [DATE_PREC[d] for _, d, _ in UCDP_CODES]
    assert ev["geo_precision"].tolist() == [WHERE_PREC[w] for _, _, w in UCDP_CODES]
    assert ev["event_type"].tolist() == [VIOLENCE[t] for t, _, _ in UCDP_CODES]
    assert ev["actor1"].eq("Test fixture side A").all()
    assert ev["actor2"].tolist() == ["Test fixture side B"] * 4 + ["Civilians"] * 2 + ["Test fixture side B"]
    assert ev["fatalities"].tolist() == [2, 2, 3, 0, 1, 2, 1]
    assert ev["fatalities_low"].tolist() == [2, 1, 3, 0, 1, 2, 1]
    assert ev["fatalities_high"].tolist() == [3, 4, 3, 0, 1, 5, 1]
    assert ev["source"].tolist() == [f"Test fixture article {i}" for i in range(1, 8)]
    assert ev["event_date"].tolist()[:3] == ["2020-09-20", "2020-09-21", "2020-09-22"]
    assert ev["date_end"].tolist()[:5] == ["2020-09-20", "2020-09-24", "2020-09-28", "2020-10-31", "2020-12-31"]
    assert ev["location"].iloc[0] == "Saraqib" and ev["admin1"].iloc[0] == "Idlib governorate"
    assert ev["sub_event_type"].iloc[0] == "TEST FIXTURE state-based conflict"
    assert batch.mapping["actor1"] == "side_a" and batch.mapping["fatalities_low"] == "low"
    # the original codes stay with the record, and the notes say what UCDP coded
    extra = [json.loads(e) for e in ev["extra"]]
    assert [int(e["date_prec"]) for e in extra] == [d for _, d, _ in UCDP_CODES]
    assert [int(e["where_prec"]) for e in extra] == [w for _, _, w in UCDP_CODES]
    assert extra[0]["relid"] == "TEST-SYR-2020-1-1"
    assert ev["notes"].iloc[0].startswith("UCDP GED: Test fixture side A - Test fixture side B. Deaths: side A 1")
    assert "Where: TEST FIXTURE – not a real event (near Saraqib)." in ev["notes"].iloc[0]
    assert_every_row_accounted_for(batch, 7)


def test_ucdp_csv_and_api_agree_but_for_the_ids():
    def comparable(batch):
        ev = without(batch.events, "line", "source_id", "event_id_cnty", "row_hash", "extra")
        return ev

    csv_batch, api_batch = run(fixture("ucdp_ged.csv")), run(fixture("ucdp_api.json"))
    pd.testing.assert_frame_equal(comparable(csv_batch), comparable(api_batch))


def test_ucdp_codes_outside_the_codebook_are_rejected_and_named():
    rows = _fixture_rows("ucdp_ged.csv")[:3]
    rows[1]["date_prec"] = "6"
    rows[2]["where_prec"] = "9"
    batch = run(InputFile("ged.csv", csv_bytes(ucdp.COLUMNS, [list(r.values()) for r in rows])))
    assert batch.events["source_id"].tolist() == ["TEST-UCDP-0001"]
    why = reasons(batch)
    assert "time_precision must be 1, 2 or 3" in why["TEST-UCDP-0002"]
    assert "geo_precision must be 1, 2 or 3" in why["TEST-UCDP-0003"]
    assert any("date_prec values outside the UCDP codebook" in n and "6" in n for n in batch.notes)
    assert any("where_prec values outside the UCDP codebook" in n and "9" in n for n in batch.notes)


def test_ucdp_format_forced_on_an_acled_file_names_the_missing_columns():
    with pytest.raises(ImportFailed, match=r"missing UCDP GED column\(s\): id, type_of_violence"):
        run(fixture("acled_iso_dates.csv"), format="ucdp")


# --------------------------------------------------------------------------- any table: mapping, constants, geocoding


def test_airwars_style_table_with_mapping_constants_and_geocoding():
    batch = run(fixture("airwars_incidents.csv"), **AIRWARS_OPTIONS)
    assert batch.format == "table" and batch.dataset.id == "airwars-incidents"
    ev = batch.events.set_index("source_id")
    assert list(ev.index) == ["TEST-AW-001", "TEST-AW-002", "TEST-AW-003", "TEST-AW-004", "TEST-AW-005"]
    # mapped by column name
    assert batch.mapping["source_id"] == "code" and batch.mapping["event_date"] == "date"
    assert batch.mapping["location"] == "location_name" and batch.mapping["source_url"] == "permalink"
    assert batch.mapping["notes"] == "summary"
    assert any(n.startswith("Mapped by column name:") and "permalink → source_url" in n for n in batch.notes)
    # the user's mapping and constants
    assert ev.loc["TEST-AW-003", ["fatalities", "fatalities_low", "fatalities_high"]].tolist() == [2, 2, 4]
    assert ev["event_type"].eq("Explosions/Remote violence").all()
    assert ev["source"].eq("Test fixture (Airwars-style)").all()
    assert ev.loc["TEST-AW-002", "date_end"] == "2020-09-22" and ev.loc["TEST-AW-001", "date_end"] == ""
    assert ev.loc["TEST-AW-001", "source_url"] == "https://example.org/test-fixture/TEST-AW-001"
    extra = json.loads(ev.loc["TEST-AW-001", "extra"])
    assert extra["location_name_arabic"] == "سراقب" and extra["civilian_harm_status_slug"] == "fair"
    # a row without coordinates is placed from its place name (fuzzy: al-Shughour / ash Shughur)
    jisr = ev.loc["TEST-AW-004"]
    assert (jisr["latitude"], jisr["longitude"]) == (JISR[1], JISR[2])
    assert jisr["geo_precision"] == 2 and jisr["location"] == "Jisr al-Shughour"
    assert "[Geocoded on import: 'Jisr al-Shughour' placed at GeoNames 'Jisr ash Shughur' (Idlib)" in jisr["notes"]
    assert "fuzzy match" in jisr["notes"] and jisr["notes"].startswith(TEST_NOTE)
    assert any(n.startswith("Geocoded 1 row(s)") for n in batch.notes)
    # a place the gazetteer does not know is refused with the reason, not guessed
    assert batch.rejects["line"].tolist() == [7]
    assert reasons(batch)["TEST-AW-006"].startswith(
        "cannot geocode: no place named 'Testville Nowhere' in the GeoNames gazetteer for Syria (closest:")
    assert_every_row_accounted_for(batch, 6)


def test_command_line_style_map_and_set_strings():
    mapping = parse_pairs("fatalities=civilian_non_combatants_killed_min, "
                          "fatalities_low=civilian_non_combatants_killed_min,"
                          "fatalities_high=civilian_non_combatants_killed_max", "--map")
    constants = parse_pairs("event_type=Explosions/Remote violence,time_precision=1,geo_precision=2,"
                            "source=Test fixture, Airwars-style", "--set")
    assert constants["source"] == "Test fixture, Airwars-style"
    batch = run(fixture("airwars_incidents.csv"), mapping=mapping, constants=constants, geocode="location_name")
    assert batch.events["source"].eq("Test fixture, Airwars-style").all()
    assert len(batch.events) == 5


@pytest.mark.parametrize("text, message", [
    ("source_id", r"--map: 'source_id' is not NAME=VALUE"),
    ("=code", r"--map: '=code' has no name before '='"),
])
def test_parse_pairs_refuses_bad_pairs(text, message):
    with pytest.raises(ValueError, match=message):
        parse_pairs(text, "--map")


def test_guess_mapping_never_overrides_the_user_nor_uses_a_column_twice():
    mapping = guess_mapping(["id", "date", "lat", "lon", "summary", "Deaths"], {"notes": "id"})
    assert mapping["notes"] == "id"
    assert "source_id" not in mapping  # 'id' is taken by the user's mapping
    assert mapping["event_date"] == "date" and mapping["latitude"] == "lat" and mapping["longitude"] == "lon"
    assert mapping["fatalities"] == "Deaths"


@pytest.mark.parametrize("options, message", [
    (dict(mapping={"colour": "type"}), r"unknown field 'colour' in the mapping"),
    (dict(mapping={"event_type": "kind"}), r"mapping event_type=kind: the file has no column 'kind' \(columns: code,"),
    (dict(constants={"geo_precision": "exact"}), r"constant geo_precision='exact' is not a number"),
    (dict(constants={"colour": "red"}), r"unknown field 'colour' in the constants"),
    (dict(geocode="town"), r"geocode column 'town' is not in the file"),
    (dict(), r"no value for time_precision, geo_precision, source: choose a column for each, or give one value "
             r"for every row \(command line: --map FIELD=COLUMN, --set time_precision=1\); the dataset's source also "
             r"fills 'source'"),
])
def test_table_options_that_cannot_work_are_refused_before_reading_rows(options, message):
    with pytest.raises(ImportFailed, match=message):
        run(incidents(incident_rows(2)), **options)


def test_table_without_coordinates_or_a_place_column_says_so():
    header = ["code", "date", "type"]
    with pytest.raises(ImportFailed, match=r"latitude and longitude \(or a place-name column to geocode\)"):
        run(incidents([["TEST-1", "2020-09-20", "Battles"]], header=header), **TABLE_OPTIONS)
    # a latitude without a longitude is no position either: said before any row is read
    header = ["code", "date", "type", "lat"]
    with pytest.raises(ImportFailed, match=r"no value for latitude and longitude"):
        run(incidents([["TEST-1", "2020-09-20", "Battles", "35.8"]], header=header), **TABLE_OPTIONS)


def test_constants_fill_only_blank_cells():
    rows = incident_rows(2)
    rows[1][5] = ""
    batch = run(incidents(rows), constants={"event_type": "Protests", "time_precision": "1", "geo_precision": "1"},
                source="Test fixture")
    assert batch.events["event_type"].tolist() == ["Battles", "Protests"]


def test_syrian_archive_style_table_keeps_arabic_in_the_extra_columns():
    batch = run(fixture("syrian_archive_incidents.csv"), **ARCHIVE_OPTIONS)
    ev = batch.events.set_index("source_id")
    assert len(ev) == 5 and batch.rejects.empty
    assert ev["actor1"].eq("Test fixture armed group").all()
    assert ev.loc["TEST-SA-0001", "notes"] == f"{TEST_NOTE} (Syrian-Archive-style row 1)."
    extra = json.loads(ev.loc["TEST-SA-0001", "extra"])
    assert extra["summary_ar"] == "بيانات اختبار – ليست حدثاً حقيقياً (1)"
    assert extra["title_ar"] == "حادثة اختبار 1"
    assert extra["Unlawful_attacks"] == "TRUE"
    # Ma'arrat al-Nu'man folds to GeoNames' Ma`arrat an Nu`man: an exact match; precision 2 despite the constant 1
    maarat = ev.loc["TEST-SA-0003"]
    assert (maarat["latitude"], maarat["longitude"]) == (35.6483, 36.67693)
    assert maarat["geo_precision"] == 2
    assert "placed at GeoNames 'Ma`arrat an Nu`man' (Idlib)" in maarat["notes"] and "exact match" in maarat["notes"]
    assert ev.loc["TEST-SA-0001", "geo_precision"] == 1


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("encoding, note", [
    ("utf-8", "Read as UTF-8,"),
    ("utf-8-sig", "Read as UTF-8 with BOM,"),
    ("utf-16", "Read as UTF-16 (little-endian),"),  # Python writes a BOM
    ("utf-16-be", "Read as UTF-16 (big-endian),"),  # no BOM: found from the NUL bytes
    ("cp1256", "Read as Windows-1256 (Arabic),"),
])
def test_encodings_give_the_same_records(encoding, note):
    text = (FIXTURES / "syrian_archive_incidents.csv").read_text(encoding="utf-8")
    reference = run(fixture("syrian_archive_incidents.csv"), **ARCHIVE_OPTIONS)
    batch = run(InputFile("syrian-archive-incidents.csv", text.encode(encoding)), **ARCHIVE_OPTIONS)
    assert any(n.startswith(note) for n in batch.notes), batch.notes
    pd.testing.assert_frame_equal(batch.events, reference.events)


def test_an_encoding_can_be_forced_and_a_wrong_one_is_named():
    data = (FIXTURES / "syrian_archive_incidents.csv").read_text(encoding="utf-8").encode("cp1256")
    batch = run(InputFile("sa.csv", data), encoding="cp1256", **ARCHIVE_OPTIONS)
    assert "حادثة اختبار 1" in batch.events["extra"].iloc[0]
    with pytest.raises(ImportFailed, match=r"cannot be read as UTF-8: bad byte at offset \d+"):
        run(InputFile("sa.csv", data), encoding="utf-8", **ARCHIVE_OPTIONS)
    with pytest.raises(ImportFailed, match=r"unknown encoding 'klingon'"):
        run(InputFile("sa.csv", data), encoding="klingon", **ARCHIVE_OPTIONS)


@pytest.mark.parametrize("sep, name, note", [
    (";", "t.csv", "semicolon"), ("\t", "t.tsv", "tab"), ("|", "t.txt", "pipe"),
])
def test_other_delimiters(sep, name, note):
    batch = run(incidents(incident_rows(3), sep=sep, name=name), **TABLE_OPTIONS)
    assert len(batch.events) == 3
    assert any(f"{note}-separated" in n for n in batch.notes)


def test_windows_line_endings_and_a_trailing_blank_line():
    data = csv_bytes(INCIDENT_HEADER, incident_rows(3), newline="\r\n") + b"\r\n,,,,,,,\r\n"
    batch = run(InputFile("t.csv", data), **TABLE_OPTIONS)
    assert len(batch.events) == 3
    assert_every_row_accounted_for(batch, 3)


def test_old_mac_line_endings_are_line_breaks():
    """Excel's 'CSV (Macintosh)' ends lines with CR alone; a large one is not one long line."""
    rows = incident_rows(4)
    batch = run(InputFile("mac.csv", csv_bytes(INCIDENT_HEADER, rows, newline="\r")), **TABLE_OPTIONS)
    assert batch.events["source_id"].tolist() == [r[0] for r in rows]
    big = b"\r".join([b"code,date"] + [b"TEST-%06d,2020-09-20" % i for i in range(80_000)])
    assert len(big) > 1_500_000
    assert long_line(big) is None


# --------------------------------------------------------------------------- missing values


def test_na_null_and_empty_cells_are_missing():
    header = ["code", "date", "place", "lat", "lon", "type", "killed", "summary", "actor2"]
    blanks = ["NA", "N/A", "null", "", "-", "None", "#N/A", " n/a "]
    rows = [[f"TEST-{i}", "2020-09-20", "Saraqib", "35.86447", "36.80591", "Battles", blank, TEST_NOTE, blank]
            for i, blank in enumerate(blanks)]
    rows.append(["TEST-nocoords", "2020-09-20", "Saraqib", "NULL", "null", "Battles", "1", TEST_NOTE, ""])
    batch = run(incidents(rows, header=header), **TABLE_OPTIONS)
    assert batch.events["actor2"].eq("").all()
    assert batch.events["fatalities"].eq(0).all()
    assert any("fatalities not given for 8 row(s): recorded as 0" in n for n in batch.notes)
    assert reasons(batch) == {"TEST-nocoords": "no coordinates (map latitude and longitude, or choose a place-name "
                                               "column to geocode)"}
    assert_every_row_accounted_for(batch, 9)


# --------------------------------------------------------------------------- duplicates, coordinates, ranges


def test_identical_duplicates_keep_the_first():
    rows = incident_rows(3)
    batch = run(incidents(rows + [rows[1], rows[1]]), **TABLE_OPTIONS)
    assert batch.events["source_id"].tolist() == ["TEST-0001", "TEST-0002", "TEST-0003"]
    assert batch.rejects.to_dict("records") == [
        {"line": 5, "source_id": "TEST-0002", "reason": "exact duplicate of line 3"},
        {"line": 6, "source_id": "TEST-0002", "reason": "exact duplicate of line 3"},
    ]
    assert_every_row_accounted_for(batch, 5)


def test_conflicting_duplicates_are_all_rejected():
    rows = incident_rows(3)
    changed = list(rows[0])
    changed[6] = "4"
    batch = run(incidents(rows + [changed]), **TABLE_OPTIONS)
    assert batch.events["source_id"].tolist() == ["TEST-0002", "TEST-0003"]
    assert batch.rejects["line"].tolist() == [2, 5]
    assert set(batch.rejects["reason"]) == {"id 'TEST-0001' appears on lines 2, 5 with different content"}


def test_rows_without_ids_get_content_hashes_and_identical_ones_are_duplicates():
    rows = [r[1:] for r in incident_rows(2)]
    rows[1][-1] = rows[0][-1]  # same content
    batch = run(incidents(rows + [list(rows[0])], header=INCIDENT_HEADER[1:]), **TABLE_OPTIONS)
    assert len(batch.events) == 1
    sid = batch.events["source_id"].iloc[0]
    assert sid.startswith("h") and len(sid) == 17
    assert batch.events["event_id_cnty"].iloc[0] == sid
    assert batch.rejects["reason"].tolist() == ["exact duplicate of line 2", "exact duplicate of line 2"]
    assert any("have no id" in n for n in batch.notes)


@pytest.mark.parametrize("lat, lon, reason", [
    ("95", "36.8", "latitude is not a number in [-90, 90]"),
    ("-90.5", "36.8", "latitude is not a number in [-90, 90]"),
    ("35.8", "200", "longitude is not a number in [-180, 180]"),
    ("35.8", "east", "longitude is not a number in [-180, 180]"),
    ("0", "0", "coordinates are 0, 0 (a missing position written as zero)"),
    ("0.0", "0.000", "coordinates are 0, 0 (a missing position written as zero)"),
    ("35.8", "", "only one of latitude and longitude is given"),
])
def test_bad_coordinates_are_rejected(lat, lon, reason):
    rows = incident_rows(2)
    rows[1][3:5] = [lat, lon]
    batch = run(incidents(rows), **TABLE_OPTIONS)
    assert batch.events["source_id"].tolist() == ["TEST-0001"]
    assert batch.rejects["line"].tolist() == [3]
    assert reason in reasons(batch)["TEST-0002"]


def test_a_real_point_on_the_equator_is_not_zero_zero():
    rows = incident_rows(1)
    rows[0][3:5] = ["0", "36.8"]
    assert len(run(incidents(rows), **TABLE_OPTIONS).events) == 1


@pytest.mark.parametrize("values, reason", [
    (("2", "3", "4"), "fatality range is inconsistent (low <= best <= high)"),
    (("2", "3", "2"), "fatality range is inconsistent (low <= best <= high)"),
    (("2", "1", "1.5"), "fatalities_high must be a whole number >= 0"),
    (("2", "-1", "3"), "fatalities_low must be a whole number >= 0"),
    (("-2", "", ""), "fatalities must be a whole number >= 0"),
])
def test_fatality_ranges(values, reason):
    header = INCIDENT_HEADER + ["min", "max"]
    rows = [r + ["0", "1"] for r in incident_rows(2)]
    rows[0][6] = "1"
    rows[1][6], rows[1][8], rows[1][9] = values
    batch = run(incidents(rows, header=header), mapping={"fatalities_low": "min", "fatalities_high": "max"},
                **TABLE_OPTIONS)
    assert batch.events["source_id"].tolist() == ["TEST-0001"]
    assert batch.events[["fatalities", "fatalities_low", "fatalities_high"]].iloc[0].tolist() == [1, 0, 1]
    assert reason in reasons(batch)["TEST-0002"]


def test_end_date_before_start_is_rejected():
    header = INCIDENT_HEADER + ["end_date"]
    rows = [r + [end] for r, end in zip(incident_rows(3), ["2020-09-21", "2020-09-19", ""])]
    batch = run(incidents(rows, header=header), **TABLE_OPTIONS)
    assert batch.events["date_end"].tolist() == ["2020-09-21", ""]
    assert reasons(batch) == {"TEST-0002": "date_end is before event_date"}


# --------------------------------------------------------------------------- every row accounted for


@pytest.mark.parametrize("name, options, rows", [
    ("acled_iso_dates.csv", {}, 8),
    ("acled_written_dates.csv", {}, 8),
    ("acled_api.json", {}, 8),
    ("ucdp_ged.csv", {}, 7),
    ("ucdp_api.json", {}, 7),
    ("airwars_incidents.csv", AIRWARS_OPTIONS, 6),
    ("syrian_archive_incidents.csv", ARCHIVE_OPTIONS, 5),
    ("test_placemarks.kml", {"mapping": {"source_id": "event_id", "geo_precision": "precision"},
                             "constants": {"time_precision": "1"}}, 5),
])
def test_every_fixture_row_is_accounted_for(name, options, rows):
    assert_every_row_accounted_for(run(fixture(name), **options), rows)


def test_every_row_of_a_messy_file_is_accounted_for():
    rows = incident_rows(12)
    rows[1][1] = "2020-02-30"           # impossible date
    rows[2][1] = ""                     # no date
    rows[3][3:5] = ["0", "0"]           # 0, 0
    rows[4][3] = "91"                   # latitude out of range
    rows[5][5] = ""                     # no event type
    rows[6][6] = "many"                 # fatalities not a number
    rows[7] = list(rows[0])             # identical duplicate
    rows[8][0] = rows[9][0]             # conflicting duplicates (8 and 9)
    rows[10][3:5] = ["", ""]            # no coordinates, no place column to geocode
    batch = run(incidents(rows), **TABLE_OPTIONS)
    assert batch.events["source_id"].tolist() == ["TEST-0001", "TEST-0012"]
    assert batch.rejects["line"].tolist() == list(range(3, 13))
    assert all(batch.rejects["reason"].str.len() > 0)
    assert_every_row_accounted_for(batch, 12)
    csv_text = batch.rejects_csv().decode("utf-8")
    assert csv_text.splitlines()[0] == ",".join(REJECT_COLUMNS)
    assert "impossible date" in csv_text


# --------------------------------------------------------------------------- registry


def test_detect_format():
    assert detect_format(fixture("acled_iso_dates.csv")) == "acled"
    assert detect_format(fixture("acled_api.json")) == "acled"
    assert detect_format(fixture("ucdp_ged.csv")) == "ucdp"
    assert detect_format(fixture("ucdp_api.json")) == "ucdp"
    assert detect_format(fixture("airwars_incidents.csv")) == "table"
    assert detect_format(fixture("test_placemarks.kml")) == "vector"
    assert set(FORMAT_IDS) == {"acled", "ucdp", "table", "vector"}


@pytest.mark.parametrize("options, message", [
    (ImportOptions(format="shapefile"), r"unknown format 'shapefile' \(formats: acled, ucdp, table, vector\)"),
    (ImportOptions(dataset="Bad Id!"), r"dataset id 'Bad Id!' is not valid"),
    (ImportOptions(format="vector"), r"is not a map file"),
])
def test_registry_refuses_impossible_requests(options, message):
    with pytest.raises(ImportFailed, match=message):
        run_import(fixture("acled_iso_dates.csv"), options)


def test_a_map_file_is_not_read_as_a_table():
    with pytest.raises(ImportFailed, match=r"is a map file: import it with format 'vector', not 'table'"):
        run(fixture("test_placemarks.kml"), format="table")


def test_user_dataset_details_win():
    batch = run(fixture("acled_iso_dates.csv"), dataset="acled-test", title="TEST FIXTURE", licence="test only",
                source_url="")
    info = batch.dataset
    assert (info.id, info.title, info.licence, info.source_url) == ("acled-test", "TEST FIXTURE", "test only", "")
    assert info.source.startswith("Armed Conflict Location")


def test_geocoding_uses_admin1_to_settle_a_name_found_twice():
    header = ["code", "date", "place", "governorate", "type"]
    rows = [["TEST-1", "2020-09-20", "Al Karemah", "Tartus", "Battles"],
            ["TEST-2", "2020-09-20", "Al Karemah", "", "Battles"],
            ["TEST-3", "2020-09-20", "Harim", "", "Battles"]]
    batch = run(incidents(rows, header=header), geocode="place", **TABLE_OPTIONS)
    ev = batch.events.set_index("source_id")
    assert ev.loc["TEST-1", "admin1"] == "Tartus"
    assert (ev.loc["TEST-1", "latitude"], ev.loc["TEST-1", "longitude"]) == (34.66941, 36.07546)
    assert (ev.loc["TEST-3", "latitude"], ev.loc["TEST-3", "longitude"]) == (HARIM[1], HARIM[2])
    assert reasons(batch)["TEST-2"] == ("cannot geocode: place name 'Al Karemah' matches more than one place: "
                                        "Al Karamah (Ar-Raqqah), Al Karimah (Tartus)")


def test_trailing_empty_columns_from_a_spreadsheet_are_dropped():
    header = INCIDENT_HEADER + ["", ""]
    batch = run(incidents([r + ["", ""] for r in incident_rows(2)], header=header), **TABLE_OPTIONS)
    assert len(batch.events) == 2 and batch.columns == tuple(INCIDENT_HEADER)
    rows = [r + ["TEST data under no header", ""] for r in incident_rows(2)]
    with pytest.raises(ImportFailed, match=r"has a column with no name in its header row"):
        run(incidents(rows, header=header), **TABLE_OPTIONS)


# --------------------------------------------------------------------------- the strict loader's rules


@pytest.mark.parametrize("name, options", [
    ("acled_iso_dates.csv", {}),
    ("ucdp_api.json", {}),
    ("airwars_incidents.csv", AIRWARS_OPTIONS),
    ("syrian_archive_incidents.csv", ARCHIVE_OPTIONS),
])
def test_imported_events_pass_the_strict_loader(name, options):
    events = run(fixture(name), **options).events
    checked = validate_events(events.loc[:, list(ACLED_COLUMNS)].copy(), name)
    assert len(checked) == len(events)
    assert checked["day"].dtype == "int32"


def test_check_rows_gives_one_mask_per_broken_rule():
    frame = pd.read_csv(FIXTURES / "acled_iso_dates.csv", dtype=str, keep_default_na=False).head(4)
    frame.loc[1, "latitude"] = "95"
    frame.loc[2, "source"] = " "
    frame.loc[3, "event_date"] = "2020-13-01"
    checked, problems = check_rows(frame)
    found = {message: mask.tolist() for message, mask in problems}
    assert found == {
        "event_date is not a date (YYYY-MM-DD)": [False, False, False, True],
        "latitude is not a number in [-90, 90]": [False, True, False, False],
        "source is empty": [False, False, True, False],
    }
    assert checked["latitude"].dtype == "float64" and checked["fatalities"].dtype == "int64"
    with pytest.raises(EventDataError, match=r"latitude is not a number in \[-90, 90\] at line 3 \(TEST-SYR-0002\)"):
        validate_events(frame, "acled_iso_dates.csv")


def test_a_fatality_range_without_a_best_count_records_the_low_estimate():
    mapping = {"fatalities_low": "civilian_non_combatants_killed_min",
               "fatalities_high": "civilian_non_combatants_killed_max"}
    batch = run(fixture("airwars_incidents.csv"), **{**AIRWARS_OPTIONS, "mapping": mapping})
    ev = batch.events.set_index("source_id")
    assert list(ev.index) == ["TEST-AW-001", "TEST-AW-002", "TEST-AW-003", "TEST-AW-004", "TEST-AW-005"]
    assert ev.loc["TEST-AW-003", ["fatalities", "fatalities_low", "fatalities_high"]].tolist() == [2, 2, 4]
    assert any("recorded as the low estimate" in n for n in batch.notes)


def test_a_record_with_too_many_or_too_few_fields_is_rejected_with_its_line():
    data = (b"code,date,place,lat,lon,type,killed,summary\n"
            b"TEST-0001,2020-09-20,Saraqib,35.86447,36.80591,Battles,0,TEST FIXTURE\n"
            b"TEST-0002,2020-09-20,Saraqib,35.86447\n"
            b"TEST-0003,2020-09-20,Saraqib,35.86447,36.80591,Battles,0,\"TEST FIXTURE,\nover two lines\"\n"
            b"TEST-0004,2020-09-20,Saraqib,35.86447,36.80591,Battles,0,TEST FIXTURE,surplus\n"
            b"TEST-0005,2020-09-20,Saraqib,35.86447,36.80591,Battles,0,TEST FIXTURE\n")
    batch = run(InputFile("ragged.csv", data), **TABLE_OPTIONS)
    assert batch.events["source_id"].tolist() == ["TEST-0001", "TEST-0003", "TEST-0005"]
    assert batch.events["line"].tolist() == [2, 4, 6]
    assert batch.rejects[["line", "reason"]].values.tolist() == [
        [3, "has 4 field(s) where the header has 8"], [5, "has 9 field(s) where the header has 8"]]
    assert len(batch.events) + len(batch.rejects) == batch.rows_in_file == 5
