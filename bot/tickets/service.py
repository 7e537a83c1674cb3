"""The ticket queue: what becomes of a request that no query answers.

Plain Python over a SQLAlchemy session factory; no Slack imports. The Slack app, the scheduler
and the CLI call `TicketService` and get frozen dataclasses (`TicketView`, `TicketEventView`,
`QueueStats`) back. Every operation is one transaction (`bot.tickets.store`): a crash part-way
leaves nothing written. The transitions and their rules are in `bot.tickets.lifecycle`; this
module adds creation (owner by rotation, due date from the text), reads, the request log and
library growth (promotion, demand). Rotation state lives in a locked row (see
`bot.tickets.rotation`), so it is fair across restarts and concurrent creation.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.db.session import write_session
from bot.errors import InvalidTransition, UserFacingError
from bot.language.duedates import find_due
from bot.library.promote import Draft, draft_query_file
from bot.library.promote_guard import check_promotable
from bot.tickets import views
from bot.tickets.audit import AuditLog, QueryRunRecord
from bot.tickets.demand import DemandGroup, group_requests
from bot.tickets.lifecycle import TicketLifecycle
from bot.tickets.models import (
    ASSIGNED,
    DONE,
    OPEN,
    OPEN_STATES,
    PRIORITIES,
    Ticket,
    TicketEvent,
)
from bot.tickets.rotation import assign_owner
from bot.tickets.stats import QueueStats, compute_stats
from bot.tickets.store import DEFAULT_SLA_HOURS, as_utc
from bot.tickets.views import AlreadyClaimed, TicketEventView, TicketView

SOURCES = ("unmatched", "rejected", "manual", "error", "ambiguous", "budget")
# Below this matcher score the closest query is a guess nobody should be shown ("refunds_summary
# (0.00)"): the ticket keeps no suggestion. The matcher answers from 0.46 (MATCH_THRESHOLD). On
# the unmatched requests of docs/ and tests/data, 0.25 keeps 9 of the 10 right suggestions and
# shows none for 98 of the 105 requests that no query answers.
SUGGESTION_MIN_SCORE = 0.25

__all__ = [
    "DEFAULT_SLA_HOURS",
    "SUGGESTION_MIN_SCORE",
    "AlreadyClaimed",
    "QueueStats",
    "TicketEventView",
    "TicketService",
    "TicketView",
    "add_weekday_hours",
]


def add_weekday_hours(start: datetime, hours: int, tz: ZoneInfo) -> datetime:
    """`start` plus `hours` counted on Monday-Friday only (local time in `tz`), in UTC."""
    t = start.astimezone(tz)
    remaining = hours
    while remaining > 0:
        if t.weekday() < 5:
            remaining -= 1
        t = (t + timedelta(hours=1)).astimezone(tz)
    return t.astimezone(UTC)


class TicketService(TicketLifecycle):
    """The ticket queue over one database: creation, reads, records, and every transition.

    `secrets` are values the audit trail must never hold (tokens, passwords): see
    `bot.tickets.audit`.
    """

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        secrets: Iterable[str] = (),
        **store_options: Any,
    ) -> None:
        """`store_options` are `TicketStore`'s: clock, tz, sla_hours, admins."""
        super().__init__(session_factory, **store_options)
        self.audit = AuditLog(session_factory, clock=self._clock, secrets=secrets)
        # Log one request in the audit trail (see `AuditLog.record_request`); returns its id.
        # Bound here rather than wrapped so the signature is written once, in AuditLog.
        self.record_request = self.audit.record_request

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
        if best_score is not None and best_score < SUGGESTION_MIN_SCORE:
            best_query, best_params = None, None
        now = self._now()
        if due_at is not None:
            due_at = as_utc(due_at, "due date")
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
            return views.ticket_view(ticket) if ticket is not None else None

    def _due_from_text(self, text: str, now: datetime) -> tuple[datetime | None, str | None]:
        due = find_due(text, now, self._tz.key)
        if due is None:
            return None, None
        priority = due.priority if due.priority in PRIORITIES else None
        due_at = due.due_at.astimezone(UTC) if due.due_at is not None else None
        return due_at, priority

    def _create(self, session: Session, *, now: datetime, **fields: Any) -> TicketView:
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
        return views.ticket_view(ticket)

    # ------------------------------------------------------------------ reads

    def get(self, ticket_id: int) -> TicketView:
        with self._sf() as session:
            return views.ticket_view(self._load(session, ticket_id))

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
            stmt = stmt.where(Ticket.due_at < as_utc(due_before, "date"))
        order = Ticket.id.desc() if newest_first else Ticket.id
        stmt = stmt.order_by(order).limit(max(1, limit))
        with self._sf() as session:
            return [views.ticket_view(t) for t in session.scalars(stmt)]

    def events(self, ticket_id: int) -> list[TicketEventView]:
        with self._sf() as session:
            self._load(session, ticket_id)
            rows = session.scalars(
                select(TicketEvent)
                .where(TicketEvent.ticket_id == ticket_id)
                .order_by(TicketEvent.id)
            )
            return [views.event_view(e) for e in rows]

    def is_member(self, user_id: str) -> bool:
        """True for an admin or an active roster member; for everyone while there is neither a
        roster nor an admin (`bot.tickets.team`)."""
        with self._sf() as session:
            return self._member(session, user_id)

    def require_promoter(self, user_id: str) -> None:
        """Forbidden unless `user_id` may promote ticket SQL (an admin or a roster member)."""
        with self._sf() as session:
            self.team.require_promoter(session, user_id)

    def team_warning(self) -> str | None:
        """The start-up line when nobody can promote (no roster, no admins), else None."""
        with self._sf() as session:
            return self.team.startup_warning(session)

    def stats(self, now: datetime | None = None, weeks: int = 8) -> QueueStats:
        """Queue numbers (see `bot.tickets.stats`), computed with SQL aggregates."""
        at = as_utc(now, "time") if now is not None else self._now()
        with self._sf() as session:
            return compute_stats(session, at, weeks=weeks)

    # ------------------------------------------------------------------ the audit trail

    def link_request(
        self, request_id: int, ticket_id: int | None, *, answered: bool = False
    ) -> None:
        """After the fact: the answer was rejected ("not what I asked") and became a ticket."""
        self.audit.link_request(request_id, ticket_id, answered=answered)

    def record_query_run(self, run: QueryRunRecord) -> int:
        """Log one library query run in the audit trail; returns its id."""
        return self.audit.record_query_run(run)

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
        tables: Collection[str] | None = None,
    ) -> Draft:
        """Draft a library query file from a done ticket's SQL (`bot.library.promote.Draft`).

        The SQL must be one SELECT over the warehouse's own tables (`tables`, when known; see
        `bot.library.promote_guard`): anything else is refused in one line, nothing drafted.

        `params` maps parameter names to `bot.library.promote.ParamSpec` (which literals become
        binds). Nothing is written: pass the draft to `bot.library.promote.write_draft`, then call
        `record_promotion` so the ticket's history says where its answer went.
        """
        ticket = self.get(ticket_id)
        if ticket.state != DONE:
            raise InvalidTransition(
                f"Ticket #{ticket.id} is {views.STATE_LABELS[ticket.state]}: only done tickets "
                "can be promoted."
            )
        if not ticket.resolution_sql:
            raise UserFacingError(
                f"Ticket #{ticket.id} was closed without SQL; close it with the SQL that "
                "answered it to promote it."
            )
        check_promotable(ticket.resolution_sql, tables=tables)
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
            return views.event_view(event)

    def record_promotion_once(
        self, ticket_id: int, actor_id: str | None, query_name: str, path: str
    ) -> None:
        """`record_promotion` unless the history already says so (a replay of a run that died
        after storing the query, before telling of it)."""
        events = self.events(ticket_id)
        if not any(e.kind == "promoted" and e.detail.get("query") == query_name for e in events):
            self.record_promotion(ticket_id, actor_id, query_name, path)

    def demand(
        self,
        *,
        since: datetime | None = None,
        sources: Iterable[str] | None = None,
        min_count: int = 2,
        limit: int = 20_000,
    ) -> list[DemandGroup]:
        """Unanswered requests grouped by similar wording, biggest group first.

        Reads the tickets created since `since` (default: all), from the given sources
        (default: every source), newest `limit` of them, and groups them with
        `bot.tickets.demand.group_requests`; groups smaller than `min_count` are left out.
        """
        stmt = select(Ticket.id, Ticket.text)
        if since is not None:
            stmt = stmt.where(Ticket.created_at >= as_utc(since, "date"))
        if sources is not None:
            stmt = stmt.where(Ticket.source.in_(tuple(sources)))
        stmt = stmt.order_by(Ticket.id.desc()).limit(max(1, limit))
        with self._sf() as session:
            items = [(row.id, row.text) for row in session.execute(stmt)]
        return group_requests(items, min_count=max(1, min_count))
