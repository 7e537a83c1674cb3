"""What SQL from a person may become a library query: one SELECT over the warehouse's own tables.

A ticket's SQL is typed by whoever closed it; once promoted, every requester runs it. So before
a draft is made the SQL is parsed with a real SQL parser (sqlglot, DuckDB dialect) and refused
unless it is exactly one query (SELECT, WITH … SELECT, FROM-first, VALUES, set operations) that
reads only tables of the warehouse: no table functions that reach the host (`read_text`,
`read_csv`, `glob`, …), no file paths or URLs in place of a table, no statement that writes or
reconfigures (`COPY`, `ATTACH`, `PRAGMA`, `SET`, `INSTALL`, `LOAD`, …), no other schema or
catalog. Each refusal is one line naming what was refused. The DuckDB sandbox
(`bot.engines.duckdb_engine`) is the second wall; this one keeps such SQL out of the library.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

import sqlglot
from sqlglot import exp
from sqlglot.errors import ErrorLevel, SqlglotError

from bot.errors import UserFacingError
from bot.library.engine_internals import INTERNAL_FUNCTIONS, first_internal
from bot.library.sql_literals import check_statement

# What `warehouse_tables` reads: the warehouse's own tables and views, by schema.
WAREHOUSE_TABLES_SQL = (
    "SELECT table_schema, table_name FROM information_schema.tables "
    "WHERE table_catalog = current_database() "
    "AND table_schema NOT IN ('information_schema', 'pg_catalog')"
)
DEFAULT_SCHEMA = "main"

# Table functions that only generate values; every other function in a FROM is refused.
_GENERATORS = frozenset({"range", "generate_series", "unnest", "explode"})
# Scalar or table functions that read files, URLs or the environment, or (the list every
# library query is held to, `bot.library.engine_internals`) the engine's catalog and settings.
_HOST_FUNCTION = re.compile(
    r"^(?:read_\w*|glob|sniff_csv|parquet_\w*|\w+_scan|iceberg_\w*|delta_\w*|st_read\w*"
    r"|load_\w*|sqlite_\w*|postgres_\w*|mysql_\w*|copy_\w*|ts_stat|ts_rewrite|\w+_to_xml\w*"
    rf"|{INTERNAL_FUNCTIONS})$",
    re.IGNORECASE,
)
_SYSTEM_SCHEMAS = frozenset({"information_schema", "pg_catalog", "system", "temp"})
_PATH_LIKE = re.compile(r"[/\\:~]|\.\w{1,8}$")
_QUERY_ROOTS: tuple[type[exp.Expression], ...] = (exp.Query, exp.Values)
_WRITE_OR_CONFIG = tuple(
    kind
    for kind in (
        getattr(exp, name, None)
        for name in [
            "Insert",
            "Update",
            "Delete",
            "Merge",
            "Create",
            "Drop",
            "Alter",
            "Copy",
            "Attach",
            "Detach",
            "Set",
            "Pragma",
            "Install",
            "Command",
            "Use",
            "Transaction",
            "Commit",
            "Rollback",
            "LoadData",
            "Export",
            "Import",
            "Grant",
            "Revoke",
            "Describe",
            "Into",
        ]
    )
    if isinstance(kind, type)
)


def _refuse(what: str) -> UserFacingError:
    return UserFacingError(
        f"Only a SELECT over the warehouse's own tables can become a library query: {what}."
    )


def _function_name(node: exp.Func) -> str:
    return (node.name if isinstance(node, exp.Anonymous) else node.sql_name()).lower()


def _parse_one(sql: str) -> exp.Expression:
    try:
        parsed = [s for s in sqlglot.parse(sql, read="duckdb", error_level=ErrorLevel.RAISE) if s]
    except SqlglotError as exc:
        detail = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
        raise UserFacingError(f"The SQL could not be read as DuckDB SQL: {detail}") from None
    if len(parsed) != 1:
        raise UserFacingError(
            f"The SQL holds {len(parsed)} statements; a library query is a single SELECT."
        )
    return parsed[0]


def _table_key(table: exp.Table) -> str:
    return f"{(table.db or DEFAULT_SCHEMA).lower()}.{table.name.lower()}"


def normalize_tables(names: Iterable[str]) -> frozenset[str]:
    """`schema.table` keys (lower case); a bare name is in the default schema."""
    keys = set()
    for name in names:
        schema, dot, table = name.strip().lower().rpartition(".")
        keys.add(f"{schema if dot else DEFAULT_SCHEMA}.{table}")
    return frozenset(keys)


def tables_from_rows(rows: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The keys of `WAREHOUSE_TABLES_SQL`'s rows (schema, table)."""
    return normalize_tables(f"{schema}.{table}" for schema, table in rows)


def _check_table(table: exp.Table, ctes: set[str], tables: frozenset[str] | None) -> None:
    target = table.this
    if not isinstance(target, exp.Identifier):
        name = _function_name(target) if isinstance(target, exp.Func) else target.sql("duckdb")
        if name not in _GENERATORS:
            raise _refuse(f"the table function {name}() is not allowed")
        return
    name = table.name
    if table.catalog:
        raise _refuse(f"{table.sql('duckdb')} names another database ({table.catalog})")
    if not table.db and name.lower() in ctes:
        return
    schema = (table.db or "").lower()
    if schema in _SYSTEM_SCHEMAS:
        raise _refuse(f"{table.sql('duckdb')} is a system table, not a warehouse table")
    if tables is not None:
        if _table_key(table) not in tables:
            raise _refuse(f"{table.sql('duckdb')} is not a table of the warehouse")
        return
    if _PATH_LIKE.search(name):
        raise _refuse(f"{name!r} looks like a file path, not a warehouse table")
    if schema and schema != DEFAULT_SCHEMA:
        raise _refuse(f"{table.sql('duckdb')} is in another schema ({table.db})")
    if _HOST_FUNCTION.match(name):
        raise _refuse(f"{name} is a system table, not a warehouse table")


def check_promotable(sql: str, *, tables: Collection[str] | None = None) -> str:
    """The SQL's single statement (as `check_statement` returns it), or UserFacingError.

    `tables` are the warehouse's tables (`schema.table`, or bare names in `main`); when given,
    every table read must be one of them. Without it (no warehouse at hand) system tables,
    other schemas and path-like names are still refused.
    """
    body = check_statement(sql)
    try:
        return _check_tree(body, _parse_one(body), tables)
    except RecursionError:
        # sqlglot's parser and tree walks recurse per level: 60 nested parentheses (a
        # 144-character SQL) exhausted Python's stack, and the Close form's promotion ended in
        # a traceback after the ticket was closed, the requester never told.
        raise UserFacingError(
            "The SQL nests too deeply to be read (parentheses, subqueries or CASE within each "
            "other); a library query must be simpler."
        ) from None


def _check_tree(body: str, tree: exp.Expression, tables: Collection[str] | None) -> str:
    if not isinstance(tree, _QUERY_ROOTS):
        raise _refuse(f"this is a {type(tree).__name__.upper()} statement")
    for node in tree.walk():
        if isinstance(node, _WRITE_OR_CONFIG):
            raise _refuse(f"it contains {type(node).__name__.upper()}")
    for func in tree.find_all(exp.Func):
        name = _function_name(func)
        if _HOST_FUNCTION.match(name):
            raise _refuse(f"the function {name}() reaches outside the warehouse")
    known = None if tables is None else normalize_tables(tables)
    ctes = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
    for table in tree.find_all(exp.Table):
        _check_table(table, ctes, known)
    # The names every library query is held to, read from the text: sqlglot renames some
    # (`version()`), and a view such as `pg_settings` is a table to it.
    if found := first_internal(body):
        raise _refuse(f"{found[0]} reads the engine's own catalog, settings or server")
    return body
