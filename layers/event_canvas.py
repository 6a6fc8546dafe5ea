"""EventCanvas: the folium element that puts :file:`static/js/event-layer.js` on a map."""

from __future__ import annotations

import json

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from layers.raw_script import RawScriptMixin

#: Inside JSON strings: characters that would end an inline <script>, open a JavaScript
#: template-literal substitution, or start Jinja syntax in a later template pass.
_STRING_ESCAPES = str.maketrans({
    "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "`": "\\u0060", "$": "\\u0024",
    "{": "\\u007b", "}": "\\u007d", "\u2028": "\\u2028", "\u2029": "\\u2029",
})


def safe_json(value) -> str:
    """JSON that is safe inside an inline <script>, in JavaScript template literals and
    through any Jinja pass folium may make over a script.

    Inside strings, '<', '>', '&', backticks, '$' and braces travel as \\u escapes,
    which JSON and JavaScript decode back to the same text. Outside strings, JSON
    never writes '{{', '{%' or '{#', so its own braces cannot start Jinja syntax.
    """
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False).translate(_STRING_ESCAPES)
    if isinstance(value, dict):
        return "{" + ",".join(f"{safe_json(str(k))}:{safe_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(safe_json(v) for v in value) + "]"
    return json.dumps(value)


class EventCanvas(RawScriptMixin, JSCSSMixin, MacroElement):
    """A canvas layer of events from an event pack (:mod:`layers.event_pack`).

    Parameters
    ----------
    source : dict
        ``{"url": ..., "n": ...}`` to fetch the pack, or ``{"inline": base64, "gzip": bool, "n": ...}``
        to embed it; optionally ``details_gz`` for popups: base64 of
        :func:`layers.events.details_blob` (the events' detail rows, gzip-compressed JSON).
    state : dict, optional
        The filter to apply (:func:`layers.event_pack.filter_state`); in the app it comes from the
        page instead (``static/js/map-state.js``).
    **options
        Options of ``L.BriefmapEvents`` (clusterCell, pointsBelow, pointsFromZoom, radius).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.briefmapEvents(
                {{ this.source_json }},
                {{ this.options_json }}
            ).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    default_js = [("briefmap_events_js", "js/event-layer.js")]
    default_css = [("briefmap_css", "css/briefmap.css")]

    def __init__(self, source: dict, state: dict | None = None, **options):
        super().__init__()
        self._name = "EventCanvas"
        self.source = source
        self.n = int(source.get("n", 0))
        self.source_json = safe_json(source)
        self.options_json = safe_json(dict(options, state=state))
