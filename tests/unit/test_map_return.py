"""What the map reports (static/js/map-state.js), parsed by ui.map_return."""

from __future__ import annotations

import pytest

from ui.map_return import MapReturn


def test_full_value():
    ret = MapReturn.from_component({
        "token": "abc123",
        "view": {"center": [35.8, 36.4], "zoom": 10.5, "bounds": [[35.5, 36.0], [36.1, 36.8]]},
        "layers": ["events", "m4_highway"],
        "moved": True,
        "clicked": [3, 7],
        "seq": 4,
    })
    assert ret.center == (35.8, 36.4) and ret.zoom == 10.5
    assert ret.bounds == ((35.5, 36.0), (36.1, 36.8))
    assert ret.visible_layers == ("events", "m4_highway")
    assert ret.clicked_event_ids == (3, 7)
    assert ret.moved is True and ret.map_token == "abc123"


@pytest.mark.parametrize("value", [None, "x", 3, [], {}])
def test_nothing_reported(value):
    assert MapReturn.from_component(value) == MapReturn()


def test_malformed_fields_are_dropped_not_trusted():
    ret = MapReturn.from_component({
        "view": {"center": ["35", None], "zoom": True, "bounds": [[1, 2]]},
        "layers": ["events", 5, None],
        "clicked": [1, "2", -3, True, 4.5],
        "moved": "yes",
        "token": 12,
    })
    assert ret.center is None and ret.zoom is None and ret.bounds is None
    assert ret.visible_layers == ("events",)
    assert ret.clicked_event_ids == (1,)
    assert ret.moved is False and ret.map_token is None


def test_at_most_fifty_clicked_events_are_read():
    assert len(MapReturn.from_component({"clicked": list(range(500))}).clicked_event_ids) == 50


LINE = {"type": "LineString", "coordinates": [[36.5, 35.8], [36.6, 35.9], [36.7, 35.85]]}
SQUARE = {"type": "Polygon", "coordinates": [[[36.5, 35.8], [36.6, 35.8], [36.6, 35.9], [36.5, 35.9], [36.5, 35.8]]]}


@pytest.mark.parametrize("kind, geometry", [
    ("line", LINE),
    ("polygon", SQUARE),
    ("point", {"type": "Point", "coordinates": [36.51472, 36.11639]}),
    ("point", {"type": "Point", "coordinates": [-180, -90]}),  # the ranges' ends are in range
])
def test_a_drawn_shape_is_read_with_its_kind(kind, geometry):
    ret = MapReturn.from_component({"token": "t", "drawn": geometry, "drawKind": kind, "seq": 3})
    assert ret.drawn == geometry and ret.draw_kind == kind
    assert all(isinstance(x, float) for x in _flat(ret.drawn["coordinates"]))


def test_a_drawn_shape_is_a_new_plain_dict_of_lists():
    value = {"type": "LineString", "coordinates": ((36, 35), (37, 36)), "properties": {"x": 1}, "bbox": [0]}
    ret = MapReturn.from_component({"drawn": value, "drawKind": "line"})
    assert ret.drawn == {"type": "LineString", "coordinates": [[36.0, 35.0], [37.0, 36.0]]}
    assert ret.drawn is not value


def _flat(coords):
    for c in coords:
        if isinstance(c, list):
            yield from _flat(c)
        else:
            yield c


@pytest.mark.parametrize("drawn", [
    None, "LINESTRING (36 35, 37 36)", [36.5, 35.8], {}, {"type": "LineString"},
    {"coordinates": LINE["coordinates"]},
    {"type": "MultiLineString", "coordinates": [LINE["coordinates"]]},
    {"type": "GeometryCollection", "geometries": [LINE]},
    {"type": "linestring", "coordinates": LINE["coordinates"]},
    {"type": ["LineString"], "coordinates": LINE["coordinates"]},
    {"type": "Point", "coordinates": [36.5]},
    {"type": "Point", "coordinates": [36.5, 35.8, 120.0]},
    {"type": "Point", "coordinates": ["36.5", "35.8"]},
    {"type": "Point", "coordinates": [True, 35.8]},
    {"type": "Point", "coordinates": [None, 35.8]},
    {"type": "Point", "coordinates": [float("nan"), 35.8]},
    {"type": "Point", "coordinates": {"lon": 36.5, "lat": 35.8}},
    {"type": "LineString", "coordinates": [[36.5, 35.8]]},  # one vertex is no line
    {"type": "LineString", "coordinates": [[36.5, 35.8], [36.6]]},
    {"type": "LineString", "coordinates": [[36.5, 35.8], "36.6,35.9"]},
    {"type": "LineString", "coordinates": [36.5, 35.8, 36.6, 35.9]},
    {"type": "Polygon", "coordinates": []},
    {"type": "Polygon", "coordinates": SQUARE["coordinates"][0]},  # a ring, not a list of rings
    {"type": "Polygon", "coordinates": [SQUARE["coordinates"][0][:-1]]},  # not closed
    {"type": "Polygon", "coordinates": [[[36.5, 35.8], [36.6, 35.8], [36.5, 35.8]]]},  # too few positions
    {"type": "Polygon", "coordinates": [SQUARE["coordinates"][0], "hole"]},
])
def test_a_malformed_drawn_shape_is_dropped(drawn):
    ret = MapReturn.from_component({"drawn": drawn, "drawKind": "line"})
    assert ret.drawn is None


@pytest.mark.parametrize("position", [[180.5, 35.8], [-181, 35.8], [36.5, 90.01], [36.5, -95], [1e308 * 10, 0]])
def test_a_drawn_shape_out_of_range_is_dropped(position):
    line = {"type": "LineString", "coordinates": [[36.5, 35.8], position]}
    assert MapReturn.from_component({"drawn": line, "drawKind": "line"}).drawn is None
    point = {"type": "Point", "coordinates": position}
    assert MapReturn.from_component({"drawn": point, "drawKind": "point"}).drawn is None
    ring = [[36.5, 35.8], position, [36.6, 35.9], [36.5, 35.8]]
    assert MapReturn.from_component({"drawn": {"type": "Polygon", "coordinates": [ring]}}).drawn is None


def test_a_shape_of_more_than_5000_vertices_is_dropped():
    def line(n):
        return {"type": "LineString", "coordinates": [[36 + i / 10_000, 35.5] for i in range(n)]}

    assert MapReturn.from_component({"drawn": line(5000)}).drawn is not None
    assert MapReturn.from_component({"drawn": line(5001)}).drawn is None
    outer = [[36.0, 35.0], [37.0, 35.0], [37.0, 36.0], [36.0, 35.0]]
    many = [[[36.1 + i / 100_000, 35.1], [36.2, 35.1], [36.2, 35.2], [36.1 + i / 100_000, 35.1]] for i in range(1250)]
    assert MapReturn.from_component({"drawn": {"type": "Polygon", "coordinates": many}}).drawn is not None
    assert MapReturn.from_component({"drawn": {"type": "Polygon", "coordinates": [outer, *many]}}).drawn is None


@pytest.mark.parametrize("kind", [None, "", "Line", "polyline", "circle", 3, True, ["line"], {"line": 1}])
def test_an_unknown_draw_kind_is_none(kind):
    ret = MapReturn.from_component({"drawn": LINE, "drawKind": kind})
    assert ret.draw_kind is None
    assert ret.drawn == LINE  # the shape itself is still well formed


def test_a_shape_that_does_not_match_its_kind_is_dropped():
    ret = MapReturn.from_component({"drawn": LINE, "drawKind": "polygon"})
    assert ret.drawn is None and ret.draw_kind == "polygon"


def test_no_drawing_reported():
    ret = MapReturn.from_component({"token": "t", "clicked": [1]})
    assert ret.drawn is None and ret.draw_kind is None
