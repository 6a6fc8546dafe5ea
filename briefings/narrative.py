"""A scene's narrative (Markdown) as HTML, the same in the app and in every export.

Any HTML the author writes is shown as text, not passed through, and every link and image goes
through one rule, :func:`safe_href`: only http(s), mailto and in-page anchors (``#...``)
stay links; anything else (``javascript:``, ``data:``, ``vbscript:``, relative paths,
protocol-relative ``//host``) becomes plain text, its words kept.
"""

from __future__ import annotations

import html as html_lib
import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import markdown

#: A URL scheme as browsers read it (RFC 3986): a letter, then letters, digits, "+", "-", ".".
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
#: Browsers drop tabs and newlines anywhere in a URL ("java\tscript:" is "javascript:").
_DROPPED = str.maketrans("", "", "\t\n\r")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                   "track", "wbr"})


def _clean(url: str) -> str:
    """``url`` as a browser resolves it: tabs and newlines removed, and leading or trailing
    control characters and white space stripped."""
    return "".join(c for c in url.translate(_DROPPED) if c.isprintable() or c == " ").strip()


def _allowed(url: str) -> bool:
    if url.startswith("#"):
        return True
    match = _SCHEME.match(url)
    if match is None:  # relative path, "//host", or a scheme with characters no browser reads as one
        return False
    scheme, rest = match.group(1).lower(), url[match.end():]
    if scheme in ("http", "https"):
        return rest.startswith("//") and bool(urlsplit(url).netloc)
    return scheme == "mailto" and bool(rest.strip())


def safe_href(url) -> str | None:
    """``url`` (as a browser reads it, attribute entities already decoded) if it may be a link,
    else None.

    Allowed: ``http://`` and ``https://`` with a host, ``mailto:`` and in-page anchors
    (``#...``). Any case, surrounding white space or control characters, tabs or newlines
    inside the scheme, and character references (decoded again and again, so
    ``&#106;avascript:`` or ``java&#x09;script:`` are judged as ``javascript:``) change nothing:
    both the URL as given and its fully decoded form must pass.
    """
    if not isinstance(url, str):
        return None
    given = _clean(url)
    decoded = given
    for _ in range(8):
        again = _clean(html_lib.unescape(decoded))
        if again == decoded:
            break
        decoded = again
    else:
        return None  # still changing after 8 rounds of decoding: nobody writes a link like that
    return given if given and _allowed(given) and _allowed(decoded) else None


def _attrs(attrs: list[tuple[str, str | None]]) -> str:
    out = ""
    for name, value in attrs:
        if value is None:
            out += f" {name}"
        else:
            out += f' {name}="{html_lib.escape(value, quote=True)}"'.replace("\n", "&#10;").replace("\r", "&#13;")
    return out


class _LinkFilter(HTMLParser):
    """Re-writes HTML with every ``<a href>`` and ``<img src>`` checked by :func:`safe_href`:
    an unsafe link loses its tag (its text stays), an unsafe image becomes its alt text.
    The output has no newline, so Streamlit's Markdown reads it as one HTML block."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self._links: list[bool] = []  # for each open <a>: was its tag kept?

    def _tag(self, tag: str, attrs, closed: bool) -> None:
        attrs = list(attrs)
        if tag == "a":
            href = dict(attrs).get("href")
            keep = href is None or safe_href(href) is not None
            if not closed:
                self._links.append(keep)
            if not keep:
                return
            attrs = [(k, safe_href(v) if k == "href" else v) for k, v in attrs]
        elif tag == "img":
            src = dict(attrs).get("src")
            if src is not None and safe_href(src) is None:
                self.out.append(html_lib.escape(dict(attrs).get("alt") or "", quote=False))
                return
        self.out.append(f"<{tag}{_attrs(attrs)}{' /' if closed or tag in _VOID else ''}>")

    def handle_starttag(self, tag, attrs):
        self._tag(tag, attrs, closed=False)

    def handle_startendtag(self, tag, attrs):
        self._tag(tag, attrs, closed=True)

    def handle_endtag(self, tag):
        if tag == "a" and self._links and not self._links.pop():
            return
        if tag not in _VOID:
            self.out.append(f"</{tag}>")

    def handle_data(self, data):
        self.out.append(html_lib.escape(data, quote=False).replace("\n", "&#10;").replace("\r", "&#13;"))

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")


def strip_unsafe_links(html: str) -> str:
    """``html`` with each link and image that :func:`safe_href` refuses turned into its text;
    comments and declarations are dropped."""
    parser = _LinkFilter()
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


def _markdown(text: str) -> str:
    """Markdown without raw HTML: HTML written in the narrative is shown as text (escaped once,
    so ``a < b`` inside a code span reads as typed), never passed through."""
    md = markdown.Markdown()  # one per call: a Markdown instance is not thread-safe
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md.convert(text)


def narrative_html(text: str) -> str:
    """Markdown to HTML: HTML written in the narrative is shown as text, not passed through, and
    only safe links stay links (:func:`safe_href`). One line (newlines are ``&#10;``)."""
    if not text.strip():
        return ""
    return strip_unsafe_links(_markdown(text))
