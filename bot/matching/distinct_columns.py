"""A count of distinct values the query shows as a column of its one row: "how many different
cities have an airport in Greenland" is answered by `COUNT(DISTINCT city) AS cities` of a
summary, read off as it stands, where a list of rows per city only gives rows to count. A
count of distinct things is otherwise never read off a count column ("the number of distinct
bed types" is no row's `beds`: bot.matching.result_fit), so a summary that shows it lost to
any query whose rows are the things counted. General SQL and English: the columns come from
the outer SELECT, what is counted from the request.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from bot.language.textnorm import stem
from bot.matching.asked_result import Asked
from bot.matching.sql_words import _select_items

# A count of distinct values asked ("how many different cities") is read off a
# COUNT(DISTINCT …) column named after the things counted, in a result of one row over every
# row (off: no count column answers a count of distinct values).
DISTINCT_COLUMN_READ_OFF = True
# Added for such a column, as a count read off a named row is (bot.matching.read_off).
DISTINCT_COLUMN_BONUS = 0.15

_COUNT_DISTINCT = re.compile(r"^\s*COUNT\s*\(\s*DISTINCT\b", re.I)
_ALIAS = re.compile(r"\bAS\s+\"?(\w+)\"?\s*$", re.I)


class ResultFit(Protocol):
    """What this rule reads of a query's result (bot.matching.result_fit.ResultFit)."""

    groups: frozenset[str] | None
    distinct_counts: frozenset[str]


@lru_cache(maxsize=4096)
def distinct_count_columns(sql: str) -> frozenset[str]:
    """The stems of the words naming the outer SELECT's COUNT(DISTINCT …) columns
    ("COUNT(DISTINCT NULLIF(city, '')) AS cities" -> citi)."""
    out: set[str] = set()
    for item in _select_items(sql):
        if not _COUNT_DISTINCT.match(item) or not (m := _ALIAS.search(item)):
            continue
        out.update(stem(w) for w in m.group(1).lower().split("_") if len(w) >= 3)
    return frozenset(out)


def distinct_read_off(a: Asked, f: ResultFit) -> frozenset[str]:
    """What a count of distinct things asked of one figure reads off `f`'s distinct-count
    columns (empty when none names it, or when `f`'s rows are per group)."""
    if not DISTINCT_COLUMN_READ_OFF or not a.distinct_count or a.breakdowns:
        return frozenset()
    if f.groups is not None or a.shape.groups:
        return frozenset()
    return a.counts_of & f.distinct_counts
