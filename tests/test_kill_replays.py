"""A click's work replayed after its process died between the change and telling of it.

A ticket change (Claim, Waiting, Reassign) is committed, then its process is `kill -9`ed before
the thread note and the requester's DM reached Slack. The restarted jobs process takes the
stored click again: the note and the DM must be posted, once.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from slack_bolt.request.async_request import AsyncBoltRequest
from slack_helpers import block_actions_body, view_submission_body
from sqlalchemy import update
from test_slack_durable_store import START, _run_pending, _store_command, world  # noqa: F401

from bot.slack.forwarder import job_record
from bot.slack.intake import IntakeStore, SlackIntake, delivery_key

TRIAGE = "C0TRIAGE01"
ANALYST = "U0ANALYST1"


def _store_click(store: IntakeStore, body: str) -> str:
    req = AsyncBoltRequest(body=body, mode="http")
    key = delivery_key(req.body)
    assert store.add(key, job_record(req, received_at=START.timestamp(), ack_ms=1.0).decode())
    return key


def _taken_by_a_dead_process(store: IntakeStore, key: str) -> None:
    with store.session_factory.begin() as session:
        session.execute(
            update(SlackIntake)
            .where(SlackIntake.key == key)
            .values(state="pending", owner="elsewhere:1", lease_until=None, attempts=1)
        )


def test_a_claim_committed_before_a_kill_is_told_once_by_the_replay(world: Any) -> None:  # noqa: F811
    fake, rt, store, _clock = world
    _store_command(store, "please build a churn dashboard for the board")
    _run_pending(rt, store, "host:1")
    ticket = rt.services.tickets.list_tickets()[0]
    triage = fake.messages[(TRIAGE, ticket.message_ts)]
    action = {"action_id": "ticket_claim", "type": "button", "value": str(ticket.id)}
    key = _store_click(
        store, block_actions_body(action, user_id=ANALYST, channel_id=TRIAGE, message=triage)
    )
    _taken_by_a_dead_process(store, key)
    rt.services.tickets.claim(ticket.id, ANALYST)  # the dead run's change, committed
    _run_pending(rt, store, "host:2")
    notes = fake.posted(lambda m: m.get("thread_ts") == triage["ts"])
    assert [m["text"] for m in notes] == [f"<@{ANALYST}> claimed the ticket."]
    assert len(fake.posted(lambda m: "is working on your ticket" in m["text"])) == 1
    # Run again (the replay died too, after telling): still once.
    _taken_by_a_dead_process(store, key)
    _run_pending(rt, store, "host:3")
    assert len(fake.posted(lambda m: m.get("thread_ts") == triage["ts"])) == 1
    assert len(fake.posted(lambda m: "is working on your ticket" in m["text"])) == 1


def test_a_close_committed_before_a_kill_is_told_once_by_the_replay(world: Any) -> None:  # noqa: F811
    fake, rt, store, _clock = world
    _store_command(store, "please build a churn dashboard for the board")
    _run_pending(rt, store, "host:1")
    ticket = rt.services.tickets.list_tickets()[0]
    values = {"resolution": {"value": {"type": "plain_text_input", "value": "done"}}}
    view = {"callback_id": "ticket_close_modal", "private_metadata": json.dumps({"ticket": ticket.id})}  # fmt: skip
    key = _store_click(store, view_submission_body(view, values, user_id=ANALYST))
    _taken_by_a_dead_process(store, key)
    rt.services.tickets.close(ticket.id, ANALYST, "done")  # the dead run's change, committed
    _run_pending(rt, store, "host:2")
    for _ in range(2):
        notes = fake.posted(lambda m: m.get("thread_ts") == ticket.message_ts)
        assert len(notes) == 1 and "closed it" in notes[0]["text"]
        direct = [m["text"] for (ch, _), m in fake.messages.items() if ch.startswith("D")]
        assert len(direct) == 1 and direct[0].startswith(f"Your ticket #{ticket.id} is done")
        _taken_by_a_dead_process(store, key)  # the replay died too, after telling
        _run_pending(rt, store, "host:3")


# ---- an answer whose progress placeholder was posted before the kill ------------------------------

ANSWERABLE = "revenue by region in October 2026"
CHANNEL = "C0GENERAL1"


def _slow(rt: Any, slow: bool) -> None:
    """Progress shows at once (the query 'takes long') or only after a minute."""
    rt.settings = dataclasses.replace(rt.settings, progress_after_s=0.001 if slow else 60.0)


def _results(fake: Any) -> list[dict[str, Any]]:
    return fake.posted(lambda m: m["text"].startswith("Revenue by region"))


def test_a_replay_answers_after_the_dead_run_s_placeholder_and_leaves_no_working_on_it(
    world: Any,  # noqa: F811
) -> None:
    """The dead run was slow (its placeholder posted, "still running…"), then died before the
    answer; the replay is fast. The answer is posted once and the placeholder says done."""
    fake, rt, store, _clock = world
    _slow(rt, True)
    trigger = _store_command(store, ANSWERABLE)
    _run_pending(rt, store, "host:1")
    [answer] = _results(fake)
    [placeholder] = [m for m in fake.posted() if m["text"].startswith("Done after")]
    del fake.messages[(CHANNEL, answer["ts"])]  # the dead run never got to post it
    placeholder["text"] = "Working on it: revenue by region — still running, 4 s…"
    _taken_by_a_dead_process(store, f"cmd:{trigger}")
    _slow(rt, False)
    _run_pending(rt, store, "host:2")
    assert len(_results(fake)) == 1
    assert not [m for m in fake.posted() if m["text"].startswith("Working on it")]


def test_a_slow_replay_of_a_fast_answer_does_not_overwrite_it_or_post_it_again(
    world: Any,  # noqa: F811
) -> None:
    fake, rt, store, _clock = world
    _slow(rt, False)
    trigger = _store_command(store, ANSWERABLE)
    _run_pending(rt, store, "host:1")
    [answer] = _results(fake)
    _taken_by_a_dead_process(store, f"cmd:{trigger}")  # died before marking it done
    _slow(rt, True)
    _run_pending(rt, store, "host:2")
    assert [m["ts"] for m in _results(fake)] == [answer["ts"]]
    assert not [m for m in fake.posted() if m["text"].startswith("Working on it")]
