"""Due dates and priority from ticket text, under fixed clocks in two time zones and across the
2026-11-01 DST change in America/Los_Angeles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.language.duedates import Due, find_due

ZONES = ["UTC", "America/Los_Angeles"]
# Wednesday 2026-11-18, 10:00 local.
WED = (2026, 11, 18, 10, 0)

CASES = [
    ("need this by Friday", "need this by Friday", (2026, 11, 20, 17, 0)),
    ("the export by Friday", "by Friday", (2026, 11, 20, 17, 0)),
    ("can I get it by next Tuesday?", "by next Tuesday", (2026, 11, 24, 17, 0)),
    ("by this Friday please", "by this Friday", (2026, 11, 20, 17, 0)),
    ("by Dec 3", "by Dec 3", (2026, 12, 3, 17, 0)),
    ("due December 3rd", "due December 3rd", (2026, 12, 3, 17, 0)),
    (
        "numbers before the board meeting on Dec 3",
        "before the board meeting on Dec 3",
        (2026, 12, 3, 9, 0),
    ),
    ("before Dec 3", "before Dec 3", (2026, 12, 3, 9, 0)),
    ("EOD", "EOD", (2026, 11, 18, 17, 0)),
    ("eod tomorrow pls", "eod tomorrow", (2026, 11, 19, 17, 0)),
    ("tomorrow EOD", "tomorrow EOD", (2026, 11, 19, 17, 0)),
    ("by end of day", "by end of day", (2026, 11, 18, 17, 0)),
    ("COB", "COB", (2026, 11, 18, 17, 0)),
    ("by close of business", "by close of business", (2026, 11, 18, 17, 0)),
    ("by end of week", "by end of week", (2026, 11, 20, 17, 0)),
    ("EOW", "EOW", (2026, 11, 20, 17, 0)),
    ("by the end of next week", "by the end of next week", (2026, 11, 27, 17, 0)),
    ("by end of month", "by end of month", (2026, 11, 30, 17, 0)),
    ("EOM", "EOM", (2026, 11, 30, 17, 0)),
    ("by end of quarter", "by end of quarter", (2026, 12, 31, 17, 0)),
    ("by Monday morning", "by Monday morning", (2026, 11, 23, 9, 0)),
    ("by Friday noon", "by Friday noon", (2026, 11, 20, 12, 0)),
    ("in 2 days", "in 2 days", (2026, 11, 20, 17, 0)),
    ("within 3 days", "within 3 days", (2026, 11, 21, 17, 0)),
    ("within three days", "within three days", (2026, 11, 21, 17, 0)),
    ("in 3 business days", "in 3 business days", (2026, 11, 23, 17, 0)),
    ("within a week", "within a week", (2026, 11, 25, 17, 0)),
    ("within 48 hours", "within 48 hours", (2026, 11, 20, 10, 0)),
    ("by 2026-12-01", "by 2026-12-01", (2026, 12, 1, 17, 0)),
    ("tomorrow", "tomorrow", (2026, 11, 19, 17, 0)),
    ("tomorrow at 10am", "tomorrow at 10am", (2026, 11, 19, 10, 0)),
    ("by 3pm", "by 3pm", (2026, 11, 18, 15, 0)),
    ("by 9am", "by 9am", (2026, 11, 19, 9, 0)),
    ("by next week", "by next week", (2026, 11, 23, 9, 0)),
    ("sometime next week", "sometime next week", (2026, 11, 27, 17, 0)),
    ("need it for Dec 10", "for Dec 10", (2026, 12, 10, 17, 0)),
    ("by the 30th", "by the 30th", (2026, 11, 30, 17, 0)),
    ("by the 15th", "by the 15th", (2026, 12, 15, 17, 0)),
    ("by the 31st", "by the 31st", (2026, 12, 31, 17, 0)),
    ("sometime this week", "sometime this week", (2026, 11, 20, 17, 0)),
    ("within the month", "within the month", (2026, 11, 30, 17, 0)),
    ("need this today", "need this today", (2026, 11, 18, 17, 0)),
    ("EOD Friday", "EOD Friday", (2026, 11, 20, 17, 0)),
    ("EOD today", "EOD today", (2026, 11, 18, 17, 0)),
    ("by 11/25", "by 11/25", (2026, 11, 25, 17, 0)),
]


def _wall(due: datetime) -> tuple[int, int, int, int, int]:
    return (due.year, due.month, due.day, due.hour, due.minute)


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(("text", "phrase", "wall"), CASES)
def test_due_phrases(tz: str, text: str, phrase: str, wall: tuple[int, ...]) -> None:
    now = datetime(*WED, tzinfo=ZoneInfo(tz))
    due = find_due(text, now, tz)
    assert due.due_at is not None
    assert due.due_at.tzinfo == ZoneInfo(tz)
    assert _wall(due.due_at) == wall
    assert due.span is not None and text[due.span[0] : due.span[1]] == phrase


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(
    ("text", "priority", "phrase"),
    [
        ("ASAP", "high", "ASAP"),
        ("need the export asap!!", "high", "asap"),
        ("urgent: churn numbers", "high", "urgent"),
        ("as soon as possible please", "high", "as soon as possible"),
        ("high priority", "high", "high priority"),
        ("when you get a chance, a Looker explore", "low", "when you get a chance"),
        ("no rush", "low", "no rush"),
        ("low priority", "low", "low priority"),
        ("not urgent at all", "low", "not urgent"),
    ],
)
def test_priority_without_a_date(tz: str, text: str, priority: str, phrase: str) -> None:
    due = find_due(text, datetime(*WED, tzinfo=ZoneInfo(tz)), tz)
    assert due.due_at is None
    assert due.priority == priority
    assert due.span is not None and text[due.span[0] : due.span[1]] == phrase


def test_priority_and_date_together() -> None:
    tz = "America/Los_Angeles"
    due = find_due("urgent - need this by Friday", datetime(*WED, tzinfo=ZoneInfo(tz)), tz)
    assert due.priority == "high"
    assert _wall(due.due_at) == (2026, 11, 20, 17, 0)
    text = "urgent - need this by Friday"
    assert due.span == (text.index("need"), len(text))


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize(
    "text",
    [
        "",
        "can someone set up a Looker explore for the subscriptions data?",
        "the events table has no rows for Nov 3, can you re-run the ingestion job?",
        "what share of last month's signups ordered within 7 days?",
        "customers who churn within 30 days of signing up",
        "the job failed on Monday",
        "revenue for last week",
    ],
)
def test_no_due_phrase(tz: str, text: str) -> None:
    assert find_due(text, datetime(*WED, tzinfo=ZoneInfo(tz)), tz) == Due(None, None, None)


def test_today_counts_while_the_working_day_lasts() -> None:
    tz = "UTC"
    fri_morning = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    fri_evening = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)
    saturday = datetime(2026, 11, 21, 11, 0, tzinfo=UTC)
    assert _wall(find_due("by Friday", fri_morning, tz).due_at) == (2026, 11, 20, 17, 0)
    assert _wall(find_due("by Friday", fri_evening, tz).due_at) == (2026, 11, 27, 17, 0)
    assert _wall(find_due("EOD", fri_evening, tz).due_at) == (2026, 11, 23, 17, 0)
    assert _wall(find_due("EOD", saturday, tz).due_at) == (2026, 11, 23, 17, 0)
    assert _wall(find_due("by end of week", saturday, tz).due_at) == (2026, 11, 27, 17, 0)
    # The last working day of November 2026 is Monday the 30th; once past, December's.
    nov30_late = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)
    assert _wall(find_due("by end of month", nov30_late, tz).due_at) == (2026, 12, 31, 17, 0)
    # A year-less date that has passed is next year's.
    dec10 = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)
    assert _wall(find_due("by Dec 3", dec10, tz).due_at) == (2027, 12, 3, 17, 0)


def test_now_given_in_utc_is_read_in_the_workspace_zone() -> None:
    tz = "America/Los_Angeles"
    # 02:00 UTC on Thursday is still Wednesday 18:00 in Los Angeles: past EOD.
    now = datetime(2026, 11, 19, 2, 0, tzinfo=UTC)
    due = find_due("EOD", now, tz)
    assert _wall(due.due_at) == (2026, 11, 19, 17, 0)
    assert due.due_at.utcoffset() == timedelta(hours=-8)
    assert _wall(find_due("tomorrow", now, tz).due_at) == (2026, 11, 19, 17, 0)
    assert _wall(find_due("tomorrow", now, "UTC").due_at) == (2026, 11, 20, 17, 0)


def test_across_the_dst_change() -> None:
    tz = "America/Los_Angeles"
    la = ZoneInfo(tz)
    friday = datetime(2026, 10, 30, 10, 0, tzinfo=la)  # PDT, UTC-7; DST ends Sunday Nov 1
    eod = find_due("EOD", friday, tz).due_at
    assert _wall(eod) == (2026, 10, 30, 17, 0) and eod.utcoffset() == timedelta(hours=-7)
    in_two = find_due("in 2 days", friday, tz).due_at
    assert _wall(in_two) == (2026, 11, 1, 17, 0) and in_two.utcoffset() == timedelta(hours=-8)
    monday = find_due("by Monday morning", friday, tz).due_at
    assert _wall(monday) == (2026, 11, 2, 9, 0) and monday.utcoffset() == timedelta(hours=-8)
    # Hours are elapsed time: 48 hours after Saturday 10:00 PDT is Monday 09:00 PST.
    saturday = datetime(2026, 10, 31, 10, 0, tzinfo=la)
    hours = find_due("within 48 hours", saturday, tz).due_at
    assert _wall(hours) == (2026, 11, 2, 9, 0)
    # (aware datetimes in one zone subtract as wall clock; compare in UTC)
    assert hours.astimezone(UTC) - saturday.astimezone(UTC) == timedelta(hours=48)
    # The same request in UTC: no shift.
    utc_hours = find_due("within 48 hours", datetime(2026, 10, 31, 10, 0, tzinfo=UTC), "UTC")
    assert _wall(utc_hours.due_at) == (2026, 11, 2, 10, 0)


def test_random_text_gives_a_due_in_the_zone_or_none() -> None:
    import random

    tokens = [
        "by",
        "before",
        "due",
        "on",
        "for",
        "EOD",
        "COB",
        "EOW",
        "tomorrow",
        "today",
        "next",
        "this",
        "Friday",
        "Monday",
        "morning",
        "noon",
        "3pm",
        "25:00",
        "13pm",
        "Dec",
        "3",
        "31",
        "Feb",
        "30",
        "2026-12-01",
        "2026-02-30",
        "11/25",
        "13/40",
        "in",
        "within",
        "2",
        "48",
        "hours",
        "days",
        "weeks",
        "business",
        "end",
        "of",
        "week",
        "month",
        "quarter",
        "year",
        "ASAP",
        "urgent",
        "no",
        "rush",
        "not",
        "the",
        "the",
        "15th",
    ]
    rng = random.Random(1122)
    tz = "America/Los_Angeles"
    now = datetime(2026, 10, 31, 23, 30, tzinfo=ZoneInfo(tz))
    for _ in range(1500):
        text = " ".join(rng.choice(tokens) for _ in range(rng.randint(1, 10)))
        due = find_due(text, now, tz)
        assert due.priority in (None, "high", "low")
        if due.due_at is not None:
            assert due.due_at.tzinfo == ZoneInfo(tz)
            assert due.span is not None and 0 <= due.span[0] < due.span[1] <= len(text)
