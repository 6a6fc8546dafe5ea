"""The Near filter: its text form, its targets, the events it keeps, and where it travels
(links, briefing scenes, the map's state, the change since the last brief)."""

from __future__ import annotations

import datetime as dt
import shutil

import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, Point, shape

from analysis import change
from analysis.near import Near, NearError, buffer_geojson, describe, point_target, resolve
from analysis.proximity import Target, nearest_within, resolve_target
from briefings.load import read_briefing
from briefings.save import insert_scene, scene_mapping
from filters.events import EventFilter, filter_options, to_day
from links.params import encode, parse
from loaders.errors import BriefingError
from loaders.gazetteer import build_gazetteer, feature_names
from loaders.paths import BRIEFINGS
from mapview import selection
from mapview.spec import MapSpec
from spatial.metric import to_geographic
from tests.unit.test_analysis import X0, Y0, _events


@pytest.fixture(scope="module")
def places(theatre):
    return build_gazetteer(theatre)


@pytest.fixture(scope="module")
def options(events):
    return filter_options(events)


@pytest.mark.parametrize("text, target, km", [
    ("m4_highway:6", "m4_highway", 6.0),
    ("turkish_posts:Morek:5", "turkish_posts:Morek", 5.0),
    ("place:Saraqib:2.5", "place:Saraqib", 2.5),
    ("@35.82130,36.63010:10", "@35.82130,36.63010", 10.0),
])
def test_a_near_reads_and_writes_as_target_colon_km(text, target, km):
    near = Near.parse(text)
    assert (near.target, near.km) == (target, km)
    assert Near.parse(str(near)) == near


@pytest.mark.parametrize("text, message", [
    ("m4_highway", "is not TARGET:KM"),
    ("m4_highway:six", "'six' in 'm4_highway:six' is not a distance in km"),
    ("m4_highway:0", "from 0.1 to 200 km"),
    ("m4_highway:0.05", "from 0.1 to 200 km"),
    ("m4_highway:nan", "from 0.1 to 200 km"),
    ("m4_highway:500", "from 0.1 to 200 km"),
    (":6", "is not TARGET:KM"),
])
def test_a_bad_near_says_what_is_wrong(text, message):
    with pytest.raises(NearError, match=message):
        Near.parse(text)


def test_targets_resolve_to_layers_features_places_and_points(theatre, places):
    m4 = resolve_target(theatre, "m4_highway")
    assert resolve(Near("m4_highway", 6), theatre, places).geometries == m4.geometries
    assert resolve(Near("turkish_posts:Morek", 5), theatre, places).names == ("Morek",)
    town = resolve(Near("place:saraqib", 5), theatre, places)
    assert town.layer == "place" and town.names == ("Saraqib",)
    point = resolve(Near(point_target(35.8213, 36.6301), 5), theatre, places)
    assert point.geometries[0].equals(Point(36.6301, 35.8213))
    with pytest.raises(NearError, match="no place named 'Gotham'"):
        resolve(Near("place:Gotham", 5), theatre, places)
    with pytest.raises(NearError, match="no layer 'm5'"):
        resolve(Near("m5", 5), theatre, places)
    with pytest.raises(NearError, match="is not a position"):
        resolve(Near("@95,36", 5), theatre, places)


def test_the_buffer_drawn_is_the_distance_asked_for():
    line = to_geographic(LineString([(X0, Y0), (X0 + 20_000, Y0)]))
    area = shape(buffer_geojson(Target("l", ("l",), (line,)), 6))
    inside, outside = to_geographic(Point(X0 + 10_000, Y0 + 5_900)), to_geographic(Point(X0 + 10_000, Y0 + 6_100))
    assert area.contains(inside) and not area.contains(outside)


def test_the_description_names_the_feature(theatre, places):
    near = Near("turkish_posts:Morek", 5)
    assert describe(near, resolve(near, theatre, places), {"turkish_posts": "Turkish posts"}) == \
        "Within 5 km of Turkish posts: Morek (position ±1 km at worst)"
    spec = MapSpec(near=Near("m4_highway", 6))
    assert selection.near_text(spec, theatre, places) == "Within 6 km of M4 highway (position ±6 km at worst)"
    assert selection.near_text(MapSpec(), theatre, places) is None


def test_the_map_shows_exactly_the_events_the_command_line_counts(theatre, events, places):
    spec = MapSpec(near=Near("m4_highway", 6))
    shown = selection.shown(events, spec, theatre)
    within = nearest_within(events, resolve_target(theatre, "m4_highway"), 6)
    assert len(shown) == 4 and set(shown.ids()) == set(within.index)  # python -m analysis says 4 as well
    narrower = selection.shown(events, spec.with_(filter=EventFilter(event_types=("Strategic developments",))), theatre)
    assert len(narrower) == 2 and set(narrower.ids()) <= set(shown.ids())


def test_an_export_of_the_change_map_embeds_the_window_before_the_last_brief(theatre, events):
    spec = MapSpec(filter=EventFilter(start=dt.date(2020, 10, 1), end=dt.date(2020, 10, 26)),
                   since=dt.date(2020, 10, 1), layers=frozenset({"events", "change"}))
    days = selection.map_events(events, spec, theatre, dt.date(2020, 10, 26)).column("day")
    assert days.min() < to_day(dt.date(2020, 10, 1)) <= days.max()  # 26 days before 1 Oct are in
    assert days.min() >= to_day(dt.date(2020, 9, 5))
    without = selection.map_events(events, spec.with_(layers=frozenset({"events"})), theatre, dt.date(2020, 10, 26))
    assert without.column("day").min() >= to_day(dt.date(2020, 10, 1))


def test_the_map_state_carries_the_near_area_the_last_brief_and_the_hexagon_setting(theatre):
    spec = MapSpec(near=Near("m4_highway", 6), since=dt.date(2020, 10, 1), density_by="fatalities")
    got = selection.analysis_state(spec, theatre)
    assert got["near"]["label"] == "Within 6 km of M4 highway (position ±6 km at worst)"
    assert shapely.geometry.shape(got["near"]["buffer"]).area > 0
    assert got["since"] == to_day(dt.date(2020, 10, 1)) and got["densityBy"] == "fatalities"
    assert selection.analysis_state(MapSpec(), theatre) == {"near": None, "since": None, "densityBy": "events"}


def test_the_sidebar_offers_each_layer_each_post_and_the_towns(theatre, places):
    choices = selection.near_choices(theatre, places)
    assert list(choices)[:2] == ["m4_highway", "m4_corridor"]
    assert choices["turkish_posts:Morek"] == "Turkish post: Morek"
    assert "place:Saraqib" in choices


def test_links_carry_near_since_and_density(options):
    req = parse({"near": "m4_highway:6", "since": "2020-10-01", "density": "fatalities"}, briefings={},
                options=options)
    assert (req.near, req.since, req.density_by, req.notices) == (Near("m4_highway", 6), dt.date(2020, 10, 1),
                                                                   "fatalities", [])
    assert req.has_free_view
    bad = parse({"near": "m4_highway:far", "since": "2019-01-01", "density": "heat"}, briefings={}, options=options)
    assert (bad.near, bad.since, bad.density_by) == (None, None, None) and len(bad.notices) == 3
    assert bad.notices[0] == "Near `m4_highway:far` cannot be used: its distance is not a number of km. " \
        "Showing events anywhere."


def test_a_hostile_near_in_a_link_stays_inert_text_in_its_notice(options):
    """Markdown or HTML in the parameter must not become a link or formatting in the notice."""
    for raw in ("m4_highway:**9**<b>x</b>[y](https://e.example)", "place:[click](https://evil.example) <b>x</b>:5x"):
        (notice,) = parse({"near": raw}, briefings={}, options=options).notices
        outside = notice.replace(notice[notice.index("`"):notice.rindex("`") + 1], "")
        assert not any(c in outside for c in "[]()<>*") and len(notice) < 160, notice
    out = encode(briefing=None, scene=None, modified=False, view=None, start=None, end=None, layers=["events"],
                 types=None, subtypes=None, actors=None, basemap="none", presenter=False, options=options,
                 near=Near("m4_highway", 6), since=dt.date(2020, 10, 1), density_by="fatalities")
    assert (out["near"], out["since"], out["density"]) == ("m4_highway:6", "2020-10-01", "fatalities")


def test_a_scene_carries_near_and_since_and_a_bad_one_is_named(tmp_path, theatre, events, options):
    places, names = build_gazetteer(theatre), feature_names(theatre)
    path = tmp_path / "default.yaml"
    shutil.copy(BRIEFINGS / "default.yaml", path)
    spec = MapSpec(near=Near("turkish_posts:Morek", 5), since=dt.date(2020, 10, 1), density_by="fatalities")
    mapping = scene_mapping("Near Morek", "Text.", spec, ((35.4, 36.67), 11), data_span=(options.first_day,
                                                                                        options.last_day))
    number = insert_scene(path, mapping, 2, places, names)
    saved = read_briefing(path, places, names).scene(number)
    assert (saved.near, saved.since, saved.density_by) == (Near("turkish_posts:Morek", 5), dt.date(2020, 10, 1),
                                                           "fatalities")
    assert saved.to_spec(options).near == Near("turkish_posts:Morek", 5)
    bad = dict(mapping, near="turkish_posts:Atlantis:5")
    with pytest.raises(BriefingError, match="near: no placed theatre feature named 'Atlantis'"):
        insert_scene(path, bad, 2, places, names)


def test_change_by_actor_and_near_each_feature_are_hand_counts():
    on, off = to_geographic(Point(X0, Y0)), to_geographic(Point(X0 + 50_000, Y0))
    ev = _events([on, on, off])
    ev["actor1"] = ev["actor1"].cat.add_categories(["B"])
    ev.loc[ev.index[1], "actor1"] = "B"
    ev["actor2"] = ev["actor2"].cat.add_categories(["A"])
    ev.loc[ev.index[1], "actor2"] = "A"
    since, before = np.array([True, True, False]), np.array([False, False, True])
    actors = change.by_actor(ev, since, before)
    assert dict(zip(actors["actor"], zip(actors["since"], actors["before"]))) == {"A": (2, 1), "B": (1, 0)}
    near = change.by_target(ev, since, before, {"post": Target("p", ("p",), (on,))}, 1)
    assert (near["since"].item(), near["before"].item(), near["change"].item()) == (2, 0, "↑ new")


def test_an_export_states_the_near_filter_and_the_change_since_the_last_brief(theatre, events, options):
    from snapshots.layout import layout_html
    from snapshots.request import Snapshot

    spec = MapSpec(near=Near("m4_highway", 6), since=dt.date(2020, 10, 1),
                   filter=EventFilter(start=options.first_day, end=options.last_day),
                   layers=frozenset({"events", "m4_highway", "change"}))
    subset = selection.map_events(events, spec, theatre, options.last_day)
    context = selection.shown(events, spec, theatre, flt=EventFilter())
    page = layout_html(Snapshot(spec=spec, title="T"), theatre, subset, options, produced=dt.date(2020, 11, 1),
                       chart_events=context)
    filters = page[page.index('data-role="filters"'):page.index('data-role="since"')]
    assert "Within 6 km of M4 highway (position ±6 km at worst)" in filters and "4 events shown" in filters
    since = page[page.index('data-role="since"'):]
    since = since[:since.index("</section>")]
    # within 6 km of the M4: 1 event since 1 Oct, 3 in the 26 days before (the app's panel says the same)
    assert "Since the last brief (01 Oct 2020)" in since and "1 event 01 Oct – 26 Oct against 3 in 05 Sep – 30 Sep" \
        in since
    without = layout_html(Snapshot(spec=spec.with_(since=None, near=None), title="T"), theatre, subset, options,
                          produced=dt.date(2020, 11, 1))
    assert 'data-role="since"' not in without and "Within 6 km" not in without


def test_names_from_data_go_into_markdown_as_text():
    from ui.text import md_text

    assert md_text("Ma`arrat an Nu`man") == "Ma\\`arrat an Nu\\`man"
    assert md_text("**x** [a](javascript:alert(1)) <b>") == \
        "\\*\\*x\\*\\* \\[a\\]\\(javascript\\:alert\\(1\\)\\) \\<b\\>"


def test_a_printed_map_with_hexagons_but_no_event_layer_still_counts_the_events(theatre, events, options):
    from snapshots.layout import layout_html
    from snapshots.request import Snapshot

    spec = MapSpec(layers=frozenset({"sea", "density"}))
    page = layout_html(Snapshot(spec=spec, title="T"), theatre, events, options, produced=dt.date(2020, 11, 1))
    assert page.count("L.briefmapHexes(") == 1 and page.count("L.briefmapEvents(") == 1
    assert "Events layer not shown" in page  # its data is there for the hexagons; its dots are not
