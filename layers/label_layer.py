"""LabelLayer: many map labels from one list, drawn by :file:`static/js/labels.js`.

One element for all the town labels instead of a folium Marker each keeps the
page small and fast to render.
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from layers.event_canvas import safe_json
from layers.label_priority import town_priority
from layers.raw_script import RawScriptMixin


class LabelLayer(RawScriptMixin, JSCSSMixin, MacroElement):
    """Labels as ``(lat, lon, text, rank)`` rows; rank "major" labels show at every zoom and win
    over minor ones where they would overlap (:func:`layers.label_priority.town_priority`)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            briefmapLabels({{ this._parent.get_name() }}, {{ this.rows_json }});
        {% endmacro %}
        """
    )
    default_js = [("briefmap_labels_js", "js/labels.js")]
    default_css = [("briefmap_css", "css/briefmap.css")]

    def __init__(self, rows: list[tuple[float, float, str, str]]):
        super().__init__()
        self._name = "LabelLayer"
        self.rows = rows
        self.rows_json = safe_json(
            [[round(lat, 5), round(lon, 5), str(text), str(rank), town_priority(str(rank))]
             for lat, lon, text, rank in rows]
        )
