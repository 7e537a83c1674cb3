"""Is the database there, reachable and migrated? One line for the operator when it is not.

Only `datarequest db upgrade` and `serve` change the schema (`migrate_database`, which says
from which revision to which). Every other command opens the database with
`open_migrated_database`: an unmigrated database is refused with "run `datarequest db
upgrade`", nothing is created in whatever DATABASE_URL names, and an invalid or unreachable
URL gives `DatabaseUnavailable` (one line, the password hidden) instead of a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.session import MIGRATIONS_DIR, make_engine, make_session_factory, upgrade
from bot.errors import ConfigError

URL_EXAMPLES = "e.g. sqlite:///data/datarequest.sqlite3 or postgresql+psycopg://user@host/db"


class DatabaseUnavailable(ConfigError):
    """DATABASE_URL is invalid, the server cannot be reached, or the schema is not current."""


@dataclass(frozen=True)
class DatabaseStatus:
    url: str  # password hidden
    current: str | None  # None: no tables yet
    head: str

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def safe_url(url: str) -> str:
    """The URL with its password replaced by ***, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return "<unparseable URL>"


def head_revision() -> str:
    """The newest migration this code knows."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    head = ScriptDirectory.from_config(config).get_current_head()
    return head or ""


def _reason(exc: BaseException) -> str:
    detail = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(detail).splitlines() if line.strip()]
    return lines[0][:200] if lines else type(detail).__name__


def _engine(url: str) -> Engine:
    try:
        return make_engine(url)
    except (ArgumentError, NoSuchModuleError, ImportError, ValueError) as exc:
        raise DatabaseUnavailable(
            f"DATABASE_URL={safe_url(url)!s} is not a database URL this bot can use "
            f"({_reason(exc)}); {URL_EXAMPLES}."
        ) from None
    except OSError as exc:  # the SQLite file's folder cannot be created
        raise DatabaseUnavailable(
            f"Cannot open the database at {safe_url(url)}: {exc.strerror or exc}."
        ) from None


def _unreachable(url: str, exc: BaseException) -> DatabaseUnavailable:
    if url.startswith("sqlite"):
        return DatabaseUnavailable(
            f"Cannot open the database at {safe_url(url)}: {_reason(exc)}. "
            "Check DATABASE_URL (a SQLite file this bot made with `datarequest db upgrade`)."
        )
    return DatabaseUnavailable(
        f"Cannot reach the database at {safe_url(url)}: {_reason(exc)}. "
        "Check DATABASE_URL and that the server is running."
    )


def _missing_sqlite_file(url: str) -> bool:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return False
    path = parsed.database
    return (
        parsed.get_backend_name() == "sqlite"
        and bool(path)
        and path != ":memory:"
        and not Path(path).exists()
    )


def database_failed(url: str, exc: BaseException) -> DatabaseUnavailable:
    """A database error in the middle of a command (locked, read-only, gone), as one line."""
    return DatabaseUnavailable(
        f"The database at {safe_url(url)} failed: {_reason(exc)}. "
        "Check it with `datarequest db status`."
    )


def database_status(url: str) -> DatabaseStatus:
    """Connect once and read the schema revision; `DatabaseUnavailable` when that fails.

    A SQLite file that does not exist is reported as empty without being created.
    """
    if _missing_sqlite_file(url):
        return DatabaseStatus(safe_url(url), None, head_revision())
    engine = _engine(url)
    try:
        with engine.connect() as connection:
            current = MigrationContext.configure(connection).get_current_revision()
    except (DBAPIError, SQLAlchemyError, OSError) as exc:
        raise _unreachable(url, exc) from None
    finally:
        engine.dispose()
    return DatabaseStatus(safe_url(url), current, head_revision())


def open_migrated_database(url: str) -> sessionmaker[Session]:
    """A session factory on a database already at the newest revision; never migrates."""
    status = database_status(url)
    if status.current is None:
        raise DatabaseUnavailable(
            f"The database at {status.url} has no datarequest tables yet: "
            "run `datarequest db upgrade`."
        )
    if not status.up_to_date:
        raise DatabaseUnavailable(
            f"The database at {status.url} is at revision {status.current}, this version "
            f"needs {status.head}: run `datarequest db upgrade`."
        )
    return make_session_factory(_engine(url))


def migrate_database(url: str) -> tuple[str | None, str]:
    """Bring the database to the newest revision; returns (before, after); a change is logged."""
    database_status(url)  # one line when the URL is invalid or the server unreachable
    try:
        before = upgrade(url)
    except (DBAPIError, SQLAlchemyError, OSError) as exc:
        raise _unreachable(url, exc) from None
    return before, head_revision()
