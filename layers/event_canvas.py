"""EventCanvas: the folium element that puts :file:`static/js/event-layer.js` on a map."""

from __future__ import annotations

import json

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template


def safe_json(value) -> str:
    """JSON that is safe inside an inline <script> and in JavaScript template literals.

    '<', '>', '&', backticks and '$' travel as \\u escapes, which JSON and JavaScript
    decode back to the same text.
    """
    return (
        json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace("`", "\\u0060")
        .replace("$", "\\u0024")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


class EventCanvas(JSCSSMixin, MacroElement):
    """A canvas layer of events, fed compact columns (see :func:`layers.events.encode_events`).

    Parameters
    ----------
    payload : dict
        The encoded events.
    **options
        Options of ``L.BriefmapEvents`` (clusterCell, pointsBelow, pointsFromZoom, radius).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.briefmapEvents(
                {{ this.payload_json }},
                {{ this.options|tojavascript }}
            ).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    default_js = [("briefmap_events_js", "js/event-layer.js")]
    default_css = [("briefmap_css", "css/briefmap.css")]

    def __init__(self, payload: dict, **options):
        super().__init__()
        self._name = "EventCanvas"
        self.payload = payload
        self.payload_json = safe_json(payload)
        self.options = options
