"""Timed: a group of map elements shown only on the days of one status of a dated feature.

In the Streamlit app the date window changes in the browser, with no new map, so
a dated feature (a Turkish post, a user's front line) is built once per status it
can have: "active" from ``valid_from`` to ``valid_to``, "ended" after ``valid_to``.
Each status is a Timed group; ``static/js/map-state.js`` adds the groups whose days
hold the window's last day and removes the others. Exports, whose date is fixed,
build just the status on that day instead (:func:`layers.draw.by_status`).
"""

from __future__ import annotations

import datetime as dt

import folium

from filters.events import to_day


class Timed(folium.FeatureGroup):
    """A group shown from ``first`` to ``last`` (inclusive dates; ``None``: open-ended).

    Parameters
    ----------
    elements : list
        The folium elements drawn while the status holds.
    first, last : date or None
        The first and last day of the status.
    """

    def __init__(self, elements, first: dt.date | None, last: dt.date | None):
        super().__init__(control=False, overlay=True)
        self._name = "Timed"
        self.first_day = to_day(first) if first is not None else None
        self.last_day = to_day(last) if last is not None else None
        for element in elements:
            self.add_child(element)
