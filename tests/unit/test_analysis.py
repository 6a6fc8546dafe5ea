"""Proximity and change since the last brief, on cases checked by hand, and their command line."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from shapely.geometry import LineString, Point

from analysis import cli
from analysis.change import Windows, change_text, compare
from analysis.proximity import Target, TargetError, nearest_within, resolve_target
from filters.events import EventFilter, to_day
from spatial.metric import to_geographic

X0, Y0 = 700_000.0, 3_960_000.0  # UTM 37N, near Jisr al-Shughur


def _events(points, days=None, types=None) -> pd.DataFrame:
    """A minimal map-column table for lon/lat points."""
    n = len(points)
    days = days or [to_day(dt.date(2020, 10, 1))] * n
    return pd.DataFrame({
        "longitude": [p.x for p in points], "latitude": [p.y for p in points], "day": days,
        "event_type": pd.Categorical(types or ["Battles"] * n), "sub_event_type": pd.Categorical(["x"] * n),
        "actor1": pd.Categorical(["A"] * n), "actor2": pd.Categorical([None] * n),
        "dataset": pd.Categorical(["seed"] * n),
    }, index=pd.RangeIndex(100, 100 + n))


def test_a_point_599_km_from_a_line_is_within_6_km_and_one_601_km_is_not():
    line = to_geographic(LineString([(X0, Y0), (X0 + 20_000, Y0)]))
    near, far = to_geographic(Point(X0 + 10_000, Y0 + 5_990)), to_geographic(Point(X0 + 10_000, Y0 - 6_010))
    found = nearest_within(_events([near, far]), Target("line", ("road",), (line,)), 6)
    assert list(found.index) == [100]
    assert found["distance_m"].iloc[0] == pytest.approx(5_990, abs=0.5)
    assert found["feature"].iloc[0] == "road"


def test_an_event_exactly_on_a_post_is_at_zero_metres_even_within_zero_km():
    post = to_geographic(Point(X0, Y0))
    found = nearest_within(_events([post]), Target("posts", ("Morek",), (post,)), 0)
    assert list(found["distance_m"]) == [0.0]


def test_each_event_counts_once_for_its_nearest_feature():
    a, b = to_geographic(Point(X0, Y0)), to_geographic(Point(X0 + 3_000, Y0))
    ev = to_geographic(Point(X0 + 1_000, Y0))
    found = nearest_within(_events([ev]), Target("posts", ("A", "B"), (a, b)), 5)
    assert list(found["feature"]) == ["A"] and found["distance_m"].iloc[0] == pytest.approx(1_000, abs=0.5)


def test_no_events_is_an_empty_answer():
    line = to_geographic(LineString([(X0, Y0), (X0 + 1, Y0)]))
    assert nearest_within(_events([]), Target("l", ("l",), (line,)), 6).empty


def test_the_m4_target_is_the_highway_line_not_its_corridor_ends(theatre):
    target = resolve_target(theatre, "m4_highway")
    assert target.geometries and all(g.geom_type in ("LineString", "MultiLineString") for g in target.geometries)
    post = resolve_target(theatre, "turkish_posts:morek")
    assert post.names == ("Morek",) and post.label == "turkish_posts:Morek"
    with pytest.raises(TargetError, match="no layer 'm5'"):
        resolve_target(theatre, "m5")
    assert resolve_target(theatre, "turkish_posts:Salwa").names == ("Salwa",)
    posts = theatre["turkish_posts"].copy()
    posts.loc[posts["name"] == "Salwa", "placed"] = False
    with pytest.raises(TargetError, match="no placed feature named 'Salwa'"):
        resolve_target(dict(theatre, turkish_posts=posts), "turkish_posts:Salwa")  # a post no source locates


def _on(*dates) -> pd.DataFrame:
    return _events([Point(36.4, 35.8)] * len(dates), days=[to_day(d) for d in dates])


def test_the_windows_meet_without_overlap_and_each_boundary_day_counts_once():
    w = Windows(dt.date(2020, 10, 11), dt.date(2020, 10, 20))  # 10 days; before: 1-10 Oct
    assert w.days == 10 and w.before == (dt.date(2020, 10, 1), dt.date(2020, 10, 10))
    ev = _on(dt.date(2020, 9, 30), dt.date(2020, 10, 1), dt.date(2020, 10, 10), dt.date(2020, 10, 11),
             dt.date(2020, 10, 20), dt.date(2020, 10, 21))
    result = compare(ev, w)
    assert (result["since"], result["before"]) == (2, 2)
    assert sorted(to_day(dt.date(2020, 10, d)) for d in (11, 20)) == sorted(result["new"]["day"])


def test_empty_windows_and_the_change_text():
    result = compare(_on(dt.date(2020, 1, 1)), Windows(dt.date(2020, 10, 1), dt.date(2020, 10, 1)))
    assert (result["since"], result["before"]) == (0, 0) and result["by_type"].empty
    assert [change_text(*p) for p in ((6, 4), (2, 4), (3, 3), (2, 0), (0, 2))] == ["↑ 50%", "↓ 50%", "=", "↑ new",
                                                                                  "↓ 100%"]
    with pytest.raises(ValueError, match="before the date of the last brief"):
        Windows(dt.date(2020, 10, 2), dt.date(2020, 10, 1))


def test_the_filter_applies_to_both_windows():
    ev = _events([Point(36.4, 35.8)] * 2, days=[to_day(dt.date(2020, 10, 5))] * 2, types=["Battles", "Riots"])
    result = compare(ev, Windows(dt.date(2020, 10, 1), dt.date(2020, 10, 10)), EventFilter(event_types=("Riots",)))
    assert result["since"] == 1 and list(result["by_type"]["event_type"]) == ["Riots"]


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "store.gpkg")


def test_the_command_line_ends_with_the_exact_last_lines(db, capsys):
    assert cli.main(["--db", db, "proximity", "--near", "m4_highway", "--km", "6"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1] == "events_within=4"  # the seed's events within 6 km of the M4 (checked on the map)
    assert cli.main(["--db", db, "change", "--since", "2020-10-01", "--end", "2020-10-26"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "since=4 before=8"
    assert cli.main(["--db", db, "proximity", "--near", "m4_highway", "--km", "6",
                     "--types", "Strategic developments"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "events_within=2"


def test_the_command_line_names_a_bad_target_in_one_line_and_exits_2(db, capsys):
    assert cli.main(["--db", db, "proximity", "--near", "nowhere", "--km", "6"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: no layer 'nowhere'")
    assert cli.main(["--db", db, "proximity", "--near", "m4_highway", "--km", "-1"]) == 2


def test_the_box_that_narrows_the_search_drops_no_event_within_reach():
    """Against brute force: every event's metric distance to the line, no index, no box."""
    import numpy as np
    import shapely

    from analysis.proximity import event_points_m
    from spatial.metric import to_metric

    rng = np.random.default_rng(5)
    line = to_geographic(LineString([(X0, Y0), (X0 + 30_000, Y0 + 12_000)]))
    lon = rng.uniform(line.bounds[0] - 0.3, line.bounds[2] + 0.3, 5000)
    lat = rng.uniform(line.bounds[1] - 0.3, line.bounds[3] + 0.3, 5000)
    events = _events([Point(x, y) for x, y in zip(lon, lat)])
    for km in (0.5, 6, 25):
        found = nearest_within(events, Target("l", ("l",), (line,)), km)
        brute = shapely.distance(event_points_m(events), to_metric(line)) <= km * 1000
        assert set(found.index) == set(events.index[brute]) and brute.sum() > 0
