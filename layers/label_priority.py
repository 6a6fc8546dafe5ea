"""Which map labels win when two would overlap (higher first).

The browser (:file:`static/js/label-placer.js`) places labels in this order, each
beside its symbol on the right, left, above or below, and hides a label that has
no room left; scene annotations are never moved or hidden. The number reaches the
page as a ``data-label-priority`` attribute.
"""

from __future__ import annotations

#: A feature the scene highlights.
HIGHLIGHTED = 100
#: A named theatre feature drawn as a point: Jisr al-Shughur, Hmeimim Air Base.
THEATRE = 90
#: A labelled point symbol of a layer, such as a Turkish observation post.
POINT = 70
#: A major town of the basemap (shown at every zoom).
MAJOR_TOWN = 50
#: A minor town of the basemap (shown from zoom 10).
MINOR_TOWN = 20


def town_priority(rank: str) -> int:
    """The priority of a basemap town label.

    Parameters
    ----------
    rank : str
        The town's rank in the towns layer, ``"major"`` or ``"minor"``.

    Returns
    -------
    int
        :data:`MAJOR_TOWN` for a major town, :data:`MINOR_TOWN` for anything else.
    """
    return MAJOR_TOWN if rank == "major" else MINOR_TOWN


def feature_priority(highlighted: bool, base: int = POINT) -> int:
    """The priority of a feature's label: ``base``, raised to :data:`HIGHLIGHTED` when the scene
    highlights the feature.

    Parameters
    ----------
    highlighted : bool
        Whether the scene highlights the feature.
    base : int
        The feature's priority otherwise.

    Returns
    -------
    int
        The label's priority.
    """
    return max(HIGHLIGHTED, base) if highlighted else base
