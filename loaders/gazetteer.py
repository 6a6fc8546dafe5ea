"""Named places a briefing can refer to: theatre features and GeoNames towns."""

from __future__ import annotations

from collections.abc import Mapping

import geopandas as gpd

from loaders.theatre import BASEMAP_FILES

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
        if key in BASEMAP_FILES:
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
        if key not in BASEMAP_FILES
        for n, placed in zip(gdf["name"], gdf["placed"])
        if placed
    }
