"""Legend: a map control listing what each visible layer draws.

Sections follow the layer control: hiding a layer hides its legend section.
Labels are placed with textContent in the browser; swatches are project SVG.
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from controls.symbols import symbol_svg
from layers.base import LegendItem
from layers.event_canvas import safe_json


class Legend(JSCSSMixin, MacroElement):
    """A collapsible legend control.

    Parameters
    ----------
    sections : list of (layer_id, title, items)
        One section per layer, in drawing order.
    title : str
        Heading of the control.
    position : str
        Leaflet control corner.
    collapsed : bool or "auto"
        Start folded; "auto" folds it on maps shorter than 560 px.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = L.control.briefmapLegend({{ this.config_json }})
                .addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )
    default_js = [("briefmap_controls_js", "js/controls.js")]
    default_css = [("briefmap_css", "css/briefmap.css")]

    def __init__(self, sections: list[tuple[str, str, list[LegendItem]]], title: str = "Legend",
                 position: str = "bottomright", collapsed: bool | str = "auto"):
        super().__init__()
        self._name = "Legend"
        self.sections = sections
        self.config_json = safe_json(
            {
                "position": position,
                "collapsed": collapsed,
                "title": title,
                "sections": [
                    {
                        "layer": layer_id,
                        "title": heading,
                        "items": [
                            {"svg": symbol_svg(i), "label": i.label, "note": i.note or ""} for i in items
                        ],
                    }
                    for layer_id, heading, items in sections
                ],
            }
        )
