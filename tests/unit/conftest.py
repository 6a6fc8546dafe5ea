"""Fixtures of the unit tests: a new, empty event store of each backend (see store_fixtures)."""

from __future__ import annotations

import pytest

from store import EventStore, open_store
from tests.unit.store_fixtures import BACKENDS, backend_location


@pytest.fixture(params=BACKENDS)
def store_location(request, tmp_path) -> str:
    """The location (file path or URL) of a new, empty store of each backend."""
    return backend_location(request.param, tmp_path, request)


@pytest.fixture
def store(store_location) -> EventStore:
    """A new, empty store (no seed), of each backend."""
    opened = open_store(store_location)
    yield opened
    opened.close()
