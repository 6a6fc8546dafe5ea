"""Text tables: the encoding, the delimiter and the header, read the same way for every format.

Encodings: a byte-order mark wins (UTF-8, UTF-16, UTF-32); then UTF-8; then,
for bytes UTF-8 cannot decode, Windows-1256 when the text is mostly Arabic
letters, else Windows-1252. The encoding used is reported, never silently assumed.
"""

from __future__ import annotations

import csv
import io

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from importers.base import MAX_LINE_BYTES, ImportFailed, InputFile
from importers.sniff import bom_encoding

#: Names shown for the encodings that can be chosen or detected.
ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16": "UTF-16",
    "utf-16-le": "UTF-16 (little-endian)",
    "utf-16-be": "UTF-16 (big-endian)",
    "utf-32-le": "UTF-32 (little-endian)",
    "utf-32-be": "UTF-32 (big-endian)",
    "cp1256": "Windows-1256 (Arabic)",
    "cp1252": "Windows-1252 (Western European)",
    "latin-1": "ISO-8859-1 (Latin-1)",
}
#: Cell values read as "missing" in every text table.
MISSING = frozenset({"", "na", "n/a", "null", "none", "nan", "#n/a", "-"})
DELIMITERS = ",;\t|"


def _arabic_share(text: str) -> float:
    high = [c for c in text if ord(c) > 127]
    if not high:
        return 0.0
    return sum(1 for c in high if "\u0600" <= c <= "\u06ff") / len(high)


def decode(file: InputFile, encoding: str | None = None, bom: str | None = None) -> tuple[str, str]:
    """The file's text and the name of the encoding it was read with.

    Parameters
    ----------
    encoding : str, optional
        Force an encoding (one of :data:`ENCODINGS`); by default it is detected.
    bom : str, optional
        The encoding :func:`importers.sniff.sniff` found (a BOM or NUL pattern).
    """
    data = file.data
    if encoding:
        if encoding not in ENCODINGS:
            raise ImportFailed(file.name, f"unknown encoding {encoding!r}; choose one of {', '.join(ENCODINGS)}")
        try:
            return data.decode(encoding).lstrip("\ufeff"), ENCODINGS[encoding]
        except UnicodeDecodeError as exc:
            raise ImportFailed(file.name, f"cannot be read as {ENCODINGS[encoding]}: bad byte at offset {exc.start}")\
                from exc
    found = bom or bom_encoding(data)
    if found:
        try:
            return data.decode(found).lstrip("\ufeff"), ENCODINGS.get(found, found)
        except UnicodeDecodeError as exc:
            raise ImportFailed(file.name, f"starts like {ENCODINGS.get(found, found)} text but has a bad byte at "
                                          f"offset {exc.start}") from exc
    try:
        return data.decode("utf-8"), ENCODINGS["utf-8"]
    except UnicodeDecodeError:
        pass
    arabic = data.decode("cp1256", errors="replace")
    if _arabic_share(arabic) >= 0.5:
        return arabic, ENCODINGS["cp1256"]
    try:
        return data.decode("cp1252"), ENCODINGS["cp1252"]
    except UnicodeDecodeError:
        return data.decode("latin-1"), ENCODINGS["latin-1"]


def long_line(data: bytes, limit: int = MAX_LINE_BYTES) -> tuple[int, int] | None:
    """(length, 1-based line number) of the first line longer than ``limit`` bytes, or None.

    Scans windows of ``limit // 2`` bytes for a line break (no copy of the data):
    a line longer than ``limit`` leaves at least one window without one. A line
    ends at LF or at CR alone (Excel's "CSV (Macintosh)" writes CR only).
    """
    step = max(1, limit // 2)
    newline = b"\n" if b"\n" in data[:65536] or b"\r" not in data[:65536] else b"\r"
    for start in range(0, len(data), step):
        if data.find(newline, start, start + step) == -1 and len(data) - start > 0:
            begin = data.rfind(newline, 0, start) + 1
            end = data.find(newline, start)
            end = len(data) if end == -1 else end
            if end - begin > limit:
                return end - begin, data.count(newline, 0, begin) + 1
    return None


def _delimiter(text: str, name: str) -> str:
    head = text[:65536]
    if name.lower().endswith((".tsv", ".tab")):
        return "\t"
    try:
        return csv.Sniffer().sniff("\n".join(head.splitlines()[:50]), delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = head.splitlines()[0] if head else ""
        counts = {d: first.count(d) for d in DELIMITERS}
        best = max(counts, key=counts.get)
        return best if counts[best] else ","


def read_text_table(file: InputFile, encoding: str | None = None,
                    bom: str | None = None) -> tuple[pd.DataFrame, list[str], list[tuple[int, str, str]]]:
    """A delimited text file (CSV, TSV, semicolon) as a table of strings.

    Returns the table (every cell a string, missing cells as ``""``, with the row's
    line in ``_line``: the header is line 1 and each record counts one line, even
    with line breaks inside quotes), notes on how it was read, and the records with
    the wrong number of fields as rejects (line, "", reason). Parsing is Arrow's
    multi-threaded CSV reader, every column read as text.
    """
    if not bom and not encoding and (found := long_line(file.data)):
        raise ImportFailed(file.name, f"line {found[1]} is {found[0] / 1e6:,.1f} MB long (the limit is "
                                      f"{MAX_LINE_BYTES / 1e6:,.0f} MB): not a table")
    if not encoding and not bom and _is_utf8(file.data):
        raw, used = file.data, ENCODINGS["utf-8"]
        text_head = raw[:65536].decode("utf-8", errors="ignore")
    else:
        text, used = decode(file, encoding, bom)
        raw = text.encode("utf-8")
        if found := long_line(raw):
            raise ImportFailed(file.name, f"line {found[1]} is {found[0] / 1e6:,.1f} MB long (the limit is "
                                          f"{MAX_LINE_BYTES / 1e6:,.0f} MB): not a table")
        text_head = text[:65536]
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    text_head = text_head.lstrip("\ufeff")
    sep = _delimiter(text_head, file.name)
    try:
        names = next(csv.reader(io.StringIO(text_head, newline=""), delimiter=sep))
    except StopIteration:
        raise ImportFailed(file.name, "has no header row") from None
    except csv.Error as exc:
        raise ImportFailed(file.name, f"has an unreadable header row ({exc})") from exc
    # a blank header gets a placeholder: tidy_columns drops it when its column is empty too
    # (spreadsheets often save trailing empty columns) and refuses it when the column holds data
    names = [n.strip() or f"Unnamed: {i}" for i, n in enumerate(names)]
    if len(set(names)) != len(names):
        dup = next(n for n in names if names.count(n) > 1)
        raise ImportFailed(file.name, f"has more than one column named {dup!r}")
    if len(names) < 2:
        raise ImportFailed(file.name, "has fewer than two columns: not a table of events")
    ragged: list[int] = []

    def skip(row) -> str:  # a record with too many or too few fields: rejected below, with its line
        ragged.append(row.actual_columns)
        return "skip"

    try:
        table = pacsv.read_csv(
            io.BytesIO(raw),
            read_options=pacsv.ReadOptions(use_threads=True, block_size=1 << 24, column_names=names, skip_rows=1),
            parse_options=pacsv.ParseOptions(delimiter=sep, newlines_in_values=True, invalid_row_handler=skip),
            convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                                 strings_can_be_null=False, quoted_strings_can_be_null=False,
                                                 null_values=[]),
        )
    except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
        raise ImportFailed(file.name, f"is not a consistent table ({_short(exc)})") from exc
    df = table.to_pandas(types_mapper={pa.string(): pd.StringDtype("pyarrow", na_value=np.nan)}.get)
    df = tidy_columns(df, file.name)
    malformed: list[tuple[int, str, str]] = []
    if ragged:
        lines, malformed = _record_lines(raw.decode("utf-8", errors="replace"), sep, len(names))
        df["_line"] = lines[: len(df)] if len(lines) >= len(df) else np.arange(2, len(df) + 2)
    else:
        df["_line"] = np.arange(2, len(df) + 2)
    df = drop_empty_rows(df)
    names = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
    return df, [f"Read as {used}, {names.get(sep, repr(sep))}-separated."], malformed


def _record_lines(text: str, sep: str, width: int) -> tuple[np.ndarray, list[tuple[int, str, str]]]:
    """For a file with ragged records: the line (record number, header = 1) of every well-formed
    record, and a reject for each record with the wrong number of fields. Python's csv module
    reads it again record by record; only files with such records pay for it."""
    good, bad = [], []
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=sep)
    next(reader, None)
    for number, record in enumerate(reader, start=2):
        if not record:
            continue  # Arrow skips blank lines too
        if len(record) == width:
            good.append(number)
        else:
            bad.append((number, "", f"has {len(record)} field(s) where the header has {width}"))
    return np.array(good, dtype=np.int64), bad


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _short(exc: Exception) -> str:
    return str(exc).strip().splitlines()[-1][:200]


def tidy_columns(df: pd.DataFrame, name: str) -> pd.DataFrame:
    """Strip header names, drop wholly empty unnamed columns; refuse duplicate or blank headers."""
    cols = [str(c).strip().lstrip("\ufeff") for c in df.columns]
    df.columns = cols
    unnamed = [c for c in cols if not c or c.startswith("Unnamed:")]
    for c in unnamed:
        if (df[c].astype(str).str.strip() == "").all():
            df = df.drop(columns=c)
    cols = list(df.columns)
    if any(not c or c.startswith("Unnamed:") for c in cols):
        raise ImportFailed(name, "has a column with no name in its header row")
    seen, dups = set(), []
    for c in cols:
        if c.lower() in seen:
            dups.append(c)
        seen.add(c.lower())
    if dups:
        raise ImportFailed(name, f"has more than one column named {dups[0]!r}")
    if len(cols) < 2:
        raise ImportFailed(name, "has fewer than two columns: not a table of events")
    return df


def drop_empty_rows(df: pd.DataFrame) -> pd.DataFrame:
    """Rows with no value in any cell are not records (a blank line, a trailing separator row)."""
    cells = [c for c in df.columns if c != "_line"]
    if not cells:
        return df
    empty = np.ones(len(df), dtype=bool)
    for c in cells:  # most rows fail on the first column, so later ones test few rows
        idx = np.flatnonzero(empty)
        if not len(idx):
            return df
        empty[idx] = blank(df[c].iloc[idx])
    return df.loc[~empty].reset_index(drop=True)


def blank(values: pd.Series) -> np.ndarray:
    """True where a cell is missing: empty, NA, N/A, null, none, nan, #N/A or '-' (any case, any spaces)."""
    return (cleaned(values) == "").to_numpy(bool)


_LONGEST_MISSING = max(len(m) for m in MISSING)


def cleaned(values: pd.Series) -> pd.Series:
    """Cells as stripped strings, missing values as ``""``."""
    if values.dtype == object:
        text = values.map(lambda v: "" if v is None or (isinstance(v, float) and v != v) else str(v))
    else:
        text = values.astype(str).fillna("")
    text = text.str.strip()
    short = np.flatnonzero((text.str.len() <= _LONGEST_MISSING).to_numpy(bool))
    if len(short):
        gone = text.iloc[short].str.lower().isin(MISSING).to_numpy(bool)
        if gone.any():
            text = text.copy()
            text.iloc[short[gone]] = ""
    return text


def numbers(values: pd.Series) -> pd.Series:
    """Cleaned cells as float64, NaN where blank or not a number."""
    text = values if values.dtype != object else cleaned(values)
    try:
        arr = pa.array(text.to_numpy(object) if text.dtype == object else text.array)
        arr = pc.if_else(pc.equal(arr, ""), pa.scalar(None, pa.string()), arr)
        out = pc.cast(arr, pa.float64()).to_numpy(zero_copy_only=False)
        return pd.Series(out, index=values.index, dtype="float64")
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        return pd.to_numeric(text, errors="coerce").astype("float64")
