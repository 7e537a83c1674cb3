"""Names that read a database engine's own catalog, settings or server, not the warehouse's data.

A library query reads the warehouse's tables. DuckDB also answers `duckdb_settings()` (the
warehouse's path in `allowed_paths`), `current_setting('secret_directory')` (a home folder),
`pragma_database_list` and `duckdb_databases()` (the file's path); PostgreSQL answers
`current_setting(…)`, `pg_settings`, `inet_server_addr()` and `version()`, and its roles,
sessions and configuration files (`pg_roles`, `pg_authid`, `pg_stat_activity`,
`pg_hba_file_rules`); SQLite its `pragma_*` functions (the file's path); MySQL and SQL Server
every `@@` system variable (`@@datadir`, `@@hostname`, `@@SERVERNAME`) and MySQL its `mysql`
and `performance_schema` schemas (accounts, password hashes, other sessions' SQL), and SQL
Server its `sys` schema (`sys.sql_logins`, `sys.dm_exec_sessions`, `sys.configurations`). Any of
them, returned or put into `error()`, tells a requester where the warehouse and the bot live or
who may log in to it. `query()` and `query_table()` run SQL given as text, where no name check
sees.

One list, read three ways: a library file naming one is refused at load (`bot.library.loader`,
`file:line`), the engines refuse it before running (`bot.engines.duckdb_engine`, and
`bot.engines.base.server_access_problem` for the SQL engine and Athena), and promotion refuses
it too (`bot.library.promote_guard`). The names are read on the text, conservatively (a name
inside a comment or a string is refused too): the loader runs on the CLI's fast path. Only
`sys.` needs a parser, as `sys` is also a common alias (`FROM systems sys … sys.name`): when
the text has one, sqlglot reads the statement (`_sys_schema`).
"""

from __future__ import annotations

import functools
import re

from bot.library.sqltext import replace_binds

# Called as functions (a column called `version` is no call).
INTERNAL_FUNCTIONS = (
    r"duckdb_\w+|pragma_\w+|current_setting|getvariable|getenv|which_secret|version"
    r"|query|query_table|json_execute_serialized_sql"
    r"|pg_show_all_settings|pg_settings_get_flags|inet_server_addr|inet_server_port"
    r"|inet_client_addr|inet_client_port|pg_postmaster_start_time|pg_conf_load_time"
    r"|pg_current_logfile|pg_tablespace_location|pg_control_\w+"
    r"|sqlite_version|sqlite_source_id|sqlite_compileoption_\w+"
)
# Read as tables (DuckDB's catalog views, SQLite's table-valued pragmas, PostgreSQL's views of
# its settings, connections and replication, with their addresses and connection strings).
INTERNAL_RELATIONS = (
    r"duckdb_\w+|pragma_\w+|pg_settings|pg_db_role_setting|pg_stat_ssl|pg_stat_gssapi"
    r"|pg_stat_replication|pg_stat_wal_receiver|pg_stat_subscription|pg_subscription"
    r"|pg_stat_statements\w*"
    # who may log in (password hashes in pg_authid/pg_shadow), other sessions and their SQL,
    # the server's configuration files and build
    r"|pg_roles|pg_user|pg_group|pg_shadow|pg_authid|pg_auth_members|pg_user_mappings?"
    r"|pg_stat_activity|pg_stat_get_activity|pg_locks|pg_hba_file_rules|pg_ident_file_mappings"
    r"|pg_file_settings|pg_config"
    # MySQL's schemas of accounts, grants, variables and sessions (quotes read as spaces)
    r"|mysql\s*\.\s*\w+|performance_schema\s*\.\s*\w+"
    r"|information_schema\s*\.\s*(?:processlist|\w*variables|user_privileges|user_attributes)"
)
_CALLED = r"(?=(?:\s|/\*.*?\*/|--[^\n]*\n)*\()"  # what may stand between a name and its `(`
# Every system variable of MySQL and SQL Server (`@@datadir`, `@@global.hostname`,
# @@`secure_file_priv`, `@@SERVERNAME`): not a list of names, since each release adds some.
# MySQL reads no space after `@@`; PostgreSQL's text-search match is `@@` followed by a space
# or a call (`body @@ plainto_tsquery(…)`), and one glued to a column name is refused too.
_SYSTEM_VARIABLE = re.compile(r"@@[`\"]?[\w$]", re.UNICODE)
_INTERNAL = re.compile(
    rf"\b(?:{INTERNAL_FUNCTIONS}){_CALLED}|\b(?:{INTERNAL_RELATIONS})\b",
    re.IGNORECASE | re.DOTALL,
)
READS_INTERNALS = "which reads the engine's own catalog, settings or server, not the warehouse"


@functools.lru_cache(maxsize=1024)
def first_internal(sql: str) -> tuple[str, int] | None:
    """The first name in `sql` that reads the engine's own catalog, settings or server, with
    its offset; None when there is none. Quoted names count (`"duckdb_settings"()`)."""
    found = _INTERNAL.search(sql.replace('"', " ").replace("`", " "))
    named = None if found is None else (" ".join(found.group(0).split()), found.start())
    # Read on the text as written: quotes around a variable's name are part of it.
    variable = _SYSTEM_VARIABLE.search(sql, 0, found.start() if found else len(sql))
    if variable is not None:
        end = re.match(r"[\w$.`\"]*", sql[variable.end() :])
        name = sql[variable.start() : variable.end() + (end.end() if end else 0)]
        return name.replace("`", "").replace('"', ""), variable.start()
    return named or _sys_schema(sql)


# `sys` then `.`: SQL Server's schema, or an alias of the statement (quotes and brackets read
# as spaces: `[sys].[objects]`).
_SYS_DOT = re.compile(r"\bsys\s*\.\s*(\w+)", re.IGNORECASE)
_JINJA = re.compile(r"\{%.*?%\}|\{#.*?#\}|\{\{.*?\}\}", re.DOTALL)
# Where sqlglot cannot read the statement, only a table reference is surely the schema.
_SYS_TABLE = re.compile(r"\b(?:FROM|JOIN)\s+(?:\w+\s*\.\s*)?sys\s*\.", re.IGNORECASE)


def _sys_schema(sql: str) -> tuple[str, int] | None:
    """The first `sys.<name>` of `sql` that is SQL Server's `sys` schema (a table, a view, a
    function), not a column of a source the statement calls `sys`; None when there is none."""
    text = re.sub(r"[\[\]\"`]", " ", sql)
    hits = list(_SYS_DOT.finditer(text))
    if not hits:
        return None
    readable = replace_binds(_JINJA.sub(lambda m: " " * len(m.group(0)), sql), lambda n: "NULL")
    names = _sys_names(readable)
    if names is None:  # unreadable: only a table reference is surely the schema
        names = {hits[0].group(1).lower()} if _SYS_TABLE.search(text) else set()
    hit = next((h for h in hits if h.group(1).lower() in names), None)
    return None if hit is None else (f"sys.{hit.group(1)}", hit.start())


def _sys_names(sql: str) -> set[str] | None:
    """The names `sql` reads from SQL Server's `sys` schema (as a table's or a column's schema,
    a function's, or a qualifier that no source of the statement is called); None when
    sqlglot cannot read `sql`."""
    import sqlglot  # 0.2-0.5 s to import: only for a text that has `sys.`
    from sqlglot import exp

    trees = None
    for dialect in ("tsql", None):
        try:
            trees = [t for t in sqlglot.parse(sql, read=dialect) if t is not None]
            break
        except sqlglot.errors.SqlglotError:
            continue
    if trees is None:
        return None
    names: set[str] = set()
    for tree in trees:
        tables = list(tree.find_all(exp.Table))
        names |= {t.name for t in tables if "sys" in (t.db.lower(), t.catalog.lower())}
        sources = {a.name.lower() for a in tree.find_all(exp.TableAlias)}
        sources |= {t.name.lower() for t in tables if not t.db}
        for column in tree.find_all(exp.Column):
            if "sys" in (column.db.lower(), column.catalog.lower()):
                names.add(column.table)
            elif column.table.lower() == "sys" and "sys" not in sources:
                names.add(column.name)
        for dot in tree.find_all(exp.Dot):
            head = dot.this
            if (
                isinstance(head, exp.Identifier | exp.Var)
                and head.name.lower() == "sys"
                and "sys" not in sources
            ):
                names.add(dot.expression.name)
    return {name.lower() for name in names}


def internals_problem(sql: str) -> str:
    """Why `sql` may not run as library SQL ("" when it may): the internal name it reads."""
    found = first_internal(sql)
    if found is None:
        return ""
    return f"found {found[0]}, {READS_INTERNALS}"
