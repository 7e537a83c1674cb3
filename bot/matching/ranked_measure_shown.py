"""A ranking's measure is no breakdown of a result that shows it: "top 2 parties by number of
events" of one row per party that shows each party's `events` (a count beside each row, or a
COUNT per group) ranks those rows by that column; read as a breakdown "by number", it cost the
query the penalties of a count per group asked of rows that are not grouped, and the request
that query answers became a ticket. bot.matching.left_unused already hears such a measure when
the query's run sorts by it; this is the same reading for the result's shape. General English
("by the number of X") and SQL (what the result shows and counts) only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from bot.matching.asked_result import Asked
from bot.matching.result_fit import ResultFit

# "by number of X" is read as a ranking, not a breakdown, of a result showing a count of X.
MEASURE_SHOWN_NO_BREAKDOWN = True


def measures_shown(
    breakdowns: Iterable[str], fit: ResultFit, ranked: Mapping[str, frozenset[str]]
) -> frozenset[str]:
    """The breakdowns that are a ranking's measure ("number" of "by number of events", `ranked`
    from bot.matching.subject_fit.ranked_measures) of a thing `fit` shows a count of."""
    if not (MEASURE_SHOWN_NO_BREAKDOWN and ranked):
        return frozenset()
    counted = fit.shown_counts | fit.aggregate_stems.get("count", frozenset())
    return frozenset(b for b in breakdowns if ranked.get(b, frozenset()) & counted)


def measures_dropped(a: Asked, fit: ResultFit, ranked: Mapping[str, frozenset[str]]) -> Asked:
    """`a` without the breakdowns that are such a measure (`measures_shown`)."""
    met = measures_shown(a.breakdowns, fit, ranked)
    if not met:
        return a
    return replace(a, breakdowns=a.breakdowns - met, breakdown_tables=a.breakdown_tables - met)
