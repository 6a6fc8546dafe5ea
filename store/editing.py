"""Analysts' edits: add, correct, retract and restore events and drawn overlays, with an audit trail.

Every edit is one transaction that checks the record's ``revision`` (optimistic
locking: a save made on a version someone else has since changed is refused with
:class:`StaleEdit`, and nothing is written), writes the record, bumps its
revision and appends a row to ``changes``: who, when, what, and the fields
before and after. Nothing is ever deleted: a retraction keeps the record, off
the map, with who retracted it, when and why.

An event an analyst has corrected or retracted is *held*: a later import of its
dataset does not overwrite it (the import reports it as a conflict instead, see
:class:`store.base.ImportReport`).

The SQL here is written once for both backends; a backend hands in an
:class:`EditTx` that knows its placeholders, geometry encoding and map copy.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import uuid
from abc import ABC, abstractmethod
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd
import shapely
from shapely.geometry import mapping, shape

from importers.base import DatasetInfo, ImportOptions, InputFile
from loaders.events import ACLED_COLUMNS, DETAIL_COLUMNS, RECORD_COLUMNS
from loaders.theatre import shape_properties
from store import mapcache
from store.base import StoreError, utc_now

#: Where events added by hand are stored.
ANALYSTS = DatasetInfo(id="analysts", title="Analysts' reports", format="manual",
                       source="Entered by the team's analysts; each event names its own source",
                       licence="The team's own work (internal)")
#: Where shapes drawn on the map are stored (shown as the layer ``user:drawings``).
DRAWINGS = DatasetInfo(id="drawings", title="Analysts' drawings", format="drawn",
                       source="Drawn on the map by the team's analysts; each shape names its own source",
                       licence="The team's own work (internal)")
#: What a drawn shape is: its ``kind`` (stored in the shape's properties) and how it reads.
OVERLAY_KINDS = {
    "front_line": "Front line",
    "control": "Area of control",
    "axis": "Axis of advance",
    "interest": "Area of interest",
}
#: Which geometry each kind takes.
KIND_GEOMETRY = {"front_line": ("LineString",), "axis": ("LineString",), "control": ("Polygon",),
                 "interest": ("Polygon", "Point")}
#: Columns every event and shape carries for edits (after the imported fields).
EDIT_COLUMNS = ("revision", "edited_at", "edited_by", "retracted_at", "retracted_by", "retract_reason")
#: Fields an analyst may set on an event (the rest are provenance, kept by the store).
EVENT_FIELDS = tuple(c for c in ACLED_COLUMNS + DETAIL_COLUMNS if c not in ("extra", "timestamp"))
#: Fields of a drawn shape.
OVERLAY_EDIT_FIELDS = ("name", "description", "valid_from", "valid_to", "source", "kind", "actor", "accuracy_m")
#: Columns of the ``changes`` table after its id.
CHANGE_COLUMNS = ("changed_at", "changed_by", "action", "target", "target_fid", "dataset", "source_id", "revision",
                  "before", "after", "reason")
ACTIONS = ("add", "correct", "retract", "restore")
_MAX_TEXT = 5000


class StaleEdit(StoreError):
    """The record changed since the editor opened it: the save is refused, and nothing is written."""


class EditRefused(StoreError):
    """An edit breaks the rules for a record (the same rules an import applies); the message says which."""


@dataclass(frozen=True)
class Change:
    """One row of the audit trail."""

    id: int
    changed_at: str
    changed_by: str
    action: str
    target: str
    target_fid: int
    dataset: str
    source_id: str
    revision: int
    before: dict
    after: dict
    reason: str = ""

    @property
    def fields(self) -> list[str]:
        """The fields whose values differ between before and after."""
        keys = list(dict.fromkeys([*self.before, *self.after]))
        return [k for k in keys if _canon(self.before.get(k)) != _canon(self.after.get(k))]

    def summary(self) -> str:
        """'correct: fatalities 2 → 3, notes' — one line for lists."""
        if self.action == "add":
            return "added"
        if self.action in ("retract", "restore"):
            return {"retract": "retracted", "restore": "restored"}[self.action] + \
                (f": {self.reason}" if self.reason else "")
        parts = []
        for k in self.fields:
            a, b = self.before.get(k), self.after.get(k)
            short = all(isinstance(v, (int, float)) or (isinstance(v, str) and len(v) <= 24) or v is None
                        for v in (a, b))
            parts.append(f"{k} {_short(a)} → {_short(b)}" if short and k != "geometry" else k)
        return "corrected " + (", ".join(parts) if parts else "(no field changed)")


def _short(v) -> str:
    return "—" if v in (None, "") else str(v)


@dataclass(frozen=True)
class Saved:
    """What a save did: the record's id and its new revision."""

    fid: int
    revision: int
    change_id: int


def plain(value):
    """A stored value as JSON: dates as ISO text, numpy scalars as numbers, missing as None."""
    if isinstance(value, (dt.datetime, pd.Timestamp)):
        return value.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z" if isinstance(value, dt.datetime) else \
            value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


# validation -----------------------------------------------------------------------------------
def validated_event(fields: Mapping, source_id: str) -> dict:
    """The stored record of an analyst's event, checked by the rules every import applies
    (:func:`importers.records.build_batch`), or :class:`EditRefused` naming each broken rule.

    ``fields`` holds :data:`EVENT_FIELDS` (missing ones are blank); ``source`` is required.
    Returns the record's stored columns (ACLED's, the details, ``source_id`` and ``row_hash``).
    """
    from importers.records import build_batch

    unknown = sorted(set(fields) - set(EVENT_FIELDS))
    if unknown:
        raise EditRefused(f"unknown field(s): {', '.join(unknown)}")
    raw = {}
    for c in EVENT_FIELDS:
        v = fields.get(c)
        text = "" if v is None or (isinstance(v, float) and v != v) else str(plain(v)).strip()
        if len(text) > _MAX_TEXT:
            raise EditRefused(f"{c} is {len(text):,} characters long; the limit is {_MAX_TEXT:,}")
        raw[c] = [text]
    if not raw["source"][0]:
        raise EditRefused("source is empty: name where this report comes from")
    raw["source_id"] = [source_id]
    if not raw["event_id_cnty"][0]:
        raw["event_id_cnty"] = [source_id]
    frame = pd.DataFrame(raw)
    frame["_line"] = 1
    batch = build_batch(InputFile("form", b""), ANALYSTS.format, ANALYSTS, frame, ImportOptions(dayfirst=False),
                        notes=[], columns=tuple(EVENT_FIELDS), mapping={})
    if len(batch.rejects):
        raise EditRefused("; ".join(str(r) for r in batch.rejects["reason"]))
    rec = batch.events.iloc[0].to_dict()
    rec.pop("line", None)
    return {k: plain(v) for k, v in rec.items()}


def validated_overlay(fields: Mapping, geometry) -> tuple[dict, object]:
    """A drawn shape's stored fields and its geometry (2-D, valid, in EPSG:4326), or EditRefused."""
    unknown = sorted(set(fields) - set(OVERLAY_EDIT_FIELDS))
    if unknown:
        raise EditRefused(f"unknown field(s): {', '.join(unknown)}")
    geom = geometry if hasattr(geometry, "geom_type") else _geometry(geometry)
    geom = shapely.force_2d(geom)
    if geom.is_empty or not geom.is_valid:
        raise EditRefused(f"the shape is not valid ({shapely.is_valid_reason(geom)})")
    minx, miny, maxx, maxy = geom.bounds
    if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
        raise EditRefused("the shape's coordinates are not longitude and latitude")
    text = {k: str(fields.get(k) or "").strip() for k in OVERLAY_EDIT_FIELDS}
    for k, v in text.items():
        if len(v) > _MAX_TEXT:
            raise EditRefused(f"{k} is {len(v):,} characters long; the limit is {_MAX_TEXT:,}")
    kind = text["kind"]
    if kind not in OVERLAY_KINDS:
        raise EditRefused(f"kind {kind!r} is not one of: {', '.join(OVERLAY_KINDS)}")
    if geom.geom_type.replace("Multi", "") not in KIND_GEOMETRY[kind]:
        raise EditRefused(f"a {OVERLAY_KINDS[kind].lower()} is drawn as a "
                          f"{' or '.join(g.lower() for g in KIND_GEOMETRY[kind])}, not a {geom.geom_type.lower()}")
    if not text["source"]:
        raise EditRefused("source is empty: name what this drawing is based on")
    if not text["actor"] and kind in ("front_line", "control", "axis"):
        raise EditRefused(f"actor is empty: say whose {OVERLAY_KINDS[kind].lower()} this is")
    dates = {}
    for k in ("valid_from", "valid_to"):
        if text[k]:
            try:
                dates[k] = dt.date.fromisoformat(text[k][:10])
            except ValueError:
                raise EditRefused(f"{k} {text[k]!r} is not a date (YYYY-MM-DD)") from None
            text[k] = dates[k].isoformat()
    if "valid_from" not in dates:
        raise EditRefused("valid_from is empty: say from when the drawing holds")
    if "valid_to" in dates and dates["valid_to"] < dates["valid_from"]:
        raise EditRefused("valid_to is before valid_from")
    try:
        accuracy = int(float(text["accuracy_m"]))
    except ValueError:
        raise EditRefused(f"accuracy_m {text['accuracy_m']!r} is not a number of metres") from None
    if not 1 <= accuracy <= 200_000:
        raise EditRefused("accuracy_m must be between 1 m and 200 km: how far the drawn position may be off")
    props = {"kind": kind, "actor": text["actor"], "accuracy_m": accuracy}
    stored = {"name": text["name"] or OVERLAY_KINDS[kind], "description": text["description"],
              "valid_from": text["valid_from"], "valid_to": text["valid_to"], "source": text["source"],
              "properties": json.dumps(props, ensure_ascii=False, sort_keys=True)}
    return stored, geom


def _geometry(value):
    try:
        if isinstance(value, str):
            value = json.loads(value)
        if isinstance(value, dict) and value.get("type") == "Feature":
            value = value.get("geometry")
        return shape(value)
    except (ValueError, TypeError, KeyError, AttributeError, shapely.errors.GEOSException) as exc:
        raise EditRefused(f"the shape cannot be read as GeoJSON ({exc})") from None


def overlay_fields(row: Mapping) -> dict:
    """A stored shape's fields as the edit form shows them (kind, actor and accuracy from ``properties``)."""
    props = shape_properties(row)
    out = {k: str(row.get(k) or "") for k in ("name", "description", "valid_from", "valid_to", "source")}
    out.update(kind=str(props.get("kind") or ""), actor=str(props.get("actor") or ""),
               accuracy_m=str(props.get("accuracy_m") or ""))
    return out


# the transaction a backend provides -----------------------------------------------------------
class EditTx(ABC):
    """One write transaction of a backend, with what the shared edit code needs to know of it."""

    #: the parameter placeholder: "?" or "%s"
    p: str = "?"

    def __init__(self, con):
        self.con = con

    def run(self, sql: str, params=()):
        return self.con.execute(sql.replace("{p}", self.p), tuple(params))

    @abstractmethod
    def point(self, lon: float, lat: float) -> tuple[str, tuple]:
        """(SQL, parameters) of a stored point."""

    @abstractmethod
    def geometry(self, geom) -> tuple[str, tuple]:
        """(SQL, parameters) of a stored shape."""

    @abstractmethod
    def geometry_select(self, column: str) -> str:
        """SQL reading ``column`` as something :meth:`geometry_of` turns into a shapely geometry."""

    @abstractmethod
    def geometry_of(self, value):
        ...

    @abstractmethod
    def text_select(self, column: str, kind: str) -> str:
        """SQL reading a date (``kind`` 'date') or time ('time') column as ISO text."""

    @abstractmethod
    def lock(self, table: str, fid: int) -> None:
        """Hold the row until the transaction ends."""

    @abstractmethod
    def map_copy(self):
        """The store's map copy as it stands when the transaction starts (or None)."""

    @abstractmethod
    def put_map_copy(self, table) -> None:
        """Keep ``table`` as the map copy of the store after this transaction."""

    @abstractmethod
    def lock_store(self) -> int:
        """Take the store's write lock (as :meth:`map_copy` does) and return its generation now."""

    def retag_map_copy(self, generation: int) -> None:
        """No event changed: the map copy of ``generation`` is also the copy of the store's generation now."""
        now = int(self.run("SELECT value FROM briefmap_meta WHERE key = 'generation'").fetchone()[0])
        self.run("UPDATE briefmap_cache SET generation = {p} WHERE generation = {p}", (now, int(generation)))


_EVENT_STORED = RECORD_COLUMNS + ("row_hash",)


def _event_row(tx: EditTx, fid: int) -> dict | None:
    cols = ", ".join(tx.text_select(f'"{c}"', "date") if c in ("event_date", "date_end") else
                     tx.text_select(f'"{c}"', "time") if c in ("imported_at", "edited_at", "retracted_at")
                     else f'"{c}"' for c in _EVENT_STORED + EDIT_COLUMNS)
    row = tx.run(f"SELECT {cols} FROM events WHERE fid = {{p}}", (int(fid),)).fetchone()
    if row is None:
        return None
    return {k: plain(v) for k, v in zip(_EVENT_STORED + EDIT_COLUMNS, row)}


def _check_revision(tx: EditTx, kind: str, row: dict | None, fid: int, revision: int | None) -> None:
    if row is None:
        raise EditRefused(f"no {kind} {fid} in the store (its dataset may have been removed)")
    if revision is not None and int(row["revision"]) != int(revision):
        target = "event" if kind == "event" else "overlay"
        last = tx.run(f"SELECT changed_by, {tx.text_select('changed_at', 'time')}, revision FROM changes "
                      "WHERE target = {p} AND target_fid = {p} ORDER BY fid DESC LIMIT 1",
                      (target, int(fid))).fetchone()
        if last is not None and int(last[2]) == int(row["revision"]):
            who = f"last change by {last[0]} at {str(last[1])[:16].replace('T', ' ')} UTC"
        else:
            who = "last changed by an import of its dataset"
        raise StaleEdit(
            f"This {kind} was changed since you opened it (now revision {row['revision']}, you opened revision "
            f"{revision}; {who}). Your changes were not saved: they are still in the form. Reload the record to "
            "see the other change, then apply yours again.")


def _log(tx: EditTx, now: str, by: str, action: str, target: str, fid: int, dataset: str, source_id: str,
         revision: int, before: dict, after: dict, reason: str = "") -> int:
    row = tx.run(
        f"INSERT INTO changes ({', '.join(CHANGE_COLUMNS)}) VALUES ({', '.join(['{p}'] * len(CHANGE_COLUMNS))}) "
        "RETURNING fid",
        (now, by, action, target, int(fid), dataset, source_id, int(revision),
         json.dumps(before, ensure_ascii=False, sort_keys=True, default=str),
         json.dumps(after, ensure_ascii=False, sort_keys=True, default=str), reason)).fetchone()
    return int(row[0])


def _canon(value):
    """A value for comparing a stored field with a form's: blanks alike, 3 and 3.0 alike."""
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return value


def _diff(before: dict, after: dict, fields) -> tuple[dict, dict]:
    """The fields that differ, with their values before and after."""
    keys = [k for k in fields if _canon(before.get(k)) != _canon(after.get(k))]
    return {k: before.get(k) for k in keys}, {k: after.get(k) for k in keys}


def _ensure_dataset(tx: EditTx, info: DatasetInfo, by: str, now: str) -> None:
    if tx.run("SELECT 1 FROM datasets WHERE id = {p}", (info.id,)).fetchone() is None:
        tx.run("INSERT INTO datasets (id, title, format, source, licence, source_url, file_name, file_sha256, "
               "imported_at, imported_by, rows, overlays, synthetic) VALUES "
               "({p}, {p}, {p}, {p}, {p}, '', '', '', {p}, {p}, 0, 0, {p})",
               (info.id, info.title, info.format, info.source, info.licence, now, by, False))


def _recount(tx: EditTx, dataset: str) -> None:
    """The dataset's entry counts what is on the map: events and shapes not retracted, and their dates."""
    rows, first, last = tx.run("SELECT count(*), min(event_date), max(event_date) FROM events "
                               "WHERE dataset = {p} AND retracted_at IS NULL", (dataset,)).fetchone()
    shapes = tx.run("SELECT count(*) FROM overlays WHERE dataset = {p} AND retracted_at IS NULL",
                    (dataset,)).fetchone()[0]
    tx.run("UPDATE datasets SET rows = {p}, overlays = {p}, first_date = {p}, last_date = {p} WHERE id = {p}",
           (int(rows), int(shapes), plain(first), plain(last), dataset))


def _update_span(tx: EditTx, dataset: str, *, gone: str | None = None, came: str | None = None,
                 delta: int = 0) -> None:
    """Keep the dataset's count and date span after one event left (``gone``: its date), came
    (``came``) or moved in time, without counting the whole dataset again, unless an event on the
    first or last day left (the span may then shrink)."""
    row = tx.run("SELECT rows, first_date, last_date FROM datasets WHERE id = {p}", (dataset,)).fetchone()
    if row is None:
        return
    first, last = plain(row[1]), plain(row[2])
    if gone is not None and gone in (first, last):
        _recount(tx, dataset)
        return
    if came is not None:
        first = came if not first or came < first else first
        last = came if not last or came > last else last
    tx.run("UPDATE datasets SET rows = {p}, first_date = {p}, last_date = {p} WHERE id = {p}",
           (int(row[0]) + delta, first, last, dataset))


def _stored_values(rec: dict) -> list:
    out = []
    for c in _EVENT_STORED:
        v = rec.get(c)
        if c == "date_end":
            v = v or None
        out.append(v)
    return out


def _map_rows(rec: dict, fid: int):
    frame = pd.DataFrame([{c: rec[c] for c in ("event_date", "latitude", "longitude", "geo_precision",
                                               "time_precision", "fatalities", *mapcache.TEXT)}])
    return mapcache.from_frame(frame, np.array([fid], np.int64))


def _update_map(tx: EditTx, cache, fid: int, rec: dict | None) -> None:
    """The map copy after an edit: the event replaced (or taken off when ``rec`` is None)."""
    if cache is not None:
        tx.put_map_copy(mapcache.combine(cache, np.array([fid], np.int64),
                                         _map_rows(rec, fid) if rec is not None else None))


def add_event(tx: EditTx, fields: Mapping, by: str) -> Saved:
    """Store a new event in the analysts' dataset (:data:`ANALYSTS`)."""
    now = utc_now()
    source_id = f"an-{uuid.uuid4().hex[:12]}"
    rec = validated_event(fields, source_id)
    rec.update(dataset=ANALYSTS.id, imported_at=now)
    cache = tx.map_copy()
    _ensure_dataset(tx, ANALYSTS, by, now)
    geom_sql, geom_params = tx.point(rec["longitude"], rec["latitude"])
    names = ", ".join(f'"{c}"' for c in _EVENT_STORED)
    fid = int(tx.run(
        f"INSERT INTO events (geom, {names}, revision, edited_at, edited_by) VALUES ({geom_sql}, "
        f"{', '.join(['{p}'] * len(_EVENT_STORED))}, 1, {{p}}, {{p}}) RETURNING fid",
        (*geom_params, *_stored_values(rec), now, by)).fetchone()[0])
    _update_span(tx, ANALYSTS.id, came=rec["event_date"], delta=1)
    after = {k: rec.get(k) for k in EVENT_FIELDS if _canon(rec.get(k)) is not None}
    change = _log(tx, now, by, "add", "event", fid, ANALYSTS.id, source_id, 1, {}, after)
    _update_map(tx, cache, fid, rec)
    return Saved(fid, 1, change)


def correct_event(tx: EditTx, fid: int, changes: Mapping, by: str, revision: int) -> Saved:
    """Change fields of a stored event (any dataset) if it is still at ``revision``."""
    cache = tx.map_copy()  # the store's write lock first, then the row: every writer takes them in this order
    tx.lock("events", fid)
    row = _event_row(tx, fid)
    _check_revision(tx, "event", row, fid, revision)
    if row["retracted_at"]:
        raise EditRefused("this event is retracted: restore it before correcting it")
    wanted = {k: row.get(k) for k in EVENT_FIELDS}
    wanted.update(changes)
    if "event_date" in changes and "year" not in changes:
        wanted["year"] = ""  # the year follows a corrected date (the rules fill it from the date)
    rec = validated_event(wanted, row["source_id"])
    before, after = _diff(row, rec, EVENT_FIELDS)
    if not after:
        raise EditRefused("nothing to save: no field differs from the stored event")
    now = utc_now()
    geom_sql, geom_params = tx.point(rec["longitude"], rec["latitude"])
    # the stored row_hash stays the import's: a re-import of the same file then finds it unchanged
    fields = [c for c in _EVENT_STORED if c in EVENT_FIELDS]
    sets = ", ".join(f'"{c}" = {{p}}' for c in fields)
    values = [rec.get(c) or None if c == "date_end" else rec.get(c) for c in fields]
    tx.run(f"UPDATE events SET geom = {geom_sql}, {sets}, revision = revision + 1, edited_at = {{p}}, "
           "edited_by = {p} WHERE fid = {p}", (*geom_params, *values, now, by, int(fid)))
    new_revision = int(row["revision"]) + 1
    if rec["event_date"] != row["event_date"]:
        _update_span(tx, row["dataset"], gone=row["event_date"], came=rec["event_date"])
    change = _log(tx, now, by, "correct", "event", fid, row["dataset"], row["source_id"], new_revision, before, after)
    _update_map(tx, cache, fid, dict(row, **rec))
    return Saved(int(fid), new_revision, change)


def retract_event(tx: EditTx, fid: int, reason: str, by: str, revision: int) -> Saved:
    """Take an event off the map, keeping its record, with who, when and why."""
    return _retraction(tx, "event", fid, by, revision, reason, retract=True)


def restore_event(tx: EditTx, fid: int, by: str, revision: int, reason: str = "") -> Saved:
    """Put a retracted event back on the map."""
    return _retraction(tx, "event", fid, by, revision, reason, retract=False)


def event_state(tx: EditTx, fid: int) -> dict | None:
    """An event's stored row with its edit columns (revision, who edited or retracted it)."""
    return _event_row(tx, fid)


# overlays -------------------------------------------------------------------------------------
_OVERLAY_STORED = ("dataset", "source_id", "name", "description", "valid_from", "valid_to", "source", "properties")


def _overlay_row(tx: EditTx, fid: int) -> dict | None:
    cols = ", ".join(tx.text_select(c, "date") if c in ("valid_from", "valid_to") else
                     tx.text_select(c, "time") if c in ("edited_at", "retracted_at") else c
                     for c in _OVERLAY_STORED + EDIT_COLUMNS)
    row = tx.run(f"SELECT {tx.geometry_select('geom')}, {cols} FROM overlays WHERE fid = {{p}}",
                 (int(fid),)).fetchone()
    if row is None:
        return None
    out = {k: plain(v) for k, v in zip(_OVERLAY_STORED + EDIT_COLUMNS, row[1:])}
    out["geometry"] = tx.geometry_of(row[0])
    return out


def _shape_json(geom) -> dict:
    return mapping(shapely.set_precision(geom, 1e-6))


def _overlay_hash(stored: dict, geom) -> str:
    key = json.dumps([stored, shapely.to_wkb(geom, hex=True)], sort_keys=True)
    return f"{int(pd.util.hash_array(np.array([key], dtype=object))[0]):016x}"


def add_overlay(tx: EditTx, fields: Mapping, geometry, by: str) -> Saved:
    """Store a shape drawn on the map in the drawings dataset (:data:`DRAWINGS`)."""
    stored, geom = validated_overlay(fields, geometry)
    generation = tx.lock_store()
    now = utc_now()
    source_id = f"dr-{uuid.uuid4().hex[:12]}"
    _ensure_dataset(tx, DRAWINGS, by, now)
    geom_sql, geom_params = tx.geometry(geom)
    values = (DRAWINGS.id, source_id, *(stored[k] or None if k in ("valid_from", "valid_to") else stored[k]
                                         for k in _OVERLAY_STORED[2:]))
    fid = int(tx.run(
        f"INSERT INTO overlays (geom, {', '.join(_OVERLAY_STORED)}, imported_at, row_hash, revision, edited_at, "
        f"edited_by) VALUES ({geom_sql}, {', '.join(['{p}'] * len(_OVERLAY_STORED))}, {{p}}, {{p}}, 1, {{p}}, {{p}}) "
        "RETURNING fid", (*geom_params, *values, now, _overlay_hash(stored, geom), now, by)).fetchone()[0])
    _recount(tx, DRAWINGS.id)
    after = dict(overlay_fields(stored), geometry=_shape_json(geom))
    change = _log(tx, now, by, "add", "overlay", fid, DRAWINGS.id, source_id, 1, {}, after)
    tx.retag_map_copy(generation)
    return Saved(fid, 1, change)


def correct_overlay(tx: EditTx, fid: int, fields: Mapping, by: str, revision: int, geometry=None) -> Saved:
    """Change a stored shape's fields (and its geometry, when given) if it is still at ``revision``."""
    generation = tx.lock_store()
    tx.lock("overlays", fid)
    row = _overlay_row(tx, fid)
    _check_revision(tx, "drawing", row, fid, revision)
    _check_drawing(row)
    if row["retracted_at"]:
        raise EditRefused("this drawing is retracted: restore it before correcting it")
    wanted = dict(overlay_fields(row), **fields)
    stored, geom = validated_overlay(wanted, geometry if geometry is not None else row["geometry"])
    old = dict(overlay_fields(row), geometry=_shape_json(row["geometry"]))
    new = dict(overlay_fields(stored), geometry=_shape_json(geom))
    before, after = _diff(old, new, list(new))
    if not after:
        raise EditRefused("nothing to save: no field differs from the stored drawing")
    now = utc_now()
    geom_sql, geom_params = tx.geometry(geom)
    sets = ", ".join(f"{k} = {{p}}" for k in _OVERLAY_STORED[2:])
    values = [stored[k] or None if k in ("valid_from", "valid_to") else stored[k] for k in _OVERLAY_STORED[2:]]
    tx.run(f"UPDATE overlays SET geom = {geom_sql}, {sets}, revision = revision + 1, edited_at = {{p}}, "
           "edited_by = {p} WHERE fid = {p}", (*geom_params, *values, now, by, int(fid)))
    new_revision = int(row["revision"]) + 1
    change = _log(tx, now, by, "correct", "overlay", fid, row["dataset"], row["source_id"], new_revision, before,
                  after)
    tx.retag_map_copy(generation)
    return Saved(int(fid), new_revision, change)


def retract_overlay(tx: EditTx, fid: int, reason: str, by: str, revision: int) -> Saved:
    """Take a drawing off the map, keeping it, with who, when and why."""
    return _retraction(tx, "overlay", fid, by, revision, reason, retract=True)


def restore_overlay(tx: EditTx, fid: int, by: str, revision: int, reason: str = "") -> Saved:
    """Put a retracted drawing back on the map."""
    return _retraction(tx, "overlay", fid, by, revision, reason, retract=False)


def _retraction(tx: EditTx, target: str, fid: int, by: str, revision: int, reason: str, *, retract: bool) -> Saved:
    """Retract (or restore) an event or a drawing: a soft delete that keeps the record, who, when and why."""
    table, kind, read = ("events", "event", _event_row) if target == "event" else ("overlays", "drawing", _overlay_row)
    reason = (reason or "").strip()[:_MAX_TEXT]
    if retract and not reason:
        raise EditRefused(f"say why the {kind} is retracted (the reason is kept with it)")
    # the store's write lock first, then the row; a drawing leaves the events (and their map copy) alone
    cache = tx.map_copy() if target == "event" else None
    generation = tx.lock_store() if target == "overlay" else None
    tx.lock(table, fid)
    row = read(tx, fid)
    _check_revision(tx, kind, row, fid, revision)
    if target == "overlay":
        _check_drawing(row)
    if bool(row["retracted_at"]) == retract:
        raise EditRefused(f"this {kind} is {'already' if retract else 'not'} retracted")
    now = utc_now()
    if retract:
        tx.run(f"UPDATE {table} SET revision = revision + 1, retracted_at = {{p}}, retracted_by = {{p}}, "
               "retract_reason = {p} WHERE fid = {p}", (now, by, reason, int(fid)))
    else:
        tx.run(f"UPDATE {table} SET revision = revision + 1, retracted_at = NULL, retracted_by = NULL, "
               "retract_reason = NULL, edited_at = {p}, edited_by = {p} WHERE fid = {p}", (now, by, int(fid)))
    new_revision = int(row["revision"]) + 1
    change = _log(tx, now, by, "retract" if retract else "restore", target, fid, row["dataset"], row["source_id"],
                  new_revision, {"retracted": not retract}, {"retracted": retract}, reason)
    if target == "event":
        span = {"gone": row["event_date"], "delta": -1} if retract else {"came": row["event_date"], "delta": 1}
        _update_span(tx, row["dataset"], **span)
        _update_map(tx, cache, fid, None if retract else row)
    else:
        _recount(tx, row["dataset"])
        tx.retag_map_copy(generation)
    return Saved(int(fid), new_revision, change)


def _check_drawing(row: dict) -> None:
    """Only drawings are edited on the map: an imported shape is corrected in its file and re-imported."""
    if row["dataset"] != DRAWINGS.id:
        raise EditRefused(f"this shape belongs to the imported dataset {row['dataset']!r}: correct it in its file "
                          "and import that again")


def retracted(tx: EditTx, limit: int = 500) -> list[dict]:
    """Retracted events and drawings, newest retraction first: target, fid, revision, dataset, a label,
    who retracted it, when and why (for the Data page's restore)."""
    out = []
    when = tx.text_select("retracted_at", "time")
    for target, table, label in (("event", "events", "event_date || ' ' || location || ' · ' || event_type"),
                                 ("overlay", "overlays", "name")):
        rows = tx.run(f"SELECT fid, revision, dataset, {label}, retracted_by, {when}, retract_reason FROM {table} "
                      f"WHERE retracted_at IS NOT NULL ORDER BY retracted_at DESC LIMIT {int(limit)}").fetchall()
        out += [{"target": target, "fid": int(r[0]), "revision": int(r[1]), "dataset": r[2], "label": str(r[3]),
                 "retracted_by": r[4], "retracted_at": str(r[5]), "reason": r[6] or ""} for r in rows]
    return sorted(out, key=lambda r: r["retracted_at"], reverse=True)


def check_import_target(dataset_id: str) -> None:
    """Imports may not write into the datasets the map's editors keep (their corrections would be lost)."""
    if dataset_id in (ANALYSTS.id, DRAWINGS.id):
        raise StoreError(f"dataset {dataset_id!r} holds what analysts add on the map: import into another dataset "
                         "(choose a dataset id)")


def overlay_state(tx: EditTx, fid: int) -> dict | None:
    """A shape's stored row with its geometry and edit columns."""
    return _overlay_row(tx, fid)


# the audit trail ------------------------------------------------------------------------------
def changes(tx: EditTx, *, target: str | None = None, fid: int | None = None, limit: int | None = 200) -> list[Change]:
    """The audit trail, newest first: all of it, or one record's (``target`` and ``fid``)."""
    cols = ", ".join(tx.text_select(c, "time") if c == "changed_at" else c for c in CHANGE_COLUMNS)
    where, params = "", []
    if target is not None:
        where = " WHERE target = {p}" + (" AND target_fid = {p}" if fid is not None else "")
        params = [target] + ([int(fid)] if fid is not None else [])
    tail = f" LIMIT {int(limit)}" if limit else ""
    rows = tx.run(f"SELECT fid, {cols} FROM changes{where} ORDER BY fid DESC{tail}", params).fetchall()
    return [change_from_row(r) for r in rows]


def change_from_row(row) -> Change:
    values = dict(zip(("id",) + CHANGE_COLUMNS, row))
    for k in ("before", "after"):
        try:
            values[k] = json.loads(values[k] or "{}")
        except ValueError:
            values[k] = {"unreadable": values[k]}
    values["reason"] = values["reason"] or ""
    values["id"], values["target_fid"], values["revision"] = int(values["id"]), int(values["target_fid"]), \
        int(values["revision"])
    return Change(**values)


def audit_csv(items: list[Change]) -> bytes:
    """The audit trail as CSV, oldest first: one row per change, before and after as JSON."""
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow(["change", "changed_at", "changed_by", "action", "target", "target_fid", "dataset", "source_id",
                  "revision", "fields", "before", "after", "reason"])
    for c in sorted(items, key=lambda c: c.id):
        out.writerow([c.id, c.changed_at, c.changed_by, c.action, c.target, c.target_fid, c.dataset, c.source_id,
                      c.revision, " ".join(c.fields), json.dumps(c.before, ensure_ascii=False, sort_keys=True),
                      json.dumps(c.after, ensure_ascii=False, sort_keys=True), c.reason])
    return buf.getvalue().encode("utf-8")


# copying a store whole (python -m store copy) -------------------------------------------------
def dump_edits(tx: EditTx) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(events' edit state, shapes' edit state, the audit trail) for a store dump. The edit states
    are keyed by (dataset, source_id) and list only records an analyst touched; the trail's
    records are named the same way, since ids differ between stores."""
    def state(table: str) -> pd.DataFrame:
        cols = ", ".join(tx.text_select(c, "time") if c in ("edited_at", "retracted_at") else c for c in EDIT_COLUMNS)
        rows = tx.run(f"SELECT dataset, source_id, {cols} FROM {table} WHERE revision <> 1 OR edited_by IS NOT NULL "
                      "OR retracted_at IS NOT NULL ORDER BY fid").fetchall()
        return pd.DataFrame([[plain(v) for v in r] for r in rows], columns=["dataset", "source_id", *EDIT_COLUMNS])

    cols = ", ".join(tx.text_select(c, "time") if c == "changed_at" else c for c in CHANGE_COLUMNS)
    trail = tx.run(f"SELECT {cols} FROM changes ORDER BY fid").fetchall()
    return state("events"), state("overlays"), pd.DataFrame([list(r) for r in trail], columns=list(CHANGE_COLUMNS))


def restore_edits(tx: EditTx, events: pd.DataFrame, shapes: pd.DataFrame, trail: pd.DataFrame) -> None:
    """Write a dump's edit states and audit trail into a store that has just received its records."""
    for table, frame in (("events", events), ("overlays", shapes)):
        for rec in frame.to_dict("records"):
            tx.run(f"UPDATE {table} SET revision = {{p}}, edited_at = {{p}}, edited_by = {{p}}, retracted_at = {{p}}, "
                   "retracted_by = {p}, retract_reason = {p} WHERE dataset = {p} AND source_id = {p}",
                   [plain(rec[c]) for c in EDIT_COLUMNS] + [rec["dataset"], rec["source_id"]])
    for rec in trail.to_dict("records"):
        table = "events" if rec["target"] == "event" else "overlays"
        found = tx.run(f"SELECT fid FROM {table} WHERE dataset = {{p}} AND source_id = {{p}}",
                       (rec["dataset"], rec["source_id"])).fetchone()
        rec = dict(rec, target_fid=int(found[0]) if found else -1)  # -1: the record's dataset was removed since
        tx.run(f"INSERT INTO changes ({', '.join(CHANGE_COLUMNS)}) VALUES ({', '.join(['{p}'] * len(CHANGE_COLUMNS))})",
               [plain(rec[c]) for c in CHANGE_COLUMNS])


def edits_of(dump) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """A dump's edit states and trail (empty for a dump made before edits existed)."""
    empty = pd.DataFrame(columns=["dataset", "source_id", *EDIT_COLUMNS])
    return (dump.edited_events if dump.edited_events is not None else empty,
            dump.edited_overlays if dump.edited_overlays is not None else empty,
            dump.changes if dump.changes is not None else pd.DataFrame(columns=list(CHANGE_COLUMNS)))


def shapes_on_map(shapes: pd.DataFrame, dump) -> np.ndarray:
    """Which of a dump's shapes the map shows: all but the retracted ones."""
    return _not_retracted(shapes, edits_of(dump)[1])


def on_map(events: pd.DataFrame, dump) -> np.ndarray:
    """Which of a dump's events the map shows: all but the retracted ones."""
    return _not_retracted(events, edits_of(dump)[0])


def _not_retracted(records: pd.DataFrame, edited: pd.DataFrame) -> np.ndarray:
    """A mask of ``records`` (by dataset and source_id) without those ``edited`` says are retracted."""
    gone = edited.loc[edited["retracted_at"].notna() & (edited["retracted_at"].astype(str) != "")]
    if not len(gone):
        return np.ones(len(records), dtype=bool)
    keys = set(zip(gone["dataset"].astype(str), gone["source_id"].astype(str)))
    return np.array([k not in keys for k in zip(records["dataset"].astype(str), records["source_id"].astype(str))],
                    dtype=bool)
