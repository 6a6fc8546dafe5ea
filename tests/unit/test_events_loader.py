"""The event table: ACLED schema, honest precision, every event sourced; bad rows are named."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from loaders.errors import EventDataError
from loaders.events import ACLED_COLUMNS, is_synthetic, read_events
from loaders.paths import EVENTS_CSV

SEED = "000_8eb99e2c7a72c085.txt"


def test_events_csv_has_the_31_acled_columns_in_order():
    with open(EVENTS_CSV, encoding="utf-8") as fh:
        header = next(csv.reader(fh))
    assert tuple(header) == ACLED_COLUMNS
    assert len(header) == 31


def test_every_event_is_sourced_dated_and_precise(events):
    assert len(events) >= 10
    assert events["event_id_cnty"].is_unique
    assert (events["source"].str.len() > 0).all()
    assert set(events["geo_precision"]) <= {1, 2, 3}
    assert set(events["time_precision"]) <= {1, 2, 3}
    assert events["date"].min() >= pd.Timestamp("2020-09-01")
    assert events["date"].max() <= pd.Timestamp("2020-10-31")
    assert not is_synthetic(events)


def test_the_seed_events_are_there(events):
    seed = events[events["source"].str.contains(SEED, regex=False)]
    days = set(seed["event_date"])
    assert {"2020-09-20", "2020-10-14"} <= days
    strikes = seed[seed["sub_event_type"] == "Air/drone strike"]
    assert {"2020-09-20", "2020-10-14"} <= set(strikes["event_date"])
    assert (strikes["actor1"] == "Military Forces of Russia (2000-)").all()
    shelling = seed[seed["sub_event_type"] == "Shelling/artillery/missile attack"]
    assert list(shelling["event_date"]) == ["2020-09-20"]
    assert shelling["actor2"].iloc[0] == "Military Forces of Turkey (2016-)"
    claims = seed[seed["tags"] == "claim"]
    assert {"2020-09-11", "2020-09-20", "2020-09-28", "2020-10-13"} <= set(claims["event_date"])


def test_events_near_jisr_al_shughur_are_marked_approximate(events):
    near = events[events["location"].astype(str).str.contains("Jisr al-Shughur")]
    assert len(near) >= 2
    assert (near["geo_precision"] >= 2).all()


def test_acled_long_date_format_is_accepted(tmp_path):
    src = pd.read_csv(EVENTS_CSV, dtype=str, keep_default_na=False).head(2)
    src.loc[0, "event_date"] = "20 September 2020"
    path = tmp_path / "acled.csv"
    src.to_csv(path, index=False)
    loaded = read_events(path)
    assert str(loaded["date"].iloc[0].date()) == "2020-09-20"


def _broken(tmp_path, changes):
    src = pd.read_csv(EVENTS_CSV, dtype=str, keep_default_na=False).head(3)
    for (row, col), value in changes.items():
        src.loc[row, col] = value
    path = tmp_path / "broken.csv"
    src.to_csv(path, index=False)
    return path


def test_bad_rows_are_named(tmp_path):
    path = _broken(tmp_path, {(1, "latitude"): "abc", (2, "event_date"): "2020-13-45", (0, "geo_precision"): "7"})
    with pytest.raises(EventDataError) as err:
        read_events(path)
    text = str(err.value)
    assert "broken.csv: latitude is not a number in [-90, 90] at line 3 (SYR-BM-0002)" in text
    assert "broken.csv: event_date is not a date (YYYY-MM-DD) at line 4 (SYR-BM-0003)" in text
    assert "geo_precision must be 1, 2 or 3 (ACLED codes) at line 2 (SYR-BM-0001)" in text


def test_duplicate_ids_and_missing_source(tmp_path):
    path = _broken(tmp_path, {(1, "event_id_cnty"): "SYR-BM-0001", (2, "source"): ""})
    with pytest.raises(EventDataError) as err:
        read_events(path)
    assert "event_id_cnty is not unique" in str(err.value)
    assert "source is empty at line 4" in str(err.value)


def test_missing_columns_are_listed(tmp_path):
    src = pd.read_csv(EVENTS_CSV, dtype=str, keep_default_na=False).drop(columns=["notes", "geo_precision"])
    path = tmp_path / "cut.csv"
    src.to_csv(path, index=False)
    with pytest.raises(EventDataError, match=r"cut\.csv: missing ACLED column\(s\): geo_precision, notes"):
        read_events(path)


def test_missing_file(tmp_path):
    with pytest.raises(EventDataError, match="file not found"):
        read_events(tmp_path / "none.csv")
