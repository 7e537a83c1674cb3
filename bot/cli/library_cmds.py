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

from bot.cli.common import cli_settings, iso_date, key_value, open_services, operator_name
from bot.clock import system_clock

EXIT_NOT_ANSWERED = 3


def _today(args: argparse.Namespace, settings: Any) -> dt.date:
    if getattr(args, "today", None):
        return args.today
    return system_clock().astimezone(settings.tz).date()


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
    from bot.matching.matcher import match

    settings = _settings(args)
    library = _load_library(settings)
    today = _today(args, settings)
    texts = (line.rstrip("\n") for line in sys.stdin) if args.text == "-" else [args.text]
    for text in texts:
        decision = match(text, library, today)
        if args.json:
            print(json.dumps(decision.to_json(), ensure_ascii=False), flush=args.text == "-")
        else:
            print(_describe_decision(decision))
    return 0


def _describe_decision(decision: Any) -> str:
    if decision.status == "matched":
        params = ", ".join(f"{k}={v}" for k, v in decision.params.items() if v is not None)
        line = f"matched {decision.query} ({decision.confidence:.2f})"
        line += f": {params}" if params else ""
        if decision.missing:
            line += f"; missing: {', '.join(decision.missing)}"
        return line
    if decision.status == "ambiguous":
        return "ambiguous: " + ", ".join(f"{c.query} ({c.score:.2f})" for c in decision.candidates)
    return "unmatched: no query fits; this would become a ticket"


# --- ask ------------------------------------------------------------------------------------


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.answering import Ambiguous, Answered, Failed, NeedsValues, Unmatched
    from bot.cli.terminal import plain
    from bot.errors import UserFacingError

    settings = _settings(args)
    today = args.today
    services = open_services(settings, today=today)
    try:
        named = args.text in services.library.queries
        if args.params and not named:
            services.query(args.text)  # NotFound, with the closest names
        context = services.context(
            user=args.as_user or operator_name(),
            where="cli",
            source="cli",
            today=today,
            open_ticket=args.ticket,
            max_rows=args.max_rows or None,
        )
        if named:
            _check_param_names(services.query(args.text), dict(args.params or []))
            outcome = services.answer(
                args.text, context, query=args.text, inputs=dict(args.params or [])
            )
        else:
            outcome = services.answer(args.text, context)
    finally:
        services.close()
    if isinstance(outcome, Failed):
        raise UserFacingError(plain(outcome.reason))
    out = sys.stdout if args.format == "table" else sys.stderr  # data alone on stdout
    if isinstance(outcome, Answered):
        if args.format == "table":
            print(_describe_outcome(outcome, named))
        _print_result(outcome, args.format)
        return 0
    print(_describe_outcome(outcome, named), file=out)
    if isinstance(outcome, NeedsValues):
        wanted = " ".join(f"--param {m}=…" for m in outcome.missing)
        hint = f"add {wanted}" if named else f"say also: {', '.join(outcome.missing)}"
        print(f"To run {outcome.query.name}, {hint}.", file=out)
    elif isinstance(outcome, Unmatched):
        print("Add --ticket to open a ticket for the data team.", file=out)
    elif isinstance(outcome, Ambiguous):
        print("Which one did you mean? Ask again with more detail, or run one by name.", file=out)
    return EXIT_NOT_ANSWERED


def _check_param_names(query: Any, params: dict[str, str]) -> None:
    """A misspelt --param would otherwise be ignored silently: refuse it, naming the real ones."""
    import difflib

    from bot.errors import UserFacingError

    known = [name for p in query.params for name in dict.fromkeys((p.name, *p.bind_names))]
    for name in params:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1)
            hint = f" Did you mean {close[0]}?" if close else ""
            listed = ", ".join(known) or "none"
            raise UserFacingError(
                f"{query.name} has no parameter {name!r} (its parameters: {listed}).{hint}"
            )


def _describe_outcome(outcome: Any, named: bool) -> str:
    from bot.answering import Ambiguous, Answered, NeedsValues, TicketOpened

    if isinstance(outcome, Answered | NeedsValues):
        params = ", ".join(f"{k}={v}" for k, v in outcome.binds.items() if v is not None)
        head = (
            f"ran {outcome.query.name}"
            if named
            else f"matched {outcome.query.name} ({outcome.score or 0:.2f})"
        )
        line = head + (f": {params}" if params else "")
        if isinstance(outcome, NeedsValues):
            line += f"; missing: {', '.join(outcome.missing)}"
        return line
    if isinstance(outcome, Ambiguous):
        return "ambiguous: " + ", ".join(f"{q.name} ({s:.2f})" for q, s in outcome.candidates)
    if isinstance(outcome, TicketOpened):
        return f"unmatched: no query fits; opened ticket #{outcome.ticket.id} for the data team"
    return "unmatched: no query fits; this would become a ticket"


def _print_result(outcome: Any, fmt: str) -> None:
    from bot.cli.terminal import render_csv, render_json, render_table

    result = outcome.result
    if fmt == "csv":
        sys.stdout.write(render_csv(list(result.columns), result.rows))
        return
    if fmt == "json":
        payload = {
            "query": outcome.query.name,
            "params": dict(outcome.binds),
            "columns": list(result.columns),
            "rows": [list(r) for r in result.rows],
            "row_count": result.row_count,
            "truncated": result.truncated,
        }
        print(render_json(payload))
        return
    print()
    print(outcome.query.title)
    print(render_table(list(result.columns), result.rows))
    more = f" (more rows were cut; the row cap is {len(result.rows)})" if result.truncated else ""
    print(f"\n{result.row_count} row(s) in {result.elapsed_ms:.0f} ms{more}")


# --- queries --------------------------------------------------------------------------------


def _param_words(p: Any) -> str:
    if p.required:
        return f"{p.name} ({p.type}, required)"
    if p.optional and p.default is None:
        return f"{p.name} ({p.type}, optional)"
    return f"{p.name} ({p.type}, default {p.default})"


def cmd_queries_list(args: argparse.Namespace) -> int:
    settings = _settings(args)
    library = _load_library(settings)
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

    settings = _settings(args)
    query = get_query(_load_library(settings), args.name)
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
    _add_common(p)
    p.set_defaults(func=cmd_match)

    p = sub.add_parser(
        "ask",
        help="answer a request, or run a library query by name, and print the result",
        description='Answer a request in words (`ask "top 5 customers last quarter"`) or run '
        "a library query by name with --param (`ask top_customers --param n=5`). The request "
        "is recorded in the request log. Exit status: 0 answered, 1 error, 3 not answered (no "
        "query fits, ambiguous, or a value is missing).",
    )
    p.add_argument("text", help="the request in words, or the name of a library query")
    p.add_argument(
        "--param",
        dest="params",
        action="append",
        type=key_value,
        metavar="NAME=VALUE",
        help="a value for the named query's parameter (repeat for several; periods in words)",
    )
    p.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="how to print the result (default: table; csv and json print the data only)",
    )
    p.add_argument(
        "--ticket",
        action="store_true",
        help="when no query fits, open a ticket for the data team",
    )
    p.add_argument(
        "--as",
        dest="as_user",
        metavar="USER",
        help="who is asking, for the request log and the ticket (default: your login name)",
    )
    p.add_argument(
        "--warehouse",
        metavar="FILE",
        help="DuckDB warehouse (default: WAREHOUSE_PATH or the demo warehouse)",
    )
    p.add_argument("--max-rows", type=int, default=0, help="cap the rows printed")
    _add_common(p)
    p.set_defaults(func=cmd_ask)

    q = sub.add_parser("queries", help="list, show or validate the query library")
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
    p.add_argument("--warehouse", metavar="FILE", help="DuckDB warehouse to plan the queries on")
    p.add_argument(
        "--no-explain", action="store_true", help="do not ask the engine to plan each query"
    )
    p.add_argument("--no-examples", action="store_true", help="skip the examples self-test")
    _add_common(p)
    p.set_defaults(func=cmd_queries_validate)
    p = qsub.add_parser("show", help="one query: its SQL, parameters, examples and owner")
    p.add_argument("name", help="the query's name (see `queries list`)")
    _add_common(p)
    p.set_defaults(func=cmd_queries_show)
    q.set_defaults(func=lambda args: (q.print_help(), 2)[1])

    p = sub.add_parser("demo-data", help="generate the demo DuckDB warehouse")
    p.add_argument(
        "--scale", type=float, default=0.05, help="1.0 = about 1,000,000 orders (default 0.05)"
    )
    p.add_argument(
        "--path", help="where to write it (default: WAREHOUSE_PATH or DATA_DIR/warehouse.duckdb)"
    )
    p.add_argument("--seed", type=int, default=42, help="random seed: the same seed, the same data")
    p.add_argument(
        "--today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="last day of the data (default: today)",
    )
    p.set_defaults(func=cmd_demo_data)
