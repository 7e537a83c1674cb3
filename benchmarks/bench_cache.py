"""Benchmark: a result-cache hit's time to answer against a fresh run, through `answer()`.

The starter library over the demo warehouse (DuckDB, generated once at `--scale`), the bot's
database on SQLite (default) or PostgreSQL (`--db`). For each request the same words are
answered fresh (`refresh=True`: matched, rendered, run on DuckDB, stored in the cache) and
then from the cache (matched, rendered, one SELECT by primary key, the rows decoded),
interleaved so both see the same load. Both paths include matching and the request log; the
difference is the query run against the cache read. Also timed: the library-version check
every process makes before it answers (one primary-key SELECT).

    .venv/bin/python benchmarks/bench_cache.py [--runs 40] [--scale 0.2]
        [--db postgresql+psycopg://postgres@127.0.0.1:5432/test]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.answering import Answered  # noqa: E402
from bot.engines.demo_data import DEMO_TODAY, generate  # noqa: E402
from bot.library import store  # noqa: E402
from bot.services import build_services  # noqa: E402
from bot.settings import STARTER_LIBRARY, Settings  # noqa: E402

REQUESTS = [
    "revenue by region last month",
    "top 20 customers by revenue this year",
    "daily revenue last 30 days",
    "orders by status last 7 days",
]


def _ms(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "median_ms": round(statistics.median(ordered) * 1000, 3),
        "p90_ms": round(ordered[int(len(ordered) * 0.9) - 1] * 1000, 3),
    }


def _drop_database(admin_url: str, url: str) -> None:
    if url == admin_url or not url.startswith("postgresql"):
        return
    import sqlalchemy as sa

    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as con:
        con.execute(sa.text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}"'))
    admin.dispose()


def _fresh_database(url: str) -> str:
    """A throw-away PostgreSQL database next to `url`'s (SQLite URLs are used as they are)."""
    if not url.startswith("postgresql"):
        return url
    import sqlalchemy as sa

    name = f"bench_cache_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as con:
        con.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return url.rsplit("/", 1)[0] + "/" + name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--scale", type=float, default=0.2)
    parser.add_argument("--db", default="", help="the bot's database URL (default: SQLite)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        warehouse = folder / "warehouse.duckdb"
        generate(warehouse, scale=args.scale, today=DEMO_TODAY)
        url = _fresh_database(args.db) if args.db else f"sqlite:///{folder / 'bot.sqlite3'}"
        settings = Settings(
            data_dir=folder,
            database_url=url,
            warehouse_path=warehouse,
            query_library=STARTER_LIBRARY,
            result_cache_seconds=3600,
            max_rows=5000,
        )
        now = dt.datetime.combine(DEMO_TODAY, dt.time(12), tzinfo=dt.UTC)
        services = build_services(settings, clock=lambda: now)
        rows: list[dict[str, object]] = []
        try:
            for text in REQUESTS:
                context = services.context(user="U0BENCH001", where="C0BENCH001", source="slash")
                refresh = dataclasses.replace(context, refresh=True)
                first = services.answer(text, refresh)  # warm the engine and the cache
                if not isinstance(first, Answered):
                    print(f"skipped (not answered): {text!r}", file=sys.stderr)
                    continue
                fresh, cached = [], []
                for _ in range(args.runs):
                    started = time.perf_counter()
                    services.answer(text, refresh)
                    fresh.append(time.perf_counter() - started)
                    started = time.perf_counter()
                    hit = services.answer(text, context)
                    cached.append(time.perf_counter() - started)
                    assert isinstance(hit, Answered) and hit.cached_at is not None
                row = {
                    "request": text,
                    "query": first.query.name,
                    "rows": first.result.row_count,
                    "fresh": _ms(fresh),
                    "cached": _ms(cached),
                    "speedup": round(statistics.median(fresh) / statistics.median(cached), 2),
                }
                rows.append(row)
                print(json.dumps(row))
            checks = []
            for _ in range(args.runs * 10):
                started = time.perf_counter()
                store.current_version(services.session_factory)
                checks.append(time.perf_counter() - started)
            version = {"library_version_check": _ms(checks)}
            print(json.dumps(version))
        finally:
            services.close()
            if args.db:
                _drop_database(args.db, url)
    report = {
        "database": "postgresql" if args.db else "sqlite",
        "scale": args.scale,
        "runs": args.runs,
        "requests": rows,
        **version,
    }
    if args.out:
        args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
