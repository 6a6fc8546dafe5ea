"""An event's or a drawing's history (its audit trail), and the Data page's list of recent changes."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from layers.html import esc
from store.editing import Change

_STYLE = ("<style>.bm-history{font-size:0.82rem;margin:0;padding-left:1.1rem}.bm-history li{margin:0 0 2px 0}"
          ".bm-history .who{color:#555}</style>")


def when(change: Change) -> str:
    """'2026-11-27 10:35 UTC'."""
    return change.changed_at[:16].replace("T", " ") + " UTC"


def history_html(changes: list[Change]) -> str:
    """A list of changes, newest first; every value escaped (names, notes and reasons are untrusted)."""
    items = "".join(
        f'<li><span class="who">{esc(when(c))} · {esc(c.changed_by)} · rev. {c.revision}</span><br>'
        f"{esc(c.summary())}</li>" for c in changes)
    return f'{_STYLE}<ul class="bm-history">{items}</ul>'


def render_history(store, target: str, fid: int) -> None:
    """An expander with the record's history, when it has any."""
    changes = store.changes(target=target, fid=fid, limit=50)
    if not changes:
        return
    with st.expander(f"History: {len(changes)} change(s)"):
        st.html(history_html(changes))


def changes_frame(changes: list[Change]) -> pd.DataFrame:
    """Recent changes as a table for the Data page."""
    return pd.DataFrame([{
        "when": when(c), "who": c.changed_by, "action": c.action, "what": f"{c.target} {c.target_fid}",
        "dataset": c.dataset, "source_id": c.source_id, "revision": c.revision, "change": c.summary(),
    } for c in changes], columns=["when", "who", "action", "what", "dataset", "source_id", "revision", "change"])
