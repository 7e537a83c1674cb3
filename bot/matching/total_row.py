"""A grouped result that also holds a row over every row: `GROUP BY GROUPING SETS ((gender), ())`,
`ROLLUP (region)`, `CUBE (…)`. "The total capacity of all dorms" is read off its total row, so
neither the penalty for one figure from rows per group nor the grand-total ticket applies.
General SQL only (a `GROUPING SETS` without an empty set `()` has no such row).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.matching.sql_words import outer_group_clause

# Off: a total row is not read, and one figure from a grouped result is a ticket, as before.
TOTAL_ROW_HOLDS_TOTAL = True

_ROLLUP = re.compile(r"\b(?:rollup|cube)\b", re.I)
_GROUPING_SETS = re.compile(r"\bgrouping\s+sets\b", re.I)
_EMPTY_SET = re.compile(r"\(\s*\)")


def has_total_row(sql: str) -> bool:
    """The outer query's groups come with a row over every row, read as such (the switch)."""
    return TOTAL_ROW_HOLDS_TOTAL and total_row_in(sql)


@lru_cache(maxsize=4096)
def total_row_in(sql: str) -> bool:
    """The outer query groups with ROLLUP, CUBE, or GROUPING SETS holding the empty set."""
    clause = outer_group_clause(sql)
    if not clause:
        return False
    if _ROLLUP.search(clause):
        return True
    return bool(_GROUPING_SETS.search(clause) and _EMPTY_SET.search(clause))
