"""Database models for the scheduler: schedules made in Slack, slots, messages, check-ins.

The scheduler's whole state lives here (not in an APScheduler job store), so it survives
restarts and is shared by every bot process on the same database:

- `schedules`: schedules created from Slack (*Subscribe*) or `datarequest schedule add`; the
  ones from SCHEDULES_FILE are not copied here.
- `scheduler_state`: per schedule, the time up to which slots have been looked at.
- `scheduled_posts`: one row per slot (schedule id + due time), unique: the claim that makes a
  slot run once across processes and restarts.
- `outbound_messages`: one row per message, unique by a key, written before the message is
  sent (the digest of a slot, one check-in DM per member, one reminder per ticket and kind).
- `checkin_answers`: what members answered to the standup check-in, by local date.

Revision "0002" creates these tables. Every timestamp is an aware UTC datetime.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.db.session import Base, UTCDateTime

ID_LEN = 64
SLACK_ID = 32

# scheduled_posts.status / outbound_messages.status
CLAIMED = "claimed"  # recorded, being sent (or the sender crashed: retried after a lease)
RETRY = "retry"  # known not to have been sent (Slack refused or was unreachable): retried
SENT = "sent"  # done (for a slot: every message of the slot was handled)
SKIPPED = "skipped"  # a slot missed by more than the grace period
FAILED = "failed"  # gave up after the last attempt (logged)


class ScheduleRow(Base):
    """A schedule made from Slack or the CLI (file schedules are read from SCHEDULES_FILE)."""

    __tablename__ = "schedules"

    id: Mapped[str] = mapped_column(String(ID_LEN), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    cron: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(64))
    channel: Mapped[str | None] = mapped_column(String(SLACK_ID))
    working_days_only: Mapped[bool] = mapped_column(Boolean, default=True)
    holidays: Mapped[str | None] = mapped_column(String(16))
    query: Mapped[str | None] = mapped_column(String(200))
    params: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # Kind-specific durations in seconds (remind_after, remind_before, escalate_*), and grace.
    options: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_by: Mapped[str | None] = mapped_column(String(SLACK_ID))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SchedulerState(Base):
    __tablename__ = "scheduler_state"

    schedule_id: Mapped[str] = mapped_column(String(ID_LEN), primary_key=True)
    checked_until: Mapped[datetime] = mapped_column(UTCDateTime)


class ScheduledPost(Base):
    __tablename__ = "scheduled_posts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    schedule_id: Mapped[str] = mapped_column(String(ID_LEN))
    slot_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16))
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(ID_LEN))
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("schedule_id", "slot_at", name="uq_scheduled_posts_slot"),
        Index("ix_scheduled_posts_status", "status", "claimed_at"),
    )


class OutboundMessage(Base):
    __tablename__ = "outbound_messages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(255), unique=True)
    schedule_id: Mapped[str | None] = mapped_column(String(ID_LEN))
    kind: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(SLACK_ID))
    thread_ts: Mapped[str | None] = mapped_column(String(32))
    ticket_id: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(ID_LEN))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ts: Mapped[str | None] = mapped_column(String(32))
    posted_channel: Mapped[str | None] = mapped_column(String(SLACK_ID))
    error: Mapped[str | None] = mapped_column(Text)
    # The message itself (JSON text and blocks) when any process may send it again
    # (`scheduler.resend`); None when only the caller that made it can.
    body: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_outbound_messages_status", "status", "claimed_at"),)


class CheckinAnswer(Base):
    __tablename__ = "checkin_answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[str] = mapped_column(String(SLACK_ID))
    local_date: Mapped[date] = mapped_column(Date)
    yesterday: Mapped[str] = mapped_column(Text, default="")
    today: Mapped[str] = mapped_column(Text, default="")
    blockers: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (UniqueConstraint("user_id", "local_date", name="uq_checkin_answers_day"),)
