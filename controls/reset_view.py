"""ResetView: a map button that returns to the theatre view."""

from __future__ import annotations

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from layers.event_canvas import safe_json


class ResetView(JSCSSMixin, MacroElement):
    """A button under the zoom control that fits the map to ``bounds``.

    Parameters
    ----------
    bounds : ((south, west), (north, east))
        The view to return to.
    title : str
        Button tooltip.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.control.briefmapReset({{ this.config_json }})
                .addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )
    default_js = [("briefmap_controls_js", "js/controls.js")]
    default_css = [("briefmap_css", "css/briefmap.css")]

    def __init__(self, bounds, title: str = "Reset to the theatre view"):
        super().__init__()
        self._name = "ResetView"
        (s, w), (n, e) = bounds
        self.config_json = safe_json({"bounds": [[s, w], [n, e]], "title": title, "position": "topleft"})
