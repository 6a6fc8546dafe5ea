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


def render_retract(*, what: str, key: str, action: str, retract, stale_key: str, on_done) -> None:
    """"Retract this event / drawing": a reason, then the store's retraction at the revision opened.

    ``retract(reason, author)`` calls the store; ``on_done()`` closes the form and says what happened.
    A retraction refused as stale puts the message under ``stale_key`` (the panel shows it with a reload).
    """
    from auth.session import current, require
    from store import StoreError
    from store.editing import EditRefused, StaleEdit
    from ui.text import md_text

    with st.expander(f"Retract this {what}"):
        st.caption(f"A retracted {what} leaves the map and the exports; it stays in the store with the reason, "
                   "and an editor can restore it from the Data page.")
        reason = st.text_input("Reason (required)", key=f"{key}_reason")
        if not st.button("Retract", key=key, icon=":material/delete:"):
            return
        if not require(action):  # checked on the server at the moment of retracting
            return
        try:
            retract(reason, current().author)
        except StaleEdit as exc:
            st.session_state[stale_key] = str(exc)
            st.rerun()
        except (EditRefused, StoreError) as exc:
            st.error(f"Not retracted: {md_text(str(exc))}.", icon=":material/error:")
            return
        on_done()
        st.rerun()
