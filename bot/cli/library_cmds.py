"""CLI commands over the query library: match, queries list|show|validate, demo-data.

Only the standard library is imported at module level; `match` never imports duckdb,
sqlalchemy or slack (it needs yaml and the matcher only), so it starts fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from bot.cli.common import (
    add_library_options,
    iso_date,
    library_settings,
    load_library_or_exit,
    looked_up_path,
    positive_int,
    request_text,
    seed_number,
    starting,
    today_of,
)
from bot.cli.engine_cmds import register_queries_test
from bot.cli.pattern_cache import compiled_patterns
from bot.cli.progress import ProgressLine

# --- match ----------------------------------------------------------------------------------


def cmd_match(args: argparse.Namespace) -> int:
    settings = library_settings(args)
    with starting(), compiled_patterns(settings.data_dir):
        from bot.errors import UserFacingError
        from bot.matching.index import index_for
        from bot.matching.matcher import Decision, match

        library = load_library_or_exit(settings)
        index_for(library)  # built here, by the start, rather than by the first request
    today = today_of(args, settings)
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


# --- queries refresh-values -------------------------------------------------------------------


def cmd_queries_refresh_values(args: argparse.Namespace) -> int:
    from bot.engines.duckdb_engine import open_sandboxed
    from bot.engines.registry import folder_not_warehouse
    from bot.errors import ConfigError
    from bot.library.known_values import refresh_known_values

    settings = library_settings(args)
    library = load_library_or_exit(settings)
    warehouse = settings.effective_warehouse_path
    if Path(warehouse).is_dir():
        raise ConfigError(folder_not_warehouse(warehouse, settings.warehouse_path is not None))
    if not Path(warehouse).is_file():
        raise ConfigError(f"no warehouse at {warehouse} (set WAREHOUSE_PATH or --warehouse)")
    open_sandboxed(warehouse).close()  # a file that is not DuckDB: the same one line as `ask`
    with ProgressLine("refresh-values") as progress:
        done = refresh_known_values(
            library, settings.data_dir, warehouse, cap=args.cap, progress=progress
        )
    for line in done.problems:
        print(f"warning: {line}", file=sys.stderr)
    print(
        f"{done.values} known values for {done.params} parameter(s) in {done.path} "
        f"({done.seconds:.1f} s)"
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


# --- queries --------------------------------------------------------------------------------


def _param_words(p: Any) -> str:
    if p.required:
        return f"{p.name} ({p.type}, required)"
    if p.optional and p.default is None:
        return f"{p.name} ({p.type}, optional)"
    return f"{p.name} ({p.type}, default {p.default})"


def cmd_queries_list(args: argparse.Namespace) -> int:
    settings = library_settings(args)
    library = load_library_or_exit(settings)
    for q in sorted(library, key=lambda q: q.name):
        params = [_param_words(p) for p in q.params]
        print(f"{q.name}  {q.title}")
        if args.verbose_list and q.description:
            print(f"    {q.description}")
        print(f"    params: {', '.join(params) or 'none'}")
    print(f"\n{len(library)} queries in {settings.query_library}")
    return 0


def cmd_queries_show(args: argparse.Namespace) -> int:
    from bot.answering import get_query

    settings = library_settings(args)
    query = get_query(load_library_or_exit(settings), args.name)
    where = f"{query.path}:{query.body_line}" if query.path else "(not from a file)"
    print(f"{query.name}: {query.title}")
    if query.description:
        print(f"  {query.description}")
    print(f"owner:   {query.owner or '(none)'}")
    print(f"engine:  {query.engine}")
    print(f"file:    {where}")
    for label, entries in (
        ("channels", query.allowed_channels),
        ("users", query.allowed_users),
        ("groups", query.allowed_groups),
    ):
        if entries:
            print(f"allowed {label}: {', '.join(entries)}")
    print("parameters:")
    for p in query.params:
        extra = f"; choices: {', '.join(p.choices)}" if p.choices else ""
        about = f" — {p.description}" if p.description else ""
        print(f"  {_param_words(p)}{extra}{about}")
    if not query.params:
        print("  none")
    print("examples:")
    for example in query.examples or ("(none)",):
        print(f"  {example}")
    print("sql:")
    for line in query.sql.strip("\n").splitlines():
        print(f"  {line}")
    return 0


def cmd_queries_validate(args: argparse.Namespace) -> int:
    from bot.answering.selftest import validate_library

    settings = library_settings(args)
    today = today_of(args, settings)
    with ProgressLine("queries validate") as progress:
        report = validate_library(
            settings,
            today=today,
            explain=not args.no_explain,
            examples=not args.no_examples,
            progress=progress,
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

    settings = library_settings(args)
    path = Path(args.path) if args.path else settings.effective_warehouse_path
    started = time.perf_counter()
    # No --today: the fixed last day of the demo data, so the file is the same on any day.
    with ProgressLine("demo warehouse") as progress:
        stats = generate(
            path,
            scale=args.scale,
            seed=args.seed,
            today=args.today,
            force=args.force,
            progress=progress,
        )
    print(f"demo warehouse written to {path} in {time.perf_counter() - started:.1f} s")
    for table, count in stats.row_counts.items():
        print(f"  {table:<14} {count:>12,} rows")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("match", help="match a request to a library query (JSON with --json)")
    p.add_argument(
        "text",
        type=request_text,
        help="the request; '-' reads one request per line from standard input",
    )
    p.add_argument(
        "--json", action="store_true", help="print the decision as JSON (the spec's contract)"
    )
    p.add_argument(
        "--warehouse",
        type=looked_up_path,
        metavar="FILE",
        help="use the known values of this warehouse",
    )
    add_library_options(p)
    p.set_defaults(func=cmd_match)

    q = sub.add_parser("queries", help="list, show or validate the query library")
    qsub = q.add_subparsers(dest="queries_command", metavar="ACTION")
    p = qsub.add_parser("list", help="names, titles and parameters")
    p.add_argument("--long", dest="verbose_list", action="store_true", help="show descriptions too")
    add_library_options(p)
    p.set_defaults(func=cmd_queries_list)
    p = qsub.add_parser(
        "validate",
        help="check every file; plan every query; match every example back to its query",
        description="Exit status 1 when any problem is found (warnings alone exit 0).",
    )
    p.add_argument(
        "--warehouse",
        type=looked_up_path,
        metavar="FILE",
        help="DuckDB warehouse to plan the queries on",
    )
    p.add_argument(
        "--no-explain", action="store_true", help="do not ask the engine to plan each query"
    )
    p.add_argument("--no-examples", action="store_true", help="skip the examples self-test")
    add_library_options(p)
    p.set_defaults(func=cmd_queries_validate)
    p = qsub.add_parser("show", help="one query: its SQL, parameters, examples and owner")
    p.add_argument("name", help="the query's name (see `queries list`)")
    add_library_options(p)
    p.set_defaults(func=cmd_queries_show)
    register_queries_test(qsub)
    p = qsub.add_parser(
        "refresh-values",
        help="read the known values of string parameters from the warehouse into the data folder",
    )
    p.add_argument(
        "--warehouse",
        type=looked_up_path,
        metavar="FILE",
        help="DuckDB warehouse to read (default: WAREHOUSE_PATH)",
    )
    p.add_argument(
        "--cap", type=positive_int, default=5000, help="distinct values kept per parameter"
    )
    add_library_options(p)
    p.set_defaults(func=cmd_queries_refresh_values)
    q.set_defaults(func=lambda args: (q.print_help(), 2)[1])

    p = sub.add_parser("demo-data", help="generate the demo DuckDB warehouse")
    p.add_argument(
        "--scale", type=float, default=0.05, help="1.0 = about 1,000,000 orders (default 0.05)"
    )
    p.add_argument(
        "--path",
        type=looked_up_path,
        help="where to write it (default: WAREHOUSE_PATH or DATA_DIR/warehouse.duckdb)",
    )
    p.add_argument(
        "--seed", type=seed_number, default=42, help="random seed: the same seed, the same data"
    )
    p.add_argument(
        "--today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="last day of the data (default: 2026-11-22, the same whatever day it is built)",
    )
    p.add_argument(
        "--force", action="store_true", help="replace a file that is not a demo warehouse"
    )
    p.set_defaults(func=cmd_demo_data)
