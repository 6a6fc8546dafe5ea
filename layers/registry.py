"""The one list of map layers.

Everything that shows, hides, legends, exports or documents a layer reads this
list: the map composer, the sidebar, briefing validation, URL parameters, the
export layout and the README test. A layer's ``id`` is its name in URLs
(``?layers=m4_highway,events``) and in briefing files. A user's overlays
(lines and polygons imported with a dataset) join the list per store, as
``user:<dataset>`` layers (:func:`layers_for`).
"""

from __future__ import annotations

from collections.abc import Mapping

from layers import (
    al_ghab_plain,
    basemap,
    change_map,
    density,
    events,
    hmeimim_air_base,
    jisr_al_shughur,
    m4_corridor,
    m4_highway,
    turkish_posts,
)
from layers.base import LayerSpec
from layers.user_overlay import USER_PREFIX, user_layer

LAYERS: tuple[LayerSpec, ...] = (
    LayerSpec(
        id="sea",
        title="Sea and coastline",
        group="Basemap",
        data_keys=("sea", "coastline"),
        build=basemap.build_sea,
        legend=basemap.legend_sea,
        description="Natural Earth 10m coastline, with the sea filled in, for maps with no tiles.",
        attribution="Natural Earth (public domain)",
    ),
    LayerSpec(
        id="border",
        title="Syria–Turkey border",
        group="Basemap",
        data_keys=("border",),
        build=basemap.build_border,
        legend=basemap.legend_border,
        description="Natural Earth 10m international boundary.",
        attribution="Natural Earth (public domain)",
    ),
    LayerSpec(
        id="rivers",
        title="Rivers",
        group="Basemap",
        data_keys=("rivers",),
        build=basemap.build_rivers,
        legend=basemap.legend_rivers,
        description="World DataBank II rivers.",
        attribution="CIA World DataBank II (public domain)",
    ),
    LayerSpec(
        id="towns",
        title="Towns",
        group="Basemap",
        data_keys=("towns",),
        build=basemap.build_towns,
        legend=basemap.legend_towns,
        description="GeoNames places (cities1000) as labels; minor towns appear from zoom 10.",
        attribution="GeoNames (CC BY 4.0)",
    ),
    LayerSpec(
        id="al_ghab_plain",
        title="al-Ghab Plain and Orontes",
        group="Theatre",
        data_keys=("al_ghab_plain",),
        build=al_ghab_plain.build,
        legend=al_ghab_plain.legend,
        description="The Orontes valley floor between the coastal mountains and Jabal al-Zawiya, and the river.",
        attribution="Wikipedia; CIA World DataBank II",
    ),
    LayerSpec(
        id="m4_corridor",
        title="M4 security corridor (5 Mar 2020)",
        group="Theatre",
        data_keys=("m4_corridor",),
        build=m4_corridor.build,
        legend=m4_corridor.legend,
        description="6 km either side of the M4 from Tronba westwards, computed from the line in UTM 37N.",
        attribution="Moscow Additional Protocol, 5 Mar 2020; computed from the M4 line",
    ),
    LayerSpec(
        id="m4_highway",
        title="M4 highway",
        group="Theatre",
        data_keys=("m4_highway",),
        build=m4_highway.build,
        legend=m4_highway.legend,
        description="Latakia – Jisr al-Shughur – Ariha – Saraqib, through sourced town points.",
        attribution="Wikipedia; GeoNames (CC BY 4.0)",
    ),
    LayerSpec(
        id="jisr_al_shughur",
        title="Jisr al-Shughur",
        group="Theatre",
        data_keys=("jisr_al_shughur",),
        build=jisr_al_shughur.build,
        legend=jisr_al_shughur.legend,
        description="The town (Wikipedia point) and an approximate built-up area.",
        attribution="Wikipedia",
    ),
    LayerSpec(
        id="hmeimim_air_base",
        title="Hmeimim Air Base (Russia)",
        group="Theatre",
        data_keys=("hmeimim_air_base",),
        build=hmeimim_air_base.build,
        legend=hmeimim_air_base.legend,
        description="Russia's air base near Jableh (Wikipedia point) and an approximate perimeter.",
        attribution="Wikipedia",
    ),
    LayerSpec(
        id="turkish_posts",
        title="Turkish posts",
        group="Theatre",
        data_keys=("turkish_posts",),
        build=turkish_posts.build,
        legend=turkish_posts.legend,
        description="Astana observation posts and 2020 military points, as they stood at the window's end.",
        attribution="Wikipedia; SOHR; news reports (geodata/README.md)",
    ),
    LayerSpec(
        id="density",
        title="Event density (hexagons)",
        group="Events",
        data_keys=("events",),
        build=density.build,
        legend=density.legend,
        description=(
            "Filtered events or reported fatalities per hexagon of equal area (sides of 500 m to 16 km, by zoom), "
            "on a colour-blind-safe classed scale; follows the timeline and playback."
        ),
        attribution="Computed from the event layer",
        default_on=False,
    ),
    LayerSpec(
        id="change",
        title="Change since last brief (hexagons)",
        group="Events",
        data_keys=("events",),
        build=change_map.build,
        legend=change_map.legend,
        description=(
            "Events per hexagon since the date of the last brief minus those in the same number of days before, "
            "on a diverging colour-blind-safe scale."
        ),
        attribution="Computed from the event layer",
        default_on=False,
    ),
    LayerSpec(
        id="events",
        title="Events",
        group="Events",
        data_keys=("events",),
        build=events.build,
        legend=events.legend,
        description=(
            "Filtered events (ACLED schema) by type, clustered when zoomed out, with location-uncertainty rings."
        ),
        attribution="ACLED-schema records; outlets named in each record",
    ),
)

LAYER_IDS: tuple[str, ...] = tuple(spec.id for spec in LAYERS)
BY_ID: dict[str, LayerSpec] = {spec.id: spec for spec in LAYERS}
DEFAULT_LAYERS: frozenset[str] = frozenset(spec.id for spec in LAYERS if spec.default_on)


def layers_for(data: Mapping[str, object]) -> tuple[LayerSpec, ...]:
    """The registered layers plus one layer per user overlay in ``data`` (keys ``user:<dataset>``,
    GeoDataFrames whose ``attrs`` give ``title`` and ``source``), drawn under the events."""
    keys = sorted(k for k in data if k.startswith(USER_PREFIX))
    users = tuple(
        user_layer(k, data[k].attrs.get("title", k[len(USER_PREFIX):]), i, data[k].attrs.get("source", ""))
        for i, k in enumerate(keys)
    )
    return LAYERS[:-3] + users + LAYERS[-3:]


def layer_ids(data: Mapping[str, object]) -> tuple[str, ...]:
    """Every layer id the map can show with ``data``: registered ones and user overlays."""
    return tuple(spec.id for spec in layers_for(data))


def is_user_layer(layer_id: str) -> bool:
    return layer_id.startswith(USER_PREFIX)


def get(layer_id: str) -> LayerSpec:
    """The layer registered as ``layer_id``; KeyError names the known ids."""
    try:
        return BY_ID[layer_id]
    except KeyError:
        raise KeyError(f"unknown layer {layer_id!r}; known layers: {', '.join(LAYER_IDS)}") from None
