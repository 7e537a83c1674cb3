"""A stored request given up with Slack away is not given up in silence (RELIABILITY §33).

A request the front acked and stored meets Slack away at the jobs process's auth.test
(`bot.slack.client.SlackAway`) on every run: it is run again (30 s, 2 min, 8 min) and then
given up. The last run holds a line for the person in the outbox (`bot.slack.outbox.hold_post`),
so it is posted once Slack is back, whichever process passes, and says so in one log line.
Driven through the real `IntakeRunner` and app on a fake Slack, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_helpers import app_settings, command_body, form, next_id
from sqlalchemy import select, update
from support import Clock

from bot.services import build_services
from bot.slack.app import create_app, runtime_of
from bot.slack.forwarder import job_record
from bot.slack.intake import DONE, IntakeStore, SlackIntake, delivery_key
from bot.slack.intake_runner import IntakeRunner
from bot.slack.outbox import not_run_line, resend_lines
from bot.slack.replay import MAX_ATTEMPTS
from bot.slack.runtime import SLACK_UNAVAILABLE

START = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
ASKER = "U0REQ00001"
ASKED = "revenue by region in October 2026"
TRIES = 5  # the client's budget: one try and four retries (bot.slack.client.RetryPolicy)


@pytest.fixture
def world(tmp_path: Path, db_url: str) -> Any:
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url, database_url=db_url, slack_timeout_s=1.0)
        clock = Clock(START)
        services = build_services(settings, clock=clock)
        app = create_app(settings, services=services)
        rt = runtime_of(app)
        store = IntakeStore(services.session_factory, clock=clock)
        yield fake, rt, store, clock
        rt.worker.shutdown()
        services.close()


def _store_command(store: IntakeStore, attempts: int) -> None:
    """A command as the front stores it, with `attempts` runs already spent."""
    raw = command_body(ASKED, user_id=ASKER, trigger_id=next_id("9330."))
    req = AsyncBoltRequest(body=raw, mode="http")
    record = job_record(req, received_at=START.timestamp(), ack_ms=1.0).decode()
    assert store.add(delivery_key(form(raw)), record)
    with store.session_factory.begin() as session:
        session.execute(update(SlackIntake).values(attempts=attempts))


def _row(store: IntakeStore) -> tuple[str, str | None, int]:
    with store.session_factory() as session:
        row = session.scalars(select(SlackIntake)).one()
        return row.state, row.decision, row.attempts


def _drive(rt: Any, store: IntakeStore, until: Callable[[], bool]) -> None:
    runner = IntakeRunner(rt, store, owner="host:2", poll_s=0.05, retry_after_s=0.05)

    async def drive() -> None:
        stop = asyncio.Event()
        task = asyncio.ensure_future(runner.run(stop))
        for _ in range(600):
            if until():
                break
            await asyncio.sleep(0.05)
        stop.set()
        await task

    asyncio.run(drive())
    assert rt.worker.wait_idle(30)
    runner.close()


def _dms(fake: FakeSlack) -> list[str]:
    return [
        str(c.args.get("text"))
        for c in fake.calls_to("chat.postMessage")
        if str(c.args.get("channel")) == ASKER
    ]


def test_a_request_given_up_with_slack_away_is_told_once_slack_is_back(
    world: Any, caplog: pytest.LogCaptureFixture
) -> None:
    fake, rt, store, clock = world
    _store_command(store, attempts=MAX_ATTEMPTS - 1)  # every run but the last already spent
    fake.fail_next(TRIES, 500, method="auth.test")
    with caplog.at_level(logging.WARNING, logger="datarequest.slack"):
        _drive(rt, store, lambda: _row(store)[0] == DONE)
    assert _row(store) == (DONE, SLACK_UNAVAILABLE, MAX_ATTEMPTS)
    assert len(fake.calls_to("auth.test", ok_only=False)) >= TRIES  # the fault was met
    assert not fake.posted(), "nothing can reach a Slack that is away"
    given_up = [r.getMessage() for r in caplog.records if "given up" in r.getMessage()]
    assert len(given_up) == 1, given_up  # on main: none (the request ended in silence)
    assert "Traceback" not in caplog.text

    # Slack is back: the outbox's passes (after its lease) post the line once, whoever passes.
    for _ in range(3):
        clock.advance(minutes=30)
        asyncio.run(resend_lines(rt))
    assert rt.worker.wait_idle(30)
    dms = _dms(fake)
    assert len(dms) == 1, dms  # on main: [] (nobody was told)
    assert ASKED in dms[0] and "again" in dms[0]


def test_a_request_that_meets_slack_away_before_its_last_run_holds_nothing(
    world: Any,
) -> None:
    # Guard: an earlier run is run again later (no line yet), and then answered once.
    fake, rt, store, clock = world
    _store_command(store, attempts=0)
    fake.fail_next(TRIES, 500, method="auth.test")
    _drive(rt, store, lambda: _row(store)[1] is not None)
    assert _row(store) == ("pending", SLACK_UNAVAILABLE, 1)
    clock.advance(minutes=1)  # past its pause: the next run finds Slack back
    _drive(rt, store, lambda: _row(store)[0] == DONE)
    state, decision, attempts = _row(store)
    assert (state, attempts) == (DONE, 2) and decision != SLACK_UNAVAILABLE, _row(store)
    assert _dms(fake) == []
    answers = [m for m in fake.posted() if ASKED in str(m.get("text", "")) or m.get("blocks")]
    assert len(answers) >= 1


def test_the_held_line_quotes_the_request_escaped_and_cut() -> None:
    line = not_run_line(
        {"command": "/datarequest", "text": "<!channel> revenue \u202e" + "x" * 300}
    )
    assert "&lt;!channel&gt;" in line and "<!channel>" not in line
    assert "\u202e" not in line and "…" in line and len(line) < 300
