"""`datarequest shell`: the bot in a terminal, no Slack workspace needed.

The same Slack app and scheduler as `datarequest serve`, over an in-process stand-in for Slack
(`bot.shell`). Only the standard library is imported here at module level; the app, DuckDB and
SQLAlchemy are imported when the command runs.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from datetime import datetime
from typing import Any

from bot.errors import echoed


def _moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{echoed(text)} is not a time like 2026-12-01 08:00"
        ) from None


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "shell",
        help="chat with the bot in this terminal (the Slack app's own listeners, no Slack needed)",
        description="A local chat with the bot: type /datarequest TEXT, click choices by "
        "number, /as NAME to act as someone else, /time +1d to move the clock. Uses DATA_DIR "
        "(SQLite store and demo warehouse, created on first run) and the example roster and "
        "schedules in examples/ unless ROSTER_FILE / SCHEDULES_FILE are set.",
    )
    parser.add_argument(
        "--as", dest="user", default="caroline", help="who you are at first (default caroline)"
    )
    parser.add_argument(
        "--now",
        type=_moment,
        help="start the clock here, e.g. '2026-12-01 08:00' (default: the real time)",
    )
    parser.add_argument(
        "--demo-scale",
        type=float,
        help="size of the demo warehouse made on first run (default DEMO_SCALE or 0.05)",
    )
    parser.set_defaults(func=run)


def _reader(interactive: bool) -> Any:
    if interactive:
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401  (line editing and history for input())

    def ask(prompt: str) -> str | None:
        if interactive:
            try:
                return input(prompt)
            except EOFError:
                return None
        line = sys.stdin.readline()
        if not line:
            return None
        sys.stdout.write(prompt + line)  # a scripted session reads like a typed one
        return line.rstrip("\n")

    return ask


def run(args: argparse.Namespace) -> int:
    import asyncio

    from bot.cli.common import cli_settings
    from bot.shell.start import ShellOptions, open_shell

    settings = cli_settings()
    log_file = _log_to_file(settings.data_dir / "shell.log")
    ask = _reader(sys.stdin.isatty())
    options = ShellOptions(now=args.now, user=args.user.lstrip("@"), demo_scale=args.demo_scale)

    async def loop() -> None:
        async with open_shell(settings, out=sys.stdout, ask=ask, options=options) as shell:
            print("datarequest shell: type /help for commands, /quit to leave.")
            await shell.run()

    asyncio.run(loop())
    print(f"(the bot's log of this session: {log_file})")
    return 0


def _log_to_file(path: Any) -> Any:
    """The terminal is the conversation: the bot's log (with any traceback) goes to a file."""
    import logging

    from bot.errors import ConfigError
    from bot.redaction import RedactingFilter

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(
            f"Cannot write the shell's log in DATA_DIR={path.parent}: {exc.strerror or exc} "
            "(set DATA_DIR to a writable folder)"
        ) from None
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())  # no secret in the log file either
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
