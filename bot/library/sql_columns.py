"""Columns of a library query's SQL traced to their base tables (sqlglot, imported lazily):
the shared reading of known values (bot.library.known_values) and shown values
(bot.library.shown_values)."""

from __future__ import annotations

import re
from typing import Any

from bot.library.model import QueryDef
from bot.library.render import render_sql

TableName = tuple[str, ...]  # the parts as written: (name,), (schema, name) or (db, schema, name)
_JINJA_TAG = re.compile(r"\{[%#].*?[%#]\}", re.S)


def parsed_statement(query: QueryDef) -> tuple[Any, Any, list[TableName]] | None:
    """(sqlglot tree, its root scope or None, the base tables it reads, CTEs left out) of the
    query's SQL rendered with every filter on; None when sqlglot cannot read it."""
    # sqlglot is heavy to import (0.2-0.5 s): only `queries refresh-values` parses SQL.
    import sqlglot
    from sqlglot import exp
    from sqlglot.optimizer.scope import build_scope

    from bot.library.sqltext import replace_binds

    # `$name` rather than `:name`: the DuckDB parser reads `SELECT :p AS x` as a prefix alias.
    sql = replace_binds(statement_with_every_filter(query), lambda name: "$" + name)
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
        root = build_scope(tree)
    except sqlglot.errors.SqlglotError:
        return None
    ctes = {c.alias_or_name.lower() for c in tree.find_all(exp.CTE)}
    tables: list[TableName] = []
    for t in tree.find_all(exp.Table):
        name = table_name(t)
        if t.name and name not in tables and not (len(name) == 1 and name[0].lower() in ctes):
            tables.append(name)
    return tree, root, tables


def table_name(table: Any) -> TableName:
    return tuple(part.name for part in table.parts)


def base_column(column: Any, scope: Any, depth: int = 0) -> tuple[TableName | None, str]:
    """The base table and column that `column` (read in `scope`) comes from, through the
    projections of CTEs and subqueries; (None, its name) when that cannot be told."""
    from sqlglot import exp

    sources = {k.lower(): v for k, v in scope.sources.items()}
    if column.table:
        source = sources.get(column.table.lower())
    else:
        source = next(iter(sources.values())) if len(sources) == 1 else None
    if isinstance(source, exp.Table):
        return table_name(source), column.name
    if source is None or depth > 10 or not isinstance(source.expression, exp.Select):
        return None, column.name
    for projection in source.expression.selects:
        if isinstance(projection, exp.Star) or (
            isinstance(projection, exp.Column) and isinstance(projection.this, exp.Star)
        ):
            star_table = projection.table if isinstance(projection, exp.Column) else ""
            return base_column(exp.column(column.name, table=star_table), source, depth + 1)
        if projection.alias_or_name.lower() == column.name.lower():
            inner = projection.unalias()
            if isinstance(inner, exp.Column):
                return base_column(inner, source, depth + 1)
            return None, column.name
    return None, column.name


def statement_with_every_filter(query: QueryDef) -> str:
    """The SQL as rendered when every parameter has a value (each `{% if p %}` filter on)."""
    binds = {b: p.kind.sample(p) for p in query.params for b in p.bind_names}
    try:
        return render_sql(query, binds)[0]
    except Exception:  # a template that needs more than samples: read it without Jinja
        return _JINJA_TAG.sub(" ", query.sql)
