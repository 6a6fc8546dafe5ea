"""The Data page (``/data``): import files, and list, export or remove datasets. See :func:`ui.data_page.render`."""

from ui.data_page import render

render()
