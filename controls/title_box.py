"""TitleBox: the title, subtitle, date window and status date over a standalone map."""

from __future__ import annotations

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from layers.event_canvas import safe_json


class TitleBox(JSCSSMixin, MacroElement):
    """A box at the top of the map; text is placed with textContent.

    Parameters
    ----------
    title, subtitle : str
        Headline and scene (or custom) subtitle.
    lines : list of str
        Smaller lines: date window, "as of" date, active filters.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            briefmapTitleBox({{ this._parent.get_name() }}, {{ this.config_json }});
        {% endmacro %}
        """
    )
    default_js = [("briefmap_controls_js", "js/controls.js")]
    default_css = [("briefmap_css", "css/briefmap.css")]

    def __init__(self, title: str, subtitle: str = "", lines: list[str] | None = None):
        super().__init__()
        self._name = "TitleBox"
        self.config_json = safe_json({"title": title, "subtitle": subtitle, "lines": list(lines or [])})
