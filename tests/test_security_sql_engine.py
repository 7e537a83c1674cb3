"""The SQL engine (PostgreSQL and any SQLAlchemy URL) as an attacker tries it (issue 9, item 1).

A read-only transaction does not stop everything: PostgreSQL runs `lo_import` (it writes a
large object) and `pg_read_file` in one, and a text whose `;` hides inside what a naive reader
takes for a string (`E'\\''`, `$$'$$`, a nested comment) reached the server as several
statements: `COMMIT; BEGIN READ WRITE; DELETE …` deleted rows. Each probe is refused before
anything is sent; the ones that held are kept as regression tests.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from bot.engines import base, sql_engine
from bot.engines.sql_engine import SQLEngine
from bot.errors import QueryFailed

ESCAPE_READ_ONLY = "COMMIT; BEGIN READ WRITE; DELETE FROM victims; COMMIT; SELECT 1"

HIDDEN_STATEMENTS = {
    "e_string": f"SELECT E'\\'' AS a; {ESCAPE_READ_ONLY} --'",
    "mysql_backslash": f"SELECT '\\'' AS a; {ESCAPE_READ_ONLY} --'",
    "dollar_quote": f"SELECT $$'$$ AS a; {ESCAPE_READ_ONLY} --'",
    "tagged_dollar_quote": f"SELECT $x$'$x$ AS a; {ESCAPE_READ_ONLY} --'",
    "nested_comment": f"SELECT 1 /* /* */ ' */; {ESCAPE_READ_ONLY} --'",
    "nested_comment_hides_first_word": "/* /* */ SELECT */ DELETE FROM victims",
    "plain_second_statement": "SELECT 1; DELETE FROM victims",
    "quoted_identifier": 'SELECT 1 AS "a"; DELETE FROM victims',
}


@pytest.mark.parametrize("name", sorted(HIDDEN_STATEMENTS))
def test_a_second_statement_is_found_under_every_quoting_rule(name: str) -> None:
    assert base.read_only_problem(HIDDEN_STATEMENTS[name]).startswith("found ")


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT string_agg(name, '; ') AS names FROM t",
        "SELECT 'it''s' AS a, \"we;ird\" FROM t -- a note; with a semicolon",
        "SELECT $$ab$$ AS a FROM t;",
        "/* a comment; with a semicolon */ SELECT 1",
        "SELECT lo_price, load_date, dblink_id_not FROM t WHERE note <> 'pg_reading'",
    ],
)
def test_reading_statements_still_pass(sql: str) -> None:
    assert base.read_only_problem(sql) == ""
    assert base.server_access_problem(sql) == ""


SERVER_ACCESS = {
    "pg_read_file": "SELECT pg_read_file('/proc/self/environ') AS x",
    "pg_read_file_parameter": "SELECT * FROM pg_read_file(:path) AS x",
    "pg_read_binary_file": "SELECT pg_read_binary_file('/etc/passwd') AS x",
    "quoted_name": "SELECT \"pg_read_file\"('/etc/passwd') AS x",
    "schema_qualified": 'SELECT "pg_catalog"."pg_read_file"(\'/etc/passwd\') AS x',
    "comment_before_paren": "SELECT pg_read_file/**/('/etc/passwd') AS x",
    "pg_ls_dir": "SELECT pg_ls_dir('/') AS x",
    "pg_stat_file": "SELECT pg_stat_file('/etc/passwd') AS x",
    "lo_import": "SELECT lo_import('/etc/passwd') AS x",
    "lo_export": "SELECT lo_export(1, '/tmp/x') AS x",
    "set_config": "SELECT set_config('default_transaction_read_only', 'off', false)",
    "set_config_role": "SELECT set_config('role', 'postgres', false)",
    "dblink": "SELECT * FROM dblink('host=evil', 'SELECT 1') AS t(x int)",
    "query_to_xml": "SELECT query_to_xml('SELECT 1', true, true, '')",
    "terminate": "SELECT pg_terminate_backend(pid) FROM pg_stat_activity",
    "advisory_lock": "SELECT pg_advisory_lock(1)",
    "reload_conf": "SELECT pg_reload_conf()",
    "unicode_escaped_name": "SELECT U&\"pg\\005fread_file\"('/etc/passwd')",
    "mysql_load_file": "SELECT LOAD_FILE('/etc/passwd') AS x",
    "mysql_into_outfile": "SELECT email FROM customers INTO OUTFILE '/tmp/emails.csv'",
    "sqlite_load_extension": "SELECT load_extension('/tmp/evil.so')",
}


@pytest.mark.parametrize("name", sorted(SERVER_ACCESS))
def test_functions_past_the_warehouse_are_refused_by_name(name: str) -> None:
    assert base.server_access_problem(SERVER_ACCESS[name]).startswith("found ")


@pytest.fixture
def warehouse(pg_url: str) -> Iterator[SQLEngine]:
    with psycopg.connect(pg_url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute("CREATE TABLE victims AS SELECT generate_series(1, 3) AS id")
    engine = SQLEngine("pg", pg_url, timeout_s=10)
    try:
        yield engine
    finally:
        engine.close()


def _state(pg_url: str) -> tuple[int, int]:
    with psycopg.connect(pg_url.replace("+psycopg", ""), autocommit=True) as conn:
        victims = conn.execute("SELECT count(*) FROM victims").fetchone()
        objects = conn.execute("SELECT count(*) FROM pg_largeobject_metadata").fetchone()
    assert victims is not None and objects is not None
    return victims[0], objects[0]


def test_on_postgresql_nothing_is_written_and_no_file_is_read(
    warehouse: SQLEngine, pg_url: str
) -> None:
    """The same probes against a real server, as the superuser the tests connect as."""
    before = _state(pg_url)
    for sql in (*HIDDEN_STATEMENTS.values(), *SERVER_ACCESS.values()):
        with pytest.raises(QueryFailed) as info:
            warehouse.run(sql, {"path": "/etc/hostname"}, timeout_s=5, max_rows=5)
        assert "Only a single SELECT can run on pg" in info.value.reason, sql
    assert _state(pg_url) == before == (3, 0)
    assert warehouse.run("SELECT count(*) FROM victims", {}, timeout_s=5, max_rows=1).rows == [(3,)]


def test_a_role_that_can_read_the_servers_files_is_logged_once(
    pg_url: str, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.engines import sql_driver

    monkeypatch.setattr(sql_driver, "_warned_roles", set())
    engine = SQLEngine("pg", pg_url, timeout_s=10, pool_size=2)
    try:
        with caplog.at_level("WARNING", logger="bot.engines.sql_driver"):
            for _ in range(2):
                engine.run("SELECT 1 AS one", {}, timeout_s=5, max_rows=1)
            engine.run("SELECT 1 AS one", {}, timeout_s=5, max_rows=1)
        # The test reads a setting library SQL may not (`bot.library.engine_internals`).
        monkeypatch.setattr(sql_engine, "server_access_problem", lambda sql: "")
        shown = engine.run(
            "SELECT current_setting('default_transaction_read_only')", {}, timeout_s=5, max_rows=1
        )
    finally:
        engine.close()
    warned = [r.getMessage() for r in caplog.records if "server's files" in r.getMessage()]
    assert len(warned) == 1 and "postgres" in warned[0]  # the tests connect as the superuser
    assert shown.rows == [("on",)]  # the session is still read-only after the look
