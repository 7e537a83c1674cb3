"""The checks of the settings' values (`bot.settings` reads them from each field's metadata) and
the upper bounds of numeric settings: each check returns None for a good value, else what is
wrong in a few words, for the one-line refusal at start-up.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def known_zone(value: str) -> str | None:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return "not a known time zone (use an IANA name such as Europe/Paris)"
    return None


def one_of(*allowed: str, fold_case: bool = False) -> dict[str, Callable[[Any], str | None]]:
    """Field metadata: the value must be one of `allowed` (case-insensitive with fold_case)."""

    def check(value: Any) -> str | None:
        if (str(value).upper() if fold_case else value) in allowed:
            return None
        return "use one of " + ", ".join(repr(a) for a in allowed)

    return {"check": check}


def path_problem(path: os.PathLike[str] | str) -> str | None:
    """Why the system cannot look `path` up (a name past its length limit, a loop of links on
    the way), or None; a path that is missing, or under a file, is None: what uses it says so.

    Checked where a path is read (a setting, a command-line flag): past it, every `exists()`,
    `is_dir()` or `resolve()` raised (OSError, RuntimeError) wherever the path was first used."""
    try:
        os.stat(path)
    except OSError as exc:
        # A folder this user may not enter is left to what uses it: another command may not.
        if exc.errno in (errno.ENAMETOOLONG, errno.ELOOP):
            return f"the system cannot look this path up ({exc.strerror or exc})"
        return None
    except ValueError:  # a NUL character
        return "the system cannot look this path up (it holds a NUL character)"
    return None


def database_url_problem(url: str) -> str | None:
    """A SQLite DATABASE_URL whose file the system cannot look up (`path_problem`), or None.
    Read on the text: sqlalchemy stays off the CLI's fast path."""
    scheme, sep, rest = url.partition(":///")
    if not sep or scheme.split("+")[0].strip().lower() != "sqlite":
        return None
    from urllib.parse import unquote

    path = unquote(rest.partition("?")[0])
    return path_problem(path) if path and path != ":memory:" else None


def month(value: int) -> str | None:
    return None if 1 <= value <= 12 else "use a month number from 1 to 12"


DEFAULT_QUERY_TIMEOUT_S = 30.0  # QUERY_TIMEOUT_S when it is not set


def positive(value: float) -> str | None:
    return None if value > 0 else "must be more than 0"


def not_negative(value: float) -> str | None:
    return None if value >= 0 else "must be 0 or more"


# A year: a wait or a time to live longer than this is a typo, and past it the clock's arithmetic
# fails ("timestamp out of range" from QUERY_TIMEOUT_S=1e300 on the first query).
MAX_WAIT_S = 365 * 86_400
# The widest count the stores and the database drivers take (a cursor's fetch size).
MAX_COUNT = 2**31 - 1


def seconds(value: float) -> str | None:
    return positive(value) or at_most(value, MAX_WAIT_S)


def seconds_or_zero(value: float) -> str | None:
    return not_negative(value) or at_most(value, MAX_WAIT_S)


def hours(value: float) -> str | None:
    return positive(value) or at_most(value, MAX_WAIT_S // 3600)


def hours_or_zero(value: float) -> str | None:
    return not_negative(value) or at_most(value, MAX_WAIT_S // 3600)


def count(value: float) -> str | None:
    return positive(value) or at_most(value, MAX_COUNT)


def at_most(value: float, most: float) -> str | None:
    if value <= most:
        return None
    return (
        f"must be at most {int(most):,}" if float(most).is_integer() else f"must be at most {most}"
    )


def within(least: Callable[[float], str | None], most: float) -> dict[str, Any]:
    """Field metadata: `least`'s check (more than 0, or 0 or more) and at most `most`."""
    return {"check": lambda value: least(value) or at_most(value, most)}


# Upper bounds of numeric settings that would otherwise fail far from where they are set (the
# warehouse does not open, setrlimit overflows, Athena refuses the call) or are typos.
MAX_WAREHOUSE_MEMORY_MB = 2**24  # 16 TiB: past it DuckDB's memory_limit is "out of range"
MAX_WAREHOUSE_THREADS = 1024  # DuckDB's threads are an INT64, and more than the CPUs is waste
MAX_HELD_FILES_MB = 1000  # a held answer's files sit on one row (a PostgreSQL field: 1 GB)
MAX_BIGINT = 2**63 - 1  # bytes scanned, stored and compared as a BIGINT
MAX_REUSE_MINUTES = 10_080  # Athena reuses a result for at most 7 days (MaxAgeInMinutes)
MAX_USD = 1_000_000_000.0  # a price per TB or a day's budget past a billion dollars is a typo
MAX_DEMO_SCALE = 100.0  # the demo warehouse's largest scale (`bot.engines.demo_data`)
# The Slack clients' first wait before a retry; it doubles at each of the four retries, so past
# a minute a Slack that fails would hold a post a quarter of an hour.
MAX_SLACK_RETRY_BACKOFF_S = 60.0


def default_warehouse_memory_mb() -> int:
    """A quarter of the machine's RAM, at most 1024 MB (what a DuckDB warehouse may use)."""
    try:
        ram_mb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2**20
    except (ValueError, OSError, AttributeError):  # no sysconf (Windows): the cap
        return 1024
    return max(64, min(1024, ram_mb // 4))


def default_warehouse_threads() -> int:
    """The machine's CPUs, at most 4 (DuckDB's threads per warehouse)."""
    return max(1, min(4, os.cpu_count() or 1))
