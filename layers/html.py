"""Escaped HTML for tooltips, popups and labels.

Every value that reaches a tooltip or popup is data from a file or an upload and
is treated as untrusted: it is HTML-escaped here, in one place.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Mapping

import folium

#: folium embeds tooltip and popup HTML in JavaScript template literals (`...`), where
#: a backtick, "${" or a backslash would end or alter the string; Jinja-style braces are
#: rewritten by streamlit-folium. As the text ends up as HTML, entities neutralise them.
_JS_TEMPLATE_SAFE = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"})


def esc(value) -> str:
    """HTML-escape any value for HTML that folium embeds in JavaScript; None/NaN become empty."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return html.escape(str(value), quote=True).translate(_JS_TEMPLATE_SAFE)


def accuracy_text(metres) -> str:
    if metres is None or (isinstance(metres, float) and math.isnan(metres)):
        return "not placed"
    metres = float(metres)
    return f"± {metres / 1000:g} km" if metres >= 1000 else f"± {metres:.0f} m"


def tooltip_html(title, *lines) -> str:
    body = "".join(f"<br>{esc(line)}" for line in lines if line)
    return f"<b>{esc(title)}</b>{body}"


def properties_table(props: Mapping, fields: Iterable[tuple[str, str]]) -> str:
    """An escaped two-column table of ``props`` for the given ``(key, label)`` fields."""
    rows = []
    for key, label in fields:
        value = props.get(key)
        if key == "accuracy_m":
            text = esc(accuracy_text(value))
        else:
            text = esc(value)
        if text:
            rows.append(f"<tr><th>{esc(label)}</th><td>{text}</td></tr>")
    return f'<table class="briefmap-props">{"".join(rows)}</table>'


#: The fields shown in a theatre feature's popup.
FEATURE_FIELDS = (
    ("name", "Name"),
    ("status", "Status"),
    ("note", "Note"),
    ("location_note", "Location"),
    ("valid_from", "From"),
    ("valid_from_note", "From (note)"),
    ("valid_to", "Until"),
    ("valid_to_note", "Until (note)"),
    ("accuracy_m", "Position accuracy"),
    ("geometry_note", "Geometry"),
    ("source", "Source"),
)


def feature_popup(props: Mapping, max_width: int = 380) -> folium.Popup:
    return folium.Popup(properties_table(props, FEATURE_FIELDS), max_width=max_width)


def feature_tooltip(props: Mapping, *extra_lines: str) -> folium.Tooltip:
    accuracy = accuracy_text(props["accuracy_m"]) if "accuracy_m" in props else ""  # a user's shape may not say
    return folium.Tooltip(tooltip_html(props.get("name"), *extra_lines, accuracy))


#: The class prefix that gives a permanent label its priority (static/js/label-placer.js reads it).
LABEL_PRIORITY_CLASS = "bm-label-priority-"


def label_tooltip(text: str, direction: str = "right", css: str = "briefmap-label",
                  priority: int | None = None) -> folium.Tooltip:
    """A permanent text label attached to a marker or shape.

    Parameters
    ----------
    text : str
        The label (data: escaped here).
    direction : str
        Leaflet's side of the symbol to try first.
    css : str
        The tooltip's class.
    priority : int, optional
        Which label wins where two would overlap (:mod:`layers.label_priority`). It travels as
        the class ``bm-label-priority-<n>`` (Leaflet gives a tooltip a class, not attributes;
        the text stays the label alone), which the browser's label placement reads.
    """
    if priority is not None:
        css = f"{css} {LABEL_PRIORITY_CLASS}{int(priority)}"
    return folium.Tooltip(esc(text), permanent=True, direction=direction, class_name=css)
