"""UCDP GED: the 49-column event CSV (releases 20.1 and later) and the API's JSON (``Result``).

The mapping to the stored record (also in the README):

=====================  ==========================================================
UCDP                   stored
=====================  ==========================================================
id                     source_id; event_id_cnty is ``UCDP-GED-<id>``
date_start, date_end   event_date, date_end
date_prec              time_precision: 1 -> 1, 2-3 -> 2, 4-5 -> 3
where_prec             geo_precision: 1 -> 1, 2-3 -> 2, 4-7 -> 3
type_of_violence       event_type: 1 State-based conflict, 2 Non-state conflict,
                       3 One-sided violence (UCDP's own categories)
conflict_name          sub_event_type
side_a, side_b         actor1, actor2
best, low, high        fatalities, fatalities_low, fatalities_high
source_article         source
where_coordinates      location
adm_1, adm_2           admin1, admin2
country, region, year  country, region, year
latitude, longitude    latitude, longitude
(every other column)   kept in ``extra``, with the original precision codes
=====================  ==========================================================

``notes`` is written from the record: the dyad, the deaths by side and the
where-description, so a reader sees what UCDP coded without opening ``extra``.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from importers.acled import dataset_info
from importers.base import DatasetInfo, ImportBatch, ImportFailed, ImportOptions, InputFile
from importers.records import build_batch
from importers.text import cleaned

ID = "ucdp"
TITLE = "UCDP GED (CSV or API JSON)"
#: The GED event columns, in the published order (releases 20.1 and later).
COLUMNS = (
    "id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
    "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id",
    "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources",
    "source_article", "source_office", "source_date", "source_headline", "source_original", "where_prec",
    "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt",
    "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec", "date_start", "date_end",
    "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low", "gwnoa", "gwnob",
)
REQUIRED = ("id", "type_of_violence", "where_prec", "date_prec", "date_start", "latitude", "longitude", "best")
VIOLENCE = {"1": "State-based conflict", "2": "Non-state conflict", "3": "One-sided violence"}
DATE_PREC = {"1": "1", "2": "2", "3": "2", "4": "3", "5": "3"}
WHERE_PREC = {"1": "1", "2": "2", "3": "2", "4": "3", "5": "3", "6": "3", "7": "3"}
#: Straight renames: UCDP column -> stored field.
RENAMES = {
    "date_start": "event_date", "date_end": "date_end", "conflict_name": "sub_event_type", "side_a": "actor1",
    "side_b": "actor2", "best": "fatalities", "low": "fatalities_low", "high": "fatalities_high",
    "source_article": "source", "where_coordinates": "location", "adm_1": "admin1", "adm_2": "admin2",
    "country": "country", "region": "region", "year": "year", "latitude": "latitude", "longitude": "longitude",
}
DEFAULTS = DatasetInfo(
    id="ucdp-ged",
    title="UCDP Georeferenced Event Dataset",
    format=ID,
    source="UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program, ucdp.uu.se",
    licence="Cite UCDP as ucdp.uu.se/downloads asks (GED: Sundberg and Melander 2013, Journal of Peace Research)",
    source_url="https://ucdp.uu.se/downloads/",
)


def matches(columns) -> bool:
    return set(REQUIRED) <= {str(c).lower() for c in columns}


def _code(values: pd.Series, table: dict[str, str]) -> pd.Series:
    text = cleaned(values).str.replace(r"\.0$", "", regex=True)
    return text.map(lambda v: table.get(v, f"?{v}" if v else ""))


def from_table(file: InputFile, table: pd.DataFrame, notes: list[str], options: ImportOptions) -> ImportBatch:
    columns = tuple(c for c in table.columns if c != "_line")
    table = table.rename(columns={c: c.lower() for c in columns})
    missing = [c for c in REQUIRED if c not in table.columns]
    if missing:
        raise ImportFailed(file.name, f"missing UCDP GED column(s): {', '.join(missing)}")
    absent = [c for c in COLUMNS if c not in table.columns]
    if absent:
        notes.append(f"UCDP column(s) not in the file: {', '.join(absent)}.")
    raw = pd.DataFrame({"_line": table["_line"]})
    for src, dst in RENAMES.items():
        if src in table.columns:
            raw[dst] = table[src]
    ids = cleaned(table["id"]).str.replace(r"\.0$", "", regex=True)
    raw["source_id"] = ids
    raw["event_id_cnty"] = np.where(ids != "", "UCDP-GED-" + ids, "")
    violence = _code(table["type_of_violence"], VIOLENCE)
    time_prec = _code(table["date_prec"], DATE_PREC)
    geo_prec = _code(table["where_prec"], WHERE_PREC)
    raw["event_type"] = violence.where(~violence.str.startswith("?"), "")
    raw["time_precision"] = time_prec.where(~time_prec.str.startswith("?"), "")
    raw["geo_precision"] = geo_prec.where(~geo_prec.str.startswith("?"), "")
    raw["notes"] = _notes(table)
    for name, series in (("type_of_violence", violence), ("date_prec", time_prec), ("where_prec", geo_prec)):
        odd = sorted(set(series[series.str.startswith("?")].str[1:]))
        if odd:
            notes.append(f"{name} values outside the UCDP codebook (rows rejected): {', '.join(odd[:5])}.")
    used = set(RENAMES) | {"id"}
    extra = table.loc[:, [c for c in table.columns if c not in used and c != "_line"]]
    return build_batch(file, ID, dataset_info(DEFAULTS, options, file), raw, options, notes=notes,
                       columns=columns, mapping={dst: src for src, dst in RENAMES.items() if src in table.columns},
                       extra=extra)


def _notes(table: pd.DataFrame) -> pd.Series:
    def col(name):
        return cleaned(table[name]) if name in table.columns else pd.Series("", index=table.index)

    dyad, where = col("dyad_name"), col("where_description")
    da, db, dc, du = col("deaths_a"), col("deaths_b"), col("deaths_civilians"), col("deaths_unknown")
    low, best, high = col("low"), col("best"), col("high")
    text = ("UCDP GED: " + dyad + ". Deaths: side A " + da + ", side B " + db + ", civilians " + dc
            + ", unknown " + du + " (best " + best + ", low " + low + ", high " + high + ").")
    return text + np.where(where != "", " Where: " + where + ".", "")
