"""Rows of a thing, or one count of them, asked plainly ("how many clubs are there", "the names
of all clubs"): of two queries whose rows are that thing, a listing answers it, a query whose
columns are mostly figures per row (members, average age, fees per campus) answers another
question about the same rows. Its figures are what it is for; asked none of them, it counts a
little less than a listing; and clearly less when its counts are of another thing ("how many
customers" from a count of accounts per customer: the figure shown is not the one asked).
General SQL and English only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.matching.asked_result import Asked
from bot.matching.sql_words import _select_items
from bot.matching.subject_fit import ATTRIBUTE_STEMS

# The weight of the share of a result's columns that are figures (see PLAIN_ROWS_PENALTY).
PLAIN_ROWS_PENALTY = 0.1
# A plain count of X from rows of X whose only counts are of other things: what it shows per
# row reads as the answer and is not (the answer is its number of rows, a listing's too).
COUNT_OF_OTHER_PENALTY = 0.1
_AGGREGATE = re.compile(r"\b(?:count|sum|avg|min|max|median|stddev\w*)\s*\(", re.I)


@lru_cache(maxsize=4096)
def figure_share(sql: str) -> float:
    """The share of the outer SELECT's columns that aggregate (COUNT, SUM, AVG, …)."""
    items = [i for i in _select_items(sql) if i.strip()]
    if not items:
        return 0.0
    return sum(1 for i in items if _AGGREGATE.search(i)) / len(items)


def asks_plain_rows(wants: Asked, counted_rows: bool, bounded: bool) -> bool:
    """One count over every row of a thing, with no figure, rank, breakdown, value or bound
    asked."""
    if bounded or wants.aggregates or wants.breakdowns or wants.best_per or wants.most_times:
        return False
    if wants.shape.ranks or wants.shape.groups or wants.beside or wants.negated:
        return False
    return counted_rows and not wants.named_params


# "The names of all clubs", "the name of each club" (rows asked, no count): the same holds for a
# plain listing of the rows a result is of, as for their count.
PLAIN_LISTING_FIGURES = True


def asks_plain_listing(
    wants: Asked,
    bounded: bool,
    grain: frozenset[str],
    grouping: frozenset[str],
    said: frozenset[str] = frozenset(),
    shown: frozenset[str] = frozenset(),
) -> bool:
    """Rows of a thing the result's rows are of (`grain`), with no count, figure, rank,
    breakdown, value or bound asked (a choice of a parameter in `grouping`, "by name", shapes
    the result and is no value), nor a column the result shows besides their names (`said`:
    the request's stems, `shown`: the result's column stems; "the genres with their rating")."""
    if not PLAIN_LISTING_FIGURES or bounded or wants.shape.counts or wants.shape.ranks:
        return False
    if wants.aggregates or wants.breakdowns or wants.best_per or wants.most_times:
        return False
    if wants.negated or wants.named_params - grouping or wants.counts_of:
        return False
    if (said - grain - ATTRIBUTE_STEMS) & shown:
        return False
    return bool(wants.row_subjects) and wants.row_subjects <= grain


def plain_rows_penalty(sql: str, plain: bool) -> float:
    """What a result of figures loses on a plain request for rows (or their count)."""
    return PLAIN_ROWS_PENALTY * figure_share(sql) if plain else 0.0


def count_of_other_penalty(
    shown_counts: frozenset[str], heads: frozenset[str], title: frozenset[str], plain: bool
) -> float:
    """What a result loses on a plain count of `heads` when the counts it shows (`shown_counts`,
    by their column names) are all of something else, each of which its title (stems) says
    ("Accounts per customer"); a listing that also shows a count per row loses nothing."""
    if (
        not plain
        or not heads
        or heads & shown_counts
        or not shown_counts
        or not shown_counts <= title
    ):
        return 0.0
    return COUNT_OF_OTHER_PENALTY
