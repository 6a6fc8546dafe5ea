"""Briefing map for north-west Syria (Idlib, Sept–Oct 2020).

A thin shell: page setup and navigation. The map page (``/``) and the Data page
(``/data``) live in ``ui/pages/``; everything they draw comes from the packages
listed in README.md's "Code map". Run with ``streamlit run serve.py`` (``scripts/run.sh``), which
adds the guard of the map's data files; ``streamlit run app.py`` runs it without.
"""

from __future__ import annotations

import streamlit as st

from auth.session import gate, render_badge

st.set_page_config(page_title="Idlib briefing map", page_icon="🗺", layout="wide")
render_badge(gate())  # with log-in configured, nothing below runs for an anonymous or unlisted user

PAGES = [
    st.Page("ui/pages/map.py", title="Map", icon=":material/map:", default=True),
    st.Page("ui/pages/data.py", title="Data", icon=":material/database:", url_path="data"),
]
st.navigation(PAGES, position="top").run()
