"""A near tie a count of rows decides: "how many clubs are there" between a listing of clubs
and a query of figures per group. One count over every row, asked with no breakdown, group,
rank or other figure, is the number of rows of the one tied candidate that lists the things
counted (its outer FROM table names them and it shows a column of it; it neither groups nor
aggregates), when every other tied candidate groups by something else and shows no count of
them ("how many clubs does Linda Smith belong to": a count of clubs per student). General
English and SQL only; what a row is comes from the query.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from bot.language.textnorm import stem
from bot.matching.counted import count_beside_columns, counted_heads
from bot.matching.result_fit import ResultFit
from bot.matching.row_count import row_grain

# Off: a near tie between a listing of the things counted and grouped queries stays ambiguous.
COUNTED_ROWS_BREAK_TIE = True

# Words that ask for a count per group, a ranking or another figure than one count of rows.
_NOT_ONE_COUNT = re.compile(
    r"\b(?:each|per|every|by|most|least|fewest|greatest|highest|lowest|largest|smallest|top"
    r"|average|avg|mean|sum|maximum|minimum|max|min|percent|percentage|share|ratio)\b"
)
# "the total number of games played", "goals scored": a sum of a figure, not a count of rows
_TOTAL_DONE = re.compile(r"\btotal\b.*\b(?:numbers?|count)\s+of\s+(?:\w+\s+){1,2}\w+ed\b")


def _lists(fit: ResultFit, heads: frozenset[str]) -> bool:
    """It lists the things counted: a row per row of a table they name, a column of it shown."""
    return (
        fit.groups is None
        and not fit.aggregates
        and not fit.shape.counts
        and bool(heads & fit.rows_of)
    )


def _values(x: Any) -> frozenset[str]:
    return frozenset(str(v).lower() for v in x.binds.values() if isinstance(v, str))


def rows_counted_first(
    lowered: str, tied: Sequence[tuple[float, Any, Any]], fit_of: Callable[[str], ResultFit]
) -> int | None:
    """The position in `tied` (a near tie, best first, each (score, query, extraction)) of the
    one candidate whose rows the request counts; None when the count does not decide."""
    if not COUNTED_ROWS_BREAK_TIE or _NOT_ONE_COUNT.search(lowered):
        return None
    if count_beside_columns(lowered) or _TOTAL_DONE.search(lowered):
        return None
    heads = frozenset(stem(w) for w in counted_heads(lowered))
    if not heads:
        return None
    # a listing that still asks for a value ("one dorm's amenities") is no count of every row
    listing = [
        i for i, (_s, q, x) in enumerate(tied) if _lists(fit_of(q.name), heads) and not x.missing
    ]
    if len(listing) != 1:
        return None
    took = _values(tied[listing[0]][2])
    for i, (_s, q, x) in enumerate(tied):
        f = fit_of(q.name)
        if i != listing[0] and (
            f.groups is None
            or heads & row_grain(f, q.sql)
            or (heads & f.shown_counts and not _values(x) <= took)
        ):
            return None
    return listing[0]
