"""The event layer: every filtered event, sent once as compact columns, drawn on a canvas.

Positions travel as float32, days as uint16 offsets, type / precision as uint8,
location names as uint16 indexes into one list and row ids as uint32, all
base64-encoded: 24 bytes per event. The browser clusters or draws them and filters by time itself, so
playback needs no server round trip. A click hands back the events' row ids;
the app looks up the full records in Python instead of embedding every popup.
"""

from __future__ import annotations

import base64

import numpy as np
import pandas as pd

from filters.events import as_selection, to_day
from layers import style
from layers.base import LayerContext, LayerData, LegendItem
from layers.event_canvas import EventCanvas

#: Fields of an event record shown in details panels and export popups.
DETAIL_FIELDS = (
    ("event_date", "Date"),
    ("date_end", "Until"),
    ("event_type", "Event type"),
    ("sub_event_type", "Sub-event type"),
    ("actor1", "Actor 1"),
    ("assoc_actor_1", "Associated with actor 1"),
    ("actor2", "Actor 2"),
    ("assoc_actor_2", "Associated with actor 2"),
    ("location", "Location"),
    ("admin1", "Admin 1"),
    ("coordinates", "Coordinates (lat, lon)"),
    ("geo_precision", "Geo precision"),
    ("time_precision", "Time precision"),
    ("fatalities", "Fatalities"),
    ("fatality_range", "Fatalities (low–high)"),
    ("notes", "Notes"),
    ("source", "Source"),
    ("source_scale", "Source scale"),
    ("tags", "Tags"),
    ("event_id_cnty", "Event ID"),
    ("source_id", "ID in its own file"),
)


def _b64(array: np.ndarray) -> str:
    return base64.b64encode(np.ascontiguousarray(array).tobytes()).decode("ascii")


def type_order(present) -> list[str]:
    """ACLED's event types first, in ACLED order, then any others alphabetically."""
    present = set(present)
    known = [t for t in style.EVENT_TYPES if t in present]
    return known + sorted(present - set(known))


def _given(value) -> bool:
    return value is not None and value is not pd.NA and not (isinstance(value, float) and np.isnan(value))


def detail_rows(record: dict) -> list[tuple[str, str]]:
    """(label, text) pairs for one event record; empty values are left out."""
    rows = []
    for key, label in DETAIL_FIELDS:
        if key == "coordinates":
            value = f"{record['latitude']:.5f}, {record['longitude']:.5f}"
        elif key == "geo_precision":
            value = style.GEO_PRECISION_LABELS.get(int(record[key]), str(record[key]))
        elif key == "time_precision":
            value = style.TIME_PRECISION_LABELS.get(int(record[key]), str(record[key]))
        elif key == "fatality_range":
            low, high = record.get("fatalities_low"), record.get("fatalities_high")
            value = f"{low}–{high}" if _given(low) and _given(high) else None
        elif key == "source_id" and record.get("source_id") == record.get("event_id_cnty"):
            value = None
        else:
            value = record.get(key)
        text = str(value) if _given(value) else ""
        if text:
            rows.append((label, text))
    return rows


def encode_events(events, ctx: LayerContext) -> dict:
    """Encode events as the compact columns ``L.BriefmapEvents`` reads.

    Parameters
    ----------
    events : EventSelection or DataFrame
        Validated events (``loaders.events.read_events``), usually the rows a
        filter selected; row ids are positions in the full table.
    ctx : LayerContext
        ``window`` sets the day range; ``details_in_map`` embeds full records.
    """
    sel = as_selection(events)
    n = len(sel)
    days = sel.column("day").astype(np.int64)
    if ctx.window is not None:
        day0, day_end = to_day(ctx.window[0]), to_day(ctx.window[1])
    elif n:
        day0, day_end = int(days.min()), int(days.max())
    else:
        day0 = day_end = 0
    type_codes, type_categories = sel.codes("event_type")
    present = np.flatnonzero(np.bincount(type_codes, minlength=len(type_categories))) if n else []
    types = type_order(str(type_categories[i]) for i in present)
    payload = {
        "n": n,
        "day0": day0,
        "window": [0, max(0, day_end - day0)],
        "types": [
            {"label": t, "color": style.event_style(t).color, "shape": style.event_style(t).shape} for t in types
        ],
        "ring_m": {str(k): v for k, v in style.GEO_PRECISION_RING_M.items()},
        "locs": [],
    }
    if not n:
        return payload
    offsets = days - day0
    if offsets.min() < 0 or offsets.max() > 65535:
        raise ValueError("events fall outside the layer's day window (more than 179 years?)")
    # event type: category code -> position in the legend's order
    lut = np.zeros(len(type_categories), dtype=np.uint8)
    index = {t: i for i, t in enumerate(types)}
    for code in present:
        lut[code] = index[str(type_categories[code])]
    # location names: send only the names these events use
    loc_codes, loc_categories = sel.codes("location")
    used = np.flatnonzero(np.bincount(loc_codes, minlength=len(loc_categories)))
    remap = np.zeros(len(loc_categories), dtype=np.int64)
    remap[used] = np.arange(len(used))
    loc_wide = len(used) > 65535
    payload.update(
        lat=_b64(sel.column("latitude").astype("<f4")),
        lon=_b64(sel.column("longitude").astype("<f4")),
        day=_b64(offsets.astype("<u2")),
        type=_b64(lut[type_codes]),
        prec=_b64(sel.column("geo_precision").astype(np.uint8)),
        loc=_b64(remap[loc_codes].astype("<u4" if loc_wide else "<u2")),
        loc_bytes=4 if loc_wide else 2,
        rid=_b64(sel.table.index.to_numpy()[sel.rows].astype("<u4")),
        locs=[str(loc_categories[i]) for i in used],
    )
    if ctx.details_in_map:
        frame = sel.frame
        records = frame.drop(columns=["date"], errors="ignore").to_dict("records")
        payload["details"] = {str(rid): detail_rows(rec) for rid, rec in zip(frame.index.tolist(), records)}
    return payload


def build(data: LayerData, ctx: LayerContext) -> list:
    return [EventCanvas(encode_events(data["events"], ctx))]


def legend(data: LayerData, ctx: LayerContext) -> list[LegendItem]:
    sel = as_selection(data["events"])
    codes, categories = sel.codes("event_type")
    present = [str(categories[i]) for i in np.flatnonzero(np.bincount(codes, minlength=len(categories)))]
    items = [
        LegendItem(t, style.event_style(t).shape, style.event_style(t).color) for t in type_order(present)
    ] if len(sel) else [LegendItem("No events in the selection", "none", "#777")]
    precisions = set(np.unique(sel.column("geo_precision")).astype(int)) if len(sel) else set()
    for code in (2, 3):
        if code in precisions:
            items.append(LegendItem(f"Location precision {style.GEO_PRECISION_LABELS[code]}", "ring", "#555"))
    items.append(LegendItem("Cluster: events by type, count in centre", "pie", "#555"))
    return items
