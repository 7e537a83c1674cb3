"""Whole years said as bounds of a query's year parameters: "made before 2000" for
`made_before`, "after 2017" as `year >= :from_year` compares it (2018), "between 2009 and
2011" for a from/to pair; a year goes to a year-like parameter only, never to a count beside
it. General English only; each reading writes into the binds of one query's extraction
(bot.matching.params).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from bot.language.entities import Entities, name_direction
from bot.language.strict_years import bound_word, year_as_compared
from bot.library.model import QueryDef
from bot.library.types.base import param_cues, sql_operator
from bot.matching.readings import compared_words

_YEAR_BOUND = {"before": -1, "until": -1, "till": -1, "prior": -1, "after": 1, "since": 1}


def _years_said_as_bounds(ent: Entities) -> list[tuple[int, int, list[str]]]:
    """Each whole year said as a bound ("before 2000", "since 1990"): the year, its direction
    (-1 before, 1 after) and the two words before it that say so."""
    out = []
    for period in ent.periods:
        y = period.start.year
        if (period.start.month, period.start.day, period.end) != (1, 1, dt.date(y, 12, 31)):
            continue
        before = ent.text[max(0, period.span[0] - 20) : period.span[0]].lower().split()
        said = next((_YEAR_BOUND[w] for w in reversed(before[-2:]) if w in _YEAR_BOUND), 0)
        if said:
            out.append((y, said, before[-2:]))
    return out


def bounded_years(query: QueryDef, ent: Entities, binds: dict[str, Any]) -> int:
    """A whole year said as a bound ("made before 2000", "after 1990") goes to the parameter
    whose name says that bound (`made_before`), never to one the SQL compares for equality
    (`year = :year`). Returns how many years were placed."""
    placed = 0
    for y, said, before in _years_said_as_bounds(ent):
        numeric = [p for p in query.params if p.kind.is_numeric]
        for p in numeric:
            equality = sql_operator(query.sql, p.name) is None and not name_direction(p.name)
            if binds.get(p.name) == y and equality:
                binds[p.name] = p.default
            elif (
                YEAR_BOUND_STRICTNESS and binds.get(p.name) == y and name_direction(p.name) == said
            ):
                # the year parameter's own reading took the year as said ("after 2010")
                binds[p.name] = _year_as_compared(query, p, y, said, before)
        years = years_of(numeric, query.sql)
        if YEARS_TO_YEAR_BOUNDS and any(binds.get(p.name) is not None for p in years):
            continue  # a year bound of the query took it: no count of races takes 2010 too
        for p in numeric:
            if YEARS_TO_YEAR_BOUNDS and p not in years:
                continue
            if (
                binds.get(p.name) is None
                and name_direction(p.name) == said
                and (p.min is None or p.min <= y)
                and (p.max is None or y <= p.max)
                and (p.min is not None or p.max is not None)
            ):
                binds[p.name] = (
                    _year_as_compared(query, p, y, said, before) if (YEAR_BOUND_STRICTNESS) else y
                )
                placed += 1
                break
    return placed


# A year said as a bound ("chips launched after 2003") that only a parameter compared for
# equality (`launch_year = :launch_year`) could take is a bound the query drops: counted as
# one (bot.matching.index's dropped_bounds), never run as if it were not said.
EQUALITY_YEAR_DROPS_BOUND = True


def unplaced_year_bounds(query: QueryDef, ent: Entities, binds: dict[str, Any]) -> int:
    """Whole years said as bounds that no year parameter of `query` holds while one that the SQL
    compares for equality exists (bounded_years took the year back from it)."""
    if not EQUALITY_YEAR_DROPS_BOUND:
        return 0
    years = years_of([p for p in query.params if p.kind.is_numeric], query.sql)
    equality = [
        p for p in years if sql_operator(query.sql, p.name) is None and not name_direction(p.name)
    ]
    if not equality or any(binds.get(p.name) is not None for p in years):
        return 0
    return len(_years_said_as_bounds(ent))


# A year said as a bound ("after 2010") goes to a year-like parameter (its words say "year",
# or its range holds only years), never to a count ("min_races") beside it.
YEARS_TO_YEAR_BOUNDS = True


def years_of(params: list[Any], sql: str) -> list[Any]:
    """The year-like parameters among `params` (their words, range or compared column)."""
    return [
        p
        for p in params
        if {"year", "season"} & (param_cues(p) | compared_words(sql, p.name))
        or (p.min or 0) >= 1000
    ]


# "after 2017" for `year >= :from_year` is 2018, "before 2000" for `year <= :to_year` 1999;
# "since 2010", "until 2010" keep the year itself: the word and the SQL's comparison decide.
YEAR_BOUND_STRICTNESS = True


def _year_as_compared(query: QueryDef, p: Any, y: int, said: int, words_: list[str]) -> int:
    """The year `y`, said as a bound pointing `said`, as the SQL compares `p` with it."""
    if not YEAR_BOUND_STRICTNESS:
        return y
    value = year_as_compared(bound_word(words_), sql_operator(query.sql, p.name), y)
    return value if _in_range(p, value) else y


# "made between 1990 and 2000", "since 1995": a range of whole years goes to the year bounds
# of a query with no period parameter to take it (made_after 1989 and made_before 2001 for
# `year > :made_after` and `year < :made_before`), never dropped.
YEAR_RANGES_TO_BOUNDS = True


def year_ranges(query: QueryDef, ent: Entities, binds: dict[str, Any], today: dt.date) -> int:
    """Place each range of whole years into the query's unset year bounds, each end as its
    SQL compares it. Returns how many ranges were placed."""
    if not YEAR_RANGES_TO_BOUNDS or any(p.kind.is_period for p in query.params):
        return 0
    years = [
        p
        for p in query.params
        if getattr(p.kind, "whole", False)
        and name_direction(p.name)
        and binds.get(p.name) is None
        and ("year" in param_cues(p) or (p.min is not None and p.min >= 1000))
    ]
    placed = 0
    for period in ent.periods:
        start, end = period.start, period.end
        if (start.month, start.day) != (1, 1) or start.year == end.year:
            continue  # one year is bounded_years' (or a year parameter's own)
        whole_end = (end.month, end.day) == (12, 31)
        if not whole_end and end != today:
            continue
        end_year = end.year
        if (said := _future_end(period.text, today)) is not None and end == today:
            end_year, whole_end = said, True  # "from 2025 to 2028": to 2028, not to today
        took = 0
        for p in years:
            way = name_direction(p.name)
            if way < 0 and not whole_end:
                continue  # "since 1995": no upper bound said
            year = start.year if way > 0 else end_year
            op = sql_operator(query.sql, p.name)
            value = year - 1 if op == ">" else year + 1 if op == "<" else year
            if binds.get(p.name) is None and _in_range(p, value):
                binds[p.name] = value
                took += 1
        placed += took > 0
    return placed


# "move-ins from 2025 to 2028": a range's last year said after today's bounds year
# parameters as said (a date period ends today: nothing has happened after it, but a year
# column may hold planned years). Off: the range ends today, its upper bound unset.
FUTURE_END_YEAR_KEPT = True
_YEAR = re.compile(r"\b(?:1[89]|2\d)\d\d\b")


def _future_end(said: str, today: dt.date) -> int | None:
    """The last of two or more whole years written in a range, when it is after today's."""
    years = [int(y) for y in _YEAR.findall(said)] if FUTURE_END_YEAR_KEPT else []
    if len(years) >= 2 and years[-1] > today.year and years[-1] >= years[0]:
        return years[-1]
    return None


def _in_range(p: Any, value: int) -> bool:
    return (p.min is None or p.min <= value) and (p.max is None or value <= p.max)
