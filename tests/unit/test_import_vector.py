"""Map files: points become events, lines and polygons an overlay layer with their time span."""

from __future__ import annotations

import json

import geopandas as gpd
import pandas as pd
import pytest
import shapely

from importers.base import ImportFailed, ImportOptions, InputFile
from importers.registry import run_import
from tests.unit.import_helpers import (
    ARIHA,
    HARIM,
    IDLIB,
    SARAQIB,
    TEST_NOTE,
    assert_every_row_accounted_for,
    fixture,
    reasons,
    run,
    zip_bytes,
)

KML_OPTIONS = dict(mapping={"source_id": "event_id", "geo_precision": "precision"}, constants={"time_precision": "1"})
POINT_OPTIONS = dict(constants={"time_precision": "1", "geo_precision": "1"})


def _point(place, **props):
    name, lat, lon = place
    return {"type": "Feature", "properties": {"place": name, **props},
            "geometry": {"type": "Point", "coordinates": [lon, lat]}}


def _feature(geometry, **props):
    return {"type": "Feature", "properties": props, "geometry": geometry}


def _geojson(features, name="points.geojson") -> InputFile:
    return InputFile(name, json.dumps({"type": "FeatureCollection", "features": features}).encode())


def _event(i, date="2020-09-20", **extra):
    return {"code": f"TEST-GJ-{i}", "date": date, "type": "Battles", "source": "Test fixture", "notes": TEST_NOTE,
            **extra}


LINE = {"type": "LineString", "coordinates": [[HARIM[2], HARIM[1]], [ARIHA[2], ARIHA[1]]]}
SQUARE = {"type": "Polygon", "coordinates": [[[36.6, 35.9], [36.7, 35.9], [36.7, 36.0], [36.6, 36.0], [36.6, 35.9]]]}


# --------------------------------------------------------------------------- KML and KMZ


def test_kml_placemarks_become_events_with_their_dates():
    batch = run(fixture("test_placemarks.kml"), **KML_OPTIONS)
    assert batch.format == "vector" and batch.dataset.id == "test-placemarks"
    assert batch.rejects.empty
    ev = batch.events
    assert ev["source_id"].tolist() == ["TEST-KML-001", "TEST-KML-002", "TEST-KML-003"]
    assert ev["event_date"].tolist() == ["2020-09-20", "2020-09-21", "2020-09-28"]  # TimeStamp, TimeSpan begin
    assert ev["date_end"].tolist() == ["", "2020-09-23", ""]  # TimeSpan end
    assert ev["location"].tolist() == ["Saraqib", "Ariha", "Idlib"]  # <name>
    assert ev["notes"].iloc[0] == f"{TEST_NOTE} (TimeStamp, date only)."  # <description>
    for (name, lat, lon), (_, row) in zip((SARAQIB, ARIHA, IDLIB), ev.iterrows()):
        assert (row["latitude"], row["longitude"]) == (lat, lon)
    # ExtendedData: mapped by the user (event_id, precision) and by name (category, killed, reported_by)
    assert ev["event_type"].tolist() == ["Explosions/Remote violence", "Battles", "Protests"]
    assert ev["fatalities"].tolist() == [2, 0, 0]
    assert ev["source"].eq("Test fixture").all()
    assert ev["geo_precision"].tolist() == [1, 2, 1]
    assert ev["time_precision"].eq(1).all()
    # the placemark id is kept; GDAL's styling fields are not data
    extra = json.loads(ev["extra"].iloc[0])
    assert extra["id"] == "pm1"
    assert not {"altitudeMode", "tessellate", "extrude", "visibility", "drawOrder", "icon"} & set(extra)
    assert batch.mapping["fatalities"] == "killed" and batch.mapping["event_type"] == "category"
    assert_every_row_accounted_for(batch, 5)


def test_kml_lines_and_polygons_become_overlays_with_their_time_span():
    batch = run(fixture("test_placemarks.kml"), **KML_OPTIONS)
    ov = batch.overlays
    assert ov.crs.to_epsg() == 4326
    assert ov.geometry.geom_type.tolist() == ["LineString", "Polygon"]
    assert ov["name"].tolist() == ["TEST FIXTURE line", "TEST FIXTURE area"]
    assert ov["valid_from"].tolist() == ["2020-09-01", "2020-10-01"]
    assert ov["valid_to"].tolist() == ["2020-10-31", ""]
    assert ov["source_id"].tolist() == ["line1", "area1"]
    assert ov["line"].tolist() == [4, 5]
    assert ov["description"].iloc[0] == "TEST FIXTURE – not a real front line."
    assert json.loads(ov["properties"].iloc[0])["event_id"] == "TEST-KML-LINE-1"
    assert ov.geometry.iloc[0].coords[0] == (HARIM[2], HARIM[1])  # 2D, lon/lat
    assert ov["row_hash"].str.fullmatch(r"[0-9a-f]{16}").all()
    assert any("2 line(s) or polygon(s)" in n for n in batch.notes)


def test_kmz_reads_like_its_kml():
    kml = run(fixture("test_placemarks.kml"), **KML_OPTIONS)
    data = (fixture("test_placemarks.kml")).data
    kmz = run(InputFile("test_placemarks.kmz", zip_bytes({"doc.kml": data, "files/icon.png": b"TEST"})),
              **KML_OPTIONS)
    assert any("KMZ file" in n for n in kmz.notes)
    pd.testing.assert_frame_equal(kmz.events, kml.events)
    assert kmz.overlays.drop(columns="geometry").equals(kml.overlays.drop(columns="geometry"))
    assert kmz.overlays.geometry.geom_equals(kml.overlays.geometry).all()


def test_kml_in_utf16_is_read():
    text = fixture("test_placemarks.kml").data.decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    batch = run(InputFile("placemarks.kml", text.encode("utf-16")), **KML_OPTIONS)
    assert batch.events["source_id"].tolist() == ["TEST-KML-001", "TEST-KML-002", "TEST-KML-003"]


# --------------------------------------------------------------------------- GeoJSON


def test_geojson_points_lines_and_what_is_refused():
    features = [
        _point(SARAQIB, **_event(1)),
        _point(ARIHA, **_event(2, date="21 September 2020")),
        _feature(LINE, name="TEST FIXTURE line", valid_from="2020-09-01", valid_to="2020-10-31", code="TEST-L1"),
        _feature({"type": "MultiPoint", "coordinates": [[36.6, 35.9], [36.7, 35.9]]}, **_event(3)),
        _feature(None, **_event(4)),
        _point(("Null Island", 0.0, 0.0), **_event(5)),
    ]
    batch = run(_geojson(features), **POINT_OPTIONS)
    assert batch.events["source_id"].tolist() == ["TEST-GJ-1", "TEST-GJ-2"]
    assert batch.events["event_date"].tolist() == ["2020-09-20", "2020-09-21"]
    assert batch.events["location"].tolist() == ["Saraqib", "Ariha"]
    assert batch.overlays["source_id"].tolist() == ["TEST-L1"]
    assert batch.overlays[["valid_from", "valid_to"]].iloc[0].tolist() == ["2020-09-01", "2020-10-31"]
    assert batch.rejects.to_dict("records") == [
        {"line": 4, "source_id": "", "reason": "MultiPoint geometry is not imported (use points, lines or polygons)"},
        {"line": 5, "source_id": "", "reason": "no geometry (use points, lines or polygons)"},
        {"line": 6, "source_id": "TEST-GJ-5", "reason": "coordinates are 0, 0 (a missing position written as zero)"},
    ]
    assert_every_row_accounted_for(batch, 6)


def test_geojson_without_a_date_column_takes_a_constant_date():
    features = [_point(SARAQIB, code="TEST-GJ-1", type="Battles", notes=TEST_NOTE)]
    batch = run(_geojson(features), constants={"event_date": "2020-09-20", **POINT_OPTIONS["constants"]},
                source="Test fixture")
    assert batch.events["event_date"].tolist() == ["2020-09-20"]
    with pytest.raises(ImportFailed, match=r"no value for event_date: choose a column"):
        run(_geojson(features), source="Test fixture", **POINT_OPTIONS)


def test_geojson_shapes_only_gives_overlays_and_no_events():
    features = [_feature(LINE, name="TEST FIXTURE line", code="TEST-L1"),
                _feature(SQUARE, name="TEST FIXTURE area", code="TEST-A1", start="2020-09-01")]
    batch = run(_geojson(features))
    assert batch.events.empty
    assert batch.overlays["source_id"].tolist() == ["TEST-L1", "TEST-A1"]
    assert batch.overlays["valid_from"].tolist() == ["", "2020-09-01"]
    assert_every_row_accounted_for(batch, 2)


def test_bad_shapes_are_rejected_with_the_reason():
    bowtie = {"type": "Polygon", "coordinates": [[[36.6, 35.9], [36.7, 36.0], [36.7, 35.9], [36.6, 36.0],
                                                  [36.6, 35.9]]]}
    features = [
        _feature(SQUARE, code="TEST-A1", valid_from="2020-09-01"),
        _feature(bowtie, code="TEST-A2"),
        _feature(SQUARE, code="TEST-A3", valid_from="2999-01-01"),
        _feature(LINE, code="TEST-A4", valid_to="2020-02-30"),
        _feature(LINE, code="TEST-A1"),
    ]
    batch = run(_geojson(features))
    assert batch.overlays["source_id"].tolist() == ["TEST-A1"]
    why = reasons(batch)
    assert why["TEST-A2"].startswith("invalid geometry (Self-intersection")
    assert why["TEST-A3"].startswith("start date: date is after today")
    assert why["TEST-A4"] == "end date: impossible date"
    assert why["TEST-A1"] == "id 'TEST-A1' is used by an earlier shape"
    assert_every_row_accounted_for(batch, 5)


# --------------------------------------------------------------------------- Shapefile and GeoPackage


def _points_frame() -> gpd.GeoDataFrame:
    places = (SARAQIB, ARIHA, IDLIB)
    return gpd.GeoDataFrame(
        {"code": [f"TEST-SHP-{i}" for i in range(1, 4)], "date": ["2020-09-20", "2020-09-21", "2020-09-22"],
         "type": ["Battles", "Protests", "Battles"], "place": [p[0] for p in places],
         "source": ["Test fixture"] * 3, "notes": [TEST_NOTE] * 3},
        geometry=[shapely.Point(lon, lat) for _, lat, lon in places], crs=4326)


def _shapefile_members(tmp_path, gdf, stem="points") -> dict[str, bytes]:
    gdf.to_file(tmp_path / f"{stem}.shp")
    return {p.name: p.read_bytes() for p in sorted(tmp_path.iterdir()) if p.stem == stem}


def test_zipped_shapefile_in_a_projected_crs_is_reprojected(tmp_path):
    members = _shapefile_members(tmp_path, _points_frame().to_crs(32637))  # UTM zone 37N
    assert {".shp", ".shx", ".dbf", ".prj"} <= {name[-4:] for name in members}
    batch = run(InputFile("points.zip", zip_bytes({f"data/{k}": v for k, v in members.items()})), **POINT_OPTIONS)
    assert any("Shapefile" in n for n in batch.notes)
    ev = batch.events
    assert ev["source_id"].tolist() == ["TEST-SHP-1", "TEST-SHP-2", "TEST-SHP-3"]
    assert ev["latitude"].tolist() == pytest.approx([SARAQIB[1], ARIHA[1], IDLIB[1]], abs=1e-6)
    assert ev["longitude"].tolist() == pytest.approx([SARAQIB[2], ARIHA[2], IDLIB[2]], abs=1e-6)
    assert ev["location"].tolist() == ["Saraqib", "Ariha", "Idlib"]


def test_zipped_shapefile_without_prj_is_refused(tmp_path):
    members = _shapefile_members(tmp_path, _points_frame())
    no_prj = {k: v for k, v in members.items() if not k.endswith(".prj")}
    with pytest.raises(ImportFailed, match=r"points\.zip: the Shapefile points\.shp has no \.prj file: its "
                                           r"coordinate system is unknown"):
        run(InputFile("points.zip", zip_bytes(no_prj)), **POINT_OPTIONS)
    no_dbf = {k: v for k, v in members.items() if not k.endswith(".dbf")}
    with pytest.raises(ImportFailed, match=r"the Shapefile points\.shp lacks its \.dbf file"):
        run(InputFile("points.zip", zip_bytes(no_dbf)), **POINT_OPTIONS)


def test_geopackage_with_a_point_and_a_polygon_layer(tmp_path):
    path = tmp_path / "test.gpkg"
    _points_frame().to_file(path, layer="incidents", driver="GPKG")
    areas = gpd.GeoDataFrame({"code": ["TEST-AREA-1", "TEST-AREA-2"], "name": ["TEST FIXTURE area", "empty"],
                              "valid_from": ["2020-09-01", "2020-09-01"]},
                             geometry=[shapely.geometry.shape(SQUARE), None], crs=4326)
    areas.to_file(path, layer="areas", driver="GPKG")
    batch = run(InputFile("test.gpkg", path.read_bytes()), **POINT_OPTIONS)
    assert any("Read 2 layer(s) of a GeoPackage file" in n for n in batch.notes)
    assert batch.events["source_id"].tolist() == ["TEST-SHP-1", "TEST-SHP-2", "TEST-SHP-3"]
    assert batch.overlays["source_id"].tolist() == ["TEST-AREA-1"]
    assert batch.overlays["valid_from"].tolist() == ["2020-09-01"]
    assert len(batch.rejects) == 1
    assert batch.rejects["reason"].iloc[0] == "layer 'areas': no geometry (use points, lines or polygons)"
    assert_every_row_accounted_for(batch, 5)


def test_a_kml_timestamp_with_an_offset_keeps_its_local_date():
    kml = ('<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>'
           '<Placemark id="TEST-TZ-1"><name>Ariha</name><TimeStamp><when>2020-09-28T01:30:00+03:00</when>'
           '</TimeStamp><Point><coordinates>36.60964,35.81374</coordinates></Point></Placemark>'
           '<Placemark id="TEST-TZ-2"><name>Ariha</name><TimeStamp><when>2020-09-28T23:30:00-05:00</when>'
           '</TimeStamp><Point><coordinates>36.60964,35.81374</coordinates></Point></Placemark>'
           '</Document></kml>').encode("utf-8")
    batch = run_import(InputFile("offsets.kml", kml), ImportOptions(
        constants={"event_type": "Battles", "geo_precision": "1", "time_precision": "1"}, source="Test fixture"))
    assert batch.events["event_date"].tolist() == ["2020-09-28", "2020-09-28"]  # as written, not shifted to UTC
