"""The charts (pure Altair specs, checked through ``to_dict``), their SVG, and the charts band of exports."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import LineString, Point, Polygon

from analysis.proximity import nearest_within, resolve_target, summary
from charts.common import DAY_MS, WINDOW_FILL, monday, undated
from charts.fatalities import cumulative_counts, cumulative_fatalities, window_total
from charts.near import PANELS, near_counts, near_multiples
from charts.svg import print_config, to_svg
from charts.weekly import weekly_by_type, weekly_counts
from filters.events import EventFilter, filter_events, filter_options, from_day, select_events, to_day
from layers import style
from mapview.spec import MapSpec
from snapshots.layout import chart_band_px, layout_html
from snapshots.request import Snapshot
from snapshots.sizes import SIZES

ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2026, 11, 26)
START, END = dt.date(2020, 9, 10), dt.date(2020, 9, 20)  # a Thursday to a Sunday
JISR = (36.3167, 35.8167)  # lon, lat of the hand-made point feature below


def _frame(rows) -> pd.DataFrame:
    """Events from (date, type, fatalities[, lat, lon]) tuples."""
    out = pd.DataFrame(
        [
            {"day": to_day(dt.date.fromisoformat(r[0])), "event_type": r[1], "fatalities": r[2],
             "latitude": r[3] if len(r) > 3 else JISR[1], "longitude": r[4] if len(r) > 4 else JISR[0]}
            for r in rows
        ]
    )
    out["event_type"] = out["event_type"].astype("category")
    return out


SMALL = _frame([
    ("2020-09-06", "Battles", 1),  # a Sunday: the week of Monday 31 Aug
    ("2020-09-07", "Battles", 2),  # a Monday: a new week
    ("2020-09-07", "Explosions/Remote violence", 0),
    ("2020-09-13", "Explosions/Remote violence", 5),  # Sunday: still the week of 7 Sep
    ("2020-09-13", "Battles", 0),
    ("2020-09-14", "Explosions/Remote violence", 3),  # Monday: the week of 14 Sep
    ("2020-10-01", "Strategic developments", 0),  # after the window
])
EMPTY = SMALL.iloc[0:0]


def _layers(spec: dict) -> list[dict]:
    return spec.get("layer", [])


def _mark(layer: dict) -> str:
    mark = layer["mark"]
    return mark if isinstance(mark, str) else mark["type"]


def _values(layer: dict) -> list[dict]:
    return layer["data"]["values"]


def _band(spec: dict) -> dict:
    """The window band layer: the rect drawn in the window colour."""
    (band,) = [lay for lay in _layers(spec) if _mark(lay) == "rect" and lay["mark"].get("color") == WINDOW_FILL]
    return band


def _ms(d: dt.date) -> int:
    return to_day(d) * DAY_MS


# --- weeks ---------------------------------------------------------------------------------------------------


def test_monday_rule_matches_the_proximity_summary():
    days = SMALL["day"].to_numpy()
    assert [from_day(d) for d in monday(days)] == [
        dt.date(2020, 8, 31), dt.date(2020, 9, 7), dt.date(2020, 9, 7), dt.date(2020, 9, 7),
        dt.date(2020, 9, 7), dt.date(2020, 9, 14), dt.date(2020, 9, 28)]
    near = pd.DataFrame({"feature": "x", "distance_m": 0.0}, index=SMALL.index)
    weeks = summary(SMALL, near)["week"]
    counted = pd.Series(monday(days)).map(from_day).value_counts().sort_index()
    assert weeks.set_index("week")["events"].to_dict() == counted.to_dict()


def test_weekly_counts_equal_a_hand_count():
    counts = weekly_counts(SMALL)
    got = {(from_day(w), t): n for w, t, n in counts[["week", "event_type", "events"]].itertuples(index=False)}
    assert got == {
        (dt.date(2020, 8, 31), "Battles"): 1,
        (dt.date(2020, 9, 7), "Battles"): 2,
        (dt.date(2020, 9, 7), "Explosions/Remote violence"): 2,
        (dt.date(2020, 9, 14), "Explosions/Remote violence"): 1,
        (dt.date(2020, 9, 28), "Strategic developments"): 1,
    }
    assert counts["events"].sum() == len(SMALL)
    assert all(from_day(w).weekday() == 0 for w in counts["week"])


def test_weekly_chart_stacks_in_map_colours_and_shades_the_window():
    spec = weekly_by_type(SMALL, START, END).to_dict()
    band = _band(spec)
    assert _values(band) == [{"t": _ms(START), "t2": _ms(END) + DAY_MS, "what": "Selected window",
                              "span": "10 Sep 2020 – 20 Sep 2020"}]
    (bars,) = [lay for lay in _layers(spec) if lay is not band]
    colour = bars["encoding"]["color"]["scale"]
    assert colour["domain"] == ["Battles", "Explosions/Remote violence", "Strategic developments"]
    assert colour["range"] == [style.event_style(t).color for t in colour["domain"]]
    rows = {(r["week"], r["event_type"]): r for r in _values(bars)}
    sep7 = to_day(dt.date(2020, 9, 7))
    # stacked in the map's type order, each bar from y0 to y1
    battles, explosions = rows[(sep7, "Battles")], rows[(sep7, "Explosions/Remote violence")]
    assert (battles["y0"], battles["y1"], explosions["y0"], explosions["y1"]) == (0, 2, 2, 4)
    # weeks touching the window drawn full, the others faint
    inside = {from_day(r["t"] // DAY_MS): r["in_window"] for r in _values(bars)}
    assert inside == {dt.date(2020, 8, 31): False, dt.date(2020, 9, 7): True, dt.date(2020, 9, 14): True,
                      dt.date(2020, 9, 28): False}
    assert bars["encoding"]["opacity"]["condition"]["test"] == "datum.in_window"
    assert "Weeks start on Monday" in str(spec["title"]) and "selected window" in str(spec["title"])


def test_weekly_axis_covers_the_events_and_the_window():
    late = dt.date(2020, 11, 2), dt.date(2020, 11, 8)
    spec = weekly_by_type(SMALL, *late).to_dict()
    x = _band(spec)["encoding"]["x"]
    assert x["scale"]["domain"] == [{"year": 2020, "month": 8, "date": 31, "utc": True},
                                    {"year": 2020, "month": 11, "date": 9, "utc": True}]
    assert x["scale"]["type"] == "utc"  # the same day in every time zone
    assert all(dt.date(v["year"], v["month"], v["date"]).weekday() == 0 for v in x["axis"]["values"])


# --- fatalities ----------------------------------------------------------------------------------------------


def test_cumulative_fatalities_are_running_totals():
    daily = cumulative_counts(SMALL)
    assert [from_day(d) for d in daily["day"]] == [dt.date(2020, 9, 6), dt.date(2020, 9, 7), dt.date(2020, 9, 13),
                                                   dt.date(2020, 9, 14), dt.date(2020, 10, 1)]
    assert daily["fatalities"].tolist() == [1, 2, 5, 3, 0]
    assert daily["cumulative"].tolist() == [1, 3, 8, 11, 11]
    assert window_total(SMALL, START, END) == 5 + 0 + 3  # 13 and 14 Sep; 6 and 7 Sep are before it


def test_cumulative_chart_says_reported_and_shades_the_window():
    spec = cumulative_fatalities(SMALL, START, END).to_dict()
    text = str(spec["title"])
    assert "Reported fatalities" in text and "8 in the selected window" in text and "11 in all shown" in text
    assert _values(_band(spec))[0]["t"] == _ms(START)
    (line,) = [lay for lay in _layers(spec) if _mark(lay) == "line"]
    values = _values(line)
    assert values[0]["cumulative"] == 0 and values[-1]["cumulative"] == 11  # from zero to the total
    assert [v["cumulative"] for v in values[1:-1]] == [1, 3, 8, 11, 11]
    assert line["encoding"]["y"]["title"] == "Reported fatalities"


def test_missing_fatalities_count_as_zero():
    frame = SMALL.assign(fatalities=pd.array([1, None, 2, None, 0, 0, 0], dtype="Int64"))
    assert cumulative_counts(frame)["cumulative"].iloc[-1] == 3


# --- near ----------------------------------------------------------------------------------------------------


def _layer(geoms, names, kinds=None, placed=None) -> gpd.GeoDataFrame:
    data = {"name": names, "kind": kinds or ["x"] * len(names), "placed": placed or [True] * len(names)}
    return gpd.GeoDataFrame(data, geometry=list(geoms), crs="EPSG:4326")


def _north(km: float) -> float:
    """Latitude ``km`` north of the hand-made point (a degree of latitude is ~110.9 km here)."""
    return JISR[1] + km / 110.9


@pytest.fixture
def hand_theatre():
    return {
        "jisr_al_shughur": _layer([Point(JISR)], ["Jisr al-Shughur"]),
        # the plain is far north; the river runs past the events: only the plain counts
        "al_ghab_plain": _layer([Polygon([(36.0, 37.0), (36.1, 37.0), (36.1, 37.1)]),
                                 LineString([(JISR[0] + 0.01, 35.0), (JISR[0] + 0.01, 36.5)])],
                                ["plain", "Orontes"], kinds=["plain", "river"]),
        "turkish_posts": _layer([None], ["Salwa"], placed=[False]),  # no placed post: skipped
    }


HAND = _frame([
    ("2020-09-07", "Battles", 0, JISR[1], JISR[0]),  # on the feature
    ("2020-09-08", "Battles", 0, _north(5.0), JISR[0]),  # 5 km: within 6
    ("2020-09-14", "Battles", 0, _north(5.9), JISR[0]),  # 5.9 km: within 6
    ("2020-09-14", "Battles", 0, _north(7.0), JISR[0]),  # 7 km: not within
    ("2020-09-21", "Battles", 0, 37.0, 36.0),  # on the plain's corner
])


def test_near_counts_events_within_km_on_a_hand_case(hand_theatre):
    counts, skipped = near_counts(HAND, hand_theatre, 6)
    got = {(p, from_day(w)): n for p, w, n in counts.itertuples(index=False)}
    assert got == {("Jisr al-Shughur", dt.date(2020, 9, 7)): 2, ("Jisr al-Shughur", dt.date(2020, 9, 14)): 1,
                   ("al-Ghab Plain", dt.date(2020, 9, 21)): 1}
    assert skipped == ["Turkish posts (all placed)"]
    # the same events as analysis.proximity finds
    target = resolve_target(hand_theatre, "jisr_al_shughur")
    assert len(nearest_within(HAND, target, 6)) == 3


def test_near_multiples_share_one_scale_and_skip_absent_layers(hand_theatre):
    spec = near_multiples(HAND, hand_theatre, 6, START, END).to_dict()
    panels = spec["concat"]
    titles = [p["title"]["text"] for p in panels]
    assert titles == ["Jisr al-Shughur: 3", "al-Ghab Plain: 1"]  # no M4, corridor, Hmeimim in this theatre
    assert spec["resolve"]["scale"]["y"] == "shared"
    domains = [lay["encoding"]["y"]["scale"]["domain"] for p in panels for lay in p["layer"] if "y" in lay["encoding"]]
    assert domains == [[0, 2], [0, 2]]
    for p in panels:
        assert _values(_band(p))[0]["t2"] == _ms(END) + DAY_MS
        bars = [lay for lay in p["layer"] if "y" in lay["encoding"]][0]
        weeks = [v["week"] for v in _values(bars)]
        assert weeks == list(range(weeks[0], weeks[-1] + 1, 7))  # every week, the empty ones too
    assert "Not drawn (no placed feature): Turkish posts (all placed)" in str(spec["title"])
    assert "within 6 km" in str(spec["title"])


def test_near_multiples_on_the_theatre_agree_with_proximity(theatre, events):
    spec = near_multiples(events, theatre, 6, dt.date(2020, 9, 11), dt.date(2020, 10, 26)).to_dict()
    titles = [p["title"]["text"].rsplit(": ", 1) for p in spec["concat"]]
    assert [t for t, _ in titles] == [p.title for p in PANELS]
    m4 = len(nearest_within(events, resolve_target(theatre, "m4_highway"), 6))
    assert dict(titles)["M4 highway (the road)"] == str(m4)


# --- empty input, SVG ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("make", [
    lambda e, t: weekly_by_type(e, START, END),
    lambda e, t: cumulative_fatalities(e, START, END),
    lambda e, t: near_multiples(e, t, 6, START, END),
])
def test_empty_input_draws_no_events(make, hand_theatre):
    chart = make(EMPTY, hand_theatre)
    spec = chart.to_dict()
    assert spec["mark"]["type"] == "text" and spec["data"]["values"] == [{"message": "No events"}]
    assert "No events" in to_svg(chart)


def test_near_without_theatre_features_says_so():
    spec = near_multiples(HAND, {}, 6, START, END).to_dict()
    assert spec["data"]["values"] == [{"message": "No theatre features to measure from"}]


def test_to_svg_returns_one_svg_element_with_the_titles():
    svg = to_svg(weekly_by_type(SMALL, START, END, width=400, height=150), config=print_config(12.5))
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>") and svg.count("<svg") == 1
    assert "Events per week, by type" in svg and "DejaVu Sans" in svg


def test_to_svg_fetches_nothing():
    import altair as alt

    chart = alt.Chart(alt.UrlData("https://example.com/events.csv")).mark_point().encode(x="a:Q")
    with pytest.raises(ValueError, match="not allowed"):
        to_svg(chart)


def test_charts_package_is_pure():
    for path in (ROOT / "charts").glob("*.py"):
        assert not re.search(r"^\s*(import|from)\s+streamlit", path.read_text(), re.M), path


def test_undated_keeps_every_filter_but_the_dates():
    flt = EventFilter(START, END, event_types=("Battles",), actors=("A",), datasets=("seed",))
    assert undated(flt) == EventFilter(None, None, event_types=("Battles",), actors=("A",), datasets=("seed",))


# --- the charts band of PNG/PDF exports ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def options(events):
    return filter_options(events)


def _snap(charts: bool, size="slide", layers=None) -> Snapshot:
    spec = MapSpec(filter=EventFilter(dt.date(2020, 9, 20), dt.date(2020, 10, 10)))
    if layers is not None:
        spec = spec.with_(layers=frozenset(layers))
    return Snapshot(spec=spec, title="T", charts=charts, size=SIZES[size])


def test_layout_has_no_charts_unless_asked(theatre, events, options):
    snap = _snap(False)
    html = layout_html(snap, theatre, filter_events(events, snap.spec.filter), options, produced=DAY)
    assert 'data-role="charts"' not in html and "Events per week, by type" not in html


@pytest.mark.parametrize("size", list(SIZES))
def test_layout_with_charts_holds_both_svgs_sized_to_the_band(theatre, events, options, size):
    snap = _snap(True, size)
    context = select_events(events, undated(snap.spec.filter))
    html = layout_html(snap, theatre, filter_events(events, snap.spec.filter), options, produced=DAY,
                       chart_events=context)
    band = re.search(r'<div class="charts" data-role="charts">(.*?)</div>\s*</div>', html, re.S).group(1)
    assert band.count("<svg") == 2 and 'data-role="chart-weekly"' in band and 'data-role="chart-fatalities"' in band
    assert "Events per week, by type" in band and "Reported fatalities, cumulative" in band
    width, height, gap = chart_band_px(SIZES[size])
    assert re.findall(r'<svg[^>]* width="(\d+)" height="(\d+)"', band) == [(str(width), str(height))] * 2
    # the band fits beside the side panel and leaves most of the page to the map
    b = SIZES[size].base_px
    assert 2 * width + gap <= SIZES[size].width_px - 17 * b - 2.4 * b
    assert height <= 0.26 * SIZES[size].height_px
    # the charts see the events outside the window: more in all than in the window
    total = int(pd.to_numeric(events["fatalities"]).sum())
    inside = window_total(events, dt.date(2020, 9, 20), dt.date(2020, 10, 10))
    assert inside < total and f"{total:,} in all shown" in band and f"{inside:,} in the selected window" in band


def test_layout_charts_escape_text_from_the_data(theatre, events, options):
    hostile = events.copy()
    bad = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
    hostile["event_type"] = hostile["event_type"].astype(str).where(hostile.index != hostile.index[0], bad)
    hostile["event_type"] = hostile["event_type"].astype("category")
    snap = _snap(True, layers=("border",))  # events off the map: the chart carries its own colour legend
    html = layout_html(snap, theatre, filter_events(events, snap.spec.filter), options, produced=DAY,
                       chart_events=hostile)
    assert '<script>alert("x")' not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;" in html


def test_the_weekly_axis_ticks_whole_events_even_when_counts_are_tiny():
    one = pd.DataFrame({"day": [to_day(dt.date(2020, 10, 1))], "event_type": pd.Categorical(["Battles"]),
                        "fatalities": [0]})
    svg = to_svg(weekly_by_type(one, dt.date(2020, 9, 20), dt.date(2020, 10, 20), width=400, height=200))
    ticks = set(re.findall(r">(\d+\.\d+|\d+)</text>", svg))
    assert ticks >= {"0", "1"} and not any("." in t for t in ticks)
