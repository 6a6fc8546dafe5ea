"""What every importer takes and gives: the file, the user's options, the batch of records.

An importer never writes anything. It returns an :class:`ImportBatch`: the rows
that passed validation, in the stored schema, and one :class:`Reject` per row that
did not, with its line and reason. A file that cannot be read at all raises
:class:`ImportFailed` with a one-line reason naming the file.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import geopandas as gpd
import pandas as pd

from loaders.events import DATASET_ID

#: Largest file read from disk by the command line (bytes); uploads have their own limit.
MAX_FILE_BYTES = 2 << 30
#: Archives (KMZ, zipped Shapefile, XLSX) are refused before unpacking when their members
#: would unpack to more than this in all, or one member expands more than MAX_RATIO times.
MAX_UNPACKED_BYTES = 1 << 30
MAX_RATIO = 200
MAX_MEMBERS = 2000
#: A line of a delimited text file longer than this is not a table row.
MAX_LINE_BYTES = 1 << 20


class ImportFailed(ValueError):
    """Nothing in the file can be imported; the message is one line naming the file."""

    def __init__(self, name: str, reason: str):
        self.name = name
        self.reason = reason
        super().__init__(f"{name}: {reason}")


@dataclass(frozen=True)
class InputFile:
    """A file to import: its name as the user knows it, and its bytes."""

    name: str
    data: bytes = field(repr=False)

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def suffix(self) -> str:
        return Path(self.name).suffix.lower()

    @classmethod
    def from_path(cls, path: str | os.PathLike, limit: int = MAX_FILE_BYTES) -> "InputFile":
        """Read ``path``; a directory, a missing, unreadable, empty or oversized file raises ImportFailed."""
        path = Path(path)
        name = str(path)
        if path.is_dir():
            raise ImportFailed(name, "is a directory, not a file")
        if not path.exists():
            raise ImportFailed(name, "file not found")
        if not path.is_file():
            raise ImportFailed(name, "is not a regular file")
        size = path.stat().st_size
        if size > limit:
            raise ImportFailed(name, f"is {size / 1e6:,.0f} MB; the limit is {limit / 1e6:,.0f} MB")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ImportFailed(name, f"cannot be read ({exc.strerror or exc})") from exc
        return cls(name, data)


@dataclass(frozen=True)
class ImportOptions:
    """What the user says about a file (command-line flags or the Data page's form).

    ``mapping`` maps a target field (an ACLED column name, ``source_id``, or one of
    ``date_end``, ``fatalities_low``, ``fatalities_high``, ``source_url``) to a column
    of the file; ``constants`` gives a field's value for every row where the file has
    none (a mapped column's own values win). ``geocode`` names the column
    of place names used for rows without coordinates. ``dayfirst`` settles numeric
    dates such as 03/04/2020 (None: detect from the file, refuse if it cannot tell).
    """

    format: str | None = None
    dataset: str | None = None
    title: str | None = None
    source: str | None = None
    licence: str | None = None
    source_url: str | None = None
    mapping: Mapping[str, str] = field(default_factory=dict)
    constants: Mapping[str, str] = field(default_factory=dict)
    geocode: str | None = None
    dayfirst: bool | None = None
    encoding: str | None = None
    sheet: str | None = None

    def __hash__(self) -> int:  # usable as a cache key
        return hash((self.format, self.dataset, self.title, self.source, self.licence, self.source_url,
                     tuple(sorted(self.mapping.items())), tuple(sorted(self.constants.items())),
                     self.geocode, self.dayfirst, self.encoding, self.sheet))


@dataclass(frozen=True)
class DatasetInfo:
    """What a dataset says about itself: kept in the store's ``datasets`` table."""

    id: str
    title: str
    format: str
    source: str
    licence: str
    source_url: str = ""


def dataset_id_from(text: str) -> str:
    """A dataset id made from a file name or title: 'Airwars incidents.csv' -> 'airwars-incidents'."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", Path(str(text)).name)
    ascii_text = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii").lower()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:48].rstrip("-")
    return out or "dataset"


def check_dataset_id(value: str) -> str:
    """``value`` if it is a valid dataset id, else ValueError saying what one looks like."""
    if not DATASET_ID.match(value or ""):
        raise ValueError(f"dataset id {value!r} is not valid: use 1–48 lower-case letters, digits, '-' or '_', "
                         "starting with a letter or digit")
    return value


#: Columns of the rejects table (and of the rejects CSV).
REJECT_COLUMNS = ("line", "source_id", "reason")


@dataclass
class ImportBatch:
    """The outcome of reading one file: records to store, rejects, and what was noticed.

    ``events`` has :data:`loaders.events.RECORD_COLUMNS` but ``dataset`` and
    ``imported_at`` (the store sets them), plus ``row_hash`` (to tell an unchanged
    re-import from a revision) and ``line`` (where the row is in the file).
    ``overlays`` holds lines and polygons (``source_id``, ``name``, ``description``,
    ``valid_from``, ``valid_to``, ``source``, ``properties``, ``row_hash``, ``line``).
    """

    file: InputFile
    format: str
    dataset: DatasetInfo
    events: pd.DataFrame
    overlays: gpd.GeoDataFrame
    rejects: pd.DataFrame
    rows_in_file: int
    notes: list[str] = field(default_factory=list)
    columns: tuple[str, ...] = ()
    """The file's own columns (what a mapping can choose from)."""
    mapping: dict[str, str] = field(default_factory=dict)
    """The mapping used: given by the user or guessed from column names."""

    @property
    def accepted(self) -> int:
        return len(self.events) + len(self.overlays)

    def rejects_csv(self) -> bytes:
        return self.rejects.to_csv(index=False).encode("utf-8")


def rejects_frame(rows: list[tuple[int, str, str]]) -> pd.DataFrame:
    """A rejects table from (line, source_id, reason) tuples, sorted by line."""
    frame = pd.DataFrame(rows, columns=list(REJECT_COLUMNS))
    frame["line"] = frame["line"].astype("int64")
    return frame.sort_values("line", kind="stable").reset_index(drop=True)
