"""Re-sending what the outbox keeps: a line whose send failed reaches Slack later, once.

A message sent with `Message(keep=True)` has its text on its `outbound_messages` row. When its
first send failed (Slack refused it for now, answered 5xx, or the process died), the row stays
`retry` or `claimed` and nobody but its caller knew the text, so the line was lost. Here any
process takes such rows up again through `Outbox.send_once`, the same exactly-once protocol:
the lease or a dead owner decides who may take the row, a row left `claimed` is looked for in
the channel's history by its key first, and after the outbox's last attempt it is `failed`.
The scheduler's tick and the jobs process's outbox pass both run `resend_kept`.

A row is taken up again with backoff: a lease after its last try, then twice, four, eight
times that (so a Slack that keeps refusing is not asked every pass); after the outbox's last
attempt it is `failed`, which bounds its age (about 15 leases: 75 min at the default 5-min
lease); a held answer's files are attached once it is in Slack, each once, the missing ones by
a later pass (`scheduler.held_files`),
and the person a held answer was promised to is then told, once (`scheduler.given_up`).
A held message that is a ticket's thread (the requester's "it is now ticket #N") names the
ticket and its role on its row (`THREAD_OF`); once posted or found it is linked to the ticket
as a direct post is, so a reply in its thread reaches the ticket. The link is made from the
`sent` row by every pass (`link_held_threads`: sent rows up to a day old not linked yet), so a
process that died between the post and its link, or a row another process sent, is linked too.
`hold` stores a message for a later pass without sending it now (an answer Slack
kept rate limiting through every run of its request, `bot.slack.outbox.hold_post`): as a
`claimed` row, so the first pass looks its key up in Slack's history before sending.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as SQLTimeoutError

from bot.db.session import insert_new
from scheduler.delivery import (
    Delivery,
    Message,
    Outbox,
    SlackPoster,
    claim_columns,
    instance_name,
    owner_gone,
)
from scheduler.given_up import TELL, tell_failures
from scheduler.held_files import FILES, attach_held_files, attach_pending, files_entry
from scheduler.models import CLAIMED, RETRY, SENT, OutboundMessage

log = logging.getLogger(__name__)

BATCH = 20
THREAD_OF = "thread_of"  # in a held row's body: {ticket_id, role} its post is linked as
LINK_WINDOW = timedelta(days=1)  # how far back a pass links sent rows to their ticket
LEASE_TIMEOUTS = 10  # the app outbox's lease, in Web API timeouts (SLACK_TIMEOUT_S)


def kept_unsent(outbox: Outbox, *, limit: int = BATCH) -> list[Message]:
    """The kept messages whose rows are not done (oldest first), as the outbox sends them."""
    now = outbox.clock()
    with outbox.session_factory() as session:
        rows = session.scalars(
            select(OutboundMessage)
            .where(OutboundMessage.body.is_not(None), OutboundMessage.status.in_((CLAIMED, RETRY)))
            .order_by(OutboundMessage.claimed_at)
            .limit(limit)
        ).all()
    messages = []
    for row in rows:
        if not _due(row, outbox.lease, now):
            continue
        try:
            body = json.loads(row.body or "")
            text, blocks = str(body["text"]), list(body.get("blocks") or [])
        except (ValueError, KeyError, TypeError):
            log.error("outbox: the kept message %s is unreadable; not sent", row.key)
            continue
        messages.append(
            Message(
                row.key,
                row.kind,
                row.channel,
                text,
                blocks,
                thread_ts=row.thread_ts,
                schedule_id=row.schedule_id,
                ticket_id=row.ticket_id,
                keep=True,
            )
        )
    return messages


def _due(row: OutboundMessage, lease: timedelta, now: datetime) -> bool:
    """A row's next try: a lease after its first, then twice, four, eight times that (a row
    whose owner died is taken at once, as `Outbox.send_once` does)."""
    wait = lease * 2 ** max(row.attempts - 1, 0)
    return row.claimed_at <= now - wait or owner_gone(row.status, row.claimed_by)


def hold(
    outbox: Outbox,
    message: Message,
    *,
    tell: dict[str, Any] | None = None,
    files: Sequence[tuple[str, bytes, str]] = (),
    thread_of: tuple[int, str] | None = None,
) -> bool:
    """Store `message` (kept) for a later pass without sending it; False when its key has a
    row already (it was sent, or is held). `tell`: whom to tell if it is given up
    (`scheduler.given_up`); `files` (name, content, title): attached once the outbox posts it
    (`scheduler.held_files`); `thread_of` (ticket id, role): the ticket its post is linked to
    (`link_held_threads`)."""
    body: dict[str, Any] = {"text": message.text, "blocks": message.blocks}
    if tell:
        body[TELL] = tell
    if thread_of:
        body[THREAD_OF] = {"ticket_id": thread_of[0], "role": thread_of[1]}
    if files:
        body[FILES] = files_entry(files)
    row = OutboundMessage(
        key=message.key,
        schedule_id=message.schedule_id,
        kind=message.kind,
        channel=message.channel,
        thread_ts=message.thread_ts,
        ticket_id=message.ticket_id,
        status=CLAIMED,
        body=json.dumps(body),
        **claim_columns(outbox.clock(), outbox.instance),
    )
    return bool(insert_new(outbox.session_factory, row))


def link_held_threads(outbox: Outbox, *, limit: int = BATCH) -> int:
    """Link each held row's post now in Slack (`sent`, up to LINK_WINDOW old, not linked yet)
    to the ticket its body names (`THREAD_OF`), as `bot.slack.threads.link_thread` links a
    direct post; how many were linked now."""
    from bot.slack.models import SlackThread
    from bot.slack.threads import remember_thread

    now = outbox.clock()
    linked = exists().where(
        SlackThread.channel == OutboundMessage.posted_channel, SlackThread.ts == OutboundMessage.ts
    )
    with outbox.session_factory() as session:
        rows = session.execute(
            select(OutboundMessage.key, OutboundMessage.posted_channel, OutboundMessage.ts,
                   OutboundMessage.body)
            .where(OutboundMessage.status == SENT, OutboundMessage.sent_at >= now - LINK_WINDOW,
                   OutboundMessage.body.contains(f'"{THREAD_OF}"', autoescape=True),
                   OutboundMessage.ts.is_not(None), OutboundMessage.posted_channel.is_not(None),
                   ~linked)
            .order_by(OutboundMessage.sent_at)
            .limit(limit)
        ).all()  # fmt: skip
    done = 0
    for key, channel, ts, body in rows:
        try:
            link = json.loads(body or "{}")[THREAD_OF]
            ticket_id, role = int(link["ticket_id"]), str(link["role"])
        except (ValueError, KeyError, TypeError):
            log.error("outbox: the ticket of %s is unreadable; not linked", key)
            continue
        if remember_thread(outbox.session_factory, ticket_id, channel, ts, role, now):
            log.info("outbox: %s is now the %s thread of ticket %d", key, role, ticket_id)
            done += 1
    return done


def resend_kept(outbox: Outbox, *, limit: int = BATCH) -> list[Delivery]:
    """Send again the kept messages that are due (a row still in its lease is left `busy`)."""
    deliveries = []
    for message in kept_unsent(outbox, limit=limit):
        try:
            delivery = outbox.send_once(message)
        except Exception:  # one row must not stop the others
            log.exception("outbox: re-sending %s failed", message.key)
            continue
        if delivery.outcome in ("sent", "found"):
            log.info("outbox: %s reached Slack (%s)", message.key, delivery.outcome)
            try:
                attach_held_files(outbox, message, delivery)
            except Exception:  # the post stands; a later pass attaches what is missing
                log.exception("outbox: attaching the files of %s failed", message.key)
        deliveries.append(delivery)
    try:
        link_held_threads(outbox)  # the posts of this pass, and of a process that died after one
    except Exception as exc:  # the posts stand; the next pass links them
        _failed("linking held posts to their tickets", exc)
    try:
        attach_pending(outbox)  # files of answers whose process died after their post
    except Exception as exc:  # the next pass tries again
        _failed("attaching the missing files of held answers", exc)
    from bot.slack.client import webhook_like

    client = getattr(outbox.poster, "client", None)
    webhook = None if client is None else partial(webhook_like, client=client)
    tell_failures(outbox, webhook=webhook)  # a held answer given up: its person is told once
    return deliveries


def _failed(what: str, exc: BaseException) -> None:
    """One line when the database is away (the next pass does it; a traceback a pass while
    PostgreSQL restarts says nothing more), the traceback for anything else."""
    if isinstance(exc, OperationalError | SQLTimeoutError):
        log.warning("outbox: %s waits for the database (%s)", what, type(exc).__name__)
    else:
        log.error("outbox: %s failed", what, exc_info=exc)


def app_outbox(
    settings: Any, services: Any, *, policy: Any = None, clock: Callable[[], datetime] | None = None
) -> Outbox:
    """The outbox of the app's own process (the jobs side), with the scheduler's client."""
    from bot.slack.client import DEFAULT_POLICY, make_sync_client

    client = make_sync_client(settings, policy=policy or DEFAULT_POLICY)
    return Outbox(
        services.session_factory,
        SlackPoster(client),
        clock or services.clock,
        instance=instance_name(),
        # Longer than one send with all its retries: 5 min at the default 30-s timeout.
        lease=timedelta(seconds=LEASE_TIMEOUTS * settings.slack_timeout_s),
    )
