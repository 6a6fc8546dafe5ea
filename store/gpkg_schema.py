"""The GeoPackage store's schema, as numbered migrations applied in order.

Migration 1 makes the file a GeoPackage 1.4 (the core tables, WGS 84) and
adds the project's tables: ``events`` (points, ACLED's 31 columns plus
provenance, with an rtree spatial index), ``overlays`` (lines and polygons),
``datasets`` and ``imports`` (registered as attribute tables, so QGIS lists
them), and two tables of the store's own: ``briefmap_meta`` (schema version,
generation) and ``briefmap_files`` (the original files). The applied version
is kept in ``briefmap_meta``; a later migration is appended, never edited.
"""

from __future__ import annotations

import sqlite3

from loaders.events import ACLED_COLUMNS

#: SQL types of the stored event columns (GeoPackage column types).
EVENT_TYPES = {
    **{c: "TEXT" for c in ACLED_COLUMNS},
    "event_date": "DATE NOT NULL",
    "year": "INTEGER",
    "time_precision": "INTEGER NOT NULL",
    "iso": "INTEGER",
    "latitude": "DOUBLE NOT NULL",
    "longitude": "DOUBLE NOT NULL",
    "geo_precision": "INTEGER NOT NULL",
    "fatalities": "INTEGER NOT NULL",
    "timestamp": "INTEGER",
    "event_id_cnty": "TEXT NOT NULL",
    "event_type": "TEXT NOT NULL",
    "source": "TEXT NOT NULL",
    "dataset": "TEXT NOT NULL",
    "source_id": "TEXT NOT NULL",
    "imported_at": "DATETIME NOT NULL",
    "date_end": "DATE",
    "fatalities_low": "INTEGER",
    "fatalities_high": "INTEGER",
    "source_url": "TEXT",
    "extra": "TEXT",
    "row_hash": "TEXT NOT NULL",
}

_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],'
    'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],'
    'AUTHORITY["EPSG","4326"]]'
)

_CORE = """
PRAGMA application_id = 1196444487;
PRAGMA user_version = 10400;
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
INSERT INTO gpkg_spatial_ref_sys VALUES
  ('Undefined Cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined Cartesian coordinate reference system'),
  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
  ('WGS 84 geodetic', 4326, 'EPSG', 4326, '{wkt}',
   'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (
  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
  scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
""".replace("{wkt}", _WGS84_WKT)


def _rtree(table: str, column: str = "geom", pk: str = "fid") -> str:
    """The GeoPackage rtree extension for one geometry column (its virtual table and triggers)."""
    t, c, i = table, column, pk
    r = f"rtree_{t}_{c}"
    new_ok = f'NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}")'
    new_gone = f'NEW."{c}" ISNULL OR ST_IsEmpty(NEW."{c}")'
    old_ok = f'OLD."{c}" NOTNULL AND NOT ST_IsEmpty(OLD."{c}")'
    old_gone = f'OLD."{c}" ISNULL OR ST_IsEmpty(OLD."{c}")'
    values = f'NEW."{i}", ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"), ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}")'
    return f"""
CREATE VIRTUAL TABLE "{r}" USING rtree(id, minx, maxx, miny, maxy);
INSERT INTO gpkg_extensions VALUES ('{t}', '{c}', 'gpkg_rtree_index',
  'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
CREATE TRIGGER "{r}_insert" AFTER INSERT ON "{t}" WHEN ({new_ok})
BEGIN INSERT OR REPLACE INTO "{r}" VALUES ({values}); END;
CREATE TRIGGER "{r}_update2" AFTER UPDATE OF "{c}" ON "{t}" WHEN OLD."{i}" = NEW."{i}" AND ({new_gone})
BEGIN DELETE FROM "{r}" WHERE id = OLD."{i}"; END;
CREATE TRIGGER "{r}_update3" AFTER UPDATE ON "{t}" WHEN OLD."{i}" != NEW."{i}" AND ({new_ok})
BEGIN DELETE FROM "{r}" WHERE id = OLD."{i}"; INSERT OR REPLACE INTO "{r}" VALUES ({values}); END;
CREATE TRIGGER "{r}_update4" AFTER UPDATE ON "{t}" WHEN OLD."{i}" != NEW."{i}" AND ({new_gone})
BEGIN DELETE FROM "{r}" WHERE id IN (OLD."{i}", NEW."{i}"); END;
CREATE TRIGGER "{r}_update6" AFTER UPDATE OF "{c}" ON "{t}" WHEN OLD."{i}" = NEW."{i}" AND ({new_ok}) AND ({old_ok})
BEGIN UPDATE "{r}" SET minx = ST_MinX(NEW."{c}"), maxx = ST_MaxX(NEW."{c}"), miny = ST_MinY(NEW."{c}"),
  maxy = ST_MaxY(NEW."{c}") WHERE id = NEW."{i}"; END;
CREATE TRIGGER "{r}_update7" AFTER UPDATE OF "{c}" ON "{t}" WHEN OLD."{i}" = NEW."{i}" AND ({new_ok}) AND ({old_gone})
BEGIN INSERT INTO "{r}" VALUES ({values}); END;
CREATE TRIGGER "{r}_delete" AFTER DELETE ON "{t}" WHEN OLD."{c}" NOT NULL
BEGIN DELETE FROM "{r}" WHERE id = OLD."{i}"; END;
"""


def _generation_triggers(table: str) -> str:
    """Any change to ``table`` (by this app, another process or QGIS) bumps the store's generation."""
    bump = "UPDATE briefmap_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation';"
    return "".join(
        f'CREATE TRIGGER "{table}_generation_{op.lower()}" AFTER {op} ON "{table}" BEGIN {bump} END;\n'
        for op in ("INSERT", "UPDATE", "DELETE")
    )


def _coordinates_follow_the_geometry() -> str:
    """An event moved in QGIS (its ``geom`` edited) gets the new ``latitude`` / ``longitude``, so the
    columns the map reads never disagree with the geometry. ST_MinX / ST_MinY are the functions the
    GeoPackage rtree triggers require of every writer, so any GeoPackage-aware editor has them."""
    return """
CREATE TRIGGER "events_coordinates_follow_geom" AFTER UPDATE OF geom ON events
  WHEN NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)
   AND (NEW.longitude IS NOT ST_MinX(NEW.geom) OR NEW.latitude IS NOT ST_MinY(NEW.geom))
BEGIN UPDATE events SET longitude = ST_MinX(NEW.geom), latitude = ST_MinY(NEW.geom) WHERE fid = NEW.fid; END;
"""


def _events_table() -> str:
    cols = ",\n  ".join(f'"{c}" {t}' for c, t in EVENT_TYPES.items())
    return f"""
CREATE TABLE events (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT NOT NULL,
  {cols});
CREATE UNIQUE INDEX events_dataset_source_id ON events (dataset, source_id);
CREATE INDEX events_event_date ON events (event_date);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
  ('events', 'features', 'events', 'Events in ACLED''s 31 columns, with dataset, source_id and imported_at', 4326);
INSERT INTO gpkg_geometry_columns VALUES ('events', 'geom', 'POINT', 4326, 0, 0);
"""


_PROJECT = """
CREATE TABLE briefmap_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO briefmap_meta VALUES ('generation', '1');
CREATE TABLE briefmap_files (
  sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, size INTEGER NOT NULL, content BLOB NOT NULL);
CREATE TABLE briefmap_cache (generation INTEGER PRIMARY KEY, created_at DATETIME NOT NULL, data BLOB NOT NULL);
CREATE TABLE overlays (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom GEOMETRY NOT NULL,
  dataset TEXT NOT NULL, source_id TEXT NOT NULL, name TEXT, description TEXT,
  valid_from DATE, valid_to DATE, source TEXT, properties TEXT,
  imported_at DATETIME NOT NULL, row_hash TEXT NOT NULL);
CREATE UNIQUE INDEX overlays_dataset_source_id ON overlays (dataset, source_id);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) VALUES
  ('overlays', 'features', 'overlays', 'Lines and polygons imported with a dataset, with their time span', 4326);
INSERT INTO gpkg_geometry_columns VALUES ('overlays', 'geom', 'GEOMETRY', 4326, 0, 0);
CREATE TABLE datasets (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE, title TEXT NOT NULL, format TEXT NOT NULL,
  source TEXT NOT NULL, licence TEXT NOT NULL, source_url TEXT,
  file_name TEXT, file_sha256 TEXT, imported_at DATETIME NOT NULL, imported_by TEXT NOT NULL,
  rows INTEGER NOT NULL, overlays INTEGER NOT NULL, first_date DATE, last_date DATE,
  synthetic BOOLEAN NOT NULL DEFAULT 0);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
  ('datasets', 'attributes', 'datasets', 'Where each dataset came from: source, licence, original file, import');
CREATE TABLE imports (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  imported_at DATETIME NOT NULL, imported_by TEXT NOT NULL, dataset TEXT NOT NULL, format TEXT NOT NULL,
  file_name TEXT NOT NULL, file_sha256 TEXT NOT NULL, rows_in_file INTEGER NOT NULL,
  imported INTEGER NOT NULL, updated INTEGER NOT NULL, unchanged INTEGER NOT NULL, rejected INTEGER NOT NULL,
  overlays INTEGER NOT NULL, notes TEXT, rejects TEXT);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
  ('imports', 'attributes', 'imports', 'The imports log: when, who, which file, counts and rejects');
"""

_EDITS = """
ALTER TABLE events ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN edited_at DATETIME;
ALTER TABLE events ADD COLUMN edited_by TEXT;
ALTER TABLE events ADD COLUMN retracted_at DATETIME;
ALTER TABLE events ADD COLUMN retracted_by TEXT;
ALTER TABLE events ADD COLUMN retract_reason TEXT;
ALTER TABLE overlays ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE overlays ADD COLUMN edited_at DATETIME;
ALTER TABLE overlays ADD COLUMN edited_by TEXT;
ALTER TABLE overlays ADD COLUMN retracted_at DATETIME;
ALTER TABLE overlays ADD COLUMN retracted_by TEXT;
ALTER TABLE overlays ADD COLUMN retract_reason TEXT;
CREATE TABLE changes (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  changed_at DATETIME NOT NULL, changed_by TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL,
  target_fid INTEGER NOT NULL, dataset TEXT NOT NULL, source_id TEXT NOT NULL, revision INTEGER NOT NULL,
  before TEXT, after TEXT, reason TEXT);
CREATE INDEX changes_target ON changes (target, target_fid);
INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES
  ('changes', 'attributes', 'changes', 'The audit trail: every analyst edit, who, when, before and after');
"""

#: (version, what it does, SQL). Applied in order; the store records the last one applied.
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "GeoPackage core, events, overlays, datasets, imports",
     _CORE + _PROJECT + _events_table() + _rtree("events") + _rtree("overlays") + _coordinates_follow_the_geometry()
     + _generation_triggers("events") + _generation_triggers("overlays") + _generation_triggers("datasets")),
    (2, "analysts' edits: revision, edited and retracted columns, the changes table (audit trail)", _EDITS),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


def sql_statements(script: str) -> list[str]:
    """A migration's SQL as single statements (trigger bodies kept whole), to run one by one
    inside a transaction the caller already holds."""
    out, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\r\n;"):
                out.append(pending.strip())
            pending = ""
    if pending.strip(" \t\r\n;"):
        raise ValueError(f"incomplete SQL statement at the end of a migration: {pending.strip()[:80]!r}")
    return out
