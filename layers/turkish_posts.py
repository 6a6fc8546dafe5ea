"""Turkey's Astana observation posts and its 2020 military points, with status on a date.

On the layer's status date (the end of the selected window) a post that had not
yet been set up is not drawn; one evacuated before that date is drawn hollow,
grey and crossed, labelled "evacuated". Each post carries a dashed ring of its
stated position error: most are placed at the village they are named after.
"""

from __future__ import annotations

from layers import style
from layers.base import LayerContext, LayerData, LegendItem
from layers.draw import accuracy_ring, by_status, icon_marker, is_placed, svg_icon
from loaders.geojson import unplaced_names


def build(data: LayerData, ctx: LayerContext) -> list:
    gdf = data["turkish_posts"]
    out = []
    for props, geom in zip(gdf.drop(columns="geometry").to_dict("records"), gdf.geometry):
        if not is_placed(props):
            continue
        out.extend(by_status(props, ctx.as_of, lambda status, p=props, g=geom: _drawn(p, g, status, ctx)))
    return out


def _status_text(props, status: str, as_of) -> str:
    if status == "ended":
        return f"evacuated (after {props['valid_to']})"
    if as_of is not None:
        return f"active on {as_of.isoformat()}"
    since = f"from {props['valid_from']}" if props.get("valid_from") is not None else ""
    until = f"to {props['valid_to']}" if props.get("valid_to") is not None else ""
    return " ".join(["active", since, until]).strip()


def _drawn(props, geom, status: str, ctx: LayerContext) -> list:
    """A post's ring and symbol with ``status`` ('active' or 'ended')."""
    ended = status == "ended"
    observation = props["kind"] == "observation_post"
    color = style.EVACUATED if ended else style.TURKEY
    shown = dict(props)
    shown["status"] = _status_text(props, status, ctx.as_of)
    out = []
    ring = accuracy_ring(geom.x, geom.y, props.get("accuracy_m"), color)
    if ring is not None:
        out.append(ring)
    highlighted = props["name"] in ctx.highlight
    if observation:
        icon = svg_icon("square", color, size=18, hollow=ended)
        label = props["name"] + (" (evacuated)" if ended else "")
        out.append(icon_marker(geom.x, geom.y, shown, icon, size=18, label=label, highlighted=highlighted))
    else:
        icon = svg_icon("triangle", color, size=14, hollow=ended)
        out.append(icon_marker(geom.x, geom.y, shown, icon, size=14, tooltip_lines=(shown["status"],),
                               highlighted=highlighted))
    return out


def legend(data: LayerData, ctx: LayerContext) -> list[LegendItem]:
    gdf = data["turkish_posts"]
    missing = unplaced_names(gdf)
    items = [
        LegendItem("Turkish observation post (Astana)", "square", style.TURKEY),
        LegendItem("Turkish military point (2020)", "triangle", style.TURKEY),
        LegendItem(f"Evacuated by {ctx.as_of.isoformat()}" if ctx.as_of is not None
                   else "Evacuated by the end of the date window", "square-hollow", style.EVACUATED),
        LegendItem("Position uncertainty", "ring", style.TURKEY),
    ]
    if missing:
        items.append(
            LegendItem(
                f"Not drawn, no sourced position: {len(missing)}",
                "none",
                style.EVACUATED,
                note=", ".join(m.replace(" (military point)", " (MP)") for m in missing),
            )
        )
    return items
