"""Browser fixtures: the app served by `streamlit run` on a free port, and Debian's Chromium.

Playwright drives /usr/bin/chromium (its own browser download is not available here).
Every request that leaves localhost is recorded and aborted, so these tests also
prove the app works with no internet.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlparse

import pytest

from snapshots.render import CHROMIUM, CHROMIUM_ARGS  # one place for Debian's Chromium and its flags

ROOT = Path(__file__).resolve().parents[2]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"streamlit did not become healthy at {url}")


def start_streamlit(env_extra: dict | None = None):
    port = free_port()
    env = dict(os.environ, **(env_extra or {}))
    proc = subprocess.Popen(
        [
            sys.executable, "-m", "streamlit", "run", str(ROOT / "serve.py"),
            "--server.headless", "true",
            "--server.address", "127.0.0.1",
            "--server.port", str(port),
            "--browser.gatherUsageStats", "false",
            "--server.fileWatcherType", "none",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
    except Exception:
        proc.kill()
        out = proc.stdout.read().decode(errors="replace") if proc.stdout else ""
        raise RuntimeError(f"could not start streamlit:\n{out}") from None
    return proc, url


def stop_streamlit(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def app_url():
    proc, url = start_streamlit()
    yield url
    stop_streamlit(proc)


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: install Debian's 'chromium' package (scripts/test.sh does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        yield b
        b.close()


class OfflinePage:
    """A page whose non-local requests are recorded and aborted."""

    def __init__(self, page):
        self.page = page
        self.blocked: list[str] = []
        self.errors: list[str] = []
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.context.route("**/*", self._route)

    def _route(self, route):
        url = route.request.url
        host = urlparse(url).hostname
        if url.startswith(("data:", "blob:", "about:")) or host in LOCAL_HOSTS:
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1600, "height": 1000})
    pg = context.new_page()
    wrapped = OfflinePage(pg)
    yield wrapped
    context.close()


def map_frame(page, timeout: float = 30_000):
    """The streamlit-folium iframe, once the Leaflet map in it reports ready."""
    page.wait_for_selector('iframe[title="streamlit_folium.st_folium"]', timeout=timeout)
    frame_el = page.query_selector('iframe[title="streamlit_folium.st_folium"]')
    frame = frame_el.content_frame()
    frame.wait_for_selector(".leaflet-container[data-briefmap-ready='1']", timeout=timeout)
    return frame


def map_with_events(page, timeout: float = 30_000):
    """The map's frame once its events are loaded and drawn (the event pack has arrived)."""
    frame = map_frame(page, timeout)
    frame.wait_for_selector(".leaflet-container[data-events-loaded='1'][data-events-count]", timeout=timeout)
    return frame


def wait_idle(page, timeout: float = 30_000) -> None:
    """Wait until Streamlit has finished running the script: its status widget stays gone
    for two checks in a row (a rerun the map triggers can start just after the first)."""
    for _ in range(2):
        page.wait_for_timeout(400)
        page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=timeout)


# log-in against a real OIDC provider (oidc-provider-mock) -------------------------------------------
COOKIE_SECRET = "cookie-" + secrets.token_hex(16)
CLIENT_SECRET = "client-" + secrets.token_hex(16)


@pytest.fixture(scope="module")
def provider():
    from oidc_provider_mock import run_server_in_thread

    with run_server_in_thread(port=0) as server:
        yield f"http://127.0.0.1:{server.server_port}"


class TeamApp(NamedTuple):
    url: str
    log: Path
    db: Path
    """The team app's own store (its tests add events and drawings: other tests do not see them)."""


@pytest.fixture(scope="module")
def team_app(provider, tmp_path_factory):
    """The app with log-in on (a real OIDC provider): editors and admins listed, and a viewers list,
    on a store of its own. Yields a :class:`TeamApp`."""
    port = free_port()
    folder = tmp_path_factory.mktemp("secrets")
    path = folder / "secrets.toml"
    path.write_text(f"""
[auth]
redirect_uri = "http://127.0.0.1:{port}/oauth2callback"
cookie_secret = "{COOKIE_SECRET}"
client_id = "briefmap-test"
client_secret = "{CLIENT_SECRET}"
server_metadata_url = "{provider}/.well-known/openid-configuration"

[briefmap.roles]
admins = ["admin@example.org"]
editors = ["editor@example.org"]
viewers = ["viewer@example.org"]
""", encoding="utf-8")
    log = folder / "streamlit.log"
    db = folder / "team.gpkg"
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "serve.py"), "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none", "--secrets.files", str(path)],
        cwd=ROOT, stdout=log.open("wb"), stderr=subprocess.STDOUT, env=dict(os.environ, BRIEFMAP_DB=str(db)),
    )
    url = f"http://127.0.0.1:{port}"
    wait_healthy(url, proc)
    yield TeamApp(url, log, db)
    stop_streamlit(proc)


def log_in(pg, url: str, sub: str) -> None:
    pg.goto(url)
    pg.get_by_role("button", name="Log in").click()
    pg.wait_for_selector("input[name='sub']")
    pg.fill("input[name='sub']", sub)
    pg.get_by_role("button", name="Authorize").click()
    pg.wait_for_url(f"{url}/**")
