"""Playback: a control that steps the event layer's time window in the browser."""

from __future__ import annotations

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from layers.event_canvas import EventCanvas


class Playback(JSCSSMixin, MacroElement):
    """Play / pause / step the events through their date range, a day or a week a frame.

    Parameters
    ----------
    events : EventCanvas
        The event layer the control drives (already on the map).
    fps : int
        Starting speed in frames per second (1, 2, 5, 10 or 20).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.control.briefmapPlayback(
                {{ this.events.get_name() }}, {{ this.options|tojavascript }}
            ).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )
    default_js = [("briefmap_playback_js", "js/playback.js")]
    default_css = [("briefmap_css", "css/briefmap.css")]

    def __init__(self, events: EventCanvas, fps: int = 5, position: str = "bottomleft"):
        super().__init__()
        self._name = "Playback"
        self.events = events
        self.options = {"fps": fps, "position": position}
