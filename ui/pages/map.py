"""The map page (``/``): the briefing map itself. See :func:`ui.map_page.render`."""

from ui.map_page import render

render()
