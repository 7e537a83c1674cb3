"""`datarequest db upgrade|status|clear-cache`, and how every other command opens the database.

Only `db upgrade` (and `serve`) change the schema. The ticket, roster, schedule and audit
commands open the database with `session_factory(settings)`, which refuses an unmigrated one
with "run `datarequest db upgrade`" (a DATA_DIR it cannot read or write is named as such
instead) and turns an invalid or unreachable DATABASE_URL into one line (`bot.db.status`).
`now()` is the commands' clock: tests replace `clock` with a fixed one.

Only the standard library is imported at module level: building the parser imports every
command module, and `datarequest match` must not pay for sqlalchemy or alembic.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.cli.common import cli_settings, translating, warn_if_unwritable
from bot.errors import UserFacingError


def _system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


clock: Callable[[], dt.datetime] = _system_clock


def now() -> dt.datetime:
    """The commands' "now" (aware, UTC)."""
    return clock().astimezone(dt.UTC)


_DRIVER_MODULES = ("sqlalchemy.", "psycopg", "sqlite3")


def _database_error_in_one_line(exc: Exception) -> None:
    if type(exc).__module__.startswith(_DRIVER_MODULES):
        from bot.db.status import database_failed

        raise database_failed(cli_settings().effective_database_url, exc) from None


# A database error while a command runs (locked, read-only, server gone) is one line.
one_line_database_errors = translating(Exception, _database_error_in_one_line)


def session_factory(settings: Any) -> Any:
    """A session factory on the configured database, which must already be migrated."""
    from bot.db.status import open_migrated_database  # sqlalchemy + alembic: see module doc

    if not settings.database_url:
        _check_data_dir(settings.data_dir)
    factory = open_migrated_database(settings.effective_database_url)
    warn_if_unwritable(settings, factory.kw["bind"])
    return factory


def _check_data_dir(folder: Path) -> None:
    """The default SQLite file lives in DATA_DIR: a folder that cannot hold it is said as such,
    not as a database that `db upgrade` would fix (it would fail there the same way)."""
    from bot.errors import ConfigError

    where = f"DATA_DIR={folder}"
    try:
        database = (folder / "datarequest.sqlite3").stat()
    except FileNotFoundError:
        database = None
    except NotADirectoryError:
        raise ConfigError(
            f"{where} is not a folder (a file stands in its place): set DATA_DIR to a folder"
        ) from None
    except OSError as exc:  # the folder cannot be searched (permission)
        raise ConfigError(
            f"Cannot read {where}: {exc.strerror or exc} (give this user access to the folder, "
            "or set DATA_DIR to one it can use)"
        ) from None
    if database is None and folder.is_dir() and not os.access(folder, os.W_OK | os.X_OK):
        raise ConfigError(
            f"Cannot create the database in {where}: the folder is not writable by this user "
            "(permission denied); give it write access or set DATA_DIR to a writable folder"
        )


def ticket_service(settings: Any, *, sync_roster: bool = True) -> Any:
    """The ticket service on the configured database (ROSTER_FILE seeded first, when set)."""
    from bot.tickets.roster import load_roster_file  # sqlalchemy: see the module docstring
    from bot.tickets.service import TicketService

    factory = session_factory(settings)
    if sync_roster and settings.roster_file:
        load_roster_file(factory, settings.roster_file, now=now())
    return TicketService(
        factory, clock=clock, tz=settings.timezone, sla_hours=settings.ticket_sla_hours
    )


@one_line_database_errors
def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from bot.db.status import migrate_database, safe_url

    url = cli_settings().effective_database_url
    before, after = migrate_database(url)
    if before == after:
        print(f"Database at revision {after} (already up to date): {safe_url(url)}")
    else:
        print(f"Database at revision {after} (was {before or 'empty'}): {safe_url(url)}")
    return 0


@one_line_database_errors
def cmd_db_status(args: argparse.Namespace) -> int:
    from bot.db.status import database_status

    status = database_status(cli_settings().effective_database_url)
    if status.up_to_date:
        print(f"Database at revision {status.current}, up to date: {status.url}")
        return 0
    print(
        f"Database at revision {status.current or '(none: no tables)'}, this version needs "
        f"{status.head}: run `datarequest db upgrade`. ({status.url})"
    )
    return 1


@one_line_database_errors
def cmd_db_clear_cache(args: argparse.Namespace) -> int:
    from bot.answering.cache import ResultCache

    cache = ResultCache(session_factory(cli_settings()), ttl_s=0, max_cells=0, clock=now)
    cleared = cache.clear(args.query)
    if args.query and not cleared:
        from bot.cli.common import load_good_queries, missing_query

        library, bad_files = load_good_queries(cli_settings(), warn=True)
        if args.query not in library.queries:
            raise UserFacingError(
                f"{missing_query(args.query, bad_files)} Nothing is cached under that name: "
                "check the name (`datarequest queries list`)."
            )
    which = f" of {args.query}" if args.query else ""
    print(f"Cleared {cleared} cached result(s){which}; the next request runs its query.")
    return 0


def register(subparsers: Any) -> None:
    db = subparsers.add_parser("db", help="database maintenance")
    dsub = db.add_subparsers(dest="db_command", metavar="ACTION")
    dsub.add_parser(
        "upgrade",
        help="create the tables or apply new schema migrations (the only command that does)",
    ).set_defaults(func=cmd_db_upgrade)
    dsub.add_parser(
        "status", help="the schema revision of the database, and whether it is current"
    ).set_defaults(func=cmd_db_status)
    clear = dsub.add_parser(
        "clear-cache",
        help="forget cached query results (every process shares them), e.g. after a data fix",
    )
    clear.add_argument("--query", metavar="NAME", help="only the results of this query")
    clear.set_defaults(func=cmd_db_clear_cache)
    db.set_defaults(func=lambda _args: db.print_help() or 2)
