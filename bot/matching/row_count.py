"""A count of things from a result whose rows are those things: "how many accounts do we have"
from one row per account (its number of rows is the answer), not from one row per customer
that shows each customer's accounts, nor from rows per transaction type. General SQL and
English: what a row is comes from the query's SQL.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.language.textnorm import stem
from bot.matching import signals
from bot.matching.counted import count_beside_columns, counted_heads
from bot.matching.group_heads import outer_table_head
from bot.matching.result_fit import Asked, ResultFit, meets

# "GROUP BY {% if by == 'card_type' %}…": the column a row is per depends on a parameter.
_TEMPLATED_GROUP = re.compile(r"\bgroup\s+by\s*\{[%{]", re.I)


@lru_cache(maxsize=8192)  # a query's SQL, searched for each candidate of every request
def _templated_group(sql: str) -> bool:
    return _TEMPLATED_GROUP.search(sql) is not None


_IN_TOTAL = re.compile(
    r"\b(?:how\s+many|count)\b(?!.*\btotal\s+(?:number|count)\b).*\b(?:in\s+total|altogether|all\s+together)\b"
)


# "Count the total number of clubs" counts rows of clubs when every word counted names a table
# of the library; "the total number of games played" (a column) stays a sum.
TOTAL_OF_TABLE_COUNTS_ROWS = True


def row_grain(f: ResultFit, sql: str) -> frozenset[str]:
    """What one row is: the outer FROM table of a listing that shows a column of it (a dorm's
    amenities, read from Dorm, are rows of amenities), its last word for a compound
    ("Invoice_Line_Items": an item), or the first GROUP BY column, its last
    word for a compound ("bedType": a type); none when a parameter chooses the column."""
    if f.groups is None:
        head = outer_table_head(sql)
        if head is None or not meets(f.rows_of, f.shown):
            return frozenset()
        return frozenset([stem(head)])
    if _templated_group(sql):
        return frozenset()
    if signals.GRAIN_FROM_FIRST_GROUP:
        # "GROUP BY vehicle_id, vehicle_details": a row per vehicle; only a compound that is
        # the first column itself ("AllergyType") makes a row of its last word
        return f.per - {m for m, h in f.compounds if h in f.per}
    return f.per - {m for m, _h in f.compounds}


def rows_are_counted(a: Asked, lowered: str, grain: frozenset[str]) -> bool:
    """One count over every row asked ("how many X", no breakdown, group or rank), and a row
    of the result is one X (`grain`: its outer FROM table, or its first GROUP BY column; not
    every column a templated GROUP BY may take)."""
    if not signals.ROWS_ARE_COUNTED_BONUS or not a.shape.counts or a.aggregates:
        return False
    # "how many vehicles in total" is still one count of them ("the total number of games
    # played" is a sum)
    total = a.grand_total and not (signals.COUNTED_IN_TOTAL and _IN_TOTAL.search(lowered))
    if TOTAL_OF_TABLE_COUNTS_ROWS and a.counts_of and a.counts_of <= a.counted_tables:
        total = False  # "the total number of clubs": every word counted names a table
    if a.breakdowns or a.shape.groups or a.shape.ranks or total or not grain:
        return False
    if count_beside_columns(lowered):
        return False  # "the transaction type and the number of transactions": per type
    heads = frozenset(stem(w) for w in counted_heads(lowered))
    return bool(heads) and meets(heads, grain)
