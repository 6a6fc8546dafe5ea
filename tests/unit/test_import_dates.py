"""Dates as files write them: ISO, '20 September 2020', day- or month-first; never guessed."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pandas as pd
import pytest

from importers.base import InputFile
from importers.dates import AMBIGUOUS, DAY_FIRST, ISO, MONTH_FIRST, SPREADSHEET, WRITTEN, parse_dates
from tests.unit.import_helpers import TABLE_OPTIONS, incident_rows, incidents, reasons, run

TODAY = dt.date(2021, 1, 1)


def _parse(values, dayfirst=None, today=TODAY):
    return parse_dates(pd.Series(values, dtype=object), dayfirst, today=today)


def _days(parsed) -> list[str]:
    return [("" if pd.isna(d) else f"{d:%Y-%m-%d}") for d in parsed.dates]


def test_iso_dates_with_and_without_times():
    parsed = _parse(["2020-09-20", "2020-9-1", "2020/09/21", "2020-09-22T06:30:00Z", "2020-09-23 00:00:00.000"])
    assert _days(parsed) == ["2020-09-20", "2020-09-01", "2020-09-21", "2020-09-22", "2020-09-23"]
    assert parsed.styles == {ISO: 5}
    assert parsed.dates.dtype == "datetime64[ns]"


def test_written_out_dates():
    parsed = _parse(["20 September 2020", "1 Oct 2020", "September 21, 2020", "22-Sep-2020"])
    assert _days(parsed) == ["2020-09-20", "2020-10-01", "2020-09-21", "2020-09-22"]
    assert parsed.styles == {WRITTEN: 4}


def test_day_first_is_detected_from_one_unambiguous_value():
    parsed = _parse(["03/04/2020", "20/09/2020", "01.10.2020"])
    assert _days(parsed) == ["2020-04-03", "2020-09-20", "2020-10-01"]
    assert parsed.styles == {DAY_FIRST: 3}


def test_month_first_is_detected_from_one_unambiguous_value():
    parsed = _parse(["03/04/2020", "09/20/2020"])
    assert _days(parsed) == ["2020-03-04", "2020-09-20"]
    assert parsed.styles == {MONTH_FIRST: 2}


def test_ambiguous_numeric_dates_are_rejected_unless_the_user_says():
    values = ["03/04/2020", "05/06/2020"]
    parsed = _parse(values)
    assert _days(parsed) == ["", ""]
    assert parsed.reasons.tolist() == [AMBIGUOUS, AMBIGUOUS]
    assert _days(_parse(values, dayfirst=True)) == ["2020-04-03", "2020-06-05"]
    assert _days(_parse(values, dayfirst=False)) == ["2020-03-04", "2020-05-06"]


def test_the_users_order_wins_and_dates_impossible_that_way_are_rejected():
    parsed = _parse(["20/09/2020", "03/04/2020"], dayfirst=False)
    assert _days(parsed) == ["", "2020-03-04"]
    assert parsed.reasons.iloc[0] == "impossible date"


def test_mixed_orders_follow_the_majority_and_reject_the_rest():
    parsed = _parse(["20/09/2020", "21/09/2020", "09/22/2020"])
    assert _days(parsed) == ["2020-09-20", "2020-09-21", ""]
    assert parsed.reasons.iloc[2] == "impossible date"


@pytest.mark.parametrize("value, reason", [
    ("2020-02-30", "impossible date"),
    ("2019-02-29", "impossible date"),
    ("2020-13-01", "impossible date"),
    ("31/04/2020", "impossible date"),
    ("30 February 2020", "not a date in a known style"),
    ("yesterday", "not a date in a known style"),
    ("", "missing date"),
    ("2021-01-02", "date is after today (2021-01-01)"),
    ("2999-01-01", "date is after today (2021-01-01)"),
    ("9999-12-31", "date is after today (2021-01-01)"),
    ("31/12/9999", "date is after today (2021-01-01)"),
    ("31 December 9999", "date is after today (2021-01-01)"),
    ("1899-12-31", "date is before 1900"),
    ("0001-01-01", "date is before 1900"),
])
def test_bad_dates_are_rejected_with_the_reason(value, reason):
    parsed = _parse(["2020-09-20", value], dayfirst=True)
    assert _days(parsed) == ["2020-09-20", ""]
    assert parsed.reasons.iloc[1] == reason


def test_leap_day_and_today_are_accepted():
    assert _days(_parse(["2020-02-29", "2021-01-01"])) == ["2020-02-29", "2021-01-01"]


def test_two_digit_years():
    parsed = _parse(["20/09/20", "01/01/69", "01/01/70"], dayfirst=True, today=dt.date(2070, 1, 1))
    assert _days(parsed) == ["2020-09-20", "2069-01-01", "1970-01-01"]
    assert parsed.styles["two-digit years read as 1970–2069"] == 3


def test_spreadsheet_date_cells():
    values = [dt.datetime(2020, 9, 20, 14, 30), dt.date(2020, 9, 21), pd.Timestamp("2020-09-22"),
              dt.datetime(9999, 12, 31), "2020-09-23", ""]
    parsed = _parse(values)
    assert _days(parsed) == ["2020-09-20", "2020-09-21", "2020-09-22", "", "2020-09-23", ""]
    assert parsed.styles == {SPREADSHEET: 4, ISO: 1}
    assert parsed.reasons.iloc[3] == "date is after today (2021-01-01)"
    assert parsed.reasons.iloc[5] == "missing date"


def test_time_zone_aware_values_keep_their_own_date():
    parsed = _parse([pd.Timestamp("2020-09-28T01:30:00+03:00"), pd.Timestamp("2020-09-20T23:30:00", tz="UTC")])
    assert _days(parsed) == ["2020-09-28", "2020-09-20"]


def test_describe_names_the_styles_used():
    assert _parse(["2020-09-20", "20 September 2020"]).describe("event_date") == \
        f"event_date: 1 {ISO}, 1 {WRITTEN}."


# --------------------------------------------------------------------------- through an import


def test_an_ambiguous_file_is_rejected_row_by_row_unless_dayfirst_is_given():
    rows = incident_rows(3)
    for row, day in zip(rows, ["03/04/2020", "05/06/2020", "07/08/2020"]):
        row[1] = day
    batch = run(incidents(rows), **TABLE_OPTIONS)
    assert batch.events.empty
    assert set(batch.rejects["reason"]) == {f"event_date: {AMBIGUOUS}"}
    assert batch.events.empty and len(batch.rejects) == 3
    batch = run(incidents(rows), dayfirst=True, **TABLE_OPTIONS)
    assert batch.events["event_date"].tolist() == ["2020-04-03", "2020-06-05", "2020-08-07"]
    assert any(DAY_FIRST in n for n in batch.notes)
    batch = run(incidents(rows), dayfirst=False, **TABLE_OPTIONS)
    assert batch.events["event_date"].tolist() == ["2020-03-04", "2020-05-06", "2020-07-08"]


def test_day_first_is_detected_across_the_file():
    rows = incident_rows(3)
    for row, day in zip(rows, ["03/04/2020", "20/09/2020", "07/08/2020"]):
        row[1] = day
    batch = run(incidents(rows), **TABLE_OPTIONS)
    assert batch.events["event_date"].tolist() == ["2020-04-03", "2020-09-20", "2020-08-07"]
    assert batch.events["year"].tolist() == [2020, 2020, 2020]


def test_future_and_impossible_dates_in_a_file_are_rejected():
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    rows = incident_rows(4)
    rows[1][1] = f"{tomorrow:%Y-%m-%d}"
    rows[2][1] = "2020-02-30"
    rows[3][1] = "9999-12-31"
    batch = run(incidents(rows), **TABLE_OPTIONS)
    assert batch.events["source_id"].tolist() == ["TEST-0001"]
    why = reasons(batch)
    assert why["TEST-0002"].startswith("event_date: date is after today")
    assert why["TEST-0003"] == "event_date: impossible date"
    assert why["TEST-0004"].startswith("event_date: date is after today")


def test_a_far_future_date_cell_in_a_workbook_is_rejected_not_a_crash():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["code", "date", "lat", "lon", "type", "summary"])
    sheet.append(["TEST-1", dt.datetime(2020, 9, 20), 35.86447, 36.80591, "Battles", "TEST FIXTURE"])
    sheet.append(["TEST-2", dt.datetime(9999, 12, 31), 35.86447, 36.80591, "Battles", "TEST FIXTURE"])
    buf = io.BytesIO()
    book.save(buf)
    batch = run(InputFile("dates.xlsx", buf.getvalue()), **TABLE_OPTIONS)
    assert batch.events["event_date"].tolist() == ["2020-09-20"]
    assert reasons(batch)["TEST-2"].startswith("event_date: date is after today")
