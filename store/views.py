"""What readers take from a store in one go: the event table, the datasets and the overlay layers.

Used by the app (once per store generation) and by ``python -m snapshots``.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import pandas as pd

from loaders.theatre import USER_PREFIX
from store.base import Dataset, EventStore


@dataclass(frozen=True)
class StoreView:
    events: pd.DataFrame
    """Map columns of every event, indexed by fid (:meth:`EventStore.map_table`)."""
    datasets: tuple[Dataset, ...]
    overlays: dict[str, gpd.GeoDataFrame]
    """Layer data key ``user:<dataset>`` -> that dataset's shapes (``attrs``: title, source)."""

    @property
    def synthetic(self) -> tuple[str, ...]:
        """Datasets with synthetic (benchmark) rows among those with events."""
        present = set(self.events["dataset"].astype(str).unique()) if len(self.events) else set()
        return tuple(d.id for d in self.datasets if d.synthetic and d.id in present)


def read_view(store: EventStore) -> StoreView:
    """Read the event table, the datasets and the overlays (one layer per dataset with shapes)."""
    events = store.map_table()
    datasets = tuple(store.datasets())
    shapes = store.overlays()
    layers: dict[str, gpd.GeoDataFrame] = {}
    for d in datasets:
        part = shapes[shapes["dataset"] == d.id]
        if len(part):
            gdf = gpd.GeoDataFrame(part.reset_index(drop=True), geometry="geometry", crs=4326)
            gdf.attrs.update(title=d.title, source=d.source)
            layers[USER_PREFIX + d.id] = gdf
    return StoreView(events=events, datasets=datasets, overlays=layers)
