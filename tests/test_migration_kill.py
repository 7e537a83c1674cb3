"""`kill -9` of `datarequest db upgrade` on a store already at an older revision (issue 9, §30).

A store at revision 0005 (before the result cache, the running queries, the outbox bodies and
the intake's `events_before`) holds real rows: tickets, intake records and outbox rows. The real
CLI migrates it in a subprocess and is killed with SIGKILL at staggered moments of its run (the
moments spread over one measured run, so some land in the imports and some in the migration),
then run again to the end: the store is at head, `db status` says up to date, and every row is
there with its values. A second loop runs the CLI through a wrapper that says each statement
before running it (a SQLAlchemy event) and kills it after the n-th: on SQLite 11, 15, 18 and 20
(10, 14, 17 and 19 on PostgreSQL) are after `CREATE TABLE result_cache`, after the bump to 0006,
after `ALTER TABLE outbound_messages ADD COLUMN body` and after both added columns, before the
last bump. Held on
main (a guard): all revisions run in one transaction (`bot/db/migrations/env.py`). No timing is
asserted: the delays only place the kills.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.db.session import make_engine, upgrade
from bot.db.status import database_status, head_revision

OLD = "0005_intake"
ROWS = 60
ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-c", "from bot.cli import main; raise SystemExit(main())"]
# The same CLI saying each statement before it runs it (and waiting a moment there): the test
# kills it after the n-th line, so the kill lands between two statements of the migration.
STEPPED = [
    sys.executable,
    "-c",
    "import sys, time\n"
    "from sqlalchemy import event\n"
    "from sqlalchemy.engine import Engine\n"
    "def said(*a):\n"
    "    print('statement', flush=True)\n"
    "    time.sleep(0.2)\n"
    "event.listen(Engine, 'before_cursor_execute', said)\n"
    "from bot.cli import main; raise SystemExit(main())",
]


def _fill_old_store(url: str) -> None:
    """A store at OLD with ROWS tickets, intake records and outbox rows (values as bound)."""
    upgrade(url, OLD)
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            for i in range(ROWS):
                conn.execute(
                    text(
                        "INSERT INTO tickets (text, state, source, requester_id, priority,"
                        " created_at, updated_at, idempotency_key)"
                        " VALUES (:t, 'open', 'slack', 'U0REQ00001', 'normal', :now, :now, :k)"
                    ),
                    {"t": f"request {i} ☃", "now": "2026-11-30 10:00:00", "k": f"k{i}"},
                )
                conn.execute(
                    text(
                        "INSERT INTO slack_intake (key, record, state, attempts, created_at)"
                        " VALUES (:k, :r, 'pending', 0, :now)"
                    ),
                    {"k": f"cmd:T{i}", "r": f'{{"text": "req {i}"}}', "now": "2026-11-30 10:00:00"},
                )
                conn.execute(
                    text(
                        "INSERT INTO outbound_messages (key, kind, channel, status, attempts,"
                        " claimed_at) VALUES (:k, 'result', 'C0SALES001', 'pending', 0, :now)"
                    ),
                    {"k": f"out:{i}", "now": "2026-11-30 10:00:00"},
                )
    finally:
        engine.dispose()


def _rows(url: str) -> dict[str, list[tuple[object, ...]]]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {
                "tickets": [tuple(r) for r in conn.execute(text("SELECT id, text FROM tickets"))],
                "intake": [
                    tuple(r) for r in conn.execute(text("SELECT key, record FROM slack_intake"))
                ],
                "outbox": [
                    tuple(r) for r in conn.execute(text("SELECT key FROM outbound_messages"))
                ],
            }
    finally:
        engine.dispose()


def _env(url: str, data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(DATABASE_URL=url, DATA_DIR=str(data_dir), PYTHONPATH=str(ROOT), LOG_FORMAT="text")
    return env


def _run(command: list[str], env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command, *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def _kill_after(env: dict[str, str], delay: float) -> None:
    proc = subprocess.Popen(
        [*CLI, "db", "upgrade"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


def _kill_at_statement(env: dict[str, str], n: int) -> int:
    """Kill the stepped CLI after its n-th statement was said; how many it said (0: finished)."""
    proc = subprocess.Popen(
        [*STEPPED, "db", "upgrade"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    said = 0
    for line in proc.stdout:
        said += line.startswith("statement")
        if said == n:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=60)
    proc.stdout.close()
    return said if proc.returncode == -signal.SIGKILL else 0


class OldStore:
    """One old store, copied fresh for each kill (a file copy, or a PostgreSQL template)."""

    def __init__(self, kind: str, tmp: Path, admin_url: str | None) -> None:
        self.kind, self.tmp, self.admin_url = kind, tmp, admin_url
        self.made: list[str] = []
        self.template = self._new()
        _fill_old_store(self.template)
        self.rows = _rows(self.template)

    def _new(self, template: str | None = None) -> str:
        if self.kind == "sqlite":
            path = self.tmp / f"store-{uuid.uuid4().hex[:8]}.sqlite3"
            if template is not None:
                shutil.copyfile(template.removeprefix("sqlite:///"), path)
            return f"sqlite:///{path}"
        import psycopg
        from pg_server import with_database

        assert self.admin_url is not None
        name = f"dr_mig_{uuid.uuid4().hex[:12]}"
        like = f' TEMPLATE "{template.rsplit("/", 1)[1]}"' if template else ""
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"{like}')
        self.made.append(name)
        return with_database(self.admin_url, name, driver="postgresql+psycopg")

    def copy(self) -> str:
        return self._new(self.template)

    def drop(self) -> None:
        import psycopg

        for name in reversed(self.made):
            with psycopg.connect(self.admin_url or "", autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def old_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[OldStore]:
    admin = request.getfixturevalue("pg_admin_url") if request.param == "postgresql" else None
    store = OldStore(request.param, tmp_path, admin)
    try:
        yield store
    finally:
        if request.param == "postgresql":
            store.drop()


def _finished_and_whole(store: OldStore, url: str, env: dict[str, str], when: object) -> None:
    # Between the kill and the rerun the store is either old or at head, never between.
    assert database_status(url).current in (OLD, head_revision()), when
    done = _run(CLI, env, "db", "upgrade")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    status = _run(CLI, env, "db", "status")
    assert status.returncode == 0 and "up to date" in status.stdout, status.stdout
    assert database_status(url).current == head_revision()
    assert _rows(url) == store.rows, when


@pytest.mark.timeout(900)  # a dozen CLI runs, slow on a loaded machine
def test_a_killed_upgrade_of_an_old_store_finishes_on_the_next_run(old_store: OldStore) -> None:
    url = old_store.copy()
    started = time.monotonic()
    done = _run(CLI, _env(url, old_store.tmp / "data"), "db", "upgrade")
    assert done.returncode == 0, done.stderr
    whole = time.monotonic() - started
    for delay in (whole * 0.5, whole * 0.8, whole * 0.95):
        url = old_store.copy()
        env = _env(url, old_store.tmp / "data")
        _kill_after(env, delay)
        _finished_and_whole(old_store, url, env, delay)


@pytest.mark.timeout(900)  # a dozen CLI runs, slow on a loaded machine
def test_kills_between_the_statements_of_the_migration_lose_nothing(old_store: OldStore) -> None:
    # The same points on both: PostgreSQL's run says one statement fewer before them (no BEGIN).
    aimed = (11, 15, 18, 20) if old_store.kind == "sqlite" else (10, 14, 17, 19)
    inside = []
    for n in aimed:
        url = old_store.copy()
        env = _env(url, old_store.tmp / "data")
        inside.append(_kill_at_statement(env, n))
        _finished_and_whole(old_store, url, env, n)
    assert inside == list(aimed)  # each kill landed where it was aimed, before the end
