"""Helpers shared by the CLI command modules (standard library only at import time)."""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import getpass
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bot.clock import system_clock
from bot.errors import echoed

Command = Callable[[argparse.Namespace], int]


def translating(
    kind: type[Exception], translate: Callable[[Any], None]
) -> Callable[[Command], Command]:
    """A decorator: an error of `kind` from the command goes through `translate` first, which
    may raise a clearer one in its place (or reword it); otherwise it goes on as it was."""

    def decorate(command: Command) -> Command:
        @functools.wraps(command)
        def run(args: argparse.Namespace) -> int:
            try:
                return command(args)
            except kind as exc:
                translate(exc)
                raise

        return run

    return decorate


@contextmanager
def starting() -> Iterator[None]:
    """A command's start (its imports, the library, the matcher's index): what it makes lives
    as long as the command, so the collector is off meanwhile (it found no garbage there, in
    ~10 ms of a cold `match`) and what it made is left out of later collections (gc.freeze)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_on:
            gc.enable()


def iso_date(text: str) -> dt.date:
    """argparse type for YYYY-MM-DD arguments."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{echoed(text)} is not a date like 2026-11-22") from None


def looked_up_path(text: str) -> str:
    """argparse type for a file or folder flag (--library, --warehouse, --path, --dir): a path
    the system cannot look up is a usage error in one line, before anything reads or writes."""
    from bot.settings_checks import path_problem

    if reason := path_problem(Path(text).expanduser()):
        raise argparse.ArgumentTypeError(f"{echoed(text)}: {reason}")
    return text


def request_text(text: str) -> str:
    """argparse type for a request in words: bytes the terminal sent in another encoding than
    UTF-8 become U+FFFD instead of failing later, when the request log stores the text."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


# The widest whole number every place a count goes takes: an SQLite or PostgreSQL INTEGER, a
# C int (a cursor's fetch size). Past it a count was an "unexpected error: OverflowError".
MAX_COUNT = 2**31 - 1
# --days and --weeks go back from today: past a few thousand years there is no date.
MAX_DAYS = 36_500
MAX_WEEKS = 520


def positive_int(text: str) -> int:
    """argparse type for counts that must be 1 or more (--limit, --cap, --interval)."""
    return _whole(text, 1, MAX_COUNT)


def day_count(text: str) -> int:
    """argparse type for --days (0: all), at most MAX_DAYS."""
    return _whole(text, 0, MAX_DAYS)


def week_count(text: str) -> int:
    """argparse type for --weeks, at most MAX_WEEKS (`tickets stats` reads one column a week,
    and SQLite takes 2,000 columns)."""
    return _whole(text, 1, MAX_WEEKS)


def seed_number(text: str) -> int:
    """argparse type for a random seed: any whole number a 64-bit integer holds."""
    return _whole(text, -(2**63), 2**63 - 1)


def _whole(text: str, least: int, most: int) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{echoed(text)} is not a whole number") from None
    if number < least:
        raise argparse.ArgumentTypeError(f"{echoed(text)} must be {least} or more")
    if number > most:
        raise argparse.ArgumentTypeError(f"{echoed(text)} is too large (at most {most:,})")
    return number


def key_value(text: str) -> tuple[str, str]:
    """argparse type for NAME=VALUE arguments (`--param region=EMEA`)."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(f"{echoed(text)} is not NAME=VALUE (e.g. region=EMEA)")
    return name.strip(), value.strip()


def today_of(args: argparse.Namespace, settings: Any) -> dt.date:
    """--today when given, else today in the workspace's time zone."""
    if getattr(args, "today", None):
        return args.today
    return system_clock().astimezone(settings.tz).date()


def flag_override(settings: Any, flag: str, field_name: str, value: object) -> Any:
    """`settings` with one value given by a command-line flag; a wrong value is refused naming
    the flag the operator typed, not the variable it stands in for."""
    from bot.errors import ConfigError
    from bot.settings import setting_problem

    if reason := setting_problem(field_name, value):
        raise ConfigError(f"Invalid {flag} {value}: {reason}")
    return settings.with_overrides(**{field_name: value})


def library_settings(args: argparse.Namespace) -> Any:
    """Settings with the command's --library and --warehouse applied."""
    from bot.errors import ConfigError

    settings = cli_settings()
    if getattr(args, "library", None):
        settings = settings.with_overrides(query_library=Path(args.library))
    if getattr(args, "warehouse", None):
        warehouse = Path(args.warehouse)
        if warehouse.is_dir():
            raise ConfigError(
                f"--warehouse {warehouse} is a folder, not a DuckDB file "
                "(give the warehouse's .duckdb file)"
            )
        settings = settings.with_overrides(warehouse_path=warehouse)
    return settings


def load_library_or_exit(settings: Any) -> Any:
    """The library's good queries (with their known values); each bad file is printed on
    stderr as file:line: reason and left out, as `serve` does. Exits only when the library
    itself cannot be loaded (no such folder, or no file of it loads)."""
    from bot.library.known_values import attach_known_values

    library, _problems = load_good_queries(settings)
    return attach_known_values(library, settings.data_dir, settings.effective_warehouse_path)


def load_good_queries(settings: Any, *, warn: bool = False) -> tuple[Any, list[Any]]:
    """(the library of the files that load, the problems of the others, printed on stderr).

    `warn`: for a command that does its work on the good queries (add or run a schedule,
    clear a cache), whose exit status says whether that work was done: each bad file is one
    `warning:` line, its first problem. Without it (the checks) every problem is a line.
    """
    from bot.errors import ConfigError
    from bot.library.parsed_cache import check_library_cached

    library, problems = check_library_cached(settings.query_library, settings.data_dir)
    if not Path(settings.query_library).is_dir():  # no files to list: the one problem
        raise ConfigError(f"{problems[0].path}: {problems[0].reason}")
    if warn:
        first = {problem.path: problem for problem in reversed(problems)}
        for problem in reversed(first.values()):
            print(f"warning: {problem} (its query is skipped)", file=sys.stderr)
    else:
        for problem in problems:
            print(problem, file=sys.stderr)
    if problems and not len(library):  # nothing to work with: the library cannot be loaded
        raise ConfigError(
            f"no query of {settings.query_library} loads; "
            "run `datarequest queries validate` for details"
        )
    return library, problems


def broken_names(problems: Iterable[Any]) -> dict[str, str]:
    """The query name each bad file would give (its file name), with its first problem as
    `file:line: reason`: a command asked for one of them says why it is not there."""
    found: dict[str, str] = {}
    for problem in problems:
        if problem.line:  # line 0: the folder itself, not a file
            found.setdefault(Path(problem.path).stem, str(problem))
    return found


def missing_query(name: str | None, problems: Iterable[Any]) -> str:
    """Why `name` is not in the library: its file does not load, or there is no such query."""
    if name and (line := broken_names(problems).get(name)):
        return f"The query {echoed(name)} is in a library file that does not load: {line}"
    return f"There is no query named {echoed(name)} in the library."


def add_library_options(p: argparse.ArgumentParser) -> None:
    """--library and --today, shared by the commands over the library."""
    p.add_argument(
        "--library",
        type=looked_up_path,
        metavar="DIR",
        help="query library folder (default: QUERY_LIBRARY or queries/)",
    )
    p.add_argument(
        "--today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="resolve periods as if today were this date",
    )


def check_param_names(query: Any, params: dict[str, str]) -> None:
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
                f"{query.name} has no parameter {echoed(name)} (its parameters: {listed}).{hint}"
            )


OUTPUT_FORMATS = ("table", "csv", "json")


def add_format_option(p: argparse.ArgumentParser, what_json_prints: str) -> None:
    """--format table|csv|json, shared by the commands that print rows."""
    p.add_argument(
        "--format",
        choices=OUTPUT_FORMATS,
        default="table",
        help=f"table (default), csv, or json ({what_json_prints})",
    )


def cli_settings() -> Any:
    """The one Settings object, read from the environment and `.env` (validated)."""
    from bot.settings import load_settings

    return load_settings()


def operator_name() -> str:
    """Who runs the command, for the request log and tickets opened from the terminal."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"


def open_services(settings: Any, *, today: dt.date | None = None) -> Any:
    """The services container for a command that answers requests.

    The default SQLite database in DATA_DIR is the product's own file: it is created and
    migrated on first use, like the demo warehouse. A database named by DATABASE_URL is only
    migrated by `db upgrade` and `serve`.
    """
    # Imported here: sqlalchemy and duckdb stay off the fast paths (`match`, `--help`).
    from bot.engines.registry import EngineRegistry
    from bot.services import build_services

    _check_warehouse_folder(settings)
    read_only = _read_only_store(settings)
    services = build_services(
        read_only or settings, migrate=not settings.database_url and read_only is None
    )
    services.unwritable = warn_if_unwritable(settings, services.db_engine)
    if today is not None:  # the demo warehouse, when generated now, ends on this day
        services.engines = EngineRegistry(settings, today=today)
    return services


def warn_if_unwritable(settings: Any, engine: Any) -> bool:
    """A database that opens but takes no write (read-only, full disk): one `warning:` line
    before the command runs (a command that only reads still works; one that writes then
    fails in one line of its own). True when the database cannot be written."""
    from bot.db.write_probe import unwritable

    url = settings.effective_database_url
    if url in WARNED_UNWRITABLE:  # a command that opens the database twice says it once
        return True
    if problem := unwritable(settings, engine):
        WARNED_UNWRITABLE.add(url)
        print(f"warning: {problem}", file=sys.stderr)
        return True
    return False


def _read_only_store(settings: Any) -> Any | None:
    """Settings that read the default SQLite store as it is, when its folder takes no new file
    (SQLite cannot open a WAL database there, not even to read: it creates `-shm` beside it);
    None otherwise. `immutable=1`: nothing writes a file in such a folder meanwhile (a `-wal`
    file a writer left there when it died is not read)."""
    import dataclasses
    from urllib.parse import quote

    path = (settings.data_dir / "datarequest.sqlite3").resolve()
    if settings.database_url or not path.is_file() or _folder_problem(path.parent) is None:
        return None
    # Quoted twice: SQLAlchemy decodes the name once, SQLite's URI once more (a `#` or `?`
    # left as is would end the file's name there, and SQLite would make that file).
    url = f"sqlite:///file:{quote(quote(str(path)))}?mode=ro&immutable=1&uri=true"
    return dataclasses.replace(settings, database_url=url)


WARNED_UNWRITABLE: set[str] = set()


def _check_warehouse_folder(settings: Any) -> None:
    """The demo warehouse is generated in DATA_DIR on first use: say so if it cannot be."""
    from bot.errors import ConfigError

    path = settings.effective_warehouse_path
    if settings.warehouse_path is not None or path.exists():
        return
    if problem := _folder_problem(path.parent):
        raise ConfigError(
            f"Cannot write the demo warehouse in DATA_DIR={settings.data_dir}: {problem} "
            "(set DATA_DIR to a writable folder, or WAREHOUSE_PATH)"
        ) from None


def _folder_problem(folder: Path) -> str | None:
    """Why no file can be made in `folder` (made first when missing), or None when one can."""
    import tempfile  # ~3 ms to import: only commands that write a folder pay it

    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return str(exc.strerror or exc)
    return None
