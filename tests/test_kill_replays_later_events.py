"""A ticket change replayed after its process died, with events written on top of it meanwhile.

The dead run made the change (a Close with SQL and a promotion: the close and the promotion; a
Claim), then was `kill -9`ed before telling anyone; a comment or the promotion landed after the
change. The survivor (another `serve`, or the restarted jobs process) takes the stored request
again: it must tell of the change once, and not tell the closer that the close half failed
because the query its own dead run promoted "already exists".
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_helpers import app_settings, block_actions_body, view_submission_body
from support import Clock
from test_kill_replays import _store_click, _taken_by_a_dead_process
from test_slack_durable_store import START, _run_pending, _store_command

from bot.services import build_services
from bot.slack import deliveries, use_cases
from bot.slack.app import create_app, runtime_of
from bot.slack.intake import IntakeStore

ANALYST = "U0ANALYST1"


@pytest.fixture
def world(tmp_path: Path, db_url: str) -> Iterator[Any]:
    with FakeSlack() as fake:
        settings = app_settings(tmp_path, fake.api_url, database_url=db_url, admins=(ANALYST,))
        clock = Clock(START)
        services = build_services(settings, clock=clock)
        app = create_app(settings, services=services)
        rt = runtime_of(app)
        yield fake, rt, IntakeStore(services.session_factory, clock=clock)
        rt.worker.shutdown()
        services.close()


def _direct(fake: FakeSlack) -> list[str]:
    return [m["text"] for (ch, _), m in sorted(fake.messages.items()) if ch.startswith("D")]


def test_a_promotion_made_before_a_kill_is_told_once_and_not_refused_by_the_replay(
    world: Any, tmp_path: Path
) -> None:
    fake, rt, store = world
    _store_command(store, "please build a churn dashboard for the board")
    _run_pending(rt, store, "host:1")
    ticket = rt.services.tickets.list_tickets()[0]
    values = {
        "resolution": {"value": {"type": "plain_text_input", "value": "built it"}},
        "sql": {"value": {"type": "plain_text_input", "value": "SELECT 1 AS n"}},
        "promote": {"value": {"type": "plain_text_input", "value": "churn_board"}},
    }
    meta = json.dumps({"ticket": ticket.id})
    view = {"callback_id": "ticket_close_modal", "private_metadata": meta}
    key = _store_click(store, view_submission_body(view, values, user_id=ANALYST))
    _taken_by_a_dead_process(store, key)
    # The dead run's work, committed: the close and the promotion.
    rt.services.tickets.close(ticket.id, ANALYST, "built it", "SELECT 1 AS n")
    use_cases.promote_to_library(
        rt.services, ticket_id=ticket.id, actor=ANALYST, name="churn_board"
    )
    _run_pending(rt, store, "host:2")
    notes = fake.posted(lambda m: m.get("thread_ts") == ticket.message_ts)
    assert [n["text"].count("churn_board") for n in notes] == [1], notes
    assert _direct(fake) == [d for d in _direct(fake) if d.startswith(f"Your ticket #{ticket.id}")]
    assert len(_direct(fake)) == 1
    assert (tmp_path / "queries" / "promoted" / "churn_board.sql").exists()
    assert rt.services.library.get("churn_board") is not None
    kinds = [e.kind for e in rt.services.tickets.events(ticket.id)]
    assert (kinds.count("closed"), kinds.count("promoted")) == (1, 1), kinds


def test_a_claim_replayed_after_a_comment_on_the_ticket_is_told_once(world: Any) -> None:
    """The dead run claimed; the requester commented (in the other process) before the replay:
    the claim is still the change to tell of, not the comment."""
    fake, rt, store = world
    _store_command(store, "please build a churn dashboard for the board")
    _run_pending(rt, store, "host:1")
    ticket = rt.services.tickets.list_tickets()[0]
    triage = fake.messages[("C0TRIAGE01", ticket.message_ts)]
    action = {"action_id": "ticket_claim", "type": "button", "value": str(ticket.id)}
    click = block_actions_body(action, user_id=ANALYST, channel_id="C0TRIAGE01", message=triage)
    key = _store_click(store, click)
    _taken_by_a_dead_process(store, key)
    rt.services.tickets.claim(ticket.id, ANALYST)  # the dead run's change, committed
    rt.services.tickets.comment(ticket.id, ticket.requester_id, "thanks, it is for Monday")
    _run_pending(rt, store, "host:2")
    notes = fake.posted(lambda m: m.get("thread_ts") == triage["ts"])
    assert [m["text"] for m in notes] == [f"<@{ANALYST}> claimed the ticket."]
    assert len(fake.posted(lambda m: "is working on your ticket" in m["text"])) == 1
    assert not [d for d in _direct(fake) if "already" in d]


def test_a_close_replayed_after_the_ticket_was_reopened_does_not_close_it_again(
    world: Any,
) -> None:
    """The dead run closed; the requester's reply reopened the ticket before the takeover (up to
    the lease across hosts): the replay tells of the close once and leaves the ticket reopened."""
    fake, rt, store = world
    _store_command(store, "please build a churn dashboard for the board")
    _run_pending(rt, store, "host:1")
    ticket = rt.services.tickets.list_tickets()[0]
    values = {"resolution": {"value": {"type": "plain_text_input", "value": "built it"}}}
    meta = json.dumps({"ticket": ticket.id})
    view = {"callback_id": "ticket_close_modal", "private_metadata": meta}
    key = _store_click(store, view_submission_body(view, values, user_id=ANALYST))
    _taken_by_a_dead_process(store, key)
    rt.services.tickets.close(ticket.id, ANALYST, "built it")  # the dead run's change
    rt.services.tickets.reopen(ticket.id, ticket.requester_id, "the numbers look off")
    _run_pending(rt, store, "host:2")
    kinds = [e.kind for e in rt.services.tickets.events(ticket.id)]
    assert kinds.count("closed") == 1, kinds
    assert rt.services.tickets.get(ticket.id).state == "reopened"
    notes = fake.posted(lambda m: m.get("thread_ts") == ticket.message_ts)
    assert ["closed it" in n["text"] for n in notes] == [True]
    assert not [d for d in _direct(fake) if "already" in d]


def test_a_claim_replayed_after_a_release_does_not_claim_it_again(world: Any) -> None:
    fake, rt, store = world
    _store_command(store, "please build a churn dashboard for the board")
    _run_pending(rt, store, "host:1")
    ticket = rt.services.tickets.list_tickets()[0]
    triage = fake.messages[("C0TRIAGE01", ticket.message_ts)]
    action = {"action_id": "ticket_claim", "type": "button", "value": str(ticket.id)}
    click = block_actions_body(action, user_id=ANALYST, channel_id="C0TRIAGE01", message=triage)
    key = _store_click(store, click)
    _taken_by_a_dead_process(store, key)
    rt.services.tickets.claim(ticket.id, ANALYST)  # the dead run's change
    rt.services.tickets.release(ticket.id, ANALYST)
    _run_pending(rt, store, "host:2")
    kinds = [e.kind for e in rt.services.tickets.events(ticket.id)]
    assert kinds.count("claimed") == 1, kinds
    assert rt.services.tickets.get(ticket.id).claimed_by is None
    assert len(fake.posted(lambda m: "is working on your ticket" in m["text"])) == 1


def test_run_suggested_query_is_not_answered_again_because_a_comment_landed(
    world: Any,
) -> None:
    """Another process took the mark to answer the ticket (its click is running the query); a
    comment lands; a second click here must find the mark taken, not a fresh one."""
    fake, rt, store = world
    ticket = rt.services.tickets.create_ticket(
        "revenue by region please",
        "U0REQ00001",
        "C0GENERAL1",
        best_query="revenue_by_region",
        best_params={"period_start": "2026-10-01", "period_end": "2026-10-31"},
    )
    last = rt.services.tickets.events(ticket.id)[-1].id
    assert deliveries.first_delivery(rt.services, f"confirm:{ticket.id}:{last}", "confirm")
    rt.services.tickets.comment(ticket.id, ticket.requester_id, "it is for Monday")
    action = {"action_id": "ticket_confirm", "type": "button", "value": str(ticket.id)}
    key = _store_click(store, block_actions_body(action, user_id=ANALYST))
    _run_pending(rt, store, "host:2")
    assert store.counts() == {"done": 1}, key
    assert not fake.posted(lambda m: m["text"].startswith("Revenue by region"))
    assert rt.services.tickets.get(ticket.id).state != "done"
