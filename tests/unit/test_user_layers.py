"""A user's overlays (lines and polygons imported with a dataset) as map layers: listed, drawn by date,
legended, and carried by links and briefing scenes."""

from __future__ import annotations

import datetime as dt

import folium
import geopandas as gpd
import pandas as pd
from shapely.geometry import LineString, Polygon

from briefings.load import parse_scene
from filters.events import filter_options
from layers import registry
from layers.base import LayerContext
from links import params as link_params
from loaders.gazetteer import build_gazetteer, feature_names
from mapview.compose import build_map, legend_sections
from mapview.spec import MapSpec


def overlay(title="Front lines (test)") -> gpd.GeoDataFrame:
    gdf = gpd.GeoDataFrame(
        pd.DataFrame({
            "dataset": ["fronts", "fronts"], "source_id": ["a", "b"], "name": ["Line <b>A</b>", "Area B"],
            "description": ["", ""], "valid_from": ["2020-09-01", "2020-10-01"], "valid_to": ["2020-09-30", ""],
            "source": ["Test fixture", "Test fixture"], "properties": ["{}", "{}"],
        }),
        geometry=[LineString([(36.1, 35.5), (36.5, 35.7)]),
                  Polygon([(36.1, 35.5), (36.3, 35.6), (36.5, 35.5), (36.1, 35.5)])],
        crs=4326,
    )
    gdf.attrs.update(title=title, source="Test fixture")
    return gdf


def _geojson(elements):
    return [e for e in elements if isinstance(e, folium.GeoJson)]


def _user(data):
    return next(s for s in registry.layers_for(data) if s.id == "user:fronts")


def test_overlays_join_the_layer_list_under_the_events(theatre):
    data = dict(theatre, **{"user:fronts": overlay()})
    ids = registry.layer_ids(data)
    # under the event layers (the hexagons and the events themselves)
    assert ids[-4:] == ("user:fronts", "density", "change", "events")
    assert ids[:-4] == registry.LAYER_IDS[:-3]
    spec = _user(data)
    assert spec.title == "Front lines (test) (your data)" and spec.group == "Your data"
    assert registry.layer_ids(theatre) == registry.LAYER_IDS  # no overlays: the registry as it is


def test_shapes_are_drawn_by_their_time_span():
    data = {"user:fronts": overlay()}
    spec = _user(data)
    september = _geojson(spec.build(data, LayerContext(as_of=dt.date(2020, 9, 15))))
    october = _geojson(spec.build(data, LayerContext(as_of=dt.date(2020, 10, 15))))
    august = _geojson(spec.build(data, LayerContext(as_of=dt.date(2020, 8, 15))))
    assert len(august) == 0  # nothing had started
    assert len(september) == 1  # the line; the area starts in October
    assert len(october) == 2
    ended = october[0].style_function({})
    assert ended["dashArray"] == "6 5" and ended["color"] != september[0].style_function({})["color"]


def test_overlay_names_are_escaped_in_tooltips():
    data = {"user:fronts": overlay()}
    spec = _user(data)
    (line,) = _geojson(spec.build(data, LayerContext(as_of=dt.date(2020, 9, 15))))
    tips = [c.text for c in line._children.values() if isinstance(c, folium.Tooltip)]
    assert tips and "<b>A</b>" not in tips[0] and "&lt;b&gt;A&lt;/b&gt;" in tips[0]


def test_the_legend_and_the_map_carry_the_overlay(theatre, events):
    data = dict(theatre, **{"user:fronts": overlay()})
    spec = MapSpec(layers=frozenset(registry.DEFAULT_LAYERS | {"user:fronts"}))
    sections = legend_sections(spec, data, events, LayerContext(as_of=dt.date(2020, 10, 15)))
    (section,) = [s for s in sections if s[0] == "user:fronts"]
    labels = [i.label for i in section[2]]
    assert labels == ["Front lines (test): lines", "Front lines (test): areas"]
    assert section[2][0].note == "from 01 Sep 2020"
    html = build_map(spec, data, events, data_last_day=dt.date(2020, 10, 26)).get_root().render()
    assert "Front lines (test) (your data)" in html


def test_links_and_scenes_can_name_an_overlay(theatre, events):
    data = dict(theatre, **{"user:fronts": overlay()})
    ids = registry.layer_ids(data)
    req = link_params.parse({"layers": "m4_highway,user:fronts,user:gone"}, briefings={},
                            options=filter_options(events), layer_ids=ids)
    assert req.layers == ("m4_highway", "user:fronts")
    assert any("user:gone" in n for n in req.notices)
    out = link_params.encode(briefing=None, scene=None, modified=False, view=None, start=None, end=None,
                             layers={"user:fronts", "events"}, types=None, subtypes=None, actors=None,
                             datasets=("fronts",), basemap="none", presenter=False, options=filter_options(events),
                             layer_ids=ids)
    assert out["layers"] == "user:fronts,events" and out["datasets"] == "fronts"
    raw = {"title": "T", "narrative": "N", "view": {"center": [35.8, 36.3], "zoom": 9},
           "layers": ["m4_highway", "user:fronts"], "filters": {"datasets": ["fronts"]}}
    scene, problems = parse_scene(raw, 0, build_gazetteer(theatre), feature_names(theatre))
    assert problems == [] and scene.layers == {"m4_highway", "user:fronts"} and scene.datasets == ("fronts",)
    bad, problems = parse_scene(dict(raw, layers=["user:Not An Id"]), 0, build_gazetteer(theatre),
                                feature_names(theatre))
    assert bad is None and "unknown layer 'user:Not An Id'" in problems[0]


def test_overlays_are_not_places_for_briefings(theatre):
    data = dict(theatre, **{"user:fronts": overlay()})
    assert build_gazetteer(data) == build_gazetteer(theatre)
    assert feature_names(data) == feature_names(theatre)


def drawings() -> gpd.GeoDataFrame:
    """Shapes as analysts draw them: a kind, an actor and an accuracy in their properties (hostile text too)."""
    import json

    props = [{"kind": "front_line", "actor": "Syrian government forces", "accuracy_m": 2000},
             {"kind": "control", "actor": "HTS <img src=x onerror=alert(1)>", "accuracy_m": 5000},
             {"kind": "axis", "actor": "Turkish Armed Forces (TSK)", "accuracy_m": 1000}]
    gdf = gpd.GeoDataFrame(
        pd.DataFrame({
            "dataset": ["drawings"] * 3, "source_id": ["d1", "d2", "d3"],
            "name": ["Line <script>alert(1)</script>", "Pocket", "Axis"], "description": ["", "", ""],
            "valid_from": ["2020-09-01", "2020-09-01", "2020-10-01"], "valid_to": ["", "", ""],
            "source": ["TEST", "TEST", "TEST"], "properties": [json.dumps(p) for p in props],
        }),
        geometry=[LineString([(36.1, 35.5), (36.5, 35.7)]),
                  Polygon([(36.1, 35.5), (36.3, 35.6), (36.5, 35.5), (36.1, 35.5)]),
                  LineString([(36.6, 35.6), (36.4, 35.7)])],
        crs=4326,
    )
    gdf.attrs.update(title="Analysts' drawings", source="TEST")
    return gdf


def test_drawings_are_drawn_by_kind_in_their_actors_colour_and_escaped():
    data = {"user:drawings": drawings()}
    spec = next(s for s in registry.layers_for(data) if s.id == "user:drawings")
    shapes = _geojson(spec.build(data, LayerContext(as_of=dt.date(2020, 10, 15))))
    styles = [s.style_function(None) for s in shapes]
    assert [(st["color"], st["weight"], st["dashArray"]) for st in styles] == [
        ("#c62828", 4.0, None), ("#2e7d32", 1.5, None), ("#1565c0", 3.5, "10 6")]
    assert styles[1]["fillOpacity"] == 0.22
    html = folium.Map().add_child(shapes[0]).get_root().render() + folium.Map().add_child(shapes[1]).get_root().render()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert "<img src=x" not in html
    assert "± 2 km" in html and "Front line: Syrian government forces" in html
    # before the axis's valid_from it is not drawn
    assert len(_geojson(spec.build(data, LayerContext(as_of=dt.date(2020, 9, 15))))) == 2


def test_the_legend_names_each_kind_and_actor_with_the_worst_accuracy(theatre, events):
    data = dict(theatre, **{"user:drawings": drawings()})
    spec = MapSpec(layers=frozenset({"user:drawings"}))
    (section,) = legend_sections(spec, data, events, LayerContext(as_of=dt.date(2020, 10, 15)))
    rows = [(i.label, i.symbol, i.color, i.note) for i in section[2]]
    assert rows == [
        ("Front line: Syrian government forces", "line", "#c62828", "drawn position ± 2 km at worst"),
        ("Area of control: HTS <img src=x onerror=alert(1)>", "fill", "#2e7d32", "drawn position ± 5 km at worst"),
        ("Axis of advance: Turkish Armed Forces (TSK)", "dashed-line", "#1565c0", "drawn position ± 1 km at worst"),
    ]
    from ui.legend_panel import legend_html

    html = legend_html([section])
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_an_axis_ends_in_an_arrowhead_turned_along_its_last_segment():
    data = {"user:drawings": drawings()}
    spec = next(s for s in registry.layers_for(data) if s.id == "user:drawings")
    built = spec.build(data, LayerContext(as_of=dt.date(2020, 10, 15)))
    (head,) = [e for e in built if isinstance(e, folium.Marker)]
    assert head.location == [35.7, 36.4]  # the axis's last point (it runs west-north-west)
    html = head.icon.options["html"]
    angle = float(html.split("rotate(")[1].split("deg")[0])
    assert -90 < angle < -45, angle  # towards the north-west on screen
