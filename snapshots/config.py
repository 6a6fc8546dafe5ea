"""Export settings from ``briefmap.toml`` at the repository root (optional)."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

CONFIG_FILE = Path(__file__).resolve().parents[1] / "briefmap.toml"
FALLBACK_MARKING = "UNCLASSIFIED // FOR TRAINING"


def default_marking() -> str:
    """The marking banner: $BRIEFMAP_MARKING, else briefmap.toml [export] marking, else the fallback."""
    if os.environ.get("BRIEFMAP_MARKING") is not None:
        return os.environ["BRIEFMAP_MARKING"]
    if CONFIG_FILE.exists():
        with open(CONFIG_FILE, "rb") as fh:
            data = tomllib.load(fh)
        value = data.get("export", {}).get("marking")
        if isinstance(value, str):
            return value
    return FALLBACK_MARKING
