"""A count read off the row a request names: "how many clubs does Linda Smith belong to" from
one row per student that shows each one's number of clubs (a `clubs` count column) answers
with the number itself; a listing of her memberships only gives rows to count. General SQL and
English: the count columns come from the query's SELECT, the row from the values named.
"""

from __future__ import annotations

from typing import Protocol

from bot.matching.asked_result import Asked, meets
from bot.matching.sql_words import ResultShape


class ResultFit(Protocol):
    """What this rule reads of a query's result (bot.matching.result_fit.ResultFit)."""

    shape: ResultShape
    from_table: frozenset[str]
    shown_counts: frozenset[str]
    own_params: frozenset[str]


# A count the query shows as a column of the row the request names is no list of figures in
# place of one (off: it is, as any count from grouped rows).
READ_OFF_COUNTS = True
# Added for such a count, as a row count's bonus is (bot.matching.row_count).
READ_OFF_COUNT_BONUS = 0.15
# Only a count of things other than the rows of the query's FROM table (off: any count column).
OTHER_THINGS_ONLY = True
# Only where a value named is for a parameter of the query itself, so that it can pick the row
# (off: a value any query takes will do, so "how many companies did Andy create" reads a
# summary per founder that cannot pick Andy's row and shows every founder's).
NAMED_BY_OWN_PARAMS = True


def reads_off_count(a: Asked, f: ResultFit) -> bool:
    """One count (no other aggregate, no breakdown) of things a count column of `f` names,
    asked of a row the request names by its values."""
    if not READ_OFF_COUNTS or not a.shape.counts or a.aggregates or a.breakdowns:
        return False
    if not a.named_params or a.shape.ranks or not f.shape.counts:
        return False
    if NAMED_BY_OWN_PARAMS and not a.named_params & f.own_params:
        return False
    # "the number of different characteristic names it has" is no count column
    if a.distinct_count:
        return False
    # "how many rooms have a king bed" from rows per bed type read from Rooms: the rooms are
    # the table's own rows, listed where a query lists them; only a count of other things
    # beside a row (a student's clubs) is read off
    if OTHER_THINGS_ONLY and meets(a.counts_of, f.from_table):
        return False
    return bool(a.counts_of & f.shown_counts)
