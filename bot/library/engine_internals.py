"""Names that read a database engine's own catalog, settings or server, not the warehouse's data.

A library query reads the warehouse's tables. DuckDB also answers `duckdb_settings()` (the
warehouse's path in `allowed_paths`), `current_setting('secret_directory')` (a home folder),
`pragma_database_list` and `duckdb_databases()` (the file's path); PostgreSQL answers
`current_setting(…)`, `pg_settings`, `inet_server_addr()` and `version()`, and its roles,
sessions and configuration files (`pg_roles`, `pg_authid`, `pg_stat_activity`,
`pg_hba_file_rules`); SQLite its `pragma_*` functions (the file's path); MySQL and SQL Server
every `@@` system variable (`@@datadir`, `@@hostname`, `@@SERVERNAME`) and MySQL its `mysql`
and `performance_schema` schemas (accounts, password hashes, other sessions' SQL). Any of
them, returned or put into `error()`, tells a requester where the warehouse and the bot live or
who may log in to it. `query()` and `query_table()` run SQL given as text, where no name check
sees.

One list, read three ways: a library file naming one is refused at load (`bot.library.loader`,
`file:line`), the engines refuse it before running (`bot.engines.duckdb_engine`, and
`bot.engines.base.server_access_problem` for the SQL engine and Athena), and promotion refuses
it too (`bot.library.promote_guard`). No SQL parser here: the loader runs on the CLI's fast
path, and the text is read conservatively (a name inside a comment or a string is refused too).
"""

from __future__ import annotations

import functools
import re

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
    return named


def internals_problem(sql: str) -> str:
    """Why `sql` may not run as library SQL ("" when it may): the internal name it reads."""
    found = first_internal(sql)
    if found is None:
        return ""
    return f"found {found[0]}, {READS_INTERNALS}"
