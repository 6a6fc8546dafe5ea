"""Compose a folium map from a MapSpec and loaded data.

This is the only place that knows the order of things on the map: panes, the
optional tile layer, each registered layer in its own toggleable group, the
map tools (layer control, scale, measure, full screen, cursor position, reset
view), the legend, editors' drawing tools, and the offline asset rewrite.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

import folium
import folium.plugins
import geopandas as gpd
import pandas as pd
from branca.element import Element

from controls.drawing import Drawing
from controls.label_placer import LabelPlacer
from controls.legend import Legend
from controls.map_state import MapState
from controls.playback import Playback
from controls.reset_view import ResetView
from controls.ring_control import RingSwitch
from controls.title_box import TitleBox
from layers import annotations as annotation_layer
from layers import registry, tiles
from layers.base import LayerContext
from layers.draw import PANES
from layers.event_canvas import EventCanvas
from layers.event_pack import filter_state
from mapview.selection import analysis_state
from mapview.spec import THEATRE_BOUNDS, MapSpec
from offline.assets import STREAMLIT_STATIC_URL, localize

MIN_ZOOM, MAX_ZOOM = 6, 17
ANNOTATIONS_ID = "annotations"
#: Layers drawn from the event layer's data in the browser (static/js/hex-layer.js).
HEX_LAYERS = frozenset({"density", "change"})
ANNOTATIONS_TITLE = "Scene annotations (analysis)"


@dataclass(frozen=True)
class RenderOptions:
    """How a map is rendered, as opposed to what it shows (that is the MapSpec)."""

    base_url: str = STREAMLIT_STATIC_URL
    """Where ``static/`` is served (``offline.assets``), or ``offline.inline.INLINE_BASE``."""
    details_in_map: bool = False
    """Embed full event records for popups (standalone export: no Python to ask)."""
    presenter: bool = False
    """Screen-sharing mode: the legend starts open and its text is larger."""
    token: str = ""
    """Build token the map reports back (see controls.map_state)."""
    events_url: str | None = None
    """The app: the URL of the event pack of every event. The map is then built once for any
    filter: the browser filters the events and shows dated features on the window's last day,
    taking the filter from the page (``controls.map_state``). ``None``: exports, which embed the
    given events and draw dated features as on the spec's date."""
    tools: bool = True
    """Interactive tools: zoom, layer control, full screen, reset view, measure, cursor position."""
    legend: bool = True
    """The legend control inside the map (snapshots draw their own beside it)."""
    title: TitleBox | None = None
    """A title box over the map (standalone export)."""
    include_hidden: bool = True
    """Also build the layers the spec switches off, so the layer control can show them."""
    playback: bool = True
    """The time-playback control for the event layer (not in still images)."""
    bundle: bool = False
    """Load all scripts from the one bundle file (the Streamlit app: fewer requests)."""
    drawing: bool = False
    """Load Leaflet.draw, for the draw mode of ``static/js/map-state.js`` (editors' maps in the app).
    With ``bundle`` it loads after the bundle, on these maps only."""


def layer_context(spec: MapSpec, data_last_day: dt.date, details_in_map: bool = False,
                  events_url: str | None = None) -> LayerContext:
    """What the layers need besides data. With ``events_url`` (the app) nothing depends on the
    filter: the browser applies it."""
    window = (spec.filter.start, spec.filter.end) if spec.filter.start and spec.filter.end else None
    return LayerContext(
        as_of=None if events_url is not None else spec.as_of(data_last_day),
        highlight=frozenset(spec.highlight),
        details_in_map=details_in_map,
        window=None if events_url is not None else window,
        events_url=events_url,
        interactive=events_url is not None or details_in_map,
    )


def _drawn(spec: MapSpec, data: Mapping[str, object]) -> list:
    """The layers (registered, and the user's overlays in ``data``) this spec's basemap choice
    draws (tiles replace the sea fill)."""
    tiled = tiles.get(spec.basemap).provider is not None
    return [layer for layer in registry.layers_for(data) if not (tiled and layer.id == "sea")]


def legend_sections(
    spec: MapSpec, theatre: Mapping[str, gpd.GeoDataFrame], events: pd.DataFrame, ctx: LayerContext,
    *, visible_only: bool = True,
) -> list[tuple[str, str, list]]:
    """(layer id, title, legend items) per layer, top of the map first: annotations, events,
    theatre, basemap. With ``visible_only``, just the layers ``spec`` switches on."""
    data = dict(theatre, events=events)
    sections = [
        (layer.id, layer.title, list(layer.legend(data, ctx)))
        for layer in _drawn(spec, data)
        if not visible_only or layer.id in spec.layers
    ]
    if spec.annotations:
        sections.append((ANNOTATIONS_ID, ANNOTATIONS_TITLE, annotation_layer.legend(spec.annotations)))
    return sections[::-1]


def build_map(
    spec: MapSpec,
    theatre: Mapping[str, gpd.GeoDataFrame],
    events: pd.DataFrame,
    *,
    data_last_day: dt.date,
    options: RenderOptions = RenderOptions(),
) -> folium.Map:
    """Build the map for ``spec``.

    Parameters
    ----------
    spec : MapSpec
        View, layers on, event filter, basemap, highlights, annotations.
    theatre : mapping of str to GeoDataFrame
        Loaded theatre and basemap layers (:func:`loaders.theatre.load_theatre`).
    events : EventSelection or DataFrame
        The events already filtered by ``spec.filter``.
    data_last_day : date
        Status date when the filter has no end.
    options : RenderOptions
        App, standalone or snapshot rendering.
    """
    ctx = layer_context(spec, data_last_day, options.details_in_map, options.events_url)
    view = spec.view
    m = folium.Map(
        location=list(view.approx_center),
        zoom_start=view.zoom if view.zoom is not None else 9,
        tiles=None,
        control_scale=True,
        zoom_control=options.tools,
        min_zoom=MIN_ZOOM,
        max_zoom=MAX_ZOOM,
        zoom_snap=0.25,
        zoom_delta=0.5,
        world_copy_jump=False,
    )
    for pane, z in PANES.items():
        folium.map.CustomPane(pane, z_index=z, pointer_events=pane != "briefmapEvents").add_to(m)

    choice = tiles.get(spec.basemap)
    if choice.provider is not None:
        folium.TileLayer(
            tiles=choice.provider.build_url(),
            attr=choice.provider.html_attribution,
            name=choice.title,
            max_zoom=MAX_ZOOM,
            control=False,
        ).add_to(m)

    data = dict(theatre, events=events)
    groups: dict[str, folium.FeatureGroup] = {}
    for spec_layer in _drawn(spec, data):
        # the hexagons count the event layer's data: it is built (hidden) for them when it is off
        needed = spec_layer.id == "events" and bool(spec.layers & HEX_LAYERS)
        if not options.include_hidden and spec_layer.id not in spec.layers and not needed:
            continue
        group = folium.FeatureGroup(name=spec_layer.title, show=spec_layer.id in spec.layers, overlay=True)
        for element in spec_layer.build(data, ctx):
            group.add_child(element)
        group.add_to(m)
        groups[spec_layer.id] = group
    if spec.annotations:
        group = folium.FeatureGroup(name=ANNOTATIONS_TITLE, show=True, overlay=True)
        for element in annotation_layer.build(spec.annotations):
            group.add_child(element)
        group.add_to(m)
        groups[ANNOTATIONS_ID] = group

    if options.tools:
        folium.LayerControl(position="topright", collapsed=True).add_to(m)
        folium.plugins.Fullscreen(position="topleft", title="Full screen", title_cancel="Exit full screen").add_to(m)
        ResetView(THEATRE_BOUNDS).add_to(m)
        folium.plugins.MeasureControl(
            position="topleft",
            primary_length_unit="kilometers",
            secondary_length_unit="meters",
            primary_area_unit="sqkilometers",
            secondary_area_unit="hectares",
        ).add_to(m)
        folium.plugins.MousePosition(
            position="bottomleft", separator=", ", num_digits=5, prefix="Lat, lon:", lng_first=False,
            empty_string="Lat, lon: move the cursor over the map"
        ).add_to(m)
    LabelPlacer().add_to(m)
    if options.legend:
        sections = legend_sections(spec, theatre, events, ctx, visible_only=False)
        Legend(sections, title="Legend", position="bottomright",
               collapsed=False if options.presenter or not options.tools else "auto").add_to(m)
    if options.title is not None:
        options.title.add_to(m)
    canvas = next((e for e in groups["events"]._children.values() if isinstance(e, EventCanvas)), None) \
        if "events" in groups else None
    if options.playback and canvas is not None and canvas.n:
        Playback(canvas, fps=5).add_to(m)
    if options.tools and canvas is not None and canvas.n:
        RingSwitch(canvas).add_to(m)  # after the legend: just above it; still images keep faint rings
    if view.bounds is not None:
        # without animation, so the view the map opens with is the fitted one
        fit = folium.map.FitBounds([list(view.bounds[0]), list(view.bounds[1])])
        fit.options["animate"] = False
        fit.add_to(m)
    if options.drawing:
        Drawing().add_to(m)
    app = options.events_url is not None
    state = None if app else {"filter": filter_state(spec.filter, as_of=ctx.as_of), "layers": None,
                              **analysis_state(spec, theatre)}
    # last, after the fit: the map's own first view is not a move by the user
    MapState(groups, canvas, token=options.token, tiles=choice.provider is not None, presenter=options.presenter,
             app=app, state=state).add_to(m)
    return stable_ids(localize(m, options.base_url, bundle=options.bundle))


def stable_ids(m: folium.Map) -> folium.Map:
    """Name every element of ``m`` by its place in the map instead of folium's random ids.

    The same map then renders to the same page, byte for byte, so Streamlit sends an
    unchanged map as a reference to the copy the browser has (and streamlit-folium,
    which keys the map by its script, keeps it instead of building it again).
    """
    count = 0

    def walk(element):
        nonlocal count
        element._id = f"{count:032x}"
        count += 1
        keys = {}
        for key, child in element._children.items():
            before = child.get_name()
            walk(child)
            keys[child.get_name() if key == before else key] = child  # templates may use the key
        element._children = type(element._children)(keys)
        for part in ("header", "html", "script"):  # a popup keeps its content in parts of its own
            inner = getattr(element, part, None)
            if isinstance(inner, Element):
                walk(inner)

    walk(m)
    return m
