"""Units of time in relative period phrases: "this week", "the last 3 months", "2 quarters
ago" as inclusive date ranges against today, and the unit and count words they are said with.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from bot.language.dates import (
    Range,
    monday_of,
    month_range,
    quarter_of,
    quarter_range,
    shift_month,
    year_range,
)
from bot.language.numwords import words_to_number


def this_unit(unit: str, today: date) -> Range:
    """The current `unit` up to today ("this month": the 1st to today)."""
    if unit == "week":
        return monday_of(today), today
    if unit == "month":
        return today.replace(day=1), today
    if unit == "quarter":
        return quarter_range(today.year, quarter_of(today))[0], today
    return date(today.year, 1, 1), today


def last_n_units(unit: str, n: int, today: date) -> Range:
    """The N whole units before the current one; days: today and the N-1 days before."""
    if unit == "day":
        return today - timedelta(days=n - 1), today
    if unit == "hour":
        return today - timedelta(days=math.ceil(n / 24)), today
    if unit == "week":
        monday = monday_of(today)
        return monday - timedelta(weeks=n), monday - timedelta(days=1)
    if unit == "month":
        y, mo = shift_month(today.year, today.month, -n)
        return date(y, mo, 1), today.replace(day=1) - timedelta(days=1)
    if unit == "quarter":
        first = quarter_range(today.year, quarter_of(today))[0]
        y, mo = shift_month(first.year, first.month, -3 * n)
        return date(y, mo, 1), first - timedelta(days=1)
    return date(today.year - n, 1, 1), date(today.year - 1, 12, 31)


def units_ago(unit: str, n: int, today: date) -> Range:
    """The whole `unit` `n` units before the current one ("2 months ago")."""
    if unit == "day":
        d = today - timedelta(days=n)
        return d, d
    if unit == "week":
        monday = monday_of(today) - timedelta(weeks=n)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        return month_range(*shift_month(today.year, today.month, -n))
    if unit == "quarter":
        first = quarter_range(today.year, quarter_of(today))[0]
        y, mo = shift_month(first.year, first.month, -3 * n)
        return quarter_range(y, quarter_of(date(y, mo, 1)))
    return year_range(today.year - n)


_UNIT_NAMES = {
    "d": "day",
    "w": "week",
    "wk": "week",
    "mo": "month",
    "mth": "month",
    "qtr": "quarter",
    "yr": "year",
    "h": "hour",
    "hr": "hour",
}


def unit_name(raw: str) -> str:
    """A unit as written ("wks", "yr", "days") as its name ("week", "year", "day")."""
    u = raw.lower()
    if u.endswith("s") and u not in ("s",):
        u = u[:-1]
    return _UNIT_NAMES.get(u, u)


def unit_count(raw: str) -> int | None:
    """How many units a count word says ("a", "couple", "3", "three"), None beyond reason."""
    raw = raw.lower()
    if raw.startswith("couple"):
        return 2
    if raw in ("a", "an"):
        return 1
    value = int(raw) if raw.isdigit() else words_to_number(raw)
    if not isinstance(value, int) or value < 1 or value > 5000:
        return None
    return value
