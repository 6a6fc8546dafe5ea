"""Read briefing files (YAML) and validate every scene before the app uses it.

A briefing file looks like this (see README.md, "Writing a briefing")::

    id: default
    title: ...
    scenes:
      - title: The theatre and Hmeimim
        narrative: |
          Markdown read by the presenter.
        view: {bounds: [[35.2, 35.7], [36.4, 37.2]]}   # or {center: [lat, lon], zoom: 9}
        layers: [hmeimim_air_base, m4_highway, events]  # optional, default layers otherwise
        dates: {start: 2020-09-15, end: 2020-10-31}     # optional, the data's span otherwise
        filters: {event_types: [...], sub_event_types: [...], actors: [...]}
        highlight: [Hmeimim (Khmeimim) Air Base]        # feature names
        annotations:
          - {type: arrow, label: ..., points: [Qal`at al Madiq, Az Ziyarah, Jisr al-Shughur]}
          - {type: range_ring, label: ..., center: Hmeimim (Khmeimim) Air Base, through: Jisr al-Shughur}
          - {type: measure, label: ..., from: Jisr al-Shughur, to: Hmeimim (Khmeimim) Air Base}
          - {type: point, label: ..., at: [35.8, 36.3]}
          - {type: area, label: ..., polygon: [[35.7, 36.2], [35.8, 36.4], [35.6, 36.4]]}

Places are names from the gazetteer (theatre point features, GeoNames towns) or
``[lat, lon]`` pairs. Distances and ring radii given by ``through`` are computed,
never typed. A broken scene raises :class:`~loaders.errors.BriefingError`
naming the file and the scene.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import YAMLError

from analysis.near import NEAR_LAYERS, PLACE_PREFIX, Near, NearError
from briefings.model import Annotation, Briefing, LatLon, Scene
from layers import tiles
from layers.registry import LAYER_IDS
from layers.style import EVENT_TYPES
from loaders.errors import BriefingError
from loaders.events import DATASET_ID
from loaders.paths import briefings_dir, display_path
from loaders.theatre import USER_PREFIX
from mapview.spec import THEATRE_LIMITS, View
from spatial.metric import distance_m

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
ANNOTATION_KINDS = ("arrow", "range_ring", "measure", "point", "area")
MIN_ZOOM, MAX_ZOOM = 6, 17


class _Constructor(RoundTripConstructor):
    """Round-trip constructor that leaves an impossible date (2020-13-45) as text, so the
    scene validator can name the scene instead of the whole file failing to parse."""

    def construct_yaml_timestamp(self, node, values=None):
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return self.construct_scalar(node)


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)


def yaml() -> YAML:
    """Round-trip YAML: keeps comments and key order when a scene is written back."""
    y = YAML(typ="rt")
    y.Constructor = _Constructor
    y.preserve_quotes = True
    y.width = 100
    y.indent(mapping=2, sequence=4, offset=2)
    return y


class _SceneProblems:
    def __init__(self, index: int, title):
        self.label = f"scene {index + 1}" + (f" ({str(title)!r})" if title else "")
        self.items: list[str] = []

    def add(self, text: str) -> None:
        self.items.append(f"{self.label}: {text}")


def _in_theatre(lat: float, lon: float) -> bool:
    (s, w), (n, e) = THEATRE_LIMITS
    return s <= lat <= n and w <= lon <= e


def _latlon(value, places: Mapping[str, LatLon], what: str, p: _SceneProblems) -> LatLon | None:
    if isinstance(value, str):
        if value not in places:
            close = [n for n in places if value.lower() in n.lower() or n.lower() in value.lower()][:3]
            hint = f" (did you mean {', '.join(map(repr, close))}?)" if close else ""
            p.add(f"{what}: unknown place {value!r}{hint}")
            return None
        return places[value]
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, (int, float)) for v in value):
        lat, lon = float(value[0]), float(value[1])
        if not _in_theatre(lat, lon):
            p.add(f"{what}: [{lat}, {lon}] is outside the theatre (is it [lat, lon]?)")
            return None
        return (lat, lon)
    p.add(f"{what}: expected a place name or [lat, lon], got {value!r}")
    return None


def _date(value, what: str, p: _SceneProblems) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        p.add(f"{what} {value!r} is not a date (YYYY-MM-DD)")
        return None


def _view(raw, p: _SceneProblems) -> View | None:
    if not isinstance(raw, Mapping):
        p.add("view is required: {bounds: [[south, west], [north, east]]} or {center: [lat, lon], zoom: z}")
        return None
    if "bounds" in raw:
        b = raw["bounds"]
        try:
            (s, w), (n, e) = [(float(x[0]), float(x[1])) for x in b]
        except (TypeError, ValueError, IndexError):
            p.add(f"view bounds must be [[south, west], [north, east]], got {b!r}")
            return None
        if not (s < n and w < e):
            p.add(f"view bounds [[{s}, {w}], [{n}, {e}]] are not south-west then north-east")
            return None
        if not (_in_theatre(s, w) and _in_theatre(n, e)):
            p.add(f"view bounds [[{s}, {w}], [{n}, {e}]] are outside the theatre")
            return None
        return View(bounds=((s, w), (n, e)))
    centre = raw.get("center")
    zoom = raw.get("zoom")
    try:
        lat, lon = float(centre[0]), float(centre[1])
        zoom = float(zoom)
    except (TypeError, ValueError, IndexError):
        p.add(f"view needs bounds, or center [lat, lon] and zoom; got {dict(raw)!r}")
        return None
    if not _in_theatre(lat, lon):
        p.add(f"view center [{lat}, {lon}] is outside the theatre")
        return None
    if not MIN_ZOOM <= zoom <= MAX_ZOOM:
        p.add(f"view zoom {zoom:g} is outside {MIN_ZOOM}–{MAX_ZOOM}")
        return None
    return View(center=(lat, lon), zoom=zoom)


class _SceneLayers:
    """Layer ids a scene may name: the registered ones, and ``user:<dataset>`` overlays (checked
    against the store when the scene is shown, as datasets come and go)."""

    def __contains__(self, layer_id) -> bool:
        if not isinstance(layer_id, str):
            return False
        return layer_id in LAYER_IDS or (
            layer_id.startswith(USER_PREFIX) and DATASET_ID.match(layer_id[len(USER_PREFIX):]) is not None)

    def __iter__(self):
        return iter((*LAYER_IDS, f"{USER_PREFIX}<dataset>"))


def _str_list(raw, what: str, p: _SceneProblems, allowed=None) -> tuple[str, ...] | None:
    if raw is None:
        return None
    if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
        p.add(f"{what} must be a list of names, got {raw!r}")
        return None
    if allowed is not None:
        unknown = [v for v in raw if v not in allowed]
        if unknown:
            p.add(f"unknown {what} {', '.join(map(repr, unknown))} (known: {', '.join(allowed)})")
            return None
    return tuple(raw)


def _places(raw, least: int, key: str, item: str, what: str, places, p: _SceneProblems):
    """A list of at least ``least`` places, resolved; None (with problems noted) otherwise."""
    if not isinstance(raw, list) or len(raw) < least:
        p.add(f"{what}: {key} needs at least {least} places")
        return None
    before = len(p.items)
    resolved = tuple(_latlon(v, places, f"{what.split(' (')[0]} {item} {k + 1}", p) for k, v in enumerate(raw))
    return None if len(p.items) > before else resolved


def _annotation(raw, i: int, places, p: _SceneProblems) -> Annotation | None:
    what = f"annotation {i + 1}"
    if not isinstance(raw, Mapping):
        p.add(f"{what} must be a mapping with a type")
        return None
    kind = raw.get("type")
    if kind not in ANNOTATION_KINDS:
        p.add(f"{what}: unknown type {kind!r} (known: {', '.join(ANNOTATION_KINDS)})")
        return None
    label = str(raw.get("label") or "").strip()
    if not label:
        p.add(f"{what} ({kind}): label is required")
        return None
    note = str(raw.get("note") or "")
    plain = dict(raw)
    before = len(p.items)
    if kind == "arrow":
        pts = _places(raw.get("points"), 2, "points", "point", f"{what} (arrow)", places, p)
        return None if pts is None else Annotation("arrow", label, points=pts, note=note, raw=plain)
    if kind == "range_ring":
        centre = _latlon(raw.get("center"), places, f"{what} center", p)
        if "through" in raw:
            through = _latlon(raw["through"], places, f"{what} through", p)
            if centre is None or through is None:
                return None
            radius = distance_m((centre[1], centre[0]), (through[1], through[0]))
        else:
            try:
                radius = float(raw["radius_km"]) * 1000.0
            except (KeyError, TypeError, ValueError):
                p.add(f"{what} (range_ring): give 'through' (a place) or 'radius_km'")
                return None
        if centre is None or len(p.items) > before:
            return None
        if not 0 < radius <= 500_000:
            p.add(f"{what} (range_ring): radius {radius / 1000:.1f} km is not between 0 and 500 km")
            return None
        return Annotation("range_ring", label, center=centre, radius_m=radius, note=note, raw=plain)
    if kind == "measure":
        a = _latlon(raw.get("from"), places, f"{what} from", p)
        b = _latlon(raw.get("to"), places, f"{what} to", p)
        if a is None or b is None:
            return None
        return Annotation("measure", label, points=(a, b), note=note, raw=plain)
    if kind == "point":
        at = _latlon(raw.get("at"), places, f"{what} at", p)
        return None if at is None else Annotation("point", label, points=(at,), note=note, raw=plain)
    pts = _places(raw.get("polygon"), 3, "polygon", "vertex", f"{what} (area)", places, p)
    return None if pts is None else Annotation("area", label, points=pts, note=note, raw=plain)


def _near(raw, places: Mapping[str, LatLon], feature_names: set[str], p: _SceneProblems) -> Near | None:
    """``near: m4_highway:6`` (a layer, ``LAYER:FEATURE``, ``place:NAME`` or ``@LAT,LON``, then km)."""
    if raw is None:
        return None
    try:
        near = Near.parse(str(raw))
    except NearError as err:
        p.add(f"near: {err}")
        return None
    if near.point is not None:
        if not _in_theatre(*near.point):
            p.add(f"near: the point {near.target} is outside the theatre")
            return None
        return near
    if near.target.startswith(PLACE_PREFIX):
        name = near.target[len(PLACE_PREFIX):].strip()
        if name.casefold() not in {k.casefold() for k in places}:
            p.add(f"near: no place named {name!r} in the gazetteer")
            return None
        return near
    layer, _, feature = near.target.partition(":")
    if layer.strip() not in NEAR_LAYERS:
        p.add(f"near: {layer.strip()!r} is not a layer to measure from (known: {', '.join(NEAR_LAYERS)}, "
              "place:NAME or @LAT,LON)")
        return None
    if feature.strip() and feature.strip().casefold() not in {n.casefold() for n in feature_names}:
        p.add(f"near: no placed theatre feature named {feature.strip()!r}")
        return None
    return near


def parse_scene(
    raw, index: int, places: Mapping[str, LatLon], feature_names: set[str]
) -> tuple[Scene | None, list[str]]:
    """Validate one scene mapping; return the scene (or None) and its problems."""
    if not isinstance(raw, Mapping):
        return None, [f"scene {index + 1}: must be a mapping with title, narrative and view"]
    p = _SceneProblems(index, raw.get("title"))
    title = str(raw.get("title") or "").strip()
    if not title:
        p.add("title is required")
    narrative = str(raw.get("narrative") or "").strip()
    if not narrative:
        p.add("narrative is required")
    view = _view(raw.get("view"), p)
    layers = _str_list(raw.get("layers"), "layer", p, _SceneLayers())
    dates = raw.get("dates") or {}
    if not isinstance(dates, Mapping):
        p.add(f"dates must be {{start: YYYY-MM-DD, end: YYYY-MM-DD}}, got {dates!r}")
        dates = {}
    start = _date(dates.get("start"), "dates.start", p)
    end = _date(dates.get("end"), "dates.end", p)
    if start and end and start > end:
        p.add(f"dates.start {start} is after dates.end {end}")
    filters = raw.get("filters") or {}
    if not isinstance(filters, Mapping):
        p.add(f"filters must be a mapping, got {filters!r}")
        filters = {}
    unknown_filters = set(filters) - {"event_types", "sub_event_types", "actors", "datasets"}
    if unknown_filters:
        p.add(f"unknown filter(s) {', '.join(sorted(unknown_filters))} "
              "(known: event_types, sub_event_types, actors, datasets)")
    event_types = _str_list(filters.get("event_types"), "event type", p, EVENT_TYPES)
    sub_types = _str_list(filters.get("sub_event_types"), "sub-event type", p)
    actors = _str_list(filters.get("actors"), "actor", p)
    datasets = _str_list(filters.get("datasets"), "dataset", p)
    basemap = raw.get("basemap")
    if basemap is not None and basemap not in tiles.TILE_IDS:
        p.add(f"unknown basemap {basemap!r} (known: {', '.join(tiles.TILE_IDS)})")
    near = _near(raw.get("near"), places, feature_names, p)
    since = _date(raw.get("since"), "since", p)
    density_by = raw.get("density", "events")
    if density_by not in ("events", "fatalities"):
        p.add(f"density must be 'events' or 'fatalities', got {density_by!r}")
    highlight = _str_list(raw.get("highlight"), "highlight", p) or ()
    unknown = [h for h in highlight if h not in feature_names]
    if unknown:
        p.add(f"highlight names no theatre feature: {', '.join(map(repr, unknown))}")
    raw_ann = raw.get("annotations") or []
    annotations = []
    if not isinstance(raw_ann, list):
        p.add("annotations must be a list")
        raw_ann = []
    for i, a in enumerate(raw_ann):
        ann = _annotation(a, i, places, p)
        if ann is not None:
            annotations.append(ann)
    if p.items:
        return None, p.items
    return (
        Scene(
            title=title,
            narrative=narrative,
            view=view,
            layers=frozenset(layers) if layers is not None else None,
            start=start,
            end=end,
            event_types=event_types,
            sub_event_types=sub_types,
            actors=actors,
            datasets=datasets,
            basemap=basemap,
            highlight=frozenset(highlight),
            annotations=tuple(annotations),
            near=near,
            since=since,
            density_by=density_by,
        ),
        [],
    )


def read_briefing(path: Path, places: Mapping[str, LatLon], feature_names: set[str]) -> Briefing:
    """Read and validate one briefing file.

    Raises
    ------
    BriefingError
        If the file is unreadable or any scene is invalid; every problem is listed.
    """
    shown = display_path(path)
    try:
        raw = yaml().load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BriefingError(shown, ["file not found"]) from None
    except YAMLError as exc:
        raise BriefingError(shown, [f"is not valid YAML ({exc})".replace("\n", " ")]) from exc
    if not isinstance(raw, Mapping):
        raise BriefingError(shown, ["must be a mapping with id, title and scenes"])
    problems = []
    bid = str(raw.get("id") or "")
    if not ID_PATTERN.match(bid):
        problems.append(f"id {bid!r} must be lower-case letters, digits, '-' or '_'")
    elif bid != Path(path).stem:
        problems.append(f"id {bid!r} must match the file name ({Path(path).stem!r})")
    title = str(raw.get("title") or "").strip()
    if not title:
        problems.append("title is required")
    scenes_raw = raw.get("scenes")
    scenes = []
    if not isinstance(scenes_raw, list) or not scenes_raw:
        problems.append("scenes must be a non-empty list")
        scenes_raw = []
    for i, s in enumerate(scenes_raw):
        scene, errs = parse_scene(s, i, places, feature_names)
        problems.extend(errs)
        if scene is not None:
            scenes.append(scene)
    if problems:
        raise BriefingError(shown, problems)
    return Briefing(id=bid, title=title, description=str(raw.get("description") or ""), path=Path(path),
                    scenes=tuple(scenes))


def load_briefings(
    places: Mapping[str, LatLon], feature_names: set[str], directory: Path | None = None
) -> tuple[dict[str, Briefing], list[BriefingError]]:
    """Every valid briefing in ``directory`` (default :func:`loaders.paths.briefings_dir`) by id,
    and the errors of the broken ones."""
    directory = briefings_dir() if directory is None else directory
    found: dict[str, Briefing] = {}
    errors: list[BriefingError] = []
    for path in sorted(Path(directory).glob("*.yaml")):
        try:
            b = read_briefing(path, places, feature_names)
        except BriefingError as exc:
            errors.append(exc)
            continue
        found[b.id] = b
    return found, errors
