"""Layer builders, checked through the folium object tree and the payloads they carry."""

from __future__ import annotations

import base64
import datetime as dt
import gzip

import folium

from filters.events import EventFilter, filter_events, to_day
from layers import registry, turkish_posts
from layers.base import LayerContext
from layers.event_canvas import EventCanvas
from layers.event_pack import decode_pack
from layers.events import read_details_blob
from layers.timed import Timed
from mapview.compose import RenderOptions, build_map
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


def test_every_post_is_drawn_and_the_legend_lists_none_as_missing(theatre):
    items = turkish_posts.legend(dict(theatre), LayerContext(as_of=LAST))
    assert not [i for i in items if i.note]
    markers = _markers(turkish_posts.build(dict(theatre), LayerContext(as_of=LAST)))
    drawn = " ".join(t for m in markers for t in _tooltip_texts(m))
    for name in ("Salwa", "Sheikh Aqil", "Surman", "al-Zaytuna", "al-Rashidin", "Sher Mughar",
                 "Bsanqul", "Nahlaya", "Qmenas"):
        assert name in drawn, name


def _with_unplaced(theatre, name):
    """The theatre with one post as a place no source locates (placed: false, no geometry)."""
    posts = theatre["turkish_posts"].copy()
    gone = posts["name"] == name
    posts.loc[gone, "placed"] = False
    posts.loc[gone, "geometry"] = None
    return dict(theatre, turkish_posts=posts)


def test_an_unplaced_post_is_named_in_the_legend_not_drawn(theatre):
    data = _with_unplaced(theatre, "Salwa")
    items = turkish_posts.legend(data, LayerContext(as_of=LAST))
    note = [i for i in items if i.note]
    assert note and note[0].note == "Salwa" and note[0].label.endswith(": 1")
    markers = _markers(turkish_posts.build(data, LayerContext(as_of=LAST)))
    drawn = " ".join(t for m in markers for t in _tooltip_texts(m))
    assert "Salwa" not in drawn


def _source(fmap) -> dict:
    canvases = [e for e in _walk(fmap) if isinstance(e, EventCanvas)]
    assert len(canvases) == 1
    return canvases[0].source


def test_exports_embed_the_filtered_events_as_a_pack(theatre, events):
    flt = EventFilter(start=dt.date(2020, 10, 1), end=LAST)
    shown = filter_events(events, flt)
    source = _source(build_map(MapSpec(filter=flt), theatre, shown, data_last_day=LAST))
    header, cols = decode_pack(gzip.compress(base64.b64decode(source["inline"])))
    assert source["gzip"] is False and "details_gz" not in source  # a still image: drawn at once, no popups
    assert header["n"] == source["n"] == len(shown) < len(events)
    assert list(cols["rid"]) == list(shown.index)


def test_standalone_exports_keep_the_pack_compressed_with_details(theatre, events):
    fmap = build_map(MapSpec(), theatre, events.head(3), data_last_day=LAST,
                     options=RenderOptions(details_in_map=True))
    source = _source(fmap)
    header, _ = decode_pack(base64.b64decode(source["inline"]))
    assert source["gzip"] is True and header["n"] == 3
    assert "details" not in source  # only the compressed blob
    rec = dict(read_details_blob(base64.b64decode(source["details_gz"]))["0"])
    assert rec["Event ID"] == "SYR-BM-0001"
    assert rec["Geo precision"].startswith("3")


def test_the_app_map_does_not_depend_on_the_filter(theatre, events):
    """The app's map names the pack and takes the filter from the page: two filters, one map."""
    opts = RenderOptions(events_url="/app/static/packs/events-x.bin", token="t")
    a = build_map(MapSpec(filter=EventFilter(start=dt.date(2020, 10, 1), end=LAST, event_types=("Battles",))),
                  theatre, events, data_last_day=LAST, options=opts)
    b = build_map(MapSpec(filter=EventFilter(start=dt.date(2020, 9, 11), end=dt.date(2020, 9, 20))),
                  theatre, events, data_last_day=LAST, options=opts)
    html_a, html_b = a.get_root().render(), b.get_root().render()
    assert html_a == html_b  # byte for byte: Streamlit then sends it as a reference
    assert _source(a) == {"url": "/app/static/packs/events-x.bin", "n": len(events)}
    assert "app: true" in html_a


def test_posts_are_built_per_status_for_the_app(theatre):
    """Without a status date (the app), a post evacuated in the window is built twice: active until
    its last day, evacuated after, for the browser to switch."""
    groups = [e for e in turkish_posts.build(dict(theatre), LayerContext(as_of=None)) if isinstance(e, Timed)]
    gdf = theatre["turkish_posts"]
    ended = gdf[gdf["valid_to"].notna() & gdf["placed"].fillna(True).astype(bool)]
    assert len(ended)
    name = ended.iloc[0]["name"]
    mine = [g for g in groups if any(name in t for m in _markers(_walk(g)) for t in _tooltip_texts(m))]
    last = to_day(ended.iloc[0]["valid_to"])
    assert sorted((g.first_day is None or g.first_day <= last, g.last_day) for g in mine) == \
        sorted([(True, last), (False, None)])


def test_filtered_events_reach_the_layer(theatre, events):
    flt = EventFilter(start=dt.date(2020, 10, 1), end=LAST)
    shown = filter_events(events, flt)
    fmap = build_map(MapSpec(filter=flt), theatre, shown, data_last_day=LAST)
    assert _source(fmap)["n"] == len(shown) < len(events)


def test_layers_switched_off_are_in_the_control_but_hidden(theatre, events):
    spec = MapSpec(layers=frozenset({"events", "m4_highway"}))
    fmap = build_map(spec, theatre, events, data_last_day=LAST)
    groups = {e.layer_name: e for e in _walk(fmap) if isinstance(e, folium.FeatureGroup)}
    assert groups["M4 highway"].show and groups["Events"].show
    assert not groups["Turkish posts"].show
    html = fmap.get_root().render()
    assert '"turkish_posts": feature_group_' in html  # registered with map-state.js


def test_untrusted_text_is_escaped(theatre, events):
    evil = '<img src=x onerror="alert(1)">`${alert(2)}`'
    posts = theatre["turkish_posts"].copy()
    posts.loc[posts["name"] == "Morek", "name"] = evil
    ev = events.copy()
    ev["location"] = ev["location"].astype(str)
    ev.loc[0, "location"] = evil
    ev["location"] = ev["location"].astype("category")
    data = dict(theatre, turkish_posts=posts)
    fmap = build_map(MapSpec(), data, ev, data_last_day=LAST)
    html = fmap.get_root().render()
    assert "<img src=x" not in html
    assert "`${alert(2)}`" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#96;&#36;&#123;alert(2)&#125;&#96;" in html
    # the event location travels inside the event pack (base64 data), put in the page with textContent
    header, _ = decode_pack(gzip.compress(base64.b64decode(_source(fmap)["inline"])))
    assert evil in header["locs"]


def test_template_syntax_in_data_is_not_evaluated(theatre, events):
    """folium renders scripts through Jinja twice; data must never be read as a template."""
    posts = theatre["turkish_posts"].copy()
    posts.loc[posts["name"] == "Morek", "name"] = "{{ 7 * 7 }} {% if true %}X{% endif %}"
    ev = events.copy()
    ev["location"] = ev["location"].astype(str)
    ev.loc[0, "location"] = "{{ 6 * 7 }}{# c #}"
    ev["location"] = ev["location"].astype("category")
    # a standalone export: event details travel in the page as a compressed blob
    html = build_map(MapSpec(), dict(theatre, turkish_posts=posts), ev, data_last_day=LAST,
                     options=RenderOptions(details_in_map=True)).get_root().render()
    assert "&#123;&#123; 7 * 7 &#125;&#125; &#123;% if true %&#125;X&#123;% endif %&#125;" in html
    # had Jinja read them, the braces would be gone and "49" / "42" would stand in their place
    import re

    blob = re.search(r'"details_gz":"([A-Za-z0-9+/=]+)"', html)
    details = read_details_blob(base64.b64decode(blob.group(1)))
    assert dict(details[str(ev.index[0])])["Location"] == "{{ 6 * 7 }}{# c #}"
