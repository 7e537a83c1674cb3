"""handlers.tickets without any network: claim, refusal, close modal validation."""

from __future__ import annotations

import asyncio
import json

from slack_helpers import (
    FakeAck,
    block_actions_body,
    form,
    listener_context,
    offline_runtime,
    view_submission_body,
)

from handlers import tickets as h


async def _run(rt, listener, body):  # noqa: ANN001, ANN202
    ack = FakeAck()
    await listener(ack=ack, body=body, context=listener_context(rt))
    await rt.worker.drain(timeout=20)
    return ack


def _ticket(rt):  # noqa: ANN001, ANN202
    t = rt.services.tickets.create_ticket("a churn dashboard", "U0REQ00001", "C0GENERAL1")
    return rt.services.tickets.set_message_ref(t.id, "C0TRIAGE01", "1700000000.000001")


def _claim(ticket_id: int, user: str) -> dict:
    action = {"action_id": "ticket_claim", "type": "button", "value": str(ticket_id)}
    return form(block_actions_body(action, user_id=user, channel_id="C0TRIAGE01"))


def test_claim_updates_message_notes_thread_and_dms_requester(tmp_path) -> None:  # noqa: ANN001
    rt = offline_runtime(tmp_path)
    t = _ticket(rt)
    ack = asyncio.run(
        _run(
            rt,
            h._ticket_action(h._claim, note_kind="claimed", dm_kind="claimed"),
            _claim(t.id, "U0ANALYST1"),
        )
    )
    assert ack.calls == [{}]
    (update,) = rt.client.named("chat_update")
    assert update["ts"] == "1700000000.000001" and "in progress" in update["text"]
    posts = rt.client.named("chat_postMessage")
    assert any(p.get("thread_ts") == "1700000000.000001" and "claimed" in p["text"] for p in posts)
    assert any(p["channel"] == "D0REQ00001" for p in posts)


def test_second_claimer_is_told_who_has_it(tmp_path) -> None:  # noqa: ANN001
    rt = offline_runtime(tmp_path)
    t = _ticket(rt)
    listener = h._ticket_action(h._claim, note_kind="claimed", dm_kind="claimed")
    asyncio.run(_run(rt, listener, _claim(t.id, "U0ANALYST1")))
    asyncio.run(_run(rt, listener, _claim(t.id, "U0ANALYST2")))
    (refusal,) = rt.client.named("chat_postEphemeral")
    assert refusal["user"] == "U0ANALYST2" and refusal["text"] == "Already claimed by <@U0ANALYST1>"
    assert len(rt.client.named("chat_update")) == 1


def test_close_modal_needs_sql_to_promote(tmp_path) -> None:  # noqa: ANN001
    rt = offline_runtime(tmp_path)
    t = _ticket(rt)
    view = {"callback_id": "ticket_close_modal", "private_metadata": json.dumps({"ticket": t.id})}
    values = {
        "resolution": {"value": {"type": "plain_text_input", "value": "done"}},
        "sql": {"value": {"type": "plain_text_input", "value": None}},
        "promote": {"value": {"type": "plain_text_input", "value": "new_query"}},
    }
    ack = asyncio.run(_run(rt, h.on_close_submit, form(view_submission_body(view, values))))
    assert ack.calls[0]["response_action"] == "errors" and "sql" in ack.calls[0]["errors"]
    assert rt.services.tickets.get(t.id).state == "open"
