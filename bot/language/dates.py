"""Shared calendar knowledge for periods and due dates: month and weekday names, the regular
expression parts that spell a day, a month, a year or a count, calendar arithmetic on inclusive
date ranges, and the words around a number that say whether it is a year.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from bot.language.numwords import CARDINAL_PATTERN

Range = tuple[date, date]


# ---------------------------------------------------------------- calendar helpers


def month_range(y: int, m: int) -> Range:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def quarter_range(y: int, q: int) -> Range:
    return date(y, 3 * q - 2, 1), month_range(y, 3 * q)[1]


def half_range(y: int, h: int) -> Range:
    return date(y, 6 * h - 5, 1), month_range(y, 6 * h)[1]


def year_range(y: int) -> Range:
    return date(y, 1, 1), date(y, 12, 31)


def day_range(y: int, m: int, d: int) -> Range | None:
    try:
        day = date(y, m, d)
    except ValueError:
        return None
    return day, day


def shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def monday_of(d: date) -> date:
    return d - timedelta(days=d.weekday())


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def clip_to_today(r: Range, today: date) -> Range:
    """A period still in progress ends today."""
    return (r[0], today) if r[0] <= today < r[1] else r


def latest_begun(occ: Callable[[int], Range | None], anchor: date) -> Range | None:
    """The latest occurrence (of the last nine years) that had begun by `anchor`."""
    for y in range(anchor.year, anchor.year - 9, -1):
        r = occ(y)
        if r is not None and r[0] <= anchor:
            return r
    return None


def earliest_from(occ: Callable[[int], Range | None], anchor: date) -> Range | None:
    for y in range(anchor.year, anchor.year + 9):
        r = occ(y)
        if r is not None and r[0] >= anchor:
            return r
    return None


# Month names and abbreviations, lower case -> month number (shared with bot.language.duedates).
MONTH_NUMBERS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sept": 9,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAY_NUMBERS = {  # Monday = 0, as date.weekday()
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
ORDINAL_WORDS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "last": -1,
    "final": -1,
}

MONTH_PATTERN = r"(?P<mon>" + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True)) + r")\b\.?"
WEEKDAY_PATTERN = r"(?:" + "|".join(WEEKDAY_NUMBERS) + r")"
DAY_PATTERN = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"
YEAR_PATTERN = r"(?:(?P<year>(?:19|20)\d\d)(?!\d)|['’](?P<yy>\d\d)\b)"
COUNT_PATTERN = rf"(?P<n>\d{{1,4}}|couple(?:\s+of)?|{CARDINAL_PATTERN})"
UNIT_PATTERN = (
    r"(?P<unit>days?|d|weeks?|wks?|w|months?|mos?|mths?|quarters?|qtrs?|years?|yrs?|hours?|hrs?|h)"
)

# "May" the modal verb: "may I see", "revenue may drop", "we may need".
MAY_VERB_AFTER = {
    "i",
    "we",
    "you",
    "he",
    "she",
    "they",
    "it",
    "be",
    "have",
    "not",
    "also",
    "need",
    "want",
    "get",
    "see",
    "ask",
    "take",
    "help",
    "or",
    "well",
    "just",
    "still",
    "already",
}
MAY_VERB_BEFORE = {"i", "we", "you", "he", "she", "they", "it", "this", "that", "which", "who"}
PERIOD_PREPOSITIONS = {
    "in",
    "during",
    "for",
    "since",
    "of",
    "from",
    "until",
    "till",
    "through",
    "thru",
    "to",
    "between",
    "and",
    "over",
    "throughout",
    "across",
    "before",
    "after",
    "by",
    "on",
}
# Words before a number that make it a quantity or an id, not a year: "top 2000", "order 2025".
NOT_YEAR_BEFORE = {
    "top",
    "under",
    "over",
    "below",
    "above",
    "than",
    "least",
    "most",
    "about",
    "around",
    "approximately",
    "roughly",
    "order",
    "orders",
    "customer",
    "customers",
    "id",
    "ticket",
    "number",
    "no",
    "user",
    "account",
    "product",
    "sku",
    "invoice",
    "item",
    "code",
    "port",
    "version",
    "first",
    "last",
    "next",
    "only",
    "exactly",
    "within",
    "limit",
}
NOT_YEAR_AFTER = {
    "units",
    "unit",
    "users",
    "customers",
    "orders",
    "signups",
    "rows",
    "items",
    "records",
    "people",
    "products",
    "accounts",
    "dollars",
    "usd",
    "eur",
    "gbp",
    "tickets",
    "events",
    "sessions",
    "times",
    "hours",
    "minutes",
    "seconds",
    "days",
    "weeks",
    "months",
    "years",
    "euros",
    "subscriptions",
    "refunds",
    "employees",
    "members",
    "messages",
}

_PREV_WORD_RE = re.compile(r"([A-Za-z]+)\W*$")
_NEXT_WORD_RE = re.compile(r"\s*([A-Za-z]+)")


def prev_word(text: str, pos: int) -> str:
    m = _PREV_WORD_RE.search(text, max(0, pos - 30), pos)
    return m.group(1).lower() if m else ""


def next_word(text: str, pos: int) -> str:
    m = _NEXT_WORD_RE.match(text, pos)
    return m.group(1).lower() if m else ""


# ---------------------------------------------------------------- dates in words


def read_date(value: Any) -> date | None:
    """A date, or the ISO date a string starts with; None for anything else."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def day_words(d: date, *, year: bool) -> str:
    """`Nov 3` or `Nov 3, 2026`."""
    text = f"{d:%b} {d.day}"
    return f"{text}, {d.year}" if year else text


def date_range_words(start: Any, end: Any) -> str:
    """`Oct 1 – Oct 31, 2026`; one day is `Nov 3, 2026`; across years both years are shown."""
    s, e = read_date(start), read_date(end)
    if s is None or e is None:
        return f"{start} – {end}"
    if s == e:
        return day_words(s, year=True)
    if s.year == e.year:
        return f"{day_words(s, year=False)} – {day_words(e, year=True)}"
    return f"{day_words(s, year=True)} – {day_words(e, year=True)}"
