"""A replayed ticket change across two hosts whose clocks differ (issue 9, twelfth stop).

A replay does not make again the change its dead run made (`made_before`): it looked for the
change among the ticket's events made since the request was stored, comparing the intake row's
`created_at` (the front's host clock) with the events' `at` (the dead run's host clock). With
the dead run's host behind the front's by more than the time between the two, its change looked
older than the request: the replay closed the ticket again over the requester's reopen (or
claimed it again after a release). The intake row now keeps the highest ticket event id the
database had when it stored the request, and the replay compares ids: no clock is involved.
The skew is the services' clock (bot/clock.py) moved between the two writers, on SQLite and
PostgreSQL.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_helpers import app_settings, block_actions_body, view_submission_body
from sqlalchemy import func, select
from support import Clock
from test_kill_replays import _store_click, _taken_by_a_dead_process
from test_slack_durable_store import START, _run_pending, _store_command

from bot.services import build_services
from bot.slack.app import create_app, runtime_of
from bot.slack.forwarder import intake_writer_for
from bot.slack.intake import IntakeStore, SlackIntake
from bot.tickets.models import TicketEvent

ANALYST = "U0ANALYST1"
SKEW = timedelta(minutes=10)  # the dead run's host is this far behind the front's


@pytest.fixture
def world(tmp_path: Path, db_url: str) -> Iterator[Any]:
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url, database_url=db_url, admins=(ANALYST,))
        clock = Clock(START)
        services = build_services(settings, clock=clock)
        app = create_app(settings, services=services)
        rt = runtime_of(app)
        yield fake, rt, IntakeStore(services.session_factory, clock=clock), clock
        rt.worker.shutdown()
        services.close()


def _a_ticket(rt: Any, store: IntakeStore) -> Any:
    _store_command(store, "please build a churn dashboard for the board")
    _run_pending(rt, store, "host:1")
    return rt.services.tickets.list_tickets()[0]


def _stored_by_a_front_ahead(store: IntakeStore, clock: Clock, body: str) -> str:
    """The click stored by a front whose clock is SKEW ahead; then the clock goes back, as the
    dead run's host (behind) sees it."""
    clock.advance(seconds=SKEW.total_seconds())
    key = _store_click(store, body)
    clock.advance(seconds=-SKEW.total_seconds())
    _taken_by_a_dead_process(store, key)
    return key


def test_a_close_replayed_across_skewed_clocks_does_not_close_again(world: Any) -> None:
    fake, rt, store, clock = world
    ticket = _a_ticket(rt, store)
    values = {"resolution": {"value": {"type": "plain_text_input", "value": "built it"}}}
    view = {
        "callback_id": "ticket_close_modal",
        "private_metadata": json.dumps({"ticket": ticket.id}),
    }
    _stored_by_a_front_ahead(store, clock, view_submission_body(view, values, user_id=ANALYST))
    clock.advance(seconds=1)
    rt.services.tickets.close(ticket.id, ANALYST, "built it")  # the dead run's change
    rt.services.tickets.reopen(ticket.id, ticket.requester_id, "the numbers look off")
    _run_pending(rt, store, "host:2")
    kinds = [e.kind for e in rt.services.tickets.events(ticket.id)]
    assert kinds.count("closed") == 1, kinds
    assert rt.services.tickets.get(ticket.id).state == "reopened"
    notes = fake.posted(lambda m: m.get("thread_ts") == ticket.message_ts)
    assert ["closed it" in n["text"] for n in notes] == [True]


def test_a_claim_replayed_across_skewed_clocks_does_not_claim_again(world: Any) -> None:
    fake, rt, store, clock = world
    ticket = _a_ticket(rt, store)
    triage = fake.messages[("C0TRIAGE01", ticket.message_ts)]
    action = {"action_id": "ticket_claim", "type": "button", "value": str(ticket.id)}
    click = block_actions_body(action, user_id=ANALYST, channel_id="C0TRIAGE01", message=triage)
    _stored_by_a_front_ahead(store, clock, click)
    rt.services.tickets.claim(ticket.id, ANALYST)  # the dead run's change
    rt.services.tickets.release(ticket.id, ANALYST)
    _run_pending(rt, store, "host:2")
    kinds = [e.kind for e in rt.services.tickets.events(ticket.id)]
    assert kinds.count("claimed") == 1, kinds
    assert rt.services.tickets.get(ticket.id).claimed_by is None


def test_a_change_made_before_the_request_was_stored_is_not_taken_for_the_dead_run_s(
    world: Any,
) -> None:
    """The other way round: the same person's earlier close of the ticket, from a host whose
    clock is ahead, is not this request's: the replay makes its own change."""
    fake, rt, store, clock = world
    ticket = _a_ticket(rt, store)
    clock.advance(seconds=SKEW.total_seconds())
    rt.services.tickets.close(ticket.id, ANALYST, "first go")  # before the request, clock ahead
    rt.services.tickets.reopen(ticket.id, ticket.requester_id, "not quite")
    clock.advance(seconds=-SKEW.total_seconds())
    values = {"resolution": {"value": {"type": "plain_text_input", "value": "built it"}}}
    view = {
        "callback_id": "ticket_close_modal",
        "private_metadata": json.dumps({"ticket": ticket.id}),
    }
    key = _store_click(store, view_submission_body(view, values, user_id=ANALYST))
    _taken_by_a_dead_process(store, key)  # it died before making any change
    _run_pending(rt, store, "host:2")
    kinds = [e.kind for e in rt.services.tickets.events(ticket.id)]
    assert kinds.count("closed") == 2, kinds
    assert rt.services.tickets.get(ticket.id).state == "done"


def test_the_intake_row_keeps_the_highest_event_id_the_database_had(world: Any) -> None:
    _fake, rt, store, _clock = world
    _a_ticket(rt, store)
    key = "cmd:" + _store_command(store, "another churn dashboard please")
    factory = store.session_factory
    with factory() as session:
        kept = session.scalar(select(SlackIntake.events_before).where(SlackIntake.key == key))
        highest = session.scalar(select(func.max(TicketEvent.id)))
    assert kept == highest and highest


def test_the_front_s_writer_keeps_it_too(world: Any) -> None:
    """The writer the front uses before its ack (on PostgreSQL its own INSERT text)."""
    _fake, rt, store, _clock = world
    _a_ticket(rt, store)

    async def write() -> bool:
        writer = intake_writer_for(store)
        try:
            return bool(await (await writer.send("cmd:front.1", "{}")))
        finally:
            await writer.aclose()

    assert asyncio.run(write())
    with store.session_factory() as session:
        kept = session.scalar(
            select(SlackIntake.events_before).where(SlackIntake.key == "cmd:front.1")
        )
        highest = session.scalar(select(func.max(TicketEvent.id)))
    assert kept == highest and highest
