"""A count of the very things a grouped result has one row each of: "how many clubs" from one
row per club (GROUP BY the club's key, with its members counted beside) is that result's number
of rows, not a list of figures in place of one. General SQL and English: the grain comes from
the query's GROUP BY.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from bot.matching.asked_result import Asked, meets
from bot.matching.sql_words import ResultShape, bare_sql, outer_group_clause


class ResultFit(Protocol):
    """What this rule reads of a query's result (bot.matching.result_fit.ResultFit)."""

    shape: ResultShape
    own_groups: bool
    per: frozenset[str]
    compounds: frozenset[tuple[str, str]]


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
    return meets(a.counts_of, grain)
