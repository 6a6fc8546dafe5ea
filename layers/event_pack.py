"""The event pack: every event's map columns in one compact binary file for the browser.

The map filters and draws events in the browser (``static/js/event-layer.js``), so
it needs, per event, what it draws and what the sidebar filters on: position,
day, event type, sub-event type, the two actors, dataset, location precision,
location name and the event's id. A pack holds exactly those, as typed columns
(4-byte float positions, 1/2/4-byte integer codes into dictionaries), gzip-compressed.

The Streamlit app publishes a pack as a file named by its content hash
(:func:`publish`), served by Streamlit's static file serving: the browser
fetches it once per dataset version and keeps it in its cache; a filter change
then sends only the filter state (:func:`filter_state`). Exports embed a pack
inline instead.

Layout, before compression (all little-endian)::

    b"BMEV" | uint32 header length H | H bytes of UTF-8 JSON header | padding to 8 bytes | columns

The header gives ``n``, ``day0`` (the first day, days since 1970-01-01), the
dictionaries (``types``, ``subtypes``, ``actors``, ``datasets``, ``locs``), the columns (``lat``, ``lon``,
``day``, ``type``, ``sub``, ``actor1``, ``actor2``, ``dataset``, ``prec``, ``loc``, ``rid``, ``fat``) and
each column's ``dtype``, byte ``offset`` (from the start of the columns) and
``missing`` code (the largest value of its dtype: no actor 2, say).
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import hashlib
import json
import os
import struct
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from filters.events import EventFilter, as_selection, to_day
from layers import style

MAGIC = b"BMEV"
VERSION = 1
#: Prefix of published pack files (``events-<sha256 prefix>.bin``).
FILE_PREFIX = "events-"


def type_order(present) -> list[str]:
    """ACLED's event types first, in ACLED order, then any others alphabetically."""
    present = set(present)
    known = [t for t in style.EVENT_TYPES if t in present]
    return known + sorted(present - set(known))


@dataclass(frozen=True)
class EventPack:
    """One encoded pack.

    Attributes
    ----------
    data : bytes
        The pack, gzip-compressed (what the browser fetches or a standalone page embeds) unless
        ``compressed`` is False (a still image reads it at once).
    n : int
        Number of events.
    sha256 : str
        Hex digest of ``data``: the pack's name, so a new dataset version is a new file.
    types : tuple of str
        Event types in legend order (the in-map legend lists them).
    precisions : frozenset of int
        Location precision codes that occur (the legend explains the rings).
    """

    data: bytes
    n: int
    sha256: str
    types: tuple[str, ...] = ()
    precisions: frozenset[int] = frozenset()
    compressed: bool = True

    @property
    def file_name(self) -> str:
        return f"{FILE_PREFIX}{self.sha256[:32]}.bin"

    def b64(self) -> str:
        """The pack as base64, for embedding in a self-contained page."""
        return base64.b64encode(self.data).decode("ascii")


def _codes(values: pd.Series) -> tuple[np.ndarray, list[str]]:
    """Integer codes (-1 for missing) and the dictionary of the values that occur."""
    cat = values if isinstance(values.dtype, pd.CategoricalDtype) else values.astype("category")
    codes = cat.cat.codes.to_numpy().astype(np.int64)
    cats = cat.cat.categories
    used = np.flatnonzero(np.bincount(codes[codes >= 0], minlength=len(cats))) if len(codes) else np.array([], int)
    remap = np.full(len(cats) + 1, -1, dtype=np.int64)
    remap[used] = np.arange(len(used))
    return np.where(codes >= 0, remap[codes], -1), [str(cats[i]) for i in used]


def _narrow(codes: np.ndarray, size: int) -> np.ndarray:
    """The smallest unsigned dtype that holds codes 0..size-1 plus a missing code (its maximum)."""
    for dtype in (np.uint8, np.uint16, np.uint32):
        top = np.iinfo(dtype).max
        if size < top:
            return np.where(codes >= 0, codes, top).astype(dtype)
    raise ValueError(f"too many distinct values for an event pack column ({size})")


_DTYPE_NAMES = {np.dtype("<f4"): "f4", np.dtype(np.uint8): "u1", np.dtype("<u2"): "u2", np.dtype("<u4"): "u4"}


def encode_pack(events, *, level: int = 1, compress: bool = True) -> EventPack:
    """Encode events (a DataFrame of map columns or an EventSelection) as a pack.

    Parameters
    ----------
    events : EventSelection or DataFrame
        Validated events with the map columns (``loaders.events.MAP_COLUMNS``) and ``day``;
        the index holds event ids.
    level : int
        gzip compression level: 1 is three times faster than 6 on a million events and the
        pack only 1 % larger (about 13 bytes an event with reported fatalities).
    compress : bool
        False: leave the pack uncompressed (still images, drawn before the page says it is ready).
    """
    sel = as_selection(events)
    n = len(sel)
    days = sel.column("day").astype(np.int64) if n else np.zeros(0, np.int64)
    day0 = int(days.min()) if n else 0
    offsets = days - day0
    if n and offsets.max() > 65534:
        raise ValueError("the events span more than 179 years: they cannot share one pack")

    frame = sel.table.iloc[sel.rows] if n else sel.table.iloc[:0]
    type_codes, type_names = _codes(frame["event_type"])
    order = type_order(type_names)
    lut = np.array([order.index(t) for t in type_names] + [255], dtype=np.int64)
    type_col = lut[type_codes].astype(np.uint8) if n else np.zeros(0, np.uint8)
    sub_codes, subtypes = _codes(frame["sub_event_type"])
    # one dictionary for both actor columns, so one list of chosen actors tests both
    actors_cat = pd.concat([frame["actor1"].astype(object), frame["actor2"].astype(object)], ignore_index=True)
    actor_codes, actors = _codes(actors_cat.replace("", None))
    ds_codes, datasets = _codes(frame["dataset"]) if "dataset" in frame.columns else (np.full(n, -1), [])
    loc_codes, locs = _codes(frame["location"].astype(object).fillna(""))
    precisions = frame["geo_precision"].to_numpy().astype(np.int64) if n else np.zeros(0, np.int64)

    columns = [
        ("lat", frame["latitude"].to_numpy().astype("<f4")),
        ("lon", frame["longitude"].to_numpy().astype("<f4")),
        ("day", offsets.astype("<u2")),
        ("type", type_col),
        ("sub", _narrow(sub_codes, len(subtypes))),
        ("actor1", _narrow(actor_codes[:n], len(actors))),
        ("actor2", _narrow(actor_codes[n:], len(actors))),
        ("dataset", _narrow(ds_codes, len(datasets))),
        ("prec", np.clip(precisions, 0, 255).astype(np.uint8)),
        ("loc", _narrow(loc_codes, len(locs))),
        ("rid", sel.ids().astype("<u4") if n else np.zeros(0, "<u4")),
        # reported fatalities, for the density hexagons (65534 and more are stored as 65534)
        ("fat", np.clip(frame["fatalities"].to_numpy().astype(np.int64), 0, 65534).astype("<u2")
         if n and "fatalities" in frame.columns else np.zeros(n, "<u2")),
    ]
    header_cols, blobs, offset = [], [], 0
    for name, array in columns:
        array = np.ascontiguousarray(array.astype(array.dtype.newbyteorder("<")))
        dtype = _DTYPE_NAMES[array.dtype]
        pad = (-offset) % 8
        blobs.append(b"\0" * pad)
        offset += pad
        header_cols.append({"name": name, "dtype": dtype, "offset": offset,
                            "missing": int(np.iinfo(array.dtype).max) if dtype != "f4" else None})
        raw = array.tobytes()
        blobs.append(raw)
        offset += len(raw)
    header = {
        "version": VERSION,
        "n": n,
        "day0": day0,
        "types": [{"label": t, "color": style.event_style(t).color, "shape": style.event_style(t).shape}
                  for t in order],
        "subtypes": subtypes,
        "actors": actors,
        "datasets": datasets,
        "locs": locs,
        "ring_m": {str(k): v for k, v in style.GEO_PRECISION_RING_M.items()},
        "columns": header_cols,
    }
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    head += b" " * ((-(8 + len(head))) % 8)
    raw = MAGIC + struct.pack("<I", len(head)) + head + b"".join(blobs)
    data = gzip.compress(raw, compresslevel=level, mtime=0) if compress else raw
    return EventPack(data=data, n=n, sha256=hashlib.sha256(data).hexdigest(), types=tuple(order), compressed=compress,
                     precisions=frozenset(int(p) for p in np.unique(precisions)))


def decode_pack(data: bytes) -> tuple[dict, dict[str, np.ndarray]]:
    """(header, columns) of a pack: the reader the browser implements, for tests and tools."""
    raw = gzip.decompress(data)
    if raw[:4] != MAGIC:
        raise ValueError("not an event pack (bad magic bytes)")
    (size,) = struct.unpack("<I", raw[4:8])
    header = json.loads(raw[8:8 + size].decode("utf-8"))
    base = 8 + size
    n = header["n"]
    out = {}
    for col in header["columns"]:
        dtype = np.dtype("<" + col["dtype"]) if col["dtype"] != "u1" else np.dtype(np.uint8)
        start = base + col["offset"]
        out[col["name"]] = np.frombuffer(raw, dtype=dtype, count=n, offset=start)
    return header, out


def filter_state(flt: EventFilter, *, as_of: dt.date | None = None) -> dict:
    """The filter as the browser's event layer applies it: days since 1970-01-01 and value lists
    (``None``: no restriction, ``[]``: nothing). This is all a filter change sends to the map."""
    return {
        "start": to_day(flt.start) if flt.start is not None else None,
        "end": to_day(flt.end) if flt.end is not None else None,
        "types": list(flt.event_types) if flt.event_types is not None else None,
        "subtypes": list(flt.sub_event_types) if flt.sub_event_types is not None else None,
        "actors": list(flt.actors) if flt.actors is not None else None,
        "datasets": list(flt.datasets) if flt.datasets is not None else None,
        "asOf": to_day(as_of) if as_of is not None else None,
    }


#: Prefix of published event masks (``near-<sha256 prefix>.bin``).
MASK_PREFIX = "near-"


@dataclass(frozen=True)
class EventMask:
    """Which events of a pack are selected, one bit each (in the pack's order), gzip-compressed:
    what the Near filter sends the browser (``static/js/event-layer.js`` setNear)."""

    data: bytes
    n: int

    @property
    def file_name(self) -> str:
        return f"{MASK_PREFIX}{hashlib.sha256(self.data).hexdigest()[:32]}.bin"

    def b64(self) -> str:
        return base64.b64encode(self.data).decode("ascii")


def encode_mask(mask: np.ndarray) -> EventMask:
    """A boolean array (one per event of the pack, in its order) as an :class:`EventMask`:
    bit ``i % 8`` of byte ``i // 8`` is event ``i``."""
    bits = np.packbits(np.asarray(mask, dtype=bool), bitorder="little").tobytes()
    return EventMask(data=gzip.compress(bits, compresslevel=6, mtime=0), n=len(mask))


def decode_mask(data: bytes, n: int) -> np.ndarray:
    """The inverse of :func:`encode_mask`."""
    return np.unpackbits(np.frombuffer(gzip.decompress(data), dtype=np.uint8), bitorder="little", count=n).astype(bool)


def publish(pack: EventPack | EventMask, directory: Path, *, keep_s: float = 24 * 3600) -> str:
    """Write ``pack`` (or a mask) into ``directory`` under its content-hash name (once) and return
    the name.

    Other files of the same kind (packs, or masks) not used for ``keep_s`` seconds are deleted
    (an open page still using an older version has fetched it long before). The write is atomic, so two processes
    publishing the same pack at once cannot leave half a file.
    """
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / pack.file_name
    if not target.exists():
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".tmp-", suffix=".bin")
        with os.fdopen(fd, "wb") as fh:
            fh.write(pack.data)
        os.replace(tmp, target)
    now = time.time()
    os.utime(target, (now, now))
    prefix = target.name.split("-", 1)[0] + "-"
    for old in directory.glob(f"{prefix}*.bin"):
        try:
            stale = old != target and now - old.stat().st_mtime > keep_s
        except FileNotFoundError:  # another process pruned it first
            continue
        if stale:
            old.unlink(missing_ok=True)
    return target.name
