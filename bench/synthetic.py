"""Synthetic events for benchmarks: ACLED schema, seeded, and marked as not real everywhere.

Every row says SYNTHETIC in its id, source, notes and tags; the app shows a red
"SYNTHETIC DATA" banner for any table with the tag, so these can never pass as real.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from layers.style import EVENT_TYPES
from loaders.events import ACLED_COLUMNS, SYNTHETIC_TAG, validate_events

SOURCE = "SYNTHETIC benchmark data - not real"
#: ACLED sub-event types per type, as ACLED names them.
SUB_TYPES = {
    "Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
    "Explosions/Remote violence": [
        "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
    ],
    "Violence against civilians": ["Attack", "Abduction/forced disappearance"],
    "Protests": ["Peaceful protest", "Protest with intervention"],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": ["Other", "Headquarters or base established", "Non-violent transfer of territory"],
}
TYPE_WEIGHTS = [0.22, 0.5, 0.08, 0.08, 0.02, 0.10]
ACTORS = [f"Synthetic actor {i}" for i in range(40)]


def synthetic_events(n: int, seed: int = 2020, *, first: str = "2020-09-01", days: int = 61) -> pd.DataFrame:
    """``n`` synthetic events around Idlib over ``days`` days from ``first``, validated like a real file."""
    rng = np.random.default_rng(seed)
    types = rng.choice(len(EVENT_TYPES), size=n, p=TYPE_WEIGHTS)
    type_names = np.array(EVENT_TYPES)[types]
    sub_names = np.empty(n, dtype=object)
    for t_index, t in enumerate(EVENT_TYPES):
        mask = types == t_index
        choices = np.array(SUB_TYPES[t], dtype=object)
        sub_names[mask] = choices[rng.integers(len(choices), size=mask.sum())]
    # clustered around a few hundred places in the theatre, like real reporting
    places = rng.normal([35.85, 36.55], [0.25, 0.3], size=(max(50, n // 200), 2))
    which = rng.integers(len(places), size=n)
    lat = np.clip(places[which, 0] + rng.normal(0, 0.01, n), 34.6, 36.7)
    lon = np.clip(places[which, 1] + rng.normal(0, 0.01, n), 35.7, 37.5)
    dates = pd.Timestamp(first) + pd.to_timedelta(rng.integers(days, size=n), unit="D")
    actor1 = np.array(ACTORS, dtype=object)[rng.integers(len(ACTORS), size=n)]
    actor2 = np.array(ACTORS, dtype=object)[rng.integers(len(ACTORS), size=n)]
    df = pd.DataFrame(
        {
            "event_id_cnty": [f"SYNTHETIC-{i:07d}" for i in range(n)],
            "event_date": dates.strftime("%Y-%m-%d"),
            "year": dates.year,
            "time_precision": rng.choice([1, 2, 3], size=n, p=[0.85, 0.1, 0.05]),
            "disorder_type": np.where(type_names == "Strategic developments", "Strategic developments",
                                      "Political violence"),
            "event_type": type_names,
            "sub_event_type": sub_names,
            "actor1": actor1,
            "assoc_actor_1": "",
            "inter1": "",
            "actor2": actor2,
            "assoc_actor_2": "",
            "inter2": "",
            "interaction": "",
            "civilian_targeting": "",
            "iso": 760,
            "region": "Middle East",
            "country": "Syria",
            "admin1": "Synthetic",
            "admin2": "",
            "admin3": "",
            "location": [f"Synthetic place {w}" for w in which],
            "latitude": lat.round(5),
            "longitude": lon.round(5),
            "geo_precision": rng.choice([1, 2, 3], size=n, p=[0.8, 0.15, 0.05]),
            "source": SOURCE,
            "source_scale": "Other",
            "notes": "Synthetic event generated for benchmarks; not a real event.",
            "fatalities": rng.poisson(0.5, size=n),
            "tags": SYNTHETIC_TAG,
            "timestamp": 0,
        },
        columns=list(ACLED_COLUMNS),
    )
    return validate_events(df, f"<synthetic {n}>")
