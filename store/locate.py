"""Which store to open: ``BRIEFMAP_DB`` (a GeoPackage path), else ``data/briefmap.gpkg``."""

from __future__ import annotations

import os
from pathlib import Path

from store.base import EventStore, StoreError

#: The environment variable that chooses the store.
DB_ENV = "BRIEFMAP_DB"
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GPKG = ROOT / "data" / "briefmap.gpkg"


def default_location() -> str:
    """``$BRIEFMAP_DB`` if set, else the repository's ``data/briefmap.gpkg``."""
    return os.environ.get(DB_ENV) or str(DEFAULT_GPKG)


def open_store(location: str | os.PathLike | None = None) -> EventStore:
    """Open (creating if needed) the store at ``location`` (default: :func:`default_location`).

    Raises
    ------
    StoreError
        If the location cannot be used, with a message that names it.
    """
    where = str(location) if location is not None else default_location()
    if "://" in where:
        scheme = where.split("://", 1)[0]
        raise StoreError(f"unsupported store address scheme {scheme!r}: give a GeoPackage path (.gpkg)")
    from store.gpkg import GeoPackageStore

    return GeoPackageStore(where)
