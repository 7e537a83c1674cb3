"""The `datarequest` command line.

Each command group lives in its own module with a `register(subparsers)` function; modules
import only the standard library at top level so `datarequest match` stays fast (duckdb,
sqlalchemy and slack_bolt are imported inside the commands that need them).

Exit codes: 0 success, 1 a known refusal or failure (one clear line on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

# Modules that add sub-commands; each exposes register(subparsers).
COMMAND_MODULES = (
    "bot.cli.library_cmds",
    "bot.cli.ticket_cmds",
    "bot.cli.roster_cmds",
    "bot.cli.audit_cmds",
    "bot.cli.db_cmds",
    "bot.cli.schedule_cmds",
    "bot.cli.serve_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="datarequest",
        description="Answer data requests from a library of SQL queries; route the rest as tickets.",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="log debug detail to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from bot.errors import UserFacingError

    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except UserFacingError as exc:
        print(f"datarequest: {exc.reason}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
