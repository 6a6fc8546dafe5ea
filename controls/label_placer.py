"""LabelPlacer: keeps the map's labels from overlapping (:file:`static/js/label-placer.js`)."""

from __future__ import annotations

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template


class LabelPlacer(JSCSSMixin, MacroElement):
    """Place the map's labels by priority, beside their symbols, hiding those with no room.

    Town names and the permanent labels of point features are placed again after every
    zoom, move, resize and layer change. Priorities come from
    :mod:`layers.label_priority`.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            briefmapLabelPlacer({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )
    default_js = [("briefmap_label_placer_js", "js/label-placer.js")]
    default_css = [("briefmap_css", "css/briefmap.css")]

    def __init__(self):
        super().__init__()
        self._name = "LabelPlacer"
