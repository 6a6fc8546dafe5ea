"""The print/slide layout around a map: one self-contained HTML page, ready to screenshot.

Marking banner, title and subtitle, date window and "as of" date, the map with a
north arrow and scale bar, optionally a band of charts under the map (events per
week by type, cumulative reported fatalities: inline SVG), the legend of what is
visible, active filters, the scene's narrative, sources and attribution, marking
banner again. Everything is inlined (no server, no internet); tiles are the only
remote requests, and only when the user chose tiles.
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import re
from collections import Counter
from collections.abc import Mapping

import altair as alt
import folium
import geopandas as gpd
import pandas as pd
from jinja2 import Environment, select_autoescape

from briefings.narrative import narrative_html  # the one renderer and link rule for every output
from charts.fatalities import cumulative_fatalities
from charts.svg import print_config, to_svg
from charts.weekly import weekly_by_type
from controls.symbols import symbol_svg
from filters.events import EventSelection, FilterOptions, as_selection, to_day
from layers import registry, tiles
from mapview.compose import RenderOptions, build_map, layer_context, legend_sections
from mapview.selection import near_text
from offline.inline import INLINE_BASE, inline_assets
from snapshots.request import Snapshot
from snapshots.since_box import since_box
from snapshots.sizes import Size

SEED_CREDIT = "Analysis: seed 000_8eb99e2c7a72c085.txt (ISW-style assessment)"

NORTH_ARROW = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 56" width="100%" height="100%" role="img" '
    'aria-label="North arrow"><polygon points="20,4 32,40 20,33 8,40" fill="#111"/>'
    '<polygon points="20,4 20,33 8,40" fill="#fff" stroke="#111" stroke-width="1.5"/>'
    '<text x="20" y="54" font-size="14" font-weight="700" text-anchor="middle" font-family="sans-serif">N</text></svg>'
)

_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{ snap.title }}{% if snap.subtitle %} — {{ snap.subtitle }}{% endif %}</title>
{{ map_header | safe }}
<style>
  @page { size: {{ size.css_page }}; margin: 0; }
  :root { --b: {{ size.base_px }}px; }
  html, body { margin: 0; padding: 0; width: {{ size.width_px }}px; height: {{ size.height_px }}px;
    overflow: hidden; background: #fff; color: #111;
    font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: var(--b);
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .page { display: flex; flex-direction: column; width: 100%; height: 100%; box-sizing: border-box; }
  .marking { background: #2e7d32; color: #fff; text-align: center; font-weight: 700;
    letter-spacing: 0.08em; font-size: calc(var(--b) * 0.85); padding: calc(var(--b) * 0.2) 0; }
  header { display: flex; justify-content: space-between; align-items: flex-end; gap: var(--b);
    padding: calc(var(--b) * 0.45) calc(var(--b) * 0.9) calc(var(--b) * 0.35); border-bottom: 2px solid #222; }
  h1 { font-size: calc(var(--b) * 1.55); margin: 0; line-height: 1.15; }
  h2 { font-size: calc(var(--b) * 1.12); margin: calc(var(--b) * 0.15) 0 0; font-weight: 600; color: #333; }
  .when { text-align: right; white-space: nowrap; font-size: calc(var(--b) * 0.95); }
  .when b { font-size: calc(var(--b) * 1.05); }
  .body { flex: 1; display: flex; min-height: 0; gap: calc(var(--b) * 0.6);
    padding: calc(var(--b) * 0.5) calc(var(--b) * 0.9); }
  .map-box { flex: 1; position: relative; border: 1px solid #777; min-width: 0; }
  .main { flex: 1; display: flex; flex-direction: column; gap: calc(var(--b) * 0.5); min-width: 0; min-height: 0; }
  .main .map-box { min-height: 0; }
  .charts { flex: 0 0 {{ band_h }}px; height: {{ band_h }}px; display: flex; gap: {{ band_gap }}px; }
  .chart { flex: 1 1 0; min-width: 0; overflow: hidden; }
  .chart svg { display: block; width: 100%; height: 100%; }
  .north { position: absolute; top: calc(var(--b) * 0.5); right: calc(var(--b) * 0.5);
    width: calc(var(--b) * 2.1); height: calc(var(--b) * 2.9); z-index: 900;
    background: rgba(255,255,255,0.85); border-radius: 4px; padding: 3px; }
  aside { --a: calc(var(--b) * 0.82); width: calc(var(--b) * 17); display: flex; flex-direction: column;
    gap: calc(var(--a) * 0.5); overflow: hidden; font-size: var(--a); line-height: 1.25; }
  aside.clipped .narrative { -webkit-mask-image: linear-gradient(to bottom, #000 80%, transparent);
    mask-image: linear-gradient(to bottom, #000 80%, transparent); }
  aside h3 { font-size: calc(var(--a) * 1.12); margin: calc(var(--a) * 0.3) 0 calc(var(--a) * 0.2);
    text-transform: uppercase; letter-spacing: 0.04em; color: #333; border-bottom: 1px solid #bbb; }
  .legend-title { font-weight: 700; color: #444; margin-top: calc(var(--a) * 0.3); }
  .row { display: flex; align-items: center; gap: calc(var(--a) * 0.5); }
  .row svg { width: calc(var(--a) * 2.1); height: calc(var(--a) * 1.2); flex: 0 0 auto; }
  .note { color: #555; margin-left: calc(var(--a) * 2.6); font-size: calc(var(--a) * 0.9); }
  .narrative { min-height: 0; overflow: hidden; }
  .narrative p, .narrative li { margin: 0 0 calc(var(--a) * 0.35); }
  .narrative ul { padding-left: calc(var(--a) * 1.3); margin: 0; }
  footer { display: flex; justify-content: space-between; gap: var(--b); color: #333;
    font-size: calc(var(--b) * 0.7); padding: calc(var(--b) * 0.3) calc(var(--b) * 0.9);
    border-top: 1px solid #999; }
  footer .sources { flex: 1; }
  table.since { border-collapse: collapse; margin-top: calc(var(--a, var(--b)) * 0.2); font-size: 0.95em; }
  table.since td, table.since th { padding: 0 0.35em 0 0; text-align: right; font-weight: normal; }
  table.since td:first-child { text-align: left; }
  table.since th { color: #555; }
  .leaflet-container { font-size: calc(var(--b) * 0.75); }
  .leaflet-control-scale-line { font-size: calc(var(--b) * 0.72); }
  .leaflet-control-attribution { font-size: calc(var(--b) * 0.6); }
  .leaflet-tooltip.briefmap-label { font-size: calc(var(--b) * 0.72); }
  .bm-town { font-size: calc(var(--b) * 0.62); }
  .bm-town-major { font-size: calc(var(--b) * 0.72); }
  .briefmap-annotation-label { font-size: calc(var(--b) * 0.72); }
</style>
</head>
<body class="briefmap-snapshot">
<div class="page">
  {% if snap.marking %}<div class="marking" data-role="marking-top">{{ snap.marking }}</div>{% endif %}
  <header>
    <div class="titles">
      <h1 data-role="title">{{ snap.title }}</h1>
      {% if snap.subtitle %}<h2 data-role="subtitle">{{ snap.subtitle }}</h2>{% endif %}
    </div>
    <div class="when" data-role="window"><b>{{ window }}</b><br>{{ as_of }}</div>
  </header>
  <div class="body">
    {% if charts %}<div class="main">{% endif %}
    <div class="map-box">{{ map_html | safe }}<div class="north">{{ north | safe }}</div></div>
    {% if charts %}
      <div class="charts" data-role="charts">
        {% for role, svg in charts %}<div class="chart" data-role="chart-{{ role }}">{{ svg | safe }}</div>{% endfor %}
      </div>
    </div>
    {% endif %}
    <aside>
      <section data-role="legend">
        <h3>Legend</h3>
        {% for layer_id, heading, items in sections %}
          {% if items | length > 1 %}<div class="legend-title">{{ heading }}</div>{% endif %}
          {% for svg, label, note in items %}
            <div class="row">{{ svg | safe }}<span>{{ label }}</span></div>
            {% if note %}<div class="note">{{ note }}</div>{% endif %}
          {% endfor %}
        {% endfor %}
      </section>
      <section data-role="filters">
        <h3>Selection</h3>
        {% if events_on %}<div>{{ n_events }} event{{ "" if n_events == 1 else "s" }} shown</div>
        {% else %}<div>Events layer not shown</div>{% endif %}
        {% for line in filters %}<div>{{ line }}</div>{% endfor %}
      </section>
      {% if since %}
      <section data-role="since">
        <h3>{{ since.heading }}</h3>
        <div>{{ since.headline }}</div>
        <table class="since">
          <tr><th></th><th>since</th><th>before</th><th></th></tr>
          {% for name, a, b, change in since.rows %}
          <tr><td>{{ name }}</td><td>{{ a }}</td><td>{{ b }}</td><td>{{ change }}</td></tr>
          {% endfor %}
        </table>
      </section>
      {% endif %}
      {% if narrative_html %}
      <section class="narrative" data-role="narrative"><h3>Assessment</h3>{{ narrative_html | safe }}</section>
      {% endif %}
    </aside>
  </div>
  <footer>
    <div class="sources" data-role="sources">Sources: {{ sources }}</div>
    <div class="produced">Produced {{ produced }} · positions carry stated accuracy; dashed rings show uncertainty</div>
  </footer>
  {% if snap.marking %}<div class="marking" data-role="marking-bottom">{{ snap.marking }}</div>{% endif %}
</div>
<script>
{{ map_script | safe }}
</script>
<script>
(function () {
  var map = {{ map_name }};
  var pending = 0;
  function done() {
    requestAnimationFrame(function () { requestAnimationFrame(function () {
      // labels placed with the final fonts and sizes, before the shot (static/js/label-placer.js)
      if (window.briefmapPlaceLabels) window.briefmapPlaceLabels(map);
      document.body.setAttribute("data-snapshot-ready", "1");
    }); });
  }
  map.eachLayer(function (layer) {
    if (layer instanceof L.GridLayer && layer.isLoading && layer.isLoading()) {
      pending++;
      layer.once("load", function () { if (--pending === 0) fonts.then(done); });
    }
  });
  var fonts = document.fonts ? document.fonts.ready : Promise.resolve();
  // shrink the side panel's text (down to 70 %) until it fits; fade the narrative if it still does not
  var aside = document.querySelector("aside");
  var narrative = aside.querySelector(".narrative");
  function over(el) { return el && el.scrollHeight > el.clientHeight + 1; }
  function overflowing() { return over(aside) || over(narrative); }
  var start = parseFloat(getComputedStyle(aside).fontSize);
  for (var k = 1; overflowing() && k <= 6; k++) {
    aside.style.setProperty("--a", (start * (1 - 0.05 * k)).toFixed(2) + "px");
  }
  if (overflowing()) aside.classList.add("clipped");
  if (pending === 0) fonts.then(done);
})();
</script>
</body>
</html>
"""

_ENV = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
_PAGE = _ENV.from_string(_TEMPLATE)


def event_outlets(events, limit: int = 8) -> str:
    """The outlets the shown events (a selection or a DataFrame) cite, most cited first."""
    counts: Counter[str] = Counter()
    per_source = pd.Series(as_selection(events).column("source")).astype(str).value_counts()
    for value, n in per_source.items():
        for part in value.split(";"):
            part = part.strip()
            if part:
                counts[part] += int(n)
    names = [name for name, _ in counts.most_common(limit)]
    more = len(counts) - len(names)
    return ", ".join(names) + (f" and {more} more" if more > 0 else "")


def sources_line(snap: Snapshot, events, theatre: Mapping[str, gpd.GeoDataFrame] | None = None) -> str:
    credits: list[str] = []
    for layer in registry.layers_for(theatre or {}):
        if layer.id in snap.spec.layers and layer.attribution and layer.id != "events":
            for part in layer.attribution.split("; "):
                if part not in credits:
                    credits.append(part)
    parts = [SEED_CREDIT, "Layers: " + "; ".join(credits)]
    if "events" in snap.spec.layers and len(events):
        parts.append("Events: " + event_outlets(events))
    provider = tiles.get(snap.spec.basemap).provider
    if provider is not None:
        parts.append("Tiles: " + html_lib.unescape(re.sub(r"<[^>]+>", "", provider.html_attribution)))
    return " · ".join(parts)


#: The charts band's height, as a share of the page's.
CHART_BAND = 0.25


def chart_band_px(size: Size) -> tuple[int, int, int]:
    """Where the charts go: two side by side under the map, in the map's column.

    Parameters
    ----------
    size : snapshots.sizes.Size
        The page.

    Returns
    -------
    width, height, gap : int
        Each chart's width and height, and the gap between them, in CSS pixels: the map's column
        (page width less the side panel, the gaps and the margins of the CSS above) split in two.
    """
    b = size.base_px
    column = size.width_px - 2 * 0.9 * b - 0.6 * b - 17 * b
    gap = round(0.6 * b)
    return int((column - gap) / 2) - 2, round(size.height_px * CHART_BAND), gap


def chart_svgs(snap: Snapshot, events, options: FilterOptions) -> list[tuple[str, str]]:
    """The charts band: ``(role, svg)`` for events per week by type and cumulative reported fatalities.

    Parameters
    ----------
    snap : Snapshot
        Its window (or the data's, where it has none) is shaded; its size sets the charts' size and text.
    events : pandas.DataFrame or filters.events.EventSelection
        Events filtered like the snapshot but for its dates (the weeks around the window are context).
    options : filters.events.FilterOptions
        The data's first and last day, for an open-ended window.

    Returns
    -------
    list of (str, str)
        SVG markup sized to the band; text from the data is escaped by the SVG writer.
    """
    start = snap.spec.filter.start or options.first_day
    end = snap.spec.filter.end or options.last_day
    width, height, _ = chart_band_px(snap.size)
    fit = alt.AutoSizeParams(type="fit", contains="padding")
    config = print_config(snap.size.base_px)
    config["axisY"] = {"titleLimit": round(height * 0.5)}  # a long axis title would push the chart out of its box
    config["title"]["limit"] = width - 8  # and a long subtitle past its side
    # the side legend names the event colours when events are on the map; otherwise the chart does
    weekly = weekly_by_type(events, start, end, legend="events" not in snap.spec.layers)
    fatalities = cumulative_fatalities(events, start, end)
    return [(role, to_svg(chart.properties(width=width, height=height, autosize=fit), config=config))
            for role, chart in (("weekly", weekly), ("fatalities", fatalities))]


def _map_parts(fmap: folium.Map) -> tuple[str, str, str]:
    fig = fmap.get_root()
    fig.render()
    return fig.header.render(), fig.html.render(), fig.script.render()


def _in_window(events, spec, options: FilterOptions) -> EventSelection:
    """The ``events`` in the spec's date window (the map may hold the days before the last brief
    too, for the change map; the legend, the count and the sources are the window's)."""
    sel = as_selection(events)
    days = sel.column("day")
    start, end = spec.filter.start or options.first_day, spec.filter.end or options.last_day
    keep = (days >= to_day(start)) & (days <= to_day(end))
    return EventSelection(sel.table, sel.rows[keep], sel.records)


def layout_html(
    snap: Snapshot,
    theatre: Mapping[str, gpd.GeoDataFrame],
    events,
    options: FilterOptions,
    *,
    produced: dt.date,
    chart_events=None,
) -> str:
    """The full layout page for ``snap``; ``events`` (selection or DataFrame) are already
    filtered by its spec.

    With ``snap.charts``, a band of charts goes under the map, drawn from ``chart_events``: the
    events filtered like the spec (and its Near) but for its dates (``mapview.selection.shown(...,
    flt=charts.common.undated(spec.filter))``), so the charts show the weeks around the window;
    without them, ``events`` (the window only). A spec with a last-brief date gets a "Since the
    last brief" panel, from ``chart_events`` too. ``events`` may hold days before the window (the
    change map compares them); the count shown is of the window's."""
    spec = snap.spec
    fmap = build_map(
        spec, theatre, events, data_last_day=options.last_day,
        options=RenderOptions(base_url=INLINE_BASE, tools=False, legend=False, include_hidden=False,
                              playback=False),
    )
    header, body, script = _map_parts(fmap)
    ctx = layer_context(spec, options.last_day)
    window = _in_window(events, spec, options)
    sections = [
        (layer_id, heading, [(symbol_svg(i), i.label, i.note or "") for i in items])
        for layer_id, heading, items in legend_sections(spec, theatre, window, ctx)
    ]
    _, band_h, band_gap = chart_band_px(snap.size)
    page = _PAGE.render(
        snap=snap,
        size=snap.size,
        charts=chart_svgs(snap, events if chart_events is None else chart_events, options) if snap.charts else [],
        band_h=band_h,
        band_gap=band_gap,
        map_header=header,
        map_html=body,
        map_script=script,
        map_name=fmap.get_name(),
        north=NORTH_ARROW,
        window=snap.window_text(options),
        as_of=snap.as_of_text(options),
        sections=sections,
        events_on="events" in spec.layers,
        n_events=len(window),
        filters=spec.filter.describe() + ([near_text(spec, theatre)] if spec.near is not None else []),
        since=since_box(spec, events if chart_events is None else chart_events, options.last_day),
        narrative_html=narrative_html(snap.narrative),
        sources=sources_line(snap, window, theatre),
        produced=produced.strftime("%d %b %Y"),
    )
    return inline_assets(page)
