"""The Data page in Chromium: drop a file, check it, import it, and see the map count it."""

from __future__ import annotations

import pandas as pd
import pytest

from loaders.paths import EVENTS_CSV
from tests.browser.conftest import map_frame, start_streamlit, stop_streamlit, wait_idle

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def data_app(tmp_path_factory):
    """An app on a store of its own, so imports here do not change what other browser tests see."""
    proc, url = start_streamlit({"BRIEFMAP_DB": str(tmp_path_factory.mktemp("data-store") / "store.gpkg")})
    yield url
    stop_streamlit(proc)


def _test_export(tmp_path) -> str:
    """Three seed events under new ids and marked as test rows: an ACLED export to upload."""
    df = pd.read_csv(EVENTS_CSV, dtype=str, keep_default_na=False).head(3)
    df["event_id_cnty"] = "TEST-" + df["event_id_cnty"]
    df["notes"] = "TEST FIXTURE - not a real event. " + df["notes"]
    path = tmp_path / "acled-test-export.csv"
    df.to_csv(path, index=False)
    return str(path)


def test_upload_on_the_data_page_and_see_the_new_count_on_the_map(page, data_app, tmp_path, artifacts):
    pg = page.page
    pg.set_viewport_size({"width": 1600, "height": 2400})  # the whole Data page in one screenshot
    pg.goto(data_app)
    map_frame(pg)
    assert "12 of 12 events" in pg.get_by_test_id("stMain").inner_text()

    pg.get_by_role("link", name="Data").click()
    pg.wait_for_url("**/data")
    pg.get_by_text("Import a file").wait_for()
    pg.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(_test_export(tmp_path))
    pg.get_by_text("Validation report").wait_for(timeout=30_000)
    wait_idle(pg)
    main = pg.get_by_test_id("stMain")
    new = pg.get_by_test_id("stMetric").filter(has_text="New")
    assert new.get_by_test_id("stMetricValue").inner_text() == "3"  # the report, before anything is written
    assert pg.get_by_text("Preview: the first rows as they will be stored").is_visible()
    pg.screenshot(path=str(artifacts / "data-page-checked.png"), full_page=True)
    pg.get_by_role("button", name="Import into dataset 'acled'").click()
    pg.get_by_text("imported=3 updated=0 unchanged=0 rejected=0 dataset=acled").wait_for(timeout=30_000)
    wait_idle(pg)
    assert "Imported acled-test-export.csv into dataset acled" in main.inner_text()
    pg.screenshot(path=str(artifacts / "data-page-imported.png"), full_page=True)

    pg.get_by_role("link", name="Map").click()
    frame = map_frame(pg)
    wait_idle(pg)
    pg.get_by_text("15 of 15 events").wait_for(timeout=30_000)
    assert frame.locator(".leaflet-container").get_attribute("data-events-drawn") == "15"
    assert not page.blocked, f"requests left localhost: {page.blocked}"
    assert not page.errors, page.errors
