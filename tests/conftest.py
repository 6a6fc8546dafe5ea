"""Shared fixtures: the project's real data, loaded once per test session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture(scope="session", autouse=True)
def _own_store(tmp_path_factory):
    """Every test session gets its own event store: the tests never touch data/briefmap.gpkg.
    A test that needs a store of its own sets BRIEFMAP_DB itself (monkeypatch)."""
    import os

    path = tmp_path_factory.mktemp("store") / "briefmap.gpkg"
    before = os.environ.get("BRIEFMAP_DB")
    os.environ["BRIEFMAP_DB"] = str(path)
    yield path
    if before is None:
        os.environ.pop("BRIEFMAP_DB", None)
    else:
        os.environ["BRIEFMAP_DB"] = before


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL + PostGIS cluster for the session (tools/pg_cluster.py), or a skip with the
    reason when PostgreSQL is not installed. In CI (CI=true) a missing PostgreSQL fails instead: the
    PostGIS tests must run there (scripts/test.sh installs it)."""
    import os

    from tools.pg_cluster import Cluster, ClusterUnavailable

    try:
        cluster = Cluster().start()
    except ClusterUnavailable as exc:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"PostGIS tests cannot be skipped in CI: {exc}")
        pytest.skip(str(exc))
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def theatre():
    from loaders.theatre import load_theatre

    return load_theatre()


@pytest.fixture(scope="session")
def events():
    from loaders.events import read_events
    from loaders.paths import EVENTS_CSV

    return read_events(EVENTS_CSV)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    """Where tests save screenshots and exports for a human to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
