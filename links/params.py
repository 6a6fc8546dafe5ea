"""Links that reproduce a view: query parameters to a request, and back.

``?briefing=<id>&scene=<n>`` opens a briefing scene; a free view is
``lat``, ``lon``, ``zoom``, ``start``, ``end`` (ISO dates), ``layers`` and
``types`` (comma-separated), plus ``subtypes``, ``actors``, ``datasets``,
``basemap`` and ``presenter=1``; the analysis adds ``near`` (``m4_highway:6``: events within
6 km of the M4, see :mod:`analysis.near`), ``since`` (the date of the last brief) and
``density=fatalities`` (colour the density hexagons by reported fatalities). Both can be
combined: the scene first, then the free-view parameters on top (a scene the briefer has changed).

Parsing never fails: a bad or tampered parameter yields a short notice and
falls back to the default for that parameter alone.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from analysis.near import Near, NearError
from filters.events import FilterOptions
from layers import tiles
from layers.registry import LAYER_IDS
from mapview.spec import THEATRE_LIMITS

MIN_ZOOM, MAX_ZOOM = 6, 17
#: The parameters this module reads and writes, in the order they are written.
PARAMS = ("briefing", "scene", "lat", "lon", "zoom", "start", "end", "layers", "types", "subtypes", "actors",
          "datasets", "basemap", "near", "since", "density", "presenter")
#: ``near=off`` and ``since=off``: none (on a changed scene that has one).
OFF = "off"
#: How the density hexagons may be coloured (``density=``).
DENSITY_BY = ("events", "fatalities")
_SHORT = 40  # a tampered value is quoted up to this many characters


@dataclass
class LinkRequest:
    """What a link asks for; None means "not given, keep the default"."""

    briefing: str | None = None
    scene: int | None = None
    center: tuple[float, float] | None = None
    zoom: float | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    layers: tuple[str, ...] | None = None
    types: tuple[str, ...] | None = None
    subtypes: tuple[str, ...] | None = None
    actors: tuple[str, ...] | None = None
    datasets: tuple[str, ...] | None = None
    basemap: str | None = None
    near: Near | None = None
    since: dt.date | None = None
    density_by: str | None = None
    near_off: bool = False
    """``near=off``: no Near filter (a scene that has one, changed by the briefer)."""
    since_off: bool = False
    """``since=off``: no last-brief date (likewise)."""
    presenter: bool = False
    notices: list[str] = field(default_factory=list)

    @property
    def has_free_view(self) -> bool:
        given = (self.center, self.start, self.end, self.layers, self.types, self.subtypes, self.actors,
                 self.datasets, self.basemap, self.near, self.since, self.density_by)
        return any(v is not None for v in given) or self.near_off or self.since_off


def quote(value: str) -> str:
    """``value`` as a Markdown code span for a notice (st.warning renders Markdown): shortened,
    control characters spelled out, and inert — inside a code span ``<script>``, ``[x](…)``,
    ``**b**`` or ``https://…`` show as typed (no HTML, no link, not even a GFM autolink,
    which backslash escapes would not prevent)."""
    value = str(value)
    value = value if len(value) <= _SHORT else value[:_SHORT] + "…"
    text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in value)
    if not text.strip():
        return repr(text)
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    return f"{fence} {text} {fence}" if text[0] in "` " or text[-1] in "` " else f"{fence}{text}{fence}"


def _first(params: Mapping, key: str) -> str | None:
    value = params.get(key)
    if isinstance(value, (list, tuple)):
        value = value[-1] if value else None
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def _float(text: str) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _list(text: str | None) -> list[str]:
    return [p.strip() for p in (text or "").split(",") if p.strip()]


def parse(params: Mapping, *, briefings: Mapping[str, int], options: FilterOptions,
          layer_ids: Sequence[str] = LAYER_IDS) -> LinkRequest:
    """Turn query parameters into a request, collecting a notice per bad parameter.

    Parameters
    ----------
    params : mapping
        ``st.query_params`` (values are strings, or lists of strings).
    briefings : mapping of str to int
        Known briefing ids and how many scenes each has.
    options : FilterOptions
        What the loaded event table offers (dates, types, sub-types, actors, datasets).
    layer_ids : sequence of str
        The layers the map can show (registered ones and the store's user overlays).
    """
    req = LinkRequest()
    note = req.notices.append

    bid = _first(params, "briefing")
    if bid is not None:
        if bid in briefings:
            req.briefing = bid
        else:
            note(f"Unknown briefing {quote(bid)}: showing the map without a briefing.")
    scene = _first(params, "scene")
    if scene is not None:
        if req.briefing is None:
            if bid is None:
                note("A scene number needs a briefing: ignored scene.")
        elif scene.isdigit() and 1 <= int(scene) <= briefings[req.briefing]:
            req.scene = int(scene)
        else:
            note(f"Scene {quote(scene)} does not exist in briefing {req.briefing!r} "
                 f"(scenes 1–{briefings[req.briefing]}): showing scene 1.")
    if req.briefing is not None and req.scene is None:
        req.scene = 1

    lat, lon, zoom = (_first(params, k) for k in ("lat", "lon", "zoom"))
    if any(v is not None for v in (lat, lon, zoom)):
        flat, flon = (_float(lat) if lat else None), (_float(lon) if lon else None)
        (s, w), (n, e) = THEATRE_LIMITS
        if flat is None or flon is None:
            note(f"Position lat={quote(lat or '')}, lon={quote(lon or '')} is not a pair of numbers: "
                 "showing the default view.")
        elif not (s <= flat <= n and w <= flon <= e):
            note(f"Position {flat:g}, {flon:g} is outside the theatre: showing the default view.")
        else:
            req.center = (flat, flon)
        if zoom is not None:
            fz = _float(zoom)
            if fz is None or not MIN_ZOOM <= fz <= MAX_ZOOM:
                note(f"Zoom {quote(zoom)} is not a number from {MIN_ZOOM} to {MAX_ZOOM}: using zoom 9.")
                fz = None
            req.zoom = fz
        if req.center is not None and req.zoom is None:
            req.zoom = 9.0
        if req.center is None:
            req.zoom = None

    for key in ("start", "end"):
        text = _first(params, key)
        if text is None:
            continue
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            note(f"{key.capitalize()} date {quote(text)} is not a date (YYYY-MM-DD): using the data's "
                 f"{'first' if key == 'start' else 'last'} day.")
            continue
        clamped = min(max(day, options.first_day), options.last_day)
        if clamped != day:
            note(f"{key.capitalize()} date {day} is outside the data ({options.first_day} – {options.last_day}): "
                 f"using {clamped}.")
        setattr(req, key, clamped)
    if req.start and req.end and req.start > req.end:
        note(f"Start {req.start} is after end {req.end}: swapped them.")
        req.start, req.end = req.end, req.start

    def pick(key: str, allowed, what: str, *, none_known: str | None = None) -> tuple[str, ...] | None:
        """The known values of ``key``; with ``none_known``, a list naming no known value keeps the
        default (None) and says so in the notice."""
        raw = _first(params, key)
        if raw is None:
            return None
        values = _list(raw)
        allowed = set(allowed)
        unknown = [v for v in values if v not in allowed]
        known = tuple(v for v in values if v in allowed)
        fallback = none_known is not None and not known
        if unknown:
            more = f" and {len(unknown) - 5} more" if len(unknown) > 5 else ""
            note(f"Unknown {what} {', '.join(quote(u) for u in unknown[:5])}{more}: "
                 f"{none_known if fallback else 'ignored'}.")
        return None if fallback else known

    layers = pick("layers", layer_ids, "layer(s)", none_known="showing the default layers")
    if layers is not None:
        req.layers = tuple(i for i in layer_ids if i in layers)
    req.types = pick("types", options.event_types, "event type(s)")
    req.subtypes = pick("subtypes", options.sub_event_types, "sub-event type(s)")
    req.actors = pick("actors", options.actors, "actor(s)")
    req.datasets = pick("datasets", options.datasets, "dataset(s)")

    basemap = _first(params, "basemap")
    if basemap is not None:
        if basemap in tiles.TILE_IDS:
            req.basemap = basemap
        else:
            note(f"Unknown basemap {quote(basemap)}: using no tiles.")
    near = _first(params, "near")
    if near == OFF:
        req.near_off = True
    elif near is not None:
        try:
            req.near = Near.parse(near)
        except NearError as err:
            note(f"Near {quote(near)} cannot be used: {err.reason}. Showing events anywhere.")
    since = _first(params, "since")
    if since == OFF:
        req.since_off = True
    elif since is not None:
        try:
            day = dt.date.fromisoformat(since)
        except ValueError:
            note(f"Last brief date {quote(since)} is not a date (YYYY-MM-DD): no comparison shown.")
        else:
            if options.first_day < day <= options.last_day:
                req.since = day
            else:
                note(f"Last brief date {day} must be after the data's first day and not after its last "
                     f"({options.first_day} – {options.last_day}): no comparison shown.")
    density = _first(params, "density")
    if density is not None:
        if density in DENSITY_BY:
            req.density_by = density
        else:
            note(f"Density colouring {quote(density)} is not one of {', '.join(DENSITY_BY)}: colouring by events.")
    presenter = _first(params, "presenter")
    req.presenter = presenter in ("1", "true", "yes")
    return req


def encode(
    *,
    briefing: str | None,
    scene: int | None,
    modified: bool,
    view: tuple[tuple[float, float], float] | None,
    start: dt.date | None,
    end: dt.date | None,
    layers,
    types,
    subtypes,
    actors,
    basemap: str,
    presenter: bool,
    options: FilterOptions,
    datasets=None,
    layer_ids: Sequence[str] = LAYER_IDS,
    near: Near | None = None,
    since: dt.date | None = None,
    density_by: str = "events",
) -> dict[str, str]:
    """Query parameters that reproduce the current view.

    A scene shown as authored is just ``briefing`` and ``scene``; anything else
    (a free view, or a scene the briefer changed) writes every view parameter.
    """
    out: dict[str, str] = {}
    if briefing is not None and scene is not None:
        out["briefing"] = briefing
        out["scene"] = str(scene)
    if briefing is None or modified:
        if view is not None:
            (lat, lon), zoom = view
            out["lat"] = f"{lat:.5f}"
            out["lon"] = f"{lon:.5f}"
            out["zoom"] = f"{zoom:g}"
        out["start"] = (start or options.first_day).isoformat()
        out["end"] = (end or options.last_day).isoformat()
        out["layers"] = ",".join(i for i in layer_ids if i in set(layers))
        if types:
            out["types"] = ",".join(types)
        if subtypes:
            out["subtypes"] = ",".join(subtypes)
        if actors:
            out["actors"] = ",".join(actors)
        if datasets:
            out["datasets"] = ",".join(datasets)
        if basemap != "none":
            out["basemap"] = basemap
        # on a changed scene, say "off" too: the scene's own Near or date would come back otherwise
        if near is not None or briefing is not None:
            out["near"] = str(near) if near is not None else OFF
        if since is not None or briefing is not None:
            out["since"] = since.isoformat() if since is not None else OFF
        if density_by != "events" or briefing is not None:
            out["density"] = density_by
    if presenter:
        out["presenter"] = "1"
    return out
