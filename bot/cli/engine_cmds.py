"""`datarequest queries test [--local]`: run every library query once with its defaults.

Each query's SQL is first parsed in its engine's dialect (sqlglot, no connection), then run:
on its own engine, or with `--local` transpiled to DuckDB and run on the DuckDB demo warehouse
(sandboxed, read-only), so a team can test an Athena or Trino library on a laptop. Every
problem is printed as `file:line: reason` (a file that does not load on stderr, the others
still run); the exit status is 1 when any query fails or any file does not load.

Only the standard library is imported at module level (the CLI's fast paths import this
module to build the parser); the engines and sqlglot are imported inside the command.
"""

from __future__ import annotations

import argparse
from typing import Any

from bot.cli.common import iso_date, library_settings, load_good_queries, looked_up_path


def _where(query: Any, line: int | None = None) -> str:
    return f"{query.path or query.name}:{line or query.body_line}"


def cmd_queries_test(args: argparse.Namespace) -> int:
    from bot.engines.demo_data import DEMO_TODAY
    from bot.engines.dialects import check_syntax, to_duckdb
    from bot.engines.registry import EngineRegistry
    from bot.errors import UserFacingError
    from bot.library.render import render_sql
    from bot.matching.params import default_binds

    settings = library_settings(args)
    today = args.today or DEMO_TODAY
    library, bad_files = load_good_queries(settings)
    registry = EngineRegistry(settings)
    failures = 0
    try:
        for query in sorted(library, key=lambda q: q.name):
            dialect = registry.dialect(query.engine)
            binds = default_binds(query, today)
            sql, binds = render_sql(query, binds, timeout_s=settings.query_timeout_s)
            problems = check_syntax(
                sql, dialect, path=str(query.path or query.name), first_line=query.body_line
            )
            if problems:
                failures += 1
                for problem in problems:
                    print(problem)
                continue
            target = "duckdb" if args.local else query.engine
            try:
                text = to_duckdb(sql, dialect) if args.local else sql
                result = registry.get(target).run(
                    text, binds, timeout_s=settings.query_timeout_s, max_rows=settings.max_rows
                )
            except UserFacingError as exc:
                failures += 1
                print(f"{_where(query)}: {query.name} on {target}: {exc.reason}")
                continue
            via = f"{dialect} → duckdb" if args.local and dialect != "duckdb" else target
            print(
                f"ok  {query.name} ({via}): {result.row_count} row(s) in {result.elapsed_ms:.0f} ms"
            )
    finally:
        registry.close()
    print(f"{len(library) - failures} of {len(library)} queries ran")
    return 1 if failures or bad_files else 0


def register_queries_test(queries_sub: argparse._SubParsersAction) -> None:
    """Add `test` under `datarequest queries`."""
    p = queries_sub.add_parser(
        "test",
        help="run every query once with its defaults (--local: on the DuckDB demo warehouse)",
        description="Exit status 1 when any query fails to parse or to run.",
    )
    p.add_argument(
        "--local",
        action="store_true",
        help="transpile each query from its engine's dialect to DuckDB and run it on the "
        "demo warehouse (no connection to the real engine)",
    )
    p.add_argument(
        "--library",
        type=looked_up_path,
        metavar="DIR",
        help="query library folder (default: QUERY_LIBRARY)",
    )
    p.add_argument(
        "--warehouse", type=looked_up_path, metavar="FILE", help="DuckDB warehouse for --local"
    )
    p.add_argument(
        "--today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="resolve default periods as if today were this date (default: the demo data's last day)",
    )
    p.set_defaults(func=cmd_queries_test)
