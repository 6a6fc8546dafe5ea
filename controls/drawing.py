"""Drawing: loads Leaflet.draw (vendored) on a map whose editors draw shapes on it.

It only adds the script and its stylesheet: Leaflet.draw's toolbar is never shown.
``static/js/map-state.js`` switches its line, polygon and point handlers on and off
from the state the app sends (``state.draw``) and reports each finished shape.
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template


class Drawing(JSCSSMixin, MacroElement):
    """Load Leaflet.draw for the map's draw mode (``RenderOptions(drawing=True)``)."""

    _template = Template("")
    default_js = [("leaflet_draw_js", "vendor/leaflet-draw/leaflet.draw.js")]
    default_css = [("leaflet_draw_css", "vendor/leaflet-draw/leaflet.draw.css")]

    def __init__(self):
        super().__init__()
        self._name = "Drawing"
