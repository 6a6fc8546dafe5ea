"""Timeline and event filters."""

from __future__ import annotations

import datetime as dt

from filters.events import EventFilter, daily_counts, event_mask, filter_events, filter_options


def test_no_filter_keeps_everything(events):
    assert event_mask(events, EventFilter()).all()


def test_date_window_is_inclusive(events):
    day = dt.date(2020, 9, 20)
    shown = filter_events(events, EventFilter(start=day, end=day))
    assert len(shown) == (events["event_date"] == "2020-09-20").sum() > 0
    assert set(shown["event_date"]) == {"2020-09-20"}


def test_type_subtype_and_actor(events):
    strikes = filter_events(events, EventFilter(sub_event_types=("Air/drone strike",)))
    assert set(strikes["sub_event_type"]) == {"Air/drone strike"}
    russia = filter_events(events, EventFilter(actors=("Military Forces of Russia (2000-)",)))
    assert len(russia) > len(strikes) - 2
    turkey = filter_events(events, EventFilter(actors=("Military Forces of Turkey (2016-)",)))
    # Turkey is actor 2 of the shelling and actor 1 of the Morek withdrawal
    assert set(turkey["event_id_cnty"]) >= {"SYR-BM-0005", "SYR-BM-0011"}
    none = filter_events(events, EventFilter(event_types=("Riots",)))
    assert none.empty


def test_filters_combine(events):
    flt = EventFilter(
        start=dt.date(2020, 10, 1), end=dt.date(2020, 10, 31), event_types=("Explosions/Remote violence",)
    )
    shown = filter_events(events, flt)
    assert not shown.empty
    assert (shown["date"] >= "2020-10-01").all() and (shown["event_type"] == "Explosions/Remote violence").all()


def test_options_and_daily_counts(events):
    opts = filter_options(events)
    assert opts.first_day == dt.date(2020, 9, 11) and opts.last_day == dt.date(2020, 10, 26)
    assert "Air/drone strike" in opts.sub_types_by_type["Explosions/Remote violence"]
    counts = daily_counts(events, opts.first_day, opts.last_day)
    assert counts["events"].sum() == len(events)
    days = counts["date"].nunique()
    assert days == (opts.last_day - opts.first_day).days + 1  # zero-filled
    sept20 = counts[counts["date"] == "2020-09-20"]["events"].sum()
    assert sept20 == (events["event_date"] == "2020-09-20").sum()
