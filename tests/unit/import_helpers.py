"""Helpers shared by the importer tests: fixture files, small files built in memory, checks.

Every row these helpers build is test data: ids start with TEST-, notes say
"TEST FIXTURE – not a real event", sources say "Test fixture". Place names and
coordinates come from geodata/reference/geonames_places_syria.csv.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pandas as pd

from importers.base import ImportBatch, ImportOptions, InputFile
from importers.registry import run_import

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"
TEST_NOTE = "TEST FIXTURE – not a real event"

#: GeoNames places (name, lat, lon) used by the tests.
SARAQIB = ("Saraqib", 35.86447, 36.80591)
ARIHA = ("Ariha", 35.81374, 36.60964)
IDLIB = ("Idlib", 35.93062, 36.63393)
JISR = ("Jisr ash Shughur", 35.81426, 36.32062)
HARIM = ("Harim", 36.21176, 36.52078)

#: What a hand-made incident table needs besides its columns.
TABLE_OPTIONS = dict(constants={"time_precision": "1", "geo_precision": "1"}, source="Test fixture")


def fixture(name: str) -> InputFile:
    return InputFile.from_path(FIXTURES / name)


def run(file: InputFile, **options) -> ImportBatch:
    return run_import(file, ImportOptions(**options))


def csv_bytes(header, rows, *, sep=",", newline="\n", encoding="utf-8") -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=sep, lineterminator=newline)
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue().encode(encoding)


def incident_rows(n: int, *, start: int = 1, date: str = "2020-09-20", place=SARAQIB, event_type="Battles"):
    """``n`` valid rows for :data:`INCIDENT_HEADER`."""
    name, lat, lon = place
    return [[f"TEST-{start + i:04d}", date, name, str(lat), str(lon), event_type, "0", f"{TEST_NOTE} ({i})"]
            for i in range(n)]


INCIDENT_HEADER = ["code", "date", "place", "lat", "lon", "type", "killed", "summary"]


def incidents(rows, header=INCIDENT_HEADER, name="incidents.csv", **kw) -> InputFile:
    return InputFile(name, csv_bytes(header, rows, **kw))


def zip_bytes(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def assert_every_row_accounted_for(batch: ImportBatch, rows_in_file: int | None = None) -> None:
    """Each row of the file is an event, an overlay shape or a reject: once, never twice."""
    lines = [*batch.events["line"].tolist(), *batch.overlays["line"].tolist(), *batch.rejects["line"].tolist()]
    assert len(lines) == len(set(lines)), f"a line is counted twice: {sorted(lines)}"
    assert len(lines) == batch.rows_in_file
    if rows_in_file is not None:
        assert batch.rows_in_file == rows_in_file


def reasons(batch: ImportBatch) -> dict[str, str]:
    """source_id -> reason of each reject."""
    return dict(zip(batch.rejects["source_id"], batch.rejects["reason"]))


def without(frame: pd.DataFrame, *columns: str) -> pd.DataFrame:
    return frame.drop(columns=list(columns)).reset_index(drop=True)
