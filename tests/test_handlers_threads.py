"""handlers.threads without any network: replies in a ticket's thread become comments."""

from __future__ import annotations

import asyncio
import itertools

from slack_helpers import listener_context, offline_runtime

from bot.slack import deliveries, threads
from handlers import threads as h

_ts = itertools.count(1)


def _reply(rt, user: str, text: str, thread_ts: str = "1700000000.000001") -> dict:  # noqa: ANN001
    event = {
        "type": "message",
        "user": user,
        "channel": "C0TRIAGE01",
        "text": text,
        "ts": f"1700000099.{next(_ts):06d}",  # each reply its own message
        "thread_ts": thread_ts,
    }

    async def go() -> dict:
        ctx = listener_context(rt)
        await h.on_message(event=event, body={"event_id": f"Ev{text}"}, context=ctx)
        await rt.worker.drain(timeout=20)
        return ctx

    return asyncio.run(go())


def test_requester_reply_comments_and_reopens_a_done_ticket(tmp_path) -> None:  # noqa: ANN001
    rt = offline_runtime(tmp_path)
    t = rt.services.tickets.create_ticket("a churn dashboard", "U0REQ00001", "C0GENERAL1")
    rt.services.tickets.set_message_ref(t.id, "C0TRIAGE01", "1700000000.000001")
    threads.link_thread(rt.services, t.id, "C0TRIAGE01", "1700000000.000001", "triage")
    rt.services.tickets.close(t.id, "U0ANALYST1", "built it")
    _reply(rt, "U0REQ00001", "thank you!")
    assert rt.services.tickets.get(t.id).state == "done"
    _reply(rt, "U0REQ00001", "it misses EMEA though")
    assert rt.services.tickets.get(t.id).state == "reopened"
    assert [e.kind for e in rt.services.tickets.events(t.id)].count("commented") == 2
    assert rt.client.named("chat_update")


def test_messages_outside_ticket_threads_are_ignored(tmp_path) -> None:  # noqa: ANN001
    rt = offline_runtime(tmp_path)
    ctx = _reply(rt, "U0REQ00001", "hello", thread_ts="1700000000.999999")
    assert ctx["request_log"].decision in ("not_a_ticket", "")
    assert rt.client.calls == []


def test_delivery_keys_are_remembered_then_forgotten_after_two_days(tmp_path) -> None:  # noqa: ANN001
    from datetime import UTC, datetime, timedelta

    rt = offline_runtime(tmp_path)
    s = rt.services
    assert deliveries.first_delivery(s, "cmd:1", "command") is True
    assert deliveries.first_delivery(s, "cmd:1", "command") is False  # a retry
    s.clock = lambda: datetime(2026, 11, 25, 12, tzinfo=UTC)
    deliveries.forget_old_deliveries(s, s.now() - timedelta(hours=1))
    assert deliveries.first_delivery(s, "cmd:1", "command") is True
