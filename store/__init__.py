"""The event store: the one source of truth for events, datasets and the imports log.

:func:`open_store` gives an :class:`~store.base.EventStore` for a location: a
GeoPackage file (the default, ``data/briefmap.gpkg``) or, later, a PostgreSQL
URL. The app, ``python -m store`` and the tests all go through that interface;
each backend is one module (:mod:`store.gpkg`).
"""

from store.base import Dataset, EventStore, ImportLog, ImportReport, StoreError
from store.locate import default_location, open_store

__all__ = ["Dataset", "EventStore", "ImportLog", "ImportReport", "StoreError", "default_location", "open_store"]
