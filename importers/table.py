"""Any table of incidents (CSV, TSV, XLSX, JSON records) with a column mapping.

The user maps the file's columns onto record fields (ACLED column names,
``source_id`` and the extra details), sets constants for fields the file lacks,
and may name a column of place names to geocode rows without coordinates.
Fields left unmapped are guessed from column names; the report lists the mapping used.
"""

from __future__ import annotations

import pandas as pd

from importers.base import DatasetInfo, ImportBatch, ImportFailed, ImportOptions, InputFile, dataset_id_from
from importers.mapping import NUMERIC_TARGETS, TARGETS, guess_mapping
from importers.records import build_batch

ID = "table"
TITLE = "Any table (CSV, TSV, XLSX) with a column mapping"


def check_options(file: InputFile, columns, options: ImportOptions, *, coordinates_from_geometry: bool = False
                  ) -> dict[str, str]:
    """The mapping to use, once the user's mapping, constants and geocode column make sense.

    Raises
    ------
    ImportFailed
        For a field or column that does not exist, a non-numeric constant for a
        numeric field, or a required field with neither a column nor a constant.
    """
    columns = list(columns)
    for target, col in options.mapping.items():
        if target not in TARGETS:
            raise ImportFailed(file.name, f"unknown field {target!r} in the mapping (fields: {', '.join(TARGETS)})")
        if col not in columns:
            raise ImportFailed(file.name, f"mapping {target}={col}: the file has no column {col!r} "
                                          f"(columns: {', '.join(columns[:30])})")
    for target, value in options.constants.items():
        if target not in TARGETS:
            raise ImportFailed(file.name, f"unknown field {target!r} in the constants (fields: {', '.join(TARGETS)})")
        if target in NUMERIC_TARGETS and pd.to_numeric(pd.Series([value]), errors="coerce").isna().any():
            raise ImportFailed(file.name, f"constant {target}={value!r} is not a number")
    if options.geocode and options.geocode not in columns:
        raise ImportFailed(file.name, f"geocode column {options.geocode!r} is not in the file")
    mapping = guess_mapping(columns, options.mapping)
    if coordinates_from_geometry:
        mapping.pop("latitude", None)
        mapping.pop("longitude", None)
    has = set(mapping) | set(options.constants)
    coords = coordinates_from_geometry or {"latitude", "longitude"} <= has
    needed = ["event_date", "event_type", "time_precision"] + (["geo_precision"] if coords else []) \
        + ([] if options.source else ["source"])
    missing = [f for f in needed if f not in has]
    if not coords and not options.geocode:
        missing.append("latitude and longitude (or a place-name column to geocode)")
    if missing:
        example = next((f for f in missing if f in ("geo_precision", "time_precision")), "FIELD")
        value = "1" if example != "FIELD" else "VALUE"
        raise ImportFailed(
            file.name,
            f"no value for {', '.join(missing)}: choose a column for each, or give one value for every row "
            f"(command line: --map FIELD=COLUMN, --set {example}={value})"
            + ("; the dataset's source also fills 'source'" if "source" in missing else ""))
    return mapping


def defaults_for(file: InputFile, options: ImportOptions, fmt: str) -> DatasetInfo:
    return DatasetInfo(
        id=options.dataset or dataset_id_from(file.name),
        title=options.title or dataset_id_from(file.name).replace("-", " ").capitalize(),
        format=fmt,
        source=options.source or "",
        licence=options.licence or "not stated",
        source_url=options.source_url or "",
    )


def from_table(file: InputFile, table: pd.DataFrame, notes: list[str], options: ImportOptions) -> ImportBatch:
    columns = tuple(c for c in table.columns if c != "_line")
    mapping = check_options(file, columns, options)
    guessed = {t: c for t, c in mapping.items() if options.mapping.get(t) != c}
    if guessed:
        notes.append("Mapped by column name: " + ", ".join(f"{c} → {t}" for t, c in guessed.items()) + ".")
    raw = pd.DataFrame({target: table[col] for target, col in mapping.items()})
    raw["_line"] = table["_line"]
    used = set(mapping.values())
    extra = table.loc[:, [c for c in columns if c not in used]]
    place = table[options.geocode] if options.geocode else None
    return build_batch(file, ID, defaults_for(file, options, ID), raw, options, notes=notes, columns=columns,
                       mapping=mapping, extra=extra, place=place)
