"""A count per thing from rows of that thing: "how many members are in each party" from one
row per party (outer `FROM party`, no GROUP BY) that shows a count beside each row, a correlated
`(SELECT COUNT(*) FROM member AS m WHERE m.party_id = p.party_id) AS members`. Its rows are per
party as surely as a GROUP BY's are; read as a breakdown it cannot give ("how many … in each X"
from an ungrouped query), it lost to a query grouped by party that counts something else beside.
General SQL only: what a row is comes from the outer FROM table, the count from the SELECT.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.matching.sql_words import _select_items

# An ungrouped query that shows a count per row of its outer FROM table is "per" that table
# when a count per X is asked (bot.matching.left_unused, bot.matching.result_fit).
ROWS_CARRY_COUNTS = True

_SCALAR_COUNT = re.compile(r"^\s*\(\s*select\s+count\s*\(", re.I)
_SCALAR = re.compile(r"^\s*\(\s*select\b", re.I)
_AGGREGATE = re.compile(r"\b(?:count|sum|avg|min|max|string_agg|list)\s*\(", re.I)
_GROUP_BY = re.compile(r"\bgroup\s+by\b", re.I)


@lru_cache(maxsize=4096)
def _counts_beside_rows(sql: str) -> bool:
    items = [i for i in _select_items(sql) if i.strip()]
    plain = any(not _SCALAR.match(i) and not _AGGREGATE.search(i) for i in items)
    return plain and any(_SCALAR_COUNT.match(i) for i in items)


def counted_per_row(sql: str, rows_of: frozenset[str], grouped: bool) -> frozenset[str]:
    """What an ungrouped query's counts are per: `rows_of` (the stems of its outer FROM table)
    when its outer SELECT shows a column of each row and a scalar COUNT subquery beside it."""
    if grouped or not rows_of or _GROUP_BY.search(sql):
        return frozenset()
    return rows_of if _counts_beside_rows(sql) else frozenset()


def per_row_splits(counted: frozenset[str]) -> frozenset[str]:
    """The words a count per X may name of such a query (none while the switch is off)."""
    return counted if ROWS_CARRY_COUNTS else frozenset()
