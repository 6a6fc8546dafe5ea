"""Errors raised when a data file cannot be used, naming the file and the feature or row."""

from __future__ import annotations

from pathlib import Path


class DataError(ValueError):
    """A data file is unusable.

    Parameters
    ----------
    path : str or Path
        The file, as the user knows it (shown relative to the repository when possible).
    problems : list of str
        One line per problem, each naming the feature or row it concerns.
    """

    def __init__(self, path: str | Path, problems: list[str]):
        self.path = str(path)
        self.problems = list(problems)
        shown = self.problems[:12]
        more = len(self.problems) - len(shown)
        lines = [f"{self.path}: {p}" for p in shown]
        if more > 0:
            lines.append(f"{self.path}: … and {more} more problem(s)")
        super().__init__("\n".join(lines))


class GeodataError(DataError):
    """A GeoJSON layer file is missing, unreadable or invalid."""


class EventDataError(DataError):
    """An event table (ACLED CSV) is missing, unreadable or invalid."""


class BriefingError(DataError):
    """A briefing file is unreadable or one of its scenes is invalid."""
