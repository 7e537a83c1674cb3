"""An acked ticket click never ends "done" with no effect (issue 9, RELIABILITY section 31).

Looked for after a two-`serve` chaos run on PostgreSQL in which an acked Claim was marked done
with no claim made. Read end to end (front ack, intake row, the jobs process taking it, the
ticket service, the decision, the finish mark), two paths ended a stored click done with its
effect not made and nobody told:

- a replay (the row taken again after its process died) whose clearing of the dead run's
  delivery marks failed (the database busy or gone for that one statement) ran anyway, met the
  dead run's "click" mark and ended "duplicate";
- a click that met the database gone on its last run (`MAX_ATTEMPTS`) was finished
  `database_unavailable` in silence.

Both go through the real `IntakeRunner` and app on a fake Slack, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_helpers import app_settings, block_actions_body, form, next_id
from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from support import Clock

from bot.errors import GENERIC_FAILURE
from bot.services import build_services
from bot.slack import deliveries
from bot.slack import intake_runner as runner_module
from bot.slack.app import create_app, runtime_of
from bot.slack.forwarder import job_record
from bot.slack.intake import DONE, IntakeStore, SlackIntake, delivery_key
from bot.slack.intake_runner import IntakeRunner
from bot.slack.replay import MAX_ATTEMPTS
from bot.slack.runtime import DATABASE_UNAVAILABLE
from handlers.common import key_of

START = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)
ANALYST = "U0ANALYST1"
TRIAGE = "C0TRIAGE01"
TRIAGE_TS = "1700000000.000001"


@pytest.fixture
def world(tmp_path: Path, db_url: str) -> Any:
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url, database_url=db_url)
        clock = Clock(START)
        services = build_services(settings, clock=clock)
        app = create_app(settings, services=services)
        rt = runtime_of(app)
        store = IntakeStore(services.session_factory, clock=clock)
        yield fake, rt, store, clock
        rt.worker.shutdown()
        services.close()


def _store_claim(fake: FakeSlack, rt: Any, store: IntakeStore) -> tuple[int, dict[str, Any]]:
    """An open ticket with a triage post, and a stored Claim click on it (as the front stores)."""
    t = rt.services.tickets.create_ticket("a churn dashboard", "U0REQ00001", "C0GENERAL1")
    fake.messages[(TRIAGE, TRIAGE_TS)] = {"ts": TRIAGE_TS, "text": "ticket", "type": "message"}
    rt.services.tickets.set_message_ref(t.id, TRIAGE, TRIAGE_TS)
    action = {"action_id": "ticket_claim", "type": "button", "value": str(t.id)}
    raw = block_actions_body(
        action, user_id=ANALYST, channel_id=TRIAGE, trigger_id=next_id("9160.")
    )
    req = AsyncBoltRequest(body=raw, mode="http")
    record = job_record(req, received_at=START.timestamp(), ack_ms=1.0).decode()
    assert store.add(delivery_key(req.body), record)
    return t.id, form(raw)


def _died_after_marking(rt: Any, store: IntakeStore, body: dict[str, Any], attempts: int) -> None:
    """As if a run of the click recorded its delivery mark, then its process died (`kill -9`)
    before the claim: the row pending, held by a dead owner."""
    key = key_of(body, "click", "claimed")
    assert deliveries.first_delivery(rt.services, key, "click")
    with store.session_factory.begin() as session:
        session.execute(
            update(SlackIntake).values(owner="gone:1", lease_until=None, attempts=attempts)
        )


def _row(store: IntakeStore) -> tuple[str, str | None, int]:
    with store.session_factory() as session:
        row = session.scalars(select(SlackIntake)).one()
        return row.state, row.decision, row.attempts


def _drive(rt: Any, store: IntakeStore, until: Callable[[], bool]) -> None:
    runner = IntakeRunner(rt, store, owner="host:2", poll_s=0.05, retry_after_s=30)

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


def test_a_replayed_click_whose_marks_could_not_be_cleared_runs_again_not_as_a_duplicate(
    world: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, rt, store, clock = world
    ticket_id, body = _store_claim(fake, rt, store)
    _died_after_marking(rt, store, body, attempts=1)
    real = runner_module.forget_delivery_marks
    failures: list[int] = []

    def busy_once(*args: Any) -> int:
        if not failures:
            failures.append(1)
            raise OperationalError("DELETE …", {}, Exception("server closed the connection"))
        return real(*args)

    monkeypatch.setattr(runner_module, "forget_delivery_marks", busy_once)
    _drive(rt, store, lambda: _row(store)[2] == 2 and _row(store)[1] is not None)
    # On main: ("done", "duplicate"): the click finished with no claim and nobody told.
    assert _row(store)[:2] == ("pending", DATABASE_UNAVAILABLE)
    assert rt.services.tickets.get(ticket_id).claimed_by is None

    clock.advance(seconds=121)  # the second run's pause (retry_after_s * 4)
    _drive(rt, store, lambda: _row(store)[0] == DONE)
    assert _row(store)[:2] == (DONE, f"claimed:{ticket_id}")
    assert rt.services.tickets.get(ticket_id).claimed_by == ANALYST
    notes = fake.posted(lambda m: m.get("thread_ts") == TRIAGE_TS)
    assert [m["text"] for m in notes] == [f"<@{ANALYST}> claimed the ticket."]


def test_a_click_that_meets_the_database_gone_on_its_last_run_tells_the_clicker(
    world: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake, rt, store, _clock = world
    ticket_id, _body = _store_claim(fake, rt, store)
    with store.session_factory.begin() as session:  # every run but the last already spent
        session.execute(update(SlackIntake).values(attempts=MAX_ATTEMPTS - 1))

    def gone(*args: Any) -> Any:
        raise OperationalError("UPDATE …", {}, Exception("server closed the connection"))

    monkeypatch.setattr(rt.services.tickets, "claim", gone)
    _drive(rt, store, lambda: _row(store)[0] == DONE)
    assert _row(store) == (DONE, DATABASE_UNAVAILABLE, MAX_ATTEMPTS)
    assert rt.services.tickets.get(ticket_id).claimed_by is None
    # On main: nothing said; the click was finished in silence.
    told = [m["text"] for (channel, _), m in fake.messages.items() if channel.startswith("D")]
    assert told == [GENERIC_FAILURE]


def test_a_stored_click_whose_dispatch_meets_the_database_gone_runs_again(
    world: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The jobs process's dispatch raising (a pool with no connection in time) or answering 503
    # (the app met the database before the ack): the front acked long ago, so neither reaches
    # the clicker. On main the row ended "failed" / "refused:503": done, no claim, nobody told.
    fake, rt, store, clock = world
    ticket_id, _body = _store_claim(fake, rt, store)
    real = runner_module.dispatch
    calls: list[int] = []

    async def busy_once(*args: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise PoolTimeout("QueuePool limit of size 5 overflow 10 reached")
        if len(calls) == 2:
            return BoltResponse(status=503, body='{"error":"unavailable"}')
        return await real(*args)

    monkeypatch.setattr(runner_module, "dispatch", busy_once)
    _drive(rt, store, lambda: _row(store)[1] is not None)
    assert _row(store)[:2] == ("pending", DATABASE_UNAVAILABLE)
    clock.advance(seconds=31)
    _drive(rt, store, lambda: _row(store)[2] == 2 and _row(store)[1] is not None)
    assert _row(store)[:2] == ("pending", DATABASE_UNAVAILABLE)
    assert rt.services.tickets.get(ticket_id).claimed_by is None
    clock.advance(seconds=121)
    _drive(rt, store, lambda: _row(store)[0] == DONE)
    assert _row(store)[:2] == (DONE, f"claimed:{ticket_id}")
    assert rt.services.tickets.get(ticket_id).claimed_by == ANALYST


def test_a_claim_whose_commit_answer_is_lost_is_told_once_when_run_again(
    world: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Guard: the connection drops exactly at the claim's commit (the server committed, the
    # answer never came back). The run ends `database_unavailable`; the next run finds the
    # claim its first run made and tells of it once (one note, one DM), without claiming again.
    fake, rt, store, clock = world
    ticket_id, _body = _store_claim(fake, rt, store)
    real = rt.services.tickets.claim
    calls: list[int] = []

    def committed_then_dropped(*args: Any) -> Any:
        calls.append(1)
        made = real(*args)
        if len(calls) == 1:
            raise OperationalError("COMMIT", {}, Exception("server closed the connection"))
        return made

    monkeypatch.setattr(rt.services.tickets, "claim", committed_then_dropped)
    _drive(rt, store, lambda: _row(store)[1] is not None)
    assert _row(store)[:2] == ("pending", DATABASE_UNAVAILABLE)
    assert rt.services.tickets.get(ticket_id).claimed_by == ANALYST
    clock.advance(seconds=31)
    _drive(rt, store, lambda: _row(store)[0] == DONE)
    assert _row(store)[0] == DONE
    notes = fake.posted(lambda m: m.get("thread_ts") == TRIAGE_TS)
    assert [m["text"] for m in notes] == [f"<@{ANALYST}> claimed the ticket."]
    dms = [m["text"] for (channel, _), m in fake.messages.items() if channel.startswith("D")]
    assert len(dms) == 1 and f"#{ticket_id}" in dms[0]
    claims = [e for e in rt.services.tickets.events(ticket_id) if e.kind == "claimed"]
    assert len(claims) == 1
