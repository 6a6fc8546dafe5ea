"""Text from data (place names, feature names, actors) put into Streamlit Markdown as text."""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md_text(text: str) -> str:
    """``text`` with every Markdown (and LaTeX, HTML, autolink) character backslash-escaped, so
    ``Ma`arrat an Nu`man``, ``**x**`` or ``[a](javascript:…)`` show as typed."""
    return _SPECIAL.sub(r"\\\1", str(text))
