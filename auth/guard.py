"""PackGuard: with log-in on, the map's data files under ``static/packs/`` (event packs, Near masks)
are served only to a logged-in user whose role may view the map.

Streamlit serves ``static/`` itself, with no log-in check; this ASGI middleware, mounted by
``serve.py`` (``st.App``), stands in front of it. It reads Streamlit's signed identity cookie
with Streamlit's own helpers (pinned with streamlit==1.67.0; the browser tests fail if they
change) and applies the same roles as the pages (:mod:`auth.roles`).
"""

from __future__ import annotations

import json

import streamlit as st
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from streamlit.web.server.starlette.starlette_auth_routes import _get_cookie_value_from_request
from streamlit.web.server.starlette.starlette_server_config import USER_COOKIE_NAME

from auth.roles import RoleConfig, RolesError, allows
from auth.session import log_in_configured

#: Paths of the files the guard covers (under any ``server.baseUrlPath``).
GUARDED = "/static/packs/"


def may_view(request: Request) -> bool:
    """Does the request carry a valid identity cookie of someone whose role may view the map?"""
    raw = _get_cookie_value_from_request(request, USER_COOKIE_NAME)
    if not raw:
        return False
    try:
        claims = json.loads(raw)
        role = RoleConfig.from_secrets(st.secrets.get("briefmap")).role_for(claims)
    except (ValueError, RolesError):  # an undecodable cookie or broken role settings: refuse
        return False
    return bool(claims.get("is_logged_in")) and allows(role, "view")


class PackGuard:
    """ASGI middleware: 403 for the map's data files unless log-in is off or the user may view."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and GUARDED in scope.get("path", "") and log_in_configured():
            if not may_view(Request(scope)):
                await PlainTextResponse("Log in to the map to get its data.", status_code=403)(scope, receive, send)
                return
        await self.app(scope, receive, send)
