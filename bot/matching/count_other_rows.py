"""A count of things from a result whose rows are other things: "how many CSU campuses are
there" from one row per fee record (FROM csu_fees, campuses only joined in) counts fees, not
campuses, whatever the join happens to give today; a query whose rows are campuses answers.
The mirror of bot.matching.row_count. General SQL and English: what a row is comes from the
query's SQL.
"""

from __future__ import annotations

from bot.language.textnorm import stem
from bot.matching import signals
from bot.matching.counted import count_beside_columns, counted_heads
from bot.matching.result_fit import Asked, meets

# Taken off a query whose rows are known and are not the things one count over every row
# counts (0: off).
OTHER_ROWS_COUNTED_PENALTY = 0.1


def counts_other_rows(a: Asked, lowered: str, grain: frozenset[str]) -> bool:
    """One count over every row asked ("how many X", no value, breakdown, group or rank), and
    a row of the result (`grain`) is something else than X."""
    if not OTHER_ROWS_COUNTED_PENALTY or not a.shape.counts or a.aggregates or not grain:
        return False
    if a.breakdowns or a.shape.groups or a.shape.ranks or a.named_params or a.bounded:
        return False
    if count_beside_columns(lowered) or not signals.ROWS_ARE_COUNTED_BONUS:
        return False
    heads = frozenset(stem(w) for w in counted_heads(lowered))
    return bool(heads) and not meets(heads, grain) and not meets(grain, heads)
