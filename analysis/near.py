"""The "Near" filter: events within a distance of a theatre feature, a place or a point.

A Near is written ``TARGET:KM`` in links and briefing files (``near=m4_highway:6``):

- ``LAYER_ID`` or ``LAYER_ID:FEATURE NAME``: a theatre layer, or one named feature of it
  (``turkish_posts:Morek:5``); distance to the M4 is distance to its highway line;
- ``place:NAME``: a place of the gazetteer (a placed point feature or a GeoNames town);
- ``@LAT,LON``: a point, e.g. one clicked on the map (``@35.8213,36.6301:10``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely
from shapely.geometry import Point, mapping

from analysis.proximity import Target, TargetError, resolve_target, within_mask
from spatial.metric import to_geographic, to_metric

#: Theatre layers a Near can measure from, in the order the sidebar lists them.
NEAR_LAYERS = ("m4_highway", "m4_corridor", "turkish_posts", "hmeimim_air_base", "jisr_al_shughur", "al_ghab_plain")
#: The largest distance a Near may ask for (km): the theatre is about 150 km across.
MAX_KM = 200.0
PLACE_PREFIX = "place:"
_POINT = re.compile(r"^@\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)$")


#: The smallest distance a Near may ask for (km): 100 m, finer than any event's position.
MIN_KM = 0.1


class NearError(ValueError):
    """A Near that cannot be read or resolved.

    The message names what and why (for the command line and logs); ``reason`` says why without
    repeating the input, for a page, where the input (a link, a file) is untrusted text.
    """

    def __init__(self, message: str, reason: str | None = None):
        super().__init__(message)
        self.reason = reason or message


@dataclass(frozen=True)
class Near:
    """Events within ``km`` of ``target`` (see the module's docstring for the target forms)."""

    target: str
    km: float

    def __post_init__(self):
        if not self.target.strip():
            raise NearError("a Near needs a target: a layer id, 'place:NAME' or '@LAT,LON'")
        if not (isinstance(self.km, (int, float)) and math.isfinite(self.km) and MIN_KM <= self.km <= MAX_KM):
            reason = f"the distance must be from {MIN_KM:g} to {MAX_KM:g} km"
            raise NearError(f"{reason}, not {self.km!r}", reason)

    @classmethod
    def parse(cls, text: str) -> "Near":
        """``'m4_highway:6'`` -> Near('m4_highway', 6.0): the distance is after the last colon."""
        target, sep, km = str(text).strip().rpartition(":")
        if not sep or not target.strip():
            raise NearError(f"{text!r} is not TARGET:KM (for example m4_highway:6)",
                            "it is not TARGET:KM (for example m4_highway:6)")
        try:
            value = float(km)
        except ValueError:
            raise NearError(f"{km!r} in {text!r} is not a distance in km",
                            "its distance is not a number of km") from None
        return cls(target.strip(), value)

    def __str__(self) -> str:
        return f"{self.target}:{self.km:g}"

    @property
    def point(self) -> tuple[float, float] | None:
        """(lat, lon) of a point target, else None."""
        m = _POINT.match(self.target)
        return (float(m.group(1)), float(m.group(2))) if m else None


def point_target(lat: float, lon: float) -> str:
    """The target text of a point (5 decimals, about a metre)."""
    return f"@{lat:.5f},{lon:.5f}"


def resolve(near: Near, theatre: Mapping, places: Mapping[str, tuple[float, float]] | None = None) -> Target:
    """The features ``near`` measures from.

    Parameters
    ----------
    theatre : mapping
        Layer id -> GeoDataFrame (:func:`loaders.theatre.load_theatre`).
    places : mapping, optional
        Place name -> (lat, lon) (:func:`loaders.gazetteer.build_gazetteer`), for ``place:`` targets.

    Raises
    ------
    NearError
        When the layer, feature or place does not exist, or the point is not a position.
    """
    point = near.point
    if point is not None:
        lat, lon = point
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise NearError(f"{near.target!r} is not a position (latitude, longitude in degrees)",
                            "its point is not a position (latitude, longitude in degrees)")
        return Target(layer="point", names=(f"{lat:.4f}, {lon:.4f}",), geometries=(Point(lon, lat),))
    if near.target.startswith(PLACE_PREFIX):
        name = near.target[len(PLACE_PREFIX):].strip()
        found = {k.casefold(): (k, v) for k, v in (places or {}).items()}.get(name.casefold())
        if found is None:
            raise NearError(f"no place named {name!r} in the gazetteer", "no place of that name is in the gazetteer")
        label, (lat, lon) = found
        return Target(layer="place", names=(label,), geometries=(Point(lon, lat),))
    try:
        return resolve_target(dict(theatre), near.target)
    except TargetError as err:
        raise NearError(str(err), "it names no layer or placed feature the map has") from None


def mask(events: pd.DataFrame, target: Target, km: float) -> np.ndarray:
    """Rows of ``events`` within ``km`` of ``target`` (inclusive)."""
    return within_mask(events, target, km)


def buffer_geojson(target: Target, km: float, *, tolerance_m: float = 60.0) -> dict:
    """The area within ``km`` of the target as a GeoJSON geometry (lon/lat, 5 decimals),
    simplified by ``tolerance_m``: what the map draws round a Near."""
    area = shapely.union_all([to_metric(g).buffer(km * 1000.0, quad_segs=16) for g in target.geometries])
    area = to_geographic(area.simplify(tolerance_m, preserve_topology=True))
    return mapping(shapely.set_precision(area, 1e-5))


def describe(near: Near, target: Target | None = None, titles: Mapping[str, str] | None = None) -> str:
    """'Within 6 km of M4 highway (position ±6 km at worst)', 'Within 5 km of Turkish posts: Morek
    (position ±1 km at worst)', '… of 35.8213, 36.6301': an estimated position says so, as the
    distance is measured from it."""
    what = near.target
    if target is not None:
        if target.layer in ("point", "place"):
            what = target.names[0]
        else:
            title = (titles or {}).get(target.layer, target.layer)
            _, _, feature = near.target.partition(":")
            what = f"{title}: {target.names[0]}" if feature.strip() and len(target.names) == 1 else title
    text = f"Within {near.km:g} km of {what}"
    worst = target.worst_accuracy_m if target is not None else None
    if worst is not None and worst >= 1000:
        text += f" (position ±{worst / 1000:g} km at worst)"
    return text
