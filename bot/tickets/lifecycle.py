"""The ticket lifecycle: every transition of a ticket, each one transaction through `_apply`.

States are in `bot.tickets.models`::

    created ─> open (no roster / nobody available)   or   assigned (owner by rotation)
    open | assigned | reopened ──claim──> in_progress ──mark_waiting──> waiting
    waiting ──claim (by the claimant)──> in_progress
    in_progress | waiting ──release──> open          any open state ──reassign──> assigned
    any open state ──close──> done                   any open state ──cancel──> cancelled
    done | cancelled ──reopen──> reopened

Anything else is refused with `InvalidTransition` (or `AlreadyClaimed`, `Forbidden`,
`NotFound`) and changes nothing. Repeating an action that already holds (claiming your own
claim, reassigning to the current owner, setting the same due date) is a no-op.

Team membership (`bot.tickets.team`): an admin (`ADMINS`) or an active member of the roster
table. With NO roster loaded and no admins (a fresh deployment) anyone may claim, close or
reassign: `_member()` is then true for everyone (promotion still needs a known team).

Concurrency: `claim` is a single conditional UPDATE (compare-and-set on the state and claimant
the caller saw) checked by its row count, so of many simultaneous claims exactly one wins and
the others get `AlreadyClaimed` naming the winner.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.session import write_session
from bot.errors import Forbidden, InvalidTransition, UserFacingError, echoed_person
from bot.tickets.models import (
    ASSIGNED,
    CANCELLED,
    CLOSED_STATES,
    DONE,
    IN_PROGRESS,
    OPEN,
    PRIORITIES,
    REOPENED,
    WAITING,
    Ticket,
    TicketEvent,
)
from bot.tickets.store import Change, TicketStore, as_utc
from bot.tickets.views import (
    STATE_LABELS,
    AlreadyClaimed,
    TicketEventView,
    TicketView,
    event_view,
    ticket_view,
)


class TicketLifecycle(TicketStore):
    """The transitions of one ticket (see the module docstring for the rules)."""

    def claim(self, ticket_id: int, user_id: str) -> TicketView:
        """Take the ticket: the claimant becomes its owner and it moves to in progress.

        Claiming your own claimed ticket again changes nothing; a claim held by someone else
        raises `AlreadyClaimed` with `.by`.
        """

        def decide(session: Session, t: Ticket, now: datetime) -> Change | None:
            self._require_member(session, user_id, "claim")
            if t.claimed_by == user_id and t.state == IN_PROGRESS:
                return None
            if t.state in CLOSED_STATES:
                raise self._closed_error(t, "claim")
            if t.claimed_by is not None and t.claimed_by != user_id:
                raise AlreadyClaimed(t.id, t.claimed_by)
            return Change(
                "claimed" if t.state != WAITING or t.claimed_by is None else "resumed",
                {
                    "state": IN_PROGRESS,
                    "claimed_by": user_id,
                    "owner_id": user_id,
                    "claimed_at": now,
                    "first_claimed_at": t.first_claimed_at or now,
                },
                {"previous_owner": t.owner_id},
            )

        return self._apply(ticket_id, user_id, decide)

    def release(self, ticket_id: int, user_id: str) -> TicketView:
        """Give a claimed ticket back to the queue (unowned, open); claimant or lead only."""

        def decide(session: Session, t: Ticket, now: datetime) -> Change:
            if t.state in CLOSED_STATES:
                raise self._closed_error(t, "release")
            if t.claimed_by is None:
                raise InvalidTransition(f"Ticket #{t.id} is not claimed.")
            if t.claimed_by != user_id and not self._is_lead(session, user_id):
                raise Forbidden(f"Only <@{t.claimed_by}> can release ticket #{t.id}.")
            return Change(
                "released",
                {"state": OPEN, "claimed_by": None, "owner_id": None, "claimed_at": None},
                {"previous_owner": t.claimed_by},
            )

        return self._apply(ticket_id, user_id, decide)

    def reassign(self, ticket_id: int, actor_id: str, new_owner_id: str) -> TicketView:
        """Hand the ticket to another member; it waits for them to claim it."""

        def decide(session: Session, t: Ticket, now: datetime) -> Change | None:
            self._require_member(session, actor_id, "reassign")
            if not new_owner_id:
                raise UserFacingError("Say who should get the ticket.")
            if not self._member(session, new_owner_id):
                raise UserFacingError(
                    f"{echoed_person(new_owner_id)} is not a member of the data team."
                )
            if t.state in CLOSED_STATES:
                raise self._closed_error(t, "reassign")
            if t.owner_id == new_owner_id and t.state == ASSIGNED:
                return None
            return Change(
                "reassigned",
                {
                    "state": ASSIGNED,
                    "owner_id": new_owner_id,
                    "claimed_by": None,
                    "claimed_at": None,
                },
                {"previous_owner": t.owner_id, "owner": new_owner_id},
            )

        return self._apply(ticket_id, actor_id, decide)

    def comment(self, ticket_id: int, actor_id: str, text: str) -> TicketEventView:
        """Add a note to the history (members and the requester; any state)."""
        text = (text or "").strip()
        if not text:
            raise UserFacingError("A comment needs some text.")
        now = self._now()
        with write_session(self._sf) as session:
            t = self._load(session, ticket_id)
            if actor_id != t.requester_id:
                self._require_member(session, actor_id, "comment on")
            self._write_event(
                session, t.id, "commented", actor_id, now, t.state, t.state, {"text": text}
            )
            event = session.scalars(
                select(TicketEvent)
                .where(TicketEvent.ticket_id == t.id)
                .order_by(TicketEvent.id.desc())
                .limit(1)
            ).one()
            return event_view(event)

    def set_due(self, ticket_id: int, actor_id: str, due_at: datetime | None) -> TicketView:
        """Change (or clear, with None) the due date; members and the requester."""
        new_due = as_utc(due_at, "due date") if due_at is not None else None
        return self._set_column(
            ticket_id,
            actor_id,
            "due_at",
            new_due,
            kind="due_changed",
            action="change the due date of",
            requester_may=True,
            shown=lambda due: due.isoformat() if due else None,
        )

    def set_priority(self, ticket_id: int, actor_id: str, priority: str) -> TicketView:
        if priority not in PRIORITIES:
            raise UserFacingError(
                f"Unknown priority {priority!r}: use one of {', '.join(PRIORITIES)}."
            )
        return self._set_column(
            ticket_id,
            actor_id,
            "priority",
            priority,
            kind="priority_changed",
            action="change the priority of",
        )

    def _set_column(
        self,
        ticket_id: int,
        actor_id: str,
        column: str,
        value: Any,
        *,
        kind: str,
        action: str,
        requester_may: bool = False,
        shown: Callable[[Any], Any] = lambda value: value,
    ) -> TicketView:
        """Set one column of an open ticket (no-op when it holds `value`); history: from, to."""

        def decide(session: Session, t: Ticket, now: datetime) -> Change | None:
            if not (requester_may and actor_id == t.requester_id):
                self._require_member(session, actor_id, action)
            if t.state in CLOSED_STATES:
                raise self._closed_error(t, action)
            old = getattr(t, column)
            if old == value:
                return None
            return Change(kind, {column: value}, {"from": shown(old), "to": shown(value)})

        return self._apply(ticket_id, actor_id, decide)

    def mark_waiting(self, ticket_id: int, actor_id: str) -> TicketView:
        """The team needs something from the requester; `claim` by the claimant resumes."""

        def decide(session: Session, t: Ticket, now: datetime) -> Change:
            self._require_member(session, actor_id, "update")
            if t.state == WAITING:
                raise InvalidTransition(f"Ticket #{t.id} is already waiting on the requester.")
            if t.state in CLOSED_STATES:
                raise self._closed_error(t, "put on hold")
            return Change("waiting", {"state": WAITING})

        return self._apply(ticket_id, actor_id, decide)

    def close(
        self, ticket_id: int, actor_id: str, resolution: str, sql: str | None = None
    ) -> TicketView:
        """Mark done with a resolution note (and optionally the SQL that answered it)."""
        resolution = (resolution or "").strip()
        if not resolution:
            raise UserFacingError("Closing a ticket needs a resolution note.")
        sql = sql.strip() if sql and sql.strip() else None

        def decide(session: Session, t: Ticket, now: datetime) -> Change:
            self._require_member(session, actor_id, "close")
            if t.state in CLOSED_STATES:
                raise InvalidTransition(f"Ticket #{t.id} is already {STATE_LABELS[t.state]}.")
            return Change(
                "closed",
                {
                    "state": DONE,
                    "closed_at": now,
                    "resolution": resolution,
                    "resolution_sql": sql,
                    "owner_id": actor_id if t.owner_id is None else t.owner_id,
                },
                {"resolution": resolution, "has_sql": bool(sql)},
            )

        return self._apply(ticket_id, actor_id, decide)

    def cancel(self, ticket_id: int, actor_id: str) -> TicketView:
        """Withdraw the request: its requester, or a team member."""

        def decide(session: Session, t: Ticket, now: datetime) -> Change:
            if actor_id != t.requester_id and not self._member(session, actor_id):
                raise Forbidden(f"Only <@{t.requester_id}> or the data team can cancel it.")
            if t.state in CLOSED_STATES:
                raise InvalidTransition(f"Ticket #{t.id} is already {STATE_LABELS[t.state]}.")
            return Change("cancelled", {"state": CANCELLED, "closed_at": now})

        return self._apply(ticket_id, actor_id, decide)

    def reopen(self, ticket_id: int, actor_id: str, reason: str = "") -> TicketView:
        """Bring back a done or cancelled ticket; it keeps its owner, nobody holds the claim."""

        def decide(session: Session, t: Ticket, now: datetime) -> Change:
            if actor_id != t.requester_id:
                self._require_member(session, actor_id, "reopen")
            if t.state not in CLOSED_STATES:
                raise InvalidTransition(
                    f"Ticket #{t.id} is {STATE_LABELS[t.state]}: only done or cancelled "
                    "tickets can be reopened."
                )
            return Change(
                "reopened",
                {
                    "state": REOPENED,
                    "closed_at": None,
                    "claimed_by": None,
                    "claimed_at": None,
                    "resolution": None,
                    "resolution_sql": None,
                },
                {"reason": reason.strip()} if reason and reason.strip() else None,
            )

        return self._apply(ticket_id, actor_id, decide)

    def set_message_ref(
        self, ticket_id: int, channel_id: str, ts: str, permalink: str | None = None
    ) -> TicketView:
        """Remember the Slack message that shows the ticket (no history event)."""
        with write_session(self._sf) as session:
            t = self._load(session, ticket_id)
            t.message_channel = channel_id
            t.message_ts = ts
            if permalink is not None:
                t.permalink = permalink
            session.flush()
            return ticket_view(t)
