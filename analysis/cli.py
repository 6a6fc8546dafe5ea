"""``python -m analysis``: proximity and change since the last brief, from the event store.

    python -m analysis proximity --near m4_highway --km 6 [--start D] [--end D]
    python -m analysis proximity --near "turkish_posts:Morek" --km 10 --types "Battles"
    python -m analysis change --since 2020-10-01 [--end 2020-10-26]

Both read the store (``BRIEFMAP_DB`` or ``--db``, as ``python -m store``) and take
``--types``, ``--actors`` and ``--datasets`` (comma-separated). ``proximity`` prints tables,
then exactly ``events_within=N``; ``change`` prints a table, then exactly ``since=N before=M``.
Exit 0, or 2 with one ``error:`` line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

import pandas as pd

from analysis.change import Windows, compare
from analysis.proximity import TargetError, nearest_within, resolve_target, summary
from filters.events import EventFilter, event_mask, from_day
from loaders.errors import DataError
from loaders.theatre import load_theatre
from store import StoreError, default_location, open_store
from store.seed import ensure_seed
from store.views import read_view

EXIT_FAIL = 2


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _list(text: str | None) -> tuple[str, ...] | None:
    return tuple(v.strip() for v in text.split(",") if v.strip()) if text else None


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.split("\n\n")[0])
    p.add_argument("--db", help="the store (default: BRIEFMAP_DB, then .streamlit/secrets.toml, then the GeoPackage)")
    sub = p.add_subparsers(dest="command", required=True)
    for name in ("proximity", "change"):
        c = sub.add_parser(name)
        c.add_argument("--types", help="event types, comma-separated")
        c.add_argument("--actors", help="actors (actor 1 or 2), comma-separated")
        c.add_argument("--datasets", help="dataset ids, comma-separated")
        c.add_argument("--end", type=_date, help="last day (default: the data's last day)")
        if name == "proximity":
            c.add_argument("--near", required=True, help="LAYER_ID or LAYER_ID:FEATURE NAME, e.g. m4_highway")
            c.add_argument("--km", type=float, required=True, help="distance in kilometres (inclusive)")
            c.add_argument("--start", type=_date, help="first day (default: the data's first day)")
        else:
            c.add_argument("--since", type=_date, required=True, help="the date of the last brief")
    return p


def _fail(message: str) -> int:
    print(f"error: {' '.join(str(message).split())}", file=sys.stderr)
    return EXIT_FAIL


def _print(title: str, table: pd.DataFrame) -> None:
    print(title)
    print(table.to_string(index=False) if len(table) else "  (none)")
    print()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        with open_store(args.db or default_location()) as store:
            ensure_seed(store)
            events = read_view(store).events
        theatre = load_theatre()
    except (StoreError, DataError) as exc:
        return _fail(str(exc))
    flt = EventFilter(event_types=_list(args.types), actors=_list(args.actors), datasets=_list(args.datasets))
    end = args.end or (from_day(int(events["day"].max())) if len(events) else dt.date.today())
    try:
        if args.command == "proximity":
            return _proximity(events, theatre, flt, args, end)
        return _change(events, flt, args, end)
    except (TargetError, ValueError) as exc:
        return _fail(str(exc))


def _proximity(events, theatre, flt, args, end) -> int:
    target = resolve_target(theatre, args.near)
    first = from_day(int(events["day"].min())) if len(events) else end
    start = args.start or first
    if end < start:
        raise ValueError(f"--end {end} is before --start {start}")
    chosen = events[event_mask(events, EventFilter(start, end, flt.event_types, None, flt.actors, flt.datasets))]
    near = nearest_within(chosen, target, args.km)
    tables = summary(chosen, near)
    print(f"Events within {args.km:g} km of {target.label}, {start} to {end} ({len(chosen):,} events considered)")
    print()
    _print("By nearest feature:", tables["feature"])
    _print("By event type:", tables["type"])
    _print("By week (starting Monday):", tables["week"])
    print(f"events_within={len(near)}")
    return 0


def _change(events, flt, args, end) -> int:
    windows = Windows(args.since, end)
    result = compare(events, windows, flt)
    b0, b1 = windows.before
    print(f"Since the last brief: {windows.start} to {windows.end} ({windows.days} days); before: {b0} to {b1}")
    print()
    _print("By event type:", result["by_type"])
    print(f"since={result['since']} before={result['before']}")
    return 0
