"""Replies in a ticket's thread: a comment on the ticket; the requester's reopens a closed one.

A message to the bot in its DM (not in a thread) is answered once with where to ask: the bot
reads requests from /datarequest, and a DM left unanswered looks lost.
A reply that is only a thanks does not reopen. A reply also sent to the channel
(`thread_broadcast`) or with a file attached (`file_share`, or `files` with no subtype) is a
reply like any other; the files are named in the comment, and a reply that is only a file is a
comment too (it was dropped as a reply with no words). A reply in a DM thread no ticket owns
gets the same pointer in that thread (it went nowhere). Messages that are not thread replies,
edits, deletions and other bots' messages are acknowledged and ignored.
"""

from __future__ import annotations

from typing import Any

from bot.slack import deliveries, payloads, threads
from bot.slack.intake import message_identity
from bot.slack.rendering import tickets as tr
from bot.slack.rendering.blocks import clip, escape
from handlers.common import post
from handlers.ticket_posts import refresh_ticket

# Subtypes of a message a person wrote in a thread; every other subtype (edits, deletions, joins,
# bot messages...) is not a new reply.
REPLY_SUBTYPES = frozenset({"thread_broadcast", "file_share"})
DM_POINTER = (
    "I answer requests made with /datarequest, for example "
    "`/datarequest revenue by region last month`; `/datarequest help` lists what you can ask."
)


def _delivery_key(body: dict[str, Any], event: dict[str, Any]) -> str:
    # The message's own identity, not the event_id: the same message delivered under two
    # event_ids is one reply (bot.slack.intake.message_identity).
    identity = message_identity({"event": event})
    return f"event:{identity or payloads.text(body, 'event_id') or payloads.text(event, 'ts')}"


def _files_line(event: dict[str, Any]) -> str:
    """The files a message carries, named for the ticket's comment ("" when none)."""
    files = event.get("files")
    names = [
        payloads.text(f, "name") or payloads.text(f, "title") or "a file"
        for f in (files if isinstance(files, list) else [])
        if isinstance(f, dict)
    ]
    return f"[attached: {', '.join(names[:10])}{' …' if len(names) > 10 else ''}]" if names else ""


async def _point_to_the_command(
    rt: Any, body: dict[str, Any], event: dict[str, Any], thread_ts: str | None = None
) -> str:
    key = _delivery_key(body, event)
    if not await rt.worker.run(deliveries.first_delivery, rt.services, key, "message"):
        return "duplicate"
    await post(rt, payloads.text(event, "channel"), {"text": DM_POINTER}, thread_ts=thread_ts)
    return "dm:pointed"


async def on_message(event: dict[str, Any], body: dict[str, Any], context: dict[str, Any]) -> None:
    rt, entry = context["rt"], context["request_log"]
    thread_ts, user = payloads.text(event, "thread_ts"), payloads.text(event, "user")
    if (
        not user
        or (event.get("subtype") and payloads.text(event, "subtype") not in REPLY_SUBTYPES)
        or event.get("bot_id")
        or user == rt.bot_user_id
    ):
        entry.decision = "ignored"
        return
    if not thread_ts or thread_ts == event.get("ts"):
        if payloads.text(event, "channel_type") == "im" and payloads.text(event, "channel"):
            rt.job(entry, lambda: _point_to_the_command(rt, body, event))
        else:
            entry.decision = "ignored"
        return
    channel, text = payloads.text(event, "channel"), payloads.text(event, "text").strip()
    text = "\n".join(part for part in (text, _files_line(event)) if part)
    in_dm = payloads.text(event, "channel_type") == "im"

    async def job() -> str:
        ticket_id = await rt.worker.run(threads.ticket_of_thread, rt.services, channel, thread_ts)
        if ticket_id is None and in_dm and text:
            return await _point_to_the_command(rt, body, event, thread_ts)
        if ticket_id is None or not text:
            return "not_a_ticket"
        key = _delivery_key(body, event)
        if not await rt.worker.run(deliveries.first_delivery, rt.services, key, "message"):
            return "duplicate"
        ticket, what = await rt.worker.run(
            threads.reply_in_thread, rt.services, ticket_id, user, text
        )
        if what == "reopened":
            await refresh_ticket(rt, ticket, tr.change_note("reopened", user, ticket), by=user)
        elif (
            what == "commented"
            and ticket.message_channel
            and (channel, thread_ts) != (ticket.message_channel, ticket.message_ts)
        ):
            # A comment made in the requester's thread is echoed to the triage thread.
            note = f"<@{user}> commented: {escape(clip(text, 2500))}"
            await refresh_ticket(rt, ticket, note, by=user)
        return f"{what}:{ticket_id}"

    rt.job(entry, job)


def register(app: Any) -> None:
    app.event("message")(on_message)
