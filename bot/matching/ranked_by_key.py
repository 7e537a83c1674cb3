"""A ranking by what the query already sorts by: "top products by revenue" of rows per product
ordered by revenue asks for that order, no breakdown by revenue. The word after "by" names the
measure of a ranking said before it (a rank word: top, best, most, …) and is one of the query's
ORDER BY columns; "top products by category" still asks for a breakdown the rows do not have.
General English only: the sort keys come from the query's SQL.
"""

from __future__ import annotations

import re

from bot.language.textnorm import stem

# Switch (benchmarks/ablation_matcher.py).
RANKED_BY_SORT_KEY = True
_RANKED_BY = re.compile(
    r"\b(?:top|best|worst|bottom|biggest|largest|highest|lowest|leading|most|least|ranked"
    r"|ranking|rank|leaderboard)\b(?:\s+[\w-]+){0,4}?\s+by\s+(?:the\s+|their\s+|total\s+)?"
    r"([a-z]+)\b"
)


def ranked_by_sort_key(breakdown: str, lowered: str, sorts: frozenset[str]) -> bool:
    """Whether `breakdown` is the measure of a ranking the request says, and one of the keys
    the query's rows are sorted by (`sorts`, stems)."""
    if not RANKED_BY_SORT_KEY or stem(breakdown) not in sorts:
        return False
    return any(stem(m.group(1)) == stem(breakdown) for m in _RANKED_BY.finditer(lowered))
