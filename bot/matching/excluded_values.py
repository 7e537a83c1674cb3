"""Values a query's SQL leaves out: "how many beauty orders were cancelled" of sales per product
whose SQL reads `status NOT IN ('cancelled', 'returned')`, "revenue from cancelled orders by
region" of revenue that counts no cancelled order. Its description may say the word ("cancelled
orders are left out"), which makes it no stranger to the query, yet running it answers about
every other row: the value is a filter the query drops (a ticket, as for any dropped filter).
Said with a negation ("net of cancellations", "excluding returns") it is what the query does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from bot.language.entities import NEGATIONS
from bot.language.textnorm import words
from bot.library.model import QueryDef

# Switch (benchmarks/ablation_matcher.py).
EXCLUDED_VALUE_DROPPED = True

_NOT_IN = re.compile(r"\bNOT\s+IN\s*\(([^)]*)\)", re.I)
_NOT_EQUAL = re.compile(r"(?:<>|!=)\s*'([^']*)'")
_LITERAL = re.compile(r"'([^']*)'")
# How far before the value a negation still applies to it: "excluding the cancelled ones".
_REACH = 3
_LEAVING_OUT = NEGATIONS | {"net", "minus", "except"}


@lru_cache(maxsize=256)
def excluded_literals(sql: str) -> frozenset[str]:
    """The lower-case string literals `sql` keeps out of its rows (`NOT IN (...)`, `<> '...'`)."""
    out = {lit.lower() for m in _NOT_IN.finditer(sql) for lit in _LITERAL.findall(m.group(1))}
    return frozenset(out | {m.group(1).lower() for m in _NOT_EQUAL.finditer(sql)})


def excluded_said(
    query: QueryDef,
    named: list[Any],
    binds: dict[str, Any],
    text: str,
    targets: Callable[[str], set[str]],
) -> list[str]:
    """The values of `named` ((key, start, end, owners), as the request wrote them) that
    `query` does not take and its SQL leaves out, not said with a negation."""
    if not EXCLUDED_VALUE_DROPPED:
        return []
    shut = excluded_literals(query.sql)
    if not shut:
        return []
    bound = {str(v).lower() for v in binds.values() if isinstance(v, str)}
    out = []
    for key, s, e, _owners in named:
        meant = {t.lower() for t in targets(key)} | {key.lower()}
        if not meant & shut or meant & bound:
            continue
        before = {w for w, _s, _e in words(text[max(0, s - 60) : s])[-_REACH:]}
        if not before & _LEAVING_OUT:
            out.append(text[s:e])
    return out
