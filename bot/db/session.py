"""The one database: declarative Base, engine factory, session factory and migrations.

SQLite (embedded default) runs in WAL mode with foreign keys on; PostgreSQL is used when a team
runs several bot processes. Schema changes go through Alembic migrations (`bot/db/migrations`),
applied by `upgrade()` at start-up or by `datarequest db upgrade`.

On SQLite the driver's own transaction handling is switched off and SQLAlchemy emits `BEGIN`
itself, so a transaction really starts at the first statement (reads included). A session that
will write after reading asks for `BEGIN IMMEDIATE` with `write_session()`: it takes SQLite's
write lock up front, so concurrent writers queue on the busy timeout instead of failing with
"database is locked" when they upgrade a read snapshot.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import DateTime, Dialect, Engine, MetaData, create_engine, event
from sqlalchemy.exc import DisconnectionError, IntegrityError
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

# Stable constraint names so migrations are portable between SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

log = logging.getLogger(__name__)

# Connection execution option read by the SQLite "begin" hook.
SQLITE_BEGIN_OPTION = "sqlite_begin"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that goes in and comes out as an aware UTC datetime on every backend.

    PostgreSQL stores `timestamptz`; SQLite stores the naive UTC value (ISO text), which keeps
    `julianday()` arithmetic and ordering correct there.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column; pass an aware datetime")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # SQLAlchemy emits BEGIN itself (see _sqlite_begin); the driver must not.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
    mode = conn.get_execution_options().get(SQLITE_BEGIN_OPTION)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if mode == "immediate" else "BEGIN")


def make_engine(url: str, **kwargs: object) -> Engine:
    """Create the SQLAlchemy engine for `url` with the project's connection settings."""
    if url.startswith("sqlite"):
        if url.startswith("sqlite:///") and not url.startswith(
            ("sqlite:///:memory:", "sqlite:///file:")
        ):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, **kwargs
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if url.startswith("postgresql"):
        # An unreachable host fails in seconds instead of the driver's default of minutes.
        kwargs.setdefault("connect_args", {"connect_timeout": 10})
    engine = create_engine(url, **kwargs)
    ping_after_idle(engine)
    return engine


PING_AFTER_IDLE_S = 5.0


def ping_after_idle(engine: Engine, idle_s: float | None = None) -> None:
    """Ping a pooled connection before use only when it sat idle for `idle_s` or longer.

    `pool_pre_ping` pings on every checkout: a round trip and a server wake-up for each of
    the dozen short transactions a request makes. A connection used a moment ago is alive;
    one that waited may have been closed by the server, a proxy or a restart, and a failed
    ping makes the pool replace it before anyone uses it (SQLAlchemy's documented
    pessimistic handling: `DisconnectionError` from a checkout handler).
    """
    wait = PING_AFTER_IDLE_S if idle_s is None else idle_s

    def stamp(_dbapi_connection: Any, record: Any) -> None:
        record.info["datarequest.idle_since"] = time.monotonic()

    def ping(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("datarequest.idle_since")
        if since is None or time.monotonic() - since < wait:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except Exception:
            alive = False
        if not alive:
            raise DisconnectionError("the connection was closed while it was idle")

    event.listen(engine.pool, "checkin", stamp)
    event.listen(engine.pool, "checkout", ping)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def write_session(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    """One write transaction: commits on success, rolls back on any exception.

    On SQLite the transaction starts with BEGIN IMMEDIATE (writers queue, nobody fails on a
    stale read snapshot); on PostgreSQL it is a normal READ COMMITTED transaction and callers
    take row locks (`SELECT ... FOR UPDATE`) or use conditional UPDATEs where they race.
    """
    with session_factory() as session:
        session.connection(execution_options={SQLITE_BEGIN_OPTION: "immediate"})
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def insert_new(session_factory: sessionmaker[Session], row: Base) -> bool:
    """INSERT `row` in its own transaction; False when a unique key says it is there already.

    Of several processes inserting the same key at once exactly one gets True.
    """
    try:
        with write_session(session_factory) as session:
            session.add(row)
    except IntegrityError:
        return False
    return True


def upgrade(url: str, revision: str = "head") -> str | None:
    """Bring the database at `url` to `revision` (default: the newest) with Alembic.

    Safe to run at every start-up: an up-to-date database is left as it is; a change is logged
    (from which revision to which). Returns the revision the database was at before. On
    PostgreSQL an advisory lock keeps two bot processes from migrating at the same time.
    """
    # Alembic only when migrating: every models module imports this one.
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            if connection.dialect.name == "postgresql":
                connection.exec_driver_sql("SELECT pg_advisory_lock(770143)")
                connection.commit()
            try:
                before = MigrationContext.configure(connection).get_current_revision()
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                connection.commit()
                after = MigrationContext.configure(connection).get_current_revision()
                if after != before:
                    log.info(
                        "database %s migrated from %s to revision %s",
                        engine.url.render_as_string(hide_password=True),
                        before or "empty",
                        after,
                    )
            finally:
                if connection.dialect.name == "postgresql":
                    connection.rollback()
                    connection.exec_driver_sql("SELECT pg_advisory_unlock(770143)")
                    connection.commit()
    finally:
        engine.dispose()
    return before


def current_revision(url: str) -> str | None:
    """The Alembic revision the database at `url` is at (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext  # see upgrade()

    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()
