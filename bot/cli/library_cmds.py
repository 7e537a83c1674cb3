"""CLI commands over the query library: match, ask, queries validate|list, demo-data.

Only the standard library is imported at module level; `match` never imports duckdb,
sqlalchemy or slack (it needs yaml and the matcher only), so it starts fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from bot.cli.common import cli_settings, iso_date

EXIT_NOT_ANSWERED = 3


def _today(args: argparse.Namespace, settings: Any) -> dt.date:
    if getattr(args, "today", None):
        return args.today
    from bot.language.periods import today_in

    return today_in(settings.timezone)


def _settings(args: argparse.Namespace) -> Any:
    settings = cli_settings()
    if getattr(args, "library", None):
        settings = settings.with_overrides(query_library=Path(args.library))
    if getattr(args, "warehouse", None):
        settings = settings.with_overrides(warehouse_path=Path(args.warehouse))
    return settings


def _load_library(settings: Any) -> Any:
    from bot.errors import ConfigError
    from bot.library.loader import LibraryError, load_library

    try:
        return load_library(settings.query_library)
    except LibraryError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise ConfigError(
            f"the query library {settings.query_library} has {len(exc.problems)} problem(s); "
            "run `datarequest queries validate` for details"
        ) from None


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--library", metavar="DIR", help="query library folder (default: QUERY_LIBRARY or queries/)"
    )
    p.add_argument(
        "--today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="resolve periods as if today were this date",
    )


# --- match ----------------------------------------------------------------------------------


def cmd_match(args: argparse.Namespace) -> int:
    from bot.errors import UserFacingError
    from bot.matching.matcher import Decision, match

    settings = _settings(args)
    library = _load_library(settings)
    library.value_keys = _known_value_keys(settings)
    today = _today(args, settings)
    texts = (line.rstrip("\n") for line in sys.stdin) if args.text == "-" else [args.text]
    for text in texts:
        try:
            decision = match(text, library, today, fiscal_year_start=settings.fiscal_year_start)
        except UserFacingError as exc:  # refused: the request names what cannot be meant
            if args.json:
                refused = {**Decision("unmatched", None).to_json(), "refused": exc.reason}
                print(json.dumps(refused, ensure_ascii=False), flush=args.text == "-")
            else:
                print(f"refused: {exc.reason}")
            continue
        if args.json:
            print(json.dumps(decision.to_json(), ensure_ascii=False), flush=args.text == "-")
        else:
            print(_describe_decision(decision))
    return 0


def _known_value_keys(settings: Any) -> Any:
    """The known values stored for this library and warehouse ({} when never refreshed)."""
    from bot.library.known_values import load_value_keys, values_file

    path = values_file(settings.data_dir, settings.query_library, settings.effective_warehouse_path)
    return load_value_keys(path)


# --- queries refresh-values -------------------------------------------------------------------


def cmd_queries_refresh_values(args: argparse.Namespace) -> int:
    import time

    import duckdb

    from bot.errors import ConfigError
    from bot.library.known_values import read_values, save_values, value_sources, values_file

    settings = _settings(args)
    library = _load_library(settings)
    warehouse = settings.effective_warehouse_path
    if not Path(warehouse).is_file():
        raise ConfigError(f"no warehouse at {warehouse} (set WAREHOUSE_PATH or --warehouse)")
    started = time.perf_counter()
    sources = value_sources(library)
    with duckdb.connect(str(warehouse), read_only=True) as con:

        def run(sql: str) -> list[tuple[Any, ...]]:
            return con.execute(sql).fetchall()

        def columns_of(table: str) -> set[str]:
            rows = con.execute(
                "SELECT lower(column_name) FROM information_schema.columns "
                "WHERE lower(table_name) = lower(?)",
                [table],
            ).fetchall()
            return {r[0] for r in rows}

        known, problems = read_values(sources, run, columns_of, cap=args.cap)
    path = values_file(settings.data_dir, settings.query_library, warehouse)
    save_values(path, known, library=str(settings.query_library), warehouse=str(warehouse))
    for line in problems:
        print(f"warning: {line}", file=sys.stderr)
    count = sum(len(v) for params in known.values() for v in params.values())
    n_params = sum(len(params) for params in known.values())
    print(
        f"{count} known values for {n_params} parameter(s) in {path} "
        f"({time.perf_counter() - started:.1f} s)"
    )
    return 0


def _describe_decision(decision: Any) -> str:
    if decision.status == "matched":
        params = ", ".join(f"{k}={v}" for k, v in decision.params.items() if v is not None)
        line = f"matched {decision.query} ({decision.confidence:.2f})"
        line += f": {params}" if params else ""
        if decision.missing:
            line += f"; missing: {', '.join(decision.missing)}"
        if decision.ignored:
            line += f"; not used: {', '.join(decision.ignored)}"
        return line
    if decision.status == "ambiguous":
        return "ambiguous: " + ", ".join(f"{c.query} ({c.score:.2f})" for c in decision.candidates)
    return "unmatched: no query fits; this would become a ticket"


# --- ask ------------------------------------------------------------------------------------


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.answering import answer
    from bot.cli.terminal import render_table
    from bot.engines.registry import EngineRegistry

    settings = _settings(args)
    if args.max_rows:
        settings = settings.with_overrides(max_rows=args.max_rows)
    library = _load_library(settings)
    library.value_keys = _known_value_keys(settings)
    today = _today(args, settings)
    engines = EngineRegistry(settings, today=today)
    try:
        ans = answer(args.text, library=library, engines=engines, settings=settings, today=today)
    finally:
        engines.close()
    decision = ans.decision
    print(_describe_decision(decision))
    if decision.status == "ambiguous":
        print("Which one did you mean? Ask again with more detail, or run one of them by name.")
        return EXIT_NOT_ANSWERED
    if decision.status == "unmatched":
        return EXIT_NOT_ANSWERED
    if decision.missing:
        print(f"To run {decision.query}, say also: {', '.join(decision.missing)}.")
        return EXIT_NOT_ANSWERED
    result = ans.result
    print()
    print(ans.query.title)
    print(render_table(result.columns, result.rows))
    more = f" (more rows were cut; the row cap is {len(result.rows)})" if result.truncated else ""
    print(f"\n{result.row_count} row(s) in {result.elapsed_ms:.0f} ms{more}")
    return 0


# --- queries --------------------------------------------------------------------------------


def cmd_queries_list(args: argparse.Namespace) -> int:
    settings = _settings(args)
    library = _load_library(settings)
    for q in sorted(library, key=lambda q: q.name):
        params = []
        for p in q.params:
            if p.required:
                params.append(f"{p.name} ({p.type}, required)")
            elif p.optional and p.default is None:
                params.append(f"{p.name} ({p.type}, optional)")
            else:
                params.append(f"{p.name} ({p.type}, default {p.default})")
        print(f"{q.name}  {q.title}")
        if args.verbose_list and q.description:
            print(f"    {q.description}")
        print(f"    params: {', '.join(params) or 'none'}")
    print(f"\n{len(library)} queries in {settings.query_library}")
    return 0


def cmd_queries_validate(args: argparse.Namespace) -> int:
    from bot.library.validate import validate_library

    settings = _settings(args)
    today = _today(args, settings)
    report = validate_library(
        settings, today=today, explain=not args.no_explain, examples=not args.no_examples
    )
    for line in report.problems:
        print(line)
    for line in report.warnings:
        print(f"warning: {line}")
    print(report.summary)
    return 1 if report.problems else 0


# --- demo-data ------------------------------------------------------------------------------


def cmd_demo_data(args: argparse.Namespace) -> int:
    import time

    from bot.engines.demo_data import generate

    settings = _settings(args)
    path = Path(args.path) if args.path else settings.effective_warehouse_path
    today = _today(args, settings)
    started = time.perf_counter()
    stats = generate(path, scale=args.scale, seed=args.seed, today=today)
    print(f"demo warehouse written to {path} in {time.perf_counter() - started:.1f} s")
    for table, count in stats.row_counts.items():
        print(f"  {table:<14} {count:>12,} rows")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("match", help="match a request to a library query (JSON with --json)")
    p.add_argument("text", help="the request; '-' reads one request per line from standard input")
    p.add_argument(
        "--json", action="store_true", help="print the decision as JSON (the spec's contract)"
    )
    p.add_argument("--warehouse", metavar="FILE", help="use the known values of this warehouse")
    _add_common(p)
    p.set_defaults(func=cmd_match)

    p = sub.add_parser(
        "ask",
        help="answer a request: match it, run the query, print the result",
        description="Exit status: 0 answered, 1 error, 3 not answered (no query fits, ambiguous, or a value is missing).",
    )
    p.add_argument("text")
    p.add_argument(
        "--warehouse",
        metavar="FILE",
        help="DuckDB warehouse (default: WAREHOUSE_PATH or the demo warehouse)",
    )
    p.add_argument("--max-rows", type=int, default=0, help="cap the rows printed")
    _add_common(p)
    p.set_defaults(func=cmd_ask)

    q = sub.add_parser("queries", help="list or validate the query library")
    qsub = q.add_subparsers(dest="queries_command", metavar="ACTION")
    p = qsub.add_parser("list", help="names, titles and parameters")
    p.add_argument("--long", dest="verbose_list", action="store_true", help="show descriptions too")
    _add_common(p)
    p.set_defaults(func=cmd_queries_list)
    p = qsub.add_parser(
        "validate",
        help="check every file; plan every query; match every example back to its query",
        description="Exit status 1 when any problem is found (warnings alone exit 0).",
    )
    p.add_argument("--warehouse", metavar="FILE")
    p.add_argument(
        "--no-explain", action="store_true", help="do not ask the engine to plan each query"
    )
    p.add_argument("--no-examples", action="store_true", help="skip the examples self-test")
    _add_common(p)
    p.set_defaults(func=cmd_queries_validate)
    p = qsub.add_parser(
        "refresh-values",
        help="read the known values of string parameters from the warehouse into the data folder",
    )
    p.add_argument("--warehouse", metavar="FILE")
    p.add_argument("--cap", type=int, default=5000, help="distinct values kept per parameter")
    _add_common(p)
    p.set_defaults(func=cmd_queries_refresh_values)
    q.set_defaults(func=lambda args: (q.print_help(), 2)[1])

    p = sub.add_parser("demo-data", help="generate the demo DuckDB warehouse")
    p.add_argument(
        "--scale", type=float, default=0.05, help="1.0 = about 1,000,000 orders (default 0.05)"
    )
    p.add_argument(
        "--path", help="where to write it (default: WAREHOUSE_PATH or DATA_DIR/warehouse.duckdb)"
    )
    p.add_argument("--seed", type=int, default=42)
    p.add_argument(
        "--today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="last day of the data (default: today)",
    )
    p.set_defaults(func=cmd_demo_data)
