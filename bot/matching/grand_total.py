"""One figure over every row ("the total amount of all payments", "the minimum, average and
maximum age of all students") from a query whose result is many rows: a row per staff member
with each one's total, a row per group with its average, a listing of payments. Running it
hands over a list of figures, none of them the one asked for, so the request is a ticket. A
result is one row when its outer SELECT shows aggregates only and it does not group. General
SQL and English only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.matching import grain as _grain
from bot.matching import signals
from bot.matching.grain import counts_another_grain, first_key, other_grain
from bot.matching.over_groups import aggregate_over_groups
from bot.matching.result_fit import Asked, ResultFit, meets
from bot.matching.row_count import row_grain
from bot.matching.sql_words import _select_items, bare_sql, outer_group_clause
from bot.matching.total_row import has_total_row

_AGGREGATE_CALL = re.compile(r"\b(?:avg|sum|max|min|count|median|stddev\w*)\s*\(", re.I)
_SUBQUERY = re.compile(r"\(\s*select\b", re.I)

# "the total number of customers across banks" from one row per bank showing each one's
# customers: one count over every row of a thing the rows are not, which only a sum of the
# column gives (a ticket; off: only an aggregate's grand total is one). Ships off: one wrong
# answer removed on the tuning sets, none on the held-out ones, where one right answer became a
# ticket (BENCHMARKS.md, fourteenth stop).
TOTAL_COUNT_OF_OTHER_ROWS = False


def one_row(sql: str) -> bool:
    """The outer query shows aggregates only and does not group: its result is one row."""
    return _one_row(sql, SCALAR_SUBQUERIES_ONE_ROW, MIXED_SCALARS_ONE_ROW)


@lru_cache(maxsize=4096)
def _one_row(sql: str, scalar: bool, mixed: bool) -> bool:
    if outer_group_clause(sql) is not None:
        return False
    items = [i for i in _select_items(sql) if i.strip()]
    if scalar and items and not _outer_from(sql):
        # "SELECT (SELECT COUNT(*) FROM a) AS a, (SELECT SUM(h) FROM b) AS h": read from no table
        return all(_SCALAR.match(i) and _AGGREGATE_CALL.search(i) for i in items)
    plain = [i for i in items if _AGGREGATE_CALL.search(i) and not _SUBQUERY.search(i)]
    if scalar and mixed and plain:
        # "SELECT COUNT(*), SUM(p), (SELECT COUNT(*) FROM b) FROM a": the aggregates make one
        # row, and a scalar subquery beside them is one more figure of it
        rest = [i for i in items if i not in plain]
        return all(_SCALAR.match(i) and _AGGREGATE_CALL.search(i) for i in rest)
    return bool(items) and len(plain) == len(items)


# Switch: an outer SELECT of aggregate scalar subqueries only, reading no table, is one row.
SCALAR_SUBQUERIES_ONE_ROW = True
# Switch: aggregates over the outer table with aggregate scalar subqueries beside them are one
# row too (an overview that adds "(SELECT COUNT(*) FROM other) AS others").
MIXED_SCALARS_ONE_ROW = True
_SCALAR = re.compile(r"\s*\(\s*select\b", re.I)
_FROM = re.compile(r"from\b", re.I)


def _outer_from(sql: str) -> bool:
    """Whether the outer (last top-level) SELECT reads a table: a FROM outside parentheses after
    it."""
    text = bare_sql(sql)
    depth, start = 0, None
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and ch in "sS" and re.match(r"select\b", text[i : i + 7], re.I):
            start = i
    depth = 0
    for i in range(start or 0, len(text)):
        depth += (text[i] == "(") - (text[i] == ")")
        if depth == 0 and _FROM.match(text, i) and (i == 0 or not text[i - 1].isalnum()):
            return True
    return False


def unmet_rows(
    a: Asked, f: ResultFit, sql: str, grains: frozenset[str], valued: bool = False
) -> tuple[bool, bool]:
    """What `f`'s rows cannot be, each a ticket when it is the best query: one figure over
    every row (`grand_total_unmet`, `total_count_unmet`, bot.matching.over_groups), rows of a
    table another listing is of (bot.matching.grain.other_grain) or counted
    (counts_another_grain; `valued`: it takes a value the request names)."""
    total = grand_total_unmet(a, f, sql) or total_count_unmet(a, f, sql, valued)
    total = total or aggregate_over_groups(a, f, sql, not one_row(sql), valued)
    return total, other_grain(a, f, sql, grains) or counts_another_grain(a, f, sql, grains, valued)


def grand_total_unmet(a: Asked, f: ResultFit, sql: str) -> bool:
    """An aggregate over every row ("… of all employees") asked of a result of many rows."""
    if not signals.TICKET_ON_GRAND_TOTAL or not (a.grand_total and a.aggregates):
        return False
    if a.breakdowns or a.shape.groups or a.bounded or a.named_params & f.per:
        # "the total per store", "… after 2000", "the average of female students" from rows
        # per sex: not one figure over every row, or one the rows show
        return False
    return not one_row(sql) and not has_total_row(sql)


def total_count_unmet(a: Asked, f: ResultFit, sql: str, valued: bool = False) -> bool:
    """A total count of a thing ("the total number of customers across banks") asked of a
    result of many rows whose rows are known and are something else (banks): its number of
    rows is not the count, and no one row holds it. Not when a value the request names picks
    the rows (`valued`: "the total number of customers of bank X" reads one row)."""
    if not TOTAL_COUNT_OF_OTHER_ROWS or not (a.grand_total and a.shape.counts and a.count_heads):
        return False
    if a.aggregates or valued or a.breakdowns or a.shape.groups or a.bounded or a.beside:
        return False
    if a.rows or a.listed or len(a.count_heads) > 1:
        # "all member ids with the number of clubs and total number of matches": per row
        return False
    if a.named_params & f.per or one_row(sql):
        return False
    # a listing's rows are its outer FROM table's even when it shows none of its words
    grain = row_grain(f, sql) or (f.rows_of if f.groups is None else frozenset())
    key = first_key(sql) if _grain.FIRST_KEY_NAMES_ROWS and f.groups is None else None
    if key is not None:
        grain |= {key}  # "shop_id" first, from a table called outlet: a row per shop
    return bool(grain) and not meets(a.count_heads, grain) and not meets(grain, a.count_heads)
