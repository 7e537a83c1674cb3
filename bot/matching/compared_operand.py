"""The words of what a threshold's SQL compares it with when that is a function of columns
that keeps their unit, not a bare column: `ROUND(l.amount, 2) > :loan_above` is a bound on an
amount, `COALESCE(c.enrolments, 0) >= :min_enrolments` one on enrolments, and when
`enrolments` is a count's alias (`COUNT(*) AS enrolments FROM Student_Course_Enrolment`), on
the rows that count reads (student course enrolments). These words are the threshold's unit
("a loan with an amount of more than 5000", "enrolled in at least two courses"): a number said
with them is no number of another parameter's unit (bot.matching.number_units). An aggregate
(SUM, AVG, COUNT, …) measures something else than its column, so it passes no unit on.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.language.textnorm import stem

# A threshold compared with a function that keeps its columns' unit (COALESCE, ROUND, CAST, …)
# takes the words of those columns as its unit, and of the rows a count behind one of them reads.
FUNCTION_OPERAND_WORDS = True

_OPS = r"(?:>=|<=|<>|!=|=|>|<)"
# An aggregate changes what is measured: `SUM(l.amount) > :total_above` bounds a total, and "a
# loan with amount more than 3000" is no total; `COUNT(r.stars)` counts ratings, not stars.
# Only a function that keeps its column's unit (COALESCE, ROUND, CAST, ABS) passes it on.
_AGGREGATES = frozenset(("count", "sum", "avg", "min", "max", "total"))
_AGGREGATE_CALL = re.compile(r"\b(?:COUNT|SUM|AVG|MIN|MAX|TOTAL)\s*\(", re.I)
_IDENT = re.compile(r"[A-Za-z_][\w.]*")
_IDENT_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
# SQL's own words inside an operand: functions, casts, keywords; never a column. Narrower than
# sql_words.SQL_WORDS, which also holds words that name columns here (first, length, rows).
_SQL_WORDS_TEXT = """
    sum avg min max count coalesce ifnull nullif round cast as distinct filter where case
    when then else end and or not null is abs floor ceil ceiling numeric decimal integer int
    float double real bigint varchar text date extract epoch year month day from interval
    true false
"""
_SQL_WORDS = frozenset(_SQL_WORDS_TEXT.split())


def operand_words(sql: str, bind: str) -> frozenset[str]:
    """Stems of the columns inside the function `bind` is compared with (`ROUND(l.amount, 2) >
    :bind`: amount), with those of the table a count read under one of those columns' names
    (`COUNT(*) AS enrolments FROM Student_Course_Enrolment`); empty when the operand is no
    function call or holds an aggregate."""
    if not FUNCTION_OPERAND_WORDS:
        return frozenset()
    return _operand_words(sql, bind)


@lru_cache(maxsize=8192)
def _operand_words(sql: str, bind: str) -> frozenset[str]:
    m = re.search(rf"\)\s*{_OPS}\s*:{re.escape(bind)}\b", sql)
    if m is None:
        return frozenset()
    inner = _call_before(sql, m.start())
    if inner is None:
        return frozenset()
    out: set[str] = set()
    for ident in _IDENT.findall(inner):
        column = ident.rsplit(".", 1)[-1]
        if column.lower() in _SQL_WORDS or "." not in ident and _called(inner, ident):
            continue
        out |= _stems(column)
        out |= _counted_under(sql, column)
    return frozenset(out)


def _call_before(sql: str, close: int) -> str | None:
    """The text inside the parentheses that close at `close`, when a function name opens them."""
    depth = 0
    for i in range(close, -1, -1):
        if sql[i] == ")":
            depth += 1
        elif sql[i] == "(":
            depth -= 1
            if depth == 0:
                called = re.search(r"([A-Za-z_]\w*)\s*$", sql[:i])
                if called is None:
                    return None  # a parenthesised expression, no function: read as it stands
                if called.group(1).lower() in _AGGREGATES:
                    return None
                if _AGGREGATE_CALL.search(sql[i + 1 : close]):
                    return None
                return sql[i + 1 : close]
    return None


def _called(text: str, ident: str) -> bool:
    """`ident` stands before an opening parenthesis in `text`: a function, not a column."""
    return bool(re.search(rf"\b{re.escape(ident)}\s*\(", text))


def _counted_under(sql: str, alias: str) -> frozenset[str]:
    """Stems of the table a `COUNT(…) AS alias` reads (the FROM after it), if the SQL has one."""
    m = re.search(rf"\bCOUNT\s*\([^()]*\)\s+AS\s+{re.escape(alias)}\b", sql, re.I)
    if m is None:
        return frozenset()
    t = re.search(r"\bFROM\s+([A-Za-z_][\w.]*)", sql[m.end() :], re.I)
    return _stems(t.group(1).rsplit(".", 1)[-1]) if t else frozenset()


def _stems(identifier: str) -> frozenset[str]:
    return frozenset(
        stem(w.lower())
        for w in _IDENT_PART.findall(identifier)
        if len(w) > 1 and w.lower() not in _SQL_WORDS
    )


def measured_words(sql: str, bind: str) -> frozenset[str]:
    """`operand_words` less the words of the tables the SQL reads: the unit of a threshold
    that is no count ("an amount of more than 5000" for `ROUND(l.amount, 2) > :loan_above`);
    "4 loans" names rows, never an amount of them."""
    return operand_words(sql, bind) - _table_words(sql)


@lru_cache(maxsize=4096)
def _table_words(sql: str) -> frozenset[str]:
    return frozenset(
        s
        for t in re.findall(r"\b(?:FROM|JOIN)\s+([A-Za-z_][\w.]*)", sql, re.I)
        for s in _stems(t.rsplit(".", 1)[-1])
    )
