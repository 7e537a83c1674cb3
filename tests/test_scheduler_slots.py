"""Cron slots as pure functions: time zones, daylight saving, weekends and holidays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from scheduler.config import ScheduleDef
from scheduler.slots import due_slots, holiday_name, next_slot

LA = ZoneInfo("America/Los_Angeles")


def schedule(cron: str, tz: str = "America/Los_Angeles", **kw: object) -> ScheduleDef:
    return ScheduleDef(id="s", kind="standup_digest", cron=cron, timezone=tz, channel="C0X", **kw)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_nine_am_local_across_dst_end() -> None:
    # 2026-11-01 02:00 PDT -> 01:00 PST: 09:00 local moves from 16:00 to 17:00 UTC.
    s = schedule("0 9 * * *", working_days_only=False)
    slots = due_slots(s, utc(2026, 10, 30), utc(2026, 11, 3))
    assert [x.astimezone(UTC) for x in slots] == [
        utc(2026, 10, 30, 16),
        utc(2026, 10, 31, 16),
        utc(2026, 11, 1, 17),
        utc(2026, 11, 2, 17),
    ]
    assert all(x.astimezone(LA).hour == 9 for x in slots)


def test_nine_am_local_across_dst_start() -> None:
    # 2026-03-08 02:00 PST -> 03:00 PDT: 09:00 local moves from 17:00 to 16:00 UTC.
    s = schedule("0 9 * * *", working_days_only=False)
    slots = due_slots(s, utc(2026, 3, 7), utc(2026, 3, 10))
    assert [x.astimezone(UTC) for x in slots] == [
        utc(2026, 3, 7, 17),
        utc(2026, 3, 8, 16),
        utc(2026, 3, 9, 16),
    ]


def test_hourly_slots_on_dst_days_are_real_instants() -> None:
    s = schedule("30 * * * *", working_days_only=False)
    # Spring forward: local 02:30 does not exist on 2026-03-08; 23 distinct hours that day.
    spring = due_slots(s, utc(2026, 3, 8, 8), utc(2026, 3, 9, 7))
    assert len(spring) == 23
    assert len({x.astimezone(UTC) for x in spring}) == len(spring)
    # Fall back: the repeated 01:xx hour fires once; every later slot is still there.
    fall = due_slots(s, utc(2026, 11, 1, 7), utc(2026, 11, 1, 12))
    assert [x.strftime("%H:%M%z") for x in fall] == [
        "00:30-0700",
        "01:30-0700",
        "02:30-0800",
        "03:30-0800",
    ]
    every20 = due_slots(
        schedule("*/20 * * * *", working_days_only=False),
        utc(2026, 11, 1, 8, 30),
        utc(2026, 11, 1, 10, 30),
    )
    assert [x.strftime("%H:%M%z") for x in every20] == [
        "01:40-0700",
        "02:00-0800",
        "02:20-0800",
    ]
    daily = due_slots(
        schedule("30 1 * * *", working_days_only=False), utc(2026, 10, 31), utc(2026, 11, 3)
    )
    assert [x.astimezone(UTC) for x in daily] == [
        utc(2026, 10, 31, 8, 30),
        utc(2026, 11, 1, 8, 30),
        utc(2026, 11, 2, 9, 30),
    ]


def test_window_is_open_at_start_closed_at_end() -> None:
    s = schedule("0 9 * * *", tz="UTC", working_days_only=False)
    assert due_slots(s, utc(2026, 11, 23, 9), utc(2026, 11, 24, 9)) == [utc(2026, 11, 24, 9)]
    assert due_slots(s, utc(2026, 11, 23, 9), utc(2026, 11, 24, 8, 59)) == []


def test_weekends_skipped_by_default() -> None:
    s = schedule("0 9 * * *")  # every day in cron, but working_days_only is the default
    days = [x.date().isoformat() for x in due_slots(s, utc(2026, 11, 20), utc(2026, 11, 25))]
    assert days == ["2026-11-20", "2026-11-23", "2026-11-24"]  # Fri, Mon, Tue


def test_weekends_kept_when_asked() -> None:
    s = schedule("0 9 * * *", working_days_only=False)
    assert len(due_slots(s, utc(2026, 11, 20), utc(2026, 11, 25))) == 5


def test_public_holidays_skipped() -> None:
    s = schedule("0 9 * * mon-fri", holidays="US")
    days = [x.date().isoformat() for x in due_slots(s, utc(2026, 11, 24), utc(2026, 11, 28))]
    assert days == ["2026-11-24", "2026-11-25", "2026-11-27"]  # Thanksgiving (26th) dropped
    assert holiday_name("US", datetime(2026, 11, 26).date()) == "Thanksgiving Day"
    # The holiday of the schedule's country only: Germany works on US Thanksgiving.
    de = schedule("0 9 * * mon-fri", tz="Europe/Berlin", holidays="DE")
    assert len(due_slots(de, utc(2026, 11, 24), utc(2026, 11, 28))) == 4


def test_holiday_is_judged_in_the_schedule_zone() -> None:
    # 2026-12-24 18:00 in Los Angeles is already the 25th (Christmas) in UTC; still a slot.
    s = schedule("0 18 * * *", holidays="US", working_days_only=False)
    slots = due_slots(s, utc(2026, 12, 24, 12), utc(2026, 12, 26, 12))
    assert [x.date().isoformat() for x in slots] == ["2026-12-24"]


def test_crontab_weekday_numbers() -> None:
    s = schedule("0 9 * * 1", tz="UTC")  # cron's 1 is Monday
    assert next_slot(s, utc(2026, 11, 22)) == utc(2026, 11, 23, 9)


def test_enumeration_is_bounded() -> None:
    s = schedule("* * * * *", tz="UTC", working_days_only=False)
    assert len(due_slots(s, utc(2026, 1, 1), utc(2026, 12, 31), limit=500)) == 500
    assert next_slot(s, utc(2026, 1, 1)) == utc(2026, 1, 1, 0, 1)
    assert due_slots(s, utc(2026, 1, 1), utc(2026, 1, 1) + timedelta(seconds=59)) == []
