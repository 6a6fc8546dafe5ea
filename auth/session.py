"""The log-in gate and the permission checks, on the server, for every page and action.

Log-in is on when ``.streamlit/secrets.toml`` has an ``[auth]`` table (Streamlit's own OIDC
log-in: ``st.login``, ``st.user``, ``st.logout``; any OIDC provider). Without it the app runs in
**local mode**: one user, every permission, marked as such in the sidebar.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from auth.roles import PERMISSIONS, RoleConfig, RolesError, allows
from links.params import quote

APP_NAME = "Idlib briefing map"


#: The author of changes made in local mode (no log-in: nobody in particular).
LOCAL_AUTHOR = "briefing map app (no log-in)"


@dataclass(frozen=True)
class Session:
    """Who is using this session: ``mode`` is ``local`` or ``oidc``; ``role`` None means not let in."""

    mode: str
    role: str | None
    user: str = ""

    def can(self, action: str) -> bool:
        return allows(self.role, action)

    @property
    def author(self) -> str:
        """Who the store records as making a change: the logged-in user, or the app in local mode."""
        return LOCAL_AUTHOR if self.mode == "local" else self.user


def log_in_configured() -> bool:
    """Is there an ``[auth]`` table in the secrets?"""
    return st.secrets.load_if_toml_exists() and "auth" in st.secrets


def current() -> Session:
    """The session's user and role (read from the identity cookie on every run, never cached in
    session state, so a log-out or a changed role list applies at once).

    Raises
    ------
    auth.roles.RolesError
        When ``[briefmap.roles]`` is malformed.
    """
    if not log_in_configured():
        return Session(mode="local", role="admin", user="local")
    if not st.user.is_logged_in:
        return Session(mode="oidc", role=None)
    claims = st.user.to_dict()
    roles = RoleConfig.from_secrets(st.secrets.get("briefmap"))
    return Session(mode="oidc", role=roles.role_for(claims), user=str(claims.get("email") or claims.get("sub") or ""))


def gate() -> Session:
    """Let the session in, or show only the app's name and a log-in (or log-out) button and stop:
    no map, event or briefing text reaches an anonymous or unlisted browser, on any page or link."""
    try:
        session = current()
    except RolesError as exc:
        st.title(APP_NAME)
        st.error(f"The app's role settings are not valid: {exc}. Ask its administrator.")
        st.stop()
    if session.mode == "oidc" and session.role is None:
        st.title(APP_NAME)
        if not st.user.is_logged_in:
            st.write("Log in to see the map.")
            st.button("Log in", type="primary", on_click=st.login, key="auth_login")
        else:
            st.warning("You are logged in, but this map is not shared with your account. "
                       "Ask its administrator to add you.")
            st.button("Log out", on_click=st.logout, key="auth_logout")
        st.stop()
    return session


def require(action: str) -> bool:
    """Check ``action`` on the server just before doing it; show why not when it is refused."""
    session = current()
    if session.can(action):
        return True
    st.error(f"Your role ({session.role or 'none'}) may not {ACTION_TEXT[action]}: that needs the "
             f"{PERMISSIONS[action]} role.")
    return False


ACTION_TEXT = {
    "view": "see the map", "export": "export", "import": "import data", "edit": "edit events",
    "draw": "draw overlays", "remove_dataset": "remove datasets", "manage_briefings": "change briefings",
}


def render_badge(session: Session) -> None:
    """Who is logged in (or "local mode"), at the top of the sidebar."""
    sb = st.sidebar
    if session.mode == "local":
        sb.caption("**Local mode**: no log-in is configured; whoever reaches this address can see and change "
                   "everything. Add an `[auth]` section to `.streamlit/secrets.toml` for a team.")
        return
    sb.caption(f"Logged in as {quote(session.user)} · {session.role}")
    sb.button("Log out", on_click=st.logout, key="auth_badge_logout", icon=":material/logout:")
