"""HexCanvas: the folium element that puts :file:`static/js/hex-layer.js` on a map."""

from __future__ import annotations

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from layers.event_canvas import safe_json

#: The two things the hexagons can show.
MODES = ("density", "change")


class HexCanvas(JSCSSMixin, MacroElement):
    """Hexagon bins of the map's events, counted and drawn in the browser.

    Parameters
    ----------
    mode : str
        ``"density"`` (events or reported fatalities per hexagon in the window) or ``"change"``
        (events since the last brief minus the equal window before it).

    Raises
    ------
    ValueError
        For another mode.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.briefmapHexes({{ this.options_json }}).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    default_js = [("briefmap_hex_js", "js/hex-layer.js")]
    default_css = [("briefmap_css", "css/briefmap.css")]

    def __init__(self, mode: str):
        super().__init__()
        if mode not in MODES:
            raise ValueError(f"HexCanvas mode must be one of {', '.join(MODES)}, not {mode!r}")
        self._name = "HexCanvas"
        self.mode = mode
        self.options_json = safe_json({"mode": mode})
