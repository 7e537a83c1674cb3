"""A period said that the query cannot apply: "the average fee on a campus in 2005" from a query
whose rows carry a year (fee_year) but that takes no period would answer for every year, a
wrong number handed over as the answer. Such a period is a dropped constraint (a ticket, as a
dropped bound is); a query whose rows carry no date has no time to filter, so a period there
is left to the other signals, and so is one the query's own words say ("enrolment reported for
2004", keyword 2004: its rows are of that year). General SQL and English only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.language.entities import Entities
from bot.library.model import QueryDef
from bot.matching.sql_words import _select_items

# Whether a period no parameter took counts as a dropped constraint on dated rows.
PERIOD_ON_DATED_ROWS = True
# A column of the result that holds a date or a year: "f.Year AS fee_year", "order_date",
# "created_at", "signup_month".
_DATED = re.compile(
    r"(?:\b|_)(?:year|yr|date|day|month|quarter|week|time|timestamp)s?(?:\b|_)|_(?:at|on)\b"
    r"|(?<=[a-z])(?:Year|Date|Day|Month|Time)s?\b",
)

_YEARS = re.compile(r"\b\d{4}\b")


@lru_cache(maxsize=4096)
def rows_dated(sql: str) -> bool:
    """Whether the outer SELECT shows a date or year column."""
    return any(_DATED.search(item) for item in _select_items(sql))


def dropped_periods(query: QueryDef, ent: Entities, period_used: bool) -> int:
    """1 when a period was said, the query takes none (no period parameter, nor a year that took
    it), its header does not name its year, and its rows carry a date: the period would
    silently be dropped; else 0."""
    if not PERIOD_ON_DATED_ROWS or not ent.periods or period_used:
        return 0
    header = set(_YEARS.findall(" ".join((query.title, query.description, *query.keywords))))
    if all(header & set(_YEARS.findall(p.text)) for p in ent.periods):
        return 0
    if any(p.kind.is_period for p in query.params):
        return 0
    return int(rows_dated(query.sql))
