"""The committed geodata: valid, sourced, and placed where the references put things."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from shapely.geometry import Point, shape

from loaders.paths import GEODATA
from loaders.theatre import BASEMAP_FILES, THEATRE_FILES
from spatial.metric import distance_m, line_length_m, to_metric

REF = GEODATA / "reference"


def _geonames() -> dict[str, tuple[float, float]]:
    with open(REF / "geonames_places_syria.csv", encoding="utf-8") as fh:
        return {r["name"]: (float(r["lon"]), float(r["lat"])) for r in csv.DictReader(fh)}


def _wikipedia() -> dict[str, tuple[float, float]]:
    with open(REF / "reference_points.csv", encoding="utf-8") as fh:
        return {r["name"]: (float(r["lon"]), float(r["lat"])) for r in csv.DictReader(fh)}


GN = _geonames()
WP = _wikipedia()


def _feature(gdf, name):
    rows = gdf[gdf["name"] == name]
    assert len(rows) == 1, f"expected one feature named {name!r}, found {len(rows)}"
    return rows.iloc[0]


def _metres(a: Point, b: tuple[float, float]) -> float:
    return distance_m((a.x, a.y), b)


@pytest.mark.parametrize("name", [*THEATRE_FILES.values(), *(f"basemap/{f}" for f in BASEMAP_FILES.values())])
def test_files_are_rfc7946_feature_collections_in_wgs84(name):
    fc = json.loads((GEODATA / name).read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection"
    assert fc["crs"]["properties"]["name"] == "urn:ogc:def:crs:OGC:1.3:CRS84"
    for feat in fc["features"]:
        props = feat["properties"]
        assert props["name"] and props["source"], feat
        assert "accuracy_m" in props


def test_every_layer_loads_and_validates(theatre):
    for key in [*THEATRE_FILES, *BASEMAP_FILES, "m4_corridor"]:
        gdf = theatre[key]
        assert len(gdf) > 0
        assert gdf.crs.to_epsg() == 4326
        placed = gdf[gdf["placed"]]
        assert placed.geometry.is_valid.all()
        assert (placed["accuracy_m"] >= 0).all()


def test_hmeimim_is_at_the_wikipedia_point(theatre):
    base = _feature(theatre["hmeimim_air_base"], "Hmeimim (Khmeimim) Air Base")
    assert _metres(base.geometry, WP["Khmeimim (Hmeimim) Air Base"]) < 1.0
    perimeter = _feature(theatre["hmeimim_air_base"], "Hmeimim Air Base perimeter (approximate)")
    assert perimeter.geometry.contains(base.geometry)
    area_km2 = to_metric(perimeter.geometry).area / 1e6
    assert 3 < area_km2 < 8


def test_jisr_al_shughur_is_at_the_wikipedia_point(theatre):
    town = _feature(theatre["jisr_al_shughur"], "Jisr al-Shughur")
    assert _metres(town.geometry, WP["Jisr al-Shughur (town centre)"]) < 1.0
    # and agrees with GeoNames within the stated accuracy plus GeoNames' own
    assert _metres(town.geometry, GN["Jisr ash Shughur"]) < town.accuracy_m + 1000
    area = _feature(theatre["jisr_al_shughur"], "Jisr al-Shughur built-up area (approximate)")
    assert area.geometry.contains(town.geometry)


@pytest.mark.parametrize("town", ["Latakia", "Badama", "Muhambal", "Ariha", "Saraqib"])
def test_m4_passes_through_its_geonames_towns(theatre, town):
    lines = theatre["m4_highway"][theatre["m4_highway"]["kind"] == "highway"]
    nearest = min(to_metric(g).distance(to_metric(Point(GN[town]))) for g in lines.geometry)
    assert nearest < 5.0


def test_m4_ends_at_saraqib_not_aleppo(theatre):
    lines = theatre["m4_highway"][theatre["m4_highway"]["kind"] == "highway"]
    east = max(g.bounds[2] for g in lines.geometry)
    assert east == pytest.approx(GN["Saraqib"][0], abs=1e-5)


def test_tronba_is_two_km_west_of_saraqib(theatre):
    tronba = _feature(theatre["m4_highway"], "Tronba (east end of the security corridor)")
    assert 1800 < _metres(tronba.geometry, GN["Saraqib"]) < 2050
    assert tronba.geometry.x < GN["Saraqib"][0]


def test_ain_al_hawr_is_listed_but_not_placed(theatre):
    ain = _feature(theatre["m4_highway"], "Ain al-Hawr (protocol west end of the corridor)")
    assert not ain.placed and ain.geometry is None


def test_corridor_is_six_km_each_side_of_the_m4(theatre):
    from spatial.corridor import m4_centreline

    corridor = theatre["m4_corridor"].geometry.iloc[0]
    metric = to_metric(corridor)
    line = to_metric(m4_centreline(theatre["m4_highway"]))
    farthest = max(line.distance(Point(c)) for c in metric.exterior.coords)
    assert 5950 < farthest < 6050
    for town in ("Jisr ash Shughur", "Muhambal", "Ariha"):
        assert corridor.contains(Point(GN[town])), town
    # the east end is Tronba, 2 km short of Saraqib, so Saraqib itself lies outside
    assert not corridor.contains(Point(GN["Saraqib"]))
    # 12 km wide: area / length of road inside ≈ 12 km
    inside = line.intersection(metric).length
    assert metric.area / inside == pytest.approx(12000, rel=0.05)


def test_ghab_plain_matches_the_sourced_extent(theatre):
    plain = _feature(theatre["al_ghab_plain"], "al-Ghab Plain (valley floor, approximate)")
    metric = to_metric(plain.geometry)
    assert 400 < metric.area / 1e6 < 800  # Wikipedia 410 km² irrigated; other sources 550–600 km²
    (minx, miny, maxx, maxy) = plain.geometry.bounds
    length_km = distance_m((minx, miny), (minx, maxy)) / 1000
    assert 55 < length_km < 70  # Wikipedia: 63 km
    assert plain.geometry.contains(Point(36.319, 35.545))  # Wikipedia centre point
    assert plain.geometry.contains(Point(GN["Az Ziyarah"]))
    # towns on the plain's edges lie within the stated accuracy of its outline
    for town in ("Shathah", "Qal`at al Madiq", "As Suqaylibiyah"):
        gap = metric.exterior.distance(to_metric(Point(GN[town])))
        assert gap < plain.accuracy_m, (town, gap)


def test_orontes_flows_past_jisr_al_shughur(theatre):
    river = _feature(theatre["al_ghab_plain"], "Orontes (Asi) river")
    gap = to_metric(river.geometry).distance(to_metric(Point(WP["Jisr al-Shughur (town centre)"])))
    assert gap < 1500
    assert line_length_m(river.geometry) > 250_000


#: Posts placed from a description (a village or town point plus the described offset, or a
#: published coordinate) rather than at the point of the place they are named after, with the
#: least accuracy_m each may honestly claim.
DESCRIBED_POSTS = {
    "Salwa": 2000,
    "Sheikh Aqil": 2000,
    "Surman": 2000,
    "al-Zaytuna (Zaytuneh)": 2000,
    "al-Rashidin": 2000,
    "Sher Mughar (Shir al-Mughar)": 1000,  # coordinates read from satellite images, to 0.01° of latitude
    "Bsanqul (military point)": 2000,
    "Nahlaya (military point)": 2000,
    "Qmenas (military point)": 2000,
}


def test_every_post_is_placed_with_an_accuracy_and_a_source(theatre):
    posts = theatre["turkish_posts"]
    observation = posts[posts["kind"] == "observation_post"]
    assert len(observation) == 12
    assert sorted(observation["post_number_sohr"].astype(int)) == list(range(1, 13))
    assert posts["placed"].all()
    for _, post in posts.iterrows():
        assert post.geometry is not None and post.geometry.geom_type == "Point", post["name"]
        assert post.accuracy_m > 0, post["name"]
        assert isinstance(post.source, str) and post.source.strip(), post["name"]
        assert post.location_note and "Not placed" not in post.location_note, post["name"]
    fc = json.loads((GEODATA / "turkish_posts.geojson").read_text(encoding="utf-8"))
    assert not [f for f in fc["features"] if "placed" in f["properties"]]  # like the other placed features


def test_posts_placed_from_a_description_say_so_and_claim_no_false_precision(theatre):
    posts = theatre["turkish_posts"]
    assert set(DESCRIBED_POSTS) <= set(posts["name"])
    for name, least in DESCRIBED_POSTS.items():
        post = _feature(posts, name)
        assert post.accuracy_m >= least, name
        assert "'" in post.source, name  # the description is quoted
        note = post.location_note
        assert note.startswith(("Derived", "Placed at")), name
        assert f"{int(post.accuracy_m) // 1000} km" in note, name  # the note explains the accuracy
    at_named_place = {"Morek", "Anadan", "Ishtabraq", "Tall Tuqan", "al-Eis (Tal al-Eis)"}
    assert all(_feature(posts, n).accuracy_m <= 3000 for n in at_named_place)


def test_posts_sit_where_the_descriptions_put_them(theatre):
    posts = theatre["turkish_posts"]

    def at(name):
        return _feature(posts, name).geometry

    # Syrian War Daily: "35.49 36.394", 8 km north of Qalaat al-Madiq
    sher = at("Sher Mughar (Shir al-Mughar)")
    assert (sher.x, sher.y) == (36.394, 35.49)
    assert 7500 < _metres(sher, GN["Qal`at al Madiq"]) < 9000 and sher.y > GN["Qal`at al Madiq"][1]
    # eIdleb: Sarman 15 km east of Maarrat al-Numan, midway on the road to Sinjar
    surman = at("Surman")
    assert 14_000 < _metres(surman, GN["Ma`arrat an Nu`man"]) < 16_000
    assert abs(_metres(surman, GN["Ma`arrat an Nu`man"]) - _metres(surman, GN["Sinjar"])) < 1
    # eIdleb: Nahlaya 3 km north of Ariha; eSyria: Qmenas 5 km south-east of Idlib
    nahlaya = at("Nahlaya (military point)")
    assert abs(_metres(nahlaya, GN["Ariha"]) - 3000) < 1 and nahlaya.y > GN["Ariha"][1]
    qmenas = at("Qmenas (military point)")
    assert abs(_metres(qmenas, GN["Idlib"]) - 5000) < 1
    assert qmenas.x > GN["Idlib"][0] and qmenas.y < GN["Idlib"][1]
    # Bsanqul: west of Ariha, north of the M4 (Ariha–Muhambal)
    bsanqul = at("Bsanqul (military point)")
    assert GN["Muhambal"][0] < bsanqul.x < GN["Ariha"][0]
    # al-Rashidin: west of Aleppo; Sheikh Aqil: 17 km from Aleppo, west-north-west
    rashidin, aqil = at("al-Rashidin"), at("Sheikh Aqil")
    assert rashidin.x < GN["Aleppo"][0] and 8000 < _metres(rashidin, GN["Aleppo"]) < 10_000
    assert abs(_metres(aqil, GN["Aleppo"]) - 17_000) < 1 and aqil.x < GN["Aleppo"][0] and aqil.y > GN["Aleppo"][1]
    # Salwa at Atmeh (Wikipedia); al-Zaytuna on the Syria-Turkey border (Natural Earth)
    assert _metres(at("Salwa"), (36.68639, 36.31111)) < 1
    border = json.loads((GEODATA / "basemap" / "border.geojson").read_text(encoding="utf-8"))
    line = to_metric(shape(border["features"][0]["geometry"]))
    assert line.distance(to_metric(at("al-Zaytuna (Zaytuneh)"))) < 10


def test_morek_post_is_one_km_east_of_the_town_and_evacuated_in_october(theatre):
    post = _feature(theatre["turkish_posts"], "Morek")
    town = (36.68722, 35.37528)  # Wikipedia 'Morek'
    assert 980 < _metres(post.geometry, town) < 1020
    assert post.geometry.x > town[0]
    assert _metres(post.geometry, GN["Murak"]) < post.accuracy_m + 1000
    assert post.valid_to == dt.date(2020, 10, 19)


@pytest.mark.parametrize("town", ["Muhambal", "Ariha"])
def test_military_points_sit_on_their_geonames_towns(theatre, town):
    point = _feature(theatre["turkish_posts"], f"{town} (military point)")
    assert _metres(point.geometry, GN[town]) < 1.0


def test_basemap_towns_are_the_geonames_rows(theatre):
    towns = theatre["towns"]
    for name, geom in zip(towns["name"], towns.geometry):
        assert _metres(geom, GN[name]) < 1.0
    assert {"Idlib", "Jisr ash Shughur", "Latakia", "Aleppo"} <= set(towns["name"])


def test_sea_polygon_is_west_of_the_coast(theatre):
    sea = theatre["sea"].geometry.iloc[0]
    assert sea.contains(Point(35.5, 35.5))  # off Latakia
    assert not sea.contains(Point(GN["Latakia"]))
    assert not sea.contains(Point(GN["Idlib"]))


def test_geodata_readme_lists_every_source_and_licence():
    readme = (GEODATA / "README.md").read_text(encoding="utf-8")
    for needle in ("GeoNames", "CC BY 4.0", "Natural Earth", "World DataBank II", "Wikipedia",
                   "000_8eb99e2c7a72c085.txt", "accuracy_m", "valid_to"):
        assert needle in readme, needle
