"""AppTest: the app shows a scene's narrative with the exports' renderer and link rule."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from briefings.narrative import narrative_html

APP = str(Path(__file__).resolve().parents[2] / "app.py")
ANCHOR = "Its security is central to what follows."
LINKS = " [x](javascript:alert(1)) [y](JaVaScRiPt:alert(2)) [z](//evil.example) [ok](https://example.org/a)"


def test_a_narrative_link_that_is_not_http_mailto_or_an_anchor_is_plain_text(tmp_path, monkeypatch):
    from loaders.paths import BRIEFINGS

    text = (BRIEFINGS / "default.yaml").read_text(encoding="utf-8")
    assert text.count(ANCHOR) == 1
    (tmp_path / "default.yaml").write_text(text.replace(ANCHOR, ANCHOR + LINKS), encoding="utf-8")
    monkeypatch.setenv("BRIEFMAP_BRIEFINGS", str(tmp_path))
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params["briefing"] = "default"
    at.query_params["scene"] = "1"
    at.run()
    assert not at.exception, at.exception
    shown = [m.value for m in at.markdown if "Hmeimim Air Base" in m.value and ANCHOR in m.value]
    assert len(shown) == 1, [m.value for m in at.markdown]
    html = shown[0]
    assert 'href="https://example.org/a"' in html
    assert "javascript" not in html.lower() and "evil.example" not in html
    assert " x y z " in html  # the words stay
    assert html.startswith('<div class="bm-narrative">' + narrative_html("Russia and Turkey")[:-4])
