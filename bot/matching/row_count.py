"""A count of things from a result whose rows are those things: "how many accounts do we have"
from one row per account (its number of rows is the answer), not from one row per customer
that shows each customer's accounts, nor from rows per transaction type. General SQL and
English: what a row is comes from the query's SQL.
"""

from __future__ import annotations

import re

from bot.language.textnorm import stem
from bot.matching import signals
from bot.matching.counted import count_beside_columns, counted_heads
from bot.matching.group_heads import outer_table_head
from bot.matching.result_fit import Asked, ResultFit, meets

# "GROUP BY {% if by == 'card_type' %}…": the column a row is per depends on a parameter.
_TEMPLATED_GROUP = re.compile(r"\bgroup\s+by\s*\{[%{]", re.I)


# Only a compound of the first GROUP BY column ("AllergyType": a type) says what a row is; a
# later column of several words ("ClubDesc" beside ClubID) says what each row shows.
FIRST_KEY_COMPOUNDS_ONLY = True


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
    if _TEMPLATED_GROUP.search(sql):
        return frozenset()
    if FIRST_KEY_COMPOUNDS_ONLY:
        # "GROUP BY c.ClubID, c.ClubDesc": rows per club, whatever the later columns' words
        return f.per - {m for m, h in f.compounds if h in f.per}
    return f.per - {m for m, _h in f.compounds}


def rows_are_counted(a: Asked, lowered: str, grain: frozenset[str]) -> bool:
    """One count over every row asked ("how many X", no breakdown, group or rank), and a row
    of the result is one X (`grain`: its outer FROM table, or its first GROUP BY column; not
    every column a templated GROUP BY may take)."""
    if not signals.ROWS_ARE_COUNTED_BONUS or not a.shape.counts or a.aggregates:
        return False
    if a.breakdowns or a.shape.groups or a.shape.ranks or a.grand_total or not grain:
        return False
    if count_beside_columns(lowered):
        return False  # "the transaction type and the number of transactions": per type
    heads = frozenset(stem(w) for w in counted_heads(lowered))
    return bool(heads) and meets(heads, grain)
