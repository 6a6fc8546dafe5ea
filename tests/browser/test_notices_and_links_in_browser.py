"""In Chromium: link notices stay readable through the map's rerun and render as text; a scene
narrative's unsafe links are not links in the PDF export."""

from __future__ import annotations

import dataclasses
import datetime as dt
import subprocess
from urllib.parse import quote

import pytest
from pypdf import PdfReader

from briefings.load import load_briefings
from filters.events import filter_events, filter_options
from loaders.gazetteer import build_gazetteer, feature_names
from snapshots.layout import layout_html
from snapshots.render import Renderer
from snapshots.request import scene_snapshot
from snapshots.sizes import SIZES
from tests.browser.conftest import map_frame, wait_idle

pytestmark = pytest.mark.browser
BAD_START = "is not a date (YYYY-MM-DD)"  # the notice for start=2020-13-45


def _alerts(pg) -> list[str]:
    return pg.locator('[data-testid="stAlertContainer"]').all_inner_texts()


def test_a_link_notice_stays_through_the_maps_rerun_until_dismissed(page, app_url):
    pg = page.page
    pg.goto(f"{app_url}/?start=2020-13-45")
    pg.get_by_text(BAD_START).wait_for(timeout=30_000)
    map_frame(pg)  # the map's first report reruns the script about a second later
    pg.wait_for_timeout(4_000)
    wait_idle(pg)
    assert pg.get_by_text(BAD_START).is_visible(), _alerts(pg)
    pg.evaluate("() => document.activeElement && document.activeElement.blur()")
    pg.keyboard.press("r")  # Streamlit's "Rerun" shortcut: any later rerun must keep the notice too
    wait_idle(pg)
    assert pg.get_by_text(BAD_START).is_visible(), _alerts(pg)
    pg.get_by_role("button", name="Dismiss").click()
    pg.get_by_text(BAD_START).wait_for(state="detached", timeout=30_000)
    wait_idle(pg)
    pg.wait_for_timeout(1_500)
    assert not any(BAD_START in a for a in _alerts(pg))
    assert page.errors == []


def test_an_unknown_layer_notice_shows_the_value_as_text_and_keeps_the_layers(page, app_url):
    pg = page.page
    ids = ["**b**<img src=x onerror=window.hit=1>", "[x](javascript:alert(1))", "<https://evil.example>"]
    pg.goto(f"{app_url}/?layers={quote(','.join(ids))}")
    pg.get_by_text("showing the default layers").wait_for(timeout=30_000)
    alert = pg.locator('[data-testid="stAlertContainer"]', has_text="showing the default layers")
    assert f"Unknown layer(s) {', '.join(ids)}: showing the default layers." in alert.inner_text()
    assert alert.locator("code").all_inner_texts() == ids  # each shown as typed, in a code span...
    assert alert.locator("a, img, script, strong, em").count() == 0  # ...that formats nothing
    assert pg.evaluate("() => window.hit") is None
    frame = map_frame(pg)
    wait_idle(pg)
    assert "layers=" in pg.url and "layers=&" not in pg.url and not pg.url.endswith("layers=")
    checked = frame.evaluate(
        "() => [...document.querySelectorAll('.leaflet-control-layers-overlays input')].filter(i => i.checked).length")
    assert checked > 0


def test_pdf_export_keeps_only_safe_narrative_links(tmp_path, theatre, events):
    options = filter_options(events)
    briefing = load_briefings(build_gazetteer(theatre), feature_names(theatre))[0]["default"]
    snap = scene_snapshot(briefing, 5, options, marking="", size=SIZES["a4"])
    snap = dataclasses.replace(snap, narrative=(
        "Read [the assessment](https://example.org/briefing), [one](javascript:alert(1)), "
        "[two](JaVaScRiPt:alert(2)), [three](java&#x09;script:alert(3)), [four]( javascript:alert(4)), "
        "[five](//evil.example/x), [six](data:text/html,hi) and [seven](relative.html)."))
    html = layout_html(snap, theatre, filter_events(events, snap.spec.filter), options, produced=dt.date(2026, 11, 26))
    with Renderer() as renderer:
        pdf = renderer.render(html, SIZES["a4"], "pdf")
    path = tmp_path / "scene5.pdf"
    path.write_bytes(pdf)
    reader = PdfReader(path)
    uris = []
    for pdf_page in reader.pages:
        for ref in pdf_page.get("/Annots") or []:
            annot = ref.get_object()
            action = annot.get("/A")
            if annot.get("/Subtype") == "/Link" and action is not None and "/URI" in action:
                uris.append(str(action["/URI"]))
    assert "https://example.org/briefing" in uris  # links are made: the check below is not vacuous
    assert [u for u in uris if u != "https://example.org/briefing"] == [], uris
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    assert "one, two, three, four, five, six and seven" in " ".join(text.split())  # the words stay
