"""The store interface every backend implements, and the records it hands back.

Reading, validating, storing and drawing stay apart: importers produce an
:class:`~importers.base.ImportBatch`; a store writes it in one transaction and
answers for what it holds; the app draws what the store returns.
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import geopandas as gpd
import pandas as pd

from importers.base import ImportBatch

#: progress(fraction 0..1, what is happening)
Progress = Callable[[float, str], None]


class StoreError(RuntimeError):
    """The store cannot do what was asked (busy, unreachable, unknown dataset…).

    The message is meant for a briefer: it names what failed and never holds a
    credential or a traceback.
    """


@dataclass(frozen=True)
class Dataset:
    """One dataset in the store: where it came from and what it holds."""

    id: str
    title: str
    format: str
    source: str
    licence: str
    source_url: str
    file_name: str
    file_sha256: str
    imported_at: str
    imported_by: str
    rows: int
    overlays: int
    first_date: str | None
    last_date: str | None
    synthetic: bool = False

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass(frozen=True)
class ImportReport:
    """What an import did. ``kept`` counts the dataset's stored events the file did not mention."""

    dataset: str
    imported: int
    updated: int
    unchanged: int
    rejected: int
    overlays_imported: int = 0
    overlays_updated: int = 0
    overlays_unchanged: int = 0
    kept: int = 0
    import_id: int | None = None
    written: bool = True
    conflicts: tuple[str, ...] = ()
    """``source_id`` of events the file revises that an analyst has corrected or retracted: the
    store kept the analyst's version (see :mod:`store.editing`)."""

    def conflict_line(self) -> str:
        """A sentence on the conflicts, or "" when there are none."""
        if not self.conflicts:
            return ""
        shown = ", ".join(self.conflicts[:10]) + (f" and {len(self.conflicts) - 10:,} more"
                                                  if len(self.conflicts) > 10 else "")
        return (f"{len(self.conflicts):,} event(s) the file revises were corrected or retracted by an analyst; "
                f"the analyst's version was kept: {shown}")

    def summary_line(self) -> str:
        """The command line's last line, exactly: ``imported=N updated=U unchanged=S rejected=R dataset=ID``."""
        return (f"imported={self.imported} updated={self.updated} unchanged={self.unchanged} "
                f"rejected={self.rejected} dataset={self.dataset}")


@dataclass(frozen=True)
class ImportLog:
    """A row of the imports log."""

    id: int
    imported_at: str
    imported_by: str
    dataset: str
    format: str
    file_name: str
    file_sha256: str
    rows_in_file: int
    imported: int
    updated: int
    unchanged: int
    rejected: int
    notes: str


@dataclass
class StoreDump:
    """Everything a store holds, for copying it whole to another store (``python -m store copy``).

    ``events`` has the full records (:data:`loaders.events.RECORD_COLUMNS`) plus ``row_hash``;
    ``overlays`` the shapes with their fields; ``imports`` the log with its rejects; ``files``
    the original files as (sha256, name, size, bytes).
    """

    datasets: list[Dataset]
    events: pd.DataFrame
    overlays: gpd.GeoDataFrame
    imports: pd.DataFrame
    files: list[tuple[str, str, int, bytes]]
    edited_events: pd.DataFrame | None = None
    """Edit state of the events analysts touched (dataset, source_id, revision, edited and retracted)."""
    edited_overlays: pd.DataFrame | None = None
    changes: pd.DataFrame | None = None
    """The audit trail (:data:`store.editing.CHANGE_COLUMNS`)."""

    def counts(self) -> dict[str, int]:
        """What a copy must carry over, counted as :meth:`EventStore.counts` counts the copy: the events
        and shapes on the map (retracted ones are carried too, and checked by their edit state)."""
        from store.editing import on_map, shapes_on_map

        shown = on_map(self.events, self)
        return tally([d.id for d in self.datasets], self.events.loc[shown, "dataset"],
                      int(shapes_on_map(self.overlays, self).sum()), len(self.imports))


def tally(datasets, event_datasets, shapes: int, imports: int) -> dict[str, int]:
    """Counts of a store's contents: datasets, events (in all, and per dataset), shapes, imports."""
    per = pd.Series(event_datasets, dtype=object).astype(str).value_counts()
    out = {"datasets": len(datasets), "events": int(per.sum()), "shapes": shapes, "imports": imports}
    for d in datasets:
        out[f"events in {d}"] = int(per.get(d, 0))
    return out


#: Columns of ``StoreDump.imports``.
IMPORT_LOG_COLUMNS = ("imported_at", "imported_by", "dataset", "format", "file_name", "file_sha256",
                      "rows_in_file", "imported", "updated", "unchanged", "rejected", "overlays", "notes", "rejects")


def utc_now() -> str:
    """Now, as GeoPackage DATETIME text: ``2020-09-20T10:00:00.000Z``."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class EventStore(ABC):
    """A place that keeps events, overlay shapes, datasets and the imports log.

    Every write is one transaction: it happens entirely or not at all. Every
    change bumps :meth:`generation`, which readers compare to know when what they
    hold is stale (another session, another process or QGIS wrote).
    """

    #: "gpkg" or "postgis"
    backend: str = ""

    @property
    @abstractmethod
    def location(self) -> str:
        """Where the store is, for messages (never with a password)."""

    @abstractmethod
    def generation(self) -> int:
        """A number that changes whenever anything in the store changes."""

    @abstractmethod
    def datasets(self) -> list[Dataset]:
        """Every dataset, in id order."""

    def dataset(self, dataset_id: str) -> Dataset | None:
        return next((d for d in self.datasets() if d.id == dataset_id), None)

    @abstractmethod
    def map_table(self) -> pd.DataFrame:
        """Every event's map columns (:data:`loaders.events.MAP_COLUMNS`), indexed by event id (fid),
        with ``day`` and categoricals, as :func:`loaders.events.finish_table` makes them."""

    @abstractmethod
    def records(self, fids: Sequence[int]) -> pd.DataFrame:
        """Full records (:data:`loaders.events.RECORD_COLUMNS`) of these events, in this order, indexed by fid."""

    @abstractmethod
    def dataset_records(self, dataset_id: str | None = None) -> pd.DataFrame:
        """Full records of one dataset (or of all), indexed by fid."""

    @abstractmethod
    def overlays(self, dataset_id: str | None = None) -> gpd.GeoDataFrame:
        """Overlay shapes (lines, polygons) with their dataset, in EPSG:4326."""

    @abstractmethod
    def plan(self, batch: ImportBatch) -> ImportReport:
        """What :meth:`write` would do with ``batch``, without writing (``written`` is False)."""

    @abstractmethod
    def write(self, batch: ImportBatch, *, imported_by: str, progress: Progress | None = None) -> ImportReport:
        """Store ``batch`` in one transaction: new records inserted, revised ones updated (by
        ``source_id`` within the dataset), the dataset's entry, the original file and a log entry."""

    @abstractmethod
    def remove(self, dataset_id: str) -> int:
        """Delete a dataset, its events and shapes; returns how many events went. StoreError if unknown."""

    @abstractmethod
    def original(self, dataset_id: str) -> tuple[str, bytes] | None:
        """(file name, bytes) of the file the dataset was last imported from."""

    @abstractmethod
    def imports(self, dataset_id: str | None = None) -> list[ImportLog]:
        """The imports log, newest first."""

    @abstractmethod
    def rejects_csv(self, import_id: int) -> bytes:
        """The rejects of one import as CSV (line, source_id, reason)."""

    @abstractmethod
    def dump(self) -> StoreDump:
        """Everything the store holds (one consistent snapshot)."""

    @abstractmethod
    def restore(self, dump: StoreDump, progress: Progress | None = None) -> None:
        """Write ``dump`` into this store, which must hold nothing yet, in one transaction."""

    def is_empty(self) -> bool:
        """True when the store holds no dataset, event or import yet."""
        return not self.datasets() and not self.imports() and not len(self.map_table())

    def counts(self) -> dict[str, int]:
        """Datasets, events (in all and per dataset), shapes and imports held now."""
        return tally([d.id for d in self.datasets()], self.map_table()["dataset"], len(self.overlays()),
                     len(self.imports()))

    # analysts' edits (store.editing): one transaction each, checked against the record's revision
    @abstractmethod
    def _edit(self, write: bool = True):
        """A context manager: one transaction as a :class:`store.editing.EditTx`."""

    def add_event(self, fields, *, by: str):
        """Store an analyst's new event (in the ``analysts`` dataset); returns :class:`store.editing.Saved`."""
        from store import editing
        with self._edit() as tx:
            return editing.add_event(tx, fields, by)

    def correct_event(self, fid: int, changes, *, by: str, revision: int):
        """Change an event's fields; :class:`store.editing.StaleEdit` if it is no longer at ``revision``."""
        from store import editing
        with self._edit() as tx:
            return editing.correct_event(tx, fid, changes, by, revision)

    def retract_event(self, fid: int, reason: str, *, by: str, revision: int):
        """Take an event off the map, keeping its record and the reason."""
        from store import editing
        with self._edit() as tx:
            return editing.retract_event(tx, fid, reason, by, revision)

    def restore_event(self, fid: int, *, by: str, revision: int, reason: str = ""):
        """Put a retracted event back on the map."""
        from store import editing
        with self._edit() as tx:
            return editing.restore_event(tx, fid, by, revision, reason)

    def event_state(self, fid: int) -> dict | None:
        """An event's stored row with its revision and who edited or retracted it (None if unknown)."""
        from store import editing
        with self._edit(write=False) as tx:
            return editing.event_state(tx, fid)

    def add_overlay(self, fields, geometry, *, by: str):
        """Store a shape drawn on the map (in the ``drawings`` dataset)."""
        from store import editing
        with self._edit() as tx:
            return editing.add_overlay(tx, fields, geometry, by)

    def correct_overlay(self, fid: int, fields, *, by: str, revision: int, geometry=None):
        from store import editing
        with self._edit() as tx:
            return editing.correct_overlay(tx, fid, fields, by, revision, geometry)

    def retract_overlay(self, fid: int, reason: str, *, by: str, revision: int):
        from store import editing
        with self._edit() as tx:
            return editing.retract_overlay(tx, fid, reason, by, revision)

    def restore_overlay(self, fid: int, *, by: str, revision: int, reason: str = ""):
        from store import editing
        with self._edit() as tx:
            return editing.restore_overlay(tx, fid, by, revision, reason)

    def retracted(self, limit: int = 500) -> list[dict]:
        """Retracted events and drawings, newest first (see :func:`store.editing.retracted`)."""
        from store import editing
        with self._edit(write=False) as tx:
            return editing.retracted(tx, limit)

    def overlay_state(self, fid: int) -> dict | None:
        from store import editing
        with self._edit(write=False) as tx:
            return editing.overlay_state(tx, fid)

    def changes(self, *, target: str | None = None, fid: int | None = None, limit: int | None = 200) -> list:
        """The audit trail (:class:`store.editing.Change`), newest first; one record's with ``target`` and ``fid``."""
        from store import editing
        with self._edit(write=False) as tx:
            return editing.changes(tx, target=target, fid=fid, limit=limit)

    def audit_csv(self) -> bytes:
        """The whole audit trail as CSV, oldest first."""
        from store import editing
        return editing.audit_csv(self.changes(limit=None))

    def close(self) -> None:  # noqa: B027 - backends with connections override it
        """Release connections."""

    def __enter__(self) -> "EventStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
