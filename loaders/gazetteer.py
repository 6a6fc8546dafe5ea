"""Named places: those a briefing can refer to (theatre features and GeoNames towns), and the
GeoNames gazetteer the importers geocode place names with."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import geopandas as gpd
import pandas as pd

from loaders.errors import GeodataError
from loaders.paths import display_path
from loaders.theatre import BASEMAP_FILES, USER_PREFIX

LatLon = tuple[float, float]


def build_gazetteer(theatre: Mapping[str, gpd.GeoDataFrame]) -> dict[str, LatLon]:
    """Place name -> (lat, lon) for every placed point feature and every basemap town.

    Theatre features win over towns with the same name; polygons and lines are not
    places (use a point feature or a town).
    """
    places: dict[str, LatLon] = {}
    for name, geom in zip(theatre["towns"]["name"], theatre["towns"].geometry):
        places[str(name)] = (geom.y, geom.x)
    for key, gdf in theatre.items():
        if key in BASEMAP_FILES or key.startswith(USER_PREFIX):
            continue
        for name, geom, placed in zip(gdf["name"], gdf.geometry, gdf["placed"]):
            if placed and geom is not None and geom.geom_type == "Point":
                places[str(name)] = (geom.y, geom.x)
    return places


def feature_names(theatre: Mapping[str, gpd.GeoDataFrame]) -> set[str]:
    """Names of every placed theatre feature (what a scene may highlight)."""
    return {
        str(n)
        for key, gdf in theatre.items()
        if key not in BASEMAP_FILES and not key.startswith(USER_PREFIX)
        for n, placed in zip(gdf["name"], gdf["placed"])
        if placed
    }


#: GeoNames cities1000 rows for Syria (CC BY 4.0), the geocoder's gazetteer.
GEONAMES_CSV = Path(__file__).resolve().parents[1] / "geodata" / "reference" / "geonames_places_syria.csv"


def geonames_places(path: Path = GEONAMES_CSV) -> pd.DataFrame:
    """The bundled GeoNames places: ``name``, ``admin1``, ``admin2``, ``lat``, ``lon``.

    Raises
    ------
    loaders.errors.GeodataError
        If the file is missing or lacks those columns.
    """
    try:
        df = pd.read_csv(path, dtype={"name": str, "admin1": str, "admin2": str}, keep_default_na=False)
    except (OSError, pd.errors.ParserError) as exc:
        raise GeodataError(display_path(path), [f"cannot be read ({exc})"]) from exc
    missing = [c for c in ("name", "admin1", "lat", "lon") if c not in df.columns]
    if missing:
        raise GeodataError(display_path(path), [f"missing column(s): {', '.join(missing)}"])
    return df
