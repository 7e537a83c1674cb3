"""Whether the bot's database can be written now: one write that changes nothing.

A SQLite file (or its folder) that is read-only, an immutable file, a full disk, or a
PostgreSQL server in read-only mode opens and reads as usual: `serve` started, acked nothing
(every request 503) and said why only per request; a CLI command failed at its first write.
`write_problem` updates the schema's revision row to itself in a write transaction (on SQLite
`BEGIN IMMEDIATE`, which takes the write lock; the row lands in the WAL, so a full disk fails it
too) and says in one line why it could not, or None.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from bot.db.session import SQLITE_BEGIN_OPTION
from bot.db.status import safe_url

_PROBE = text("UPDATE alembic_version SET version_num = version_num")


def write_problem(engine: Engine) -> str | None:
    """Why `engine`'s database cannot be written (its driver's first line), or None when it
    can (or has no schema yet: nothing to probe; migrating it is the first write)."""
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            conn.rollback()  # the inspection's read transaction
            conn = conn.execution_options(**{SQLITE_BEGIN_OPTION: "immediate"})
            with conn.begin():
                conn.execute(_PROBE)
    except (SQLAlchemyError, OSError) as exc:
        orig = exc.orig if isinstance(exc, DBAPIError) else exc
        lines = str(orig or exc).strip().splitlines()
        return (lines[0] if lines else type(exc).__name__)[:200]
    return None


def unwritable(settings: Any, engine: Engine) -> str | None:
    """One line saying the bot's database cannot be written now and what to check, or None."""
    problem = write_problem(engine)
    if problem is None:
        return None
    url = settings.effective_database_url
    if not url.startswith("sqlite"):
        check = "check DATABASE_URL: the server must accept writes"
    else:
        where = "DATABASE_URL" if settings.database_url else f"DATA_DIR={settings.data_dir}"
        check = f"check {where}: the SQLite file and its folder must be writable, the disk not full"
    return f"The database at {safe_url(url)} cannot be written: {problem} ({check})"
