"""A team on one PostGIS database: two app processes, an import and a removal through one, seen in the other."""

from __future__ import annotations

import pandas as pd
import pytest

from loaders.paths import EVENTS_CSV
from tests.browser.conftest import map_frame, start_streamlit, stop_streamlit, wait_idle
from tools.pg_cluster import APP_PASSWORD

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def two_apps(pg_cluster):
    url = pg_cluster.new_database()
    started = [start_streamlit({"BRIEFMAP_DB": url, "BRIEFMAP_EVENTS": ""}) for _ in range(2)]
    yield [u for _p, u in started]
    for proc, _u in started:
        stop_streamlit(proc)


def test_an_import_and_a_removal_in_one_app_show_in_the_other(browser, two_apps, tmp_path, artifacts):
    first, second = two_apps
    watcher = browser.new_context(viewport={"width": 1600, "height": 1000}).new_page()
    watcher.goto(second)
    map_frame(watcher)
    watcher.get_by_text("12 of 12 events").wait_for(timeout=30_000)

    df = pd.read_csv(EVENTS_CSV, dtype=str, keep_default_na=False).head(3)
    df["event_id_cnty"] = "TEST-" + df["event_id_cnty"]
    df["notes"] = "TEST FIXTURE - not a real event. " + df["notes"]
    upload = tmp_path / "acled-team-test.csv"
    df.to_csv(upload, index=False)

    importer = browser.new_context(viewport={"width": 1600, "height": 1600}).new_page()
    importer.goto(f"{first}/data")
    importer.get_by_text("Import a file").wait_for(timeout=30_000)
    importer.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(upload))
    importer.get_by_role("button", name="Import into dataset 'acled'").click(timeout=60_000)
    importer.get_by_text("imported=3 updated=0 unchanged=0 rejected=0 dataset=acled").wait_for(timeout=60_000)

    # the other process shows it by itself, within a few seconds, with no reload
    watcher.get_by_text("15 of 15 events").wait_for(timeout=20_000)
    assert map_frame(watcher).locator(".leaflet-container").get_attribute("data-events-drawn") == "15"
    watcher.screenshot(path=str(artifacts / "two-apps-after-import.png"))

    wait_idle(importer)
    importer.get_by_role("combobox", name="Dataset").click()
    importer.get_by_role("option", name="acled — ACLED events").click()
    importer.get_by_role("button", name="Remove…").click()
    importer.get_by_role("button", name="Yes, remove 'acled'").click()
    importer.get_by_text("Removed dataset 'acled' (3 events).").wait_for(timeout=30_000)
    watcher.get_by_text("12 of 12 events").wait_for(timeout=20_000)
    for pg in (watcher, importer):
        assert APP_PASSWORD not in pg.content()
