"""The M4 security corridor of the Moscow Additional Protocol (5 March 2020)."""

from __future__ import annotations

import geopandas as gpd
from shapely.geometry import LineString
from shapely.ops import linemerge, unary_union

from spatial.metric import buffer_m, round_coords, section_between

#: The protocol's corridor: 6 km north and 6 km south of the M4.
CORRIDOR_HALF_WIDTH_M = 6000.0

PROTOCOL_SOURCE = (
    "Moscow Additional Protocol, 5 March 2020 (6 km either side of the M4, Tronba to Ain al-Hawr; "
    "../shared/README.md public record); computed from this project's M4 line"
)


def m4_centreline(m4: gpd.GeoDataFrame) -> LineString:
    """The M4 highway features merged into one line, west to east."""
    lines = m4[m4["kind"] == "highway"].geometry
    merged = linemerge(unary_union(list(lines)))
    if merged.geom_type != "LineString":
        raise ValueError("the M4 highway features do not join into one line")
    return merged


def security_corridor(m4: gpd.GeoDataFrame, half_width_m: float = CORRIDOR_HALF_WIDTH_M) -> gpd.GeoDataFrame:
    """Buffer the M4 between its two placed ``corridor_end`` points, in metres.

    Parameters
    ----------
    m4 : GeoDataFrame
        The validated ``m4_highway`` layer: ``highway`` lines and ``corridor_end`` points.
    half_width_m : float
        Distance each side of the road.

    Returns
    -------
    GeoDataFrame
        One polygon feature with the usual ``name`` / ``source`` / ``accuracy_m`` properties.
    """
    ends = m4[(m4["kind"] == "corridor_end") & m4["placed"]]
    if len(ends) != 2:
        raise ValueError(f"the M4 layer needs exactly two placed corridor_end points, found {len(ends)}")
    line = m4_centreline(m4)
    a, b = ends.geometry.iloc[0], ends.geometry.iloc[1]
    section = section_between(line, a, b)
    polygon = round_coords(buffer_m(section, half_width_m, cap_style="flat"))
    covered = m4[(m4["kind"] == "highway") & m4.geometry.intersects(polygon)]
    accuracy = float(max([*covered["accuracy_m"], *ends["accuracy_m"]]))
    names = " – ".join(n.split(" (")[0] for n in ends["name"])
    return gpd.GeoDataFrame(
        [
            {
                "name": f"M4 security corridor (6 km each side), {names}",
                "kind": "corridor",
                "source": PROTOCOL_SOURCE,
                "accuracy_m": accuracy,
                "geometry_note": (
                    f"Computed: the M4 line between the corridor ends, buffered {half_width_m / 1000:g} km "
                    "each side in UTM 37N with flat ends. Inherits the line's error; the protocol's west "
                    "end (Ain al-Hawr) is not placed, see the M4 layer."
                ),
                "valid_from": None,
                "valid_to": None,
                "placed": True,
                "geometry": polygon,
            }
        ],
        crs="EPSG:4326",
    )
