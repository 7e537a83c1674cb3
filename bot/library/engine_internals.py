"""Names that read a database engine's own catalog, settings or server, not the warehouse's data.

A library query reads the warehouse's tables. DuckDB also answers `duckdb_settings()` (the
warehouse's path in `allowed_paths`), `current_setting('secret_directory')` (a home folder),
`pragma_database_list` and `duckdb_databases()` (the file's path); PostgreSQL answers
`current_setting(…)`, `pg_settings`, `inet_server_addr()` and `version()`; SQLite its
`pragma_*` functions (the file's path), MySQL `@@datadir` and the like. Any of them, returned or put
into `error()`, tells a requester where the warehouse and the bot live. `query()` and
`query_table()` run SQL given as text, where no name check sees.

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
)
_CALLED = r"(?=(?:\s|/\*.*?\*/|--[^\n]*\n)*\()"  # what may stand between a name and its `(`
# MySQL's variables that name the server's folders and host (a bare `@@` is PostgreSQL's
# text-search match).
_MYSQL_VARIABLES = (
    r"@@(?:global\.|session\.)?(?:datadir|basedir|tmpdir|plugin_dir|secure_file_priv|hostname"
    r"|socket|pid_file|log_error|general_log_file|slow_query_log_file|version\w*)\b"
)
_INTERNAL = re.compile(
    rf"\b(?:{INTERNAL_FUNCTIONS}){_CALLED}|\b(?:{INTERNAL_RELATIONS})\b|{_MYSQL_VARIABLES}",
    re.IGNORECASE | re.DOTALL,
)
READS_INTERNALS = "which reads the engine's own catalog, settings or server, not the warehouse"


@functools.lru_cache(maxsize=1024)
def first_internal(sql: str) -> tuple[str, int] | None:
    """The first name in `sql` that reads the engine's own catalog, settings or server, with
    its offset; None when there is none. Quoted names count (`"duckdb_settings"()`)."""
    found = _INTERNAL.search(sql.replace('"', " ").replace("`", " "))
    return None if found is None else (found.group(0), found.start())


def internals_problem(sql: str) -> str:
    """Why `sql` may not run as library SQL ("" when it may): the internal name it reads."""
    found = first_internal(sql)
    if found is None:
        return ""
    return f"found {found[0]}, {READS_INTERNALS}"
