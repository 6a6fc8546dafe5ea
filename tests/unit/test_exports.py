"""Data exports and the layout / standalone pages (no browser needed here)."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import re
import zipfile
from html.parser import HTMLParser

import pandas as pd
import pytest

from bench.synthetic import synthetic_events
from briefings.load import load_briefings
from filters.events import EventFilter, filter_events, filter_options
from layers.events import read_details_blob
from loaders.events import ACLED_COLUMNS, read_events
from loaders.gazetteer import build_gazetteer, feature_names
from loaders.geojson import read_layer
from mapview.spec import MapSpec
from snapshots import exports
from snapshots.layout import layout_html, narrative_html
from snapshots.request import Snapshot, scene_file_name, scene_snapshot, slug
from snapshots.sizes import SIZES
from snapshots.standalone import standalone_html

DAY = dt.date(2026, 11, 26)


class RemoteRefs(HTMLParser):
    """Collects src/href attributes that point off the machine."""

    def __init__(self):
        super().__init__()
        self.remote: list[str] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("src", "href") and value and value.strip().lower().startswith(("http:", "https:", "//")):
                self.remote.append(f"<{tag} {name}={value}>")


def remote_refs(html: str) -> list[str]:
    parser = RemoteRefs()
    parser.feed(html)
    return parser.remote


@pytest.fixture(scope="module")
def options(events):
    return filter_options(events)


@pytest.fixture(scope="module")
def default_briefing(theatre):
    return load_briefings(build_gazetteer(theatre), feature_names(theatre))[0]["default"]


def test_events_csv_reimports_unchanged(tmp_path, events):
    shown = filter_events(events, EventFilter(start=dt.date(2020, 9, 20), end=dt.date(2020, 9, 20)))
    path = tmp_path / "export.csv"
    path.write_bytes(exports.events_csv(shown))
    header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert tuple(header) == ACLED_COLUMNS
    back = read_events(path)
    assert len(back) == len(shown) == 5
    for col in ("event_id_cnty", "event_date", "notes", "source", "actor1"):
        assert list(back[col].astype(str)) == list(shown[col].astype(str)), col
    for col in ("latitude", "longitude", "geo_precision", "time_precision", "fatalities"):
        assert list(back[col]) == list(shown[col]), col


def test_events_geojson(events):
    fc = json.loads(exports.events_geojson(events))
    assert len(fc["features"]) == len(events)
    first = fc["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [36.7, 35.733]}
    assert set(first["properties"]) == set(ACLED_COLUMNS)
    assert first["properties"]["geo_precision"] == 3


def test_layers_zip_holds_every_theatre_layer_and_each_validates(tmp_path, theatre):
    with zipfile.ZipFile(io.BytesIO(exports.layers_zip(theatre))) as zf:
        names = sorted(zf.namelist())
        zf.extractall(tmp_path)
    assert names == sorted(f"{k}.geojson" for k in exports.EXPORTED_LAYERS)
    for name in names:
        gdf = read_layer(tmp_path / name)  # the same validation as the app's own files
        assert len(gdf) == len(theatre[name.removesuffix(".geojson")])
    posts = json.loads((tmp_path / "turkish_posts.geojson").read_text())
    assert all(f["geometry"]["type"] == "Point" for f in posts["features"])  # every post is placed
    m4 = json.loads((tmp_path / "m4_highway.geojson").read_text())
    ain = next(f for f in m4["features"] if f["properties"]["name"].startswith("Ain al-Hawr"))
    assert ain["geometry"] is None and ain["properties"]["placed"] is False  # kept, not dropped


def test_file_names_and_slugs():
    assert slug("Strikes around Jisr al-Shughur, September–October 2020") == (
        "strikes-around-jisr-al-shughur-september-october-2020")
    assert scene_file_name(1, "The theatre and Russia's base", "png") == "01-the-theatre-and-russia-s-base.png"
    assert slug("¡¿") == "scene"


def test_layout_page_has_every_part_and_nothing_remote(theatre, events, options, default_briefing):
    snap = scene_snapshot(default_briefing, 5, options, marking="SECRET // TEST", size=SIZES["slide"])
    html = layout_html(snap, theatre, filter_events(events, snap.spec.filter), options, produced=DAY)
    assert remote_refs(html) == []
    assert html.count("SECRET // TEST") == 2
    assert "Idlib, Sept–Oct 2020: will Russia deploy ground forces?" in html
    assert "5/7 · Why Jisr al-Shughur matters to Hmeimim" in html
    assert "Events 11 Sep 2020 – 26 Oct 2020" in html and "As of 26 Oct 2020" in html
    assert "Range ring (computed radius)" in html and "Hmeimim perimeter (approx.)" in html
    assert "Turkish observation post" not in html  # neither posts nor events are on in this scene
    assert "GeoNames (CC BY 4.0)" in html and "000_8eb99e2c7a72c085.txt" in html
    assert 'aria-label="North arrow"' in html
    assert "Produced 26 Nov 2026" in html


def test_layout_escapes_narrative_html(theatre, events, options):
    snap = Snapshot(spec=MapSpec(), title="<b>T</b>", narrative="**bold** <script>alert(1)</script>")
    html = layout_html(snap, theatre, events, options, produced=DAY)
    assert "<script>alert(1)</script>" not in html and "&lt;b&gt;T&lt;/b&gt;" in html
    assert narrative_html("**bold** <i>x</i>") == "<p><strong>bold</strong> &lt;i&gt;x&lt;/i&gt;</p>"


def test_standalone_page_is_self_contained_and_interactive(theatre, events, options, default_briefing):
    snap = scene_snapshot(default_briefing, 4, options, marking="UNCLASSIFIED", size=SIZES["slide"])
    shown = filter_events(events, snap.spec.filter)
    html = standalone_html(snap, theatre, shown, options, produced=DAY)
    assert remote_refs(html) == []
    assert "briefmap-asset:" not in html
    assert "L.control.layers" in html and "L.briefmapEvents" in html and "briefmapTitleBox" in html
    # records embedded for popups, compressed: no event's id is in the page as text
    assert '"details_gz":"' in html and "SYR-BM-0012" not in html
    assert dict(read_details_blob(_details_blob(html))[str(shown.index[0])])["Event ID"].startswith("SYR-BM-")
    assert "<title>Idlib, Sept–Oct 2020" in html


def _details_blob(html: str) -> bytes:
    found = re.findall(r'"details_gz":"([A-Za-z0-9+/=]+)"', html)
    assert len(found) == 1
    return base64.b64decode(found[0])


def _synthetic_page(theatre, events) -> str:
    options = filter_options(events)
    spec = MapSpec(filter=EventFilter(options.first_day, options.last_day))
    return standalone_html(Snapshot(spec=spec, title="SYNTHETIC test data"), theatre, events, options, produced=DAY)


def test_standalone_page_carries_details_only_compressed(theatre):
    events = synthetic_events(500)
    note = "Distinctive note: 7F3A convoy seen at the <ridge> & \"quoted\" {{ x }}"
    events.loc[events.index[137], "notes"] = note
    html = _synthetic_page(theatre, events)
    assert "Distinctive note" not in html and "7F3A" not in html
    assert "SYNTHETIC-0000137" not in html and "SYNTHETIC-0000000" not in html
    assert '"details":' not in html  # the old plain-JSON details are gone
    details = read_details_blob(_details_blob(html))
    assert len(details) == 500
    rec = dict(details[str(events.index[137])])
    assert rec["Notes"] == note and rec["Event ID"] == "SYNTHETIC-0000137"
    assert dict(details[str(events.index[0])])["Notes"] == events.loc[events.index[0], "notes"]


def test_standalone_page_stays_small_per_event(theatre):
    """Bytes a page adds per event, measured on 20,000: low enough for 100,000 in 15 MB."""
    small = len(_synthetic_page(theatre, synthetic_events(1_000)).encode("utf-8"))
    large = len(_synthetic_page(theatre, synthetic_events(20_000)).encode("utf-8"))
    per_event = (large - small) / 19_000
    fixed = small - 1_000 * per_event
    assert per_event < 80  # plain-JSON details took about 600
    assert fixed < 1.5e6  # theatre layers, scripts, legend, title box: nothing per event
    assert fixed + 100_000 * per_event <= 15e6


def test_tiles_are_the_only_remote_reference_when_chosen(theatre, events, options):
    snap = Snapshot(spec=MapSpec(basemap="osm"), title="T")
    html = layout_html(snap, theatre, events, options, produced=DAY)
    assert remote_refs(html) == []
    assert "tile.openstreetmap.org" in html
    assert "Tiles: © OpenStreetMap contributors" in html


def test_sizes():
    assert (SIZES["slide"].width_px, SIZES["slide"].height_px) == (1920, 1080)
    assert (SIZES["720p"].width_px, SIZES["720p"].height_px) == (1280, 720)
    assert SIZES["a4"].css_page == "297mm 210mm" and SIZES["letter"].css_page == "11in 8.5in"


def test_events_csv_of_nothing_is_just_the_header(events):
    data = exports.events_csv(events.iloc[0:0])
    assert pd.read_csv(io.BytesIO(data)).columns.tolist() == list(ACLED_COLUMNS)
