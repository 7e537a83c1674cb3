"""An aggregate the query shows, but of something else than the request asks: "the average
number of international passengers" from a query that averages total passengers (and shows the
international ones only summed) would hand over another figure. The best query doing so is a
ticket, never a run (bot.matching.matcher). General English only; the columns come from the SQL.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.language.textnorm import stem
from bot.matching.asked_result import Asked
from bot.matching.result_fit import ResultFit
from bot.matching.sql_words import _IDENT, _PARTS, bare_sql

# The best query showing an asked aggregate only of something else: a ticket.
MISPLACED_AGGREGATE_TICKET = True
# Only an aggregate the SQL calls (`SUM(`) is of one column and not its siblings: a column merely
# named for one ("total_balance" = checking + savings of the row) adds its siblings together,
# so naming one of them misplaces nothing (off: a name word counts as the aggregate too).
CALLED_AGGREGATES_ONLY = True


def misplaced(a: Asked, f: ResultFit, sql: str) -> int:
    """How many aggregates `a` asks for that `f` shows only of a column whose sibling the words
    name ("average international passengers" where only total passengers are averaged and
    international_passengers shown). An aggregate of none of the words said is no evidence: a
    header may name its figure otherwise ("average basket size" of AVG(amount))."""
    out = 0
    for agg, said in a.objects.items():
        of = f.aggregate_stems.get(agg, frozenset())
        if agg in f.aggregates and said & of and (not CALLED_AGGREGATES_ONLY or _calls(sql, agg)):
            out += any(said & of & c and (said & c) - of for c in _compound_columns(sql))
    return out


@lru_cache(maxsize=2048)
def _calls(sql: str, agg: str) -> bool:
    """Whether `sql` calls the aggregate function `agg` ("sum(")."""
    return re.search(rf"\b{agg}\s*\(", bare_sql(sql).lower()) is not None


@lru_cache(maxsize=2048)
def _compound_columns(sql: str) -> tuple[frozenset[str], ...]:
    """The stems of each identifier of several words in `sql` ("International_Passengers")."""
    out = []
    for m in _IDENT.finditer(bare_sql(sql)):
        # (words of three letters or more, as the aggregates' own words are read)
        said = _PARTS.findall(m.group(1) or m.group(2))
        parts = frozenset(stem(w.lower()) for w in said if len(w) > 2)
        if len(parts) > 1:
            out.append(parts)
    return tuple(dict.fromkeys(out))
