"""Which store to open.

In order: ``$BRIEFMAP_DB`` (a GeoPackage path or a ``postgresql://`` URL); else
Streamlit's convention, a ``url`` under ``[connections.briefmap]`` in
``.streamlit/secrets.toml`` (the project's, then the user's ``~/.streamlit``);
else ``data/briefmap.gpkg``. The app and ``python -m store`` read the same
places, so both always open the same store.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from store.base import EventStore, StoreError

#: The environment variable that chooses the store.
DB_ENV = "BRIEFMAP_DB"
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GPKG = ROOT / "data" / "briefmap.gpkg"
#: Where Streamlit looks for secrets (the project's own file first).
SECRETS_FILES = (ROOT / ".streamlit" / "secrets.toml", Path.home() / ".streamlit" / "secrets.toml")
#: The connection's name in secrets.toml: ``[connections.briefmap]``.
CONNECTION = "briefmap"


def secrets_url(files=None) -> str | None:
    """``[connections.briefmap] url`` from the first secrets file that has it."""
    for path in files if files is not None else SECRETS_FILES:
        if not Path(path).is_file():
            continue
        try:
            with open(path, "rb") as fh:
                secrets = tomllib.load(fh)
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise StoreError(f"{path} cannot be read as TOML: {exc}") from None
        url = secrets.get("connections", {}).get(CONNECTION, {}).get("url")
        if url:
            return str(url)
    return None


def default_location() -> str:
    """``$BRIEFMAP_DB``, else the secrets file's ``[connections.briefmap] url``, else ``data/briefmap.gpkg``."""
    return os.environ.get(DB_ENV) or secrets_url() or str(DEFAULT_GPKG)


def open_store(location: str | os.PathLike | None = None) -> EventStore:
    """Open (creating if needed) the store at ``location`` (default: :func:`default_location`).

    Raises
    ------
    StoreError
        If the location cannot be used, with a message that names it (never its password).
    """
    where = str(location) if location is not None else default_location()
    if "://" in where:
        scheme = where.split("://", 1)[0].lower()
        if scheme in ("postgresql", "postgres"):
            from store.postgis import PostGISStore

            return PostGISStore(where)
        raise StoreError(f"unsupported store address scheme {scheme!r}: give a GeoPackage path (.gpkg) or a "
                         "postgresql:// URL")
    from store.gpkg import GeoPackageStore

    return GeoPackageStore(where)
