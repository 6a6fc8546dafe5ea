"""``python -m store``: import files, list, export and remove datasets.

Examples::

    python -m store import acled-syria-2020.csv
    python -m store import incidents.xlsx --format table --dataset airwars --source "Airwars" \\
        --map source_id=code,event_date=date,location=location_name \\
        --set "event_type=Explosions/Remote violence,geo_precision=2,time_precision=1"
    python -m store datasets --json
    python -m store export --out acled.gpkg --dataset acled --format gpkg
    python -m store export --out front-lines.kml --dataset drawings --shapes
    python -m store audit --out audit.csv
    python -m store remove airwars
    python -m store copy --from data/briefmap.gpkg --to postgresql://briefmap@db.example/briefmap

``import`` ends with exactly ``imported=N updated=U unchanged=S rejected=R dataset=ID``;
it exits 0 when the import was written (even with rejects, which are listed above
that line and written to a CSV), and 2 with a one-line reason when nothing could be.
"""

from __future__ import annotations

import argparse
import getpass
import json
import socket
import sys
from pathlib import Path

from importers.base import ImportFailed, ImportOptions, InputFile
from importers.mapping import parse_pairs
from importers.registry import FORMAT_IDS, run_import
from store.base import StoreError
from store.exports import FORMATS, SHAPE_FORMATS, export_dataset, export_shapes
from store.locate import DB_ENV, default_location, open_store
from store.seed import ensure_seed

EXIT_FAIL = 2
_SHOWN_REJECTS = 20


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m store", description="The briefing map's event store.")
    p.add_argument("--db", default=None, help=f"store location (default: ${DB_ENV} or data/briefmap.gpkg)")
    sub = p.add_subparsers(dest="command", required=True)

    imp = sub.add_parser("import", help="import a file into a dataset")
    imp.add_argument("path", help="the file: CSV, TSV, XLSX, JSON, GeoJSON, KML, KMZ, GeoPackage or zipped Shapefile")
    imp.add_argument("--format", choices=FORMAT_IDS, help="file format (default: detected)")
    imp.add_argument("--dataset", help="dataset id (default: acled, ucdp-ged, or from the file name)")
    imp.add_argument("--title", help="dataset title")
    imp.add_argument("--source", help="the dataset's source; also fills 'source' for rows without one")
    imp.add_argument("--licence", help="licence or attribution the data comes under")
    imp.add_argument("--source-url", help="a link to the dataset's source")
    imp.add_argument("--map", dest="mapping", metavar="TARGET=COLUMN,...", help="map file columns to fields")
    imp.add_argument("--set", dest="constants", metavar="COLUMN=VALUE,...", help="a value for every row")
    imp.add_argument("--geocode", metavar="COLUMN", help="place-name column for rows without coordinates")
    order = imp.add_mutually_exclusive_group()
    order.add_argument("--dayfirst", action="store_true", help="read 03/04/2020 as 3 April")
    order.add_argument("--monthfirst", action="store_true", help="read 03/04/2020 as 4 March")
    imp.add_argument("--encoding", help="text encoding (default: detected), e.g. utf-8, utf-16, cp1256")
    imp.add_argument("--sheet", help="workbook sheet (default: the first with data)")
    imp.add_argument("--rejects", type=Path, help="where to write rejected rows (default: <dataset>-rejects.csv)")
    imp.add_argument("--dry-run", action="store_true", help="validate and report, write nothing")

    ds = sub.add_parser("datasets", help="list the datasets")
    ds.add_argument("--json", action="store_true", help="as a JSON list of objects")

    rm = sub.add_parser("remove", help="remove a dataset, its events and shapes")
    rm.add_argument("id")

    ex = sub.add_parser("export", help="export a dataset (or every event)")
    ex.add_argument("--out", required=True, type=Path, help="output file")
    ex.add_argument("--dataset", help="dataset id (default: every event)")
    ex.add_argument("--format", choices=tuple(dict.fromkeys([*FORMATS, *SHAPE_FORMATS])),
                    help="csv, geojson or gpkg; with --shapes geojson or kml (default: from --out's suffix)")
    ex.add_argument("--shapes", action="store_true",
                    help="export the dataset's lines and polygons (e.g. --dataset drawings) instead of its events")

    audit = sub.add_parser("audit", help="the audit trail of analysts' edits, as CSV")
    audit.add_argument("--out", type=Path, help="output file (default: print)")

    log = sub.add_parser("imports", help="the imports log")
    log.add_argument("--dataset")

    cp = sub.add_parser("copy", help="copy a whole store to a new, empty one (GeoPackage ⇄ PostGIS)")
    cp.add_argument("--from", dest="source", required=True, help="the store to copy (a .gpkg path or a URL)")
    cp.add_argument("--to", dest="target", required=True, help="the new store (created; must be empty)")
    return p


def _fail(message: str) -> int:
    print(f"error: {' '.join(str(message).split())}", file=sys.stderr)
    return EXIT_FAIL


def who() -> str:
    """Who runs this command, for the imports log."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown user"
    return f"{user}@{socket.gethostname()} (command line)"


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "copy":
            return _copy(args)
        with open_store(args.db or default_location()) as store:
            ensure_seed(store)
            return _COMMANDS[args.command](store, args)
    except (StoreError, ImportFailed) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return _fail("interrupted; nothing was changed")


def _import(store, args) -> int:
    try:
        options = ImportOptions(
            format=args.format, dataset=args.dataset, title=args.title, source=args.source, licence=args.licence,
            source_url=args.source_url, mapping=parse_pairs(args.mapping, "--map"),
            constants=parse_pairs(args.constants, "--set"), geocode=args.geocode,
            dayfirst=True if args.dayfirst else False if args.monthfirst else None,
            encoding=args.encoding, sheet=args.sheet,
        )
    except ValueError as exc:
        return _fail(str(exc))
    batch = run_import(InputFile.from_path(args.path), options)
    for note in batch.notes:
        print(note)
    rejects = batch.rejects
    if len(rejects):
        path = args.rejects or Path(f"{batch.dataset.id}-rejects.csv")
        path.write_bytes(batch.rejects_csv())
        print(f"Rejected {len(rejects):,} row(s); all of them are in {path}:")
        for r in rejects.head(_SHOWN_REJECTS).itertuples():
            print(f"  line {r.line}: {r.reason}" + (f" (id {r.source_id})" if r.source_id else ""))
        if len(rejects) > _SHOWN_REJECTS:
            print(f"  … and {len(rejects) - _SHOWN_REJECTS:,} more")
    if not batch.accepted:
        what = f"all {len(rejects):,} row(s) were rejected" if len(rejects) else "the file holds no rows"
        return _fail(f"{batch.file.name}: nothing imported: {what}")
    if args.dry_run:
        report = store.plan(batch)
        print("Dry run: nothing written.")
    else:
        report = store.write(batch, imported_by=who())
    if report.kept:
        print(f"{report.kept:,} event(s) of dataset {report.dataset!r} are not in this file and were kept.")
    if report.overlays_imported or report.overlays_updated or report.overlays_unchanged:
        print(f"Shapes: imported={report.overlays_imported} updated={report.overlays_updated} "
              f"unchanged={report.overlays_unchanged}")
    if report.conflicts:
        print(report.conflict_line() + ".")
    print(report.summary_line())
    return 0


def _datasets(store, args) -> int:
    found = store.datasets()
    if args.json:
        print(json.dumps([d.as_dict() for d in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(f"No datasets in {store.location}.")
        return 0
    for d in found:
        span = f"{d.first_date} – {d.last_date}" if d.first_date else "no events"
        shapes = f", {d.overlays:,} shape(s)" if d.overlays else ""
        print(f"{d.id}: {d.title} — {d.rows:,} event(s){shapes}, {span}; {d.format}; source: {d.source or '—'}; "
              f"licence: {d.licence}; imported {d.imported_at} by {d.imported_by}")
    return 0


def _remove(store, args) -> int:
    gone = store.remove(args.id)
    print(f"Removed dataset {args.id!r} ({gone:,} event(s)).")
    return 0


def _export(store, args) -> int:
    fmt = args.format or args.out.suffix.lower().lstrip(".")
    known = SHAPE_FORMATS if args.shapes else FORMATS
    if fmt not in known:
        what = f"cannot tell the format from {args.out.name!r}" if not args.format else \
            f"cannot export {'shapes' if args.shapes else 'events'} as {fmt!r}"
        return _fail(f"{what}: give --format {' or '.join(known)}")
    if args.dataset and store.dataset(args.dataset) is None:
        return _fail(f"no dataset {args.dataset!r} in the store")
    data = export_shapes(store, args.dataset, fmt) if args.shapes else export_dataset(store, args.dataset, fmt)
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_bytes(data)
    except OSError as exc:
        return _fail(f"cannot write {args.out}: {exc.strerror or exc}")
    print(f"Wrote {args.out} ({len(data) / 1024:,.0f} KiB, {known[fmt][0]}).")
    return 0


def _audit(store, args) -> int:
    data = store.audit_csv()
    if args.out is None:
        sys.stdout.write(data.decode("utf-8"))
        return 0
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_bytes(data)
    except OSError as exc:
        return _fail(f"cannot write {args.out}: {exc.strerror or exc}")
    changes = len(store.changes(limit=None))
    print(f"Wrote {args.out} ({changes:,} change(s)).")
    return 0


def _imports(store, args) -> int:
    for log in store.imports(args.dataset):
        print(f"#{log.id} {log.imported_at} {log.imported_by}: {log.file_name} → {log.dataset} ({log.format}); "
              f"imported={log.imported} updated={log.updated} unchanged={log.unchanged} rejected={log.rejected}")
    return 0


def _copy(args) -> int:
    """Copy everything (datasets, events, shapes, the imports log, original files) and check the counts."""
    if "://" not in args.source and not Path(args.source).is_file():
        return _fail(f"no store at {args.source}")
    with open_store(args.source) as source, open_store(args.target) as target:
        return _copy_between(source, target)


def _copy_between(source, target) -> int:
    if not target.is_empty():
        return _fail(f"{target.location} already holds data: copy into a new, empty store")
    print(f"Reading {source.location}…", flush=True)
    dump = source.dump()
    want = dump.counts()
    print(f"Writing {target.location}…", flush=True)
    target.restore(dump)
    got = target.counts()
    if got != want:
        diff = ", ".join(f"{k}: {want.get(k)} → {got.get(k)}" for k in sorted(set(want) | set(got))
                         if want.get(k) != got.get(k))
        return _fail(f"the copy's counts differ from the original's ({diff})")
    print(f"Copied {want['datasets']} dataset(s), {want['events']:,} event(s), {want['shapes']:,} shape(s), "
          f"{want['imports']:,} import(s) and {len(dump.files)} original file(s); counts checked.")
    return 0


_COMMANDS = {"import": _import, "datasets": _datasets, "remove": _remove, "export": _export, "audit": _audit,
             "imports": _imports, "copy": _copy}
