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
