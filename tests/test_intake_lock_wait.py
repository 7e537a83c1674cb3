"""An intake INSERT blocked by a lock waits at the server no longer than the front does (§33).

The front's intake sessions turn the operator's timeouts off (§32: a statement handed over
before its ack runs to its end). With a lock held by hand on `slack_intake`, the front's INSERT
used to wait at the server for good: the front gave up after WRITE_TIMEOUT_S, closed its
connection and stored the request again on a new one, and the server kept the old backend
waiting (a closed client is not noticed while the check interval is off): one more waiting
backend per attempt for as long as the lock was held. On the real PostgreSQL at 127.0.0.1:5432,
with a second connection holding `LOCK TABLE slack_intake IN ACCESS EXCLUSIVE MODE`.
"""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path
from typing import Any

import psycopg
import pytest
from fake_slack import FakeSlack
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_helpers import app_settings, command_body, next_id

from bot.services import build_services
from bot.slack import intake_writer
from bot.slack.app import create_app, runtime_of
from bot.slack.forwarder import JobForwarder
from bot.slack.intake import IntakeStore
from bot.slack.request_log import entry_for

PATIENCE_S = 2.0  # the front's WRITE_TIMEOUT_S here (10 s in production)
WAITING = (
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
    " AND wait_event_type = 'Lock' AND query LIKE 'INSERT INTO slack_intake%%'"
)


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@pytest.mark.timeout(120)
def test_an_insert_blocked_by_a_lock_leaves_no_backend_waiting_and_is_stored_once_released(
    tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(intake_writer, "WRITE_TIMEOUT_S", PATIENCE_S)
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url, database_url=pg_url)
        services = build_services(settings)  # migrates: the intake table exists
        rt = runtime_of(create_app(settings, services=services))
        store = IntakeStore(services.session_factory)
        holder = psycopg.connect(_libpq(pg_url))
        observer = psycopg.connect(_libpq(pg_url), autocommit=True)
        try:
            with caplog.at_level(logging.WARNING):
                seen, left, acked = asyncio.run(
                    _blocked_then_released(rt, tmp_path, holder, observer)
                )
            rows = _rows(observer)
        finally:
            holder.close()
            observer.close()
            rt.worker.shutdown()
            services.close()
        assert store.counts() == {"pending": 1}
    assert acked  # handed over whole before the lock let go: the ack left
    # Every attempt after the first found the lock too (the front stored it again), yet once
    # the front had given up on an attempt its backend was no longer waiting: at most the
    # attempt under way waits. On main: one waiting backend per attempt, still there.
    assert len(seen) >= 2, seen
    assert len(left) <= 1, (seen, left)
    assert rows == 1
    assert "running it here" not in caplog.text  # a lock wait is not a refusal
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"


async def _blocked_then_released(
    rt: Any, tmp_path: Path, holder: psycopg.Connection, observer: psycopg.Connection
) -> tuple[set[int], set[int], bool]:
    """Send a command with the intake locked; watch the waiting backends for three patiences;
    then release the lock and wait until the request is stored."""
    forwarder = JobForwarder(str(tmp_path / "nobody.sock"), rt)  # no jobs process: it waits
    holder.execute("LOCK TABLE slack_intake IN ACCESS EXCLUSIVE MODE")
    req = AsyncBoltRequest(
        body=command_body("revenue by region last month", trigger_id=next_id("9330.")),
        mode="http",
    )
    req.context["rt"] = rt
    acked = await forwarder.send(req, received_at=time.time(), ack_ms=1.0, fallback=entry_for(req))
    seen: set[int] = set()
    deadline = time.monotonic() + 3.5 * PATIENCE_S
    while time.monotonic() < deadline:
        seen |= set(await asyncio.to_thread(_waiting, observer))
        await asyncio.sleep(0.1)
    left = set(await asyncio.to_thread(_waiting, observer))
    holder.rollback()  # the lock lets go
    for _ in range(300):
        if await asyncio.to_thread(_rows, observer):
            break
        await asyncio.sleep(0.1)
    await forwarder.aclose()
    return seen, left, acked


def _waiting(observer: psycopg.Connection) -> list[int]:
    return [row[0] for row in observer.execute(WAITING).fetchall()]


def _rows(observer: psycopg.Connection) -> int:
    return int(observer.execute("SELECT count(*) FROM slack_intake").fetchone()[0])  # type: ignore[index]
