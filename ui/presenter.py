"""Page styling for normal and presenter mode (screen sharing at 1920×1080).

Only project-authored CSS goes through ``unsafe_allow_html`` here.
"""

from __future__ import annotations

import streamlit as st

_BASE = """
.bm-scene-counter { font-size: 1.15rem; font-weight: 700; text-align: center; white-space: nowrap; }
.bm-briefing-title { color: #5b5b5b; font-size: 0.82rem; text-transform: uppercase; letter-spacing: 0.04em; }
h2.bm-scene-title { font-size: 1.45rem; margin: 0.1rem 0 0.4rem 0; padding: 0; line-height: 1.25; }
.st-key-scene_narrative p, .st-key-scene_narrative li { font-size: 1.0rem; line-height: 1.45; }
.st-key-briefmap_state { display: none; }
"""

_PRESENTER = """
section[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header[data-testid="stHeader"],
[data-testid="stToolbar"] { display: none !important; }
.block-container, [data-testid="stMainBlockContainer"] {
  padding: 0.6rem 1.2rem 0 1.2rem !important; max-width: 100% !important; }
h2.bm-scene-title { font-size: 2.15rem; }
.bm-briefing-title { font-size: 1.05rem; }
.bm-scene-counter { font-size: 1.6rem; }
.st-key-scene_narrative p, .st-key-scene_narrative li { font-size: 1.5rem; line-height: 1.45; }
.st-key-scene_narrative em { font-size: 1.1rem; color: #555; }
"""

#: Map height in presenter mode: fills a 1080-pixel-high shared screen under the scene bar.
PRESENTER_MAP_HEIGHT = 930
MAP_HEIGHT = 640


def apply_styles(presenter: bool) -> None:
    css = _BASE + (_PRESENTER if presenter else "")
    st.markdown(f"<style>{css}</style>", unsafe_allow_html=True)
