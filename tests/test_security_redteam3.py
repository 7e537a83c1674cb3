"""Red team, third round: what the earlier rounds did not cover (issue 9).

Each probe is one an independent harness would try: SQL that reaches past the warehouse by a
path the name checks did not know, and what else the running app lets through. Every test here
failed before its fix; the probes that held are kept beside them.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from bot.engines import base
from bot.engines.sql_engine import SQLEngine
from bot.errors import QueryFailed, UserFacingError
from bot.library.promote_guard import check_promotable

# PostgreSQL runs SQL given as text in `ts_stat(sqlquery)` and `ts_rewrite(query, select)`:
# a name split by `||` inside that text is no name any check can read, and the inner query
# runs in the same read-only transaction, where `pg_read_file` still reads the server's files.
# Some views read the server's configuration files or show other sessions' SQL.
PAST_THE_WAREHOUSE_ON_POSTGRESQL = {
    "ts_stat_runs_text": (
        "SELECT (SELECT string_agg(word, ',') FROM ts_stat('SELECT to_tsvector(''simple'', "
        "pg_read_'||'file(''/etc/hostname''))')) AS words"
    ),
    "ts_rewrite_runs_text": (
        "SELECT ts_rewrite('x'::tsquery, 'SELECT ''x''::tsquery, plainto_tsquery(''simple'', "
        "pg_read_'||'file(''/etc/hostname''))') AS x"
    ),
    "qualified_ts_stat": "SELECT * FROM pg_catalog.ts_stat('SELECT to_tsvector(''a'')')",
    "file_settings": "SELECT sourcefile, name, setting FROM pg_file_settings",
    "show_all_file_settings": "SELECT * FROM pg_show_all_file_settings()",
    "hba_file_rules": "SELECT * FROM pg_catalog.pg_hba_file_rules",
    "ident_file_mappings": 'SELECT * FROM "pg_ident_file_mappings"',
    "other_sessions_sql": "SELECT query FROM pg_stat_activity",
    "password_hashes": "SELECT rolname, rolpassword FROM pg_authid",
    "shadow": "SELECT usename, passwd FROM pg_shadow",
    "server_build": "SELECT * FROM pg_config",
    "table_as_xml": "SELECT table_to_xml('pg_authid', true, true, '') AS x",
    "database_as_xml": "SELECT database_to_xml(true, true, '') AS x",
    "stats_reset": "SELECT pg_stat_reset() AS x",
    "notify": "SELECT pg_notify('channel', 'payload') AS x",
    "adminpack_logdir": "SELECT * FROM pg_logdir_ls()",
}


@pytest.mark.parametrize("name", sorted(PAST_THE_WAREHOUSE_ON_POSTGRESQL))
def test_sql_run_as_text_and_server_views_are_refused_by_name(name: str) -> None:
    assert base.server_access_problem(PAST_THE_WAREHOUSE_ON_POSTGRESQL[name]).startswith("found ")


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT ts_total, stat_activity, config_name FROM t WHERE note <> 'pg_configured'",
        "SELECT to_tsvector('simple', body) @@ plainto_tsquery('simple', :q) AS hit FROM t",
    ],
)
def test_lookalike_columns_and_text_search_still_pass(sql: str) -> None:
    assert base.server_access_problem(sql) == ""


@pytest.fixture
def pg_engine(pg_url: str) -> Iterator[SQLEngine]:
    engine = SQLEngine("pg", pg_url, timeout_s=10)
    try:
        yield engine
    finally:
        engine.close()


def test_on_postgresql_no_probe_reads_the_servers_files_or_sessions(
    pg_engine: SQLEngine, pg_url: str
) -> None:
    """As the superuser the tests connect as: every probe refused before it is sent."""
    with open("/etc/hostname", encoding="utf-8") as handle:
        hostname = handle.read().strip()
    for sql in PAST_THE_WAREHOUSE_ON_POSTGRESQL.values():
        with pytest.raises(QueryFailed) as info:
            pg_engine.run(sql, {}, timeout_s=5, max_rows=50)
        assert "Only a single SELECT can run on pg" in info.value.reason, sql
        assert hostname not in info.value.reason.split("(found")[0]
    with psycopg.connect(pg_url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute("CREATE TABLE docs AS SELECT 'red green' AS body")
    hit = pg_engine.run(
        "SELECT to_tsvector('simple', body) @@ plainto_tsquery('simple', :q) AS hit FROM docs",
        {"q": "green"},
        timeout_s=5,
        max_rows=1,
    )
    assert hit.rows == [(True,)]


def test_promotion_refuses_a_scalar_function_that_runs_sql_text() -> None:
    """`ts_rewrite` is a scalar: the promotion guard let it through as any other function."""
    with pytest.raises(UserFacingError, match="ts_rewrite"):
        check_promotable(PAST_THE_WAREHOUSE_ON_POSTGRESQL["ts_rewrite_runs_text"])
