"""Uncertainty rings of roughly located events: legend wording and the in-map ring switch.

How the rings are drawn (faint by default, a hovered ring raised, the switch's modes)
is checked in Chromium: tests/browser/test_rings_in_browser.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from controls.ring_control import RingSwitch
from layers import events as event_layer
from layers.base import LayerContext
from mapview.compose import RenderOptions, build_map, layer_context
from mapview.spec import MapSpec
from tests.unit.test_layers import _walk

LAST = dt.date(2020, 10, 26)




def _ring_rows(items):
    return [i for i in items if i.symbol == "ring"]


def test_the_legend_gives_each_ring_its_radius_and_precision_3_is_lighter():
    rows = event_layer.precision_ring_items({1, 2, 3}, interactive=False)
    assert [r.label for r in rows] == [
        "Faint dashed ring: location known to ±10 km (near the place)",
        "Fainter ring: region only, location known to ±30 km",
    ]
    assert rows[0].color != rows[1].color
    assert all(r.note is None for r in rows)  # a still image cannot be hovered


def test_only_the_precisions_present_get_a_row_and_the_last_says_how_to_highlight():
    assert event_layer.precision_ring_items({1}, interactive=True) == []
    rows = event_layer.precision_ring_items({2}, interactive=True)
    assert len(rows) == 1 and "±10 km" in rows[0].label
    assert "Hover or click an event to highlight its ring" in rows[0].note


def test_the_event_legend_explains_the_rings_where_the_map_can_be_hovered(theatre, events):
    data = dict(theatre, events=events)
    still = event_layer.legend(data, LayerContext(as_of=LAST))
    app = event_layer.legend(data, LayerContext(as_of=None, events_url="/x.bin", interactive=True))
    assert [r.label for r in _ring_rows(still)] == [r.label for r in _ring_rows(app)]
    assert len(_ring_rows(still)) == 2  # the seed events have precision 2 and 3
    assert not any(r.note for r in _ring_rows(still))
    assert "Rings switch" in _ring_rows(app)[-1].note


def test_the_app_and_standalone_contexts_are_interactive_and_still_images_not():
    spec = MapSpec()
    assert layer_context(spec, LAST, events_url="/x.bin").interactive
    assert layer_context(spec, LAST, details_in_map=True).interactive
    assert not layer_context(spec, LAST).interactive
    assert dataclasses.replace(layer_context(spec, LAST), interactive=True).as_of == spec.as_of(LAST)


def test_interactive_maps_get_the_ring_switch_and_still_images_do_not(theatre, events):
    def switches(options):
        fmap = build_map(MapSpec(), theatre, events, data_last_day=LAST, options=options)
        found = [e for e in _walk(fmap) if isinstance(e, RingSwitch)]
        return found, fmap

    app, fmap = switches(RenderOptions(events_url="/app/static/packs/events-x.bin", token="t"))
    assert len(app) == 1
    html = fmap.get_root().render()
    assert "L.control.briefmapRings(" in html and app[0].events.get_name() in html
    # after the legend in the script, so Leaflet stacks it just above the legend
    assert html.index("L.control.briefmapLegend(") < html.index("L.control.briefmapRings(")
    assert len(switches(RenderOptions(details_in_map=True))[0]) == 1
    assert switches(RenderOptions(tools=False, legend=False, playback=False))[0] == []
