"""Data exports: filtered events as ACLED CSV (re-importable) and GeoJSON; theatre layers as GeoJSON."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Mapping

import geopandas as gpd
from shapely.geometry import mapping

from filters.events import as_selection
from loaders.events import ACLED_COLUMNS
from loaders.theatre import THEATRE_FILES
from store.exports import plain, records_csv, records_geojson


def events_csv(events) -> bytes:
    """The events (a selection or a DataFrame) in ACLED's 31 columns and order, so the
    file loads back unchanged."""
    return records_csv(as_selection(events).frame, ACLED_COLUMNS)


def events_geojson(events) -> bytes:
    """The events (a selection or a DataFrame) as GeoJSON points (EPSG:4326) with every ACLED field."""
    return records_geojson(as_selection(events).frame, ACLED_COLUMNS)


def layer_geojson(gdf: gpd.GeoDataFrame) -> bytes:
    """One theatre layer as GeoJSON, features not placed kept with a null geometry."""
    features = []
    props_cols = [c for c in gdf.columns if c != "geometry"]
    for props, geom in zip(gdf[props_cols].to_dict("records"), gdf.geometry):
        features.append(
            {
                "type": "Feature",
                "properties": {k: plain(v) for k, v in props.items()},
                "geometry": None if geom is None else mapping(geom),
            }
        )
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False).encode("utf-8")


#: The layers offered for download: the theatre files plus the computed corridor.
EXPORTED_LAYERS = (*THEATRE_FILES, "m4_corridor")


def layers_zip(theatre: Mapping[str, gpd.GeoDataFrame]) -> bytes:
    """Every theatre layer as ``<id>.geojson`` in one zip."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for key in EXPORTED_LAYERS:
            zf.writestr(f"{key}.geojson", layer_geojson(theatre[key]))
    return buf.getvalue()
