"""A count read as a figure from a one-row result: "how many ships are there" from an overview
whose SELECT shows `(SELECT COUNT(*) FROM Ship) AS ships` hands over the number itself, where
a listing of ships only gives rows to count. The counts come from the query's SQL: each item
of an outer SELECT that does not group and is one row (aggregates and scalar subqueries only),
named by its alias and, for a plain row count, by its table. General SQL and English only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from bot.language.textnorm import stem
from bot.library.model import QueryDef
from bot.matching.asked_result import Asked
from bot.matching.counted import count_beside_columns, counted_heads
from bot.matching.sql_words import _select_items, identifier_words, outer_group_clause

# Added to a one-row result that shows the count asked as one of its figures (0: off).
ONE_ROW_COUNT_BONUS = 0.8
# None when the request says words no query knows ("how many routes does United fly"): they
# may name a filter the overview cannot take (off: the bonus stands).
UNKNOWN_WORDS_NO_FIGURE = True
# "Count the number of devices" where another query orders by "number of devices": the words
# that say a count are no value's, only the counted word is (off: the value's every word must
# be the counted word).
COUNT_WORDS_IN_VALUES = True
_COUNT_WORDS = frozenset(stem(w) for w in ("number", "of", "count", "how", "many", "the", "total"))

_ALIAS = re.compile(r"\)?\s*(?:\bas\s+)?\"?(\w+)\"?\s*$", re.I)
_SCALAR = re.compile(r"^\s*\(\s*select\b(?P<body>.*)\)\s*(?:\bas\b\s*)?\"?\w*\"?\s*$", re.I | re.S)
_COUNT_CALL = re.compile(r"^\s*count\s*\(\s*(?P<what>[^()]*)\)", re.I)
_ROWS_OF = re.compile(
    r"^\s*count\s*\(\s*\*\s*\)\s*from\s+(?P<table>\w+)(?:\s+(?:as\s+)?\w+)?\s*$", re.I
)
_AGGREGATE = re.compile(r"^\s*(?:count|sum|avg|min|max|round|median)\s*\(", re.I)
_FILTERED = re.compile(r"\b(?:filter|where|case)\b", re.I)
_OUTER_FROM = re.compile(r"\bfrom\s+(\w+)", re.I)


def _words(name: str) -> frozenset[str]:
    return frozenset(stem(w) for w in identifier_words(name))


def _alias(item: str) -> str:
    m = _ALIAS.search(item)
    return m.group(1) if m else ""


@lru_cache(maxsize=4096)
def figure_counts(sql: str) -> tuple[frozenset[str], ...]:
    """What each count figure of a one-row result counts (the stems of its alias, and of the
    table whose rows a plain COUNT(*) counts); none when the result is not one row."""
    if outer_group_clause(sql) is not None:
        return ()
    items = [i for i in _select_items(sql) if i.strip()]
    out = []
    for item in items:
        scalar = _SCALAR.match(item)
        body = scalar.group("body") if scalar else item
        if not scalar and not _AGGREGATE.match(item):
            return ()  # a plain column: rows of something, not one row
        if not _COUNT_CALL.match(body):
            continue
        said = set(_words(_alias(item)))
        rows = _ROWS_OF.match(body)
        if rows and not _FILTERED.search(body):
            said |= _words(rows.group("table"))
        elif (
            not scalar
            and "*" in _COUNT_CALL.match(body).group("what")
            and not _FILTERED.search(item)
        ):  # type: ignore[union-attr]
            outer = _OUTER_FROM.search(sql[sql.lower().rfind("from") :])
            if outer and not re.search(r"\bwhere\b", sql, re.I):
                said |= _words(outer.group(1))
        if said:
            out.append(frozenset(said))
    return tuple(out)


def one_row_count_bonus(
    a: Asked,
    lowered: str,
    query: QueryDef,
    binds: Mapping[str, Any],
    said_values: frozenset[str],
    unknown: bool = False,
) -> float:
    """ONE_ROW_COUNT_BONUS when one plain count over every row is asked ("how many ships", no
    value, bound, breakdown, group or rank) and one figure of `query`'s one-row result counts
    exactly what is counted. A value named that is only the counted word itself (`said_values`:
    the stems of the values named; "customers", a grouping choice elsewhere) is no filter; a
    value the query took (`binds`: "names with the word X") is, and no count over every row;
    so may be words no query knows (`unknown`: "United")."""
    if not ONE_ROW_COUNT_BONUS or not a.shape.counts or a.aggregates:
        return 0.0
    if unknown and UNKNOWN_WORDS_NO_FIGURE:
        return 0.0
    if a.breakdowns or a.shape.groups or a.shape.ranks or a.bounded:
        return 0.0
    if count_beside_columns(lowered) or any(
        binds.get(p.name) not in (None, p.default) for p in query.params
    ):
        return 0.0
    heads = frozenset(stem(w) for w in counted_heads(lowered))
    counting = heads | _COUNT_WORDS if COUNT_WORDS_IN_VALUES else heads
    if not heads or (a.named_params and not said_values <= counting):
        return 0.0
    return ONE_ROW_COUNT_BONUS * any(heads <= said for said in figure_counts(query.sql))
