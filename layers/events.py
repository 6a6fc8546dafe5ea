"""The event layer: events as an event pack (:mod:`layers.event_pack`), drawn on a canvas.

The browser clusters or draws them and filters them itself (the sidebar's filter
and playback's window), so neither needs a new map. A click hands back the
events' ids; the app looks up the full records in the store instead of embedding
every popup (a standalone export embeds them).
"""

from __future__ import annotations

import base64
import gzip
import json
import zlib

import numpy as np
import pandas as pd

from filters.events import EventFilter, EventSelection, as_selection
from layers import style
from layers.base import LayerContext, LayerData, LegendItem
from layers.event_canvas import EventCanvas
from layers.event_pack import encode_pack, filter_state, type_order

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


def details_of(events) -> dict[str, list[tuple[str, str]]]:
    """Event id -> its detail rows, for popups in a self-contained export."""
    frame = as_selection(events).frame
    records = frame.drop(columns=["date"], errors="ignore").to_dict("records")
    return {str(rid): detail_rows(rec) for rid, rec in zip(frame.index.tolist(), records)}


#: gzip level of the embedded details: on 100,000 events 6 is a third smaller than 1 for
#: 0.2 s more; 9 saves another 2–4 % for seconds more.
DETAILS_GZIP_LEVEL = 6
#: The labels of the detail fields in display order: the columns of a details blob.
DETAIL_LABELS = tuple(label for _, label in DETAIL_FIELDS)


def _detail_block(sel: EventSelection) -> dict:
    """One block of a details blob: the events' ids and, per detail field, each event's text."""
    frame = sel.frame
    records = frame.drop(columns=["date"], errors="ignore").to_dict("records")
    where = {label: j for j, label in enumerate(DETAIL_LABELS)}
    rows = []
    for rec in records:
        row = [""] * len(DETAIL_LABELS)
        for label, text in detail_rows(rec):
            row[where[label]] = text
        rows.append(row)
    values = [list(col) for col in zip(*rows)] if rows else [[] for _ in DETAIL_LABELS]
    return {"ids": [int(i) for i in frame.index], "values": values}


def details_blob(events, *, level: int = DETAILS_GZIP_LEVEL, chunk: int = 20_000) -> bytes:
    """The detail rows of every event as one gzip-compressed JSON document, for a standalone page.

    The browser inflates it the first time an event is clicked (``static/js/event-layer.js``).
    The document is column-wise, which compresses a fifth smaller than the rows of
    :func:`details_of` (dates next to dates, notes next to notes)::

        {"fields": [label, ...],
         "blocks": [{"ids": [event id, ...], "values": [[text of field 0 per event], ...]}, ...]}

    A text is ``""`` where the event has no value (its popup leaves the row out). Each block
    holds ``chunk`` events, read and encoded at once, so a million events never exist as
    one JSON string.

    Parameters
    ----------
    events : EventSelection or DataFrame
        The events of the page.
    level : int
        gzip compression level.
    chunk : int
        Events per block.

    Returns
    -------
    bytes
        A gzip member (no file name, modification time 0: the same events give the same bytes).
    """
    sel = as_selection(events)
    comp = zlib.compressobj(level, zlib.DEFLATED, 16 + zlib.MAX_WBITS)  # 16 +: a gzip header
    out = [comp.compress(b'{"fields":' + json.dumps(DETAIL_LABELS, ensure_ascii=False).encode("utf-8")
                         + b',"blocks":[')]
    for start in range(0, len(sel), chunk):
        block = _detail_block(EventSelection(sel.table, sel.rows[start:start + chunk], sel.records))
        text = json.dumps(block, ensure_ascii=False, separators=(",", ":"))
        out.append(comp.compress((("," if start else "") + text).encode("utf-8")))
    out.append(comp.compress(b"]}"))
    out.append(comp.flush())
    return b"".join(out)


def read_details_blob(data: bytes) -> dict[str, list[list[str]]]:
    """The details in a :func:`details_blob` as :func:`details_of` gives them (event id -> rows).

    The reader the browser implements, for tests and tools.
    """
    doc = json.loads(gzip.decompress(data).decode("utf-8"))
    fields, out = doc["fields"], {}
    for block in doc["blocks"]:
        for k, rid in enumerate(block["ids"]):
            out[str(rid)] = [[label, col[k]] for label, col in zip(fields, block["values"]) if col[k]]
    return out


def build(data: LayerData, ctx: LayerContext) -> list:
    """The event layer.

    In the app (``ctx.events_url``) it fetches the pack of every event and the browser
    applies the sidebar's filter; in an export the given (already filtered) events are
    embedded, with the window as the layer's filter so playback steps inside it.
    """
    sel = as_selection(data["events"])
    if ctx.events_url is not None:
        return [EventCanvas({"url": ctx.events_url, "n": len(sel)})]
    pack = encode_pack(sel, compress=ctx.details_in_map)
    if ctx.details_in_map:
        # a standalone page: the pack stays compressed, the browser inflates it when the page opens;
        # the details too, inflated at the first click on an event (plain JSON took 600 bytes an event)
        source = {"inline": pack.b64(), "gzip": True, "n": pack.n,
                  "details_gz": base64.b64encode(details_blob(sel)).decode("ascii")}
    else:
        # a still image: uncompressed, so the events are drawn before the page signals it is ready
        source = {"inline": pack.b64(), "gzip": False, "n": pack.n}
    state = filter_state(EventFilter(*ctx.window)) if ctx.window is not None else None
    return [EventCanvas(source, state=state)]


#: Legend wording of the uncertainty ring of each geo_precision code that has one.
RING_LEGEND = {
    2: "Faint dashed ring: location known to ±{km} km (near the place)",
    3: "Fainter ring: region only, location known to ±{km} km",
}


def precision_ring_items(precisions, *, interactive: bool) -> list[LegendItem]:
    """Legend rows for the uncertainty rings of the precision codes that occur.

    Parameters
    ----------
    precisions : collection of int
        ACLED geo_precision codes of the events shown.
    interactive : bool
        The map can be hovered (app, standalone page): the last row says so and names
        the ring switch. Still images only have the faint rings.

    Returns
    -------
    list of LegendItem
        One row per code 2 and 3 present, precision 3 in a lighter grey as on the map.
    """
    items = []
    for code, color in ((2, "#555"), (3, "#999")):
        if code in precisions:
            km = round(style.GEO_PRECISION_RING_M[code] / 1000)
            items.append(LegendItem(RING_LEGEND[code].format(km=km), "ring", color))
    if items and interactive:
        last = items[-1]
        items[-1] = LegendItem(last.label, last.symbol, last.color,
                               note="Hover or click an event to highlight its ring; "
                                    "the Rings switch draws all strongly or none.")
    return items


def legend(data: LayerData, ctx: LayerContext) -> list[LegendItem]:
    sel = as_selection(data["events"])
    codes, categories = sel.codes("event_type")
    present = [str(categories[i]) for i in np.flatnonzero(np.bincount(codes, minlength=len(categories)))]
    items = [
        LegendItem(t, style.event_style(t).shape, style.event_style(t).color) for t in type_order(present)
    ] if len(sel) else [LegendItem("No events in the selection", "none", "#777")]
    precisions = set(np.unique(sel.column("geo_precision")).astype(int)) if len(sel) else set()
    items.extend(precision_ring_items(precisions, interactive=ctx.interactive))
    items.append(LegendItem("Cluster: events by type, count in centre", "pie", "#555"))
    return items
