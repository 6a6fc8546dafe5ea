"""Read tabular files (delimited text, XLSX, JSON records) into one shape: a table of cells.

Whatever the container, the result is a DataFrame whose columns are the file's
own, whose cells are strings (or date cells from a spreadsheet), with ``_line``
giving the row's place in the file, and a list of notes saying how it was read.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from importers.archive import check_zip
from importers.base import ImportFailed, InputFile
from importers.sniff import Sniffed, json_kind, parse_json
from importers.text import drop_empty_rows, read_text_table, tidy_columns


def _cell(value):
    """A spreadsheet or JSON value as a string, keeping dates as dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, (dt.datetime, dt.date)):
        return value
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def records_table(file: InputFile, records: list, what: str) -> pd.DataFrame:
    """A list of JSON objects as a table (record N is line N)."""
    if not records:
        raise ImportFailed(file.name, f"{what} holds no records")
    bad = next((i for i, r in enumerate(records) if not isinstance(r, dict)), None)
    if bad is not None:
        raise ImportFailed(file.name, f"{what}: record {bad + 1} is not an object")
    columns: dict[str, None] = {}
    for r in records:
        for k in r:
            columns.setdefault(str(k), None)
    rows = [[_cell(r.get(c)) for c in columns] for r in records]
    df = pd.DataFrame(rows, columns=list(columns), dtype=object)
    df = tidy_columns(df, file.name)
    df["_line"] = np.arange(1, len(df) + 1)
    return df


def read_xlsx(file: InputFile, sheet: str | None = None) -> tuple[pd.DataFrame, list[str]]:
    """The first sheet with data (or ``sheet``) of an XLSX workbook, header in its first non-empty row."""
    check_zip(file)
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(file.data))
        names = list(book.sheet_names)
        if sheet is not None and sheet not in names:
            raise ImportFailed(file.name, f"has no sheet {sheet!r} (sheets: {', '.join(names)})")
        chosen, rows = None, []
        for name in ([sheet] if sheet else names):
            rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
            if any(any(c not in ("", None) for c in r) for r in rows):
                chosen = name
                break
    except CalamineError as exc:
        raise ImportFailed(file.name, f"cannot be read as an Excel workbook ({exc})") from exc
    if chosen is None:
        raise ImportFailed(file.name, "has no sheet with data")
    start = next(i for i, r in enumerate(rows) if any(c not in ("", None) for c in r))
    header = [str(_cell(c)) for c in rows[start]]
    body = [[_cell(c) for c in r] + [""] * (len(header) - len(r)) for r in rows[start + 1:]]
    if any(len(r) > len(header) for r in body):
        width = max(len(r) for r in body)
        header += [""] * (width - len(header))
        body = [r + [""] * (width - len(r)) for r in body]
    df = pd.DataFrame(body, columns=header, dtype=object)
    df = tidy_columns(df, file.name)
    df["_line"] = np.arange(start + 2, start + 2 + len(df))
    df = drop_empty_rows(df)
    others = [n for n in names if n != chosen]
    note = f"Read sheet {chosen!r} of the workbook" + (f" ({len(others)} other sheet(s) not read)." if others else ".")
    return df, [note]


@dataclass
class Table:
    """A tabular file as read: its cells, how it was read, what its envelope says it is
    ('acled' or 'ucdp' for API responses, else ''), and records too malformed to be rows."""

    frame: pd.DataFrame
    notes: list[str]
    hint: str = ""
    malformed: list[tuple[int, str, str]] = field(default_factory=list)


def read_table(file: InputFile, sniffed: Sniffed, *, encoding: str | None = None,
               sheet: str | None = None) -> Table:
    """Read a tabular file (delimited text, XLSX, JSON records or an API response)."""
    if sniffed.kind == "text":
        df, notes, malformed = read_text_table(file, encoding, sniffed.bom)
        return Table(df, notes, "", malformed)
    if sniffed.kind == "xlsx":
        df, notes = read_xlsx(file, sheet)
        return Table(df, notes)
    if sniffed.kind == "json":
        obj = parse_json(file, sniffed.bom)
        kind = json_kind(obj)
        if kind == "acled":
            if obj.get("success") is False or obj.get("error"):
                raise ImportFailed(file.name, f"is an ACLED API error response: {str(obj.get('error'))[:200]}")
            return Table(records_table(file, obj["data"], "the ACLED response's 'data'"),
                         ["Read an ACLED API response (JSON)."], "acled")
        if kind == "ucdp":
            return Table(records_table(file, obj["Result"], "the UCDP response's 'Result'"),
                         ["Read a UCDP API response (JSON)."], "ucdp")
        if kind == "records":
            return Table(records_table(file, obj, "the JSON list"), ["Read a JSON list of records."])
        raise ImportFailed(file.name, "is JSON but neither an ACLED ('data') or UCDP ('Result') response, "
                                      "a GeoJSON FeatureCollection, nor a list of records")
    raise ImportFailed(file.name, f"is not a table ({sniffed.kind})")
