"""Library SQL reads the warehouse, not the engine's own catalog, settings or server (issue 9).

DuckDB answered `duckdb_settings()` (the warehouse's path in `allowed_paths`),
`current_setting('secret_directory')` (a home folder), `pragma_database_list` and
`duckdb_databases()` (the file's path) from inside the sandbox, and `error()` put any of them
into the refusal a requester reads; PostgreSQL answered `current_setting('data_directory')`,
`pg_settings`, `inet_server_addr()` and `version()` inside its read-only transaction. Each is
now refused at load (`file:line`), by the engines before running, and by promotion.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from slack_helpers import make_test_warehouse
from test_cli_operator import run

from bot.engines.base import server_access_problem
from bot.engines.registry import EngineRegistry
from bot.engines.sql_engine import SQLEngine
from bot.errors import QueryFailed, UserFacingError
from bot.library.engine_internals import first_internal
from bot.library.loader import check_library
from bot.library.promote_guard import check_promotable
from bot.settings import Settings

REPO = Path(__file__).resolve().parent.parent

DUCKDB_INTERNALS = {
    "settings": "SELECT value FROM duckdb_settings() WHERE name = 'allowed_paths'",
    "secret_directory": "SELECT current_setting('secret_directory') AS home",
    "into_an_error": "SELECT error(current_setting('secret_directory'))",
    "database_list": "SELECT file FROM pragma_database_list",
    "databases_function": "SELECT path FROM duckdb_databases()",
    "databases_view": "SELECT path FROM duckdb_databases",
    "pg_settings": "SELECT setting FROM pg_catalog.pg_settings WHERE name = 'allowed_paths'",
    "bare_pg_settings": "SELECT setting FROM pg_settings WHERE name = 'home_directory'",
    "method_call": "SELECT 'secret_directory'.current_setting() AS home",
    "quoted_and_qualified": 'SELECT * FROM system.main."duckdb_settings"()',
    "comment_before_paren": "SELECT * FROM duckdb_settings -- the list\n ()",
    "sql_as_text": "SELECT * FROM query('SELECT path FROM duckdb_' || 'databases()')",
    "extensions_folder": "SELECT * FROM duckdb_extensions()",
    "user_agent": "SELECT * FROM pragma_user_agent()",
}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_test_warehouse(tmp_path_factory.mktemp("internals") / "warehouse.duckdb")


def test_library_sql_cannot_read_duckdbs_catalog_or_settings(warehouse: Path) -> None:
    registry = EngineRegistry(Settings(warehouse_path=warehouse))
    home = str(Path("~/.duckdb").expanduser())
    try:
        engine = registry.get("duckdb")
        for name, sql in DUCKDB_INTERNALS.items():
            with pytest.raises(QueryFailed) as info:
                engine.run(sql, {}, timeout_s=10, max_rows=10)
            reason = info.value.reason
            assert "own catalog, settings or server" in reason, (name, reason)
            assert str(warehouse) not in reason and home not in reason, (name, reason)
            assert "\n" not in reason
            with pytest.raises(QueryFailed):
                engine.explain(sql, {})
        # The warehouse still answers, and so does the catalog read of promotion's table list.
        assert engine.run("SELECT count(*) > 0 FROM orders", {}).rows == [(True,)]
        tables = engine.run(
            "SELECT table_schema, table_name FROM information_schema.tables "
            "WHERE table_catalog = current_database() AND table_name = 'orders'",
            {},
        )
        assert tables.rows == [("main", "orders")]
        # Columns that only look like the names are no calls.
        assert engine.run("SELECT 1 AS version, 'duckdb' AS query", {}).rows == [(1, "duckdb")]
    finally:
        registry.close()


LEAKY_FILE = """/*---
title: Where things are
examples: [where is the warehouse]
---*/
SELECT region
FROM orders
WHERE region = error(current_setting('secret_directory'))
"""
LEAKY_VALUES = """/*---
title: Orders of a region
params:
  region:
    type: string
    values: SELECT path FROM duckdb_databases()
---*/
SELECT * FROM orders WHERE region = :region
"""
GOOD_FILE = """/*---
title: Orders per region
examples: [orders per region]
---*/
SELECT region, count(*) AS orders FROM orders GROUP BY region
"""


def test_a_library_file_that_reads_them_is_refused_at_load_naming_the_file(
    tmp_path: Path,
) -> None:
    library = tmp_path / "lib"
    library.mkdir()
    (library / "where_things_are.sql").write_text(LEAKY_FILE, encoding="utf-8")
    (library / "orders_of_a_region.sql").write_text(LEAKY_VALUES, encoding="utf-8")
    (library / "orders_per_region.sql").write_text(GOOD_FILE, encoding="utf-8")
    loaded, problems = check_library(library)
    shown = sorted(str(p) for p in problems)
    assert shown == [
        f"{library / 'orders_of_a_region.sql'}:6: parameter 'region': its values query names "
        "duckdb_databases, which reads the engine's own catalog, settings or server, "
        "not the warehouse",
        f"{library / 'where_things_are.sql'}:7: the SQL names current_setting, which reads the "
        "engine's own catalog, settings or server, not the warehouse",
    ]
    assert sorted(q.name for q in loaded) == ["orders_per_region"]


LIBRARIES = sorted(
    {
        str(sql.parent.relative_to(REPO))
        for folder in ("queries", "examples", "tests/data")
        for sql in (REPO / folder).rglob("*.sql")
        if sql.name != "warehouse.sql"  # the Spider sets' warehouse scripts
        and "refusals" not in sql.parts  # files written to be refused (test_library_variety)
    }
)


@pytest.mark.parametrize("root", LIBRARIES)
def test_the_starter_library_and_every_test_library_still_load(root: str) -> None:
    _library, problems = check_library(REPO / root)
    assert [str(p) for p in problems] == []


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM pg_settings",
        "SELECT version() AS v FROM orders",
        "SELECT inet_server_addr() AS host",
        "SELECT getvariable('x') AS v",
    ],
)
def test_promotion_refuses_them_without_the_warehouse_table_list(sql: str) -> None:
    with pytest.raises(
        UserFacingError, match="reads the engine's own|reaches outside the warehouse"
    ):
        check_promotable(sql)


# ---- PostgreSQL and SQLite behind the SQL engine ---------------------------------------------

SERVER_INTROSPECTION = {
    "data_directory": "SELECT current_setting('data_directory') AS d",
    "config_file": "SELECT current_setting ( 'config_file' ) AS f",
    "into_an_error": "SELECT 1 / (length(current_setting('data_directory')) - 1000000) AS x",
    "pg_settings": "SELECT setting FROM pg_settings WHERE name = 'data_directory'",
    "qualified_pg_settings": 'SELECT setting FROM pg_catalog."pg_settings"',
    "all_settings": "SELECT * FROM pg_show_all_settings()",
    "server_address": "SELECT inet_server_addr() AS a, inet_server_port() AS p",
    "client_address": "SELECT inet_client_addr() AS a",
    "version": "SELECT version() AS v",
    "started": "SELECT pg_postmaster_start_time() AS t",
    "log_file": "SELECT pg_current_logfile() AS f",
    "ssl_sessions": "SELECT * FROM pg_stat_ssl",
    "replication": "SELECT client_addr FROM pg_stat_replication",
    "control_file": "SELECT * FROM pg_control_system()",
    "read_file_after_a_line_comment": "SELECT pg_read_file -- a comment\n('/etc/hostname') AS f",
}


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[SQLEngine]:
    engine = SQLEngine("pg", pg_url, timeout_s=10)
    try:
        yield engine
    finally:
        engine.close()


def test_on_postgresql_server_settings_and_identity_are_refused_before_the_server(
    pg_engine: SQLEngine, pg_url: str
) -> None:
    with psycopg.connect(pg_url.replace("+psycopg", ""), autocommit=True) as admin:
        data_directory = admin.execute("SHOW data_directory").fetchone()[0]  # type: ignore[index]
        admin.execute("CREATE TABLE releases AS SELECT 3 AS version, 'q' AS query")
    for name, sql in SERVER_INTROSPECTION.items():
        with pytest.raises(QueryFailed) as info:
            pg_engine.run(sql, {}, timeout_s=5, max_rows=50)
        reason = info.value.reason
        assert reason.startswith("Only a single SELECT can run on pg (found "), (name, reason)
        assert data_directory not in reason and "PostgreSQL" not in reason, (name, reason)
    # A column called `version` or `query` is no call.
    shown = pg_engine.run("SELECT version, query FROM releases", {}, timeout_s=5, max_rows=1)
    assert shown.rows == [(3, "q")]


def test_on_sqlite_the_pragma_functions_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "warehouse.sqlite3"
    engine = SQLEngine("lite", f"sqlite:///{path}", timeout_s=10)
    try:
        for sql in (
            "SELECT file FROM pragma_database_list",
            "SELECT * FROM pragma_database_list()",
            "SELECT sqlite_version() AS v",
        ):
            with pytest.raises(QueryFailed) as info:
                engine.run(sql, {}, timeout_s=5, max_rows=5)
            assert "found" in info.value.reason and str(path) not in info.value.reason
        assert engine.run("SELECT 1 AS one", {}, timeout_s=5, max_rows=1).rows == [(1,)]
    finally:
        engine.close()


# ---- `queries validate` ------------------------------------------------------------------------


def test_validate_prints_a_problem_of_the_folder_itself_without_a_line_number(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "nowhere"
    done = run("queries", "validate", "--library", str(missing), "--no-explain")
    assert done.returncode == 1, done.stderr
    first = done.stdout.splitlines()[0]
    assert first == f"{missing}: the query library folder does not exist", done.stdout
    assert ":0:" not in done.stdout


# ---- roles, sessions, configuration files and system variables (issue 9, last stop) -----------

# Each was allowed at load and on promotion (the SQL engine refused a few by a list of its own,
# and MySQL's `@@` variables were refused only when their name was in a short list).
ACCOUNTS_SESSIONS_AND_VARIABLES = {
    "roles": "SELECT rolname, rolsuper FROM pg_roles",
    "users": "SELECT usename, usesuper FROM pg_catalog.pg_user",
    "shadow": "SELECT usename, passwd FROM pg_shadow",
    "authid": 'SELECT rolname, rolpassword FROM "pg_authid"',
    "sessions": "SELECT query FROM pg_stat_activity",
    "hba": "SELECT * FROM pg_hba_file_rules",
    "file_settings": "SELECT sourcefile, setting FROM pg_file_settings",
    "secure_file_priv": "SELECT @@secure_file_priv AS f",
    "global_plugin_dir": "SELECT @@GLOBAL.plugin_dir AS d",
    "quoted_variable": "SELECT @@`datadir` AS d",
    "unlisted_variable": "SELECT @@innodb_data_home_dir AS d",
    "sql_server": "SELECT @@SERVERNAME AS s",
    "mysql_accounts": "SELECT user, authentication_string FROM mysql.user",
    "quoted_mysql_accounts": "SELECT * FROM `mysql`.`user`",
    "mysql_sessions": "SELECT * FROM information_schema.PROCESSLIST",
    "mysql_statements": "SELECT sql_text FROM performance_schema.events_statements_current",
    # SQL Server's sys schema (`sys` is also a common alias, so it had no name check at all)
    "sql_server_logins": "SELECT name, password_hash FROM sys.sql_logins",
    "sql_server_bracketed": "SELECT session_id, login_name FROM [sys].[dm_exec_sessions]",
    "sql_server_three_parts": "SELECT name, physical_name FROM master.sys.master_files",
    "sql_server_function": "SELECT sys.fn_varbintohexstr(0x01) AS h",
    "sql_server_beside_an_alias": "SELECT sys.x FROM t AS sys JOIN sys.configurations c ON 1 = 1",
}


def _file_of(sql: str) -> str:
    return f"/*---\ntitle: Probe\nexamples: [probe]\n---*/\nSELECT 1 AS one\nFROM t\nWHERE {sql}\n"


@pytest.mark.parametrize("name", sorted(ACCOUNTS_SESSIONS_AND_VARIABLES))
def test_accounts_sessions_and_system_variables_are_refused_at_load_and_on_promotion(
    name: str, tmp_path: Path
) -> None:
    sql = ACCOUNTS_SESSIONS_AND_VARIABLES[name]
    library = tmp_path / "lib"
    library.mkdir()
    (library / "probe.sql").write_text(_file_of(f"EXISTS ({sql})"), encoding="utf-8")
    (library / "good.sql").write_text(GOOD_FILE, encoding="utf-8")
    loaded, problems = check_library(library)
    assert [(Path(p.path).name, p.line) for p in problems] == [("probe.sql", 7)], problems
    assert "own catalog, settings or server" in problems[0].reason
    assert [q.name for q in loaded] == ["good"]
    with pytest.raises(UserFacingError):  # by the list, or as a system table or schema
        check_promotable(sql)
    assert server_access_problem(sql).startswith("found ")


def test_on_postgresql_roles_and_sessions_are_refused_before_the_server(
    pg_engine: SQLEngine,
) -> None:
    """As the superuser: `pg_roles` and `pg_user` answered who may log in and who is superuser."""
    for sql in (ACCOUNTS_SESSIONS_AND_VARIABLES[k] for k in ("roles", "users", "sessions")):
        with pytest.raises(QueryFailed) as info:
            pg_engine.run(sql, {}, timeout_s=5, max_rows=50)
        assert info.value.reason.startswith("Only a single SELECT can run on pg (found pg_")


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT to_tsvector('simple', body) @@ plainto_tsquery('simple', :q) AS hit FROM docs",
        "SELECT body @@ query AS hit, pg_user_name, roles, mysql_version FROM docs",
        "SELECT u.user_name FROM mysql_users u WHERE u.email = 'a@example.com'",
    ],
)
def test_text_search_and_lookalike_names_still_load(sql: str, tmp_path: Path) -> None:
    assert first_internal(sql) is None
    assert server_access_problem(sql) == ""


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT sys.region, sum(sys.amount) AS total FROM sales_systems AS sys"
        " WHERE sys.day >= DATE '2026-01-01' GROUP BY sys.region",
        "SELECT sys.name FROM systems sys",
        "WITH sys AS (SELECT 1 AS a) SELECT sys.a FROM sys",
        "SELECT o.sys, o.id FROM orders o",
    ],
)
def test_sys_as_an_alias_of_the_statement_still_loads(sql: str, tmp_path: Path) -> None:
    """`sys` stands for a source of the statement here, not SQL Server's schema."""
    assert first_internal(sql) is None
    assert server_access_problem(sql) == ""
    library = tmp_path / "lib"
    library.mkdir()
    (library / "probe.sql").write_text(_file_of(f"EXISTS ({sql})"), encoding="utf-8")
    assert check_library(library)[1] == []
