"""Column mappings: which column of a user's file fills which field of an event record.

Targets are ACLED column names plus ``source_id`` and the extra details
(``date_end``, ``fatalities_low``, ``fatalities_high``, ``source_url``). A mapping
the user gives wins; for the rest :func:`guess_mapping` proposes a column by
name (exact, then common synonyms such as ``lat``, ``date`` or ``deaths``) and
the report says which it used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from loaders.events import ACLED_COLUMNS

#: Fields a mapping can fill, in the order forms list them.
TARGETS = (
    "source_id", "event_date", "date_end", "event_type", "sub_event_type", "disorder_type",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "location", "admin1", "admin2", "admin3", "country",
    "latitude", "longitude", "geo_precision", "time_precision", "fatalities", "fatalities_low", "fatalities_high",
    "notes", "source", "source_url", "source_scale", "tags",
    *(c for c in ACLED_COLUMNS if c not in {
        "event_id_cnty", "event_date", "event_type", "sub_event_type", "disorder_type", "actor1", "assoc_actor_1",
        "actor2", "assoc_actor_2", "location", "admin1", "admin2", "admin3", "country", "latitude", "longitude",
        "geo_precision", "time_precision", "fatalities", "notes", "source", "source_scale", "tags"}),
    "event_id_cnty",
)
#: Fields whose value is a number (a constant for them must be one).
NUMERIC_TARGETS = frozenset({"latitude", "longitude", "geo_precision", "time_precision", "fatalities",
                             "fatalities_low", "fatalities_high", "year", "iso", "timestamp"})

#: Column names (folded: lower case, letters and digits only) that mean a target.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "source_id": ("id", "code", "uid", "incidentid", "incidentcode", "eventid", "recordid", "reference", "ref"),
    "event_date": ("kmldate", "date", "eventdate", "incidentdate", "datestart", "startdate", "begin", "timestamp",
                   "when", "day"),
    "date_end": ("kmlend", "dateend", "enddate", "end", "until"),
    "event_type": ("type", "eventtype", "category", "incidenttype", "violationtype", "kind"),
    "sub_event_type": ("subtype", "subeventtype", "subcategory"),
    "actor1": ("actor", "actora", "perpetrator", "belligerent", "sidea", "attacker"),
    "actor2": ("actorb", "target", "victim", "sideb"),
    "location": ("place", "placename", "locationname", "town", "village", "city", "name", "site", "locality"),
    "admin1": ("governorate", "province", "adm1", "region1", "state"),
    "admin2": ("district", "adm2"),
    "admin3": ("subdistrict", "nahiya", "adm3"),
    "latitude": ("lat", "y", "latdd", "latitudedd"),
    "longitude": ("lon", "lng", "long", "x", "londd", "longitudedd"),
    "fatalities": ("deaths", "killed", "casualties", "dead", "fatality", "best", "numberkilled"),
    "fatalities_low": ("low", "deathslow", "minkilled", "killedmin", "fatalitiesmin"),
    "fatalities_high": ("high", "deathshigh", "maxkilled", "killedmax", "fatalitiesmax"),
    "notes": ("description", "summary", "note", "details", "narrative", "comment", "comments"),
    "source": ("sources", "sourcename", "outlet", "reportedby"),
    "source_url": ("url", "link", "sourceurl", "sourcelink", "href", "permalink"),
}


def fold_name(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", str(name).lower())


def guess_mapping(columns: Iterable[str], given: Mapping[str, str] | None = None) -> dict[str, str]:
    """A mapping target -> column: the ``given`` entries, then exact names, then synonyms.

    A column is used for one target only; ``given`` is never overridden.
    """
    columns = list(columns)
    mapping = dict(given or {})
    used = set(mapping.values())
    folded = {}
    for c in columns:
        folded.setdefault(fold_name(c), c)
    for target in TARGETS:
        if target in mapping:
            continue
        exact = folded.get(fold_name(target))
        if exact is not None and exact not in used:
            mapping[target] = exact
            used.add(exact)
    for target, names in SYNONYMS.items():
        if target in mapping:
            continue
        for n in names:
            col = folded.get(n)
            if col is not None and col not in used:
                mapping[target] = col
                used.add(col)
                break
    return mapping


def parse_pairs(text: str | None, what: str) -> dict[str, str]:
    """``'a=b,c=d'`` (the command line's --map and --set) as a dict; a bad pair raises ValueError."""
    pairs: dict[str, str] = {}
    if not text:
        return pairs
    for part in _split_commas(text):
        if "=" not in part:
            raise ValueError(f"{what}: {part!r} is not NAME=VALUE")
        key, value = part.split("=", 1)
        key = key.strip()
        if not key:
            raise ValueError(f"{what}: {part!r} has no name before '='")
        pairs[key] = value.strip()
    return pairs


def _split_commas(text: str) -> list[str]:
    """Split on the commas that start a new ``name=`` pair, so a value may hold commas
    (``--set source=Airwars, 2020,geo_precision=2``)."""
    return [p for p in (x.strip() for x in re.split(r",(?=\s*[A-Za-z_][A-Za-z0-9_]*\s*=)", text)) if p]
