"""Streamlit AppTest: the Data page imports, reports, lists and removes datasets, and the map follows."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from loaders.paths import EVENTS_CSV

APP = str(Path(__file__).resolve().parents[2] / "app.py")
DATA_PAGE = "ui/pages/data.py"
MAP_PAGE = "ui/pages/map.py"


@pytest.fixture
def at(tmp_path, monkeypatch):
    """The app on a store of its own, showing the Data page."""
    monkeypatch.setenv("BRIEFMAP_DB", str(tmp_path / "store.gpkg"))
    app = AppTest.from_file(APP, default_timeout=90)
    app.run()
    app.switch_page(DATA_PAGE).run()
    assert not app.exception, app.exception
    return app


def acled_file(n: int = 3, prefix: str = "TEST-") -> bytes:
    """The first ``n`` seed events under new ids: an ACLED export of test rows."""
    df = pd.read_csv(EVENTS_CSV, dtype=str, keep_default_na=False).head(n)
    df["event_id_cnty"] = prefix + df["event_id_cnty"]
    df["notes"] = "TEST FIXTURE - not a real event. " + df["notes"]
    return df.to_csv(index=False).encode("utf-8")


def incidents_file() -> bytes:
    """An incident table with its own column names (as Airwars publishes them), test rows only."""
    return (
        "code,date,location_name,latitude,longitude,civilian_non_combatants_killed_min,summary\n"
        "TEST-001,2020-09-20,Ariha,35.81374,36.60964,0,TEST FIXTURE - not a real event\n"
        "TEST-002,2020-10-14,Idlib,35.93062,36.63393,2,TEST FIXTURE - not a real event\n"
        "TEST-003,2020-13-45,Idlib,35.93062,36.63393,1,TEST FIXTURE - impossible date\n"
    ).encode("utf-8")


def table(at, column: str) -> pd.DataFrame:
    """The first dataframe on the page that has ``column`` (datasets: 'title', preview: 'source_id',
    rejects: 'reason')."""
    return next(d.value for d in at.dataframe if column in d.value.columns)


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def go(at):
    at.button(key="dp_go").click().run()
    assert not at.exception, at.exception
    return at


def test_the_page_lists_the_seed_dataset(at):
    assert at.title[0].value == "Data"
    datasets = table(at, "licence")
    assert datasets["id"].tolist() == ["seed"] and int(datasets["events"].iloc[0]) == 12
    assert "12 event(s)" in at.caption[0].value


def test_an_acled_file_is_checked_then_imported_and_the_map_follows(at):
    at.file_uploader[0].upload("acled-test.csv", acled_file(3), "text/csv").run()
    assert not at.exception, at.exception
    assert next(s for s in at.selectbox if s.label == "Format").value == "acled"
    assert metrics(at) == {"New": "3", "Updated": "0", "Unchanged": "0", "Rejected": "0"}
    preview = table(at, "geo_precision")
    assert preview["source_id"].tolist() == ["TEST-SYR-BM-0001", "TEST-SYR-BM-0002", "TEST-SYR-BM-0003"]
    go(at)
    assert "imported=3 updated=0 unchanged=0 rejected=0 dataset=acled" in at.code[0].value
    assert table(at, "licence")["id"].tolist() == ["acled", "seed"]
    at.switch_page(MAP_PAGE).run()
    assert not at.exception
    assert at.session_state["_map_given"]["events"] == 15
    assert at.multiselect(key="f_datasets").options == ["ACLED events", "Project events (the seed analysis and "
                                                       "public record)"]
    at.multiselect(key="f_datasets").select("acled").run()
    assert at.session_state["_map_given"]["events"] == 3


def test_importing_the_same_file_again_changes_nothing(at):
    data = acled_file(2)
    at.file_uploader[0].upload("acled-test.csv", data, "text/csv").run()
    go(at)
    at.file_uploader[0].upload("acled-test.csv", data, "text/csv").run()
    assert metrics(at) == {"New": "0", "Updated": "0", "Unchanged": "2", "Rejected": "0"}


def test_a_table_needs_a_mapping_and_rejects_are_listed(at):
    data = incidents_file()
    at.file_uploader[0].upload("airwars-test.csv", data, "text/csv").run()
    assert not at.exception, at.exception
    assert "Nothing can be imported yet" in at.warning[0].value and "no value for" in at.warning[0].value
    sha = hashlib.sha256(data).hexdigest()
    at.text_input(key=f"dp_set_{sha}_event_type").input("Explosions/Remote violence")
    at.text_input(key=f"dp_set_{sha}_geo_precision").input("1")
    at.text_input(key=f"dp_set_{sha}_time_precision").input("1")
    at.text_input(key=f"dp_set_{sha}_source").input("Test fixture").run()
    assert not at.exception, at.exception
    assert metrics(at) == {"New": "2", "Updated": "0", "Unchanged": "0", "Rejected": "1"}
    rejects = table(at, "reason")
    assert rejects["line"].tolist() == [4] and "impossible date" in rejects["reason"].iloc[0]
    go(at)
    assert "imported=2 updated=0 unchanged=0 rejected=1 dataset=airwars-test" in at.code[0].value


@pytest.mark.parametrize("name, data, reason", [
    ("noise.csv", bytes(range(256)) * 40, "binary data"),
    ("empty.csv", b"", "is empty"),
    ("report.csv", b"%PDF-1.7\n...", "a PDF document"),
])
def test_a_file_that_cannot_be_read_is_refused_with_its_reason(at, name, data, reason):
    at.file_uploader[0].upload(name, data, "text/csv").run()
    assert not at.exception, at.exception
    assert "cannot be imported" in at.error[0].value and reason in at.error[0].value
    assert not at.button(key="dp_go") if any(b.key == "dp_go" for b in at.button) else True


def test_removing_a_dataset_asks_first(at):
    at.file_uploader[0].upload("acled-test.csv", acled_file(2), "text/csv").run()
    go(at)
    at.selectbox(key="dp_chosen").set_value("acled").run()
    at.button(key="dp_remove_ask").click().run()
    assert "cannot be undone" in at.warning[0].value
    at.button(key="dp_remove_no").click().run()
    assert table(at, "licence")["id"].tolist() == ["acled", "seed"]
    at.button(key="dp_remove_ask").click().run()
    at.button(key="dp_remove_yes").click().run()
    assert not at.exception
    assert table(at, "licence")["id"].tolist() == ["seed"]
    assert "Removed dataset 'acled' (2 events)" in at.success[0].value
    at.switch_page(MAP_PAGE).run()
    assert at.session_state["_map_given"]["events"] == 12


KML = b"""<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark id="t1"><name>Ariha</name><description>TEST FIXTURE - not a real event</description>
<TimeStamp><when>2020-10-01</when></TimeStamp><Point><coordinates>36.60964,35.81374</coordinates></Point></Placemark>
<Placemark id="l1"><name>Test line</name><TimeSpan><begin>2020-09-15</begin></TimeSpan>
<LineString><coordinates>36.3,35.8 36.6,35.8</coordinates></LineString></Placemark>
</Document></kml>"""


def test_a_kml_with_a_line_becomes_a_layer_of_its_own_on_the_map(at):
    at.file_uploader[0].upload("test-lines.kml", KML, "application/vnd.google-earth.kml+xml").run()
    assert next(s for s in at.selectbox if s.label == "Format").value == "vector"
    sha = hashlib.sha256(KML).hexdigest()
    for field, value in (("event_type", "Strategic developments"), ("geo_precision", "1"), ("time_precision", "1"),
                         ("source", "Test fixture")):
        at.text_input(key=f"dp_set_{sha}_{field}").input(value)
    at.run()
    assert metrics(at)["New"] == "1"
    go(at)
    at.switch_page(MAP_PAGE).run()
    assert not at.exception, at.exception
    given = at.session_state["_map_given"]
    assert "user:test-lines" in given["layers"] and given["events"] == 13
    pills = at.get("button_group")[0].proto.options
    assert any("Test lines (your data)" in str(o) for o in pills)  # listed with the theatre layers


def test_event_details_come_from_the_store_and_name_the_dataset(at):
    at.file_uploader[0].upload("acled-test.csv", acled_file(1), "text/csv").run()
    go(at)
    at.switch_page(MAP_PAGE).run()
    from store import open_store

    store = open_store(os.environ["BRIEFMAP_DB"])
    fid = int(store.map_table().query("dataset == 'acled'").index[0])
    at.session_state["_selected_events"] = (fid,)
    at.run()
    assert not at.exception, at.exception
    html = " ".join(h.proto.body for h in at.get("html"))
    assert "TEST-SYR-BM-0001" in html and "ACLED events (acled)" in html
    assert '<a href="https://acleddata.com" target="_blank" rel="noopener noreferrer">' in html
    assert "ACLED Terms of Use" in html
