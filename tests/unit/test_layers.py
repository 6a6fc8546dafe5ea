"""Layer builders, checked through the folium object tree and the payloads they carry."""

from __future__ import annotations

import base64
import datetime as dt

import folium
import numpy as np
import pandas as pd

from filters.events import EventFilter, filter_events
from layers import registry, turkish_posts
from layers.base import LayerContext
from layers.event_canvas import EventCanvas
from layers.events import encode_events
from mapview.compose import build_map
from mapview.spec import MapSpec

LAST = dt.date(2020, 10, 26)


def _walk(el):
    yield el
    for child in el._children.values():
        yield from _walk(child)


def _markers(elements):
    return [e for e in elements if isinstance(e, folium.Marker)]


def _tooltip_texts(element):
    return [c.text for c in _walk(element) if isinstance(c, folium.Tooltip)]


def _post_marker(elements, name):
    for m in _markers(elements):
        texts = _tooltip_texts(m)
        if any(name in t for t in texts):
            return m, texts
    return None, []


def test_every_registered_layer_builds(theatre, events):
    data = dict(theatre, events=events)
    ctx = LayerContext(as_of=LAST)
    for spec in registry.LAYERS:
        elements = spec.build(data, ctx)
        assert len(elements) > 0, spec.id
        assert all(isinstance(e, folium.Element) for e in elements), spec.id
        assert spec.legend(data, ctx), spec.id


def test_morek_is_active_before_and_evacuated_after_19_october(theatre):
    data = dict(theatre)
    before = turkish_posts.build(data, LayerContext(as_of=dt.date(2020, 10, 19)))
    after = turkish_posts.build(data, LayerContext(as_of=dt.date(2020, 10, 20)))
    m, texts = _post_marker(before, "Morek")
    assert m is not None and texts == ["Morek"]
    assert "#E30A17" in m.icon.options["html"]
    m, texts = _post_marker(after, "Morek")
    assert texts == ["Morek (evacuated)"]
    assert "#7A7A7A" in m.icon.options["html"]


def test_a_post_not_yet_set_up_is_not_drawn(theatre):
    data = dict(theatre)
    early = turkish_posts.build(data, LayerContext(as_of=dt.date(2018, 4, 1)))
    late = turkish_posts.build(data, LayerContext(as_of=dt.date(2020, 10, 1)))
    assert _post_marker(early, "Ishtabraq")[0] is None  # set up 16 May 2018
    assert _post_marker(late, "Ishtabraq")[0] is not None
    assert len(_markers(early)) < len(_markers(late))


def test_unplaced_posts_are_named_in_the_legend_not_drawn(theatre):
    items = turkish_posts.legend(dict(theatre), LayerContext(as_of=LAST))
    note = [i for i in items if i.note]
    assert note and "Salwa" in note[0].note and "Sher Mughar" in note[0].note
    markers = _markers(turkish_posts.build(dict(theatre), LayerContext(as_of=LAST)))
    drawn = " ".join(t for m in markers for t in _tooltip_texts(m))
    assert "Salwa" not in drawn


def test_event_payload_round_trips(events):
    ctx = LayerContext(as_of=LAST, window=(dt.date(2020, 9, 11), LAST))
    payload = encode_events(events, ctx)
    lat = np.frombuffer(base64.b64decode(payload["lat"]), dtype="<f4")
    lon = np.frombuffer(base64.b64decode(payload["lon"]), dtype="<f4")
    day = np.frombuffer(base64.b64decode(payload["day"]), dtype="<u2")
    rid = np.frombuffer(base64.b64decode(payload["rid"]), dtype="<u4")
    typ = np.frombuffer(base64.b64decode(payload["type"]), dtype="u1")
    assert payload["n"] == len(events)
    np.testing.assert_allclose(lat, events["latitude"], atol=1e-5)
    np.testing.assert_allclose(lon, events["longitude"], atol=1e-5)
    assert list(rid) == list(events.index)
    first = pd.Timestamp("1970-01-01") + pd.Timedelta(days=payload["day0"] + int(day[0]))
    assert first == events["date"].iloc[0]
    labels = [payload["types"][t]["label"] for t in typ]
    assert labels == list(events["event_type"].astype(str))
    assert payload["window"] == [0, (LAST - dt.date(2020, 9, 11)).days]
    assert "details" not in payload


def test_event_payload_embeds_details_only_for_exports(events):
    ctx = LayerContext(as_of=LAST, details_in_map=True)
    payload = encode_events(events.head(3), ctx)
    rec = dict(payload["details"]["0"])
    assert rec["Event ID"] == "SYR-BM-0001"
    assert rec["Geo precision"].startswith("3")


def test_event_payload_is_compact(events):
    big = pd.concat([events] * 200, ignore_index=True)
    payload = encode_events(big, LayerContext(as_of=LAST))
    size = sum(len(payload[k]) for k in ("lat", "lon", "day", "type", "prec", "loc", "rid"))
    assert size / len(big) <= 24  # bytes per event


def test_filtered_events_reach_the_layer(theatre, events):
    flt = EventFilter(start=dt.date(2020, 10, 1), end=LAST)
    shown = filter_events(events, flt)
    fmap = build_map(MapSpec(filter=flt), theatre, shown, data_last_day=LAST)
    canvases = [e for e in _walk(fmap) if isinstance(e, EventCanvas)]
    assert len(canvases) == 1
    assert canvases[0].payload["n"] == len(shown) < len(events)


def test_layers_switched_off_are_in_the_control_but_hidden(theatre, events):
    spec = MapSpec(layers=frozenset({"events", "m4_highway"}))
    fmap = build_map(spec, theatre, events, data_last_day=LAST)
    groups = {e.layer_name: e for e in _walk(fmap) if isinstance(e, folium.FeatureGroup)}
    assert groups["M4 highway"].show and groups["Events"].show
    assert not groups["Turkish posts"].show
    html = fmap.get_root().render()
    assert '"turkish_posts": feature_group_' in html  # reported to streamlit-folium


def test_untrusted_text_is_escaped(theatre, events):
    evil = '<img src=x onerror="alert(1)">`${alert(2)}`'
    posts = theatre["turkish_posts"].copy()
    posts.loc[posts["name"] == "Morek", "name"] = evil
    ev = events.copy()
    ev["location"] = ev["location"].astype(str)
    ev.loc[0, "location"] = evil
    ev["location"] = ev["location"].astype("category")
    data = dict(theatre, turkish_posts=posts)
    html = build_map(MapSpec(), data, ev, data_last_day=LAST).get_root().render()
    assert "<img src=x" not in html
    assert "`${alert(2)}`" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#96;&#36;&#123;alert(2)&#125;&#96;" in html
    # the event location travels as JSON data and is put in the page with textContent
    assert "\\u003cimg src=x onerror=\\\"alert(1)\\\"\\u003e\\u0060\\u0024\\u007balert(2)\\u007d\\u0060" in html


def test_template_syntax_in_data_is_not_evaluated(theatre, events):
    """folium renders scripts through Jinja twice; data must never be read as a template."""
    posts = theatre["turkish_posts"].copy()
    posts.loc[posts["name"] == "Morek", "name"] = "{{ 7 * 7 }} {% if true %}X{% endif %}"
    ev = events.copy()
    ev["location"] = ev["location"].astype(str)
    ev.loc[0, "location"] = "{{ 6 * 7 }}{# c #}"
    ev["location"] = ev["location"].astype("category")
    html = build_map(MapSpec(), dict(theatre, turkish_posts=posts), ev, data_last_day=LAST).get_root().render()
    assert "&#123;&#123; 7 * 7 &#125;&#125; &#123;% if true %&#125;X&#123;% endif %&#125;" in html
    assert "\\u007b\\u007b 6 * 7 \\u007d\\u007d\\u007b# c #\\u007d" in html
    # had Jinja read them, the braces would be gone and "49" / "42" would stand in their place
