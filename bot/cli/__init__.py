"""The `datarequest` command line.

Each command group lives in its own module with a `register(subparsers)` function, listed in
COMMAND_MODULES; a module that cannot be imported stops the command with its error. Modules
import only the standard library at top level so `datarequest match` stays fast (duckdb,
sqlalchemy and slack_bolt are imported inside the commands that need them).

Settings are read and validated before any command runs. Exit codes: 0 success, 1 a known
refusal or failure (one clear line on stderr, never a traceback), 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import re
import signal
import sys
import threading
from collections.abc import Sequence
from typing import NoReturn

from bot.cli.common import WARNED_UNWRITABLE, cli_settings, request_text
from bot.cli.printable import OutputFailed, PrintableStream
from bot.errors import ECHO_CHARS, UserFacingError, clip
from bot.logconfig import configure_logging

# Modules that add sub-commands; each exposes register(subparsers).
COMMAND_MODULES = (
    "bot.cli.ask_cmd",
    "bot.cli.library_cmds",
    "bot.cli.ticket_cmds",
    "bot.cli.roster_cmds",
    "bot.cli.audit_cmds",
    "bot.cli.db_cmds",
    "bot.cli.schedule_cmds",
    "bot.cli.serve_cmd",
    "bot.cli.shell_cmd",
    "bot.cli.doctor",
)

# Commands whose start-up time counts (a request matched from a shell script, one process
# each), with the module that adds each: for them only that module is imported and registered.
FAST_COMMANDS = {"match": "bot.cli.library_cmds"}

log = logging.getLogger("datarequest.cli")


class _Version(argparse.Action):
    """`--version`: the installed package's version, looked up only when asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        # importlib.metadata takes ~0.2 s to import: kept off every other command's path.
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("datarequest")
        except PackageNotFoundError:  # running from a checkout that was not installed
            found = "unknown"
        print(f"datarequest {found}")
        parser.exit()


class _Parser(argparse.ArgumentParser):
    """argparse's parser, whose error line echoes what was typed shortened: "unrecognized
    arguments: …" and "invalid choice: …" quote the arguments whole (a 100 KB one too)."""

    def error(self, message: str) -> NoReturn:
        shortened = _LONG_WORD.sub(lambda m: clip(m.group(), ECHO_CHARS), message)
        super().error(clip(shortened, ERROR_CHARS))


_LONG_WORD = re.compile(rf"\S{{{ECHO_CHARS + 1},}}")
ERROR_CHARS = 300  # of a usage error: what argparse says, a few arguments shortened


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Every command's parser, or with `only` (a module of COMMAND_MODULES) that module's."""
    parser = _Parser(
        prog="datarequest",
        description="Answer data requests from a library of SQL queries; route the rest as tickets.",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="log debug detail to stderr")
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in (only,) if only else COMMAND_MODULES:
        importlib.import_module(module_name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    interrupted = threading.Event()

    def on_ctrl_c(_signum: int, _frame: object) -> None:
        # Remembered because DuckDB turns the KeyboardInterrupt into its own error.
        interrupted.set()
        raise KeyboardInterrupt

    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGINT, on_ctrl_c) if main_thread else None
    stdout = sys.stdout
    sys.stdout = PrintableStream(stdout)  # type: ignore[assignment]
    try:
        code = _run(argv)
        sys.stdout.flush()  # what is still buffered fails here, not after main has returned
        return code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (`| head`): nothing more to say
        _silence_stdout()
        return 0
    except OutputFailed as exc:  # a full disk or a device error under standard output
        _silence_stdout()
        print(f"datarequest: cannot write the output: {exc.strerror}", file=sys.stderr)
        return 1
    except Exception as exc:
        if interrupted.is_set():
            return 130
        # A bug or an outage: one line for the person, the traceback only with --verbose.
        log.debug("unexpected error", exc_info=True)
        detail = (str(exc).strip().splitlines() or [""])[0][:300]
        if _store_took_no_write(exc):  # its cause was said at start, in the warning line
            cause = str(getattr(exc, "orig", None) or detail).strip().splitlines()[0][:300]
            print(
                f"datarequest: not done: the database cannot be written: {cause}", file=sys.stderr
            )
            return 1
        print(
            f"datarequest: unexpected error: {type(exc).__name__}: {detail} "
            "(run with --verbose for the details)",
            file=sys.stderr,
        )
        return 1
    finally:
        sys.stdout = stdout
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _fast_module(argv: Sequence[str] | None) -> str | None:
    """The module of the command `argv` names, when it is one of FAST_COMMANDS (the options
    before a command take no value, so the command is the first word not an option)."""
    words = sys.argv[1:] if argv is None else argv
    command = next((w for w in words if not w.startswith("-")), None)
    return FAST_COMMANDS.get(command) if command else None


def _run(argv: Sequence[str] | None) -> int:
    # Bytes a terminal sent in another encoding than UTF-8 reach Python as lone surrogates,
    # which no database, terminal or file check takes ("unexpected error: UnicodeEncodeError"
    # from a user id, a query name, a path): every argument is read as text once, here.
    argv = [request_text(a) for a in (sys.argv[1:] if argv is None else argv)]
    only = _fast_module(argv)
    parser = build_parser(only) if only else build_parser()
    args = parser.parse_args(argv)
    configure_logging("DEBUG" if args.verbose else "WARNING", tracebacks=args.verbose)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        cli_settings()  # a wrong setting stops every command here, with one line naming it
        WARNED_UNWRITABLE.clear()  # said once per command (a test runs several in one process)
        return int(args.func(args) or 0)
    except UserFacingError as exc:
        print(f"datarequest: {exc.reason}", file=sys.stderr)
        return 1


def _store_took_no_write(exc: Exception) -> bool:
    """A database error after the start-up probe found the store takes no write."""
    from sqlalchemy.exc import OperationalError

    return bool(WARNED_UNWRITABLE) and isinstance(exc, OperationalError)


def _silence_stdout() -> None:
    """Point standard output at /dev/null so the interpreter's last flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):  # not a real file (a test's stand-in)
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
