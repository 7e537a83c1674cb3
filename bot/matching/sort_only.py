"""Choice parameters that only order a result: `direction: {choices: [desc, asc]}` read by
`{% if direction == 'desc' %} DESC{% endif %}` after the SQL's last ORDER BY, with no default.
No row is left out whatever it holds, so it is no filter: "ordered descending by population"
said to another query that sorts its own way drops no constraint (bot.matching.values).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.library.model import ParamDef, QueryDef

# Switch: a choice read only after the last ORDER BY is no filter.
SORT_ONLY_CHOICES_NOT_FILTERS = True

_ORDER_BY = re.compile(r"\border\s+by\b", re.I)


@lru_cache(maxsize=4096)
def _read_at(sql: str, name: str) -> tuple[int, ...]:
    return tuple(m.start() for m in re.finditer(rf"(?<![\w.]){re.escape(name)}\b", sql))


def sorts_only(query: QueryDef, p: ParamDef) -> bool:
    """`p` is a choice of `query` that its SQL reads only after its last ORDER BY."""
    if not SORT_ONLY_CHOICES_NOT_FILTERS or not p.choices:
        return False
    orders = [m.end() for m in _ORDER_BY.finditer(query.sql)]
    at = _read_at(query.sql, p.name)
    return bool(orders) and bool(at) and min(at) > orders[-1]
