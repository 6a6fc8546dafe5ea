"""GeoPackage geometry blobs ("GP" header + WKB), written and read without GDAL.

The store writes through Python's own SQLite, so it encodes geometries itself
(GeoPackage 1.4, clause 2.1.3) and gives SQLite the functions the spatial-index
triggers call (``ST_IsEmpty``, ``ST_MinX`` …), as the GeoPackage rtree extension requires.
"""

from __future__ import annotations

import struct

import numpy as np
import shapely

SRS_ID = 4326
_FLAGS_POINT = 0b0000_0001  # little-endian, no envelope (points need none)
_FLAGS_ENVELOPE = 0b0000_0011  # little-endian, envelope [minx, maxx, miny, maxy]
_FLAG_EMPTY = 0b0001_0000

_POINT = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4"),
                   ("order", "u1"), ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])


def point_blobs(lon: np.ndarray, lat: np.ndarray) -> list[bytes]:
    """GeoPackage point blobs for arrays of coordinates (29 bytes each)."""
    n = len(lon)
    arr = np.zeros(n, dtype=_POINT)
    arr["magic"] = b"GP"
    arr["flags"] = _FLAGS_POINT
    arr["srs"] = SRS_ID
    arr["order"] = 1
    arr["type"] = 1
    arr["x"] = lon
    arr["y"] = lat
    raw = arr.tobytes()
    size = _POINT.itemsize
    return [raw[i:i + size] for i in range(0, n * size, size)]


def geometry_blob(geom) -> bytes:
    """A GeoPackage blob for any 2-D shapely geometry, with its envelope."""
    if geom is None or geom.is_empty:
        header = struct.pack("<2sBBi", b"GP", 0, _FLAGS_POINT | _FLAG_EMPTY, SRS_ID)
        return header + shapely.to_wkb(shapely.Point(), byte_order=1)
    minx, miny, maxx, maxy = geom.bounds
    header = struct.pack("<2sBBi4d", b"GP", 0, _FLAGS_ENVELOPE, SRS_ID, minx, maxx, miny, maxy)
    return header + shapely.to_wkb(geom, byte_order=1, output_dimension=2)


_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def _split(blob: bytes) -> tuple[int, int, bytes | None]:
    """(flags, header length, envelope bytes or None)."""
    if not blob or len(blob) < 8 or blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry")
    flags = blob[3]
    env = _ENVELOPE_BYTES.get((flags >> 1) & 0b111)
    if env is None:
        raise ValueError("bad GeoPackage envelope flag")
    return flags, 8 + env, blob[8:8 + env] if env else None


def from_blob(blob: bytes):
    """The shapely geometry in a GeoPackage blob (None for NULL)."""
    if blob is None:
        return None
    _flags, start, _env = _split(blob)
    return shapely.from_wkb(blob[start:])


_LE_POINT = struct.Struct("<BI2d")


def bounds(blob: bytes) -> tuple[float, float, float, float] | None:
    """(minx, maxx, miny, maxy) from the envelope, or from the geometry when there is none."""
    if len(blob) == 29 and blob[3] == _FLAGS_POINT and blob[:2] == b"GP":  # our own points: the fast path
        order, kind, x, y = _LE_POINT.unpack_from(blob, 8)
        if order == 1 and kind == 1 and x == x:
            return x, x, y, y
    flags, start, env = _split(blob)
    if flags & _FLAG_EMPTY:
        return None
    order = "<" if flags & 1 else ">"
    if env:
        return struct.unpack(order + "4d", env[:32])
    geom = shapely.from_wkb(blob[start:])
    if geom.is_empty:
        return None
    minx, miny, maxx, maxy = geom.bounds
    return minx, maxx, miny, maxy


def _is_empty(blob):
    if blob is None:
        return None
    return 1 if bounds(blob) is None else 0


def _bound(i):
    def f(blob):
        if blob is None:
            return None
        b = bounds(blob)
        return None if b is None else b[i]
    return f


def register_functions(con) -> None:
    """Give a sqlite3 connection the SQL functions GeoPackage's spatial-index triggers call."""
    con.create_function("ST_IsEmpty", 1, _is_empty, deterministic=True)
    for i, name in enumerate(("ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY")):
        con.create_function(name, 1, _bound(i), deterministic=True)
