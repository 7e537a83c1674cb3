"""Which Slack messages belong to which ticket, and what a reply in a ticket's thread does.

A ticket has a triage post (role "triage") and the message the requester saw (role
"requester"); both are remembered in `slack_threads` so a reply in either thread lands on the
ticket, and a confirmed answer goes back to the requester's thread.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from bot.db.session import insert_new, write_session
from bot.slack.models import SlackThread
from bot.tickets.models import TeamConfig

if TYPE_CHECKING:
    from bot.services import Services

THANKS = re.compile(
    r"^\W*(thanks?( you)?|thx|ty|cheers|thank you( so much| very much)?|great|perfect|awesome|"
    r"ok(ay)?|got it|👍|🙏)[\s!.,:)🙏👍]*(\w+[\s!.]*)?$",
    re.IGNORECASE,
)


def triage_channel(services: Services) -> str | None:
    """Where new tickets are posted: TRIAGE_CHANNEL, else the roster file's triage_channel."""
    if services.settings.triage_channel:
        return services.settings.triage_channel
    with services.session_factory() as session:
        return session.scalar(select(TeamConfig.triage_channel).where(TeamConfig.id == 1))


def link_thread(services: Services, ticket_id: int, channel: str, ts: str, role: str) -> None:
    """Remember that the message (channel, ts) belongs to `ticket_id` in `role`."""
    remember_thread(services.session_factory, ticket_id, channel, ts, role, services.now())


def remember_thread(
    session_factory: Any, ticket_id: int, channel: str, ts: str, role: str, at: Any
) -> bool:
    """`link_thread` for a caller with a session factory and a time of its own (the outbox);
    True when remembered now (False: it was already)."""
    row = SlackThread(ticket_id=ticket_id, channel=channel, ts=ts, role=role, created_at=at)
    return bool(insert_new(session_factory, row))


def take_thread(services: Services, ticket_id: int, channel: str, ts: str, role: str) -> None:
    """`link_thread`, and when another ticket's requester or DM thread is (channel, ts), that
    thread moves to `ticket_id` (a ticket's own triage post stays its own)."""
    if remember_thread(services.session_factory, ticket_id, channel, ts, role, services.now()):
        return
    with write_session(services.session_factory) as session:
        session.execute(
            update(SlackThread)
            .where(
                SlackThread.channel == channel,
                SlackThread.ts == ts,
                SlackThread.role != "triage",
                SlackThread.ticket_id != ticket_id,
            )
            .values(ticket_id=ticket_id, role=role)
        )


def thread_of(services: Services, ticket_id: int, role: str) -> tuple[str, str] | None:
    """The (channel, ts) of the ticket's first message in `role`, if one was posted."""
    with services.session_factory() as session:
        row = session.scalars(
            select(SlackThread)
            .where(SlackThread.ticket_id == ticket_id, SlackThread.role == role)
            .order_by(SlackThread.id)
            .limit(1)
        ).first()
        return (row.channel, row.ts) if row is not None else None


def ticket_of_thread(services: Services, channel: str, ts: str) -> int | None:
    """The ticket whose message is (channel, ts), if any."""
    with services.session_factory() as session:
        return session.scalar(
            select(SlackThread.ticket_id).where(
                SlackThread.channel == channel, SlackThread.ts == ts
            )
        )


def reply_in_thread(services: Services, ticket_id: int, user: str, text: str) -> tuple[Any, str]:
    """A reply in a ticket's thread: a comment; the requester's reopens a closed ticket.

    Returns (ticket, what happened: "commented", "reopened" or "ignored").
    """
    ticket = services.tickets.get(ticket_id)
    is_requester = user == ticket.requester_id
    if not is_requester and not services.tickets.is_member(user):
        return ticket, "ignored"
    services.tickets.comment(ticket_id, user, text)
    if is_requester and not ticket.is_open and ticket.state == "done" and not THANKS.match(text):
        return services.tickets.reopen(ticket_id, user, reason=text[:500]), "reopened"
    return services.tickets.get(ticket_id), "commented"
