"""Cached data loading for the app; a bad file stops the page with a clear message."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from filters.events import FilterOptions, filter_options
from loaders.errors import DataError
from loaders.events import is_synthetic, read_events
from loaders.paths import EVENTS_CSV
from loaders.theatre import load_theatre

#: Set to load another ACLED-schema CSV (e.g. a real ACLED export) instead of geodata/events.csv.
EVENTS_ENV = "BRIEFMAP_EVENTS"


def events_path() -> Path:
    return Path(os.environ.get(EVENTS_ENV) or EVENTS_CSV)


@st.cache_resource(show_spinner="Loading theatre layers…")
def _theatre():
    return load_theatre()


@st.cache_resource(show_spinner="Loading events…")
def _events(path: str, mtime: float):
    return read_events(path)


@dataclass(frozen=True)
class EventFacts:
    """What the app asks of the whole event table on every run, computed once per file."""

    options: FilterOptions
    synthetic: bool


@st.cache_resource(show_spinner=False)
def _facts(path: str, mtime: float, _events) -> EventFacts:
    return EventFacts(options=filter_options(_events), synthetic=is_synthetic(_events))


def load_or_stop():
    """(theatre layers, events, facts about them); on a data error, show it and stop the page."""
    path = events_path()
    key = (str(path), path.stat().st_mtime if path.exists() else 0.0)
    try:
        theatre = _theatre()
        events = _events(*key)
    except DataError as exc:
        st.error("**The map cannot load its data.** Fix the file named below and reload.")
        st.code(str(exc), language=None)
        st.stop()
    return theatre, events, _facts(*key, events)
