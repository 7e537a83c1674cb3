"""Benchmark: the engine layer's overhead against the raw driver, for the same SQL.

DuckDB: `DuckDBEngine.run` (bind rewriting, the one-SELECT check, the sandbox, the timeout
watchdog, the row cap) against a cursor of a plain read-only `duckdb` connection.
PostgreSQL: `SQLEngine.run` (a kept read-only session, the one-SELECT check, bind rewriting,
the statement timeout and its watchdog, the result with column names and types) against one
open `psycopg` connection in autocommit.

Each case runs a point lookup, an aggregate and a scan, interleaving engine and raw runs so both
see the same cache and load; medians and 10th percentiles are reported, with the ratios
engine / raw (target <= 1.1). On PostgreSQL a second raw baseline also reads the column names
(`cursor.description`), as any caller that shows a result must; the engine returns them.

    .venv/bin/python benchmarks/bench_engines.py [--runs 300] [--pg postgresql://postgres@127.0.0.1:5432/test]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.engines.demo_data import generate  # noqa: E402
from bot.engines.duckdb_engine import SANDBOX_CONFIG, DuckDBEngine  # noqa: E402
from bot.engines.sql_engine import SQLEngine  # noqa: E402
from bot.library.sqltext import replace_binds  # noqa: E402

CASES = {
    "point": ("SELECT * FROM customers WHERE customer_id = :id", {"id": 1234}),
    "aggregate": (
        "SELECT region, count(*) AS orders, sum(amount) AS revenue FROM orders"
        " WHERE order_date BETWEEN :start AND :end GROUP BY region ORDER BY region",
        {"start": dt.date(2026, 10, 1), "end": dt.date(2026, 10, 31)},
    ),
    "scan": (
        "SELECT date_trunc('month', order_date) AS month, region, count(*) AS orders,"
        " sum(amount) AS revenue FROM orders WHERE status <> :status"
        " GROUP BY 1, 2 ORDER BY 1, 2",
        {"status": "cancelled"},
    ),
}


def interleaved(engine_run: Callable[[], object], raw_run: Callable[[], object], runs: int) -> dict:
    for _ in range(20):  # warm up both
        engine_run()
        raw_run()
    engine_ms, raw_ms = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        engine_run()
        t1 = time.perf_counter()
        raw_run()
        t2 = time.perf_counter()
        engine_ms.append((t1 - t0) * 1000)
        raw_ms.append((t2 - t1) * 1000)
    engine_median, raw_median = statistics.median(engine_ms), statistics.median(raw_ms)
    # The 10th percentile is less sensitive to other processes on a shared machine.
    engine_p10 = statistics.quantiles(engine_ms, n=10)[0]
    raw_p10 = statistics.quantiles(raw_ms, n=10)[0]
    return {
        "engine_ms": round(engine_median, 4),
        "raw_ms": round(raw_median, 4),
        "ratio": round(engine_median / raw_median, 3),
        "engine_p10_ms": round(engine_p10, 4),
        "raw_p10_ms": round(raw_p10, 4),
        "ratio_p10": round(engine_p10 / raw_p10, 3),
    }


def bench_duckdb(folder: Path, runs: int, scale: float) -> dict:
    import duckdb

    path = folder / "warehouse.duckdb"
    generate(path, scale=scale)
    engine = DuckDBEngine(path)
    # One process may hold a file only under one configuration: the raw connection shares the
    # sandbox's settings (they change what may be read, not how fast).
    raw = duckdb.connect(str(path), read_only=True, config=SANDBOX_CONFIG)
    out = {}
    for name, (sql, binds) in CASES.items():
        text = replace_binds(sql, lambda n: f"${n}")

        def raw_run(text: str = text, binds: dict = binds) -> object:
            cursor = raw.cursor()
            try:
                cursor.execute(text, binds)
                return cursor.fetchmany(5001)
            finally:
                cursor.close()

        def engine_run(sql: str = sql, binds: dict = binds) -> object:
            return engine.run(sql, binds, timeout_s=30, max_rows=5000)

        assert [tuple(r) for r in raw_run()] == engine_run().rows
        out[name] = interleaved(engine_run, raw_run, runs)
    engine.close()
    raw.close()
    return out


def bench_postgresql(admin_url: str, folder: Path, runs: int, scale: float) -> dict:
    import duckdb
    import psycopg

    name = f"bench_engines_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{admin_url.rsplit('/', 1)[0]}/{name}"
    try:
        source = duckdb.connect(str(folder / "warehouse.duckdb"), read_only=True)
        customers = source.execute(
            "SELECT customer_id, email, name, region, country, signup_date, channel FROM customers"
        ).fetchall()
        orders = source.execute(
            "SELECT order_id, customer_id, order_date, status, region, amount FROM orders"
        ).fetchall()
        source.close()
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(
                "CREATE TABLE customers (customer_id int PRIMARY KEY, email text, name text,"
                " region text, country text, signup_date date, channel text)"
            )
            conn.execute(
                "CREATE TABLE orders (order_id int PRIMARY KEY, customer_id int, order_date date,"
                " status text, region text, amount numeric(12, 2))"
            )
            with conn.cursor() as cur:
                with cur.copy("COPY customers FROM STDIN") as copy:
                    for row in customers:
                        copy.write_row(row)
                with cur.copy("COPY orders FROM STDIN") as copy:
                    for row in orders:
                        copy.write_row(row)
            conn.execute("CREATE INDEX ON orders (order_date)")
            conn.execute("ANALYZE")
        engine = SQLEngine("bench_pg", url.replace("postgresql://", "postgresql+psycopg://", 1))
        raw = psycopg.connect(url, autocommit=True)
        out = {}
        for case, (sql, binds) in CASES.items():
            text = replace_binds(sql, lambda n: f"%({n})s")

            def raw_run(text: str = text, binds: dict = binds) -> object:
                with raw.cursor() as cursor:
                    cursor.execute(text, binds)
                    return cursor.fetchmany(5001)

            def engine_run(sql: str = sql, binds: dict = binds) -> object:
                return engine.run(sql, binds, timeout_s=30, max_rows=5000)

            def raw_named(text: str = text, binds: dict = binds) -> object:
                with raw.cursor() as cursor:
                    cursor.execute(text, binds)
                    return [d.name for d in cursor.description], cursor.fetchmany(5001)

            assert [tuple(r) for r in raw_run()] == engine_run().rows
            out[case] = interleaved(engine_run, raw_run, runs)
            # What a caller that shows the result also reads: the column names.
            named = interleaved(engine_run, raw_named, runs)
            out[case]["raw_with_names_ms"] = named["raw_ms"]
            out[case]["ratio_to_raw_with_names"] = named["ratio"]
        engine.close()
        raw.close()
        out["rows"] = {"customers": len(customers), "orders": len(orders)}
        return out
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--scale", type=float, default=0.05)
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        report = {
            "runs": args.runs,
            "scale": args.scale,
            "duckdb": bench_duckdb(folder, args.runs, args.scale),
            "postgresql": bench_postgresql(args.pg, folder, args.runs, args.scale),
        }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
