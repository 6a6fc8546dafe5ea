"""Render a layout page to PNG or PDF in headless Chromium (Debian's, driven by Playwright).

The page signals when the map and its layers have finished drawing
(``data-snapshot-ready``); rendering waits for that signal, never a fixed sleep.
With tiles off, every request that would leave the machine is refused.
"""

from __future__ import annotations

import concurrent.futures
import os
from pathlib import Path
from urllib.parse import urlparse

from snapshots.sizes import Size

CHROMIUM = os.environ.get("BRIEFMAP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--font-render-hinting=none",
)
READY = "body[data-snapshot-ready='1']"


class SnapshotError(RuntimeError):
    """A snapshot could not be produced (no browser, page never ready, …)."""


class Renderer:
    """One headless Chromium, reused for several snapshots.

    Playwright's sync API refuses to run where an asyncio loop is running (inside
    Streamlit, or beside another Playwright session), so every browser call is made
    on one private worker thread.

    Parameters
    ----------
    allow_network : bool
        Let the page fetch remote resources (only tile images need it).
    timeout_s : float
        How long a page may take to report it has finished drawing.
    """

    def __init__(self, *, allow_network: bool = False, timeout_s: float = 90.0, chromium: str = CHROMIUM):
        self.allow_network = allow_network
        self.timeout_ms = timeout_s * 1000
        self.chromium = chromium
        self._pw = None
        self._browser = None
        self._thread = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="snapshot")
        self.blocked: list[str] = []

    def _call(self, fn, *args):
        return self._thread.submit(fn, *args).result()

    def __enter__(self) -> "Renderer":
        if not Path(self.chromium).exists():
            self._thread.shutdown()
            raise SnapshotError(
                f"Chromium not found at {self.chromium}: install Debian's 'chromium' package "
                "(scripts/run.sh does) or set BRIEFMAP_CHROMIUM"
            )
        try:
            self._call(self._start)
        except Exception:
            self._thread.shutdown()
            raise
        return self

    def _start(self) -> None:
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        try:
            self._browser = self._pw.chromium.launch(executable_path=self.chromium, args=list(CHROMIUM_ARGS))
        except Exception:
            self._pw.stop()
            raise

    def _stop(self) -> None:
        if self._browser is not None:
            self._browser.close()
        if self._pw is not None:
            self._pw.stop()

    def __exit__(self, *exc) -> None:
        try:
            self._call(self._stop)
        finally:
            self._thread.shutdown()

    def _route(self, route) -> None:
        url = route.request.url
        host = urlparse(url).hostname
        if url.startswith(("data:", "blob:", "about:")) or host in ("127.0.0.1", "localhost"):
            route.continue_()
        elif self.allow_network:
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def render(self, html: str, size: Size, fmt: str) -> bytes:
        """PNG or PDF bytes of the page ``html`` at ``size``."""
        if fmt not in ("png", "pdf"):
            raise ValueError(f"can render png or pdf, not {fmt!r}")
        return self._call(self._render, html, size, fmt)

    def _render(self, html: str, size: Size, fmt: str) -> bytes:
        context = self._browser.new_context(
            viewport={"width": size.width_px, "height": size.height_px}, device_scale_factor=1
        )
        try:
            context.route("**/*", self._route)
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.set_content(html, wait_until="load", timeout=self.timeout_ms)
            try:
                page.wait_for_selector(READY, state="attached", timeout=self.timeout_ms)
            except Exception as exc:
                detail = f"; page errors: {'; '.join(errors)}" if errors else ""
                raise SnapshotError(
                    f"the map did not finish drawing within {self.timeout_ms / 1000:.0f} s{detail}"
                ) from exc
            if errors:
                raise SnapshotError(f"the map page reported errors: {'; '.join(errors)}")
            if fmt == "png":
                return page.screenshot(type="png", full_page=False)
            return page.pdf(
                width=size.pdf_width, height=size.pdf_height, print_background=True,
                prefer_css_page_size=True, margin={"top": "0", "right": "0", "bottom": "0", "left": "0"},
            )
        finally:
            context.close()


def render_once(html: str, size: Size, fmt: str, *, allow_network: bool = False) -> bytes:
    """Render one page in a fresh browser."""
    with Renderer(allow_network=allow_network) as renderer:
        return renderer.render(html, size, fmt)
