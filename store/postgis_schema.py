"""The PostGIS store's schema, as numbered migrations applied in order under an advisory lock.

The same tables as the GeoPackage (:mod:`store.gpkg_schema`), in PostgreSQL's
types: ``events`` with a ``geometry(Point, 4326)`` column and a GiST index, an
index on ``event_date`` and a unique ``(dataset, source_id)``; ``overlays``;
``datasets``; ``imports``; and the store's own ``briefmap_meta`` (generation),
``briefmap_files``, ``briefmap_cache`` and ``briefmap_schema`` (every migration
applied, with when). A statement-level trigger bumps the generation on any
change to events, overlays or datasets, whoever makes it. A migration is
appended, never edited; a database from an older app is upgraded, never dropped.
"""

from __future__ import annotations

from loaders.events import ACLED_COLUMNS

#: PostgreSQL types of the stored event columns.
EVENT_TYPES = {
    **{c: "text NOT NULL DEFAULT ''" for c in ACLED_COLUMNS},
    "event_id_cnty": "text NOT NULL",
    "event_date": "date NOT NULL",
    "year": "integer",
    "time_precision": "smallint NOT NULL",
    "iso": "integer",
    "latitude": "double precision NOT NULL",
    "longitude": "double precision NOT NULL",
    "geo_precision": "smallint NOT NULL",
    "fatalities": "integer NOT NULL",
    "timestamp": "bigint",
    "event_type": "text NOT NULL",
    "source": "text NOT NULL",
    "dataset": "text NOT NULL",
    "source_id": "text NOT NULL",
    "imported_at": "timestamptz NOT NULL",
    "date_end": "date",
    "fatalities_low": "integer",
    "fatalities_high": "integer",
    "source_url": "text NOT NULL DEFAULT ''",
    "extra": "text NOT NULL DEFAULT ''",
    "row_hash": "text NOT NULL",
}
#: The lock every migration run takes, so two processes starting at once do not both migrate.
MIGRATION_LOCK = 0x62726D70  # "brmp"


def _events() -> str:
    cols = ",\n  ".join(f'"{c}" {t}' for c, t in EVENT_TYPES.items())
    return f"""
CREATE TABLE events (
  fid bigserial PRIMARY KEY,
  geom geometry(Point, 4326) NOT NULL,
  {cols});
CREATE UNIQUE INDEX events_dataset_source_id ON events (dataset, source_id);
CREATE INDEX events_event_date ON events (event_date);
CREATE INDEX events_geom ON events USING gist (geom);
"""


_INITIAL = """
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE TABLE briefmap_meta (key text PRIMARY KEY, value text NOT NULL);
INSERT INTO briefmap_meta VALUES ('generation', '1');
CREATE TABLE briefmap_files (sha256 text PRIMARY KEY, name text NOT NULL, size bigint NOT NULL, content bytea NOT NULL);
CREATE TABLE briefmap_cache (generation bigint PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now(),
  data bytea NOT NULL);
""" + _events() + """
CREATE TABLE overlays (
  fid bigserial PRIMARY KEY,
  geom geometry(Geometry, 4326) NOT NULL,
  dataset text NOT NULL, source_id text NOT NULL, name text NOT NULL DEFAULT '',
  description text NOT NULL DEFAULT '', valid_from date, valid_to date, source text NOT NULL DEFAULT '',
  properties text NOT NULL DEFAULT '', imported_at timestamptz NOT NULL, row_hash text NOT NULL);
CREATE UNIQUE INDEX overlays_dataset_source_id ON overlays (dataset, source_id);
CREATE INDEX overlays_geom ON overlays USING gist (geom);
CREATE TABLE datasets (
  id text PRIMARY KEY, title text NOT NULL, format text NOT NULL, source text NOT NULL, licence text NOT NULL,
  source_url text NOT NULL DEFAULT '', file_name text NOT NULL DEFAULT '', file_sha256 text NOT NULL DEFAULT '',
  imported_at timestamptz NOT NULL, imported_by text NOT NULL, rows integer NOT NULL, overlays integer NOT NULL,
  first_date date, last_date date, synthetic boolean NOT NULL DEFAULT false);
CREATE TABLE imports (
  fid bigserial PRIMARY KEY, imported_at timestamptz NOT NULL, imported_by text NOT NULL, dataset text NOT NULL,
  format text NOT NULL, file_name text NOT NULL, file_sha256 text NOT NULL, rows_in_file integer NOT NULL,
  imported integer NOT NULL, updated integer NOT NULL, unchanged integer NOT NULL, rejected integer NOT NULL,
  overlays integer NOT NULL, notes text NOT NULL DEFAULT '', rejects text NOT NULL DEFAULT '');
CREATE FUNCTION briefmap_bump_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE briefmap_meta SET value = (value::bigint + 1)::text WHERE key = 'generation';
  RETURN NULL;
END $$;
CREATE TRIGGER events_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION briefmap_bump_generation();
CREATE TRIGGER overlays_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON overlays
  FOR EACH STATEMENT EXECUTE FUNCTION briefmap_bump_generation();
CREATE TRIGGER datasets_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON datasets
  FOR EACH STATEMENT EXECUTE FUNCTION briefmap_bump_generation();
CREATE FUNCTION briefmap_coordinates_follow_geom() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.longitude := ST_X(NEW.geom);
  NEW.latitude := ST_Y(NEW.geom);
  RETURN NEW;
END $$;
CREATE TRIGGER events_coordinates_follow_geom BEFORE UPDATE OF geom ON events
  FOR EACH ROW WHEN (NOT ST_Equals(OLD.geom, NEW.geom)) EXECUTE FUNCTION briefmap_coordinates_follow_geom();
"""

_EDITS = """
ALTER TABLE events ADD COLUMN revision integer NOT NULL DEFAULT 1, ADD COLUMN edited_at timestamptz,
  ADD COLUMN edited_by text, ADD COLUMN retracted_at timestamptz, ADD COLUMN retracted_by text,
  ADD COLUMN retract_reason text;
ALTER TABLE overlays ADD COLUMN revision integer NOT NULL DEFAULT 1, ADD COLUMN edited_at timestamptz,
  ADD COLUMN edited_by text, ADD COLUMN retracted_at timestamptz, ADD COLUMN retracted_by text,
  ADD COLUMN retract_reason text;
CREATE TABLE changes (
  fid bigserial PRIMARY KEY, changed_at timestamptz NOT NULL, changed_by text NOT NULL, action text NOT NULL,
  target text NOT NULL, target_fid bigint NOT NULL, dataset text NOT NULL, source_id text NOT NULL,
  revision integer NOT NULL, before text NOT NULL DEFAULT '', after text NOT NULL DEFAULT '',
  reason text NOT NULL DEFAULT '');
CREATE INDEX changes_target ON changes (target, target_fid);
"""

#: (version, what it does, SQL). The store records each one applied in ``briefmap_schema``.
MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "events, overlays, datasets, imports, generation triggers", _INITIAL),
    (2, "analysts' edits: revision, edited and retracted columns, the changes table (audit trail)", _EDITS),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]
