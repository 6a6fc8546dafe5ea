"""Where the project's data files live."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GEODATA = ROOT / "geodata"
BASEMAP = GEODATA / "basemap"
BRIEFINGS = GEODATA / "briefings"
EVENTS_CSV = GEODATA / "events.csv"


def display_path(path: Path) -> str:
    """``path`` relative to the repository when it is inside it, for messages."""
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return str(path)
