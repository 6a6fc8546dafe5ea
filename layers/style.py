"""Colours, shapes and line styles shared by the layers, the legend and the exports.

Event colours follow the Okabe–Ito palette, which stays distinct for readers with
colour-vision deficiencies, and each event type also has its own shape, so the
map reads in greyscale print too.
"""

from __future__ import annotations

from dataclasses import dataclass

#: ACLED event types, in ACLED's own order.
EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)


@dataclass(frozen=True)
class EventStyle:
    color: str
    shape: str  # circle | square | diamond | triangle


EVENT_STYLES: dict[str, EventStyle] = {
    "Battles": EventStyle("#D55E00", "diamond"),
    "Explosions/Remote violence": EventStyle("#E69F00", "circle"),
    "Violence against civilians": EventStyle("#CC79A7", "triangle"),
    "Protests": EventStyle("#009E73", "square"),
    "Riots": EventStyle("#8C6D00", "square"),
    "Strategic developments": EventStyle("#0072B2", "square"),
}
#: An event type that ACLED adds later still draws, in grey.
OTHER_EVENT_STYLE = EventStyle("#777777", "circle")


def event_style(event_type: str) -> EventStyle:
    return EVENT_STYLES.get(event_type, OTHER_EVENT_STYLE)


#: Radius of the uncertainty ring drawn for each ACLED geo_precision code.
#: 1: the named town itself (no ring); 2: near a town or in part of a district;
#: 3: only the wider region (province capital coordinates in ACLED practice).
GEO_PRECISION_RING_M = {1: 0, 2: 10_000, 3: 30_000}

GEO_PRECISION_LABELS = {
    1: "1 – at the named place",
    2: "2 – near the place (ring ≈ 10 km)",
    3: "3 – region only (ring ≈ 30 km)",
}
TIME_PRECISION_LABELS = {
    1: "1 – exact day",
    2: "2 – within a few days / week",
    3: "3 – month only",
}

# Theatre layers
M4 = "#222222"
M4_CASING = "#ffffff"
CORRIDOR = "#C9A800"
JISR = "#B2182B"
GHAB = "#2E8B57"
ORONTES = "#2B7BB9"
HMEIMIM = "#8B0000"
TURKEY = "#E30A17"
EVACUATED = "#7A7A7A"
ANNOTATION = "#5E3C99"
HIGHLIGHT = "#FFD400"

#: Colours of user overlay layers, in import order (Paul Tol's colour-blind-safe "muted" set,
#: avoiding the theatre's reds, greens and golds).
USER_COLORS = ("#882255", "#44AA99", "#332288", "#999933", "#AA4499", "#88CCEE")

# Offline basemap
LAND = "#F4F1EA"
SEA = "#C6DDEE"
COAST = "#6A8CA8"
BORDER = "#5B3A6E"
RIVER = "#7FB2D9"
TOWN = "#444444"
