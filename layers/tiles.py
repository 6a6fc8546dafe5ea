"""Optional tile basemaps (they need a network); "none" is the offline default."""

from __future__ import annotations

from dataclasses import dataclass

import xyzservices.providers as xyz
from xyzservices import TileProvider


@dataclass(frozen=True)
class TileChoice:
    id: str
    title: str
    provider: TileProvider | None
    dark: bool = False


TILES: tuple[TileChoice, ...] = (
    TileChoice("none", "No tiles (offline vector basemap)", None),
    TileChoice("osm", "OpenStreetMap", xyz.OpenStreetMap.Mapnik),
    TileChoice("satellite", "Satellite imagery (Esri)", xyz.Esri.WorldImagery, dark=True),
    TileChoice("light", "Light (CARTO Positron)", xyz.CartoDB.Positron),
    TileChoice("dark", "Dark (CARTO Dark Matter)", xyz.CartoDB.DarkMatter, dark=True),
)
TILE_IDS = tuple(t.id for t in TILES)
BY_ID = {t.id: t for t in TILES}


def get(tile_id: str) -> TileChoice:
    try:
        return BY_ID[tile_id]
    except KeyError:
        raise KeyError(f"unknown basemap {tile_id!r}; known basemaps: {', '.join(TILE_IDS)}") from None
