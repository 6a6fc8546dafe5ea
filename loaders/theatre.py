"""Load the theatre and basemap layers from ``geodata/``, validated, plus derived layers."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd

from loaders.geojson import read_layer
from loaders.paths import GEODATA
from spatial.corridor import security_corridor

#: Theatre layer id -> file in geodata/.
THEATRE_FILES = {
    "m4_highway": "m4_highway.geojson",
    "jisr_al_shughur": "jisr_al_shughur.geojson",
    "al_ghab_plain": "al_ghab_plain.geojson",
    "hmeimim_air_base": "hmeimim_air_base.geojson",
    "turkish_posts": "turkish_posts.geojson",
}
#: Keys of a user's overlay layers in the layer data (``user:<dataset>``); not theatre features.
USER_PREFIX = "user:"


def shape_properties(row) -> dict:
    """A user shape's ``properties`` JSON (the file's other fields; a drawing's kind, actor and
    accuracy) as a dict: {} when absent or unreadable."""
    try:
        out = json.loads(row.get("properties") or "{}")
    except (TypeError, ValueError):
        return {}
    return out if isinstance(out, dict) else {}
#: Offline basemap layer id -> file in geodata/basemap/.
BASEMAP_FILES = {
    "sea": "sea.geojson",
    "coastline": "coastline.geojson",
    "border": "border.geojson",
    "rivers": "rivers.geojson",
    "towns": "towns.geojson",
}


def load_theatre(geodata_dir: Path = GEODATA) -> dict[str, gpd.GeoDataFrame]:
    """Every theatre and basemap layer, keyed by layer id.

    Adds ``m4_corridor``, computed from the M4 layer (see :mod:`spatial.corridor`).

    Raises
    ------
    loaders.errors.GeodataError
        If any file is missing or invalid; the message names the file and feature.
    """
    layers = {key: read_layer(geodata_dir / name) for key, name in THEATRE_FILES.items()}
    layers["m4_corridor"] = security_corridor(layers["m4_highway"])
    for key, name in BASEMAP_FILES.items():
        layers[key] = read_layer(geodata_dir / "basemap" / name)
    return layers
