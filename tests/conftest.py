"""Shared fixtures: real SQLite and PostgreSQL databases, fixed dates, the fake Slack and the app.

PostgreSQL tests never skip: the server at TEST_PG_URL (default 127.0.0.1:5432) is used when it
answers; otherwise the run starts a throwaway one of its own (`pg_server`) and removes it at the
end. Each test gets its own throw-away database so parallel runs do not collide.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fake_slack import FakeSlack
from pg_server import DEFAULT_URL, ThrowawayServer, reachable, start_throwaway, with_database
from slack_helpers import AppServer, app_settings

TODAY = date(2026, 11, 22)

# A command run without DATA_DIR uses the per-user data folder: each test process gets its own,
# so no run reads or migrates a store another checkout left in the real one.
_USER_FOLDERS = tempfile.mkdtemp(prefix="dr-xdg-")
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = os.path.join(_USER_FOLDERS, _name.lower())
atexit.register(shutil.rmtree, _USER_FOLDERS, True)


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    """The fake Slack Web API on loopback (a module may define its own)."""
    with FakeSlack() as server:
        yield server


@pytest.fixture
def app(tmp_path: Path, fake: FakeSlack) -> Iterator[AppServer]:
    """The app behind its HTTP front on loopback, talking to `fake`."""
    with AppServer(app_settings(tmp_path, fake.api_url)) as server:
        yield server


@pytest.fixture(autouse=True)
def _nothing_of_a_test_runs_after_it() -> Iterator[None]:
    """The runtimes a test made with `slack_helpers.offline_runtime` stop with it: their jobs
    thread and pool ran on after the test, and a job of one logged into a later test."""
    yield
    helpers = sys.modules.get("slack_helpers")
    if helpers is not None:
        helpers.stop_offline_runtimes()


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """A temporary folder with a short path, for TMPDIR where `serve` makes its jobs socket:
    tmp_path is deep under pytest-xdist, and a socket's path holds at most ~100 bytes."""
    folder = Path(tempfile.mkdtemp(prefix="dr-", dir="/tmp"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def today() -> date:
    return TODAY


@pytest.fixture(scope="session")
def pg_admin_url() -> Iterator[str]:
    """A PostgreSQL server for this run: TEST_PG_URL if it answers, else a throwaway one."""
    url = os.environ.get("TEST_PG_URL", DEFAULT_URL)
    server: ThrowawayServer | None = None
    if not reachable(url):
        server = start_throwaway()
        url = server.url
    try:
        yield url
    finally:
        if server is not None:
            server.stop()


def _pg_database(admin_url: str) -> Iterator[str]:
    import psycopg

    name = f"dr_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield with_database(admin_url, name, driver="postgresql+psycopg")
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_url(pg_admin_url: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database URL (SQLAlchemy form)."""
    yield from _pg_database(pg_admin_url)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The same test on an SQLite file and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'datarequest.sqlite3'}"
    else:
        yield from _pg_database(request.getfixturevalue("pg_admin_url"))


@pytest.fixture
def factory(db_url: str) -> Iterator:
    """A session factory on a migrated database (SQLite file or fresh PostgreSQL database)."""
    from bot.db.session import make_engine, make_session_factory, upgrade

    upgrade(db_url)
    engine = make_engine(db_url)
    yield make_session_factory(engine)
    engine.dispose()
