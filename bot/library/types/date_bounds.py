"""Dates said as bounds, for date parameters named as bounds (`hired_after`, `hired_before`).

"hired before June 21, 2002" is the upper bound's day, "after 7th September, 1987" the lower
bound's, "between November 5th, 2007 and July 5th, 2009" both bounds' and "in 2005" both ends
of the year. Each day is moved to what the query's SQL compares: "between A and B" keeps A and
B, so a strict `> :hired_after` takes the day before A and a strict `< :hired_before` the day
after B. A date said the other way ("before" for a lower bound) is no value for the parameter:
binding it would return the opposite rows. General English only; the bounds' directions come
from the parameters' names (bot.language.entities.name_direction).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from bot.language.entities import Entities, bound_direction, name_direction
from bot.language.periods import Period

# A date parameter named as a bound takes the date the words give that bound (off: the first
# date parameter takes the first period's day, whichever way it was said).
DATES_AS_BOUNDS = True

_DAY = dt.timedelta(days=1)
# The words right before a date that say which way it bounds and whether the day is in.
_SAID_BEFORE = [
    (re.compile(r"\bon\s+or\s+(?:after|later\s+than)\s*$", re.I), 1, True),
    (re.compile(r"\bon\s+or\s+(?:before|earlier\s+than)\s*$", re.I), -1, True),
    (re.compile(r"\b(?:after|later\s+than)\s+(?:the\s+)?$", re.I), 1, False),
    (re.compile(r"\b(?:before|prior\s+to|earlier\s+than)\s+(?:the\s+)?$", re.I), -1, False),
    (re.compile(r"\b(?:until|till|through|up\s+to|by)\s+(?:the\s+)?$", re.I), -1, True),
    (re.compile(r"\b(?:since|from|starting(?:\s+(?:from|on))?)\s+(?:the\s+)?$", re.I), 1, True),
]
# A phrase that holds its own start word ("since March 2001"), unless it is closed by an end
# ("from 2001 to 2003").
_OPEN_START = re.compile(r"\W*(?:ever\s+)?(?:since|from|starting|beginning)\b", re.I)
_END_SAID = re.compile(r"\b(?:to|until|till|thru|through|and)\b|[-–—]", re.I)
_YEARS = (1000, 2999)


@dataclass(frozen=True)
class SaidDate:
    """A date the request gives: the days it spans and which bounds it gives (+1 lower,
    -1 upper), each with whether its own day is in ("since A": in, "after A": not)."""

    start: dt.date
    end: dt.date
    bounds: dict[int, bool]
    period: int | None  # index into Entities.periods, or None for a year said as a number
    number: int | None  # index into Entities.numbers


def said_dates(ent: Entities, today: dt.date) -> list[SaidDate]:
    """The dates the request says, each with the bounds its words give."""
    return _said_dates(ent.text, tuple(ent.periods), tuple(ent.numbers), today)


@lru_cache(maxsize=256)  # one request, read for every date parameter of every candidate
def _said_dates(text: str, periods: tuple, numbers: tuple, today: dt.date) -> list[SaidDate]:
    out = [_period_said(text, i, p, today) for i, p in enumerate(periods)]
    for i, num in enumerate(numbers):
        # "founded before 1950": a year the period reading leaves to the numbers
        way = bound_direction(num.before)
        if way and num.exact is not None and _YEARS[0] <= num.exact <= _YEARS[1]:
            year = num.exact
            inclusive = (
                num.before[-1] in ("since", "until", "till")
                or num.before[-2:] in (("at", "least"), ("at", "most"))
                or "between" in num.before[-3:]
            )
            out.append(
                SaidDate(dt.date(year, 1, 1), dt.date(year, 12, 31), {way: inclusive}, None, i)
            )
    return out


def _period_said(text: str, i: int, period: Period, today: dt.date) -> SaidDate:
    before = text[max(0, period.span[0] - 30) : period.span[0]]
    for pattern, way, inclusive in _SAID_BEFORE:
        if pattern.search(before):
            return SaidDate(period.start, period.end, {way: inclusive}, i, None)
    opens = _OPEN_START.match(period.text)
    if opens and not _END_SAID.search(period.text, opens.end()):
        return SaidDate(period.start, period.end, {1: True}, i, None)
    # "in 2005", "between A and B", "from A to B": every day of it, and no other
    return SaidDate(period.start, period.end, {1: True, -1: True}, i, None)


def bound_day(said: SaidDate, way: int, operator: str | None) -> dt.date:
    """The day a bound parameter (`way` +1 lower, -1 upper) takes from `said`, as its SQL
    compares it (`operator`: ">", ">=", "<", "<=" or None, read as strict as the name says)."""
    inclusive = said.bounds[way]
    if way > 0:
        # "after 2002" is after its last day; "since 2002", "in 2002" from its first
        day = said.start if inclusive else said.end
    else:
        day = said.end if inclusive else said.start
    strict = operator not in (">=", "<=")
    if strict and inclusive:  # "since A" for `> :p`: the day before A
        return day - way * _DAY
    if not strict and not inclusive:  # "after A" for `>= :p`: the day after A
        return day + way * _DAY
    return day


def date_for_bound(
    name: str, operator: str | None, ent: Entities, today: dt.date, used_numbers: set[int]
) -> tuple[dt.date, SaidDate] | None:
    """The day a date parameter named as a bound takes: from the first date said its way."""
    way = name_direction(name)
    if not way:
        return None
    for said in said_dates(ent, today):
        if way in said.bounds and (said.number is None or said.number not in used_numbers):
            return bound_day(said, way, operator), said
    return None
