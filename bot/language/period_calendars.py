"""Period atoms outside the plain calendar: fiscal years (named by the calendar year they end
in, starting on a configurable month: FISCAL_YEAR_START), ISO week numbers ("week 47",
"W47 2025"), and a month written with its year as digits ("11/2025")."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from bot.language.dates import Range, month_range, year_range
from bot.language.period_atoms import Atom

_I = re.IGNORECASE


def fiscal_year_range(fy: int, start_month: int) -> Range:
    """Fiscal year `fy`: the twelve months that end in calendar year `fy` (FY2025 with an
    April start is 2024-04-01 to 2025-03-31; with a January start it is the calendar year)."""
    if start_month == 1:
        return year_range(fy)
    return date(fy - 1, start_month, 1), month_range(fy, start_month - 1)[1]


def fiscal_year_of(day: date, start_month: int) -> int:
    return day.year + 1 if start_month != 1 and day.month >= start_month else day.year


def _named_year(m: re.Match[str], r: Range) -> Atom:
    return Atom(m.start(), m.end(), fixed=r, named=True)


def atom_fiscal_year(m: re.Match[str], today: date, start_month: int) -> Atom | None:
    """ "FY2025", "FY 25", "fiscal year 2025", "fiscal 2025"."""
    raw = m.group("fy") or m.group("fy2")
    fy = int(raw) + (2000 if len(raw) == 2 else 0)
    return _named_year(m, fiscal_year_range(fy, start_month))


def atom_fiscal_relative(m: re.Match[str], today: date, start_month: int) -> Atom | None:
    """ "this fiscal year", "last fiscal year", "fiscal year to date", "FYTD"."""
    current = fiscal_year_of(today, start_month)
    which = (m.group("which") or "this").lower()
    if which in ("this", "current"):
        return Atom(m.start(), m.end(), fixed=(fiscal_year_range(current, start_month)[0], today))
    return Atom(m.start(), m.end(), fixed=fiscal_year_range(current - 1, start_month))


def _iso_week(year: int, week: int) -> Range | None:
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:  # week 53 of a year that has 52
        return None
    return monday, monday + timedelta(days=6)


def atom_iso_week(m: re.Match[str], today: date, start_month: int) -> Atom | None:
    """ "week 47", "wk 47", "W47", "week 47 of 2025": an ISO week (Monday to Sunday)."""
    week = int(m.group("w"))
    if not 1 <= week <= 53:
        return Atom(m.start(), m.end(), valid=False)
    year = m.group("year")
    if year is None:
        return Atom(m.start(), m.end(), occ=lambda y: _iso_week(y, week), named=True)
    r = _iso_week(int(year), week)
    return Atom(m.start(), m.end(), fixed=r, named=True, valid=r is not None)


def atom_month_year(m: re.Match[str], today: date, start_month: int) -> Atom | None:
    """ "11/2025": November 2025."""
    month = int(m.group("m"))
    if not 1 <= month <= 12:
        return Atom(m.start(), m.end(), valid=False)
    return Atom(m.start(), m.end(), fixed=month_range(int(m.group("y")), month), named=True)


CalendarRule = tuple[re.Pattern[str], Callable[[re.Match[str], date, int], Atom | None]]
CALENDAR_RULES: list[CalendarRule] = [
    (
        re.compile(
            r"\b(?:FY\s?'?(?P<fy>\d{4}|\d{2})|fiscal\s+(?:year\s+)?(?P<fy2>(?:19|20)\d\d))\b", _I
        ),
        atom_fiscal_year,
    ),
    (
        re.compile(
            r"\b(?:(?P<which>this|current|last|previous|prior|past)\s+(?:fiscal\s+year|FY)"
            r"|fiscal\s+year\s+to\s+date|FYTD)\b",
            _I,
        ),
        atom_fiscal_relative,
    ),
    (
        re.compile(
            r"\b(?:week|wk)\s*#?\s*(?P<w>\d{1,2})(?:,?\s+(?:of\s+)?(?P<year>20\d\d))?\b", _I
        ),
        atom_iso_week,
    ),
    (re.compile(r"\bW(?P<w>\d{1,2})(?:\s+(?P<year>20\d\d))?\b"), atom_iso_week),
    (
        re.compile(r"(?<![\w/.-])(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)\b(?![/.-]\d)"),
        atom_month_year,
    ),
]
# Words a rule cannot match without (a substring test is cheaper than a regex scan).
CALENDAR_NEEDLES = ("fy", "fiscal", "week", "wk", "/")
WEEK_CODE = re.compile(r"\bW\d")  # "W47": checked apart, "w" alone is in most texts
