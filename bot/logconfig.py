"""The one logging set-up for every entry point (the CLI, `serve` and its jobs process).

The product's loggers (`datarequest`, `bot`, `handlers`, `scheduler`) log at the configured
level; everything else (Slack SDK, SQLAlchemy, uvicorn) stays at WARNING. Calling it again only
changes the levels, so the CLI can set it up early and `serve` refine it once settings are read.
Every record goes through `bot.redaction.RedactingFilter` on the way out: no token, signing
secret or database password reaches a log line (the values are registered by `build_services`).
"""

from __future__ import annotations

import logging
import sys
from typing import TextIO

from bot.redaction import RedactingFilter

PRODUCT_LOGGERS = ("datarequest", "bot", "handlers", "scheduler")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_HANDLER_NAME = "datarequest"


class OneLineFormatter(logging.Formatter):
    """A record as one line, without its traceback: what a person at a terminal reads.

    The record keeps its detail (exc_info, the SQL) for any other handler; `--verbose` shows it.
    """

    def format(self, record: logging.LogRecord) -> str:
        first, _, rest = record.getMessage().partition("\n")
        more = " (run with --verbose for the details)" if rest or record.exc_info else ""
        return f"{record.levelname.lower()}: {first}{more}"


class StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to `sys.stderr` as it is when a record comes, not as it was when set up: a
    stream swapped in and closed since (a captured stderr) is never written to."""

    def __init__(self) -> None:
        logging.Handler.__init__(self)  # StreamHandler's would pin the stream of this moment

    @property  # type: ignore[override]
    def stream(self) -> TextIO:
        return sys.stderr


def configure_logging(
    level: str | int = "WARNING", *, stream: TextIO | None = None, tracebacks: bool = True
) -> None:
    """Log to stderr (or `stream`): the product at `level`, libraries at WARNING.

    Standard error is looked up at each record: a thread that logs after whoever called this
    swapped `sys.stderr` back (an in-process CLI run, a test) writes to the one in use.

    `tracebacks=False` (the CLI without --verbose) prints each record as one line: no traceback
    reaches a person at a terminal; `serve` keeps the full records for the operator's log.
    """
    root = logging.getLogger()
    ours = next((h for h in root.handlers if h.get_name() == _HANDLER_NAME), None)
    if ours is None:
        ours = logging.StreamHandler(stream) if stream is not None else StderrHandler()
        ours.set_name(_HANDLER_NAME)
        ours.addFilter(RedactingFilter())
        root.addHandler(ours)
    ours.setFormatter(logging.Formatter(FORMAT) if tracebacks else OneLineFormatter())
    root.setLevel(logging.WARNING)
    product_level = level.upper() if isinstance(level, str) else level
    for name in PRODUCT_LOGGERS:
        logging.getLogger(name).setLevel(product_level)
