"""The ticket queue: what becomes of a request that no query answers.

Plain Python over a SQLAlchemy session factory; no Slack imports. The Slack app, the scheduler
and the CLI call `TicketService` and get frozen dataclasses (`TicketView`, `TicketEventView`,
`QueueStats`) back. Every operation is one transaction: a crash part-way leaves nothing written.

Lifecycle (states in `bot.tickets.models`)::

    created ─> open (no roster / nobody available)   or   assigned (owner by rotation)
    open | assigned | reopened ──claim──> in_progress ──mark_waiting──> waiting
    waiting ──claim (by the claimant)──> in_progress
    in_progress | waiting ──release──> open          any open state ──reassign──> assigned
    any open state ──close──> done                   any open state ──cancel──> cancelled
    done | cancelled ──reopen──> reopened

Anything else is refused with `InvalidTransition` (or `AlreadyClaimed`, `Forbidden`,
`NotFound`) and changes nothing. Repeating an action that already holds (claiming your own
claim, reassigning to the current owner, setting the same due date) is a no-op.

Team membership: a user is a member when they are an active member of the roster table. With
NO roster loaded (a fresh deployment) new tickets stay unassigned until someone claims them, and
anyone may claim, close or reassign: `is_member()` is then true for everyone.

Concurrency: `claim` is a single conditional UPDATE (compare-and-set on the state and claimant
the caller saw) checked by its row count, so of many simultaneous claims exactly one wins and
the others get `AlreadyClaimed` naming the winner. Rotation state lives in a locked row (see
`bot.tickets.rotation`), so it is fair across restarts and concurrent creation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.session import write_session
from bot.errors import Forbidden, InvalidTransition, NotFound, UserFacingError
from bot.tickets.models import (
    ASSIGNED,
    CANCELLED,
    CLOSED_STATES,
    DONE,
    IN_PROGRESS,
    OPEN,
    OPEN_STATES,
    PRIORITIES,
    REOPENED,
    WAITING,
    RequestLog,
    RosterMember,
    TeamConfig,
    Ticket,
    TicketEvent,
)
from bot.tickets.stats import QueueStats, compute_stats

log = logging.getLogger(__name__)

DEFAULT_SLA_HOURS = 48  # weekday hours: "2 working days"
SOURCES = ("unmatched", "rejected", "manual", "error", "ambiguous")
CLAIMABLE_STATES = (OPEN, ASSIGNED, REOPENED, WAITING)
STATE_LABELS = {
    OPEN: "open",
    ASSIGNED: "assigned",
    IN_PROGRESS: "in progress",
    WAITING: "waiting on the requester",
    DONE: "done",
    CANCELLED: "cancelled",
    REOPENED: "reopened",
}
_MAX_CAS_ATTEMPTS = 5

__all__ = [
    "AlreadyClaimed",
    "QueueStats",
    "TicketEventView",
    "TicketService",
    "TicketView",
    "add_weekday_hours",
]


class AlreadyClaimed(InvalidTransition):
    """Someone else holds the claim; `.by` is their Slack user id."""

    def __init__(self, ticket_id: int, by: str) -> None:
        super().__init__(f"Already claimed by <@{by}>")
        self.ticket_id = ticket_id
        self.by = by


@dataclass(frozen=True)
class TicketView:
    id: int
    text: str
    state: str
    requester_id: str
    channel_id: str | None
    owner_id: str | None
    claimed_by: str | None
    priority: str
    due_at: datetime | None
    created_at: datetime
    claimed_at: datetime | None
    closed_at: datetime | None
    resolution: str | None
    resolution_sql: str | None
    best_query: str | None
    best_score: float | None
    best_params: dict[str, Any] | None
    message_channel: str | None
    message_ts: str | None
    permalink: str | None
    source: str
    subteam: str | None = None
    first_claimed_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)

    def is_overdue(self, now: datetime) -> bool:
        return self.is_open and self.due_at is not None and self.due_at < now


@dataclass(frozen=True)
class TicketEventView:
    id: int
    ticket_id: int
    kind: str  # created assigned claimed released reassigned commented due_changed waiting
    #            closed cancelled reopened
    actor_id: str | None  # None for the bot itself (rotation)
    at: datetime
    from_state: str | None
    to_state: str | None
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class _Change:
    kind: str
    values: dict[str, Any]
    detail: dict[str, Any] | None = None


def add_weekday_hours(start: datetime, hours: int, tz: ZoneInfo) -> datetime:
    """`start` plus `hours` counted on Monday-Friday only (local time in `tz`), in UTC."""
    t = start.astimezone(tz)
    remaining = hours
    while remaining > 0:
        if t.weekday() < 5:
            remaining -= 1
        t = (t + timedelta(hours=1)).astimezone(tz)
    return t.astimezone(UTC)


def _view(t: Ticket) -> TicketView:
    return TicketView(
        id=t.id,
        text=t.text,
        state=t.state,
        requester_id=t.requester_id,
        channel_id=t.channel_id,
        owner_id=t.owner_id,
        claimed_by=t.claimed_by,
        priority=t.priority,
        due_at=t.due_at,
        created_at=t.created_at,
        claimed_at=t.claimed_at,
        closed_at=t.closed_at,
        resolution=t.resolution,
        resolution_sql=t.resolution_sql,
        best_query=t.best_query,
        best_score=t.best_score,
        best_params=dict(t.best_params) if t.best_params is not None else None,
        message_channel=t.message_channel,
        message_ts=t.message_ts,
        permalink=t.permalink,
        source=t.source,
        subteam=t.subteam,
        first_claimed_at=t.first_claimed_at,
        updated_at=t.updated_at,
    )


def _event_view(e: TicketEvent) -> TicketEventView:
    return TicketEventView(
        id=e.id,
        ticket_id=e.ticket_id,
        kind=e.kind,
        actor_id=e.actor_id,
        at=e.at,
        from_state=e.from_state,
        to_state=e.to_state,
        detail=dict(e.detail or {}),
    )


def _utc(value: datetime, what: str) -> datetime:
    if value.tzinfo is None:
        raise UserFacingError(f"The {what} needs a time zone.")
    return value.astimezone(UTC)


class TicketService:
    """The ticket queue over one database (see the module docstring for the rules)."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        clock: Callable[[], datetime] | None = None,
        tz: str = "UTC",
        sla_hours: int = DEFAULT_SLA_HOURS,
    ) -> None:
        self._sf = session_factory
        self._clock = clock or (lambda: datetime.now(UTC))
        self._tz = ZoneInfo(tz)
        self._sla_hours = sla_hours

    # ------------------------------------------------------------------ helpers

    def _now(self) -> datetime:
        return _utc(self._clock(), "clock")

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
        ticket = session.execute(
            select(Ticket).where(Ticket.id == ticket_id).execution_options(populate_existing=True)
        ).scalar_one_or_none()
        if ticket is None:
            raise NotFound(f"Ticket #{ticket_id} does not exist.")
        return ticket

    @staticmethod
    def _member(session: Session, user_id: str) -> bool:
        anyone = select(func.count()).select_from(RosterMember).scalar_subquery()
        this_one = (
            select(func.count())
            .select_from(RosterMember)
            .where(RosterMember.user_id == user_id, RosterMember.active.is_(True))
            .scalar_subquery()
        )
        roster_size, matches = session.execute(select(anyone, this_one)).one()
        return roster_size == 0 or matches > 0

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
        decide: Callable[[Session, Ticket, datetime], _Change | None],
    ) -> TicketView:
        """Run one transition: read, decide (may raise), compare-and-set, record the event."""
        now = self._now()
        for _ in range(_MAX_CAS_ATTEMPTS):
            with write_session(self._sf) as session:
                ticket = self._load(session, ticket_id)
                change = decide(session, ticket, now)
                if change is None:  # nothing to do (a repeated click)
                    return _view(ticket)
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
                return replace(_view(ticket), updated_at=now, **change.values)
        raise UserFacingError(f"Ticket #{ticket_id} is changing too fast; try again.")

    @staticmethod
    def _closed_error(ticket: Ticket, action: str) -> InvalidTransition:
        label = STATE_LABELS[ticket.state]
        hint = "; reopen it first" if ticket.state in CLOSED_STATES else ""
        return InvalidTransition(f"Ticket #{ticket.id} is {label}: cannot {action} it{hint}.")

    # ------------------------------------------------------------------ create

    def create_ticket(
        self,
        text: str,
        requester_id: str,
        channel_id: str | None,
        *,
        best_query: str | None = None,
        best_score: float | None = None,
        best_params: dict[str, Any] | None = None,
        source: str = "unmatched",
        due_at: datetime | None = None,
        priority: str | None = None,
        idempotency_key: str | None = None,
    ) -> TicketView:
        """Open a ticket and give it an owner by rotation.

        Due date and priority come from the text ("by Friday", "EOD tomorrow", "ASAP") when not
        given; with no date in the text the ticket is due after the SLA (weekday hours). A
        second call with the same `idempotency_key` returns the first ticket unchanged.
        """
        text = (text or "").strip()
        if not text:
            raise UserFacingError("A ticket needs the text of the request.")
        if not requester_id:
            raise UserFacingError("A ticket needs a requester.")
        if priority is not None and priority not in PRIORITIES:
            raise UserFacingError(
                f"Unknown priority {priority!r}: use one of {', '.join(PRIORITIES)}."
            )
        if source not in SOURCES:
            raise UserFacingError(f"Unknown ticket source {source!r}.")
        now = self._now()
        if due_at is not None:
            due_at = _utc(due_at, "due date")
        if due_at is None or priority is None:
            found_due, found_priority = self._due_from_text(text, now)
            due_at = due_at or found_due
            priority = priority or found_priority
        due_at = due_at or add_weekday_hours(now, self._sla_hours, self._tz)
        priority = priority or "normal"

        if idempotency_key:
            existing = self._by_key(idempotency_key)
            if existing is not None:
                return existing
        try:
            with write_session(self._sf) as session:
                return self._create(
                    session,
                    now=now,
                    text=text,
                    requester_id=requester_id,
                    channel_id=channel_id,
                    best_query=best_query,
                    best_score=best_score,
                    best_params=best_params,
                    source=source,
                    due_at=due_at,
                    priority=priority,
                    idempotency_key=idempotency_key or None,
                )
        except IntegrityError:
            # Two creations raced with the same key (PostgreSQL); the first one won.
            if idempotency_key:
                existing = self._by_key(idempotency_key)
                if existing is not None:
                    return existing
            raise

    def _by_key(self, key: str) -> TicketView | None:
        with self._sf() as session:
            ticket = session.scalar(select(Ticket).where(Ticket.idempotency_key == key))
            return _view(ticket) if ticket is not None else None

    def _due_from_text(self, text: str, now: datetime) -> tuple[datetime | None, str | None]:
        from bot.language.duedates import find_due

        due = find_due(text, now, self._tz.key)
        if due is None:
            return None, None
        priority = due.priority if due.priority in PRIORITIES else None
        due_at = due.due_at.astimezone(UTC) if due.due_at is not None else None
        return due_at, priority

    def _create(self, session: Session, *, now: datetime, **fields: Any) -> TicketView:
        from bot.tickets.rotation import assign_owner

        today = now.astimezone(self._tz).date()
        assignment = assign_owner(
            session, text=fields["text"], channel_id=fields["channel_id"], today=today, now=now
        )
        ticket = Ticket(
            **fields,
            state=ASSIGNED if assignment.owner_id else OPEN,
            owner_id=assignment.owner_id,
            subteam=assignment.subteam,
            created_at=now,
            updated_at=now,
        )
        session.add(ticket)
        session.flush()
        self._write_event(
            session,
            ticket.id,
            "created",
            fields["requester_id"],
            now,
            None,
            OPEN,
            {"source": fields["source"], "priority": fields["priority"]},
        )
        if assignment.owner_id:
            self._write_event(
                session,
                ticket.id,
                "assigned",
                None,
                now,
                OPEN,
                ASSIGNED,
                {
                    "owner": assignment.owner_id,
                    "policy": assignment.policy,
                    "pool": assignment.pool,
                },
            )
        return _view(ticket)

    # ------------------------------------------------------------------ reads

    def get(self, ticket_id: int) -> TicketView:
        with self._sf() as session:
            return _view(self._load(session, ticket_id))

    def list_tickets(
        self,
        owner_id: str | None = None,
        requester_id: str | None = None,
        states: Iterable[str] | None = None,
        limit: int = 50,
        *,
        unclaimed_only: bool = False,
        due_before: datetime | None = None,
        newest_first: bool = False,
    ) -> list[TicketView]:
        """Tickets, oldest first (or newest first); `states` defaults to every open state."""
        wanted = tuple(states) if states is not None else OPEN_STATES
        stmt = select(Ticket).where(Ticket.state.in_(wanted))
        if owner_id is not None:
            stmt = stmt.where(Ticket.owner_id == owner_id)
        if requester_id is not None:
            stmt = stmt.where(Ticket.requester_id == requester_id)
        if unclaimed_only:
            stmt = stmt.where(Ticket.claimed_by.is_(None))
        if due_before is not None:
            stmt = stmt.where(Ticket.due_at < _utc(due_before, "date"))
        order = Ticket.id.desc() if newest_first else Ticket.id
        stmt = stmt.order_by(order).limit(max(1, limit))
        with self._sf() as session:
            return [_view(t) for t in session.scalars(stmt)]

    def events(self, ticket_id: int) -> list[TicketEventView]:
        with self._sf() as session:
            self._load(session, ticket_id)
            rows = session.scalars(
                select(TicketEvent)
                .where(TicketEvent.ticket_id == ticket_id)
                .order_by(TicketEvent.id)
            )
            return [_event_view(e) for e in rows]

    def is_member(self, user_id: str) -> bool:
        """True for an active roster member, and for everyone while no roster is loaded."""
        with self._sf() as session:
            return self._member(session, user_id)

    def stats(self, now: datetime | None = None, weeks: int = 8) -> QueueStats:
        """Queue numbers (see `bot.tickets.stats`), computed with SQL aggregates."""
        at = _utc(now, "time") if now is not None else self._now()
        with self._sf() as session:
            return compute_stats(session, at, weeks=weeks)

    # ------------------------------------------------------------------ transitions

    def claim(self, ticket_id: int, user_id: str) -> TicketView:
        """Take the ticket: the claimant becomes its owner and it moves to in progress.

        Claiming your own claimed ticket again changes nothing; a claim held by someone else
        raises `AlreadyClaimed` with `.by`.
        """

        def decide(session: Session, t: Ticket, now: datetime) -> _Change | None:
            self._require_member(session, user_id, "claim")
            if t.claimed_by == user_id and t.state == IN_PROGRESS:
                return None
            if t.state in CLOSED_STATES:
                raise self._closed_error(t, "claim")
            if t.claimed_by is not None and t.claimed_by != user_id:
                raise AlreadyClaimed(t.id, t.claimed_by)
            values: dict[str, Any] = {
                "state": IN_PROGRESS,
                "claimed_by": user_id,
                "owner_id": user_id,
                "claimed_at": now,
            }
            if t.first_claimed_at is None:
                values["first_claimed_at"] = now
            kind = "claimed" if t.state != WAITING or t.claimed_by is None else "resumed"
            return _Change(kind, values, {"previous_owner": t.owner_id})

        return self._apply(ticket_id, user_id, decide)

    def release(self, ticket_id: int, user_id: str) -> TicketView:
        """Give a claimed ticket back to the queue (unowned, open); claimant or lead only."""

        def decide(session: Session, t: Ticket, now: datetime) -> _Change:
            if t.state in CLOSED_STATES:
                raise self._closed_error(t, "release")
            if t.claimed_by is None:
                raise InvalidTransition(f"Ticket #{t.id} is not claimed.")
            if t.claimed_by != user_id and not self._is_lead(session, user_id):
                raise Forbidden(f"Only <@{t.claimed_by}> can release ticket #{t.id}.")
            return _Change(
                "released",
                {"state": OPEN, "claimed_by": None, "owner_id": None, "claimed_at": None},
                {"previous_owner": t.claimed_by},
            )

        return self._apply(ticket_id, user_id, decide)

    def reassign(self, ticket_id: int, actor_id: str, new_owner_id: str) -> TicketView:
        """Hand the ticket to another member; it waits for them to claim it."""

        def decide(session: Session, t: Ticket, now: datetime) -> _Change | None:
            self._require_member(session, actor_id, "reassign")
            if not new_owner_id:
                raise UserFacingError("Say who should get the ticket.")
            if not self._member(session, new_owner_id):
                raise UserFacingError(f"<@{new_owner_id}> is not a member of the data team.")
            if t.state in CLOSED_STATES:
                raise self._closed_error(t, "reassign")
            if t.owner_id == new_owner_id and t.state == ASSIGNED:
                return None
            return _Change(
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
            return _event_view(event)

    def set_due(self, ticket_id: int, actor_id: str, due_at: datetime | None) -> TicketView:
        """Change (or clear, with None) the due date; members and the requester."""
        new_due = _utc(due_at, "due date") if due_at is not None else None

        def decide(session: Session, t: Ticket, now: datetime) -> _Change | None:
            if actor_id != t.requester_id:
                self._require_member(session, actor_id, "change the due date of")
            if t.state in CLOSED_STATES:
                raise self._closed_error(t, "change the due date of")
            if t.due_at == new_due:
                return None
            return _Change(
                "due_changed",
                {"due_at": new_due},
                {
                    "from": t.due_at.isoformat() if t.due_at else None,
                    "to": new_due.isoformat() if new_due else None,
                },
            )

        return self._apply(ticket_id, actor_id, decide)

    def set_priority(self, ticket_id: int, actor_id: str, priority: str) -> TicketView:
        if priority not in PRIORITIES:
            raise UserFacingError(
                f"Unknown priority {priority!r}: use one of {', '.join(PRIORITIES)}."
            )

        def decide(session: Session, t: Ticket, now: datetime) -> _Change | None:
            self._require_member(session, actor_id, "change the priority of")
            if t.state in CLOSED_STATES:
                raise self._closed_error(t, "change the priority of")
            if t.priority == priority:
                return None
            return _Change(
                "priority_changed", {"priority": priority}, {"from": t.priority, "to": priority}
            )

        return self._apply(ticket_id, actor_id, decide)

    def mark_waiting(self, ticket_id: int, actor_id: str) -> TicketView:
        """The team needs something from the requester; `claim` by the claimant resumes."""

        def decide(session: Session, t: Ticket, now: datetime) -> _Change:
            self._require_member(session, actor_id, "update")
            if t.state == WAITING:
                raise InvalidTransition(f"Ticket #{t.id} is already waiting on the requester.")
            if t.state in CLOSED_STATES:
                raise self._closed_error(t, "put on hold")
            return _Change("waiting", {"state": WAITING})

        return self._apply(ticket_id, actor_id, decide)

    def close(
        self, ticket_id: int, actor_id: str, resolution: str, sql: str | None = None
    ) -> TicketView:
        """Mark done with a resolution note (and optionally the SQL that answered it)."""
        resolution = (resolution or "").strip()
        if not resolution:
            raise UserFacingError("Closing a ticket needs a resolution note.")
        sql = sql.strip() if sql and sql.strip() else None

        def decide(session: Session, t: Ticket, now: datetime) -> _Change:
            self._require_member(session, actor_id, "close")
            if t.state in CLOSED_STATES:
                raise InvalidTransition(f"Ticket #{t.id} is already {STATE_LABELS[t.state]}.")
            values: dict[str, Any] = {
                "state": DONE,
                "closed_at": now,
                "resolution": resolution,
                "resolution_sql": sql,
            }
            if t.owner_id is None:
                values["owner_id"] = actor_id
            return _Change("closed", values, {"resolution": resolution, "has_sql": bool(sql)})

        return self._apply(ticket_id, actor_id, decide)

    def cancel(self, ticket_id: int, actor_id: str) -> TicketView:
        """Withdraw the request: its requester, or a team member."""

        def decide(session: Session, t: Ticket, now: datetime) -> _Change:
            if actor_id != t.requester_id and not self._member(session, actor_id):
                raise Forbidden(f"Only <@{t.requester_id}> or the data team can cancel it.")
            if t.state in CLOSED_STATES:
                raise InvalidTransition(f"Ticket #{t.id} is already {STATE_LABELS[t.state]}.")
            return _Change("cancelled", {"state": CANCELLED, "closed_at": now})

        return self._apply(ticket_id, actor_id, decide)

    def reopen(self, ticket_id: int, actor_id: str, reason: str = "") -> TicketView:
        """Bring back a done or cancelled ticket; it keeps its owner, nobody holds the claim."""

        def decide(session: Session, t: Ticket, now: datetime) -> _Change:
            if actor_id != t.requester_id:
                self._require_member(session, actor_id, "reopen")
            if t.state not in CLOSED_STATES:
                raise InvalidTransition(
                    f"Ticket #{t.id} is {STATE_LABELS[t.state]}: only done or cancelled "
                    "tickets can be reopened."
                )
            return _Change(
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
            return _view(t)

    # ------------------------------------------------------------------ requests

    def record_request(
        self,
        text: str,
        user_id: str | None,
        channel_id: str | None,
        *,
        status: str,
        query: str | None = None,
        score: float | None = None,
        answered: bool | None = None,
        ticket_id: int | None = None,
        duration_ms: float | None = None,
    ) -> int:
        """Log one request (answered by a query or not); returns its id.

        `answered` defaults to `status == "matched"` without a ticket: the automation rate is
        answered requests divided by all requests.
        """
        if answered is None:
            answered = status == "matched" and ticket_id is None
        with write_session(self._sf) as session:
            row = RequestLog(
                text=text or "",
                user_id=user_id,
                channel_id=channel_id,
                status=status,
                answered=answered,
                query_name=query,
                score=score,
                ticket_id=ticket_id,
                duration_ms=duration_ms,
                created_at=self._now(),
            )
            session.add(row)
            session.flush()
            return row.id

    def link_request(
        self, request_id: int, ticket_id: int | None, *, answered: bool = False
    ) -> None:
        """After the fact: the answer was rejected ("not what I asked") and became a ticket."""
        with write_session(self._sf) as session:
            row = session.get(RequestLog, request_id)
            if row is None:
                raise NotFound(f"Request #{request_id} does not exist.")
            row.ticket_id = ticket_id
            row.answered = answered

    # ------------------------------------------------------------------ library growth

    def promote(
        self,
        ticket_id: int,
        *,
        today: date,
        name: str | None = None,
        title: str | None = None,
        params: Mapping[str, Any] | None = None,
        existing_names: Collection[str] = (),
    ) -> Any:
        """Draft a library query file from a done ticket's SQL (`bot.library.promote.Draft`).

        `params` maps parameter names to `bot.library.promote.ParamSpec` (which literals become
        binds). Nothing is written: pass the draft to `bot.library.promote.write_draft`, then call
        `record_promotion` so the ticket's history says where its answer went.
        """
        from bot.library.promote import draft_query_file

        ticket = self.get(ticket_id)
        if ticket.state != DONE:
            raise InvalidTransition(
                f"Ticket #{ticket.id} is {STATE_LABELS[ticket.state]}: only done tickets "
                "can be promoted."
            )
        if not ticket.resolution_sql:
            raise UserFacingError(
                f"Ticket #{ticket.id} was closed without SQL; close it with the SQL that "
                "answered it to promote it."
            )
        return draft_query_file(
            name=name,
            title=title,
            request_text=ticket.text,
            sql=ticket.resolution_sql,
            params=dict(params or {}),
            owner=f"<@{ticket.owner_id}>" if ticket.owner_id else "",
            ticket_id=ticket.id,
            today=today,
            existing_names=existing_names,
        )

    def record_promotion(
        self, ticket_id: int, actor_id: str | None, query_name: str, path: str
    ) -> TicketEventView:
        """Note in the ticket's history that its SQL became library query `query_name`."""
        now = self._now()
        with write_session(self._sf) as session:
            t = self._load(session, ticket_id)
            event = TicketEvent(
                ticket_id=t.id,
                kind="promoted",
                actor_id=actor_id,
                at=now,
                from_state=t.state,
                to_state=t.state,
                detail={"query": query_name, "path": path},
            )
            session.add(event)
            session.flush()
            return _event_view(event)

    def demand(
        self,
        *,
        since: datetime | None = None,
        sources: Iterable[str] | None = None,
        min_count: int = 2,
        limit: int = 20_000,
    ) -> list[Any]:
        """Unanswered requests grouped by similar wording, biggest group first.

        Reads the tickets created since `since` (default: all), from the given sources
        (default: every source), newest `limit` of them, and groups them with
        `bot.tickets.demand.group_requests`; groups smaller than `min_count` are left out.
        """
        from bot.tickets.demand import group_requests

        stmt = select(Ticket.id, Ticket.text)
        if since is not None:
            stmt = stmt.where(Ticket.created_at >= _utc(since, "date"))
        if sources is not None:
            stmt = stmt.where(Ticket.source.in_(tuple(sources)))
        stmt = stmt.order_by(Ticket.id.desc()).limit(max(1, limit))
        with self._sf() as session:
            items = [(row.id, row.text) for row in session.execute(stmt)]
        return group_requests(items, min_count=max(1, min_count))
