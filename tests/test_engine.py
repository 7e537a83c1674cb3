"""Engines: bound values, a timeout that really stops the query, row caps, read-only, clean errors."""

from __future__ import annotations

import datetime as dt
import json
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from bot.engines.base import Deadline, Watchdog, to_plain
from bot.engines.demo_data import generate
from bot.engines.duckdb_engine import DuckDBEngine
from bot.engines.registry import EngineRegistry, make_engine
from bot.engines.runaway import StatementThread
from bot.errors import ConfigError, QueryFailed
from bot.settings import Settings

TODAY = dt.date(2026, 11, 22)
# Minutes of work for DuckDB: the timeout must cut it short.
SLOW_SQL = "SELECT count(*) FROM range(100000000) AS a(x), range(100000) AS b(y) WHERE x + y = 7"


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("engine") / "warehouse.duckdb"
    generate(path, scale=0.01, today=TODAY)
    return path


@pytest.fixture
def engine(warehouse: Path):  # type: ignore[no-untyped-def]
    eng = DuckDBEngine(warehouse)
    yield eng
    eng.close()


def test_runs_with_named_binds_and_reports_columns(engine: DuckDBEngine) -> None:
    result = engine.run(
        "SELECT region, count(*) AS orders FROM orders"
        " WHERE order_date BETWEEN :start AND :end GROUP BY region ORDER BY region",
        {"start": dt.date(2026, 10, 1), "end": dt.date(2026, 10, 31), "unused": "ignored"},
        timeout_s=10,
        max_rows=100,
    )
    assert result.columns == ["region", "orders"]
    assert result.column_types == ["VARCHAR", "BIGINT"]
    assert [r[0] for r in result.rows] == ["APAC", "EMEA", "LATAM", "NA"]
    assert result.row_count == 4 and not result.truncated
    assert result.elapsed_ms > 0


def test_a_bind_repeated_and_iso_strings_for_dates(engine: DuckDBEngine) -> None:
    result = engine.run(
        "SELECT count(*) FROM orders WHERE order_date >= :d AND order_date <= :d",
        {"d": "2026-11-20"},
        timeout_s=10,
        max_rows=10,
    )
    assert result.rows[0][0] > 0


def test_values_are_bound_not_pasted(engine: DuckDBEngine) -> None:
    evil = "x' OR '1'='1"
    echoed = engine.run("SELECT :v AS v", {"v": evil}, timeout_s=10, max_rows=10)
    assert echoed.rows == [(evil,)]
    matched = engine.run(
        "SELECT count(*) FROM customers WHERE email = :v", {"v": evil}, timeout_s=10, max_rows=10
    )
    assert matched.rows == [(0,)]
    # Text that looks like a bind inside a string literal is left alone.
    literal = engine.run("SELECT ':not_a_bind' AS s", {}, timeout_s=10, max_rows=10)
    assert literal.rows == [(":not_a_bind",)]


def test_a_missing_bind_is_refused(engine: DuckDBEngine) -> None:
    with pytest.raises(QueryFailed, match="needs a value for :region"):
        engine.run("SELECT * FROM orders WHERE region = :region", {}, timeout_s=10, max_rows=10)


def test_timeout_really_interrupts_the_query(engine: DuckDBEngine) -> None:
    started = time.monotonic()
    with pytest.raises(QueryFailed) as info:
        engine.run(SLOW_SQL, {}, timeout_s=0.3, max_rows=10)
    assert time.monotonic() - started < 10  # the full query would run for minutes
    assert info.value.reason == "The query took longer than 0.3 s and was stopped."
    # The engine is still usable afterwards.
    assert engine.run("SELECT 1", {}, timeout_s=10, max_rows=10).rows == [(1,)]


def test_row_cap_sets_truncated(engine: DuckDBEngine) -> None:
    capped = engine.run("SELECT * FROM range(50)", {}, timeout_s=10, max_rows=10)
    assert capped.row_count == 10 and len(capped.rows) == 10 and capped.truncated
    exact = engine.run("SELECT * FROM range(10)", {}, timeout_s=10, max_rows=10)
    assert exact.row_count == 10 and not exact.truncated
    assert [r[0] for r in exact.rows] == list(range(10))


def test_the_warehouse_is_read_only(engine: DuckDBEngine) -> None:
    with pytest.raises(QueryFailed, match="read-only"):
        engine.run(
            "INSERT INTO products SELECT * FROM products LIMIT 1", {}, timeout_s=10, max_rows=10
        )
    with pytest.raises(QueryFailed):
        engine.run("CREATE TABLE scratch AS SELECT 1 AS x", {}, timeout_s=10, max_rows=10)
    assert engine.run("SELECT count(*) FROM products", {}, timeout_s=10, max_rows=1).rows == [
        (300,)
    ]


def test_errors_are_one_short_line(engine: DuckDBEngine, caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(QueryFailed) as info:
        engine.run("SELECT * FROM no_such_table", {}, timeout_s=10, max_rows=10)
    reason = info.value.reason
    assert reason.startswith("The query failed: Catalog Error:")
    assert "\n" not in reason and "Traceback" not in reason and len(reason) < 320
    # The full detail, with the traceback, is in the log.
    assert any(r.exc_info for r in caplog.records if "no_such_table" in r.getMessage())


def test_cursors_run_in_parallel_threads(engine: DuckDBEngine) -> None:
    results: list[Any] = []
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            r = engine.run("SELECT count(*) + :i FROM orders", {"i": i}, timeout_s=10, max_rows=1)
            results.append(r.rows[0][0] - i)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert not errors
    assert len(results) == 8 and len(set(results)) == 1


def test_explain_plans_with_the_same_binds(engine: DuckDBEngine) -> None:
    plan = engine.explain("SELECT * FROM orders WHERE region = :r", {"r": "EMEA"})
    assert "main.orders" in plan and "EMEA" in plan
    with pytest.raises(QueryFailed, match="The query failed"):
        engine.explain("SELECT * FROM nowhere WHERE x = :r", {"r": 1})


def test_closed_engine_refuses(warehouse: Path) -> None:
    eng = DuckDBEngine(warehouse)
    eng.close()
    eng.close()
    with pytest.raises(QueryFailed, match="closed"):
        eng.run("SELECT 1", {}, timeout_s=1, max_rows=1)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        DuckDBEngine(tmp_path / "nope.duckdb")


def test_to_plain_makes_results_json_friendly(engine: DuckDBEngine) -> None:
    result = engine.run(
        "SELECT DATE '2026-11-22' AS d, TIMESTAMP '2026-11-22 10:30:00' AS ts,"
        " CAST(12.50 AS DECIMAL(10, 2)) AS money, CAST(7 AS DECIMAL(10, 0)) AS whole,"
        " [1, 2] AS xs, {'a': 1} AS obj, NULL AS nothing, 'nan'::DOUBLE AS nan",
        {},
        timeout_s=10,
        max_rows=1,
    )
    plain = [to_plain(v) for v in result.rows[0]]
    assert plain == ["2026-11-22", "2026-11-22T10:30:00", 12.5, 7, [1, 2], {"a": 1}, None, None]
    json.dumps(plain, allow_nan=False)
    assert to_plain(uuid.UUID(int=1)) == "00000000-0000-0000-0000-000000000001"
    assert to_plain(b"\x00\x01") == "AAE="
    assert to_plain(dt.timedelta(minutes=2)) == 120.0


def test_make_engine_builds_the_demo_warehouse_on_first_use(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", demo_scale=0.005)
    eng = make_engine("duckdb", settings, today=TODAY)
    try:
        assert settings.effective_warehouse_path.is_file()
        assert eng.run("SELECT count(*) FROM customers", {}, timeout_s=10, max_rows=1).rows == [
            (500,)
        ]
    finally:
        eng.close()


def test_make_engine_refuses_a_missing_explicit_warehouse_and_unknown_names(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, warehouse_path=tmp_path / "theirs.duckdb")
    with pytest.raises(ConfigError, match="WAREHOUSE_PATH"):
        make_engine("duckdb", settings)
    assert not (tmp_path / "theirs.duckdb").exists()
    with pytest.raises(ConfigError, match="Unknown engine 'snowflake'"):
        make_engine("snowflake", settings)


def test_athena_without_boto3_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "boto3", None)  # makes `import boto3` fail
    with pytest.raises(ConfigError, match=r"pip install boto3"):
        make_engine("athena", Settings())


def test_registry_builds_each_engine_once_and_closes_them(warehouse: Path) -> None:
    registry = EngineRegistry(Settings(warehouse_path=warehouse))
    first = registry.get("duckdb")
    assert registry.get("duckdb") is first
    registry.close()
    with pytest.raises(QueryFailed, match="closed"):
        first.run("SELECT 1", {}, timeout_s=1, max_rows=1)
    again = registry.get("duckdb")
    assert again is not first
    registry.close()


def test_the_watchdog_fires_armed_deadlines_in_order_and_never_disarmed_ones() -> None:
    watchdog = Watchdog()
    fired: list[str] = []
    drained = threading.Event()
    late = watchdog.arm(0.2, lambda: fired.append("late"))
    early = watchdog.arm(0.05, lambda: fired.append("early"))
    disarmed = watchdog.arm(0.1, lambda: fired.append("disarmed"))
    watchdog.disarm(disarmed)
    watchdog.arm(0.3, drained.set)  # after every other deadline: a drain, not a sleep
    assert drained.wait(10)
    assert fired == ["early", "late"]
    assert late != early


def test_a_deadline_stops_a_running_query_and_not_a_finished_one() -> None:
    watchdog = Watchdog()
    stopped = threading.Event()
    with Deadline(0.05, stopped.set, watchdog) as running:
        assert stopped.wait(10)  # a "query" that runs until it is stopped
    assert running.stopped

    calls: list[str] = []
    with Deadline(0.05, lambda: calls.append("stop"), watchdog) as quick:
        pass  # the query ended at once
    drained = threading.Event()
    watchdog.arm(0.1, drained.set)
    assert drained.wait(10)
    assert calls == [] and not quick.stopped


def test_the_watchdog_passes_over_ended_queries_and_still_fires_a_short_deadline() -> None:
    """Ended queries leave their entries behind (no wake-up each); a shorter deadline armed
    while the thread sleeps towards a longer one still fires."""
    watchdog = Watchdog()
    for _ in range(200):
        watchdog.disarm(watchdog.arm(30, lambda: None))
    sleeping = watchdog.arm(30, lambda: None)
    fired = threading.Event()
    watchdog.arm(0.05, fired.set)
    assert fired.wait(10)
    watchdog.disarm(sleeping)


def test_each_thread_keeps_its_cursor_a_failure_drops_it_and_close_releases_the_file(
    tmp_path: Path,
) -> None:
    import duckdb

    path = tmp_path / "w.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE t AS SELECT * FROM range(5) r(x)")
    eng = DuckDBEngine(path)
    assert eng.run("SELECT count(*) FROM t", {}).rows == [(5,)]
    mine = eng._cursor()
    assert eng.run("SELECT max(x) FROM t", {}).rows == [(4,)] and eng._cursor() is mine
    with pytest.raises(QueryFailed):
        eng.run("SELECT no_such_column FROM t", {})
    assert eng._cursor() is not mine  # the failed one was dropped
    assert eng.run("SELECT min(x) FROM t", {}).rows == [(0,)]
    seen: list[Any] = []
    for _ in range(2):
        worker = threading.Thread(target=lambda: seen.append(eng.run("SELECT 1", {}).rows))
        worker.start()
        worker.join()
        # this thread's and the worker's: an ended worker's cursor goes with the next opening
        assert len(eng._cursors) == 2
    assert seen == [[(1,)], [(1,)]]
    # A new thread that got an ended thread's ident never takes (or loses) that thread's
    # cursor: the entry is the ended thread's, so the new one opens its own.
    ended = threading.Thread(target=lambda: None)
    ended.start()
    ended.join()
    stale = eng._con.cursor()
    eng._cursors[threading.get_ident()] = (ended, stale, StatementThread())
    assert eng.run("SELECT 2", {}).rows == [(2,)]
    assert eng._cursors[threading.get_ident()][1] is not stale
    with pytest.raises(duckdb.ConnectionException):
        stale.execute("SELECT 1")  # closed when its thread was found ended
    eng.close()
    with pytest.raises(QueryFailed, match="closed"):
        eng.run("SELECT 1", {})
    with duckdb.connect(str(path)) as con:  # nothing holds the file any more: writable
        con.execute("INSERT INTO t VALUES (5)")
