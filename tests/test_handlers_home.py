"""handlers.home without any network: App Home lists my tickets and the queue's numbers."""

from __future__ import annotations

import asyncio
import json

from slack_helpers import listener_context, offline_runtime

from handlers import home as h


def test_home_opened_publishes_my_tickets_and_numbers(tmp_path) -> None:  # noqa: ANN001
    rt = offline_runtime(tmp_path)
    t = rt.services.tickets.create_ticket("a churn dashboard", "U0REQ00001", "C0GENERAL1")
    rt.services.tickets.claim(t.id, "U0ANALYST1")

    async def go() -> None:
        event = {"type": "app_home_opened", "user": "U0ANALYST1", "tab": "home"}
        await h.on_home_opened(event=event, context=listener_context(rt))
        await rt.worker.drain(timeout=20)

    asyncio.run(go())
    (published,) = rt.client.named("views_publish")
    view = published["view"]
    assert published["user_id"] == "U0ANALYST1" and view["type"] == "home"
    text = json.dumps(view)
    assert "a churn dashboard" in text and "Unclaimed" in text and len(view["blocks"]) <= 100


def test_messages_tab_is_ignored(tmp_path) -> None:  # noqa: ANN001
    rt = offline_runtime(tmp_path)
    ctx = listener_context(rt)
    asyncio.run(h.on_home_opened(event={"user": "U0X", "tab": "messages"}, context=ctx))
    assert ctx["request_log"].decision == "ignored" and rt.client.calls == []
