"""Write static/bundle/briefmap.bundle.js: the map's scripts in load order, in one file.

scripts/run.sh and scripts/test.sh run it; the app uses the bundle only while it
matches the scripts, and otherwise loads them one by one::

    python tools/build_bundle.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from offline.assets import BUNDLE, STATIC_DIR, bundle_text  # noqa: E402


def main() -> int:
    target = STATIC_DIR / BUNDLE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(bundle_text(), encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)} ({target.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
