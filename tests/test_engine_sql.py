"""Engines by URL: a small warehouse in a throw-away PostgreSQL database, run end to end.

Named in ENGINES_FILE, used by the library's `engine:` header; values bound in the driver's
paramstyle (stray colons and `%` left alone), a read-only transaction, and a timeout that stops
the query on the server.
"""

from __future__ import annotations

import datetime as dt
import time
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest

from bot.engines import sql_engine
from bot.engines.base import read_only_problem
from bot.engines.registry import EngineRegistry, library_engine_uses, load_engine_configs
from bot.engines.sql_engine import SQLEngine, to_paramstyle
from bot.errors import ConfigError, QueryFailed
from bot.library.loader import load_library
from bot.library.render import render_sql
from bot.matching.params import default_binds
from bot.settings import Settings

TODAY = dt.date(2026, 11, 22)

REVENUE_SQL = """/*---
title: Revenue by region (PostgreSQL)
engine: shop_pg
examples:
  - revenue by region last month
params:
  period: {type: date_range, default: last month}
  status: {type: choice, choices: [delivered, shipped], default: delivered}
---*/
SELECT region, count(*) AS orders, sum(amount) AS revenue
FROM orders
WHERE order_date BETWEEN :period_start AND :period_end
  AND status = :status
  AND note NOT LIKE '%test%'          -- a literal % beside bound values
  AND to_char(created, 'HH24:MI') <> '10:30'
  AND order_date::date IS NOT NULL
GROUP BY region
ORDER BY region
"""

CUSTOMER_SQL = """/*---
title: Customer by email (PostgreSQL)
engine: shop_pg
params:
  email: {type: string}
---*/
SELECT customer_id, email FROM customers WHERE email = :email
"""


def _admin_url(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@pytest.fixture
def shop(pg_url: str, tmp_path: Path) -> Settings:
    """A warehouse in PostgreSQL, an ENGINES_FILE naming it, and a library that uses it."""
    with psycopg.connect(_admin_url(pg_url), autocommit=True) as conn:
        conn.execute(
            "CREATE TABLE orders (order_id int, region text, order_date date, status text,"
            " amount numeric(10, 2), note text, created timestamp)"
        )
        conn.execute("CREATE TABLE customers (customer_id int, email text)")
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO orders VALUES (%s, %s, %s, %s, %s, %s, %s)",
                [
                    (1, "EMEA", dt.date(2026, 10, 3), "delivered", Decimal("10.50"), "", dt.datetime(2026, 10, 3, 9)),
                    (2, "EMEA", dt.date(2026, 10, 9), "delivered", Decimal("4.50"), "", dt.datetime(2026, 10, 9, 11)),
                    (3, "NA", dt.date(2026, 10, 20), "delivered", Decimal("7.00"), "", dt.datetime(2026, 10, 20, 12)),
                    (4, "NA", dt.date(2026, 10, 21), "shipped", Decimal("99.00"), "", dt.datetime(2026, 10, 21, 12)),
                    (5, "NA", dt.date(2026, 10, 22), "delivered", Decimal("50.00"), "a test order", dt.datetime(2026, 10, 22, 12)),
                    (6, "APAC", dt.date(2026, 10, 23), "delivered", Decimal("1.00"), "", dt.datetime(2026, 10, 23, 10, 30)),
                    (7, "APAC", dt.date(2026, 9, 23), "delivered", Decimal("1.00"), "", dt.datetime(2026, 9, 23, 9)),
                ],
            )  # fmt: skip
            cur.execute("INSERT INTO customers VALUES (1, 'jane@example.com')")
    engines_file = tmp_path / "engines.yaml"
    engines_file.write_text(f"engines:\n  shop_pg:\n    url: {pg_url}\n")
    library = tmp_path / "library"
    library.mkdir()
    (library / "pg_revenue.sql").write_text(REVENUE_SQL)
    (library / "pg_customer.sql").write_text(CUSTOMER_SQL)
    return Settings(engines_file=engines_file, query_library=library, query_timeout_s=10)


def test_a_library_query_runs_on_postgresql_with_bound_values(shop: Settings) -> None:
    library = load_library(shop.query_library)
    registry = EngineRegistry(shop)
    try:
        registry.check(library_engine_uses(library))
        query = library.get("pg_revenue")
        assert query is not None and query.engine == "shop_pg"
        sql, binds = render_sql(query, default_binds(query, TODAY))
        result = registry.get(query.engine).run(sql, binds, timeout_s=10, max_rows=100)
        assert result.columns == ["region", "orders", "revenue"]
        assert result.rows == [("EMEA", 2, Decimal("15.00")), ("NA", 1, Decimal("7.00"))]
        assert result.column_types == ["VARCHAR", "BIGINT", "DECIMAL"]
        assert not result.truncated and result.elapsed_ms > 0
        assert registry.dialect("shop_pg") == "postgres"
        assert "orders" in registry.get("shop_pg").explain(sql, binds)  # `queries validate` plans

        lookup = library.get("pg_customer")
        assert lookup is not None
        engine = registry.get("shop_pg")
        evil = "x' OR '1'='1"
        assert engine.run(lookup.sql, {"email": evil}, timeout_s=10, max_rows=10).rows == []
        assert engine.run("SELECT :v AS v", {"v": evil}, timeout_s=10, max_rows=1).rows == [(evil,)]
        assert engine.run(
            lookup.sql, {"email": "jane@example.com"}, timeout_s=10, max_rows=10
        ).rows == [(1, "jane@example.com")]
    finally:
        registry.close()


def test_row_cap_and_missing_values(shop: Settings) -> None:
    registry = EngineRegistry(shop)
    try:
        engine = registry.get("shop_pg")
        capped = engine.run("SELECT * FROM generate_series(1, 50)", {}, timeout_s=10, max_rows=10)
        assert capped.row_count == 10 and capped.truncated
        with pytest.raises(QueryFailed, match="needs a value for :email"):
            engine.run(CUSTOMER_SQL.split("---*/")[1], {}, timeout_s=10, max_rows=1)
    finally:
        registry.close()


def test_the_transaction_is_read_only(
    shop: Settings, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    registry = EngineRegistry(shop)
    try:
        engine = registry.get("shop_pg")
        # A write hidden in a SELECT (a writable CTE) is refused before it is sent; past
        # that check (as if it missed one), it meets the read-only transaction.
        hidden = (
            "WITH gone AS (DELETE FROM orders WHERE order_id = :id RETURNING *)"
            " SELECT count(*) FROM gone"
        )
        with pytest.raises(QueryFailed, match="found DELETE"):
            engine.run(hidden, {"id": 1}, timeout_s=10, max_rows=1)
        text_check = sql_engine.read_only_problem
        monkeypatch.setattr(sql_engine, "read_only_problem", lambda sql: "")
        with pytest.raises(QueryFailed, match="read-only transaction") as info:
            engine.run(hidden, {"id": 1}, timeout_s=10, max_rows=1)
        assert "\n" not in info.value.reason
        # Turning the session's default off is refused before it is sent; were it reached
        # another way (a warehouse function calling it), it would not reach the next query.
        turn_off = "SELECT set_config('default_transaction_read_only', 'off', false)"
        with pytest.raises(QueryFailed, match="found set_config"):
            engine.run(turn_off, {}, timeout_s=10, max_rows=1)
        monkeypatch.setattr(sql_engine, "server_access_problem", lambda sql: "")
        engine.run(
            "SELECT set_config('default_transaction_read_only', 'off', false)",
            {},
            timeout_s=10,
            max_rows=1,
        )
        with pytest.raises(QueryFailed, match="read-only transaction"):
            engine.run(hidden, {"id": 2}, timeout_s=10, max_rows=1)
        monkeypatch.setattr(sql_engine, "read_only_problem", text_check)
        # Anything but one reading statement is refused before it is sent.
        for text in (
            "DELETE FROM orders",
            "CREATE TABLE scratch (x int)",
            "SET default_transaction_read_only = off",
            "SELECT 1; DELETE FROM orders",
            "COMMIT",
        ):
            with pytest.raises(QueryFailed, match="Only a single SELECT can run on shop_pg"):
                engine.run(text, {}, timeout_s=10, max_rows=1)
        # Quoted and commented semicolons are not statements.
        assert engine.run(
            "-- a note; with a semicolon\nSELECT ';' AS s /* ; */;", {}, timeout_s=10, max_rows=1
        ).rows == [(";",)]
    finally:
        registry.close()
    with psycopg.connect(_admin_url(pg_url)) as conn:
        assert conn.execute("SELECT count(*) FROM orders").fetchone() == (7,)


def _running_sleeps(pg_url: str) -> int:
    with psycopg.connect(_admin_url(pg_url), autocommit=True) as conn:
        row = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            " AND state = 'active' AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()"
        ).fetchone()
    return int(row[0]) if row else 0


def test_the_timeout_cancels_the_query_on_the_server(shop: Settings, pg_url: str) -> None:
    registry = EngineRegistry(shop)
    try:
        engine = registry.get("shop_pg")
        started = time.monotonic()
        with pytest.raises(QueryFailed) as info:
            engine.run("SELECT pg_sleep(:s)", {"s": 30}, timeout_s=0.5, max_rows=1)
        assert time.monotonic() - started < 20  # the sleep alone would take 30 s
        assert info.value.reason == "The query took longer than 0.5 s and was stopped."
        assert _running_sleeps(pg_url) == 0
        # The pooled connection is clean afterwards: no timeout or read-only state leaks.
        assert engine.run("SELECT 1 AS one", {}, timeout_s=10, max_rows=1).rows == [(1,)]
    finally:
        registry.close()


def test_the_watchdog_cancels_where_the_server_has_no_timeout(
    shop: Settings, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dialects without a statement timeout rely on the driver's cancel(): tried on PostgreSQL
    with its own timeout switched off."""
    monkeypatch.setattr(sql_engine, "transaction_statements", lambda dialect, timeout_s: ([], []))
    monkeypatch.setattr(sql_engine, "session_timeout_statement", lambda dialect, timeout_s: None)
    engine = SQLEngine("shop_pg", load_engine_configs(shop.engines_file)["shop_pg"].url)
    try:
        started = time.monotonic()
        with pytest.raises(QueryFailed, match="longer than 0.5 s"):
            engine.run("SELECT pg_sleep(30)", {}, timeout_s=0.5, max_rows=1)
        assert time.monotonic() - started < 20
        assert _running_sleeps(pg_url) == 0
    finally:
        engine.close()


def test_an_unconfigured_engine_stops_start_up_naming_the_query(shop: Settings) -> None:
    (shop.query_library / "elsewhere.sql").write_text(
        "/*---\ntitle: Elsewhere\nengine: snowflake_prod\n---*/\nSELECT 1\n"
    )
    library = load_library(shop.query_library)
    registry = EngineRegistry(shop)
    with pytest.raises(ConfigError, match=r"elsewhere\.sql:\d+: unknown engine 'snowflake_prod'"):
        registry.check(library_engine_uses(library))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("engines: [", "not valid YAML"),
        ("engines:\n  pg: {}\n", "needs a 'url'"),
        ("engines:\n  pg: {url: 'sqlite://', colour: blue}\n", "unknown key 'colour'"),
        ("engines:\n  9lives: {url: 'sqlite://'}\n", "letters, digits"),
        ("something: else\n", "expected a mapping under 'engines:'"),
    ],
)
def test_a_bad_engines_file_names_the_problem(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "engines.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message):
        EngineRegistry(Settings(engines_file=path))


def test_an_unusable_url_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "engines.yaml"
    path.write_text("engines:\n  odd: {url: 'nosuchdb+driver://x'}\n")
    registry = EngineRegistry(Settings(engines_file=path))
    with pytest.raises(ConfigError, match="engine 'odd': cannot use its URL"):
        registry.get("odd")


@pytest.mark.parametrize(
    ("style", "text", "args"),
    [
        ("qmark", "SELECT '10:30', x::date, ? + ?, ? LIKE 'a%'", [1, 2, 1]),
        ("numeric", "SELECT '10:30', x::date, :1 + :2, :3 LIKE 'a%'", [1, 2, 1]),
        ("named", "SELECT '10:30', x::date, :a + :b, :a LIKE 'a%'", {"a": 1, "b": 2}),
        ("format", "SELECT '10:30', x::date, %s + %s, %s LIKE 'a%%'", [1, 2, 1]),
        ("pyformat", "SELECT '10:30', x::date, %(a)s + %(b)s, %(a)s LIKE 'a%%'", {"a": 1, "b": 2}),
    ],
)
def test_binds_become_the_drivers_paramstyle(style: str, text: str, args: object) -> None:
    sql = "SELECT '10:30', x::date, :a + :b, :a LIKE 'a%'"
    assert to_paramstyle(sql, {"a": 1, "b": 2}, style) == (text, args)


def test_without_values_the_text_is_left_as_it_is() -> None:
    assert to_paramstyle("SELECT 'a%' -- :no", {}, "pyformat") == ("SELECT 'a%' -- :no", None)


@pytest.mark.parametrize(
    ("sql", "problem"),
    [
        ("SELECT 1", ""),
        ("  -- note\n/* x; y */ (SELECT 1) UNION ALL (SELECT 2);", ""),
        ("WITH a AS (SELECT 1) SELECT * FROM a", ""),
        ("VALUES (1)", ""),
        ("select ';' AS \"a;b\"", ""),
        ("SELECT 1; SELECT 2", "found more than one statement"),
        ("SET x = 1", "found SET"),
        ("COPY t TO '/tmp/x'", "found COPY"),
        ("-- only a comment", "found no statement"),
    ],
)
def test_read_only_problem_reads_the_text_only(sql: str, problem: str) -> None:
    assert read_only_problem(sql) == problem


def test_engines_file_can_name_duckdb_files_and_athena(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    import duckdb

    from bot.engines.athena import AthenaEngine
    from bot.engines.duckdb_engine import DuckDBEngine

    archive = tmp_path / "archive.duckdb"
    with duckdb.connect(str(archive)) as con:
        con.execute("CREATE TABLE old_orders AS SELECT 1 AS order_id")

    class FakeBoto3:
        @staticmethod
        def client(service: str, **options: object) -> object:
            assert service == "athena" and options == {"region_name": "eu-west-1"}
            return object()

    monkeypatch.setitem(sys.modules, "boto3", FakeBoto3)
    path = tmp_path / "engines.yaml"
    path.write_text(
        f"engines:\n"
        f"  archive: {{url: 'duckdb:///{archive}'}}\n"
        f"  lake: {{url: 'athena://', database: lake, workgroup: etl, region: eu-west-1}}\n"
    )
    registry = EngineRegistry(Settings(engines_file=path, athena_price_per_tb=6.25))
    try:
        engine = registry.get("archive")
        assert isinstance(engine, DuckDBEngine)
        assert engine.run("SELECT * FROM old_orders", {}, timeout_s=10, max_rows=1).rows == [(1,)]
        with pytest.raises(QueryFailed, match="disabled by configuration"):
            engine.run(f"SELECT * FROM read_text('{path}')", {}, timeout_s=10, max_rows=1)
        lake = registry.get("lake")
        assert isinstance(lake, AthenaEngine)
        assert (lake.database, lake.workgroup, lake.price_per_tb) == ("lake", "etl", 6.25)
        assert registry.dialect("lake") == "athena" and registry.dialect("archive") == "duckdb"
        assert registry.names == ("archive", "athena", "duckdb", "lake")
    finally:
        registry.close()


def test_one_pooled_session_takes_each_querys_own_timeout_on_the_server(
    shop: Settings, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL sessions are read-only by default and keep the last timeout set: a query with
    another timeout on the same connection gets it from the server (the watchdog held back)."""
    monkeypatch.setattr(sql_engine, "WATCHDOG_GRACE_S", 60.0)
    engine = SQLEngine(
        "shop_pg", load_engine_configs(shop.engines_file)["shop_pg"].url, pool_size=1
    )
    try:
        pid = engine.run("SELECT pg_backend_pid()", {}, timeout_s=30, max_rows=1).rows[0][0]
        started = time.monotonic()
        with pytest.raises(QueryFailed, match="longer than 0.5 s"):
            engine.run("SELECT pg_sleep(30)", {}, timeout_s=0.5, max_rows=1)
        assert time.monotonic() - started < 20
        # Still the same session, now with a long timeout again: a short sleep finishes.
        again = engine.run("SELECT pg_backend_pid(), pg_sleep(0.6)", {}, timeout_s=30, max_rows=1)
        assert again.rows[0][0] == pid
        # A query that turns the read-only default off (a way past the text check, here the
        # check switched off) loses its session: the next one is new.
        monkeypatch.setattr(sql_engine, "server_access_problem", lambda sql: "")
        engine.run(
            "SELECT set_config('default_transaction_read_only', 'off', false)",
            {},
            timeout_s=30,
            max_rows=1,
        )
        fresh = engine.run("SELECT pg_backend_pid()", {}, timeout_s=30, max_rows=1).rows[0][0]
        assert fresh != pid
        shown = engine.run(
            "SELECT current_setting('transaction_read_only')", {}, timeout_s=30, max_rows=1
        )
        assert shown.rows == [("on",)]
    finally:
        engine.close()


def test_connections_are_kept_between_queries_and_a_closed_one_is_replaced(
    shop: Settings, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A connection waits for the next query outside the pool; one the server closed while it
    waited is noticed when a query is sent, and the query runs once more on a new one."""
    engine = SQLEngine("shop_pg", load_engine_configs(shop.engines_file)["shop_pg"].url)
    # The test reads a setting library SQL may not (`bot.library.engine_internals`).
    monkeypatch.setattr(sql_engine, "server_access_problem", lambda sql: "")
    try:
        pid = engine.run("SELECT pg_backend_pid()", {}, timeout_s=30, max_rows=1).rows[0][0]
        assert engine.run("SELECT pg_backend_pid()", {}, timeout_s=30, max_rows=1).rows[0][0] == pid
        with psycopg.connect(_admin_url(pg_url), autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])
            for _ in range(100):  # the backend is gone once it no longer shows
                gone = admin.execute(
                    "SELECT count(*) FROM pg_stat_activity WHERE pid = %s", [pid]
                ).fetchone()
                if gone == (0,):
                    break
                time.sleep(0.05)
        again = engine.run(
            "SELECT pg_backend_pid(), current_setting('transaction_read_only')",
            {},
            timeout_s=30,
            max_rows=1,
        )
        assert again.rows[0][0] != pid and again.rows[0][1] == "on"
    finally:
        engine.close()


def test_a_connection_past_its_age_goes_back_to_the_pool_to_be_replaced(
    shop: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sql_engine, "RECYCLE_S", 0.0)
    engine = SQLEngine("shop_pg", load_engine_configs(shop.engines_file)["shop_pg"].url)
    try:
        first = engine.run("SELECT pg_backend_pid()", {}, timeout_s=30, max_rows=1).rows[0][0]
        time.sleep(0.01)
        second = engine.run("SELECT pg_backend_pid()", {}, timeout_s=30, max_rows=1).rows[0][0]
        assert first != second
    finally:
        engine.close()


def test_column_types_come_from_the_server_even_for_a_column_of_nulls(shop: Settings) -> None:
    engine = SQLEngine("shop_pg", load_engine_configs(shop.engines_file)["shop_pg"].url)
    try:
        result = engine.run(
            "SELECT order_id, region, order_date, amount, created, NULL::int AS nothing,"
            " amount > 5 AS big, 1.5::float8 AS ratio FROM orders WHERE order_id = :id",
            {"id": 1},
            timeout_s=30,
            max_rows=10,
        )
    finally:
        engine.close()
    assert result.columns == [
        "order_id", "region", "order_date", "amount", "created", "nothing", "big", "ratio"
    ]  # fmt: skip
    assert result.column_types == [
        "BIGINT", "VARCHAR", "DATE", "DECIMAL", "TIMESTAMP", "BIGINT", "BOOLEAN", "DOUBLE"
    ]  # fmt: skip
    assert result.rows == [
        (1, "EMEA", dt.date(2026, 10, 3), Decimal("10.50"), dt.datetime(2026, 10, 3, 9), None, True, 1.5)
    ]  # fmt: skip


def test_a_kept_connection_reuses_its_cursor_but_keeps_no_big_result(shop: Settings) -> None:
    """psycopg's cursor costs as much to make as a point lookup: a small result's cursor waits
    with its connection for the next query; one holding many rows is closed; a failed query
    leaves the connection and its cursor usable."""
    engine = SQLEngine("shop_pg", load_engine_configs(shop.engines_file)["shop_pg"].url)
    try:
        engine.run("SELECT 1 AS one", {}, timeout_s=30, max_rows=1)
        kept = engine._idle[-1]
        first = kept.cursor()
        kept.put_back(first)
        assert engine.run("SELECT :x AS x", {"x": 2}, timeout_s=30, max_rows=1).rows == [(2,)]
        assert engine._idle[-1].cursor() is first
        kept.put_back(first)
        with pytest.raises(QueryFailed, match="does not exist"):
            engine.run("SELECT nope FROM orders", {}, timeout_s=30, max_rows=1)
        after = engine.run("SELECT :x AS x", {"x": 3}, timeout_s=30, max_rows=1)
        assert after.rows == [(3,)] and after.columns == ["x"]
        big = engine.run("SELECT generate_series(1, 500) AS n", {}, timeout_s=30, max_rows=10)
        assert big.row_count == 10 and big.truncated
        assert first.closed and engine._idle[-1].cursor() is not first
    finally:
        engine.close()


def test_a_connection_lost_is_told_from_a_query_the_server_refused(pg_url: str) -> None:
    """CI once saw 'connection socket closed' from a connection the server had closed, raised
    before psycopg marked it broken: the query failed instead of running once more."""
    import sqlite3

    from bot.engines.sql_driver import lost_connection

    with pytest.raises(psycopg.OperationalError) as unreachable:
        psycopg.connect("host=127.0.0.1 port=1 user=nobody connect_timeout=1")
    assert lost_connection(unreachable.value)
    with (
        psycopg.connect(_admin_url(pg_url), autocommit=True) as conn,
        pytest.raises(psycopg.Error) as refused,
    ):
        conn.execute("SELECT 1 / 0")
    assert not lost_connection(refused.value)
    with pytest.raises(sqlite3.OperationalError) as no_table:
        sqlite3.connect(":memory:").execute("SELECT * FROM nowhere")
    assert not lost_connection(no_table.value)
