"""One transaction per ticket operation: the base the lifecycle and the service build on.

`TicketStore._apply(ticket_id, actor, decide)` reads the ticket, lets `decide` choose a change
(or refuse by raising, or return None for a repeated click), writes it with a compare-and-set
UPDATE on the state and claimant it read, and records the history event, all in one
transaction. Membership checks (`_member`, rules in `bot.tickets.team`) read the roster table
in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.db.session import write_session
from bot.errors import Forbidden, InvalidTransition, NotFound, UserFacingError
from bot.tickets.models import CLOSED_STATES, TeamConfig, Ticket, TicketEvent
from bot.tickets.team import Team
from bot.tickets.views import STATE_LABELS, TicketView, ticket_view

DEFAULT_SLA_HOURS = 48  # weekday hours: "2 working days"
_MAX_CAS_ATTEMPTS = 5
# Ticket ids fit a 32-bit column; a larger number (typed at the CLI) is no ticket, not a
# driver's OverflowError.
MAX_TICKET_ID = 2**31 - 1


@dataclass(frozen=True)
class Change:
    """What a transition writes: the history kind, the new column values, the event detail."""

    kind: str
    values: dict[str, Any]
    detail: dict[str, Any] | None = None


Decide = Callable[[Session, Ticket, datetime], Change | None]


def as_utc(value: datetime, what: str) -> datetime:
    if value.tzinfo is None:
        raise UserFacingError(f"The {what} needs a time zone.")
    return value.astimezone(UTC)


class TicketStore:
    """The session factory, the clock and the transaction helpers shared by every operation."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        clock: Callable[[], datetime] | None = None,
        tz: str = "UTC",
        sla_hours: int = DEFAULT_SLA_HOURS,
        admins: Iterable[str] = (),
    ) -> None:
        self._sf = session_factory
        self.team = Team.of(admins)  # who may act on tickets: `bot.tickets.team`
        self._clock = clock or (lambda: datetime.now(UTC))
        self._tz = ZoneInfo(tz)
        self._sla_hours = sla_hours

    def _now(self) -> datetime:
        return as_utc(self._clock(), "clock")

    def _write_event(
        self,
        session: Session,
        ticket_id: int,
        kind: str,
        actor_id: str | None,
        at: datetime,
        from_state: str | None,
        to_state: str | None,
        detail: dict[str, Any] | None = None,
    ) -> None:
        session.add(
            TicketEvent(
                ticket_id=ticket_id,
                kind=kind,
                actor_id=actor_id,
                at=at,
                from_state=from_state,
                to_state=to_state,
                detail=detail or None,
            )
        )
        session.flush()

    @staticmethod
    def _load(session: Session, ticket_id: int) -> Ticket:
        if not 0 < ticket_id <= MAX_TICKET_ID:
            raise NotFound(f"Ticket #{ticket_id} does not exist.")
        ticket = session.execute(
            select(Ticket).where(Ticket.id == ticket_id).execution_options(populate_existing=True)
        ).scalar_one_or_none()
        if ticket is None:
            raise NotFound(f"Ticket #{ticket_id} does not exist.")
        return ticket

    def _member(self, session: Session, user_id: str) -> bool:
        return self.team.is_member(session, user_id)

    def _require_member(self, session: Session, user_id: str, action: str) -> None:
        if not self._member(session, user_id):
            raise Forbidden(f"Only members of the data team can {action} tickets.")

    def _is_lead(self, session: Session, user_id: str) -> bool:
        team = session.get(TeamConfig, 1)
        return team is not None and team.lead_id == user_id

    def _apply(
        self,
        ticket_id: int,
        actor_id: str,
        decide: Decide,
    ) -> TicketView:
        """Run one transition: read, decide (may raise), compare-and-set, record the event."""
        now = self._now()
        for _ in range(_MAX_CAS_ATTEMPTS):
            with write_session(self._sf) as session:
                ticket = self._load(session, ticket_id)
                change = decide(session, ticket, now)
                if change is None:  # nothing to do (a repeated click)
                    return ticket_view(ticket)
                seen_state, seen_claim = ticket.state, ticket.claimed_by
                claim_cond = (
                    Ticket.claimed_by.is_(None)
                    if seen_claim is None
                    else Ticket.claimed_by == seen_claim
                )
                result = session.execute(
                    update(Ticket)
                    .where(Ticket.id == ticket_id, Ticket.state == seen_state, claim_cond)
                    .values(updated_at=now, **change.values)
                    .execution_options(synchronize_session=False)
                )
                if result.rowcount != 1:
                    # Somebody changed it between our read and our write: decide again on
                    # the fresh row (a claim race ends here with AlreadyClaimed).
                    session.rollback()
                    continue
                new_state = change.values.get("state", seen_state)
                self._write_event(
                    session,
                    ticket_id,
                    change.kind,
                    actor_id,
                    now,
                    seen_state,
                    new_state,
                    change.detail,
                )
                return replace(ticket_view(ticket), updated_at=now, **change.values)
        raise UserFacingError(f"Ticket #{ticket_id} is changing too fast; try again.")

    @staticmethod
    def _closed_error(ticket: Ticket, action: str) -> InvalidTransition:
        label = STATE_LABELS[ticket.state]
        hint = "; reopen it first" if ticket.state in CLOSED_STATES else ""
        return InvalidTransition(f"Ticket #{ticket.id} is {label}: cannot {action} it{hint}.")
