"""Label priorities: set in Python on the labels the browser places (static/js/label-placer.js)."""

from __future__ import annotations

import datetime as dt
import json
import re

import folium

from controls.label_placer import LabelPlacer
from layers import hmeimim_air_base, jisr_al_shughur, label_priority, turkish_posts
from layers.base import LayerContext
from layers.html import LABEL_PRIORITY_CLASS, label_tooltip
from layers.label_layer import LabelLayer
from mapview.compose import RenderOptions, build_map
from mapview.spec import MapSpec
from offline.assets import ASSETS, BUNDLE_ORDER, STATIC_DIR, bundle_text

LAST = dt.date(2020, 10, 26)
_PRIORITY = re.compile(re.escape(LABEL_PRIORITY_CLASS) + r"(\d+)")


def _walk(el):
    yield el
    for child in el._children.values():
        yield from _walk(child)


def _labels(elements) -> dict[str, int | None]:
    """Label text -> priority for every permanent tooltip under ``elements``."""
    out = {}
    for element in elements:
        for c in _walk(element):
            if isinstance(c, folium.Tooltip) and c.options.get("permanent"):
                m = _PRIORITY.search(c.options.get("class_name", ""))
                out[c.text] = int(m.group(1)) if m else None
    return out


def test_priorities_rank_theatre_features_over_posts_over_towns():
    p = label_priority
    assert p.HIGHLIGHTED > p.THEATRE > p.POINT > p.MAJOR_TOWN > p.MINOR_TOWN
    assert p.town_priority("major") == p.MAJOR_TOWN
    assert p.town_priority("minor") == p.MINOR_TOWN == p.town_priority("village")
    assert p.feature_priority(False, p.THEATRE) == p.THEATRE
    assert p.feature_priority(True, p.POINT) == p.HIGHLIGHTED


def test_theatre_points_posts_and_highlights_carry_their_priority(theatre):
    data = dict(theatre)
    plain = LayerContext(as_of=LAST)
    jisr = _labels(jisr_al_shughur.build(data, plain))
    hmeimim = _labels(hmeimim_air_base.build(data, plain))
    posts = _labels(turkish_posts.build(data, plain))
    assert jisr == {"Jisr al-Shughur": label_priority.THEATRE}
    assert hmeimim == {"Hmeimim Air Base (RU)": label_priority.THEATRE}
    assert posts["Ishtabraq"] == label_priority.POINT and posts["Morek (evacuated)"] == label_priority.POINT
    assert set(posts.values()) == {label_priority.POINT}
    # the tooltip's text is the label alone: the priority is in its class
    assert "Ishtabraq" in posts and all("<" not in text for text in posts)
    focused = LayerContext(as_of=LAST, highlight=frozenset({"Ishtabraq", "Jisr al-Shughur"}))
    assert _labels(turkish_posts.build(data, focused))["Ishtabraq"] == label_priority.HIGHLIGHTED
    assert _labels(turkish_posts.build(data, focused))["Tall Tuqan"] == label_priority.POINT
    assert _labels(jisr_al_shughur.build(data, focused)) == {"Jisr al-Shughur": label_priority.HIGHLIGHTED}


def test_town_rows_carry_the_priority_of_their_rank():
    layer = LabelLayer([(35.9, 36.6, "Idlib", "major"), (35.8, 36.3, "Badama", "minor")])
    rows = json.loads(layer.rows_json)
    assert [row[2:] for row in rows] == [
        ["Idlib", "major", label_priority.MAJOR_TOWN],
        ["Badama", "minor", label_priority.MINOR_TOWN],
    ]


def test_a_label_stays_escaped_and_only_a_number_reaches_its_class():
    tip = label_tooltip('<img src=x onerror="alert(1)">', priority=70.9)
    assert "<img" not in tip.text and "&lt;img" in tip.text
    assert tip.options["class_name"] == "briefmap-label bm-label-priority-70"
    assert label_tooltip("Salqin").options["class_name"] == "briefmap-label"


def test_every_map_places_its_labels_and_the_script_is_bundled(theatre, events):
    for tools in (True, False):  # the app and standalone maps, and snapshots (no tools)
        fmap = build_map(MapSpec(), theatre, events.iloc[:0], data_last_day=LAST,
                         options=RenderOptions(tools=tools, legend=tools, playback=False))
        placers = [e for e in _walk(fmap) if isinstance(e, LabelPlacer)]
        assert len(placers) == 1
        html = fmap.get_root().render()
        assert f"briefmapLabelPlacer({fmap.get_name()});" in html
        assert "js/label-placer.js" in html
    assert (STATIC_DIR / ASSETS["briefmap_label_placer_js"]).is_file()
    # after the Leaflet it extends and the town labels it places
    order = list(BUNDLE_ORDER)
    assert order.index("leaflet") < order.index("briefmap_labels_js") < order.index("briefmap_label_placer_js")
    assert "window.briefmapPlaceLabels = placeLabels;" in bundle_text()
