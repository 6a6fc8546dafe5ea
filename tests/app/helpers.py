"""Shared by the AppTest modules: open the app, optionally with link parameters."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[2] / "app.py")


def run(params: dict | None = None) -> AppTest:
    """The app after its first run with ``params`` as the page's query parameters."""
    at = AppTest.from_file(APP, default_timeout=90)
    for k, v in (params or {}).items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, at.exception
    return at
