"""Links: query parameters in, notices for bad ones, parameters out."""

from __future__ import annotations

import datetime as dt

import pytest

from filters.events import filter_options
from links.params import encode, parse

BRIEFINGS = {"default": 7}


@pytest.fixture(scope="module")
def options(events):
    return filter_options(events)


def test_scene_link(options):
    req = parse({"briefing": "default", "scene": "3"}, briefings=BRIEFINGS, options=options)
    assert (req.briefing, req.scene, req.notices) == ("default", 3, [])
    assert not req.has_free_view


def test_free_view_link(options):
    req = parse(
        {"lat": "35.81", "lon": "36.32", "zoom": "11", "start": "2020-10-01", "end": "2020-10-20",
         "layers": "events,m4_highway", "types": "Strategic developments", "basemap": "osm", "presenter": "1"},
        briefings=BRIEFINGS, options=options,
    )
    assert req.notices == []
    assert req.center == (35.81, 36.32) and req.zoom == 11
    assert (req.start, req.end) == (dt.date(2020, 10, 1), dt.date(2020, 10, 20))
    assert req.layers == ("m4_highway", "events")  # registry order
    assert req.types == ("Strategic developments",)
    assert req.basemap == "osm" and req.presenter


@pytest.mark.parametrize(
    ("params", "notice", "check"),
    [
        ({"briefing": "nope"}, "Unknown briefing `nope`", lambda r: r.briefing is None),
        ({"briefing": "default", "scene": "99"}, "Scene `99` does not exist in briefing 'default' (scenes 1–7)",
         lambda r: r.scene == 1),
        ({"briefing": "default", "scene": "-1"}, "does not exist", lambda r: r.scene == 1),
        ({"start": "2020-13-45"}, "Start date `2020-13-45` is not a date", lambda r: r.start is None),
        ({"lat": "35.8", "lon": "36.3", "zoom": "abc"}, "Zoom `abc` is not a number", lambda r: r.zoom == 9.0),
        ({"lat": "95", "lon": "36.3", "zoom": "9"}, "outside the theatre", lambda r: r.center is None),
        ({"lat": "x", "lon": "y"}, "is not a pair of numbers", lambda r: r.center is None),
        ({"layers": "events,bogus"}, "Unknown layer(s) `bogus`", lambda r: r.layers == ("events",)),
        ({"types": "Parades"}, "Unknown event type(s) `Parades`", lambda r: r.types == ()),
        ({"basemap": "google"}, "Unknown basemap `google`", lambda r: r.basemap is None),
        ({"end": "2021-06-01"}, "outside the data", lambda r: r.end == dt.date(2020, 10, 26)),
        ({"start": "2020-10-20", "end": "2020-10-01"}, "swapped", lambda r: r.start < r.end),
        ({"start": "<script>alert(1)</script>" * 5}, "…", lambda r: r.start is None),
    ],
)
def test_bad_parameters_fall_back_one_by_one(options, params, notice, check):
    req = parse({**params, "briefing": params.get("briefing", "default")} if "scene" in params else params,
                briefings=BRIEFINGS, options=options)
    assert any(notice in n for n in req.notices), req.notices
    assert check(req)


def test_a_bad_parameter_keeps_the_good_ones(options):
    req = parse({"zoom": "abc", "lat": "35.8", "lon": "36.3", "start": "2020-10-01", "layers": "events"},
                briefings=BRIEFINGS, options=options)
    assert len(req.notices) == 1
    assert req.center == (35.8, 36.3) and req.start == dt.date(2020, 10, 1) and req.layers == ("events",)


def test_encode_round_trips(options):
    out = encode(briefing=None, scene=None, modified=False, view=((35.812345678, 36.3), 10.25),
                 start=dt.date(2020, 10, 1), end=options.last_day, layers={"events", "towns"},
                 types=("Strategic developments",), subtypes=None, actors=None, basemap="none",
                 presenter=False, options=options)
    assert out == {"lat": "35.81235", "lon": "36.30000", "zoom": "10.25", "start": "2020-10-01",
                   "end": "2020-10-26", "layers": "towns,events", "types": "Strategic developments"}
    back = parse(out, briefings=BRIEFINGS, options=options)
    assert back.notices == [] and back.center == (35.81235, 36.3) and back.layers == ("towns", "events")


def test_an_unchanged_scene_is_just_its_number(options):
    kwargs = dict(view=((35.8, 36.3), 9), start=None, end=None, layers=set(), types=None, subtypes=None,
                  actors=None, basemap="none", presenter=True, options=options)
    assert encode(briefing="default", scene=4, modified=False, **kwargs) == {
        "briefing": "default", "scene": "4", "presenter": "1"}
    changed = encode(briefing="default", scene=4, modified=True, **kwargs)
    assert changed["scene"] == "4" and changed["lat"] == "35.80000"


@pytest.mark.parametrize("raw", ["foo", "<script>", "foo,,bar", " , "])
def test_a_layer_list_naming_no_known_layer_keeps_the_default_layers(options, raw):
    req = parse({"layers": raw}, briefings=BRIEFINGS, options=options)
    assert req.layers is None  # not (): that would switch every layer off
    if raw.strip(" ,"):
        assert len(req.notices) == 1 and "showing the default layers" in req.notices[0], req.notices
    else:
        assert req.notices == []


def test_a_partly_known_layer_list_keeps_the_known_and_names_the_rest(options):
    req = parse({"layers": "m4_highway,foo,events,bar"}, briefings=BRIEFINGS, options=options)
    assert req.layers == ("m4_highway", "events")
    assert req.notices == ["Unknown layer(s) `foo`, `bar`: ignored."]


@pytest.mark.parametrize(("value", "quoted"), [
    ("<script>alert(1)</script>", "`<script>alert(1)</script>`"),
    ("[x](javascript:alert(1))", "`[x](javascript:alert(1))`"),
    ("**bold**", "`**bold**`"),
    ("https://evil.example", "`https://evil.example`"),  # a code span: no GFM autolink either
    ("me@evil.example", "`me@evil.example`"),
    (":red[x] $x$ &lt;b&gt;", "`:red[x] $x$ &lt;b&gt;`"),
    ("a`b", "``a`b``"),  # a longer fence than any backtick run inside
    ("`x``", "``` `x`` ```"),
    ("x\ny\x01", "`x\\ny\\x01`"),  # control characters spelled out: one line
    ("x" * 50, "`" + "x" * 40 + "…`"),
])
def test_notices_quote_tampered_values_as_inert_code_spans(options, value, quoted):
    req = parse({"layers": value, "basemap": value}, briefings=BRIEFINGS, options=options)
    assert req.layers is None
    assert req.notices == [f"Unknown layer(s) {quoted}: showing the default layers.",
                           f"Unknown basemap {quoted}: using no tiles."]
