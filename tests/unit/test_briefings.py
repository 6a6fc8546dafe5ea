"""Briefing files: the default briefing, validation of broken scenes, saving a scene."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from briefings.load import load_briefings, read_briefing
from briefings.save import insert_scene, scene_mapping
from filters.events import filter_options
from loaders.errors import BriefingError
from loaders.gazetteer import build_gazetteer, feature_names
from loaders.paths import BRIEFINGS
from mapview.spec import MapSpec
from spatial.metric import distance_m

SEED = "000_8eb99e2c7a72c085.txt"


@pytest.fixture(scope="module")
def places(theatre):
    return build_gazetteer(theatre), feature_names(theatre)


def _write(tmp_path: Path, text: str, name: str = "test.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD_SCENE = """
  - title: One
    narrative: Some text.
    view: {center: [35.8, 36.3], zoom: 10}
"""


def test_default_briefing_tells_the_seed_story(places):
    found, errors = load_briefings(*places)
    assert errors == []
    b = found["default"]
    assert 6 <= len(b.scenes) <= 8
    for scene in b.scenes:
        assert "seed" in scene.narrative.lower() and SEED in scene.narrative, scene.title
    titles = " ".join(s.title for s in b.scenes)
    for word in ("Hmeimim", "Turkish", "M4", "Strikes", "Jisr al-Shughur", "al-Ghab", "Indicators"):
        assert word in titles
    strikes = next(s for s in b.scenes if s.title.startswith("Strikes"))
    assert strikes.start == dt.date(2020, 9, 15) and strikes.event_types == ("Explosions/Remote violence",)


def test_distance_and_ring_are_computed_not_typed(places):
    gaz, _ = places
    b = load_briefings(*places)[0]["default"]
    scene = next(s for s in b.scenes if "matters to Hmeimim" in s.title)
    ring = next(a for a in scene.annotations if a.kind == "range_ring")
    jisr, base = gaz["Jisr al-Shughur"], gaz["Hmeimim (Khmeimim) Air Base"]
    expected = distance_m((jisr[1], jisr[0]), (base[1], base[0]))
    assert ring.radius_m == pytest.approx(expected)
    assert 50_000 < expected < 60_000
    assert "radius_km" not in ring.raw
    text = BRIEFINGS.joinpath("default.yaml").read_text(encoding="utf-8")
    assert " km" not in text.split("annotations:")[1].split("- title")[0]  # no typed distance


def test_axis_arrow_crosses_the_ghab_to_jisr_al_shughur(places):
    b = load_briefings(*places)[0]["default"]
    scene = next(s for s in b.scenes if "axis" in s.title)
    arrow = scene.annotations[0]
    assert arrow.kind == "arrow" and arrow.points[-1] == places[0]["Jisr al-Shughur"]
    assert arrow.points[0][0] < 35.5  # starts in the southern al-Ghab, south of the M4


@pytest.mark.parametrize(
    ("scene", "message"),
    [
        ("view: {center: [35.8, 36.3], zoom: 10}\n    layers: [m4_highway, nope]",
         "scene 1 ('Bad'): unknown layer 'nope' (known: sea, border"),
        ("view: {center: [35.8, 36.3], zoom: 10}\n    dates: {start: 2020-13-45}",
         "scene 1 ('Bad'): dates.start '2020-13-45' is not a date (YYYY-MM-DD)"),
        ("view: {center: [48.85, 2.35], zoom: 10}",
         "scene 1 ('Bad'): view center [48.85, 2.35] is outside the theatre"),
        ("view: {bounds: [[36.4, 37.2], [35.2, 35.7]]}",
         "are not south-west then north-east"),
        ("view: {center: [35.8, 36.3], zoom: 40}", "view zoom 40 is outside 6–17"),
        ("view: {center: [35.8, 36.3], zoom: 10}\n    highlight: [Atlantis]",
         "highlight names no theatre feature: 'Atlantis'"),
        ("view: {center: [35.8, 36.3], zoom: 10}\n"
         "    annotations: [{type: arrow, label: A, points: [Jisr al-Shughur, Gotham]}]",
         "annotation 1 point 2: unknown place 'Gotham'"),
        ("view: {center: [35.8, 36.3], zoom: 10}\n    annotations: [{type: spiral, label: A}]",
         "annotation 1: unknown type 'spiral'"),
        ("view: {center: [35.8, 36.3], zoom: 10}\n    filters: {event_types: [Parades]}",
         "unknown event type 'Parades'"),
        ("view: {center: [35.8, 36.3], zoom: 10}\n    dates: {start: 2020-10-20, end: 2020-10-01}",
         "dates.start 2020-10-20 is after dates.end 2020-10-01"),
    ],
)
def test_a_broken_scene_is_named(tmp_path, places, scene, message):
    text = f"id: test\ntitle: T\nscenes:\n{GOOD_SCENE}  - title: Bad\n    narrative: x\n    {scene}\n"
    text = text.replace("scene 1 ('Bad')", "")
    path = _write(tmp_path, text)
    with pytest.raises(BriefingError) as err:
        read_briefing(path, *places)
    assert "test.yaml: scene 2 ('Bad'): " in str(err.value)
    assert message.replace("scene 1 ('Bad'): ", "") in str(err.value)


def test_file_level_errors(tmp_path, places):
    with pytest.raises(BriefingError, match=r"broken.yaml: is not valid YAML"):
        read_briefing(_write(tmp_path, "id: [unclosed\n", "broken.yaml"), *places)
    with pytest.raises(BriefingError, match=r"other.yaml: id 'test' must match the file name"):
        read_briefing(_write(tmp_path, f"id: test\ntitle: T\nscenes:\n{GOOD_SCENE}", "other.yaml"), *places)
    with pytest.raises(BriefingError, match=r"scenes must be a non-empty list"):
        read_briefing(_write(tmp_path, "id: test\ntitle: T\nscenes: []\n"), *places)


def test_a_broken_file_does_not_hide_the_good_ones(tmp_path, places):
    _write(tmp_path, f"id: good\ntitle: G\nscenes:\n{GOOD_SCENE}", "good.yaml")
    _write(tmp_path, "id: bad\ntitle: B\nscenes: [{title: x}]\n", "bad.yaml")
    found, errors = load_briefings(*places, directory=tmp_path)
    assert list(found) == ["good"]
    assert len(errors) == 1 and "bad.yaml: scene 1 ('x'): narrative is required" in str(errors[0])


def test_saving_a_scene_keeps_comments_and_validates(tmp_path, places, events):
    path = tmp_path / "default.yaml"
    shutil.copy(BRIEFINGS / "default.yaml", path)
    before = read_briefing(path, *places)
    opts = filter_options(events)
    spec = MapSpec(layers=frozenset({"events", "m4_highway"}))
    spec = spec.with_(filter=spec.filter.__class__(start=dt.date(2020, 10, 1), end=opts.last_day,
                                                   event_types=("Strategic developments",)))
    mapping = scene_mapping("Saved view", "Narrative **here**.", spec, ((35.81, 36.32), 11.5),
                            data_span=(opts.first_day, opts.last_day),
                            annotations=[{"type": "point", "label": "Here", "at": "Jisr al-Shughur"}])
    number = insert_scene(path, mapping, 3, *places)
    assert number == 3
    after = read_briefing(path, *places)
    assert len(after.scenes) == len(before.scenes) + 1
    saved = after.scene(3)
    assert saved.title == "Saved view" and saved.view.center == (35.81, 36.32) and saved.view.zoom == 11.5
    assert saved.layers == frozenset({"events", "m4_highway"})
    assert saved.start == dt.date(2020, 10, 1) and saved.end is not None
    assert saved.event_types == ("Strategic developments",)
    assert saved.annotations[0].kind == "point"
    assert after.scene(4).title == before.scene(3).title
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Default briefing: the seed's story")  # comments survive


def test_saving_an_invalid_scene_leaves_the_file_alone(tmp_path, places):
    path = tmp_path / "default.yaml"
    shutil.copy(BRIEFINGS / "default.yaml", path)
    original = path.read_text(encoding="utf-8")
    bad = {"title": "X", "narrative": "Y", "view": {"center": [48.8, 2.3], "zoom": 9}}
    with pytest.raises(BriefingError, match="outside the theatre"):
        insert_scene(path, bad, 1, *places)
    assert path.read_text(encoding="utf-8") == original
