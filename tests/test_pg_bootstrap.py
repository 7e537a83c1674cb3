"""The test run needs no PostgreSQL set up by hand: with nothing at TEST_PG_URL it starts its own."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg
from pg_server import (
    free_port,
    reachable,
    start_embedded_server,
    start_throwaway,
    with_database,
)

REPO_ROOT = Path(__file__).resolve().parent.parent


def test_the_fixtures_give_a_migrated_database(db_url: str, factory) -> None:  # type: ignore[no-untyped-def]
    """Run by the next test in a child pytest whose TEST_PG_URL points at a closed port."""
    from sqlalchemy import text

    with factory() as session:
        assert session.execute(text("SELECT count(*) FROM tickets")).scalar_one() == 0
        if db_url.startswith("postgresql"):
            assert session.execute(text("SELECT version()")).scalar_one().startswith("PostgreSQL")


def test_a_throwaway_server_starts_answers_and_is_removed() -> None:
    server = start_throwaway()
    try:
        assert reachable(server.url)
        with psycopg.connect(server.url, autocommit=True) as conn:
            conn.execute("CREATE TABLE t (x int)")
            conn.execute("INSERT INTO t VALUES (%s)", (41,))
            assert conn.execute("SELECT x + 1 FROM t").fetchone() == (42,)
    finally:
        server.stop()
    assert not server.folder.exists()
    assert not reachable(server.url, timeout=1)


def test_postgresql_tests_pass_with_nothing_listening_at_test_pg_url(tmp_path: Path) -> None:
    closed = f"postgresql://postgres@127.0.0.1:{free_port()}/test"
    assert not reachable(closed, timeout=1)
    env = {**os.environ, "TEST_PG_URL": closed}
    before = set(Path(tempfile.gettempdir()).glob("datarequest-pg-*"))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:randomly",
            "-p",
            "no:cacheprovider",
            "tests/test_pg_bootstrap.py::test_the_fixtures_give_a_migrated_database",
            "-k",
            "postgresql",
        ],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "1 passed" in done.stdout, done.stdout[-2000:]
    assert "skipped" not in done.stdout
    # The run's own server and its folder are gone.
    assert set(Path(tempfile.gettempdir()).glob("datarequest-pg-*")) <= before


def test_the_embedded_server_of_a_package_where_no_binaries_are_installed() -> None:
    """The fallback of a machine with Python only: pgserver's bundled PostgreSQL (as root too)."""
    from sqlalchemy import text

    from bot.db.session import make_engine, upgrade

    server = start_embedded_server()
    try:
        with psycopg.connect(server.url, autocommit=True) as conn:
            conn.execute('CREATE DATABASE "dr_embedded"')
        url = with_database(server.url, "dr_embedded", driver="postgresql+psycopg")
        upgrade(url)
        engine = make_engine(url)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM tickets")).scalar_one() == 0
        engine.dispose()
    finally:
        server.stop()
    assert not server.folder.exists()


def test_a_connection_closed_while_idle_is_replaced_before_use(pg_url: str) -> None:
    """The bot's database pings a pooled connection only after it sat idle; one the server
    closed meanwhile is replaced before a transaction uses it. A connection used a moment ago
    is not pinged (no round trip per checkout)."""
    import time

    from sqlalchemy import create_engine, text

    from bot.db.session import ping_after_idle

    admin = pg_url.replace("postgresql+psycopg://", "postgresql://", 1).rsplit("/", 1)[0] + "/test"
    engine = create_engine(pg_url, pool_size=1)
    ping_after_idle(engine, idle_s=0.3)
    pings: list[float] = []
    real_ping = engine.dialect.do_ping
    engine.dialect.do_ping = lambda conn: pings.append(time.monotonic()) or real_ping(conn)  # type: ignore[method-assign]
    try:
        with engine.connect() as conn:
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with engine.connect() as conn:  # used a moment ago: no ping
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar_one() == pid
        assert pings == []
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(%s)", [pid])
        time.sleep(0.5)  # past the idle limit: the ping finds it closed, the pool opens another
        with engine.connect() as conn:
            again = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
        assert again != pid and len(pings) == 1
    finally:
        engine.dispose()
