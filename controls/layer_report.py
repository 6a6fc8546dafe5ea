"""LayerReport: tells the app which overlays are switched on and which map build is
reporting, and marks the zoom level.

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
#: Prefix of the pseudo-URL that carries the map's build token.
MAP_URL_PREFIX = "briefmap-map:"


class LayerReport(JSCSSMixin, MacroElement):
    """Tag overlay groups so their visibility is reported.

    Parameters
    ----------
    groups : dict
        layer id -> the folium FeatureGroup drawn for it.
    tiles : bool
        A tile basemap is shown (the stylesheet then hides the offline town labels).
    presenter : bool
        Presenter mode (the stylesheet enlarges labels and the legend).
    token : str
        Identifies this build of the map. It is reported with every interaction, so
        the app can drop a late report from a map it has already replaced.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            briefmapReportLayers({{ this._parent.get_name() }}, {
                {%- for layer_id, group in this.groups.items() %}
                {{ layer_id|tojson }}: {{ group.get_name() }},
                {%- endfor %}
            }, {{ this.prefix|tojson }}, {{ this.tiles|tojson }}, {{ this.presenter|tojson }},
            {{ this.token_url|tojson }});
        {% endmacro %}
        """
    )
    default_js = [("briefmap_controls_js", "js/controls.js")]
    default_css = [("briefmap_css", "css/briefmap.css")]

    def __init__(self, groups: dict, tiles: bool = False, presenter: bool = False, token: str = ""):
        super().__init__()
        self._name = "LayerReport"
        self.groups = groups
        self.tiles = tiles
        self.presenter = presenter
        self.token_url = MAP_URL_PREFIX + token
        self.prefix = LAYER_URL_PREFIX
