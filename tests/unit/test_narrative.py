"""A narrative's links: one rule (briefings.narrative.safe_href) for the app and every export."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from briefings.narrative import narrative_html, safe_href, strip_unsafe_links
from snapshots import layout

REFUSED = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "  javascript:alert(1)",
    "\x00\x01 javascript:alert(1)",
    "\u00a0javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "javascript\r:alert(1)",
    "java&#x09;script:alert(1)",
    "java&#9;script:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "&amp;#106;avascript:alert(1)",  # decoded twice
    "javascript&colon;alert(1)",
    "jav&#x61;script:alert(1)",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "DATA:image/svg+xml,<svg onload=alert(1)>",
    "file:///etc/passwd",
    "//evil.example/x",
    " //evil.example/x",
    "/\\evil.example",
    "\\\\evil.example",
    "relative/page.html",
    "../up.html",
    "/absolute/path",
    "?q=1",
    "evil.example",
    "http:evil.example",
    "http:/evil.example",
    "https://",
    "mailto:",
    "&#104;ttp://looks-like-http.example",  # a browser reads this as a relative path
    "",
    "   ",
    None,
    42,
]
ALLOWED = [
    ("http://example.com", "http://example.com"),
    ("https://example.com/a?b=1&c=2#d", "https://example.com/a?b=1&c=2#d"),
    ("HTTPS://EXAMPLE.COM", "HTTPS://EXAMPLE.COM"),
    ("  https://example.com  ", "https://example.com"),
    ("mailto:analyst@example.org", "mailto:analyst@example.org"),
    ("MailTo:analyst@example.org", "MailTo:analyst@example.org"),
    ("#scene-3", "#scene-3"),
    ("#", "#"),
]


@pytest.mark.parametrize("url", REFUSED)
def test_safe_href_refuses_anything_but_http_mailto_and_anchors(url):
    assert safe_href(url) is None


@pytest.mark.parametrize(("url", "kept"), ALLOWED)
def test_safe_href_keeps_http_mailto_and_anchors(url, kept):
    assert safe_href(url) == kept


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.urls += [v for k, v in attrs if k in ("href", "src")]


def _links(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


def _markdown_links(url: str) -> list[str]:
    """The ways a narrative can make ``url`` a link or an image."""
    return [f"[the text]({url})", f"[the text](<{url}>)", f"[the text][r]\n\n[r]: {url}", f"![the text]({url})",
            f"[the text]({url} \"title\")"]


# In Markdown source a character reference is decoded, as a browser does: "&#104;ttp://" there is http.
@pytest.mark.parametrize("url", [u for u in REFUSED if isinstance(u, str) and u.strip() and not u.startswith("&#104;")])
def test_a_refused_link_in_a_narrative_becomes_its_text(url):
    for text in _markdown_links(url):
        html = narrative_html(text)
        found = _links(html)
        assert found.urls == [] and "a" not in found.tags and "img" not in found.tags, (text, html)
        assert "the text" in html, (text, html)


@pytest.mark.parametrize(("url", "kept"), ALLOWED[:-1])
def test_an_allowed_link_in_a_narrative_stays_a_link(url, kept):
    html = narrative_html(f"See [the text]({url.strip()}).")
    assert _links(html).urls == [kept], html
    assert ">the text</a>" in html


def test_links_in_any_html_are_checked_and_text_is_kept():
    html = ('<p>a <a href="java&#x09;script:alert(1)">one</a> b <a href="https://ok.example" title="t">two</a> '
            '<img alt="pic &amp; more" src="data:image/png;base64,AAAA" /> &amp; <em>c</em></p>')
    out = strip_unsafe_links(html)
    assert out == ('<p>a one b <a href="https://ok.example" title="t">two</a> pic &amp; more &amp; <em>c</em></p>')


def test_narrative_html_is_one_line_and_escapes_written_html():
    html = narrative_html("**bold** <script>alert(1)</script>\n\n- one\n- two\n\n    code\n\n    more")
    assert "\n" not in html  # one HTML block for Streamlit's Markdown, even with a blank line in code
    assert "<script" not in html and "&lt;script&gt;" in html
    assert "<strong>bold</strong>" in html and "<li>one</li>" in html
    assert narrative_html("  \n ") == ""
    # escaped once: code reads as typed, a character reference the author wrote stays one
    assert narrative_html("`a<b && c` A & B &lt;") == "<p><code>a&lt;b &amp;&amp; c</code> A &amp; B &lt;</p>"
    assert narrative_html("<div>\n\n*x*\n\n</div>").startswith("<p>&lt;div&gt;</p>")


def test_the_export_layout_uses_the_same_renderer():
    assert layout.narrative_html is narrative_html
