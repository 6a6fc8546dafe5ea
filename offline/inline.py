"""Inline the vendored assets into one HTML file that needs no server and no internet.

A map built with ``base_url=INLINE_BASE`` points its scripts and stylesheets at
``briefmap-asset:<path>``; :func:`inline_assets` swaps each such tag for the
file's content, and turns the images a stylesheet refers to into data: URIs.
"""

from __future__ import annotations

import base64
import mimetypes
import re
from pathlib import Path

from offline.assets import STATIC_DIR

INLINE_BASE = "briefmap-asset:"

_SCRIPT = re.compile(r'<script\s+src="' + re.escape(INLINE_BASE) + r'([^"]+)"\s*>\s*</script>')
_LINK = re.compile(r'<link\s+rel="stylesheet"\s+href="' + re.escape(INLINE_BASE) + r'([^"]+)"\s*/?>')
_CSS_URL = re.compile(r"url\(\s*['\"]?(?!data:|https?:|#)([^'\")]+)['\"]?\s*\)")


class InlineError(LookupError):
    """An asset named in the page is missing from static/."""


def _read(rel: str) -> Path:
    path = (STATIC_DIR / rel).resolve()
    if STATIC_DIR.resolve() not in path.parents or not path.is_file():
        raise InlineError(f"asset {rel!r} is not a file under static/")
    return path


def _data_uri(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def inline_css(rel: str) -> str:
    """A stylesheet's text with its relative url(...) images embedded as data: URIs."""
    path = _read(rel)
    text = path.read_text(encoding="utf-8")

    def embed(match: re.Match) -> str:
        target = (path.parent / match.group(1)).resolve()
        if not target.is_file():
            return match.group(0)  # e.g. a hash or an optional retina image that is not vendored
        return f'url("{_data_uri(target)}")'

    return _CSS_URL.sub(embed, text)


def _script_text(rel: str) -> str:
    # a literal "</script" inside a script would end the inline element early
    return _read(rel).read_text(encoding="utf-8").replace("</script", "<\\/script")


def inline_assets(html: str) -> str:
    """Replace every ``briefmap-asset:`` script and stylesheet tag with its content."""
    html = _SCRIPT.sub(lambda m: f"<script>{_script_text(m.group(1))}</script>", html)
    html = _LINK.sub(lambda m: f"<style>{inline_css(m.group(1))}</style>", html)
    if INLINE_BASE in html:
        left = html[html.index(INLINE_BASE) - 40: html.index(INLINE_BASE) + 80]
        raise InlineError(f"an asset reference was not inlined: …{left}…")
    return html
