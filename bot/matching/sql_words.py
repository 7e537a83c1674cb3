"""What a query's SQL body says about it: the words of its tables, columns and aliases, and the
shape of its result (a count, rows per group, an ordering cut to the first N).

A header is written by a person and leaves words out ("life expectancy" when the SQL reads
`LifeExpectancy`); the body names every column the query returns or filters on. Identifiers
are split at CamelCase and snake_case boundaries; comments, string literals, Jinja tags, bind
names and SQL's own keywords are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.language.wordlists import SUPERLATIVES
from bot.matching.table_heads import keyed_words

_COMMENT = re.compile(r"--[^\n]*|/\*.*?\*/", re.S)
_STRING = re.compile(r"'(?:[^']|'')*'")
_JINJA = re.compile(r"\{[%#].*?[%#]\}|\{\{.*?\}\}", re.S)
_BIND = re.compile(r"(?<![:\w]):\w+")
_IDENT = re.compile(r'"([^"]+)"|([A-Za-z_][A-Za-z0-9_]*)')
_PARTS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
_FUNCTION_CALL = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*\(")

# SQL's own words (and common functions): they say nothing about the data.
_SQL_WORDS_TEXT = """
    select from where and or not in is null as on join left right inner outer full cross
    group by order having limit offset distinct all any some union intersect except case when
    then else end asc desc nulls first last true false with recursive over partition rows range
    between like ilike exists cast interval date timestamp varchar text integer int bigint
    double float decimal numeric boolean row filter within using natural lateral values
    count sum avg min max round coalesce lower upper trim length extract year month day
    strftime monthname dayname date_trunc date_part string_agg list array_agg abs cast
    nullif greatest least concat substr substring replace regexp_matches now current_date
"""
SQL_WORDS = frozenset(_SQL_WORDS_TEXT.split())


@dataclass(frozen=True)
class ResultShape:
    """How a query's result is built: a count, groups, an ordering with a row limit."""

    counts: bool
    groups: bool
    ranks: bool


@lru_cache(maxsize=8192)
def bare_sql(sql: str) -> str:
    """`sql` without comments, Jinja tags, string literals and bind names."""
    sql = _COMMENT.sub(" ", sql)
    sql = _JINJA.sub(" ", sql)
    sql = _STRING.sub(" ", sql)
    return _BIND.sub(" ", sql)


def identifier_words(sql: str) -> list[str]:
    """Lower-case English words of the identifiers in `sql` ("LifeExpectancy" -> life,
    expectancy; "max_temperature_f" -> max, temperature), without SQL's own words."""
    return list(_identifier_words(sql))


_CHUNK_GAP = re.compile(r"[_\s]+")


@lru_cache(maxsize=8192)
def _identifier_words(sql: str) -> tuple[str, ...]:
    text = bare_sql(sql)
    calls = {m.group(1).lower() for m in _FUNCTION_CALL.finditer(text)}
    out: list[str] = []
    for m in _IDENT.finditer(text):
        ident = m.group(1) or m.group(2)
        if not m.group(1) and (ident.lower() in SQL_WORDS or ident.lower() in calls):
            continue
        for chunk in _CHUNK_GAP.split(ident):
            for part in _PARTS.findall(chunk):
                low = part.lower()
                if len(low) > 2:
                    out.append(low)
    return tuple(out)


def result_shape(sql: str) -> ResultShape:
    """What the SQL's result looks like, read from its aggregates and clauses."""
    text = bare_sql(sql).lower()
    return ResultShape(
        counts=bool(re.search(r"\bcount\s*\(", text)),
        groups=bool(re.search(r"\bgroup\s+by\b", text)),
        ranks=bool(re.search(r"\border\s+by\b", text)) and bool(re.search(r"\blimit\b", text)),
    )


_ASKS_COUNT = re.compile(r"\bhow many\b|\bnumbers? of\b|\bcount\b|\bhow much\b")
_ASKS_GROUPS = re.compile(r"\b(?:each|every|per)\b|\bfor all\b|\bby (?:each )?[a-z]+\b")
# "all majors and the corresponding number of students": a count for each row shown.
_CORRESPONDING = re.compile(r"\b(?:corresponding|respective)\s+(?:numbers?|counts?|totals?)\b")
CORRESPONDING_PER_ROW = True
_ASKS_RANK = re.compile(rf"\b(?:{'|'.join([*SUPERLATIVES, 'maximum', 'minimum'])})\b")


# "the most often", "traveled the most in 94002", "the least number of times": a superlative
# of how many times, which only a count answers.
_ASKS_MOST_TIMES = re.compile(
    r"\b(?:most|least)\s+(?:often|frequently|commonly|times|of\s+(?:the\s+)?times)\b"
    r"|\b(?:the\s+)(?:most|least)\s*(?:$|[?.!,]|\b(?:in|at|on|for|among|during|then)\b)"
)


def asks_most_times(lowered: str) -> bool:
    """The request asks which thing comes up most (or least) often (see _ASKS_MOST_TIMES)."""
    return bool(_ASKS_MOST_TIMES.search(lowered))


def asked_shape(lowered: str) -> ResultShape:
    """The result shape a request asks for: "how many" a count, "each / per" groups,
    "the most / top" an ordering."""
    return ResultShape(
        counts=bool(_ASKS_COUNT.search(lowered)),
        groups=bool(_ASKS_GROUPS.search(lowered))
        or (CORRESPONDING_PER_ROW and bool(_CORRESPONDING.search(lowered))),
        ranks=bool(_ASKS_RANK.search(lowered)),
    )


# Aggregates a request names, as the SQL function that computes them. "in total" and "the
# total number of" ask for a count, which a listing also answers (its rows are counted).
_ASKS_AGGREGATE = {
    "avg": re.compile(r"\b(?:average|avg)\b"),
    "sum": re.compile(r"(?<!\bin )\btotal\b(?!\s+(?:number|count|of)\b)|\bsum\b"),
    "max": re.compile(r"\b(?:maximum|max)\b"),
    "min": re.compile(r"\b(?:minimum|min)\b"),
}
# "the total of all payments", "the total of the amounts": a sum, like "the total amount";
# "a total of 5 games" or "the total of number of games" stay no sum.
TOTAL_OF_IS_SUM = True
_TOTAL_OF_SUM = re.compile(
    r"(?<!\bin )\btotal\b(?!\s+(?:number|count)\b)"
    r"(?!\s+of\s+(?:(?:all|the|every)\s+)?(?:\d|numbers?\b|counts?\b))|\bsum\b"
)


# "how much did she pay in total", "how much altogether": a sum, as "the total amount" is
# ("how many … in total" stays a count).
HOW_MUCH_IN_TOTAL_IS_SUM = True
_HOW_MUCH_IN_TOTAL = re.compile(
    r"\bhow much\b[^.?!;,]*?\b(?:in total|altogether|all together)\b"
    r"|\b(?:in total|altogether|all together)\b[^.?!;,]*?\bhow much\b"
)


def aggregate_patterns() -> dict[str, re.Pattern[str]]:
    patterns = {**_ASKS_AGGREGATE, "sum": _TOTAL_OF_SUM} if TOTAL_OF_IS_SUM else _ASKS_AGGREGATE
    if HOW_MUCH_IN_TOTAL_IS_SUM:
        said = patterns["sum"].pattern
        patterns = {**patterns, "sum": re.compile(f"{said}|{_HOW_MUCH_IN_TOTAL.pattern}")}
    return patterns


# Words a column or alias carries when it holds an aggregate ("average_latitude", "total_seconds").
AGGREGATE_NAMES = {
    "avg": {"average", "avg", "mean"},
    "sum": {"total", "sum"},
    "max": {"maximum", "max", "highest", "largest", "longest", "most", "top"},
    "min": {"minimum", "min", "lowest", "smallest", "shortest", "least"},
}


def aggregates(sql: str) -> frozenset[str]:
    """The aggregates a query's result shows: its SQL calls them (`AVG(`), or one of its
    columns is named for one ("average_latitude", "max_temperature_f")."""
    text = bare_sql(sql).lower()
    names = set(identifier_words(sql))
    return frozenset(
        f for f, said in AGGREGATE_NAMES.items() if re.search(rf"\b{f}\s*\(", text) or names & said
    )


_TABLE_ALIAS = re.compile(r"\b(?:from|join)\s+\"?(\w+)\"?(?:\s+as)?\s+(\w+)", re.I)
_GROUP_BY = re.compile(r"\bgroup\s+by\b", re.I)
_CLAUSE_END = re.compile(r"\b(?:having|order\s+by|limit|union|window|qualify)\b|\)|;", re.I)


def first_group_key(sql: str) -> frozenset[str]:
    """The words of the first GROUP BY column of the outer query (what its rows are "per")."""
    return group_words(sql, first_only=True) or frozenset()


def group_words(sql: str, first_only: bool = False, heads: bool = False) -> frozenset[str] | None:
    """What one row of the result is, when the outer query groups: the words of its GROUP BY
    columns (or the first one), with a table's key read as the table ("GROUP BY m.mID" ->
    movie). None when the outer query does not group (a row is a row of its tables). With
    `heads`, a column of several words gives only its last one, the thing it names."""
    text = bare_sql(sql)
    aliases = {
        m.group(2).lower(): m.group(1)
        for m in _TABLE_ALIAS.finditer(text)
        if m.group(2).lower() not in SQL_WORDS
    }
    clause = outer_group_clause(sql)
    if clause is None:
        return None
    # "GROUP BY GROUPING SETS ((m.month, s.plan), (m.month))": the columns inside
    clause = re.sub(r"(?i)\b(?:grouping\s+sets|rollup|cube)\b|[()]", " ", clause)
    # "GROUP BY 1": the first item of the SELECT list
    items = _select_items(sql) if re.search(r"\b\d+\b", clause) else []
    keys = [
        items[int(c) - 1] if c.strip().isdigit() and 0 < int(c) <= len(items) else c
        for c in clause.split(",")
    ]
    clause = ",".join(keys)
    if first_only:
        clause = next((c for c in clause.split(",") if c.strip()), "")
    out = identifier_words(clause)
    if first_only and out and out[-1] in KEY_WORDS:
        out = keyed_words(out)  # "product_category_code": rows per category
    if heads:
        # "GROUP BY t.AllergyType": a row is a type (of allergy), not an allergy; "last_name"
        # and "city_code" name what they key, so their words all stay.
        out = []
        for col in clause.split(","):
            said = identifier_words(col.split(".")[-1])
            if len(said) > 1 and said[-1] not in KEY_WORDS:
                out += said[-1:]
            else:
                out += keyed_words(said)
    # "m.mID", "s.id", "p.Name": a key of the table, so a row is one of the table's things.
    for m in re.finditer(r"(\w+)\.\"?(\w+)", clause):
        table = aliases.get(m.group(1).lower())
        if table and not set(identifier_words(f'"{m.group(2)}"')) - KEY_WORDS:
            out += identifier_words(table)
    return frozenset(out)


@lru_cache(maxsize=8192)
def outer_group_clause(sql: str) -> str | None:
    """The text of the outer query's last GROUP BY clause (None when it does not group)."""
    text = bare_sql(sql)
    depth, at = 0, None
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and ch in "gG" and _GROUP_BY.match(text, i):
            at = i
    if at is None:
        return None
    start = _GROUP_BY.match(text, at).end()  # type: ignore[union-attr]
    # up to the next clause at this depth ("GROUPING SETS ((), (c.channel))" stays whole)
    depth = 0
    for i in range(start, len(text)):
        depth += (text[i] == "(") - (text[i] == ")")
        if depth < 0 or (depth == 0 and _CLAUSE_END.match(text, i) and text[i] != ")"):
            return text[start:i]
    return text[start:]


def shown_words(sql: str) -> frozenset[str]:
    """The words of the columns the outer query's SELECT shows (its last top-level SELECT)."""
    # apart: joined by spaces, "AS scientists (SELECT COUNT(*) ..." read the alias as a call
    return frozenset(identifier_words((", " if ITEMS_APART else " ").join(_select_items(sql))))


ITEMS_APART = False  # switch, ships off: csu_1 0.682 -> 0.653 (more columns fit its totals)


# Compiled once: tried at each character of a SELECT list (~8,000 times for the starter library).
_SELECT_WORD = re.compile(r"select\b", re.I)
_FROM_WORD = re.compile(r"\bfrom\b", re.I)


def _select_items(sql: str) -> list[str]:
    """The items of the outer query's SELECT list, as written."""
    text = bare_sql(sql)
    depth, start = 0, None
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if depth == 0 and ch in "sS" and _SELECT_WORD.match(text[i : i + 7]):
            start = i + 6
    if start is None:
        return []
    depth, end = 0, len(text)
    for i in range(start, len(text)):
        depth += (text[i] == "(") - (text[i] == ")")
        if depth == 0 and _FROM_WORD.match(text[i : i + 5]) and text[i - 1] in " \n\t":
            end = i
            break
    items, depth, last = [], 0, start
    for i in range(start, end):
        depth += (text[i] == "(") - (text[i] == ")")
        if depth == 0 and text[i] == ",":
            items.append(text[last:i])
            last = i + 1
    return [*items, text[last:end]]


# The last word of a column that names what the column keys ("last_name", "city_code"): such a
# column is a row of what its other words say, not of that word.
KEY_WORDS = frozenset(["name", "title", "code", "number", "key", "uuid"])


def table_words(sql: str) -> frozenset[str]:
    """The words of every table a query reads ("FROM trip AS t JOIN station s" -> trip, station)."""
    text = bare_sql(sql)
    found = [m.group(1) for m in _TABLE_ALIAS.finditer(text)]
    found += [m.group(1) for m in _TABLE_ONLY.finditer(text)]
    return frozenset(w for t in found for w in identifier_words(f'"{t}"'))


_TABLE_ONLY = re.compile(r"\b(?:from|join)\s+\"?(\w+)\"?\s*(?:$|where|group|order|limit|\))", re.I)
_ORDER_BY = re.compile(r"\border\s+by\b(.*?)(?=\blimit\b|\)|;|$)", re.I | re.S)


def order_words(sql: str) -> frozenset[str]:
    """The words of the columns a query sorts by, in any of its ORDER BY branches."""
    text = bare_sql(sql)
    return frozenset(w for m in _ORDER_BY.finditer(text) for w in identifier_words(m.group(1)))


TIME_WORDS = frozenset(
    [
        "date",
        "year",
        "time",
        "day",
        "month",
        "release",
        "released",
        "created",
        "start",
        "started",
        "installed",
        "installation",
        "vintage",
    ]
)


def aggregate_words(sql: str) -> dict[str, frozenset[str]]:
    """Per aggregate the result shows (counts too), the words of the select lines that compute
    it ("ROUND(AVG(s.lat), 6) AS average_latitude": avg -> lat, average, latitude)."""
    out: dict[str, set[str]] = {}
    for line in bare_sql(sql).splitlines():
        low = line.lower()
        calls = {m.group(1) for m in _AGGREGATE_CALL.finditer(low)}
        if not calls and not any(w in low for w in _AGGREGATE_NAME_WORDS):
            continue
        names = identifier_words(line)
        for f, said in (*AGGREGATE_NAMES.items(), ("count", set())):
            if f in calls or set(names) & said:
                out.setdefault(f, set()).update(names)
    return {f: frozenset(ws) for f, ws in out.items()}


_AGGREGATE_CALL = re.compile(r"\b(avg|sum|max|min|count)\s*\(")
_AGGREGATE_NAME_WORDS = frozenset(w for ws in AGGREGATE_NAMES.values() for w in ws)


def shape_fit(asked: ResultShape, has: ResultShape) -> int:
    """How many of the asked shapes the query's result has."""
    return (
        (asked.counts and has.counts) + (asked.groups and has.groups) + (asked.ranks and has.ranks)
    )
