"""The app's data: theatre layers from geodata/, events and overlays from the store.

The store is opened once per server process (and seeded on first use); what it
holds is read once per store generation and shared by every session. Each rerun
asks the store for its generation (a cheap query), so an import made in another
session, another process or QGIS shows on the next interaction, without a restart.
A store that cannot be reached shows a message, not a traceback, and the page
recovers when it can be reached again.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd
import streamlit as st

from filters.events import FilterOptions, filter_options
from loaders.errors import DataError
from loaders.theatre import load_theatre
from store import Dataset, EventStore, StoreError, default_location, open_store
from store.seed import StartImport, ensure_seed, import_at_start
from store.views import read_view

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EventFacts:
    """What the app asks of the whole event table on every run, computed once per generation."""

    options: FilterOptions
    datasets: tuple[Dataset, ...] = ()
    synthetic: tuple[str, ...] = ()
    """Ids of datasets with synthetic (benchmark) rows: never to be taken for real events."""

    @property
    def titles(self) -> dict[str, str]:
        return {d.id: d.title for d in self.datasets}

    def dataset(self, dataset_id: str) -> Dataset | None:
        return next((d for d in self.datasets if d.id == dataset_id), None)


@dataclass(frozen=True)
class AppData:
    """Everything a page draws from: layer data (theatre, basemap, overlays), events, facts."""

    theatre: dict
    events: pd.DataFrame
    facts: EventFacts
    store: EventStore = field(repr=False)
    generation: int = 0
    location: str = ""
    """Where the store is (``store.locate``): with ``generation``, names one version of the data."""

    def records(self, fids: Sequence[int]) -> pd.DataFrame:
        """Full records of these events, read from the store."""
        return self.store.records(fids)


@st.cache_resource(show_spinner="Loading theatre layers…")
def _theatre():
    return load_theatre()


@st.cache_resource(show_spinner="Opening the event store…")
def _store(location: str) -> tuple[EventStore, StartImport | None]:
    store = open_store(location)
    ensure_seed(store)
    return store, import_at_start(store)


@st.cache_resource(show_spinner="Loading events…", max_entries=2)
def _snapshot(location: str, generation: int, _store: EventStore):
    view = read_view(_store)
    facts = EventFacts(options=filter_options(view.events), datasets=view.datasets, synthetic=view.synthetic)
    return view.events, facts, view.overlays


#: How often an open page asks the store whether anything changed (or whether it is back).
POLL_S = 5


def _stop(title: str, detail: str, *, retry: bool = False) -> None:
    st.error(f"**{title}**")
    st.code(detail, language=None)
    if retry:
        st.caption(f"The page tries again every {POLL_S} seconds and comes back by itself.")
        _wait_for_store(default_location())
    st.stop()


@st.fragment(run_every=POLL_S)
def _wait_for_store(location: str) -> None:
    """While the store cannot be reached: try again at each tick (the page itself has just tried), and
    rerun the page once it answers."""
    if not st.session_state.get("_store_retry"):
        st.session_state["_store_retry"] = True
        return
    try:
        _store(location)[0].generation()
    except StoreError:
        return
    st.session_state["_store_retry"] = False
    st.rerun()


@st.fragment(run_every=POLL_S)
def watch_store(store: EventStore, generation: int) -> None:
    """Rerun the page when the store's generation moves: an import or a removal by another session,
    another app process or the command line shows within a few seconds, without a reload."""
    try:
        now = store.generation()
    except StoreError:
        st.rerun()  # the page shows why, and waits for the store to come back
    if now != generation:
        st.rerun()


def open_app_store() -> EventStore:
    """The store this server uses (opened, seeded and any start import done), or a message and stop."""
    location = default_location()
    try:
        store, started = _store(location)
    except StoreError as exc:
        log.warning("store unavailable: %s", exc)
        _stop("The event store cannot be opened.", f"{exc}\n\nFix it (or set BRIEFMAP_DB) and reload the page.",
              retry="://" in location)
    except DataError as exc:
        _stop("The map cannot load its data.", f"{exc}\n\nFix the file named above and reload.")
    if started is not None and started.error and not st.session_state.get("_start_import_shown"):
        st.session_state["_start_import_shown"] = True
        st.warning(f"BRIEFMAP_EVENTS: {started.error}. The map shows what the store already holds.",
                   icon=":material/warning:")
    return store


def load_or_stop() -> AppData:
    """Theatre layers, the store's events and overlays, and facts about them; on a data or store
    error, show it and stop the page."""
    try:
        theatre = _theatre()
    except DataError as exc:
        _stop("The map cannot load its data.", f"{exc}\n\nFix the file named above and reload.")
    store = open_app_store()
    location = default_location()
    try:
        generation = store.generation()
        events, facts, overlays = _snapshot(location, generation, store)
    except StoreError as exc:
        log.warning("store unavailable: %s", exc)
        _stop("The event store is not reachable just now.",
              f"{exc}\n\nThe map will show again as soon as the store answers.", retry=True)
    return AppData(theatre=dict(theatre, **overlays), events=events, facts=facts, store=store,
                   generation=generation, location=location)
