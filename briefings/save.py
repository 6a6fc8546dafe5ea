"""Write a new scene into a briefing file, keeping its comments and layout."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from briefings.load import parse_scene, read_briefing, yaml
from briefings.model import LatLon
from layers.registry import LAYER_IDS
from loaders.errors import BriefingError
from loaders.paths import display_path
from mapview.spec import MapSpec


def _flow(values) -> CommentedSeq:
    seq = CommentedSeq(values)
    seq.fa.set_flow_style()
    return seq


def scene_mapping(
    title: str,
    narrative: str,
    spec: MapSpec,
    view: tuple[LatLon, float] | None,
    *,
    data_span: tuple[dt.date, dt.date],
    annotations: list[dict] | None = None,
) -> CommentedMap:
    """The YAML mapping of a scene that reproduces ``spec`` at ``view`` ((lat, lon), zoom)."""
    scene = CommentedMap()
    scene["title"] = title.strip()
    scene["narrative"] = narrative.strip()
    v = CommentedMap()
    if view is not None:
        (lat, lon), zoom = view
        v["center"] = _flow([round(lat, 5), round(lon, 5)])
        v["zoom"] = round(float(zoom), 2)
    elif spec.view.bounds is not None:
        (s, w), (n, e) = spec.view.bounds
        v["bounds"] = _flow([_flow([s, w]), _flow([n, e])])
    else:
        v["center"] = _flow(list(spec.view.center))
        v["zoom"] = spec.view.zoom
    v.fa.set_flow_style()
    scene["view"] = v
    scene["layers"] = _flow([i for i in LAYER_IDS if i in spec.layers] + sorted(spec.layers - set(LAYER_IDS)))
    f = spec.filter
    if (f.start, f.end) != data_span:
        dates = CommentedMap()
        dates["start"] = (f.start or data_span[0]).isoformat()
        dates["end"] = (f.end or data_span[1]).isoformat()
        dates.fa.set_flow_style()
        scene["dates"] = dates
    filters = CommentedMap()
    for key, values in (("event_types", f.event_types), ("sub_event_types", f.sub_event_types), ("actors", f.actors),
                        ("datasets", f.datasets)):
        if values:
            filters[key] = _flow(list(values))
    if filters:
        scene["filters"] = filters
    if spec.basemap != "none":
        scene["basemap"] = spec.basemap
    if spec.near is not None:
        scene["near"] = str(spec.near)
    if spec.since is not None:
        scene["since"] = spec.since.isoformat()
    if spec.density_by != "events":
        scene["density"] = spec.density_by
    if spec.highlight:
        scene["highlight"] = _flow(sorted(spec.highlight))
    if annotations:
        seq = CommentedSeq()
        for a in annotations:
            m = CommentedMap(a)
            m.fa.set_flow_style()
            seq.append(m)
        scene["annotations"] = seq
    return scene


def insert_scene(
    path: Path,
    scene: Mapping,
    position: int,
    places: Mapping[str, LatLon],
    feature_names: set[str],
) -> int:
    """Insert ``scene`` so it becomes scene number ``position`` (1-based); return that number.

    The scene is validated first and the file re-read afterwards, so a file is
    never left broken. Comments and formatting of the rest of the file are kept.
    """
    shown = display_path(path)
    _, problems = parse_scene(scene, position - 1, places, feature_names)
    if problems:
        raise BriefingError(shown, problems)
    y = yaml()
    text = Path(path).read_text(encoding="utf-8")
    doc = y.load(text)
    scenes = doc["scenes"]
    index = max(0, min(position - 1, len(scenes)))
    scenes.insert(index, scene)
    tmp = Path(path).with_suffix(".yaml.tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        y.dump(doc, fh)
    tmp.replace(path)  # atomic on one file system
    try:
        read_briefing(path, places, feature_names)
    except BriefingError:
        Path(path).write_text(text, encoding="utf-8")  # put the previous file back
        raise
    return index + 1
