"""The map loads nothing from the internet: every asset is vendored and localised."""

from __future__ import annotations

import datetime as dt
import json
import re

import folium
import pytest

from mapview.compose import build_map
from mapview.spec import MapSpec
from offline.assets import ASSETS, STATIC_DIR, AssetError, localize

LAST = dt.date(2020, 10, 26)


def test_every_registered_asset_is_on_disk():
    for name, rel in ASSETS.items():
        if rel is not None:
            assert (STATIC_DIR / rel).is_file(), name


def test_vendor_manifest_matches_the_files():
    import hashlib

    manifest = json.loads((STATIC_DIR / "vendor" / "MANIFEST.json").read_text())
    for entry in manifest:
        data = (STATIC_DIR / "vendor" / entry["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], entry["file"]


def test_the_built_map_has_no_remote_script_or_stylesheet(theatre, events):
    html = build_map(MapSpec(), theatre, events, data_last_day=LAST).get_root().render()
    remote = re.findall(r'(?:src|href)\s*=\s*["\'](https?:)?//', html)
    assert remote == []
    assert '<script src="/app/static/vendor/leaflet/leaflet.js">' in html


def test_tiles_are_the_only_remote_url_when_chosen(theatre, events):
    html = build_map(MapSpec(basemap="osm"), theatre, events, data_last_day=LAST).get_root().render()
    assert "tile.openstreetmap.org" in html
    assert re.findall(r'(?:src|href)\s*=\s*["\']https?://', html) == []


def test_an_unvendored_asset_is_an_error_not_a_cdn_request():
    class Fancy(folium.elements.JSCSSMixin, folium.MacroElement):
        default_js = [("fancy", "https://cdn.example.org/fancy.js")]

    m = folium.Map(tiles=None)
    Fancy().add_to(m)
    with pytest.raises(AssetError, match=r"Fancy asks for web asset 'fancy' \(https://cdn.example.org/fancy.js\)"):
        localize(m)


def test_localize_leaves_folium_class_defaults_alone():
    m = folium.Map(tiles=None)
    localize(m, "/x/")
    assert folium.Map.default_js[0][1].startswith("https://")
    assert m.default_js[0] == ("leaflet", "/x/vendor/leaflet/leaflet.js")


def test_a_stale_or_missing_bundle_is_not_used(tmp_path, monkeypatch):
    import offline.assets as assets

    monkeypatch.setattr(assets, "STATIC_DIR", tmp_path)
    for name in assets.BUNDLE_ORDER:  # a private copy of the scripts
        target = tmp_path / assets.ASSETS[name]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text((STATIC_DIR / assets.ASSETS[name]).read_text(encoding="utf-8"), encoding="utf-8")
    assert not assets.bundle_is_current()  # missing
    (tmp_path / assets.BUNDLE).parent.mkdir(parents=True)
    (tmp_path / assets.BUNDLE).write_text(assets.bundle_text(), encoding="utf-8")
    assert assets.bundle_is_current()
    (tmp_path / assets.ASSETS["briefmap_events_js"]).write_text("// edited", encoding="utf-8")
    assert not assets.bundle_is_current()  # a script changed after the bundle was built


def test_the_app_map_loads_one_script_bundle(theatre, events):
    from mapview.compose import RenderOptions

    fmap = build_map(MapSpec(), theatre, events, data_last_day=LAST, options=RenderOptions(bundle=True))
    html = fmap.get_root().render()
    scripts = re.findall(r'<script src="([^"]+)"', html)
    assert scripts == ["/app/static/bundle/briefmap.bundle.js"]


def test_leaflet_draw_loads_only_on_maps_built_for_drawing(theatre, events):
    from mapview.compose import RenderOptions

    def assets(**options):
        html = build_map(MapSpec(), theatre, events, data_last_day=LAST, options=RenderOptions(**options)) \
            .get_root().render()
        return re.findall(r'<script src="([^"]+)"', html), re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)

    draw_js = "/app/static/vendor/leaflet-draw/leaflet.draw.js"
    draw_css = "/app/static/vendor/leaflet-draw/leaflet.draw.css"
    for options in ({}, {"bundle": True}):
        scripts, styles = assets(**options)
        assert draw_js not in scripts and draw_css not in styles
    scripts, styles = assets(drawing=True)
    assert draw_js in scripts and draw_css in styles
    assert scripts.index("/app/static/vendor/leaflet/leaflet.js") < scripts.index(draw_js)
    scripts, styles = assets(drawing=True, bundle=True)  # the app: after the bundle, which has Leaflet
    assert scripts == ["/app/static/bundle/briefmap.bundle.js", draw_js] and draw_css in styles


def test_leaflet_draw_is_vendored_with_its_licence():
    manifest = json.loads((STATIC_DIR / "vendor" / "MANIFEST.json").read_text())
    files = {e["file"]: e for e in manifest if e["package"] == "leaflet-draw"}
    assert {"leaflet-draw/leaflet.draw.js", "leaflet-draw/leaflet.draw.css", "leaflet-draw/LICENSE",
            "leaflet-draw/images/spritesheet.svg"} <= set(files)
    assert all(e["version"] == "1.0.4" and e["license"] == "MIT" for e in files.values())
    assert "Permission is hereby granted" in (STATIC_DIR / "vendor" / "leaflet-draw" / "LICENSE").read_text()
