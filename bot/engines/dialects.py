"""SQL dialects offline: check a query's syntax in its engine's dialect, transpile it to DuckDB.

Both work without any connection (sqlglot parses the text), so `queries validate` can report a
syntax error as `file:line` for an Athena, Trino or PostgreSQL query on a laptop, and
`queries test --local` can run an Athena-dialect library on the DuckDB demo warehouse.

`:name` binds are kept through the round trip: each becomes a plain identifier
(`__bind__name`) that every dialect parses, and back again after generation.
"""

from __future__ import annotations

import re

import sqlglot
from sqlglot.errors import ParseError, SqlglotError

from bot.library.model import Problem
from bot.library.sqltext import replace_binds

_BIND_PREFIX = "__bind__"
_BIND_BACK = re.compile(rf"\b{_BIND_PREFIX}([A-Za-z_][A-Za-z0-9_]*)\b")
# Engine dialect names that sqlglot spells differently.
_ALIASES = {"postgresql": "postgres", "awsathena": "athena", "mariadb": "mysql"}


def sqlglot_dialect(dialect: str) -> str:
    return _ALIASES.get(dialect, dialect)


def _hide_binds(sql: str) -> str:
    return replace_binds(sql, lambda name: f"{_BIND_PREFIX}{name}")


def _show_binds(text: str) -> str:
    return _BIND_BACK.sub(lambda m: f":{m.group(1)}", text)


def check_syntax(
    sql: str, dialect: str, *, path: str = "<sql>", first_line: int = 1
) -> list[Problem]:
    """Every syntax error of `sql` in `dialect`, as `path:line: reason` (line in the file).

    `first_line` is the file line of the SQL's first line (a query body starts after its
    header). An empty list means sqlglot parsed it.
    """
    try:
        sqlglot.parse(_hide_binds(sql), read=sqlglot_dialect(dialect))
    except ParseError as exc:
        problems = []
        for error in exc.errors or [{}]:
            line = first_line + max(1, int(error.get("line") or 1)) - 1
            what = _show_binds(str(error.get("description") or exc).split("<Token")[0].strip())
            near = _show_binds(str(error.get("highlight") or "").strip())
            reason = f"syntax error in {dialect} SQL: {what}" + (f" near {near!r}" if near else "")
            problems.append(Problem(path, line, reason))
        return problems
    except SqlglotError as exc:
        return [Problem(path, first_line, f"syntax error in {dialect} SQL: {exc}")]
    except ValueError as exc:  # an unknown dialect name
        return [Problem(path, first_line, f"unknown SQL dialect {dialect!r}: {exc}")]
    return []


def to_duckdb(sql: str, dialect: str) -> str:
    """`sql` written for `dialect`, rewritten for DuckDB with its `:name` binds kept.

    Raises sqlglot's ParseError on a syntax error (check_syntax reports those first).
    """
    if sqlglot_dialect(dialect) == "duckdb":
        return sql
    statements = sqlglot.transpile(_hide_binds(sql), read=sqlglot_dialect(dialect), write="duckdb")
    return _show_binds(";\n".join(statements))
