"""Atoms of period phrases: one date, month, quarter, half, year or relative phrase ("last 3
weeks", "2 months ago", "this weekend") read from one regular-expression match.

An atom is either resolved (`fixed`) or a named period without a year (`occ`: its occurrence in
a given year), resolved later against "today" or against the other end of a range.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from bot.language.dates import (
    MAY_VERB_AFTER,
    MAY_VERB_BEFORE,
    MONTH_NUMBERS,
    NOT_YEAR_AFTER,
    NOT_YEAR_BEFORE,
    ORDINAL_WORDS,
    PERIOD_PREPOSITIONS,
    Range,
    clip_to_today,
    day_range,
    half_range,
    latest_begun,
    month_range,
    next_word,
    prev_word,
    quarter_range,
    year_range,
)
from bot.language.period_units import last_n_units, this_unit, unit_count, unit_name, units_ago

# ---------------------------------------------------------------- atoms


@dataclass
class Atom:
    start: int
    end: int
    fixed: Range | None = None  # already resolved (relative phrases, explicit years)
    occ: Callable[[int], Range | None] | None = None  # a named period with no year
    named: bool = False  # a named calendar period: ends today while in progress
    day: bool = False  # a single calendar day ("week of" accepts these)
    valid: bool = True  # False: looks like a date but is not one ("Nov 31"); blocks its span
    year: int | None = None  # the atom is one whole calendar year ("2025", "last year")
    point: bool = False  # a moment, not a period ("the start of the year"): "from" it runs on

    def resolve(self, today: date) -> Range | None:
        if not self.valid:
            return None
        r = self.fixed if self.occ is None else latest_begun(self.occ, today)
        if r is not None and self.named:
            r = clip_to_today(r, today)
        return r


def _is_may_verb(m: re.Match[str], bare: bool) -> bool:
    word = m.group("mon")
    if word.lower() != "may":
        return False
    text = m.string
    before = prev_word(text, m.start("mon"))
    if before in PERIOD_PREPOSITIONS or before in ("last", "this", "mid", "early", "late"):
        return False
    if next_word(text, m.end("mon")) in MAY_VERB_AFTER or before in MAY_VERB_BEFORE:
        return True
    # A bare lower-case "may" after another word ("revenue may drop") reads as the verb.
    return bare and word == "may" and before != ""


def _year_of(m: re.Match[str]) -> int | None:
    if m.group("year"):
        return int(m.group("year"))
    if m.group("yy"):
        return 2000 + int(m.group("yy"))
    return None


def _month_num(m: re.Match[str]) -> int:
    return MONTH_NUMBERS[m.group("mon").lower().rstrip(".")]


def _named(m: re.Match[str], occ: Callable[[int], Range | None], year: int | None) -> Atom:
    if year is None:
        return Atom(m.start(), m.end(), occ=occ, named=True)
    r = occ(year)
    return Atom(m.start(), m.end(), fixed=r, named=True, valid=r is not None)


def atom_iso_date(m: re.Match[str], today: date) -> Atom | None:
    r = day_range(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return Atom(m.start(), m.end(), fixed=r, day=True, valid=r is not None)


def atom_iso_month(m: re.Match[str], today: date) -> Atom | None:
    mon = int(m.group(2))
    if not 1 <= mon <= 12:
        return Atom(m.start(), m.end(), valid=False)
    return _named(m, lambda y: month_range(y, mon), int(m.group(1)))


def _day_atom(m: re.Match[str]) -> Atom | None:
    if _is_may_verb(m, bare=False):
        return None
    mon, day = _month_num(m), int(m.group("day"))
    if day > calendar.monthrange(2024, mon)[1]:  # 2024: a leap year, so Feb 29 is a day
        return Atom(m.start(), m.end(), valid=False)
    year = _year_of(m)
    if year is None:
        return Atom(m.start(), m.end(), occ=lambda y: day_range(y, mon, day), day=True)
    r = day_range(year, mon, day)
    return Atom(m.start(), m.end(), fixed=r, day=True, valid=r is not None)


def atom_month_day(m: re.Match[str], today: date) -> Atom | None:
    return _day_atom(m)


# "between 24 and 30 Nov 2025" as 24 to 30 November (off: only the 30th is read).
DAYS_BETWEEN_IN_A_MONTH = True


def atom_between_days(m: re.Match[str], today: date) -> Atom | None:
    """ "between 24 and 30 Nov": a span of days in one month, as "24-30 Nov" is."""
    return atom_month_day_span(m, today) if DAYS_BETWEEN_IN_A_MONTH else None


def atom_month_day_span(m: re.Match[str], today: date) -> Atom | None:
    """ "Oct 3-20", "Oct 3 to 20 2025": two days of one month."""
    mon, d1, d2 = _month_num(m), int(m.group("day")), int(m.group("day2"))
    last = calendar.monthrange(2024, mon)[1]
    if d1 > last or d2 > last or d2 <= d1:
        return Atom(m.start(), m.end(), valid=False)
    year = _year_of(m)

    def occ(y: int) -> Range | None:
        a, b = day_range(y, mon, d1), day_range(y, mon, d2)
        return (a[0], b[0]) if a and b else None

    if year is None:
        return Atom(m.start(), m.end(), occ=occ)
    r = occ(year)
    return Atom(m.start(), m.end(), fixed=r, valid=r is not None)


def atom_month(m: re.Match[str], today: date) -> Atom | None:
    year = _year_of(m)
    if _is_may_verb(m, bare=year is None):
        return None
    mon = _month_num(m)
    return _named(m, lambda y: month_range(y, mon), year)


def atom_quarter(m: re.Match[str], today: date) -> Atom | None:
    q = int(m.group("q"))
    return _named(m, lambda y: quarter_range(y, q), _year_of(m))


def _ordinal_part(
    m: re.Match[str], range_of: Callable[[int, int], Range], parts: int
) -> Atom | None:
    """ "the second quarter (of 2025)", "the last half of 2024": part `n` of a year."""
    n = ORDINAL_WORDS[m.group("ord").lower()]
    year = _year_of(m)
    if n == -1:
        if year is None:
            return None  # "last quarter" is relative, handled elsewhere
        n = parts
    return _named(m, lambda y: range_of(y, n), year)


def atom_quarter_words(m: re.Match[str], today: date) -> Atom | None:
    return _ordinal_part(m, quarter_range, 4)


def atom_half(m: re.Match[str], today: date) -> Atom | None:
    h = int(m.group("h"))
    return _named(m, lambda y: half_range(y, h), _year_of(m))


def atom_half_words(m: re.Match[str], today: date) -> Atom | None:
    return _ordinal_part(m, half_range, 2)


# A word before a comma says nothing of the year after it: "first order, 2025, 60 day window"
# names the year 2025, not order 2025.
YEAR_AFTER_A_COMMA = True


# A plural before a year names no one record by it: "top customers 2025" are 2025's customers,
# where "customer 2025" is one customer (off: "customers 2025" was no year either).
PLURAL_BEFORE_YEAR_IS_YEAR = True


def atom_year(m: re.Match[str], today: date) -> Atom | None:
    text = m.string
    before = prev_word(text, m.start())
    if YEAR_AFTER_A_COMMA and re.search(
        r"[^\d\s][,;]\s*$", text[max(0, m.start() - 4) : m.start()]
    ):
        before = ""
    after = next_word(text, m.end())
    plural = PLURAL_BEFORE_YEAR_IS_YEAR and before.endswith("s") and not before.endswith("ss")
    if (before in NOT_YEAR_BEFORE and not plural) or re.search(
        r"[#$€£]\s*$", text[max(0, m.start() - 2) : m.start()]
    ):
        return None  # "top 2025", "over 2025", "$ 2025"
    if after in NOT_YEAR_AFTER and before not in PERIOD_PREPOSITIONS:
        return None  # "2025 units", but "in 2025 orders" is a year
    atom = _named(m, year_range, int(m.group("year")))
    atom.year = int(m.group("year"))
    return atom


# "signups 2025 full year", "the whole year 2025": one year, "full year" no words of the ask.
FULL_YEAR_PHRASES = True


def atom_full_year(m: re.Match[str], today: date) -> Atom | None:
    """ "2025 full year", "the whole year of 2025": that calendar year."""
    if not FULL_YEAR_PHRASES:
        return None
    year = int(m.group("year") or m.group("year2"))
    atom = _named(m, year_range, year)
    atom.year = year
    return atom


def fixed_atom(m: re.Match[str], r: Range | None) -> Atom | None:
    if r is None or r[0] > r[1]:
        return None
    return Atom(m.start(), m.end(), fixed=r, day=r[0] == r[1])


# Switches (benchmarks/ablation_matcher.py): "last wk", "this qtr" read as their units; "the
# past fortnight" as 14 days; "so far today" as today.
ABBREVIATED_UNITS = True
FORTNIGHT = True
SO_FAR_TODAY = True


def _unit_said(m: re.Match[str]) -> str | None:
    """The unit of "this/last <unit>", None for an abbreviation while they are switched off."""
    unit = unit_name(m.group("unit"))
    if not ABBREVIATED_UNITS and unit != m.group("unit").lower():
        return None
    return unit


def atom_this(m: re.Match[str], today: date) -> Atom | None:
    unit = _unit_said(m)
    if unit is None:
        return None
    atom = fixed_atom(m, this_unit(unit, today))
    if atom is not None and unit == "year":
        atom.year = today.year
    return atom


def atom_to_date(m: re.Match[str], today: date) -> Atom | None:
    raw = (m.group("unit") or m.group("abbr")).lower()
    unit = {"w": "week", "m": "month", "q": "quarter", "y": "year"}.get(raw[0], raw)
    return fixed_atom(m, this_unit(unit, today))


def atom_last_unit(m: re.Match[str], today: date) -> Atom | None:
    unit = _unit_said(m)
    if unit is None:
        return None
    atom = fixed_atom(m, last_n_units(unit, 1, today))
    if atom is not None and unit == "year":
        atom.year = today.year - 1
    return atom


def atom_last_n(m: re.Match[str], today: date) -> Atom | None:
    n = unit_count(m.group("n"))
    if n is None:
        return None
    unit = unit_name(m.group("unit"))
    if unit == "day" and m.group("unit").lower() == "d" and not m.group("n").isdigit():
        return None
    if unit == "week" and not _WHOLE_UNITS.search(m.group(0)):
        # "past 2 weeks" is the 14 days up to today, as "last 14 days" is: a week has a fixed
        # length, and whole weeks would leave out the days of this one ("last 2 full weeks",
        # "last week" are whole weeks).
        unit, n = "day", 7 * n
    try:
        return fixed_atom(m, last_n_units(unit, n, today))
    except (ValueError, OverflowError):  # "last 2026 years": before year 1
        return None


_WHOLE_UNITS = re.compile(r"\b(?:full|whole|complete|calendar)\b", re.I)


def atom_l_nd(m: re.Match[str], today: date) -> Atom | None:
    return fixed_atom(m, last_n_units("day", int(m.group("n")), today))


def atom_ago(m: re.Match[str], today: date) -> Atom | None:
    n = unit_count(m.group("n"))
    if n is None:
        return None
    try:
        return fixed_atom(m, units_ago(unit_name(m.group("unit")), n, today))
    except (ValueError, OverflowError):
        return None


def atom_fortnight(m: re.Match[str], today: date) -> Atom | None:
    """ "the past fortnight": the 14 days up to today, as "the past 2 weeks" is."""
    if not FORTNIGHT:
        return None
    return fixed_atom(m, last_n_units("day", 14, today))


def atom_before_last(m: re.Match[str], today: date) -> Atom | None:
    return fixed_atom(m, units_ago(m.group("unit").lower(), 2, today))


_US_DATE_CONTEXT = re.compile(
    r"(?:\b(?:since|from|on|to|between|through|thru|until|till|and|for|starting|of)\s+(?:the\s+)?"
    r"|\d{1,2}/\d{1,2}\s*(?:-|–|—|to|through|thru|until|till|and)\s*)$",
    re.IGNORECASE,
)
_US_DATE_NEXT = re.compile(r"\s*(?:-|–|—|to|through|thru|until|till|and)\s*\d{1,2}/\d{1,2}\b", re.I)


def atom_us_date(m: re.Match[str], today: date) -> Atom | None:
    """US style month/day[/year]: "10/1/2026" always; a year-less "10/1" only where it reads as a
    date ("since 10/1", "10/1 - 10/15"), since "3/5" alone may be a score or a fraction."""
    mon, day, raw_year = int(m.group("m")), int(m.group("d")), m.group("y")
    if raw_year is None:
        lo = max(0, m.start() - 24)
        if not (
            _US_DATE_CONTEXT.search(m.string, lo, m.start())
            or _US_DATE_NEXT.match(m.string, m.end())
        ):
            return None
    if not 1 <= mon <= 12 or not 1 <= day <= calendar.monthrange(2024, mon)[1]:
        return Atom(m.start(), m.end(), valid=False)
    if raw_year is None:
        return Atom(m.start(), m.end(), occ=lambda y: day_range(y, mon, day), day=True)
    year = int(raw_year) + (2000 if len(raw_year) == 2 else 0)
    r = day_range(year, mon, day)
    return Atom(m.start(), m.end(), fixed=r, day=True, valid=r is not None)


def atom_start_of(m: re.Match[str], today: date) -> Atom | None:
    first = this_unit(m.group("unit").lower(), today)[0]
    atom = fixed_atom(m, (first, first))
    return None if atom is None else replace(atom, point=True)
