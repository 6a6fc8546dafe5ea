"""LayerReport: tells the app which overlays are switched on, and marks the zoom level.

streamlit-folium returns ``selected_layers`` for layers that carry ``_url`` and
``wmsParams.layers`` (it was written for WMS). Tagging each overlay group that
way lets the app learn, through streamlit-folium's own return value, which
layers the user switched in the map's layer control, so links and snapshots
reproduce what is on screen. It also sets ``bm-zoom-lt10`` on the map
container, which the stylesheet uses to hide minor town labels when zoomed out.
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

#: Prefix of the pseudo-URL that marks a reported overlay.
LAYER_URL_PREFIX = "briefmap-layer:"


class LayerReport(JSCSSMixin, MacroElement):
    """Tag overlay groups so their visibility is reported.

    Parameters
    ----------
    groups : dict
        layer id -> the folium FeatureGroup drawn for it.
    tiles : bool
        A tile basemap is shown (the stylesheet then hides the offline town labels).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            briefmapReportLayers({{ this._parent.get_name() }}, {
                {%- for layer_id, group in this.groups.items() %}
                {{ layer_id|tojson }}: {{ group.get_name() }},
                {%- endfor %}
            }, {{ this.prefix|tojson }}, {{ this.tiles|tojson }});
        {% endmacro %}
        """
    )
    default_js = [("briefmap_controls_js", "js/controls.js")]
    default_css = [("briefmap_css", "css/briefmap.css")]

    def __init__(self, groups: dict, tiles: bool = False):
        super().__init__()
        self._name = "LayerReport"
        self.groups = groups
        self.tiles = tiles
        self.prefix = LAYER_URL_PREFIX
