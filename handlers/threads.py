"""Replies in a ticket's thread: a comment on the ticket; the requester's reopens a closed one.

A reply that is only a thanks does not reopen. Messages that are not thread replies, edits and
other bots' messages are acknowledged and ignored.
"""

from __future__ import annotations

from typing import Any

from bot.slack import deliveries, payloads, threads
from bot.slack.rendering import tickets as tr
from bot.slack.rendering.blocks import clip, escape
from handlers.common import refresh_ticket


async def on_message(event: dict[str, Any], body: dict[str, Any], context: dict[str, Any]) -> None:
    rt, entry = context["rt"], context["request_log"]
    thread_ts, user = payloads.text(event, "thread_ts"), payloads.text(event, "user")
    if (
        not thread_ts
        or thread_ts == event.get("ts")
        or not user
        or event.get("subtype")
        or event.get("bot_id")
        or user == rt.bot_user_id
    ):
        entry.decision = "ignored"
        return
    channel, text = payloads.text(event, "channel"), payloads.text(event, "text").strip()

    async def job() -> str:
        ticket_id = await rt.worker.run(threads.ticket_of_thread, rt.services, channel, thread_ts)
        if ticket_id is None or not text:
            return "not_a_ticket"
        key = f"event:{body.get('event_id') or event.get('ts')}"
        if not await rt.worker.run(deliveries.first_delivery, rt.services, key, "message"):
            return "duplicate"
        ticket, what = await rt.worker.run(
            threads.reply_in_thread, rt.services, ticket_id, user, text
        )
        if what == "reopened":
            await refresh_ticket(rt, ticket, tr.change_note("reopened", user, ticket))
        elif (
            what == "commented"
            and ticket.message_channel
            and (channel, thread_ts) != (ticket.message_channel, ticket.message_ts)
        ):
            # A comment made in the requester's thread is echoed to the triage thread.
            await refresh_ticket(rt, ticket, f"<@{user}> commented: {escape(clip(text, 2500))}")
        return f"{what}:{ticket_id}"

    rt.job(entry, job)


def register(app: Any) -> None:
    app.event("message")(on_message)
