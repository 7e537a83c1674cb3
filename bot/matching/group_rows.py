"""A count of the very things a grouped result has one row each of: "how many clubs" from one
row per club (GROUP BY the club's key, with its members counted beside) is that result's number
of rows, not a list of figures in place of one. General SQL and English: the grain comes from
the query's GROUP BY.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.matching.sql_words import bare_sql, outer_group_clause

if TYPE_CHECKING:
    from bot.matching.result_fit import Asked, ResultFit

# Off: every count from a grouped result is a list of figures in place of one.
ROWS_OF_GROUPS_COUNTED = True

_FROM_ALIAS = re.compile(r"\bfrom\s+\"?(\w+)\"?(?:\s+as)?(?:\s+(\w+))?", re.I)


@lru_cache(maxsize=8192)
def groups_own_rows(sql: str) -> bool:
    """The outer query groups by a column of its own FROM table ("FROM Club AS c ... GROUP BY
    c.ClubID"): a row per record of that table with figures beside, not a summary of another
    table's rows per group ("FROM status AS st ... GROUP BY s.id")."""
    clause = outer_group_clause(sql)
    if not clause:
        return False
    first = clause.split(",")[0].strip()
    text = bare_sql(sql)
    depth, own = 0, None
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and ch in "fF" and (m := _FROM_ALIAS.match(text, i)):
            own = {m.group(1).lower(), (m.group(2) or m.group(1)).lower()}
    if own is None:
        return False
    qualifier = first.split(".")[0].strip('" ').lower() if "." in first else None
    return qualifier is None or qualifier in own


def counts_the_groups(a: Asked, f: ResultFit) -> bool:
    """The request counts (no other aggregate) what a row of `f` is: its first GROUP BY column's
    thing (less a compound's modifier: "AllergyType" rows are types)."""
    if not ROWS_OF_GROUPS_COUNTED or not a.shape.counts or a.aggregates or not f.shape.groups:
        return False
    if not f.own_groups:
        return False
    grain = f.per - {m for m, h in f.compounds if h in f.per}
    from bot.matching.result_fit import meets  # result_fit imports this module

    return meets(a.counts_of, grain)
