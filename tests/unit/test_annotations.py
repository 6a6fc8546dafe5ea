"""Scene annotations: computed distances and arrow geometry."""

from __future__ import annotations

import folium
import pytest

from briefings.model import Annotation
from layers.annotations import ARROW_STANDOFF_M, arrow_head, arrow_path, build, km
from spatial.metric import distance_m

JISR = (35.812585, 36.317605)
BASE = (35.41167, 35.945)


def test_measure_label_is_the_computed_distance():
    elements = build([Annotation("measure", "Jisr to base", points=(JISR, BASE))])
    labels = [e.icon.options["html"] for e in elements if getattr(e, "icon", None) is not None]
    expected = distance_m((JISR[1], JISR[0]), (BASE[1], BASE[0]))
    assert labels == [f'<span class="briefmap-annotation-label">Jisr to base: {km(expected)}</span>']
    assert km(expected) == "56 km"


def test_range_ring_radius():
    elements = build([Annotation("range_ring", "Ring", center=BASE, radius_m=55_842.0)])
    circle = next(e for e in elements if isinstance(e, folium.Circle))
    assert circle.options["radius"] == 55_842.0
    assert circle.options["pane"] == "briefmapAnnotations"


def test_arrow_stops_short_of_its_target_and_points_at_it():
    pts = ((35.41465, 36.39085), (35.68482, 36.33867), JISR)
    path = arrow_path(pts)
    gap = distance_m((path[-1][1], path[-1][0]), (JISR[1], JISR[0]))
    assert gap == pytest.approx(ARROW_STANDOFF_M, rel=0.02)
    head = arrow_head(path)
    tip = head[1]
    assert tip == pytest.approx(path[-1], abs=1e-9)
    # the head's base is behind the tip (further from the target)
    base_mid = ((head[0][0] + head[2][0]) / 2, (head[0][1] + head[2][1]) / 2)
    assert distance_m((base_mid[1], base_mid[0]), (JISR[1], JISR[0])) > gap


def test_labels_are_escaped():
    elements = build([Annotation("point", "<b>x</b>", points=(JISR,))])
    html = next(e for e in elements if getattr(e, "icon", None) is not None).icon.options["html"]
    assert "&lt;b&gt;x&lt;/b&gt;" in html
