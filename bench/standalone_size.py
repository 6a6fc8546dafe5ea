"""Size of the standalone HTML export, and the time to build it, for N synthetic events.

    python bench/standalone_size.py                               # 12, 100,000 and 1,000,000 events
    python bench/standalone_size.py --sizes 12,100000 --notes words

The page is what the app's "standalone HTML" export writes (``snapshots.standalone``):
every theatre layer, the legend, the title box, the event pack and the events' details
(one gzip-compressed JSON blob). Per size it prints the file size, the seconds to build
it (events already loaded, as in the app), and what the page is made of: the event pack,
the details blob (both base64) and the rest, which must not grow with the events.

The synthetic events (bench/synthetic.py) all carry the same one-sentence note, which
compresses to almost nothing; ``--notes words`` gives each event its own note of 150–450
characters of seeded pseudo-words (Zipf-distributed, like prose), a pessimistic stand-in
for real ACLED notes, whose set phrases ("On 3 October 2020, ... shelled ...") compress better.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import synthetic_events  # noqa: E402
from filters.events import EventFilter, filter_options, select_events  # noqa: E402
from loaders.theatre import load_theatre  # noqa: E402
from mapview.spec import MapSpec  # noqa: E402
from snapshots.request import Snapshot  # noqa: E402
from snapshots.standalone import standalone_html  # noqa: E402

PRODUCED = dt.date(2026, 1, 1)


def standalone_of(theatre, events) -> str:
    """The standalone export of all of ``events`` (a validated event table)."""
    options = filter_options(events)
    spec = MapSpec(filter=EventFilter(options.first_day, options.last_day))
    snap = Snapshot(spec=spec, title="SYNTHETIC benchmark data", subtitle="not real")
    return standalone_html(snap, theatre, select_events(events, spec.filter), options, produced=PRODUCED)


def word_notes(n: int, seed: int = 2020) -> list[str]:
    """``n`` distinct notes of 150–450 characters of pseudo-words, each marked SYNTHETIC.

    Parameters
    ----------
    n : int
        Number of notes.
    seed : int
        Seed of the generator: the same ``n`` and ``seed`` give the same notes.

    Returns
    -------
    list of str
        The notes.
    """
    rng = np.random.default_rng(seed)
    syllables = [c + v for c in "bcdfghklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou")]
    vocab = np.array(["".join(rng.choice(syllables, size=rng.integers(1, 4))) for _ in range(4000)], dtype=object)
    weights = 1 / np.arange(1, len(vocab) + 1)  # Zipf: a few words are very common, as in prose
    weights /= weights.sum()
    lengths = rng.integers(150, 451, size=n)
    words = rng.choice(len(vocab), size=int(lengths.sum() // 4) + 100, p=weights)
    notes, at = [], 0
    for length in lengths:
        text = "SYNTHETIC:"
        while len(text) < length:
            text += " " + vocab[words[at % len(words)]]
            at += 1
        notes.append(text[:length] + ".")
    return notes


def _b64_len(html: str, key: str) -> int:
    found = re.search(rf'"{key}":"([A-Za-z0-9+/=]*)"', html)
    return len(found.group(1)) if found else 0


def measure(theatre, n: int, notes: str) -> dict:
    """Build the page for ``n`` synthetic events; its size in bytes, its parts and the seconds taken."""
    events = synthetic_events(n)
    if notes == "words":
        events["notes"] = word_notes(n)
    start = time.perf_counter()
    html = standalone_of(theatre, events)
    seconds = time.perf_counter() - start
    size = len(html.encode("utf-8"))
    pack, details = _b64_len(html, "inline"), _b64_len(html, "details_gz")
    return {"n": n, "bytes": size, "seconds": seconds, "pack": pack, "details": details,
            "rest": size - pack - details}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="12,100000,1000000", help="numbers of events, e.g. 12,100000")
    p.add_argument("--notes", choices=("same", "words"), default="same",
                   help="same: the synthetic set's one note; words: a note of its own per event")
    args = p.parse_args(argv)
    theatre = load_theatre()
    for n in (int(s) for s in args.sizes.split(",")):
        m = measure(theatre, n, args.notes)
        print(f"events={n} notes={args.notes} size_mb={m['bytes'] / 1e6:.2f} build_s={m['seconds']:.2f} "
              f"pack_mb={m['pack'] / 1e6:.2f} details_mb={m['details'] / 1e6:.2f} rest_mb={m['rest'] / 1e6:.3f} "
              f"bytes_per_event={(m['pack'] + m['details']) / n:.1f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
