"""Notices at the top of the map page (a bad link parameter, ...), each with its Dismiss button.

They are drawn on every run, not once: the map's first report makes a rerun a second after
the page opens, and a notice shown only once would vanish before a briefer could read it.
"""

from __future__ import annotations

import hashlib

import streamlit as st

from ui import state


def notice_key(text: str) -> str:
    """The Dismiss button's key: stable across reruns and other notices coming and going."""
    return "notice_dismiss_" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def render_notices() -> None:
    for text in list(st.session_state.get(state.K_NOTICES, [])):
        with st.container(key=notice_key(text).replace("_dismiss_", "_box_")):
            message, close = st.columns([12, 1], vertical_alignment="center")
            message.warning(text, icon="ℹ")
            close.button("Dismiss", key=notice_key(text), help="Hide this notice",
                         on_click=state.dismiss_notice, args=(text,))
