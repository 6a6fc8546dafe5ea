"""RingSwitch: a small map control choosing how the event layer draws uncertainty rings."""

from __future__ import annotations

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from layers.event_canvas import EventCanvas


class RingSwitch(JSCSSMixin, MacroElement):
    """Faint (the default) / strong / off for the rings of roughly located events.

    The mode is held on the event layer (``setRingMode`` in ``static/js/event-layer.js``);
    maps without the switch (still images) draw the default, faint rings.

    Parameters
    ----------
    events : EventCanvas
        The event layer whose rings the switch sets (already on the map).
    position : str
        Leaflet control corner; the legend's, so the switch sits just above it.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.control.briefmapRings(
                {{ this.events.get_name() }}, {{ this.options|tojavascript }}
            ).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )
    default_js = [("briefmap_events_js", "js/event-layer.js")]
    default_css = [("briefmap_css", "css/briefmap.css")]

    def __init__(self, events: EventCanvas, position: str = "bottomright"):
        super().__init__()
        self._name = "RingSwitch"
        self.events = events
        self.options = {"position": position}
