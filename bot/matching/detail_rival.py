"""One record's detail beside a directory filtered to it: "the checking and savings balances of
Brown" is answered by a lookup whose only, required, parameter takes "Brown" (everything held on
one customer), and by a listing of every customer that takes "Brown" as an optional filter. The
words rarely choose between the two (a listing's header says more words), and the runs read
differently (one record, or one row of a table), so a lookup a little behind the listing that
takes every value the listing took for its one record (by equality, from the same table the
listing lists) is a near tie: the person picks
(bot.matching.near_ties). General: what a detail query is comes from its parameters.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.matching.group_heads import outer_table
from bot.matching.signals import MATCH_THRESHOLD

# A detail query of one record (every parameter a required text bound to a value said) within
# DETAIL_RIVAL_MARGIN of a best listing that took the same values as optional filters is asked.
DETAIL_RIVAL_TIES = True
DETAIL_RIVAL_MARGIN = 0.2


_UNION = re.compile(r"\bunion\b", re.I)


@lru_cache(maxsize=4096)
def _rows_of(sql: str) -> tuple[str, ...]:
    return tuple(outer_table(sql))


def _one_record(sql: str, names: tuple[str, ...]) -> bool:
    """Each parameter is compared for equality (a lookup, not a search by letters) in one query
    (no UNION of several)."""
    return not _UNION.search(sql) and all(
        re.search(rf"=\s*(?:(?:lower|upper|trim)\s*\(\s*)?:{re.escape(n)}\b", sql, re.I)
        for n in names
    )


def _said(x: Any, params: list[Any]) -> set[str]:
    return {str(v).lower() for p in params if (v := x.binds.get(p.name)) not in (None, "")}


def detail_rival(best: tuple[Any, Any, Any], other: tuple[Any, Any, Any]) -> bool:
    """Whether `other` (score, query, extraction) is a detail query of the one record the best
    listing was filtered to, close enough behind to be asked beside it."""
    if not DETAIL_RIVAL_TIES:
        return False
    (b_score, b_query, b_x), (score, query, x) = best, other
    if score < max(MATCH_THRESHOLD, b_score - DETAIL_RIVAL_MARGIN) or x.missing or x.foreign_values:
        return False
    own = [p for p in query.params if p.required]
    if not own or len(own) != len(query.params) or any(p.type != "string" for p in own):
        return False
    said = _said(x, own)
    if len(said) != len(own) or any(p.required for p in b_query.params):
        return False
    # a detail of the very rows the listing lists (both FROM the same table), found by equality
    rows = _rows_of(query.sql)
    if not rows or rows != _rows_of(b_query.sql):
        return False
    if not _one_record(query.sql, tuple(p.name for p in own)):
        return False
    filters = [p for p in b_query.params if p.type == "string"]
    return said <= _said(b_x, filters)
