"""One .html file of a view that opens anywhere: no server, no internet (tiles aside).

Layers stay switchable, tooltips and event details work (the records are embedded),
the legend and a title box with the time window are on the map.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import geopandas as gpd

from controls.title_box import TitleBox
from filters.events import FilterOptions
from mapview.compose import RenderOptions, build_map
from offline.inline import INLINE_BASE, inline_assets
from snapshots.request import Snapshot


def standalone_html(
    snap: Snapshot,
    theatre: Mapping[str, gpd.GeoDataFrame],
    events,
    options: FilterOptions,
    *,
    produced: dt.date,
) -> str:
    """The interactive map of ``snap`` as one self-contained HTML document."""
    lines = [f"{snap.window_text(options)} · {snap.as_of_text(options)}", *snap.spec.filter.describe()]
    if snap.marking:
        lines.insert(0, snap.marking)
    lines.append(f"Produced {produced:%d %b %Y} · click an event for its record")
    title = TitleBox(snap.title, snap.subtitle, lines)
    fmap = build_map(
        snap.spec, theatre, events, data_last_day=options.last_day,
        options=RenderOptions(base_url=INLINE_BASE, details_in_map=True, title=title),
    )
    page = fmap.get_root().render()
    doc_title = f"<title>{_text(snap.title)}{' — ' + _text(snap.subtitle) if snap.subtitle else ''}</title>"
    page = page.replace("<head>", f'<head>\n<meta charset="utf-8">\n{doc_title}', 1)
    return inline_assets(page)


def _text(value: str) -> str:
    from layers.html import esc

    return esc(value)
