"""Read one GeoJSON layer file and validate it before anything draws it.

Rules every feature must meet (geodata/README.md explains them):

- the file is GeoJSON in EPSG:4326 (WGS84 longitude/latitude);
- ``name`` and ``source`` are non-empty text;
- ``accuracy_m`` is a number of metres ≥ 0;
- the geometry is present, valid and inside the theatre, unless the feature
  has ``placed: false`` (a place we know of but no source locates), in which
  case the geometry is null and ``accuracy_m`` may be null;
- ``valid_from`` / ``valid_to``, when present, are ISO dates (YYYY-MM-DD) and
  ``valid_from`` ≤ ``valid_to``.

A broken file raises :class:`~loaders.errors.GeodataError` listing every
problem with the feature's number and name; nothing is silently skipped.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import geopandas as gpd
import pyogrio
import shapely
from pyogrio.errors import CRSError, DataLayerError, DataSourceError, FeatureError, FieldError, GeometryError

from loaders.errors import GeodataError
from loaders.paths import display_path

#: lon/lat box a feature must fall in: north-west Syria with its neighbours.
THEATRE_EXTENT = (34.5, 34.0, 38.5, 37.5)
REQUIRED_PROPERTIES = ("name", "source", "accuracy_m")
DATE_PROPERTIES = ("valid_from", "valid_to")


def parse_iso_date(value) -> dt.date:
    """Parse ``YYYY-MM-DD`` strictly; raise ValueError otherwise."""
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip())


def _is_missing(value) -> bool:
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _label(index: int, total: int, name) -> str:
    shown = "" if _is_missing(name) else f" ({str(name)!r})"
    return f"feature {index + 1} of {total}{shown}"


def _not_placed(row) -> bool:
    value = row.get("placed")
    return not _is_missing(value) and not bool(value)


def read_layer(path: str | Path) -> gpd.GeoDataFrame:
    """Read and validate a GeoJSON layer.

    Parameters
    ----------
    path : str or Path
        The GeoJSON file.

    Returns
    -------
    geopandas.GeoDataFrame
        In EPSG:4326, with ``valid_from`` / ``valid_to`` as ``datetime.date``
        (or None) and a boolean ``placed`` column.

    Raises
    ------
    GeodataError
        If the file is missing, unreadable, in another CRS or has invalid features.
    """
    path = Path(path)
    shown = display_path(path)
    if not path.exists():
        raise GeodataError(shown, ["file not found"])
    try:
        gdf = pyogrio.read_dataframe(path, DATE_AS_STRING="YES")
    except (DataSourceError, DataLayerError, CRSError, FeatureError, FieldError, GeometryError) as exc:
        raise GeodataError(shown, [f"cannot be read as GeoJSON ({exc})"]) from exc

    problems: list[str] = []
    if gdf.crs is None or gdf.crs.to_epsg() != 4326:
        found = "none" if gdf.crs is None else gdf.crs.to_string()
        raise GeodataError(shown, [f"CRS must be EPSG:4326 (WGS84 lon/lat), found {found}"])

    for prop in REQUIRED_PROPERTIES:
        if prop not in gdf.columns:
            problems.append(f"no feature has the required property {prop!r}")
    if problems:
        raise GeodataError(shown, problems)

    total = len(gdf)
    lon0, lat0, lon1, lat1 = THEATRE_EXTENT
    placed = []
    for i, row in enumerate(gdf.to_dict("records")):
        label = _label(i, total, row.get("name"))
        unplaced = _not_placed(row)
        placed.append(not unplaced)
        for prop in ("name", "source"):
            if _is_missing(row.get(prop)):
                problems.append(f"{label}: property {prop!r} is missing or empty")
        acc = row.get("accuracy_m")
        if _is_missing(acc):
            if not unplaced:
                problems.append(f"{label}: property 'accuracy_m' is missing")
        elif not isinstance(acc, (int, float)) or acc < 0:
            problems.append(f"{label}: accuracy_m must be a number of metres >= 0, got {acc!r}")
        geom = row["geometry"]
        if geom is None or geom.is_empty:
            if not unplaced:
                problems.append(f"{label}: geometry is missing (set placed: false for a place no source locates)")
        else:
            if unplaced:
                problems.append(f"{label}: has placed: false but also a geometry")
            if not geom.is_valid:
                problems.append(f"{label}: invalid geometry ({shapely.is_valid_reason(geom)})")
            minx, miny, maxx, maxy = geom.bounds
            if minx < lon0 or maxx > lon1 or miny < lat0 or maxy > lat1:
                problems.append(
                    f"{label}: lies outside the theatre (lon {lon0}–{lon1}, lat {lat0}–{lat1}); "
                    f"bounds {tuple(round(b, 4) for b in geom.bounds)} — swapped lat/lon?"
                )
        dates = {}
        for prop in DATE_PROPERTIES:
            value = row.get(prop)
            if _is_missing(value):
                dates[prop] = None
                continue
            try:
                dates[prop] = parse_iso_date(value)
            except ValueError:
                problems.append(f"{label}: {prop} {value!r} is not an ISO date (YYYY-MM-DD)")
                dates[prop] = None
        if dates["valid_from"] and dates["valid_to"] and dates["valid_from"] > dates["valid_to"]:
            problems.append(f"{label}: valid_from {dates['valid_from']} is after valid_to {dates['valid_to']}")
    if problems:
        raise GeodataError(shown, problems)

    gdf["placed"] = placed
    for prop in DATE_PROPERTIES:
        if prop in gdf.columns:
            gdf[prop] = [None if _is_missing(v) else parse_iso_date(v) for v in gdf[prop]]
        else:
            gdf[prop] = None
    gdf.attrs["path"] = shown
    return gdf


def unplaced_names(gdf: gpd.GeoDataFrame) -> list[str]:
    """Names of the features no source locates (``placed: false``), in file order."""
    return [str(n) for n, placed in zip(gdf["name"], gdf["placed"]) if not placed]
