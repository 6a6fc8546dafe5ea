"""``python -m snapshots``: one file per briefing scene, for building a slide deck.

Examples::

    python -m snapshots --briefing default --format png --out deck/
    python -m snapshots --briefing default --format pdf --size a4 --scene 5 --out deck/
    python -m snapshots --briefing default --format html --marking "" --out deck/
    python -m snapshots --briefing default --format png --charts --out deck/
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from analysis.near import NearError
from briefings.load import load_briefings
from charts.common import undated
from filters.events import filter_options
from loaders.errors import DataError
from loaders.events import read_events
from loaders.gazetteer import build_gazetteer, feature_names
from loaders.theatre import load_theatre
from mapview import selection
from snapshots.config import default_marking
from snapshots.layout import layout_html
from snapshots.render import Renderer, SnapshotError
from snapshots.request import FORMATS, scene_file_name, scene_snapshot, today
from snapshots.sizes import DEFAULT_SIZE, SIZES
from store import StoreError, default_location, open_store
from store.seed import ensure_seed
from store.views import read_view

EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m snapshots",
        description="Write one map per scene of a briefing (PNG, PDF or standalone HTML).",
    )
    p.add_argument("--briefing", required=True, help="briefing id (a file in geodata/briefings/)")
    p.add_argument("--format", choices=FORMATS, default="png", help="output format (default: png)")
    p.add_argument("--out", required=True, type=Path, help="output folder (created if missing)")
    p.add_argument("--size", choices=tuple(SIZES), default=DEFAULT_SIZE,
                   help="slide (1920×1080, default), 720p, a4 or letter (landscape)")
    p.add_argument("--scene", type=int, help="only this scene (1-based)")
    p.add_argument("--marking", help="marking banner text (default: briefmap.toml); '' for none")
    p.add_argument("--db", help="event store (default: $BRIEFMAP_DB or data/briefmap.gpkg)")
    p.add_argument("--events", type=Path,
                   help="draw this ACLED CSV instead of the store's events (the store is not touched)")
    p.add_argument("--charts", action="store_true",
                   help="PNG/PDF: add events per week by type and cumulative reported fatalities under the map")
    return p


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_USAGE


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.charts and args.format == "html":
        return _fail("--charts is for PNG and PDF (a standalone HTML page has no charts band)")
    records = None
    try:
        theatre = load_theatre()
        if args.events is not None:
            events = read_events(args.events)
        else:
            store = open_store(args.db or default_location())
            ensure_seed(store)
            view = read_view(store)
            events, records = view.events, store.records
            theatre = dict(theatre, **view.overlays)
    except (DataError, StoreError) as exc:
        return _fail(f"cannot load the data:\n{exc}")
    options = filter_options(events)
    found, errors = load_briefings(build_gazetteer(theatre), feature_names(theatre))
    if args.briefing not in found:
        broken = [str(e) for e in errors if Path(e.path).stem == args.briefing]
        if broken:
            return _fail(f"briefing {args.briefing!r} is invalid:\n" + "\n".join(broken))
        return _fail(f"unknown briefing {args.briefing!r} (known: {', '.join(found) or 'none'})")
    briefing = found[args.briefing]
    total = len(briefing.scenes)
    if args.scene is not None and not 1 <= args.scene <= total:
        return _fail(f"briefing {args.briefing!r} has scenes 1–{total}, not {args.scene}")
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        probe = args.out / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        return _fail(f"cannot write to output folder {args.out}: {exc.strerror or exc}")

    marking = default_marking() if args.marking is None else args.marking
    size = SIZES[args.size]
    numbers = [args.scene] if args.scene else list(range(1, total + 1))
    produced = today()
    needs_network = any(briefing.scene(n).basemap not in (None, "none") for n in numbers)

    def write(renderer: Renderer | None) -> None:
        for k, n in enumerate(numbers, start=1):
            started = time.perf_counter()
            snap = scene_snapshot(briefing, n, options, marking=marking, size=size, charts=args.charts)
            shown = selection.map_events(events, snap.spec, theatre, options.last_day, records)
            name = scene_file_name(n, briefing.scene(n).title, args.format)
            if args.format == "html":
                from snapshots.standalone import standalone_html

                data = standalone_html(snap, theatre, shown, options, produced=produced).encode("utf-8")
            else:
                context = selection.shown(events, snap.spec, theatre, records, flt=undated(snap.spec.filter)) \
                    if snap.charts or snap.spec.since is not None else None
                page = layout_html(snap, theatre, shown, options, produced=produced, chart_events=context)
                data = renderer.render(page, size, args.format)
            (args.out / name).write_bytes(data)
            took = time.perf_counter() - started
            print(f"[{k}/{len(numbers)}] scene {n}: {args.out / name} ({len(data) / 1024:.0f} KiB, {took:.1f} s)",
                  flush=True)

    try:
        if args.format == "html":
            write(None)
        else:
            with Renderer(allow_network=needs_network) as renderer:
                write(renderer)
    except SnapshotError as exc:
        return _fail(str(exc))
    except NearError as exc:  # a scene's Near whose target the data no longer has
        return _fail(f"a scene's Near filter cannot be used: {exc}")
    return 0
