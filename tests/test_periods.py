"""Period phrases resolved against a fixed today (2026-11-22, a Sunday), and numbers in words."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from support import DOCS

from bot.errors import ConfigError
from bot.language.numwords import find_numbers, parse_number_words, words_to_number
from bot.language.periods import Period, find_periods, parse_period, scan_periods, today_in
from bot.settings import load_settings

TODAY = date(2026, 11, 22)
REQUESTS = DOCS / "requests-public.jsonl"

# Every row of the spec table "Periods: what the words mean" (today = 2026-11-22).
SPEC_ROWS = [
    ("today", "2026-11-22", "2026-11-22"),
    ("yesterday", "2026-11-21", "2026-11-21"),
    ("this week", "2026-11-16", "2026-11-22"),
    ("last week", "2026-11-09", "2026-11-15"),
    ("last 7 days", "2026-11-16", "2026-11-22"),
    ("past 7 days", "2026-11-16", "2026-11-22"),
    ("last 30 days", "2026-10-24", "2026-11-22"),
    ("this month", "2026-11-01", "2026-11-22"),
    ("month to date", "2026-11-01", "2026-11-22"),
    ("MTD", "2026-11-01", "2026-11-22"),
    ("last month", "2026-10-01", "2026-10-31"),
    ("previous month", "2026-10-01", "2026-10-31"),
    ("last 3 months", "2026-08-01", "2026-10-31"),
    ("last 6 months", "2026-05-01", "2026-10-31"),
    ("last 12 months", "2025-11-01", "2026-10-31"),
    ("last 14 days", "2026-11-09", "2026-11-22"),
    ("last 90 days", "2026-08-25", "2026-11-22"),
    ("in October", "2026-10-01", "2026-10-31"),
    ("October", "2026-10-01", "2026-10-31"),
    ("Oct", "2026-10-01", "2026-10-31"),
    ("in November", "2026-11-01", "2026-11-22"),
    ("November", "2026-11-01", "2026-11-22"),
    ("December", "2025-12-01", "2025-12-31"),
    ("Dec", "2025-12-01", "2025-12-31"),
    ("October 2025", "2025-10-01", "2025-10-31"),
    ("Oct 2025", "2025-10-01", "2025-10-31"),
    ("this quarter", "2026-10-01", "2026-11-22"),
    ("QTD", "2026-10-01", "2026-11-22"),
    ("last quarter", "2026-07-01", "2026-09-30"),
    ("Q3", "2026-07-01", "2026-09-30"),
    ("Q3 2026", "2026-07-01", "2026-09-30"),
    ("Q4", "2026-10-01", "2026-11-22"),
    ("Q4 2026", "2026-10-01", "2026-11-22"),
    ("Q1 2025", "2025-01-01", "2025-03-31"),
    ("this year", "2026-01-01", "2026-11-22"),
    ("year to date", "2026-01-01", "2026-11-22"),
    ("YTD", "2026-01-01", "2026-11-22"),
    ("last year", "2025-01-01", "2025-12-31"),
    ("2025", "2025-01-01", "2025-12-31"),
    ("since Oct 1", "2026-10-01", "2026-11-22"),
    ("since 2026-10-01", "2026-10-01", "2026-11-22"),
    ("from Sep 5 to Oct 3", "2026-09-05", "2026-10-03"),
    ("between 2026-09-05 and 2026-10-03", "2026-09-05", "2026-10-03"),
    ("on Nov 3", "2026-11-03", "2026-11-03"),
    ("2026-11-03", "2026-11-03", "2026-11-03"),
]

NEIGHBOURS = [
    # days, weeks, months
    ("the day before yesterday", "2026-11-20", "2026-11-20"),
    ("current week", "2026-11-16", "2026-11-22"),
    ("the first week of October", "2026-10-01", "2026-10-07"),
    ("the first 2 weeks of October", "2026-10-01", "2026-10-14"),
    ("first 10 days of October", "2026-10-01", "2026-10-10"),
    ("last week of October", "2026-10-25", "2026-10-31"),
    ("the last 3 days of October 2025", "2025-10-29", "2025-10-31"),
    ("the second half of October", "2026-10-16", "2026-10-31"),
    ("first half of November", "2026-11-01", "2026-11-15"),
    ("the week of October 5", "2026-10-05", "2026-10-11"),
    ("since the 1st", "2026-11-01", "2026-11-22"),
    ("since the 25th", "2026-10-25", "2026-11-22"),
    ("from the 1st to the 10th", "2026-11-01", "2026-11-10"),
    ("on the 3rd", "2026-11-03", "2026-11-03"),
    ("so far this year", "2026-01-01", "2026-11-22"),
    ("this year so far", "2026-01-01", "2026-11-22"),
    ("week to date", "2026-11-16", "2026-11-22"),
    ("WTD", "2026-11-16", "2026-11-22"),
    ("previous week", "2026-11-09", "2026-11-15"),
    ("past week", "2026-11-09", "2026-11-15"),
    ("the current month", "2026-11-01", "2026-11-22"),
    ("month-to-date", "2026-11-01", "2026-11-22"),
    ("prior month", "2026-10-01", "2026-10-31"),
    ("last full month", "2026-10-01", "2026-10-31"),
    ("last three months", "2026-08-01", "2026-10-31"),
    ("past twelve months", "2025-11-01", "2026-10-31"),
    ("the last 3 full months", "2026-08-01", "2026-10-31"),
    ("last 1 month", "2026-10-01", "2026-10-31"),
    ("last 2 weeks", "2026-11-09", "2026-11-22"),
    ("past 2 weeks", "2026-11-09", "2026-11-22"),
    ("last 2 full weeks", "2026-11-02", "2026-11-15"),
    ("last two weeks", "2026-11-09", "2026-11-22"),
    ("last 2 quarters", "2026-04-01", "2026-09-30"),
    ("last 2 years", "2024-01-01", "2025-12-31"),
    ("last 24 hours", "2026-11-21", "2026-11-22"),
    ("past 48 hours", "2026-11-20", "2026-11-22"),
    ("last twenty-one days", "2026-11-02", "2026-11-22"),
    ("last a hundred days", "2026-08-15", "2026-11-22"),
    ("last couple of weeks", "2026-11-09", "2026-11-22"),
    ("trailing 7 days", "2026-11-16", "2026-11-22"),
    ("last 7d", "2026-11-16", "2026-11-22"),
    ("L30D", "2026-10-24", "2026-11-22"),
    ("3 days ago", "2026-11-19", "2026-11-19"),
    ("two weeks ago", "2026-11-02", "2026-11-08"),
    ("a month ago", "2026-10-01", "2026-10-31"),
    ("a year ago", "2025-01-01", "2025-12-31"),
    # weekdays and weekends (today is a Sunday)
    ("last Monday", "2026-11-16", "2026-11-16"),
    ("on Monday", "2026-11-16", "2026-11-16"),
    ("Friday", "2026-11-20", "2026-11-20"),
    ("Sunday", "2026-11-22", "2026-11-22"),
    ("last Sunday", "2026-11-15", "2026-11-15"),
    ("this weekend", "2026-11-21", "2026-11-22"),
    ("over the weekend", "2026-11-21", "2026-11-22"),
    ("last weekend", "2026-11-14", "2026-11-15"),
    ("week of Nov 9", "2026-11-09", "2026-11-15"),
    ("the week of 2026-11-11", "2026-11-09", "2026-11-15"),
    ("week starting Nov 16", "2026-11-16", "2026-11-22"),
    # months
    ("Sept", "2026-09-01", "2026-09-30"),
    ("sep.", "2026-09-01", "2026-09-30"),
    ("January", "2026-01-01", "2026-01-31"),
    ("in Feb", "2026-02-01", "2026-02-28"),
    ("March", "2026-03-01", "2026-03-31"),
    ("April", "2026-04-01", "2026-04-30"),
    ("May", "2026-05-01", "2026-05-31"),
    ("in may", "2026-05-01", "2026-05-31"),
    ("June", "2026-06-01", "2026-06-30"),
    ("Jul", "2026-07-01", "2026-07-31"),
    ("August", "2026-08-01", "2026-08-31"),
    ("Oct '25", "2025-10-01", "2025-10-31"),
    ("October of 2025", "2025-10-01", "2025-10-31"),
    ("Oct, 2025", "2025-10-01", "2025-10-31"),
    ("Dec 2026", "2026-12-01", "2026-12-31"),
    ("February 2024", "2024-02-01", "2024-02-29"),
    ("2025-10", "2025-10-01", "2025-10-31"),
    ("October last year", "2025-10-01", "2025-10-31"),
    ("for the month of October", "2026-10-01", "2026-10-31"),
    ("Jan-Mar 2026", "2026-01-01", "2026-03-31"),
    ("from October to November", "2026-10-01", "2026-11-22"),
    ("Nov through Feb", "2026-11-01", "2026-11-22"),
    ("Aug through Oct", "2026-08-01", "2026-10-31"),
    # quarters and halves
    ("Q1", "2026-01-01", "2026-03-31"),
    ("Q2", "2026-04-01", "2026-06-30"),
    ("q3", "2026-07-01", "2026-09-30"),
    ("Q3 of 2025", "2025-07-01", "2025-09-30"),
    ("2025 Q3", "2025-07-01", "2025-09-30"),
    ("2025-Q3", "2025-07-01", "2025-09-30"),
    ("Q3 '25", "2025-07-01", "2025-09-30"),
    ("Q3 last year", "2025-07-01", "2025-09-30"),
    ("third quarter", "2026-07-01", "2026-09-30"),
    ("the 3rd quarter of 2025", "2025-07-01", "2025-09-30"),
    ("first quarter of last year", "2025-01-01", "2025-03-31"),
    ("the last quarter of 2025", "2025-10-01", "2025-12-31"),
    ("Q1-Q3 2025", "2025-01-01", "2025-09-30"),
    ("current quarter", "2026-10-01", "2026-11-22"),
    ("quarter to date", "2026-10-01", "2026-11-22"),
    ("previous quarter", "2026-07-01", "2026-09-30"),
    ("H1", "2026-01-01", "2026-06-30"),
    ("H2", "2026-07-01", "2026-11-22"),
    ("H2 2025", "2025-07-01", "2025-12-31"),
    ("2025 H1", "2025-01-01", "2025-06-30"),
    ("first half of 2025", "2025-01-01", "2025-06-30"),
    ("the second half of the year", "2026-07-01", "2026-11-22"),
    # years
    ("in 2024", "2024-01-01", "2024-12-31"),
    ("2026", "2026-01-01", "2026-11-22"),
    ("previous year", "2025-01-01", "2025-12-31"),
    ("year-to-date", "2026-01-01", "2026-11-22"),
    # since, from ... to, between ... and
    ("since October", "2026-10-01", "2026-11-22"),
    ("since Monday", "2026-11-16", "2026-11-22"),
    ("since last month", "2026-10-01", "2026-11-22"),
    ("since Q3", "2026-07-01", "2026-11-22"),
    ("since the start of the year", "2026-01-01", "2026-11-22"),
    ("from the start of the year", "2026-01-01", "2026-11-22"),
    ("from the beginning of the quarter", "2026-10-01", "2026-11-22"),
    ("since Dec 1", "2025-12-01", "2026-11-22"),
    ("ever since 2025", "2025-01-01", "2026-11-22"),
    ("starting Nov 2", "2026-11-02", "2026-11-22"),
    ("from Oct 1 onwards", "2026-10-01", "2026-11-22"),
    ("from Oct 1 to date", "2026-10-01", "2026-11-22"),
    ("Sep 5 - Oct 3", "2026-09-05", "2026-10-03"),
    ("Sep 5 – Oct 3", "2026-09-05", "2026-10-03"),
    ("Sep 5 through Oct 3", "2026-09-05", "2026-10-03"),
    ("Sep 5 until Oct 3", "2026-09-05", "2026-10-03"),
    ("between Sep 5 and Oct 3", "2026-09-05", "2026-10-03"),
    ("from 2026-09-05 to 2026-10-03", "2026-09-05", "2026-10-03"),
    ("2026-10-01 to 2026-10-31", "2026-10-01", "2026-10-31"),
    ("2026-11-01..2026-11-15", "2026-11-01", "2026-11-15"),
    ("from Dec 20 to Jan 5", "2025-12-20", "2026-01-05"),
    ("from Nov 15 to Nov 30", "2026-11-15", "2026-11-22"),
    ("from 2026-11-15 to 2026-11-30", "2026-11-15", "2026-11-30"),
    ("from Sep 5 to today", "2026-09-05", "2026-11-22"),
    ("Oct 3-20", "2026-10-03", "2026-10-20"),
    ("Oct 3 to 20, 2025", "2025-10-03", "2025-10-20"),
    ("1-15 Nov", "2026-11-01", "2026-11-15"),
    ("1st-15th of November 2025", "2025-11-01", "2025-11-15"),
    ("from Dec 2025 to Feb", "2025-12-01", "2026-02-28"),
    # single days
    ("Nov 3", "2026-11-03", "2026-11-03"),
    ("November 3rd", "2026-11-03", "2026-11-03"),
    ("3 Nov", "2026-11-03", "2026-11-03"),
    ("the 3rd of November", "2026-11-03", "2026-11-03"),
    ("3 November 2025", "2025-11-03", "2025-11-03"),
    ("Nov 3, 2025", "2025-11-03", "2025-11-03"),
    ("Monday, Nov 9", "2026-11-09", "2026-11-09"),
    ("Nov 22", "2026-11-22", "2026-11-22"),
    ("Nov 23", "2025-11-23", "2025-11-23"),
    ("Dec 3", "2025-12-03", "2025-12-03"),
    ("Feb 29", "2024-02-29", "2024-02-29"),
    ("2024-02-29", "2024-02-29", "2024-02-29"),
    ("2026/11/03", "2026-11-03", "2026-11-03"),
    ("the start of the month", "2026-11-01", "2026-11-01"),
    # US month/day, as the team writes it
    ("on 11/3/2026", "2026-11-03", "2026-11-03"),
    ("11/03/26", "2026-11-03", "2026-11-03"),
    ("since 10/1", "2026-10-01", "2026-11-22"),
    ("10/1 - 10/15", "2026-10-01", "2026-10-15"),
    ("between 9/5 and 10/3", "2026-09-05", "2026-10-03"),
    ("the week before last", "2026-11-02", "2026-11-08"),
    ("the month before last", "2026-09-01", "2026-09-30"),
]


def _dates(p: Period | None) -> tuple[str, str] | None:
    return None if p is None else (p.start.isoformat(), p.end.isoformat())


@pytest.mark.parametrize(("phrase", "start", "end"), SPEC_ROWS)
def test_spec_table(phrase: str, start: str, end: str) -> None:
    assert _dates(parse_period(phrase, TODAY)) == (start, end)


@pytest.mark.parametrize(("phrase", "start", "end"), NEIGHBOURS)
def test_neighbours(phrase: str, start: str, end: str) -> None:
    assert _dates(parse_period(phrase, TODAY)) == (start, end)


@pytest.mark.parametrize(("phrase", "start", "end"), SPEC_ROWS + NEIGHBOURS)
def test_phrase_found_inside_a_request(phrase: str, start: str, end: str) -> None:
    text = f"revenue by region {phrase}, please"
    found = find_periods(text, TODAY)
    assert [(p.start.isoformat(), p.end.isoformat()) for p in found] == [(start, end)]
    s, e = found[0].span
    assert text[s:e] == found[0].text
    assert phrase.lower().rstrip(".") in text[s:e].lower() or text[s:e].lower() in phrase.lower()


@pytest.mark.parametrize(
    "phrase",
    [
        "Nov 31",
        "Feb 30",
        "2026-02-30",
        "2026-13-01",
        "from Oct 3 to Sep 5 2025 and more",
        "revenue",
        "",
        "last month and Q3",
        "since 2027-01-01",
    ],
)
def test_not_one_period(phrase: str) -> None:
    assert parse_period(phrase, TODAY) is None


@pytest.mark.parametrize(
    "text",
    [
        "top 20 customers",
        "order 100234",
        "what's the status of order 100234?",
        "customer 48213",
        "4,120 signups",
        "we had 4,120 signups but the bot says 3,980",
        "under 5 units",
        "products with fewer than 5 units in stock",
        "ordered within 7 days",
        "repeat purchase within 30 days",
        "30 days",
        "may I see revenue by region",
        "revenue may drop",
        "we may need this",
        "top 2025 customers",
        "fewer than 2000 units",
        "ticket 2025 is stuck",
        "the last 5 orders",
        "last 20 customers",
        "Nov 31 revenue",
        "read access to the s3 bucket",
        "set up an alert when users drop below 10k",
        "order #2025",
        "version 2025.1",
        "give me the top customers list",
        "rated 3/5 stars",
        "13/1/2026",
        "post it every Monday in #sales",
        "forecast for next Monday",
    ],
)
def test_not_periods(text: str) -> None:
    assert find_periods(text, TODAY) == []


def test_several_periods_in_order_with_spans() -> None:
    text = "compare Q3 2025 with last quarter and since Oct 1?"
    found = find_periods(text, TODAY)
    assert [(p.text, _dates(p)) for p in found] == [
        ("Q3 2025", ("2025-07-01", "2025-09-30")),
        ("last quarter", ("2026-07-01", "2026-09-30")),
        ("since Oct 1", ("2026-10-01", "2026-11-22")),
    ]
    for p in found:
        assert text[p.span[0] : p.span[1]] == p.text


def test_longest_phrase_wins_and_prepositions_are_in_the_span() -> None:
    text = "DAU on iOS over the last 30 days"
    (p,) = find_periods(text, TODAY)
    assert p.text == "over the last 30 days"
    assert p.span == (11, len(text))
    (p,) = find_periods("what share of last month's signups ordered within 7 days?", TODAY)
    assert (p.text, _dates(p)) == ("last month", ("2026-10-01", "2026-10-31"))
    (p,) = find_periods("refunds from Sep 5 to Oct 3!", TODAY)
    assert (p.text, _dates(p)) == ("from Sep 5 to Oct 3", ("2026-09-05", "2026-10-03"))


def test_relative_phrases_follow_today() -> None:
    # A Wednesday in a leap year: this weekend has not begun, so it is the latest one.
    wed = date(2024, 3, 6)
    assert _dates(parse_period("this weekend", wed)) == ("2024-03-02", "2024-03-03")
    assert _dates(parse_period("last month", wed)) == ("2024-02-01", "2024-02-29")
    assert _dates(parse_period("last 3 months", date(2026, 1, 15))) == ("2025-10-01", "2025-12-31")
    assert _dates(parse_period("last quarter", date(2026, 1, 15))) == ("2025-10-01", "2025-12-31")
    assert _dates(parse_period("last Wednesday", wed)) == ("2024-02-28", "2024-02-28")
    assert _dates(parse_period("Wednesday", wed)) == ("2024-03-06", "2024-03-06")
    assert _dates(parse_period("Q1", wed)) == ("2024-01-01", "2024-03-06")
    assert _dates(parse_period("Q2", wed)) == ("2023-04-01", "2023-06-30")
    assert _dates(parse_period("Feb 29", date(2026, 11, 22))) == ("2024-02-29", "2024-02-29")


def test_explicit_future_dates_are_kept() -> None:
    assert _dates(parse_period("2026-12-01 to 2026-12-31", TODAY)) == ("2026-12-01", "2026-12-31")
    assert _dates(parse_period("Q1 2027", TODAY)) == ("2027-01-01", "2027-03-31")


def test_may_the_verb_and_may_the_month() -> None:
    assert find_periods("May I see revenue for last week?", TODAY)[0].text == "for last week"
    assert len(find_periods("May I see revenue for last week?", TODAY)) == 1
    assert _dates(find_periods("signups in May 2025", TODAY)[0]) == ("2025-05-01", "2025-05-31")
    assert _dates(find_periods("May revenue by region", TODAY)[0]) == ("2026-05-01", "2026-05-31")
    assert _dates(find_periods("revenue on May 5", TODAY)[0]) == ("2026-05-05", "2026-05-05")


@pytest.mark.parametrize(
    ("tz", "offset_hours"), [("Pacific/Kiritimati", 14), ("Pacific/Pago_Pago", -11)]
)
def test_today_in_time_zone(tz: str, offset_hours: int) -> None:
    before = datetime.now(ZoneInfo("UTC"))
    got = today_in(tz)
    after = datetime.now(ZoneInfo("UTC"))
    shift = timedelta(hours=offset_hours)
    assert got in {(before + shift).date(), (after + shift).date()}


def test_today_in_differs_across_the_date_line() -> None:
    # UTC+14 and UTC-11 are 25 hours apart: never the same calendar day.
    assert today_in("Pacific/Kiritimati") != today_in("Pacific/Pago_Pago")


# Requests whose expected period is the query's default: the text itself names none.
DEFAULT_PERIOD_TEXTS = {
    "give me the top customers list",
    "how many orders are still pending?",
    "MRR by plan",
}


def _requests() -> list[dict]:
    return [json.loads(line) for line in REQUESTS.read_text().splitlines() if line.strip()]


def test_public_requests() -> None:
    rows = _requests()
    assert len(rows) >= 40
    for row in rows:
        found = find_periods(row["text"], TODAY)
        params = row["params"]
        if "period_start" in params:
            expected = (params["period_start"], params["period_end"])
            if row["text"] in DEFAULT_PERIOD_TEXTS:
                assert found == [], row["text"]
            else:
                assert [_dates(p) for p in found] == [expected], row["text"]
        elif row["query"] is not None:
            assert found == [], row["text"]


# ---------------------------------------------------------------- numbers in words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("twenty", [20]),
        ("twenty five", [25]),
        ("twenty-five", [25]),
        ("a hundred", [100]),
        ("one thousand two hundred", [1200]),
        ("one hundred and five", [105]),
        ("five hundred thousand", [500_000]),
        ("a dozen", [12]),
        ("two dozen", [24]),
        ("a million", [1_000_000]),
        ("4,120 signups and 3,980", [4120, 3980]),
        ("10k users", [10_000]),
        ("3.5 stars", [3.5]),
        ("order #77120", [77120]),
        ("top 20 customers", [20]),
        ("one two three", [1, 2, 3]),
        ("which one is right?", []),
        ("s3 bucket", []),
        ("2026-10-01", []),
        ("a second opinion", []),
        ("at 17:00", []),
        ("jane.doe2@example.com", []),
    ],
)
def test_parse_number_words(text: str, expected: list[float]) -> None:
    assert [v for _s, _e, v in parse_number_words(text)] == expected


def test_number_spans_and_ordinals() -> None:
    text = "the third quarter, the 21st and twenty-first, top five"
    found = find_numbers(text)
    assert [(text[n.start : n.end], n.value, n.ordinal) for n in found] == [
        ("third", 3, True),
        ("21st", 21, True),
        ("twenty-first", 21, True),
        ("five", 5, False),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [("twelve", 12), (" 30 ", 30), ("ninety nine", 99), ("a", None), ("third", None), ("x", None)],
)
def test_words_to_number(text: str, value: int | None) -> None:
    assert words_to_number(text) == value


_FUZZ_TOKENS = [
    "last",
    "past",
    "this",
    "since",
    "from",
    "to",
    "between",
    "and",
    "until",
    "through",
    "in",
    "on",
    "of",
    "the",
    "a",
    "week",
    "weeks",
    "month",
    "months",
    "quarter",
    "year",
    "years",
    "day",
    "days",
    "ago",
    "Q1",
    "Q4",
    "H2",
    "2025",
    "2026",
    "2024-02-29",
    "2026-13-40",
    "Oct",
    "October",
    "May",
    "may",
    "Nov",
    "31",
    "30",
    "3",
    "3rd",
    "twenty",
    "five",
    "hundred",
    "dozen",
    "Monday",
    "weekend",
    "-",
    "–",
    "..",
    ",",
    "?",
    "'s",
    "10/1",
    "1/2",
    "'25",
    "sept.",
    "FY2025",
    "#2025",
    "top",
    "20",
    "4,120",
    "10k",
    "9999",
    "2/30",
    "Feb",
    "29",
    "1900",
]


@pytest.mark.parametrize("today", [TODAY, date(2024, 2, 29), date(1, 1, 3), date(9999, 12, 30)])
def test_random_text_keeps_the_invariants(today: date) -> None:
    import random

    rng = random.Random(20261122)
    for _ in range(1500):
        text = " ".join(rng.choice(_FUZZ_TOKENS) for _ in range(rng.randint(1, 12)))
        last_end = 0
        for p in find_periods(text, today):
            assert p.start <= p.end, text
            assert last_end <= p.span[0] < p.span[1], text
            assert text[p.span[0] : p.span[1]] == p.text
            last_end = p.span[1]
        single = parse_period(text, today)
        assert single is None or single.start <= single.end


# --- fiscal years, ISO weeks, month/year digits, old years -----------------------------------


@pytest.mark.parametrize(
    ("phrase", "fiscal_start", "start", "end"),
    [
        ("FY2025", 1, "2025-01-01", "2025-12-31"),
        ("FY 2025", 4, "2024-04-01", "2025-03-31"),
        ("FY25", 7, "2024-07-01", "2025-06-30"),
        ("fiscal year 2026", 4, "2025-04-01", "2026-03-31"),
        ("last fiscal year", 1, "2025-01-01", "2025-12-31"),
        ("last fiscal year", 4, "2025-04-01", "2026-03-31"),
        ("this fiscal year", 4, "2026-04-01", "2026-11-22"),
        ("fiscal year to date", 10, "2026-10-01", "2026-11-22"),
        ("FY2027", 10, "2026-10-01", "2026-11-22"),  # in progress: ends today
    ],
)
def test_fiscal_years(phrase: str, fiscal_start: int, start: str, end: str) -> None:
    p = parse_period(phrase, TODAY, fiscal_start)
    assert p is not None, phrase
    assert (p.start.isoformat(), p.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("week 47", "2026-11-16", "2026-11-22"),
        ("week 46", "2026-11-09", "2026-11-15"),
        ("W46 2025", "2025-11-10", "2025-11-16"),
        ("week 2 of 2026", "2026-01-05", "2026-01-11"),
        ("week 50", "2025-12-08", "2025-12-14"),  # not begun this year: the latest one that has
        ("11/2025", "2025-11-01", "2025-11-30"),
        ("3/2026", "2026-03-01", "2026-03-31"),
        ("since 1900", "1900-01-01", "2026-11-22"),
        ("from 1995", "1995-01-01", "1995-12-31"),
    ],
)
def test_weeks_month_year_digits_and_old_years(phrase: str, start: str, end: str) -> None:
    p = parse_period(phrase, TODAY)
    assert p is not None, phrase
    assert (p.start.isoformat(), p.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("revenue from Dec 2026 to Jan 2026", "“Dec 2026 to Jan 2026” ends before it starts."),
        ("orders between 2026-10-05 and 2026-10-01", "ends before it starts"),
        ("revenue on 2026-02-30", "“2026-02-30” is not a real date."),
        ("signups on Nov 31", "“Nov 31” is not a real date."),
        ("revenue week 54", "is not a real date"),
        ("revenue 13/2025", "is not a real date"),
    ],
)
def test_impossible_periods_are_reported_not_replaced(text: str, reason: str) -> None:
    periods, problems = scan_periods(text, TODAY)
    assert problems and reason in problems[0]
    assert not any(p.start > p.end for p in periods)


def test_possible_ranges_have_no_problems() -> None:
    for text in ("from Dec to Jan", "from Sep 5 to Oct 3", "between 2026-09-05 and 2026-10-03"):
        assert scan_periods(text, TODAY)[1] == [], text


def test_fiscal_year_start_is_a_setting_checked_at_start_up(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert load_settings({"FISCAL_YEAR_START": "4"}, tmp_path / ".env").fiscal_year_start == 4
    assert load_settings({}, tmp_path / ".env").fiscal_year_start == 1
    for bad in ("13", "0", "april"):
        with pytest.raises(ConfigError, match="FISCAL_YEAR_START"):
            load_settings({"FISCAL_YEAR_START": bad}, tmp_path / ".env")


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        ("reviewers who rated 3 movies? need it today", 0),
        ("the churn list, needed this by friday", 0),
        ("signups yesterday, need them by tomorrow", 1),
        ("I need revenue for last month", 1),
        ("orders today", 1),
    ],
)
def test_when_an_answer_is_needed_is_no_period(text: str, periods: int) -> None:
    from bot.language.entities import find_entities

    assert len(find_entities(text, date(2026, 11, 22)).periods) == periods


def test_part_of_a_month_after_a_preposition_is_one_period() -> None:
    # "for the second half" alone would be the year's second half: one period, October's half
    found = find_periods("APAC income for the second half of October", TODAY)
    assert [_dates(p) for p in found] == [("2026-10-16", "2026-10-31")]
    found = find_periods("signups per day in the first half of November", TODAY)
    assert [_dates(p) for p in found] == [("2026-11-01", "2026-11-15")]


def test_from_a_day_on_runs_to_today_only_where_the_clause_ends() -> None:
    assert _dates(find_periods("users daily, from Nov 1 on", TODAY)[0]) == (
        "2026-11-01",
        "2026-11-22",
    )
    assert _dates(find_periods("from Oct 3 on. thanks", TODAY)[0]) == ("2026-10-03", "2026-11-22")
    # "on android" says where, not until when
    assert _dates(find_periods("from Nov 1 on android", TODAY)[0]) == ("2026-11-01", "2026-11-01")


def test_a_future_cue_said_as_a_breakdown_is_no_plan(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.language import period_refusals

    assert scan_periods("MRR by plan for Q1 2027", TODAY)[1]  # no data for it yet
    assert not scan_periods("the plan for Q1 2027", TODAY)[1]  # a plan: a period to work for
    monkeypatch.setattr(period_refusals, "FUTURE_CUE_AS_BREAKDOWN", False)
    assert not scan_periods("MRR by plan for Q1 2027", TODAY)[1]
