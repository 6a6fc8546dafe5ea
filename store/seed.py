"""What a new store starts with: the project's own events (``geodata/events.csv``) as dataset ``seed``,
and, when ``BRIEFMAP_EVENTS`` names a file, that file imported at start."""

from __future__ import annotations

import os
from dataclasses import dataclass

from importers.base import ImportFailed, ImportOptions, InputFile
from importers.registry import run_import
from loaders.paths import EVENTS_CSV
from store.base import EventStore, ImportReport

SEED_ID = "seed"
#: Set to import another file (an ACLED export, say) each time the app starts.
EVENTS_ENV = "BRIEFMAP_EVENTS"
SEED_OPTIONS = ImportOptions(
    format="acled",
    dataset=SEED_ID,
    title="Project events (the seed analysis and public record)",
    source="seed 000_8eb99e2c7a72c085.txt and the outlets named in each event (geodata/README.md)",
    licence="Project data; each event names its sources",
    source_url="",
)


@dataclass(frozen=True)
class StartImport:
    """What importing a file at start did: a report, or why nothing was imported."""

    path: str
    report: ImportReport | None = None
    error: str | None = None


def ensure_seed(store: EventStore) -> ImportReport | None:
    """Import ``geodata/events.csv`` as ``seed`` on a new store, or again when the file has changed.

    A seed dataset the user removed stays removed: once the log shows a seed import,
    only an existing seed dataset is refreshed.
    """
    file = InputFile.from_path(EVENTS_CSV)
    current = store.dataset(SEED_ID)
    if current is None and store.imports(SEED_ID):
        return None
    if current is not None and current.file_sha256 == file.sha256:
        return None
    batch = run_import(file, SEED_OPTIONS)
    return store.write(batch, imported_by="briefing map (seed)")


def import_at_start(store: EventStore) -> StartImport | None:
    """Import the file ``$BRIEFMAP_EVENTS`` names, unless its latest import was this very file."""
    path = os.environ.get(EVENTS_ENV)
    if not path:
        return None
    try:
        file = InputFile.from_path(path)
        if any(log.file_sha256 == file.sha256 for log in store.imports()):
            return StartImport(path)  # imported before: nothing to do, and no need to read it again
        batch = run_import(file, ImportOptions())
    except ImportFailed as exc:
        return StartImport(path, error=str(exc))
    if not batch.accepted:
        return StartImport(path, error=f"{path}: nothing to import ({len(batch.rejects)} row(s) rejected)")
    return StartImport(path, report=store.write(batch, imported_by=f"{EVENTS_ENV} at start"))
