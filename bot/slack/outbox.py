"""The outbox: tickets stored but never shown in the triage channel are posted again.

A ticket is stored before its triage post; when that post failed (Slack refused it five times,
or the process died between the two), the ticket has no message reference. `repost_unposted`
finds such tickets older than a grace period (so a post still in progress is left alone), looks
for the post by its key (`ticket:<id>:triage`) in the channel first, and posts it only when it
is not there; either way the message reference is stored, so it is done once.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from bot.slack import threads
from bot.slack.posting import HISTORY_MARGIN_S
from bot.slack.rendering.tickets import ticket_message
from bot.tickets.models import OPEN_STATES, Ticket

log = logging.getLogger("datarequest.slack")

GRACE = timedelta(seconds=60)
BATCH = 20


def unposted_ticket_ids(services: Any, *, older_than: datetime, limit: int = BATCH) -> list[int]:
    """Open tickets created before `older_than` that have no triage message yet."""
    with services.session_factory() as session:
        return list(
            session.scalars(
                select(Ticket.id)
                .where(
                    Ticket.message_ts.is_(None),
                    Ticket.state.in_(OPEN_STATES),
                    Ticket.created_at < older_than,
                )
                .order_by(Ticket.id)
                .limit(limit)
            ).all()
        )


def triage_key(ticket_id: int) -> str:
    """The metadata key of a ticket's triage post (the one `handlers.common` uses)."""
    return f"ticket:{ticket_id}:triage"


async def repost_unposted(rt: Any, *, grace: timedelta = GRACE) -> int:
    """Post the triage messages that never reached Slack; the number posted or found."""
    triage = await rt.worker.run(threads.triage_channel, rt.services)
    if not triage:
        return 0
    cutoff = rt.services.now() - grace
    ids = await rt.worker.run(unposted_ticket_ids, rt.services, older_than=cutoff)
    done = 0
    for ticket_id in ids:
        ticket = await rt.worker.run(rt.services.tickets.get, ticket_id)
        if ticket.message_ts:
            continue
        key = triage_key(ticket_id)
        since = ticket.created_at.timestamp() - HISTORY_MARGIN_S
        try:
            posted = await rt.poster.find(triage, key, since)
        except Exception as exc:  # cannot tell whether it is there: try again next round
            log.warning("outbox: history of %s unreadable (%s)", triage, exc)
            continue
        if posted is None:
            msg = ticket_message(ticket, tz=rt.settings.timezone)
            posted = await rt.poster.post(triage, msg, key=key)
        if not posted:  # refused, or MAYBE_POSTED: looked up again next round
            continue
        await rt.worker.run(
            rt.services.tickets.set_message_ref, ticket_id, posted["channel"], posted["ts"]
        )
        await rt.worker.run(
            threads.link_thread, rt.services, ticket_id, posted["channel"], posted["ts"], "triage"
        )
        log.info("outbox: ticket %d is now in the triage channel", ticket_id)
        done += 1
    return done
