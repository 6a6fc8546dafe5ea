"""Where the project's data files live."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GEODATA = ROOT / "geodata"
BASEMAP = GEODATA / "basemap"
BRIEFINGS = GEODATA / "briefings"
#: Set to use another folder of briefing files (the tests use a copy).
BRIEFINGS_ENV = "BRIEFMAP_BRIEFINGS"
EVENTS_CSV = GEODATA / "events.csv"


def briefings_dir() -> Path:
    """The folder of briefing files: ``$BRIEFMAP_BRIEFINGS`` or ``geodata/briefings``."""
    return Path(os.environ.get(BRIEFINGS_ENV) or BRIEFINGS)


def display_path(path: Path) -> str:
    """``path`` relative to the repository when it is inside it, for messages."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)
