"""One figure over everything asked of a result of one row per group: "the average and total
transaction amount" from figures per transaction type. Each row holds the figure of one group
and none the one asked (it would have to be computed again over every row), so running hands
over a list in place of the number: a ticket, as for a grand total said as such
(bot.matching.grand_total). General SQL and English only: what a row is per comes from the
query's SQL.
"""

from __future__ import annotations

import re

from bot.matching.result_fit import Asked, ResultFit

# "the average and total amount" (aggregates, with nothing that lists, splits, bounds or picks
# the rows) from a grouped result is a ticket (off: it runs).
AGGREGATE_OVER_GROUPS = True
# "GROUP BY GROUPING SETS ((), (region))", ROLLUP, CUBE: a row over every row comes with the
# groups', and it holds the figure asked.
_TOTAL_ROW = re.compile(r"\b(?:grouping\s+sets|rollup|cube)\b", re.I)


def aggregate_over_groups(
    a: Asked, f: ResultFit, sql: str, many_rows: bool, valued: bool = False
) -> bool:
    """An aggregate asked with nothing that splits it, of a result of rows per group and no
    row over them all (`many_rows`: its outer SELECT is not aggregates only; `valued`: it took
    a value the request names)."""
    if not AGGREGATE_OVER_GROUPS or not a.aggregates or a.shape.counts:
        return False
    if valued or a.breakdowns or a.shape.groups or a.shape.ranks or a.beside or a.best_per:
        return False
    if a.rows or a.row_subjects or a.listed or a.bounded or a.named_params or a.most_times:
        return False  # "job titles and average salary", "… above 8000", "… of code 2"
    of = {w for ws in a.objects.values() for w in ws}  # what is averaged is no group asked
    if ({w for pair in a.pairs for w in pair} - of) & f.per:
        return False  # "the transaction types and the total amount": the groups are asked
    return f.groups is not None and many_rows and not _TOTAL_ROW.search(sql)
