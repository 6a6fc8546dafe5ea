"""The one list of importers, and the function that picks one for a file.

Everything that offers, detects, documents or tests a format reads
:data:`IMPORTERS`: the command line's ``--format`` choices, the Data page's
format selector and the README test. A format's ``id`` is its name on the
command line and in the store's ``datasets`` table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from importers import acled, table, ucdp, vector
from importers.base import (
    DatasetInfo,
    ImportBatch,
    ImportFailed,
    ImportOptions,
    InputFile,
    check_dataset_id,
    rejects_frame,
)
from importers.sniff import Sniffed, json_kind, parse_json, sniff
from importers.tables import read_table


@dataclass(frozen=True)
class ImporterSpec:
    """A file format: its id (``--format``), title, what it reads and how it is recognised."""

    id: str
    title: str
    description: str
    examples: str
    default_dataset: str | None
    """The dataset id a file of this format goes to unless the user names one (None: from the file name)."""


IMPORTERS: tuple[ImporterSpec, ...] = (
    ImporterSpec(acled.ID, acled.TITLE,
                 "ACLED's 31 export columns (older exports' columns too); event_id_cnty is the record id, so a "
                 "newer export updates revised events.",
                 ".csv, .xlsx, API .json ({\"data\": [...]})", acled.DEFAULTS.id),
    ImporterSpec(ucdp.ID, ucdp.TITLE,
                 "UCDP Georeferenced Event Dataset, 49 columns (20.1 and later), mapped as the README's table says.",
                 ".csv, API .json ({\"Result\": [...]})", ucdp.DEFAULTS.id),
    ImporterSpec(table.ID, table.TITLE,
                 "Any incident table: map its columns to fields, set constants, geocode place names (GeoNames).",
                 ".csv, .tsv, .txt, .xlsx, .json (a list of records)", None),
    ImporterSpec(vector.ID, vector.TITLE,
                 "Points become events (KML TimeStamp/TimeSpan give dates); lines and polygons become an "
                 "overlay layer.",
                 ".geojson, .kml, .kmz, .gpkg, .zip (Shapefile)", None),
)
FORMAT_IDS: tuple[str, ...] = tuple(spec.id for spec in IMPORTERS)
BY_ID: dict[str, ImporterSpec] = {spec.id: spec for spec in IMPORTERS}
_TABLE_FORMATS: dict[str, Callable] = {acled.ID: acled.from_table, ucdp.ID: ucdp.from_table,
                                       table.ID: table.from_table}
_TABLE_DETECT = ((acled.ID, acled.matches), (ucdp.ID, ucdp.matches))


def _is_vector(file: InputFile, sniffed: Sniffed) -> bool:
    if sniffed.kind in ("kmz", "shapezip", "gpkg") or (sniffed.kind == "xml" and sniffed.detail == "kml"):
        return True
    return sniffed.kind == "json" and json_kind(parse_json(file, sniffed.bom)) == "geojson"


def run_import(file: InputFile, options: ImportOptions = ImportOptions()) -> ImportBatch:
    """Read ``file`` with the format ``options.format`` names, or the one its content shows.

    Returns
    -------
    ImportBatch
        The records that passed validation and the rejects; nothing is written.

    Raises
    ------
    ImportFailed
        When nothing in the file can be imported (unreadable, wrong format, unsafe,
        a mapping that cannot work), with a one-line reason.
    """
    if options.format is not None and options.format not in BY_ID:
        raise ImportFailed(file.name, f"unknown format {options.format!r} (formats: {', '.join(FORMAT_IDS)})")
    if options.dataset is not None:
        try:
            check_dataset_id(options.dataset)
        except ValueError as exc:
            raise ImportFailed(file.name, str(exc)) from None
    sniffed = sniff(file)
    if sniffed.kind == "zip":
        raise ImportFailed(file.name, f"is a zip archive with no KML, Shapefile or workbook in it ({sniffed.detail})")
    if sniffed.kind == "xml" and sniffed.detail != "kml":
        raise ImportFailed(file.name, "is an XML file but not KML")
    vector_file = _is_vector(file, sniffed)
    if options.format == vector.ID or (options.format is None and vector_file):
        if not vector_file:
            raise ImportFailed(file.name, "is not a map file (GeoJSON, KML, KMZ, GeoPackage or zipped Shapefile)")
        return vector.read(file, sniffed, options)
    if vector_file:
        raise ImportFailed(file.name, f"is a map file: import it with format 'vector', not {options.format!r}")
    read = read_table(file, sniffed, encoding=options.encoding, sheet=options.sheet)
    batch = _TABLE_FORMATS[options.format or _table_format(read)](file, read.frame, read.notes, options)
    if read.malformed:  # records the reader could not split into the header's columns: rejects too
        batch.rejects = rejects_frame(list(batch.rejects.itertuples(index=False, name=None)) + read.malformed)
        batch.rows_in_file += len(read.malformed)
    return batch


def _table_format(read) -> str:
    """The format of a table read from a file: what its envelope says, else what its columns show."""
    return read.hint or next((fid for fid, test in _TABLE_DETECT if test(read.frame.columns)), table.ID)


def detect_format(file: InputFile) -> str:
    """The format id :func:`run_import` would choose for ``file``."""
    return inspect_file(file).format


@dataclass(frozen=True)
class FileInfo:
    """What a file holds, read before any mapping is chosen: for the Data page's form."""

    format: str
    columns: tuple[str, ...]
    rows: int
    notes: tuple[str, ...] = ()


def inspect_file(file: InputFile, options: ImportOptions = ImportOptions()) -> FileInfo:
    """The detected format, the columns a mapping can use and the number of rows (or features).

    Raises
    ------
    ImportFailed
        When the file cannot be read at all.
    """
    sniffed = sniff(file)
    if sniffed.kind == "zip":
        raise ImportFailed(file.name, f"is a zip archive with no KML, Shapefile or workbook in it ({sniffed.detail})")
    if _is_vector(file, sniffed):
        layers, fmt = vector.read_layers(file, sniffed)
        columns: dict[str, None] = {}
        for _name, gdf in layers:
            for c in gdf.columns:
                if c != gdf.geometry.name:
                    columns.setdefault(str(c), None)
        return FileInfo(vector.ID, tuple(columns), sum(len(g) for _n, g in layers), (f"A {fmt} file.",))
    read = read_table(file, sniffed, encoding=options.encoding, sheet=options.sheet)
    return FileInfo(_table_format(read), tuple(c for c in read.frame.columns if c != "_line"),
                    len(read.frame) + len(read.malformed), tuple(read.notes))


def dataset_defaults(fmt: str, file_name: str) -> DatasetInfo:
    """What a dataset of format ``fmt`` from ``file_name`` is called and credited as, unless the user says."""
    if fmt == acled.ID:
        return acled.DEFAULTS
    if fmt == ucdp.ID:
        return ucdp.DEFAULTS
    return table.defaults_for(InputFile(file_name, b""), ImportOptions(), fmt)
