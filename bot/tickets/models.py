"""Database models for the ticket queue: tickets, their history, the roster and rotation state.

Every timestamp is an aware UTC datetime (`UTCDateTime`). Slack identifiers (user, channel,
message ts, permalink) are plain string columns so the app can find its messages again.
Schema changes go through Alembic (`bot/db/migrations`); revision "0001" creates these tables,
"0004_audit" adds the audit trail (`query_runs`, `request_log.source`).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.session import Base, UTCDateTime

# Ticket states.
OPEN = "open"  # nobody owns it (no roster, or nobody eligible, or released)
ASSIGNED = "assigned"  # an owner was chosen (rotation or reassign) but has not claimed it
IN_PROGRESS = "in_progress"  # claimed: someone is working on it
WAITING = "waiting"  # waiting on the requester
DONE = "done"
CANCELLED = "cancelled"
REOPENED = "reopened"

OPEN_STATES: tuple[str, ...] = (OPEN, ASSIGNED, IN_PROGRESS, WAITING, REOPENED)
CLOSED_STATES: tuple[str, ...] = (DONE, CANCELLED)
ALL_STATES: tuple[str, ...] = OPEN_STATES + CLOSED_STATES

PRIORITIES: tuple[str, ...] = ("low", "normal", "high", "urgent")

USER_ID = 32  # Slack ids are short; leave room for enterprise ids


class Ticket(Base):
    __tablename__ = "tickets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    text: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(16), default=OPEN)
    source: Mapped[str] = mapped_column(String(16), default="unmatched")
    requester_id: Mapped[str] = mapped_column(String(USER_ID))
    channel_id: Mapped[str | None] = mapped_column(String(USER_ID))
    owner_id: Mapped[str | None] = mapped_column(String(USER_ID))
    claimed_by: Mapped[str | None] = mapped_column(String(USER_ID))
    subteam: Mapped[str | None] = mapped_column(String(64))
    priority: Mapped[str] = mapped_column(String(16), default="normal")
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolution: Mapped[str | None] = mapped_column(Text)
    resolution_sql: Mapped[str | None] = mapped_column(Text)
    best_query: Mapped[str | None] = mapped_column(String(200))
    best_score: Mapped[float | None] = mapped_column(Float)
    best_params: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    message_channel: Mapped[str | None] = mapped_column(String(USER_ID))
    message_ts: Mapped[str | None] = mapped_column(String(32))
    permalink: Mapped[str | None] = mapped_column(Text)
    idempotency_key: Mapped[str | None] = mapped_column(String(200), unique=True)

    __table_args__ = (
        Index("ix_tickets_state_owner", "state", "owner_id"),
        # Covering indexes for the stats over a window (no table lookups per ticket).
        Index("ix_tickets_created_at", "created_at", "first_claimed_at"),
        Index("ix_tickets_closed_at", "closed_at", "state", "created_at"),
        Index("ix_tickets_requester_id", "requester_id"),
    )


class TicketEvent(Base):
    """One line of a ticket's history: who did what, when."""

    __tablename__ = "ticket_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(24))
    actor_id: Mapped[str | None] = mapped_column(String(USER_ID))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str | None] = mapped_column(String(16))
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    __table_args__ = (Index("ix_ticket_events_ticket_id", "ticket_id", "id"),)


class TeamConfig(Base):
    """The team-wide part of the roster file (a single row, id 1)."""

    __tablename__ = "team_config"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team: Mapped[str] = mapped_column(String(100))
    lead_id: Mapped[str | None] = mapped_column(String(USER_ID))
    triage_channel: Mapped[str | None] = mapped_column(String(USER_ID))
    rotation: Mapped[str] = mapped_column(String(16), default="round_robin")
    source_file: Mapped[str | None] = mapped_column(Text)
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class RosterMember(Base):
    __tablename__ = "roster_members"

    user_id: Mapped[str] = mapped_column(String(USER_ID), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    subteam: Mapped[str | None] = mapped_column(String(64))
    # From the file (`rotation: false`): never assigned by rotation, may still claim.
    in_rotation: Mapped[bool] = mapped_column(Boolean, default=True)
    # Set from Slack or the CLI (`roster opt-out`); survives reloading the file.
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)
    # False once the member is no longer in the file: keeps their tickets, gets no new ones.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class MemberAbsence(Base):
    """An out-of-office range, both ends inclusive, in the team's time zone."""

    __tablename__ = "member_absences"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("roster_members.user_id", ondelete="CASCADE"))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    # "file" rows are replaced on every load; "manual" rows (CLI, Slack) are kept.
    source: Mapped[str] = mapped_column(String(16), default="file")

    __table_args__ = (Index("ix_member_absences_user_id", "user_id"),)


class RoutingRule(Base):
    __tablename__ = "routing_rules"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    position: Mapped[int] = mapped_column(Integer)
    keywords: Mapped[list[str] | None] = mapped_column(JSON)
    channel_id: Mapped[str | None] = mapped_column(String(USER_ID))
    subteam: Mapped[str] = mapped_column(String(64))


class RotationState(Base):
    """Where the rotation of one pool stands; the row is the lock creators queue on."""

    __tablename__ = "rotation_state"

    pool: Mapped[str] = mapped_column(String(80), primary_key=True)  # "*" or "sub:<name>"
    last_position: Mapped[int] = mapped_column(Integer, default=-1)
    last_user_id: Mapped[str | None] = mapped_column(String(USER_ID))
    assigned_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class RequestLog(Base):
    """Every request the bot saw, answered or not: the automation rate is computed from it."""

    __tablename__ = "request_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    text: Mapped[str] = mapped_column(Text)
    user_id: Mapped[str | None] = mapped_column(String(USER_ID))
    channel_id: Mapped[str | None] = mapped_column(String(USER_ID))
    status: Mapped[str] = mapped_column(String(16))  # matched | ambiguous | unmatched | error
    answered: Mapped[bool] = mapped_column(Boolean, default=False)
    query_name: Mapped[str | None] = mapped_column(String(200))
    score: Mapped[float | None] = mapped_column(Float)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("tickets.id", ondelete="SET NULL"))
    duration_ms: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Where it came from: slash_command, mention, button, modal, schedule, cli, shell...
    source: Mapped[str | None] = mapped_column(String(24))

    __table_args__ = (Index("ix_request_log_created_at", "created_at", "answered"),)


class QueryRun(Base):
    """The audit trail of every library query run: who, where, what, how big, how long."""

    __tablename__ = "query_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("request_log.id", ondelete="SET NULL")
    )
    user_id: Mapped[str | None] = mapped_column(String(USER_ID))
    channel_id: Mapped[str | None] = mapped_column(String(USER_ID))
    source: Mapped[str] = mapped_column(String(24))
    query_name: Mapped[str] = mapped_column(String(200))
    params: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    engine: Mapped[str | None] = mapped_column(String(32))
    outcome: Mapped[str] = mapped_column(String(16))  # ok | error | timeout | refused
    error: Mapped[str | None] = mapped_column(Text)
    rows: Mapped[int | None] = mapped_column(Integer)
    duration_ms: Mapped[float | None] = mapped_column(Float)
    bytes_scanned: Mapped[int | None] = mapped_column(BigInteger)
    cached: Mapped[bool] = mapped_column(Boolean, default=False)
    schedule_id: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_query_runs_at", "at"),
        Index("ix_query_runs_user_id", "user_id", "at"),
        Index("ix_query_runs_query_name", "query_name", "at"),
    )
