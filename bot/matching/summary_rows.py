"""The one of many a superlative asks for, from a result of one row of totals: "the name and
hours of the project which has the most scientists" from a lab overview (`SELECT (SELECT
COUNT(*) FROM Scientists) AS scientists, …`) gets the most of something, never which project
has it. A row of totals names no row of the things ranked, so it cannot say which one is the
best; a listing or a result grouped per project can. General SQL and English: the shape comes
from the outer SELECT, what is asked from the request.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.matching.asked_result import Asked
from bot.matching.sql_words import _select_items

# "Which X has the most …" asks a row of X, which a result of one row of totals cannot name
# (off: such a result is read as rows of anything it counts). Ships off: on the 27 tuning sets
# 0.8166 / 2.42 % -> 0.8190 / 2.37 % (scientist_1, flight_4, phone_1, student_1), but the 21
# held-out sets lost a right answer to a wrong one (entrepreneur 0.746 / 6.0 % -> 0.739 / 7.5 %;
# the same with only rows naming a table).
BEST_ROW_NOT_FROM_TOTALS = False
# Taken off such a result, as rows of another grain are (signals.ROW_GRAIN_PENALTY).
BEST_ROW_PENALTY = 0.3

_AGGREGATE = re.compile(r"\b(?:COUNT|SUM|AVG|MIN|MAX)\s*\(", re.I)
_SCALAR_SUBQUERY = re.compile(r"^\s*\(\s*SELECT\b", re.I)
# an aggregate that names the row it picks ("ARG_MAX(name, hours)"): the best one is shown
_PICKS_A_ROW = re.compile(r"\b(?:ARG_MAX|ARG_MIN|MAX_BY|MIN_BY|FIRST|LAST)\s*\(", re.I)
_GROUP_BY = re.compile(r"\bGROUP\s+BY\b", re.I)


@lru_cache(maxsize=4096)
def one_row_of_totals(sql: str) -> bool:
    """Whether the outer SELECT is one row of totals: every item an aggregate or a scalar
    subquery, none naming the row it picks, and no GROUP BY anywhere outside a subquery."""
    items = [i for i in _select_items(sql) if i.strip()]
    if not items or any(_PICKS_A_ROW.search(i) for i in items):
        return False
    if not all(_AGGREGATE.search(i) or _SCALAR_SUBQUERY.match(i) for i in items):
        return False
    return not _GROUP_BY.search(_outside_parentheses(sql))


def _outside_parentheses(sql: str) -> str:
    depth, out = 0, []
    for ch in sql:
        depth += (ch == "(") - (ch == ")")
        out.append(ch if depth == 0 else " ")
    return "".join(out)


def best_row_unnamed(a: Asked, totals: bool) -> bool:
    """A request ranking rows of a thing it names ("the project which has the most …") set
    against a result of one row of totals (`totals`)."""
    if not BEST_ROW_NOT_FROM_TOTALS or not totals:
        return False
    return bool(a.shape.ranks and a.rows and not a.shape.counts and not a.aggregates)
