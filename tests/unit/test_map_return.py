"""Typed view of streamlit-folium's return value."""

from __future__ import annotations

from ui.map_return import MapReturn


def test_empty_and_garbage():
    assert MapReturn.from_component(None) == MapReturn()
    assert MapReturn.from_component({"center": "x", "zoom": "9", "bounds": 3}) == MapReturn()


def test_full_value():
    value = {
        "center": {"lat": 35.8, "lng": 36.3},
        "zoom": 9.5,
        "bounds": {"_southWest": {"lat": 35, "lng": 36}, "_northEast": {"lat": 36, "lng": 37}},
        "last_object_clicked_tooltip": "evt:3,7",
        "selected_layers": [
            {"name": "events", "url": "briefmap-layer:events"},
            {"name": "wms", "url": "https://example.org/wms"},
        ],
    }
    ret = MapReturn.from_component(value)
    assert ret.center == (35.8, 36.3) and ret.zoom == 9.5
    assert ret.bounds == ((35.0, 36.0), (36.0, 37.0))
    assert ret.clicked_event_ids == (3, 7)
    assert ret.visible_layers == ("events",)


def test_other_tooltips_are_not_events():
    ret = MapReturn.from_component({"last_object_clicked_tooltip": "Morek"})
    assert ret.clicked_event_ids == ()


def test_the_map_build_token_is_read_and_not_taken_for_a_layer():
    value = {"selected_layers": [{"name": "x", "url": "briefmap-map:abc123"},
                                 {"name": "events", "url": "briefmap-layer:events"}]}
    ret = MapReturn.from_component(value)
    assert ret.map_token == "abc123" and ret.visible_layers == ("events",)
