"""`kill -9` of a real `serve` held exactly at the intake's write (§32).

A slash command's intake row is written before its ack. The test holds that write where it
stands, from outside the product, and kills `serve`'s whole process group there:

- PostgreSQL: the test holds `LOCK TABLE slack_intake IN SHARE MODE`, so the front's INSERT
  waits at the server, sent and not committed (`pg_stat_activity` shows it waiting on the lock).
  The front acks once the INSERT is handed whole to the server (bot.slack.intake_writer), so
  the request is acked; after the kill the lock is released: the server must run the INSERT to
  its commit though its client is gone, and the restarted `serve` answers the request once. Also
  with a database whose operator set `client_connection_check_interval` and `statement_timeout`
  (the server would abort a statement whose client is gone, or that waited too long).
- SQLite: `tests/write_hold/sitecustomize.py` (test-only, on PYTHONPATH only here) blocks the
  commit of a transaction that inserted into `slack_intake`, after its INSERT ran. The writer
  acks after the commit, so the request is not acked (the connection drops); the row is rolled
  back, and Slack's retry of the same delivery to the restarted `serve` is answered once.

Either way: acked and kept, or not acked (Slack retries); never acked and lost.
"""

from __future__ import annotations

import http.client
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from chaos import key_of
from fake_slack import FakeSlack
from slack_helpers import app_settings, command_body, next_id, post_signed
from test_slack_durable import Serve

ROOT = Path(__file__).resolve().parent.parent
ANSWERABLE = "revenue by region in October 2026"


def _send(base: str, body: str, out: dict[str, Any], extra: dict[str, str] | None = None) -> None:
    try:
        out["status"] = post_signed(base, body, timeout=30, extra_headers=extra)[0]
    except (OSError, http.client.HTTPException) as exc:  # cut off by the kill: not acked
        out["status"] = repr(exc)


def _replies(fake: FakeSlack, key: str) -> int:
    return Counter(key_of(m) for m in fake.posted())[key]


def _wait_reply(fake: FakeSlack, key: str, serve: Serve, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not _replies(fake, key):
        assert time.monotonic() < deadline, "".join(serve.lines)
        time.sleep(0.1)


def _wait(condition: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def _insert_waiting(admin: sa.Engine) -> bool:
    with admin.connect() as conn:
        return bool(
            conn.scalar(
                sa.text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    " AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO slack_intake%'"
                )
            )
        )


@pytest.mark.timeout(240)
def test_postgresql_an_insert_acked_before_its_commit_is_kept_after_kill_9(
    tmp_path: Path, short_tmp: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(short_tmp))
    engine = sa.create_engine(pg_url)
    # An operator's server settings, for every session of this database: they would end the
    # held INSERT once its client is gone (dead-client check) or past a timeout.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        name = conn.scalar(sa.text("SELECT current_database()"))
        conn.execute(sa.text(f'ALTER DATABASE "{name}" SET client_connection_check_interval = 200'))
        conn.execute(sa.text(f'ALTER DATABASE "{name}" SET statement_timeout = 1500'))
    trigger = next_id("7301.")
    body = command_body(ANSWERABLE, trigger_id=trigger)
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url, database_url=pg_url)
        serve = Serve(tmp_path, settings)
        again: Serve | None = None
        try:
            serve.wait_healthy()
            serve.jobs_pid()
            holder = engine.connect()
            holder.execute(sa.text("LOCK TABLE slack_intake IN SHARE MODE"))
            out: dict[str, Any] = {}
            sender = threading.Thread(target=_send, args=(serve.base, body, out))
            sender.start()
            _wait(lambda: _insert_waiting(engine), 30, "the INSERT never waited on the lock")
            sender.join(30)
            assert out.get("status") == 200, out  # acked with its INSERT not committed
            serve.kill_group()
            time.sleep(2.5)  # past the statement_timeout, the INSERT still held at the server
            holder.rollback()
            holder.close()
            again = Serve(tmp_path, settings)
            again.wait_healthy()
            _wait_reply(fake, f"cmd:{trigger}:1", again)
            time.sleep(1)  # a second answer would come with the same pass
        finally:
            for running in (serve, again):
                if running is not None:
                    running.stop()
            engine.dispose()
    assert _replies(fake, f"cmd:{trigger}:1") == 1


@pytest.mark.timeout(240)
def test_sqlite_a_request_killed_between_insert_and_commit_is_not_acked_and_its_retry_answered(
    tmp_path: Path, short_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hold = short_tmp / "hold"
    monkeypatch.setenv("TMPDIR", str(short_tmp))
    monkeypatch.setenv("DR_TEST_HOLD_INTAKE_COMMIT", str(hold))
    monkeypatch.setenv("PYTHONPATH", f"{ROOT / 'tests' / 'write_hold'}:{ROOT}")
    database = f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    trigger = next_id("7302.")
    body = command_body(ANSWERABLE, trigger_id=trigger)
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url, database_url=database)
        serve = Serve(tmp_path, settings)
        again: Serve | None = None
        try:
            serve.wait_healthy()
            serve.jobs_pid()
            Path(f"{hold}.armed").touch()
            out: dict[str, Any] = {}
            sender = threading.Thread(target=_send, args=(serve.base, body, out))
            sender.start()
            _wait(Path(f"{hold}.reached").exists, 30, "the intake's commit was never reached")
            serve.kill_group()
            sender.join(30)
            assert out.get("status") != 200, out  # not acked: Slack retries the delivery
            Path(f"{hold}.armed").unlink()
            with sa.create_engine(database).connect() as conn:  # rolled back, not half there
                assert conn.scalar(sa.text("SELECT count(*) FROM slack_intake")) == 0
            again = Serve(tmp_path, settings)
            again.wait_healthy()
            retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
            assert post_signed(again.base, body, extra_headers=retry)[0] == 200
            _wait_reply(fake, f"cmd:{trigger}:1", again)
            time.sleep(1)  # a second answer would come with the same pass
        finally:
            for running in (serve, again):
                if running is not None:
                    running.stop()
    assert _replies(fake, f"cmd:{trigger}:1") == 1
