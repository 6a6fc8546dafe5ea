"""Compose a folium map from a MapSpec and loaded data.

This is the only place that knows the order of things on the map: panes, the
optional tile layer, each registered layer in its own toggleable group, the
map tools (layer control, scale, measure, full screen, cursor position, reset
view), the legend, and the offline asset rewrite.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import folium
import folium.plugins
import geopandas as gpd
import pandas as pd

from controls.layer_report import LayerReport
from controls.legend import Legend
from controls.reset_view import ResetView
from layers import annotations as annotation_layer
from layers import registry, tiles
from layers.base import LayerContext
from layers.draw import PANES
from mapview.spec import THEATRE_BOUNDS, MapSpec
from offline.assets import STREAMLIT_STATIC_URL, localize

MIN_ZOOM, MAX_ZOOM = 6, 17
ANNOTATIONS_ID = "annotations"
ANNOTATIONS_TITLE = "Scene annotations (analysis)"


def build_map(
    spec: MapSpec,
    theatre: Mapping[str, gpd.GeoDataFrame],
    events: pd.DataFrame,
    *,
    data_last_day: dt.date,
    base_url: str = STREAMLIT_STATIC_URL,
    details_in_map: bool = False,
    presenter: bool = False,
    token: str = "",
) -> folium.Map:
    """Build the map for ``spec``.

    Parameters
    ----------
    spec : MapSpec
        View, layers on, event filter, basemap, highlights.
    theatre : mapping of str to GeoDataFrame
        Loaded theatre and basemap layers (:func:`loaders.theatre.load_theatre`).
    events : DataFrame
        The events already filtered by ``spec.filter``.
    data_last_day : date
        Status date when the filter has no end.
    base_url : str
        Where ``static/`` is served (``offline.assets``).
    details_in_map : bool
        Embed full event records for popups (standalone export).
    presenter : bool
        Screen-sharing mode: the legend starts open and its text is larger.
    token : str
        Build token the map reports back (see controls.layer_report).
    """
    window = None
    if spec.filter.start and spec.filter.end:
        window = (spec.filter.start, spec.filter.end)
    ctx = LayerContext(
        as_of=spec.as_of(data_last_day),
        highlight=frozenset(spec.highlight),
        details_in_map=details_in_map,
        window=window,
    )
    view = spec.view
    m = folium.Map(
        location=list(view.approx_center),
        zoom_start=view.zoom if view.zoom is not None else 9,
        tiles=None,
        control_scale=True,
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

    data = dict(theatre)
    data["events"] = events
    groups: dict[str, folium.FeatureGroup] = {}
    sections = []
    for spec_layer in registry.LAYERS:
        if choice.provider is not None and spec_layer.id == "sea":
            continue  # the tiles draw land and sea
        group = folium.FeatureGroup(name=spec_layer.title, show=spec_layer.id in spec.layers, overlay=True)
        for element in spec_layer.build(data, ctx):
            group.add_child(element)
        group.add_to(m)
        groups[spec_layer.id] = group
        sections.append((spec_layer.id, spec_layer.title, list(spec_layer.legend(data, ctx))))
    if spec.annotations:
        group = folium.FeatureGroup(name=ANNOTATIONS_TITLE, show=True, overlay=True)
        for element in annotation_layer.build(spec.annotations):
            group.add_child(element)
        group.add_to(m)
        groups[ANNOTATIONS_ID] = group
        sections.append((ANNOTATIONS_ID, ANNOTATIONS_TITLE, annotation_layer.legend(spec.annotations)))

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
    # legend lists the top of the map first: events, then the theatre, then the basemap
    Legend(sections[::-1], title="Legend", position="bottomright", collapsed=False if presenter else "auto").add_to(m)
    LayerReport(groups, tiles=choice.provider is not None, presenter=presenter, token=token).add_to(m)
    if view.bounds is not None:
        # without animation, so the first view the map reports is the fitted one
        fit = folium.map.FitBounds([list(view.bounds[0]), list(view.bounds[1])])
        fit.options["animate"] = False
        fit.add_to(m)
    return localize(m, base_url)
