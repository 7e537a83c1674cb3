"""Posts about a ticket: its triage message and the requester's news when it is made, and the
triage message updated in place (with a note in its thread) when it changes."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk.errors import SlackApiError

from bot.slack import threads
from bot.slack.outbox import held_line
from bot.slack.rendering import tickets as rt_render
from handlers.common import dm, ephemeral, post, post_or_hold
from handlers.held_answer import with_line

log = logging.getLogger("datarequest.slack")


async def publish_ticket(
    rt: Any,
    ticket: Any,
    *,
    channel: str | None,
    user: str,
    thread: tuple[str, str] | None = None,
    response_url: str | None = None,
) -> str:
    """Post a new ticket to triage and tell the requester (thread linked to the ticket); when
    neither the channel nor a DM takes the news, the command's response_url shows it."""
    tz = rt.settings.timezone
    triage = await rt.worker.run(threads.triage_channel, rt.services)
    if triage and not ticket.message_ts:
        posted = await post(
            rt, triage, rt_render.ticket_message(ticket, tz=tz), key=f"ticket:{ticket.id}:triage"
        )
        if posted:  # MAYBE_POSTED leaves no message_ts: the outbox looks it up later
            permalink = None
            try:
                link = await rt.client.chat_getPermalink(
                    channel=posted["channel"], message_ts=posted["ts"]
                )
                permalink = link.get("permalink")
            except SlackApiError:
                pass
            current = await rt.worker.run(
                rt.services.tickets.set_message_ref,
                ticket.id,
                posted["channel"],
                posted["ts"],
                permalink,
            )
            if (current.state, current.owner_id) != (ticket.state, ticket.owner_id):
                # Someone clicked before the message reference was stored: catch up.
                await refresh_ticket(rt, current, None)
            await rt.worker.run(
                threads.link_thread,
                rt.services,
                ticket.id,
                posted["channel"],
                posted["ts"],
                "triage",
            )
    reply = rt_render.requester_message(ticket, tz=tz)
    # No later run posts this news (the request is ticketed): one Slack still rate limits, or
    # may have lost, is held by the outbox and posted once later, and the person is told now.
    told = None
    held = ("D", None)  # where a held copy will appear: the DM unless the channel held it
    link = (ticket.id, "requester")  # post_or_hold links the post (a held copy once posted)
    if thread is not None:
        told, held = await post_or_hold(rt, thread[0], reply, thread_ts=thread[1]), thread
    elif rt.settings.reply_visibility == "channel" and channel:
        told = await post_or_hold(rt, channel, reply, thread_of=link)
        held = (channel, None)
    if told is None:
        told, held = await dm(rt, user, reply, hold=True, thread_of=link), ("D", None)
    if not told and response_url:
        if told is not None:  # held: the news now, and where it will appear
            reply = with_line(reply, held_line(held[0], held[1], "This news"))
        await ephemeral(rt, None, user, reply, response_url)
    # The answer's thread is in Slack already: linked whether the news in it was posted or held
    # (a message of its own is linked by post_or_hold, `thread_of`). A thread an older ticket
    # had (a ticket made from an answer in it) now feeds this one: the requester's next words
    # there are about the ticket they just made, not the one whose answer they turned down.
    if thread is not None and told is not None:
        await rt.worker.run(threads.take_thread, rt.services, ticket.id, *thread, "requester")
    return f"ticket:{ticket.id}"


async def refresh_ticket(
    rt: Any, ticket: Any, note: str | None, *, key: str | None = None, by: str | None = None
) -> None:
    """Update the ticket's triage message in place and note the change in its thread (the
    note posted under `key` when given; `by` told if it is given up, `post_or_hold`)."""
    if not ticket.message_channel or not ticket.message_ts:
        return
    msg = rt_render.ticket_message(ticket, tz=rt.settings.timezone)
    try:
        await rt.client.chat_update(channel=ticket.message_channel, ts=ticket.message_ts, **msg)
    except SlackApiError as exc:
        log.warning("chat.update of ticket %s failed: %s", ticket.id, exc.response.get("error"))
    if note:
        await post_or_hold(
            rt,
            ticket.message_channel,
            {"text": note},
            thread_ts=ticket.message_ts,
            key=key,
            ticket=ticket,
            by=by,
        )
