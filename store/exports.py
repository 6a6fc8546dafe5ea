"""Records out of the store as files: CSV (ACLED columns first, re-importable), GeoJSON, GeoPackage."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import shapely.geometry

from loaders.events import RECORD_COLUMNS
from loaders.theatre import shape_properties

FORMATS = {"csv": ("CSV", "text/csv"), "geojson": ("GeoJSON", "application/geo+json"),
           "gpkg": ("GeoPackage", "application/geopackage+sqlite3")}
#: Everything a record holds, ACLED's columns first (so the file imports back as ACLED).
EXPORT_COLUMNS = RECORD_COLUMNS


def plain(value):
    """A cell as JSON: dates as ISO text, numpy scalars as numbers, missing as None."""
    if isinstance(value, (dt.date, pd.Timestamp)):
        return value.isoformat()[:10]
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return value


def _table(records: pd.DataFrame, columns) -> pd.DataFrame:
    out = records.loc[:, [c for c in columns if c in records.columns]].copy()
    for col in out.columns:
        if isinstance(out[col].dtype, pd.CategoricalDtype):
            out[col] = out[col].astype(str)
    return out


def records_csv(records: pd.DataFrame, columns=EXPORT_COLUMNS) -> bytes:
    """Records as UTF-8 CSV, in ``columns`` order (those the records have)."""
    return _table(records, columns).to_csv(index=False).encode("utf-8")


def records_geojson(records: pd.DataFrame, columns=EXPORT_COLUMNS) -> bytes:
    """Records as a GeoJSON FeatureCollection of points (EPSG:4326), every field a property."""
    features = []
    for rec in _table(records, columns).to_dict("records"):
        props = {k: plain(v) for k, v in rec.items()}
        features.append({"type": "Feature", "properties": props,
                         "geometry": {"type": "Point", "coordinates": [props["longitude"], props["latitude"]]}})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False).encode("utf-8")


def records_gpkg(records: pd.DataFrame, overlays: gpd.GeoDataFrame | None = None) -> bytes:
    """Records as a GeoPackage (``events`` point layer, and ``overlays`` when there are shapes)."""
    table = _table(records, EXPORT_COLUMNS)
    for c in table.columns:
        if isinstance(table[c].dtype, pd.Int64Dtype):
            table[c] = table[c].astype("float64")
    gdf = gpd.GeoDataFrame(table, geometry=gpd.points_from_xy(table["longitude"], table["latitude"]), crs=4326)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "export.gpkg"
        gdf.to_file(path, layer="events", driver="GPKG", engine="pyogrio")
        if overlays is not None and len(overlays):
            ov = overlays.reset_index(drop=True).drop(columns=["row_hash"], errors="ignore")
            ov.to_file(path, layer="overlays", driver="GPKG", engine="pyogrio")
        return path.read_bytes()


def export_dataset(store, dataset_id: str | None, fmt: str) -> bytes:
    """One dataset (or every event when ``dataset_id`` is None) as ``fmt`` bytes."""
    records = store.dataset_records(dataset_id)
    if fmt == "csv":
        return records_csv(records)
    if fmt == "geojson":
        return records_geojson(records)
    if fmt == "gpkg":
        return records_gpkg(records, store.overlays(dataset_id))
    raise ValueError(f"unknown export format {fmt!r} (formats: {', '.join(FORMATS)})")





#: Formats for a dataset's shapes (lines and polygons, e.g. analysts' drawings).
SHAPE_FORMATS = {"geojson": ("GeoJSON", "application/geo+json"), "kml": ("KML", "application/vnd.google-earth.kml+xml")}


def _shape_rows(overlays: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Shapes with their fields, and the properties JSON (kind, actor, accuracy…) as fields of their own,
    so an import of the file gives the same shapes back."""
    rows = []
    for rec in overlays.drop(columns="geometry").to_dict("records"):
        extra = shape_properties(rec)
        base = {"id": rec.get("source_id") or "", "name": rec.get("name") or "",
                "description": rec.get("description") or "", "valid_from": rec.get("valid_from") or "",
                "valid_to": rec.get("valid_to") or "", "source": rec.get("source") or "",
                "dataset": rec.get("dataset") or ""}
        rows.append({**{k: plain(v) for k, v in extra.items() if k not in base and isinstance(v, (str, int, float))},
                     **base})
    frame = pd.DataFrame(rows, columns=list(dict.fromkeys(k for r in rows for k in r))) if rows else \
        pd.DataFrame(columns=["id", "name", "description", "valid_from", "valid_to", "source", "dataset"])
    return gpd.GeoDataFrame(frame, geometry=list(overlays.geometry), crs=4326)


def shapes_geojson(overlays: gpd.GeoDataFrame) -> bytes:
    """Shapes as a GeoJSON FeatureCollection (EPSG:4326), every field a property."""
    gdf = _shape_rows(overlays)
    features = [{"type": "Feature", "properties": {k: plain(v) for k, v in rec.items() if k != "geometry"},
                 "geometry": shapely.geometry.mapping(geom)}
                for rec, geom in zip(gdf.drop(columns="geometry").to_dict("records"), gdf.geometry)]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False).encode("utf-8")


def shapes_kml(overlays: gpd.GeoDataFrame, title: str = "Shapes") -> bytes:
    """Shapes as KML (GDAL's LIBKML driver): name and description as KML's own, the time span as a
    TimeSpan (begin, end), every other field as ExtendedData."""
    gdf = _shape_rows(overlays).rename(columns={"valid_from": "begin", "valid_to": "end"})
    for c in ("begin", "end"):
        gdf[c] = gdf[c].replace("", None)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "shapes.kml"
        pyogrio.write_dataframe(gdf, path, driver="LIBKML", layer=title)
        return path.read_bytes()


def export_shapes(store, dataset_id: str | None, fmt: str) -> bytes:
    """One dataset's shapes (or all) as ``fmt`` bytes (:data:`SHAPE_FORMATS`)."""
    shapes = store.overlays(dataset_id)
    if fmt == "geojson":
        return shapes_geojson(shapes)
    if fmt == "kml":
        return shapes_kml(shapes, dataset_id or "shapes")
    raise ValueError(f"unknown shape format {fmt!r} (formats: {', '.join(SHAPE_FORMATS)})")


__all__ = ["EXPORT_COLUMNS", "FORMATS", "SHAPE_FORMATS", "export_dataset", "export_shapes", "plain",
           "records_csv", "records_geojson", "records_gpkg", "shapes_geojson", "shapes_kml"]
