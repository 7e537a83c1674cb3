"""A count read off the row a request names: "how many clubs does Linda Smith belong to" from
one row per student that shows each one's number of clubs (a `clubs` count column) answers
with the number itself; a listing of her memberships only gives rows to count. General SQL and
English: the count columns come from the query's SELECT, the row from the values named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.matching.result_fit import Asked, ResultFit

# Added for a count the query shows as a column of the row the request names (0: off).
READ_OFF_COUNT_BONUS = 0.15


def reads_off_count(a: Asked, f: ResultFit) -> bool:
    """One count (no other aggregate, no breakdown) of things a count column of `f` names,
    asked of a row the request names by its values."""
    if not READ_OFF_COUNT_BONUS or not a.shape.counts or a.aggregates or a.breakdowns:
        return False
    if not a.named_params or a.shape.ranks or not f.shape.counts:
        return False
    # "the number of different characteristic names it has" is no count column
    if a.distinct_count:
        return False
    return bool(a.counts_of & f.shown_counts)
