"""The one registry of web assets the map may load, all served from ``static/``.

folium and its plugins name their scripts and stylesheets as ``(name, url)``
pairs pointing at CDNs, which leave a map blank on an air-gapped network.
:func:`localize` walks a built map and rewrites every such pair to the
vendored copy under ``static/`` (served by Streamlit at ``/app/static/``), or
drops it where the map does not need it (jQuery, Bootstrap, Font Awesome).
An asset the registry does not know is an error, never a silent CDN request.
"""

from __future__ import annotations

from pathlib import Path

import branca
import folium

STATIC_DIR = Path(__file__).resolve().parents[1] / "static"

#: Streamlit serves ``static/`` at this path (``server.enableStaticServing``).
STREAMLIT_STATIC_URL = "/app/static/"

#: asset name -> path under ``static/``; ``None`` drops the asset (not used by our maps).
ASSETS: dict[str, str | None] = {
    # folium.Map
    "leaflet": "vendor/leaflet/leaflet.js",
    "leaflet_css": "vendor/leaflet/leaflet.css",
    "jquery": "vendor/jquery/jquery.min.js",  # folium.Popup builds its content with $()
    "bootstrap": None,
    "bootstrap_css": None,
    "glyphicons_css": None,
    "awesome_markers": None,
    "awesome_markers_css": None,
    "awesome_markers_font_css": None,
    "awesome_rotate_css": None,
    # folium.plugins
    "leaflet_measure_js": "vendor/leaflet-measure/leaflet-measure.js",
    "leaflet_measure_css": "vendor/leaflet-measure/leaflet-measure.css",
    "Control.Fullscreen.js": "vendor/leaflet.fullscreen/Control.FullScreen.js",
    "Control.FullScreen.css": "vendor/leaflet.fullscreen/Control.FullScreen.css",
    "Control_MousePosition_js": "vendor/leaflet-mouse-position/L.Control.MousePosition.js",
    "Control_MousePosition_css": "vendor/leaflet-mouse-position/L.Control.MousePosition.css",
    # Leaflet.draw (the names folium.plugins.Draw uses): editors' maps only (controls.drawing)
    "leaflet_draw_js": "vendor/leaflet-draw/leaflet.draw.js",
    "leaflet_draw_css": "vendor/leaflet-draw/leaflet.draw.css",
    # this project's own scripts and styles
    "briefmap_css": "css/briefmap.css",
    "briefmap_events_js": "js/event-layer.js",
    "briefmap_controls_js": "js/controls.js",
    "briefmap_labels_js": "js/labels.js",
    "briefmap_label_placer_js": "js/label-placer.js",
    "briefmap_playback_js": "js/playback.js",
    "briefmap_hex_js": "js/hex-layer.js",
    "briefmap_state_js": "js/map-state.js",
}


#: The scripts, in load order, that the Streamlit app loads as one bundle: streamlit-folium
#: fetches a map's scripts one after another, so one file instead of nine saves ~0.4 s a load.
BUNDLE = "bundle/briefmap.bundle.js"
BUNDLE_ORDER = (
    "leaflet",
    "jquery",
    "Control.Fullscreen.js",
    "leaflet_measure_js",
    "Control_MousePosition_js",
    "briefmap_labels_js",
    "briefmap_label_placer_js",
    "briefmap_events_js",
    "briefmap_controls_js",
    "briefmap_playback_js",
    "briefmap_hex_js",
    "briefmap_state_js",
)


#: Scripts that only some app maps load (editors' drawing tools), after the bundle and on those maps
#: only: each needs nothing but Leaflet, which the bundle has loaded before it.
BESIDE_BUNDLE = frozenset({"leaflet_draw_js"})


def bundle_text() -> str:
    """The bundle's content: each script of :data:`BUNDLE_ORDER`, in order, with its name."""
    parts = []
    for name in BUNDLE_ORDER:
        text = (STATIC_DIR / ASSETS[name]).read_text(encoding="utf-8")
        parts.append(f"/* ---- {ASSETS[name]} ---- */\n{text}\n;\n")
    return "".join(parts)


def bundle_is_current() -> bool:
    """Whether static/bundle/ holds exactly today's scripts (it is built, not committed:
    scripts/run.sh and scripts/test.sh run tools/build_bundle.py). A missing or stale
    bundle is not used; the map then loads the scripts one by one."""
    path = STATIC_DIR / BUNDLE
    return path.is_file() and path.read_text(encoding="utf-8") == bundle_text()


class AssetError(LookupError):
    """A map element asks for a web asset that is not vendored."""


def asset_path(name: str) -> Path:
    """The file under ``static/`` that serves asset ``name``."""
    rel = ASSETS.get(name)
    if rel is None:
        raise AssetError(f"asset {name!r} is not vendored (see offline/assets.py)")
    return STATIC_DIR / rel


def _walk(element: branca.element.Element):
    yield element
    for child in list(element._children.values()):
        yield from _walk(child)


def _localize_pairs(element, attr: str, base_url: str, bundle: bool) -> None:
    pairs = getattr(element, attr, None)
    if not pairs:
        return
    local: list[tuple[str, str]] = []
    for name, url in pairs:
        if name not in ASSETS:
            raise AssetError(
                f"{type(element).__name__} asks for web asset {name!r} ({url}), which is not "
                "vendored: add it to static/vendor (tools/vendor_assets.py) and to offline/assets.py"
            )
        rel = ASSETS[name]
        if rel is None:
            continue
        if bundle and attr == "default_js" and name not in BESIDE_BUNDLE:
            if name not in BUNDLE_ORDER:
                raise AssetError(
                    f"script {name!r} is not in the bundle: add it to BUNDLE_ORDER in offline/assets.py "
                    "and run python tools/build_bundle.py"
                )
            pair = ("briefmap_bundle", base_url + BUNDLE)
            if pair not in local:
                local.append(pair)
        else:
            local.append((name, base_url + rel))
    # set on the instance, so folium's class-level CDN defaults stay untouched
    setattr(element, attr, local)


def localize(fig: folium.Map, base_url: str = STREAMLIT_STATIC_URL, bundle: bool = False) -> folium.Map:
    """Point every script and stylesheet of ``fig`` at the vendored copies.

    Parameters
    ----------
    fig : folium.Map
        A built map; it is changed in place and returned.
    base_url : str
        URL prefix under which ``static/`` is served, ending in ``/``.
    bundle : bool
        Load every script from the one bundle file (:data:`BUNDLE`) instead, and the few of
        :data:`BESIDE_BUNDLE` the map needs after it.

    Raises
    ------
    AssetError
        If an element needs an asset that is not vendored.
    """
    if not base_url.endswith(("/", ":")):
        raise ValueError(
            f"base_url must end with '/' (or be a scheme prefix such as 'briefmap-asset:'), got {base_url!r}"
        )
    for element in _walk(fig):
        _localize_pairs(element, "default_js", base_url, bundle)
        _localize_pairs(element, "default_css", base_url, bundle)
    return fig
