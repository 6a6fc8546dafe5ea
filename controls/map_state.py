"""MapState: registers a map with ``static/js/map-state.js``.

It names the map's layer groups (so the page can switch them and the map can
say which are on), its event layer (which takes the filter), its dated groups
(:class:`layers.timed.Timed`, switched by the window's last day) and this
build's token. In the app (``app=True``) the map then takes its filter state
from the page and reports clicks, layer switches and its view back; an export
passes the state it shows instead.
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from layers.event_canvas import safe_json
from layers.timed import Timed


def timed_groups(groups: dict) -> list[tuple[object, Timed]]:
    """(parent, Timed group) for every Timed group under ``groups`` (layer id -> FeatureGroup)."""
    found = []

    def walk(parent):
        for child in parent._children.values():
            if isinstance(child, Timed):
                found.append((parent, child))
            walk(child)

    for group in groups.values():
        walk(group)
    return found


class MapState(JSCSSMixin, MacroElement):
    """Register the map for state from the page (app) or a fixed state (exports).

    Parameters
    ----------
    groups : dict
        Layer id -> the folium FeatureGroup drawn for it, in layer-control order.
    events : EventCanvas or None
        The event layer.
    token : str
        Identifies this build of the map; reported back with every report.
    tiles : bool
        A tile basemap is shown (the stylesheet then hides the offline town labels).
    presenter : bool
        Presenter mode (the stylesheet enlarges labels and the legend).
    app : bool
        Inside the Streamlit app: take the page's state and report back.
    state : dict, optional
        A fixed state ``{"filter": ..., "layers": [...]}`` (exports).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            briefmapRegister({{ this._parent.get_name() }}, {
                groups: {
                {%- for layer_id, group in this.groups.items() %}
                    {{ layer_id|tojson }}: {{ group.get_name() }},
                {%- endfor %}
                },
                events: {{ this.events.get_name() if this.events is not none else "null" }},
                timed: [
                {%- for parent, group in this.timed %}
                    [{{ parent.get_name() }}, {{ group.get_name() }}, {{ group.first_day|tojson }},
                     {{ group.last_day|tojson }}],
                {%- endfor %}
                ],
                token: {{ this.token|tojson }},
                tiles: {{ this.tiles|tojson }},
                presenter: {{ this.presenter|tojson }},
                app: {{ this.app|tojson }},
                state: {{ this.state_json }}
            });
        {% endmacro %}
        """
    )
    default_js = [("briefmap_state_js", "js/map-state.js")]
    default_css = [("briefmap_css", "css/briefmap.css")]

    def __init__(self, groups: dict, events=None, *, token: str = "", tiles: bool = False, presenter: bool = False,
                 app: bool = False, state: dict | None = None):
        super().__init__()
        self._name = "MapState"
        self.groups = groups
        self.events = events
        self.timed = timed_groups(groups)
        self.token = token
        self.tiles = tiles
        self.presenter = presenter
        self.app = app
        self.state_json = safe_json(state) if state is not None else "null"
