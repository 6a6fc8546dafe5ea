"""SVG swatches for legend rows, shared by the in-map legend and the export layout.

The markup is project-authored; only colours from :mod:`layers.style` go in.
"""

from __future__ import annotations

from layers.base import LegendItem

_W, _H = 28, 16


def symbol_svg(item: LegendItem) -> str:
    """A 28×16 SVG swatch for one legend row."""
    c, f = item.color, item.fill or item.color
    s = item.symbol
    if s == "line":
        body = f'<line x1="2" y1="8" x2="26" y2="8" stroke="{c}" stroke-width="4" stroke-linecap="round"/>'
    elif s == "dashed-line":
        body = f'<line x1="2" y1="8" x2="26" y2="8" stroke="{c}" stroke-width="3" stroke-dasharray="6 4"/>'
    elif s == "fill":
        body = f'<rect x="3" y="2" width="22" height="12" fill="{f}" fill-opacity="0.35" stroke="{c}" stroke-width="1.5"/>'
    elif s == "ring":
        body = f'<circle cx="14" cy="8" r="6.5" fill="{c}" fill-opacity="0.06" stroke="{c}" stroke-width="1.3" stroke-dasharray="3 2"/>'
    elif s == "square":
        body = f'<rect x="8" y="2" width="12" height="12" rx="1.5" fill="{c}" stroke="#fff" stroke-width="1.2"/>'
    elif s == "square-hollow":
        body = (
            f'<rect x="8" y="2" width="12" height="12" rx="1.5" fill="none" stroke="{c}" stroke-width="1.6"/>'
            f'<path d="M10 4 L18 12 M18 4 L10 12" stroke="{c}" stroke-width="1.6"/>'
        )
    elif s == "diamond":
        body = f'<polygon points="14,1 21,8 14,15 7,8" fill="{c}" stroke="#fff" stroke-width="1.2"/>'
    elif s == "triangle":
        body = f'<polygon points="14,1.5 21,14 7,14" fill="{c}" stroke="#fff" stroke-width="1.2"/>'
    elif s == "star":
        body = (
            f'<polygon points="14,1 15.8,6 21,6.2 16.9,9.4 18.3,14.6 14,11.6 9.7,14.6 11.1,9.4 7,6.2 12.2,6" '
            f'fill="{c}" stroke="#fff" stroke-width="0.8"/>'
        )
    elif s == "icon":
        body = f'<circle cx="14" cy="8" r="7" fill="{c}"/><path d="M14 3 L15 7 L19 8.5 L15 9.5 L14 13 L13 9.5 L9 8.5 L13 7 Z" fill="#fff"/>'
    elif s == "point":
        body = f'<circle cx="9" cy="8" r="2.6" fill="{c}"/><rect x="13" y="6" width="12" height="4" rx="1" fill="{c}" fill-opacity="0.45"/>'
    elif s == "circle":
        body = f'<circle cx="14" cy="8" r="6" fill="{c}" stroke="#fff" stroke-width="1.2"/>'
    elif s == "pie":
        body = (
            '<circle cx="14" cy="8" r="7" fill="#E69F00"/><path d="M14 8 L14 1 A7 7 0 0 1 20.6 10.3 Z" fill="#0072B2"/>'
            '<circle cx="14" cy="8" r="4" fill="#fff"/><text x="14" y="10.5" font-size="6.5" text-anchor="middle" '
            'font-family="sans-serif" font-weight="700" fill="#111">n</text>'
        )
    elif s == "arrow":
        body = (
            f'<line x1="2" y1="8" x2="20" y2="8" stroke="{c}" stroke-width="3"/>'
            f'<polygon points="26,8 19,3 19,13" fill="{c}"/>'
        )
    else:  # "none": a text-only row
        body = ""
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{_W}" height="{_H}" viewBox="0 0 {_W} {_H}">{body}</svg>'
