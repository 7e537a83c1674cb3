"""Values a one-record lookup shows rather than drops: "order 49809 still not shipped?", "did
order 16320 come back as a return?", "a refund for late delivery on order 48793 - how much?".

The status or reason said is a value of another query's filter (orders by status, refunds by
reason), so the lookup that took the order number would count it as a filter it drops and the
request became a ticket. But a query that took an identifier the request said returns one
record, and when its result shows the column that other filter compares ("status", "reason"),
the value said is read off that record: the person asks whether the record has it. Read from
the library's SQL only: the column a filter parameter is compared with, and the lookup's shown
columns.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from bot.language.textnorm import stem

# Switch (benchmarks/ablation_matcher.py).
RECORD_SHOWS_VALUES = True

_IDENT = r"[A-Za-z_][\w]*"


@lru_cache(maxsize=4096)
def compared_column(sql: str, param: str) -> frozenset[str]:
    """The stems of the column `sql` compares parameter `param` with ("o.status = :status" ->
    {status}; "lower(c.country) = lower(:country)" -> {country}); empty when none is read."""
    p = re.escape(param)
    col = rf"(?:{_IDENT}\s*\(\s*)?(?:{_IDENT}\.)?({_IDENT})\s*\)?"
    arg = rf"(?:{_IDENT}\s*\(\s*)?:{p}\b"
    m = re.search(rf"{col}\s*(?:=|<>|!=|\bin\b|\blike\b|\bilike\b)\s*\(?\s*{arg}", sql, re.I)
    if not m:
        m = re.search(rf"{arg}\s*\)?\s*(?:=|<>|!=)\s*{col}", sql, re.I)
    if not m:
        return frozenset()
    return frozenset(stem(w) for w in m.group(1).lower().split("_") if w)


def said_identifier(query: Any, binds: dict[str, Any], ent: Any) -> bool:
    """Whether `query` took an identifier (an id or an email) the request said as one."""
    said = {v for v, _s, _e in ent.emails} | {v for v, _s, _e in ent.id_tokens}
    said |= {str(int(n.value)) for n in ent.numbers if n.id_like and n.value == n.value // 1}
    return any(
        binds.get(p.name) is not None and str(binds.get(p.name)) in said
        for p in query.params
        if p.kind.takes_identifier
    )


def shown_on_record(
    named: list[Any],
    query: Any,
    binds: dict[str, Any],
    ent: Any,
    shown: frozenset[str],
    owners_of: Any,
    sql_of: Any,
) -> list[Any]:
    """`named` without the values that `query`'s one record shows: every filter taking the
    value (`owners_of(key)` -> (query, param, value) triples; `sql_of(name)` -> that query's
    SQL) compares a column whose words are all among `shown` (the lookup's shown stems)."""
    if not (RECORD_SHOWS_VALUES and named and said_identifier(query, binds, ent)):
        return named
    kept = []
    for item in named:
        owners = [(q, p) for q, p, _v in owners_of(item[0]) if q != query.name]
        cols = [compared_column(sql_of(q), p) for q, p in owners]
        if owners and all(c and c <= shown for c in cols):
            continue
        kept.append(item)
    return kept
