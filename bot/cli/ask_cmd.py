"""`datarequest ask`: a request in words, or a library query by name, answered in the terminal.

It goes through the one answer path (`bot.answering`) with a context from the terminal: the
request is recorded in the request log, and `--ticket` opens a ticket when no query fits (a
deliberate choice: people try queries at the terminal, and a ticket puts work in the data
team's queue). Output is a table, or only the data as CSV or JSON.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bot.cli.common import (
    add_format_option,
    add_library_options,
    check_param_names,
    key_value,
    library_settings,
    looked_up_path,
    open_services,
    operator_name,
    positive_int,
    request_text,
)

EXIT_NOT_ANSWERED = 3


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.answering import Ambiguous, Answered, Failed, NeedsValues, Unmatched
    from bot.cli.terminal import plain
    from bot.errors import UserFacingError

    settings = library_settings(args)
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
            check_param_names(services.query(args.text), dict(args.params or []))
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
        if isinstance(outcome, Answered) and outcome.ignored:
            line += f"; not used: {', '.join(outcome.ignored)}"
        if isinstance(outcome, Answered) and outcome.cached_at is not None:
            from bot.answering.cache import cached_words
            from bot.cli.db_cmds import now

            line += f"; {cached_words(outcome.cached_at, now())}"
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


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ask",
        help="answer a request, or run a library query by name, and print the result",
        description='Answer a request in words (`ask "top 5 customers last quarter"`) or run '
        "a library query by name with --param (`ask top_customers --param n=5`). The request "
        "is recorded in the request log. Exit status: 0 answered, 1 error, 3 not answered (no "
        "query fits, ambiguous, or a value is missing).",
    )
    p.add_argument(
        "text", type=request_text, help="the request in words, or the name of a library query"
    )
    p.add_argument(
        "--param",
        dest="params",
        action="append",
        type=key_value,
        metavar="NAME=VALUE",
        help="a value for the named query's parameter (repeat for several; periods in words)",
    )
    add_format_option(p, "csv and json print the data only")
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
        type=looked_up_path,
        metavar="FILE",
        help="DuckDB warehouse (default: WAREHOUSE_PATH or the demo warehouse)",
    )
    p.add_argument("--max-rows", type=positive_int, default=0, help="cap the rows printed")
    add_library_options(p)
    p.set_defaults(func=cmd_ask)
