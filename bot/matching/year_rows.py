"""A year said plainly ("the campus fee of San Jose State in 1996", "in the year of 2002") of a
query that has no year parameter but whose result has a row per year: its rows are grouped by a
year (`GROUP BY f.Year`), or it shows a year column (`f.Year AS fee_year`) and a value the
request names picks the rows (one campus's row each year). The year is then read off its rows,
not dropped; a listing of every campus's fees per year is no answer to "the average fee in
1996" (many rows that year), so there the year still counts against it. Only a year
said as the time of what is asked ("in", "of", "for", "during", "year"): a bound ("after
1950", "since 2000") asks for several years, which a listing of every year does not narrow.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.language.entities import Number
from bot.library.model import QueryDef
from bot.matching.sql_words import outer_group_clause

# Off: a year such a query leaves unused counts against it like any number (a ticket).
YEARS_READ_OFF_ROWS = True

_YEAR_STEM = "year"
FIRST_YEAR, LAST_YEAR = 1900, 2100
# "Year", "f.Year", "fee_year", "FeeYear" (YEAR is an SQL word, so the column's words drop it)
_YEAR_COLUMN = re.compile(r"(?:(?<![A-Za-z])[Yy]ear|(?<=[a-z])Year)(?![a-z])")
# The word just before the year that says it is when the thing asked about happened.
_OF_THE_YEAR = frozenset({"in", "of", "for", "during", "year"})


def read_off_rows(
    n: Number,
    query: QueryDef,
    binds: dict[str, Any],
    shown: frozenset[str],
) -> bool:
    """`n` is a plain year and `query`'s rows are one per year: its outer GROUP BY has a year
    column, or `shown` (the stems of the columns its outer SELECT shows) has one and a text
    parameter took a value (`binds`)."""
    if not YEARS_READ_OFF_ROWS:
        return False
    picked = any(p.kind.name == "string" and binds.get(p.name) for p in query.params)
    if not groups_by_year(query.sql) and not (picked and _YEAR_STEM in shown):
        return False
    if n.exact is None or n.percent or n.money or n.id_like:
        return False
    return FIRST_YEAR <= n.exact <= LAST_YEAR and bool(n.before) and n.before[-1] in _OF_THE_YEAR


@lru_cache(maxsize=4096)
def groups_by_year(sql: str) -> bool:
    """The outer query groups by a year column."""
    clause = outer_group_clause(sql)
    return bool(clause) and _YEAR_COLUMN.search(clause) is not None
