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

    def close(self) -> None:  # noqa: B027 - backends with connections override it
        """Release connections."""
