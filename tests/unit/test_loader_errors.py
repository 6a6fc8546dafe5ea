"""Broken layer files give clear errors naming the file and the feature; nothing is skipped."""

from __future__ import annotations

import json

import pytest

from loaders.errors import GeodataError
from loaders.geojson import read_layer


def _write(tmp_path, features, crs="urn:ogc:def:crs:OGC:1.3:CRS84", name="layer.geojson"):
    fc = {"type": "FeatureCollection", "features": features}
    if crs:
        fc["crs"] = {"type": "name", "properties": {"name": crs}}
    path = tmp_path / name
    path.write_text(json.dumps(fc), encoding="utf-8")
    return path


def _point(name="Somewhere", lon=36.3, lat=35.8, **props):
    base = {"name": name, "source": "test", "accuracy_m": 100}
    base.update(props)
    return {"type": "Feature", "properties": base, "geometry": {"type": "Point", "coordinates": [lon, lat]}}


def test_a_good_file_loads(tmp_path):
    gdf = read_layer(_write(tmp_path, [_point(valid_from="2020-01-01", valid_to="2020-10-19")]))
    assert len(gdf) == 1
    assert str(gdf["valid_to"].iloc[0]) == "2020-10-19"
    assert bool(gdf["placed"].iloc[0])


def test_missing_file_names_the_file(tmp_path):
    with pytest.raises(GeodataError, match=r"nope\.geojson: file not found"):
        read_layer(tmp_path / "nope.geojson")


def test_unreadable_json(tmp_path):
    path = tmp_path / "broken.geojson"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(GeodataError, match=r"broken\.geojson: cannot be read as GeoJSON"):
        read_layer(path)


def test_wrong_crs_is_rejected(tmp_path):
    path = _write(tmp_path, [_point(lon=4000000, lat=4200000)], crs="urn:ogc:def:crs:EPSG::3857")
    with pytest.raises(GeodataError, match=r"CRS must be EPSG:4326 .* found EPSG:3857"):
        read_layer(path)


def test_missing_property_names_the_feature(tmp_path):
    bad = _point(name="Morek")
    del bad["properties"]["source"]
    path = _write(tmp_path, [_point(), bad])
    with pytest.raises(GeodataError) as err:
        read_layer(path)
    assert "layer.geojson: feature 2 of 2 ('Morek'): property 'source' is missing or empty" in str(err.value)


def test_missing_accuracy_is_an_error_for_a_placed_feature(tmp_path):
    bad = _point(name="X")
    del bad["properties"]["accuracy_m"]
    with pytest.raises(GeodataError, match=r"feature 1 of 2 \('X'\): property 'accuracy_m' is missing"):
        read_layer(_write(tmp_path, [bad, _point()]))


def test_invalid_geometry_is_explained(tmp_path):
    bowtie = {
        "type": "Feature",
        "properties": {"name": "Bowtie", "source": "test", "accuracy_m": 10},
        "geometry": {"type": "Polygon", "coordinates": [[[36, 35], [36.2, 35.2], [36.2, 35], [36, 35.2], [36, 35]]]},
    }
    with pytest.raises(GeodataError, match=r"feature 1 of 1 \('Bowtie'\): invalid geometry \(Self-intersection"):
        read_layer(_write(tmp_path, [bowtie]))


def test_feature_outside_the_theatre(tmp_path):
    with pytest.raises(GeodataError, match=r"\('Paris'\): lies outside the theatre"):
        read_layer(_write(tmp_path, [_point(name="Paris", lon=2.35, lat=48.85)]))


def test_bad_date_and_reversed_dates(tmp_path):
    features = [
        _point(name="A", valid_to="2020-13-45"),
        _point(name="B", valid_from="2020-10-20", valid_to="2020-10-19"),
    ]
    path = _write(tmp_path, features)
    with pytest.raises(GeodataError) as err:
        read_layer(path)
    text = str(err.value)
    assert "('A'): valid_to '2020-13-45' is not an ISO date (YYYY-MM-DD)" in text
    assert "('B'): valid_from 2020-10-20 is after valid_to 2020-10-19" in text


def test_null_geometry_needs_placed_false(tmp_path):
    ghost = {"type": "Feature", "properties": {"name": "Ghost", "source": "t", "accuracy_m": None}, "geometry": None}
    with pytest.raises(GeodataError, match=r"\('Ghost'\): geometry is missing"):
        read_layer(_write(tmp_path, [ghost, _point()]))
    ghost["properties"]["placed"] = False
    gdf = read_layer(_write(tmp_path, [ghost, _point()], name="ok.geojson"))
    assert list(gdf["placed"]) == [False, True]


def test_every_problem_is_reported_not_just_the_first(tmp_path):
    features = [_point(name=f"P{i}", accuracy_m=-1) for i in range(3)]
    with pytest.raises(GeodataError) as err:
        read_layer(_write(tmp_path, features))
    assert len(err.value.problems) == 3
