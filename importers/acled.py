"""ACLED: the export CSV (ISO or '20 September 2020' dates), the Excel export, the API's JSON.

Columns keep their ACLED names; a column an older or trimmed export lacks is
left empty and named in the report. ``event_id_cnty`` is the record's id, so a
newer export of the same dataset updates the events ACLED has revised.
"""

from __future__ import annotations

import pandas as pd

from importers.base import DatasetInfo, ImportBatch, ImportFailed, ImportOptions, InputFile
from importers.records import FIELDS, build_batch
from loaders.events import ACLED_COLUMNS

ID = "acled"
TITLE = "ACLED export (CSV, Excel or API JSON)"
#: Without these a table is not an ACLED export.
REQUIRED = ("event_id_cnty", "event_date", "event_type", "latitude", "longitude")
DEFAULTS = DatasetInfo(
    id="acled",
    title="ACLED events",
    format=ID,
    source="Armed Conflict Location & Event Data (ACLED), acleddata.com",
    licence="ACLED Terms of Use: attribution to ACLED required (acleddata.com/terms-of-use)",
    source_url="https://acleddata.com",
)


def matches(columns) -> bool:
    return set(REQUIRED) <= {str(c).lower() for c in columns}


def from_table(file: InputFile, table: pd.DataFrame, notes: list[str], options: ImportOptions) -> ImportBatch:
    columns = tuple(c for c in table.columns if c != "_line")
    table = table.rename(columns={c: c.lower() for c in columns})
    missing = [c for c in REQUIRED if c not in table.columns]
    if missing:
        raise ImportFailed(file.name, f"missing ACLED column(s): {', '.join(missing)}")
    absent = [c for c in ACLED_COLUMNS if c not in table.columns]
    if absent:
        notes.append(f"ACLED column(s) not in the file, left empty: {', '.join(absent)}.")
    raw = table.loc[:, [c for c in table.columns if c in FIELDS or c == "_line"]].copy()
    raw["source_id"] = table["event_id_cnty"]
    extra = table.loc[:, [c for c in table.columns if c not in FIELDS and c != "_line"]]
    mapping = {c: c for c in ACLED_COLUMNS if c in table.columns}
    return build_batch(file, ID, dataset_info(DEFAULTS, options, file), raw, options, notes=notes,
                       columns=columns, mapping=mapping, extra=extra)


def dataset_info(defaults: DatasetInfo, options: ImportOptions, file: InputFile) -> DatasetInfo:
    """The dataset's id, title, source and licence: the user's words, else the format's defaults."""
    return DatasetInfo(
        id=options.dataset or defaults.id,
        title=options.title or defaults.title,
        format=defaults.format,
        source=options.source or defaults.source,
        licence=options.licence or defaults.licence,
        source_url=defaults.source_url if options.source_url is None else options.source_url,
    )
