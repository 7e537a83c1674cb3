"""Shared fixtures: real SQLite and PostgreSQL databases, fixed dates.

PostgreSQL tests never skip: CI starts the server (`.ci/run`), and a missing server is a
failure. Each test gets its own throw-away PostgreSQL database so parallel runs do not collide.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date

import pytest

PG_ADMIN_URL = os.environ.get("TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
TODAY = date(2026, 11, 22)


@pytest.fixture
def today() -> date:
    return TODAY


def _pg_database() -> Iterator[str]:
    import psycopg

    name = f"dr_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    try:
        yield f"{base.replace('postgresql://', 'postgresql+psycopg://', 1)}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database URL (SQLAlchemy form)."""
    yield from _pg_database()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The same test on an SQLite file and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'datarequest.sqlite3'}"
    else:
        yield from _pg_database()


@pytest.fixture
def factory(db_url: str) -> Iterator:
    """A session factory on a migrated database (SQLite file or fresh PostgreSQL database)."""
    from bot.db.session import make_engine, make_session_factory, upgrade

    upgrade(db_url)
    engine = make_engine(db_url)
    yield make_session_factory(engine)
    engine.dispose()
