"""The panel beside the map that shows the full record of clicked events, read from the store."""

from __future__ import annotations

from urllib.parse import urlparse

import streamlit as st

from auth.session import current
from layers.events import detail_rows
from layers.html import esc
from ui import edit_panel, state
from ui.data import AppData
from ui.history import render_history
from ui.text import md_text

_STYLE = (
    "<style>.bm-details{border-collapse:collapse;font-size:0.86rem;width:100%;margin:0 0 0.4rem 0}"
    ".bm-details th{text-align:left;vertical-align:top;color:#555;font-weight:600;padding:2px 8px 2px 0;"
    "white-space:nowrap}.bm-details td{vertical-align:top;padding:2px 0;overflow-wrap:anywhere}"
    ".bm-details caption{text-align:left;font-weight:700;padding-bottom:4px}</style>"
)


def safe_link(url) -> str | None:
    """``url`` if it is an http(s) address, else None (no javascript:, data: or file: links)."""
    if not isinstance(url, str) or not url.strip():
        return None
    parsed = urlparse(url.strip())
    return url.strip() if parsed.scheme in ("http", "https") and parsed.netloc else None


def _link(url: str, text: str) -> str:
    return f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">{esc(text)}</a>'


def details_html(record: dict, dataset=None) -> str:
    """An HTML table of one event's record and its dataset; every value is escaped, and only
    http(s) addresses become links."""
    rows = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in detail_rows(record))
    link = safe_link(record.get("source_url"))
    if link:
        rows += f"<tr><th>Source link</th><td>{_link(link, link)}</td></tr>"
    if dataset is not None:
        home = safe_link(dataset.source_url)
        name = f"{dataset.title} ({dataset.id})"
        rows += f"<tr><th>Dataset</th><td>{_link(home, name) if home else esc(name)}</td></tr>"
        if dataset.source:
            rows += f"<tr><th>Dataset source</th><td>{esc(dataset.source)}</td></tr>"
        rows += f"<tr><th>Licence</th><td>{esc(dataset.licence)}</td></tr>"
    elif record.get("dataset"):
        rows += f"<tr><th>Dataset</th><td>{esc(record['dataset'])}</td></tr>"
    caption = esc(f"{record['event_date']} · {record['event_type']}")
    return f'<table class="bm-details"><caption>{caption}</caption>{rows}</table>'


def _open_correct(store, fid: int) -> None:
    """Open the correction form on the event as stored now, at its current revision."""
    row = store.event_state(fid)
    if row is None:
        state.notice(f"Event {fid} is no longer in the store.")
        return
    edit_panel.open_correct(dict(row, fid=fid), row["revision"])


def render_details(data: AppData, *, presenter: bool = False) -> None:
    """Show the events last clicked on the map (their ids are in session state); editors get a
    "Correct or retract" button, except in presenter mode (a screen-shared briefing)."""
    ids = [int(i) for i in st.session_state.get(state.K_SELECTED, ())]
    st.subheader("Event details")
    if not ids:
        st.caption("Click an event on the map to see its full record here: actors, notes, source, precision "
                   "and the dataset it comes from.")
        return
    records = data.records(ids)
    if records.empty:
        st.caption("The events clicked are no longer in the store (their dataset was removed or re-imported).")
        return
    if len(records) > 1:
        st.caption(f"{len(records)} events at this spot")
    may_edit = not presenter and current().can("edit")
    for rec in records.reset_index().to_dict("records"):
        with st.container(border=True):
            st.html(_STYLE + details_html(rec, data.facts.dataset(str(rec.get("dataset")))))
            now = data.store.event_state(int(rec["fid"]))
            retracted = now is not None and bool(now["retracted_at"])
            if retracted:
                st.warning(f"**Retracted** by {md_text(now['retracted_by'])} on {now['retracted_at'][:10]}: "
                           f"{md_text(now['retract_reason'] or '')}. It is no longer on the map; an editor can "
                           "restore it from the Data page.", icon=":material/delete:")
            render_history(data.store, "event", int(rec["fid"]))
            if may_edit and not retracted:
                st.button("Correct or retract", key=f"edit_open_{rec['fid']}", icon=":material/edit:",
                          on_click=_open_correct, args=(data.store, int(rec["fid"])))
    if st.button("Clear selection", key="clear_selection"):
        st.session_state[state.K_SELECTED] = ()
        st.rerun()
