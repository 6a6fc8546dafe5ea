"""Charts as SVG text for still exports, drawn by vl-convert (Vega and Vega-Lite bundled: no network)."""

from __future__ import annotations

import copy
import re

import altair as alt
import vl_convert

#: Fonts of the export layout (snapshots/layout.py), so the charts read as part of the page.
FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif"


def _vl_version() -> str | None:
    """The Vega-Lite version Altair writes, when vl-convert bundles it (else vl-convert's newest)."""
    found = re.match(r"v?(\d+)\.(\d+)", alt.SCHEMA_VERSION)
    wanted = f"{found.group(1)}.{found.group(2)}" if found else None
    return wanted if wanted in vl_convert.get_vegalite_versions() else None


def print_config(base_px: float) -> dict:
    """Vega-Lite config with text sized from the page's body text ``base_px``.

    Parameters
    ----------
    base_px : float
        The export size's body text (:attr:`snapshots.sizes.Size.base_px`).

    Returns
    -------
    dict
        A Vega-Lite ``config`` to pass to :func:`to_svg`.
    """
    small, label = round(base_px * 0.68, 1), round(base_px * 0.72, 1)
    return {
        "font": FONT,
        "title": {"fontSize": round(base_px * 0.9, 1), "subtitleFontSize": small, "anchor": "start",
                  "subtitleColor": "#444"},
        "axis": {"labelFontSize": label, "titleFontSize": label, "titleFontWeight": "normal"},
        "legend": {"labelFontSize": small, "titleFontSize": small, "symbolSize": base_px * 5},
        "text": {"fontSize": base_px},
        "view": {"stroke": "#bbb"},
    }


def _merge(into: dict, extra: dict) -> dict:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value
    return into


def to_svg(chart: alt.TopLevelMixin, *, config: dict | None = None) -> str:
    """The chart drawn as one ``<svg>`` element.

    Parameters
    ----------
    chart : altair chart
        Its data inline (every chart of this package is); a chart that asks for remote data fails,
        as no base URL is allowed.
    config : dict, optional
        Vega-Lite config merged over the chart's own (e.g. :func:`print_config`).

    Returns
    -------
    str
        SVG markup starting with ``<svg``; text from the data is XML-escaped.
    """
    spec = chart.to_dict()
    if config:
        spec["config"] = _merge(copy.deepcopy(spec.get("config", {})), config)
    return vl_convert.vegalite_to_svg(spec, vl_version=_vl_version(), allowed_base_urls=[])
