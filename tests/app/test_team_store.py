"""Streamlit AppTest on a PostGIS store: the same app, the store on a server that can go away and come back."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.test_data_page import acled_file, go, metrics
from tools.pg_cluster import APP_PASSWORD

APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture
def url(pg_cluster, monkeypatch):
    made = pg_cluster.new_database()
    monkeypatch.setenv("BRIEFMAP_DB", made)
    return made


def page_text(at) -> str:
    parts = []
    for kind in ("error", "warning", "code", "caption", "markdown", "title", "success"):
        parts += [str(e.value) for e in at.get(kind)]
    return "\n".join(parts)


def test_the_map_and_the_data_page_work_on_postgis(url):
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    assert not at.exception, at.exception
    assert at.session_state["_map_given"]["events"] == 12
    at.switch_page("ui/pages/data.py").run()
    assert "(postgis)" in at.caption[0].value and APP_PASSWORD not in page_text(at)
    at.file_uploader[0].upload("acled-test.csv", acled_file(3), "text/csv").run()
    assert metrics(at) == {"New": "3", "Updated": "0", "Unchanged": "0", "Rejected": "0"}
    go(at)
    assert "imported=3 updated=0 unchanged=0 rejected=0 dataset=acled" in at.code[0].value
    at.switch_page("ui/pages/map.py").run()
    assert at.session_state["_map_given"]["events"] == 15


def test_a_database_outage_shows_a_message_and_the_app_comes_back(url, pg_cluster):
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    assert at.session_state["_map_given"]["events"] == 12
    pg_cluster.stop_server()
    try:
        at.run()
        assert not at.exception, at.exception
        assert "not reachable just now" in at.error[0].value
        assert "comes back by itself" in page_text(at)
        assert APP_PASSWORD not in page_text(at)
    finally:
        pg_cluster.start_server()
    at.run()
    assert not at.exception and not at.error
    assert at.session_state["_map_given"]["events"] == 12


def test_the_secrets_file_chooses_the_store(pg_cluster, tmp_path, monkeypatch):
    made = pg_cluster.new_database()
    secrets = tmp_path / "secrets.toml"
    secrets.write_text(f'[connections.briefmap]\nurl = "{made}"\n', encoding="utf-8")
    monkeypatch.delenv("BRIEFMAP_DB")
    monkeypatch.setattr("store.locate.SECRETS_FILES", (secrets,))
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    at.switch_page("ui/pages/data.py").run()
    assert not at.exception, at.exception
    caption = at.caption[0].value
    assert "(postgis)" in caption and made.rsplit("/", 1)[1] in caption and APP_PASSWORD not in caption
