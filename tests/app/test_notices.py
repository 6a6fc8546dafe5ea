"""AppTest: notices about a link's bad parameters stay through reruns until dismissed, and a
layer list naming no known layer keeps the default layers (and the address says so)."""

from __future__ import annotations

import pytest

from tests.app.helpers import run
from ui.notices import notice_key

BAD_START = "Start date `2020-13-45` is not a date"




def warnings(at) -> list[str]:
    return [w.value for w in at.warning]


def qp(at) -> dict:
    return {k: (v[-1] if isinstance(v, list) else v) for k, v in at.query_params.items()}


@pytest.fixture(scope="module")
def default_layers() -> list[str]:
    return run().session_state["_map_given"]["layers"]


def test_a_notice_stays_through_reruns_until_dismissed():
    at = run({"start": "2020-13-45"})
    assert any(BAD_START in w for w in warnings(at))
    for _ in range(2):  # the map's first report reruns the script a second after the page opens
        at.run()
        assert not at.exception, at.exception
        assert sum(BAD_START in w for w in warnings(at)) == 1, warnings(at)
    text = next(w for w in warnings(at) if BAD_START in w)
    at.button(key=notice_key(text)).click().run()
    assert not any(BAD_START in w for w in warnings(at))
    at.run()
    assert not any(BAD_START in w for w in warnings(at))


def test_dismissing_one_notice_keeps_the_others():
    at = run({"start": "2020-13-45", "basemap": "google"})
    assert len(warnings(at)) == 2
    at.button(key=notice_key(next(w for w in warnings(at) if "google" in w))).click().run()
    assert len(warnings(at)) == 1 and BAD_START in warnings(at)[0]


@pytest.mark.parametrize(("value", "shown"), [("foo", "`foo`"), ("<script>", "`<script>`"),
                                              ("[x](javascript:alert(1))", "`[x](javascript:alert(1))`")])
def test_unknown_layers_alone_keep_the_default_layers(default_layers, value, shown):
    at = run({"layers": value})
    assert [w for w in warnings(at) if w == f"Unknown layer(s) {shown}: showing the default layers."], warnings(at)
    assert at.session_state["_map_given"]["layers"] == default_layers
    layers = qp(at)["layers"]
    assert layers and set(layers.split(",")) == set(default_layers)  # "layers=" would be every layer off
