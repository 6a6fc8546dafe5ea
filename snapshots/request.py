"""What to export: a MapSpec plus the words around it (title, subtitle, narrative, marking)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from briefings.model import Briefing
from filters.events import FilterOptions
from mapview.spec import MapSpec
from snapshots.sizes import DEFAULT_SIZE, SIZES, Size

FORMATS = ("png", "pdf", "html")


@dataclass(frozen=True)
class Snapshot:
    """One exported view."""

    spec: MapSpec
    title: str
    subtitle: str = ""
    narrative: str = ""
    marking: str = ""
    size: Size = SIZES[DEFAULT_SIZE]
    charts: bool = False
    """PNG/PDF: a band under the map with events per week by type and cumulative reported fatalities."""

    def window_text(self, options: FilterOptions) -> str:
        start = self.spec.filter.start or options.first_day
        end = self.spec.filter.end or options.last_day
        return f"Events {start:%d %b %Y} – {end:%d %b %Y}"

    def as_of_text(self, options: FilterOptions) -> str:
        return f"As of {self.spec.as_of(options.last_day):%d %b %Y}"


def slug(text: str, limit: int = 60) -> str:
    """A file-name-safe slug: 'Why Jisr al-Shughur matters' -> 'why-jisr-al-shughur-matters'."""
    spaced = re.sub(r"[\W_]+", " ", text)  # dashes and other punctuation separate words
    ascii_text = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode("ascii")
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return (out[:limit].rstrip("-")) or "scene"


def scene_snapshot(briefing: Briefing, number: int, options: FilterOptions, *, marking: str, size: Size,
                   charts: bool = False) -> Snapshot:
    """The snapshot of scene ``number`` (1-based) of ``briefing``; ``charts`` adds the charts band
    (PNG/PDF)."""
    scene = briefing.scene(number)
    return Snapshot(
        spec=scene.to_spec(options),
        title=briefing.title,
        subtitle=f"{number}/{len(briefing.scenes)} · {scene.title}",
        narrative=scene.narrative,
        marking=marking,
        size=size,
        charts=charts,
    )


def scene_file_name(number: int, title: str, fmt: str) -> str:
    return f"{number:02d}-{slug(title)}.{fmt}"


def today() -> dt.date:
    return dt.date.today()
