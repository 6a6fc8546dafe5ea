"""Roles from ``[briefmap.roles]`` in ``.streamlit/secrets.toml``, and what each role may do.

Pure code: no Streamlit. ``admins`` and ``editors`` (and optionally ``viewers``) are lists of
e-mail addresses or OIDC ``sub`` values. With a ``viewers`` list only the people listed (and
editors and admins) may enter; without one, anyone the provider logs in is a viewer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

#: Roles, weakest first.
ROLES = ("viewer", "editor", "admin")

#: Every action the app checks, and the weakest role allowed to do it.
PERMISSIONS: dict[str, str] = {
    "view": "viewer",              # the map, briefings
    "export": "viewer",            # PNG, PDF, HTML, CSV and GeoJSON exports
    "import": "editor",            # import files into the store (Data page)
    "edit": "editor",              # add, correct, retract events
    "draw": "editor",              # draw overlays
    "remove_dataset": "admin",     # remove a dataset from the store
    "manage_briefings": "admin",   # save scenes into briefing files
}


class RolesError(ValueError):
    """``[briefmap.roles]`` is malformed; the message names the key."""


def _people(raw, key: str) -> frozenset[str]:
    if raw is None:
        return frozenset()
    if isinstance(raw, str) or not all(isinstance(v, str) for v in raw):
        raise RolesError(f"[briefmap.roles] {key} must be a list of e-mail addresses or sub values")
    return frozenset(v.strip().casefold() for v in raw if v.strip())


@dataclass(frozen=True)
class RoleConfig:
    """Who holds which role."""

    admins: frozenset[str] = frozenset()
    editors: frozenset[str] = frozenset()
    viewers: frozenset[str] | None = None
    """None: anyone who logs in may view."""

    @classmethod
    def from_secrets(cls, secrets: Mapping | None) -> "RoleConfig":
        """From the ``[briefmap]`` table of the secrets (its ``roles`` table); missing: no one
        is an editor or admin, and anyone who logs in may view.

        Raises
        ------
        RolesError
            When a list is not a list of strings, or the table has other keys.
        """
        roles = (secrets or {}).get("roles") or {}
        if not isinstance(roles, Mapping):
            raise RolesError("[briefmap.roles] must be a table with admins, editors and viewers lists")
        unknown = set(roles) - {"admins", "editors", "viewers"}
        if unknown:
            raise RolesError(f"[briefmap.roles] has unknown key(s) {', '.join(sorted(unknown))} "
                             "(known: admins, editors, viewers)")
        viewers = roles.get("viewers")
        return cls(admins=_people(roles.get("admins"), "admins"), editors=_people(roles.get("editors"), "editors"),
                   viewers=None if viewers is None else _people(viewers, "viewers"))

    def role_for(self, claims: Mapping) -> str | None:
        """The role of a logged-in user from their identity claims (``email``, ``sub``), or None
        when a viewers list is given and they are on no list."""
        ids = {str(claims[k]).strip().casefold() for k in ("email", "sub") if claims.get(k)}
        if ids & self.admins:
            return "admin"
        if ids & self.editors:
            return "editor"
        if self.viewers is None or ids & self.viewers:
            return "viewer"
        return None


def allows(role: str | None, action: str) -> bool:
    """May ``role`` do ``action``? ``None`` (not let in) may do nothing.

    Raises
    ------
    KeyError
        For an action not in :data:`PERMISSIONS` (a typo must not pass silently).
    """
    needed = PERMISSIONS[action]
    return role is not None and ROLES.index(role) >= ROLES.index(needed)
