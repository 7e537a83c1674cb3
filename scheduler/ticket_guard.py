"""A ticket's message claimed only while the ticket is still as the job saw it.

A deadline reminder is decided from a list of tickets read at the start of the run. A close
(or a claim, a new deadline) that commits between that read and the message's claim used to
be missed: the reminder went out for a ticket closed a moment before. `still_as_listed`
makes a guard that `insert_if` runs inside the claim's own write transaction, with the
ticket's row locked (`FOR UPDATE` on PostgreSQL; SQLite's BEGIN IMMEDIATE serializes every
writer), so the close and the claim are ordered: either the close came first and nothing is
claimed, or the claim did and the close waits for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.session import write_session
from bot.tickets.models import Ticket
from bot.tickets.views import ticket_view

Guard = Callable[[Session], bool]
COMPARED = ("state", "owner_id", "claimed_by", "due_at")


def still_as_listed(listed: Any) -> Guard:
    """True, in the session's transaction, while ticket `listed.id` is as `listed` showed it
    (same state, owner, claim and deadline); its row stays locked until the commit."""

    def guard(session: Session) -> bool:
        row = session.scalars(
            select(Ticket).where(Ticket.id == listed.id).with_for_update()
        ).one_or_none()
        if row is None:
            return False
        now = ticket_view(row)
        return all(getattr(now, f) == getattr(listed, f) for f in COMPARED)

    return guard


def insert_if(session_factory: sessionmaker[Session], row: Any, guard: Guard) -> bool | None:
    """INSERT `row` in one write transaction with `guard`: True when inserted, False when its
    unique key is there already, None when the guard said no (nothing written)."""
    try:
        with write_session(session_factory) as session:
            if not guard(session):
                return None
            session.add(row)
    except IntegrityError:
        return False
    return True
