"""Tenth red team: a ticket click whose change meets the bot's database gone.

Looked for after a chaos run on PostgreSQL (two `serve`s, a burst loading the server beside
them) in which an acked Claim never claimed its ticket (not reproduced in 22 more seeds). The
ticket buttons (Claim, Reassign, Waiting) caught every exception of the change, so an
`OperationalError` (the database restarted, out of connections) or a pool that handed no
connection back in time ended the stored click as "error": a traceback in the log, "Sorry,
something went wrong" to the clicker, and the click never run again. Every other stored job
that meets the database gone ends `database_unavailable` and runs again once it is back
(`bot.slack.runtime`, RELIABILITY section 15); the buttons now do the same, and a pool timeout
counts as the database gone for every job.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from typing import Any

import pytest
from slack_helpers import FakeAck, block_actions_body, form, listener_context, offline_runtime
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from bot.errors import GENERIC_FAILURE
from bot.slack.intake import IntakeItem
from bot.slack.replay import CURRENT_RUN, IntakeRun, forget_delivery_marks
from bot.slack.runtime import DATABASE_UNAVAILABLE
from handlers import tickets as h

ANALYST = "U0ANALYST1"


GONE = {
    "operational": lambda: OperationalError(
        "UPDATE …", {}, Exception("server closed the connection")
    ),
    "pool_timeout": lambda: PoolTimeout("QueuePool limit of size 5 overflow 10 reached"),
}


async def _run_stored(rt: Any, listener: Any, body: dict[str, Any], attempts: int) -> str:
    """Run `listener` as the jobs process runs a stored request; its decision."""
    decisions: list[str] = []
    item = IntakeItem(1, "block_actions:x", "", attempts, datetime.now(UTC), events_before=0)
    CURRENT_RUN.set(IntakeRun(item, on_done=decisions.append))
    await listener(ack=FakeAck(), body=body, context=listener_context(rt))
    await rt.worker.drain(timeout=20)
    return decisions[0]


@pytest.mark.parametrize("gone", sorted(GONE))
@pytest.mark.parametrize(("change", "kind"), [(h._claim, "claimed"), (h._waiting, "waiting")])
def test_a_ticket_click_that_meets_the_database_gone_runs_again_once_it_is_back(
    tmp_path: Any, caplog: pytest.LogCaptureFixture, change: Any, kind: str, gone: str
) -> None:
    rt = offline_runtime(tmp_path)
    t = rt.services.tickets.create_ticket("a churn dashboard", "U0REQ00001", "C0GENERAL1")
    t = rt.services.tickets.set_message_ref(t.id, "C0TRIAGE01", "1700000000.000001")
    if kind == "waiting":
        rt.services.tickets.claim(t.id, ANALYST)
    calls: list[int] = []

    def flaky(*args: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise GONE[gone]()
        return change(*args)

    listener = h._ticket_action(flaky, note_kind=kind, dm_kind=kind)
    action = {"action_id": f"ticket_{kind}", "type": "button", "value": str(t.id)}
    body = form(block_actions_body(action, user_id=ANALYST, channel_id="C0TRIAGE01"))
    with caplog.at_level(logging.INFO):
        first = asyncio.run(_run_stored(rt, listener, body, attempts=1))
    assert first == DATABASE_UNAVAILABLE  # "error" before: never run again
    shown = [e["text"] for e in rt.client.named("chat_postEphemeral")]
    assert GENERIC_FAILURE not in shown
    assert not [r for r in caplog.records if r.exc_info]

    # The runner takes the stored click up again once the database is back.
    forget_delivery_marks(rt.services.session_factory, body)
    again = asyncio.run(_run_stored(rt, listener, body, attempts=2))
    assert again == f"{kind}:{t.id}"
    after = rt.services.tickets.get(t.id)
    assert (after.claimed_by, after.state) == (
        (ANALYST, "in_progress") if kind == "claimed" else (ANALYST, "waiting")
    )
    notes = [p for p in rt.client.named("chat_postMessage") if p.get("thread_ts")]
    assert len(notes) == 1
